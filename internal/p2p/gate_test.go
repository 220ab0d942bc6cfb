package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/protocol"
)

const protoEcho protocol.ID = "/whitepay/test-echo/1"

// served counts the echo requests each host served, by (server, requester).
var served = struct {
	sync.Mutex
	n map[[2]common.Address]int
}{n: map[[2]common.Address]int{}}

func servedBy(server, from common.Address) int {
	served.Lock()
	defer served.Unlock()
	return served.n[[2]common.Address{server, from}]
}

// echoHosts starts n connected hosts (TCP and QUIC) that answer protoEcho with
// "<their address>:<request>" and know each other's endpoints.
func echoHosts(t *testing.T, n int) []*Host {
	t.Helper()
	hs := make([]*Host, n)
	for i := range hs {
		hs[i] = newHost(t)
		h := hs[i]
		h.Handle(protoEcho, 1024, 0, func(_ context.Context, from Peer, req []byte) ([]byte, error) {
			served.Lock()
			served.n[[2]common.Address{h.Address(), from.Address}]++
			served.Unlock()
			return fmt.Appendf(nil, "%s:%s", h.Address().Hex(), req), nil
		})
	}
	for i, a := range hs {
		for j, b := range hs {
			if i != j {
				a.AddPeer(connectInfo(t, b, "/tcp/"))
			}
		}
	}
	return hs
}

// echo sends one request from a to b and checks the answer.
func echo(a, b *Host) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	resp, err := a.Request(ctx, b.ID(), protoEcho, []byte("ping"), 1024)
	if err != nil {
		return err
	}
	if want := b.Address().Hex() + ":ping"; string(resp) != want {
		return fmt.Errorf("answer %q, want %q", resp, want)
	}
	return nil
}

// TestCutIsRealPartition proves Host.Cut is a real partition of the transport: one
// host of three is cut off from one other on its own side only (as a keeper is by
// fault injection); no request passes in either direction between them, no
// connection stays open, the third host keeps talking to both, and after Heal
// everything flows again.
func TestCutIsRealPartition(t *testing.T) {
	hs := echoHosts(t, 3)
	a, b, c := hs[0], hs[1], hs[2]
	pairs := [][2]*Host{{a, b}, {b, a}, {a, c}, {c, a}, {b, c}, {c, b}}
	for _, p := range pairs {
		if err := echo(p[0], p[1]); err != nil {
			t.Fatalf("before the cut: %s → %s: %v", p[0].Address(), p[1].Address(), err)
		}
	}
	if !a.ConnectedTo(b.Address()) {
		t.Fatal("a and b are not connected after exchanging requests")
	}

	aFromB, bFromA := servedBy(a.Address(), b.Address()), servedBy(b.Address(), a.Address())
	closed := a.Cut([]common.Address{b.Address()})
	if closed == 0 {
		t.Error("Cut closed no connection, but a and b were connected")
	}
	if got := a.CutOff(); len(got) != 1 || got[0] != b.Address() {
		t.Fatalf("CutOff = %v, want [%s]", got, b.Address())
	}
	for range 3 { // repeated: every attempt re-dials and must be refused
		err := echo(a, b)
		if err == nil {
			t.Fatal("a → b succeeded while a is cut off from b")
		}
		t.Logf("a → b during the cut: %v", err)
		if err = echo(b, a); err == nil {
			t.Fatal("b → a succeeded while a is cut off from b")
		}
		t.Logf("b → a during the cut: %v", err)
	}
	for i := 0; i < 40 && b.ConnectedTo(a.Address()); i++ {
		time.Sleep(50 * time.Millisecond) // b learns of a refused connection when a closes it
	}
	if a.ConnectedTo(b.Address()) || b.ConnectedTo(a.Address()) {
		t.Error("a and b still have a connection while a is cut off from b")
	}
	if servedBy(a.Address(), b.Address()) != aFromB || servedBy(b.Address(), a.Address()) != bFromA {
		t.Error("a request crossed the cut and reached a handler")
	}
	if a.CutRefused() == 0 {
		t.Error("the gate counted no refused dial or connection")
	}
	// The rest of the network is untouched.
	for _, p := range [][2]*Host{{a, c}, {c, a}, {b, c}, {c, b}} {
		if err := echo(p[0], p[1]); err != nil {
			t.Fatalf("during the cut: %s → %s: %v", p[0].Address(), p[1].Address(), err)
		}
	}

	a.Heal()
	if len(a.CutOff()) != 0 {
		t.Fatalf("CutOff after Heal = %v", a.CutOff())
	}
	var err error
	for range 20 { // b may hold a backoff on its last failed dial of a: retry briefly
		if err = errors.Join(echo(a, b), echo(b, a)); err == nil {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("after Heal: %v", err)
	}
}

// TestCutQUIC checks the cut over QUIC as well (the gate applies to both
// transports): b knows only a's QUIC address.
func TestCutQUIC(t *testing.T) {
	a, b := newHost(t), newHost(t)
	for _, h := range []*Host{a, b} {
		h.Handle(protoEcho, 1024, 0, func(_ context.Context, from Peer, req []byte) ([]byte, error) {
			return fmt.Appendf(nil, "%s:%s", h.Address().Hex(), req), nil
		})
	}
	a.AddPeer(connectInfo(t, b, "/quic-v1"))
	b.AddPeer(connectInfo(t, a, "/quic-v1"))
	if err := echo(b, a); err != nil {
		t.Fatal(err)
	}
	a.Cut([]common.Address{b.Address()})
	if err := echo(b, a); err == nil {
		t.Fatal("b → a over QUIC succeeded while a is cut off from b")
	}
	if err := echo(a, b); err == nil {
		t.Fatal("a → b over QUIC succeeded while a is cut off from b")
	}
	a.Heal()
	var err error
	for range 20 {
		if err = echo(b, a); err == nil {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("after Heal: %v", err)
	}
}
