package payer

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

func TestOutQueueDropsOldest(t *testing.T) {
	q := &outQueue{wake: make(chan struct{}, 1), done: make(chan struct{})}
	dropped := 0
	for i := range 5 {
		if q.push([]byte{byte(i)}, 3) {
			dropped++
		}
	}
	if dropped != 2 {
		t.Fatalf("dropped %d, want 2", dropped)
	}
	for want := byte(2); want < 5; want++ {
		b, ok := q.pop()
		if !ok || b[0] != want {
			t.Fatalf("pop %v %v, want %d", b, ok, want)
		}
	}
	q.close()
	if _, ok := q.pop(); ok {
		t.Fatal("pop after close")
	}
}

func TestContractOf(t *testing.T) {
	contract := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	d := domain.New(1337, contract)
	m := &wire.Echo{Header: wire.Header{ChainID: d.ChainID, Contract: contract, Te: 10, Leader: 1, Sender: 2}}
	b := wire.Encode(m)
	got, err := ContractOf(b)
	if err != nil || got != contract {
		t.Fatalf("ContractOf: %s %v", got, err)
	}
	for _, bad := range [][]byte{nil, {1}, {1, 2, 33}, {1, 2, 1, 5}} {
		if _, err := ContractOf(bad); err == nil {
			t.Fatalf("ContractOf(%x) accepted", bad)
		}
	}
}

// TestTransportLoopback sends messages between two real libp2p hosts: they arrive
// in order with the sender's authenticated account, and a message for a contract
// nobody serves is refused.
func TestTransportLoopback(t *testing.T) {
	mk := func() (*p2p.Host, common.Address) {
		k, err := gethcrypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		h, err := p2p.New(p2p.Config{Key: k, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, TCPOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		return h, gethcrypto.PubkeyToAddress(k.PublicKey)
	}
	ha, addrA := mk()
	hb, addrB := mk()
	ta := NewTransport(ha, 0, nil, nil)
	tb := NewTransport(hb, 0, nil, nil)
	defer ta.Close()
	defer tb.Close()
	contract := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	type got struct {
		from common.Address
		te   uint64
	}
	ch := make(chan got, 16)
	tb.Register(contract, func(from common.Address, payload []byte) bool {
		m, err := wire.Decode(payload)
		if err != nil {
			t.Error(err)
			return true
		}
		ch <- got{from, m.Hdr().Te}
		return true
	})
	if err := ta.AddPeer(peer.AddrInfo{ID: hb.ID(), Addrs: hb.Libp2p().Addrs()}); err != nil {
		t.Fatal(err)
	}
	for te := uint64(1); te <= 5; te++ {
		ta.Send(addrB, wire.Encode(&wire.Echo{Header: wire.Header{ChainID: domain.New(1337, contract).ChainID, Contract: contract, Te: te}}))
	}
	for te := uint64(1); te <= 5; te++ {
		select {
		case g := <-ch:
			if g.from != addrA || g.te != te {
				t.Fatalf("got %+v, want te %d from %s", g, te, addrA)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("message not delivered")
		}
	}
	other := common.HexToAddress("0x0badc0de")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := ha.Request(ctx, hb.ID(), p2p.ProtoAgreement, wire.Encode(&wire.Echo{Header: wire.Header{ChainID: domain.New(1337, other).ChainID, Contract: other, Te: 1}}), 0)
	if err == nil {
		t.Fatal("message for an unserved contract accepted")
	}
}
