package agreementsim

import "testing"

func BenchmarkOverhead4x1000(b *testing.B) {
	c := NewFastCrypto(4, 1)
	for b.Loop() {
		s, err := New(Config{N: 4, Providers: 1000, Seed: 1, Params: benchParams, TicksPerBlock: 1 << 20, StartHeight: 102, MinDelay: 1, MaxDelay: 1, Crypto: c})
		if err != nil {
			b.Fatal(err)
		}
		if !s.RunUntil(func() bool { return len(s.Chain.Paid) > 0 }, 10000) {
			b.Fatal("not paid")
		}
	}
}
