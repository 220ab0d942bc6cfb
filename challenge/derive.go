package challenge

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Default and maximum challenge sizes (SPEC 3: m = 4 pieces, c = 4 leaves per piece).
// The maxima bound the size of a response (MaxResponseLen).
const (
	DefaultPieces      = 4
	DefaultLeaves      = 4
	MaxChallengePieces = 16
	MaxChallengeLeaves = 16
)

// ErrBadParams is returned for challenge parameters out of range.
var ErrBadParams = errors.New("challenge: bad challenge parameters")

// Params are the per-contract challenge sizes: Pieces (m) pieces per challenge and
// Leaves (c) leaves per piece. Every keeper of a contract must use the same values.
type Params struct {
	Pieces int
	Leaves int
}

// DefaultParams returns m = 4, c = 4.
func DefaultParams() Params { return Params{Pieces: DefaultPieces, Leaves: DefaultLeaves} }

// Validate checks 1 ≤ Pieces ≤ MaxChallengePieces and 1 ≤ Leaves ≤ MaxChallengeLeaves.
func (p Params) Validate() error {
	if p.Pieces < 1 || p.Pieces > MaxChallengePieces || p.Leaves < 1 || p.Leaves > MaxChallengeLeaves {
		return fmt.Errorf("%w: m=%d c=%d (want 1..%d and 1..%d)", ErrBadParams, p.Pieces, p.Leaves, MaxChallengePieces, MaxChallengeLeaves)
	}
	return nil
}

// Seed returns the challenge seed of SPEC 3:
//
//	keccak256(blockhash(b) ‖ keeper ‖ provider ‖ ordersRoot)
//
// with 20-byte addresses.
func Seed(blockHash [32]byte, keeper, provider common.Address, ordersRoot [32]byte) [32]byte {
	h := crypto.NewKeccakState()
	h.Write(blockHash[:])
	h.Write(keeper[:])
	h.Write(provider[:])
	h.Write(ordersRoot[:])
	var out [32]byte
	h.Read(out[:])
	return out
}

// Labels of the derivation streams.
const (
	streamPieces = 0x00
	streamLeaves = 0x01
)

// drbg is the deterministic generator of challenge derivation: a stream of 64-bit
// big-endian words read from the blocks
//
//	block_i = keccak256(seed ‖ label ‖ [orderId] ‖ uint64 i),  i = 0, 1, 2, …
//
// four words per block, in order. label 0x00 (no order id) selects pieces; label
// 0x01 followed by the 32-byte order id selects the leaves of that piece, so a
// piece's leaves do not depend on where it was drawn.
type drbg struct {
	prefix []byte
	ctr    uint64
	block  [32]byte
	pos    int
}

func newDRBG(seed [32]byte, label byte, orderID *[32]byte) *drbg {
	p := make([]byte, 0, 32+1+32+8)
	p = append(p, seed[:]...)
	p = append(p, label)
	if orderID != nil {
		p = append(p, orderID[:]...)
	}
	return &drbg{prefix: p, pos: 32}
}

func (g *drbg) word() uint64 {
	if g.pos == 32 {
		g.block = crypto.Keccak256Hash(g.prefix, binary.BigEndian.AppendUint64(nil, g.ctr))
		g.ctr++
		g.pos = 0
	}
	v := binary.BigEndian.Uint64(g.block[g.pos:])
	g.pos += 8
	return v
}

// uniform returns a uniform integer in [0, n), n ≥ 1, by rejection: words below
// 2^64 mod n are discarded, so that the remaining range is a multiple of n and
// word mod n is unbiased.
func (g *drbg) uniform(n uint64) uint64 {
	threshold := -n % n // 2^64 mod n
	for {
		if x := g.word(); x >= threshold {
			return x % n
		}
	}
}

// PieceChallenge is one challenged piece: its order (and id) and the challenged leaf
// indices, ascending and distinct.
type PieceChallenge struct {
	OrderID [32]byte
	Order   Order
	Leaves  []uint64
}

// Challenge is the challenge keeper Keeper puts to provider Provider at block Height
// (SPEC 3), with everything needed to check a response and to value it.
type Challenge struct {
	Keeper     common.Address
	Provider   common.Address
	Height     uint64
	BlockHash  [32]byte
	OrdersRoot [32]byte
	Seed       [32]byte
	Pieces     []PieceChallenge // in the order they were drawn
	Active     int              // number of active orders (pieces) of the provider
	TotalSize  *big.Int         // their total size in bytes
}

// Derive computes the challenge of keeper at height b with block hash blockHash over
// the provider's active orders set (ActiveOrders at height b). Any party holding the
// same orders recomputes the same challenge:
//
//   - seed = Seed(blockHash, keeper, provider, set.Root());
//   - pieces: a partial Fisher–Yates shuffle of the set's indices 0..k−1 (sorted by
//     order id) driven by the 0x00 stream draws min(m, k) distinct pieces, in draw
//     order (for i = 0..: j = i + uniform(k−i); swap(i, j); take index i);
//   - leaves: for a piece of n leaves, all n leaves if n ≤ c; otherwise c distinct
//     leaves drawn without replacement from its 0x01 stream (uniform(n), a repeat is
//     drawn again), then sorted ascending.
//
// A provider with no active order gets a challenge with no pieces (its space is 0).
func Derive(set *OrderSet, keeper common.Address, height uint64, blockHash [32]byte, params Params) (*Challenge, error) {
	if err := params.Validate(); err != nil {
		return nil, err
	}
	if set.Height != height {
		return nil, fmt.Errorf("challenge: order set for height %d used at height %d", set.Height, height)
	}
	c := &Challenge{
		Keeper:     keeper,
		Provider:   set.Provider,
		Height:     height,
		BlockHash:  blockHash,
		OrdersRoot: set.Root(),
		Active:     set.Len(),
		TotalSize:  set.TotalSize(),
	}
	c.Seed = Seed(blockHash, keeper, set.Provider, c.OrdersRoot)
	for _, i := range selectPieces(c.Seed, set.Len(), params.Pieces) {
		o := set.Orders[i]
		id := set.IDs[i]
		c.Pieces = append(c.Pieces, PieceChallenge{OrderID: id, Order: o, Leaves: selectLeaves(c.Seed, id, LeafCount(o.Size), params.Leaves)})
	}
	return c, nil
}

// selectPieces draws min(m, k) distinct indices of [0, k).
func selectPieces(seed [32]byte, k, m int) []int {
	m = min(m, k)
	idx := make([]int, k)
	for i := range idx {
		idx[i] = i
	}
	g := newDRBG(seed, streamPieces, nil)
	for i := 0; i < m; i++ {
		j := i + int(g.uniform(uint64(k-i)))
		idx[i], idx[j] = idx[j], idx[i]
	}
	return idx[:m]
}

// selectLeaves draws min(c, n) distinct leaf indices of [0, n), ascending.
func selectLeaves(seed, orderID [32]byte, n uint64, c int) []uint64 {
	if n <= uint64(c) {
		out := make([]uint64, n)
		for i := range out {
			out[i] = uint64(i)
		}
		return out
	}
	g := newDRBG(seed, streamLeaves, &orderID)
	out := make([]uint64, 0, c)
	for len(out) < c {
		x := g.uniform(n)
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return out
}

// Space values a response that passed passed of the challenged pieces (SPEC 3):
//
//	s = TotalSize × passed / len(Pieces)
//
// with integer division rounding down (so s never exceeds the proven share). A
// challenge with no pieces values 0. passed is clamped to [0, len(Pieces)].
func (c *Challenge) Space(passed int) *big.Int {
	n := len(c.Pieces)
	if n == 0 || passed <= 0 {
		return new(big.Int)
	}
	passed = min(passed, n)
	s := new(big.Int).Mul(c.TotalSize, big.NewInt(int64(passed)))
	return s.Quo(s, big.NewInt(int64(n)))
}
