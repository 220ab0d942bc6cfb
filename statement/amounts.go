package statement

import (
	"math/big"

	"github.com/whitepay/whitepay/upkeeping"
)

// bps is the basis-point denominator of the contract's shares.
const bps = 10000

// ProviderCredit is what the contract credited a provider for one paid entry of
// gross amount: floor(amount × providerShareBps / 10000), plus remainder — the
// report's keeper-pool remainder, which goes to the provider of the report's first
// entry (Upkeeping.sol _payEntry and _creditKeepers; settle's replay).
func ProviderCredit(amount *big.Int, shareBps uint16, remainder *big.Int) *big.Int {
	net := new(big.Int).Mul(amount, big.NewInt(int64(shareBps)))
	net.Quo(net, big.NewInt(bps))
	if remainder != nil {
		net.Add(net, remainder)
	}
	return net
}

// LeaderBonus is the leader's bonus of a report of total amount:
// floor(total × leaderBonusBps / 10000).
func LeaderBonus(total *big.Int, leaderBps uint16) *big.Int {
	b := new(big.Int).Mul(total, big.NewInt(int64(leaderBps)))
	return b.Quo(b, big.NewInt(bps))
}

// KeeperCredit is what the contract credited the keeper at position index of g (the
// group of r's epoch) for report r: its equal share of the keeper pool unless the
// report names it failed or it is slashed or removed there, plus the leader's bonus
// if it led and may share (settle.SplitReport's rules).
func KeeperCredit(r Report, g *upkeeping.EpochGroup, index uint32, leaderBps uint16) *big.Int {
	out := new(big.Int)
	if int(index) >= len(g.Members) {
		return out
	}
	m := g.Members[index]
	shares := !m.Removed && !m.NoShare
	if shares && (r.Failed == nil || r.Failed.Bit(int(index)) == 0) && r.KeeperShare != nil {
		out.Add(out, r.KeeperShare)
	}
	if shares && r.Leader == index && r.Total != nil {
		out.Add(out, LeaderBonus(r.Total, leaderBps))
	}
	return out
}
