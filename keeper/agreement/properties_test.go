package agreement_test

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
)

// randomConfig draws one seeded schedule: up to f faulty keepers with random
// behaviours, honest data identical or slightly or very different, and a lossy,
// duplicating, reordering network.
func randomConfig(n int, seed int64) harnessConfig {
	rng := rand.New(rand.NewSource(seed))
	f := agreement.Faulty(n)
	k := f
	if rng.Intn(4) == 0 {
		k = rng.Intn(f + 1)
	}
	faults := map[uint32]behaviour{}
	for _, i := range rng.Perm(n)[:k] {
		faults[uint32(i)] = allBehaviours[rng.Intn(len(allBehaviours))]
	}
	data := honestDataExact
	switch rng.Intn(4) {
	case 0:
		data = honestDataSlight
	case 1:
		data = honestDataLarge
	}
	maxDelay := 1 + uint64(rng.Intn(5))
	return harnessConfig{
		n: n, seed: seed, faults: faults, data: data,
		minDelay: 1, maxDelay: maxDelay,
		drop: rng.Float64() * 0.08, dup: rng.Float64() * 0.08,
		replayNet: rng.Intn(3) == 0, nonMember: rng.Intn(3) == 0, oversized: rng.Intn(25) == 0,
	}
}

func describe(hc harnessConfig) string {
	var fs []string
	for i, b := range hc.faults {
		fs = append(fs, fmt.Sprintf("%d:%s", i, b))
	}
	sort.Strings(fs)
	return fmt.Sprintf("seed %d faults %v data %s delay ≤%d drop %.2f dup %.2f replay %v nonmember %v oversized %v",
		hc.seed, fs, hc.data, hc.maxDelay, hc.drop, hc.dup, hc.replayNet, hc.nonMember, hc.oversized)
}

// TestProperties runs -sim.runs seeded schedules for N = 4, 7, 10 with f faulty
// keepers and checks Agreement, Validity, Liveness and Accountability on each.
func TestProperties(t *testing.T) {
	for _, n := range []int{4, 7, 10} {
		t.Run(fmt.Sprintf("N=%d", n), func(t *testing.T) {
			stats := map[string]int{}
			for run := 0; run < *simRuns; run++ {
				hc := randomConfig(n, int64(1000*n+run))
				h := newHarness(t, hc)
				t.Run(fmt.Sprint(run), func(t *testing.T) {
					h.t = t
					h.checkAll()
					if t.Failed() {
						t.Log(describe(hc))
					}
				})
				p := h.s.Chain.Paid
				if len(p) > 0 {
					stats[fmt.Sprintf("window %d", (p[0].Height-simTe-simParams.Finality)/simParams.Window)]++
					stats[fmt.Sprintf("attempt %d", p[0].Attempt&0xffff)]++
				}
				if len(h.s.Evidence) > 0 {
					stats["evidence"]++
				}
			}
			t.Logf("N=%d: %d runs; %v", n, *simRuns, stats)
		})
	}
}

// TestPropertiesBLS runs -sim.blsruns seeded schedules per configuration with real
// BLS signatures.
func TestPropertiesBLS(t *testing.T) {
	for _, n := range []int{4, 7, 10} {
		c, err := agreementsim.NewBLSCrypto(n)
		if err != nil {
			t.Fatal(err)
		}
		for run := 0; run < *simBLSRuns; run++ {
			hc := randomConfig(n, int64(777*n+run))
			hc.crypto = c
			h := newHarness(t, hc)
			h.checkAll()
			if t.Failed() {
				t.Fatal(describe(hc))
			}
		}
	}
}
