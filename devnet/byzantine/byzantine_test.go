package byzantine

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

func TestParseModes(t *testing.T) {
	m, err := ParseModes("equivocate, garbage")
	if err != nil || !m[Equivocate] || !m[Garbage] || len(m) != 2 {
		t.Fatalf("got %v %v", m, err)
	}
	if m, err := ParseModes("all"); err != nil || len(m) != len(AllModes) {
		t.Fatalf("all: %v %v", m, err)
	}
	for _, bad := range []string{"", "nice", "equivocate,nice"} {
		if _, err := ParseModes(bad); !errors.Is(err, ErrMode) {
			t.Fatalf("%q: err %v", bad, err)
		}
	}
}

// TestForgeEquivocates checks that two forged proposals for one instance are
// well-formed wire messages of that instance, signed by the keeper's BLS key, with
// different report digests: exactly the evidence slash() takes.
func TestForgeEquivocates(t *testing.T) {
	sk, err := bls.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	contract := common.HexToAddress("0x1234")
	k := &Keeper{cfg: Config{ChainID: big.NewInt(1337), Contract: contract, BLS: sk}, self: 2, lastI: map[[3]uint64]bool{}}
	k.log = nopLogger()
	in := &instance{te: 120, window: 1, order: []uint32{3, 2, 0, 1}, n: 4, q: 3,
		entries: []wire.Entry{{Provider: 0, Ts: 100}, {Provider: 1, Ts: 100}}}
	for range 2 {
		if err := k.forge(t.Context(), in, 0, 0); err != nil {
			t.Fatal(err)
		}
	}
	if len(k.sent) != 2 || k.Stats().Forged != 2 {
		t.Fatalf("sent %d, stats %+v", len(k.sent), k.Stats())
	}
	var digests [][32]byte
	for _, b := range k.sent {
		m, err := wire.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		p, ok := m.(*wire.Propose)
		if !ok {
			t.Fatalf("forged a %T", m)
		}
		if p.Te != 120 || p.Leader != 2 || p.Sender != 2 || p.Attempt != 0 || p.Contract != contract {
			t.Fatalf("header %+v", p.Header)
		}
		if p.FailedBitmap.Cmp(big.NewInt(1<<3)) != 0 {
			t.Fatalf("failed bitmap %v, want keeper 3 (window 0) failed", p.FailedBitmap)
		}
		if len(p.Obs) != 3 {
			t.Fatalf("%d observations", len(p.Obs))
		}
		d, _, err := wire.ReportDigest(p.Report())
		if err != nil {
			t.Fatal(err)
		}
		sig, err := bls.SignatureFromBytes(append([]byte(nil), p.LeaderSig[:]...))
		if err != nil || !bls.Verify(sk.PublicKey(), d[:], sig) {
			t.Fatalf("leader signature does not verify (%v)", err)
		}
		digests = append(digests, d)
	}
	if digests[0] == digests[1] {
		t.Fatal("two forged proposals with one digest: no equivocation")
	}
}
