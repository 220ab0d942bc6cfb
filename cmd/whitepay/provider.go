package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/discovery"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/chainwatch"
	"github.com/whitepay/whitepay/provider"
	"github.com/whitepay/whitepay/upkeeping"
)

// newProviderCmd is `whitepay provider` (SPEC 10): init | run.
func newProviderCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "provider",
		Short: "Provider node: init | run",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newProviderInitCmd(), newProviderRunCmd(), newWithdrawCmd("provider"), newAddContractCmd(config.RoleProvider), newProviderPaymentsCmd())
	return listChildren(cmd, "Provider node")
}

func newProviderInitCmd() *cobra.Command {
	var f initFlags
	cmd := &cobra.Command{
		Use:   "init --dir DIR [--json]",
		Short: "Create a provider's keystore and configuration, and print its registration data",
		Long: `Create DIR with a secp256k1 account (go-ethereum keystore, DIR/keystore/account.json)
and DIR/config.json, and print what the user needs to register the provider: its
address, libp2p peer id and endpoints. The password comes from --password-file or the
environment (--password-env).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.initNode(cmd, config.RoleProvider)
		},
	}
	f.register(cmd)
	return cmd
}

func newProviderRunCmd() *cobra.Command {
	return newNodeRunCmd("Run the provider: upload intake and challenge responder",
		`Run the provider node described by FILE: one libp2p host keyed by the provider's
account, pieces under DATA/pieces (data and Merkle levels), orders in the badger
database under DATA/db. Accepts uploads under orders signed by each contract's owner,
answers keepers' challenges. Stops cleanly on SIGINT/SIGTERM; writes run.json.`, runProvider)
}

func runProvider(cmd *cobra.Command, cfgPath string) error {
	log := nodeLogger(cmd, "provider")
	return serveWithReload(cmd.Context(), cfgPath, config.RoleProvider, log, func(ctx context.Context, c *config.Config) (func(), error) {
		return startProvider(ctx, c, log)
	})
}

// startProvider builds and starts the provider node of configuration c; the
// returned function stops it and waits.
func startProvider(ctx context.Context, c *config.Config, log *slog.Logger) (_ func(), err error) {
	var closers []func()
	closeAll := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	defer func() {
		if err != nil { // release what was opened (never through the nil result)
			closeAll()
		}
	}()
	if c.Chain.RPC == "" {
		return nil, errors.New("chain.rpc is required to run a provider (the contracts' owners and keepers are read from the chain)")
	}
	// The data directory first: a second provider on it stops here.
	unlock, err := store.LockDir(c.DataDir)
	if err != nil {
		return nil, fmt.Errorf("provider: data dir: %w", err)
	}
	closers = append(closers, func() { unlock() })
	eth, chainID, err := chain.DialChain(ctx, c.Chain.RPC, c.Chain.ChainID)
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	closers = append(closers, eth.Close)
	acct, _, err := loadNodeKeys(c, false)
	if err != nil {
		return nil, err
	}
	metrics := obs.NewMetrics()
	group := provider.NewChainGroup(eth, 0)
	// The node's one reader of heads and logs (started with the payment watchers,
	// its poll set from the contracts' block time).
	cwatch := chainwatch.New(eth, chainwatch.Options{Logger: log.With("component", "chainwatch")})
	pc := provider.Config{
		ChainID: chainID, Key: acct, Contracts: map[common.Address]provider.Contract{},
		MaxUploads: c.Limits.MaxUploads, MaxPieceSize: c.Limits.MaxPieceSize, UploadIdle: c.Limits.UploadIdle.D(),
		ChallengeTimeout: c.Challenge.Timeout.D(), Logger: log, Metrics: metrics, Group: group, Head: watchedHead{cwatch},
	}
	var bound []*upkeeping.Contract
	for i, k := range c.Contracts {
		pk, up, err := providerContract(ctx, group, i, k, chainID, log)
		if err != nil {
			return nil, fmt.Errorf("provider: %w", err)
		}
		pc.Contracts[k.Address] = pk
		if up != nil {
			bound = append(bound, up)
		}
	}
	db, err := store.Open(filepath.Join(c.DataDir, "db"), store.Options{Logger: log})
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	closers = append(closers, func() { db.Close() })
	pieces, err := provider.OpenPieceStore(filepath.Join(c.DataDir, "pieces"))
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	host, err := p2p.New(p2p.Config{Key: acct, ListenAddrs: c.Listen, Logger: log})
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	closers = append(closers, func() { host.Close() })
	node, err := provider.New(pc, host, db, pieces)
	if err != nil {
		return nil, err
	}
	node.Register()
	cwatch.SetPoll(providerHeadPoll(bound))
	cw := obs.NewChainWatch(watchedHead{cwatch}, metrics, 2*time.Second, log)
	wctx, cancelWatch := context.WithCancel(ctx)
	var wg sync.WaitGroup
	closers = append(closers, func() { cancelWatch(); wg.Wait() })
	wg.Go(func() { cw.Run(wctx) })
	watchers, stopWatch, err := startPaymentWatchers(wctx, eth, cwatch, bound, group, node.Address(), metrics, log)
	if err != nil {
		return nil, err
	}
	closers = append(closers, stopWatch)
	// Announce the provider's endpoints in the directory (discovery), again every
	// minute until it succeeds (the account may not have its gas money yet).
	var addrs []common.Address
	for _, b := range bound {
		addrs = append(addrs, b.Address)
	}
	sender := txmgr.New(eth, node.Address(), bind.NewKeyedTransactor(acct, chainID).Signer, txmgr.Options{})
	dir, err := discovery.Open(ctx, eth, c.Chain.Registry, addrs, sender)
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	if dir != nil {
		eps := discovery.Endpoints(c.Announce, host.Addrs(), host.ID())
		wg.Go(func() { discovery.AnnounceLoop(wctx, dir, eps, log) })
	} else {
		log.Info("no endpoint directory (no registry configured or named by the contracts): keepers and users need this provider's endpoint from elsewhere")
	}
	ri := runInfo{Role: config.RoleProvider, Address: node.Address(), PeerID: host.ID().String(), Endpoints: host.Addrs(), PID: os.Getpid(), Started: time.Now()}
	if c.StatusAddr != "" {
		srv, err := obs.Serve(c.StatusAddr, metrics, func(ctx context.Context) any {
			return map[string]any{"node": ri, "state": node.Status(ctx), "payments": paymentStatuses(watchers), "chain_height": cw.Height()}
		}, cw.Health, log)
		if err != nil {
			return nil, fmt.Errorf("provider: status_addr: %w", err)
		}
		closers = append(closers, func() { srv.Close() })
		ri.Status = srv.Addr()
		closeLedgers, err := mountProviderDashboard(ctx, srv, eth, bound, node.Address(), c.DA)
		if err != nil {
			return nil, err
		}
		closers = append(closers, closeLedgers)
	}
	wg.Go(func() { metrics.WatchGasBalance(wctx, eth, node.Address(), 0) })
	if err := writeRunFile(c.DataDir, ri); err != nil {
		return nil, err
	}
	warnLowBalance(ctx, eth, node.Address(), c, log)
	log.Info("provider running", "address", ri.Address, "peer", ri.PeerID, "endpoints", ri.Endpoints, "contracts", len(c.Contracts))
	return func() {
		closeAll()
		log.Info("provider stopped")
	}, nil
}

// providerContract resolves configured contract i: an upkeeping contract on the
// chain (owner and keepers read from it: the zero Contract), or — only when the
// configuration names an owner and there is no code at the address — a contract
// served from the configuration alone (tests without a deployment), with a
// warning. An address without code and without an owner is a start-up error: most
// likely a typo.
func providerContract(ctx context.Context, g *provider.ChainGroup, i int, k config.Contract, chainID *big.Int, log *slog.Logger) (provider.Contract, *upkeeping.Contract, error) {
	up, err := g.Bind(ctx, k.Address)
	switch {
	case errors.Is(err, upkeeping.ErrNoContract) && k.Owner != (common.Address{}):
		log.Warn("no upkeeping contract at the address: serving it with the configured owner and keepers, no payments", "contract", k.Address)
		return provider.Contract{Owner: k.Owner, Keepers: k.Keepers}, nil, nil
	case errors.Is(err, upkeeping.ErrNoContract):
		return provider.Contract{}, nil, fmt.Errorf("contracts[%d].address %s: no contract code on chain %s (a typo, or the contract is on another chain)", i, k.Address, chainID)
	case errors.As(err, new(*upkeeping.RevertError)):
		return provider.Contract{}, nil, fmt.Errorf("contracts[%d].address %s is not an upkeeping contract (%v)", i, k.Address, err)
	case err != nil:
		return provider.Contract{}, nil, fmt.Errorf("contract %s: %w", k.Address, err)
	}
	return provider.Contract{}, up, nil
}
