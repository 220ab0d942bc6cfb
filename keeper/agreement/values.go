package agreement

import (
	"fmt"
	"math/big"
	"sort"
)

// Tolerance is τ as the rational Num/Den (SPEC 7 default 1%): two space-time values
// a, b agree within τ when
//
//	|a − b| · Den ≤ Num · max(a, b)
//
// which is symmetric, exact in integers, and makes 0 agree only with 0.
type Tolerance struct{ Num, Den uint64 }

// DefaultTolerance is 1%.
var DefaultTolerance = Tolerance{Num: 1, Den: 100}

// Validate checks 0 ≤ Num < Den.
func (t Tolerance) Validate() error {
	if t.Den == 0 || t.Num >= t.Den {
		return fmt.Errorf("agreement: tolerance %d/%d not in [0, 1)", t.Num, t.Den)
	}
	return nil
}

// Within reports whether a and b agree within τ.
func (t Tolerance) Within(a, b *big.Int) bool {
	c := a.Cmp(b)
	if c == 0 {
		return true
	}
	hi, lo := a, b
	if c < 0 {
		hi, lo = b, a
	}
	diff := new(big.Int).Sub(hi, lo)
	diff.Mul(diff, new(big.Int).SetUint64(t.Den))
	bound := new(big.Int).Mul(hi, new(big.Int).SetUint64(t.Num))
	return diff.Cmp(bound) <= 0
}

// weighted is one distinct value with its multiplicity among the observations.
type weighted struct {
	v *big.Int
	n int
}

// sortWeighted sorts ascending by value.
func sortWeighted(ws []weighted) {
	sort.Slice(ws, func(i, j int) bool { return ws[i].v.Cmp(ws[j].v) < 0 })
}

// nth returns the element at 0-based index k of the multiset (ws sorted ascending).
func nth(ws []weighted, k int) *big.Int {
	for _, w := range ws {
		if k < w.n {
			return w.v
		}
		k -= w.n
	}
	return nil
}

// total returns the multiset's size.
func total(ws []weighted) int {
	t := 0
	for _, w := range ws {
		t += w.n
	}
	return t
}

// Median returns the lower median of values: the element at index ⌊(k−1)/2⌋ of the k
// values sorted ascending. For odd k it is the median; for even k (q is even when
// N = 3f+2) it is the lower of the two middle values, an actual observation, so no
// rounding is needed. With at most f of the k ≥ 2f+1 values faulty, at least f+1
// values are ≤ it and at least f+1 are ≥ it, so it lies between the smallest and
// largest honest value (Validity).
func Median(values []*big.Int) *big.Int {
	ws := make([]weighted, len(values))
	for i, v := range values {
		ws[i] = weighted{v, 1}
	}
	sortWeighted(ws)
	return nth(ws, (len(values)-1)/2)
}

// medianWeighted is Median over a sorted multiset.
func medianWeighted(ws []weighted) *big.Int { return nth(ws, (total(ws)-1)/2) }

// trimmedRange returns [s_f, s_(k−1−f)] of the k values sorted ascending: any value
// in it has at least f+1 observations at or below it and f+1 at or above, so with at
// most f faulty observers it lies between two honest observations. ok is false
// when k < 2f+1.
func trimmedRange(ws []weighted, f int) (lo, hi *big.Int, ok bool) {
	k := total(ws)
	if k < 2*f+1 {
		return nil, nil, false
	}
	return nth(ws, f), nth(ws, k-1-f), true
}

// support returns how many of the values agree with v within τ.
func (t Tolerance) support(ws []weighted, v *big.Int) int {
	s := 0
	for _, w := range ws {
		if t.Within(w.v, v) {
			s += w.n
		}
	}
	return s
}

// ReconcileValue is round 3 (SPEC 7; seed 001 "第三轮共识"): from the values of k ≥
// 2f+1 observations, a value inside their trimmed range (so Validity holds) that as
// many observations as possible agree with within τ, and at least f+1. Candidates
// are the midpoints of the widest clusters of values that all agree with their
// midpoint, clamped to the trimmed range; ties go to the smaller value. ok is false
// when no candidate has f+1 support.
func (t Tolerance) ReconcileValue(values []*big.Int, f int) (v *big.Int, support int, ok bool) {
	ws := make([]weighted, len(values))
	for i, x := range values {
		ws[i] = weighted{x, 1}
	}
	sortWeighted(ws)
	lo, hi, ok := trimmedRange(ws, f)
	if !ok {
		return nil, 0, false
	}
	clamp := func(x *big.Int) *big.Int {
		if x.Cmp(lo) < 0 {
			return lo
		}
		if x.Cmp(hi) > 0 {
			return hi
		}
		return x
	}
	mid := func(a, b *big.Int) *big.Int {
		m := new(big.Int).Add(a, b)
		return m.Rsh(m, 1)
	}
	k := len(ws)
	var best *big.Int
	bestSup := -1
	for i := 0; i < k; i++ {
		// The largest j whose cluster [s_i, s_j] agrees with its midpoint: the
		// condition is monotone in j (both distances grow with s_j).
		j := i + sort.Search(k-i, func(d int) bool {
			m := mid(ws[i].v, ws[i+d].v)
			return !(t.Within(ws[i].v, m) && t.Within(ws[i+d].v, m))
		}) - 1
		if j < i {
			j = i
		}
		c := clamp(mid(ws[i].v, ws[j].v))
		s := t.support(ws, c)
		if s > bestSup || (s == bestSup && c.Cmp(best) < 0) {
			best, bestSup = c, s
		}
	}
	if bestSup < f+1 {
		return nil, bestSup, false
	}
	return new(big.Int).Set(best), bestSup, true
}
