package node

// Admission to the keeper-to-keeper protocols (issue 8: hostile peers; SPEC 7
// "messages are … rejected if … from outside the group").
//
// Decisions taken where SPEC is silent:
//
//   - Which protocols. The agreement rounds (p2p.ProtoAgreement), the record
//     sync (p2p.ProtoRecord) and order reconciliation (p2p.ProtoOrders) are spoken
//     only between keepers of one group, so only they are restricted. Order intake (p2p.ProtoOrder: users and providers hand
//     orders to keepers) stays open to anyone, as do the protocols a keeper only
//     dials (challenges and uploads are served by providers; payments go through
//     the chain), so providers and users reach everything they use.
//   - Who is admitted. A peer's account (its peer ID is its secp256k1 key,
//     internal/p2p) must be an active keeper of ANY group this node serves: an
//     active keeper in the payer's view of any served upkeeping contract
//     (registered, neither removed nor slashed), or a keeper listed in the
//     configuration of an address served without a contract (the challenger's
//     static groups). It is a union, not a per-contract test, because the contract
//     is named inside the payload, which admission does not read; the per-contract
//     membership is still checked after decoding (the payer's driver drops a
//     message from a non-member of its contract, the challenger refuses a record
//     with records.ErrNotMember).
//   - When. The check runs for every inbound stream of those protocols after the
//     host's stream caps and rate limits and before any byte of the payload is
//     read; a refused peer gets an error response naming p2p.ErrNotAdmitted and the
//     host counts it in Stats().NotAdmitted.
//   - Freshness. Nothing is cached that could go stale: the check asks the
//     payer's views each time (payer.Group.IsKeeper: one map lookup per served
//     contract), and the views re-read the keeper set whenever the contract's
//     counts change (refreshed every new block, reloaded after a reorganisation).
//     A newly registered keeper is therefore admitted, and a removed or slashed one
//     refused, from the first refresh that sees the change; until then the sender
//     sees ErrNotAdmitted, as it saw records.ErrNotMember before admission existed.
//     The static groups come from the configuration and do not change while the
//     node runs, so their keepers are put in a set once.
//   - Start-up. The restriction is installed right after the host is created,
//     before any handler, and refuses everyone until the node has read its
//     groups: a peer that dials a restarting keeper early is refused, not read.

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/keeper/payer"
)

// GroupProtocols are the protocols restricted to the keepers of the groups a node
// serves.
var GroupProtocols = []protocol.ID{p2p.ProtoAgreement, p2p.ProtoRecord, p2p.ProtoOrders}

// errGroupsLoading refuses group protocol streams while the node reads its groups.
var errGroupsLoading = errors.New("keeper is still loading its groups")

// admission is the membership test behind the restriction of GroupProtocols.
// It is safe for concurrent use.
type admission struct {
	m atomic.Pointer[membership]
}

// membership is what admission consults: the payer's live views and the fixed
// keepers of the static groups.
type membership struct {
	chain  *payer.Group
	static map[common.Address]bool
}

// restrictGroupProtocols restricts GroupProtocols on the node's host to the members
// that admission.serve will make known; until then it refuses everyone.
func (n *Node) restrictGroupProtocols() *admission {
	a := &admission{}
	for _, p := range GroupProtocols {
		n.host.Restrict(p, a.check)
	}
	return a
}

// serve starts admitting the keepers of g: those of its chain views as they are at
// each check, and those of its static groups.
func (a *admission) serve(ctx context.Context, g *group) {
	static := map[common.Address]bool{}
	for c := range g.isStatic {
		ks, err := g.static.Keepers(ctx, c)
		if err != nil {
			continue // not configured: no keepers to admit
		}
		for _, k := range ks {
			static[k] = true
		}
	}
	a.m.Store(&membership{chain: g.chain, static: static})
}

// isMember reports whether account is a keeper of any group served.
func (a *admission) isMember(account common.Address) bool {
	m := a.m.Load()
	return m != nil && (m.static[account] || m.chain.IsKeeper(account))
}

// check is the admission function of GroupProtocols (p2p.Host.Restrict).
func (a *admission) check(from p2p.Peer) error {
	if a.m.Load() == nil {
		return errGroupsLoading
	}
	if !a.isMember(from.Address) {
		return fmt.Errorf("%s is not an active keeper of any group served here", from.Address)
	}
	return nil
}
