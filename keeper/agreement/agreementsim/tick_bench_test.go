package agreementsim

import (
	"testing"

	"github.com/whitepay/whitepay/keeper/schedule"
)

// BenchmarkIdleTick is the CPU of one core Tick between agreements (after a
// period is paid, before the next is payable): what each contract's driver costs a
// keeper every Options.Tick while nothing is agreed (issue 14's per-contract cost
// per hour).
func BenchmarkIdleTick(b *testing.B) {
	const n, te, d = 4, 50, 2
	s, err := New(Config{
		N: n, Providers: 3, Seed: 1,
		Params:        schedule.Params{Start: 0, Period: te, Finality: d, Window: 6},
		TicksPerBlock: 10, StartHeight: 45, MinDelay: 1, MaxDelay: 3,
		Crypto: NewFastCrypto(n, 3),
	})
	if err != nil {
		b.Fatal(err)
	}
	if !s.RunUntil(func() bool { return len(s.Chain.Paid) > 0 }, 5000) {
		b.Fatal("no payment")
	}
	nd := s.Nodes[0]
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		nd.Tick()
	}
}
