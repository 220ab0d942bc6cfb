package devnet

import (
	"errors"
	"math/big"
	"testing"
	"time"
)

// The devnet end to end is tested in cmd/whitepay (in process, as processes, on
// geth --dev); these are the package's pure parts.

func TestOptionsDefaults(t *testing.T) {
	var o Options
	if err := o.fill(); err != nil {
		t.Fatal(err)
	}
	if o.Keepers != 4 || o.Providers != 3 || o.Periods != 3 || o.Period != 20 || o.Finality != 2 || o.Window != 6 || o.Stale != 40 ||
		o.BlockPeriod != 500*time.Millisecond || o.ChallengeEvery != 2*time.Second {
		t.Fatalf("embedded defaults: %+v", o)
	}
	ext := Options{RPC: "http://127.0.0.1:8545", Keepers: 7, Providers: 50}
	if err := ext.fill(); err != nil {
		t.Fatal(err)
	}
	if ext.Period != 10 || ext.Window != 4+350/100 || ext.Stale != 20 || ext.ChallengeEvery <= 2*time.Second || ext.StartDelay <= 5 {
		t.Fatalf("external defaults for 7×50: %+v", ext)
	}
	for _, bad := range []Options{{Keepers: -1}, {Providers: -3}, {Keepers: 257}, {Periods: -1}, {DA: "ipfs:x"}, {Faults: []string{"kill-keeper"}}} {
		if err := bad.fill(); !errors.Is(err, ErrOptions) {
			t.Fatalf("%+v: %v", bad, err)
		}
	}
}

func TestHelpers(t *testing.T) {
	if got := bitsOf(big.NewInt(0b1011)); got != "k0,k1,k3" {
		t.Fatal(got)
	}
	if bitsOf(nil) != "none" || bitsOf(new(big.Int)) != "none" {
		t.Fatal("empty bitmap")
	}
	tr, id, ok := cutP2P("/ip4/127.0.0.1/tcp/4001/p2p/16Uiu2HAm")
	if !ok || tr != "/ip4/127.0.0.1/tcp/4001" || id != "16Uiu2HAm" {
		t.Fatal(tr, id, ok)
	}
	ps, err := freePorts(10)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for _, p := range ps {
		if p < 20000 || p >= 32768 || seen[p] {
			t.Fatalf("ports %v", ps)
		}
		seen[p] = true
	}
	a, b := PieceData(1, 0, 4096), PieceData(1, 0, 4096)
	if string(a) != string(b) || string(a) == string(PieceData(2, 0, 4096)) {
		t.Fatal("piece data not deterministic per provider")
	}
}
