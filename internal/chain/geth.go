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
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
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

// ErrGethStopped is returned by Restart and RestartAfter once Stop was called.
var ErrGethStopped = errors.New("chain: geth was stopped")

// Geth is a real `geth --dev` node run as a child process, reached over JSON-RPC.
// Its methods are safe for concurrent use; Stop is final (a Restart racing with it
// leaves no process behind).
type Geth struct {
	opts GethOptions

	mu     sync.Mutex
	cmd    *exec.Cmd     // the current process
	done   chan struct{} // closed when cmd has exited
	closed bool          // Stop was called
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
	// Its own process group (Stop signals the group); SIGTERM when this process
	// dies, so that no geth outlives a killed parent.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return ErrGethStopped
	}
	if err := cmd.Start(); err != nil {
		g.mu.Unlock()
		return fmt.Errorf("chain: start geth: %w", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	g.cmd, g.done = cmd, done
	g.mu.Unlock()

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
		case <-done:
			return fmt.Errorf("chain: geth exited during start-up (see its log)")
		case <-ctx.Done():
			terminate(cmd, done)
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			terminate(cmd, done)
			return fmt.Errorf("%w: geth did not answer on %s", ErrTimeout, g.URL())
		}
	}
}

// terminate sends SIGTERM to the process group of cmd, then SIGKILL after 10 s,
// and waits until cmd has exited.
func terminate(cmd *exec.Cmd, done chan struct{}) {
	if cmd == nil || cmd.Process == nil {
		return
	}
	select {
	case <-done:
		return
	default:
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
}

// URL is the JSON-RPC endpoint.
func (g *Geth) URL() string {
	return "http://" + net.JoinHostPort("127.0.0.1", strconv.Itoa(g.opts.Port))
}

// Port is the JSON-RPC endpoint's TCP port (the same across restarts).
func (g *Geth) Port() int { return g.opts.Port }

// DataDir is the node's data directory (the same across restarts).
func (g *Geth) DataDir() string { return g.opts.DataDir }

// PID is the process id of the current geth process (a restart changes it).
func (g *Geth) PID() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cmd == nil || g.cmd.Process == nil {
		return 0
	}
	return g.cmd.Process.Pid
}

// Stop terminates geth (SIGTERM, then SIGKILL after 10 s) and waits for it. It is
// final: a later Restart returns ErrGethStopped.
func (g *Geth) Stop() error {
	g.mu.Lock()
	g.closed = true
	cmd, done := g.cmd, g.done
	g.mu.Unlock()
	terminate(cmd, done)
	return nil
}

// Restart stops geth and starts it again on the same data directory and port: the
// chain survives, clients see the endpoint go away and come back.
func (g *Geth) Restart(ctx context.Context) error { return g.RestartAfter(ctx, 0) }

// RestartAfter stops geth (SIGTERM to its process group, and waits until it has
// exited: geth --dev writes its chain to the data directory on the way out), keeps
// it down for the given time, then starts it again with the same data directory,
// port and block period, and returns once its JSON-RPC endpoint answers. The
// chain's blocks and state survive; the process id changes; the dev account (its
// keystore is in the data directory) is the same. ctx bounds the downtime and the
// start-up: when it ends first, geth is left stopped and ctx's error returned
// (callers that must get the node back pass context.WithoutCancel).
func (g *Geth) RestartAfter(ctx context.Context, down time.Duration) error {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return ErrGethStopped
	}
	cmd, done := g.cmd, g.done
	g.mu.Unlock()
	terminate(cmd, done)
	if down > 0 {
		t := time.NewTimer(down)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
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
	transfers := make([]Transfer, len(to))
	for i, a := range to {
		transfers[i] = Transfer{To: a, Amount: amount}
	}
	return FundFromDev(ctx, c.Client(), c, transfers)
}
