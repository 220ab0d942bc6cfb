package payer

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ContractStatus is the payer's state for one contract (the /status endpoint).
type ContractStatus struct {
	Contract    common.Address    `json:"contract"`
	Self        *uint32           `json:"self,omitempty"` // registration index; nil if not a member
	Height      uint64            `json:"height"`
	Te          uint64            `json:"te"`           // period end the core works on
	Parts       int               `json:"parts"`        // parts of the report, one agreement core each (SPEC 8.1)
	Window      *uint64           `json:"window"`       // leader window at Height
	Leader      *uint32           `json:"leader"`       // its leader
	Leading     bool              `json:"leading"`      // this keeper leads now
	Phase       string            `json:"phase"`        // leader's phase: observe, propose, sync, done
	Attempt     uint32            `json:"attempt"`      // leader's attempt
	LastPaidTe  uint64            `json:"last_paid_te"` // lowest lastPaid among providers
	LastTx      *common.Hash      `json:"last_tx,omitempty"`
	LastOutcome string            `json:"last_outcome,omitempty"`
	LastLatency float64           `json:"last_latency_s,omitempty"` // Observe → q signatures of our last lead
	Submitted   int               `json:"submitted"`                // reports this keeper submitted
	Paid        int               `json:"paid"`                     // of which paid by our transaction
	Rejections  map[string]uint64 `json:"rejections,omitempty"`
}

// Status returns the state of every served contract.
func (p *Payer) Status() []ContractStatus {
	p.mu.Lock()
	ds := make([]*driver, 0, len(p.order))
	for _, a := range p.order {
		ds = append(ds, p.drivers[a])
	}
	p.mu.Unlock()
	out := make([]ContractStatus, len(ds))
	for i, d := range ds {
		out[i] = d.status()
	}
	return out
}

// trackLead updates the round metrics and the status from the core's Status (a few
// field reads: it runs after every event).
func (d *driver) trackLead() {
	s := d.core.Status()
	if s.Leading {
		k := [2]uint64{s.Te, s.LeadWindow}
		if k != d.leadKey {
			d.leadKey, d.leadStart, d.lastPhase = k, time.Now(), ""
			d.log.Info("leading", "te", s.Te, "window", s.LeadWindow, "attempt", s.Attempt)
		}
		if s.Phase != d.lastPhase {
			d.lastPhase = s.Phase
			if s.Phase != "done" {
				d.p.cfg.Metrics.AgreementRounds.WithLabelValues(d.label, s.Phase).Inc()
			}
		}
	}
	var win *uint64
	var leader *uint32
	if s.InWindow {
		win, leader = &s.Window, &s.WindowLeader
	}
	self := d.self
	d.mu.Lock()
	d.st.Contract, d.st.Self = d.c.Address, &self
	d.st.Height, d.st.Te, d.st.Leading, d.st.Phase, d.st.Attempt = s.Height, s.Te, s.Leading, s.Phase, s.Attempt
	d.st.Window, d.st.Leader = win, leader
	d.st.Parts = d.core.Parts()
	d.mu.Unlock()
}

// noteLastPaid records the lowest lastPaid among the providers in the status (once
// per refreshed head, not per event).
func (d *driver) noteLastPaid() {
	low := uint64(0)
	for i := range d.view.ProviderAddresses() {
		if lp, ok := d.view.ProviderLastPaid(uint32(i)); ok && (i == 0 || lp < low) {
			low = lp
		}
	}
	d.mu.Lock()
	d.st.LastPaidTe = low
	d.mu.Unlock()
}

func (d *driver) status() ContractStatus {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.st
	s.Contract = d.c.Address
	return s
}
