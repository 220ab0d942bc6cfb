package agreementsim

import (
	"flag"
	"testing"
)

var benchRun = flag.Bool("sim.bench", false, "run the agreement bench in tests")

func TestBenchQuick(t *testing.T) {
	n, p, k := 4, 10, 1
	if *benchRun {
		n, p, k = 21, 1000, 5
	}
	r, err := Bench(BenchConfig{Keepers: n, Providers: p, Instances: k, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.MsPerInstance <= 0 || r.CryptoFloorMs <= 0 || r.BytesPerInstance <= 0 {
		t.Fatalf("empty measurement: %+v", r)
	}
	t.Logf("%+v", *r)
}
