package challenge

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"math/bits"
)

// LeafSize is the size of one Merkle leaf in bytes (SPEC 3). The last leaf of a
// piece is zero-padded to this size before hashing.
const LeafSize = 4096

// MaxLevels bounds the height of any piece tree: a piece of at most 2^64-1 bytes has
// at most 2^52 leaves, hence at most 53 levels. Used to size fixed stacks.
const MaxLevels = 64

// readBufferSize is the size of the read buffer used by Commit and the level
// builders: large reads keep the per-call overhead negligible next to hashing.
const readBufferSize = 1 << 20

// Prefixes of the two hash roles (SPEC 3, RFC 6962 §2.1).
const (
	leafPrefix = 0x00
	nodePrefix = 0x01
)

var (
	// ErrEmptyPiece is returned when a piece has no bytes: it has no leaves and no
	// commitment.
	ErrEmptyPiece = errors.New("challenge: piece is empty")
	// ErrSizeMismatch is returned when a stream does not hold the number of bytes
	// the caller declared.
	ErrSizeMismatch = errors.New("challenge: piece size mismatch")
)

// PieceID identifies a piece (SPEC 3): the Merkle root and the size in bytes.
type PieceID struct {
	Root [32]byte
	Size uint64
}

// Leaves returns the number of leaves of the piece.
func (p PieceID) Leaves() uint64 { return LeafCount(p.Size) }

// LeafCount returns ceil(size / LeafSize), the number of leaves of a piece of size
// bytes.
func LeafCount(size uint64) uint64 {
	n := size / LeafSize
	if size%LeafSize != 0 {
		n++
	}
	return n
}

// LeafLen returns the number of piece bytes in leaf i of a piece of size bytes (the
// unpadded length: LeafSize for every leaf but possibly the last), or 0 when i is
// out of range.
func LeafLen(size, i uint64) int {
	if i >= LeafCount(size) {
		return 0
	}
	if rest := size - i*LeafSize; rest < LeafSize {
		return int(rest)
	}
	return LeafSize
}

// leafPrefixBytes is the leaf prefix as a slice that is not allocated per write.
var leafPrefixBytes = [1]byte{leafPrefix}

// HashLeaf returns SHA256(0x00 ‖ leaf), with leaf zero-padded to LeafSize. It panics
// if len(data) > LeafSize.
func HashLeaf(data []byte) [32]byte {
	if len(data) > LeafSize {
		panic(fmt.Sprintf("challenge: leaf of %d bytes", len(data)))
	}
	var buf [1 + LeafSize]byte
	buf[0] = leafPrefix
	copy(buf[1:], data)
	return sha256.Sum256(buf[:])
}

// HashNode returns SHA256(0x01 ‖ left ‖ right).
func HashNode(left, right [32]byte) [32]byte {
	return hashNode(&left, &right)
}

func hashNode(left, right *[32]byte) [32]byte {
	var buf [65]byte
	buf[0] = nodePrefix
	copy(buf[1:33], left[:])
	copy(buf[33:], right[:])
	return sha256.Sum256(buf[:])
}

// levelSink receives every node of the level-wise tree as it becomes final: level 0
// holds the leaf hashes, level k+1 the hashes of the pairs of level k, with an odd
// last node of level k promoted unchanged. Within a level, indices arrive in
// increasing order.
type levelSink interface {
	put(level int, index uint64, h *[32]byte) error
}

// treeBuilder folds leaf hashes into the RFC 6962 tree with O(log n) state: for
// every level it keeps the node waiting for its right sibling. This is exactly the
// stack of perfect-subtree roots of the usual streaming construction; promoting odd
// last nodes at the end gives the RFC 6962 split at the largest power of two below n.
type treeBuilder struct {
	pending [MaxLevels][32]byte
	count   [MaxLevels]uint64
	sink    levelSink
	cur     [32]byte
}

// add appends h as the next node of level and performs every pairing it completes.
func (t *treeBuilder) add(level int, h [32]byte) error {
	for {
		j := t.count[level]
		t.count[level]++
		if t.sink != nil {
			t.cur = h // through a field: &h would make h escape (one allocation per node)
			if err := t.sink.put(level, j, &t.cur); err != nil {
				return err
			}
		}
		if j&1 == 0 {
			t.pending[level] = h
			return nil
		}
		h = hashNode(&t.pending[level], &h)
		level++
	}
}

// finish promotes the odd last nodes, level by level, and returns the root. It must
// be called once, after at least one leaf.
func (t *treeBuilder) finish() ([32]byte, error) {
	for k := 0; k < MaxLevels-1; k++ {
		c := t.count[k]
		if c == 1 {
			return t.pending[k], nil
		}
		if c&1 == 1 {
			if err := t.add(k+1, t.pending[k]); err != nil {
				return [32]byte{}, err
			}
		}
	}
	return [32]byte{}, errors.New("challenge: tree too high")
}

// Committer computes a piece commitment from data written to it, in bounded memory
// (one partial leaf and O(log n) hashes). It implements io.Writer so that a piece
// can be committed while it is received (io.TeeReader, io.MultiWriter). The zero
// value is not usable: call NewCommitter.
type Committer struct {
	h       hash.Hash
	partial [LeafSize]byte
	npart   int
	size    uint64
	leaves  uint64
	sum     [32]byte
	tree    treeBuilder
	done    bool
}

// NewCommitter returns an empty committer.
func NewCommitter() *Committer {
	return &Committer{h: sha256.New()}
}

func (c *Committer) hashLeaf(data []byte) error {
	c.h.Reset()
	c.h.Write(leafPrefixBytes[:])
	c.h.Write(data)
	c.h.Sum(c.sum[:0]) // into a field: no allocation per leaf
	c.leaves++
	return c.tree.add(0, c.sum)
}

// Write absorbs p. It never returns a short write without an error.
func (c *Committer) Write(p []byte) (int, error) {
	if c.done {
		return 0, errors.New("challenge: write after Sum")
	}
	n := len(p)
	c.size += uint64(n)
	if c.npart > 0 {
		k := copy(c.partial[c.npart:], p)
		c.npart += k
		p = p[k:]
		if c.npart < LeafSize {
			return n, nil
		}
		if err := c.hashLeaf(c.partial[:]); err != nil {
			return 0, err
		}
		c.npart = 0
	}
	for len(p) >= LeafSize {
		if err := c.hashLeaf(p[:LeafSize]); err != nil {
			return 0, err
		}
		p = p[LeafSize:]
	}
	c.npart = copy(c.partial[:], p)
	return n, nil
}

// Size returns the number of bytes written so far.
func (c *Committer) Size() uint64 { return c.size }

// Sum zero-pads the last leaf, finishes the tree and returns the piece id. It
// returns ErrEmptyPiece if nothing was written. No Write is accepted afterwards.
func (c *Committer) Sum() (PieceID, error) {
	if c.done {
		return PieceID{}, errors.New("challenge: Sum called twice")
	}
	c.done = true
	if c.size == 0 {
		return PieceID{}, ErrEmptyPiece
	}
	if c.npart > 0 {
		clear(c.partial[c.npart:])
		if err := c.hashLeaf(c.partial[:]); err != nil {
			return PieceID{}, err
		}
	}
	root, err := c.tree.finish()
	if err != nil {
		return PieceID{}, err
	}
	return PieceID{Root: root, Size: c.size}, nil
}

// Commit reads r to its end and returns the piece commitment (SPEC 3). Memory use is
// bounded (one read buffer and O(log n) hashes) whatever the size of the piece.
func Commit(r io.Reader) (PieceID, error) {
	c := NewCommitter()
	if err := copyFull(c, r, -1); err != nil {
		return PieceID{}, err
	}
	return c.Sum()
}

// copyFull copies r into w through a large buffer, limit bytes exactly when limit ≥ 0
// (ErrSizeMismatch if r ends early) or to EOF otherwise. It does not use io.Copy so
// that the reader's WriteTo, with its small buffers, is not used.
func copyFull(w io.Writer, r io.Reader, limit int64) error {
	bufSize := int64(readBufferSize)
	if limit >= 0 && limit < bufSize {
		bufSize = max(limit, 1)
	}
	buf := make([]byte, bufSize)
	var total int64
	for limit < 0 || total < limit {
		want := buf
		if limit >= 0 && int64(len(want)) > limit-total {
			want = want[:limit-total]
		}
		n, err := io.ReadFull(r, want)
		if n > 0 {
			if _, werr := w.Write(want[:n]); werr != nil {
				return werr
			}
			total += int64(n)
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			if limit >= 0 && total < limit {
				return fmt.Errorf("%w: stream ended after %d of %d bytes", ErrSizeMismatch, total, limit)
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("challenge: reading piece: %w", err)
		}
	}
	return nil
}

// treeHeight returns the number of levels of the level-wise tree of n ≥ 1 leaves
// (1 for a single leaf).
func treeHeight(n uint64) int {
	if n <= 1 {
		return 1
	}
	return bits.Len64(n-1) + 1
}
