package settle

import "math/big"

// Split is the contract's division of one paid report (Upkeeping.sol _payEntry and
// _creditKeepers; SPEC 8, 8.1).
type Split struct {
	Shares      []*big.Int // per entry: the provider's part, floor(amount × providerShareBps / 10000)
	Total       *big.Int   // Σ amounts
	Bonus       *big.Int   // the leader's bonus, floor(total × leaderBonusBps / 10000); 0 if the leader may not share
	KeeperShare *big.Int   // the equal share of each payee
	Remainder   *big.Int   // the division's remainder, credited to the first entry's provider
}

// SplitReport divides a report of entry amounts: each provider's part, the leader's
// bonus (only if leaderShares: the leader is neither slashed nor removed), the rest
// equally among payees (the epoch's keepers neither failed, slashed nor removed) and
// the remainder of that division to the first entry's provider; with no payee the
// keepers' pool is not paid at all (it stays in the surplus). The detector's replay
// and every statement use this one computation.
func SplitReport(amounts []*big.Int, providerShareBps, leaderBonusBps uint16, leaderShares bool, payees int) Split {
	s := Split{Shares: make([]*big.Int, len(amounts)), Total: new(big.Int), Bonus: new(big.Int), KeeperShare: new(big.Int), Remainder: new(big.Int)}
	psb, provTotal := big.NewInt(int64(providerShareBps)), new(big.Int)
	for i, a := range amounts {
		share := new(big.Int).Mul(a, psb)
		share.Quo(share, bps)
		s.Shares[i] = share
		s.Total.Add(s.Total, a)
		provTotal.Add(provTotal, share)
	}
	if leaderShares {
		s.Bonus.Mul(s.Total, big.NewInt(int64(leaderBonusBps)))
		s.Bonus.Quo(s.Bonus, bps)
	}
	if payees > 0 {
		pool := new(big.Int).Sub(s.Total, provTotal)
		pool.Sub(pool, s.Bonus)
		s.KeeperShare.Quo(pool, big.NewInt(int64(payees)))
		s.Remainder.Sub(pool, new(big.Int).Mul(s.KeeperShare, big.NewInt(int64(payees))))
	}
	return s
}
