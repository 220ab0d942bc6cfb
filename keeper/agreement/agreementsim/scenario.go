package agreementsim

import (
	"fmt"
	"log/slog"
	"math/big"
	"math/rand"
	"sort"
	"strings"

	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// Behaviour is a way a faulty keeper misbehaves.
type Behaviour string

// Behaviours of faulty keepers. A faulty keeper runs an honest core and misbehaves
// around it, through its outbound messages, its data and its records.
const (
	Silent      Behaviour = "silent"       // sends nothing
	Down        Behaviour = "down"         // down for the whole run
	Equivocate  Behaviour = "equivocate"   // as leader: two proposals, one to each half
	WrongMedian Behaviour = "wrong-median" // as leader: proposes a value that is not the median
	ForgeFirst  Behaviour = "forge-first"  // as leader: a wrong-median proposal to all, then the honest one
	Liar        Behaviour = "liar"         // observes extreme values
	Replay      Behaviour = "replay"       // re-sends old messages it received, as itself
	Foreign     Behaviour = "foreign"      // its messages are for another contract
	Spam        Behaviour = "spam"         // sends messages of every type that no honest keeper would
	Unsolicited Behaviour = "unsolicited"  // signed RecordSets nobody asked for, for the current leader's attempts
	ForgedSets  Behaviour = "forged-sets"  // its RecordSets carry records their keepers never made
	Withhold    Behaviour = "withhold"     // its challenge records reach only half of the keepers
	ZeroRecords Behaviour = "zero-records" // records every challenge as failed
	TwoFaced    Behaviour = "two-faced"    // two versions of each record, one to each half of the keepers
)

// AllBehaviours lists every faulty behaviour.
var AllBehaviours = []Behaviour{Silent, Down, Equivocate, WrongMedian, ForgeFirst, Liar, Replay, Foreign, Spam, Unsolicited, ForgedSets, Withhold, ZeroRecords, TwoFaced}

// Scenario is one seeded run: a keeper group, faults, a network and a chain.
type Scenario struct {
	Seed      int64
	N         int
	Providers int
	Periods   int
	Params    schedule.Params
	// Faulty keepers and what they do (at most f of them).
	Faulty map[uint32][]Behaviour
	// CrashAfterLock: honest keepers that crash right after their first lock is
	// written, before anything that depended on it left, and restart 25 ticks later.
	CrashAfterLock map[uint32]bool
	// Partitions (heights) and Downtimes (ticks) of honest keepers.
	Partitions []Partition
	Downtimes  []Downtime

	MinDelay, MaxDelay uint64
	Drop, Duplicate    float64
	MaxIODelay         uint64
	MaxLag             uint64
	SettleBlocks       uint64
	Records            RecordsConfig
	// Crypto, if nil, is FastCrypto.
	Crypto Crypto
	// Skew, when set, gives the keepers synthetic data (SynthObserver) instead of
	// records: the honest keepers listed see every provider's st scaled by
	// (1 + ppm/10⁶).
	Skew map[uint32]int64
	// Setup, if set, runs on the simulation before it starts (tests' own hooks).
	Setup func(s *Sim)
	// Logger, if set, gets every core's log.
	Logger *slog.Logger
}

const (
	scTicksBlock = 10
	scStart      = 0
)

// Random draws the scenario of seed: N from 4 to 22, up to f faulty keepers with
// one to three behaviours each, honest keepers that crash and restart, a partition
// that heals, lossy delays, slow disks, lagging views of the chain, and records
// whose sync is late or lost.
func Random(seed int64) Scenario {
	rng := rand.New(rand.NewSource(seed))
	n := 4 + rng.Intn(19)
	f := agreement.Faulty(n)
	sc := Scenario{
		Seed: seed, N: n, Providers: 1 + rng.Intn(3), Periods: 2 + rng.Intn(2),
		Faulty: map[uint32][]Behaviour{}, CrashAfterLock: map[uint32]bool{},
		MinDelay: 1, MaxDelay: 1 + uint64(rng.Intn(5)),
		Drop: rng.Float64() * 0.05, Duplicate: rng.Float64() * 0.05,
		MaxIODelay: uint64(rng.Intn(9)), MaxLag: uint64(rng.Intn(4)),
		Records: RecordsConfig{
			// A record of each provider every two or three blocks, whatever N.
			Every: uint64(2*n) + uint64(rng.Intn(n+1)), Fail: rng.Float64() * 0.15, Lost: rng.Float64() * 0.04,
			SpaceChange: rng.Float64() * 0.05, MaxSyncDelay: 1 + uint64(rng.Intn(3)),
		},
	}
	d := 2 + uint64(rng.Intn(2))
	sc.SettleBlocks = uint64(rng.Intn(int(d) + 1))
	// A window holds a leader's worst case: rounds 1, 2, 3, 4 and again 1 and 2
	// with every retransmission (eight rounds of RoundTicks, Run's formula), after
	// its own lag and the first leader's settling.
	round := 3*sc.MaxDelay + sc.MaxIODelay + 4
	w := (8*round+scTicksBlock-1)/scTicksBlock + sc.MaxLag + sc.SettleBlocks + 2 + uint64(rng.Intn(4))
	// A period long enough for f+3 windows after te + D before the next period end
	// comes within a window of payable (the nodes then move on): a partition heals
	// within the first window after te + D, then f+1 windows must pay.
	sc.Params = schedule.Params{Start: scStart, Period: d + uint64(f+4)*w, Finality: d, Window: w}
	startHeight := sc.Params.Start + sc.Params.Period - 1
	tick := func(h uint64) uint64 { return (h - startHeight) * scTicksBlock }
	k := f
	if rng.Intn(4) == 0 {
		k = rng.Intn(f + 1)
	}
	perm := rng.Perm(n)
	for _, i := range perm[:k] {
		nb := 1 + rng.Intn(3)
		var bs []Behaviour
		for range nb {
			bs = append(bs, AllBehaviours[rng.Intn(len(AllBehaviours))])
		}
		sc.Faulty[uint32(i)] = bs
	}
	honest := perm[k:]
	// Honest keepers that crash after a lock, or go down for a while.
	if rng.Intn(3) == 0 {
		sc.CrashAfterLock[uint32(honest[rng.Intn(len(honest))])] = true
	}
	if rng.Intn(3) == 0 {
		i := uint32(honest[rng.Intn(len(honest))])
		if !sc.CrashAfterLock[i] {
			p := rng.Intn(sc.Periods)
			from := max(1, tick(sc.Params.Start+sc.Params.Period*uint64(p+1)+uint64(rng.Intn(int(2*w)))))
			sc.Downtimes = append(sc.Downtimes, Downtime{Keeper: i, From: from, Until: from + uint64(20+rng.Intn(int(w)*scTicksBlock))})
		}
	}
	// A partition around some period end that heals within its windows.
	if rng.Intn(3) == 0 {
		side := make([]bool, n)
		cut := 1 + rng.Intn(max(1, n/2))
		for _, i := range rng.Perm(n)[:cut] {
			side[i] = true
		}
		p := uint64(1 + rng.Intn(sc.Periods))
		te := sc.Params.Start + p*sc.Params.Period
		from := te - uint64(rng.Intn(int(2*w)))
		sc.Partitions = append(sc.Partitions, Partition{From: from, Until: te + d + uint64(rng.Intn(int(w/2))), Side: side})
	}
	return sc
}

// Describe is a one-line summary of the scenario.
func (sc *Scenario) Describe() string {
	var fs []string
	for i, bs := range sc.Faulty {
		var b []string
		for _, x := range bs {
			b = append(b, string(x))
		}
		fs = append(fs, fmt.Sprintf("%d:%s", i, strings.Join(b, "+")))
	}
	sort.Strings(fs)
	var cs []string
	for i := range sc.CrashAfterLock {
		cs = append(cs, fmt.Sprint(i))
	}
	sort.Strings(cs)
	var ps []string
	for _, p := range sc.Partitions {
		var side []int
		for i, s := range p.Side {
			if s {
				side = append(side, i)
			}
		}
		ps = append(ps, fmt.Sprintf("%v@[%d,%d)", side, p.From, p.Until))
	}
	var ds []string
	for _, d := range sc.Downtimes {
		ds = append(ds, fmt.Sprintf("%d@[%d,%d)", d.Keeper, d.From, d.Until))
	}
	return fmt.Sprintf("seed %d: N=%d f=%d providers %d periods %d H=%d D=%d W=%d settle %d; faulty [%s]; crash-after-lock [%s]; downtimes [%s]; partitions [%s]; "+
		"delay ≤%d drop %.3f dup %.3f io ≤%d lag ≤%d; records every %d fail %.2f lost %.3f change %.3f sync ≤%d",
		sc.Seed, sc.N, agreement.Faulty(sc.N), sc.Providers, sc.Periods, sc.Params.Period, sc.Params.Finality, sc.Params.Window, sc.SettleBlocks,
		strings.Join(fs, " "), strings.Join(cs, " "), strings.Join(ds, " "), strings.Join(ps, " "),
		sc.MaxDelay, sc.Drop, sc.Duplicate, sc.MaxIODelay, sc.MaxLag,
		sc.Records.Every, sc.Records.Fail, sc.Records.Lost, sc.Records.SpaceChange, sc.Records.MaxSyncDelay)
}

// Result is what a scenario run found.
type Result struct {
	Scenario   *Scenario
	Sim        *Sim
	Violations []string
	// PaidAt[k] is the height at which period k+1 was paid through (0: never),
	// Deadline[k] the height Liveness allows.
	PaidAt, Deadline []uint64
	Attempts         map[uint32]int // paid reports by attempt number (low 16 bits)
	Evidence         int
	Crashes          int // CrashAfterLock crashes
}

// OK reports whether every property held.
func (r *Result) OK() bool { return len(r.Violations) == 0 }

type instance struct {
	te              uint64
	leader, attempt uint32
}

// runner is one scenario run's state: the faulty keepers' machinery and the
// property monitors.
type runner struct {
	sc  *Scenario
	s   *Sim
	rng *rand.Rand
	f   int
	res *Result

	// signed[instance][digest]: honest keepers that signed it (votes, and an honest
	// leader's signature in its proposal).
	signed         map[instance]map[[32]byte][]uint32
	equivocated    map[instance]bool
	captured       []Envelope
	seenAttempt    map[uint32]uint32 // latest attempt seen per leader (faulty keepers' knowledge)
	unsolicitedFor map[instance]bool // instances a faulty keeper sent unsolicited record sets for
	crashed        map[uint32]bool
	crashNow       map[uint32]bool
	restartAt      map[uint32]uint64
	badEvidence    []string
}

func (r *runner) honest(i uint32) bool { _, bad := r.sc.Faulty[i]; return !bad }

func (r *runner) has(i uint32, b Behaviour) bool {
	for _, x := range r.sc.Faulty[i] {
		if x == b {
			return true
		}
	}
	return false
}

// Run runs a scenario and checks, on every run: Safety (no two honest signatures on
// different reports of one instance), Validity (every value of a report an honest
// keeper signed or the chain paid lies between the smallest and largest value an
// honest keeper observed), Liveness (every period paid within f+1 leader windows of
// the network healing), Accountability (evidence only against faulty keepers, and
// against an equivocating leader whenever honest keepers locked two of its
// reports), and that the chain refused nothing an honest keeper submitted but a
// report whose interval was paid already.
func Run(sc Scenario) *Result {
	if sc.Crypto == nil {
		sc.Crypto = NewFastCrypto(sc.N, sc.Seed)
	}
	res := &Result{Scenario: &sc, Attempts: map[uint32]int{}}
	rc := sc.Records
	rc.defaults()
	var records *RecordsConfig
	if sc.Skew == nil {
		records = &rc
	}
	s, err := New(Config{
		N: sc.N, Providers: sc.Providers, Seed: sc.Seed,
		Params: sc.Params, TicksPerBlock: scTicksBlock, StartHeight: sc.Params.Start + sc.Params.Period - 1,
		MinDelay: sc.MinDelay, MaxDelay: sc.MaxDelay, Drop: sc.Drop, Duplicate: sc.Duplicate,
		MaxIODelay: sc.MaxIODelay, MaxLag: sc.MaxLag,
		RoundTicks: 3*sc.MaxDelay + sc.MaxIODelay + 4, Retransmits: 2, SettleBlocks: sc.SettleBlocks,
		Records: records, Crypto: sc.Crypto, Logger: sc.Logger,
	})
	if err != nil {
		res.Violations = append(res.Violations, "setup: "+err.Error())
		return res
	}
	res.Sim = s
	r := &runner{sc: &sc, s: s, rng: rand.New(rand.NewSource(sc.Seed ^ 0x6661756c74)), f: agreement.Faulty(sc.N), res: res,
		signed: map[instance]map[[32]byte][]uint32{}, equivocated: map[instance]bool{}, seenAttempt: map[uint32]uint32{},
		unsolicitedFor: map[instance]bool{},
		crashed:        map[uint32]bool{}, crashNow: map[uint32]bool{}, restartAt: map[uint32]uint64{}}
	s.Partitions = sc.Partitions
	s.Downtimes = append([]Downtime(nil), sc.Downtimes...)
	for i, o := range s.Observers {
		switch o := o.(type) {
		case *RecordsObserver:
			o.Seen = map[[3]uint64][]*big.Int{}
		case *SynthObserver:
			o.Seen = map[[3]uint64][]*big.Int{}
			for p := 0; p < sc.Providers; p++ {
				if ppm := sc.Skew[uint32(i)]; ppm != 0 {
					o.Skew[uint32(p)] = ppm
				}
			}
		}
	}
	for i := range sc.Faulty {
		r.install(i)
	}
	for i := range sc.CrashAfterLock {
		s.Stores[i].OnPut = func(*agreement.Lock) {
			if !r.crashed[i] {
				r.crashed[i], r.crashNow[i] = true, true
				res.Crashes++
			}
		}
	}
	s.OnOutbound = r.monitor
	s.AfterStep = func(i uint32) bool {
		if r.crashNow[i] {
			r.crashNow[i] = false
			r.restartAt[i] = s.Now + 25
			return true
		}
		return false
	}
	s.OnDeliver = func(e Envelope, _ error) {
		if len(r.captured) < 4000 {
			r.captured = append(r.captured, e)
		}
		if e.Type == wire.TypeObserve || e.Type == wire.TypePropose {
			if m, err := wire.Decode(e.Payload); err == nil {
				h := m.Hdr()
				if cur, ok := r.seenAttempt[h.Leader]; !ok || h.Attempt > cur {
					r.seenAttempt[h.Leader] = h.Attempt
				}
			}
		}
	}
	if sc.Setup != nil {
		sc.Setup(s)
	}

	// Liveness deadlines and the run's end.
	p := sc.Params
	healed := uint64(0)
	for _, x := range sc.Partitions {
		healed = max(healed, x.Until)
	}
	for _, x := range sc.Downtimes {
		healed = max(healed, s.heightAt(x.Until)+1)
	}
	last := uint64(0)
	for k := 1; k <= sc.Periods; k++ {
		te := p.Start + uint64(k)*p.Period
		// The first window that starts once te is payable, the network has healed
		// and every record held back has had time to arrive, with the keepers' lag;
		// then f+1 windows (at least one has an honest leader).
		from := max(te+p.Finality, healed+rc.ResyncDelay+rc.MaxSyncDelay+sc.MaxLag+1)
		i := (from - te - p.Finality + p.Window - 1) / p.Window
		dl := te + p.Finality + (i+uint64(r.f)+1)*p.Window + sc.MaxLag + 1
		res.Deadline = append(res.Deadline, dl)
		last = max(last, dl)
	}
	res.PaidAt = make([]uint64, sc.Periods)
	limit := (last + p.Window - s.Cfg.StartHeight) * scTicksBlock
	for end := s.Now + limit; s.Now < end; {
		for i, at := range r.restartAt {
			if at != 0 && s.Now >= at {
				r.restartAt[i] = 0
				if err := s.Restart(i); err != nil {
					res.Violations = append(res.Violations, "restart: "+err.Error())
					return res
				}
			}
		}
		s.Step()
		done, next := true, uint64(0)
		for k := range res.PaidAt {
			te := p.Start + uint64(k+1)*p.Period
			if res.PaidAt[k] == 0 && s.Chain.PaidThrough(te) {
				res.PaidAt[k] = s.Height()
			}
			if res.PaidAt[k] == 0 {
				done = false
				if next == 0 && te > s.Height() {
					next = te
				}
			} else if next == 0 && k+1 < len(res.PaidAt) && te <= s.Height() {
				continue
			}
		}
		if done {
			break
		}
		// Once every period end reached so far is paid and nothing is in flight,
		// jump to a window before the next one becomes current (the nodes enter
		// te when te + D ≤ h + W).
		if next != 0 && len(r.restartAt) == 0 && s.Chain.PaidThrough(next-p.Period) {
			s.Skip(next + p.Finality - 2*p.Window)
		}
	}
	r.check()
	return res
}

// ---- faulty keepers

func (r *runner) install(i uint32) {
	s := r.s
	var out []func(agreement.Outbound, []Envelope) []Envelope
	for _, b := range r.sc.Faulty[i] {
		switch b {
		case Silent:
			s.Intercept[i] = func(agreement.Outbound) []Envelope { return nil }
			return
		case Down:
			s.Downtimes = append(s.Downtimes, Downtime{Keeper: i, From: 1})
		case Liar:
			lie := func(p uint32, v *big.Int) *big.Int {
				if p%2 == 0 {
					return new(big.Int).Mul(v, big.NewInt(1000))
				}
				return new(big.Int)
			}
			switch o := s.Observers[i].(type) {
			case *RecordsObserver:
				o.Lie = lie
			case *SynthObserver:
				o.Lie = lie
			}
		case Withhold, ZeroRecords, TwoFaced:
			if s.World != nil {
				s.World.SetRecordFault(i, map[Behaviour]RecordFault{Withhold: RecordsWithhold, ZeroRecords: RecordsZero, TwoFaced: RecordsTwoFaced}[b])
			}
		case Equivocate:
			out = append(out, r.equivocator(i))
		case WrongMedian:
			out = append(out, r.wrongMedian(i))
		case ForgeFirst:
			out = append(out, r.forgeFirst(i))
		case Replay:
			out = append(out, r.replayer(i))
		case Foreign:
			out = append(out, r.foreign(i))
		case Spam:
			out = append(out, r.spammer(i))
		case Unsolicited:
			out = append(out, r.unsolicited(i))
		case ForgedSets:
			out = append(out, r.forgedSets(i))
		}
	}
	if len(out) == 0 {
		return
	}
	s.Intercept[i] = func(o agreement.Outbound) []Envelope {
		envs := s.Expand(i, o)
		for _, f := range out {
			envs = f(o, envs)
		}
		return envs
	}
}

func decodePropose(b []byte) *wire.Propose {
	m, err := wire.Decode(b)
	if err != nil {
		return nil
	}
	p, _ := m.(*wire.Propose)
	return p
}

// resign re-signs a proposal with its (faulty) leader's key.
func (r *runner) resign(p *wire.Propose) []byte {
	d, _, err := wire.ReportDigest(p.Report())
	if err != nil {
		return nil
	}
	p.LeaderSig = r.s.Keyrings[p.Leader].Sign(d)
	return wire.Encode(p)
}

// equivocator sends, as leader, its proposal to half the keepers and a different
// one (its last entry dropped, or its first value nudged, re-signed) to the other.
func (r *runner) equivocator(i uint32) func(agreement.Outbound, []Envelope) []Envelope {
	return func(o agreement.Outbound, envs []Envelope) []Envelope {
		if o.Type != wire.TypePropose || !o.Broadcast {
			return envs
		}
		p := decodePropose(o.Payload)
		if p == nil {
			return envs
		}
		b := *p
		if len(p.Entries) >= 2 {
			b.Entries = p.Entries[:len(p.Entries)-1]
			b.Vectors = nil
			for _, v := range p.Vectors {
				b.Vectors = append(b.Vectors, v[:len(v)-1])
			}
			if !distinctVectors(b.Vectors) {
				return envs
			}
		} else {
			b.Entries = append([]report.Entry(nil), p.Entries...)
			b.Entries[0].St = new(big.Int).Add(b.Entries[0].St, big.NewInt(1))
		}
		bb := r.resign(&b)
		if bb == nil {
			return envs
		}
		for k := len(envs) / 2; k < len(envs); k++ {
			envs[k].Payload = bb
		}
		r.equivocated[instance{p.Te, p.Leader, p.Attempt}] = true
		return envs
	}
}

func distinctVectors(vs [][]*big.Int) bool {
	for i := range vs {
		for j := i + 1; j < len(vs); j++ {
			same := true
			for k := range vs[i] {
				same = same && vs[i][k].Cmp(vs[j][k]) == 0
			}
			if same {
				return false
			}
		}
	}
	return true
}

// wrongMedian proposes, as leader, its first entry's median plus one, re-signed.
func (r *runner) wrongMedian(i uint32) func(agreement.Outbound, []Envelope) []Envelope {
	return func(o agreement.Outbound, envs []Envelope) []Envelope {
		if o.Type != wire.TypePropose {
			return envs
		}
		p := decodePropose(o.Payload)
		if p == nil {
			return envs
		}
		p.Entries = append([]report.Entry(nil), p.Entries...)
		p.Entries[0].St = new(big.Int).Add(p.Entries[0].St, big.NewInt(1))
		bb := r.resign(p)
		for k := range envs {
			envs[k].Payload = bb
		}
		return envs
	}
}

// forgeFirst sends with every broadcast proposal a wrong-median one of the same
// instance that reaches every keeper first; the honest one follows 5 ticks later.
func (r *runner) forgeFirst(i uint32) func(agreement.Outbound, []Envelope) []Envelope {
	forge := r.wrongMedian(i)
	return func(o agreement.Outbound, envs []Envelope) []Envelope {
		if o.Type != wire.TypePropose || !o.Broadcast {
			return envs
		}
		forged := forge(o, r.s.Expand(i, o))
		for k := range envs {
			envs[k].At = 6 + uint64(r.rng.Intn(3))
		}
		for k := range forged {
			forged[k].At = 1
		}
		if p := decodePropose(o.Payload); p != nil {
			r.equivocated[instance{p.Te, p.Leader, p.Attempt}] = true
		}
		return append(forged, envs...)
	}
}

// replayer also re-sends, with some of its messages, an old message it received.
func (r *runner) replayer(i uint32) func(agreement.Outbound, []Envelope) []Envelope {
	return func(_ agreement.Outbound, envs []Envelope) []Envelope {
		for k := len(r.captured) - 1 - r.rng.Intn(7); k >= 0 && k >= len(r.captured)-300; k -= 7 {
			if c := r.captured[k]; c.To == i {
				envs = append(envs, Envelope{To: uint32(r.rng.Intn(r.sc.N)), Payload: c.Payload, At: 1 + uint64(r.rng.Intn(30))})
				break
			}
		}
		return envs
	}
}

// foreign re-binds its messages to another contract (re-signed where signed).
func (r *runner) foreign(i uint32) func(agreement.Outbound, []Envelope) []Envelope {
	return func(o agreement.Outbound, envs []Envelope) []Envelope {
		m, err := wire.Decode(o.Payload)
		if err != nil {
			return envs
		}
		m.Hdr().Contract[0] ^= 0xff
		if sm, ok := m.(wire.Signed); ok {
			wire.Sign(sm, r.s.Keyrings[i].Sign)
		}
		if p, ok := m.(*wire.Propose); ok {
			d, _, _ := wire.ReportDigest(p.Report())
			p.LeaderSig = r.s.Keyrings[i].Sign(d)
		}
		b := wire.Encode(m)
		for k := range envs {
			envs[k].Payload = b
		}
		return envs
	}
}

// current returns the instance the faulty keeper i believes is running: its view's
// period end and window leader, and the latest attempt it saw of that leader.
func (r *runner) current(i uint32) (te uint64, leader, attempt uint32, ok bool) {
	n := r.s.Nodes[i]
	if n == nil {
		return 0, 0, 0, false
	}
	st := n.Status()
	if !st.InWindow {
		return 0, 0, 0, false
	}
	return st.Te, st.WindowLeader, r.seenAttempt[st.WindowLeader], true
}

func (r *runner) header(i uint32, te uint64, leader, attempt uint32) wire.Header {
	return wire.Header{ChainID: r.s.Domain.ChainID, Contract: r.s.Domain.Contract, Te: te, Leader: leader, Attempt: attempt, Sender: i}
}

// spammer sends, now and then, a message of each type that no honest keeper would
// send: an Observe and a SyncRequest though it does not lead, extreme
// Observations, Echoes of digests nobody proposed, badly signed Votes and Nacks,
// ProposeRequests for unknown digests, and ProposeForwards of mangled proposals.
func (r *runner) spammer(i uint32) func(agreement.Outbound, []Envelope) []Envelope {
	return func(_ agreement.Outbound, envs []Envelope) []Envelope {
		if r.rng.Intn(3) != 0 {
			return envs
		}
		te, L, a, ok := r.current(i)
		if !ok || L == i {
			return envs
		}
		h := r.header(i, te, L, a)
		var d [32]byte
		r.rng.Read(d[:])
		n := r.s.Nodes[i]
		var es []wire.Entry
		if v := r.s.Views[i]; n != nil {
			ps, _ := v.Providers()
			for _, p := range ps {
				ts, _, _ := v.LastPaid(p)
				if ts < te {
					es = append(es, wire.Entry{Provider: p, Ts: ts})
				}
			}
		}
		var msgs []wire.Message
		switch r.rng.Intn(8) {
		case 0:
			if len(es) > 0 {
				msgs = append(msgs, &wire.Observe{Header: h, Entries: es})
			}
		case 1:
			if len(es) > 0 {
				vals := make([]*big.Int, len(es))
				for k := range vals {
					vals[k] = new(big.Int).Lsh(big.NewInt(1), 200)
				}
				dg := wire.ObservationDigest(r.s.Domain, te, L, a, es, vals)
				msgs = append(msgs, &wire.Observation{Header: h, Values: vals, Sig: r.s.Keyrings[i].Sign(dg)})
			}
		case 2:
			msgs = append(msgs, &wire.Echo{Header: h, Digest: d, Reply: r.rng.Intn(2) == 0})
		case 3:
			msgs = append(msgs, &wire.Vote{Header: h, Digest: d, Sig: r.s.Keyrings[i].Sign(d)})
		case 4:
			nk := &wire.Nack{Header: h, Reason: wire.NackTolerance, Disputed: []uint16{0}}
			wire.Sign(nk, r.s.Keyrings[i].Sign)
			msgs = append(msgs, nk)
		case 5:
			if len(es) > 0 {
				sr := &wire.SyncRequest{Header: h, Entries: es}
				wire.Sign(sr, r.s.Keyrings[i].Sign)
				msgs = append(msgs, sr)
			}
		case 6:
			pr := &wire.ProposeRequest{Header: h, Digest: d}
			wire.Sign(pr, r.s.Keyrings[i].Sign)
			msgs = append(msgs, pr)
		case 7:
			for k := len(r.captured) - 1; k >= 0 && k >= len(r.captured)-200; k-- {
				if c := r.captured[k]; c.Type == wire.TypePropose {
					if p := decodePropose(c.Payload); p != nil {
						p.Entries = append([]report.Entry(nil), p.Entries...)
						p.Entries[0].St = new(big.Int).Add(p.Entries[0].St, big.NewInt(3))
						msgs = append(msgs, &wire.ProposeForward{Header: r.header(i, p.Te, p.Leader, p.Attempt), Propose: wire.Encode(p)})
					}
					break
				}
			}
		}
		for _, m := range msgs {
			b := wire.Encode(m)
			for _, k := range r.s.Keepers {
				if k.Index != i {
					envs = append(envs, Envelope{To: k.Index, Payload: b, At: 1 + uint64(r.rng.Intn(4))})
				}
			}
		}
		return envs
	}
}

// unsolicited sends, with the messages of an instance (L, a) it handles, signed
// RecordSets for (L, a) and (L, a − 1) that no SyncRequest asked for (issue 16 item
// 3: they must not hold back the observations of L's next attempts), now with its
// own records, now with records nobody made.
func (r *runner) unsolicited(i uint32) func(agreement.Outbound, []Envelope) []Envelope {
	return func(o agreement.Outbound, envs []Envelope) []Envelope {
		m, err := wire.Decode(o.Payload)
		if err != nil {
			return envs
		}
		h := *m.Hdr()
		if in := (instance{h.Te, h.Leader, h.Attempt}); h.Leader == i || r.unsolicitedFor[in] || r.rng.Intn(4) != 0 {
			return envs
		} else {
			r.unsolicitedFor[in] = true
		}
		v := r.s.Views[i]
		ps, _ := v.Providers()
		for _, at := range []uint32{h.Attempt, h.Attempt - 1} {
			if at>>16 != h.Attempt>>16 {
				continue
			}
			var es []wire.Entry
			var data [][][]byte
			for _, p := range ps {
				ts, _, _ := v.LastPaid(p)
				if ts >= h.Te {
					continue
				}
				var pieces [][]byte
				if r.rng.Intn(2) == 0 || r.s.World == nil {
					pieces, _ = r.s.Observers[i].ExportRecords(p, ts, h.Te, r.s.chunkBytes())
				} else {
					pieces = [][]byte{r.s.World.ForgedSet(i, p, ts, h.Te)}
				}
				es = append(es, wire.Entry{Provider: p, Ts: ts})
				data = append(data, pieces)
			}
			if len(es) == 0 {
				continue
			}
			chunks, err := wire.ChunkRecords(r.header(i, h.Te, h.Leader, at), es, data, wire.MaxRecordBytes)
			if err != nil {
				continue
			}
			for _, rs := range chunks {
				wire.Sign(rs, r.s.Keyrings[i].Sign)
				b := wire.Encode(rs)
				for _, k := range r.s.Keepers {
					if k.Index != i {
						envs = append(envs, Envelope{To: k.Index, Payload: b, At: 1})
					}
				}
			}
		}
		return envs
	}
}

// forgedSets replaces the records of its RecordSets with records nobody made.
func (r *runner) forgedSets(i uint32) func(agreement.Outbound, []Envelope) []Envelope {
	return func(o agreement.Outbound, envs []Envelope) []Envelope {
		if o.Type != wire.TypeRecordSet {
			return envs
		}
		m, err := wire.Decode(o.Payload)
		if err != nil {
			return envs
		}
		rs := m.(*wire.RecordSet)
		if r.s.World == nil {
			return envs
		}
		for k := range rs.Parts {
			rs.Parts[k].Data = r.s.World.ForgePiece(rs.Parts[k].Data)
		}
		wire.Sign(rs, r.s.Keyrings[i].Sign)
		b := wire.Encode(rs)
		for k := range envs {
			envs[k].Payload = b
		}
		return envs
	}
}

// ---- properties

// monitor records what honest keepers sign.
func (r *runner) monitor(from uint32, o agreement.Outbound) {
	if !r.honest(from) {
		return
	}
	switch o.Type {
	case wire.TypeVote:
		m, err := wire.Decode(o.Payload)
		if err != nil {
			r.res.Violations = append(r.res.Violations, fmt.Sprintf("honest keeper %d sent an undecodable vote: %v", from, err))
			return
		}
		v := m.(*wire.Vote)
		r.noteSigned(instance{v.Te, v.Leader, v.Attempt}, v.Digest, from)
	case wire.TypePropose:
		if !o.Broadcast {
			return // a retransmission
		}
		p := decodePropose(o.Payload)
		if p == nil {
			r.res.Violations = append(r.res.Violations, fmt.Sprintf("honest keeper %d sent an undecodable proposal", from))
			return
		}
		d, _, err := wire.ReportDigest(p.Report())
		if err != nil {
			r.res.Violations = append(r.res.Violations, fmt.Sprintf("honest keeper %d proposed an invalid report: %v", from, err))
			return
		}
		r.noteSigned(instance{p.Te, p.Leader, p.Attempt}, d, from)
	}
}

func (r *runner) noteSigned(in instance, d [32]byte, who uint32) {
	if r.signed[in] == nil {
		r.signed[in] = map[[32]byte][]uint32{}
	}
	for _, w := range r.signed[in][d] {
		if w == who {
			return
		}
	}
	r.signed[in][d] = append(r.signed[in][d], who)
}

func (r *runner) violate(format string, a ...any) {
	r.res.Violations = append(r.res.Violations, fmt.Sprintf(format, a...))
}

func (r *runner) check() {
	s, res := r.s, r.res
	// Safety, and durable votes: an honest keeper signs only what its store holds as
	// its lock (across restarts).
	for in, ds := range r.signed {
		if len(ds) > 1 {
			var desc []string
			for d, who := range ds {
				desc = append(desc, fmt.Sprintf("%x by %v", d[:4], who))
			}
			sort.Strings(desc)
			r.violate("Safety: honest keepers signed different reports of %+v: %v", in, desc)
		}
		for d, who := range ds {
			for _, w := range who {
				if l := s.Stores[w].Get(in.te, in.leader, in.attempt); l == nil || l.Digest != d {
					r.violate("Safety: keeper %d signed %x at %+v without that lock in its store", w, d[:4], in)
				}
			}
		}
	}
	// Validity: reports honest keepers signed, and reports the chain paid.
	for in, ds := range r.signed {
		for d, who := range ds {
			l := s.Stores[who[0]].Get(in.te, in.leader, in.attempt)
			if l == nil || l.Digest != d {
				continue // reported above
			}
			rep, err := report.Decode(l.Report)
			if err != nil {
				r.violate("Validity: stored report does not decode: %v", err)
				continue
			}
			r.checkValues(fmt.Sprintf("signed %+v", in), rep)
		}
	}
	for _, p := range s.Chain.Paid {
		r.checkValues(fmt.Sprintf("paid te %d leader %d attempt %d", p.Te, p.Leader, p.Attempt), p.Report.Report)
		res.Attempts[p.Attempt&0xffff]++
	}
	// Liveness.
	for k, at := range res.PaidAt {
		if at == 0 || at > res.Deadline[k] {
			r.violate("Liveness: period %d (te %d) paid at height %d, deadline %d", k+1, r.sc.Params.Start+uint64(k+1)*r.sc.Params.Period, at, res.Deadline[k])
		}
	}
	// The chain refuses early, badly signed or under-signed reports; honest keepers
	// submit none. A report whose interval another paid first is refused as such.
	for _, err := range s.PayErrors {
		if !isTs(err) {
			r.violate("submitted report refused by the chain: %v", err)
		}
	}
	// Accountability.
	accused := map[uint32]bool{}
	for _, e := range s.Evidence {
		if !r.honest(e.From) {
			continue
		}
		res.Evidence++
		if _, _, da, db, err := e.Evidence.Check(); err != nil {
			r.violate("Accountability: keeper %d emitted invalid evidence: %v", e.From, err)
		} else {
			pk := s.Keepers[e.Evidence.Signer].PublicKey
			v := r.sc.Crypto.Verifier(0)
			if !v.Verify(pk, da, e.Evidence.SigA) || !v.Verify(pk, db, e.Evidence.SigB) {
				r.violate("Accountability: keeper %d emitted evidence whose signatures do not verify", e.From)
			}
		}
		if r.honest(e.Evidence.Signer) {
			r.violate("Accountability: keeper %d accused honest keeper %d", e.From, e.Evidence.Signer)
		}
		accused[e.Evidence.Signer] = true
	}
	for in := range r.equivocated {
		locked := map[[32]byte]bool{}
		for i := 0; i < r.sc.N; i++ {
			if !r.honest(uint32(i)) || uint32(i) == in.leader {
				continue
			}
			if l := s.Stores[i].Get(in.te, in.leader, in.attempt); l != nil {
				locked[l.Digest] = true
			}
		}
		if len(locked) >= 2 && !accused[in.leader] {
			r.violate("Accountability: leader %d equivocated at %+v (honest keepers locked %d reports) but no evidence", in.leader, in, len(locked))
		}
	}
}

func isTs(err error) bool {
	for e := err; e != nil; {
		if e == ErrPayTs {
			return true
		}
		u, ok := e.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		e = u.Unwrap()
	}
	return false
}

// checkValues checks Validity of one report: each entry's st lies between the
// smallest and largest st an honest keeper observed for it.
func (r *runner) checkValues(what string, rep *report.Report) {
	for _, e := range rep.Entries {
		var lo, hi *big.Int
		for i := 0; i < r.sc.N; i++ {
			if !r.honest(uint32(i)) {
				continue
			}
			for _, v := range seen(r.s.Observers[i])[[3]uint64{uint64(e.Provider), e.Ts, rep.Te}] {
				if lo == nil || v.Cmp(lo) < 0 {
					lo = v
				}
				if hi == nil || v.Cmp(hi) > 0 {
					hi = v
				}
			}
		}
		if lo == nil || e.St.Cmp(lo) < 0 || e.St.Cmp(hi) > 0 {
			r.violate("Validity: %s: provider %d st %v outside the honest observations [%v, %v]", what, e.Provider, e.St, lo, hi)
		}
	}
}

// Dump describes the end state of a run (for a failing seed).
func (res *Result) Dump() string {
	var b strings.Builder
	s := res.Sim
	if s == nil {
		return ""
	}
	fmt.Fprintf(&b, "height %d, messages %d %v, lock writes %d, jobs %d, restarts %d, pay errors %v\n",
		s.Height(), s.Messages, s.ByType, s.LockWrites, s.JobsRun, s.Restarts, s.PayErrors)
	for _, p := range s.Chain.Paid {
		fmt.Fprintf(&b, "paid te %d at %d by leader %d attempt %#x (%d signers)\n", p.Te, p.Height, p.Leader, p.Attempt, p.Signers)
	}
	for i, nd := range s.Nodes {
		if nd == nil {
			fmt.Fprintf(&b, "keeper %d: down\n", i)
			continue
		}
		l, j := nd.Pending()
		fmt.Fprintf(&b, "keeper %d: %+v pending locks %d jobs %d; rejections %v\n", i, nd.Status(), l, j, nd.Rejections())
	}
	if s.World != nil {
		fmt.Fprintf(&b, "records made %d, merged %d\n", s.World.Made, s.World.Merged)
	}
	return b.String()
}

// seen returns the values an observer returned (RecordsObserver.Seen, SynthObserver.Seen).
func seen(o agreement.Observer) map[[3]uint64][]*big.Int {
	switch o := o.(type) {
	case *RecordsObserver:
		return o.Seen
	case *SynthObserver:
		return o.Seen
	}
	return nil
}
