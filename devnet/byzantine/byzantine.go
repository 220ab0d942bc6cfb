// Package byzantine is a hostile keeper for fault-injection runs (issue 8): it is
// never the product's path. It runs inside a keeper process of a whitepay binary
// built with -tags faults whose DATADIR/faults.json asks for it (written only by
// `whitepay devnet --faults byzantine`; devnet/faultinject), over the node's own
// libp2p host, or, in such a build, as the hidden `whitepay byzantine --config FILE
// --modes …` next to the keeper (same account key, hence the same libp2p identity
// and Noise-authenticated sender, and the same BLS key): the honest keepers see one
// keeper that behaves badly.
//
// Modes (SPEC 7 and 8 name what honest keepers must withstand):
//
//   - equivocate: while this keeper leads a window, it signs and sends, every
//     second, a fresh report for the instance (te, self, attempt) its honest node is
//     running, each with a different digest. A keeper that holds the honest
//     proposal and a forged one (in either order) holds two leader-signed reports
//     of one instance and emits evidence (keeper/agreement, "Accountability"),
//     which its payer submits as upkeeping slash(): the keeper is slashed and
//     removed. The forged reports carry
//     unverifiable observations, so no honest keeper ever locks or signs one.
//   - extreme: sends the current leader an Observation with extreme values
//     (2^200 byte·blocks per provider), BLS-signed for the instance: the median of
//     q observations with at most f extreme ones stays between honest values.
//   - replay: re-sends messages it sent for earlier instances (stale: refused).
//   - garbage: random bytes of random length (malformed: refused).
//   - oversized: one message larger than wire.MaxMessageSize per peer now and then
//     (the p2p layer refuses the frame before reading it).
//
// Decisions: the attempt forged is the first attempt of the pass (pass << 16), the
// one the honest leader uses unless it restarts or reconciles (forging a later
// attempt as well would make the keepers refuse the honest attempt as stale, and
// leave nothing to equivocate against). Forged proposals start as the window
// opens, usually before the honest one (which waits SettleBlocks): honest keepers
// refuse them on the values, keep them, lock the honest proposal when it comes,
// and hold two leader-signed reports of one instance — the evidence — in either
// order (keeper/agreement, "Accountability").
package byzantine

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/upkeeping"
)

// Modes.
const (
	Equivocate = "equivocate"
	Extreme    = "extreme"
	Replay     = "replay"
	Garbage    = "garbage"
	Oversized  = "oversized"
)

// AllModes are every hostile behaviour.
var AllModes = []string{Equivocate, Extreme, Replay, Garbage, Oversized}

// ErrMode is returned for an unknown mode.
var ErrMode = errors.New("byzantine: unknown mode")

// ParseModes parses a comma-separated list ("all" is every mode).
func ParseModes(s string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, m := range strings.Split(s, ",") {
		m = strings.TrimSpace(m)
		switch {
		case m == "":
		case m == "all":
			for _, a := range AllModes {
				out[a] = true
			}
		case contains(AllModes, m):
			out[m] = true
		default:
			return nil, fmt.Errorf("%w: %q (want %s or all)", ErrMode, m, strings.Join(AllModes, ","))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: none given", ErrMode)
	}
	return out, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Config of a hostile keeper.
type Config struct {
	Client   chain.Client
	ChainID  *big.Int
	Contract common.Address
	Account  *ecdsa.PrivateKey // the keeper's account key (its libp2p identity)
	BLS      *bls.SecretKey
	Peers    []string // multiaddrs (with /p2p/ID) of the other keepers
	Modes    map[string]bool
	Every    time.Duration // pace (default 1 s)
	// EquivocateFrom: equivocate only in periods ending at te ≥ EquivocateFrom
	// (0: from the start), so that a run can schedule when the slash happens.
	EquivocateFrom uint64
	// Host, if set, is the keeper node's own libp2p host (keeper run with
	// faults.json): messages then leave from the node itself. Otherwise New starts a
	// host with the keeper's identity (whitepay byzantine, a separate process; peers
	// may then route some of their messages for the keeper to it, where they are
	// lost — one more fault).
	Host   *p2p.Host
	Logger *slog.Logger
}

// Stats count what was sent.
type Stats struct {
	Forged, Extreme, Replayed, Garbage, Oversized int
}

// Keeper is a running hostile keeper.
type Keeper struct {
	cfg     Config
	log     *slog.Logger
	host    *p2p.Host
	ownHost bool
	c       *upkeeping.Contract
	self    uint32
	peers   []peer.ID
	peerOf  map[uint32]peer.ID

	mu    sync.Mutex
	stats Stats
	sent  [][]byte // earlier forged messages, for replay
	lastI map[[3]uint64]bool
}

// New starts the hostile keeper's libp2p host (same identity as the keeper).
func New(ctx context.Context, cfg Config) (*Keeper, error) {
	if cfg.Client == nil || cfg.ChainID == nil || cfg.Account == nil || cfg.BLS == nil || len(cfg.Modes) == 0 {
		return nil, errors.New("byzantine: config: missing dependency")
	}
	if cfg.Every <= 0 {
		cfg.Every = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	c, err := upkeeping.New(ctx, cfg.Client, cfg.Contract)
	if err != nil {
		return nil, err
	}
	k := &Keeper{cfg: cfg, log: cfg.Logger, c: c, lastI: map[[3]uint64]bool{}, peerOf: map[uint32]peer.ID{}}
	grp, err := currentGroup(ctx, c)
	if err != nil {
		return nil, err
	}
	i, ok := grp.Position(k.addr())
	if !ok {
		return nil, fmt.Errorf("byzantine: %s is not a keeper of %s", k.addr(), cfg.Contract)
	}
	k.self = i
	h := cfg.Host
	if h == nil {
		if h, err = p2p.New(p2p.Config{Key: cfg.Account, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, TCPOnly: true, Logger: cfg.Logger}); err != nil {
			return nil, err
		}
		k.ownHost = true
	}
	k.host = h
	for _, a := range cfg.Peers {
		info, err := peer.AddrInfoFromString(a)
		if err != nil {
			k.Close()
			return nil, fmt.Errorf("byzantine: peer %q: %w", a, err)
		}
		a, err := p2p.AddressOf(info.ID)
		if err != nil {
			continue
		}
		idx, ok := grp.Position(a)
		if !ok || idx == k.self {
			continue // a provider, or ourselves
		}
		h.AddPeer(*info)
		k.peers = append(k.peers, info.ID)
		k.peerOf[idx] = info.ID
	}
	return k, nil
}

func (k *Keeper) addr() common.Address {
	return gethcrypto.PubkeyToAddress(k.cfg.Account.PublicKey)
}

// Stats returns what was sent so far.
func (k *Keeper) Stats() Stats {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.stats
}

// Close stops the host it started (not a node's host given in Config).
func (k *Keeper) Close() error {
	if k.ownHost {
		return k.host.Close()
	}
	return nil
}

// Run misbehaves until ctx ends.
func (k *Keeper) Run(ctx context.Context) error {
	t := time.NewTicker(k.cfg.Every)
	defer t.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		n++
		if err := k.step(ctx, n); err != nil && ctx.Err() == nil {
			k.log.Debug("byzantine step", "err", err)
		}
	}
}

// instance is the period and window the chain is in.
type instance struct {
	te      uint64
	window  uint64
	from    uint64 // first block of the window
	head    uint64
	order   []uint32
	n, q    int
	entries []wire.Entry
}

func (k *Keeper) current(ctx context.Context) (*instance, error) {
	head, err := k.cfg.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	p, err := k.c.Params(ctx)
	if err != nil {
		return nil, err
	}
	if head < p.Start+p.Period+p.Finality {
		return nil, errors.New("byzantine: nothing payable yet")
	}
	te := p.Start + (head-p.Finality-p.Start)/p.Period*p.Period
	order, _, err := k.c.LeaderOrder(ctx, te)
	if err != nil {
		return nil, err
	}
	if len(order) == 0 {
		return nil, errors.New("byzantine: no keepers")
	}
	j := (head - te - p.Finality) / p.Window
	in := &instance{te: te, window: j, from: te + p.Finality + j*p.Window, head: head, order: order, n: len(order), q: 2*len(order)/3 + 1}
	nProviders, err := k.c.ProviderCount(ctx)
	if err != nil {
		return nil, err
	}
	for i := 0; i < nProviders && len(in.entries) < wire.MaxEntries; i++ {
		ts, err := k.c.LastPaid(ctx, uint32(i))
		if err != nil {
			return nil, err
		}
		if ts < te {
			in.entries = append(in.entries, wire.Entry{Provider: uint32(i), Ts: ts})
		}
	}
	return in, nil
}

func (k *Keeper) leader(in *instance) uint32 { return in.order[in.window%uint64(in.n)] }

func (k *Keeper) header(in *instance, leader, attempt uint32) wire.Header {
	return wire.Header{ChainID: k.cfg.ChainID, Contract: k.cfg.Contract, Te: in.te, Leader: leader, Attempt: attempt, Sender: k.self}
}

func (k *Keeper) step(ctx context.Context, n int) error {
	m := k.cfg.Modes
	in, ierr := k.current(ctx)
	leading := ierr == nil && k.leader(in) == k.self
	// The noise (garbage, oversized, replay) pauses while this keeper leads: peers
	// rate-limit a noisy sender as a whole, and an honest proposal that never lands
	// leaves nothing to equivocate against.
	if !leading {
		k.noise(ctx, n)
	}
	if !m[Equivocate] && !m[Extreme] {
		return nil
	}
	if ierr != nil {
		return ierr
	}
	if len(in.entries) == 0 {
		return nil
	}
	pass := uint32(in.window / uint64(in.n))
	L := k.leader(in)
	if m[Extreme] && L != k.self {
		k.extreme(ctx, in, L, pass<<16)
	}
	if m[Equivocate] && leading && in.te >= k.cfg.EquivocateFrom {
		if err := k.forge(ctx, in, pass, pass<<16); err != nil {
			return err
		}
	}
	return nil
}

func (k *Keeper) noise(ctx context.Context, n int) {
	m := k.cfg.Modes
	if m[Garbage] {
		b := make([]byte, 1+mrand.IntN(4096))
		_, _ = rand.Read(b)
		if mrand.IntN(2) == 0 && len(b) > 60 {
			// A plausible prefix (version, type, chain id, contract) so that it reaches
			// the decoder of the right contract, then noise.
			hdr := wire.Encode(&wire.Echo{Header: wire.Header{ChainID: k.cfg.ChainID, Contract: k.cfg.Contract}})
			copy(b, hdr[:min(len(hdr), 40)])
		}
		k.broadcast(ctx, b)
		k.count(func(s *Stats) { s.Garbage++ })
	}
	if m[Oversized] && n%30 == 1 {
		b := make([]byte, wire.MaxMessageSize+1)
		k.broadcast(ctx, b)
		k.count(func(s *Stats) { s.Oversized++ })
	}
	if m[Replay] {
		k.mu.Lock()
		var old []byte
		if len(k.sent) > 0 {
			old = k.sent[mrand.IntN(len(k.sent))]
		}
		k.mu.Unlock()
		if old != nil {
			k.broadcast(ctx, old)
			k.count(func(s *Stats) { s.Replayed++ })
		}
	}
}

func (k *Keeper) count(f func(*Stats)) {
	k.mu.Lock()
	f(&k.stats)
	k.mu.Unlock()
}

// forge sends every keeper a fresh, leader-signed report for (te, self, attempt).
func (k *Keeper) forge(ctx context.Context, in *instance, pass, attempt uint32) error {
	failed := new(big.Int)
	pos := int(in.window % uint64(in.n))
	for i, idx := range in.order {
		if (pass == 0 && i < pos) || (pass > 0 && idx != k.self) {
			failed.SetBit(failed, int(idx), 1)
		}
	}
	p := &wire.Propose{Header: k.header(in, k.self, attempt), Mode: wire.ModeMedian, ObsAttempt: attempt, FailedBitmap: failed}
	vec := make([]*big.Int, len(in.entries))
	for i, e := range in.entries {
		st := new(big.Int).SetUint64(1 + mrand.Uint64N(1<<40))
		vec[i] = st
		p.Entries = append(p.Entries, report.Entry{Provider: e.Provider, Ts: e.Ts, St: st})
	}
	p.Vectors = [][]*big.Int{vec}
	for i := 0; i < in.q; i++ {
		p.Obs = append(p.Obs, wire.ObsRef{Sender: in.order[i], Vector: 0})
	}
	// An aggregate that is no aggregate of the observers' signatures (only this
	// keeper's own, on something else): unverifiable, as intended.
	var agg [wire.SigSize]byte
	copy(agg[:], k.cfg.BLS.Sign([]byte("forged observations")).Bytes())
	p.Aggs = [][wire.SigSize]byte{agg}
	// Obs must be sorted by sender.
	sortObs(p.Obs)
	d, _, err := wire.ReportDigest(p.Report())
	if err != nil {
		return err
	}
	copy(p.LeaderSig[:], k.cfg.BLS.Sign(d[:]).Bytes())
	b := wire.Encode(p)
	k.broadcast(ctx, b)
	k.mu.Lock()
	k.stats.Forged++
	if len(k.sent) < 64 {
		k.sent = append(k.sent, b)
	} else {
		k.sent[mrand.IntN(len(k.sent))] = b
	}
	key := [3]uint64{in.te, uint64(k.self), uint64(attempt)}
	first := !k.lastI[key]
	k.lastI[key] = true
	k.mu.Unlock()
	if first {
		k.log.Warn("byzantine: equivocating", "te", in.te, "attempt", attempt, "digest", common.Hash(d))
	}
	return nil
}

func sortObs(o []wire.ObsRef) {
	for i := 1; i < len(o); i++ {
		for j := i; j > 0 && o[j].Sender < o[j-1].Sender; j-- {
			o[j], o[j-1] = o[j-1], o[j]
		}
	}
}

// extreme sends the leader a signed observation of 2^200 for every entry.
func (k *Keeper) extreme(ctx context.Context, in *instance, leader, attempt uint32) {
	vals := make([]*big.Int, len(in.entries))
	for i := range vals {
		vals[i] = new(big.Int).Lsh(big.NewInt(1), 200)
	}
	h := k.header(in, leader, attempt)
	dg := wire.ObservationDigest(h.Domain(), in.te, leader, attempt, in.entries, vals)
	o := &wire.Observation{Header: h, Values: vals}
	copy(o.Sig[:], k.cfg.BLS.Sign(dg[:]).Bytes())
	if id, ok := k.peerOf[leader]; ok {
		k.send(ctx, id, wire.Encode(o))
		k.count(func(s *Stats) { s.Extreme++ })
	}
}

func (k *Keeper) broadcast(ctx context.Context, b []byte) {
	var wg sync.WaitGroup
	for _, id := range k.peers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k.send(ctx, id, b)
		}()
	}
	wg.Wait()
}

func (k *Keeper) send(ctx context.Context, id peer.ID, b []byte) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	_, _ = k.host.Request(ctx, id, p2p.ProtoAgreement, b, 0)
}

func nopLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// currentGroup is the group of the epoch in force at the head.
func currentGroup(ctx context.Context, c *upkeeping.Contract) (*upkeeping.EpochGroup, error) {
	head, err := c.Backend().BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	eps, err := c.Epochs(ctx)
	if err != nil {
		return nil, err
	}
	e := 0
	for i := range eps {
		if eps[i].From <= head {
			e = i
		}
	}
	return c.EpochGroup(ctx, uint64(e))
}
