package challenge

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"testing/iotest"
)

// naiveLeaves splits data into zero-padded leaves.
func naiveLeaves(data []byte) [][]byte {
	var out [][]byte
	for i := 0; i < len(data); i += LeafSize {
		leaf := make([]byte, LeafSize)
		copy(leaf, data[i:min(i+LeafSize, len(data))])
		out = append(out, leaf)
	}
	return out
}

// naiveMTH is RFC 6962 §2.1 MTH written from its recursive definition, with its own
// hashing (not HashLeaf/HashNode), as an independent reference.
func naiveMTH(hashes [][32]byte) [32]byte {
	n := len(hashes)
	if n == 1 {
		return hashes[0]
	}
	k := 1
	for k*2 < n {
		k *= 2
	}
	l, r := naiveMTH(hashes[:k]), naiveMTH(hashes[k:])
	return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...))
}

func naiveLeafHashes(data []byte) [][32]byte {
	var hs [][32]byte
	for _, leaf := range naiveLeaves(data) {
		hs = append(hs, sha256.Sum256(append([]byte{0}, leaf...)))
	}
	return hs
}

func naiveRoot(data []byte) [32]byte { return naiveMTH(naiveLeafHashes(data)) }

// naivePath is RFC 9162 §2.1.3.1 PATH(m, D[n]) from its recursive definition.
func naivePath(m int, hashes [][32]byte) [][32]byte {
	n := len(hashes)
	if n == 1 {
		return nil
	}
	k := 1
	for k*2 < n {
		k *= 2
	}
	if m < k {
		return append(naivePath(m, hashes[:k]), naiveMTH(hashes[k:]))
	}
	return append(naivePath(m-k, hashes[k:]), naiveMTH(hashes[:k]))
}

func randBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// interestingSizes returns byte sizes around leaf and power-of-two boundaries.
func interestingSizes() []int {
	sizes := []int{1, 2, 100, LeafSize - 1, LeafSize, LeafSize + 1, 2*LeafSize - 1, 2 * LeafSize, 2*LeafSize + 1, 3 * LeafSize}
	for _, p := range []int{4, 8, 16, 32, 64, 128} {
		for _, d := range []int{-1, 0, 1} {
			n := p + d
			sizes = append(sizes, n*LeafSize-1, n*LeafSize, n*LeafSize+1)
		}
	}
	return sizes
}

// Known answers computed with an independent Python implementation (hashlib,
// recursive RFC 6962 MTH over zero-padded 4 KiB leaves).
func TestCommitKnownAnswers(t *testing.T) {
	gen := func(n int, f func(i int) byte) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = f(i)
		}
		return b
	}
	cases := []struct {
		name   string
		data   []byte
		root   string
		leaves uint64
	}{
		{"a", []byte("a"), "29a8c4933a26ab472a1fd33f9970930f001dfa4a6ca7f85c630e5ddf45dd53d9", 1},
		{"abc*5000", bytes.Repeat([]byte("abc"), 5000), "8f7e5e65cdd7a750d077b8901af3d625096479748a440f5486907668c076c852", 4},
		{"seq 3 leaves", gen(3*4096, func(i int) byte { return byte(i % 251) }), "58d1f0c431a48972bd53f5c2e625fe7553ef83b4426dcec13d892b84914403d2", 3},
		{"zeros 5 leaves + 1", make([]byte, 5*4096+1), "7de1619c48e0638d09e61461561c60931b98c7fdeaaed69f96e24b5050f9d61d", 6},
		{"seq 7 leaves + 100", gen(4096*7+100, func(i int) byte { return byte((i*7 + 3) % 256) }), "4b5d243017a9637ae57f06947b2d6630cdbea531835b3e6efc5b9d54364d621f", 8},
	}
	for _, c := range cases {
		id, err := Commit(bytes.NewReader(c.data))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := hex.EncodeToString(id.Root[:]); got != c.root {
			t.Errorf("%s: root %s, want %s", c.name, got, c.root)
		}
		if id.Size != uint64(len(c.data)) || id.Leaves() != c.leaves {
			t.Errorf("%s: size %d leaves %d", c.name, id.Size, id.Leaves())
		}
	}
}

func TestCommitMatchesNaive(t *testing.T) {
	for i, size := range interestingSizes() {
		data := randBytes(uint64(i), size)
		want := naiveRoot(data)
		id, err := Commit(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if id.Root != want || id.Size != uint64(size) {
			t.Fatalf("size %d: root %x, want %x", size, id.Root, want)
		}
		// Streaming must not depend on how the bytes are chunked.
		for _, r := range []io.Reader{iotest.OneByteReader(bytes.NewReader(data)), iotest.HalfReader(bytes.NewReader(data)), iotest.DataErrReader(bytes.NewReader(data))} {
			id2, err := Commit(r)
			if err != nil || id2 != id {
				t.Fatalf("size %d: chunked commit %x %v", size, id2.Root, err)
			}
		}
		c := NewCommitter()
		rng := rand.New(rand.NewPCG(uint64(size), 1))
		for rest := data; len(rest) > 0; {
			k := min(len(rest), rng.IntN(3*LeafSize))
			c.Write(rest[:k])
			rest = rest[k:]
		}
		if id3, err := c.Sum(); err != nil || id3 != id {
			t.Fatalf("size %d: random-chunk committer %x %v", size, id3.Root, err)
		}
	}
}

func TestCommitEmpty(t *testing.T) {
	if _, err := Commit(bytes.NewReader(nil)); !errors.Is(err, ErrEmptyPiece) {
		t.Fatalf("empty piece: %v", err)
	}
	if _, _, err := BuildLevels(bytes.NewReader(nil), 0); !errors.Is(err, ErrEmptyPiece) {
		t.Fatalf("empty levels: %v", err)
	}
}

func TestCommitReadError(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(bytes.NewReader(make([]byte, 5000)), iotest.ErrReader(boom))
	if _, err := Commit(r); !errors.Is(err, boom) {
		t.Fatalf("read error not reported: %v", err)
	}
}

// levelWise builds the level-wise representation naively (level k+1 pairs level k,
// odd last promoted) for comparison with the recursive definition.
func levelWise(hashes [][32]byte) [][][32]byte {
	levels := [][][32]byte{hashes}
	for cur := hashes; len(cur) > 1; {
		var next [][32]byte
		for j := 0; j < len(cur); j += 2 {
			if j+1 < len(cur) {
				next = append(next, sha256.Sum256(append(append([]byte{1}, cur[j][:]...), cur[j+1][:]...)))
			} else {
				next = append(next, cur[j])
			}
		}
		levels = append(levels, next)
		cur = next
	}
	return levels
}

// The level-wise construction (promote odd last nodes) gives the RFC 6962 root for
// every leaf count from 1 to 300 and around larger powers of two.
func TestLevelWiseEqualsRecursive(t *testing.T) {
	counts := []int{}
	for n := 1; n <= 300; n++ {
		counts = append(counts, n)
	}
	for _, p := range []int{512, 1024, 2048} {
		counts = append(counts, p-1, p, p+1)
	}
	for _, n := range counts {
		hs := make([][32]byte, n)
		for i := range hs {
			hs[i] = sha256.Sum256([]byte{byte(i), byte(i >> 8), 7})
		}
		lv := levelWise(hs)
		top := lv[len(lv)-1]
		if len(top) != 1 || top[0] != naiveMTH(hs) {
			t.Fatalf("n=%d: level-wise root differs from RFC 6962", n)
		}
		if len(lv) != treeHeight(uint64(n)) {
			t.Fatalf("n=%d: %d levels, treeHeight %d", n, len(lv), treeHeight(uint64(n)))
		}
		counts := levelCounts(uint64(n))
		for k := range lv {
			if uint64(len(lv[k])) != counts[k] {
				t.Fatalf("n=%d level %d: %d nodes, levelCounts %d", n, k, len(lv[k]), counts[k])
			}
		}
	}
}

func TestBuildLevelsMatchesNaive(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 31, 32, 33, 64, 65, 100} {
		for _, tail := range []int{0, -1, -4095} {
			size := n*LeafSize + tail
			if size <= 0 {
				continue
			}
			data := randBytes(uint64(n*10000+tail), size)
			hs := naiveLeafHashes(data)
			want := levelWise(hs)
			l, root, err := BuildLevels(bytes.NewReader(data), uint64(size))
			if err != nil {
				t.Fatal(err)
			}
			if root != naiveMTH(hs) || l.Root() != root || l.Size() != uint64(size) || l.Leaves() != uint64(len(hs)) {
				t.Fatalf("size %d: root mismatch", size)
			}
			if l.Height() != len(want) {
				t.Fatalf("size %d: height %d want %d", size, l.Height(), len(want))
			}
			for k := range want {
				for j := range want[k] {
					h, err := l.Node(k, uint64(j))
					if err != nil || h != want[k][j] {
						t.Fatalf("size %d: node (%d,%d) %x want %x (%v)", size, k, j, h, want[k][j], err)
					}
				}
			}
			if err := l.Check(); err != nil {
				t.Fatalf("size %d: Check: %v", size, err)
			}
			// Every leaf's proof equals RFC 9162 PATH and verifies.
			for i := range hs {
				p, err := l.Proof(uint64(i))
				if err != nil {
					t.Fatal(err)
				}
				np := naivePath(i, hs)
				if len(p.Path) != len(np) || len(np) != PathLen(uint64(i), uint64(len(hs))) {
					t.Fatalf("size %d leaf %d: path length %d want %d", size, i, len(p.Path), len(np))
				}
				for k := range np {
					if p.Path[k] != np[k] {
						t.Fatalf("size %d leaf %d: path[%d] differs from RFC 9162 PATH", size, i, k)
					}
				}
				leaf, err := ReadLeaf(bytes.NewReader(data), uint64(size), uint64(i))
				if err != nil {
					t.Fatal(err)
				}
				if err := p.Verify(root, uint64(size), uint64(i), leaf); err != nil {
					t.Fatalf("size %d leaf %d: %v", size, i, err)
				}
			}
		}
	}
}

func TestLevelsSizeMismatch(t *testing.T) {
	data := randBytes(1, 3*LeafSize)
	if _, _, err := BuildLevels(bytes.NewReader(data), uint64(len(data)+1)); !errors.Is(err, ErrSizeMismatch) {
		t.Fatalf("short stream: %v", err)
	}
	// A longer stream: BuildLevels reads exactly size bytes and leaves the rest.
	r := bytes.NewReader(append(data, 1, 2, 3))
	l, root, err := BuildLevels(r, uint64(len(data)))
	if err != nil || root != naiveRoot(data) || l.Size() != uint64(len(data)) {
		t.Fatalf("prefix: %v", err)
	}
	if r.Len() != 3 {
		t.Fatalf("BuildLevels read %d bytes past size", 3-r.Len())
	}
}

func TestLevelsFileRoundTrip(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{1, LeafSize, 5*LeafSize + 3, 70 * LeafSize, 1000*LeafSize + 17} {
		data := randBytes(uint64(size), size)
		mem, root, err := BuildLevels(bytes.NewReader(data), uint64(size))
		if err != nil {
			t.Fatal(err)
		}
		enc, err := mem.MarshalBinary()
		if err != nil || int64(len(enc)) != LevelsLen(uint64(size)) || mem.EncodedLen() != int64(len(enc)) {
			t.Fatalf("size %d: encoding length %d want %d (%v)", size, len(enc), LevelsLen(uint64(size)), err)
		}
		// WriteLevels to a file gives byte-identical output.
		path := filepath.Join(dir, "levels")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		froot, err := WriteLevels(f, bytes.NewReader(data), uint64(size))
		if err != nil || froot != root {
			t.Fatalf("WriteLevels: %v", err)
		}
		f.Close()
		onDisk, _ := os.ReadFile(path)
		if !bytes.Equal(onDisk, enc) {
			t.Fatalf("size %d: WriteLevels output differs from BuildLevels", size)
		}
		f, _ = os.Open(path)
		fl, err := OpenLevels(f)
		if err != nil {
			t.Fatal(err)
		}
		if fl.Root() != root || fl.Size() != uint64(size) {
			t.Fatal("OpenLevels: wrong root or size")
		}
		if err := fl.Check(); err != nil {
			t.Fatal(err)
		}
		last := fl.Leaves() - 1
		for _, i := range []uint64{0, last / 2, last} {
			p, err := fl.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			leaf, _ := ReadLeaf(bytes.NewReader(data), uint64(size), i)
			if err := p.Verify(root, uint64(size), i, leaf); err != nil {
				t.Fatalf("proof from file: %v", err)
			}
		}
		f.Close()
		rl, err := ReadLevels(bytes.NewReader(enc))
		if err != nil || rl.Root() != root {
			t.Fatalf("ReadLevels: %v", err)
		}
		var out bytes.Buffer
		if _, err := rl.WriteTo(&out); err != nil || !bytes.Equal(out.Bytes(), enc) {
			t.Fatalf("WriteTo: %v", err)
		}
	}
}

func TestLevelsRejectBadEncodings(t *testing.T) {
	data := randBytes(9, 9*LeafSize+5)
	l, _, _ := BuildLevels(bytes.NewReader(data), uint64(len(data)))
	enc, _ := l.MarshalBinary()
	bad := map[string][]byte{
		"empty":     nil,
		"truncated": enc[:len(enc)-1],
		"trailing":  append(append([]byte{}, enc...), 0),
		"magic":     append([]byte("XPLV"), enc[4:]...),
		"version":   append(append([]byte{}, enc[:4]...), append([]byte{2}, enc[5:]...)...),
		"size zero": append(append([]byte{}, enc[:5]...), append(make([]byte, 8), enc[13:]...)...),
		"size huge": append(append([]byte{}, enc[:5]...), append([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, enc[13:]...)...),
	}
	for name, b := range bad {
		if _, err := ReadLevels(bytes.NewReader(b)); !errors.Is(err, ErrBadLevels) {
			t.Errorf("ReadLevels %s: %v", name, err)
		}
		if _, err := UnmarshalLevels(b); !errors.Is(err, ErrBadLevels) {
			t.Errorf("UnmarshalLevels %s: %v", name, err)
		}
	}
	// A flipped hash is found by Check.
	for _, off := range []int{levelsHeaderLen, levelsHeaderLen + 32*5, len(enc) - 40, len(enc) - 1} {
		c := append([]byte{}, enc...)
		c[off] ^= 1
		cl, err := UnmarshalLevels(c)
		if err != nil {
			t.Fatal(err)
		}
		if err := cl.Check(); !errors.Is(err, ErrBadLevels) {
			t.Errorf("corruption at %d not detected: %v", off, err)
		}
	}
}

func TestLeafHelpers(t *testing.T) {
	cases := []struct{ size, n uint64 }{{1, 1}, {4095, 1}, {4096, 1}, {4097, 2}, {8192, 2}, {1 << 30, 1 << 18}, {1<<64 - 1, 1 << 52}}
	for _, c := range cases {
		if got := LeafCount(c.size); got != c.n {
			t.Errorf("LeafCount(%d)=%d want %d", c.size, got, c.n)
		}
	}
	if LeafLen(4097, 0) != 4096 || LeafLen(4097, 1) != 1 || LeafLen(4097, 2) != 0 || LeafLen(8192, 1) != 4096 {
		t.Error("LeafLen")
	}
	if HashLeaf([]byte{1, 2}) != HashLeaf(append([]byte{1, 2}, make([]byte, LeafSize-2)...)) {
		t.Error("HashLeaf does not zero-pad")
	}
	if _, err := ReadLeaf(bytes.NewReader(make([]byte, 10)), 10, 1); !errors.Is(err, ErrLeafIndex) {
		t.Error("ReadLeaf out of range")
	}
}

func TestCommitParallelMatches(t *testing.T) {
	for i, size := range append(interestingSizes(), 3*readBufferSize, 3*readBufferSize+1, 5*readBufferSize-7) {
		data := randBytes(uint64(i)+77, size)
		want, _ := Commit(bytes.NewReader(data))
		for _, w := range []int{0, 1, 2, 3, 8} {
			got, err := CommitParallel(iotest.HalfReader(bytes.NewReader(data)), w)
			if err != nil || got != want {
				t.Fatalf("size %d workers %d: %x %v", size, w, got.Root, err)
			}
		}
	}
	if _, err := CommitParallel(bytes.NewReader(nil), 2); !errors.Is(err, ErrEmptyPiece) {
		t.Fatalf("empty: %v", err)
	}
	boom := errors.New("boom")
	if _, err := CommitParallel(io.MultiReader(bytes.NewReader(make([]byte, 3*readBufferSize)), iotest.ErrReader(boom)), 2); !errors.Is(err, boom) {
		t.Fatalf("read error: %v", err)
	}
}

// A 1 GiB piece is committed, and its levels written to a file, with a few MiB of
// memory: the piece is streamed from a generator and never held.
func TestBoundedMemory1GiB(t *testing.T) {
	if testing.Short() {
		t.Skip("hashes 2 GiB")
	}
	allocated := func(f func()) uint64 {
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		f()
		runtime.ReadMemStats(&b)
		return b.TotalAlloc - a.TotalAlloc
	}
	var id PieceID
	var err error
	n := allocated(func() { id, err = Commit(newGenReader(gib)) })
	if err != nil || id.Size != gib {
		t.Fatal(err)
	}
	if n > 4<<20 {
		t.Fatalf("Commit of 1 GiB allocated %d bytes", n)
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "levels"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var root [32]byte
	n = allocated(func() { root, err = WriteLevels(f, newGenReader(gib), gib) })
	if err != nil || root != id.Root {
		t.Fatalf("WriteLevels: %v", err)
	}
	// The levels themselves are 16 MiB; only bounded buffers may be allocated.
	if levels := uint64(LevelsLen(gib)); n > levels/4 {
		t.Fatalf("WriteLevels of 1 GiB allocated %d bytes (levels are %d)", n, levels)
	}
	l, err := OpenLevels(f)
	if err != nil || l.Root() != root || l.Leaves() != gib/LeafSize {
		t.Fatalf("OpenLevels: %v", err)
	}
}
