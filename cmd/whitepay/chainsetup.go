package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/upkeeping"
)

// chainSetupResult is what `contracts deploy` prints.
type chainSetupResult struct {
	ChainID  uint64         `json:"chain_id"`
	Registry common.Address `json:"registry"`
	Factory  common.Address `json:"factory"`
	Admin    common.Address `json:"admin"`
	Inbox    common.Address `json:"inbox,omitempty"`
	Gas      uint64         `json:"gas"`
}

// newContractsCmd is `whitepay contracts`: the chain-wide contracts, deployed once
// per chain (docs/contracts.md).
func newContractsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "contracts",
		Short: "The chain-wide contracts (deploy: keeper registry, upkeeping factory, ledger inbox)",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var (
		f         chainFlags
		withInbox bool
		asJSON    bool
	)
	deploy := &cobra.Command{
		Use:   "deploy --rpc URL --key FILE [--inbox] [--json]",
		Short: "Deploy the chain's keeper registry and upkeeping factory (and a BatchInbox)",
		Long: `Deploy, once per chain, the contracts every user contract shares (docs/contracts.md):
the keeper registry (keepers register their BLS key once per chain: ` + "`whitepay keeper register`" + `;
keeper groups; the endpoint directory), the upkeeping factory with its implementation
(` + "`whitepay user deploy --factory ADDR`" + ` creates each user's contract as a clone) and,
with --inbox, the BatchInbox of the shared SCP ledger. Prints the addresses.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			s, err := f.open(ctx, true, false)
			if err != nil {
				return err
			}
			defer s.close()
			opts, err := s.opts(ctx)
			if err != nil {
				return err
			}
			st, txs, err := upkeeping.DeployStack(ctx, s.eth, opts, withInbox)
			if err != nil {
				return err
			}
			res := chainSetupResult{ChainID: s.chainID.Uint64(), Registry: st.Registry.Address, Factory: st.Factory, Admin: st.Admin, Inbox: st.Inbox}
			for _, tx := range txs {
				r, err := waitTx(ctx, s, tx, "deploy the chain's contracts")
				if err != nil {
					return err
				}
				res.Gas += r.GasUsed
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "registry %s\nfactory  %s\n", res.Registry, res.Factory)
			if withInbox {
				fmt.Fprintf(w, "inbox    %s\n", res.Inbox)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "deployed on chain %d (gas %d)\n", res.ChainID, res.Gas)
			return nil
		},
	}
	f.register(deploy, false)
	deploy.Flags().BoolVar(&withInbox, "inbox", false, "also deploy a BatchInbox (the shared SCP ledger)")
	deploy.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(deploy)
	return cmd
}

// newKeeperRegisterCmd is `whitepay keeper register`: the keeper's BLS key in the
// chain's registry, with its proof of possession bound to the registry (SPEC 5;
// docs/contracts.md), from the keeper's own account.
func newKeeperRegisterCmd() *cobra.Command {
	var (
		f        chainFlags
		dir, reg string
		asJSON   bool
	)
	cmd := &cobra.Command{
		Use:   "register --dir DIR --rpc URL --registry ADDR [--json]",
		Short: "Register the keeper's BLS key in the chain's registry (once per chain)",
		Long: `Register the keeper of --dir (its account and BLS key, ` + "`whitepay keeper init`" + `) in the chain's
keeper registry: the key with a proof of possession binding the chain, the registry and
the account, sent from the keeper's account (it pays the gas). Once registered, users
name the keeper in their contracts by account (` + "`whitepay user deploy --keeper ADDR`" + `).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if dir == "" || !common.IsHexAddress(reg) {
				return usagef("--dir and --registry (an address) are required")
			}
			if f.key == "" {
				f.key = keys.AccountPath(dir)
			}
			p, err := f.pw.get()
			if err != nil {
				return err
			}
			sk, err := keys.LoadBLS(keys.BLSPath(dir), p)
			if err != nil {
				return err
			}
			s, err := f.open(ctx, true, false)
			if err != nil {
				return err
			}
			defer s.close()
			r, err := upkeeping.NewRegistry(ctx, s.eth, common.HexToAddress(reg))
			if err != nil {
				return err
			}
			if id, ok, err := r.KeeperOf(ctx, s.from); err != nil {
				return err
			} else if ok {
				return fmt.Errorf("keeper %s is already registered in %s (id %d)", s.from, r.Address, id)
			}
			opts, err := s.opts(ctx)
			if err != nil {
				return err
			}
			tx, err := r.RegisterKeeper(ctx, opts, sk)
			if err != nil {
				return err
			}
			res, err := waitTx(ctx, s, tx, "register")
			if err != nil {
				return err
			}
			id, _, err := r.KeeperOf(ctx, s.from)
			if err != nil {
				return err
			}
			out := map[string]any{"registry": r.Address, "keeper": s.from, "id": id, "tx": res.Tx, "gas_used": res.GasUsed}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), out)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d\n", id)
			fmt.Fprintf(cmd.ErrOrStderr(), "keeper %s registered in %s as id %d (tx %s, gas %d)\n", s.from, r.Address, id, res.Tx, res.GasUsed)
			return nil
		},
	}
	f.register(cmd, false)
	cmd.Flags().StringVar(&dir, "dir", "", "the keeper's data directory (its account and BLS key)")
	cmd.Flags().StringVar(&reg, "registry", "", "the chain's keeper registry (whitepay contracts deploy)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
