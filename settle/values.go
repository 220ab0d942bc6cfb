package settle

import (
	"math/big"
	"slices"
)

// The value rules of the agreement (SPEC 7), as keeper/agreement applies them when a
// keeper checks a proposal; the detector applies the same rules to the published
// observations. (They are restated here rather than imported so that the ledger's
// definition does not move with the node's code; a test checks that both agree.)

// Within reports whether a and b agree within τ = num/den:
//
//	|a − b| · den ≤ num · max(a, b)
//
// symmetric and exact in integers; 0 agrees only with 0.
func Within(a, b *big.Int, num, den uint32) bool {
	c := a.Cmp(b)
	if c == 0 {
		return true
	}
	hi, lo := a, b
	if c < 0 {
		hi, lo = b, a
	}
	diff := new(big.Int).Sub(hi, lo)
	diff.Mul(diff, new(big.Int).SetUint64(uint64(den)))
	bound := new(big.Int).Mul(hi, new(big.Int).SetUint64(uint64(num)))
	return diff.Cmp(bound) <= 0
}

// LowerMedian returns the element at index ⌊(k−1)/2⌋ of the k values sorted
// ascending: the median for odd k, the lower middle value (an actual observation)
// for even k.
func LowerMedian(values []*big.Int) *big.Int {
	s := slices.Clone(values)
	slices.SortFunc(s, func(a, b *big.Int) int { return a.Cmp(b) })
	return s[(len(s)-1)/2]
}

// ReconcileOK reports whether v is an acceptable round-3 value (SPEC 7 "Reconcile")
// for the k ≥ 2f+1 observed values: inside their trimmed range [s_f, s_(k−1−f)]
// (sorted ascending), and within τ of at least f+1 of them.
func ReconcileOK(v *big.Int, values []*big.Int, f int, num, den uint32) bool {
	k := len(values)
	if k < 2*f+1 {
		return false
	}
	s := slices.Clone(values)
	slices.SortFunc(s, func(a, b *big.Int) int { return a.Cmp(b) })
	if v.Cmp(s[f]) < 0 || v.Cmp(s[k-1-f]) > 0 {
		return false
	}
	support := 0
	for _, x := range s {
		if Within(x, v, num, den) {
			support++
		}
	}
	return support >= f+1
}
