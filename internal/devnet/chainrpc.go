package devnet

import (
	"context"
	"fmt"
	"time"

	"github.com/whitepay/whitepay/internal/chain"
)

// RestartChainRPC takes the embedded chain's JSON-RPC endpoint, which the member
// processes use, down for the given time and serves it again on the same address
// (fault injection: restart-chain-rpc, issue 8); the chain keeps its state and its
// blocks meanwhile (chain.Sim.RestartRPC). It returns chain.ErrNoRPC when the
// devnet runs on an external --rpc node it does not own, or serves no endpoint.
func (d *Devnet) RestartChainRPC(ctx context.Context, down time.Duration) error {
	if d.sim == nil {
		return fmt.Errorf("devnet: the chain is the external node %s, which the devnet does not own: %w", d.rpcURL, chain.ErrNoRPC)
	}
	return d.sim.RestartRPC(ctx, down)
}

// OwnsChainRPC reports whether RestartChainRPC can restart the members' chain
// endpoint (the embedded chain serving JSON-RPC).
func (d *Devnet) OwnsChainRPC() bool { return d.sim != nil && d.sim.URL() != "" }
