package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/node"
	"github.com/whitepay/whitepay/keeper/records"
)

// newKeeperCmd is `whitepay keeper` (SPEC 10): init | run | pop | observe.
func newKeeperCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keeper",
		Short: "Keeper node: init | run | pop | observe",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newKeeperInitCmd(), newKeeperRunCmd(), newKeeperPopCmd(), newKeeperObserveCmd(), newWithdrawCmd("keeper"))
	return cmd
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
	ctx := cmd.Context()
	c, err := loadNodeConfig(cfgPath, config.RoleKeeper)
	if err != nil {
		return err
	}
	if c.Chain.RPC == "" || c.Chain.ChainID == 0 {
		return usagef("%s: chain.rpc and chain.chain_id are required to run a keeper", cfgPath)
	}
	log := nodeLogger(cmd, "keeper")
	acct, sk, err := loadNodeKeys(c, true)
	if err != nil {
		return err
	}
	if _, err := p2p.ParseEndpoints(c.Peers); err != nil {
		return usagef("%s: peers: %v", cfgPath, err)
	}
	txo, err := keeperTxOptions(ctx, c, log) // fault injection (faults_on.go in a -tags faults build); zero options in the product
	if err != nil {
		return err
	}
	n, err := node.New(ctx, node.Config{Config: c, Account: acct, BLS: sk, Logger: log, Tx: txo})
	if err != nil {
		return fmt.Errorf("keeper: %w", err)
	}
	defer n.Close()
	ri := runInfo{Role: config.RoleKeeper, Address: n.Address(), PeerID: n.PeerInfo().ID.String(), Endpoints: n.Addrs(),
		Status: n.StatusAddr(), PID: os.Getpid(), Started: time.Now()}
	if err := writeRunFile(c.DataDir, ri); err != nil {
		return err
	}
	if err := n.Start(ctx); err != nil {
		return err
	}
	stopFaults, err := startKeeperFaults(ctx, c, n, acct, sk, log) // fault injection (faults_on.go in a -tags faults build); nothing in the product
	if err != nil {
		return err
	}
	defer stopFaults()
	log.Info("keeper running", "address", ri.Address, "peer", ri.PeerID, "endpoints", ri.Endpoints, "contracts", len(c.Contracts), "cron", c.Challenge.Cron)
	n.Wait()
	log.Info("keeper stopped")
	return nil
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
from every record the keeper holds (SPEC 4), with the number of records used.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadNodeConfig(cfgPath, config.RoleKeeper)
			if err != nil {
				return err
			}
			if !common.IsHexAddress(contract) || !common.IsHexAddress(prov) || te < ts {
				return usagef("--contract and --provider must be addresses and --te ≥ --ts")
			}
			k, ok := c.Contract(common.HexToAddress(contract))
			if !ok {
				return usagef("contract %s is not in %s", contract, cfgPath)
			}
			db, err := store.Open(filepath.Join(c.DataDir, "db"), store.Options{Logger: nodeLogger(cmd, "keeper")})
			if err != nil {
				return err
			}
			defer db.Close()
			st := records.NewStore(db, new(big.Int).SetUint64(c.Chain.ChainID))
			p := common.HexToAddress(prov)
			v, err := st.SpaceTime(k.Address, p, k.Keepers, ts, te, k.Stale)
			if err != nil {
				return err
			}
			recs, err := st.Records(k.Address, p, 0, 1<<63)
			if err != nil {
				return err
			}
			return json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{
				"contract": k.Address, "provider": p, "ts": ts, "te": te, "stale": k.Stale,
				"spacetime": v.String(), "records": len(recs),
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
