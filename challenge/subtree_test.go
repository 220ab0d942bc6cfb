package challenge

import (
	"bytes"
	"errors"
	"testing"
)

// Every aligned run of 2^k leaves (the last one shorter) of pieces of many sizes
// verifies against the root through its NodePath, and a flipped byte, a wrong
// index or a truncated path does not.
func TestSubtreesVerify(t *testing.T) {
	for _, size := range []int{1, LeafSize, LeafSize + 1, 5 * LeafSize, 7*LeafSize - 3, 13 * LeafSize, 64*LeafSize + 100} {
		data := randBytes(uint64(size), size)
		lv, root, err := BuildLevels(bytes.NewReader(data), uint64(size))
		if err != nil {
			t.Fatal(err)
		}
		n := LeafCount(uint64(size))
		var hs [][32]byte
		for i := uint64(0); i < n; i++ {
			leaf, _ := ReadLeaf(bytes.NewReader(data), uint64(size), i)
			hs = append(hs, HashLeaf(leaf))
		}
		for k := 0; k < lv.Height()+2; k++ { // levels above the top mean the whole tree
			run := uint64(1) << k
			for j := uint64(0); j*run < n; j++ {
				node := FoldLeafHashes(hs[j*run : min((j+1)*run, n)])
				path, err := lv.NodePath(k, j)
				if err != nil {
					t.Fatal(err)
				}
				if err := VerifyNode(root, uint64(size), k, j, node, path); err != nil {
					t.Fatalf("size %d node (%d,%d): %v", size, k, j, err)
				}
				bad := node
				bad[0] ^= 1
				if err := VerifyNode(root, uint64(size), k, j, bad, path); !errors.Is(err, ErrBadProof) {
					t.Fatalf("size %d: a flipped node verified: %v", size, err)
				}
				if j+1 < lv.LevelLen(k) {
					if err := VerifyNode(root, uint64(size), k, j+1, node, path); err == nil {
						t.Fatalf("size %d: node (%d,%d) verified at index %d", size, k, j, j+1)
					}
				}
				if len(path) > 0 {
					if err := VerifyNode(root, uint64(size), k, j, node, path[1:]); err == nil {
						t.Fatalf("size %d: a truncated path verified", size)
					}
				}
			}
		}
	}
}
