package devnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/upkeeping"
)

// Errors callers branch on.
var (
	// ErrUnpaid is returned by Run when a period is not paid in time.
	ErrUnpaid = errors.New("devnet: period unpaid")
	// ErrOptions is returned for invalid options.
	ErrOptions = errors.New("devnet: invalid options")
)

// Options configure a devnet. The zero value (with defaults filled in) is the
// README's demo: embedded chain, 4 keepers, 3 providers, 3 periods, in-process.
type Options struct {
	Keepers   int // default 4
	Providers int // default 3
	Periods   int // periods to pay before stopping; default 3

	// RPC, when set, is an external chain's JSON-RPC URL (e.g. geth --dev) used
	// instead of the embedded chain; the reserved value GethRPC ("geth") makes the
	// devnet start and own a geth --dev node itself (geth.go).
	RPC string
	// Procs runs every keeper and provider as its own OS process (Binary).
	Procs bool
	// Binary is the whitepay executable for Procs (default: os.Executable()).
	Binary string

	// DataDir holds every node's data; empty means a fresh temporary directory,
	// removed by Close unless Keep is set.
	DataDir string
	Keep    bool

	// Chain time (blocks); zero means the defaults of the package doc.
	BlockPeriod time.Duration // embedded chain only
	Period      uint64        // H
	Finality    uint64        // D
	Window      uint64        // W
	Stale       uint64        // G
	StartDelay  uint64        // blocks from deployment to the contract's start

	// PieceSize is the size of each generated piece (default 256 KiB); Pieces the
	// number of pieces per provider (default 1).
	PieceSize int
	Pieces    int
	// Price is the price of every provider: token base units per byte·block × 1e18
	// (SPEC 8.1; default 1e27, i.e. 1 gwei per byte·block).
	Price *big.Int
	// PriceSpec, when set, is the price in the CLI's units (units.ParsePrice: e.g.
	// "0.0005eth/TiB-month", or the contract's integer unit), converted with the
	// contract's block time (BlockTimeMs); it replaces Price.
	PriceSpec string
	// Fund is the amount the user funds the contract with (default 100 ether).
	Fund *big.Int
	// ChallengeEvery is the keepers' challenge interval (default 2 s).
	ChallengeEvery time.Duration

	// Timeout bounds the whole run (default: 5 minutes + 30 s per period).
	Timeout time.Duration

	// ServeRPC serves the embedded chain over JSON-RPC even when the nodes run in
	// this process (so that CLI commands can reach it; Procs implies it).
	ServeRPC bool
	// OnReport, if set, is called by Run after each paid report is printed (tests and
	// fault injection act on the devnet from it).
	OnReport func(d *Devnet, r ReportSummary)

	// Progress receives the live progress lines (nil: none).
	Progress io.Writer
	// NodeLog receives the in-process nodes' logs (nil: DATADIR/nodes.log). Child
	// processes log to their data directory's node.log.
	NodeLog io.Writer

	// DA and Faults are reserved for the ledger (issue 7: "--da dir:PATH|eth") and
	// fault injection (issue 8: "--faults LIST"); empty means none.
	DA     string
	Faults []string

	// Users is the number of users, each with its upkeeping contract (default 1;
	// issue 14): the first is the one the monitor follows; each other one is
	// deployed by its own user (its own key and owner, funded at genesis or from
	// the dev account) through the factory, with the same keeper group,
	// providers and parameters, funded with Fund, and served by every keeper and
	// provider (configured with all of them, an order per piece per contract
	// signed by its owner). User u's periods start StartOffset(u) blocks after
	// the first's (users deploy at different times: their payments and leaders
	// spread over blocks and keepers). The default StartDelay grows with Users so
	// that the periods start after the set-up. The summary reports how far each
	// extra contract was paid (Summary.ExtraContracts), and the run fails unless
	// every contract has its Periods periods paid.
	Users int
	// CountRPC counts the member processes' JSON-RPC calls at the chain endpoint
	// (rpccount.go; Procs only) and reports them in Summary.RPC.
	CountRPC bool
}

func (o *Options) fill() error {
	if o.Keepers == 0 {
		o.Keepers = 4
	}
	if o.Providers == 0 {
		o.Providers = 3
	}
	if o.Periods == 0 {
		o.Periods = 3
	}
	if o.Users == 0 {
		o.Users = 1
	}
	switch {
	case o.Keepers < 1 || o.Keepers > upkeeping.MaxKeepers:
		return fmt.Errorf("%w: %d keepers (1..%d)", ErrOptions, o.Keepers, upkeeping.MaxKeepers)
	case o.Providers < 1 || o.Providers > 10000:
		return fmt.Errorf("%w: %d providers", ErrOptions, o.Providers)
	case o.Periods < 1:
		return fmt.Errorf("%w: %d periods", ErrOptions, o.Periods)
	case o.Users < 1 || o.Users > 1000:
		return fmt.Errorf("%w: %d users (1..1000)", ErrOptions, o.Users)
	case o.Users > 1 && o.Providers > 64:
		return fmt.Errorf("%w: %d users need at most 64 providers (one factory transaction per contract)", ErrOptions, o.Users)
	}
	external := o.RPC != ""
	if o.BlockPeriod == 0 {
		o.BlockPeriod = 500 * time.Millisecond
	}
	def := func(v *uint64, embedded, ext uint64) {
		if *v == 0 {
			*v = embedded
			if external {
				*v = ext
			}
		}
	}
	// Many users (issue 14): the period grows with them so that the payments per
	// block stay those of 10 users (one every other block embedded, one per block
	// external): a keeper's chain calls per block are then flat in the number of
	// contracts when nothing but the payments scales with them, and the
	// per-payment calls (a send, its receipt, the ledger's reads) show as the
	// difference between runs of equal period (package doc, "Many users").
	def(&o.Period, max(20, 2*uint64(o.Users)), max(10, uint64(o.Users)))
	def(&o.Finality, 2, 2)
	// A window must hold a full sync (SPEC 7 round 4: every keeper's records for
	// every provider over [ts − G, te)) and a second round 1 on a loaded machine,
	// which grows with keepers × providers: one more block per 50 (embedded) or
	// 100 (external, 1 s blocks) keeper-provider pairs.
	kp := uint64(o.Keepers * o.Providers)
	def(&o.Window, 6+kp/50, 4+kp/100)
	def(&o.Stale, 2*o.Period, 2*o.Period)
	// Uploads to many providers take a while (about 0.25 s each on a loaded machine).
	// More users take longer to set up (a contract each, their uploads and orders):
	// the periods start after that.
	def(&o.StartDelay, 10+uint64(o.Providers)/2+2*uint64(o.Users-1), 5+uint64(o.Providers)/4+uint64(o.Users-1))
	if o.PieceSize == 0 {
		o.PieceSize = 256 << 10
	}
	if o.Pieces == 0 {
		o.Pieces = 1
	}
	if o.PriceSpec != "" {
		p, err := units.ParsePrice(o.PriceSpec, units.EtherToken, o.BlockTimeMs())
		if err != nil {
			return fmt.Errorf("%w: price: %v", ErrOptions, err)
		}
		if p.Sign() <= 0 {
			return fmt.Errorf("%w: price %q rounds to zero at %d ms blocks", ErrOptions, o.PriceSpec, o.BlockTimeMs())
		}
		o.Price = p
	}
	if o.Price == nil {
		o.Price = new(big.Int).Mul(big.NewInt(params.GWei), upkeeping.PriceScale)
	}
	if o.Fund == nil {
		o.Fund = new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))
	}
	if o.ChallengeEvery == 0 {
		// Every 2 s for small networks; for larger ones about 30 challenges a second
		// in all (each also synced to every other keeper: K−1 deliveries, which a
		// loaded 2-core machine must keep up with, or the keepers' record sets and
		// observations diverge), which still samples every provider several times
		// per stale span G across the group (7×50: every 1.7 s).
		o.ChallengeEvery = max(2*time.Second, time.Duration(o.Keepers*o.Providers)*time.Second/30)
		// Many users: a keeper challenges each provider of each contract, so the
		// interval follows the period (which grows with the users, above): about
		// five challenges per provider per contract-period, as one every 10
		// minutes is six per 1-hour period on a real chain.
		if o.Users > 1 {
			o.ChallengeEvery = max(o.ChallengeEvery, time.Duration(o.Period)*o.BlockPeriod/5)
			if external {
				o.ChallengeEvery = max(o.ChallengeEvery, time.Duration(o.Period)*time.Second/5)
			}
		}
	}
	if o.Timeout == 0 {
		o.Timeout = 5*time.Minute + time.Duration(o.Periods)*30*time.Second
	}
	if err := o.checkDA(); err != nil {
		return err
	}
	if len(o.Faults) > 0 {
		return fmt.Errorf("%w: --faults is not supported yet (issue 8)", ErrOptions)
	}
	return nil
}

// Member is one keeper or provider of the devnet.
type Member struct {
	Role     string // config.RoleKeeper or config.RoleProvider
	Index    int    // keepers: position in the group; providers: index in the contract
	Name     string // k0, k1, … / p0, p1, …
	Key      *ecdsa.PrivateKey
	Address  common.Address
	BLS      *bls.SecretKey // keepers only
	Dir      string         // data directory (config.json, keystore/, db/, pieces/)
	Endpoint string         // /ip4/127.0.0.1/tcp/PORT/p2p/ID
	Status   string         // host:port of the status endpoint

	mu  sync.Mutex
	run runner
}

// ConfigPath is the member's configuration file.
func (m *Member) ConfigPath() string { return filepath.Join(m.Dir, "config.json") }

func (m *Member) runner() runner {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.run
}

// Running reports whether the member's node is running.
func (m *Member) Running() bool {
	r := m.runner()
	if r == nil {
		return false
	}
	select {
	case <-r.Done():
		return false
	default:
		return true
	}
}

// Devnet is a running devnet. Create it with New, then Start, Run and Close.
type Devnet struct {
	opts    Options
	dataDir string
	tmpDir  bool
	start   time.Time
	log     *slog.Logger
	nodeLog io.Writer
	logFile *os.File

	sim           *chain.Sim
	geth          *ownedGeth    // --rpc geth: the node the devnet started (geth.go)
	chainRestarts chainRestarts // restart-chain-rpc (chainrpc.go)
	client        chain.Client
	rpcURL        string // what child processes dial
	chainID       *big.Int

	password string
	user     *ecdsa.PrivateKey
	userAddr common.Address

	Keepers   []*Member
	Providers []*Member

	contract    *upkeeping.Contract
	extra       []*upkeeping.Contract // Options.Users − 1 more contracts
	owners      []*ecdsa.PrivateKey   // the owner of each extra contract (its user)
	rpcCount    *rpcCounter           // Options.CountRPC (rpccount.go)
	rpcFrom     uint64                // the head when the members started
	registry    common.Address        // the chain's keeper registry
	factory     common.Address        // the chain's upkeeping factory
	params      upkeeping.Params
	deployBlock uint64
	deployGas   uint64

	uploads []Upload
	mon     *monitor
	da      string // the keepers' ledger layer (da.go)
}

// Upload is one piece stored by the devnet's user.
type Upload struct {
	Provider int
	OrderID  common.Hash
	Root     common.Hash
	Size     uint64
}

func (d *Devnet) progressf(format string, a ...any) {
	if d.opts.Progress != nil {
		fmt.Fprintf(d.opts.Progress, format+"\n", a...)
	}
}

// New prepares a devnet: data directory, chain, keys, the deployed and funded
// contract, and every node's configuration. Nothing is started yet.
func New(ctx context.Context, opts Options) (d *Devnet, err error) {
	if err := opts.fill(); err != nil {
		return nil, err
	}
	d = &Devnet{opts: opts, start: time.Now()}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	if d.dataDir = opts.DataDir; d.dataDir == "" {
		if d.dataDir, err = os.MkdirTemp("", "whitepay-devnet-"); err != nil {
			return nil, err
		}
		d.tmpDir = true
	} else if err := os.MkdirAll(d.dataDir, 0o700); err != nil {
		return nil, err
	}
	if d.dataDir, err = filepath.Abs(d.dataDir); err != nil {
		return nil, err
	}
	if opts.NodeLog != nil {
		d.nodeLog = opts.NodeLog
	} else {
		if d.logFile, err = os.OpenFile(filepath.Join(d.dataDir, "nodes.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600); err != nil {
			return nil, err
		}
		d.nodeLog = d.logFile
	}
	d.log = slog.New(slog.NewTextHandler(d.nodeLog, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if err := d.makeKeys(); err != nil {
		return nil, err
	}
	if err := d.startChain(ctx); err != nil {
		return nil, err
	}
	if d.opts.CountRPC && d.opts.Procs && d.rpcURL != "" {
		if d.rpcCount, err = newRPCCounter(d.rpcURL); err != nil {
			return nil, err
		}
	}
	if err := d.setupDA(ctx); err != nil { // first: the contract names its ledger
		return nil, err
	}
	if err := d.deploy(ctx); err != nil {
		return nil, err
	}
	if err := d.writeConfigs(); err != nil {
		return nil, err
	}
	return d, nil
}

// Contracts are the devnet's upkeeping contracts: Contract first, then the
// Options.Users − 1 others.
func (d *Devnet) Contracts() []*upkeeping.Contract {
	return append([]*upkeeping.Contract{d.contract}, d.extra...)
}

// ownerOf is the owner (user) of contract i of Contracts.
func (d *Devnet) ownerOf(i int) common.Address {
	if i == 0 {
		return d.userAddr
	}
	return gethcrypto.PubkeyToAddress(d.owners[i-1].PublicKey)
}

// ownerKey is the key of the owner of contract i of Contracts.
func (d *Devnet) ownerKey(i int) *ecdsa.PrivateKey {
	if i == 0 {
		return d.user
	}
	return d.owners[i-1]
}

// memberRPC is the chain endpoint member m dials: the request counter's path for
// m when counting (rpccount.go), else the chain's.
func (d *Devnet) memberRPC(m *Member) string {
	if d.rpcCount != nil {
		return d.rpcCount.URL(m.Name)
	}
	return d.rpcURL
}

// DataDir is the devnet's data directory.
func (d *Devnet) DataDir() string { return d.dataDir }

// Contract is the client of the devnet's upkeeping contract.
func (d *Devnet) Contract() *upkeeping.Contract { return d.contract }

// Params are the contract's parameters.
func (d *Devnet) Params() upkeeping.Params { return d.params }

// RPCURL is the chain's JSON-RPC endpoint ("" for an embedded chain not served).
func (d *Devnet) RPCURL() string { return d.rpcURL }

// Client is the chain client the devnet uses.
func (d *Devnet) Client() chain.Client { return d.client }

// ChainID is the chain's id.
func (d *Devnet) ChainID() *big.Int { return new(big.Int).Set(d.chainID) }

// Uploads are the pieces stored by Start.
func (d *Devnet) Uploads() []Upload { return d.uploads }

// User is the account that deployed and funds the contract.
func (d *Devnet) User() common.Address { return d.userAddr }

// UserKey is the key of the contract's owner (User): tests send the owner's
// changes (prices, removals, group, surplus) with it.
func (d *Devnet) UserKey() *ecdsa.PrivateKey { return d.user }

// Password is the devnet's keystore password (also in DATADIR/password).
func (d *Devnet) Password() string { return d.password }

// DeployBlock is the block of the deployment.
func (d *Devnet) DeployBlock() uint64 { return d.deployBlock }

func (d *Devnet) makeKeys() error {
	var pw [16]byte
	if _, err := rand.Read(pw[:]); err != nil {
		return err
	}
	d.password = hex.EncodeToString(pw[:])
	if err := os.WriteFile(filepath.Join(d.dataDir, "password"), []byte(d.password+"\n"), 0o600); err != nil {
		return err
	}
	var err error
	if d.user, err = gethcrypto.GenerateKey(); err != nil {
		return err
	}
	d.userAddr = gethcrypto.PubkeyToAddress(d.user.PublicKey)
	// The other users (Options.Users): each owns its contract.
	for range d.opts.Users - 1 {
		k, err := gethcrypto.GenerateKey()
		if err != nil {
			return err
		}
		d.owners = append(d.owners, k)
	}
	if err := keys.WriteAccount(keys.AccountPath(filepath.Join(d.dataDir, "user")), d.user, d.password, true); err != nil {
		return err
	}
	ports, err := freePorts(2 * (d.opts.Keepers + d.opts.Providers))
	if err != nil {
		return err
	}
	mk := func(role string, i int) (*Member, error) {
		name := fmt.Sprintf("k%d", i)
		if role == config.RoleProvider {
			name = fmt.Sprintf("p%d", i)
		}
		k, err := gethcrypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		m := &Member{Role: role, Index: i, Name: name, Key: k, Address: gethcrypto.PubkeyToAddress(k.PublicKey), Dir: filepath.Join(d.dataDir, name)}
		id, err := p2p.PeerID(&k.PublicKey)
		if err != nil {
			return nil, err
		}
		p := ports[0]
		ports = ports[1:]
		m.Endpoint = fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", p, id)
		m.Status = net.JoinHostPort("127.0.0.1", strconv.Itoa(ports[0]))
		ports = ports[1:]
		if err := keys.WriteAccount(keys.AccountPath(m.Dir), k, d.password, true); err != nil {
			return nil, err
		}
		if role == config.RoleKeeper {
			if m.BLS, err = bls.GenerateKey(); err != nil {
				return nil, err
			}
			if err := bls.WriteKeystore(keys.BLSPath(m.Dir), m.BLS, d.password, nil); err != nil {
				return nil, err
			}
		}
		return m, nil
	}
	for i := range d.opts.Keepers {
		m, err := mk(config.RoleKeeper, i)
		if err != nil {
			return err
		}
		d.Keepers = append(d.Keepers, m)
	}
	for i := range d.opts.Providers {
		m, err := mk(config.RoleProvider, i)
		if err != nil {
			return err
		}
		d.Providers = append(d.Providers, m)
	}
	return nil
}

// freePorts returns n loopback TCP ports that are free now, taken from 20000–32767:
// below Linux's ephemeral range, so that no outbound connection or port-0 listener
// (of this or another process) takes one between now and the node's start. (libp2p
// listens with SO_REUSEPORT, so a clash would not even fail: connections would be
// shared with a stranger.)
func freePorts(n int) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	out := make([]int, 0, n)
	const lo, hi = 20000, 32768
	p := lo + mrand.IntN(hi-lo)
	for tries := 0; len(out) < n && tries < hi-lo; tries++ {
		p++
		if p >= hi {
			p = lo
		}
		l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
		if err != nil {
			continue
		}
		ls = append(ls, l)
		out = append(out, p)
	}
	if len(out) < n {
		return nil, fmt.Errorf("devnet: only %d free ports for %d", len(out), n)
	}
	return out, nil
}

func (d *Devnet) accounts() []common.Address {
	out := []common.Address{d.userAddr}
	for _, m := range append(append([]*Member{}, d.Keepers...), d.Providers...) {
		out = append(out, m.Address)
	}
	return out
}

// nodeGas is what every keeper and provider account is given for gas.
var nodeGas = new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))

func (d *Devnet) startChain(ctx context.Context) error {
	// Every user: its contract's funds and gas.
	userFunds := new(big.Int).Add(d.opts.Fund, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))
	if d.opts.RPC == "" {
		alloc := types.GenesisAlloc{d.userAddr: {Balance: userFunds}}
		for _, k := range d.owners {
			alloc[gethcrypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: userFunds}
		}
		for _, a := range d.accounts()[1:] {
			alloc[a] = types.Account{Balance: nodeGas}
		}
		so := chain.SimOptions{Alloc: alloc, BlockPeriod: d.opts.BlockPeriod}
		if d.opts.Procs || d.opts.ServeRPC {
			so.HTTPAddr = "127.0.0.1:0"
		}
		sim, err := chain.NewSim(so)
		if err != nil {
			return err
		}
		d.sim, d.client, d.rpcURL = sim, sim.Client(), sim.URL()
		d.chainID = big.NewInt(chain.SimulatedChainID)
		d.progressf("devnet: embedded chain (chain id %d, a block every %s)%s", chain.SimulatedChainID, d.opts.BlockPeriod, map[bool]string{true: ", JSON-RPC at " + sim.URL()}[sim.URL() != ""])
		return nil
	}
	url := d.opts.RPC
	if url == GethRPC {
		var err error
		if url, err = d.startGeth(ctx); err != nil {
			return err
		}
	}
	c, id, err := chain.Dial(ctx, url)
	if err != nil {
		return err
	}
	d.client, d.rpcURL, d.chainID = c, url, id
	d.progressf("devnet: external chain %s (chain id %s); funding %d accounts from its dev account", url, id, len(d.accounts()))
	users := map[common.Address]*big.Int{d.userAddr: userFunds}
	for _, k := range d.owners {
		users[gethcrypto.PubkeyToAddress(k.PublicKey)] = userFunds
	}
	if err := FundFromDev(ctx, c, users); err != nil {
		return err
	}
	rest := map[common.Address]*big.Int{}
	for _, a := range d.accounts()[1:] {
		rest[a] = nodeGas
	}
	return FundFromDev(ctx, c, rest)
}

// FundFromDev sends each address its amount from the node's first account
// (eth_accounts[0], unlocked on a `geth --dev` node; chain.FundFromDev) and waits
// until every transfer is mined.
func FundFromDev(ctx context.Context, c chain.Client, amounts map[common.Address]*big.Int) error {
	ec, ok := c.(interface{ Client() *rpc.Client })
	if !ok {
		return fmt.Errorf("devnet: chain client %T has no raw JSON-RPC access", c)
	}
	transfers := make([]chain.Transfer, 0, len(amounts))
	for a, amt := range amounts {
		transfers = append(transfers, chain.Transfer{To: a, Amount: amt})
	}
	sort.Slice(transfers, func(i, j int) bool { return bytes.Compare(transfers[i].To[:], transfers[j].To[:]) < 0 })
	if err := chain.FundFromDev(ctx, ec.Client(), c, transfers); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	return nil
}

// deploy sets the contracts up as on a real chain (docs/contracts.md): the chain-wide
// registry and factory (deployed by the user here), each keeper registering its own
// BLS key with its proof of possession, the keepers' group, then the user's contract:
// one factory transaction that clones the implementation, names the group, adds the
// providers and funds it (the rest of the providers, beyond what one transaction
// holds, one by one).
func (d *Devnet) deploy(ctx context.Context) error {
	const inCreate = 64 // providers in the factory transaction (~90,000 gas each)
	opts, err := bind.NewKeyedTransactorWithChainID(d.user, d.chainID)
	if err != nil {
		return err
	}
	opts.Context = ctx
	wait := func(what string, tx *types.Transaction, err error) (*types.Receipt, error) {
		if err != nil {
			return nil, fmt.Errorf("devnet: %s: %w", what, err)
		}
		r, err := upkeeping.Wait(ctx, d.client, tx)
		if err != nil {
			return nil, fmt.Errorf("devnet: %s: %w", what, err)
		}
		return r, nil
	}
	st, txs, err := upkeeping.DeployStack(ctx, d.client, opts, false)
	if err != nil {
		return fmt.Errorf("devnet: deploy the registry and factory: %w", err)
	}
	for _, tx := range txs {
		if _, err := wait("deploy the registry and factory", tx, nil); err != nil {
			return err
		}
	}
	d.registry, d.factory = st.Registry.Address, st.Factory
	// Each keeper registers itself (its account pays the gas), in turn: ids 1..N in
	// the keepers' order.
	for _, k := range d.Keepers {
		ko, err := bind.NewKeyedTransactorWithChainID(k.Key, d.chainID)
		if err != nil {
			return err
		}
		tx, err := st.Registry.RegisterKeeper(ctx, ko, k.BLS)
		if _, err := wait("register keeper "+k.Address.Hex(), tx, err); err != nil {
			return err
		}
	}
	ids := make([]uint32, len(d.Keepers))
	for i, k := range d.Keepers {
		id, ok, err := st.Registry.KeeperOf(ctx, k.Address)
		if err != nil || !ok {
			return fmt.Errorf("devnet: keeper %s not registered (%v)", k.Address, err)
		}
		ids[i] = id
	}
	gtx, err := st.Registry.CreateGroup(ctx, opts, ids)
	if _, err := wait("create the keeper group", gtx, err); err != nil {
		return err
	}
	gid, err := st.Registry.GroupOf(ctx, ids)
	if err != nil {
		return err
	}
	head, err := d.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	p := upkeeping.DefaultParams(d.userAddr, head+d.opts.StartDelay, d.opts.Period, d.opts.Finality, d.opts.Window, d.opts.Stale)
	p.BlockTimeMs = d.opts.BlockTimeMs()
	if u, err := da.ParseURI(d.da); err == nil && u.Kind == da.KindEth {
		p.Ledger = u.Inbox
	}
	var provs []upkeeping.ProviderReg
	for _, pm := range d.Providers {
		provs = append(provs, upkeeping.ProviderReg{Account: pm.Address, Price: d.opts.Price})
	}
	f, err := upkeeping.NewFactory(ctx, d.client, st.Factory)
	if err != nil {
		return err
	}
	addr, tx, err := f.Create(ctx, opts, p, gid, provs[:min(inCreate, len(provs))], upkeeping.SaltFromString("devnet"), d.opts.Fund)
	r, err := wait("create the upkeeping contract", tx, err)
	if err != nil {
		return err
	}
	c, err := upkeeping.New(ctx, d.client, addr)
	if err != nil {
		return err
	}
	d.contract, d.deployBlock, d.deployGas = c, r.BlockNumber.Uint64(), r.GasUsed
	for _, pr := range provs[min(inCreate, len(provs)):] {
		ptx, err := c.AddProvider(ctx, opts, pr.Account, pr.Price)
		if _, err := wait("add provider", ptx, err); err != nil {
			return err
		}
	}
	if d.params, err = c.Params(ctx); err != nil {
		return err
	}
	grp, err := c.EpochGroup(ctx, 0)
	if err != nil {
		return err
	}
	for _, k := range d.Keepers {
		i, ok := grp.Position(k.Address)
		if !ok {
			return fmt.Errorf("devnet: keeper %s not in the group", k.Address)
		}
		k.Index = int(i)
	}
	for _, pm := range d.Providers {
		i, ok, err := c.ProviderIndex(ctx, pm.Address)
		if err != nil || !ok {
			return fmt.Errorf("devnet: provider %s not registered (%v)", pm.Address, err)
		}
		pm.Index = int(i)
	}
	d.progressf("devnet: contract %s (a clone of the factory %s) deployed in block %d (user-setup gas %d) by user %s, funded %s ETH",
		c.Address, st.Factory, d.deployBlock, d.deployGas, d.userAddr, weiToEther(d.opts.Fund))
	// The other users' contracts: each user deploys its own (its own owner and
	// nonce, so all are sent at once and mined in a few blocks), naming the same
	// keeper group and providers.
	type created struct {
		addr common.Address
		tx   *types.Transaction
	}
	var sent []created
	for u, k := range d.owners {
		uo, err := bind.NewKeyedTransactorWithChainID(k, d.chainID)
		if err != nil {
			return err
		}
		uo.Context = ctx
		up := p
		up.Owner = uo.From
		// Users deploy at different times: each contract's periods start at its
		// own offset within the first contract's period, so that the payments are
		// spread over the blocks and their leaders (SPEC 6 orders keepers by te)
		// over the keepers, as a network of independent users would see them.
		up.Start = p.Start + StartOffset(u+1, d.opts.Users, p.Period)
		addr, tx, err := f.Create(ctx, uo, up, gid, provs, upkeeping.SaltFromString(fmt.Sprintf("devnet-%d", u+1)), d.opts.Fund)
		if err != nil {
			return fmt.Errorf("devnet: create upkeeping contract %d: %w", u+2, err)
		}
		sent = append(sent, created{addr, tx})
	}
	for u, cr := range sent {
		if _, err := wait(fmt.Sprintf("create upkeeping contract %d", u+2), cr.tx, nil); err != nil {
			return err
		}
		xc, err := upkeeping.New(ctx, d.client, cr.addr)
		if err != nil {
			return err
		}
		d.extra = append(d.extra, xc)
	}
	if len(d.extra) > 0 {
		d.progressf("devnet: %d more contracts, each of its own user, with the same keeper group and providers (Users %d)", len(d.extra), d.opts.Users)
	}
	d.progressf("devnet: periods of %d blocks from block %d (D=%d W=%d G=%d), price %s (%s base units per byte·block × 1e18; %d ms blocks), %d keepers (group %d, q=%d), %d providers",
		p.Period, p.Start, p.Finality, p.Window, p.Stale, units.FormatPrice(d.opts.Price, units.EtherToken, p.BlockTimeMs), d.opts.Price, p.BlockTimeMs,
		len(d.Keepers), gid, len(d.Keepers)*2/3+1, len(d.Providers))
	return nil
}

// offsetOf is how many blocks after the first contract's periods those of the
// extra contract c start (StartOffset).
func (d *Devnet) offsetOf(c *upkeeping.Contract) uint64 {
	if st := c.Config().Start; st > d.params.Start {
		return st - d.params.Start
	}
	return 0
}

// StartOffset is how many blocks after the first contract's start the periods of
// user u's contract (0-based; the first user's is 0) start: the users' period
// ends spread evenly over one period.
func StartOffset(u, users int, period uint64) uint64 {
	if users <= 1 {
		return 0
	}
	return uint64(u) * period / uint64(users)
}

// BlockTimeMs is the block time the devnet's contract is deployed with (its
// blockTimeMs parameter, with which every party converts prices per TiB-month:
// docs/contracts.md): the embedded chain's block period (default 500 ms), or 1 s
// on an external chain (a geth --dev node's one-second blocks).
func (o Options) BlockTimeMs() uint32 {
	if o.RPC != "" {
		return 1000
	}
	if o.BlockPeriod == 0 {
		return 500
	}
	return uint32(max(1, o.BlockPeriod.Milliseconds()))
}

func weiToEther(v *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(params.Ether))
	return f.Text('f', 6)
}

// writeConfigs writes every node's config.json.
func (d *Devnet) writeConfigs() error {
	var keepers, providers []common.Address
	var peers []string
	for _, k := range d.Keepers {
		keepers = append(keepers, k.Address)
		peers = append(peers, k.Endpoint)
	}
	for _, pm := range d.Providers {
		providers = append(providers, pm.Address)
		peers = append(peers, pm.Endpoint)
	}
	var ccs []config.Contract
	for i, c := range d.Contracts() {
		ccs = append(ccs, config.Contract{Address: c.Address, Owner: d.ownerOf(i), Keepers: keepers, Providers: providers,
			Finality: d.params.Finality, Stale: d.params.Stale})
	}
	for _, m := range append(append([]*Member{}, d.Keepers...), d.Providers...) {
		listen, _, _ := cutP2P(m.Endpoint)
		var others []string
		for _, p := range peers {
			if p != m.Endpoint {
				others = append(others, p)
			}
		}
		c := &config.Config{
			Role: m.Role, DataDir: m.Dir, Listen: []string{listen}, Peers: others,
			PasswordFile: filepath.Join(d.dataDir, "password"),
			Chain:        config.Chain{RPC: d.memberRPC(m), ChainID: d.chainID.Uint64()},
			Contracts:    ccs,
			Challenge: config.Challenge{
				Cron: "@every " + d.opts.ChallengeEvery.String(), Jitter: config.Duration(d.opts.ChallengeEvery / 4),
				Timeout: config.Duration(5 * time.Second), SyncRetry: config.Duration(2 * time.Second),
			},
			StatusAddr: m.Status,
		}
		if m.Role == config.RoleKeeper {
			c.DA = d.da
		}
		c.ApplyDefaults()
		if err := c.Validate(); err != nil {
			return err
		}
		if err := c.Save(m.ConfigPath()); err != nil {
			return err
		}
	}
	return nil
}

// cutP2P splits an endpoint into its transport part and peer id.
func cutP2P(endpoint string) (string, string, bool) {
	for i := len(endpoint) - 1; i >= 4; i-- {
		if endpoint[i-4:i+1] == "/p2p/" {
			return endpoint[:i-4], endpoint[i+1:], true
		}
	}
	return endpoint, "", false
}

// CloseWithin is Close bounded by d: if the nodes have not stopped by then, it
// returns ErrCloseTimeout and leaves them to the process's exit (child processes
// are killed with the devnet's process group anyway).
func (d *Devnet) CloseWithin(timeout time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- d.Close() }()
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		d.progressf("devnet: nodes did not stop within %s; leaving them to the process exit", timeout)
		return ErrCloseTimeout
	}
}

// ErrCloseTimeout is returned by CloseWithin when the nodes do not stop in time.
var ErrCloseTimeout = errors.New("devnet: close timed out")

// Close stops every node and the chain and removes a temporary data directory
// (unless Keep).
func (d *Devnet) Close() error {
	var errs []error
	for _, m := range append(append([]*Member{}, d.Keepers...), d.Providers...) {
		if r := m.runner(); r != nil {
			errs = append(errs, r.Stop())
		}
	}
	if d.rpcCount != nil {
		errs = append(errs, d.rpcCount.close())
	}
	if d.sim != nil {
		errs = append(errs, d.sim.Close())
	} else if c, ok := d.client.(interface{ Close() }); ok && d.client != nil {
		c.Close()
	}
	errs = append(errs, d.geth.close())
	if d.logFile != nil {
		d.logFile.Close()
	}
	if d.tmpDir && !d.opts.Keep {
		errs = append(errs, os.RemoveAll(d.dataDir))
	}
	return errors.Join(errs...)
}
