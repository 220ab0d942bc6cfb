package node

import "github.com/whitepay/whitepay/internal/p2p"

// Host is the node's libp2p host (fault injection sends from it: keeper/byzantine).
func (n *Node) Host() *p2p.Host { return n.host }
