package payer

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

func testPropose(contract common.Address, te uint64, st int64) *wire.Propose {
	return &wire.Propose{
		Header:       wire.Header{ChainID: big.NewInt(1337), Contract: contract, Te: te, Leader: 1, Attempt: 0, Sender: 1},
		FailedBitmap: new(big.Int),
		Entries:      []report.Entry{{Provider: 0, Ts: 10, St: big.NewInt(st)}},
		Vectors:      [][]*big.Int{{big.NewInt(st)}},
		Obs:          []wire.ObsRef{{Sender: 0, Vector: 0}, {Sender: 1, Vector: 0}}, Aggs: make([][wire.SigSize]byte, 1),
	}
}

func TestProposalsTap(t *testing.T) {
	c, other := common.Address{1}, common.Address{2}
	member := common.Address{7}
	ps := NewProposals()
	tap := ps.Tap(func(cc, a common.Address) bool { return cc == c && a == member })
	p := testPropose(c, 20, 100)
	raw := wire.Encode(p)
	digest := p.Report().Digest()

	tap(c, common.Address{9}, raw, false) // from a non-member: ignored
	if got := ps.Get(c, digest); len(got) != 0 {
		t.Fatalf("kept a non-member's propose: %d", len(got))
	}
	tap(c, member, wire.Encode(&wire.Echo{Header: p.Header}), false) // not a propose
	tap(c, member, []byte{1, 2, 3}, false)                           // garbage
	tap(c, common.Address{9}, raw, true)                             // sent by this keeper (leader)
	tap(c, member, raw, false)                                       // the same again: kept once
	got := ps.Get(c, digest)
	if len(got) != 1 || !bytes.Equal(got[0], raw) {
		t.Fatalf("kept %d proposes", len(got))
	}
	// A relayed propose, and one for another contract routed under c.
	p2 := testPropose(c, 30, 5)
	tap(c, member, wire.Encode(&wire.ProposeForward{Header: p2.Header, Propose: wire.Encode(p2)}), false)
	if got := ps.Get(c, p2.Report().Digest()); len(got) != 1 || !bytes.Equal(got[0], wire.Encode(p2)) {
		t.Fatal("relayed propose not kept")
	}
	p3 := testPropose(other, 20, 100)
	tap(c, member, wire.Encode(p3), false)
	if len(ps.Get(c, p3.Report().Digest()))+len(ps.Get(other, p3.Report().Digest())) != 0 {
		t.Fatal("kept a propose of another contract")
	}
	// Bounds: distinct proposes of one report, and reports per contract.
	for i := range MaxProposalsPerReport + 3 {
		q := testPropose(c, 20, 100)
		q.LeaderSig[0] = byte(i + 1)
		ps.Put(c, digest, wire.Encode(q))
	}
	if n := len(ps.Get(c, digest)); n != MaxProposalsPerReport {
		t.Fatalf("%d proposes of one report kept", n)
	}
	for i := range MaxProposalReports {
		ps.Put(c, [32]byte{byte(i), byte(i >> 8), 0xff}, []byte{1})
	}
	if len(ps.Get(c, digest)) != 0 || len(ps.Get(c, [32]byte{0xff, 0x0f, 0xff})) != 1 {
		t.Fatal("oldest reports not dropped first")
	}
	var nilBook *Proposals
	nilBook.Put(c, digest, raw)
	nilBook.Saw(c, raw)
	if nilBook.Get(c, digest) != nil {
		t.Fatal("nil book")
	}
}
