package node

import (
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/keeper/payer"
)

// Host is the node's libp2p host (fault injection sends from it: devnet/byzantine).
func (n *Node) Host() *p2p.Host { return n.host }

// Transport is the node's agreement transport (fault injection taps it).
func (n *Node) Transport() *payer.Transport { return n.tr }
