package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/node"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/upkeeping"
)

// newKeeperCmd is `whitepay keeper` (SPEC 10): init | run | pop | observe.
func newKeeperCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keeper",
		Short: "Keeper node: init | run | pop | observe",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newKeeperInitCmd(), newKeeperRegisterCmd(), newKeeperRunCmd(), newKeeperPopCmd(), newKeeperObserveCmd(), newWithdrawCmd("keeper"), newAddContractCmd(config.RoleKeeper), newKeeperRewardsCmd())
	return listChildren(cmd, "Keeper node")
}

func newKeeperInitCmd() *cobra.Command {
	var f initFlags
	cmd := &cobra.Command{
		Use:   "init --dir DIR [--contract ADDR --chain-id ID] [--json]",
		Short: "Create a keeper's keystores and configuration, and print its registration data",
		Long: `Create DIR with a secp256k1 account (go-ethereum keystore, DIR/keystore/account.json),
a BLS key (EIP-2335 keystore, DIR/keystore/bls.json) and DIR/config.json, and print what
the user needs to register the keeper: its address, BLS public key (compressed and in
EIP-2537 form), proof of possession for --contract on --chain-id (or how to make it
later: the PoP binds the contract address), libp2p peer id and endpoints.
The password comes from --password-file or the environment (--password-env).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.initNode(cmd, config.RoleKeeper)
		},
	}
	f.register(cmd)
	return cmd
}

func newKeeperPopCmd() *cobra.Command {
	var (
		dir, contract string
		chainID       uint64
		asJSON        bool
		pw            passwordFlags
	)
	cmd := &cobra.Command{
		Use:   "pop --dir DIR --contract ADDR --chain-id ID [--json]",
		Short: "Print the keeper's registration data with its proof of possession for a contract",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" || !common.IsHexAddress(contract) || chainID == 0 {
				return usagef("--dir, --contract (an address) and --chain-id are required")
			}
			p, err := pw.get()
			if err != nil {
				return err
			}
			acct, err := keys.LoadAccount(keys.AccountPath(dir), p)
			if err != nil {
				return err
			}
			sk, err := keys.LoadBLS(keys.BLSPath(dir), p)
			if err != nil {
				return err
			}
			d := domain.New(chainID, common.HexToAddress(contract))
			listen := p2p.DefaultListenAddrs
			if c, err := config.Load(filepath.Join(dir, ConfigFile)); err == nil {
				listen = c.Listen
			}
			id, _ := p2p.PeerID(&acct.PublicKey)
			reg, err := keys.NewRegistration(config.RoleKeeper, acct, sk, &d, endpoints(listen, id))
			if err != nil {
				return err
			}
			return printRegistration(cmd.OutOrStdout(), reg, dir, filepath.Join(dir, ConfigFile), asJSON)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "the keeper's data directory")
	cmd.Flags().StringVar(&contract, "contract", "", "upkeeping contract address")
	cmd.Flags().Uint64Var(&chainID, "chain-id", 0, "chain id")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	pw.register(cmd)
	return cmd
}

func newKeeperRunCmd() *cobra.Command {
	return newNodeRunCmd("Run the keeper: order intake, scheduled challenges, record sync, agreement and payments",
		`Run the keeper node described by FILE (see package internal/config for the fields):
one libp2p host (TCP and QUIC, Noise) keyed by the keeper's account, one badger database
in the data dir; learn orders from users, challenge every provider of every contract
on the cron schedule at the final block head − D, sign and store the records, and sync
them to the keeper group; agree with the group on each period's payment and submit the
reports this keeper leads (package keeper/node). The chain is read over JSON-RPC (chain.rpc). Stops cleanly on
SIGINT/SIGTERM. Writes run.json (address, peer id, endpoints) in the data dir.`, runKeeper)
}

func runKeeper(cmd *cobra.Command, cfgPath string) error {
	log := nodeLogger(cmd, "keeper")
	return serveWithReload(cmd.Context(), cfgPath, config.RoleKeeper, log, func(ctx context.Context, c *config.Config) (func(), error) {
		return startKeeper(ctx, c, log)
	})
}

// startKeeper builds and starts the keeper node of configuration c; the returned
// function stops it and waits.
func startKeeper(ctx context.Context, c *config.Config, log *slog.Logger) (func(), error) {
	if c.Chain.RPC == "" {
		return nil, errors.New("chain.rpc is required to run a keeper")
	}
	acct, sk, err := loadNodeKeys(c, true)
	if err != nil {
		return nil, err
	}
	txo, err := keeperTxOptions(ctx, c, log) // fault injection (faults_on.go in a -tags faults build); zero options in the product
	if err != nil {
		return nil, err
	}
	n, err := node.New(ctx, node.Config{Config: c, Account: acct, BLS: sk, Logger: log, Tx: txo})
	if err != nil {
		return nil, fmt.Errorf("keeper: %w", err)
	}
	ri := runInfo{Role: config.RoleKeeper, Address: n.Address(), PeerID: n.PeerInfo().ID.String(), Endpoints: n.Addrs(),
		Status: n.StatusAddr(), PID: os.Getpid(), Started: time.Now()}
	if err := writeRunFile(c.DataDir, ri); err != nil {
		n.Close()
		return nil, err
	}
	nctx, cancel := context.WithCancel(ctx)
	if err := n.Start(nctx); err != nil {
		cancel()
		n.Close()
		return nil, err
	}
	stopFaults, err := startKeeperFaults(nctx, c, n, acct, sk, log) // fault injection (faults_on.go in a -tags faults build); nothing in the product
	if err != nil {
		cancel()
		n.Close()
		return nil, err
	}
	warnLowBalance(ctx, n.Client(), n.Address(), c, log)
	log.Info("keeper running", "address", ri.Address, "peer", ri.PeerID, "endpoints", ri.Endpoints, "contracts", len(c.Contracts), "cron", c.Challenge.Cron)
	return func() {
		cancel()
		stopFaults()
		n.Close()
		log.Info("keeper stopped")
	}, nil
}

// observeGroup returns a contract's active keepers in index order and its stale
// span G: from the contract over chain.rpc, or — for a contract the configuration
// serves alone (keepers listed, no code at the address) — from the configuration.
func observeGroup(ctx context.Context, c *config.Config, contract common.Address) ([]common.Address, uint64, error) {
	k, inCfg := c.Contract(contract)
	if c.Chain.RPC == "" {
		if inCfg && len(k.Keepers) > 0 {
			return k.Keepers, k.Stale, nil
		}
		return nil, 0, fmt.Errorf("observe: chain.rpc is needed to read the keeper group of %s", contract)
	}
	eth, _, err := chain.DialChain(ctx, c.Chain.RPC, c.Chain.ChainID)
	if err != nil {
		return nil, 0, err
	}
	defer eth.Close()
	up, err := upkeeping.New(ctx, eth, contract)
	if errors.Is(err, upkeeping.ErrNoContract) && inCfg && len(k.Keepers) > 0 {
		return k.Keepers, k.Stale, nil
	}
	if err != nil {
		return nil, 0, err
	}
	p, err := up.Params(ctx)
	if err != nil {
		return nil, 0, err
	}
	g, err := up.ActiveGroup(ctx)
	if err != nil {
		return nil, 0, err
	}
	var active []common.Address
	for _, m := range g.Keepers() {
		active = append(active, m.Account)
	}
	return active, p.Stale, nil
}

func newKeeperObserveCmd() *cobra.Command {
	var (
		cfgPath, contract, prov string
		ts, te                  uint64
	)
	cmd := &cobra.Command{
		Use:   "observe --config FILE --contract ADDR --provider ADDR --ts N --te N",
		Short: "Print the keeper's space-time observation of a provider from the records it holds (keeper stopped)",
		Long: `Open the keeper's database (the keeper must not be running: badger takes a lock) and
print, as JSON, the space-time (byte·blocks) of the provider over [ts, te) computed
from every record the keeper holds (SPEC 4), with the number of records used. The
keeper group (whose records count) and the stale span G are read from the contract
over chain.rpc; a contract served from the configuration alone uses its keepers
list and stale.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadNodeConfig(cfgPath, config.RoleKeeper)
			if err != nil {
				return err
			}
			if !common.IsHexAddress(contract) || !common.IsHexAddress(prov) || te < ts {
				return usagef("--contract and --provider must be addresses and --te ≥ --ts")
			}
			ca, p := common.HexToAddress(contract), common.HexToAddress(prov)
			keepers, stale, err := observeGroup(cmd.Context(), c, ca)
			if err != nil {
				return err
			}
			unlock, err := store.LockDir(c.DataDir)
			if err != nil {
				return fmt.Errorf("observe: the keeper must be stopped: %w", err)
			}
			defer unlock()
			db, err := store.Open(filepath.Join(c.DataDir, "db"), store.Options{Logger: nodeLogger(cmd, "keeper")})
			if err != nil {
				return err
			}
			defer db.Close()
			st := records.NewStore(db, new(big.Int).SetUint64(c.Chain.ChainID))
			v, err := st.SpaceTime(ca, p, keepers, ts, te, stale)
			if err != nil {
				return err
			}
			recs, err := st.Records(ca, p, 0, 1<<63)
			if err != nil {
				return err
			}
			return json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{
				"contract": ca, "provider": p, "ts": ts, "te": te, "stale": stale,
				"spacetime": v.String(), "records": len(recs), "keepers": len(keepers),
			})
		},
	}
	cmd.Flags().StringVar(&cfgPath, "config", "", "the keeper's configuration file")
	cmd.Flags().StringVar(&contract, "contract", "", "contract")
	cmd.Flags().StringVar(&prov, "provider", "", "provider")
	cmd.Flags().Uint64Var(&ts, "ts", 0, "interval start (block)")
	cmd.Flags().Uint64Var(&te, "te", 0, "interval end (block, exclusive)")
	return cmd
}
