package wire

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/fuzzcorpus"
	"github.com/whitepay/whitepay/internal/report"
)

// FuzzVerifyEvidence: equivocation evidence slashes a keeper on chain, so a
// mutated piece of evidence must never verify: anything that verifies against the
// keeper's key names exactly the two reports the keeper signed.
func FuzzVerifyEvidence(f *testing.F) {
	skb := make([]byte, bls.SecretKeySize)
	skb[31] = 9
	sk, err := bls.SecretKeyFromBytes(skb)
	if err != nil {
		f.Fatal(err)
	}
	pk := sk.PublicKey()
	a := &report.Report{ChainID: big.NewInt(1337), Contract: common.HexToAddress("0xc0"), Te: 100, Leader: 2, Attempt: 0, FailedBitmap: big.NewInt(1),
		Entries: []report.Entry{{Provider: 0, Ts: 0, St: big.NewInt(5000)}}}
	b := *a
	b.Entries = []report.Entry{{Provider: 0, Ts: 0, St: big.NewInt(5001)}}
	ab, bb := a.Encode(), b.Encode()
	sign := func(m []byte) (out [SigSize]byte) {
		d := crypto.Keccak256(m)
		copy(out[:], sk.Sign(d).Bytes())
		return out
	}
	ev := NewEvidence(3, ab, sign(ab), bb, sign(bb))
	if err := ev.Verify(verifyWith(pk)); err != nil {
		f.Fatal(err)
	}
	fuzzcorpus.Add(f, EncodeEvidence(ev))
	other := *ev
	other.SigA = other.SigB // a valid signature on the other report
	fuzzcorpus.Add(f, EncodeEvidence(&other))
	signed := map[[32]byte]bool{crypto.Keccak256Hash(ab): true, crypto.Keccak256Hash(bb): true}
	f.Fuzz(func(t *testing.T, data []byte) {
		ev, err := DecodeEvidence(data)
		if err != nil {
			return
		}
		if ev.Verify(verifyWith(pk)) != nil {
			return
		}
		if !signed[crypto.Keccak256Hash(ev.ReportA)] || !signed[crypto.Keccak256Hash(ev.ReportB)] || bytes.Equal(ev.ReportA, ev.ReportB) {
			t.Fatal("evidence verifies with a report the keeper never signed")
		}
	})
}
