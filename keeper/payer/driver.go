package payer

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/internal/parts"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/chainwatch"
	"github.com/whitepay/whitepay/keeper/schedule"
	"github.com/whitepay/whitepay/upkeeping"
)

type inbound struct {
	from    common.Address
	payload []byte
}

type slashKey struct {
	signer                uint32
	te                    uint64
	part, leader, attempt uint32
}

// driver runs the agreement core of one contract.
type driver struct {
	p     *Payer
	c     *upkeeping.Contract
	view  *View
	obs   *Observer
	votes *VoteStore
	inbox chan inbound
	label string
	log   *slog.Logger

	core   *cores // one agreement core per part (parts.go), owned by run's goroutine
	self   uint32
	warned bool // not-a-member warning logged

	// The core's I/O, done off run's goroutine: lock writes and record jobs
	// (Ready.Locks, Ready.Jobs), whose results come back on done for Advance.
	done chan agreement.Done
	jobs chan struct{} // bounds the jobs running at once

	// leader-side bookkeeping for metrics (run's goroutine)
	leadKey   [2]uint64 // te, window
	leadStart time.Time
	lastPhase string

	// reorg handling (run's goroutine): the last head seen, and the reports this
	// keeper submitted, retained so that a payment orphaned by a reorg is paid
	// again with the same report.
	headNum     uint64
	recheckFrom uint64 // first height after the last reorg's fork point
	rechecks    int    // polls left that re-run the records' discard
	retained    []agreement.Submit
	orphaned    map[[32]byte]bool // retained digests to re-check after a reorg
	reload      bool              // a reorg's view reload is due (retried until it succeeds)
	// sub delivers the node's chain watcher's updates; logs are the contract's
	// logs not yet applied to the view (kept when a refresh fails).
	sub  *chainwatch.Sub
	logs []types.Log

	mu       sync.Mutex
	st       ContractStatus
	paid     []PaidReport
	slashed  map[slashKey]bool
	inFlight map[[32]byte]bool // digests being submitted
	// discarded counts records dropped after deep reorgs
	discarded int
}

// retainReports bounds the reports a driver keeps for re-submission after a reorg,
// per part of the contract's report.
const retainReports = 8

// enqueue queues an inbound message without blocking. Messages from accounts that
// are not active keepers of the contract are dropped here, so outsiders cannot
// fill the inbox.
func (d *driver) enqueue(from common.Address, payload []byte) bool {
	if _, ok := d.view.KeeperIndex(from); !ok {
		d.p.cfg.Metrics.MessagesRejected.WithLabelValues("not_member").Inc()
		return true
	}
	select {
	case d.inbox <- inbound{from, payload}:
		return true
	default:
		return false
	}
}

func (d *driver) params() schedule.Params {
	pr := d.view.Params()
	return schedule.Params{Start: pr.Start, Period: pr.Period, Finality: pr.Finality, Window: pr.Window}
}

// newCore builds the core once this keeper is an active member.
func (d *driver) newCore() bool {
	self, ok := d.view.KeeperIndex(d.p.cfg.Account)
	if !ok {
		if !d.warned {
			d.warned = true
			d.log.Warn("this keeper is not an active member of the contract's group: no agreement until it is")
		}
		return false
	}
	o := d.p.cfg.Options
	// The locks this keeper holds for the periods it can still work on: after a
	// restart it never signs another report for an instance it locked.
	locks, err := d.votes.Locks(agreement.RestoreFrom(d.params(), d.view.Height()))
	if err != nil {
		d.log.Error("reading the vote store", "err", err)
		return false
	}
	plan := planOf(o, d.params().Period)
	n, err := newCores(func(part uint32) (*agreement.Node, error) {
		return agreement.New(agreement.Config{
			Domain: d.c.Domain(), Self: self, Params: d.params(), Tolerance: o.Tolerance,
			RoundTicks: o.RoundTicks, Retransmits: o.Retransmits,
			// The first leader waits up to D blocks for the records of [te − 2D, te)
			// (bounded by the core so that a short period is never skipped).
			SettleBlocks: d.params().Finality,
			Locks:        locks,
			Part:         part, PartSize: plan.size, Served: d.served(part, plan),
			Chain: d.view, Keys: d.p.cfg.Keyring, Verifier: d.p.cfg.Verifier,
			Logger: d.log.With("part", part),
		})
	}, func() uint32 { return parts.Count(len(d.view.ProviderAddresses()), plan.size) })
	if err != nil {
		d.log.Error("agreement core", "err", err)
		return false
	}
	d.core, d.self = n, self
	d.log.Info("agreement core started", "self", self)
	return true
}

func (d *driver) run(ctx context.Context) {
	d.obs.Bind(ctx) // a stopped keeper abandons a record-set check (round 4)
	o := d.p.cfg.Options
	// The core's clock runs only while it has work (agreement.Node.Idle): a
	// contract between agreements costs no wake-up but its chain updates.
	tick := time.NewTicker(o.Tick)
	defer tick.Stop()
	ticking := true
	for {
		select {
		case <-ctx.Done():
			return
		case m := <-d.inbox:
			if d.core == nil {
				continue
			}
			from, ok := d.view.KeeperIndex(m.from)
			if !ok {
				d.p.cfg.Metrics.MessagesRejected.WithLabelValues("not_member").Inc()
				continue
			}
			if err := d.core.Step(from, m.payload); err != nil {
				d.p.cfg.Metrics.MessagesRejected.WithLabelValues(agreement.Reason(err)).Inc()
			}
		case dn := <-d.done:
			if d.core != nil {
				d.core.Advance(dn)
			}
		case <-tick.C:
			if d.core != nil {
				d.core.Tick()
			}
		case <-d.sub.C():
			if u, ok := d.sub.Take(); ok {
				d.onUpdate(ctx, u)
			}
		}
		d.drain(ctx)
		switch idle := d.core == nil || d.core.Idle(); {
		case idle && ticking:
			tick.Stop()
			ticking = false
		case !idle && !ticking:
			tick.Reset(o.Tick)
			ticking = true
		}
	}
}

// drain executes the core's Ready. Nothing in it waits for anything else in it
// (agreement.Ready): lock writes and record jobs start in goroutines of their own,
// whose results come back to run's loop (Advance); messages go to the per-peer
// queues; reports are submitted and evidence published, each in its own goroutine.
// The loop itself never waits on the disk, the chain or a peer.
func (d *driver) drain(ctx context.Context) {
	if d.core == nil {
		return
	}
	d.trackLead()
	if !d.core.HasReady() {
		return
	}
	rd := d.core.Ready()
	for _, l := range rd.Locks {
		d.background(ctx, func() agreement.Done { return agreement.WriteLock(d.votes, l) })
	}
	for _, j := range rd.Jobs {
		d.background(ctx, func() agreement.Done {
			select {
			case d.jobs <- struct{}{}:
			case <-ctx.Done():
				return agreement.Done{Job: j.ID, Err: ctx.Err()}
			}
			defer func() { <-d.jobs }()
			return agreement.RunJob(d.obs, j)
		})
	}
	for _, m := range rd.Messages {
		if m.Broadcast {
			for _, k := range d.view.KeeperAddresses() {
				if k != d.p.cfg.Account {
					d.p.cfg.Transport.Send(k, m.Payload)
				}
			}
			continue
		}
		if a, ok := d.view.KeeperAddress(m.To); ok {
			d.p.cfg.Transport.Send(a, m.Payload)
		}
	}
	for _, s := range rd.Submits {
		lat := time.Duration(0)
		if !d.leadStart.IsZero() {
			lat = time.Since(d.leadStart)
			d.p.cfg.Metrics.AgreementLatency.WithLabelValues(d.label).Observe(lat.Seconds())
		}
		d.log.Info("report agreed", "te", s.Report.Te, "part", s.Report.Part, "leader", s.Report.Leader, "attempt", s.Report.Attempt,
			"entries", len(s.Report.Entries), "signers", s.Signers.Text(2), "latency", lat)
		d.retained = append(d.retained, s)
		if len(d.retained) > retainReports*d.core.Parts() {
			delete(d.orphaned, d.retained[0].Digest)
			d.retained = d.retained[1:]
		}
		d.mu.Lock()
		d.inFlight[s.Digest] = true
		d.mu.Unlock()
		d.p.bg.Add(1)
		go func() {
			defer d.p.bg.Done()
			d.submit(ctx, s, lat, false)
		}()
	}
	for _, ev := range rd.Evidence {
		d.p.bg.Add(1)
		go func() {
			defer d.p.bg.Done()
			d.slash(ctx, ev)
		}()
	}
}

// maxJobs bounds the record jobs (space-time integrals, record-set exports, checks
// and merges) a driver runs at once; more wait their turn.
const maxJobs = 4

// background runs fn off run's loop and hands its result to the loop (Advance).
func (d *driver) background(ctx context.Context, fn func() agreement.Done) {
	d.p.bg.Add(1)
	go func() {
		defer d.p.bg.Done()
		dn := fn()
		select {
		case d.done <- dn:
		case <-ctx.Done():
		}
	}()
}
