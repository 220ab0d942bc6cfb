package devnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/whitepay/whitepay/internal/chain"
)

// GethRPC is the reserved Options.RPC value (`whitepay devnet --rpc geth`): the
// devnet starts and owns a real `geth --dev` node (chain.StartGeth) instead of
// dialing one it is given.
//
// Decisions taken where the issue is silent:
//
//   - The node's data directory is DATADIR/geth, its output goes to
//     DATADIR/geth.log; it produces a block every second (as a --rpc geth --dev
//     node is expected to, so the external chain's chain-time defaults apply).
//   - Its HTTP port is taken from the devnet's free-port range (20000–32767, below
//     Linux's ephemeral range, like the nodes' ports), so that while it is down
//     for restart-chain-rpc no outbound connection can take the port it comes back
//     on.
//   - Once it answers, it is treated exactly like an external --rpc node: its dev
//     account (eth_accounts[0]) funds the user and every member (FundFromDev), and
//     every member dials its URL.
//   - Close stops it (SIGTERM, SIGKILL after 10 s) after the members; it is also
//     sent SIGTERM when the devnet's process dies (chain.StartGeth).
const GethRPC = "geth"

// ownedGeth is the geth --dev node the devnet started (--rpc geth).
type ownedGeth struct {
	node *chain.Geth
	log  *os.File
}

// startGeth starts the devnet's own geth --dev and returns its JSON-RPC URL.
func (d *Devnet) startGeth(ctx context.Context) (string, error) {
	bin, err := chain.FindGeth()
	if err != nil {
		return "", fmt.Errorf("%w: --rpc %s: %w", ErrOptions, GethRPC, err)
	}
	ports, err := freePorts(1)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(d.dataDir, "geth")
	logf, err := os.OpenFile(filepath.Join(d.dataDir, "geth.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return "", err
	}
	g, err := chain.StartGeth(ctx, chain.GethOptions{Binary: bin, DataDir: dir, Port: ports[0], Log: logf})
	if err != nil {
		logf.Close()
		return "", fmt.Errorf("devnet: --rpc %s: %w (log: %s)", GethRPC, err, logf.Name())
	}
	d.geth = &ownedGeth{node: g, log: logf}
	d.progressf("devnet: started %s --dev (pid %d, datadir %s, log %s) at %s", bin, g.PID(), dir, logf.Name(), g.URL())
	return g.URL(), nil
}

// close stops the node and closes its log.
func (o *ownedGeth) close() error {
	if o == nil {
		return nil
	}
	return errors.Join(o.node.Stop(), o.log.Close())
}

// GethPID is the process id of the devnet's own geth (--rpc geth), 0 otherwise.
func (d *Devnet) GethPID() int {
	if d.geth == nil {
		return 0
	}
	return d.geth.node.PID()
}
