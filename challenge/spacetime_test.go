package challenge

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func smp(h, k uint64, s int64) Sample { return Sample{Height: h, Keeper: k, Space: big.NewInt(s)} }

func mustST(t *testing.T, samples []Sample, ts, te, g uint64) *big.Int {
	t.Helper()
	st, err := SpaceTime(samples, ts, te, g)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Cases worked by hand from SPEC 4.
func TestSpaceTimeHandWorked(t *testing.T) {
	cases := []struct {
		name      string
		samples   []Sample
		ts, te, g uint64
		want      int64
	}{
		{"no samples", nil, 0, 100, 10, 0},
		{"one sample inside, span G", []Sample{smp(10, 0, 5)}, 0, 100, 10, 5 * 10},
		{"span cut by te", []Sample{smp(95, 0, 5)}, 0, 100, 10, 5 * 5},
		{"carry from before ts", []Sample{smp(5, 0, 7)}, 10, 100, 8, 7 * 3}, // [5,13) ∩ [10,100) = 3
		{"before ts, span over", []Sample{smp(1, 0, 7)}, 10, 100, 8, 0},
		{"next sample cuts span", []Sample{smp(10, 0, 2), smp(13, 1, 3)}, 0, 100, 10, 2*3 + 3*10},
		{"gap between spans", []Sample{smp(10, 0, 2), smp(30, 0, 3)}, 0, 100, 5, 2*5 + 3*5},
		{"same height: highest keeper counts", []Sample{smp(10, 2, 9), smp(10, 1, 4)}, 0, 100, 10, 9 * 10},
		{"sample at te counts nothing", []Sample{smp(100, 0, 9)}, 0, 100, 10, 0},
		{"sample after te still ends the one before", []Sample{smp(95, 0, 1), smp(97, 0, 50)}, 0, 100, 10, 1*2 + 50*3},
		{"empty interval", []Sample{smp(10, 0, 5)}, 10, 10, 10, 0},
		{"G = 0", []Sample{smp(10, 0, 5)}, 0, 100, 0, 0},
		{"zero space", []Sample{smp(10, 0, 0), smp(12, 0, 4)}, 0, 100, 10, 4 * 10},
		{"three keepers interleaved", []Sample{smp(20, 1, 100), smp(10, 0, 50), smp(25, 2, 80), smp(40, 0, 60)}, 15, 50, 12,
			50*(20-15) + 100*(25-20) + 80*(37-25) + 60*(50-40)},
		{"exact duplicate counted once", []Sample{smp(10, 3, 5), smp(10, 3, 5)}, 0, 100, 10, 50},
	}
	for _, c := range cases {
		if got := mustST(t, c.samples, c.ts, c.te, c.g); got.Cmp(big.NewInt(c.want)) != 0 {
			t.Errorf("%s: st = %s, want %d", c.name, got, c.want)
		}
	}
}

func TestSpaceTimeErrorsAndLimits(t *testing.T) {
	if _, err := SpaceTime(nil, 10, 9, 5); !errors.Is(err, ErrInterval) {
		t.Fatalf("te < ts: %v", err)
	}
	if _, err := SpaceTime([]Sample{smp(1, 1, 5), smp(1, 1, 6)}, 0, 9, 5); !errors.Is(err, ErrConflictingSamples) {
		t.Fatalf("conflict: %v", err)
	}
	if _, err := SpaceTime([]Sample{{Height: 1}}, 0, 9, 5); !errors.Is(err, ErrBadSample) {
		t.Fatalf("nil space: %v", err)
	}
	if _, err := SpaceTime([]Sample{smp(1, 1, -5)}, 0, 9, 5); !errors.Is(err, ErrBadSample) {
		t.Fatalf("negative space: %v", err)
	}
	// Heights near 2^64: t + G saturates instead of wrapping.
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	s := []Sample{{Height: math.MaxUint64 - 5, Keeper: 0, Space: huge}}
	got := mustST(t, s, math.MaxUint64-10, math.MaxUint64, 100)
	if want := new(big.Int).Mul(huge, big.NewInt(5)); got.Cmp(want) != 0 {
		t.Fatalf("saturation: %s want %s", got, want)
	}
	// Exactness above 64 bits.
	a := new(big.Int).SetUint64(math.MaxUint64)
	got = mustST(t, []Sample{{Height: 0, Keeper: 0, Space: a}}, 0, math.MaxUint64, math.MaxUint64)
	if want := new(big.Int).Mul(a, a); got.Cmp(want) != 0 {
		t.Fatalf("big product: %s want %s", got, want)
	}
	// The input is not reordered.
	in := []Sample{smp(9, 0, 1), smp(1, 0, 2)}
	mustST(t, in, 0, 10, 3)
	if in[0].Height != 9 {
		t.Fatal("input modified")
	}
}

// bruteST sums block by block: the space at block h is that of the last sample (in
// (height, keeper) order) at or before h, if h is within G of it.
func bruteST(samples []Sample, ts, te, g uint64) *big.Int {
	st := new(big.Int)
	for h := ts; h < te; h++ {
		var cur *Sample
		for i := range samples {
			s := &samples[i]
			if s.Height <= h && (cur == nil || compareSamples(*s, *cur) >= 0) {
				cur = s
			}
		}
		if cur != nil && h < cur.Height+g {
			st.Add(st, cur.Space)
		}
	}
	return st
}

func randSamples(r *rand.Rand, n int) []Sample {
	var out []Sample
	seen := map[[2]uint64]bool{}
	for range n {
		h, k := r.Uint64N(120), r.Uint64N(4)
		if seen[[2]uint64{h, k}] {
			continue
		}
		seen[[2]uint64{h, k}] = true
		sp := new(big.Int).Lsh(big.NewInt(int64(r.IntN(1000))), uint(r.IntN(80)))
		out = append(out, Sample{Height: h, Keeper: k, Space: sp})
	}
	return out
}

func TestSpaceTimeProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := range 400 {
		samples := randSamples(r, r.IntN(25))
		g := r.Uint64N(30)
		pts := []uint64{r.Uint64N(130), r.Uint64N(130), r.Uint64N(130)}
		a, b, c := min(pts[0], pts[1], pts[2]), pts[0]+pts[1]+pts[2]-min(pts[0], pts[1], pts[2])-max(pts[0], pts[1], pts[2]), max(pts[0], pts[1], pts[2])

		ac := mustST(t, samples, a, c, g)
		// Equal to the block-by-block definition.
		if want := bruteST(samples, a, c, g); ac.Cmp(want) != 0 {
			t.Fatalf("iter %d: st %s, brute force %s", iter, ac, want)
		}
		// Additive.
		ab, bc := mustST(t, samples, a, b, g), mustST(t, samples, b, c, g)
		if new(big.Int).Add(ab, bc).Cmp(ac) != 0 {
			t.Fatalf("iter %d: st[a,c)=%s ≠ st[a,b)+st[b,c)=%s+%s", iter, ac, ab, bc)
		}
		// Independent of input order.
		shuffled := append([]Sample(nil), samples...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if mustST(t, shuffled, a, c, g).Cmp(ac) != 0 {
			t.Fatalf("iter %d: depends on input order", iter)
		}
		// Bounded by max(s) × (te − ts).
		maxS := new(big.Int)
		for _, s := range samples {
			if s.Space.Cmp(maxS) > 0 {
				maxS = s.Space
			}
		}
		if bound := new(big.Int).Mul(maxS, new(big.Int).SetUint64(c-a)); ac.Cmp(bound) > 0 {
			t.Fatalf("iter %d: st %s above bound %s", iter, ac, bound)
		}
		// Zero with no samples.
		if mustST(t, nil, a, c, g).Sign() != 0 {
			t.Fatal("no samples, non-zero st")
		}
	}
}

func TestParseSamples(t *testing.T) {
	in := "# header\n\n 10, 1 ,5\r\n\t20,2,  123456789012345678901234567890 \n   # indented comment\n30,0,0\n007,0,1"
	got, err := ParseSamples(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"10/1/5", "20/2/123456789012345678901234567890", "30/0/0", "7/0/1"}
	if len(got) != len(want) {
		t.Fatalf("%d samples", len(got))
	}
	for i, s := range got {
		if s.Space == nil || strings.Join([]string{big.NewInt(int64(s.Height)).String(), big.NewInt(int64(s.Keeper)).String(), s.Space.String()}, "/") != want[i] {
			t.Fatalf("sample %d = %+v", i, s)
		}
	}
	bad := map[string]int{
		"1,2":                          1,
		"1,2,3,4":                      1,
		"# ok\n1,2,x":                  2,
		"1,2,3\n-1,2,3":                2,
		"1,2,+3":                       1,
		"1, ,3":                        1,
		"1,2,3 # trailing comment":     1,
		"18446744073709551616,0,1":     1,
		"0,18446744073709551616,1":     1,
		"1;2;3":                        1,
		"1,2,3\n\n\n0x10,1,1":          4,
		"1,2,1e3":                      1,
		"1,2,3,":                       1,
		"1 2,3,4":                      1,
		"1,2,3\n1,2,3\n1,2,3\nfoo,1,2": 4,
	}
	for text, line := range bad {
		_, err := ParseSamples(strings.NewReader(text))
		if !errors.Is(err, ErrBadSample) {
			t.Errorf("%q accepted: %v", text, err)
			continue
		}
		if !strings.Contains(err.Error(), "line "+big.NewInt(int64(line)).String()+" ") {
			t.Errorf("%q: error %q does not name line %d", text, err, line)
		}
	}
	long := strings.Repeat("1", maxSampleLine+10)
	if _, err := ParseSamples(strings.NewReader("1,1,1\n1,1," + long)); !errors.Is(err, ErrBadSample) {
		t.Errorf("over-long line: %v", err)
	}
}

func TestRecordSamples(t *testing.T) {
	k0, k1, p := common.HexToAddress("0xa0"), common.HexToAddress("0xa1"), common.HexToAddress("0xbeef")
	recs := []*ChalRecord{
		{Keeper: k0, Provider: p, Height: 10, Space: big.NewInt(100)},
		{Keeper: k1, Provider: p, Height: 10, Space: big.NewInt(200)},
		{Keeper: k0, Provider: common.HexToAddress("0xff"), Height: 12, Space: big.NewInt(999)},
		{Keeper: k1, Provider: p, Height: 14, Space: big.NewInt(0)},
	}
	idx := map[common.Address]uint32{k0: 0, k1: 1}
	st, err := RecordsSpaceTime(recs, p, idx, 0, 100, 10)
	if err != nil {
		t.Fatal(err)
	}
	// Keeper 1's sample at 10 counts (higher index) until 14.
	if st.Int64() != 200*4 {
		t.Fatalf("st %s", st)
	}
	if _, err := RecordsSpaceTime(recs, p, map[common.Address]uint32{k0: 0}, 0, 100, 10); !errors.Is(err, ErrUnknownKeeper) {
		t.Fatalf("unknown keeper: %v", err)
	}
}

func TestSpaceTimeStable(t *testing.T) {
	// Same (height, keeper), different spaces: the later sample in input order counts.
	in := []Sample{smp(10, 1, 5), smp(3, 0, 1), smp(10, 1, 9)}
	st, err := SpaceTimeStable(in, 0, 100, 10)
	if err != nil || st.Int64() != 1*7+9*10 {
		t.Fatalf("stable: %v %v", st, err)
	}
	in[0], in[2] = in[2], in[0]
	if st, _ := SpaceTimeStable(in, 0, 100, 10); st.Int64() != 1*7+5*10 {
		t.Fatalf("stable, swapped: %v", st)
	}
	// Without conflicts both functions agree.
	r := rand.New(rand.NewPCG(5, 6))
	for range 100 {
		s := randSamples(r, 20)
		a, _ := SpaceTime(s, 10, 90, 7)
		b, _ := SpaceTimeStable(s, 10, 90, 7)
		if a.Cmp(b) != 0 {
			t.Fatal("SpaceTime and SpaceTimeStable differ without conflicts")
		}
	}
}
