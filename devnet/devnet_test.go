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
	// Many users: the period grows past 10 users (payments per block stay those of
	// 10), the challenges follow it, and the users' period ends spread over it.
	for _, c := range []struct {
		users  int
		period uint64
		every  time.Duration
	}{{10, 20, 2 * time.Second}, {50, 100, 10 * time.Second}} {
		u := Options{Users: c.users}
		if err := u.fill(); err != nil {
			t.Fatal(err)
		}
		if u.Period != c.period || u.ChallengeEvery != c.every || u.Stale != 2*c.period {
			t.Fatalf("%d users: period %d, challenges every %s, G %d; want %d, %s", c.users, u.Period, u.ChallengeEvery, u.Stale, c.period, c.every)
		}
		seen := map[uint64]bool{}
		for i := range c.users {
			off := StartOffset(i, c.users, u.Period)
			if off >= u.Period || (i == 0) != (off == 0) {
				t.Fatalf("%d users: user %d starts %d blocks after the first (period %d)", c.users, i, off, u.Period)
			}
			seen[off] = true
		}
		if len(seen) != min(c.users, int(u.Period)) {
			t.Fatalf("%d users: %d distinct offsets, want every user its own", c.users, len(seen))
		}
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
