package payer

import "github.com/ethereum/go-ethereum/common"

// IsKeeper reports whether account is an active keeper of any contract the group
// serves, in the views' current state (each view's keeper set as of its last
// refresh or reload; nothing is cached here). It costs one map lookup per served
// contract, so it is cheap enough to run for every inbound stream of the
// keeper-to-keeper protocols (keeper/node admission).
func (g *Group) IsKeeper(account common.Address) bool {
	g.mu.RLock()
	defer g.mu.RUnlock()
	for _, v := range g.views {
		if v.IsMember(account) {
			return true
		}
	}
	return false
}
