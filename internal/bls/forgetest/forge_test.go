package forgetest_test

import (
	"testing"

	herumi "github.com/herumi/bls-eth-go-binary/bls"

	"github.com/whitepay/whitepay/internal/bls"
)

func mustKey(t testing.TB) *bls.SecretKey {
	t.Helper()
	sk, err := bls.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

// batchFixture is maxN valid triples: distinct keys, distinct messages, and for each
// position a forgery (a valid signature on the same message by a key outside the
// batch: the wrong-key forgery of issue 12 finding 1).
type batchFixture struct {
	pks    []*bls.PublicKey
	msgs   [][bls.MessageSize]byte
	sigs   []*bls.Signature
	forged []*bls.Signature
}

// newBatchFixture makes maxN triples; triple i signs message i mod distinct
// (distinct == 0: every message differs).
func newBatchFixture(t testing.TB, maxN, distinct int) *batchFixture {
	t.Helper()
	f := &batchFixture{
		pks:    make([]*bls.PublicKey, maxN),
		msgs:   make([][bls.MessageSize]byte, maxN),
		sigs:   make([]*bls.Signature, maxN),
		forged: make([]*bls.Signature, maxN),
	}
	outsider := mustKey(t)
	for i := range maxN {
		sk := mustKey(t)
		f.pks[i] = sk.PublicKey()
		m := i
		if distinct > 0 {
			m = i % distinct
		}
		f.msgs[i][0], f.msgs[i][1] = byte(m), 0xb5
		f.sigs[i] = sk.Sign(f.msgs[i][:])
		f.forged[i] = outsider.Sign(f.msgs[i][:])
	}
	return f
}

// TestBatchVerifyForgeEveryPosition puts a forged signature at every position of
// every batch size from 1 to 64 (issue 12 finding 1: herumi's MultiVerify never
// checked the last n mod 16 triples for 17 ≤ n < 16·threads). Every valid batch
// passes and every batch with one forgery fails. The same test runs under -race
// (scripts/test.sh), where the batched path is the same code.
//
// The triples sign 3 distinct messages (the detector's shape: many observations of
// one vector), so the sweep costs Σ n ≈ 2,100 randomised scalar multiplications
// per position rather than as many hashes to G2 (about 8 s of CPU in all); the
// distinct-message path is swept at the edge sizes by the next test.
func TestBatchVerifyForgeEveryPosition(t *testing.T) {
	const maxN = 64
	f := newBatchFixture(t, maxN, 3)
	sizes := make([]int, 0, maxN)
	for n := 1; n <= maxN; n++ {
		sizes = append(sizes, n)
	}
	forgeEveryPosition(t, f, sizes)
}

// TestBatchVerifyForgeEveryPositionDistinct is the same sweep with every message
// distinct (one hash and one Miller loop per triple), at the sizes where a chunking
// bug would show.
func TestBatchVerifyForgeEveryPositionDistinct(t *testing.T) {
	const maxN = 64
	f := newBatchFixture(t, maxN, 0)
	var sizes []int
	for n := 1; n <= maxN; n++ {
		if batchEdgeSize(n) {
			sizes = append(sizes, n)
		}
	}
	forgeEveryPosition(t, f, sizes)
}

func forgeEveryPosition(t *testing.T, f *batchFixture, sizes []int) {
	t.Helper()
	for _, n := range sizes {
		sigs := append([]*bls.Signature(nil), f.sigs[:n]...)
		if !bls.BatchVerify(f.pks[:n], f.msgs[:n], sigs) {
			t.Fatalf("n=%d: valid batch rejected", n)
		}
		for pos := range n {
			sigs[pos] = f.forged[pos]
			if bls.BatchVerify(f.pks[:n], f.msgs[:n], sigs) {
				t.Fatalf("n=%d: forged signature at position %d accepted", n, pos)
			}
			sigs[pos] = f.sigs[pos]
		}
	}
}

// batchEdgeSize reports the sizes where a chunking bug would show: the smallest, the
// chunk size, herumi's 16-blocks and their neighbours (Σ n² ≈ 1,900 triples).
func batchEdgeSize(n int) bool {
	switch n {
	case 1, 2, 3, 8, 9, 15, 16, 17, 33: // 8: internal/bls batchChunk
		return true
	}
	return false
}

// TestBatchVerifyCompensatingForgeries: two signatures altered by +X and −X keep
// the plain sum intact; the random combination must still catch them, wherever
// they sit (across chunks too).
func TestBatchVerifyCompensatingForgeries(t *testing.T) {
	const n = 40
	f := newBatchFixture(t, n, 0)
	delta := g2Of(t, mustKey(t).Sign([]byte("any point of G2 will do.........")))
	var negDelta herumi.G2
	herumi.G2Neg(&negDelta, &delta)
	for _, pair := range [][2]int{{0, 1}, {0, n - 1}, {7, 8}, {n - 2, n - 1}, {3, 33}} {
		sigs := append([]*bls.Signature(nil), f.sigs...)
		var a, b herumi.G2
		ga, gb := g2Of(t, sigs[pair[0]]), g2Of(t, sigs[pair[1]])
		herumi.G2Add(&a, &ga, &delta)
		herumi.G2Add(&b, &gb, &negDelta)
		sigs[pair[0]], sigs[pair[1]] = sigOf(t, &a), sigOf(t, &b)
		agg, _ := bls.AggregateSignatures(sigs)
		want, _ := bls.AggregateSignatures(f.sigs)
		if !agg.Equal(want) {
			t.Fatal("fixture: the forgeries should keep the sum")
		}
		if bls.BatchVerify(f.pks, f.msgs, sigs) {
			t.Fatalf("compensating forgeries at %v accepted", pair)
		}
	}
}

func g2Of(t *testing.T, s *bls.Signature) herumi.G2 {
	t.Helper()
	var g herumi.G2
	if err := g.Deserialize(s.Bytes()); err != nil {
		t.Fatal(err)
	}
	return g
}

func sigOf(t *testing.T, g *herumi.G2) *bls.Signature {
	t.Helper()
	s, err := bls.SignatureFromBytes(herumi.CastToSign(g).Serialize())
	if err != nil {
		t.Fatal(err)
	}
	return s
}
