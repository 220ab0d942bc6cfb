package p2p

import (
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/connmgr"
	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// gate is the libp2p connection gater every Host installs. It passes everything
// to Config.ConnectionGater (if any) and, while Host.Cut is in force, refuses every
// connection with the cut accounts: outbound dials to them fail before any packet
// is sent (InterceptPeerDial), inbound connections from them are dropped once the
// handshake has named the peer (InterceptSecured, for TCP and QUIC alike). With
// nothing cut it allows everything, so on the product path it is inert.
//
// It is the transport-level partition of fault injection (issue 8, `whitepay
// devnet --faults partition`, see keeper/node/partition.go): a cut host keeps
// running — its clock, its chain reads, its own work — while no byte flows between
// it and the accounts on the other side.
type gate struct {
	inner connmgr.ConnectionGater

	mu  sync.RWMutex
	cut map[common.Address]bool

	refused atomic.Uint64
	notify  sync.Once
}

var _ connmgr.ConnectionGater = (*gate)(nil)

func newGate(inner connmgr.ConnectionGater) *gate {
	return &gate{inner: inner, cut: map[common.Address]bool{}}
}

// isCut reports whether connections with id are refused now. A peer whose ID is
// not an account cannot be on the cut list (it is refused by every handler anyway).
func (g *gate) isCut(id peer.ID) bool {
	g.mu.RLock()
	n := len(g.cut)
	g.mu.RUnlock()
	if n == 0 {
		return false
	}
	a, err := AddressOf(id)
	if err != nil {
		return false
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.cut[a]
}

func (g *gate) refuse(id peer.ID) bool {
	if g.isCut(id) {
		g.refused.Add(1)
		return true
	}
	return false
}

func (g *gate) InterceptPeerDial(p peer.ID) bool {
	if g.refuse(p) {
		return false
	}
	return g.inner == nil || g.inner.InterceptPeerDial(p)
}

func (g *gate) InterceptAddrDial(p peer.ID, a ma.Multiaddr) bool {
	if g.refuse(p) {
		return false
	}
	return g.inner == nil || g.inner.InterceptAddrDial(p, a)
}

func (g *gate) InterceptAccept(c network.ConnMultiaddrs) bool {
	return g.inner == nil || g.inner.InterceptAccept(c)
}

func (g *gate) InterceptSecured(d network.Direction, p peer.ID, c network.ConnMultiaddrs) bool {
	if g.refuse(p) {
		return false
	}
	return g.inner == nil || g.inner.InterceptSecured(d, p, c)
}

func (g *gate) InterceptUpgraded(c network.Conn) (bool, control.DisconnectReason) {
	if g.refuse(c.RemotePeer()) {
		return false, 0
	}
	if g.inner == nil {
		return true, 0
	}
	return g.inner.InterceptUpgraded(c)
}

// Cut cuts the host off from the given accounts (fault injection: a network
// partition by the transport) and returns how many open connections it closed.
// From the call on, until Heal: dials to them fail, their connections are refused
// after the handshake, and the connections open at the call are closed, resetting
// their streams — nothing is sent to them or received from them, in either
// direction. Cut replaces the previous cut set; an empty list heals.
func (h *Host) Cut(accounts []common.Address) int {
	set := make(map[common.Address]bool, len(accounts))
	for _, a := range accounts {
		set[a] = true
	}
	h.gate.notify.Do(func() {
		// A connection that passed the gate just before the cut set changed is
		// closed as soon as the swarm announces it.
		h.h.Network().Notify(&network.NotifyBundle{ConnectedF: func(_ network.Network, c network.Conn) {
			if h.gate.refuse(c.RemotePeer()) {
				go c.Close()
			}
		}})
	})
	h.gate.mu.Lock()
	h.gate.cut = set
	h.gate.mu.Unlock()
	return h.closeCut()
}

// closeCut closes every open connection with a cut account; the gate already
// refuses new ones, so afterwards none is open.
func (h *Host) closeCut() int {
	n := 0
	nw := h.h.Network()
	for _, id := range nw.Peers() {
		if h.gate.isCut(id) {
			n += len(nw.ConnsToPeer(id))
			_ = nw.ClosePeer(id)
		}
	}
	return n
}

// Heal ends a Cut: connections with every account are allowed again (they are
// re-dialed on demand by the next request).
func (h *Host) Heal() { h.Cut(nil) }

// CutOff returns the accounts the host is cut off from (nil when none).
func (h *Host) CutOff() []common.Address {
	h.gate.mu.RLock()
	defer h.gate.mu.RUnlock()
	var out []common.Address
	for a := range h.gate.cut {
		out = append(out, a)
	}
	return out
}

// ConnectedTo reports whether the host has an open connection with the account's
// peer (a cut host must have none with the accounts it is cut from).
func (h *Host) ConnectedTo(a common.Address) bool {
	nw := h.h.Network()
	for _, id := range nw.Peers() {
		if pa, err := AddressOf(id); err == nil && pa == a && len(nw.ConnsToPeer(id)) > 0 {
			return true
		}
	}
	return false
}

// CutRefused counts the connections and dials the gate refused because of a Cut.
func (h *Host) CutRefused() uint64 { return h.gate.refused.Load() }
