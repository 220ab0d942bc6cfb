package agreement

import (
	"math/big"
	"testing"
)

func ints(xs ...int64) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = big.NewInt(x)
	}
	return out
}

func TestMedian(t *testing.T) {
	cases := []struct {
		in   []int64
		want int64
	}{
		{[]int64{5}, 5},
		{[]int64{3, 1, 2}, 2},
		{[]int64{4, 1, 3, 2}, 2}, // even count: the lower median
		{[]int64{10, 10, 0, 1000000}, 10},
		{[]int64{7, 7, 7, 1, 9, 9}, 7},
	}
	for _, c := range cases {
		if got := Median(ints(c.in...)); got.Int64() != c.want {
			t.Errorf("Median(%v) = %v, want %d", c.in, got, c.want)
		}
	}
}

func TestToleranceWithin(t *testing.T) {
	tol := DefaultTolerance
	cases := []struct {
		a, b int64
		want bool
	}{
		{0, 0, true}, {0, 1, false}, {100, 101, true}, {100, 102, false},
		{1000, 1010, true}, {1000, 1011, false}, // |diff|·100 ≤ max: 1000 ≤ 1010 yes, 1100 ≤ 1011 no
		{1010, 1000, true},
	}
	for _, c := range cases {
		if got := tol.Within(big.NewInt(c.a), big.NewInt(c.b)); got != c.want {
			t.Errorf("Within(%d, %d) = %v", c.a, c.b, got)
		}
	}
	if (Tolerance{1, 1}).Validate() == nil || (Tolerance{0, 0}).Validate() == nil || DefaultTolerance.Validate() != nil {
		t.Error("Validate")
	}
}

func TestReconcileValue(t *testing.T) {
	tol := DefaultTolerance
	// Two honest camps 2% apart: the midpoint agrees with all of them.
	v, sup, ok := tol.ReconcileValue(ints(1000, 1000, 1020, 1020), 1)
	if !ok || v.Int64() != 1010 || sup != 4 {
		t.Fatalf("two camps: %v %d %v", v, sup, ok)
	}
	// Liars at the extremes cannot pull the value out of the trimmed range.
	v, _, ok = tol.ReconcileValue(ints(0, 1000, 1001, 1002, 1_000_000), 1)
	if !ok || v.Int64() < 1000 || v.Int64() > 1002 {
		t.Fatalf("liars: %v %v", v, ok)
	}
	// Values spread far apart: no value has f+1 support within τ.
	if _, _, ok := tol.ReconcileValue(ints(100, 200, 400, 800, 1600, 3200, 6400), 3); ok {
		t.Fatal("spread values reconciled")
	}
	// Fewer than 2f+1 values: no trimmed range.
	if _, _, ok := tol.ReconcileValue(ints(1, 2), 1); ok {
		t.Fatal("reconciled with 2 values and f = 1")
	}
}

func TestTrimmedRangeWeighted(t *testing.T) {
	ws := []weighted{{big.NewInt(1), 2}, {big.NewInt(5), 1}, {big.NewInt(9), 2}}
	lo, hi, ok := trimmedRange(ws, 1)
	if !ok || lo.Int64() != 1 || hi.Int64() != 9 {
		t.Fatalf("f=1: [%v, %v] %v", lo, hi, ok)
	}
	lo, hi, ok = trimmedRange(ws, 2)
	if !ok || lo.Int64() != 5 || hi.Int64() != 5 {
		t.Fatalf("f=2: [%v, %v] %v", lo, hi, ok)
	}
	if medianWeighted(ws).Int64() != 5 {
		t.Fatal("weighted median")
	}
	if Quorum(4) != 3 || Quorum(7) != 5 || Quorum(10) != 7 || Quorum(5) != 4 || Faulty(4) != 1 || Faulty(10) != 3 {
		t.Fatal("quorum arithmetic")
	}
}
