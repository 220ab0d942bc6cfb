package agreementsim

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"testing"
	"time"
)

var (
	simSeeds = flag.Int("sim.seeds", 2000, "random scenarios TestScenarios runs (seeds 1..N)")
	simFirst = flag.Int64("sim.first", 1, "first seed of TestScenarios")
)

// TestScenarios runs -sim.seeds random scenarios (Random) and checks Safety,
// Validity, Liveness and Accountability on each. A failure prints its seed; replay
// one with WHITEPAY_SIM_SEED=S (it runs alone, with its end state dumped).
func TestScenarios(t *testing.T) {
	first, n := *simFirst, *simSeeds
	replay := os.Getenv("WHITEPAY_SIM_SEED")
	if replay != "" {
		seed, err := strconv.ParseInt(replay, 10, 64)
		if err != nil {
			t.Fatalf("WHITEPAY_SIM_SEED=%q: %v", replay, err)
		}
		first, n = seed, 1
	}
	t0 := time.Now()
	stats := map[string]int{}
	failed := 0
	for seed := first; seed < first+int64(n); seed++ {
		sc := Random(seed)
		if replay != "" && os.Getenv("WHITEPAY_SIM_LOG") != "" {
			sc.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
		}
		t1 := time.Now()
		res := Run(sc)
		if d := time.Since(t1); testing.Verbose() && (d > 2*time.Second || (seed-first)%100 == 99) {
			t.Logf("seed %d (N=%d): %s; %s so far", seed, sc.N, d.Round(time.Millisecond), time.Since(t0).Round(time.Second))
		}
		stats[fmt.Sprintf("N=%d", sc.N)]++
		for a, c := range res.Attempts {
			stats[fmt.Sprintf("attempt %d", a)] += c
		}
		if res.Evidence > 0 {
			stats["with evidence"]++
		}
		if len(sc.Partitions) > 0 {
			stats["partitioned"]++
		}
		if res.Sim != nil && res.Sim.Chunked > 0 {
			stats["chunked sets"]++
		}
		if res.OK() && replay == "" {
			continue
		}
		if !res.OK() {
			failed++
			t.Errorf("%s\n  %v\n  replay: WHITEPAY_SIM_SEED=%d go test -run TestScenarios ./keeper/agreement/agreementsim", sc.Describe(), res.Violations, seed)
		}
		if replay != "" {
			t.Logf("%s\n%s", sc.Describe(), res.Dump())
		}
		if failed >= 10 {
			t.Fatal("stopping after 10 failing seeds")
		}
	}
	t.Logf("%d scenarios (seeds %d..%d) in %s: %v", n, first, first+int64(n)-1, time.Since(t0).Round(time.Millisecond), stats)
	if n >= 100 && stats["chunked sets"] == 0 {
		t.Error("no scenario sent a record set in several chunks: round 4's chunking is not exercised (SimChunkBytes)")
	}
}
