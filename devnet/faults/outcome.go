package faults

import (
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/whitepay/whitepay/upkeeping"
)

// Outcome is what the contract's events say about safety after a run.
type Outcome struct {
	// DoublePayments counts provider intervals paid more than once: an EntryPaid
	// whose [ts, te) overlaps an earlier payment of the same provider.
	DoublePayments int `json:"double_payments"`
	// Slashed are the keepers slashed for equivocation (KeeperSlashed events).
	Slashed []string `json:"slashed"`
	// DoubleSigns counts honest keepers (not in the Byzantine set) slashed: the
	// contract accepted two signatures of theirs on different reports of one
	// instance.
	DoubleSigns int `json:"double_signs"`
	// ByzantineSlashed counts the Byzantine keepers slashed.
	ByzantineSlashed int `json:"byzantine_slashed"`
}

// Check reads the payments and slashes of contract from block from on.
func Check(ctx context.Context, c *upkeeping.Contract, from uint64, byzantine []int) (Outcome, error) {
	var o Outcome
	o.Slashed = []string{}
	pays, err := c.FilterPayments(ctx, from, nil)
	if err != nil {
		return o, err
	}
	o.DoublePayments = DoublePayments(pays)
	it, err := c.AdminBindings().FilterKeeperSlashed(&bind.FilterOpts{Start: from, Context: ctx}, nil, nil)
	if err != nil {
		return o, fmt.Errorf("faults: slashed events: %w", err)
	}
	defer it.Close()
	byz := map[uint32]bool{}
	for _, b := range byzantine {
		byz[uint32(b)] = true
	}
	seen := map[uint32]bool{}
	for it.Next() {
		e := it.Event
		if seen[e.Keeper] {
			continue
		}
		seen[e.Keeper] = true
		// keepers are named k<i> by their position in the group, ids are i+1 (the
		// devnet registers them in that order)
		idx := e.Keeper - 1
		o.Slashed = append(o.Slashed, fmt.Sprintf("k%d", idx))
		if byz[idx] {
			o.ByzantineSlashed++
		} else {
			o.DoubleSigns++
		}
	}
	return o, it.Error()
}

// DoublePayments counts payments whose interval overlaps an earlier payment of the
// same provider.
func DoublePayments(pays []upkeeping.Payment) int {
	by := map[uint32][]upkeeping.Payment{}
	for _, p := range pays {
		by[p.Provider] = append(by[p.Provider], p)
	}
	n := 0
	for _, ps := range by {
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].Ts < ps[j].Ts })
		var paidUntil uint64
		for i, p := range ps {
			if i > 0 && p.Ts < paidUntil {
				n++
			}
			paidUntil = max(paidUntil, p.Te)
		}
	}
	return n
}
