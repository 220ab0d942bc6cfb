package node

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/keeper/records"
)

// TestReorgPaysOrphanedPeriodOnce (issue 8, reorgs) runs the end-to-end pipeline
// of TestEndToEnd (4 keepers, 3 providers, blocks every 250 ms, H = 24, D = 2) and
// orphans the block of a payment twice, with a node that does not re-include the
// orphaned transactions (chain.Sim.ForkDropping — the simulated backend alone
// would re-inject them):
//
//   - deep: once the payment of the first period is D+2 blocks deep (the leader's
//     txmgr has already declared it final), the chain is forked at its parent.
//     The keepers must notice lastPaid went back and pay the period again. The
//     reorg is D+6 deep, so challenges were made on orphaned hashes: every record
//     a keeper still holds above the fork must verify on the canonical chain, and
//     some must have been discarded (keeper/records' reorg rule).
//   - shallow: the second period's payment is orphaned as soon as it is seen,
//     before the leader's D confirmations (txmgr re-broadcasts it).
//
// Each time: the period is paid exactly once on the canonical chain (one
// ReportPaid for te, in a block other than the orphaned one), lastPaid = te, the
// intervals are contiguous without overlap, every amount is st × price and every
// balance is exactly the split of the canonical payments (checkPayments,
// checkSplit).
func TestReorgPaysOrphanedPeriodOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: about 30 s")
	}
	e := newE2E(t, small)
	te1 := e.params.Start + small.period
	e.waitPaid(te1, 60*time.Second)
	from := e.orphanPayment(te1, finalityD+6)
	e.checkRecordsCanonical(from)
	e.checkSplit(e.checkPayments())

	te2 := te1 + small.period
	e.waitPaid(te2, 60*time.Second)
	e.orphanPayment(te2, 0)
	e.checkSplit(e.checkPayments())
	for _, k := range e.keepers {
		for _, r := range k.node.Payer().Payments(e.c.Address) {
			t.Logf("keeper %s paid te %d leader %d attempt %#x tx %s repaid=%v", k.addr.Hex()[:10], r.Te, r.Leader, r.Attempt, r.Tx, r.Repaid)
		}
	}
}

// orphanPayment waits until the payment of te is depth blocks deep, forks the
// chain at the parent of its block dropping the orphaned transactions, and checks
// that te is paid again exactly once on the new branch.
func (e *e2e) orphanPayment(te, depth uint64) (forkedFrom uint64) {
	t := e.t
	reps, err := e.c.FilterReports(e.ctx, 0, nil, te)
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 {
		t.Fatalf("%d reports paid for te %d before the reorg", len(reps), te)
	}
	orig := reps[0]
	for e.head() < orig.Block+depth {
		time.Sleep(20 * time.Millisecond)
	}
	hdr, err := e.client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(orig.Block))
	if err != nil {
		t.Fatal(err)
	}
	orphan := hdr.Hash()
	var headBefore uint64
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		headBefore = e.head()
		if err = e.sim.ForkDropping(hdr.ParentHash); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("fork at %d: %v", orig.Block-1, err)
		}
	}
	lp, err := e.c.LastPaid(e.ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("te %d: payment in block %d (%s, tx %s) orphaned at head %d (depth %d); lastPaid[0] now %d",
		te, orig.Block, orphan.Hex()[:10], orig.TxHash.Hex()[:10], headBefore, headBefore-orig.Block, lp)

	e.waitPaid(te, 60*time.Second)
	// Let the new branch grow past D so that a second payment would have shown.
	for h := e.head(); e.head() < h+finalityD+2; {
		time.Sleep(50 * time.Millisecond)
	}
	reps, err = e.c.FilterReports(e.ctx, 0, nil, te)
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 {
		t.Fatalf("%d reports paid for te %d on the canonical chain after the reorg", len(reps), te)
	}
	r := reps[0]
	rc, err := e.client.TransactionReceipt(e.ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	canon, err := e.client.HeaderByNumber(e.ctx, rc.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if rc.BlockHash == orphan || canon.Hash() != rc.BlockHash {
		t.Fatalf("te %d: payment in block %s, orphaned %s, canonical %s", te, rc.BlockHash, orphan, canon.Hash())
	}
	for i := range e.provs {
		lp, err := e.c.LastPaid(e.ctx, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if lp < te {
			t.Fatalf("provider %d lastPaid %d < te %d", i, lp, te)
		}
	}
	same := common.Hash(r.Digest) == common.Hash(orig.Digest)
	rep := e.reportOf(r)
	t.Logf("te %d paid again in block %d (tx %s): same report %v (leader %d attempt %#x)",
		te, r.Block, r.TxHash.Hex()[:10], same, rep.Leader, rep.Attempt)
	return orig.Block
}

// checkRecordsCanonical checks keeper/records' reorg rule after a reorg that
// replaced the blocks from height from on, deeper than D: every ok record any
// keeper holds at a height ≥ from verifies against the canonical hash of its
// height (the records challenged with orphaned hashes were discarded or refused),
// and the keepers did discard some (challenges run every second, so the D+6
// orphaned blocks held some).
func (e *e2e) checkRecordsCanonical(from uint64) {
	t := e.t
	var keepers []common.Address
	for _, k := range e.keepers {
		keepers = append(keepers, k.addr)
	}
	discarded, checked := 0, 0
	for _, k := range e.keepers {
		discarded += k.node.Payer().Discarded(e.c.Address)
		for _, p := range e.provs {
			es, err := k.node.Records().Entries(e.c.Address, p.addr, from, math.MaxUint64)
			if err != nil {
				t.Fatal(err)
			}
			for _, en := range es {
				if en.Record.Result != challenge.ResultOK {
					continue
				}
				orders, missing, err := k.node.Records().OrdersByID(e.c.Address, p.addr, en.OrderIDs)
				if err != nil || len(missing) > 0 {
					t.Fatalf("orders of a held record: %v %d missing", err, len(missing))
				}
				hdr, err := e.client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(en.Record.Height))
				if err != nil {
					t.Fatal(err)
				}
				if _, err := records.VerifyRecordWithoutProofs(e.c.Domain(), challenge.DefaultParams(), en, keepers, orders, hdr.Hash()); err != nil {
					t.Fatalf("keeper %s holds a record at %d (keeper %s) that does not verify on the canonical chain: %v",
						k.addr.Hex()[:10], en.Record.Height, en.Record.Keeper.Hex()[:10], err)
				}
				checked++
			}
		}
	}
	t.Logf("records from height %d: %d ok records held verify on the canonical chain; %d discarded after the deep reorg", from, checked, discarded)
	if discarded == 0 {
		t.Fatal("no keeper discarded a record challenged on an orphaned block")
	}
}
