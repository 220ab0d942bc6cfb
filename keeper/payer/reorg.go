package payer

import (
	"context"
	"errors"
	"math"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/keeper/chainwatch"
)

// onUpdate handles the node's chain watcher's update (keeper/chainwatch: one head
// poll, one reorg check and one log query per node for every contract): after a
// reorganisation it re-checks records and reloads the view; then it brings the
// view to the new head, re-reading the contract only when its logs show a change
// (View.Advance).
func (d *driver) onUpdate(ctx context.Context, u chainwatch.Update) {
	h := u.Head
	oldNum := d.headNum
	d.headNum = h
	if len(u.Logs) > 0 {
		d.logs = append(d.logs, u.Logs...)
	}
	if u.Reorg {
		d.logs = slices.DeleteFunc(d.logs, func(l types.Log) bool { return l.BlockNumber > u.ForkPoint })
		if !u.ForkKnown {
			d.log.Warn("reorg: fork point not found; records re-checked from the deepest block searched", "from", u.ForkPoint+1)
		}
		d.recheckFrom, d.rechecks = u.ForkPoint+1, recheckPolls
		d.reload = true
	}
	if d.rechecks > 0 {
		// A record verified just before the reorg may be stored just after the
		// first pass: the pass is repeated on the next few updates.
		d.rechecks--
		d.discardOrphaned(ctx, d.recheckFrom, max(oldNum, u.OldHead))
	}
	if d.reload {
		// The cached contract state may come from an orphaned branch: re-read it
		// at the new head (lastPaid may have gone back), and re-check the reports
		// this keeper submitted.
		if err := d.view.Reload(ctx, h); err != nil {
			if ctx.Err() == nil {
				d.log.Warn("reloading the contract view after a reorg", "err", err)
			}
			return // retried on the next update
		}
		d.reload, d.logs = false, nil
		for _, s := range d.retained {
			d.orphaned[s.Digest] = true
		}
		d.log.Warn("chain reorganised: contract view reloaded", "head", h, "hash", u.Hash, "retained", len(d.retained))
	}
	if len(d.orphaned) > 0 {
		d.resubmitOrphaned(ctx, h)
	}
	if h <= d.view.Height() && d.core != nil {
		return
	}
	if err := d.view.Advance(ctx, h, d.logs); err != nil {
		if ctx.Err() == nil {
			d.log.Warn("refreshing the contract view", "err", err)
		}
		return // the logs are kept: retried on the next update
	}
	d.logs = nil
	d.p.cfg.Metrics.ChainHeight.Set(float64(h))
	d.noteLastPaid()
	if d.core == nil && !d.newCore() {
		return
	}
	d.core.SetHeight(h)
}

// recheckPolls is how many updates after a reorg re-run the records' discard.
const recheckPolls = 10

// discardOrphaned applies keeper/records' reorg rule after a reorg: the ok records
// of heights from the one after the fork point on are
// re-verified against the canonical hashes and those that no longer verify are
// discarded (records.Store.DiscardOrphaned), so that no observation counts them.
// Records exist above the fork point only if the reorg was deeper than D (seeds
// use D-deep blocks), so a shallow reorg re-checks nothing. The range is open
// above: the challenger may have seen a later head than this driver's last poll.
func (d *driver) discardOrphaned(ctx context.Context, from, oldNum uint64) {
	cl := d.p.cfg.Client
	hashOf := func(h uint64) ([32]byte, error) {
		hdr, err := cl.HeaderByNumber(ctx, new(big.Int).SetUint64(h))
		if errors.Is(err, ethereum.NotFound) {
			return [32]byte{}, nil // above the new head: no canonical block yet
		}
		if err != nil {
			return [32]byte{}, err
		}
		return hdr.Hash(), nil
	}
	gone, err := d.p.cfg.Records.DiscardOrphaned(d.c.Domain(), d.p.cfg.Options.Challenge, d.view.ProviderAddresses(),
		d.view.KeeperAddresses(), from, math.MaxUint64, hashOf)
	if err != nil {
		d.log.Warn("reorg: re-checking records", "err", err)
	}
	d.mu.Lock()
	d.discarded += len(gone)
	d.mu.Unlock()
	if len(gone) > 0 {
		d.log.Warn("reorg deeper than D: records on orphaned seeds discarded", "from", from, "head_before", oldNum, "discarded", len(gone))
	}
}

// resubmitOrphaned re-checks, after a reorg, the reports this keeper submitted:
// one whose every entry is unpaid again (lastPaid = its ts, as the contract
// requires) is submitted again — the same report, digest and aggregate signature,
// so no keeper signs anything new — once te + D ≤ head; one paid again (by the
// re-included transaction or by anyone) or superseded (some lastPaid moved
// elsewhere) is dropped from the re-check.
func (d *driver) resubmitOrphaned(ctx context.Context, h uint64) {
	fin := d.view.Params().Finality
	for _, s := range d.retained {
		if !d.orphaned[s.Digest] {
			continue
		}
		unpaid, paid := 0, 0
		for _, e := range s.Report.Entries {
			lp, ok := d.view.ProviderLastPaid(e.Provider)
			switch {
			case !ok:
			case lp == e.Ts:
				unpaid++
			case lp >= s.Report.Te:
				paid++
			}
		}
		n := len(s.Report.Entries)
		if paid == n || unpaid != n {
			delete(d.orphaned, s.Digest)
			continue
		}
		if h < s.Report.Te+fin {
			continue // premature on the new branch: wait
		}
		d.mu.Lock()
		busy := d.inFlight[s.Digest]
		if !busy {
			d.inFlight[s.Digest] = true
		}
		d.mu.Unlock()
		if busy {
			continue
		}
		delete(d.orphaned, s.Digest)
		d.log.Warn("payment orphaned by a reorg: submitting the same report again", "te", s.Report.Te,
			"leader", s.Report.Leader, "attempt", s.Report.Attempt, "digest", common.Hash(s.Digest))
		d.p.bg.Add(1)
		go func() {
			defer d.p.bg.Done()
			d.submit(ctx, s, 0, true)
		}()
	}
}
