package challenge

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// MaxPieceSize is the largest piece this package accepts in an order, a levels file
// or a proof (2^48 bytes = 256 TiB, 2^36 leaves). Commit itself has no limit.
const MaxPieceSize = 1 << 48

// Levels file layout (all integers big-endian):
//
//	"WPLV" | version (1 byte, = 1) | size (uint64) | level 0 | level 1 | … | level top
//
// Level 0 holds the leaf hashes in order; level k+1 holds ceil(len(level k)/2)
// hashes: HashNode of each pair of level k and, when level k has an odd length, its
// last hash promoted unchanged. The top level holds the root alone. The lengths of
// all levels follow from size, so the layout has no other framing.
const (
	levelsMagic     = "WPLV"
	levelsVersion   = 1
	levelsHeaderLen = 4 + 1 + 8
)

var (
	// ErrBadLevels is returned for a levels representation that is malformed or
	// does not match its piece.
	ErrBadLevels = errors.New("challenge: bad levels")
	// ErrLeafIndex is returned for a leaf index outside the piece or not matching
	// the proof.
	ErrLeafIndex = errors.New("challenge: leaf index out of range")
)

// levelCounts returns the length of every level of the tree of n ≥ 1 leaves.
func levelCounts(n uint64) []uint64 {
	counts := make([]uint64, 0, treeHeight(n))
	for {
		counts = append(counts, n)
		if n == 1 {
			return counts
		}
		n = (n + 1) / 2
	}
}

// levelOffsets returns the byte offset of every level in the levels encoding and
// the total length of the encoding.
func levelOffsets(counts []uint64) ([]int64, int64) {
	offs := make([]int64, len(counts))
	off := int64(levelsHeaderLen)
	for k, c := range counts {
		offs[k] = off
		off += int64(c) * 32
	}
	return offs, off
}

// LevelsLen returns the length in bytes of the levels encoding of a piece of size
// bytes (about size/64: two hashes per 4 KiB leaf).
func LevelsLen(size uint64) int64 {
	if size == 0 || size > MaxPieceSize {
		return 0
	}
	_, total := levelOffsets(levelCounts(LeafCount(size)))
	return total
}

func levelsHeader(size uint64) []byte {
	h := make([]byte, levelsHeaderLen)
	copy(h, levelsMagic)
	h[4] = levelsVersion
	binary.BigEndian.PutUint64(h[5:], size)
	return h
}

func checkPieceSize(size uint64) error {
	if size == 0 {
		return ErrEmptyPiece
	}
	if size > MaxPieceSize {
		return fmt.Errorf("%w: %d bytes exceeds the limit of %d", ErrSizeMismatch, size, uint64(MaxPieceSize))
	}
	return nil
}

// Levels gives access to every hash of a piece's tree (level 0 = leaf hashes, up to
// the root) without the piece itself, so that a provider answers a challenge from
// the levels and the challenged leaves only, never re-reading the piece. It is
// backed by an io.ReaderAt (a file or memory) and reads only the hashes it needs.
// A Levels is safe for concurrent use if its ReaderAt is (os.File and bytes.Reader
// are).
type Levels struct {
	ra      io.ReaderAt
	size    uint64
	counts  []uint64
	offsets []int64
	length  int64
	root    [32]byte
}

// memSink writes each node into an in-memory levels encoding.
type memSink struct {
	buf     []byte
	offsets []int64
}

func (m *memSink) put(level int, index uint64, h *[32]byte) error {
	off := m.offsets[level] + int64(index)*32
	copy(m.buf[off:off+32], h[:])
	return nil
}

// fileSink writes each node at its offset through one small buffer per level: nodes
// of one level arrive in index order, so each buffer fills sequentially.
type fileSink struct {
	w       io.WriterAt
	offsets []int64
	bufs    [][]byte
	start   []uint64 // index of the first node held in bufs[level]
}

const fileSinkBuf = 256 << 10

func newFileSink(w io.WriterAt, counts []uint64, offsets []int64) *fileSink {
	f := &fileSink{w: w, offsets: offsets, bufs: make([][]byte, len(counts)), start: make([]uint64, len(counts))}
	for k, c := range counts {
		f.bufs[k] = make([]byte, 0, min(c*32, fileSinkBuf))
	}
	return f
}

func (f *fileSink) put(level int, index uint64, h *[32]byte) error {
	if len(f.bufs[level]) == cap(f.bufs[level]) {
		if err := f.flush(level); err != nil {
			return err
		}
	}
	if len(f.bufs[level]) == 0 {
		f.start[level] = index
	}
	f.bufs[level] = append(f.bufs[level], h[:]...)
	return nil
}

func (f *fileSink) flush(level int) error {
	b := f.bufs[level]
	if len(b) == 0 {
		return nil
	}
	if _, err := f.w.WriteAt(b, f.offsets[level]+int64(f.start[level])*32); err != nil {
		return fmt.Errorf("challenge: writing levels: %w", err)
	}
	f.bufs[level] = b[:0]
	return nil
}

// buildInto streams exactly size bytes of r through a committer whose tree reports
// every node to sink, and returns the root.
func buildInto(sink levelSink, r io.Reader, size uint64) ([32]byte, error) {
	c := NewCommitter()
	c.tree.sink = sink
	if err := copyFull(c, r, int64(size)); err != nil {
		return [32]byte{}, err
	}
	id, err := c.Sum()
	if err != nil {
		return [32]byte{}, err
	}
	return id.Root, nil
}

// BuildLevels reads exactly size bytes of a piece from r (it never reads beyond
// them) and returns the piece's levels held in memory (LevelsLen(size) bytes, about
// size/64) and its root. Reading is streamed: the piece itself is never held.
// ErrSizeMismatch if r ends early, ErrEmptyPiece if size is 0.
func BuildLevels(r io.Reader, size uint64) (*Levels, [32]byte, error) {
	if err := checkPieceSize(size); err != nil {
		return nil, [32]byte{}, err
	}
	counts := levelCounts(LeafCount(size))
	offsets, total := levelOffsets(counts)
	buf := make([]byte, total)
	copy(buf, levelsHeader(size))
	root, err := buildInto(&memSink{buf: buf, offsets: offsets}, r, size)
	if err != nil {
		return nil, [32]byte{}, err
	}
	l := &Levels{ra: bytes.NewReader(buf), size: size, counts: counts, offsets: offsets, length: total, root: root}
	return l, root, nil
}

// WriteLevels reads exactly size bytes of a piece from r and writes its levels
// encoding to w (from offset 0, LevelsLen(size) bytes), using O(log n) buffers of
// bounded size: neither the piece nor its levels are held in memory. It returns the
// root. Open the result with OpenLevels.
func WriteLevels(w io.WriterAt, r io.Reader, size uint64) ([32]byte, error) {
	if err := checkPieceSize(size); err != nil {
		return [32]byte{}, err
	}
	counts := levelCounts(LeafCount(size))
	offsets, _ := levelOffsets(counts)
	sink := newFileSink(w, counts, offsets)
	root, err := buildInto(sink, r, size)
	if err != nil {
		return [32]byte{}, err
	}
	for k := range counts {
		if err := sink.flush(k); err != nil {
			return [32]byte{}, err
		}
	}
	if _, err := w.WriteAt(levelsHeader(size), 0); err != nil {
		return [32]byte{}, fmt.Errorf("challenge: writing levels header: %w", err)
	}
	return root, nil
}

// OpenLevels opens a levels encoding held by ra (for example an *os.File written by
// WriteLevels). It checks the header and that ra holds exactly the expected number
// of bytes, and reads the root; it does not re-hash the tree (see Check).
func OpenLevels(ra io.ReaderAt) (*Levels, error) {
	var hdr [levelsHeaderLen]byte
	if err := readAtFull(ra, hdr[:], 0); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrBadLevels, err)
	}
	if string(hdr[:4]) != levelsMagic || hdr[4] != levelsVersion {
		return nil, fmt.Errorf("%w: wrong magic or version", ErrBadLevels)
	}
	size := binary.BigEndian.Uint64(hdr[5:])
	if err := checkPieceSize(size); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadLevels, err)
	}
	counts := levelCounts(LeafCount(size))
	offsets, total := levelOffsets(counts)
	var root [32]byte
	if err := readAtFull(ra, root[:], total-32); err != nil {
		return nil, fmt.Errorf("%w: truncated (want %d bytes): %v", ErrBadLevels, total, err)
	}
	var extra [1]byte
	if n, _ := ra.ReadAt(extra[:], total); n != 0 {
		return nil, fmt.Errorf("%w: trailing bytes after %d", ErrBadLevels, total)
	}
	return &Levels{ra: ra, size: size, counts: counts, offsets: offsets, length: total, root: root}, nil
}

// ReadLevels reads a whole levels encoding from r into memory. r must end right
// after it (trailing bytes are rejected). Memory grows only as bytes arrive, so a
// forged header cannot force a large allocation.
func ReadLevels(r io.Reader) (*Levels, error) {
	hdr := make([]byte, levelsHeaderLen)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrBadLevels, err)
	}
	if string(hdr[:4]) != levelsMagic || hdr[4] != levelsVersion {
		return nil, fmt.Errorf("%w: wrong magic or version", ErrBadLevels)
	}
	size := binary.BigEndian.Uint64(hdr[5:])
	if err := checkPieceSize(size); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadLevels, err)
	}
	total := LevelsLen(size)
	var buf bytes.Buffer
	buf.Write(hdr)
	if n, err := io.CopyN(&buf, r, total-levelsHeaderLen); err != nil {
		return nil, fmt.Errorf("%w: truncated after %d of %d bytes: %v", ErrBadLevels, n+levelsHeaderLen, total, err)
	}
	var extra [1]byte
	if n, _ := io.ReadFull(r, extra[:]); n != 0 {
		return nil, fmt.Errorf("%w: trailing bytes after %d", ErrBadLevels, total)
	}
	return OpenLevels(bytes.NewReader(buf.Bytes()))
}

// UnmarshalLevels opens a levels encoding held in b (no copy is made; b must not be
// modified while the Levels is in use).
func UnmarshalLevels(b []byte) (*Levels, error) { return OpenLevels(bytes.NewReader(b)) }

// WriteTo writes the levels encoding to w.
func (l *Levels) WriteTo(w io.Writer) (int64, error) {
	return io.Copy(w, io.NewSectionReader(l.ra, 0, l.length))
}

// MarshalBinary returns the levels encoding.
func (l *Levels) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.Grow(int(l.length))
	if _, err := l.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Root returns the piece's Merkle root (the top level).
func (l *Levels) Root() [32]byte { return l.root }

// Size returns the piece size in bytes.
func (l *Levels) Size() uint64 { return l.size }

// Leaves returns the number of leaves.
func (l *Levels) Leaves() uint64 { return l.counts[0] }

// ID returns the piece id (root, size).
func (l *Levels) ID() PieceID { return PieceID{Root: l.root, Size: l.size} }

// Height returns the number of levels (1 for a one-leaf piece).
func (l *Levels) Height() int { return len(l.counts) }

// LevelLen returns the number of hashes at level k.
func (l *Levels) LevelLen(k int) uint64 {
	if k < 0 || k >= len(l.counts) {
		return 0
	}
	return l.counts[k]
}

// EncodedLen returns the length of the levels encoding in bytes.
func (l *Levels) EncodedLen() int64 { return l.length }

// Node returns hash j of level k.
func (l *Levels) Node(k int, j uint64) ([32]byte, error) {
	var h [32]byte
	if k < 0 || k >= len(l.counts) || j >= l.counts[k] {
		return h, fmt.Errorf("%w: node (%d, %d)", ErrLeafIndex, k, j)
	}
	if err := readAtFull(l.ra, h[:], l.offsets[k]+int64(j)*32); err != nil {
		return h, fmt.Errorf("challenge: reading levels: %w", err)
	}
	return h, nil
}

// Proof returns the inclusion proof of leaf i (RFC 9162 §2.1.3 shape): the sibling
// hashes from the leaf level upwards, skipping the levels where the node on the path
// is a promoted odd last node. It reads one hash per level.
func (l *Levels) Proof(i uint64) (*Proof, error) {
	n := l.counts[0]
	if i >= n {
		return nil, fmt.Errorf("%w: leaf %d of %d", ErrLeafIndex, i, n)
	}
	p := &Proof{Index: i, Leaves: n, Path: make([][32]byte, 0, len(l.counts)-1)}
	j := i
	for k := 0; k < len(l.counts)-1; k++ {
		if s := j ^ 1; s < l.counts[k] {
			h, err := l.Node(k, s)
			if err != nil {
				return nil, err
			}
			p.Path = append(p.Path, h)
		}
		j >>= 1
	}
	return p, nil
}

// Check re-hashes every level from level 0 and compares it with the stored levels
// and root, reading the levels sequentially with bounded memory. Use it on levels
// read from untrusted or possibly corrupted storage; it does not read the piece, so
// it cannot tell whether level 0 matches the piece's data.
func (l *Levels) Check() error {
	for k := 0; k+1 < len(l.counts); k++ {
		lower := bufio.NewReaderSize(io.NewSectionReader(l.ra, l.offsets[k], int64(l.counts[k])*32), 64<<10)
		upper := bufio.NewReaderSize(io.NewSectionReader(l.ra, l.offsets[k+1], int64(l.counts[k+1])*32), 64<<10)
		var a, b, want [32]byte
		for j := uint64(0); j < l.counts[k+1]; j++ {
			if _, err := io.ReadFull(lower, a[:]); err != nil {
				return fmt.Errorf("challenge: reading levels: %w", err)
			}
			got := a
			if 2*j+1 < l.counts[k] {
				if _, err := io.ReadFull(lower, b[:]); err != nil {
					return fmt.Errorf("challenge: reading levels: %w", err)
				}
				got = hashNode(&a, &b)
			}
			if _, err := io.ReadFull(upper, want[:]); err != nil {
				return fmt.Errorf("challenge: reading levels: %w", err)
			}
			if got != want {
				return fmt.Errorf("%w: node (%d, %d) does not match its children", ErrBadLevels, k+1, j)
			}
		}
	}
	top, err := l.Node(len(l.counts)-1, 0)
	if err != nil {
		return err
	}
	if top != l.root {
		return fmt.Errorf("%w: root changed", ErrBadLevels)
	}
	return nil
}

// ReadLeaf returns the bytes of leaf i of a piece of size bytes held by piece,
// unpadded (LeafLen(size, i) bytes): the leaf data a response carries.
func ReadLeaf(piece io.ReaderAt, size, i uint64) ([]byte, error) {
	n := LeafLen(size, i)
	if n == 0 {
		return nil, fmt.Errorf("%w: leaf %d of %d", ErrLeafIndex, i, LeafCount(size))
	}
	buf := make([]byte, n)
	if err := readAtFull(piece, buf, int64(i)*LeafSize); err != nil {
		return nil, fmt.Errorf("challenge: reading leaf %d: %w", i, err)
	}
	return buf, nil
}

// readAtFull fills b from ra at off. io.ReaderAt allows io.EOF alongside a full read
// at the end of the input; that is success here.
func readAtFull(ra io.ReaderAt, b []byte, off int64) error {
	n, err := ra.ReadAt(b, off)
	if n == len(b) {
		return nil
	}
	if err == nil {
		err = io.ErrUnexpectedEOF
	}
	return err
}
