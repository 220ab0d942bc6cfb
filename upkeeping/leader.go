package upkeeping

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/keeper/schedule"
)

// LeaderKey is the sort key of SPEC 6: keccak256(uint64 te ‖ account), te as 8 bytes
// big-endian followed by the 20-byte address — the contract's
// keccak256(abi.encodePacked(uint64 te, address account)). It is schedule.SortKey
// (one implementation of the leader schedule: package keeper/schedule).
func LeaderKey(te uint64, account common.Address) [32]byte {
	return schedule.SortKey(te, account)
}

// LeaderOrder returns the members sorted ascending by LeaderKey(te, account), the
// order of SPEC 6 (window i after te + D is led by order[i mod N]); over the keepers
// of te's epoch (EpochGroup.Keepers) it matches the contract's leaderOrder(te). It is schedule.Order over the
// members. The input is not modified.
func LeaderOrder(te uint64, members []Member) []Member {
	ks := make([]schedule.Keeper, len(members))
	for i, m := range members {
		ks[i] = schedule.Keeper{Index: m.Index, Address: m.Account}
	}
	ord := schedule.Order(te, ks)
	byIndex := make(map[uint32]Member, len(members))
	for _, m := range members {
		byIndex[m.Index] = m
	}
	out := make([]Member, len(ord))
	for i, k := range ord {
		out[i] = byIndex[k.Index]
	}
	return out
}
