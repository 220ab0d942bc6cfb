package statement_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/ledgergen"
	"github.com/whitepay/whitepay/statement"
	"github.com/whitepay/whitepay/upkeeping"
)

// On a real Upkeeping contract (simulated backend) with a generated ledger of 3
// paid periods (4 keepers, 3 providers): each provider's statement has one period
// per payment, each net equal to what the contract credited — the sums equal the
// balances the contract holds (Consistent), before and after a withdrawal — each
// period names the ledger batch of its payment, and every payment is explained
// by the ledger (its samples' integral or the median of the observations). Cost:
// about 5 s.
func TestStatementsAgainstTheContract(t *testing.T) {
	ctx := context.Background()
	s, err := ledgergen.NewSim(ctx, ledgergen.Config{Keepers: 4, Providers: 3, RecordsPerEntry: 3, Period: 20, Finality: 2, Price: new(big.Int).Mul(big.NewInt(7), upkeeping.PriceScale)}, ledgergen.SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	defer s.AutoMine()()
	store, err := da.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	const periods = 3
	seqOf := map[[32]byte]uint64{}
	for range periods {
		in, err := s.Gen.Next(ctx, s, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.Gen.Build(in)
		if err != nil {
			t.Fatal(err)
		}
		if err := store.Put(ctx, s.Up.Address, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
			t.Fatal(err)
		}
		s.Gen.Apply(b)
		seqOf[b.Batch.PayTx] = b.Batch.Seq
	}
	h, err := statement.NewHistory(s.C, s.Up, 0)
	if err != nil {
		t.Fatal(err)
	}
	l := statement.NewLedger(store, s.Up.Address)
	if err := l.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	snap, err := h.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	grp := s.Gen.Group()
	for _, p := range grp.Providers {
		ps := statement.Provider(snap, p.Account, l)
		if len(ps.Periods) != periods || !ps.Totals.Consistent {
			t.Fatalf("provider %s: %d periods, totals %+v", p.Account, len(ps.Periods), ps.Totals)
		}
		for _, per := range ps.Periods {
			if per.Batch == nil || *per.Batch != seqOf[per.Tx] {
				t.Fatalf("period %d: batch %v, want %d", per.Te, per.Batch, seqOf[per.Tx])
			}
			e, ok := statement.Explain(snap, p.Account, per.Te, l)
			if !ok || !e.Explained || e.Batch == nil || len(e.Samples) == 0 {
				t.Fatalf("explain %s te %d: %+v", p.Account, per.Te, e)
			}
			sum := new(big.Int)
			for _, sm := range e.Samples {
				c, _ := new(big.Int).SetString(sm.Contribution, 10)
				sum.Add(sum, c)
			}
			if sum.String() != e.Integral {
				t.Fatalf("the samples' contributions sum to %s, the integral is %s", sum, e.Integral)
			}
		}
		bal, _ := s.Up.BalanceOf(ctx, p.Account)
		if ps.Totals.Balance != bal.String() || ps.Totals.Credited != bal.String() {
			t.Fatalf("provider %s: credited %s, balance %s on chain", p.Account, ps.Totals.Credited, bal)
		}
	}
	// A keeper's earnings sum to its withdrawable amount, and still after it
	// withdraws (earned − withdrawn = withdrawable).
	k := s.Gen.Keepers[1]
	ks := statement.Keeper(snap, k.Account, l)
	if len(ks.Periods) != periods || !ks.Totals.Consistent || ks.Totals.Earned == "0" {
		t.Fatalf("keeper: %d periods, %+v", len(ks.Periods), ks.Totals)
	}
	if err := s.SendEther(ctx, k.Account, big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	kopts := bind.NewKeyedTransactor(k.Key, s.Up.ChainID)
	txs, err := s.Up.Withdraw(ctx, kopts)
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range txs {
		if _, err := s.Up.Wait(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(50 * time.Millisecond)
	h.MinInterval = 0
	snap, err = h.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ks = statement.Keeper(snap, k.Account, l)
	if !ks.Totals.Consistent || ks.Totals.Withdrawn != ks.Totals.Earned || ks.Totals.Withdrawable != "0" {
		t.Fatalf("after the withdrawal: %+v", ks.Totals)
	}
}
