package agreementsim

import (
	"flag"
	"math"
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

var benchRun = flag.Bool("sim.bench", false, "run the agreement bench at 21 keepers and 1000 providers in tests")

// TestBenchQuick runs the benchmark once at N = 4 and checks what it reports: the
// configuration echoed, exactly the messages of one clean instance, a ratio that
// is the instance's time over its floor, a floor that is its two parts; and that a
// configuration the simulation refuses is an error, not a measurement.
func TestBenchQuick(t *testing.T) {
	n, p, k := 4, 10, 1
	if *benchRun {
		n, p, k = 21, 1000, 5
	}
	r, err := Bench(BenchConfig{Keepers: n, Providers: p, Instances: k, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", *r)
	if r.Keepers != n || r.Providers != p || r.Instances != k || r.Quorum != 2*n/3+1 {
		t.Fatalf("configuration echoed wrong: %+v", r)
	}
	if r.MsPerInstance <= 0 || r.CryptoFloorMs <= 0 || r.BytesPerInstance <= 0 || r.SignFloorMs <= 0 || r.AggVerifyFloorMs <= 0 {
		t.Fatalf("empty measurement: %+v", r)
	}
	// One clean instance: Observe and Observation (N−1 each), Propose (N−1), Echo
	// ((N−1)·(N−1): every follower to every other keeper), Vote (N−1).
	if want := float64(4*(n-1) + (n-1)*(n-1)); r.MessagesPerInstance != want {
		t.Fatalf("%v messages per instance, want %v", r.MessagesPerInstance, want)
	}
	if math.Abs(r.SignFloorMs+r.AggVerifyFloorMs-r.CryptoFloorMs) > 1e-6*r.CryptoFloorMs {
		t.Fatalf("floor %v is not sign %v + aggregate verify %v", r.CryptoFloorMs, r.SignFloorMs, r.AggVerifyFloorMs)
	}
	if k == 1 && math.Abs(r.Ratio-r.MsPerInstance/r.CryptoFloorMs) > 1e-9*r.Ratio {
		t.Fatalf("ratio %v, instance / floor %v", r.Ratio, r.MsPerInstance/r.CryptoFloorMs)
	}
	for _, bad := range []BenchConfig{{Keepers: 0, Providers: 1}, {Keepers: 4, Providers: 0}, {Keepers: wire.MaxKeepers + 1, Providers: 1}, {Keepers: 4, Providers: wire.MaxEntries + 1}} {
		if r, err := Bench(bad); err == nil {
			t.Errorf("%+v: measured %+v, want an error", bad, r)
		}
	}
}
