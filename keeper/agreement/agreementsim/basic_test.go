package agreementsim

import (
	"testing"

	"github.com/whitepay/whitepay/keeper/schedule"
)

// TestHappyPath: N keepers with synthetic data pay the first period at attempt 0,
// with their I/O (lock writes, space-time jobs) answered a few ticks late.
func TestHappyPath(t *testing.T) {
	for _, n := range []int{1, 4, 7} {
		s, err := New(Config{
			N: n, Providers: 5, Seed: 1,
			Params:        schedule.Params{Start: 0, Period: 50, Finality: 2, Window: 20},
			TicksPerBlock: 10, StartHeight: 45, MinDelay: 1, MaxDelay: 3, MaxIODelay: 4,
			Crypto: NewFastCrypto(n, 1),
		})
		if err != nil {
			t.Fatal(err)
		}
		if !s.RunUntil(func() bool { return len(s.Chain.Paid) > 0 }, 5000) {
			for i, nd := range s.Nodes {
				t.Logf("node %d: %+v rej %v", i, nd.Status(), nd.Rejections())
			}
			t.Fatalf("N=%d: no payment; submits %d, pay errors %v", n, len(s.Submits), s.PayErrors)
		}
		if p := s.Chain.Paid[0]; p.Attempt != 0 || p.Te != 50 {
			t.Fatalf("N=%d: paid %+v", n, p)
		}
		if s.LockWrites == 0 || s.JobsRun == 0 {
			t.Fatalf("N=%d: %d lock writes, %d jobs", n, s.LockWrites, s.JobsRun)
		}
	}
}
