package challenger

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/client"
	"github.com/whitepay/whitepay/internal/p2p"
)

func holds(t *testing.T, k *keepNode, p *provNode, so *challenge.SignedOrder) bool {
	_, missing, err := k.svc.Store().OrdersByID(so.Contract, p.addr, [][32]byte{so.ID(chainID)})
	if err != nil {
		t.Fatal(err)
	}
	return len(missing) == 0
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out: %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// An order a user hands one keeper reaches the others by gossip.
func TestOrderGossip(t *testing.T) {
	n := newNet(t, 1, 3)
	p := n.provs[0]
	so := n.store(p, piece(1, 9000), n.keeps[0])
	for _, k := range n.keeps[1:] {
		waitUntil(t, "gossip to "+k.addr.Hex(), func() bool { return holds(t, k, p, so) })
	}
}

// A keeper that was down during an upload learns the order at its next
// reconciliation — from the provider alone, or from another keeper — and then
// counts the space in its challenges (issue 13 finding 3).
func TestReconcileAfterDowntime(t *testing.T) {
	n := newNet(t, 1, 3)
	n.commit(finality + 2)
	p := n.provs[0]
	down := n.keeps[2]
	down.stop()
	so := n.store(p, piece(2, 20000), n.keeps[0]) // gossip reaches keeper 1, not the stopped keeper 2
	waitUntil(t, "gossip to keeper 1", func() bool { return holds(t, n.keeps[1], p, so) })

	// Only the provider knows a second order (the user told no keeper).
	data := piece(3, 9000)
	id, _ := challenge.Commit(strings.NewReader(string(data)))
	so2, _ := challenge.SignOrder(chainID, challenge.Order{Contract: n.contract, Provider: p.addr, Root: id.Root, Size: id.Size, StartBlock: 1, EndBlock: 10000}, n.user)
	user := host(t, key(t))
	user.AddPeer(peer.AddrInfo{ID: p.host.ID(), Addrs: p.host.Libp2p().Addrs()})
	if _, err := client.Upload(ctx(t), user, p.host.ID(), chainID, so2, strings.NewReader(string(data)), client.UploadOptions{}); err != nil {
		t.Fatal(err)
	}

	n.startKeeper(down) // same data directory
	if holds(t, down, p, so) || holds(t, down, p, so2) {
		t.Fatal("the restarted keeper holds orders it was never given")
	}
	res, err := down.svc.ReconcileWith(ctx(t), n.contract, p.addr, n.keeps[0].addr)
	if err != nil || res.Same || res.Missing != 1 || res.Added != 1 {
		t.Fatalf("reconcile with keeper 0: %+v, %v", res, err)
	}
	res, err = down.svc.ReconcileWith(ctx(t), n.contract, p.addr, p.addr)
	if err != nil || res.Missing != 1 || res.Added != 1 {
		t.Fatalf("reconcile with the provider: %+v, %v", res, err)
	}
	if !holds(t, down, p, so) || !holds(t, down, p, so2) {
		t.Fatal("orders not learned")
	}
	if res, _ := down.svc.ReconcileWith(ctx(t), n.contract, p.addr, p.addr); !res.Same {
		t.Fatalf("after reconciling, the digests still differ: %+v", res)
	}
	// Its next challenge counts both pieces: the full size is proven.
	n.commit(1)
	r, err := down.svc.ChallengeProvider(ctx(t), n.contract, p.addr)
	if err != nil || r == nil || r.Result != challenge.ResultOK || r.Space.Uint64() != so.Size+so2.Size {
		t.Fatalf("challenge after reconciling: %+v, %v (want space %d)", r, err, so.Size+so2.Size)
	}
}

// A record naming an order the receiver lacks makes it fetch the order from the
// sender and accept the record in the same exchange.
func TestRecordFetchesUnknownOrder(t *testing.T) {
	n := newNet(t, 1, 2)
	n.commit(finality + 2)
	p := n.provs[0]
	k0, k1 := n.keeps[0], n.keeps[1]
	k1.stop()
	so := n.store(p, piece(4, 12000), k0)
	n.startKeeper(k1)
	if holds(t, k1, p, so) {
		t.Fatal("keeper 1 holds the order already")
	}
	n.commit(1)
	if _, err := k0.svc.ChallengeProvider(ctx(t), n.contract, p.addr); err != nil {
		t.Fatal(err)
	}
	k0.svc.SyncOutbox(ctx(t))
	if !holds(t, k1, p, so) || n.countRecords(k1, p) != 1 {
		t.Fatalf("keeper 1: order held %v, %d records; want the order fetched and the record accepted", holds(t, k1, p, so), n.countRecords(k1, p))
	}
}

// The provider answers order reconciliation for the contract's keepers only.
func TestProviderOrdersForKeepersOnly(t *testing.T) {
	n := newNet(t, 1, 1)
	p := n.provs[0]
	n.store(p, piece(5, 5000))
	stranger := host(t, key(t))
	stranger.AddPeer(peer.AddrInfo{ID: p.host.ID(), Addrs: p.host.Libp2p().Addrs()})
	_, _, err := client.OrdersDigest(ctx(t), stranger, p.host.ID(), n.contract, p.addr, 0)
	if !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "not a keeper") {
		t.Fatalf("a stranger's reconciliation: %v", err)
	}
	if c, _, err := client.OrdersDigest(ctx(t), n.keeps[0].host, p.host.ID(), n.contract, p.addr, 0); err != nil || c != 1 {
		t.Fatalf("keeper's digest request: %d orders, %v", c, err)
	}
}
