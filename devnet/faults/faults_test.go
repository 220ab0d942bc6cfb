package faults

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/whitepay/whitepay/upkeeping"
)

// fakeNet is a Target that records what is done to it and checks the contract of
// Target (no kill of a member already down, no restart of one up).
type fakeNet struct {
	t          *testing.T
	keepers    int
	providers  int
	active     int
	downK      map[int]bool
	paused     map[int]bool
	downP      map[int]bool
	maxDown    int
	leader     int
	records    map[int]map[string]int
	loseOnKill int // records a killed keeper loses (a broken node)
	kills      []string
	cuts       []cut
	chain      error // RestartChain's answer
	chainRuns  int
}

type cut struct {
	k, others int
	until     uint64
}

func newFake(t *testing.T, k, p int) *fakeNet {
	f := &fakeNet{t: t, keepers: k, providers: p, active: k, downK: map[int]bool{}, paused: map[int]bool{}, downP: map[int]bool{}, records: map[int]map[string]int{},
		chain: ErrUnsupported}
	for i := range k {
		f.records[i] = map[string]int{"p0": 10 + i, "p1": 5}
	}
	return f
}

func (f *fakeNet) Keepers() int   { return f.keepers }
func (f *fakeNet) Providers() int { return f.providers }
func (f *fakeNet) down() int      { return len(f.downK) + len(f.paused) }
func (f *fakeNet) KillKeeper(i int) error {
	if f.downK[i] || f.paused[i] {
		f.t.Errorf("kill of k%d, already down", i)
	}
	f.downK[i] = true
	f.maxDown = max(f.maxDown, f.down())
	f.kills = append(f.kills, fmt.Sprintf("k%d", i))
	f.records[i]["p0"] -= f.loseOnKill
	return nil
}
func (f *fakeNet) RestartKeeper(_ context.Context, i int) error {
	if !f.downK[i] {
		f.t.Errorf("restart of k%d, not down", i)
	}
	delete(f.downK, i)
	return nil
}
func (f *fakeNet) KillProvider(i int) error {
	f.downP[i] = true
	f.kills = append(f.kills, fmt.Sprintf("p%d", i))
	return nil
}
func (f *fakeNet) RestartProvider(_ context.Context, i int) error { delete(f.downP, i); return nil }
func (f *fakeNet) Cut(_ context.Context, i int, others []int, until uint64) error {
	if f.downK[i] || f.paused[i] {
		f.t.Errorf("cut of k%d, already down", i)
	}
	for _, o := range others {
		if o == i {
			f.t.Errorf("k%d cut off from itself", i)
		}
	}
	if len(others) == 0 || until == 0 {
		f.t.Errorf("cut of k%d from %v until %d", i, others, until)
	}
	f.paused[i] = true
	f.maxDown = max(f.maxDown, f.down())
	f.cuts = append(f.cuts, cut{i, len(others), until})
	return nil
}
func (f *fakeNet) Heal(_ context.Context, i int) error {
	if !f.paused[i] {
		f.t.Errorf("heal of k%d, not cut", i)
	}
	delete(f.paused, i)
	return nil
}
func (f *fakeNet) Leader(context.Context, uint64) (int, bool, error) {
	return f.leader, true, nil
}
func (f *fakeNet) Active(context.Context) (int, error) { return f.active, nil }
func (f *fakeNet) RecordCounts(_ context.Context, i int) (map[string]int, error) {
	if f.downK[i] {
		return nil, errors.New("down")
	}
	out := map[string]int{}
	for k, v := range f.records[i] {
		out[k] = v
	}
	return out, nil
}
func (f *fakeNet) RestartChain(context.Context) error {
	f.chainRuns++
	return f.chain
}

func run(t *testing.T, f *fakeNet, plan Plan, tm Timing) Report {
	s, err := New(f, plan, tm)
	if err != nil {
		t.Fatal(err)
	}
	end := tm.Start + uint64(tm.Periods+1)*tm.Period + tm.Finality + 2*tm.Window
	for h := tm.Start; h <= end; h++ {
		if err := s.Step(t.Context(), h); err != nil {
			t.Fatal(err)
		}
	}
	return s.Finish(t.Context(), end)
}

func TestScheduleInjectsAndRestores(t *testing.T) {
	f := newFake(t, 7, 5)
	f.leader = 3
	tm := Timing{Start: 100, Period: 20, Finality: 2, Window: 6, Periods: 8}
	r := run(t, f, Plan{Faults: []string{KillKeeper, KillLeader, KillProvider, Partition, DropTx, Byzantine, RestartChainRPC}, Byzantine: []int{0, 1}, Seed: 1}, tm)
	// Periods 0,3,6 kill a keeper; 1,4,7 the leader; 2,5 a provider; 3,7 partition.
	// (The leader is always k3 here: the partition of period 7 may have cut it off
	// when its kill comes, and a leader that is down is skipped, not killed.)
	if r.Injected[KillKeeper] != 3 || r.Injected[KillLeader] < 2 || r.Injected[KillLeader]+r.Skipped[KillLeader] != 3 || r.Injected[KillProvider] != 2 {
		t.Fatalf("injected %v skipped %v", r.Injected, r.Skipped)
	}
	if r.Injected[Partition] != 2 {
		t.Fatalf("partitions %d (%v)", r.Injected[Partition], r.Events)
	}
	if f.maxDown > 2 {
		t.Fatalf("%d keepers down at once, f = 2", f.maxDown)
	}
	// Each cut lasts until te + D + W of its period (3: te = 180; 7: te = 260) and
	// separates its victims from the other keepers: period 3 meets the keeper of
	// kill-keeper still down (one victim, from 6 others), period 7 none (two victims,
	// each from the 5 others).
	want := []cut{{-1, 6, 188}, {-1, 5, 268}, {-1, 5, 268}}
	if len(f.cuts) != len(want) {
		t.Fatalf("cuts %+v", f.cuts)
	}
	for i, c := range f.cuts {
		if c.others != want[i].others || c.until != want[i].until || c.k < 2 {
			t.Fatalf("cut %d: %+v, want %+v (not a Byzantine keeper)", i, c, want[i])
		}
	}
	if len(f.downK)+len(f.paused)+len(f.downP) != 0 {
		t.Fatalf("members left down: %v %v %v", f.downK, f.paused, f.downP)
	}
	for _, k := range f.kills {
		if k == "k0" || k == "k1" {
			t.Fatalf("a Byzantine keeper was crashed: %v", f.kills)
		}
	}
	if r.Skipped[RestartChainRPC] != 1 || r.RecordsLost != 0 || r.RestartsChecked != r.Injected[KillKeeper]+r.Injected[KillLeader] {
		t.Fatalf("report %+v", r)
	}
}

func TestRestartChainInjected(t *testing.T) {
	f := newFake(t, 4, 2)
	f.chain = nil // the target can restart its chain endpoint
	r := run(t, f, Plan{Faults: []string{RestartChainRPC}}, Timing{Start: 0, Period: 10, Finality: 2, Window: 3, Periods: 4})
	if f.chainRuns != 1 || r.Injected[RestartChainRPC] != 1 || r.Skipped[RestartChainRPC] != 0 {
		t.Fatalf("restarts %d report %+v", f.chainRuns, r)
	}
	// Period 2 (te = 30), one block into its first window: 30 + 2 + 1.
	if len(r.Events) != 1 || r.Events[0].Block != 33 || r.Events[0].Action != "restart" {
		t.Fatalf("events %+v", r.Events)
	}
	f.chain = errors.New("connection refused")
	f.chainRuns = 0
	s, err := New(f, Plan{Faults: []string{RestartChainRPC}}, Timing{Start: 0, Period: 10, Finality: 2, Window: 3, Periods: 4})
	if err != nil {
		t.Fatal(err)
	}
	var stepErr error
	for h := uint64(0); h < 60; h++ {
		stepErr = errors.Join(stepErr, s.Step(t.Context(), h))
	}
	if stepErr == nil || s.Finish(t.Context(), 60).Injected[RestartChainRPC] != 0 {
		t.Fatal("a failed chain restart was not reported")
	}
}

func TestPartitionFirstWithOneFault(t *testing.T) {
	f := newFake(t, 4, 2) // f = 1
	r := run(t, f, Plan{Faults: []string{KillKeeper, Partition}, Seed: 3}, Timing{Start: 0, Period: 10, Finality: 2, Window: 3, Periods: 6})
	// Period 3 has both: the partition is injected, that kill-keeper skipped;
	// periods 0 is a kill-keeper alone.
	if r.Injected[Partition] != 1 || len(f.cuts) != 1 || r.Injected[KillKeeper] != 1 || r.Skipped[KillKeeper] != 1 || f.maxDown != 1 {
		t.Fatalf("injected %v skipped %v cuts %v max down %d", r.Injected, r.Skipped, f.cuts, f.maxDown)
	}
}

func TestBudgetFollowsActiveKeepers(t *testing.T) {
	f := newFake(t, 4, 2)
	f.active = 3 // one slashed: f = 0
	r := run(t, f, Plan{Faults: []string{KillKeeper, KillLeader, Partition}}, Timing{Start: 0, Period: 10, Finality: 2, Window: 3, Periods: 4})
	if len(f.kills) != 0 || f.maxDown != 0 || r.Skipped[KillKeeper] == 0 {
		t.Fatalf("kills %v down %d report %+v", f.kills, f.maxDown, r)
	}
}

func TestRecordsLostMeasured(t *testing.T) {
	f := newFake(t, 4, 2)
	f.loseOnKill = 3
	f.leader = 2
	r := run(t, f, Plan{Faults: []string{KillKeeper, KillLeader}, Seed: 7}, Timing{Start: 0, Period: 10, Finality: 2, Window: 3, Periods: 2})
	if r.RestartsChecked != 2 || r.RecordsLost != 6 {
		t.Fatalf("checked %d lost %d, want 2 and 6", r.RestartsChecked, r.RecordsLost)
	}
}

func TestParse(t *testing.T) {
	fs, err := Parse("kill-keeper, drop-tx,kill-keeper")
	if err != nil || len(fs) != 2 {
		t.Fatalf("%v %v", fs, err)
	}
	if _, err := Parse("kill-everyone"); !errors.Is(err, ErrUnknown) {
		t.Fatalf("err %v", err)
	}
}

func TestDoublePayments(t *testing.T) {
	ps := []upkeeping.Payment{{Provider: 0, Ts: 0, Te: 10}, {Provider: 0, Ts: 10, Te: 20}, {Provider: 1, Ts: 0, Te: 20}}
	if n := DoublePayments(ps); n != 0 {
		t.Fatalf("%d", n)
	}
	ps = append(ps, upkeeping.Payment{Provider: 1, Ts: 10, Te: 30}, upkeeping.Payment{Provider: 0, Ts: 0, Te: 10})
	if n := DoublePayments(ps); n != 2 {
		t.Fatalf("%d, want 2", n)
	}
}

// crashNet is a fakeNet that is a Crasher: an armed keeper "dies at its Propose"
// when the chain reaches proposeAt (or never, if proposeAt is 0).
type crashNet struct {
	*fakeNet
	armedTe   map[int]uint64
	proposeAt uint64
	head      uint64
	exited    map[int]bool
	disarms   int
}

func (c *crashNet) ArmCrash(i int, te uint64) error {
	if c.downK[i] {
		c.t.Fatalf("armed k%d while down", i)
	}
	c.armedTe[i] = te
	return nil
}
func (c *crashNet) Disarm(i int) error { delete(c.armedTe, i); c.disarms++; return nil }
func (c *crashNet) Exited(i int) bool {
	if _, ok := c.armedTe[i]; ok && c.proposeAt != 0 && c.head >= c.proposeAt && !c.exited[i] {
		c.exited[i] = true
		c.downK[i] = true // died by itself
		c.kills = append(c.kills, fmt.Sprintf("k%d", i))
	}
	return c.exited[i] && c.downK[i]
}
func (c *crashNet) RestartKeeper(ctx context.Context, i int) error {
	delete(c.exited, i)
	return c.fakeNet.RestartKeeper(ctx, i)
}

// kill-leader with a Crasher: the leader of window 0 is armed before its window,
// its death (at its Propose) is recorded as the kill, it is restarted after the
// window and its crash disarmed; a leader that never proposes is disarmed and
// counted as skipped.
func TestKillLeaderMidRound(t *testing.T) {
	tm := Timing{Start: 0, Period: 10, Finality: 2, Window: 3, Periods: 3}
	newCrash := func(proposeAt uint64) *crashNet {
		f := newFake(t, 4, 2)
		f.leader = 2
		return &crashNet{fakeNet: f, armedTe: map[int]uint64{}, exited: map[int]bool{}, proposeAt: proposeAt}
	}
	runCrash := func(c *crashNet) Report {
		s, err := New(c, Plan{Faults: []string{KillLeader}}, tm)
		if err != nil {
			t.Fatal(err)
		}
		for h := uint64(0); h <= 50; h++ {
			c.head = h
			if err := s.Step(t.Context(), h); err != nil {
				t.Fatal(err)
			}
		}
		return s.Finish(t.Context(), 50)
	}
	// Period 1 (te = 20): armed at te + D − 1 = 21, proposes (dies) at 23, restarted
	// at te + D + W + 2 = 27.
	c := newCrash(23)
	r := runCrash(c)
	var got []string
	for _, e := range r.Events {
		got = append(got, fmt.Sprintf("%d %s k%s", e.Block, e.Action, e.Member[1:]))
	}
	want := []string{"21 arm k2", "23 kill k2", "27 restart k2"}
	if fmt.Sprint(got) != fmt.Sprint(want) || r.Injected[KillLeader] != 1 || c.disarms != 1 || len(c.downK) != 0 || r.RestartsChecked != 1 {
		t.Fatalf("events %v (want %v), report %+v, disarms %d", got, want, r, c.disarms)
	}
	// Never proposes: disarmed, skipped, never down.
	c = newCrash(0)
	r = runCrash(c)
	if r.Injected[KillLeader] != 0 || r.Skipped[KillLeader] != 1 || c.disarms != 1 || len(c.kills) != 0 || len(c.downK) != 0 {
		t.Fatalf("report %+v, kills %v", r, c.kills)
	}
}
