package devnet

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/whitepay/whitepay/internal/chain"
)

// ChainRestart is one restart of the members' chain endpoint (restart-chain-rpc,
// issue 8), as RestartChainRPC performed it.
type ChainRestart struct {
	// Node is "embedded" (the embedded chain's JSON-RPC relay) or "geth" (the
	// devnet's own geth --dev process, stopped and started again).
	Node string `json:"node"`
	URL  string `json:"url"`
	// OldPID and NewPID are geth's process ids before and after (0 when embedded).
	OldPID int `json:"old_pid,omitempty"`
	NewPID int `json:"new_pid,omitempty"`
	// DownS is the wall time from taking the endpoint down to it serving again
	// (for geth: SIGTERM, its exit, the downtime, its start-up).
	DownS float64 `json:"down_s"`
	// HeadBefore and HeadAfter are the chain's head just before and just after
	// (read by the devnet's own client; HeadAfter ≥ HeadBefore when the chain
	// survived).
	HeadBefore uint64 `json:"head_before"`
	HeadAfter  uint64 `json:"head_after"`
	Error      string `json:"error,omitempty"`
}

// chainRestarts records the restarts (RestartChainRPC may run beside the monitor).
type chainRestarts struct {
	mu   sync.Mutex
	list []ChainRestart
}

// RestartChainRPC takes the chain endpoint the member processes use down for at
// least the given time and serves it again on the same address (fault injection:
// restart-chain-rpc, issue 8), and returns once it serves again:
//
//   - embedded chain: its JSON-RPC relay goes down and comes back; the chain keeps
//     its state and keeps producing blocks meanwhile (chain.Sim.RestartRPC);
//   - --rpc geth: the devnet's own geth --dev process is stopped (SIGTERM, waited
//     for), kept down, and started again with the same data directory and port
//     (chain.Geth.RestartAfter): a new process, the same chain (blocks, state, dev
//     account); no block is produced while it is down, and the devnet's own client
//     sees the outage too.
//
// It returns chain.ErrNoRPC when the devnet runs on an external --rpc node it does
// not own, or on an embedded chain serving no endpoint.
func (d *Devnet) RestartChainRPC(ctx context.Context, down time.Duration) error {
	rec := ChainRestart{Node: "embedded", URL: d.rpcURL}
	switch {
	case d.geth != nil:
		rec.Node, rec.OldPID = "geth", d.geth.node.PID()
	case d.sim != nil && d.sim.URL() != "":
	case d.sim != nil:
		return chain.ErrNoRPC
	default:
		return fmt.Errorf("devnet: the chain is the external node %s, which the devnet does not own: %w", d.rpcURL, chain.ErrNoRPC)
	}
	rec.HeadBefore = d.head(ctx)
	t0 := time.Now()
	var err error
	if d.geth != nil {
		d.progressf("devnet: stopping geth (pid %d) at %s for at least %s", rec.OldPID, rec.URL, down)
		err = d.geth.node.RestartAfter(ctx, down)
		rec.NewPID = d.geth.node.PID()
	} else {
		err = d.sim.RestartRPC(ctx, down)
	}
	rec.DownS = time.Since(t0).Seconds()
	if err != nil {
		rec.Error = err.Error()
	} else {
		rec.HeadAfter = d.head(ctx)
	}
	if rec.Node == "geth" {
		if err != nil {
			d.progressf("devnet: geth did not come back on %s: %v (log: %s)", rec.URL, err, d.geth.log.Name())
		} else {
			d.progressf("devnet: geth restarted: pid %d -> %d on %s, same datadir %s; endpoint down %.1fs, head %d -> %d",
				rec.OldPID, rec.NewPID, rec.URL, d.geth.node.DataDir(), rec.DownS, rec.HeadBefore, rec.HeadAfter)
		}
	}
	d.chainRestarts.mu.Lock()
	d.chainRestarts.list = append(d.chainRestarts.list, rec)
	d.chainRestarts.mu.Unlock()
	return err
}

// head reads the chain's head with a short bound (0 when it does not answer).
func (d *Devnet) head(ctx context.Context) uint64 {
	hctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	h, _ := d.client.BlockNumber(hctx)
	return h
}

// ChainRestarts are the restarts RestartChainRPC performed, in order.
func (d *Devnet) ChainRestarts() []ChainRestart {
	d.chainRestarts.mu.Lock()
	defer d.chainRestarts.mu.Unlock()
	return append([]ChainRestart(nil), d.chainRestarts.list...)
}

// OwnsChainRPC reports whether RestartChainRPC can restart the members' chain
// endpoint: the embedded chain serving JSON-RPC, or the devnet's own geth (--rpc
// geth).
func (d *Devnet) OwnsChainRPC() bool {
	return d.geth != nil || (d.sim != nil && d.sim.URL() != "")
}
