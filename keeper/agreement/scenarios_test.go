package agreement_test

import (
	"math/rand"
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// evidenceAgainst reports whether an honest keeper emitted evidence against leader.
func (h *harness) evidenceAgainst(leader uint32) bool {
	for _, e := range h.s.Evidence {
		if h.honest(e.From) && e.Evidence.Signer == leader {
			return true
		}
	}
	return false
}

// leaderAt returns the leader of window i of the simulated period.
func leaderAt(t *testing.T, n int, seed int64, i uint64) uint32 {
	h := newHarness(t, harnessConfig{n: n, seed: seed})
	return h.sched.Leader(i).Index
}

func TestScenarioSilentKeepers(t *testing.T) {
	for _, n := range []int{4, 7, 10} {
		f := agreement.Faulty(n)
		faults := map[uint32]behaviour{}
		// Silence f keepers that do not lead the first window.
		first := leaderAt(t, n, 1, 0)
		for i := 0; len(faults) < f; i++ {
			if uint32(i) != first {
				faults[uint32(i)] = bSilent
			}
		}
		h := newHarness(t, harnessConfig{n: n, seed: 1, faults: faults})
		h.checkAll()
		if p := h.s.Chain.Paid[0]; p.Leader != first {
			t.Fatalf("N=%d: paid by %d, want the first leader %d", n, p.Leader, first)
		}
	}
}

func TestScenarioCrashedLeader(t *testing.T) {
	for _, n := range []int{4, 7} {
		first, second := leaderAt(t, n, 2, 0), leaderAt(t, n, 2, 1)
		h := newHarness(t, harnessConfig{n: n, seed: 2, faults: map[uint32]behaviour{first: bCrash}})
		h.checkAll()
		p := h.s.Chain.Paid[0]
		from, to, _ := h.sched.Window(1)
		if p.Leader != second || p.Height < from || p.Height >= to {
			t.Fatalf("N=%d: paid by %d at %d; want leader %d in window 1 [%d, %d)", n, p.Leader, p.Height, second, from, to)
		}
		// Window 1's report names the crashed leader as failed.
		sub := h.s.Submits[0]
		if sub.Report.FailedBitmap.Bit(int(first)) != 1 || sub.Report.FailedBitmap.BitLen() > int(first)+1 && countBits(sub.Report.FailedBitmap) != 1 {
			t.Fatalf("failed bitmap %b, want only keeper %d", sub.Report.FailedBitmap, first)
		}
	}
}

func TestScenarioEquivocatingLeader(t *testing.T) {
	for _, n := range []int{4, 7} {
		first := leaderAt(t, n, 3, 0)
		h := newHarness(t, harnessConfig{n: n, seed: 3, faults: map[uint32]behaviour{first: bEquivocate}})
		h.checkAll()
		if len(h.equivocated) == 0 {
			t.Fatal("the leader never equivocated")
		}
		if !h.evidenceAgainst(first) {
			t.Fatalf("N=%d: no evidence against equivocating leader %d", n, first)
		}
	}
}

// An equivocating leader whose bad proposal reaches everyone before its honest one:
// the keepers refuse the first, lock the second, and the two leader-signed reports
// of one instance are evidence all the same; the payment still happens.
func TestScenarioForgedProposalFirst(t *testing.T) {
	for _, n := range []int{4, 7} {
		first := leaderAt(t, n, 3, 0)
		h := newHarness(t, harnessConfig{n: n, seed: 3, faults: map[uint32]behaviour{first: bForgeFirst}})
		h.checkAll()
		if !h.evidenceAgainst(first) {
			t.Fatalf("N=%d: no evidence against leader %d whose forged proposal came first", n, first)
		}
	}
}

// TestScenarioEquivocationEvidenceBLS: with real BLS the evidence verifies as the
// contract checks it (wire.Evidence.Verify: both reports decode, same instance,
// different digests, both BLS signatures by the keeper's registered key).
func TestScenarioEquivocationEvidenceBLS(t *testing.T) {
	c, err := agreementsim.NewBLSCrypto(4)
	if err != nil {
		t.Fatal(err)
	}
	first := leaderAt(t, 4, 3, 0)
	h := newHarness(t, harnessConfig{n: 4, seed: 3, crypto: c, faults: map[uint32]behaviour{first: bEquivocate}})
	h.checkAll()
	n := 0
	for _, e := range h.s.Evidence {
		if err := e.Evidence.Verify(c.Secret(int(e.Evidence.Signer)).PublicKey()); err != nil {
			t.Fatalf("evidence from %d does not verify: %v", e.From, err)
		}
		// The encoding round-trips (what the node publishes).
		if _, err := wire.DecodeEvidence(wire.EncodeEvidence(e.Evidence)); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no evidence")
	}
}

func TestScenarioWrongMedian(t *testing.T) {
	first := leaderAt(t, 4, 4, 0)
	h := newHarness(t, harnessConfig{n: 4, seed: 4, faults: map[uint32]behaviour{first: bWrongMedian}})
	h.checkAll()
	if h.s.Chain.Paid[0].Leader == first {
		t.Fatal("the wrong median was paid")
	}
	var bad uint64
	for i, nd := range h.s.Nodes {
		if uint32(i) != first && nd != nil {
			bad += nd.Rejected(agreement.ErrBadValue)
		}
	}
	if bad == 0 {
		t.Fatal("no keeper rejected the wrong median with ErrBadValue")
	}
}

func TestScenarioLyingObservers(t *testing.T) {
	for _, n := range []int{4, 7, 10} {
		faults := map[uint32]behaviour{}
		for i := 0; len(faults) < agreement.Faulty(n); i++ {
			faults[uint32(i)] = bLiar
		}
		h := newHarness(t, harnessConfig{n: n, seed: 5, faults: faults})
		h.checkAll() // Validity: the extreme values never make it into a signed report
	}
}

func TestScenarioReplayForeignNonMemberOversized(t *testing.T) {
	h := newHarness(t, harnessConfig{n: 7, seed: 6, faults: map[uint32]behaviour{1: bReplay, 2: bForeign},
		replayNet: true, nonMember: true, oversized: true})
	h.checkAll()
	count := func(reason error) (c uint64) {
		for _, nd := range h.s.Nodes {
			if nd != nil {
				c += nd.Rejected(reason)
			}
		}
		return c
	}
	for _, reason := range []error{agreement.ErrForeignDomain, agreement.ErrNotMember, agreement.ErrOversized} {
		if count(reason) == 0 {
			t.Errorf("no rejection counted for %v", reason)
		}
	}
	if count(agreement.ErrStale)+count(agreement.ErrWrongPeriod)+count(agreement.ErrSender)+count(agreement.ErrUnknownInstance) == 0 {
		t.Error("replayed messages were never rejected")
	}
}

func TestScenarioSlightDifferencesReconcile(t *testing.T) {
	for _, n := range []int{4, 7} {
		h := newHarness(t, harnessConfig{n: n, seed: 7, data: honestDataSlight})
		h.checkAll()
		p := h.s.Chain.Paid[0]
		if p.Attempt&0xffff != 1 {
			t.Fatalf("N=%d: paid at attempt %d, want the reconcile attempt 1", n, p.Attempt)
		}
		if h.s.ByType[wire.TypeSyncRequest] != 0 {
			t.Fatalf("N=%d: round 4 ran", n)
		}
		if m, _ := wire.Decode(h.s.Submits[0].Propose); m.(*wire.Propose).Mode != wire.ModeReconcile {
			t.Fatalf("N=%d: paid proposal is not a reconcile one", n)
		}
	}
}

func TestScenarioLargeDifferencesFullSync(t *testing.T) {
	for _, n := range []int{4, 7} {
		h := newHarness(t, harnessConfig{n: n, seed: 8, data: honestDataLarge})
		h.checkAll()
		if h.s.ByType[wire.TypeSyncRequest] == 0 || h.s.ByType[wire.TypeRecordSet] == 0 {
			t.Fatalf("N=%d: round 4 did not run (%v)", n, h.s.ByType)
		}
		merged := 0
		for _, o := range h.s.Observers {
			if o.Merges > 0 {
				merged++
			}
		}
		if merged < agreement.Quorum(n) {
			t.Fatalf("N=%d: only %d keepers merged records", n, merged)
		}
		// Sets arriving after a keeper merged q of them are merged too (a keeper
		// whose records lag must not stay missing at the others).
		if late := h.s.LateMerges(); n == 7 && late == 0 {
			t.Fatalf("N=%d: no record set merged after the quorum", n)
		}
		if p := h.s.Chain.Paid[0]; p.Attempt&0xffff < 1 {
			t.Fatalf("N=%d: paid at attempt %d, want one after the sync", n, p.Attempt)
		}
	}
}

func TestScenarioCrashAfterPersistRestart(t *testing.T) {
	for seed := int64(10); seed < 16; seed++ {
		n := 4
		// A follower (not the first leader) crashes after persisting its first lock.
		first := leaderAt(t, n, seed, 0)
		victim := (first + 1) % uint32(n)
		h := newHarness(t, harnessConfig{n: n, seed: seed, faults: map[uint32]behaviour{victim: bCrashRestart}})
		h.checkAll()
		if !h.crashedOnce[victim] {
			t.Fatalf("seed %d: keeper %d never crashed", seed, victim)
		}
		// After the restart the keeper signed only what it had locked.
		for in, ds := range h.signed {
			for d, who := range ds {
				for _, w := range who {
					if w != victim {
						continue
					}
					l, _ := h.s.Stores[victim].Get(in.te, in.leader, in.attempt)
					if l == nil || l.Digest != d {
						t.Fatalf("seed %d: restarted keeper signed %x without that lock", seed, d[:4])
					}
				}
			}
		}
	}
}

// TestScenarioCrashedLeaderAfterPersist: the leader crashes right after locking its
// own proposal (its proposal never leaves), restarts in its window and continues
// with a new attempt instead of re-proposing the same one differently.
func TestScenarioCrashedLeaderAfterPersist(t *testing.T) {
	first := leaderAt(t, 4, 20, 0)
	h := newHarness(t, harnessConfig{n: 4, seed: 20, faults: map[uint32]behaviour{first: bCrashRestart}})
	h.checkAll()
	if !h.crashedOnce[first] {
		t.Fatal("leader never crashed")
	}
	if p := h.s.Chain.Paid[0]; p.Leader == first && p.Attempt == 0 {
		t.Fatal("the restarted leader reused attempt 0")
	}
}

func countBits(b interface {
	Bit(int) uint
	BitLen() int
}) int {
	c := 0
	for i := 0; i < b.BitLen(); i++ {
		c += int(b.Bit(i))
	}
	return c
}

var _ = rand.Int

// A keeper removed from the contract during the period (slashed, here also
// crashed) leaves the schedule at once: the nodes recompute the leader order over
// the remaining keepers, as the contract does, and the new first leader pays in
// window 0 instead of waiting out the removed keeper's window.
func TestScenarioKeeperRemovedMidPeriod(t *testing.T) {
	const n, te, d, w = 7, 50, 2, 10
	params := schedule.Params{Start: 0, Period: te, Finality: d, Window: w}
	s, err := agreementsim.New(agreementsim.Config{
		N: n, Providers: 3, Seed: 2, Params: params,
		TicksPerBlock: 10, StartHeight: 45, MinDelay: 1, MaxDelay: 3,
		Crypto: agreementsim.NewFastCrypto(n, 3),
	})
	if err != nil {
		t.Fatal(err)
	}
	ks := make([]schedule.Keeper, n)
	for i, k := range s.Keepers {
		ks[i] = schedule.Keeper{Index: k.Index, Address: k.Address}
	}
	sched, err := schedule.New(params, te, ks)
	if err != nil {
		t.Fatal(err)
	}
	first := sched.Leader(0).Index
	// The nodes enter the period with 7 keepers; its first leader is then
	// removed (and crashes) just before its window opens.
	s.RunUntil(func() bool { return s.Height() >= te+d-1 }, 5000)
	s.Crash(first)
	s.Chain.RemoveKeeper(first)
	if !s.RunUntil(func() bool { return len(s.Chain.Paid) > 0 }, 5000) {
		t.Fatal("no payment")
	}
	if p := s.Chain.Paid[0]; p.Leader == first || p.Height >= te+d+w {
		t.Fatalf("paid %+v; want a remaining keeper in window 0 [%d, %d)", p, te+d, te+d+w)
	}
}
