package p2p

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	ma "github.com/multiformats/go-multiaddr"
)

// fakeClock is a settable clock for the limiter.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func TestLimiterTokenBucket(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	l := newLimiter(Limits{Rate: 2, Burst: 3, MaxStreamsPerPeer: -1, MaxStreams: -1,
		Protocols: map[protocol.ID]RateLimit{ProtoAgreement: {Rate: 10, Burst: 1}}})
	l.now = clk.now
	a, b := peer.ID("a"), peer.ID("b")
	take := func(id peer.ID, proto protocol.ID) error {
		rel, err := l.acquire(id, proto)
		if err == nil {
			rel()
		}
		return err
	}
	for i := range 3 {
		if err := take(a, ProtoRecord); err != nil {
			t.Fatalf("burst stream %d refused: %v", i, err)
		}
	}
	if err := take(a, ProtoRecord); !errors.Is(err, ErrBusy) {
		t.Fatalf("4th stream of a burst of 3: err = %v, want ErrBusy", err)
	}
	// Buckets are per peer and per protocol.
	if err := take(b, ProtoRecord); err != nil {
		t.Fatalf("another peer throttled: %v", err)
	}
	if err := take(a, ProtoChallenge); err != nil {
		t.Fatalf("another protocol throttled: %v", err)
	}
	// Refill at Rate: half a second gives one token, not two.
	clk.t = clk.t.Add(500 * time.Millisecond)
	if err := take(a, ProtoRecord); err != nil {
		t.Fatalf("after refill: %v", err)
	}
	if err := take(a, ProtoRecord); !errors.Is(err, ErrBusy) {
		t.Fatalf("refilled more than the rate: %v", err)
	}
	// A long pause refills up to Burst only.
	clk.t = clk.t.Add(time.Hour)
	for range 3 {
		if err := take(a, ProtoRecord); err != nil {
			t.Fatal(err)
		}
	}
	if err := take(a, ProtoRecord); !errors.Is(err, ErrBusy) {
		t.Fatal("bucket grew above Burst")
	}
	// Per-protocol override.
	if err := take(a, ProtoAgreement); err != nil {
		t.Fatal(err)
	}
	if err := take(a, ProtoAgreement); !errors.Is(err, ErrBusy) {
		t.Fatal("override burst 1 not applied")
	}
	clk.t = clk.t.Add(100 * time.Millisecond)
	if err := take(a, ProtoAgreement); err != nil {
		t.Fatalf("override rate 10/s not applied: %v", err)
	}
}

func TestLimiterConcurrencyCaps(t *testing.T) {
	l := newLimiter(Limits{Rate: -1, MaxStreamsPerPeer: 2, MaxStreams: 3})
	var rels []func()
	for _, id := range []peer.ID{"a", "a"} {
		rel, err := l.acquire(id, ProtoRecord)
		if err != nil {
			t.Fatal(err)
		}
		rels = append(rels, rel)
	}
	if _, err := l.acquire("a", ProtoChallenge); !errors.Is(err, ErrBusy) {
		t.Fatalf("3rd concurrent stream of one peer: %v", err)
	}
	rel, err := l.acquire("b", ProtoRecord)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.acquire("c", ProtoRecord); !errors.Is(err, ErrBusy) {
		t.Fatalf("4th stream in total: %v", err)
	}
	rel()
	rel() // releasing twice counts once
	if _, err := l.acquire("c", ProtoRecord); err != nil {
		t.Fatalf("after a release: %v", err)
	}
	// a: 2, c: 1 — the total cap is reached again.
	if _, err := l.acquire("d", ProtoRecord); !errors.Is(err, ErrBusy) {
		t.Fatalf("total cap after re-acquiring: %v", err)
	}
	rels[0]()
	if _, err := l.acquire("a", ProtoRecord); err != nil {
		t.Fatalf("a released a stream: %v", err)
	}
}

func TestLimiterForgetsIdlePeers(t *testing.T) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	l := newLimiter(Limits{Rate: 10, Burst: 5, MaxTrackedPeers: 100})
	l.now = clk.now
	for i := range 100 {
		rel, err := l.acquire(peer.ID(fmt.Sprint(i)), ProtoRecord)
		if err != nil {
			t.Fatal(err)
		}
		rel()
	}
	// Full, and no bucket has refilled yet: a new peer waits.
	if _, err := l.acquire("new", ProtoRecord); !errors.Is(err, ErrBusy) {
		t.Fatalf("101st peer: %v", err)
	}
	clk.t = clk.t.Add(time.Second) // every bucket refilled: idle peers are forgotten
	if rel, err := l.acquire("new", ProtoRecord); err != nil {
		t.Fatal(err)
	} else {
		defer rel()
	}
	if n := l.tracked(); n != 1 {
		t.Fatalf("%d peers tracked after forgetting the idle ones, want 1", n)
	}
}

// limitedHost starts a host with lim.
func limitedHost(t *testing.T, lim Limits) *Host {
	t.Helper()
	k, err := gethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Key: k, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, Limits: lim, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// rawFrameHeader opens a raw stream of proto to srv and writes only a frame header
// declaring n bytes and one byte of body. It returns a function that resets the
// stream and a channel closed once the host answers the stream (a refusal) or
// resets it — a stream the host admitted and waits on stays unanswered.
func rawFrameHeader(ctx context.Context, from *Host, to peer.ID, proto protocol.ID, n uint32) (func(), <-chan struct{}, error) {
	s, err := from.Libp2p().NewStream(ctx, to, proto)
	if err != nil {
		return nil, nil, err
	}
	hdr := binary.BigEndian.AppendUint32(nil, n)
	if _, err := s.Write(append(hdr, 0)); err != nil {
		s.Reset()
		return nil, nil, err
	}
	answered := make(chan struct{})
	go func() {
		defer close(answered)
		var b [64]byte
		_, _ = s.Read(b[:]) // returns with the host's answer, its reset, or ours
	}()
	return func() { s.Reset() }, answered, nil
}

// TestFloodingPeerThrottled: a peer that floods a host with concurrent and rapid
// requests and oversized frames is refused (busy, too large) while an honest peer's
// requests, made during the flood, all succeed within their deadlines; the
// handler never runs more of the flooder's requests at once than the per-peer cap.
func TestFloodingPeerThrottled(t *testing.T) {
	const perPeer = 4
	srv := limitedHost(t, Limits{Rate: 50, Burst: 20, MaxStreamsPerPeer: perPeer, MaxStreams: 64})
	flooder, honest := newHost(t), newHost(t)
	var mu sync.Mutex
	active, maxActive := map[peer.ID]int{}, map[peer.ID]int{}
	srv.Handle(ProtoRecord, 1024, 0, func(ctx context.Context, from Peer, req []byte) ([]byte, error) {
		mu.Lock()
		active[from.ID]++
		maxActive[from.ID] = max(maxActive[from.ID], active[from.ID])
		mu.Unlock()
		time.Sleep(20 * time.Millisecond) // some work
		mu.Lock()
		active[from.ID]--
		mu.Unlock()
		return req, nil
	})
	info := connectInfo(t, srv, "/tcp/")
	flooder.AddPeer(info)
	honest.AddPeer(info)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var busy, tooLarge, okN, other atomic.Int64
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 16 { // 16 concurrent flooding loops
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				req := []byte("flood")
				if i%5 == 0 {
					req = make([]byte, 4096) // oversized for the 1024-byte limit
				}
				rctx, c := context.WithTimeout(ctx, 5*time.Second)
				_, err := flooder.Request(rctx, srv.ID(), ProtoRecord, req, 1024)
				c()
				switch {
				case err == nil:
					okN.Add(1)
				case errors.Is(err, ErrBusy):
					busy.Add(1)
				case errors.Is(err, ErrRemote) && strings.Contains(err.Error(), "too large"):
					tooLarge.Add(1)
				default:
					other.Add(1)
				}
			}
		}()
	}
	// The honest peer makes 20 requests during the flood, at a modest pace.
	time.Sleep(200 * time.Millisecond)
	for i := range 20 {
		rctx, c := context.WithTimeout(ctx, 5*time.Second)
		resp, err := honest.Request(rctx, srv.ID(), ProtoRecord, []byte(fmt.Sprint("honest ", i)), 1024)
		c()
		if err != nil {
			t.Fatalf("honest request %d during the flood: %v", i, err)
		}
		if string(resp) != fmt.Sprint("honest ", i) {
			t.Fatalf("honest response %q", resp)
		}
		time.Sleep(30 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	t.Logf("flooder: %d served, %d busy, %d too large, %d other errors; host stats %+v", okN.Load(), busy.Load(), tooLarge.Load(), other.Load(), srv.Stats())
	if busy.Load() == 0 || srv.Stats().Busy == 0 {
		t.Fatal("the flooder was never throttled")
	}
	if tooLarge.Load() == 0 {
		t.Fatal("no oversized frame was refused")
	}
	mu.Lock()
	defer mu.Unlock()
	if m := maxActive[flooder.ID()]; m > perPeer {
		t.Fatalf("%d of the flooder's requests ran at once, cap %d", m, perPeer)
	}
}

// TestStalledFramesBoundedMemory: a peer opening many streams that each declare a
// large request and send one byte of it (slowloris) holds at most its per-peer
// cap of streams, and the host's memory does not grow with what is declared.
func TestStalledFramesBoundedMemory(t *testing.T) {
	const perPeer, streams, declared = 8, 200, 8 << 20
	srv := limitedHost(t, Limits{MaxStreamsPerPeer: perPeer, MaxStreams: 64})
	var entered atomic.Int64
	// The admitted streams' read deadline outlasts the wait below: none of them may
	// time out and free its slot (a later stream would then be admitted, not
	// refused) however slowly a loaded machine opens the 200 streams.
	srv.Handle(ProtoUpload, 16<<20, 2*time.Minute, func(ctx context.Context, from Peer, req []byte) ([]byte, error) {
		entered.Add(1)
		return nil, nil
	})
	// The client turns off its own resource manager, which would not let it open
	// that many streams to one peer.
	ck, _ := gethcrypto.GenerateKey()
	cli, err := New(Config{Key: ck, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, NoResourceManager: true})
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	cli.AddPeer(connectInfo(t, srv, "/tcp/"))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := cli.Connect(ctx, peer.AddrInfo{ID: srv.ID()}); err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var closers []func()
	var refused atomic.Int64
	for range streams {
		c, answered, err := rawFrameHeader(ctx, cli, srv.ID(), ProtoUpload, declared)
		if err != nil {
			t.Fatal(err)
		}
		closers = append(closers, c)
		go func() {
			<-answered
			refused.Add(1)
		}()
	}
	// Wait until the host has turned away the streams beyond the cap: answered
	// "busy" by its limiter or, on a loaded machine, reset by libp2p before the
	// limiter saw them (both free the stream; the client sees either as an answer).
	for deadline := time.Now().Add(90 * time.Second); refused.Load() < streams-perPeer && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	growth := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	got := refused.Load() // before our own resets below
	t.Logf("%d stalled streams declaring %d MiB each: %d turned away (%d answered busy by the limiter), heap growth %d KiB", streams, declared>>20, got, srv.Stats().Busy, growth>>10)
	if got < streams-perPeer {
		t.Fatalf("%d streams turned away, want at least %d (cap %d per peer)", got, streams-perPeer, perPeer)
	}
	if srv.Stats().Busy == 0 {
		t.Fatal("the limiter refused none of the streams")
	}
	// Declared: 200 × 8 MiB = 1.6 GiB; even the 8 admitted streams would hold
	// 64 MiB if the body were allocated from the header. The bound is generous
	// above what arrives (a byte per stream, a 64 KiB first chunk per admitted
	// stream, libp2p's buffers).
	if growth > 16<<20 {
		t.Fatalf("heap grew by %d MiB while streams stalled", growth>>20)
	}
	if entered.Load() != 0 {
		t.Fatal("a handler ran on a stalled request")
	}
	for _, c := range closers {
		c()
	}
}

// TestRestrictRefusesBeforeReading: a protocol restricted to a group refuses a
// non-member's stream without reading its payload (the refusal arrives although
// the declared body is never sent) and without calling the handler; members are
// served.
func TestRestrictRefusesBeforeReading(t *testing.T) {
	srv := limitedHost(t, Limits{})
	member, stranger := newHost(t), newHost(t)
	var calls atomic.Int64
	srv.Handle(ProtoAgreement, 1<<20, 0, func(ctx context.Context, from Peer, req []byte) ([]byte, error) {
		calls.Add(1)
		return []byte("ok"), nil
	})
	srv.Restrict(ProtoAgreement, MembersOnly(func(a common.Address) bool { return a == member.Address() }))
	info := connectInfo(t, srv, "/tcp/")
	member.AddPeer(info)
	stranger.AddPeer(info)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if resp, err := member.Request(ctx, srv.ID(), ProtoAgreement, []byte("hi"), 16); err != nil || string(resp) != "ok" {
		t.Fatalf("member: %q, %v", resp, err)
	}
	_, err := stranger.Request(ctx, srv.ID(), ProtoAgreement, []byte("hi"), 16)
	if !errors.Is(err, ErrRemote) || !strings.Contains(err.Error(), ErrNotAdmitted.Error()) {
		t.Fatalf("stranger: err = %v, want a refusal naming ErrNotAdmitted", err)
	}
	// A header declaring 1 MiB and no body: the refusal comes back at once.
	s, err := stranger.Libp2p().NewStream(ctx, srv.ID(), ProtoAgreement)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Reset()
	s.Write(binary.BigEndian.AppendUint32(nil, 1<<20))
	s.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err := ReadFrame(s, MaxErrorLen+1)
	if err != nil {
		t.Fatalf("no refusal while the payload is pending: %v", err)
	}
	if _, err := DecodeResponse(resp); !strings.Contains(fmt.Sprint(err), ErrNotAdmitted.Error()) {
		t.Fatalf("refusal = %v", err)
	}
	if calls.Load() != 1 {
		t.Fatalf("handler called %d times, want 1 (the member)", calls.Load())
	}
	if srv.Stats().NotAdmitted != 2 {
		t.Fatalf("stats %+v", srv.Stats())
	}
	// Removing the restriction serves everyone.
	srv.Restrict(ProtoAgreement, nil)
	if _, err := stranger.Request(ctx, srv.ID(), ProtoAgreement, []byte("hi"), 16); err != nil {
		t.Fatal(err)
	}
}

// TestConfigAdmitAndHandleStream: Config.Admit applies to every protocol,
// HandleStream included.
func TestConfigAdmitAndHandleStream(t *testing.T) {
	k, _ := gethcrypto.GenerateKey()
	allowed := newHost(t)
	srv, err := New(Config{Key: k, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, Admit: func(proto protocol.ID, from Peer) error {
		if proto == ProtoUpload && from.Address != allowed.Address() {
			return errors.New("uploads from known users only")
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	var served atomic.Int64
	srv.HandleStream(ProtoUpload, func(from Peer, s network.Stream) {
		defer s.Close()
		served.Add(1)
		req, err := ReadFrame(s, 100)
		if err != nil {
			s.Reset()
			return
		}
		WriteFrame(s, EncodeOK(req))
	})
	srv.Handle(ProtoOrder, 100, 0, echoHandler)
	stranger := newHost(t)
	info := connectInfo(t, srv, "/tcp/")
	allowed.AddPeer(info)
	stranger.AddPeer(info)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if resp, err := allowed.Request(ctx, srv.ID(), ProtoUpload, []byte("piece"), 100); err != nil || string(resp) != "piece" {
		t.Fatalf("allowed upload: %q %v", resp, err)
	}
	if _, err := stranger.Request(ctx, srv.ID(), ProtoUpload, []byte("piece"), 100); !errors.Is(err, ErrRemote) || !strings.Contains(err.Error(), "known users only") {
		t.Fatalf("stranger upload: %v", err)
	}
	if _, err := stranger.Request(ctx, srv.ID(), ProtoOrder, []byte("order"), 100); err != nil {
		t.Fatalf("unrestricted protocol: %v", err)
	}
	if served.Load() != 1 {
		t.Fatalf("stream handler ran %d times, want 1", served.Load())
	}
}

// denyGater refuses secured connections from one peer.
type denyGater struct{ deny peer.ID }

func (g denyGater) InterceptPeerDial(peer.ID) bool                                  { return true }
func (g denyGater) InterceptAddrDial(peer.ID, ma.Multiaddr) bool                    { return true }
func (g denyGater) InterceptAccept(network.ConnMultiaddrs) bool                     { return true }
func (g denyGater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }
func (g denyGater) InterceptSecured(_ network.Direction, id peer.ID, _ network.ConnMultiaddrs) bool {
	return id != g.deny
}

// TestConnectionGater: Config.ConnectionGater refuses whole connections.
func TestConnectionGater(t *testing.T) {
	denied, allowed := newHost(t), newHost(t)
	k, _ := gethcrypto.GenerateKey()
	srv, err := New(Config{Key: k, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, ConnectionGater: denyGater{deny: denied.ID()}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	srv.Handle(ProtoOrder, 100, 0, echoHandler)
	info := connectInfo(t, srv, "/tcp/")
	denied.AddPeer(info)
	allowed.AddPeer(info)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := allowed.Request(ctx, srv.ID(), ProtoOrder, []byte("x"), 100); err != nil {
		t.Fatal(err)
	}
	if _, err := denied.Request(ctx, srv.ID(), ProtoOrder, []byte("x"), 100); err == nil {
		t.Fatal("a gated peer was served")
	}
}
