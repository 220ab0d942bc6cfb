package payer

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/upkeeping"
)

var (
	upkeepingABI      = mustABI(bindings.UpkeepingMetaData)
	upkeepingAdminABI = mustABI(bindings.UpkeepingAdminMetaData) // slash lives in the cold half
)

func mustABI(md *bind.MetaData) *abi.ABI {
	a, err := md.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}

// paidInView is the Done check txmgr makes before it sends and before each
// resubmission: every entry's lastPaid ≥ te in the contract view, which the node's
// chain watcher advances from the contract's logs every block (no call per check:
// with many contracts and several payments in flight, a chain read per provider
// per check was most of a keeper's JSON-RPC traffic, issue 14). A view one poll
// behind the chain costs at worst a send whose estimate reverts (the interval is
// paid: submit then reads the chain, paidThrough) or, after ResubmitAfter, a
// fee-bumped version the contract rejects; it never pays twice (the contract
// checks lastPaid).
func (d *driver) paidInView(te uint64, providers []uint32) txmgr.Done {
	return func(context.Context) (bool, error) {
		for _, p := range providers {
			if lp, ok := d.view.ProviderLastPaid(p); !ok || lp < te {
				return false, nil
			}
		}
		return true, nil
	}
}

// paidThrough is the Done check of a report read from the chain (not the view):
// every entry's lastPaid ≥ te. submit asks it when a send failed, to tell a lost
// race (someone else's report paid the interval) from a failure.
func (d *driver) paidThrough(te uint64, providers []uint32) txmgr.Done {
	return func(ctx context.Context) (bool, error) {
		for _, p := range providers {
			lp, err := d.c.LastPaid(ctx, p)
			if err != nil {
				return false, err
			}
			if lp < te {
				return false, nil
			}
		}
		return true, nil
	}
}

// submit sends pay(report, signers, signature) through txmgr (SPEC 8). A report
// already paid — by anyone, or by an earlier version of our transaction — is
// success; never double-pays: the contract rejects a second report for the same
// ts, and the Done check stops resubmission as soon as lastPaid ≥ te.
//
// The receipt counts only once its block is D deep and canonical
// (txmgr.Call.Confirmations = the contract's finality): a payment orphaned before
// that is re-broadcast by txmgr; one orphaned later is found by the driver's reorg
// check and submitted again (resubmitOrphaned; again is then true).
func (d *driver) submit(ctx context.Context, s agreement.Submit, lat time.Duration, again bool) {
	d.p.cfg.Proposals.Put(d.c.Address, s.Digest, s.Propose)
	r := s.Report
	log := d.log.With("te", r.Te, "part", r.Part, "leader", r.Leader, "attempt", r.Attempt, "entries", len(r.Entries), "again", again)
	outcome := "failed"
	rep := PaidReport{Te: r.Te, Part: r.Part, Leader: r.Leader, Attempt: r.Attempt, Latency: lat, Repaid: again}
	if len(r.Entries) > 0 {
		rep.Ts = r.Entries[0].Ts
	}
	defer func() {
		d.p.cfg.Metrics.ReportsSubmitted.WithLabelValues(d.label, outcome).Inc()
		rep.Outcome = outcome
		d.mu.Lock()
		d.st.Submitted++
		d.st.LastOutcome = outcome
		if outcome == "paid" {
			d.st.Paid++
			h := rep.Tx
			d.st.LastTx = &h
			d.paid = append(d.paid, rep)
		}
		d.st.LastLatency = lat.Seconds()
		delete(d.inFlight, s.Digest)
		d.mu.Unlock()
	}()
	// A copy of its own: cgo must not see the struct's Go pointers.
	sig, err := bls.SignatureFromBytes(bytes.Clone(s.Signature[:]))
	if err != nil {
		log.Error("aggregate signature does not decode", "err", err)
		return
	}
	e := sig.EIP2537()
	data, err := upkeepingABI.Pack("pay", s.Encoded, s.Signers, e[:])
	if err != nil {
		log.Error("packing pay", "err", err)
		return
	}
	provs := make([]uint32, len(r.Entries))
	for i, en := range r.Entries {
		provs[i] = en.Provider
	}
	done := d.paidThrough(r.Te, provs)
	res, err := d.p.cfg.Tx.Send(ctx, txmgr.Call{To: d.c.Address, Data: data, Confirmations: d.view.Params().Finality}, d.paidInView(r.Te, provs))
	if res.Reorged > 0 {
		log.Warn("payment orphaned by a reorg while confirming; sent again", "reorged", res.Reorged)
	}
	if res.Receipt != nil {
		d.p.cfg.Metrics.GasSpent.WithLabelValues(d.label, "pay").Add(float64(res.Receipt.GasUsed))
		rep.Tx, rep.GasUsed = res.Receipt.TxHash, res.Receipt.GasUsed
	}
	switch {
	case err == nil && res.AlreadyDone:
		outcome = "already_paid"
		log.Info("report already paid", "sent", res.Sent)
	case err == nil:
		outcome = "paid"
		d.p.cfg.Proposals.PutSent(d.c.Address, SentPay{Tx: res.Receipt.TxHash, Block: res.Receipt.BlockNumber.Uint64(),
			Index: res.Receipt.TransactionIndex, Encoded: s.Encoded, Signers: s.Signers, Signature: s.Signature})
		rep.Entries = d.entriesPaid(res.Receipt)
		total := new(big.Int)
		for _, p := range rep.Entries {
			total.Add(total, p.Amount)
		}
		d.p.cfg.Metrics.Payments.WithLabelValues(d.label).Add(float64(len(rep.Entries)))
		d.p.cfg.Metrics.PaidWei.Add(d.label, total)
		log.Info("report paid", "tx", res.Receipt.TxHash, "block", res.Receipt.BlockNumber, "gas", res.Receipt.GasUsed,
			"paid", total, "latency", lat, "sent", res.Sent)
	default:
		// A revert may be a lost race: someone else's report paid the interval.
		cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		ok, derr := done(cctx)
		cancel()
		var re *txmgr.RevertError
		reason := err
		if errors.As(err, &re) {
			if dr := upkeeping.DecodeRevert(re.Data); dr != nil {
				reason = dr
			}
		}
		if derr == nil && ok && (errors.Is(reason, upkeeping.ErrStaleInterval) || errors.Is(reason, upkeeping.ErrIntervalNotBeforeEnd) || errors.Is(err, txmgr.ErrFailed)) {
			outcome = "already_paid"
			log.Info("report paid by another keeper", "reason", reason)
			return
		}
		if ctx.Err() != nil {
			outcome = "aborted"
			return
		}
		log.Error("report not paid", "err", reason)
	}
}

// entriesPaid returns the entries the mined pay r paid (its EntryPaid events with
// the te of its ReportPaid).
func (d *driver) entriesPaid(r *types.Receipt) []upkeeping.Payment {
	logs := make([]types.Log, len(r.Logs))
	for i, l := range r.Logs {
		logs[i] = *l
	}
	ps, err := d.c.PaymentsOf(logs)
	if err != nil {
		d.log.Warn("the pay's events do not parse", "tx", r.TxHash, "err", err)
	}
	return ps
}
