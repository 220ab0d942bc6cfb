package settle

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/keeper/records"
)

// Inputs gathers, from a keeper's records store, the records, orders and heights a
// Settlement of report entries needs: for each provider (index → account, with its
// ts), every record held with a height in [ts − G, te), with the ids of the orders
// its challenge was derived from, and the signed orders those ids name. The block
// hashes of the heights are the caller's (BlockHashes).
//
// keep, if not nil, selects the records to carry (provider, height, keeper): the
// node passes the records its observation integrated ("the records used", SPEC 9),
// so that a record stored after the observation does not change the replayed value.
func Inputs(st *records.Store, d domain.Domain, providers map[common.Address]uint64, te, stale uint64, keep func(provider common.Address, height uint64, keeper common.Address) bool) ([]RecordInput, []*challenge.SignedOrder, []uint64, error) {
	var recs []RecordInput
	var orders []*challenge.SignedOrder
	heights := map[uint64]bool{}
	var hs []uint64
	for prov, ts := range providers {
		rs, err := st.Records(d.Contract, prov, sat(ts, stale), te)
		if err != nil {
			return nil, nil, nil, err
		}
		need := map[[32]byte]bool{}
		for _, r := range rs {
			if keep != nil && !keep(prov, r.Height, r.Keeper) {
				continue
			}
			e, err := st.Entry(d.Contract, prov, r.Height, r.Keeper)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("settle: record of %s at %d: %w", r.Keeper, r.Height, err)
			}
			recs = append(recs, RecordInput{Record: e.Record, OrderIDs: e.OrderIDs})
			for _, id := range e.OrderIDs {
				need[id] = true
			}
			if !heights[r.Height] {
				heights[r.Height] = true
				hs = append(hs, r.Height)
			}
		}
		if len(need) == 0 {
			continue
		}
		sos, err := st.SignedOrders(d.Contract, prov)
		if err != nil {
			return nil, nil, nil, err
		}
		for _, so := range sos {
			if need[so.ID(d.ChainID)] {
				orders = append(orders, so)
			}
		}
	}
	return recs, orders, hs, nil
}
