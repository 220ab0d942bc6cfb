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
	t.Logf("%+v", res)
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
