package p2p

import (
	"context"
	"fmt"
	"net"
	"testing"
	"time"

	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// A peer that is down when the request starts and listens a moment later is
// reached with WithDialRetry (which also clears the swarm's dial backoff the first,
// failed request left); without it the request fails at once.
func TestDialRetryReachesARestartingPeer(t *testing.T) {
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	key, _ := gethcrypto.GenerateKey()
	id, _ := PeerID(&key.PublicKey)
	addr, _ := ma.NewMultiaddr(fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port))
	a := newHost(t, "/ip4/127.0.0.1/tcp/0")
	a.AddPeer(peer.AddrInfo{ID: id, Addrs: []ma.Multiaddr{addr}})

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := a.Request(ctx, id, "/test/echo", []byte("x"), 16); err == nil {
		t.Fatal("request to a peer that is down succeeded")
	}
	go func() {
		time.Sleep(500 * time.Millisecond)
		b, err := New(Config{Key: key, ListenAddrs: []string{addr.String()}})
		if err != nil {
			t.Error(err)
			return
		}
		t.Cleanup(func() { b.Close() })
		b.Handle("/test/echo", 16, 0, echoHandler)
	}()
	resp, err := a.Request(WithDialRetry(ctx, time.Now().Add(4*time.Second)), id, "/test/echo", []byte("x"), 64)
	if err != nil || len(resp) == 0 {
		t.Fatalf("request with dial retry: %q, %v", resp, err)
	}
}
