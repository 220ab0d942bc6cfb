package arweave

import (
	"crypto/sha256"
	"encoding/binary"
)

// Chunking of a transaction's data (Arweave's ar_merkle, as arweave-js computes it for
// format-2 transactions).
const (
	// MaxChunkSize is the largest chunk.
	MaxChunkSize = 256 << 10
	// MinChunkSize: a last chunk below it is avoided by splitting the last two chunks
	// evenly.
	MinChunkSize = 32 << 10
	noteSize     = 32
)

// Chunk is one chunk of a transaction's data: bytes [Min, Max) of it, and the merkle
// proof (data_path) that binds it to the data root at offset Max−1.
type Chunk struct {
	Min, Max int
	DataHash [32]byte
	Path     []byte
}

// Offset is the offset a chunk is posted with (its last byte).
func (c Chunk) Offset() int { return c.Max - 1 }

type node struct {
	id       [32]byte
	min, max int // leaf range; for a branch, max of the right child
	split    int // branch: the left child's max
	dataHash [32]byte
	left     *node
	right    *node
}

func note(n int) []byte {
	b := make([]byte, noteSize)
	binary.BigEndian.PutUint64(b[noteSize-8:], uint64(n))
	return b
}

func sum(parts ...[]byte) [32]byte {
	h := sha256.New()
	for _, p := range parts {
		h.Write(p)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

func hashOf(b []byte) []byte { h := sha256.Sum256(b); return h[:] }

// chunkRanges splits n bytes as arweave-js does: chunks of MaxChunkSize, except that
// when what would remain after a full chunk is below MinChunkSize, the remainder is
// split in two, the first half rounded up. The last range may be empty (n a multiple
// of MaxChunkSize, or n = 0).
func chunkRanges(n int) [][2]int {
	var out [][2]int
	cursor, rest := 0, n
	for rest >= MaxChunkSize {
		size := MaxChunkSize
		if next := rest - MaxChunkSize; next > 0 && next < MinChunkSize {
			size = (rest + 1) / 2
		}
		out = append(out, [2]int{cursor, cursor + size})
		cursor += size
		rest -= size
	}
	return append(out, [2]int{cursor, cursor + rest})
}

// Chunks returns the data root of data and its chunks with their proofs (an empty
// trailing chunk is dropped, as arweave-js does; its leaf still counts in the root).
func Chunks(data []byte) (root [32]byte, chunks []Chunk) {
	var layer []*node
	for _, r := range chunkRanges(len(data)) {
		dh := sha256.Sum256(data[r[0]:r[1]])
		layer = append(layer, &node{
			id:  sum(hashOf(dh[:]), hashOf(note(r[1]))),
			min: r[0], max: r[1], dataHash: dh,
		})
	}
	leaves := layer
	for len(layer) > 1 {
		var next []*node
		for i := 0; i < len(layer); i += 2 {
			if i+1 == len(layer) {
				next = append(next, layer[i]) // an odd node moves up unchanged
				continue
			}
			l, r := layer[i], layer[i+1]
			next = append(next, &node{
				id:  sum(hashOf(l.id[:]), hashOf(r.id[:]), hashOf(note(l.max))),
				max: r.max, split: l.max, left: l, right: r,
			})
		}
		layer = next
	}
	rootNode := layer[0]
	paths := map[*node][]byte{}
	var walk func(n *node, prefix []byte)
	walk = func(n *node, prefix []byte) {
		if n.left == nil {
			paths[n] = append(append(append([]byte(nil), prefix...), n.dataHash[:]...), note(n.max)...)
			return
		}
		p := append(append(append(append([]byte(nil), prefix...), n.left.id[:]...), n.right.id[:]...), note(n.split)...)
		walk(n.left, p)
		walk(n.right, p)
	}
	walk(rootNode, nil)
	for _, l := range leaves {
		if l.max == l.min && len(leaves) > 1 {
			continue
		}
		chunks = append(chunks, Chunk{Min: l.min, Max: l.max, DataHash: l.dataHash, Path: paths[l]})
	}
	return rootNode.id, chunks
}

// DataRoot returns the data root of data.
func DataRoot(data []byte) [32]byte {
	r, _ := Chunks(data)
	return r
}
