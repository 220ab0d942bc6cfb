package scalebench_test

import (
	"context"
	"testing"

	"github.com/whitepay/whitepay/devnet/scalebench"
	"github.com/whitepay/whitepay/internal/parts"
	"github.com/whitepay/whitepay/settle/da/arweave/arlocal"
)

// TestScaleSmall runs the benchmark's path on a small contract with every layer
// (arlocal for Arweave), its report in two parts (parts of 2 providers): each
// part's batch, version 3 for part 1, goes on every layer. Cost: ~15 s (arlocal,
// RSA key, 2 periods of 2 batches).
func TestScaleSmall(t *testing.T) {
	srv := arlocal.Start(t)
	res, err := scalebench.Run(context.Background(), scalebench.Config{Providers: 3, Keepers: 4, Challenges: 2, Periods: 2,
		PartSize: 2, Arweave: srv.URL, ArweaveMine: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.AllPaid || len(res.Periods) != 2 {
		t.Fatalf("result %+v", res)
	}
	for _, p := range res.Periods {
		eth, ar := p.Layers["eth"], p.Layers["arweave"]
		if p.PaidProviders != 3 || p.PayGas == 0 || p.LedgerBytes == 0 || p.KeeperDBBytes == 0 || p.Error != "" {
			t.Fatalf("period %+v", p)
		}
		if eth.Gas == 0 || ar.Gas == 0 || ar.ArweaveID == "" || ar.Gas >= eth.Gas || eth.Txs < 2 || ar.Txs < 2 {
			t.Fatalf("period %d layers %+v", p.Period, p.Layers)
		}
		if p.Parts != 2 || len(p.PartGas) != 2 {
			t.Fatalf("period %d: %d parts (want 2)", p.Period, p.Parts)
		}
		if (p.Period == 0) != (p.Round4 != nil) {
			t.Fatalf("period %d: round 4 %+v, want it measured in period 0 only", p.Period, p.Round4)
		}
		if r := p.Round4; r != nil && (r.Bytes <= r.RecordBytes || r.RecordBytes == 0 || r.Chunks == 0 || r.Seconds <= 0) {
			t.Fatalf("round 4 %+v", r)
		}
	}
	if res.KeeperDBAtRest <= 0 || len(res.Pending) != 0 {
		t.Fatalf("result %+v", res)
	}
	t.Logf("%+v", res.Periods[len(res.Periods)-1])
}

// TestScale5000: 5,000 providers in one contract, every one paid in every period
// (issue 15): each period's report is split into ⌈5000/1181⌉ = 5 parts, each paid
// by its own transaction on the simulated chain with geth's 128 KiB transaction
// size limit and a 36 M block gas limit, each under both limits, and built into
// its own ledger batch. (One report of 1,500 entries already exceeded the size
// limit: the cliff this removes.) Cost: ~30 s on two cores (20,000 records signed
// per period, 850 MB resident); the eth layer is left out (~190 M gas of calldata
// per period).
func TestScale5000(t *testing.T) {
	if testing.Short() {
		t.Skip("5,000 providers: about 30 s")
	}
	res, err := scalebench.Run(context.Background(), scalebench.Config{Providers: 5000, Keepers: 4, Challenges: 1, Periods: 2, NoEth: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.AllPaid || len(res.Periods) != 2 || res.MaxUnpaidPeriods != 0 {
		t.Fatalf("result %+v", res)
	}
	for _, p := range res.Periods {
		if p.Error != "" || p.PaidProviders != 5000 || p.Parts != 5 || len(p.PartGas) != 5 || len(p.PartTxBytes) != 5 {
			t.Fatalf("period %+v", p)
		}
		for k := range p.PartGas {
			if p.PartTxBytes[k] > parts.TxMaxSize || p.PartGas[k] > parts.TxGasCap {
				t.Fatalf("period %d part %d: %d bytes, %d gas", p.Period, k, p.PartTxBytes[k], p.PartGas[k])
			}
		}
		t.Logf("period %d: %d parts, tx bytes %v, gas %v, %.0f gas per provider", p.Period, p.Parts, p.PartTxBytes, p.PartGas, p.GasPerPayment)
	}
}

// TestScaleRotation: when a period pays fewer parts than the contract has, the
// parts rotate and no provider starves (parts.Served): 7 providers in parts of 2
// (4 parts), 3 parts per period, 6 periods — each period pays 3 parts, every
// provider is paid at least every ⌈4/3⌉ = 2 periods, and the ledger and contract
// agree on every payment (each covering every period since its lastPaid). Cost: ~5 s.
func TestScaleRotation(t *testing.T) {
	res, err := scalebench.Run(context.Background(), scalebench.Config{Providers: 7, Keepers: 4, Challenges: 1, Periods: 6,
		PartSize: 2, PartsPerPeriod: 3, NoEth: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Periods) != 6 || res.AllPaid || res.MaxUnpaidPeriods != 1 {
		t.Fatalf("result %+v", res)
	}
	for _, p := range res.Periods {
		if p.Error != "" || p.Parts != 3 || p.PaidProviders < 5 {
			t.Fatalf("period %+v", p)
		}
	}
	// After 6 periods every provider was paid within the last 2 (te 120 or 100).
	end := res.Periods[5].Te
	for p, lp := range res.LastPaid {
		if lp+res.Config.Period < end {
			t.Fatalf("provider %d last paid through %d, the run ended at %d", p, lp, end)
		}
	}
	if len(res.LastPaid) != 7 {
		t.Fatalf("lastPaid %v", res.LastPaid)
	}
}
