package discovery

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/upkeeping"
)

type node struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	id   peer.ID
	dir  *Registry
}

// Nodes announce their endpoints in the registry and find each other's: an
// announcement is sent only when it changes; an endpoint naming another account's
// peer id is ignored; the resolver adds each peer once, and again when its
// endpoints change.
func TestRegistryDirectory(t *testing.T) {
	ctx := context.Background()
	var nodes []*node
	alloc := types.GenesisAlloc{}
	for range 3 {
		k, _ := gethcrypto.GenerateKey()
		id, _ := p2p.PeerID(&k.PublicKey)
		n := &node{key: k, addr: gethcrypto.PubkeyToAddress(k.PublicKey), id: id}
		alloc[n.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))}
		nodes = append(nodes, n)
	}
	sim, err := chain.NewSim(chain.SimOptions{Alloc: alloc, BlockPeriod: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	c := sim.Client()
	reg, tx, err := upkeeping.DeployRegistry(ctx, c, bind.NewKeyedTransactor(nodes[0].key, big.NewInt(chain.SimulatedChainID)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reg.Wait(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		sender := txmgr.New(c, n.addr, bind.NewKeyedTransactor(n.key, big.NewInt(chain.SimulatedChainID)).Signer, txmgr.Options{Poll: 20 * time.Millisecond})
		n.dir = NewRegistry(reg, sender)
	}
	ep := func(n *node, port int) []string {
		return Endpoints([]string{"/ip4/127.0.0.1/tcp/" + itoa(port)}, nil, n.id)
	}
	for i, n := range nodes[:2] {
		changed, err := n.dir.Announce(ctx, ep(n, 4000+i))
		if err != nil || !changed {
			t.Fatalf("announce %d: %v %v", i, changed, err)
		}
		if changed, err := n.dir.Announce(ctx, ep(n, 4000+i)); err != nil || changed {
			t.Fatalf("announcing the same endpoints again sent a transaction (%v, %v)", changed, err)
		}
	}
	// Node 2 announces node 0's peer id: ignored.
	if _, err := nodes[2].dir.Announce(ctx, ep(nodes[0], 4999)); err != nil {
		t.Fatal(err)
	}
	accounts := []common.Address{nodes[0].addr, nodes[1].addr, nodes[2].addr}
	got, err := nodes[2].dir.Lookup(ctx, accounts)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[nodes[0].addr].ID != nodes[0].id || got[nodes[1].addr].Addrs[0].String() != "/ip4/127.0.0.1/tcp/4001" {
		t.Fatalf("lookup: %+v", got)
	}
	var added []peer.AddrInfo
	r := NewResolver(nodes[2].dir, func(context.Context) []common.Address { return accounts }, func(i peer.AddrInfo) error {
		added = append(added, i)
		return nil
	}, nil)
	if n, err := r.Resolve(ctx); err != nil || n != 2 {
		t.Fatalf("first resolve: %d, %v", n, err)
	}
	if n, _ := r.Resolve(ctx); n != 0 {
		t.Fatalf("second resolve added %d peers again", n)
	}
	if _, err := nodes[1].dir.Announce(ctx, ep(nodes[1], 5001)); err != nil {
		t.Fatal(err)
	}
	if n, _ := r.Resolve(ctx); n != 1 || added[len(added)-1].Addrs[0].String() != "/ip4/127.0.0.1/tcp/5001" {
		t.Fatalf("a moved peer: %d added, last %+v", n, added[len(added)-1])
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }
