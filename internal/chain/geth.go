package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
)

// GethVersion is the geth release the scripts install (scripts/deps.sh); later
// releases do not build from the module proxy this project uses.
const GethVersion = "v1.17.8"

// ErrNoGeth is returned when no geth binary can be found.
var ErrNoGeth = errors.New("chain: geth not found (run scripts/deps.sh, or set WHITEPAY_GETH)")

// FindGeth returns the path of the geth binary: $WHITEPAY_GETH, then geth on PATH,
// then $GOPATH/bin/geth (where scripts/deps.sh installs it).
func FindGeth() (string, error) {
	if p := os.Getenv("WHITEPAY_GETH"); p != "" {
		return p, nil
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p, nil
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		home, _ := os.UserHomeDir()
		gopath = filepath.Join(home, "go")
	}
	p := filepath.Join(gopath, "bin", "geth")
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	return "", ErrNoGeth
}

// GethOptions configures a `geth --dev` node.
type GethOptions struct {
	Binary      string    // geth binary; empty means FindGeth
	DataDir     string    // required: the chain survives restarts in it
	BlockPeriod int       // seconds between blocks; zero means 1
	Port        int       // HTTP port; zero picks a free one
	Log         io.Writer // geth's output; nil discards it
}

// Geth is a real `geth --dev` node run as a child process, reached over JSON-RPC.
type Geth struct {
	opts GethOptions
	cmd  *exec.Cmd
	done chan struct{}
}

// StartGeth starts `geth --dev` and waits until its JSON-RPC endpoint answers.
func StartGeth(ctx context.Context, opts GethOptions) (*Geth, error) {
	if opts.DataDir == "" {
		return nil, errors.New("chain: geth needs a data directory")
	}
	if opts.Binary == "" {
		p, err := FindGeth()
		if err != nil {
			return nil, err
		}
		opts.Binary = p
	}
	if opts.BlockPeriod == 0 {
		opts.BlockPeriod = 1
	}
	if opts.Port == 0 {
		_, port, err := freeAddr("127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		opts.Port = port
	}
	g := &Geth{opts: opts}
	if err := g.start(ctx); err != nil {
		return nil, err
	}
	return g, nil
}

func (g *Geth) start(ctx context.Context) error {
	cmd := exec.Command(g.opts.Binary,
		"--dev", "--dev.period", strconv.Itoa(g.opts.BlockPeriod),
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(g.opts.Port),
		"--http.api", "eth,net,web3",
		"--datadir", g.opts.DataDir,
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--port", "0",
		"--authrpc.port", "0", "--verbosity", "2",
	)
	out := g.opts.Log
	if out == nil {
		out = io.Discard
	}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("chain: start geth: %w", err)
	}
	g.cmd = cmd
	g.done = make(chan struct{})
	go func() { _ = cmd.Wait(); close(g.done) }()

	deadline := time.Now().Add(60 * time.Second)
	for {
		c, _, err := Dial(ctx, g.URL())
		if err == nil {
			_, err := c.BlockNumber(ctx)
			c.Close()
			if err == nil {
				return nil
			}
		}
		select {
		case <-g.done:
			return fmt.Errorf("chain: geth exited during start-up (see its log)")
		case <-ctx.Done():
			g.Stop()
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			g.Stop()
			return fmt.Errorf("%w: geth did not answer on %s", ErrTimeout, g.URL())
		}
	}
}

// URL is the JSON-RPC endpoint.
func (g *Geth) URL() string {
	return "http://" + net.JoinHostPort("127.0.0.1", strconv.Itoa(g.opts.Port))
}

// PID is the process id of the running geth.
func (g *Geth) PID() int { return g.cmd.Process.Pid }

// Stop terminates geth (SIGTERM, then SIGKILL after 10 s) and waits for it.
func (g *Geth) Stop() error {
	if g.cmd == nil || g.cmd.Process == nil {
		return nil
	}
	select {
	case <-g.done:
		return nil
	default:
	}
	_ = syscall.Kill(-g.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-g.done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-g.cmd.Process.Pid, syscall.SIGKILL)
		<-g.done
	}
	return nil
}

// Restart stops geth and starts it again on the same data directory and port: the
// chain survives, clients see the endpoint go away and come back.
func (g *Geth) Restart(ctx context.Context) error {
	if err := g.Stop(); err != nil {
		return err
	}
	return g.start(ctx)
}

// Fund sends amount wei to each address from the dev account, and waits until every
// transfer is mined.
func (g *Geth) Fund(ctx context.Context, amount *big.Int, to ...common.Address) error {
	c, err := ethclient.DialContext(ctx, g.URL())
	if err != nil {
		return err
	}
	defer c.Close()
	var accounts []common.Address
	if err := c.Client().CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		return fmt.Errorf("chain: geth dev account: %v", err)
	}
	var hashes []common.Hash
	for _, a := range to {
		var h common.Hash
		tx := map[string]any{"from": accounts[0], "to": a, "value": (*hexutil.Big)(amount)}
		if err := c.Client().CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			return fmt.Errorf("chain: fund %s: %w", a, err)
		}
		hashes = append(hashes, h)
	}
	for _, h := range hashes {
		r, err := WaitMined(ctx, c, h)
		if err != nil {
			return err
		}
		if r.Status != 1 {
			return fmt.Errorf("chain: funding tx %s failed", h)
		}
	}
	return nil
}
