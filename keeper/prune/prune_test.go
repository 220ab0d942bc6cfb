package prune_test

import (
	"encoding/binary"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/devnet/scalebench"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/payer"
	"github.com/whitepay/whitepay/keeper/prune"
	"github.com/whitepay/whitepay/keeper/records"
)

var (
	chainID  = big.NewInt(1337)
	contract = common.HexToAddress("0x00000000000000000000000000000000c0ffee15")
)

const testH, testG = 120, 60

// load is one keeper's writes per period (scalebench.KeeperLoad).
type load struct {
	*scalebench.KeeperLoad
	t testing.TB
	G uint64
}

func newLoad(t testing.TB, k, p, c int) *load {
	kl, err := scalebench.NewKeeperLoad(contract, chainID, k, p, c, testH)
	if err != nil {
		t.Fatal(err)
	}
	return &load{KeeperLoad: kl, t: t, G: testG}
}

func (l *load) period(t testing.TB, st *records.Store, votes *payer.VoteStore, k uint64) {
	t.Helper()
	if err := l.Period(st, votes, k); err != nil {
		t.Fatal(err)
	}
}

func sig(seed uint64) []byte {
	b := crypto.Keccak256(binary.BigEndian.AppendUint64(nil, seed))
	return append(append(b, b...)[:64], 0)
}

// ledger is the published ledger after period k: every provider paid up to the
// start of period k (the last period's payment is still being published).
func (l *load) ledger(k uint64) prune.Ledger {
	lp := make([]uint64, len(l.Providers))
	for i := range lp {
		lp[i] = k * l.H
	}
	return prune.Ledger{Te: k * l.H, Providers: l.Providers, LastPaid: lp}
}

type db struct {
	t    testing.TB
	dir  string
	db   *store.DB
	recs *records.Store
}

func openDB(t testing.TB, dir string) *db {
	d, err := store.Open(dir, store.Options{NoSync: true, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	return &db{t: t, dir: dir, db: d, recs: records.NewStore(d, chainID)}
}

// atRest returns the database's size as a restarted keeper sees it after one
// reclaim (close: the memtable goes to disk; open, Reclaim, close, measure, open):
// the disk it occupies, and the bytes of its tables and value log (the data,
// without badger's fixed files).
func (d *db) atRest() (disk, data int64) {
	d.t.Helper()
	if err := d.db.Close(); err != nil {
		d.t.Fatal(err)
	}
	*d = *openDB(d.t, d.dir)
	if err := d.db.Reclaim(); err != nil {
		d.t.Fatal(err)
	}
	if err := d.db.Close(); err != nil {
		d.t.Fatal(err)
	}
	n, err := store.DirUsage(d.dir)
	if err != nil {
		d.t.Fatal(err)
	}
	es, err := os.ReadDir(d.dir)
	if err != nil {
		d.t.Fatal(err)
	}
	for _, e := range es {
		if fi, err := e.Info(); err == nil && (strings.HasSuffix(e.Name(), ".sst") || strings.HasSuffix(e.Name(), ".vlog")) {
			data += fi.Size()
		}
	}
	*d = *openDB(d.t, d.dir)
	return n, data
}

// TestDatabaseStaysFlat: a keeper's database after 200 periods of the same load is
// within 10% of its size after 20 when pruned, and grows several times when not —
// the control that makes the first figure mean something. Load (issue 15's): 7
// keepers, 3 providers, 6 challenges per keeper per provider per period (126
// records a period), an order per provider per period, the outbox, a lock per
// period. Cost: 400 periods of writes, ~15 s of one core (NoSync badger), ~20 MB of
// temporary disk.
func TestDatabaseStaysFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 400 periods of load (-short)")
	}
	for _, pruned := range []bool{true, false} {
		l := newLoad(t, 7, 3, 6)
		d := openDB(t, t.TempDir())
		votes := payer.NewVoteStore(d.db, contract)
		pr := prune.New(d.recs, nil)
		sizes, data := map[uint64]int64{}, map[uint64]int64{}
		var deleted prune.Stats
		for k := uint64(0); k < 200; k++ {
			l.period(t, d.recs, votes, k)
			if pruned {
				st, err := pr.Apply(contract, l.ledger(k), prune.Params{Stale: l.G, Period: l.H})
				if err != nil {
					t.Fatal(err)
				}
				deleted.Records += st.Records
				deleted.Outbox += st.Outbox
				deleted.Orders += st.Orders
				deleted.Votes += st.Votes
			}
			if k+1 == 20 || k+1 == 200 {
				running, lsm, vlog, err := d.db.DiskUsage()
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("pruned=%v: after %d periods, running: %d bytes on disk (LSM %d, value log %d)", pruned, k+1, running, lsm, vlog)
				votes = nil
				sizes[k+1], data[k+1] = d.atRest()
				votes = payer.NewVoteStore(d.db, contract)
				pr = prune.New(d.recs, nil)
			}
		}
		n20, n200 := sizes[20], sizes[200]
		t.Logf("pruned=%v: database at rest after 20 periods %d bytes on disk (%d of tables and value log), after 200 %d (%d): %.2f× (%.2f×); deleted %+v",
			pruned, n20, data[20], n200, data[200], float64(n200)/float64(n20), float64(data[200])/float64(data[20]), deleted)
		within := func(a, b int64) bool { return float64(a) <= 1.10*float64(b) && float64(a) >= 0.90*float64(b) }
		if pruned {
			if !within(n200, n20) || !within(data[200], data[20]) {
				t.Errorf("pruned database after 200 periods is %d bytes (%d data), not within 10%% of %d (%d) after 20", n200, data[200], n20, data[20])
			}
			// What is kept is what the rule keeps: records from lastPaid − G − H on.
			below := l.ledger(199).LastPaid[0] - l.G - l.H
			for _, p := range l.Providers {
				es, err := d.recs.Entries(contract, p, 0, below)
				if err != nil || len(es) != 0 {
					t.Fatalf("provider %s: %d records below the horizon %d (%v)", p, len(es), below, err)
				}
				es, err = d.recs.Entries(contract, p, below, 1<<62)
				if err != nil || len(es) == 0 {
					t.Fatalf("provider %s: no records kept above the horizon (%v)", p, err)
				}
			}
			if deleted.Records == 0 || deleted.Outbox == 0 || deleted.Orders == 0 || deleted.Votes == 0 {
				t.Errorf("something that grows per period was never pruned: %+v", deleted)
			}
		} else if n200 < 3*n20 || data[200] < 3*data[20] {
			t.Errorf("unpruned database grew only %d → %d bytes: the load is too small to show pruning", n20, n200)
		}
		d.db.Close()
	}
}

// TestPrunedRecordsStaySettled: after pruning, a record below the watermark is
// acknowledged but not stored (a peer's late delivery cannot grow the database
// back), one above it is stored; locks below the vote floor are refused.
func TestPrunedRecordsStaySettled(t *testing.T) {
	l := newLoad(t, 4, 2, 6)
	d := openDB(t, t.TempDir())
	defer d.db.Close()
	votes := payer.NewVoteStore(d.db, contract)
	for k := range uint64(6) {
		l.period(t, d.recs, votes, k)
	}
	pr := prune.New(d.recs, nil)
	if _, err := pr.Apply(contract, l.ledger(5), prune.Params{Stale: l.G, Period: l.H, VotePeriods: 2}); err != nil {
		t.Fatal(err)
	}
	below := 5*l.H - l.G - l.H
	p := l.Providers[0]
	w, err := d.recs.PrunedBelow(contract, p)
	if err != nil || w != below {
		t.Fatalf("watermark %d, want %d (%v)", w, below, err)
	}
	// Held + pruned is every record written: pruning loses nothing it does not count.
	held, err := d.recs.CountRecords(contract, p)
	if err != nil {
		t.Fatal(err)
	}
	pruned, err := d.recs.PrunedRecords(contract, p)
	if err != nil || pruned == 0 || uint64(held)+pruned != 6*uint64(len(l.Keepers)*l.C) {
		t.Fatalf("held %d + pruned %d records, %d written (%v)", held, pruned, 6*len(l.Keepers)*l.C, err)
	}
	late := &records.Entry{Record: &challenge.ChalRecord{Keeper: l.Keepers[1], Provider: p, Height: below - 1, Space: big.NewInt(1),
		Result: challenge.ResultOK, ProviderSig: sig(1), KeeperSig: [65]byte(sig(2))}}
	added, err := d.recs.PutRecord(contract, late, nil)
	if err != nil || added {
		t.Fatalf("late record below the watermark: added %v, %v", added, err)
	}
	if has, _ := d.recs.HasRecord(contract, p, below-1, l.Keepers[1]); has {
		t.Fatal("a settled record was stored")
	}
	if settled, _ := d.recs.Settled(contract, p, below-1); !settled {
		t.Fatal("not settled below the watermark")
	}
	late.Record.Height = below + 9 // no load record there
	if added, err := d.recs.PutRecord(contract, late, nil); err != nil || !added {
		t.Fatalf("record above the watermark: added %v, %v", added, err)
	}
	// Pruning never lowers a watermark.
	if _, err := d.recs.Prune(contract, map[common.Address]uint64{p: 10}); err != nil {
		t.Fatal(err)
	}
	if w, _ := d.recs.PrunedBelow(contract, p); w != below {
		t.Fatalf("watermark lowered to %d", w)
	}
	// Orders that ended at or before the horizon are gone, later ones kept.
	sos, err := d.recs.SignedOrders(contract, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, so := range sos {
		if so.EndBlock <= below {
			t.Fatalf("order ending at %d kept below horizon %d", so.EndBlock, below)
		}
	}
	if len(sos) == 0 {
		t.Fatal("every order pruned")
	}
	// Votes: the floor is te − 2H here (VotePeriods 2); a lock below it is refused.
	floor, err := votes.Floor()
	if err != nil || floor != 5*l.H-2*l.H {
		t.Fatalf("vote floor %d (%v)", floor, err)
	}
	if err := votes.Put(&agreement.Lock{Te: floor - l.H, Digest: [32]byte{1}}); !errors.Is(err, payer.ErrVoteFloor) {
		t.Fatalf("lock below the floor: %v", err)
	}
	if got, err := votes.Get(floor-l.H, 0, 0); err != nil || got != nil {
		t.Fatalf("old lock still held: %v %v", got, err)
	}
	if got, err := votes.Get(floor+l.H, 3, 0); err != nil || got == nil { // period 3's lock
		t.Fatalf("lock at the floor pruned: %v %v", got, err)
	}
}

func TestHorizon(t *testing.T) {
	a, b := common.Address{1}, common.Address{2}
	below, floor := prune.Horizon(prune.Ledger{Te: 1000, Providers: []common.Address{a, b}, LastPaid: []uint64{1000, 150}}, prune.Params{Stale: 50, Period: 100})
	if below[a] != 850 || floor != 200 {
		t.Fatalf("horizon %v floor %d", below, floor)
	}
	if _, ok := below[b]; ok {
		t.Fatalf("provider paid up to 150 pruned below %d", below[b])
	}
	below, floor = prune.Horizon(prune.Ledger{Empty: true, Te: 1000, Providers: []common.Address{a}, LastPaid: []uint64{1000}}, prune.Params{Stale: 50, Period: 100})
	if len(below) != 0 || floor != 0 {
		t.Fatal("an empty ledger prunes")
	}
	below, _ = prune.Horizon(prune.Ledger{Te: 1000, Providers: []common.Address{a}, LastPaid: []uint64{1000}}, prune.Params{Stale: 50, Period: 100, Margin: 300})
	if below[a] != 650 {
		t.Fatalf("margin: %v", below)
	}
	if _, floor = prune.Horizon(prune.Ledger{Te: 1000, Providers: []common.Address{a}, LastPaid: []uint64{1000}}, prune.Params{Stale: 50, Period: 100, VotePeriods: 2}); floor != 800 {
		t.Fatalf("vote periods: floor %d", floor)
	}
	if _, floor = prune.Horizon(prune.Ledger{Te: 500, Providers: []common.Address{a}, LastPaid: []uint64{500}}, prune.Params{Stale: 50, Period: 100}); floor != 0 {
		t.Fatalf("young ledger: floor %d", floor)
	}
}
