package agreementsim

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// named is a scenario of one period with a quiet network: N keepers, the given
// faults, synthetic data unless skew is set elsewhere.
func named(n int, seed int64, faulty map[uint32][]Behaviour) Scenario {
	f := agreement.Faulty(n)
	w, d := uint64(20), uint64(2)
	if faulty == nil {
		faulty = map[uint32][]Behaviour{}
	}
	return Scenario{
		Seed: seed, N: n, Providers: 3, Periods: 1,
		Params: schedule.Params{Start: 0, Period: d + uint64(f+4)*w, Finality: d, Window: w},
		Faulty: faulty, CrashAfterLock: map[uint32]bool{},
		MinDelay: 1, MaxDelay: 3, MaxIODelay: 2,
		Records: RecordsConfig{Every: uint64(n), MaxSyncDelay: 1},
	}
}

// leaders returns the leader order of the scenario's first period end.
func leaders(t *testing.T, sc Scenario) []uint32 {
	t.Helper()
	ks := make([]schedule.Keeper, sc.N)
	for i := range ks {
		var a common.Address
		a[0], a[18], a[19] = 0xee, byte(i>>8), byte(i)
		ks[i] = schedule.Keeper{Index: uint32(i), Address: a}
	}
	s, err := schedule.New(sc.Params, sc.Params.Start+sc.Params.Period, ks)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]uint32, len(s.Order))
	for i, k := range s.Order {
		out[i] = k.Index
	}
	return out
}

func mustRun(t *testing.T, sc Scenario) *Result {
	t.Helper()
	res := Run(sc)
	if !res.OK() {
		t.Fatalf("%s\n%v\n%s", sc.Describe(), res.Violations, res.Dump())
	}
	return res
}

func evidenceAgainst(res *Result, leader uint32) bool {
	for _, e := range res.Sim.Evidence {
		if _, bad := res.Scenario.Faulty[e.From]; !bad && e.Evidence.Signer == leader {
			return true
		}
	}
	return false
}

func rejected(res *Result, reason error) (c uint64) {
	for _, nd := range res.Sim.Nodes {
		if nd != nil {
			c += nd.Rejected(reason)
		}
	}
	return c
}

// f silent keepers (none the first leader): the first leader pays in window 0.
func TestScenarioSilentKeepers(t *testing.T) {
	for _, n := range []int{4, 7, 10, 11} {
		sc := named(n, 1, nil)
		first := leaders(t, sc)[0]
		for i := 0; len(sc.Faulty) < agreement.Faulty(n); i++ {
			if uint32(i) != first {
				sc.Faulty[uint32(i)] = []Behaviour{Silent}
			}
		}
		res := mustRun(t, sc)
		if p := res.Sim.Chain.Paid[0]; p.Leader != first || p.Attempt != 0 {
			t.Fatalf("N=%d: paid %+v, want the first leader %d at attempt 0", n, p, first)
		}
	}
}

// The first leader is down: the second pays in window 1, naming the first failed.
func TestScenarioCrashedLeader(t *testing.T) {
	for _, n := range []int{4, 7, 8} {
		sc := named(n, 2, nil)
		order := leaders(t, sc)
		sc.Faulty[order[0]] = []Behaviour{Down}
		res := mustRun(t, sc)
		p := res.Sim.Chain.Paid[0]
		from := sc.Params.Period + sc.Params.Finality + sc.Params.Window
		if p.Leader != order[1] || p.Height < from || p.Height >= from+sc.Params.Window {
			t.Fatalf("N=%d: paid by %d at %d; want leader %d in window 1 from %d", n, p.Leader, p.Height, order[1], from)
		}
		if b := p.Report.Report.FailedBitmap; b.Bit(int(order[0])) != 1 || bitCount(b) != 1 {
			t.Fatalf("N=%d: failed bitmap %b, want only keeper %d", n, b, order[0])
		}
	}
}

// An equivocating first leader is accused by honest keepers.
func TestScenarioEquivocatingLeader(t *testing.T) {
	for _, n := range []int{4, 7} {
		sc := named(n, 3, nil)
		first := leaders(t, sc)[0]
		sc.Faulty[first] = []Behaviour{Equivocate}
		res := mustRun(t, sc)
		if !evidenceAgainst(res, first) {
			t.Fatalf("N=%d: no evidence against equivocating leader %d", n, first)
		}
	}
}

// A wrong-median proposal that reaches everyone before the leader's honest one: the
// keepers refuse the first, lock the second, and the two leader-signed reports of
// one instance are evidence all the same; the period is paid.
func TestScenarioForgedProposalFirst(t *testing.T) {
	for _, n := range []int{4, 7} {
		sc := named(n, 3, nil)
		first := leaders(t, sc)[0]
		sc.Faulty[first] = []Behaviour{ForgeFirst}
		res := mustRun(t, sc)
		if !evidenceAgainst(res, first) {
			t.Fatalf("N=%d: no evidence against leader %d whose forged proposal came first", n, first)
		}
	}
}

// With real BLS the evidence verifies as the contract checks it, and its encoding
// round-trips.
func TestScenarioEquivocationEvidenceBLS(t *testing.T) {
	c, err := NewBLSCrypto(4)
	if err != nil {
		t.Fatal(err)
	}
	sc := named(4, 3, nil)
	sc.Crypto = c
	first := leaders(t, sc)[0]
	sc.Faulty[first] = []Behaviour{Equivocate}
	res := mustRun(t, sc)
	n := 0
	for _, e := range res.Sim.Evidence {
		pk := res.Sim.Keepers[e.Evidence.Signer].PublicKey
		if err := e.Evidence.Verify(func(d [32]byte, sig [wire.SigSize]byte) bool { return c.Verifier(0).Verify(pk, d, sig) }); err != nil {
			t.Fatalf("evidence from %d does not verify: %v", e.From, err)
		}
		if _, err := wire.DecodeEvidence(wire.EncodeEvidence(e.Evidence)); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no evidence")
	}
}

// A first leader proposing a value that is not the median is refused (ErrBadValue)
// and never paid.
func TestScenarioWrongMedian(t *testing.T) {
	sc := named(4, 4, nil)
	first := leaders(t, sc)[0]
	sc.Faulty[first] = []Behaviour{WrongMedian}
	res := mustRun(t, sc)
	if res.Sim.Chain.Paid[0].Leader == first {
		t.Fatal("the wrong median was paid")
	}
	if rejected(res, agreement.ErrBadValue) == 0 {
		t.Fatal("no keeper refused the wrong median with ErrBadValue")
	}
}

// f keepers observing extreme values: Validity (checked by Run) holds.
func TestScenarioLyingObservers(t *testing.T) {
	for _, n := range []int{4, 7, 10} {
		sc := named(n, 5, nil)
		for i := 0; len(sc.Faulty) < agreement.Faulty(n); i++ {
			sc.Faulty[uint32(i)] = []Behaviour{Liar}
		}
		mustRun(t, sc)
	}
}

// Replayed, foreign, non-member and oversized messages are refused and counted.
func TestScenarioReplayForeignNonMemberOversized(t *testing.T) {
	sc := named(7, 6, map[uint32][]Behaviour{1: {Replay}, 2: {Foreign}})
	sc.Periods = 2 // messages of the first period replayed in the second
	var injected bool
	sc.Setup = func(s *Sim) {
		prev := s.OnDeliver
		n := 0
		s.OnDeliver = func(e Envelope, err error) {
			if prev != nil {
				prev(e, err)
			}
			if n++; n%5 != 0 || e.From >= 200 {
				return
			}
			s.Inject(200, uint32(s.Rng.Intn(7)), e.Payload, 1) // a non-member
			if !injected {
				injected = true
				s.Inject(3, 4, make([]byte, wire.MaxMessageSize+1), 1)
			}
		}
	}
	res := mustRun(t, sc)
	for _, reason := range []error{agreement.ErrForeignDomain, agreement.ErrNotMember, agreement.ErrOversized} {
		if rejected(res, reason) == 0 {
			t.Errorf("no rejection counted for %v", reason)
		}
	}
	if rejected(res, agreement.ErrSender)+rejected(res, agreement.ErrStale)+rejected(res, agreement.ErrWrongPeriod)+rejected(res, agreement.ErrUnknownInstance) == 0 {
		t.Errorf("replayed messages were never refused\n%s", res.Dump())
	}
}

// skewHalf gives half of the honest keepers (the odd ones) data off by ppm.
func skewHalf(sc *Scenario, ppm int64) {
	sc.Skew = map[uint32]int64{}
	for i := 0; i < sc.N; i++ {
		if _, bad := sc.Faulty[uint32(i)]; !bad && i%2 == 1 {
			sc.Skew[uint32(i)] = ppm
		}
	}
}

// Honest data 1.8% apart: round 3 (reconcile) pays at attempt 1, no round 4. (The
// leader must hold every observation when the nacks come: with slow disks the
// last ones may be late and round 3 has too few to reconcile from.)
func TestScenarioSlightDifferencesReconcile(t *testing.T) {
	for _, n := range []int{4, 7} {
		sc := named(n, 7, nil)
		sc.MaxIODelay = 0
		skewHalf(&sc, 18_000)
		res := mustRun(t, sc)
		p := res.Sim.Chain.Paid[0]
		if p.Attempt&0xffff != 1 {
			t.Fatalf("N=%d: paid at attempt %d, want the reconcile attempt 1", n, p.Attempt)
		}
		if res.Sim.ByType[wire.TypeSyncRequest] != 0 {
			t.Fatalf("N=%d: round 4 ran", n)
		}
		if m, _ := wire.Decode(p.Report.Propose); m.(*wire.Propose).Mode != wire.ModeReconcile {
			t.Fatalf("N=%d: paid proposal is not a reconcile one", n)
		}
	}
}

// Honest data 40% apart: round 4 runs, q keepers merge, later sets are merged too,
// and a later attempt pays.
func TestScenarioLargeDifferencesFullSync(t *testing.T) {
	for _, n := range []int{4, 7} {
		sc := named(n, 8, nil)
		skewHalf(&sc, -400_000)
		res := mustRun(t, sc)
		s := res.Sim
		if s.ByType[wire.TypeSyncRequest] == 0 || s.ByType[wire.TypeRecordSet] == 0 {
			t.Fatalf("N=%d: round 4 did not run (%v)", n, s.ByType)
		}
		merged, late := 0, 0
		for _, o := range s.Observers {
			so := o.(*SynthObserver)
			if so.Merges > 0 {
				merged++
			}
			if so.Merges >= agreement.Quorum(n) {
				late++ // merged more than the q − 1 other sets the sync needed
			}
		}
		if merged < agreement.Quorum(n) {
			t.Fatalf("N=%d: only %d keepers merged records", n, merged)
		}
		if n == 7 && late == 0 {
			t.Fatalf("N=%d: no record set merged after the quorum", n)
		}
		if p := s.Chain.Paid[0]; p.Attempt&0xffff < 1 {
			t.Fatalf("N=%d: paid at attempt %d, want one after the sync", n, p.Attempt)
		}
	}
}

// A follower crashes right after its first lock is written and restarts: it signs
// only what its store holds (Run checks every honest signature against the store),
// and the period is paid.
func TestScenarioCrashAfterLockRestart(t *testing.T) {
	crashed := 0
	for seed := int64(10); seed < 16; seed++ {
		sc := named(4, seed, nil)
		victim := (leaders(t, sc)[0] + 1) % 4
		sc.CrashAfterLock[victim] = true
		res := mustRun(t, sc)
		crashed += res.Crashes
	}
	if crashed == 0 {
		t.Fatal("no keeper crashed")
	}
}

// The first leader crashes right after locking its proposal (which never leaves),
// restarts in its window and goes on with a new attempt rather than proposing
// attempt 0 again differently.
func TestScenarioCrashedLeaderAfterLock(t *testing.T) {
	sc := named(4, 20, nil)
	first := leaders(t, sc)[0]
	sc.CrashAfterLock[first] = true
	res := mustRun(t, sc)
	if res.Crashes == 0 {
		t.Fatal("the leader never crashed")
	}
	if p := res.Sim.Chain.Paid[0]; p.Leader == first && p.Attempt == 0 {
		t.Fatal("the restarted leader reused attempt 0")
	}
}

// A partition cuts f+1 keepers off (no quorum on either side) from before te until
// after te + D: the period is paid within f+1 windows of the heal (Run's deadline).
func TestScenarioPartitionHeals(t *testing.T) {
	for _, n := range []int{4, 7, 9} {
		sc := named(n, 30, nil)
		f := agreement.Faulty(n)
		side := make([]bool, n)
		for i := 0; i <= f; i++ {
			side[i] = true
		}
		te := sc.Params.Period
		sc.Partitions = []Partition{{From: te - 5, Until: te + sc.Params.Finality + sc.Params.Window/2, Side: side}}
		sc.Skew = nil
		res := mustRun(t, sc)
		if p := res.Sim.Chain.Paid[0]; p.Height < sc.Partitions[0].Until {
			t.Fatalf("N=%d: paid at %d, before the partition healed at %d", n, p.Height, sc.Partitions[0].Until)
		}
	}
}

// Keepers whose views of the chain lag up to a quarter window behind, and slow
// disks: every period of three is paid.
func TestScenarioLaggingViewsSlowDisks(t *testing.T) {
	for _, n := range []int{5, 8} {
		sc := named(n, 40, nil)
		sc.Periods, sc.MaxLag, sc.MaxIODelay = 3, sc.Params.Window/4, 15
		mustRun(t, sc)
	}
}

// Consecutive periods with keepers going down and restarting: durable locks are
// restored (no honest double signature, Run) and every period is paid.
func TestScenarioRestartsAcrossPeriods(t *testing.T) {
	sc := named(7, 50, nil)
	sc.Periods = 3
	sc.Downtimes = []Downtime{{Keeper: 1, From: 30, Until: 400}, {Keeper: 4, From: 1300, Until: 1900}}
	res := mustRun(t, sc)
	if res.Sim.Restarts < 2 {
		t.Fatalf("%d restarts", res.Sim.Restarts)
	}
}

// A keeper removed from the contract during the period (slashed, here also down)
// leaves the schedule at once: the nodes recompute the leader order over the
// remaining keepers, as the contract does, and the new first leader pays in window
// 0 instead of waiting out the removed keeper's window.
func TestScenarioKeeperRemovedMidPeriod(t *testing.T) {
	const n, te, d, w = 7, 50, 2, 10
	params := schedule.Params{Start: 0, Period: te, Finality: d, Window: w}
	s, err := New(Config{
		N: n, Providers: 3, Seed: 2, Params: params,
		TicksPerBlock: 10, StartHeight: 45, MinDelay: 1, MaxDelay: 3,
		Crypto: NewFastCrypto(n, 3),
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

// The simulated chain refuses what the contract refuses: a report before te + D,
// one whose ts is not lastPaid (paid already), a forged aggregate, too few signers.
func TestChainRefuses(t *testing.T) {
	sc := named(4, 60, nil)
	res := mustRun(t, sc)
	s := res.Sim
	sub := *res.Sim.Chain.Paid[0].Report
	if err := s.Chain.Pay(sub); !errors.Is(err, ErrPayTs) {
		t.Fatalf("second payment of the interval: %v", err)
	}
	early := &Chain{keepers: s.Chain.keepers, removedAt: map[uint32]uint64{}, providers: s.Chain.providers, start: map[uint32]uint64{},
		height: sub.Report.Te + s.Cfg.Params.Finality - 1, params: s.Chain.params, crypto: s.Chain.crypto}
	for _, p := range s.Chain.providers {
		early.start[p] = 0
	}
	if err := early.Pay(sub); !errors.Is(err, ErrPayTooEarly) {
		t.Fatalf("payment at te + D − 1: %v", err)
	}
	early.height++
	bad := sub
	bad.Signature[3] ^= 1
	if err := early.Pay(bad); !errors.Is(err, ErrPaySig) {
		t.Fatalf("forged aggregate: %v", err)
	}
	few := sub
	few.Signers = new(big.Int).SetBit(new(big.Int), 0, 1)
	if err := early.Pay(few); !errors.Is(err, ErrPaySigners) && !errors.Is(err, ErrPaySig) {
		t.Fatalf("one signer: %v", err)
	}
	if err := early.Pay(sub); err != nil {
		t.Fatalf("the report at te + D: %v", err)
	}
	if !strings.Contains(sc.Describe(), "N=4") {
		t.Fatal(sc.Describe())
	}
}
