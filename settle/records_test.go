package settle_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/settle"
)

// TestInputsFromRecordsStore: a keeper's records store yields the records, orders
// and heights a settlement needs, and the batch built from them is the one built
// from the generator's own inputs.
func TestInputsFromRecordsStore(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, smallCfg())
	f.next(nil, nil)
	s, err := f.gen.Next(ctx, f.chain, nil)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(t.TempDir(), store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs := records.NewStore(db, f.gen.Domain.ChainID)
	for _, so := range s.Orders {
		if _, _, err := rs.PutOrder(so, 0); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range s.Records {
		if _, err := rs.PutRecord(testContract, &records.Entry{Record: r.Record, OrderIDs: r.OrderIDs}, nil); err != nil {
			t.Fatal(err)
		}
	}
	provs := map[common.Address]uint64{}
	for _, e := range s.Report.Entries {
		provs[f.gen.Providers[e.Provider].Account] = e.Ts
	}
	recs, orders, heights, err := settle.Inputs(rs, f.gen.Domain, provs, s.Report.Te, f.gen.Group().Stale, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(heights) == 0 || len(orders) == 0 {
		t.Fatalf("heights %v, %d orders", heights, len(orders))
	}
	for _, h := range heights {
		if _, ok := s.BlockHashes[h]; !ok {
			t.Fatalf("height %d without a hash", h)
		}
	}
	want, err := f.pub.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	s2 := *s
	s2.Records, s2.Orders = recs, orders
	got, err := f.pub.Build(&s2)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash != want.Hash {
		t.Fatal("the batch built from the records store differs")
	}
	// keep selects the records carried: leaving one out carries all the others.
	drop := recs[0].Record
	kept, _, _, err := settle.Inputs(rs, f.gen.Domain, provs, s.Report.Te, f.gen.Group().Stale,
		func(p common.Address, h uint64, k common.Address) bool {
			return !(p == drop.Provider && h == drop.Height && k == drop.Keeper)
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != len(recs)-1 {
		t.Fatalf("kept %d of %d records", len(kept), len(recs))
	}
	for _, r := range kept {
		if r.Record.Provider == drop.Provider && r.Record.Height == drop.Height && r.Record.Keeper == drop.Keeper {
			t.Fatal("the left-out record is carried")
		}
	}
}
