package agreement_test

import (
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// Config.SettleBlocks: the first leader sends no Observe before te + D + settle,
// then pays at attempt 0 in its window.
func TestSettleDelaysFirstLeader(t *testing.T) {
	const n, te, d, settle = 4, 50, 2, 5
	s, err := agreementsim.New(agreementsim.Config{
		N: n, Providers: 5, Seed: 3,
		Params:        schedule.Params{Start: 0, Period: te, Finality: d, Window: 20},
		TicksPerBlock: 10, StartHeight: 45, MinDelay: 1, MaxDelay: 3, SettleBlocks: settle,
		Crypto: agreementsim.NewFastCrypto(n, 3),
	})
	if err != nil {
		t.Fatal(err)
	}
	s.RunUntil(func() bool { return s.Height() >= te+d+settle-1 }, 5000)
	if c := s.ByType[wire.TypeObserve]; c != 0 || len(s.Chain.Paid) != 0 {
		t.Fatalf("at height %d (settling until %d): %d Observe sent, %d paid", s.Height(), te+d+settle, c, len(s.Chain.Paid))
	}
	if !s.RunUntil(func() bool { return len(s.Chain.Paid) > 0 }, 5000) {
		t.Fatal("no payment after settling")
	}
	if p := s.Chain.Paid[0]; p.Attempt != 0 || p.Height < te+d+settle {
		t.Fatalf("paid %+v, want attempt 0 at or after height %d", p, te+d+settle)
	}
}

// Config.SettleBlocks never costs a period its payment: with a short period (the
// node moves on to te + Period at te + Period + D − W) the delay is bounded by
// (Period − W)/2, and every period end is paid at attempt 0 by its first leader.
func TestSettleBoundedByPeriod(t *testing.T) {
	const n, period, d, w = 4, 10, 6, 6
	s, err := agreementsim.New(agreementsim.Config{
		N: n, Providers: 3, Seed: 5,
		Params:        schedule.Params{Start: 0, Period: period, Finality: d, Window: w},
		TicksPerBlock: 10, StartHeight: 15, MinDelay: 1, MaxDelay: 3, SettleBlocks: d,
		Crypto: agreementsim.NewFastCrypto(n, 3),
	})
	if err != nil {
		t.Fatal(err)
	}
	if !s.RunUntil(func() bool { return len(s.Chain.Paid) >= 3 }, 20000) {
		t.Fatalf("at height %d: %d reports paid, want 3", s.Height(), len(s.Chain.Paid))
	}
	for i, p := range s.Chain.Paid[:3] {
		if p.Te != uint64(period*(i+1)) || p.Attempt != 0 {
			t.Fatalf("payment %d: %+v, want te %d at attempt 0", i, p, period*(i+1))
		}
	}
}
