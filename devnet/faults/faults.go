// Package faults injects faults into a running devnet (issue 8: `whitepay devnet
// --procs --faults LIST`) and measures what must never happen under them: double
// signatures, double payments, lost records. It is a test harness, never the
// product's path.
//
// The devnet implements Target (kill -9 a member, restart it, cut a keeper's
// transport off and heal it, restart the chain endpoint, the current leader,
// record counts); the Scheduler, polled with the chain's head,
// injects the faults of a Plan at block heights derived from the contract's periods.
//
// Faults:
//
//   - kill-keeper: in periods k ≡ 0 (mod 3), half a period before te, SIGKILL a
//     random honest keeper that is not about to lead; restart it at te + D + W.
//     With f = 1, not in a period that has a partition (skipped, counted).
//   - kill-leader: in periods k ≡ 1 (mod 3), the first leader of te is killed
//     mid-round: armed before its window (te + D − 1, Crasher.ArmCrash), it SIGKILLs
//     its own process right after sending its Propose (its lock persisted, the
//     keepers holding its proposal or part of them, no votes aggregated); it is
//     restarted one window later (te + D + W + 2) and the next window's leader must
//     pay. A leader that sends no Propose is disarmed (counted as skipped). A
//     Target that is not a Crasher gets a kill -9 one block into the window.
//   - kill-provider: in periods k ≡ 2 (mod 3), half a period before te, SIGKILL a
//     random provider; restart it at te + 2 (its space is then partly unproven:
//     paid less, still paid).
//   - partition: in periods k ≡ 3 (mod 4), from te − 2 to te + D + W, f keepers are
//     cut off from the rest of the keeper group (when f ≥ 2 the victims form one
//     side and still reach each other). Decision: the cut is made by the
//     transport, not by network namespaces (the devnet's processes share the host's
//     loopback; moving running processes into namespaces and re-plumbing veth pairs
//     is more machinery than the fault needs): Target.Cut tells the victims'
//     processes at runtime that they are partitioned until te + D + W, and their
//     libp2p hosts then close every connection with the other keepers and refuse
//     new ones in both directions (a connection gater: dials fail, inbound
//     connections are dropped after the handshake). The victims keep running,
//     ticking and reading the chain; the others see refused connections. Providers
//     stay reachable from both sides (a keeper cut off from providers would record
//     their challenges as failed, s = 0: a fault of the providers' pay, not of the
//     keeper group's liveness, which is what the partition tests). Heal ends it and
//     the victims rejoin with their state.
//   - drop-tx, byzantine: static (configured before the keepers start; see
//     Plan.DropTx and Plan.Byzantine); the scheduler only counts them.
//   - restart-chain-rpc: once, in the middle period, one block into the first leader
//     window (te + D + 1, while the round runs): the chain's JSON-RPC endpoint goes
//     down for a few seconds and serves again on the same address
//     (Target.RestartChain; the devnet's embedded chain keeps its state and keeps
//     producing blocks meanwhile, the nodes see refused connections and retry).
//     Skipped (counted) when the target cannot restart its chain endpoint
//     (ErrUnsupported: an external --rpc node the devnet does not own).
//
// Decisions taken where the issue is silent: killed and partitioned keepers
// together never exceed f = ⌊(N−1)/3⌋ at once, with N the contract's active keepers
// at that moment (so after the Byzantine keepers are slashed, f may drop to 0 and
// these faults stop); Byzantine keepers are never crashed (their process keeps running
// its honest node, which is what lets a 4-keeper group stay live while one of them
// lies); a fault skipped for the budget is counted as skipped, not injected.
package faults

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
)

// Fault names.
const (
	KillKeeper      = "kill-keeper"
	KillLeader      = "kill-leader"
	KillProvider    = "kill-provider"
	RestartChainRPC = "restart-chain-rpc"
	DropTx          = "drop-tx"
	Partition       = "partition"
	Byzantine       = "byzantine"
)

// All are every fault, in the order of the issue.
var All = []string{KillKeeper, KillLeader, KillProvider, RestartChainRPC, DropTx, Partition, Byzantine}

// Errors callers branch on.
var (
	ErrUnknown     = errors.New("faults: unknown fault")
	ErrUnsupported = errors.New("faults: not supported by this devnet")
)

// Parse parses a comma-separated list of fault names.
func Parse(s string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" || seen[f] {
			continue
		}
		ok := false
		for _, a := range All {
			ok = ok || a == f
		}
		if !ok {
			return nil, fmt.Errorf("%w: %q (known: %s)", ErrUnknown, f, strings.Join(All, ","))
		}
		seen[f] = true
		out = append(out, f)
	}
	return out, nil
}

// Target is what the scheduler acts on. Keepers and providers are numbered by their
// position in the devnet (0..n−1), which is also their registration index.
//
// Contract: Kill* end the member's process at once (SIGKILL) and return once it is
// gone; Restart* start it again from its data directory; Cut makes keeper i's
// process, which keeps running, exchange nothing with the keepers in others (no
// connection in either direction) until Heal(i) or, should Heal never come, until
// block until; RestartChain takes the chain endpoint the members use down for a
// few seconds and brings it back on the same address, with the chain's state (or
// returns ErrUnsupported); Leader returns the keeper leading the
// window the chain is in (ok false between windows or before the first payable
// period); Active returns the number of active keepers in the contract;
// RecordCounts returns the records a keeper's status reports per provider (an
// error while it is down or starting).
type Target interface {
	Keepers() int
	Providers() int
	KillKeeper(i int) error
	RestartKeeper(ctx context.Context, i int) error
	KillProvider(i int) error
	RestartProvider(ctx context.Context, i int) error
	Cut(ctx context.Context, i int, others []int, until uint64) error
	Heal(ctx context.Context, i int) error
	Leader(ctx context.Context, head uint64) (int, bool, error)
	Active(ctx context.Context) (int, error)
	RecordCounts(ctx context.Context, i int) (map[string]int, error)
	RestartChain(ctx context.Context) error
}

// Crasher is implemented by targets whose keepers can be made to kill themselves
// mid-round (kill-leader): ArmCrash makes keeper i SIGKILL its own process right
// after it sends its Propose for the period ending at te; Disarm cancels that;
// Exited reports whether keeper i's process has exited. A Target without it gets
// kill-leader as a kill -9 from outside one block into the leader's window.
type Crasher interface {
	ArmCrash(i int, te uint64) error
	Disarm(i int) error
	Exited(i int) bool
}

// Timing are the contract's chain-time parameters (blocks).
type Timing struct {
	Start, Period, Finality, Window uint64
	Periods                         int
}

// Plan is what to inject.
type Plan struct {
	Faults    []string
	Byzantine []int // keepers in hostile mode (chosen by the devnet before they start)
	Seed      uint64
}

// Has reports whether the plan has fault f.
func (p Plan) Has(f string) bool {
	for _, x := range p.Faults {
		if x == f {
			return true
		}
	}
	return false
}

// Event is one fault injected (or skipped).
type Event struct {
	Block   uint64 `json:"block"`
	Fault   string `json:"fault"`
	Member  string `json:"member,omitempty"`
	Action  string `json:"action"` // kill, restart, cut, heal, skip
	Detail  string `json:"detail,omitempty"`
	Failure string `json:"error,omitempty"`
}

// action is one scheduled step.
type action struct {
	at     uint64
	fault  string
	period int
	undo   bool
	ref    int // the do-action whose victim the undo acts on
}

// Scheduler injects a Plan's faults as the chain advances. Step is called with each
// new head (from one goroutine).
type Scheduler struct {
	t    Target
	plan Plan
	tm   Timing
	rng  *rand.Rand
	byz  map[int]bool

	mu          sync.Mutex
	actions     []action
	next        int
	victims     map[int][]int // do-action index → victims (keepers, or a provider)
	downK       map[int]string
	downP       map[int]bool
	events      []Event
	injected    map[string]int
	skipped     map[string]int
	before      map[int]map[string]int // records held when killed
	checkAfter  map[int]bool
	recordsLost int
	checked     int
	armed       map[int]armedCrash // do-action index → a leader armed to crash
}

// armedCrash is a kill-leader in flight: keeper k is armed to kill itself after its
// Propose for te.
type armedCrash struct {
	k    int
	te   uint64
	dead bool
}

// New builds the schedule of plan over the periods of tm.
func New(t Target, plan Plan, tm Timing) (*Scheduler, error) {
	if tm.Period == 0 || tm.Window == 0 || tm.Periods <= 0 {
		return nil, errors.New("faults: timing: zero period, window or periods")
	}
	s := &Scheduler{t: t, plan: plan, tm: tm, rng: rand.New(rand.NewPCG(plan.Seed, 0x5eed)), byz: map[int]bool{},
		victims: map[int][]int{}, downK: map[int]string{}, downP: map[int]bool{}, injected: map[string]int{}, skipped: map[string]int{},
		before: map[int]map[string]int{}, checkAfter: map[int]bool{}, armed: map[int]armedCrash{}}
	for _, b := range plan.Byzantine {
		s.byz[b] = true
	}
	D, W, H := tm.Finality, tm.Window, tm.Period
	// With f = 1 a killed keeper would take the budget of the period's partition
	// (kill-keeper starts earlier): the partition, every fourth period, goes first.
	roomForBoth := (t.Keepers()-1)/3 >= 2
	for k := 0; k < tm.Periods; k++ {
		te := tm.Start + uint64(k+1)*H
		add := func(f string, at, until uint64) {
			s.actions = append(s.actions, action{at: at, fault: f, period: k})
			s.actions = append(s.actions, action{at: until, fault: f, period: k, undo: true, ref: len(s.actions) - 1})
		}
		partition := k%4 == 3 && plan.Has(Partition)
		switch {
		case k%3 == 0 && plan.Has(KillKeeper) && partition && !roomForBoth:
			s.skipped[KillKeeper]++
			s.event(te-H/2, KillKeeper, "", "skip", "this period's partition takes the budget (f = 1)", nil)
		case k%3 == 0 && plan.Has(KillKeeper):
			add(KillKeeper, te-H/2, te+D+W)
		case k%3 == 1 && plan.Has(KillLeader):
			if _, ok := t.(Crasher); ok {
				// Armed as the window opens (te + D − 1 at the latest, before the
				// first leader's round 1); it dies at its Propose; restarted after
				// its window.
				add(KillLeader, te+D-1, te+D+W+2)
			} else {
				add(KillLeader, te+D+1, te+D+W+2)
			}
		case k%3 == 2 && plan.Has(KillProvider):
			add(KillProvider, te-H/2, te+2)
		}
		if partition {
			add(Partition, te-2, te+D+W)
		}
		if k == tm.Periods/2 && plan.Has(RestartChainRPC) {
			s.actions = append(s.actions, action{at: te + D + 1, fault: RestartChainRPC, period: k})
		}
	}
	sort.SliceStable(s.actions, func(i, j int) bool { return s.actions[i].at < s.actions[j].at })
	// Re-point undo actions at their do-actions after the sort.
	pos := map[[3]int]int{}
	for i, a := range s.actions {
		if !a.undo {
			pos[[3]int{a.period, faultID(a.fault), 0}] = i
		}
	}
	for i := range s.actions {
		if a := &s.actions[i]; a.undo {
			a.ref = pos[[3]int{a.period, faultID(a.fault), 0}]
		}
	}
	return s, nil
}

// untilOf returns the block of the undo action of do-action i (its end).
func (s *Scheduler) untilOf(i int) uint64 {
	for _, a := range s.actions {
		if a.undo && a.ref == i {
			return a.at
		}
	}
	return 0
}

func faultID(f string) int {
	for i, a := range All {
		if a == f {
			return i
		}
	}
	return -1
}

// Step injects every action due at head. It returns the first error of the target
// (faults that could not be injected are recorded as events either way).
func (s *Scheduler) Step(ctx context.Context, head uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var first error
	for s.next < len(s.actions) && s.actions[s.next].at <= head {
		i := s.next
		s.next++
		if err := s.do(ctx, head, i); err != nil && first == nil {
			first = err
		}
	}
	s.pollArmed(head)
	s.checkRecords(ctx)
	return first
}

// pollArmed records the kill of every armed leader whose process has exited.
func (s *Scheduler) pollArmed(head uint64) {
	c, ok := s.t.(Crasher)
	if !ok {
		return
	}
	for i, a := range s.armed {
		if a.dead || !c.Exited(a.k) {
			continue
		}
		a.dead = true
		s.armed[i] = a
		s.injected[KillLeader]++
		s.event(head, KillLeader, fmt.Sprintf("k%d", a.k), "kill", fmt.Sprintf("killed itself (SIGKILL) right after sending its Propose for te %d: mid-round", a.te), nil)
	}
}

func (s *Scheduler) event(head uint64, f, member, act, detail string, err error) {
	e := Event{Block: head, Fault: f, Member: member, Action: act, Detail: detail}
	if err != nil {
		e.Failure = err.Error()
	}
	s.events = append(s.events, e)
}

// budget is how many more keepers may be down now.
func (s *Scheduler) budget(ctx context.Context) int {
	n, err := s.t.Active(ctx)
	if err != nil || n < 1 {
		n = s.t.Keepers()
	}
	return (n-1)/3 - len(s.downK)
}

func (s *Scheduler) do(ctx context.Context, head uint64, i int) error {
	a := s.actions[i]
	if a.undo {
		return s.undo(ctx, head, a)
	}
	switch a.fault {
	case KillKeeper, KillLeader:
		if s.budget(ctx) < 1 {
			s.skipped[a.fault]++
			s.event(head, a.fault, "", "skip", "f keepers already down", nil)
			return nil
		}
		te := s.tm.Start + uint64(a.period+1)*s.tm.Period
		crasher, crash := s.t.(Crasher)
		crash = crash && a.fault == KillLeader
		var k int
		if a.fault == KillLeader {
			at := head // the window the chain is in
			if crash {
				at = te + s.tm.Finality // window 0's leader, armed before its window opens
			}
			l, ok, err := s.t.Leader(ctx, at)
			if err != nil || !ok || s.byz[l] || s.downK[l] != "" {
				s.skipped[a.fault]++
				s.event(head, a.fault, "", "skip", "no honest leader up", err)
				return nil
			}
			k = l
		} else {
			var cands []int
			next, _, _ := s.t.Leader(ctx, te+s.tm.Finality)
			for j := range s.t.Keepers() {
				if !s.byz[j] && s.downK[j] == "" && j != next {
					cands = append(cands, j)
				}
			}
			if len(cands) == 0 {
				s.skipped[a.fault]++
				s.event(head, a.fault, "", "skip", "no candidate", nil)
				return nil
			}
			k = cands[s.rng.IntN(len(cands))]
		}
		if c, err := s.t.RecordCounts(ctx, k); err == nil {
			s.before[k] = c
		}
		var err error
		if crash {
			err = crasher.ArmCrash(k, te)
			s.event(head, a.fault, fmt.Sprintf("k%d", k), "arm", fmt.Sprintf("to kill itself after its Propose for te %d", te), err)
		} else {
			err = s.t.KillKeeper(k)
			s.event(head, a.fault, fmt.Sprintf("k%d", k), "kill", "", err)
		}
		if err != nil {
			return err
		}
		if crash {
			s.armed[i] = armedCrash{k: k, te: te} // pollArmed records the kill
		} else {
			s.injected[a.fault]++
		}
		s.downK[k] = a.fault // an armed leader counts as down already: the budget holds its place
		s.victims[i] = []int{k}
	case KillProvider:
		var cands []int
		for j := range s.t.Providers() {
			if !s.downP[j] {
				cands = append(cands, j)
			}
		}
		if len(cands) == 0 {
			s.skipped[a.fault]++
			return nil
		}
		p := cands[s.rng.IntN(len(cands))]
		err := s.t.KillProvider(p)
		s.event(head, a.fault, fmt.Sprintf("p%d", p), "kill", "", err)
		if err != nil {
			return err
		}
		s.injected[a.fault]++
		s.downP[p] = true
		s.victims[i] = []int{p}
	case Partition:
		n := s.budget(ctx)
		if n < 1 {
			s.skipped[a.fault]++
			s.event(head, a.fault, "", "skip", "f keepers already down", nil)
			return nil
		}
		var cands []int
		for j := range s.t.Keepers() {
			if !s.byz[j] && s.downK[j] == "" {
				cands = append(cands, j)
			}
		}
		s.rng.Shuffle(len(cands), func(x, y int) { cands[x], cands[y] = cands[y], cands[x] })
		cands = cands[:min(n, len(cands))]
		side := map[int]bool{}
		for _, k := range cands {
			side[k] = true
		}
		var others []int
		for j := range s.t.Keepers() {
			if !side[j] {
				others = append(others, j)
			}
		}
		until := s.untilOf(i)
		for _, k := range cands {
			err := s.t.Cut(ctx, k, others, until)
			s.event(head, a.fault, fmt.Sprintf("k%d", k), "cut", fmt.Sprintf("transport cut from %d keepers until block %d", len(others), until), err)
			if err != nil {
				return err
			}
			s.downK[k] = a.fault
		}
		if len(cands) > 0 {
			s.injected[a.fault]++
		}
		s.victims[i] = cands
	case RestartChainRPC:
		err := s.t.RestartChain(ctx)
		s.event(head, a.fault, "chain", "restart", "", err)
		if err != nil {
			if errors.Is(err, ErrUnsupported) {
				s.skipped[a.fault]++
				return nil
			}
			return err
		}
		s.injected[a.fault]++
	}
	return nil
}

func (s *Scheduler) undo(ctx context.Context, head uint64, a action) error {
	vs := s.victims[a.ref]
	delete(s.victims, a.ref)
	if _, ok := s.armed[a.ref]; ok {
		s.pollArmed(head)
		ac := s.armed[a.ref]
		delete(s.armed, a.ref)
		c := s.t.(Crasher)
		if !ac.dead && !c.Exited(ac.k) {
			// It never sent a Propose for te (nothing due, or another keeper led):
			// not killed.
			err := c.Disarm(ac.k)
			delete(s.downK, ac.k)
			delete(s.before, ac.k)
			s.skipped[KillLeader]++
			s.event(head, KillLeader, fmt.Sprintf("k%d", ac.k), "skip", fmt.Sprintf("disarmed: it sent no Propose for te %d", ac.te), err)
			return err
		}
		if err := c.Disarm(ac.k); err != nil {
			return err
		}
	}
	var first error
	for _, v := range vs {
		var err error
		switch a.fault {
		case KillKeeper, KillLeader:
			err = s.t.RestartKeeper(ctx, v)
			s.event(head, a.fault, fmt.Sprintf("k%d", v), "restart", "", err)
			delete(s.downK, v)
			s.checkAfter[v] = true
		case KillProvider:
			err = s.t.RestartProvider(ctx, v)
			s.event(head, a.fault, fmt.Sprintf("p%d", v), "restart", "", err)
			delete(s.downP, v)
		case Partition:
			err = s.t.Heal(ctx, v)
			s.event(head, a.fault, fmt.Sprintf("k%d", v), "heal", "", err)
			delete(s.downK, v)
		}
		if err != nil && first == nil {
			first = err
		}
	}
	return first
}

// checkRecords compares, for every keeper restarted since its kill, the records it
// held before the kill with what it reports once it serves again: a provider with
// fewer records counts the difference as lost.
func (s *Scheduler) checkRecords(ctx context.Context) {
	for k := range s.checkAfter {
		after, err := s.t.RecordCounts(ctx, k)
		if err != nil {
			continue // still starting
		}
		delete(s.checkAfter, k)
		s.checked++
		s.recordsLost += Lost(s.before[k], after)
		delete(s.before, k)
	}
}

// Lost is the number of records in before that after no longer has (per provider,
// max(0, before − after)).
func Lost(before, after map[string]int) int {
	n := 0
	for p, b := range before {
		if a := after[p]; a < b {
			n += b - a
		}
	}
	return n
}

// Finish restores every member still down (restart or heal) and returns the
// report. Call it once, after the run.
func (s *Scheduler) Finish(ctx context.Context, head uint64) Report {
	s.mu.Lock()
	for i := s.next; i < len(s.actions); i++ {
		if s.actions[i].undo {
			_ = s.undo(ctx, head, s.actions[i])
		}
	}
	s.next = len(s.actions)
	s.mu.Unlock()
	for range 20 {
		s.mu.Lock()
		s.checkRecords(ctx)
		left := len(s.checkAfter)
		s.mu.Unlock()
		if left == 0 || ctx.Err() != nil {
			break
		}
		sleep(ctx)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r := Report{Faults: s.plan.Faults, Injected: map[string]int{}, Skipped: map[string]int{}, Events: s.events,
		RecordsLost: s.recordsLost, RestartsChecked: s.checked, Unchecked: len(s.checkAfter)}
	for k, v := range s.injected {
		r.Injected[k] = v
	}
	for k, v := range s.skipped {
		r.Skipped[k] = v
	}
	for _, b := range s.plan.Byzantine {
		r.ByzantineKeepers = append(r.ByzantineKeepers, fmt.Sprintf("k%d", b))
	}
	return r
}

// Report is what the scheduler did and measured.
type Report struct {
	Faults           []string       `json:"faults"`
	Injected         map[string]int `json:"faults_injected"`
	Skipped          map[string]int `json:"faults_skipped"`
	ByzantineKeepers []string       `json:"byzantine_keepers,omitempty"`
	RecordsLost      int            `json:"records_lost"`
	RestartsChecked  int            `json:"records_checked_restarts"`
	Unchecked        int            `json:"records_unchecked_restarts"`
	Events           []Event        `json:"fault_events"`
}

// Events returns the events so far.
func (s *Scheduler) Events() []Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Event(nil), s.events...)
}
