package payer

import (
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/upkeeping"
)

// hashChain answers BlockHash with keccak(height) and counts the calls (one per
// record verified).
type hashChain struct{ calls atomic.Int64 }

func (c *hashChain) Head(context.Context) (uint64, error) { return 1000, nil }
func (c *hashChain) BlockHash(_ context.Context, h uint64) ([32]byte, error) {
	c.calls.Add(1)
	return gethcrypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, h)), nil
}

type syncFixture struct {
	d      domain.Domain
	keeper common.Address
	prov   common.Address
	view   *View
	orders []challenge.Order
	signed *challenge.SignedOrder
	recs   []*records.Entry
}

func newSyncFixture(t *testing.T, n int) *syncFixture {
	t.Helper()
	chainID := big.NewInt(1337)
	contract := common.HexToAddress("0xc0")
	d := domain.Domain{ChainID: chainID, Contract: contract}
	kk, _ := gethcrypto.GenerateKey()
	pk, _ := gethcrypto.GenerateKey()
	uk, _ := gethcrypto.GenerateKey()
	f := &syncFixture{d: d, keeper: gethcrypto.PubkeyToAddress(kk.PublicKey), prov: gethcrypto.PubkeyToAddress(pk.PublicKey)}
	so, err := challenge.SignOrder(chainID, challenge.Order{Contract: contract, Provider: f.prov, Root: [32]byte{7}, Size: 1 << 20, StartBlock: 1, EndBlock: 1000}, uk)
	if err != nil {
		t.Fatal(err)
	}
	f.signed, f.orders = so, []challenge.Order{so.Order}
	f.view = &View{params: upkeeping.Params{Stale: 40}, loaded: true,
		keepers: []agreement.Keeper{{Index: 0, Address: f.keeper}}, byAddr: map[common.Address]uint32{f.keeper: 0},
		providers: []upkeepingProvider{{info: upkeeping.ProviderInfo{Account: f.prov}, due: true}}}
	var ch hashChain
	for h := uint64(10); h < uint64(10+n); h++ {
		set := challenge.ActiveOrders(chainID, contract, f.prov, h, f.orders)
		hash, _ := ch.BlockHash(context.Background(), h)
		c, err := challenge.Derive(set, f.keeper, h, hash, challenge.DefaultParams())
		if err != nil {
			t.Fatal(err)
		}
		rec := c.Evaluate(d, nil, false) // a missing response: s = 0
		if err := challenge.SignRecord(d, rec, kk); err != nil {
			t.Fatal(err)
		}
		f.recs = append(f.recs, &records.Entry{Record: rec, OrderIDs: set.IDs})
	}
	return f
}

func (f *syncFixture) observer(t *testing.T, held int) (*Observer, *records.Store, *hashChain) {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st := records.NewStore(db, f.d.ChainID)
	if _, _, err := st.PutOrder(f.signed, 100); err != nil {
		t.Fatal(err)
	}
	for _, e := range f.recs[:held] {
		if _, err := st.PutRecord(f.d.Contract, e, nil); err != nil {
			t.Fatal(err)
		}
	}
	ch := &hashChain{}
	return NewObserver(f.d, st, f.view, ch, challenge.DefaultParams(), nil), st, ch
}

// Round 4 (SPEC 7): a record set is checked only for the records the receiver
// lacks; records it holds byte for byte are not verified again, a held record
// altered in transit is, and fails; the merge adds only the new ones; a bound
// context that is cancelled stops the check.
func TestCheckRecordsVerifiesOnlyUnheld(t *testing.T) {
	f := newSyncFixture(t, 12)
	full, _, _ := f.observer(t, 12)
	sets, err := full.ExportRecords(0, 20, 22, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) != 1 {
		t.Fatalf("%d pieces for 12 records", len(sets))
	}
	set := sets[0]
	part, st, ch := f.observer(t, 9)
	if err := part.CheckRecords(1, 0, 20, 22, set); err != nil {
		t.Fatalf("honest set: %v", err)
	}
	if n := ch.calls.Load(); n != 3 {
		t.Fatalf("%d records verified, want the 3 not held", n)
	}
	if err := part.MergeRecords(0, 20, 22, [][]byte{set, set}); err != nil {
		t.Fatal(err)
	}
	if n, _ := st.CountRecords(f.d.Contract, f.prov); n != 12 {
		t.Fatalf("%d records after the merge, want 12", n)
	}

	// A held record with a forged keeper signature is not "held": it is verified
	// and refused.
	bad := *f.recs[0].Record
	bad.KeeperSig[5] ^= 1
	forged := []*records.Entry{{Record: &bad, OrderIDs: f.recs[0].OrderIDs}}
	out := binary.BigEndian.AppendUint32(nil, 1)
	b, err := forged[0].MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	out = binary.BigEndian.AppendUint32(out, uint32(len(b)))
	out = append(out, b...)
	if err := part.CheckRecords(1, 0, 20, 22, out); err == nil {
		t.Fatal("forged copy of a held record accepted")
	}

	// Cancellation.
	fresh, _, _ := f.observer(t, 0)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fresh.Bind(ctx)
	if err := fresh.CheckRecords(1, 0, 20, 22, set); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled check: %v", err)
	}
}

// UsedRecords (SPEC 9, "the records used"): the records an observation integrated,
// not those stored after it; with several observations, the one whose value is
// closest to the paid value.
func TestUsedRecordsAreThoseObserved(t *testing.T) {
	f := newSyncFixture(t, 12)
	o, st, _ := f.observer(t, 9)
	if _, ok := o.UsedRecords(0, 20, 40, big.NewInt(0)); ok {
		t.Fatal("records used before any observation")
	}
	v, err := o.SpaceTime(0, 20, 40)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range f.recs[9:] { // late records, stored after the observation
		if _, err := st.PutRecord(f.d.Contract, e, nil); err != nil {
			t.Fatal(err)
		}
	}
	used, ok := o.UsedRecords(0, 20, 40, v)
	if !ok || len(used) != 9 {
		t.Fatalf("used %d records (ok %v), want the 9 held at the observation", len(used), ok)
	}
	for _, e := range f.recs[:9] {
		if !used[RecordKey{e.Record.Height, e.Record.Keeper}] {
			t.Fatalf("record at %d missing from the used set", e.Record.Height)
		}
	}
	for _, e := range f.recs[9:] {
		if used[RecordKey{e.Record.Height, e.Record.Keeper}] {
			t.Fatalf("late record at %d in the used set", e.Record.Height)
		}
	}
	// Two distinct values: the closest one's records.
	k := obsKey{1, 0, 10}
	a := map[RecordKey]bool{{Height: 1}: true}
	b := map[RecordKey]bool{{Height: 2}: true, {Height: 3}: true}
	o.note(k, big.NewInt(100), a)
	o.note(k, big.NewInt(200), b)
	for _, c := range []struct {
		st   int64
		want int
	}{{100, 1}, {200, 2}, {140, 1}, {160, 2}, {1000, 2}} {
		got, ok := o.UsedRecords(1, 0, 10, big.NewInt(c.st))
		if !ok || len(got) != c.want {
			t.Fatalf("st %d: %d records, want %d", c.st, len(got), c.want)
		}
	}
}
