package main

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/provider"
)

// newProviderCmd is `whitepay provider` (SPEC 10): init | run.
func newProviderCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "provider",
		Short: "Provider node: init | run",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newProviderInitCmd(), newProviderRunCmd(), newWithdrawCmd("provider"))
	return cmd
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
	ctx := cmd.Context()
	c, err := loadNodeConfig(cfgPath, config.RoleProvider)
	if err != nil {
		return err
	}
	if c.Chain.ChainID == 0 {
		return usagef("%s: chain.chain_id is required (orders are signed for one chain)", cfgPath)
	}
	log := nodeLogger(cmd, "provider")
	acct, _, err := loadNodeKeys(c, false)
	if err != nil {
		return err
	}
	db, err := store.Open(filepath.Join(c.DataDir, "db"), store.Options{Logger: log})
	if err != nil {
		return err
	}
	defer db.Close()
	pieces, err := provider.OpenPieceStore(filepath.Join(c.DataDir, "pieces"))
	if err != nil {
		return err
	}
	host, err := p2p.New(p2p.Config{Key: acct, ListenAddrs: c.Listen, Logger: log})
	if err != nil {
		return err
	}
	defer host.Close()
	metrics := obs.NewMetrics()
	pc := provider.Config{
		ChainID: new(big.Int).SetUint64(c.Chain.ChainID), Key: acct, Contracts: map[common.Address]provider.Contract{},
		MaxUploads: c.Limits.MaxUploads, MaxPieceSize: c.Limits.MaxPieceSize, UploadIdle: c.Limits.UploadIdle.D(),
		ChallengeTimeout: c.Challenge.Timeout.D(), Logger: log, Metrics: metrics,
	}
	for _, k := range c.Contracts {
		pc.Contracts[k.Address] = provider.Contract{Owner: k.Owner, Keepers: k.Keepers}
	}
	node, err := provider.New(pc, host, db, pieces)
	if err != nil {
		return err
	}
	node.Register()
	watchers, stopWatch, err := startPaymentWatchers(ctx, c, node.Address(), metrics, log)
	if err != nil {
		return err
	}
	defer stopWatch()
	ri := runInfo{Role: config.RoleProvider, Address: node.Address(), PeerID: host.ID().String(), Endpoints: host.Addrs(), PID: os.Getpid(), Started: time.Now()}
	if c.StatusAddr != "" {
		srv, err := obs.Listen(c.StatusAddr, metrics, func(ctx context.Context) any {
			return map[string]any{"node": ri, "state": node.Status(ctx), "payments": paymentStatuses(watchers)}
		}, log)
		if err != nil {
			return err
		}
		defer srv.Close()
		ri.Status = srv.Addr()
	}
	if err := writeRunFile(c.DataDir, ri); err != nil {
		return err
	}
	log.Info("provider running", "address", ri.Address, "peer", ri.PeerID, "endpoints", ri.Endpoints, "contracts", len(c.Contracts))
	err = waitDone(ctx)
	log.Info("provider stopped")
	return err
}
