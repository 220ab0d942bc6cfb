package settle_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/ledgergen"
)

var testContract = common.HexToAddress("0x00000000000000000000000000000000000c0de1")

type fixture struct {
	t     testing.TB
	gen   *ledgergen.Gen
	chain *ledgergen.Synthetic
	store *da.DirStore
	pub   *settle.Ledger
	items []*da.Item
}

func newFixture(t testing.TB, cfg ledgergen.Config) *fixture {
	t.Helper()
	cfg.Contract = testContract
	g, err := ledgergen.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	store, err := da.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pub, err := settle.OpenLedger(context.Background(), store, settle.NewState(g.Domain), settle.LedgerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, gen: g, chain: &ledgergen.Synthetic{}, store: store, pub: pub}
}

// next generates a period and publishes its batch, after edit (if any) changes the
// settlement.
func (f *fixture) next(tamper ledgergen.Tamper, edit func(*settle.Settlement)) *settle.Built {
	f.t.Helper()
	ctx := context.Background()
	s, err := f.gen.Next(ctx, f.chain, tamper)
	if err != nil {
		f.t.Fatal(err)
	}
	if edit != nil {
		edit(s)
	}
	var b *settle.Built
	if tamper != nil || edit != nil {
		// A faulty publisher: build without the value rules.
		f.pub.View(func(st *settle.State) { b, err = settle.BuildFaulty(st, s) })
	} else {
		b, err = f.pub.Build(s)
	}
	if err != nil {
		f.t.Fatal(err)
	}
	res, err := f.pub.Publish(ctx, b)
	if err != nil {
		f.t.Fatal(err)
	}
	if res != settle.Published {
		f.t.Fatalf("publish result %v", res)
	}
	it, err := f.store.Get(ctx, testContract, b.Batch.Seq)
	if err != nil {
		f.t.Fatal(err)
	}
	f.items = append(f.items, it)
	return b
}

// replay checks every published batch from scratch with signatures; it returns the
// first divergence (nil if none) and the state.
func replay(t *testing.T, store da.Store, d settle.State) (*settle.Divergence, *settle.State) {
	t.Helper()
	st := settle.NewState(d.Domain())
	var div *settle.Divergence
	err := da.Iterate(context.Background(), store, testContract, 0, func(it *da.Item) error {
		eff, err := settle.ApplyItem(st, it, settle.CheckOptions{Crypto: true})
		if err != nil {
			return err
		}
		st.Apply(eff)
		return nil
	})
	if err != nil {
		d, ok := settle.AsDivergence(err)
		if !ok {
			t.Fatalf("replay: %v", err)
		}
		div = d
	}
	return div, st
}

func smallCfg() ledgergen.Config {
	return ledgergen.Config{Keepers: 4, Providers: 6, RecordsPerEntry: 2, Period: 50}
}

func TestHonestLedgerReplays(t *testing.T) {
	f := newFixture(t, smallCfg())
	for i := 0; i < 4; i++ {
		f.next(nil, nil)
	}
	div, st := replay(t, f.store, *settle.NewState(f.gen.Domain))
	if div != nil {
		t.Fatalf("honest ledger diverges: %v", div)
	}
	if st.Head() != f.pub.Head() {
		t.Fatalf("replayed head %+v, publisher's %+v", st.Head(), f.pub.Head())
	}
	if st.Head().Seq != 3 {
		t.Fatalf("head seq %d", st.Head().Seq)
	}
	// Every provider paid up to the last te; balances credited.
	for p := uint32(0); p < 6; p++ {
		if lp, _ := st.LastPaid(p); lp != f.gen.Te() {
			t.Fatalf("provider %d lastPaid %d, want %d", p, lp, f.gen.Te())
		}
	}
	total := new(big.Int)
	for _, b := range st.Balances() {
		total.Add(total, b.Credited)
	}
	if total.Sign() == 0 {
		t.Fatal("nothing credited")
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	f := newFixture(t, smallCfg())
	f.next(nil, nil)
	s, err := f.gen.Next(context.Background(), f.chain, nil)
	if err != nil {
		t.Fatal(err)
	}
	var st1 settle.State
	f.pub.View(func(st *settle.State) {
		raw, err := st.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		cp, err := settle.UnmarshalState(raw)
		if err != nil {
			t.Fatal(err)
		}
		st1 = *cp
	})
	a, err := f.pub.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	// Same inputs in another order, on a restored copy of the state.
	s2 := *s
	s2.Records = slices.Clone(s.Records)
	rand.Shuffle(len(s2.Records), func(i, j int) { s2.Records[i], s2.Records[j] = s2.Records[j], s2.Records[i] })
	s2.Orders = slices.Clone(s.Orders)
	slices.Reverse(s2.Orders)
	b, err := settle.Build(&st1, &s2)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Encoded, b.Encoded) {
		t.Fatal("two builds from the same inputs differ")
	}
	// Publication is idempotent; a different batch at the same seq is refused.
	ctx := context.Background()
	if res, err := f.pub.Publish(ctx, a); err != nil || res != settle.Published {
		t.Fatalf("publish: %v %v", res, err)
	}
	if res, err := f.pub.Publish(ctx, b); err != nil || res != settle.AlreadyPublished {
		t.Fatalf("republish: %v %v", res, err)
	}
	s3 := *s
	s3.Records = s.Records[:len(s.Records)-1]
	c, err := settle.BuildFaulty(&st1, &s3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.pub.Publish(ctx, c); !errors.Is(err, settle.ErrPublishedOther) {
		t.Fatalf("conflicting publish: %v", err)
	}
	if err := f.store.Put(ctx, testContract, c.Batch.Seq, c.Batch.Prev, c.Hash, c.Encoded); !errors.Is(err, da.ErrConflict) {
		t.Fatalf("conflicting put: %v", err)
	}
	if res, _, err := f.pub.Settle(ctx, s); err != nil || res != settle.AlreadyPublished {
		t.Fatalf("settle of a published payment: %v %v", res, err)
	}
}

func TestSnapshotRoundTrip(t *testing.T) {
	f := newFixture(t, smallCfg())
	f.next(nil, nil)
	f.next(nil, nil)
	var raw []byte
	f.pub.View(func(st *settle.State) { raw, _ = st.MarshalBinary() })
	st, err := settle.UnmarshalState(raw)
	if err != nil {
		t.Fatal(err)
	}
	b := f.next(nil, nil)
	it := f.items[2]
	eff, err := settle.ApplyItem(st, it, settle.CheckOptions{Crypto: true})
	if err != nil {
		t.Fatal(err)
	}
	st.Apply(eff)
	if st.Head().StateRoot != b.Batch.StateRoot {
		t.Fatal("resumed replay gives another root")
	}
	raw[len(raw)/2] ^= 1
	if _, err := settle.UnmarshalState(raw); err == nil {
		t.Fatal("corrupt snapshot accepted")
	}
}

// expectDiv asserts a divergence at batch seq, entry entry (−1: batch-level), whose
// field contains field.
func expectDiv(t *testing.T, d *settle.Divergence, seq uint64, entry int, field string) {
	t.Helper()
	if d == nil {
		t.Fatalf("no divergence; want batch %d entry %d field %s", seq, entry, field)
	}
	if d.Seq != seq || d.Entry != entry || !strings.Contains(d.Field, field) {
		t.Fatalf("divergence %v; want batch %d entry %d field %s", d, seq, entry, field)
	}
	t.Logf("caught: %v", d)
}

func TestTamperedByte(t *testing.T) {
	f := newFixture(t, smallCfg())
	for i := 0; i < 3; i++ {
		f.next(nil, nil)
	}
	path := f.store.BatchPath(testContract, f.items[1].Hash)
	raw, _ := os.ReadFile(path)
	raw[len(raw)/3] ^= 0x40
	os.WriteFile(path, raw, 0o644)
	d, _ := replay(t, f.store, *settle.NewState(f.gen.Domain))
	expectDiv(t, d, 1, -1, "hash")
}

func TestRewrittenBatchBreaksChain(t *testing.T) {
	// An attacker alters batch 1 and re-indexes it under its new hash: batch 1 now
	// fails its own checks (here: a keeper signature), or batch 2's prev does.
	f := newFixture(t, smallCfg())
	for i := 0; i < 3; i++ {
		f.next(nil, nil)
	}
	b, _ := settle.Decode(f.items[1].Enc)
	b.Entries[2].Records[0].KeeperSig[10] ^= 1
	enc, err := b.Encode()
	if err != nil {
		t.Fatal(err)
	}
	h := settle.Hash(enc)
	os.WriteFile(f.store.BatchPath(testContract, h), enc, 0o644)
	os.WriteFile(f.store.SeqPath(testContract, 1), []byte(common.Bytes2Hex(h[:])+"\n"), 0o644)
	d, _ := replay(t, f.store, *settle.NewState(f.gen.Domain))
	if d == nil || d.Seq != 1 || d.Entry != 2 || d.Record != 0 {
		t.Fatalf("divergence %v; want batch 1 entry 2 record 0", d)
	}
	t.Logf("caught: %v", d)
}

func TestOutOfOrder(t *testing.T) {
	f := newFixture(t, smallCfg())
	for i := 0; i < 3; i++ {
		f.next(nil, nil)
	}
	p1, p2 := f.store.SeqPath(testContract, 1), f.store.SeqPath(testContract, 2)
	a, _ := os.ReadFile(p1)
	b, _ := os.ReadFile(p2)
	os.WriteFile(p1, b, 0o644)
	os.WriteFile(p2, a, 0o644)
	d, _ := replay(t, f.store, *settle.NewState(f.gen.Domain))
	expectDiv(t, d, 1, -1, "seq")
}

func TestRecordOmitted(t *testing.T) {
	// Batch 1 leaves out provider 3's newest record: the records give less than the
	// signed st.
	f := newFixture(t, smallCfg())
	f.next(nil, nil)
	prov3 := f.gen.Providers[3].Account
	f.next(nil, func(s *settle.Settlement) {
		var newest int = -1
		for i, r := range s.Records {
			if r.Record.Provider == prov3 && (newest < 0 || r.Record.Height > s.Records[newest].Record.Height) {
				newest = i
			}
		}
		s.Records = slices.Delete(slices.Clone(s.Records), newest, newest+1)
	})
	d, _ := replay(t, f.store, *settle.NewState(f.gen.Domain))
	expectDiv(t, d, 1, 3, "st")
}

func TestCarriedRecordOmitted(t *testing.T) {
	// Batch 1 leaves out a record of provider 4 that batch 0 carried near its te (in
	// batch 1's carry-in window), even though it changes nothing in st.
	f := newFixture(t, smallCfg())
	f.next(nil, nil)
	prov4 := f.gen.Providers[4].Account
	te0 := f.gen.Te()
	g := f.gen.Group()
	f.next(nil, func(s *settle.Settlement) {
		out := s.Records[:0:0]
		dropped := false
		for _, r := range s.Records {
			if !dropped && r.Record.Provider == prov4 && r.Record.Height < te0 && r.Record.Height >= te0-g.Stale {
				dropped = true
				continue
			}
			out = append(out, r)
		}
		if !dropped {
			t.Fatal("no carried record to drop")
		}
		s.Records = out
	})
	d, _ := replay(t, f.store, *settle.NewState(f.gen.Domain))
	expectDiv(t, d, 1, 4, "records")
}

func TestNotTheMedian(t *testing.T) {
	// The quorum signs a report whose entry 2 is not the median of the (honest)
	// observations attached.
	f := newFixture(t, smallCfg())
	f.next(nil, nil)
	f.next(func(_ [][]*big.Int, st []*big.Int) { st[2].Add(st[2], big.NewInt(1)) }, nil)
	d, _ := replay(t, f.store, *settle.NewState(f.gen.Domain))
	expectDiv(t, d, 1, 2, "st")
	if !strings.Contains(d.Detail, "median") {
		t.Fatalf("detail %q", d.Detail)
	}
}

func TestInflatedByColludingQuorum(t *testing.T) {
	// A colluding quorum observes and signs twice provider 5's space-time: the
	// signatures and the median check out, the records do not.
	f := newFixture(t, smallCfg())
	f.next(nil, nil)
	f.next(nil, nil)
	f.next(func(vals [][]*big.Int, st []*big.Int) {
		for k := range vals {
			vals[k][5].Mul(vals[k][5], big.NewInt(2))
		}
		st[5].Mul(st[5], big.NewInt(2))
	}, nil)
	d, _ := replay(t, f.store, *settle.NewState(f.gen.Domain))
	expectDiv(t, d, 2, 5, "st")
	if !strings.Contains(d.Detail, "records give") {
		t.Fatalf("detail %q", d.Detail)
	}
}

func TestWrongStateRoot(t *testing.T) {
	f := newFixture(t, smallCfg())
	f.next(nil, nil)
	b := f.next(nil, nil)
	// The publisher's root is wrong (re-indexed so that only the root differs).
	bb, _ := settle.Decode(b.Encoded)
	bb.StateRoot[0] ^= 1
	enc, _ := bb.Encode()
	h := settle.Hash(enc)
	os.WriteFile(f.store.BatchPath(testContract, h), enc, 0o644)
	os.WriteFile(f.store.SeqPath(testContract, 1), []byte(common.Bytes2Hex(h[:])+"\n"), 0o644)
	d, _ := replay(t, f.store, *settle.NewState(f.gen.Domain))
	expectDiv(t, d, 1, -1, "stateRoot")
}

func TestValueRulesMatchAgreement(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		k := 3 + r.IntN(8)
		f := (k - 1) / 2
		vals := make([]*big.Int, k)
		for i := range vals {
			vals[i] = big.NewInt(int64(1000 + r.IntN(40)))
		}
		if settle.LowerMedian(vals).Cmp(agreement.Median(vals)) != 0 {
			t.Fatal("median differs from the agreement's")
		}
		tol := agreement.Tolerance{Num: 1, Den: 100}
		if v, _, ok := tol.ReconcileValue(vals, f); ok && !settle.ReconcileOK(v, vals, f, 1, 100) {
			t.Fatalf("the agreement's reconcile value %s is refused (values %v)", v, vals)
		}
		a, b := vals[0], vals[1]
		if settle.Within(a, b, 1, 100) != tol.Within(a, b) {
			t.Fatal("tolerance differs from the agreement's")
		}
	}
}

func TestPublishDue(t *testing.T) {
	order := []uint32{2, 0, 3, 1}
	cases := []struct {
		self   uint32
		height uint64
		want   bool
	}{
		{0, 100, true}, // the leader
		{3, 100, false}, {3, 109, false}, {3, 110, true},
		{1, 119, false}, {1, 120, true},
		{2, 129, false}, {2, 130, true},
	}
	for _, c := range cases {
		if got := settle.PublishDue(order, 0, c.self, 100, c.height, 10); got != c.want {
			t.Errorf("self %d at %d: %v", c.self, c.height, got)
		}
	}
}

// TestGroupTransition: within an epoch the members and keys are fixed and a keeper
// may only be slashed (noShare); prices may change; a later epoch may bring another
// group, an earlier one may not come back.
func TestGroupTransition(t *testing.T) {
	f := newFixture(t, smallCfg())
	g := f.gen.Group()
	next := g.Clone()
	next.Keepers[1].Status = settle.KeeperNoShare
	next.Providers[0].Price = big.NewInt(7)
	if err := g.CheckTransition(next); err != nil {
		t.Fatal(err)
	}
	bad := g.Clone()
	bad.Keepers[1].PubKey[3] ^= 1
	if err := g.CheckTransition(bad); err == nil {
		t.Fatal("key change within an epoch accepted")
	}
	removed := g.Clone()
	removed.Keepers[1].Status = settle.KeeperRemoved
	if err := g.CheckTransition(removed); err == nil {
		t.Fatal("removal within an epoch accepted")
	}
	back := next.Clone()
	back.Keepers[1].Status = settle.KeeperActive
	if err := next.CheckTransition(back); err == nil {
		t.Fatal("reactivation accepted")
	}
	newEpoch := g.Clone()
	newEpoch.EpochFrom += g.Period
	newEpoch.GroupID++
	newEpoch.Keepers = newEpoch.Keepers[1:]
	if err := g.CheckTransition(newEpoch); err != nil {
		t.Fatalf("a new epoch's group refused: %v", err)
	}
	if err := newEpoch.CheckTransition(g); err == nil {
		t.Fatal("an earlier epoch accepted")
	}
	_ = challenge.ResultOK
}

func TestTwoKeepersOneLedger(t *testing.T) {
	// Keeper A (the leader) publishes; keeper B, syncing with signatures checked,
	// applies A's batches; B's fallback publication of the same settlement is a
	// no-op; and B's own publication of the next one is applied by A.
	ctx := context.Background()
	f := newFixture(t, smallCfg())
	f.next(nil, nil)
	b, err := settle.OpenLedger(ctx, f.store, settle.NewState(f.gen.Domain), settle.LedgerOptions{Crypto: true})
	if err != nil {
		t.Fatal(err)
	}
	if b.Head() != f.pub.Head() {
		t.Fatal("B did not sync A's batch")
	}
	s, err := f.gen.Next(ctx, f.chain, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res, _, err := f.pub.Settle(ctx, s); err != nil || res != settle.Published {
		t.Fatalf("A: %v %v", res, err)
	}
	if res, _, err := b.Settle(ctx, s); err != nil || res != settle.AlreadyPublished {
		t.Fatalf("B's fallback: %v %v", res, err)
	}
	s, err = f.gen.Next(ctx, f.chain, nil)
	if err != nil {
		t.Fatal(err)
	}
	built, err := b.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	// A concurrently built the same batch: both publish, one writes.
	builtA, err := f.pub.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	if r1, err := b.Publish(ctx, built); err != nil || r1 != settle.Published {
		t.Fatalf("B publishes: %v %v", r1, err)
	}
	if r2, err := f.pub.Publish(ctx, builtA); err != nil || r2 != settle.AlreadyPublished {
		t.Fatalf("A publishes the same: %v %v", r2, err)
	}
	if err := f.pub.Sync(ctx); err != nil || f.pub.Head() != b.Head() {
		t.Fatalf("heads differ: %v", err)
	}
	js, _ := json.Marshal(b.Head())
	if !strings.Contains(string(js), `"seq":2`) || !strings.Contains(string(js), `"stateRoot":"0x`) {
		t.Fatalf("head JSON %s", js)
	}
}

func TestFromEncodedPropose(t *testing.T) {
	// The Propose the agreement hands the node (agreement.Submit.Propose) fills the
	// settlement's report and observations.
	f := newFixture(t, smallCfg())
	s, err := f.gen.Next(context.Background(), f.chain, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := &wire.Propose{
		Header: wire.Header{ChainID: s.Report.ChainID, Contract: s.Report.Contract, Te: s.Report.Te, Leader: s.Report.Leader, Attempt: s.Report.Attempt, Sender: s.Report.Leader},
		Mode:   s.Mode, ObsAttempt: s.ObsAttempt, FailedBitmap: s.Report.FailedBitmap, Entries: s.Report.Entries, Vectors: s.Vectors,
	}
	for _, o := range s.Obs {
		p.Obs = append(p.Obs, wire.ObsRef{Sender: o.Sender, Vector: o.Vector})
	}
	p.Aggs = s.VectorSigs
	var s2 settle.Settlement
	if err := s2.FromEncodedPropose(wire.Encode(p)); err != nil {
		t.Fatal(err)
	}
	s2.Signers, s2.AggSig, s2.PayTx, s2.PayBlock, s2.Group = s.Signers, s.AggSig, s.PayTx, s.PayBlock, s.Group
	s2.Records, s2.Orders, s2.BlockHashes = s.Records, s.Orders, s.BlockHashes
	a, err := f.pub.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.pub.Build(&s2)
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash != b.Hash {
		t.Fatal("the settlement from the Propose builds another batch")
	}
	if err := s2.FromEncodedPropose([]byte{1, 2, 3}); err == nil {
		t.Fatal("garbage accepted")
	}
}

func TestForgedAggregateAfterManyObservations(t *testing.T) {
	// Issue 12 finding 1: the detector batches the q observation signatures and the
	// aggregate, aggregate last. With N = 25 (q = 17) that is 18 triples, where
	// herumi's MultiVerify never looked at the last two on a 2-core machine. The
	// aggregate is replaced by a valid G2 point that is not the signers' aggregate
	// (a vector's aggregate observation signature): the replay must name it.
	cfg := smallCfg()
	cfg.Keepers = 25
	cfg.Providers = 2
	f := newFixture(t, cfg)
	f.next(nil, nil)
	f.next(nil, func(s *settle.Settlement) {
		if len(s.Obs) < 16 {
			t.Fatalf("fixture: %d observations, want at least 16", len(s.Obs))
		}
		s.AggSig = s.VectorSigs[len(s.VectorSigs)-1] // a valid point: the observers' aggregate
	})
	d, _ := replay(t, f.store, *settle.NewState(f.gen.Domain))
	expectDiv(t, d, 1, -1, "aggregateSignature")
}
