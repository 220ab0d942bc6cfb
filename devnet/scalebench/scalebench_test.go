package scalebench_test

import (
	"context"
	"strings"
	"testing"

	"github.com/whitepay/whitepay/devnet/scalebench"
	"github.com/whitepay/whitepay/settle/da/arweave/arlocal"
)

// TestScaleSmall runs the benchmark's path on a small contract with every layer
// (arlocal for Arweave). Cost: ~10 s (arlocal, RSA key, 3 periods of signing).
func TestScaleSmall(t *testing.T) {
	srv := arlocal.Start(t)
	res, err := scalebench.Run(context.Background(), scalebench.Config{Providers: 3, Keepers: 4, Challenges: 2, Periods: 3,
		Arweave: srv.URL, ArweaveMine: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.AllPaid || len(res.Periods) != 3 {
		t.Fatalf("result %+v", res)
	}
	for _, p := range res.Periods {
		eth, ar := p.Layers["eth"], p.Layers["arweave"]
		if p.PaidProviders != 3 || p.PayGas == 0 || p.LedgerBytes == 0 || p.KeeperDBBytes == 0 || p.Error != "" {
			t.Fatalf("period %+v", p)
		}
		if eth.Gas == 0 || ar.Gas == 0 || ar.ArweaveID == "" || ar.Gas >= eth.Gas {
			t.Fatalf("period %d layers %+v", p.Period, p.Layers)
		}
		if p.Parts != nil {
			t.Fatalf("period %d reports a figure this part does not measure", p.Period)
		}
		if (p.Period == 0) != (p.Round4 != nil) {
			t.Fatalf("period %d: round 4 %+v, want it measured in period 0 only", p.Period, p.Round4)
		}
		if r := p.Round4; r != nil && (r.Bytes <= r.RecordBytes || r.RecordBytes == 0 || r.Chunks == 0 || r.Seconds <= 0) {
			t.Fatalf("round 4 %+v", r)
		}
	}
	if res.KeeperDBAtRest <= 0 || len(res.Pending) == 0 {
		t.Fatalf("result %+v", res)
	}
	t.Logf("%+v", res.Periods[len(res.Periods)-1])
}

// TestScaleCliff: 1,500 providers in one report exceed geth's 128 KiB transaction
// limit, the period is not paid and says why (the cliff the next part of issue 15,
// reports split into parts, removes). The providers are registered in batches, so
// the contract itself holds them. Cost: ~10 s.
func TestScaleCliff(t *testing.T) {
	res, err := scalebench.Run(context.Background(), scalebench.Config{Providers: 1500, Keepers: 4, Challenges: 1, Periods: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.AllPaid || len(res.Periods) != 1 || !strings.Contains(res.Periods[0].Error, "transaction size") {
		t.Fatalf("result %+v", res)
	}
	t.Logf("cliff: %s", res.Periods[0].Error)
}
