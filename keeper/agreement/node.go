package agreement

import (
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sort"

	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// Rejection reasons. Step returns one of them (wrapped) for every message it does
// not accept; Node.Rejections counts them.
var (
	ErrOversized       = wire.ErrOversized
	ErrMalformed       = wire.ErrMalformed
	ErrForeignDomain   = errors.New("agreement: message for another chain or contract")
	ErrNotMember       = errors.New("agreement: sender is not an active keeper")
	ErrSender          = errors.New("agreement: header sender is not the transport's sender")
	ErrWrongPeriod     = errors.New("agreement: message for another period")
	ErrNotLeader       = errors.New("agreement: leader not scheduled within one window of this height")
	ErrStale           = errors.New("agreement: stale or premature attempt")
	ErrBadSignature    = errors.New("agreement: bad signature")
	ErrBadEntry        = errors.New("agreement: entry does not match the chain")
	ErrBadReport       = errors.New("agreement: invalid report")
	ErrBadValue        = errors.New("agreement: value not justified by the observations")
	ErrTolerance       = errors.New("agreement: value outside tolerance of the local observation")
	ErrConflict        = errors.New("agreement: conflicts with an earlier message of the same instance")
	ErrUnknownInstance = errors.New("agreement: no such instance")
	ErrUnexpected      = errors.New("agreement: message not expected in this state")
	ErrBadRecords      = errors.New("agreement: invalid record set")
	ErrLocal           = errors.New("agreement: local dependency failed")
)

// rejectionReasons lists the sentinels counted by Rejections.
var rejectionReasons = []error{
	ErrOversized, ErrMalformed, ErrForeignDomain, ErrNotMember, ErrSender, ErrWrongPeriod,
	ErrNotLeader, ErrStale, ErrBadSignature, ErrBadEntry, ErrBadReport, ErrBadValue,
	ErrTolerance, ErrConflict, ErrUnknownInstance, ErrUnexpected, ErrBadRecords, ErrLocal,
}

// Defaults of Config.
const (
	DefaultRoundTicks  = 10
	DefaultRetransmits = 3
)

// Config configures one keeper's agreement core for one upkeeping contract.
type Config struct {
	Domain    domain.Domain   // chain and contract (SPEC 5)
	Self      uint32          // this keeper's registration index
	Params    schedule.Params // H, D, W and the start block (SPEC 2)
	Tolerance Tolerance       // τ; zero value means DefaultTolerance
	// RoundTicks is how many Ticks a round waits before it retransmits or times out.
	RoundTicks uint64
	// Retransmits is how many times the leader re-sends a proposal to the keepers
	// that have not answered before it gives up on the round (round 2 → 3 → 4).
	Retransmits int
	// SettleBlocks delays the first leader (window 0) until the chain is
	// SettleBlocks past the window's start te + D, at most W − 1 (decision where
	// SPEC 6 is silent: a leader may start late in its window). A record for a
	// height just below te is made up to te + 2D − 1 (SPEC 3: challenged at b + D,
	// answered before b + 2D) and synced after that, so at te + D the keepers
	// still hold different records for [te − 2D, te) and their observations can
	// differ beyond τ, which costs rounds 3 and 4. 0: start at once. It is also
	// bounded by (Period − W)/2: the node moves on to the next period end W
	// blocks before that one becomes payable, and a delay past that point would
	// leave the period to the next report every time (settleBlocks).
	SettleBlocks uint64
	// ChunkBytes bounds the record bytes of one RecordSet chunk of round 4 (0:
	// wire.ChunkBytes; at most wire.MaxRecordBytes).
	ChunkBytes int

	// Locks are the locks the keeper's VoteStore holds for period ends from
	// RestoreFrom(Params, head) on, head being the chain height at start: after a
	// restart the core resumes with them, never signing another report for an
	// instance it locked, and a leader continues after its last locked attempt.
	Locks []*Lock

	// Part is the part of the period's report this node agrees on (SPEC 8.1
	// "Large groups", internal/parts): its messages, instances, locks and reports
	// carry it, and its entries are the due providers with index in
	// [Part·PartSize, (Part+1)·PartSize). A keeper runs one Node per part.
	// PartSize 0: unsplit, every due provider (at most wire.MaxEntries) in part 0.
	Part     uint32
	PartSize uint32
	// Served, if set, says whether the period ending at te serves this part
	// (parts.Served: the fair rotation when a period cannot pay every part); a
	// leader of a period that does not serve it proposes nothing. Nil: every period.
	Served func(te uint64) bool

	Chain    ChainView // an in-memory snapshot (never waits)
	Keys     Keyring
	Verifier Verifier
	Logger   *slog.Logger
}

// Outbound is a message to send.
type Outbound struct {
	To        uint32 // recipient's registration index (ignored when Broadcast)
	Broadcast bool   // to every other active keeper
	Type      wire.Type
	Payload   []byte
}

// Submit asks the node to call pay(report, signers, signature) (SPEC 8).
type Submit struct {
	Report    *report.Report
	Encoded   []byte   // SPEC 8 encoding
	Digest    [32]byte // keccak256(Encoded), the signed message
	Signers   *big.Int // bitmap of the signers' registration indices
	Signature [wire.SigSize]byte
	Propose   []byte // the leader's encoded Propose: the observations, for the SCP ledger (SPEC 9)
}

// instKey names an instance within the current period: (leader, attempt).
type instKey struct{ leader, attempt uint32 }

// Node is one keeper's agreement core for one contract: a deterministic state
// machine without I/O. Drive it with SetHeight, Tick, Step and Advance, then collect
// Ready; no call waits on a disk, a network or the chain.
// It is not safe for concurrent use.
type Node struct {
	cfg Config
	tol Tolerance
	log *slog.Logger

	height     uint64
	haveHeight bool
	now        uint64

	te      uint64
	sched   *schedule.Schedule
	members map[uint32]Keeper
	n, f, q int
	done    bool // a report for te was submitted by this keeper

	lead       *leading
	insts      map[instKey]*instance
	maxAttempt map[uint32]uint32
	syncs      map[instKey]*syncState

	// Locks of the period ends from the current one on (restored or made here),
	// whether each is durable (its write reported by Advance), and the failed
	// writes to retry (tick).
	locks     map[lockKey]*Lock
	durable   map[lockKey]bool
	lockRetry map[lockKey]uint64
	// Jobs in flight (Ready.Jobs not yet answered by Advance).
	jobs    map[uint64]*job
	nextJob uint64

	rd       Ready
	rejected map[error]uint64
	raw      []byte // the payload Step is handling
}

// New returns a node. It checks the configuration only; the chain is read on the
// first SetHeight.
func New(cfg Config) (*Node, error) {
	if err := cfg.Params.Validate(); err != nil {
		return nil, err
	}
	if cfg.Domain.ChainID == nil {
		return nil, fmt.Errorf("agreement: config: no chain id")
	}
	if cfg.Chain == nil || cfg.Keys == nil || cfg.Verifier == nil {
		return nil, fmt.Errorf("agreement: config: missing dependency")
	}
	if (cfg.PartSize == 0 && cfg.Part != 0) || cfg.PartSize > wire.MaxEntries {
		return nil, fmt.Errorf("agreement: config: part %d of size %d (size 1…%d, or 0 for part 0 unsplit)", cfg.Part, cfg.PartSize, wire.MaxEntries)
	}
	tol := cfg.Tolerance
	if tol == (Tolerance{}) {
		tol = DefaultTolerance
	}
	if err := tol.Validate(); err != nil {
		return nil, err
	}
	if cfg.RoundTicks == 0 {
		cfg.RoundTicks = DefaultRoundTicks
	}
	if cfg.Retransmits == 0 {
		cfg.Retransmits = DefaultRetransmits
	}
	if cfg.ChunkBytes <= 0 || cfg.ChunkBytes > wire.MaxRecordBytes {
		cfg.ChunkBytes = wire.ChunkBytes
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	nd := &Node{
		cfg: cfg, tol: tol, log: log.With("keeper", cfg.Self),
		insts: map[instKey]*instance{}, maxAttempt: map[uint32]uint32{}, syncs: map[instKey]*syncState{},
		locks: map[lockKey]*Lock{}, durable: map[lockKey]bool{}, lockRetry: map[lockKey]uint64{}, jobs: map[uint64]*job{},
		rejected: map[error]uint64{},
	}
	if err := nd.restoreLocks(cfg.Locks); err != nil {
		return nil, err
	}
	nd.cfg.Locks = nil
	return nd, nil
}

// Quorum returns q = ⌊2N/3⌋+1 for N keepers (SPEC 7).
func Quorum(n int) int { return 2*n/3 + 1 }

// Faulty returns f = ⌊(N−1)/3⌋, the faults the group tolerates.
func Faulty(n int) int { return (n - 1) / 3 }

// Ready returns and clears the pending actions.
func (nd *Node) Ready() Ready {
	r := nd.rd
	nd.rd = Ready{}
	return r
}

// HasReady reports whether Ready has anything.
func (nd *Node) HasReady() bool { return !nd.rd.Empty() }

// Rejections returns how many messages were rejected for each reason.
func (nd *Node) Rejections() map[string]uint64 {
	out := make(map[string]uint64, len(nd.rejected))
	for e, c := range nd.rejected {
		out[e.Error()] = c
	}
	return out
}

// Rejected returns how many messages were rejected for reason (a sentinel).
func (nd *Node) Rejected(reason error) uint64 { return nd.rejected[reason] }

// Status is a snapshot for observability.
type Status struct {
	Height uint64
	Te     uint64
	// InWindow: Height is in a leader window of Te (te + D ≤ Height); Window is
	// that window and WindowLeader its leader (SPEC 6).
	InWindow     bool
	Window       uint64
	WindowLeader uint32
	// Leading: this keeper runs its instance of window LeadWindow, at Attempt, in
	// Phase (observe, propose, sync, done).
	Leading    bool
	LeadWindow uint64
	Attempt    uint32
	Phase      string
	Done       bool
}

// Status returns what the node is doing. It costs a few field reads.
func (nd *Node) Status() Status {
	s := Status{Height: nd.height, Te: nd.te, Done: nd.done}
	if nd.sched != nil {
		if i := nd.ownWindow(); i >= 0 {
			s.InWindow, s.Window, s.WindowLeader = true, uint64(i), nd.sched.Leader(uint64(i)).Index
		}
	}
	if l := nd.lead; l != nil {
		s.Leading, s.LeadWindow, s.Attempt, s.Phase = true, l.window, l.attempt, l.phase.String()
	}
	return s
}

// ---- chain time

// SetHeight tells the node the chain's height. Heights only grow; a lower one is
// ignored. The node moves to the latest period end te payable within one window
// (te + D ≤ h + W, the skew it tolerates), abandons instances whose leader's window
// is more than one window behind, and starts leading when its own window opens
// (SPEC 6). When the active keepers change during the period (a slash, a removal,
// a registration), it re-enters the period over the new set, as the contract's
// leaderOrder does.
func (nd *Node) SetHeight(h uint64) {
	if nd.haveHeight && h <= nd.height {
		return
	}
	nd.height, nd.haveHeight = h, true
	ahead := h
	if h <= math.MaxUint64-nd.cfg.Params.Window {
		ahead = h + nd.cfg.Params.Window
	}
	if te, ok := nd.cfg.Params.LatestPayable(ahead); ok && (nd.sched == nil || te != nd.te) {
		if err := nd.enterPeriod(te); err != nil {
			nd.log.Warn("cannot enter period", "te", te, "err", err)
			return
		}
	} else if ok && nd.keepersChanged() {
		// A keeper was slashed, removed or registered during the period: the
		// contract now orders the windows over the new set (SPEC 6, leaderOrder),
		// so the schedule is recomputed and the period's instances start afresh.
		// Locks are durable and per instance, so nothing signed can be signed
		// differently; a leader resumes after its last locked attempt.
		nd.log.Info("keeper set changed: period re-entered", "te", te)
		if err := nd.enterPeriod(te); err != nil {
			nd.log.Warn("cannot re-enter period", "te", te, "err", err)
			return
		}
	}
	if nd.sched == nil {
		return
	}
	nd.abandonStale()
	nd.maybeLead()
}

// keepersChanged reports whether the active keepers differ from the period's.
func (nd *Node) keepersChanged() bool {
	if nd.sched == nil {
		return false
	}
	keepers, err := nd.cfg.Chain.Keepers()
	if err != nil || len(keepers) != len(nd.members) {
		return err == nil
	}
	for _, k := range keepers {
		if m, ok := nd.members[k.Index]; !ok || m.Address != k.Address {
			return true
		}
	}
	return false
}

func (nd *Node) enterPeriod(te uint64) error {
	keepers, err := nd.cfg.Chain.Keepers()
	if err != nil {
		return fmt.Errorf("%w: keepers: %w", ErrLocal, err)
	}
	ks := make([]schedule.Keeper, len(keepers))
	members := make(map[uint32]Keeper, len(keepers))
	for i, k := range keepers {
		ks[i] = schedule.Keeper{Index: k.Index, Address: k.Address}
		members[k.Index] = k
	}
	s, err := schedule.New(nd.cfg.Params, te, ks)
	if err != nil {
		return err
	}
	nd.te, nd.sched, nd.members = te, s, members
	nd.n = len(keepers)
	nd.f, nd.q = Faulty(nd.n), Quorum(nd.n)
	nd.done = false
	nd.lead = nil
	clear(nd.insts)
	clear(nd.maxAttempt)
	clear(nd.syncs)
	clear(nd.jobs) // their Dones are ignored
	for k := range nd.locks {
		if k.te < te {
			delete(nd.locks, k)
			delete(nd.durable, k)
			delete(nd.lockRetry, k)
		}
	}
	nd.log.Debug("period", "te", te, "n", nd.n, "q", nd.q)
	return nil
}

// ownWindow returns the window at the node's height, or -1 before te + D.
func (nd *Node) ownWindow() int64 {
	i, ok := nd.sched.Params.WindowAt(nd.te, nd.height)
	if !ok {
		return -1
	}
	if i > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(i)
}

// leaderWindow returns the window in which leader runs attempt: the pass is the
// attempt's high 16 bits, so j = pass·N + position(leader).
func (nd *Node) leaderWindow(leader, attempt uint32) (uint64, error) {
	pos, ok := nd.sched.Position(leader)
	if !ok {
		return 0, ErrNotMember
	}
	return uint64(attempt>>16)*uint64(nd.n) + uint64(pos), nil
}

// checkLeader accepts leader for attempt when its window is within one window of
// the node's own (SPEC 6: honest keepers accept a leader within one window of their
// own view of the height).
func (nd *Node) checkLeader(leader, attempt uint32) (uint64, error) {
	j, err := nd.leaderWindow(leader, attempt)
	if err != nil {
		return 0, err
	}
	i := nd.ownWindow()
	if int64(j) > i+1 || int64(j)+1 < i || j > math.MaxInt64 {
		return 0, fmt.Errorf("%w: window %d at own window %d", ErrNotLeader, j, i)
	}
	return j, nil
}

func (nd *Node) abandonStale() {
	i := nd.ownWindow()
	for k := range nd.insts {
		if j, err := nd.leaderWindow(k.leader, k.attempt); err != nil || int64(j)+1 < i {
			delete(nd.insts, k)
		}
	}
	for k := range nd.syncs {
		if j, err := nd.leaderWindow(k.leader, k.attempt); err != nil || int64(j)+1 < i {
			delete(nd.syncs, k)
		}
	}
	if nd.lead != nil && int64(nd.lead.window) < i {
		nd.log.Debug("leader window over", "window", nd.lead.window, "phase", nd.lead.phase.String())
		nd.lead = nil
	}
}

// Idle reports whether a Tick would only advance the clock: no period scheduled,
// or no leadership under way, no instance, no full sync and no lock write to
// retry. Everything that starts work (SetHeight opening the node's window, Step
// receiving a message, Advance) makes it busy again, and every deadline is counted
// from the tick at which its work started, so a driver may leave an idle node
// unticked (issue 14: a keeper serving many contracts ticks only those agreeing
// now, not each every 100 ms).
func (nd *Node) Idle() bool {
	if nd.sched == nil {
		return true
	}
	return (nd.lead == nil || nd.lead.phase == phaseDone) && len(nd.insts) == 0 && len(nd.syncs) == 0 && len(nd.lockRetry) == 0
}

// Tick advances the node's clock by one tick: rounds time out, requests are
// retransmitted.
func (nd *Node) Tick() {
	nd.now++
	if nd.sched == nil {
		return
	}
	if l := nd.lead; l != nil && l.phase != phaseDone && nd.now >= l.deadline {
		nd.leaderTimeout(l)
	}
	for _, in := range nd.sortedInstances() {
		nd.followerTick(in)
	}
	nd.syncTick()
	nd.retryLocks()
}

func (nd *Node) sortedInstances() []*instance {
	out := make([]*instance, 0, len(nd.insts))
	for _, in := range nd.insts {
		out = append(out, in)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].key.leader != out[j].key.leader {
			return out[i].key.leader < out[j].key.leader
		}
		return out[i].key.attempt < out[j].key.attempt
	})
	return out
}

// ---- messages

// Step handles one message received from the keeper with registration index from
// (as authenticated by the transport). It returns nil when the message was accepted
// (including harmless duplicates) and a wrapped rejection reason otherwise.
func (nd *Node) Step(from uint32, payload []byte) error {
	err := nd.step(from, payload)
	if err != nil {
		nd.count(err)
		nd.log.Debug("rejected", "from", from, "err", err)
	}
	return err
}

// count counts a rejection by its reason.
func (nd *Node) count(err error) {
	if r := reason(err); r != nil {
		nd.rejected[r]++
	}
}

// reason returns the rejection sentinel err wraps, or nil.
func reason(err error) error {
	for _, r := range rejectionReasons {
		if errors.Is(err, r) {
			return r
		}
	}
	return nil
}

// Reason names the rejection reason of an error Step returned: the text of the
// sentinel it wraps (a metrics label), or "other".
func Reason(err error) string {
	if r := reason(err); r != nil {
		return r.Error()
	}
	return "other"
}

func (nd *Node) step(from uint32, payload []byte) error {
	nd.raw = payload
	defer func() { nd.raw = nil }()
	if len(payload) > wire.MaxMessageSize {
		return fmt.Errorf("%w: %d bytes", ErrOversized, len(payload))
	}
	m, err := wire.Decode(payload)
	if err != nil {
		if errors.Is(err, wire.ErrOversized) {
			return err
		}
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if err := nd.checkHeader(from, m.Hdr()); err != nil {
		return fmt.Errorf("%s: %w", m.Type(), err)
	}
	switch m := m.(type) {
	case *wire.Observe:
		err = nd.onObserve(from, m)
	case *wire.Observation:
		err = nd.onObservation(from, m)
	case *wire.Propose:
		err = nd.onPropose(from, m, payload, false)
	case *wire.Echo:
		err = nd.onEcho(from, m)
	case *wire.Vote:
		err = nd.onVote(from, m)
	case *wire.Nack:
		err = nd.onNack(from, m)
	case *wire.SyncRequest:
		err = nd.onSyncRequest(from, m)
	case *wire.RecordSet:
		err = nd.onRecordSet(from, m)
	case *wire.ProposeRequest:
		err = nd.onProposeRequest(from, m)
	case *wire.ProposeForward:
		err = nd.onProposeForward(from, m)
	default:
		err = fmt.Errorf("%w: %s", ErrUnexpected, m.Type())
	}
	if err != nil {
		return fmt.Errorf("%s: %w", m.Type(), err)
	}
	return nil
}

// checkHeader checks what every message must satisfy: this contract's domain, a
// sender that is an active keeper and is who the transport says, and the current
// period.
func (nd *Node) checkHeader(from uint32, h *wire.Header) error {
	if !h.Domain().Equal(nd.cfg.Domain) {
		return ErrForeignDomain
	}
	if nd.sched == nil {
		return ErrWrongPeriod
	}
	if _, ok := nd.members[from]; !ok {
		return fmt.Errorf("%w: %d", ErrNotMember, from)
	}
	if h.Sender != from {
		return fmt.Errorf("%w: header says %d, transport %d", ErrSender, h.Sender, from)
	}
	if _, ok := nd.members[h.Leader]; !ok {
		return fmt.Errorf("%w: leader %d", ErrNotMember, h.Leader)
	}
	if h.Te != nd.te {
		return fmt.Errorf("%w: te %d, current %d", ErrWrongPeriod, h.Te, nd.te)
	}
	if h.Part != nd.cfg.Part {
		return fmt.Errorf("%w: part %d, this node agrees on part %d", ErrUnknownInstance, h.Part, nd.cfg.Part)
	}
	return nil
}

// header returns a header of this node's for the instance (leader, attempt).
func (nd *Node) header(leader, attempt uint32) wire.Header {
	return wire.Header{
		ChainID: nd.cfg.Domain.ChainID, Contract: nd.cfg.Domain.Contract,
		Te: nd.te, Part: nd.cfg.Part, Leader: leader, Attempt: attempt, Sender: nd.cfg.Self,
	}
}

func (nd *Node) send(to uint32, m wire.Message) {
	nd.rd.Messages = append(nd.rd.Messages, Outbound{To: to, Type: m.Type(), Payload: wire.Encode(m)})
}

func (nd *Node) sendBytes(to uint32, t wire.Type, b []byte) {
	nd.rd.Messages = append(nd.rd.Messages, Outbound{To: to, Type: t, Payload: b})
}

func (nd *Node) broadcast(m wire.Message) []byte {
	b := wire.Encode(m)
	nd.rd.Messages = append(nd.rd.Messages, Outbound{Broadcast: true, Type: m.Type(), Payload: b})
	return b
}

func (nd *Node) signMessage(m wire.Signed) {
	wire.Sign(m, nd.cfg.Keys.Sign)
}

// verifyMessage checks a Signed message's TagMessage signature by its sender (the
// message being stepped: its digest is taken over the bytes received).
func (nd *Node) verifyMessage(m wire.Signed) error {
	k := nd.members[m.Hdr().Sender]
	var d [32]byte
	if nd.raw != nil {
		d = wire.SigningDigestOf(m, nd.raw)
	} else {
		d = wire.SigningDigest(m)
	}
	if !nd.cfg.Verifier.Verify(k.PublicKey, d, wire.SignatureOf(m)) {
		return ErrBadSignature
	}
	return nil
}

// checkEntries checks each (provider, ts) against the chain: ts must be the
// provider's lastPaid (SPEC 7 round 1: "checks each ts against the chain").
func (nd *Node) checkEntries(es []wire.Entry) error {
	for _, e := range es {
		if !nd.inPart(e.Provider) {
			return fmt.Errorf("%w: provider %d not in part %d", ErrBadEntry, e.Provider, nd.cfg.Part)
		}
		ts, ok, err := nd.cfg.Chain.LastPaid(e.Provider)
		if err != nil {
			return fmt.Errorf("%w: lastPaid: %w", ErrLocal, err)
		}
		if !ok || ts != e.Ts {
			return fmt.Errorf("%w: provider %d ts %d, chain says %d (known %v)", ErrBadEntry, e.Provider, e.Ts, ts, ok)
		}
	}
	return nil
}

// inPart reports whether provider p belongs to the node's part (Config.Part).
func (nd *Node) inPart(p uint32) bool {
	if nd.cfg.PartSize == 0 {
		return nd.cfg.Part == 0
	}
	return p/nd.cfg.PartSize == nd.cfg.Part
}

// dueEntries returns the providers of the node's part due for te: lastPaid < te,
// sorted, at most wire.MaxEntries (unsplit, the rest wait for the next period);
// none when the period does not serve the part (Config.Served).
func (nd *Node) dueEntries() ([]wire.Entry, error) {
	if nd.cfg.Served != nil && !nd.cfg.Served(nd.te) {
		return nil, nil
	}
	ps, err := nd.cfg.Chain.Providers()
	if err != nil {
		return nil, fmt.Errorf("%w: providers: %w", ErrLocal, err)
	}
	ps = append([]uint32(nil), ps...)
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	var out []wire.Entry
	for i, p := range ps {
		if (i > 0 && p == ps[i-1]) || !nd.inPart(p) {
			continue
		}
		ts, ok, err := nd.cfg.Chain.LastPaid(p)
		if err != nil {
			return nil, fmt.Errorf("%w: lastPaid: %w", ErrLocal, err)
		}
		if ok && ts < nd.te {
			out = append(out, wire.Entry{Provider: p, Ts: ts})
			if len(out) == wire.MaxEntries {
				break
			}
		}
	}
	return out, nil
}

func sameEntries(a, b []wire.Entry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameValues(a, b []*big.Int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Cmp(b[i]) != 0 {
			return false
		}
	}
	return true
}
