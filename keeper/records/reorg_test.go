package records

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/store"
)

// TestDiscardOrphaned: a deep reorg replaces the blocks from height 20 on. The ok
// records at 20 and 30 were challenged with the old hashes: a receiver holding the
// new canonical hashes refuses them, DiscardOrphaned deletes them (and their
// outbox entries) and the space-time no longer counts them; the record at 10
// (before the fork) and the s = 0 record at 25 (no seed signed) are kept. With the
// old hashes nothing is discarded.
func TestDiscardOrphaned(t *testing.T) {
	f := newFixture(t, 8192)
	db, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := NewStore(db, chainID)
	for _, so := range f.orders {
		if _, _, err := s.PutOrder(so, 10); err != nil {
			t.Fatal(err)
		}
	}
	oldHash := func(h uint64) [32]byte { return [32]byte{byte(h)} }
	newHash := func(h uint64) ([32]byte, error) {
		if h >= 20 {
			return [32]byte{byte(h), 0xee}, nil
		}
		return oldHash(h), nil
	}
	for _, h := range []uint64{10, 20, 30} {
		e, _, _ := f.round(t, h, oldHash(h))
		if _, err := s.PutRecord(contract, e, &Outbox{Pending: []common.Address{{1}}, Message: []byte("m")}); err != nil {
			t.Fatal(err)
		}
	}
	miss := &challenge.ChalRecord{Keeper: f.keepAddr, Provider: f.provAddr, Height: 25, Space: new(big.Int), Result: challenge.ResultMissing}
	if err := challenge.SignRecord(dom, miss, f.keeper); err != nil {
		t.Fatal(err)
	}
	set := challenge.ActiveOrders(chainID, contract, f.provAddr, 25, f.plain())
	if _, err := s.PutRecord(contract, &Entry{Record: miss, OrderIDs: set.IDs}, nil); err != nil {
		t.Fatal(err)
	}
	keepers := []common.Address{f.keepAddr}
	provs := []common.Address{f.provAddr}
	before, err := s.SpaceTime(contract, f.provAddr, keepers, 10, 40, 10)
	if err != nil {
		t.Fatal(err)
	}

	// A receiver on the new branch refuses the record of height 20.
	e20, err := s.Entry(contract, f.provAddr, 20, f.keepAddr)
	if err != nil {
		t.Fatal(err)
	}
	h20, _ := newHash(20)
	if _, err := VerifyRecordWithoutProofs(dom, challenge.DefaultParams(), e20, keepers, f.plain(), h20); err == nil {
		t.Fatal("a record challenged with an orphaned hash verifies against the canonical one")
	}

	// With the hashes it was made with, nothing is discarded.
	gone, err := s.DiscardOrphaned(dom, challenge.DefaultParams(), provs, keepers, 0, 100, func(h uint64) ([32]byte, error) { return oldHash(h), nil })
	if err != nil || len(gone) != 0 {
		t.Fatalf("discarded %d (%v) with unchanged hashes", len(gone), err)
	}
	gone, err = s.DiscardOrphaned(dom, challenge.DefaultParams(), provs, keepers, 0, 100, newHash)
	if err != nil {
		t.Fatal(err)
	}
	if len(gone) != 2 || gone[0].Record.Height != 20 || gone[1].Record.Height != 30 {
		t.Fatalf("discarded %d records", len(gone))
	}
	for h, want := range map[uint64]bool{10: true, 20: false, 25: true, 30: false} {
		ok, err := s.HasRecord(contract, f.provAddr, h, f.keepAddr)
		if err != nil || ok != want {
			t.Fatalf("record at %d held %v, want %v (%v)", h, ok, want, err)
		}
	}
	obs, err := s.Outboxes(contract)
	if err != nil {
		t.Fatal(err)
	}
	if len(obs) != 1 {
		t.Fatalf("%d outbox entries left, want 1 (height 10)", len(obs))
	}
	after, err := s.SpaceTime(contract, f.provAddr, keepers, 10, 40, 10)
	if err != nil {
		t.Fatal(err)
	}
	// Before: samples at 10, 20, 25 (0), 30 each spanning to the next or G = 10.
	// After: 10 spans [10, 20), 25 is zero: only the sample at 10 counts.
	e10, _ := s.Entry(contract, f.provAddr, 10, f.keepAddr)
	want := new(big.Int).Mul(e10.Record.Space, big.NewInt(10))
	if after.Cmp(want) != 0 || before.Cmp(after) <= 0 {
		t.Fatalf("space-time %s before, %s after, want %s", before, after, want)
	}
}
