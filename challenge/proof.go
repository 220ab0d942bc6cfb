package challenge

import (
	"errors"
	"fmt"
)

var (
	// ErrBadProof is returned when a leaf and its proof do not lead to the piece
	// root.
	ErrBadProof = errors.New("challenge: proof does not match the root")
	// ErrLeafLength is returned when leaf data does not have the length of the
	// leaf it claims to be (LeafSize, or the remainder for the last leaf).
	ErrLeafLength = errors.New("challenge: wrong leaf length")
)

// MaxLeaves is the number of leaves of a piece of MaxPieceSize bytes: the largest
// leaf count a proof may name.
const MaxLeaves = MaxPieceSize / LeafSize

// maxPath is the longest possible proof path (a tree of MaxLeaves leaves).
const maxPath = 36

// Proof is a Merkle inclusion proof of one leaf (RFC 9162 §2.1.3): the leaf index,
// the number of leaves of the tree and the sibling hashes from the leaf upwards.
type Proof struct {
	Index  uint64
	Leaves uint64
	Path   [][32]byte
}

// PathLen returns the length of the inclusion path of leaf index in a tree of leaves
// leaves, or -1 if index ≥ leaves.
func PathLen(index, leaves uint64) int {
	if index >= leaves {
		return -1
	}
	n, j, l := leaves, index, 0
	for n > 1 {
		if j^1 < n {
			l++
		}
		j >>= 1
		n = (n + 1) / 2
	}
	return l
}

// RootFromLeafHash runs the RFC 9162 §2.1.3.2 verification algorithm and returns the
// root the proof leads to from leaf hash h, or ErrBadProof if the path does not have
// the shape of a proof for (Index, Leaves).
func (p *Proof) RootFromLeafHash(h [32]byte) ([32]byte, error) {
	if p.Index >= p.Leaves {
		return [32]byte{}, fmt.Errorf("%w: leaf %d of %d", ErrLeafIndex, p.Index, p.Leaves)
	}
	fn, sn := p.Index, p.Leaves-1
	r := h
	for i := range p.Path {
		if sn == 0 {
			return [32]byte{}, fmt.Errorf("%w: path too long", ErrBadProof)
		}
		if fn&1 == 1 || fn == sn {
			r = hashNode(&p.Path[i], &r)
			for fn&1 == 0 && fn != 0 {
				fn >>= 1
				sn >>= 1
			}
		} else {
			r = hashNode(&r, &p.Path[i])
		}
		fn >>= 1
		sn >>= 1
	}
	if sn != 0 {
		return [32]byte{}, fmt.Errorf("%w: path too short", ErrBadProof)
	}
	return r, nil
}

// Verify checks that leaf (the unpadded bytes of leaf index, as ReadLeaf returns
// them) belongs to the piece (root, size) through p. It returns nil or an error
// wrapping ErrLeafIndex, ErrLeafLength or ErrBadProof.
func (p *Proof) Verify(root [32]byte, size, index uint64, leaf []byte) error {
	n := LeafCount(size)
	if p.Leaves != n {
		return fmt.Errorf("%w: proof for %d leaves, piece has %d", ErrBadProof, p.Leaves, n)
	}
	if p.Index != index || index >= n {
		return fmt.Errorf("%w: proof for leaf %d, want leaf %d of %d", ErrLeafIndex, p.Index, index, n)
	}
	if len(leaf) != LeafLen(size, index) {
		return fmt.Errorf("%w: %d bytes for leaf %d of a %d-byte piece", ErrLeafLength, len(leaf), index, size)
	}
	got, err := p.RootFromLeafHash(HashLeaf(leaf))
	if err != nil {
		return err
	}
	if got != root {
		return ErrBadProof
	}
	return nil
}

// EncodedLen returns the length of p's binary encoding.
func (p *Proof) EncodedLen() int { return 8 + 8 + 1 + 32*len(p.Path) }

// AppendBinary appends the encoding of p:
//
//	index (uint64) | leaves (uint64) | path length (uint8) | path (32 bytes each)
//
// big-endian. The encoding is canonical: DecodeProof accepts only it.
func (p *Proof) AppendBinary(b []byte) ([]byte, error) {
	if len(p.Path) > maxPath {
		return b, fmt.Errorf("challenge: proof path of %d hashes", len(p.Path))
	}
	b = appendU64(b, p.Index)
	b = appendU64(b, p.Leaves)
	b = append(b, byte(len(p.Path)))
	for i := range p.Path {
		b = append(b, p.Path[i][:]...)
	}
	return b, nil
}

// MarshalBinary returns the encoding of p (see AppendBinary).
func (p *Proof) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, p.EncodedLen()))
}

// UnmarshalBinary decodes p strictly (see DecodeProof).
func (p *Proof) UnmarshalBinary(b []byte) error {
	r := &reader{b: b}
	q := readProof(r)
	if err := r.end(); err != nil {
		return err
	}
	*p = *q
	return nil
}

// DecodeProof decodes a proof. It rejects truncated input, trailing bytes, a leaf
// count of 0 or above MaxLeaves, an index out of range and a path whose length is not
// exactly PathLen(index, leaves). Errors wrap ErrMalformed.
func DecodeProof(b []byte) (*Proof, error) {
	var p Proof
	if err := p.UnmarshalBinary(b); err != nil {
		return nil, err
	}
	return &p, nil
}

func readProof(r *reader) *Proof {
	p := &Proof{}
	p.Index = r.u64("proof index")
	p.Leaves = r.u64("proof leaf count")
	n := int(r.u8("proof path length"))
	if r.err != nil {
		return p
	}
	if p.Leaves == 0 || p.Leaves > MaxLeaves {
		r.fail("proof leaf count %d out of range", p.Leaves)
		return p
	}
	if p.Index >= p.Leaves {
		r.fail("proof index %d ≥ leaf count %d", p.Index, p.Leaves)
		return p
	}
	if want := PathLen(p.Index, p.Leaves); n != want {
		r.fail("proof path of %d hashes, leaf %d of %d needs %d", n, p.Index, p.Leaves, want)
		return p
	}
	p.Path = make([][32]byte, n)
	for i := range p.Path {
		p.Path[i] = r.hash("proof path")
	}
	return p
}
