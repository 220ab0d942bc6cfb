package p2p

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// Resource limits of inbound streams (issue 8, item 4). Every stream served by
// Handle or HandleStream is admitted, before any byte of its payload is read, by:
//
//  1. the per-peer and total caps on concurrent inbound streams;
//  2. a token bucket per (peer, protocol): Rate streams per second, Burst at once;
//  3. the protocol's admission check (Host.Restrict or Config.Admit), for
//     protocols restricted to a group (agreement, record sync).
//
// A stream refused by 1 or 2 gets a "busy" response (ErrBusy at the requester: a
// transient condition, worth retrying later); one refused by 3 gets an error
// response naming ErrNotAdmitted (a *RemoteError: permanent). Either way the
// refusal costs a few bytes of response and no allocation that depends on what
// the peer claims to send.

// Defaults of Limits.
const (
	DefaultRate              = 100  // streams per second per (peer, protocol)
	DefaultBurst             = 200  // bucket size per (peer, protocol)
	DefaultMaxStreamsPerPeer = 32   // concurrent inbound streams per peer
	DefaultMaxStreams        = 1024 // concurrent inbound streams in total
	DefaultMaxTrackedPeers   = 8192 // peers whose buckets are remembered at once
)

// refuseTimeout bounds the write of a refusal.
const refuseTimeout = 2 * time.Second

var (
	// ErrBusy is returned by Request when the remote host refused the stream for
	// its resource limits (too many concurrent streams, rate limit). It is not a
	// *RemoteError: callers treat it as transient and retry later.
	ErrBusy = errors.New("p2p: remote busy")
	// ErrNotAdmitted is wrapped in the error message of a stream refused by the
	// protocol's admission check (the peer is not a member of the group).
	ErrNotAdmitted = errors.New("p2p: peer not admitted")
)

// Limits bounds what peers may ask of a Host. The zero value means the defaults;
// a negative field means "no limit" for that field.
type Limits struct {
	// Rate is the number of inbound streams a peer may open per second on one
	// protocol (token bucket refill rate); DefaultRate if 0.
	Rate float64
	// Burst is the bucket size: streams a peer may open at once on one protocol
	// after being idle; DefaultBurst if 0.
	Burst int
	// Protocols overrides Rate and Burst per protocol (zero fields inherit).
	Protocols map[protocol.ID]RateLimit
	// MaxStreamsPerPeer caps one peer's concurrent inbound streams over all
	// protocols; DefaultMaxStreamsPerPeer if 0.
	MaxStreamsPerPeer int
	// MaxStreams caps concurrent inbound streams in total; DefaultMaxStreams if 0.
	MaxStreams int
	// MaxTrackedPeers bounds the peers whose state is kept; past it, streams of
	// new peers are refused until idle peers are forgotten. DefaultMaxTrackedPeers
	// if 0.
	MaxTrackedPeers int
}

// RateLimit is a per-protocol override of Limits.Rate and Limits.Burst.
type RateLimit struct {
	Rate  float64
	Burst int
}

// withDefaults returns l with zero fields set to the defaults.
func (l Limits) withDefaults() Limits {
	if l.Rate == 0 {
		l.Rate = DefaultRate
	}
	if l.Burst == 0 {
		l.Burst = DefaultBurst
	}
	if l.MaxStreamsPerPeer == 0 {
		l.MaxStreamsPerPeer = DefaultMaxStreamsPerPeer
	}
	if l.MaxStreams == 0 {
		l.MaxStreams = DefaultMaxStreams
	}
	if l.MaxTrackedPeers == 0 {
		l.MaxTrackedPeers = DefaultMaxTrackedPeers
	}
	return l
}

func (l *Limits) rate(proto protocol.ID) (float64, int) {
	r, b := l.Rate, l.Burst
	if o, ok := l.Protocols[proto]; ok {
		if o.Rate != 0 {
			r = o.Rate
		}
		if o.Burst != 0 {
			b = o.Burst
		}
	}
	return r, b
}

// limiter enforces Limits. It is safe for concurrent use; its memory is bounded
// by MaxTrackedPeers × the number of protocols.
type limiter struct {
	lim Limits
	now func() time.Time

	mu    sync.Mutex
	total int
	peers map[peer.ID]*peerState
}

type peerState struct {
	active  int
	buckets map[protocol.ID]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newLimiter(l Limits) *limiter {
	return &limiter{lim: l.withDefaults(), now: time.Now, peers: map[peer.ID]*peerState{}}
}

// acquire admits one inbound stream of proto from id, or says why not (an error
// wrapping ErrBusy). release must be called once the stream is done.
func (l *limiter) acquire(id peer.ID, proto protocol.ID) (release func(), err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if l.lim.MaxStreams > 0 && l.total >= l.lim.MaxStreams {
		return nil, fmt.Errorf("%w: %d concurrent streams in total", ErrBusy, l.total)
	}
	ps := l.peers[id]
	if ps == nil {
		if l.lim.MaxTrackedPeers > 0 && len(l.peers) >= l.lim.MaxTrackedPeers {
			l.forgetIdle(now)
			if len(l.peers) >= l.lim.MaxTrackedPeers {
				return nil, fmt.Errorf("%w: %d peers active", ErrBusy, len(l.peers))
			}
		}
		ps = &peerState{buckets: map[protocol.ID]*bucket{}}
		l.peers[id] = ps
	}
	if l.lim.MaxStreamsPerPeer > 0 && ps.active >= l.lim.MaxStreamsPerPeer {
		return nil, fmt.Errorf("%w: %d concurrent streams from this peer", ErrBusy, ps.active)
	}
	if rate, burst := l.lim.rate(proto); rate > 0 && burst > 0 {
		b := ps.buckets[proto]
		if b == nil {
			b = &bucket{tokens: float64(burst), at: now}
			ps.buckets[proto] = b
		}
		b.tokens = min(float64(burst), b.tokens+now.Sub(b.at).Seconds()*rate)
		b.at = now
		if b.tokens < 1 {
			return nil, fmt.Errorf("%w: rate limit of %g streams/s on %s", ErrBusy, rate, proto)
		}
		b.tokens--
	}
	ps.active++
	l.total++
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			defer l.mu.Unlock()
			ps.active--
			l.total--
		})
	}, nil
}

// forgetIdle drops the state of peers with no active stream whose buckets have
// refilled: forgetting them changes nothing.
func (l *limiter) forgetIdle(now time.Time) {
	for id, ps := range l.peers {
		if ps.active > 0 {
			continue
		}
		full := true
		for proto, b := range ps.buckets {
			rate, burst := l.lim.rate(proto)
			if b.tokens+now.Sub(b.at).Seconds()*rate < float64(burst) {
				full = false
				break
			}
		}
		if full {
			delete(l.peers, id)
		}
	}
}

// tracked returns the number of peers whose state is kept (for tests).
func (l *limiter) tracked() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.peers)
}

// AdmitFunc decides whether a peer may use a protocol. It is called for every
// inbound stream of the protocol before its payload is read, so it must be cheap
// and must not block for long (a lookup in the node's view of the group). A
// non-nil error refuses the stream; its message is sent to the peer.
type AdmitFunc func(proto protocol.ID, from Peer) error

// MembersOnly returns an admission check for Host.Restrict that admits the peers
// whose account isMember reports (for instance: a keeper of some group this node
// serves, for ProtoAgreement and ProtoRecord). isMember is called for every
// inbound stream of the protocol and must be cheap.
func MembersOnly(isMember func(common.Address) bool) func(from Peer) error {
	return func(from Peer) error {
		if !isMember(from.Address) {
			return fmt.Errorf("%s is not a member of any group served here", from.Address)
		}
		return nil
	}
}
