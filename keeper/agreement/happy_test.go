package agreement_test

import (
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/schedule"
)

func TestHappyPathFast(t *testing.T) {
	for _, n := range []int{1, 4, 7} {
		s, err := agreementsim.New(agreementsim.Config{
			N: n, Providers: 5, Seed: 1,
			Params:        schedule.Params{Start: 0, Period: 50, Finality: 2, Window: 20},
			TicksPerBlock: 10, StartHeight: 45, MinDelay: 1, MaxDelay: 3,
			Crypto: agreementsim.NewFastCrypto(n, 1),
		})
		if err != nil {
			t.Fatal(err)
		}
		ok := s.RunUntil(func() bool { return len(s.Chain.Paid) > 0 }, 5000)
		if !ok {
			for i, nd := range s.Nodes {
				t.Logf("node %d: %+v rej %v", i, nd.Status(), nd.Rejections())
			}
			t.Fatalf("N=%d: no payment; submits %d, pay errors %v", n, len(s.Submits), s.PayErrors)
		}
		t.Logf("N=%d paid at height %d: %+v, messages %d bytes %d", n, s.Height(), s.Chain.Paid[0], s.Messages, s.Bytes)
	}
}
