package schedule

import (
	"bytes"
	"encoding/hex"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func addr(b byte) common.Address {
	var a common.Address
	a[19] = b
	return a
}

// TestSortKeyPacking checks the packing against a preimage written out by hand:
// uint64 te = 100 as 8 big-endian bytes, then the 20-byte address.
func TestSortKeyPacking(t *testing.T) {
	pre, _ := hex.DecodeString("0000000000000064" + "00000000000000000000000000000000000000ab")
	want := crypto.Keccak256Hash(pre)
	if got := SortKey(100, addr(0xab)); got != want {
		t.Fatalf("SortKey = %x, want keccak256(%x) = %x", got, pre, want)
	}
	if SortKey(101, addr(0xab)) == want || SortKey(100, addr(0xac)) == want {
		t.Fatal("sort key ignores te or address")
	}
}

func TestOrderSortsByKey(t *testing.T) {
	var ks []Keeper
	for i := 0; i < 10; i++ {
		ks = append(ks, Keeper{Index: uint32(i), Address: addr(byte(0x10 + i))})
	}
	for _, te := range []uint64{100, 200, 1 << 40} {
		ord := Order(te, ks)
		if len(ord) != len(ks) {
			t.Fatalf("order has %d keepers", len(ord))
		}
		seen := map[uint32]bool{}
		for i, k := range ord {
			seen[k.Index] = true
			if i == 0 {
				continue
			}
			a := crypto.Keccak256(append(be64(te), ord[i-1].Address[:]...))
			b := crypto.Keccak256(append(be64(te), k.Address[:]...))
			if bytes.Compare(a, b) >= 0 {
				t.Fatalf("te %d: order not ascending at %d", te, i)
			}
		}
		if len(seen) != len(ks) {
			t.Fatal("order lost keepers")
		}
	}
	if ks[0].Index != 0 || ks[9].Index != 9 {
		t.Fatal("Order modified its input")
	}
	// Different te, different order (10 keepers: the chance of equal orders is 1/10!).
	a, b := Order(100, ks), Order(200, ks)
	same := true
	for i := range a {
		same = same && a[i] == b[i]
	}
	if same {
		t.Fatal("order does not depend on te")
	}
}

func TestOrderTieBreakByIndex(t *testing.T) {
	// Same address twice can only be built by hand (New rejects it): equal keys are
	// ordered by index.
	ks := []Keeper{{Index: 7, Address: addr(1)}, {Index: 3, Address: addr(1)}}
	ord := Order(5, ks)
	if ord[0].Index != 3 || ord[1].Index != 7 {
		t.Fatalf("tie not broken by index: %v", ord)
	}
}

func be64(v uint64) []byte {
	b := make([]byte, 8)
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
	return b
}

func TestBoundaries(t *testing.T) {
	p := Params{Start: 1000, Period: 100, Finality: 10, Window: 5}
	for h, want := range map[uint64]bool{999: false, 1000: true, 1050: false, 1100: true, 1300: true} {
		if p.IsBoundary(h) != want {
			t.Errorf("IsBoundary(%d) = %v", h, !want)
		}
	}
	cases := []struct {
		h    uint64
		te   uint64
		okay bool
	}{
		{0, 0, false}, {1000, 0, false}, {1109, 0, false}, // 1100 is payable from 1110
		{1110, 1100, true}, {1209, 1100, true}, {1210, 1200, true}, {5000, 4900, true},
	}
	for _, c := range cases {
		te, ok := p.LatestPayable(c.h)
		if ok != c.okay || te != c.te {
			t.Errorf("LatestPayable(%d) = %d, %v; want %d, %v", c.h, te, ok, c.te, c.okay)
		}
	}
	if f, ok := p.PayableFrom(1100); !ok || f != 1110 {
		t.Errorf("PayableFrom(1100) = %d", f)
	}
	if _, ok := p.PayableFrom(math.MaxUint64); ok {
		t.Error("PayableFrom overflow not reported")
	}
}

func TestWindows(t *testing.T) {
	p := Params{Start: 0, Period: 100, Finality: 10, Window: 5}
	// te = 100: window 0 = [110, 115), window 1 = [115, 120), ...
	for h, want := range map[uint64]int64{109: -1, 110: 0, 114: 0, 115: 1, 119: 1, 120: 2, 134: 4, 135: 5} {
		i, ok := p.WindowAt(100, h)
		if want < 0 {
			if ok {
				t.Errorf("WindowAt(%d) = %d, want none", h, i)
			}
			continue
		}
		if !ok || int64(i) != want {
			t.Errorf("WindowAt(%d) = %d, %v; want %d", h, i, ok, want)
		}
	}
	if s, ok := p.WindowStart(100, 3); !ok || s != 125 {
		t.Errorf("WindowStart(100, 3) = %d", s)
	}
	if _, ok := p.WindowStart(100, math.MaxUint64/2); ok {
		t.Error("WindowStart overflow not reported")
	}
}

// handSchedule builds a schedule whose order is written out by hand, so the window
// and failed-set logic is checked independently of keccak.
func handSchedule(order ...uint32) *Schedule {
	s := &Schedule{Params: Params{Start: 0, Period: 100, Finality: 10, Window: 5}, Te: 100, pos: map[uint32]int{}}
	for i, idx := range order {
		s.Order = append(s.Order, Keeper{Index: idx, Address: addr(byte(idx + 1))})
		s.pos[idx] = i
	}
	return s
}

func indices(ks []Keeper) []uint32 {
	out := []uint32{}
	for _, k := range ks {
		out = append(out, k.Index)
	}
	return out
}

func eq(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestLeaderAndFailedWithWrapAround(t *testing.T) {
	// Order (by hand): keepers 2, 0, 3, 1.
	s := handSchedule(2, 0, 3, 1)
	cases := []struct {
		i      uint64
		leader uint32
		failed []uint32
		bitmap int64
	}{
		{0, 2, []uint32{}, 0},
		{1, 0, []uint32{2}, 0b0100},
		{2, 3, []uint32{2, 0}, 0b0101},
		{3, 1, []uint32{2, 0, 3}, 0b1101},
		// Wrap-around: second pass, everyone but the leader has failed.
		{4, 2, []uint32{0, 3, 1}, 0b1011},
		{5, 0, []uint32{2, 3, 1}, 0b1110},
		{7, 1, []uint32{2, 0, 3}, 0b1101},
		{8, 2, []uint32{0, 3, 1}, 0b1011},
	}
	for _, c := range cases {
		if l := s.Leader(c.i); l.Index != c.leader {
			t.Errorf("window %d: leader %d, want %d", c.i, l.Index, c.leader)
		}
		if f := indices(s.Failed(c.i)); !eq(f, c.failed) {
			t.Errorf("window %d: failed %v, want %v", c.i, f, c.failed)
		}
		if b := s.FailedBitmap(c.i); b.Cmp(big.NewInt(c.bitmap)) != 0 {
			t.Errorf("window %d: bitmap %b, want %b", c.i, b, c.bitmap)
		}
	}
	// Heights: te + D = 110; W = 5.
	for h, want := range map[uint64]uint32{110: 2, 114: 2, 115: 0, 125: 1, 130: 2, 131: 2, 135: 0} {
		_, l, ok := s.WindowAt(h)
		if !ok || l.Index != want {
			t.Errorf("leader at %d = %d, %v; want %d", h, l.Index, ok, want)
		}
	}
	if _, _, ok := s.WindowAt(109); ok {
		t.Error("leader before te + D")
	}
	if from, to, ok := s.Window(2); !ok || from != 120 || to != 125 {
		t.Errorf("window 2 = [%d, %d)", from, to)
	}
	if p, ok := s.Position(3); !ok || p != 2 {
		t.Errorf("position of 3 = %d", p)
	}
}

func TestNewUsesKeccakOrderAndHighIndices(t *testing.T) {
	p := Params{Start: 0, Period: 100, Finality: 10, Window: 5}
	ks := []Keeper{{Index: 255, Address: addr(1)}, {Index: 0, Address: addr(2)}, {Index: 9, Address: addr(3)}}
	s, err := New(p, 200, ks)
	if err != nil {
		t.Fatal(err)
	}
	ord := Order(200, ks)
	for i := range ord {
		if s.Order[i] != ord[i] {
			t.Fatal("New does not use Order")
		}
	}
	// In the second pass the bitmap has every bit but the leader's.
	b := s.FailedBitmap(3)
	want := new(big.Int)
	for _, k := range ks {
		if k.Index != s.Order[0].Index {
			want.SetBit(want, int(k.Index), 1)
		}
	}
	if b.Cmp(want) != 0 || b.BitLen() > 256 {
		t.Fatalf("bitmap %x, want %x", b, want)
	}
}

func TestNewRejects(t *testing.T) {
	p := Params{Start: 0, Period: 100, Finality: 10, Window: 5}
	good := []Keeper{{Index: 0, Address: addr(1)}}
	cases := map[string]struct {
		p   Params
		te  uint64
		ks  []Keeper
		err error
	}{
		"zero period":  {Params{Period: 0, Window: 1}, 100, good, ErrParams},
		"zero window":  {Params{Period: 100, Window: 0}, 100, good, ErrParams},
		"not boundary": {p, 150, good, ErrNotPayable},
		"start":        {p, 0, good, ErrNotPayable},
		"empty":        {p, 100, nil, ErrNoKeepers},
		"dup index":    {p, 100, []Keeper{{0, addr(1)}, {0, addr(2)}}, ErrKeeperSet},
		"dup address":  {p, 100, []Keeper{{0, addr(1)}, {1, addr(1)}}, ErrKeeperSet},
		"big index":    {p, 100, []Keeper{{256, addr(1)}}, ErrKeeperSet},
	}
	for name, c := range cases {
		if _, err := New(c.p, c.te, c.ks); !errors.Is(err, c.err) {
			t.Errorf("%s: err %v, want %v", name, err, c.err)
		}
	}
}
