// Package agreementsim runs N agreement cores (package agreement) against each other
// over a simulated, in-memory network and chain: a deterministic discrete-event
// simulation driven by one seeded random source. It is the harness of the agreement
// tests and of `whitepay bench agreement`; it is never the product's path (the
// keeper node drives the cores over libp2p and a real chain).
//
// Model:
//   - Time is ticks; the chain's height is StartHeight + tick / TicksPerBlock, so
//     blocks advance every TicksPerBlock ticks. Every tick each live node gets
//     SetHeight and Tick, then the messages due are delivered.
//   - Each message (a broadcast is one message per recipient) is dropped with
//     probability Drop, else delivered after a uniform delay in [MinDelay, MaxDelay]
//     ticks, and duplicated with probability Duplicate (the copy has its own delay).
//     Messages due at the same tick are delivered in random order, so delays and
//     ties reorder them.
//   - The transport authenticates senders: a node sees the true sender index.
//     Byzantine behaviours are hooks (Intercept replaces a keeper's outbound
//     messages; Inject puts arbitrary bytes on the wire with any sender).
//   - Submitted reports are applied by Chain.Pay, which checks them as the contract
//     does (SPEC 8), aggregate signature included.
package agreementsim

import (
	"container/heap"
	"fmt"
	"log/slog"
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

	MinDelay, MaxDelay uint64 // ticks
	Drop, Duplicate    float64

	RoundTicks   uint64
	Retransmits  int
	Tolerance    agreement.Tolerance
	SettleBlocks uint64 // agreement.Config.SettleBlocks

	// TrackObservations records every value each Observer returns (Observer.Seen).
	TrackObservations bool
	// DeferPay applies submitted reports to the chain at the start of the next tick
	// instead of at once (so a benchmark can stop its clock at the submit).
	DeferPay bool

	ChainID  uint64
	Contract common.Address
	Crypto   Crypto
	Logger   *slog.Logger
}

// Envelope is one message on the wire.
type Envelope struct {
	From, To uint32
	Type     wire.Type
	Payload  []byte
	At       uint64
	seq      uint64
}

// EvidenceFrom is evidence emitted by a keeper.
type EvidenceFrom struct {
	From     uint32
	Evidence *wire.Evidence
}

// Sim is a running simulation.
type Sim struct {
	Cfg       Config
	Rng       *rand.Rand
	Now       uint64
	Domain    domain.Domain
	Chain     *Chain
	Keepers   []agreement.Keeper
	Nodes     []*agreement.Node // nil while crashed
	Stores    []*MemStore
	Observers []*Observer
	Keyrings  []agreement.Keyring

	// Intercept, when set for a keeper, replaces the delivery of its outbound
	// messages: it returns the envelopes to put on the wire (At is a delay added to
	// the current tick; zero means the usual random delay).
	Intercept map[uint32]func(o agreement.Outbound) []Envelope
	// OnOutbound sees every outbound message of every node, before Intercept.
	OnOutbound func(from uint32, o agreement.Outbound)
	// OnDeliver sees every delivery and its result.
	OnDeliver func(e Envelope, err error)
	// AfterStep runs after a node handled a message or tick, before its Ready is
	// drained; returning true crashes the node at that point (its Ready is lost).
	AfterStep func(i uint32) bool

	Messages, Bytes uint64
	ByType          map[wire.Type]uint64
	Submits         []agreement.Submit
	PayErrors       []error
	Evidence        []EvidenceFrom

	queue    envHeap
	seq      uint64
	toPay    []agreement.Submit
	stValues *stTable
}

// New builds a simulation: keys, chain, observers (honest, no skew) and nodes.
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
	}
	s.Chain = &Chain{
		lastPaid: map[uint32]uint64{}, crypto: cfg.Crypto, height: cfg.StartHeight,
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
	}
	s.Chain.keepers = s.Keepers
	rates := make([]*big.Int, cfg.Providers)
	for p := 0; p < cfg.Providers; p++ {
		s.Chain.providers = append(s.Chain.providers, uint32(p))
		s.Chain.lastPaid[uint32(p)] = cfg.Params.Start
		// 2^30..2^40 bytes of space.
		rates[p] = new(big.Int).Lsh(big.NewInt(1+s.Rng.Int63n(1023)), 30)
	}
	rate := func(p uint32) *big.Int { return rates[p] }
	s.stValues = &stTable{rates: rates, vals: map[[3]uint64]*big.Int{}}
	for i := 0; i < cfg.N; i++ {
		o := &Observer{Index: uint32(i), Rate: rate, Skew: map[uint32]int64{}, table: s.stValues}
		if cfg.TrackObservations {
			o.Seen = map[uint32][]*big.Int{}
		}
		s.Observers = append(s.Observers, o)
	}
	s.Nodes = make([]*agreement.Node, cfg.N)
	for i := 0; i < cfg.N; i++ {
		if err := s.Restart(uint32(i)); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Restart (re)creates keeper i's node: a fresh core with the same store, observer
// and keys (a crash loses only memory).
func (s *Sim) Restart(i uint32) error {
	log := s.Cfg.Logger
	n, err := agreement.New(agreement.Config{
		Domain: s.Domain, Self: i, Params: s.Cfg.Params, Tolerance: s.Cfg.Tolerance,
		RoundTicks: s.Cfg.RoundTicks, Retransmits: s.Cfg.Retransmits, SettleBlocks: s.Cfg.SettleBlocks,
		Chain: s.Chain, Observer: s.Observers[i], Store: s.Stores[i], Keys: s.Keyrings[i],
		Verifier: s.Cfg.Crypto.Verifier(), Logger: log,
	})
	if err != nil {
		return err
	}
	s.Nodes[i] = n
	n.SetHeight(s.Height())
	s.drain(i)
	return nil
}

// Crash stops keeper i (messages to it are lost until Restart).
func (s *Sim) Crash(i uint32) { s.Nodes[i] = nil }

// Height returns the chain height at the current tick.
func (s *Sim) Height() uint64 { return s.Cfg.StartHeight + s.Now/s.Cfg.TicksPerBlock }

// Inject puts a message on the wire, delivered after delay ticks.
func (s *Sim) Inject(from, to uint32, payload []byte, delay uint64) {
	t, _ := wire.Peek(payload)
	s.push(Envelope{From: from, To: to, Type: t, Payload: payload, At: s.Now + delay})
}

func (s *Sim) push(e Envelope) {
	s.seq++
	e.seq = s.seq
	heap.Push(&s.queue, e)
}

func (s *Sim) delay() uint64 {
	d := s.Cfg.MinDelay
	if s.Cfg.MaxDelay > s.Cfg.MinDelay {
		d += uint64(s.Rng.Int63n(int64(s.Cfg.MaxDelay - s.Cfg.MinDelay + 1)))
	}
	return d
}

// send puts one envelope on the lossy network.
func (s *Sim) send(e Envelope) {
	s.Messages++
	s.Bytes += uint64(len(e.Payload))
	s.ByType[e.Type]++
	if s.Cfg.Drop > 0 && s.Rng.Float64() < s.Cfg.Drop {
		return
	}
	at := e.At
	if at == 0 {
		at = s.delay()
	}
	e.At = s.Now + at
	s.push(e)
	if s.Cfg.Duplicate > 0 && s.Rng.Float64() < s.Cfg.Duplicate {
		e.At = s.Now + s.delay()
		s.push(e)
	}
}

// drain takes node i's Ready: messages onto the network, submits to the chain,
// evidence into Evidence.
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
	for _, sub := range rd.Submits {
		s.Submits = append(s.Submits, sub)
		if s.Cfg.DeferPay {
			s.toPay = append(s.toPay, sub)
			continue
		}
		s.pay(sub)
	}
	for _, ev := range rd.Evidence {
		s.Evidence = append(s.Evidence, EvidenceFrom{From: i, Evidence: ev})
	}
}

func (s *Sim) pay(sub agreement.Submit) {
	if err := s.Chain.Pay(sub); err != nil {
		s.PayErrors = append(s.PayErrors, err)
	}
}

// Expand turns an outbound message into envelopes (one per recipient).
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

// Expand is expand for hooks.
func (s *Sim) Expand(from uint32, o agreement.Outbound) []Envelope { return s.expand(from, o) }

// afterStep runs the crash hook, then drains.
func (s *Sim) afterStep(i uint32) {
	if s.AfterStep != nil && s.AfterStep(i) {
		s.Nodes[i] = nil
		return
	}
	s.drain(i)
}

// Step advances one tick: heights and ticks for every live node, then the
// deliveries due.
func (s *Sim) Step() {
	s.Now++
	h := s.Height()
	s.Chain.mu.Lock()
	s.Chain.height = h
	s.Chain.mu.Unlock()
	for _, sub := range s.toPay {
		s.pay(sub)
	}
	s.toPay = nil
	for i, n := range s.Nodes {
		if n == nil {
			continue
		}
		n.SetHeight(h)
		n.Tick()
		s.afterStep(uint32(i))
	}
	// Deliver what is due, in random order among equal times.
	var due []Envelope
	for s.queue.Len() > 0 && s.queue[0].At <= s.Now {
		due = append(due, heap.Pop(&s.queue).(Envelope))
	}
	s.Rng.Shuffle(len(due), func(i, j int) { due[i], due[j] = due[j], due[i] })
	for _, e := range due {
		if int(e.To) >= len(s.Nodes) {
			continue
		}
		n := s.Nodes[e.To]
		if n == nil {
			continue
		}
		err := n.Step(e.From, e.Payload)
		if s.OnDeliver != nil {
			s.OnDeliver(e, err)
		}
		s.afterStep(e.To)
	}
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

// Pending returns how many messages are in flight.
func (s *Sim) Pending() int { return s.queue.Len() }

type envHeap []Envelope

func (h envHeap) Len() int { return len(h) }
func (h envHeap) Less(i, j int) bool {
	if h[i].At != h[j].At {
		return h[i].At < h[j].At
	}
	return h[i].seq < h[j].seq
}
func (h envHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *envHeap) Push(x any)   { *h = append(*h, x.(Envelope)) }
func (h *envHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

// LateMerges is the number of record sets the observers merged one at a time,
// after the quorum's (round 4).
func (s *Sim) LateMerges() int {
	n := 0
	for _, o := range s.Observers {
		o.mu.Lock()
		n += o.SingleSetMerges
		o.mu.Unlock()
	}
	return n
}
