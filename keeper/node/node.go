// Package node is the composition root of a full keeper node (SPEC 1, 3, 7): one
// libp2p host and one badger database serving every configured upkeeping contract,
// with the record store, the challenger (keeper/challenger), the payment driver
// (keeper/payer) and the observability server (internal/obs). `whitepay keeper run`
// and the in-process devnet both build keepers with it.
//
// API:
//
//	n, err := node.New(ctx, node.Config{Config: cfg, Account: acct, BLS: sk, Client: c})
//	n.AddPeer(info)      // optional: other keepers and providers (config "peers" are added by New)
//	err = n.Start(ctx)   // challenger and payer run in the background until Close or ctx ends
//	n.Status()           // node.Status: account, peer, endpoints, per-contract payer state, ledger head
//	n.PeerInfo(); n.Addrs(); n.Address(); n.StatusAddr()
//	n.Payer().Payments(contract) // reports paid by this keeper's transactions
//	n.Close()            // stops everything, waits, closes host, database, client if dialed
//
// Decisions taken where SPEC is silent:
//
//   - The contract is the source of truth for the group: keepers (active ones, by
//     registration index), providers and owner are read from it (payer.Group) and
//     kept current from its logs; the configuration's keepers/providers lists are not
//     used by a full node. The chain-time parameters (H, D, W, G) are the
//     contract's too; the configuration's finality and stale are ignored.
//   - A configured address without contract code but with a keepers list is
//     served for challenges and record sync only (group, D and G from the
//     configuration), with a warning: no payments. Any other failure to read a
//     configured contract fails New.
//   - A chain client may be passed in (the devnet passes the embedded chain's
//     in-process client); otherwise the configuration's chain.rpc is dialed and its
//     chain id checked. The node closes only a client it dialed.
//   - One chain watcher per node (keeper/chainwatch) reads the head (about twice
//     per block: half the contracts' shortest block time, or Config.Payer.Poll),
//     checks for reorganisations and reads every served contract's logs in one
//     query per new head; the payer's drivers, the ledgers and the challenger
//     (heads and block hashes) all follow it, so the node's chain traffic per
//     block does not grow with the number of contracts.
//   - One txmgr.Manager per node owns the account's nonce for every transaction of
//     every contract (payments and slashes) and, with an eth layer, ledger batches;
//     its calls are in flight together (one nonce each), and they wait on the
//     chain watcher's heads instead of polling (txmgr.Options.Heads).
//   - The SCP ledger of SPEC 9 (Config.DA or config "da", default
//     dir:DATADIR/ledger): ledger.go records its decisions.
//   - The agreement and record-sync protocols admit only peers whose account is
//     an active keeper of some group the node serves, checked before any payload
//     is read: admission.go records its decisions.
package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/dashboard"
	"github.com/whitepay/whitepay/discovery"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/agreement/blscrypto"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/chainwatch"
	"github.com/whitepay/whitepay/keeper/challenger"
	"github.com/whitepay/whitepay/keeper/payer"
	"github.com/whitepay/whitepay/keeper/prune"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/upkeeping"
)

// Config is what a keeper node is built from.
type Config struct {
	// Config is the node's configuration file (role keeper), already loaded.
	Config *config.Config
	// Account is the keeper's unlocked secp256k1 key (libp2p identity, gas payer).
	Account *ecdsa.PrivateKey
	// BLS is the keeper's unlocked BLS key (agreement signatures).
	BLS *bls.SecretKey
	// Client, when set, is used instead of dialing Config.Chain.RPC.
	Client chain.Client
	// Logger (slog.Default() if nil) and Metrics (a new registry if nil).
	Logger  *slog.Logger
	Metrics *obs.Metrics
	// Payer tunes the agreement driver; Tx the transaction manager.
	Payer payer.Options
	Tx    txmgr.Options
	// TCPOnly disables QUIC on the host (many nodes in one process).
	TCPOnly bool
	// DA is the data-availability layer of the SCP ledger (SPEC 9): "dir:PATH",
	// "eth", "eth:0xINBOX" or "arweave:URL" (settle/da). Empty: the
	// configuration's, else dir:DATADIR/ledger (ledger.go).
	DA string
	// ArweaveMine asks an arweave: gateway to mine after each publication (arlocal
	// in tests and devnets; a real gateway refuses it).
	ArweaveMine bool
}

// Node is a running keeper.
type Node struct {
	cfg     Config
	log     *slog.Logger
	metrics *obs.Metrics
	client  chain.Client
	closeFn func()
	unlock  func() error // the data directory's lock

	chainWatch *obs.ChainWatch     // the chain's health (GET /healthz)
	watch      *chainwatch.Watcher // heads and logs for every served contract
	dir        *discovery.Registry // the endpoint directory (nil: configured peers only)

	db     *store.DB
	host   *p2p.Host
	recs   *records.Store
	pruner *prune.Pruner
	tr     *payer.Transport
	pay    *payer.Payer
	chal   *challenger.Service
	srv    *obs.Server
	// histories are the chain histories of the dashboard page (dashboard.go).
	histories []*dashboard.History
	tx        *txmgr.Manager
	addr      common.Address
	served    []common.Address
	group     *group
	ledger    *ledgers

	mu      sync.Mutex
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	started bool
	closed  bool
}

// New builds the node: chain client, database, host, record store, transaction
// manager, payer (reading every configured contract), challenger and status server.
// Nothing runs until Start.
func New(ctx context.Context, cfg Config) (*Node, error) {
	c := cfg.Config
	if c == nil || cfg.Account == nil || cfg.BLS == nil {
		return nil, errors.New("node: configuration, account key and BLS key are required")
	}
	if c.Role != config.RoleKeeper {
		return nil, fmt.Errorf("node: role %q, want %q", c.Role, config.RoleKeeper)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	metrics := cfg.Metrics
	if metrics == nil {
		metrics = obs.NewMetrics()
	}
	n := &Node{cfg: cfg, log: log, metrics: metrics}
	if err := n.build(ctx); err != nil {
		// Release what was opened so far (issue 13 finding 1: the cleanup must
		// run on the node being built, never on the nil result).
		n.release()
		return nil, err
	}
	return n, nil
}

// build opens everything New returns; on error the caller releases what it
// opened.
func (n *Node) build(ctx context.Context) (err error) {
	cfg, c, log, metrics := n.cfg, n.cfg.Config, n.log, n.metrics
	// The data directory first: a second node on it stops here, before it dials or
	// opens anything (store.ErrInUse names the holder).
	if n.unlock, err = store.LockDir(c.DataDir); err != nil {
		return fmt.Errorf("node: data dir: %w", err)
	}
	n.client = cfg.Client
	if n.client == nil {
		if c.Chain.RPC == "" {
			return errors.New("node: no chain client and no chain.rpc")
		}
		eth, _, err := chain.DialChain(ctx, c.Chain.RPC, c.Chain.ChainID)
		if err != nil {
			return fmt.Errorf("node: %w", err)
		}
		n.client, n.closeFn = eth, eth.Close
	}
	chainID, err := n.client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("node: chain id: %w", err)
	}
	if c.Chain.ChainID != 0 && chainID.Uint64() != c.Chain.ChainID {
		return fmt.Errorf("node: %w: the chain has id %s, the configuration says %d", chain.ErrWrongChain, chainID, c.Chain.ChainID)
	}
	if n.db, err = store.Open(filepath.Join(c.DataDir, "db"), store.Options{Logger: log}); err != nil {
		return err
	}
	if n.host, err = p2p.New(p2p.Config{Key: cfg.Account, ListenAddrs: c.Listen, TCPOnly: cfg.TCPOnly, Logger: log}); err != nil {
		return err
	}
	adm := n.restrictGroupProtocols() // admission.go: group protocols for group members only
	n.chainWatch = obs.NewChainWatch(n.client, metrics, 2*time.Second, log)
	n.addr = n.host.Address()
	n.recs = records.NewStore(n.db, chainID)
	n.pruner = prune.New(n.recs, log.With("component", "prune"))
	// One reader of heads and logs for every contract (keeper/chainwatch): the
	// payer's drivers, the ledgers, the challenger and the transaction manager's
	// waiting sends all follow it.
	n.watch = chainwatch.New(n.client, chainwatch.Options{Poll: cfg.Payer.Poll, Logger: log.With("component", "chainwatch")})
	txo := cfg.Tx
	if txo.Log == nil {
		txo.Log = log.With("keeper", n.addr, "component", "txmgr")
	}
	if txo.Heads == nil {
		txo.Heads = n.watch
	}
	n.tx = txmgr.New(n.client, n.addr, bind.NewKeyedTransactor(cfg.Account, chainID).Signer, txo)
	heads := n.watch
	n.tr = payer.NewTransport(n.host, 0, metrics, log)
	po := cfg.Payer
	if po.Challenge == (challenge.Params{}) {
		po.Challenge = challenge.Params{Pieces: c.Challenge.Pieces, Leaves: c.Challenge.Leaves}
	}
	props := payer.NewProposals()  // the SCP ledger's observations (ledger.go)
	ver := blscrypto.NewVerifier() // the keyring signs through its hashed digests
	n.pay, err = payer.New(payer.Config{
		Client: n.client, ChainID: chainID, Account: n.addr, Tx: n.tx,
		Keyring: blscrypto.NewKeyring(cfg.BLS, ver), Verifier: ver, DB: n.db, Records: n.recs, Chain: heads, Watch: n.watch,
		Transport: n.tr, Metrics: metrics, Logger: log, Options: po, Proposals: props,
	})
	if err != nil {
		return err
	}
	cc := challenger.Config{
		ChainID: chainID, Key: cfg.Account, Params: po.Challenge,
		Cron: c.Challenge.Cron, Jitter: c.Challenge.Jitter.D(), Timeout: c.Challenge.Timeout.D(),
		SyncRetry: c.Challenge.SyncRetry.D(), MaxMessage: c.Limits.MaxMessage, MaxOrders: c.Limits.MaxOrders,
		Reconcile: c.Challenge.Reconcile.D(),
		Logger:    log, Metrics: metrics,
	}
	static := map[common.Address]bool{}
	var staticCfg []config.Contract
	for i, k := range c.Contracts {
		v, err := n.pay.Serve(ctx, k.Address)
		if errors.Is(err, upkeeping.ErrNoContract) && len(k.Keepers) > 0 && k.Owner != (common.Address{}) {
			// No upkeeping contract there: challenges and record sync only, with
			// the group from the configuration (package doc).
			log.Warn("no upkeeping contract at the address: challenges and record sync only, no payments", "contract", k.Address)
			cc.Contracts = append(cc.Contracts, challenger.Contract{Address: k.Address, Finality: k.Finality, Stale: k.Stale})
			static[k.Address] = true
			staticCfg = append(staticCfg, k)
			n.served = append(n.served, k.Address)
			continue
		}
		if errors.Is(err, upkeeping.ErrNoContract) {
			return fmt.Errorf("node: contracts[%d].address %s: no contract code on chain %s (a typo, or the contract is on another chain)", i, k.Address, chainID)
		}
		var re *upkeeping.RevertError
		if errors.As(err, &re) {
			return fmt.Errorf("node: contracts[%d].address %s is not an upkeeping contract (%v)", i, k.Address, err)
		}
		if err != nil {
			return fmt.Errorf("node: contract %s: %w", k.Address, err)
		}
		p := v.Params()
		cc.Contracts = append(cc.Contracts, challenger.Contract{Address: k.Address, Finality: p.Finality, Stale: p.Stale,
			Horizon: 2*p.Period + p.Stale + p.Finality})
		n.served = append(n.served, k.Address)
	}
	n.group = &group{chain: n.pay.Group(), static: chainview.NewStaticGroup(staticCfg), isStatic: static}
	adm.serve(ctx, n.group)
	if n.chal, err = challenger.New(cc, n.host, n.recs, heads, n.group); err != nil {
		return err
	}
	n.chal.Register()
	n.pay.SetOrderFetcher(n.chal) // round 4: orders named by synced records
	if n.ledger, err = n.openLedgers(ctx, po, props); err != nil {
		return err
	}
	var payable []common.Address
	for _, a := range n.served {
		if !n.group.isStatic[a] {
			payable = append(payable, a)
		}
	}
	if n.dir, err = discovery.Open(ctx, n.client, c.Chain.Registry, payable, n.tx); err != nil {
		return fmt.Errorf("node: %w", err)
	}
	eps, err := p2p.ParseEndpoints(c.Peers)
	if err != nil {
		return fmt.Errorf("node: peers: %w", err)
	}
	for _, info := range eps {
		if err := n.AddPeer(info); err != nil {
			return err
		}
	}
	if c.StatusAddr != "" {
		if n.srv, err = obs.Serve(c.StatusAddr, metrics, func(context.Context) any { return n.Status() }, n.Health, log); err != nil {
			return fmt.Errorf("node: status_addr: %w", err)
		}
		if err := n.mountDashboard(); err != nil {
			return fmt.Errorf("node: dashboard: %w", err)
		}
	}
	return nil
}

// AddPeer makes another node (keeper or provider) reachable by its account.
func (n *Node) AddPeer(info peer.AddrInfo) error {
	if err := n.chal.AddPeer(info); err != nil {
		return err
	}
	return n.tr.AddPeer(info)
}

// Start runs the challenger and the payer in the background until Close (or ctx
// ends).
func (n *Node) Start(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return errors.New("node: closed")
	}
	if n.started {
		return errors.New("node: already started")
	}
	n.started = true
	ctx, n.cancel = context.WithCancel(ctx)
	n.ledger.run(ctx, &n.wg, n.watch)
	n.runDiscovery(ctx)
	n.watch.SetPoll(n.headPoll())
	if n.cfg.Tx.Poll <= 0 {
		n.tx.SetPoll(n.headPoll()) // receipts and confirmations: about twice per block
	}
	n.wg.Add(6)
	go func() {
		defer n.wg.Done()
		n.watch.Run(ctx)
	}()
	go func() {
		defer n.wg.Done()
		n.chainWatch.Run(ctx)
	}()
	go func() { // operator gauges (dashboard.go)
		defer n.wg.Done()
		n.opsLoop(ctx)
	}()
	go func() {
		defer n.wg.Done()
		n.metrics.WatchGasBalance(ctx, n.client, n.addr, 0)
	}()
	go func() {
		defer n.wg.Done()
		if err := n.chal.Run(ctx); err != nil && ctx.Err() == nil {
			n.log.Error("challenger stopped", "err", err)
		}
	}()
	go func() {
		defer n.wg.Done()
		if err := n.pay.Run(ctx); err != nil && ctx.Err() == nil {
			n.log.Error("payer stopped", "err", err)
		}
	}()
	n.log.Info("keeper running", "address", n.addr, "peer", n.host.ID(), "endpoints", n.host.Addrs(), "contracts", len(n.served))
	return nil
}

// headPoll is the chain watcher's poll interval: the configured payer poll if set,
// else half the shortest block time of the served contracts (about two head reads
// per block), at least 100 ms and at most 2 s.
func (n *Node) headPoll() time.Duration {
	if n.cfg.Payer.Poll > 0 {
		return n.cfg.Payer.Poll
	}
	ms := uint32(0)
	for _, c := range n.served {
		if v, ok := n.pay.Group().View(c); ok {
			if bt := v.Params().BlockTimeMs; bt > 0 && (ms == 0 || bt < ms) {
				ms = bt
			}
		}
	}
	if ms == 0 {
		return payer.DefaultPoll
	}
	return min(2*time.Second, max(100*time.Millisecond, time.Duration(ms)*time.Millisecond/2))
}

// Wait blocks until the node's background work has stopped (after Close or the
// end of Start's context).
func (n *Node) Wait() { n.wg.Wait() }

// Close stops the node and releases everything it opened. It is idempotent.
func (n *Node) Close() error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil
	}
	n.closed = true
	if n.cancel != nil {
		n.cancel()
	}
	n.mu.Unlock()
	n.wg.Wait()
	return n.release()
}

func (n *Node) release() error {
	var errs []error
	if n.srv != nil {
		errs = append(errs, n.srv.Close())
	}
	if n.tr != nil {
		n.tr.Close()
	}
	if n.host != nil {
		errs = append(errs, n.host.Close())
	}
	errs = append(errs, n.ledger.close())
	if n.db != nil {
		errs = append(errs, n.db.Close())
	}
	if n.closeFn != nil {
		n.closeFn()
	}
	if n.unlock != nil {
		errs = append(errs, n.unlock())
	}
	return errors.Join(errs...)
}

// runDiscovery announces the node's endpoints in the directory (again every
// minute until it succeeds: the account may not have its gas money yet) and
// keeps the peers of its groups resolved (discovery.Resolver).
func (n *Node) runDiscovery(ctx context.Context) {
	if n.dir == nil {
		n.log.Info("no endpoint directory (no registry configured or named by the contracts): only the configured peers are dialed")
		return
	}
	eps := discovery.Endpoints(n.cfg.Config.Announce, n.host.Addrs(), n.host.ID())
	n.wg.Go(func() { discovery.AnnounceLoop(ctx, n.dir, eps, n.log) })
	// A peer found is dialed at once: the group's connections are up before the
	// first agreement, and /healthz counts them (Health).
	add := func(info peer.AddrInfo) error {
		if err := n.AddPeer(info); err != nil {
			return err
		}
		n.wg.Go(func() {
			cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
			defer cancel()
			if err := n.host.Connect(cctx, info); err != nil && ctx.Err() == nil {
				n.log.Debug("dialing a peer found in the directory", "peer", info.ID, "err", err)
			}
		})
		return nil
	}
	r := discovery.NewResolver(n.dir, n.peerAccounts, add, n.log)
	n.wg.Go(func() { r.Run(ctx) })
}

// peerAccounts are the accounts this keeper dials: the keepers of its groups
// and the providers of its contracts.
func (n *Node) peerAccounts(ctx context.Context) []common.Address {
	seen := map[common.Address]bool{n.addr: true}
	var out []common.Address
	for _, c := range n.served {
		ks, _ := n.group.Keepers(ctx, c)
		ps, _ := n.group.Providers(ctx, c)
		for _, a := range append(ks, ps...) {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// Health is the node's health (GET /healthz): the chain answers (obs.ChainWatch),
// and for every contract with an upkeeping contract at least q − 1 of the other
// active keepers are connected (this keeper and they make a quorum).
func (n *Node) Health() error {
	var errs []error
	if err := n.chainWatch.Health(); err != nil {
		errs = append(errs, err)
	}
	for _, p := range n.peerCounts() {
		if p.Connected < p.Needed {
			errs = append(errs, fmt.Errorf("peers: contract %s: %d of the %d other keepers connected, %d needed for a quorum", p.Contract, p.Connected, p.Others, p.Needed))
		}
	}
	return errors.Join(errs...)
}

// Address is the keeper's account.
func (n *Node) Address() common.Address { return n.addr }

// PeerInfo is how other nodes reach this one.
func (n *Node) PeerInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: n.host.ID(), Addrs: n.host.Libp2p().Addrs()}
}

// Addrs are the node's endpoints (multiaddrs with /p2p/<id>), for configurations.
func (n *Node) Addrs() []string { return n.host.Addrs() }

// StatusAddr is the status server's host:port ("" when off).
func (n *Node) StatusAddr() string {
	if n.srv == nil {
		return ""
	}
	return n.srv.Addr()
}

// Metrics returns the node's metrics.
func (n *Node) Metrics() *obs.Metrics { return n.metrics }

// Payer returns the payment driver.
func (n *Node) Payer() *payer.Payer { return n.pay }

// Challenger returns the challenge service (order intake, challenges, record sync).
func (n *Node) Challenger() *challenger.Service { return n.chal }

// Records returns the record store.
func (n *Node) Records() *records.Store { return n.recs }

// Client returns the node's chain client.
func (n *Node) Client() chain.Client { return n.client }

// Tx returns the node's transaction manager (for withdrawals).
func (n *Node) Tx() *txmgr.Manager { return n.tx }

// ProviderStatus is what the keeper holds for one provider.
type ProviderStatus struct {
	Orders  int `json:"orders"`
	Records int `json:"records"`
	// RecordsPruned counts the records pruning deleted (settled and published,
	// keeper/prune): records + records_pruned never decreases.
	RecordsPruned uint64 `json:"records_pruned"`
}

// Info identifies the node.
type Info struct {
	Role      string         `json:"role"`
	Address   common.Address `json:"address"`
	PeerID    string         `json:"peer_id"`
	Endpoints []string       `json:"endpoints"`
}

// Status is the node's /status document.
type Status struct {
	Node Info      `json:"node"`
	Time time.Time `json:"time"`
	// Payer is the payment driver's state per contract with an upkeeping contract.
	Payer []payer.ContractStatus `json:"payer"`
	// Contracts maps contract → provider → orders and records held.
	Contracts map[string]map[string]ProviderStatus `json:"contracts"`
	// Ledger is the SCP ledger head per contract (SPEC 9).
	Ledger []LedgerStatus `json:"ledger"`
	// Traffic is what the node's libp2p host sent and received since it started.
	Traffic Traffic `json:"p2p_traffic"`
}

// Traffic counts libp2p bytes.
type Traffic struct {
	SentBytes     uint64 `json:"sent_bytes"`
	ReceivedBytes uint64 `json:"received_bytes"`
}

// Status returns the node's state.
func (n *Node) Status() Status {
	s := Status{
		Node: Info{Role: config.RoleKeeper, Address: n.addr, PeerID: n.host.ID().String(), Endpoints: n.host.Addrs()},
		Time: time.Now().UTC(), Payer: n.pay.Status(), Contracts: map[string]map[string]ProviderStatus{},
		Ledger: n.ledger.status(),
	}
	s.Traffic.SentBytes, s.Traffic.ReceivedBytes = n.host.Traffic()
	for _, c := range n.served {
		provs, _ := n.group.Providers(context.Background(), c)
		ps := map[string]ProviderStatus{}
		for _, p := range provs {
			ords, _ := n.recs.Orders(c, p)
			rs, _ := n.recs.CountRecords(c, p)
			pr, _ := n.recs.PrunedRecords(c, p)
			ps[p.Hex()] = ProviderStatus{Orders: len(ords), Records: rs, RecordsPruned: pr}
		}
		s.Contracts[c.Hex()] = ps
	}
	return s
}

// group is the challenger's membership: read from the upkeeping contract where
// there is one, from the configuration for an address without a contract.
type group struct {
	chain    *payer.Group
	static   *chainview.StaticGroup
	isStatic map[common.Address]bool
}

func (g *group) pick(c common.Address) chainview.Group {
	if g.isStatic[c] {
		return g.static
	}
	return g.chain
}

func (g *group) Keepers(ctx context.Context, c common.Address) ([]common.Address, error) {
	return g.pick(c).Keepers(ctx, c)
}

func (g *group) Providers(ctx context.Context, c common.Address) ([]common.Address, error) {
	return g.pick(c).Providers(ctx, c)
}

func (g *group) Owner(ctx context.Context, c common.Address) (common.Address, error) {
	return g.pick(c).Owner(ctx, c)
}
