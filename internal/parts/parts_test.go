package parts

import "testing"

// TestSize checks the derivation of the package doc and that a full part fits the
// limits it was derived from.
func TestSize(t *testing.T) {
	if Size != 1181 {
		t.Fatalf("Size %d, package doc says 1,181", Size)
	}
	tx := uint64(EnvelopeBytes + PayFixedBytes + EntryBytes*uint64(Size))
	if tx > TxMaxSize {
		t.Fatalf("a full part is %d bytes > %d", tx, TxMaxSize)
	}
	if g := BaseGas + EntryGas*uint64(Size); g > TxGasCap {
		t.Fatalf("a full part is %d gas > %d", g, TxGasCap)
	}
	// The gas limit binds when it is the smaller one.
	if s := SizeFor(TxMaxSize, 8_000_000); s != (7_000_000-BaseGas)/EntryGas {
		t.Fatalf("SizeFor gas-bound: %d", s)
	}
	if SizeFor(1000, 1000) != 1 {
		t.Fatal("a part has at least one entry")
	}
}

func TestPartition(t *testing.T) {
	if Count(5000, Size) != 5 || Count(1181, Size) != 1 || Count(1182, Size) != 2 || Count(0, Size) != 0 {
		t.Fatal("Count")
	}
	for p := uint32(0); p < 5000; p++ {
		k := Of(p, Size)
		lo, hi := Range(k, Size)
		if uint64(p) < lo || uint64(p) >= hi {
			t.Fatalf("provider %d in part %d [%d, %d)", p, k, lo, hi)
		}
	}
}

// TestRotationFair: with fewer parts per period than parts, every part is served
// at least once every ⌈n/c⌉ periods, exactly c parts per period, and the served
// list and Served agree.
func TestRotationFair(t *testing.T) {
	for n := uint32(1); n <= 13; n++ {
		for c := uint32(1); c <= n+1; c++ {
			bound := uint64((n + min(c, n) - 1) / min(c, n))
			last := make([]int64, n)
			for k := range last {
				last[k] = -1
			}
			for j := uint64(0); j < 60; j++ {
				sp := ServedParts(j, n, c)
				if len(sp) != int(min(c, n)) {
					t.Fatalf("n %d c %d period %d: %d parts", n, c, j, len(sp))
				}
				seen := map[uint32]bool{}
				for _, k := range sp {
					if seen[k] || !Served(j, n, c, k) {
						t.Fatalf("n %d c %d period %d: part %d repeated or not Served", n, c, j, k)
					}
					seen[k] = true
					last[k] = int64(j)
				}
				for k := uint32(0); k < n; k++ {
					if !seen[k] && Served(j, n, c, k) {
						t.Fatalf("n %d c %d period %d: Served(%d) but not listed", n, c, j, k)
					}
					if int64(j)-last[k] >= int64(bound) {
						t.Fatalf("n %d c %d: part %d unserved from period %d to %d (bound %d)", n, c, k, last[k], j, bound)
					}
				}
			}
		}
	}
	if Capacity(20) != 10 || Capacity(1) != 1 {
		t.Fatal("Capacity")
	}
}
