package wire

import (
	"bytes"
	"math/big"
	"math/rand"
	"testing"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

// FuzzDecode: any input either fails to decode or decodes to a message whose
// encoding is the input (one encoding per message), and never panics.
func FuzzDecode(f *testing.F) {
	for _, m := range samples() {
		fuzzcorpus.Add(f, Encode(m))
	}
	fuzzcorpus.Add(f, []byte{1, 3})
	// Round 4's chunks (issue 15): a set spread over several chunks, one entry
	// spanning two of them.
	cs, err := ChunkRecords(hdr(), []Entry{{1, 10}, {2, 20}}, [][][]byte{{{1, 2, 3}, {4, 5}}, {{6}}}, 4)
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range cs {
		fuzzcorpus.Add(f, Encode(c))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		if got := Encode(m); !bytes.Equal(got, b) {
			t.Fatalf("%s: decoded input re-encodes differently", m.Type())
		}
		if fw, ok := m.(*ProposeForward); ok {
			if _, err := fw.Inner(); err != nil {
				t.Fatalf("forward decoded but inner fails: %v", err)
			}
		}
	})
}

// FuzzDecodeEvidence: the same property for evidence.
func FuzzDecodeEvidence(f *testing.F) {
	fuzzcorpus.Add(f, []byte{1, 11, 0, 0, 0, 1})
	fuzzcorpus.Add(f, EncodeEvidence(&Evidence{Signer: 1, ReportA: []byte{1}, ReportB: []byte{2}}))
	a := randReport(rand.New(rand.NewSource(3)))
	b := *a
	b.Attempt = a.Attempt
	b.FailedBitmap = new(big.Int).Add(a.FailedBitmap, big.NewInt(1))
	b.FailedBitmap.SetBit(b.FailedBitmap, 256, 0)
	fuzzcorpus.Add(f, EncodeEvidence(NewEvidence(1, a.Encode(), [SigSize]byte{}, b.Encode(), [SigSize]byte{})))
	f.Fuzz(func(t *testing.T, b []byte) {
		ev, err := DecodeEvidence(b)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeEvidence(ev), b) {
			t.Fatal("evidence re-encodes differently")
		}
	})
}
