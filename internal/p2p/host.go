package p2p

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/connmgr"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/net/swarm"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
)

// Protocol IDs, one per message kind (SPEC 3, 7).
const (
	ProtoUpload    protocol.ID = "/whitepay/upload/1"    // user → provider: order, then piece bytes
	ProtoChallenge protocol.ID = "/whitepay/challenge/1" // keeper → provider: challenge, response
	ProtoRecord    protocol.ID = "/whitepay/record/1"    // keeper → keeper: challenge record sync
	ProtoOrder     protocol.ID = "/whitepay/order/1"     // user → keeper: signed order
	ProtoAgreement protocol.ID = "/whitepay/agreement/1" // keeper ↔ keeper: agreement rounds (SPEC 7)
	ProtoOrders    protocol.ID = "/whitepay/orders/1"    // keeper → keeper or provider: order reconciliation (SPEC 3)
	ProtoRetrieve  protocol.ID = "/whitepay/retrieve/1"  // owner → provider: a piece, whole or a range (SPEC 3)
)

// Timeouts.
const (
	// DefaultTimeout is the deadline of a request or a handler whose context has
	// none.
	DefaultTimeout = 30 * time.Second
	// DefaultDialTimeout bounds connection establishment.
	DefaultDialTimeout = 10 * time.Second
)

// DefaultListenAddrs listen on loopback on ephemeral ports, TCP and QUIC.
var DefaultListenAddrs = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}

// Config configures a Host.
type Config struct {
	// Key is the node's secp256k1 account key; it is also its libp2p identity.
	Key *ecdsa.PrivateKey
	// ListenAddrs are multiaddrs to listen on (DefaultListenAddrs if empty).
	ListenAddrs []string
	// TCPOnly disables QUIC (used by benchmarks that run many hosts in one process).
	TCPOnly bool
	// NoResourceManager replaces libp2p's resource manager with the null one and
	// turns off the host's own stream caps and rate limits (Limits); only for
	// benchmarks with many hosts and connections in one process. Admission checks
	// (Admit, Restrict) still apply.
	NoResourceManager bool
	// Limits bounds the inbound streams of every peer (zero value: the defaults;
	// see limits.go).
	Limits Limits
	// Admit, if set, is asked about every inbound stream of every protocol before
	// its payload is read (after the limits, before a protocol's own Restrict).
	Admit AdmitFunc
	// ConnectionGater, if set, is libp2p's connection gater: it may refuse whole
	// connections (by peer, address or after the handshake) before any stream.
	ConnectionGater connmgr.ConnectionGater
	// Logger receives the host's logs (slog.Default() if nil).
	Logger *slog.Logger
}

// Host is a node's libp2p host. It is safe for concurrent use.
type Host struct {
	h    host.Host
	addr common.Address
	log  *slog.Logger

	bw    *metrics.BandwidthCounter
	lim   *limiter // nil: no limits (NoResourceManager)
	admit AdmitFunc
	gate  *gate

	mu         sync.RWMutex
	restricted map[protocol.ID]func(from Peer) error

	busy, notAdmitted atomic.Uint64
}

// New starts a host listening on cfg.ListenAddrs.
func New(cfg Config) (*Host, error) {
	sk, err := PrivKey(cfg.Key)
	if err != nil {
		return nil, err
	}
	listen := cfg.ListenAddrs
	if len(listen) == 0 {
		listen = DefaultListenAddrs
	}
	if cfg.TCPOnly {
		var tcpOnly []string
		for _, a := range listen {
			if !strings.Contains(a, "/quic") {
				tcpOnly = append(tcpOnly, a)
			}
		}
		listen = tcpOnly
	}
	opts := []libp2p.Option{
		libp2p.Identity(sk),
		libp2p.ListenAddrStrings(listen...),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.DisableRelay(),
		libp2p.DisableMetrics(),
		libp2p.WithDialTimeout(DefaultDialTimeout),
		libp2p.Ping(false),
	}
	if !cfg.TCPOnly {
		opts = append(opts, libp2p.Transport(quic.NewTransport))
	}
	if cfg.NoResourceManager {
		opts = append(opts, libp2p.ResourceManager(&network.NullResourceManager{}))
	}
	gate := newGate(cfg.ConnectionGater) // Cut/Heal (gate.go); inert while nothing is cut
	opts = append(opts, libp2p.ConnectionGater(gate))
	// Bytes in and out over every stream (Traffic): the cost per contract that the
	// devnet reports (issue 14).
	bw := metrics.NewBandwidthCounter()
	opts = append(opts, libp2p.BandwidthReporter(bw))
	h, err := libp2p.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("p2p: starting host: %w", err)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	out := &Host{h: h, addr: gethcrypto.PubkeyToAddress(cfg.Key.PublicKey), log: log.With("peer", h.ID().ShortString()),
		bw: bw, admit: cfg.Admit, gate: gate, restricted: map[protocol.ID]func(Peer) error{}}
	if !cfg.NoResourceManager {
		out.lim = newLimiter(cfg.Limits)
	}
	return out, nil
}

// Traffic returns the bytes this host has sent and received over libp2p streams
// since it started.
func (h *Host) Traffic() (sent, received uint64) {
	t := h.bw.GetBandwidthTotals()
	return uint64(t.TotalOut), uint64(t.TotalIn)
}

// Restrict makes proto refuse, before reading their payload, the streams of peers
// for which admit returns an error (for example: not a keeper of any group this
// node serves, for the agreement and record sync protocols). It may be called
// before or after Handle; nil removes the restriction.
func (h *Host) Restrict(proto protocol.ID, admit func(from Peer) error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if admit == nil {
		delete(h.restricted, proto)
		return
	}
	h.restricted[proto] = admit
}

// Stats counts the inbound streams the host refused.
type Stats struct {
	Busy        uint64 // refused by the stream caps or rate limits
	NotAdmitted uint64 // refused by an admission check
}

// Stats returns the refusal counters.
func (h *Host) Stats() Stats {
	return Stats{Busy: h.busy.Load(), NotAdmitted: h.notAdmitted.Load()}
}

// accept runs the checks of an inbound stream of proto before any of its payload
// is read: an account peer, the limits, the admission checks. On refusal it
// answers the stream itself and returns ok = false; otherwise the caller calls
// release when the stream is done.
func (h *Host) accept(s network.Stream, proto protocol.ID) (from Peer, release func(), ok bool) {
	from, err := RemotePeer(s)
	if err != nil {
		h.refuse(s, EncodeError(err))
		return Peer{}, nil, false
	}
	release = func() {}
	if h.lim != nil {
		if release, err = h.lim.acquire(from.ID, proto); err != nil {
			h.busy.Add(1)
			h.log.Debug("stream refused", "proto", proto, "from", from.Address, "err", err)
			h.refuse(s, EncodeBusy(err))
			return Peer{}, nil, false
		}
	}
	if err := h.admitted(proto, from); err != nil {
		release()
		h.notAdmitted.Add(1)
		h.log.Info("stream not admitted", "proto", proto, "from", from.Address, "err", err)
		h.refuse(s, EncodeError(fmt.Errorf("%w to %s: %v", ErrNotAdmitted, proto, err)))
		return Peer{}, nil, false
	}
	return from, release, true
}

func (h *Host) admitted(proto protocol.ID, from Peer) error {
	if h.admit != nil {
		if err := h.admit(proto, from); err != nil {
			return err
		}
	}
	h.mu.RLock()
	fn := h.restricted[proto]
	h.mu.RUnlock()
	if fn != nil {
		return fn(from)
	}
	return nil
}

// refuse answers a refused stream with resp without reading its payload.
func (h *Host) refuse(s network.Stream, resp []byte) {
	s.SetDeadline(time.Now().Add(refuseTimeout))
	if err := WriteFrame(s, resp); err != nil {
		s.Reset()
		return
	}
	s.Close()
}

// ID returns the host's peer ID.
func (h *Host) ID() peer.ID { return h.h.ID() }

// Address returns the Ethereum address of the host's account.
func (h *Host) Address() common.Address { return h.addr }

// Libp2p exposes the underlying host (for protocols that need raw streams).
func (h *Host) Libp2p() host.Host { return h.h }

// Addrs returns the host's listen multiaddrs with its /p2p/ component: the
// endpoints a peer puts in its configuration.
func (h *Host) Addrs() []string {
	info := peer.AddrInfo{ID: h.h.ID(), Addrs: h.h.Addrs()}
	full, err := peer.AddrInfoToP2pAddrs(&info)
	if err != nil {
		return nil
	}
	out := make([]string, len(full))
	for i, a := range full {
		out[i] = a.String()
	}
	return out
}

// Close stops the host and closes every connection.
func (h *Host) Close() error { return h.h.Close() }

// Peer is an authenticated remote: its peer ID and the account it proves.
type Peer struct {
	ID      peer.ID
	Address common.Address
}

// AddPeer records the endpoints of a peer (for instance from ParseEndpoint) so that
// requests to it can dial.
func (h *Host) AddPeer(info peer.AddrInfo) {
	h.h.Peerstore().AddAddrs(info.ID, info.Addrs, 24*365*time.Hour)
}

// Connect dials a peer now (Request dials on demand; Connect is for warming up).
func (h *Host) Connect(ctx context.Context, info peer.AddrInfo) error {
	if err := h.h.Connect(ctx, info); err != nil {
		return fmt.Errorf("p2p: connecting to %s: %w", info.ID, err)
	}
	return nil
}

// deadline returns the deadline of ctx, or now + DefaultTimeout.
func deadline(ctx context.Context) time.Time {
	if d, ok := ctx.Deadline(); ok {
		return d
	}
	return time.Now().Add(DefaultTimeout)
}

type dialRetryKey struct{}

// WithDialRetry marks ctx so that OpenStream and Request try a failed dial again,
// with the swarm's dial backoff for the peer cleared, until the given time: a
// peer that restarts (a provider down for a second while a keeper challenges it)
// is then reached within the request's deadline instead of being backed off for
// longer than its outage. Without it a failed dial fails at once (record sync to a
// keeper that is down must not hold a delivery for a whole timeout).
func WithDialRetry(ctx context.Context, until time.Time) context.Context {
	return context.WithValue(ctx, dialRetryKey{}, until)
}

// OpenStream opens a stream of proto to peer id, with the deadline of ctx. The
// caller closes it. See WithDialRetry.
func (h *Host) OpenStream(ctx context.Context, id peer.ID, proto protocol.ID) (network.Stream, error) {
	s, err := h.h.NewStream(ctx, id, proto)
	until, _ := ctx.Value(dialRetryKey{}).(time.Time)
	for pause := 250 * time.Millisecond; err != nil && ctx.Err() == nil && time.Until(until) > pause; pause = min(2*pause, 2*time.Second) {
		if sw, ok := h.h.Network().(interface{ Backoff() *swarm.DialBackoff }); ok {
			sw.Backoff().Clear(id)
		}
		select {
		case <-ctx.Done():
		case <-time.After(pause):
		}
		s, err = h.h.NewStream(ctx, id, proto)
	}
	if err != nil {
		return nil, fmt.Errorf("p2p: opening %s to %s: %w", proto, id, err)
	}
	if err := s.SetDeadline(deadline(ctx)); err != nil {
		s.Reset()
		return nil, fmt.Errorf("p2p: %w", err)
	}
	return s, nil
}

// Request sends req on a new stream of proto to peer id and returns the response
// body, which may be at most maxResp bytes (an error message may always take
// MaxErrorLen bytes). A handler's error comes back as a
// *RemoteError. The exchange is bounded by ctx's deadline (DefaultTimeout if none).
func (h *Host) Request(ctx context.Context, id peer.ID, proto protocol.ID, req []byte, maxResp int) ([]byte, error) {
	s, err := h.OpenStream(ctx, id, proto)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	// The request is written while the response is awaited: a peer that refuses a
	// request early (an oversized one) answers before reading it all, and its
	// answer must reach us rather than a stalled write.
	wrote := make(chan error, 1)
	go func() {
		err := WriteFrame(s, req)
		if err == nil {
			err = s.CloseWrite()
		}
		wrote <- err
	}()
	resp, err := ReadFrame(s, max(maxResp, MaxErrorLen)+1)
	if err != nil {
		s.Reset()
		if ctx.Err() != nil || isTimeout(err) {
			return nil, fmt.Errorf("%w: %s to %s: no response in time: %v", ErrTimeout, proto, id, err)
		}
		if werr := <-wrote; werr != nil {
			return nil, fmt.Errorf("p2p: %s to %s: writing request: %w", proto, id, werr)
		}
		return nil, fmt.Errorf("p2p: %s to %s: reading response: %w", proto, id, err)
	}
	select {
	case werr := <-wrote:
		if werr != nil {
			s.Reset()
		}
	default:
		s.Reset() // answered before the request was fully sent: stop sending
	}
	return DecodeResponse(resp)
}

// HandlerFunc answers one request from an authenticated peer. A returned error is
// sent to the requester as its message.
type HandlerFunc func(ctx context.Context, from Peer, req []byte) ([]byte, error)

// Handle serves proto with fn: one request frame of at most maxReq bytes, one
// response frame, within timeout (DefaultTimeout if 0). Requests from peers that are
// not secp256k1 accounts are refused. An oversized request is answered with an
// error naming the limit.
func (h *Host) Handle(proto protocol.ID, maxReq int, timeout time.Duration, fn HandlerFunc) {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	h.h.SetStreamHandler(proto, func(s network.Stream) {
		from, release, ok := h.accept(s, proto)
		if !ok {
			return
		}
		defer release()
		defer s.Close()
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		s.SetDeadline(time.Now().Add(timeout))
		resp := h.serve(ctx, s, from, proto, maxReq, fn)
		if err := WriteFrame(s, resp); err != nil {
			h.log.Debug("writing response", "proto", proto, "err", err)
			s.Reset()
		}
	})
}

func (h *Host) serve(ctx context.Context, s network.Stream, from Peer, proto protocol.ID, maxReq int, fn HandlerFunc) []byte {
	req, err := ReadFrame(s, maxReq)
	if err != nil {
		h.log.Info("rejected request", "proto", proto, "from", from.Address, "err", err)
		return EncodeError(fmt.Errorf("%s: reading request: %w", proto, err))
	}
	resp, err := fn(ctx, from, req)
	if err != nil {
		h.log.Info("request failed", "proto", proto, "from", from.Address, "err", err)
		return EncodeError(err)
	}
	return EncodeOK(resp)
}

// HandleStream serves proto with fn on the raw stream (for streaming protocols such
// as uploads). fn owns the stream and must close it. The stream counts against the
// host's stream caps until fn returns.
func (h *Host) HandleStream(proto protocol.ID, fn func(from Peer, s network.Stream)) {
	h.h.SetStreamHandler(proto, func(s network.Stream) {
		from, release, ok := h.accept(s, proto)
		if !ok {
			return
		}
		defer release()
		fn(from, s)
	})
}

// RemotePeer returns the authenticated account at the other end of s.
func RemotePeer(s network.Stream) (Peer, error) {
	id := s.Conn().RemotePeer()
	a, err := AddressOf(id)
	if err != nil {
		return Peer{}, err
	}
	return Peer{ID: id, Address: a}, nil
}

// ParseEndpoint parses a multiaddr that ends in /p2p/<peer id> (as Host.Addrs
// returns them) and returns the peer's address info and Ethereum address.
func ParseEndpoint(s string) (peer.AddrInfo, common.Address, error) {
	m, err := ma.NewMultiaddr(s)
	if err != nil {
		return peer.AddrInfo{}, common.Address{}, fmt.Errorf("p2p: endpoint %q: %w", s, err)
	}
	info, err := peer.AddrInfoFromP2pAddr(m)
	if err != nil {
		return peer.AddrInfo{}, common.Address{}, fmt.Errorf("p2p: endpoint %q (it must end in /p2p/<peer id>): %w", s, err)
	}
	a, err := AddressOf(info.ID)
	if err != nil {
		return peer.AddrInfo{}, common.Address{}, fmt.Errorf("p2p: endpoint %q: %w", s, err)
	}
	return *info, a, nil
}

// ParseEndpoints parses several endpoints and merges those of the same peer.
func ParseEndpoints(list []string) (map[common.Address]peer.AddrInfo, error) {
	out := map[common.Address]peer.AddrInfo{}
	for _, s := range list {
		info, a, err := ParseEndpoint(s)
		if err != nil {
			return nil, err
		}
		prev := out[a]
		prev.ID = info.ID
		prev.Addrs = append(prev.Addrs, info.Addrs...)
		out[a] = prev
	}
	return out, nil
}

// ErrTimeout is returned by Request when no response arrived before the deadline.
var ErrTimeout = errors.New("p2p: deadline passed")

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// IsClosed reports whether err means the stream or connection went away (the peer
// closed, reset, or the deadline passed).
func IsClosed(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, network.ErrReset) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrTimeout) || isTimeout(err)
}
