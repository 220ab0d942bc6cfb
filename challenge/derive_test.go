package challenge

import (
	"errors"
	"math"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func makeSet(t testing.TB, provider common.Address, sizes []uint64) *OrderSet {
	var orders []Order
	for i, s := range sizes {
		o := testOrder(provider, byte(i), s)
		o.Root[3] = byte(i >> 8)
		orders = append(orders, o)
	}
	return ActiveOrders(testChain, testContract, provider, 500, orders)
}

func TestSeedLayout(t *testing.T) {
	bh := [32]byte{1, 2, 3}
	k, p := common.HexToAddress("0x11"), common.HexToAddress("0x22")
	or := [32]byte{9}
	want := crypto.Keccak256Hash(bh[:], k[:], p[:], or[:])
	if Seed(bh, k, p, or) != [32]byte(want) {
		t.Fatal("seed layout")
	}
}

func TestDRBGStream(t *testing.T) {
	seed := [32]byte{7}
	g := newDRBG(seed, streamPieces, nil)
	b0 := crypto.Keccak256(seed[:], []byte{0}, appendU64(nil, 0))
	b1 := crypto.Keccak256(seed[:], []byte{0}, appendU64(nil, 1))
	want := []uint64{}
	for _, b := range [][]byte{b0, b1} {
		for k := 0; k < 32; k += 8 {
			want = append(want, new(big.Int).SetBytes(b[k:k+8]).Uint64())
		}
	}
	for i, w := range want {
		if got := g.word(); got != w {
			t.Fatalf("word %d: %x want %x", i, got, w)
		}
	}
	// uniform stays in range for awkward bounds, including ones with heavy rejection.
	for _, n := range []uint64{1, 2, 3, 7, 1 << 32, 1<<63 + 1, math.MaxUint64} {
		for range 50 {
			if x := g.uniform(n); x >= n {
				t.Fatalf("uniform(%d) = %d", n, x)
			}
		}
	}
}

func TestDeriveDeterministicAndInRange(t *testing.T) {
	p, k := common.HexToAddress("0xbeef"), common.HexToAddress("0xabc")
	sizes := []uint64{1, 4096, 4097, 5 * 4096, 3 * 4096, 100 * 4096, 1 << 30, 7, 9000}
	set := makeSet(t, p, sizes)
	params := DefaultParams()
	for b := range 200 {
		bh := [32]byte(crypto.Keccak256Hash(appendU64(nil, uint64(b))))
		c1, err := Derive(set, k, 500, bh, params)
		if err != nil {
			t.Fatal(err)
		}
		// A party holding the same orders in another order recomputes the same.
		var orders []Order
		for i := len(set.Orders) - 1; i >= 0; i-- {
			orders = append(orders, set.Orders[i])
		}
		c2, _ := Derive(ActiveOrders(testChain, testContract, p, 500, orders), k, 500, bh, params)
		if c1.Seed != c2.Seed || len(c1.Pieces) != len(c2.Pieces) {
			t.Fatal("not deterministic")
		}
		if c1.Seed != Seed(bh, k, p, set.Root()) || c1.TotalSize.Cmp(set.TotalSize()) != 0 || c1.Active != set.Len() {
			t.Fatal("challenge header")
		}
		if len(c1.Pieces) != min(params.Pieces, set.Len()) {
			t.Fatalf("%d pieces", len(c1.Pieces))
		}
		seen := map[[32]byte]bool{}
		for i, pc := range c1.Pieces {
			if pc.OrderID != c2.Pieces[i].OrderID || !slices.Equal(pc.Leaves, c2.Pieces[i].Leaves) {
				t.Fatal("not deterministic")
			}
			if seen[pc.OrderID] {
				t.Fatal("piece drawn twice")
			}
			seen[pc.OrderID] = true
			if !slices.Contains(set.IDs, pc.OrderID) || pc.Order.ID(testChain) != pc.OrderID {
				t.Fatal("piece not from the set")
			}
			n := LeafCount(pc.Order.Size)
			if uint64(len(pc.Leaves)) != min(uint64(params.Leaves), n) {
				t.Fatalf("%d leaves of %d", len(pc.Leaves), n)
			}
			for j, l := range pc.Leaves {
				if l >= n || (j > 0 && pc.Leaves[j-1] >= l) {
					t.Fatalf("leaves %v of %d not distinct, ascending, in range", pc.Leaves, n)
				}
			}
		}
	}
}

func TestDeriveSmallSets(t *testing.T) {
	p, k := common.HexToAddress("0xbeef"), common.HexToAddress("0xabc")
	empty := ActiveOrders(testChain, testContract, p, 500, nil)
	c, err := Derive(empty, k, 500, [32]byte{1}, DefaultParams())
	if err != nil || len(c.Pieces) != 0 || c.Space(0).Sign() != 0 || c.Space(3).Sign() != 0 {
		t.Fatalf("empty set: %v", err)
	}
	set := makeSet(t, p, []uint64{4096 * 2, 4096 * 3})
	c, _ = Derive(set, k, 500, [32]byte{1}, DefaultParams())
	if len(c.Pieces) != 2 {
		t.Fatal("fewer pieces than m: all of them")
	}
	for _, pc := range c.Pieces {
		if uint64(len(pc.Leaves)) != LeafCount(pc.Order.Size) {
			t.Fatal("fewer leaves than c: all of them")
		}
	}
	if _, err := Derive(set, k, 501, [32]byte{1}, DefaultParams()); err == nil {
		t.Fatal("set of another height accepted")
	}
	for _, bad := range []Params{{0, 4}, {4, 0}, {MaxChallengePieces + 1, 4}, {4, MaxChallengeLeaves + 1}} {
		if _, err := Derive(set, k, 500, [32]byte{1}, bad); !errors.Is(err, ErrBadParams) {
			t.Fatalf("params %v accepted", bad)
		}
	}
}

// Different seeds spread the selection evenly over pieces and leaves. The seeds are
// fixed, so the counts are deterministic; the bounds are loose (about ±5σ).
func TestDeriveSpreads(t *testing.T) {
	p := common.HexToAddress("0xbeef")
	sizes := make([]uint64, 10)
	for i := range sizes {
		sizes[i] = 100 * LeafSize
	}
	set := makeSet(t, p, sizes)
	const rounds = 2000
	pieceCount := map[[32]byte]int{}
	firstCount := map[[32]byte]int{}
	leafCount := make([]int, 100)
	for b := range rounds {
		bh := [32]byte(crypto.Keccak256Hash([]byte("spread"), appendU64(nil, uint64(b))))
		c, _ := Derive(set, common.HexToAddress("0xabc"), 500, bh, DefaultParams())
		firstCount[c.Pieces[0].OrderID]++
		for _, pc := range c.Pieces {
			pieceCount[pc.OrderID]++
			for _, l := range pc.Leaves {
				leafCount[l]++
			}
		}
	}
	// Each piece: p = 4/10, mean 800, σ ≈ 22.
	for _, id := range set.IDs {
		if c := pieceCount[id]; c < 690 || c > 910 {
			t.Errorf("piece drawn %d times, want about 800", c)
		}
		// First position: p = 1/10, mean 200, σ ≈ 13.
		if c := firstCount[id]; c < 135 || c > 265 {
			t.Errorf("piece drawn first %d times, want about 200", c)
		}
	}
	// Each leaf: 8000 piece draws × 4/100, mean 320, σ ≈ 17.6.
	for l, c := range leafCount {
		if c < 230 || c > 410 {
			t.Errorf("leaf %d drawn %d times, want about 320", l, c)
		}
	}
	// Another keeper or block hash gives another challenge.
	bh := [32]byte{42}
	a, _ := Derive(set, common.HexToAddress("0xabc"), 500, bh, DefaultParams())
	b, _ := Derive(set, common.HexToAddress("0xabd"), 500, bh, DefaultParams())
	if a.Seed == b.Seed {
		t.Fatal("seed ignores the keeper")
	}
}

func TestChallengeSpaceRounding(t *testing.T) {
	c := &Challenge{TotalSize: big.NewInt(10), Pieces: make([]PieceChallenge, 3)}
	for passed, want := range []int64{0, 3, 6, 10} {
		if got := c.Space(passed); got.Int64() != want {
			t.Errorf("passed %d: %s want %d", passed, got, want)
		}
	}
	if c.Space(-1).Sign() != 0 || c.Space(7).Int64() != 10 {
		t.Error("clamping")
	}
	large := new(big.Int).Lsh(big.NewInt(1), 70)
	c.TotalSize = large
	if got := c.Space(2); got.Cmp(new(big.Int).Quo(new(big.Int).Mul(large, bigInt(2)), bigInt(3))) != 0 {
		t.Error("exact arithmetic above 64 bits")
	}
}

func bigInt(v int64) *big.Int { return big.NewInt(v) }
