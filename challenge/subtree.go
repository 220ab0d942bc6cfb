package challenge

import "fmt"

// Subtrees of a piece's Merkle tree (SPEC 3, retrieval): in the level-wise tree
// (levels.go), node (k, j) is the root of the aligned run of up to 2^k leaves
// starting at leaf j·2^k — the RFC 6962 subtree of those leaves, the last run
// being shorter when the leaf count is not a multiple of 2^k. A level above the
// tree's top means the top: the one run of 2^k ≥ n leaves is the whole tree. A retrieval sends a
// piece in such runs ("chunks"), each with the path from its node to the root, so
// that the client checks every leaf as it arrives instead of only at the end.

// NodePath returns the audit path of node (k, j): the sibling hashes from level k
// upwards, skipping the levels where the node on the path is a promoted odd last
// node (Proof's shape, from level k instead of the leaves).
func (l *Levels) NodePath(k int, j uint64) ([][32]byte, error) {
	k = min(k, len(l.counts)-1) // a run of 2^k ≥ all the leaves is the whole tree
	if k < 0 || k >= len(l.counts) || j >= l.counts[k] {
		return nil, fmt.Errorf("%w: node (%d, %d)", ErrLeafIndex, k, j)
	}
	var path [][32]byte
	for ; k < len(l.counts)-1; k++ {
		if s := j ^ 1; s < l.counts[k] {
			h, err := l.Node(k, s)
			if err != nil {
				return nil, err
			}
			path = append(path, h)
		}
		j >>= 1
	}
	return path, nil
}

// VerifyNode checks that node is node (k, j) of the tree of the piece (root, size)
// through path (NodePath's output). It returns nil or an error wrapping
// ErrLeafIndex or ErrBadProof.
func VerifyNode(root [32]byte, size uint64, k int, j uint64, node [32]byte, path [][32]byte) error {
	if err := checkPieceSize(size); err != nil {
		return err
	}
	counts := levelCounts(LeafCount(size))
	k = min(k, len(counts)-1)
	if k < 0 || k >= len(counts) || j >= counts[k] {
		return fmt.Errorf("%w: node (%d, %d) of a %d-byte piece", ErrLeafIndex, k, j, size)
	}
	cur := node
	for ; k < len(counts)-1; k++ {
		if s := j ^ 1; s < counts[k] {
			if len(path) == 0 {
				return fmt.Errorf("%w: path too short", ErrBadProof)
			}
			if j&1 == 1 {
				cur = hashNode(&path[0], &cur)
			} else {
				cur = hashNode(&cur, &path[0])
			}
			path = path[1:]
		}
		j >>= 1
	}
	if len(path) != 0 {
		return fmt.Errorf("%w: path too long", ErrBadProof)
	}
	if cur != root {
		return ErrBadProof
	}
	return nil
}

// FoldLeafHashes returns the root of the level-wise tree over hs (at least one):
// the node of an aligned run of leaves whose hashes are hs.
func FoldLeafHashes(hs [][32]byte) [32]byte {
	level := append([][32]byte(nil), hs...)
	for len(level) > 1 {
		next := level[:0]
		for i := 0; i < len(level); i += 2 {
			if i+1 < len(level) {
				next = append(next, hashNode(&level[i], &level[i+1]))
			} else {
				next = append(next, level[i])
			}
		}
		level = next
	}
	return level[0]
}
