package challenge

import (
	"bytes"
	"errors"
	"testing"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

func TestProofTamperingRejected(t *testing.T) {
	for _, size := range []int{1, LeafSize + 1, 5*LeafSize + 77, 16 * LeafSize, 33*LeafSize - 1} {
		data := randBytes(uint64(size)+3, size)
		l, root, err := BuildLevels(bytes.NewReader(data), uint64(size))
		if err != nil {
			t.Fatal(err)
		}
		n := l.Leaves()
		for i := uint64(0); i < n; i++ {
			p, _ := l.Proof(i)
			leaf, _ := ReadLeaf(bytes.NewReader(data), uint64(size), i)
			if err := p.Verify(root, uint64(size), i, leaf); err != nil {
				t.Fatalf("honest proof rejected: %v", err)
			}
			// Flipped leaf bit.
			bad := append([]byte{}, leaf...)
			bad[len(bad)/2] ^= 0x80
			if err := p.Verify(root, uint64(size), i, bad); !errors.Is(err, ErrBadProof) {
				t.Fatalf("tampered leaf accepted: %v", err)
			}
			// Leaf padded to the full size, or shortened.
			if len(leaf) < LeafSize {
				padded := append(append([]byte{}, leaf...), make([]byte, LeafSize-len(leaf))...)
				if err := p.Verify(root, uint64(size), i, padded); !errors.Is(err, ErrLeafLength) {
					t.Fatalf("padded last leaf accepted: %v", err)
				}
			}
			if err := p.Verify(root, uint64(size), i, leaf[:len(leaf)-1]); !errors.Is(err, ErrLeafLength) {
				t.Fatalf("short leaf accepted: %v", err)
			}
			// Wrong root, wrong size.
			wrong := root
			wrong[0] ^= 1
			if err := p.Verify(wrong, uint64(size), i, leaf); !errors.Is(err, ErrBadProof) {
				t.Fatalf("wrong root accepted: %v", err)
			}
			if err := p.Verify(root, uint64(size)+LeafSize, i, leaf); err == nil {
				t.Fatal("wrong size accepted")
			}
			// Every path element flipped, dropped or extended.
			for k := range p.Path {
				q := cloneProof(p)
				q.Path[k][31] ^= 1
				if err := q.Verify(root, uint64(size), i, leaf); !errors.Is(err, ErrBadProof) {
					t.Fatalf("tampered path[%d] accepted: %v", k, err)
				}
			}
			if len(p.Path) > 0 {
				q := cloneProof(p)
				q.Path = q.Path[:len(q.Path)-1]
				if err := q.Verify(root, uint64(size), i, leaf); !errors.Is(err, ErrBadProof) {
					t.Fatalf("short path accepted: %v", err)
				}
			}
			q := cloneProof(p)
			q.Path = append(q.Path, root)
			if err := q.Verify(root, uint64(size), i, leaf); !errors.Is(err, ErrBadProof) {
				t.Fatalf("long path accepted: %v", err)
			}
			// The proof of leaf i does not prove another index.
			if n > 1 {
				j := (i + 1) % n
				q := cloneProof(p)
				q.Index = j
				other, _ := ReadLeaf(bytes.NewReader(data), uint64(size), j)
				if len(other) == len(leaf) {
					if err := q.Verify(root, uint64(size), j, leaf); err == nil {
						t.Fatal("proof moved to another index accepted")
					}
				}
				if err := p.Verify(root, uint64(size), j, other); !errors.Is(err, ErrLeafIndex) {
					t.Fatalf("index mismatch: %v", err)
				}
			}
		}
	}
}

func cloneProof(p *Proof) *Proof {
	return &Proof{Index: p.Index, Leaves: p.Leaves, Path: append([][32]byte{}, p.Path...)}
}

func TestProofEncoding(t *testing.T) {
	data := randBytes(4, 21*LeafSize)
	l, _, _ := BuildLevels(bytes.NewReader(data), uint64(len(data)))
	for i := uint64(0); i < l.Leaves(); i++ {
		p, _ := l.Proof(i)
		b, err := p.MarshalBinary()
		if err != nil || len(b) != p.EncodedLen() {
			t.Fatal(err)
		}
		q, err := DecodeProof(b)
		if err != nil {
			t.Fatal(err)
		}
		b2, _ := q.MarshalBinary()
		if !bytes.Equal(b, b2) || q.Index != p.Index || q.Leaves != p.Leaves {
			t.Fatal("round trip differs")
		}
		// Strict decoding: every truncation and any trailing byte is rejected.
		for k := 0; k < len(b); k++ {
			if _, err := DecodeProof(b[:k]); !errors.Is(err, ErrMalformed) {
				t.Fatalf("truncation to %d accepted", k)
			}
		}
		if _, err := DecodeProof(append(b, 0)); !errors.Is(err, ErrMalformed) {
			t.Fatal("trailing byte accepted")
		}
	}
	bad := [][]byte{
		append(appendU64(appendU64(nil, 0), 0), 0),                              // zero leaves
		append(appendU64(appendU64(nil, 5), 5), 3),                              // index = leaves
		append(appendU64(appendU64(nil, 0), MaxLeaves+1), 0),                    // too many leaves
		append(append(appendU64(appendU64(nil, 0), 2), 2), make([]byte, 64)...), // path too long for 2 leaves
	}
	for k, b := range bad {
		if _, err := DecodeProof(b); !errors.Is(err, ErrMalformed) {
			t.Errorf("bad proof %d accepted: %v", k, err)
		}
	}
}

func TestPathLen(t *testing.T) {
	for n := uint64(1); n <= 300; n++ {
		for i := uint64(0); i < n; i++ {
			hs := make([][32]byte, n)
			_ = hs
			if got, want := PathLen(i, n), len(naivePath(int(i), make([][32]byte, n))); got != want {
				t.Fatalf("PathLen(%d,%d)=%d want %d", i, n, got, want)
			}
		}
	}
	if PathLen(5, 5) != -1 {
		t.Fatal("PathLen out of range")
	}
}

func FuzzDecodeProof(f *testing.F) {
	data := randBytes(5, 11*LeafSize+1)
	l, _, _ := BuildLevels(bytes.NewReader(data), uint64(len(data)))
	for _, i := range []uint64{0, 5, 11} {
		p, _ := l.Proof(i)
		b, _ := p.MarshalBinary()
		fuzzcorpus.Add(f, b)
	}
	fuzzcorpus.Add(f, []byte{})
	fuzzcorpus.Add(f, make([]byte, 17))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProof(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		// Accepted input is canonical: it re-encodes to itself.
		out, err := p.MarshalBinary()
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("non-canonical encoding accepted: %x", b)
		}
		if len(p.Path) != PathLen(p.Index, p.Leaves) {
			t.Fatal("path length not checked")
		}
		// Running verification on it must not panic.
		_, _ = p.RootFromLeafHash([32]byte{})
	})
}
