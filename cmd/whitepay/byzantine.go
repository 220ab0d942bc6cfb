//go:build faults

package main

import (
	"fmt"
	"math/big"
	"time"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/devnet/byzantine"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
)

// newByzantineCmd is the hidden `whitepay byzantine`: a hostile keeper (package
// devnet/byzantine) run next to a keeper's honest node, with the same keys, by
// `whitepay devnet --faults byzantine`. Not for production use.
func newByzantineCmd() *cobra.Command {
	var (
		cfgPath string
		modes   string
		every   time.Duration
	)
	cmd := &cobra.Command{
		Use:    "byzantine --config FILE [--modes LIST]",
		Short:  "Run a hostile keeper (fault injection; devnet only)",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ms, err := byzantine.ParseModes(modes)
			if err != nil {
				return usagef("%v", err)
			}
			c, err := loadNodeConfig(cfgPath, config.RoleKeeper)
			if err != nil {
				return err
			}
			if c.Chain.RPC == "" || len(c.Contracts) == 0 {
				return usagef("%s: chain.rpc and a contract are required", cfgPath)
			}
			acct, sk, err := loadNodeKeys(c, true)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			cl, id, err := chain.Dial(ctx, c.Chain.RPC)
			if err != nil {
				return err
			}
			defer cl.Close()
			k, err := byzantine.New(ctx, byzantine.Config{Client: cl, ChainID: new(big.Int).Set(id), Contract: c.Contracts[0].Address,
				Account: acct, BLS: sk, Peers: c.Peers, Modes: ms, Every: every, Logger: nodeLogger(cmd, "byzantine")})
			if err != nil {
				return fmt.Errorf("byzantine: %w", err)
			}
			defer k.Close()
			err = k.Run(ctx)
			s := k.Stats()
			fmt.Fprintf(cmd.ErrOrStderr(), "byzantine: forged %d proposals, %d extreme observations, %d replays, %d garbage, %d oversized\n",
				s.Forged, s.Extreme, s.Replayed, s.Garbage, s.Oversized)
			return err
		},
	}
	cmd.Flags().StringVar(&cfgPath, "config", "", "the keeper's config.json")
	cmd.Flags().StringVar(&modes, "modes", "all", "hostile behaviours: "+fmt.Sprint(byzantine.AllModes)+" or all")
	cmd.Flags().DurationVar(&every, "every", time.Second, "pace of the misbehaviour")
	return cmd
}
