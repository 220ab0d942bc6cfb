package agreement_test

import (
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/rand"
	"sort"
	"testing"

	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

var (
	simRuns    = flag.Int("sim.runs", 500, "seeded schedules per configuration (fast signatures)")
	simBLSRuns = flag.Int("sim.blsruns", 10, "seeded schedules per configuration with real BLS")
)

// The simulated contract: periods of 50 blocks, D = 2, W = 20; the first payable
// period ends at te = 50 (payable from 52). Blocks are 10 ticks.
var simParams = schedule.Params{Start: 0, Period: 1000, Finality: 2, Window: 40}

const (
	simTe            = 1000
	simTicksBlock    = 10
	simStartHeight   = 990
	simProviders     = 3
	honestDataExact  = "exact"
	honestDataSlight = "slight"
	honestDataLarge  = "large"
)

// behaviour is a fault a keeper may have.
type behaviour string

const (
	bSilent       behaviour = "silent"        // sends nothing
	bCrash        behaviour = "crash"         // crashed from the start
	bEquivocate   behaviour = "equivocate"    // as leader: two proposals, split among keepers
	bWrongMedian  behaviour = "wrong-median"  // as leader: proposes a value that is not the median
	bLiar         behaviour = "liar"          // observes extreme values
	bReplay       behaviour = "replay"        // re-sends old messages it received
	bForeign      behaviour = "foreign"       // its messages are for another contract
	bCrashRestart behaviour = "crash-restart" // honest, but crashes right after persisting a lock, restarts later
	bForgeFirst   behaviour = "forge-first"   // as leader: a wrong-median proposal to everyone, then the honest one
)

var allBehaviours = []behaviour{bSilent, bCrash, bEquivocate, bWrongMedian, bLiar, bReplay, bForeign, bCrashRestart}

type instance struct {
	te              uint64
	leader, attempt uint32
}

// harness wraps a simulation with faults and property monitors.
type harness struct {
	t      testing.TB
	s      *agreementsim.Sim
	n, f   int
	sched  *schedule.Schedule
	faults map[uint32]behaviour
	data   string

	// signed[instance][digest] = honest keepers that signed it (votes, and an
	// honest leader's own signature in its proposal).
	signed map[instance]map[[32]byte][]uint32
	// locked[instance][digest]: honest keepers that locked it.
	locked map[instance]map[[32]byte]bool
	// restart bookkeeping for bCrashRestart.
	crashPending map[uint32]bool
	crashedOnce  map[uint32]bool
	restartAt    map[uint32]uint64
	// equivocation: proposals the equivocators sent, by instance.
	equivocated map[instance]bool
	// captured messages for replay.
	captured []agreementsim.Envelope
	injected int
}

type harnessConfig struct {
	n, providers         int
	seed                 int64
	faults               map[uint32]behaviour
	data                 string
	minDelay, maxDelay   uint64
	drop, dup            float64
	crypto               agreementsim.Crypto
	replayNet            bool // the network replays old messages, from their senders
	nonMember, oversized bool // inject messages from a non-member / an oversized one
}

func newHarness(t testing.TB, hc harnessConfig) *harness {
	t.Helper()
	if hc.providers == 0 {
		hc.providers = simProviders
	}
	if hc.maxDelay == 0 {
		hc.minDelay, hc.maxDelay = 1, 3
	}
	if hc.crypto == nil {
		hc.crypto = agreementsim.NewFastCrypto(hc.n, hc.seed)
	}
	s, err := agreementsim.New(agreementsim.Config{
		N: hc.n, Providers: hc.providers, Seed: hc.seed,
		Params: simParams, TicksPerBlock: simTicksBlock, StartHeight: simStartHeight,
		MinDelay: hc.minDelay, MaxDelay: hc.maxDelay, Drop: hc.drop, Duplicate: hc.dup,
		RoundTicks: 3*hc.maxDelay + 4, Retransmits: 2,
		Crypto: hc.crypto, TrackObservations: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	ks := make([]schedule.Keeper, len(s.Keepers))
	for i, k := range s.Keepers {
		ks[i] = schedule.Keeper{Index: k.Index, Address: k.Address}
	}
	sched, err := schedule.New(simParams, simTe, ks)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{
		t: t, s: s, n: hc.n, f: agreement.Faulty(hc.n), sched: sched, faults: hc.faults, data: hc.data,
		signed: map[instance]map[[32]byte][]uint32{}, locked: map[instance]map[[32]byte]bool{},
		crashPending: map[uint32]bool{}, crashedOnce: map[uint32]bool{}, restartAt: map[uint32]uint64{},
		equivocated: map[instance]bool{},
	}
	if h.faults == nil {
		h.faults = map[uint32]behaviour{}
	}
	h.applyData(hc.seed)
	for i, b := range h.faults {
		h.applyFault(i, b)
	}
	s.OnOutbound = h.monitor
	s.AfterStep = h.afterStep
	prevDeliver := s.OnDeliver
	s.OnDeliver = func(e agreementsim.Envelope, err error) {
		if prevDeliver != nil {
			prevDeliver(e, err)
		}
		if len(h.captured) < 4000 {
			h.captured = append(h.captured, e)
		}
	}
	if hc.replayNet || hc.nonMember || hc.oversized {
		h.scheduleInjections(hc)
	}
	return h
}

// honest reports whether keeper i follows the protocol (a crash-restart keeper does).
func (h *harness) honest(i uint32) bool {
	b, ok := h.faults[i]
	return !ok || b == bCrashRestart
}

// applyData sets the honest keepers' data: identical, slightly different (within
// 2τ: half the honest keepers see +1.8%), or very different (half see −40%).
func (h *harness) applyData(seed int64) {
	var honest []uint32
	for i := 0; i < h.n; i++ {
		if h.honest(uint32(i)) {
			honest = append(honest, uint32(i))
		}
	}
	rng := rand.New(rand.NewSource(seed ^ 0x5eed))
	rng.Shuffle(len(honest), func(i, j int) { honest[i], honest[j] = honest[j], honest[i] })
	var skew int64
	switch h.data {
	case honestDataSlight:
		skew = 18_000
	case honestDataLarge:
		skew = -400_000
	default:
		return
	}
	for _, i := range honest[:len(honest)/2] {
		for p := 0; p < h.s.Cfg.Providers; p++ {
			h.s.Observers[i].Skew[uint32(p)] = skew
		}
	}
}

func (h *harness) applyFault(i uint32, b behaviour) {
	s := h.s
	switch b {
	case bSilent:
		s.Intercept[i] = func(agreement.Outbound) []agreementsim.Envelope { return nil }
	case bCrash:
		s.Crash(i)
	case bEquivocate:
		s.Intercept[i] = h.equivocator(i)
	case bWrongMedian:
		s.Intercept[i] = h.wrongMedian(i)
	case bForgeFirst:
		s.Intercept[i] = h.forgeFirst(i)
	case bLiar:
		s.Observers[i].Lie = func(p uint32, v *big.Int) *big.Int {
			if p%2 == 0 {
				return new(big.Int).Mul(v, big.NewInt(1000))
			}
			return new(big.Int)
		}
	case bReplay:
		s.Intercept[i] = h.replayer(i)
	case bForeign:
		s.Intercept[i] = h.foreign(i)
	case bCrashRestart:
		s.Stores[i].OnPut = func(l *agreement.Lock) {
			if !h.crashedOnce[i] {
				h.crashPending[i] = true
			}
		}
	}
}

// afterStep crashes a crash-restart keeper right after it persisted its first lock:
// whatever it was about to send (its echo or proposal) is lost.
func (h *harness) afterStep(i uint32) bool {
	if h.crashPending[i] {
		h.crashPending[i] = false
		h.crashedOnce[i] = true
		h.restartAt[i] = h.s.Now + 25
		return true
	}
	return false
}

// monitor records what honest keepers sign.
func (h *harness) monitor(from uint32, o agreement.Outbound) {
	if !h.honest(from) {
		return
	}
	switch o.Type {
	case wire.TypeVote:
		m, err := wire.Decode(o.Payload)
		if err != nil {
			h.t.Fatalf("honest keeper %d sent an undecodable vote: %v", from, err)
		}
		v := m.(*wire.Vote)
		h.noteSigned(instance{v.Te, v.Leader, v.Attempt}, v.Digest, from)
	case wire.TypePropose:
		if !o.Broadcast {
			return // a retransmission
		}
		m, err := wire.Decode(o.Payload)
		if err != nil {
			h.t.Fatalf("honest keeper %d sent an undecodable proposal: %v", from, err)
		}
		p := m.(*wire.Propose)
		d, _, err := wire.ReportDigest(p.Report())
		if err != nil {
			h.t.Fatal(err)
		}
		h.noteSigned(instance{p.Te, p.Leader, p.Attempt}, d, from)
	}
}

func (h *harness) noteSigned(in instance, d [32]byte, who uint32) {
	if h.signed[in] == nil {
		h.signed[in] = map[[32]byte][]uint32{}
	}
	for _, w := range h.signed[in][d] {
		if w == who {
			return
		}
	}
	h.signed[in][d] = append(h.signed[in][d], who)
}

// equivocator sends, as leader, its proposal to half the keepers and a different
// one (its last entry dropped, re-signed) to the other half. Retransmissions go
// out unchanged.
func (h *harness) equivocator(i uint32) func(agreement.Outbound) []agreementsim.Envelope {
	return func(o agreement.Outbound) []agreementsim.Envelope {
		envs := h.s.Expand(i, o)
		if o.Type != wire.TypePropose || !o.Broadcast {
			return envs
		}
		m, err := wire.Decode(o.Payload)
		if err != nil {
			h.t.Fatal(err)
		}
		p := m.(*wire.Propose)
		if len(p.Entries) < 2 {
			return envs
		}
		b := *p
		b.Entries = p.Entries[:len(p.Entries)-1]
		b.Vectors = nil
		for _, v := range p.Vectors {
			b.Vectors = append(b.Vectors, v[:len(v)-1])
		}
		if !distinctVectors(b.Vectors) {
			return envs
		}
		d, _, err := wire.ReportDigest(b.Report())
		if err != nil {
			h.t.Fatal(err)
		}
		b.LeaderSig = h.s.Keyrings[i].Sign(d)
		bb := wire.Encode(&b)
		for k := len(envs) / 2; k < len(envs); k++ {
			envs[k].Payload = bb
		}
		h.equivocated[instance{p.Te, p.Leader, p.Attempt}] = true
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
func (h *harness) wrongMedian(i uint32) func(agreement.Outbound) []agreementsim.Envelope {
	return func(o agreement.Outbound) []agreementsim.Envelope {
		if o.Type != wire.TypePropose {
			return h.s.Expand(i, o)
		}
		m, err := wire.Decode(o.Payload)
		if err != nil {
			h.t.Fatal(err)
		}
		p := m.(*wire.Propose)
		p.Entries = append([]report.Entry(nil), p.Entries...)
		p.Entries[0].St = new(big.Int).Add(p.Entries[0].St, big.NewInt(1))
		d, _, err := wire.ReportDigest(p.Report())
		if err != nil {
			h.t.Fatal(err)
		}
		p.LeaderSig = h.s.Keyrings[i].Sign(d)
		o.Payload = wire.Encode(p)
		return h.s.Expand(i, o)
	}
}

// forgeFirst sends, with every broadcast proposal, a second one of the same
// instance with a wrong median (leader-signed) that reaches every keeper first;
// the honest one follows 5 ticks later.
func (h *harness) forgeFirst(i uint32) func(agreement.Outbound) []agreementsim.Envelope {
	forge := h.wrongMedian(i)
	return func(o agreement.Outbound) []agreementsim.Envelope {
		envs := h.s.Expand(i, o)
		if o.Type != wire.TypePropose || !o.Broadcast {
			return envs
		}
		forged := forge(o)
		for k := range envs {
			envs[k].At += 5
		}
		m, _ := wire.Decode(o.Payload)
		p := m.(*wire.Propose)
		h.equivocated[instance{p.Te, p.Leader, p.Attempt}] = true
		return append(forged, envs...)
	}
}

// replayer behaves honestly and also re-sends, with every message, a copy of an
// old message it received (as itself: the transport does not let it forge senders).
func (h *harness) replayer(i uint32) func(agreement.Outbound) []agreementsim.Envelope {
	return func(o agreement.Outbound) []agreementsim.Envelope {
		envs := h.s.Expand(i, o)
		for k := len(h.captured) - 1; k >= 0 && k >= len(h.captured)-200; k -= 7 {
			if c := h.captured[k]; c.To == i {
				envs = append(envs, agreementsim.Envelope{To: uint32(h.s.Rng.Intn(h.n)), Payload: c.Payload, At: 1 + uint64(h.s.Rng.Intn(20))})
				break
			}
		}
		return envs
	}
}

// foreign sends its messages re-bound to another contract (re-signed where signed).
func (h *harness) foreign(i uint32) func(agreement.Outbound) []agreementsim.Envelope {
	return func(o agreement.Outbound) []agreementsim.Envelope {
		m, err := wire.Decode(o.Payload)
		if err != nil {
			h.t.Fatal(err)
		}
		m.Hdr().Contract[0] ^= 0xff
		if sm, ok := m.(wire.Signed); ok {
			wire.Sign(sm, h.s.Keyrings[i].Sign)
		}
		if p, ok := m.(*wire.Propose); ok {
			d, _, _ := wire.ReportDigest(p.Report())
			p.LeaderSig = h.s.Keyrings[i].Sign(d)
		}
		o.Payload = wire.Encode(m)
		return h.s.Expand(i, o)
	}
}

// scheduleInjections puts network-level attacks on the wire during the run: old
// messages replayed from their true senders, messages from a non-member, and an
// oversized message.
func (h *harness) scheduleInjections(hc harnessConfig) {
	prev := h.s.OnDeliver
	step := 0
	h.s.OnDeliver = func(e agreementsim.Envelope, err error) {
		prev(e, err)
		step++
		if step%5 != 0 {
			return
		}
		rng := h.s.Rng
		if hc.replayNet && len(h.captured) > 0 {
			c := h.captured[rng.Intn(len(h.captured))]
			h.s.Inject(c.From, uint32(rng.Intn(h.n)), c.Payload, 1+uint64(rng.Intn(40)))
			h.injected++
		}
		if hc.nonMember && len(h.captured) > 0 {
			c := h.captured[rng.Intn(len(h.captured))]
			h.s.Inject(200, uint32(rng.Intn(h.n)), c.Payload, 1)
			h.injected++
		}
		if hc.oversized && step == 5 {
			for i := 0; i < h.n; i++ {
				if h.honest(uint32(i)) {
					h.s.Inject(uint32((i+1)%h.n), uint32(i), make([]byte, wire.MaxMessageSize+1), 1)
					h.injected++
					break
				}
			}
		}
	}
}

// deadline is the last height by which Liveness requires a payment: f+1 windows
// after te + D.
func (h *harness) deadline() uint64 {
	return simTe + simParams.Finality + uint64(h.f+1)*simParams.Window
}

// run steps until a report is paid or two windows past the deadline.
func (h *harness) run() bool {
	limit := (h.deadline() + 2*simParams.Window - simStartHeight) * simTicksBlock
	return h.s.RunUntil(func() bool {
		for i, at := range h.restartAt {
			if at != 0 && h.s.Now >= at {
				h.restartAt[i] = 0
				if err := h.s.Restart(i); err != nil {
					h.t.Fatal(err)
				}
			}
		}
		return len(h.s.Chain.Paid) > 0
	}, limit)
}

// checkAgreement: no two honest keepers signed different reports of one instance
// (a crash-restart keeper counts as one keeper across its restart).
func (h *harness) checkAgreement() {
	for in, ds := range h.signed {
		if len(ds) > 1 {
			var desc []string
			for d, who := range ds {
				desc = append(desc, fmt.Sprintf("%x by %v", d[:4], who))
			}
			sort.Strings(desc)
			h.t.Fatalf("Agreement violated at %+v: honest keepers signed %v", in, desc)
		}
	}
}

// checkValidity: every value of every report an honest keeper signed lies between
// the smallest and largest value an honest keeper observed for that entry.
func (h *harness) checkValidity() {
	for in, ds := range h.signed {
		for d, who := range ds {
			lock, err := h.s.Stores[who[0]].Get(in.te, in.leader, in.attempt)
			if err != nil || lock == nil || lock.Digest != d {
				h.t.Fatalf("keeper %d signed %x at %+v without a matching lock (%v)", who[0], d[:4], in, err)
			}
			r, err := report.Decode(lock.Report)
			if err != nil {
				h.t.Fatal(err)
			}
			for _, e := range r.Entries {
				var lo, hi *big.Int
				for i := 0; i < h.n; i++ {
					if !h.honest(uint32(i)) {
						continue
					}
					for _, v := range h.s.Observers[i].Seen[e.Provider] {
						if lo == nil || v.Cmp(lo) < 0 {
							lo = v
						}
						if hi == nil || v.Cmp(hi) > 0 {
							hi = v
						}
					}
				}
				if lo == nil || e.St.Cmp(lo) < 0 || e.St.Cmp(hi) > 0 {
					h.t.Fatalf("Validity violated at %+v: provider %d st %v outside honest [%v, %v]", in, e.Provider, e.St, lo, hi)
				}
			}
		}
	}
}

// checkLiveness: a report with q valid signatures (checked by the simulated
// contract) was paid within f+1 leader windows.
func (h *harness) checkLiveness(paid bool) {
	if !paid || len(h.s.Chain.Paid) == 0 {
		h.dump()
		h.t.Fatalf("Liveness violated: no payment by height %d (deadline %d); faults %v data %s", h.s.Height(), h.deadline(), h.faults, h.data)
	}
	p := h.s.Chain.Paid[0]
	if p.Height >= h.deadline() {
		h.dump()
		h.t.Fatalf("Liveness violated: paid at height %d, deadline %d; faults %v", p.Height, h.deadline(), h.faults)
	}
	if p.Signers < agreement.Quorum(h.n) {
		h.t.Fatalf("paid with %d signers, quorum %d", p.Signers, agreement.Quorum(h.n))
	}
}

// checkAccountability: every evidence emitted verifies and accuses a faulty keeper;
// when an equivocating leader's two proposals were both locked by honest keepers,
// some honest keeper emitted evidence against it.
func (h *harness) checkAccountability(v agreement.Verifier) {
	accused := map[uint32]bool{}
	for _, e := range h.s.Evidence {
		if !h.honest(e.From) {
			continue
		}
		a, b, da, db, err := e.Evidence.Check()
		if err != nil {
			h.t.Fatalf("keeper %d emitted invalid evidence: %v", e.From, err)
		}
		pk := h.s.Keepers[e.Evidence.Signer].PublicKey
		if !v.Verify(pk, da, e.Evidence.SigA) || !v.Verify(pk, db, e.Evidence.SigB) {
			h.t.Fatalf("keeper %d emitted evidence whose signatures do not verify", e.From)
		}
		if h.honest(e.Evidence.Signer) {
			h.t.Fatalf("keeper %d accused honest keeper %d (%+v vs %+v)", e.From, e.Evidence.Signer, a, b)
		}
		accused[e.Evidence.Signer] = true
	}
	for in := range h.equivocated {
		if digests := len(h.lockedDigests(in)); digests >= 2 && !accused[in.leader] {
			h.dump()
			h.t.Fatalf("Accountability: leader %d equivocated at %+v (honest keepers locked %d reports) but no evidence", in.leader, in, len(h.lockedDigests(in)))
		}
	}
}

// lockedDigests returns the distinct digests honest keepers locked for in.
func (h *harness) lockedDigests(in instance) map[[32]byte]bool {
	out := map[[32]byte]bool{}
	for i := 0; i < h.n; i++ {
		if !h.honest(uint32(i)) || uint32(i) == in.leader {
			continue
		}
		if l, _ := h.s.Stores[i].Get(in.te, in.leader, in.attempt); l != nil {
			out[l.Digest] = true
		}
	}
	return out
}

func (h *harness) dump() {
	for i, nd := range h.s.Nodes {
		if nd == nil {
			h.t.Logf("keeper %d: down (%s)", i, h.faults[uint32(i)])
			continue
		}
		h.t.Logf("keeper %d (%s): %+v rejections %v", i, h.faults[uint32(i)], nd.Status(), nd.Rejections())
	}
	h.t.Logf("order %v; messages %d by type %v; pay errors %v", h.sched.Order, h.s.Messages, h.s.ByType, h.s.PayErrors)
}

// checkAll runs a simulation and asserts the four properties.
func (h *harness) checkAll() {
	paid := h.run()
	h.checkAgreement()
	h.checkValidity()
	h.checkLiveness(paid)
	h.checkAccountability(h.s.Cfg.Crypto.Verifier())
	for _, err := range h.s.PayErrors {
		// A second report for an interval already paid is refused, as on chain;
		// anything else means a keeper submitted a report the contract rejects.
		if !errors.Is(err, agreementsim.ErrPayTs) {
			h.t.Fatalf("submitted report refused by the contract: %v", err)
		}
	}
}
