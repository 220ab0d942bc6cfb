package agreementsim

import (
	"container/heap"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"math/rand"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// Config describes one simulation.
type Config struct {
	N         int // keepers, with registration indices 0..N-1
	Providers int // providers, indices 0..Providers-1, all with lastPaid = Params.Start
	Seed      int64

	Params        schedule.Params
	TicksPerBlock uint64
	StartHeight   uint64

	// Network: each message (a broadcast is one per recipient) is dropped with
	// probability Drop, else delivered after a uniform delay in [MinDelay,
	// MaxDelay] ticks, and duplicated with probability Duplicate.
	MinDelay, MaxDelay uint64
	Drop, Duplicate    float64
	// MaxIODelay: each lock write and record job completes 1..MaxIODelay+1 ticks
	// after the Ready that asked for it.
	MaxIODelay uint64
	// MaxLag: each keeper sees the chain 0..MaxLag blocks behind its head, the lag
	// of each keeper wandering by a block at a time (its view never goes back).
	MaxLag uint64
	// SubmitDelay: ticks from a Submit to its pay() on the chain (at least 1).
	SubmitDelay uint64

	RoundTicks   uint64
	Retransmits  int
	Tolerance    agreement.Tolerance
	SettleBlocks uint64 // agreement.Config.SettleBlocks
	// ChunkBytes is agreement.Config.ChunkBytes; 0: SimChunkBytes, small, so that
	// round 4's record sets travel in several chunks (issue 15).
	ChunkBytes int

	// Records, when set, gives the keepers real records (World); otherwise their
	// space-time is synthetic (SynthObserver).
	Records *RecordsConfig

	ChainID  uint64
	Contract common.Address
	Crypto   Crypto
	Logger   *slog.Logger
}

// SimChunkBytes is the simulation's default chunk size: about 80 records, so that
// more than half of the random scenarios send record sets of several chunks
// (TestScenarios counts them and fails if none does); smaller chunks cost the
// 2,000 scenarios more than they add (measured on 200 seeds: 16 KiB 1.06× the CPU
// of unchunked sets, 8 KiB 1.4×, 2 KiB 2.4×).
const SimChunkBytes = 16 << 10

func (s *Sim) chunkBytes() int {
	if s.Cfg.ChunkBytes > 0 {
		return s.Cfg.ChunkBytes
	}
	return SimChunkBytes
}

// Envelope is one message on the wire.
type Envelope struct {
	From, To uint32
	Type     wire.Type
	Payload  []byte
	At       uint64
}

// EvidenceFrom is evidence emitted by a keeper.
type EvidenceFrom struct {
	From     uint32
	Evidence *wire.Evidence
}

// Partition separates the keepers with Side true from the others for heights in
// [From, Until): no message and no record crosses (records held back reach their
// keepers after it heals).
type Partition struct {
	From, Until uint64
	Side        []bool
}

func (p *Partition) separates(a, b uint32, h uint64) bool {
	return h >= p.From && h < p.Until && p.Side[a] != p.Side[b]
}

// Downtime takes a keeper down for ticks [From, Until) (Until 0: for good): its
// core's memory is lost, its VoteStore kept; it restarts from the locks stored.
type Downtime struct {
	Keeper      uint32
	From, Until uint64
}

// Sim is a running simulation.
type Sim struct {
	Cfg       Config
	Rng       *rand.Rand
	Now       uint64
	Domain    domain.Domain
	Chain     *Chain
	Keepers   []agreement.Keeper
	Nodes     []*agreement.Node // nil while down
	Stores    []*MemStore
	Views     []*View
	Observers []agreement.Observer
	World     *World // nil with synthetic observers
	Keyrings  []agreement.Keyring

	Partitions []Partition
	Downtimes  []Downtime

	// Intercept, when set for a keeper, replaces the delivery of its outbound
	// messages: it returns the envelopes to put on the wire (At is a delay added to
	// the current tick; zero means the usual random delay).
	Intercept map[uint32]func(o agreement.Outbound) []Envelope
	// OnOutbound sees every outbound message of every node, before Intercept.
	OnOutbound func(from uint32, o agreement.Outbound)
	// OnDeliver sees every delivery and its result.
	OnDeliver func(e Envelope, err error)
	// AfterStep runs after a node handled a message, a tick or an Advance, before
	// its Ready is drained; returning true crashes the node at that point (its
	// Ready is lost).
	AfterStep func(i uint32) bool
	// OnRestart runs after keeper i restarted.
	OnRestart func(i uint32)

	Messages, Bytes uint64
	ByType          map[wire.Type]uint64
	// Chunked counts the record chunks the cores emitted of sets that took
	// several (round 4 streamed in chunks: ChunkBytes).
	Chunked    uint64
	Submits    []agreement.Submit
	PayErrors  []error
	Evidence   []EvidenceFrom
	LockWrites int
	JobsRun    int
	Restarts   int

	queue evHeap
	seq   uint64
	epoch []uint64 // incarnation of each keeper's core
	lag   []uint64
}

type evKind uint8

const (
	evMsg evKind = iota
	evLock
	evJob
	evPay
)

type event struct {
	at, seq uint64
	kind    evKind
	env     Envelope
	node    uint32
	epoch   uint64
	lock    *agreement.Lock
	job     agreement.Job
	sub     agreement.Submit
}

// New builds a simulation: keys, chain, observers and nodes.
func New(cfg Config) (*Sim, error) {
	if cfg.N < 1 || cfg.N > wire.MaxKeepers || cfg.Providers < 1 || cfg.Providers > wire.MaxEntries {
		return nil, fmt.Errorf("agreementsim: %d keepers, %d providers", cfg.N, cfg.Providers)
	}
	if cfg.TicksPerBlock == 0 {
		cfg.TicksPerBlock = 10
	}
	if cfg.MaxDelay < cfg.MinDelay {
		cfg.MaxDelay = cfg.MinDelay
	}
	if cfg.SubmitDelay == 0 {
		cfg.SubmitDelay = 1
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = 1337
	}
	if cfg.Contract == (common.Address{}) {
		cfg.Contract = common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	}
	if cfg.Crypto == nil {
		return nil, fmt.Errorf("agreementsim: no crypto")
	}
	s := &Sim{
		Cfg: cfg, Rng: rand.New(rand.NewSource(cfg.Seed)),
		Domain:    domain.New(cfg.ChainID, cfg.Contract),
		Intercept: map[uint32]func(agreement.Outbound) []Envelope{},
		ByType:    map[wire.Type]uint64{},
		epoch:     make([]uint64, cfg.N),
		lag:       make([]uint64, cfg.N),
	}
	s.Chain = &Chain{
		removedAt: map[uint32]uint64{}, start: map[uint32]uint64{}, crypto: cfg.Crypto, height: cfg.StartHeight,
		params: Params{cfg.Params.Start, cfg.Params.Period, cfg.Params.Finality, cfg.Params.Window},
	}
	for i := 0; i < cfg.N; i++ {
		kr := cfg.Crypto.Keyring(i)
		var addr common.Address
		addr[0], addr[19] = 0xee, byte(i)
		addr[18] = byte(i >> 8)
		s.Keepers = append(s.Keepers, agreement.Keeper{Index: uint32(i), Address: addr, PublicKey: kr.PublicKey()})
		s.Keyrings = append(s.Keyrings, kr)
		s.Stores = append(s.Stores, NewMemStore())
		s.Views = append(s.Views, &View{c: s.Chain, height: cfg.StartHeight})
	}
	s.Chain.keepers = s.Keepers
	for p := 0; p < cfg.Providers; p++ {
		s.Chain.providers = append(s.Chain.providers, uint32(p))
		s.Chain.start[uint32(p)] = cfg.Params.Start
	}
	if cfg.Records != nil {
		s.World = newWorld(s, *cfg.Records)
		for i := 0; i < cfg.N; i++ {
			s.Observers = append(s.Observers, s.World.Observer(uint32(i)))
		}
	} else {
		rates := make([]*big.Int, cfg.Providers)
		for p := range rates {
			rates[p] = new(big.Int).Lsh(big.NewInt(1+s.Rng.Int63n(1023)), 30) // 2^30..2^40 bytes
		}
		table := map[[3]uint64]*big.Int{}
		for i := 0; i < cfg.N; i++ {
			s.Observers = append(s.Observers, &SynthObserver{Index: uint32(i), Rate: func(p uint32) *big.Int { return rates[p] },
				Skew: map[uint32]int64{}, table: table})
		}
	}
	s.Nodes = make([]*agreement.Node, cfg.N)
	for i := 0; i < cfg.N; i++ {
		if err := s.start(uint32(i)); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// start (re)creates keeper i's core from its stored locks.
func (s *Sim) start(i uint32) error {
	v := s.Views[i]
	locks, err := s.Stores[i].Locks(agreement.RestoreFrom(s.Cfg.Params, v.height))
	if err != nil {
		return err
	}
	n, err := agreement.New(agreement.Config{
		Domain: s.Domain, Self: i, Params: s.Cfg.Params, Tolerance: s.Cfg.Tolerance,
		RoundTicks: s.Cfg.RoundTicks, Retransmits: s.Cfg.Retransmits, SettleBlocks: s.Cfg.SettleBlocks, ChunkBytes: s.chunkBytes(),
		Locks: locks, Chain: v, Keys: s.Keyrings[i], Verifier: s.Cfg.Crypto.Verifier(int(i)), Logger: s.Cfg.Logger,
	})
	if err != nil {
		return err
	}
	s.epoch[i]++
	s.Nodes[i] = n
	n.SetHeight(v.height)
	s.drain(i)
	return nil
}

// Restart (re)creates keeper i's node: a fresh core with the same store, observer,
// view and keys (a crash loses only memory).
func (s *Sim) Restart(i uint32) error {
	s.Restarts++
	if err := s.start(i); err != nil {
		return err
	}
	if s.OnRestart != nil {
		s.OnRestart(i)
	}
	return nil
}

// Crash stops keeper i (messages to it are lost until Restart; lock writes in
// flight land or not, at random; jobs in flight are lost).
func (s *Sim) Crash(i uint32) {
	s.Nodes[i] = nil
	s.epoch[i]++
}

// up reports whether keeper i is running now.
func (s *Sim) up(i uint32) bool { return s.Nodes[i] != nil }

// Height returns the chain height at the current tick.
func (s *Sim) Height() uint64 { return s.Cfg.StartHeight + s.Now/s.Cfg.TicksPerBlock }

// heightAt returns the chain height at tick t.
func (s *Sim) heightAt(t uint64) uint64 { return s.Cfg.StartHeight + t/s.Cfg.TicksPerBlock }

// tickOf returns the first tick of height h.
func (s *Sim) tickOf(h uint64) uint64 {
	if h <= s.Cfg.StartHeight {
		return 0
	}
	return (h - s.Cfg.StartHeight) * s.Cfg.TicksPerBlock
}

// separated reports whether a partition separates a and b at height h.
func (s *Sim) separated(a, b uint32, h uint64) bool {
	for i := range s.Partitions {
		if s.Partitions[i].separates(a, b, h) {
			return true
		}
	}
	return false
}

// blockedUntil reports whether a record from k cannot reach j at tick t (a
// partition between them, or either down) and until which tick (MaxUint64: never).
func (s *Sim) blockedUntil(k, j uint32, t uint64) (uint64, bool) {
	until, blocked := uint64(0), false
	h := s.heightAt(t)
	for i := range s.Partitions {
		if p := &s.Partitions[i]; p.separates(k, j, h) {
			until, blocked = max(until, s.tickOf(p.Until)), true
		}
	}
	for _, d := range s.Downtimes {
		if (d.Keeper == k || d.Keeper == j) && t >= d.From && (d.Until == 0 || t < d.Until) {
			end := d.Until
			if end == 0 {
				end = math.MaxUint64
			}
			until, blocked = max(until, end), true
		}
	}
	return until, blocked
}

// Inject puts a message on the wire, delivered after delay ticks.
func (s *Sim) Inject(from, to uint32, payload []byte, delay uint64) {
	t, _ := wire.Peek(payload)
	s.push(&event{at: s.Now + delay, kind: evMsg, env: Envelope{From: from, To: to, Type: t, Payload: payload, At: s.Now + delay}})
}

func (s *Sim) push(e *event) {
	s.seq++
	e.seq = s.seq
	heap.Push(&s.queue, e)
}

func (s *Sim) uniform(lo, hi uint64) uint64 {
	if hi <= lo {
		return lo
	}
	return lo + uint64(s.Rng.Int63n(int64(hi-lo+1)))
}

// send puts one envelope on the lossy network.
func (s *Sim) send(e Envelope) {
	s.Messages++
	s.Bytes += uint64(len(e.Payload))
	s.ByType[e.Type]++
	if s.Cfg.Drop > 0 && s.Rng.Float64() < s.Cfg.Drop {
		return
	}
	d := e.At
	if d == 0 {
		d = s.uniform(s.Cfg.MinDelay, s.Cfg.MaxDelay)
	}
	e.At = s.Now + d
	s.push(&event{at: e.At, kind: evMsg, env: e})
	if s.Cfg.Duplicate > 0 && s.Rng.Float64() < s.Cfg.Duplicate {
		e.At = s.Now + s.uniform(s.Cfg.MinDelay, s.Cfg.MaxDelay)
		s.push(&event{at: e.At, kind: evMsg, env: e})
	}
}

// drain takes node i's Ready: messages onto the network, lock writes and jobs to
// its (simulated) disk and record store, submits to the chain, evidence into
// Evidence.
func (s *Sim) drain(i uint32) {
	n := s.Nodes[i]
	if n == nil || !n.HasReady() {
		return
	}
	rd := n.Ready()
	for _, o := range rd.Messages {
		if s.OnOutbound != nil {
			s.OnOutbound(i, o)
		}
		if o.Type == wire.TypeRecordSet {
			if m, err := wire.Decode(o.Payload); err == nil && m.(*wire.RecordSet).Chunks > 1 {
				s.Chunked++
			}
		}
		if f := s.Intercept[i]; f != nil {
			for _, e := range f(o) {
				e.From = i
				if e.Type == 0 {
					e.Type, _ = wire.Peek(e.Payload)
				}
				s.send(e)
			}
			continue
		}
		for _, e := range s.expand(i, o) {
			s.send(e)
		}
	}
	for _, l := range rd.Locks {
		s.push(&event{at: s.Now + 1 + s.uniform(0, s.Cfg.MaxIODelay), kind: evLock, node: i, epoch: s.epoch[i], lock: l})
	}
	for _, j := range rd.Jobs {
		s.push(&event{at: s.Now + 1 + s.uniform(0, s.Cfg.MaxIODelay), kind: evJob, node: i, epoch: s.epoch[i], job: j})
	}
	for _, sub := range rd.Submits {
		s.Submits = append(s.Submits, sub)
		s.push(&event{at: s.Now + s.Cfg.SubmitDelay, kind: evPay, sub: sub})
	}
	for _, ev := range rd.Evidence {
		s.Evidence = append(s.Evidence, EvidenceFrom{From: i, Evidence: ev})
	}
}

// Expand turns an outbound message into envelopes (one per recipient).
func (s *Sim) Expand(from uint32, o agreement.Outbound) []Envelope { return s.expand(from, o) }

func (s *Sim) expand(from uint32, o agreement.Outbound) []Envelope {
	if !o.Broadcast {
		return []Envelope{{From: from, To: o.To, Type: o.Type, Payload: o.Payload}}
	}
	out := make([]Envelope, 0, len(s.Keepers)-1)
	for _, k := range s.Keepers {
		if k.Index != from {
			out = append(out, Envelope{From: from, To: k.Index, Type: o.Type, Payload: o.Payload})
		}
	}
	return out
}

// afterStep runs the crash hook, then drains.
func (s *Sim) afterStep(i uint32) {
	if s.AfterStep != nil && s.AfterStep(i) {
		s.Crash(i)
		return
	}
	s.drain(i)
}

// Step advances one tick: the chain's height (and, with records, the challenges of
// a new block), downtimes, each live node's view and tick, then the events due
// (deliveries, lock writes, jobs, payments) in random order among equal times.
func (s *Sim) Step() {
	s.Now++
	h := s.Height()
	if h != s.Chain.height {
		s.Chain.height = h
		for i := range s.lag {
			switch r := s.Rng.Intn(3); {
			case r == 0 && s.lag[i] > 0:
				s.lag[i]--
			case r == 1 && s.lag[i] < s.Cfg.MaxLag:
				s.lag[i]++
			}
		}
		if s.World != nil {
			s.World.advance(h)
		}
	}
	for _, d := range s.Downtimes {
		if d.From == s.Now && s.Nodes[d.Keeper] != nil {
			s.Crash(d.Keeper)
		}
		if d.Until != 0 && d.Until == s.Now && s.Nodes[d.Keeper] == nil {
			if err := s.Restart(d.Keeper); err != nil {
				panic(fmt.Sprintf("agreementsim: restart %d: %v", d.Keeper, err))
			}
		}
	}
	for i, n := range s.Nodes {
		if n == nil {
			continue
		}
		v := s.Views[i]
		if h > s.lag[i] && h-s.lag[i] > v.height {
			v.height = h - s.lag[i]
		}
		n.SetHeight(v.height)
		n.Tick()
		s.afterStep(uint32(i))
	}
	var due []*event
	for s.queue.Len() > 0 && s.queue[0].at <= s.Now {
		due = append(due, heap.Pop(&s.queue).(*event))
	}
	s.Rng.Shuffle(len(due), func(i, j int) { due[i], due[j] = due[j], due[i] })
	for _, e := range due {
		s.handle(e, h)
	}
}

func (s *Sim) handle(e *event, h uint64) {
	switch e.kind {
	case evMsg:
		env := e.env
		if int(env.To) >= len(s.Nodes) || int(env.From) < len(s.Nodes) && s.separated(env.From, env.To, h) {
			return
		}
		n := s.Nodes[env.To]
		if n == nil {
			return
		}
		err := n.Step(env.From, env.Payload)
		if s.OnDeliver != nil {
			s.OnDeliver(env, err)
		}
		s.afterStep(env.To)
	case evLock:
		i := e.node
		if s.epoch[i] != e.epoch && s.Rng.Intn(2) == 0 {
			return // the keeper crashed while the write was in flight, and it was lost
		}
		err := s.Stores[i].Put(e.lock)
		s.LockWrites++
		if s.epoch[i] != e.epoch || s.Nodes[i] == nil {
			return
		}
		s.Nodes[i].Advance(agreement.Done{Lock: e.lock, Err: err})
		s.afterStep(i)
	case evJob:
		i := e.node
		if s.epoch[i] != e.epoch || s.Nodes[i] == nil {
			return
		}
		d := agreement.RunJob(s.Observers[i], e.job)
		s.JobsRun++
		s.Nodes[i].Advance(d)
		s.afterStep(i)
	case evPay:
		if err := s.Chain.Pay(e.sub); err != nil {
			s.PayErrors = append(s.PayErrors, err)
		}
	}
}

// Skip jumps, when nothing is in flight (no message, write, job or payment), to
// the last tick before height h — or before the next downtime transition, if that
// comes first — making the challenges of the blocks it passes: the keepers' cores
// see no tick in between, as a node that was busy for a while (SetHeight takes the
// jump at the next Step). It reports whether it jumped.
func (s *Sim) Skip(h uint64) bool {
	if s.queue.Len() > 0 || h <= s.Height()+1 {
		return false
	}
	to := s.tickOf(h) - 1
	for _, d := range s.Downtimes {
		for _, t := range []uint64{d.From, d.Until} {
			if t > s.Now && t <= to {
				to = t - 1
			}
		}
	}
	if to <= s.Now {
		return false
	}
	s.Now = to
	s.Chain.height = s.Height()
	if s.World != nil {
		s.World.advance(s.Chain.height)
	}
	return true
}

// RunUntil steps until done returns true or maxTicks ticks passed; it reports
// whether done became true.
func (s *Sim) RunUntil(done func() bool, maxTicks uint64) bool {
	for end := s.Now + maxTicks; s.Now < end; {
		if done() {
			return true
		}
		s.Step()
	}
	return done()
}

// Pending returns how many events are in flight.
func (s *Sim) Pending() int { return s.queue.Len() }

type evHeap []*event

func (h evHeap) Len() int { return len(h) }
func (h evHeap) Less(i, j int) bool {
	if h[i].at != h[j].at {
		return h[i].at < h[j].at
	}
	return h[i].seq < h[j].seq
}
func (h evHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *evHeap) Push(x any)   { *h = append(*h, x.(*event)) }
func (h *evHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}
