package p2p

import (
	"testing"

	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

// FuzzParseEndpoint: endpoints come from configuration files. One that parses
// names a secp256k1 account (its address is AddressOf the peer ID), and its
// canonical form parses to the same peer and address.
func FuzzParseEndpoint(f *testing.F) {
	k, err := gethcrypto.ToECDSA(append(make([]byte, 31), 5))
	if err != nil {
		f.Fatal(err)
	}
	id, err := PeerID(&k.PublicKey)
	if err != nil {
		f.Fatal(err)
	}
	fuzzcorpus.Add(f, "/ip4/127.0.0.1/tcp/4001/p2p/"+id.String())
	fuzzcorpus.Add(f, "/ip4/127.0.0.1/udp/4001/quic-v1/p2p/"+id.String())
	fuzzcorpus.Add(f, "/ip6/::1/tcp/1/p2p/"+id.String())
	fuzzcorpus.Add(f, "/ip4/127.0.0.1/tcp/4001")
	fuzzcorpus.Add(f, "/p2p/12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA") // Ed25519: not an account
	f.Fuzz(func(t *testing.T, s string) {
		info, addr, err := ParseEndpoint(s)
		if err != nil {
			return
		}
		a, err := AddressOf(info.ID)
		if err != nil || a != addr {
			t.Fatalf("endpoint address %s, AddressOf = %s, %v", addr, a, err)
		}
		full, err := peer.AddrInfoToP2pAddrs(&info)
		if err != nil || len(full) == 0 {
			return // a bare /p2p/ endpoint has no address to print
		}
		info2, addr2, err := ParseEndpoint(full[0].String())
		if err != nil || info2.ID != info.ID || addr2 != addr {
			t.Fatalf("canonical form %s does not parse back: %v", full[0], err)
		}
	})
}
