package detector_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/whitepay/whitepay/settle/detector"
)

// TestBenchSmall runs the benchmark's path on a small ledger (the figure itself is
// measured by `whitepay bench detector`, not asserted).
func TestBenchSmall(t *testing.T) {
	res, err := detector.RunBench(context.Background(), detector.BenchConfig{Settlements: 250, Entries: 100})
	if err != nil {
		t.Fatal(err)
	}
	if res.Settlements != 250 || res.Batches != 3 || res.RecordsVerified != 250 {
		t.Fatalf("result %+v", res)
	}
	// The floor is measured in the same run, for the same shape, and the ratio is the
	// replay rate over it.
	if res.FloorPerS <= 0 || res.FloorSigsPerSettle != 2 || res.FloorRatio != res.SettlementsPerS/res.FloorPerS {
		t.Fatalf("floor %+v", res)
	}
	t.Logf("%+v", res)
}

// TestSigFloorShape: the floor refuses a shape without work.
func TestSigFloorShape(t *testing.T) {
	for _, s := range []detector.FloorShape{{}, {SigsPerSettlement: 2, EntriesPerBatch: 10, Observations: 3}, {SigsPerSettlement: 2, Workers: 1, Observations: 3}} {
		if _, err := detector.SigFloor(context.Background(), s, 0); err == nil {
			t.Errorf("shape %+v accepted", s)
		}
	}
	r, err := detector.SigFloor(context.Background(), detector.FloorShape{SigsPerSettlement: 2, EntriesPerBatch: 10, Observations: 3, Workers: 1}, 0)
	if err != nil || r <= 0 {
		t.Fatalf("one batch: %v %v", r, err)
	}
}

// BenchmarkReplay measures the detector's replay rate; b.N is ignored in favour of
// BENCH_SETTLEMENTS (default 20,000) so that one run is one ledger.
func BenchmarkReplay(b *testing.B) {
	n := 20000
	if v := os.Getenv("BENCH_SETTLEMENTS"); v != "" {
		if _, err := fmt.Sscan(v, &n); err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < b.N; i++ {
		res, err := detector.RunBench(context.Background(), detector.BenchConfig{Settlements: n})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(res.SettlementsPerS, "settlements/s")
	}
}
