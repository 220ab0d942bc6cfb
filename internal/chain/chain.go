// Package chain gives every WhitePay node one way to reach an Ethereum chain: the
// embedded chain (go-ethereum's simulated backend, a real EVM with Prague and the
// EIP-2537 precompiles, driven by a block producer), or an external node over
// JSON-RPC (a `geth --dev` in tests and the devnet's --rpc mode, any node in
// production).
//
// Both are used through Client, the interface that go-ethereum's *ethclient.Client
// and the simulated backend's client share, so contract bindings, submitters and
// watchers never know which chain they run on.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// Client is the chain access every node uses: reading headers, state and logs,
// calling and estimating, and sending transactions. *ethclient.Client satisfies it,
// and so does the simulated backend's client.
type Client = simulated.Client

// SimulatedChainID is the chain id of the embedded chain (fixed by go-ethereum).
const SimulatedChainID = 1337

// Errors of Dial that callers (start-up messages) branch on.
var (
	// ErrNoScheme: the URL is neither http(s)://, ws(s):// nor an IPC path.
	ErrNoScheme = errors.New("chain: RPC URL without scheme")
	// ErrUnreachable: nothing answered at the URL.
	ErrUnreachable = errors.New("chain: RPC endpoint unreachable")
	// ErrWrongChain: the node serves another chain than expected.
	ErrWrongChain = errors.New("chain: wrong chain id")
)

// CheckURL checks that url is a JSON-RPC endpoint go-ethereum can dial: http://,
// https://, ws://, wss:// or the path of an IPC socket (absolute, or ending in
// ".ipc"). A bare "host:port" — which go-ethereum would take for a socket path — is
// ErrNoScheme with the likely fix.
func CheckURL(url string) error {
	switch {
	case url == "":
		return fmt.Errorf("%w: empty", ErrNoScheme)
	case strings.HasPrefix(url, "http://"), strings.HasPrefix(url, "https://"),
		strings.HasPrefix(url, "ws://"), strings.HasPrefix(url, "wss://"):
		return nil
	case strings.Contains(url, "://"):
		return fmt.Errorf("%w: %q (want http://, https://, ws:// or wss://)", ErrNoScheme, url)
	case strings.HasPrefix(url, "/"), strings.HasSuffix(url, ".ipc"):
		return nil
	}
	return fmt.Errorf("%w: %q (write http://%s)", ErrNoScheme, url, url)
}

// Dial connects to an external node over JSON-RPC and checks that it answers. The
// errors are one line naming the cause: ErrNoScheme, ErrUnreachable.
func Dial(ctx context.Context, url string) (*ethclient.Client, *big.Int, error) {
	if err := CheckURL(url); err != nil {
		return nil, nil, err
	}
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %w", ErrUnreachable, url, err)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, nil, fmt.Errorf("%w: %s: %w", ErrUnreachable, url, err)
	}
	return c, id, nil
}

// DialChain is Dial that also checks the chain id (0: any).
func DialChain(ctx context.Context, url string, want uint64) (*ethclient.Client, *big.Int, error) {
	c, id, err := Dial(ctx, url)
	if err != nil {
		return nil, nil, err
	}
	if want != 0 && (!id.IsUint64() || id.Uint64() != want) {
		c.Close()
		return nil, nil, fmt.Errorf("%w: %s serves chain %s, the configuration says %d", ErrWrongChain, url, id, want)
	}
	return c, id, nil
}

// SimOptions configures the embedded chain.
type SimOptions struct {
	// Alloc funds accounts at genesis.
	Alloc types.GenesisAlloc
	// BlockPeriod is the block producer's interval; zero means blocks are made only
	// by Commit (tests that step the chain themselves).
	BlockPeriod time.Duration
	// HTTPAddr, when set (e.g. "127.0.0.1:0"), serves the chain over JSON-RPC so
	// that other processes can use it; port 0 picks a free port. The address is a
	// relay to the node's HTTP server that can be restarted alone (rpcfront.go).
	HTTPAddr string
	// GasLimit of each block; zero keeps go-ethereum's default.
	GasLimit uint64
	// Rules are the fork rules; empty means RulesOsaka (mainnet).
	Rules Rules
}

// Sim is the embedded chain: a simulated backend with an optional block producer
// and JSON-RPC endpoint.
type Sim struct {
	backend *simulated.Backend
	url     string
	front   *rpcFront // the JSON-RPC address (nil: none)

	mu      sync.Mutex // serialises Commit between the producer and callers
	stop    chan struct{}
	stopped chan struct{}
	closed  bool
}

// NewSim starts the embedded chain.
func NewSim(opts SimOptions) (*Sim, error) {
	var httpHost string
	var httpPort int
	if opts.HTTPAddr != "" {
		// The node serves on a private loopback port; opts.HTTPAddr is the relay's.
		host, port, err := freeAddr("127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		httpHost, httpPort = host, port
	}
	rules := opts.Rules.SimulatedOption()
	configure := func(nc *node.Config, ec *ethconfig.Config) {
		rules(nc, ec)
		if httpHost != "" {
			nc.HTTPHost = httpHost
			nc.HTTPPort = httpPort
			nc.HTTPModules = []string{"eth", "net", "web3"}
			nc.HTTPVirtualHosts = []string{"*"}
		}
		if opts.GasLimit != 0 {
			ec.Genesis.GasLimit = opts.GasLimit
			ec.Miner.GasCeil = opts.GasLimit
		}
	}
	s := &Sim{backend: simulated.NewBackend(opts.Alloc, configure)}
	if httpHost != "" {
		front, err := newRPCFront(opts.HTTPAddr, net.JoinHostPort(httpHost, strconv.Itoa(httpPort)))
		if err != nil {
			s.backend.Close()
			return nil, err
		}
		s.front, s.url = front, "http://"+front.addr
	}
	if opts.BlockPeriod > 0 {
		s.stop = make(chan struct{})
		s.stopped = make(chan struct{})
		go s.produce(opts.BlockPeriod)
	}
	return s, nil
}

// freeAddr resolves "host:port" with port 0 to a port that is free now.
func freeAddr(addr string) (string, int, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return "", 0, fmt.Errorf("chain: http address %s: %w", addr, err)
	}
	defer l.Close()
	a := l.Addr().(*net.TCPAddr)
	return a.IP.String(), a.Port, nil
}

func (s *Sim) produce(period time.Duration) {
	defer close(s.stopped)
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.Commit()
		}
	}
}

// Client returns the in-process client of the chain.
func (s *Sim) Client() Client { return s.backend.Client() }

// URL returns the JSON-RPC endpoint, or "" when none was asked for.
func (s *Sim) URL() string { return s.url }

// Commit seals the pending transactions into a new block and returns its hash.
func (s *Sim) Commit() common.Hash {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return common.Hash{}
	}
	return s.backend.Commit()
}

// Fork makes the block with the given hash the parent of the next committed block:
// the blocks after it become a side chain once the new branch is longer (a reorg).
func (s *Sim) Fork(parent common.Hash) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.backend.Fork(parent)
}

// Close stops the block producer and the chain.
func (s *Sim) Close() error {
	if s.stop != nil {
		close(s.stop)
		<-s.stopped
	}
	if s.front != nil {
		s.front.close()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.backend.Close()
}

// ErrTimeout is returned when a transaction is not mined in time.
var ErrTimeout = errors.New("chain: timed out")

// WaitMined polls for the receipt of tx until it is mined or ctx ends.
func WaitMined(ctx context.Context, c Client, tx common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		r, err := c.TransactionReceipt(ctx, tx)
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: tx %s: %w", ErrTimeout, tx, ctx.Err())
		case <-t.C:
		}
	}
}
