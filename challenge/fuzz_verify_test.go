package challenge

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

// The targets of this file check verifiers rather than decoders: starting from
// real, valid encodings (the seeds), any input that verifies must carry exactly the
// content that was signed or committed; mutated inputs fail.

// FuzzVerifyProof: a leaf and a proof verify against a fixed piece only if the leaf
// is that piece's leaf at the proof's index (no second preimage through a forged
// path, index or leaf count).
func FuzzVerifyProof(f *testing.F) {
	data := randBytes(7, 5*LeafSize+100) // 6 leaves, the last one short
	size := uint64(len(data))
	l, root, err := BuildLevels(bytes.NewReader(data), size)
	if err != nil {
		f.Fatal(err)
	}
	for _, i := range []uint64{0, 3, 5} {
		p, _ := l.Proof(i)
		pb, _ := p.MarshalBinary()
		leaf, _ := ReadLeaf(bytes.NewReader(data), size, i)
		fuzzcorpus.Add(f, pb, leaf[:min(len(leaf), 200)], uint64(len(leaf)))
	}
	f.Fuzz(func(t *testing.T, pb, leafHead []byte, leafLen uint64) {
		p, err := DecodeProof(pb)
		if err != nil {
			return
		}
		// The leaf is leafHead followed by the piece's own bytes up to leafLen (so
		// that the fuzzer can reach full-length leaves from small inputs).
		if leafLen > LeafSize || uint64(len(leafHead)) > leafLen {
			return
		}
		leaf := append([]byte(nil), leafHead...)
		if start := p.Index*LeafSize + uint64(len(leaf)); start < size {
			leaf = append(leaf, data[start:min(size, p.Index*LeafSize+leafLen)]...)
		}
		if uint64(len(leaf)) != leafLen {
			return
		}
		if p.Verify(root, size, p.Index, leaf) != nil {
			return
		}
		want, _ := ReadLeaf(bytes.NewReader(data), size, p.Index)
		if !bytes.Equal(leaf, want) {
			t.Fatalf("forged leaf %d verifies", p.Index)
		}
		real, _ := l.Proof(p.Index)
		rb, _ := real.MarshalBinary()
		if !bytes.Equal(rb, pb) {
			t.Fatalf("a second proof of leaf %d verifies", p.Index)
		}
	})
}

// FuzzVerifyResponse: a decoded response that the challenge accepts is signed by
// the provider over exactly the honest proofs (its proof digest is the honest one)
// and proves no more pieces than the honest response.
func FuzzVerifyResponse(f *testing.F) {
	fx := newFixture(f, []int{100, 4097, 1})
	c := fx.challenge(f, 1)
	honest := fx.respond(f, testDomain, c)
	hb, _ := honest.MarshalBinary()
	hpd, _ := honest.ProofDigest()
	fuzzcorpus.Add(f, hb)
	wrong := fx.respond(f, testDomain, fx.challenge(f, 2)) // answers another seed
	wb, _ := wrong.MarshalBinary()
	fuzzcorpus.Add(f, wb)
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeResponse(b)
		if err != nil {
			return
		}
		passed, err := c.Verify(testDomain, r)
		if err != nil {
			return
		}
		if pd, _ := r.ProofDigest(); pd != hpd {
			t.Fatal("a response with other proofs verifies")
		}
		if passed > len(c.Pieces) {
			t.Fatalf("%d pieces passed of %d", passed, len(c.Pieces))
		}
	})
}

// FuzzVerifyRecord: a decoded record that verifies (Verify, and VerifyChallenge
// against the challenge) carries the content the keeper signed: its digest is the
// digest of one of the records the keeper signed.
func FuzzVerifyRecord(f *testing.F) {
	fx := newFixture(f, []int{4096, 2 * 4096})
	c := fx.challenge(f, 1)
	signed := map[[32]byte]bool{}
	for _, r := range signedRecords(f, fx, c) {
		b, _ := r.MarshalBinary()
		fuzzcorpus.Add(f, b)
		signed[r.Digest(testDomain)] = true
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRecord(b)
		if err != nil {
			return
		}
		verr := r.Verify(testDomain)
		cerr := r.VerifyChallenge(testDomain, c)
		if cerr == nil && verr != nil {
			t.Fatalf("VerifyChallenge accepts what Verify rejects: %v", verr)
		}
		if verr == nil && !signed[r.Digest(testDomain)] {
			t.Fatal("a record the keeper never signed verifies")
		}
	})
}

// FuzzVerifySignedOrder: a decoded order that verifies for the user is the order
// the user signed (same signing hash), in the same domain.
func FuzzVerifySignedOrder(f *testing.F) {
	user := testKey(f, "user")
	so, _ := SignOrder(testChain, testOrder(common.HexToAddress("0xbeef"), 1, 5000), user)
	b, _ := so.MarshalBinary()
	fuzzcorpus.Add(f, b)
	wallet := *so
	wallet.Sig[64] += 27 // the wallet form of v
	wb, _ := wallet.MarshalBinary()
	fuzzcorpus.Add(f, wb)
	want := so.SigningHash(testChain)
	addr := keyAddress(user)
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeSignedOrder(b)
		if err != nil {
			return
		}
		if s.Verify(testDomain, addr) == nil && s.SigningHash(testChain) != want {
			t.Fatal("an order the user never signed verifies")
		}
	})
}

// FuzzOpenLevels: a levels file is read back from disk (untrusted: possibly
// corrupted). OpenLevels and ReadLevels agree, an accepted encoding re-encodes to
// itself, and Check accepts only levels whose every node hashes its children —
// then proofs from it verify against its root.
func FuzzOpenLevels(f *testing.F) {
	for _, n := range []int{1, 100, LeafSize, LeafSize + 1, 3 * LeafSize} {
		data := randBytes(uint64(n), n)
		l, _, err := BuildLevels(bytes.NewReader(data), uint64(n))
		if err != nil {
			f.Fatal(err)
		}
		b, _ := l.MarshalBinary()
		fuzzcorpus.Add(f, b)
	}
	fuzzcorpus.Add(f, []byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := UnmarshalLevels(b)
		l2, err2 := ReadLevels(bytes.NewReader(b))
		if (err == nil) != (err2 == nil) {
			t.Fatalf("OpenLevels err = %v, ReadLevels err = %v", err, err2)
		}
		if err != nil {
			if !errors.Is(err, ErrBadLevels) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		if l.Root() != l2.Root() {
			t.Fatal("roots differ")
		}
		out, err := l.MarshalBinary()
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("levels do not re-encode to their input: %v", err)
		}
		if l.Check() != nil {
			return
		}
		for _, i := range []uint64{0, LeafCount(l.size) - 1} {
			p, err := l.Proof(i)
			if err != nil {
				t.Fatalf("proof %d of checked levels: %v", i, err)
			}
			h, err := l.Node(0, i)
			if err != nil {
				t.Fatal(err)
			}
			if got, err := p.RootFromLeafHash(h); err != nil || got != l.Root() {
				t.Fatalf("proof %d of checked levels does not reach the root: %v", i, err)
			}
		}
	})
}

// FuzzParseSamples: the samples file of `whitepay spacetime` either fails with
// ErrBadSample or parses to samples that, written back as "height,keeper,space"
// lines, parse to the same samples.
func FuzzParseSamples(f *testing.F) {
	fuzzcorpus.Add(f, "# height,keeper,space\n100,0,4096\r\n 110 , 1 ,\t8192\n\n120,2,0\n")
	fuzzcorpus.Add(f, "18446744073709551616,0,1\n")
	fuzzcorpus.Add(f, "1,2,340282366920938463463374607431768211456\n")
	fuzzcorpus.Add(f, "1,-2,3\n")
	fuzzcorpus.Add(f, "1,2\n")
	f.Fuzz(func(t *testing.T, text string) {
		got, err := ParseSamples(strings.NewReader(text))
		if err != nil {
			if !errors.Is(err, ErrBadSample) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		var w strings.Builder
		for _, s := range got {
			if s.Space.Sign() < 0 {
				t.Fatal("negative space parsed")
			}
			fmt.Fprintf(&w, "%d,%d,%s\n", s.Height, s.Keeper, s.Space)
		}
		again, err := ParseSamples(strings.NewReader(w.String()))
		if err != nil || len(again) != len(got) {
			t.Fatalf("re-parse: %v", err)
		}
		for i := range got {
			if again[i].Height != got[i].Height || again[i].Keeper != got[i].Keeper || again[i].Space.Cmp(got[i].Space) != 0 {
				t.Fatalf("sample %d changed through a round trip", i)
			}
		}
	})
}
