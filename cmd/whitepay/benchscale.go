package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/devnet/scalebench"
)

// newBenchScaleCmd is `whitepay bench scale` (issue 15): a large contract over
// several periods on the simulated chain.
func newBenchScaleCmd() *cobra.Command {
	var cfg scalebench.Config
	var asJSON, quiet bool
	cmd := &cobra.Command{
		Use:   "scale [--providers P] [--keepers K] [--challenges C] [--periods N] [--part-size S] [--parts-per-period C] [--no-eth] [--round4-providers N] [--arweave URL] [--json]",
		Short: "One contract with P providers and K keepers over several periods: payments, ledger cost per DA layer, keeper database",
		Long: `Deploy an Upkeeping contract for P providers and K keepers on the simulated chain
(real EVM, the --gas-limit block gas limit, geth's transaction size limit), generate C
challenges per keeper per provider per period with real keys and signatures, pay every
period through the contract, build its SCP ledger batch and publish it on each
data-availability layer, and run one keeper's database under the same load, pruned.

Each period's report is split into parts sized from the chain's limits (1,181
providers per part: internal/parts), each paid by its own transaction and published
as its own ledger batch.

Per period: providers paid, parts, pay gas and gas per provider payment, the batch's bytes,
the settlement-chain gas of the ledger on the eth layer (the whole batch as calldata)
and, with --arweave URL (a gateway, e.g. arlocal; --arweave-mine mines after each
body), with the body on Arweave and a header naming it on the inbox, and the keeper's
database size. At the end, the database at rest. Once, in period 0 (K ≥ 4): round 4's
bytes and seconds for this shape (--round4-providers disputed, default min(P, 3): K
agreement cores with the keeper's record store on disk stream, check and merge the
K·C records of each until the report is agreed).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfg.Providers < 1 || cfg.Keepers < 1 || cfg.Keepers > 256 || cfg.Challenges < 1 || cfg.Periods < 1 || cfg.Period < 2 {
				return usagef("need --providers ≥ 1, 1 ≤ --keepers ≤ 256, --challenges ≥ 1, --periods ≥ 1, --period ≥ 2")
			}
			if !quiet {
				cfg.Progress = cmd.ErrOrStderr()
			}
			res, err := scalebench.Run(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			printBenchScale(cmd.OutOrStdout(), res)
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Providers, "providers", 3, "providers P in the contract (all due every period)")
	f.IntVar(&cfg.Keepers, "keepers", 7, "keepers K")
	f.IntVar(&cfg.Challenges, "challenges", 6, "challenges per keeper per provider per period")
	f.IntVar(&cfg.Periods, "periods", 3, "periods to run")
	f.Uint64Var(&cfg.Period, "period", 20, "period H in blocks")
	f.Uint64Var(&cfg.GasLimit, "gas-limit", 36_000_000, "the simulated chain's block gas limit")
	f.Uint32Var(&cfg.PartSize, "part-size", 0, "providers per part (default: from the chain's limits, internal/parts)")
	f.Uint32Var(&cfg.PartsPerPeriod, "parts-per-period", 0, "parts paid per period (default: all; fewer: fair rotation)")
	f.BoolVar(&cfg.NoEth, "no-eth", false, "leave out the eth layer (every batch as calldata: slow at thousands of providers)")
	f.IntVar(&cfg.Round4Providers, "round4-providers", 0, "providers disputed in the round-4 measurement (default min(P, 3))")
	f.StringVar(&cfg.Arweave, "arweave", "", "Arweave gateway URL for the arweave layer (default: left out)")
	f.BoolVar(&cfg.ArweaveMine, "arweave-mine", false, "ask the gateway to mine after each body (arlocal)")
	f.BoolVar(&asJSON, "json", false, "print the result as JSON")
	f.BoolVar(&quiet, "quiet", false, "no progress display")
	return cmd
}

func printBenchScale(w io.Writer, r *scalebench.Result) {
	c := r.Config
	fmt.Fprintf(w, "bench scale: %d providers, %d keepers, %d challenges per keeper per provider per period (%d records per provider), period %d blocks, gas limit %d\n",
		c.Providers, c.Keepers, c.Challenges, c.Keepers*c.Challenges, c.Period, c.GasLimit)
	for _, p := range r.Periods {
		if p.Error != "" {
			fmt.Fprintf(w, "  period %d: %s\n", p.Period, p.Error)
			continue
		}
		fmt.Fprintf(w, "  period %d (te %d): paid %d providers in %d parts, pay %d gas (%.0f per provider); ledger %d bytes",
			p.Period, p.Te, p.PaidProviders, p.Parts, p.PayGas, p.GasPerPayment, p.LedgerBytes)
		for _, name := range []string{"eth", "arweave"} {
			if l, ok := p.Layers[name]; ok {
				fmt.Fprintf(w, "; %s %d gas", name, l.Gas)
			}
		}
		fmt.Fprintf(w, "; keeper db %d bytes (%d keys pruned)\n", p.KeeperDBBytes, p.Pruned)
		if r := p.Round4; r != nil {
			fmt.Fprintf(w, "    round 4 (%d providers disputed): %d bytes, %d of them in %d record chunks, %.1f s\n", r.Providers, r.Bytes, r.RecordBytes, r.Chunks, r.Seconds)
		}
	}
	verdict := "every provider paid in every period"
	if !r.AllPaid {
		verdict = "NOT every provider paid in every period"
	}
	fmt.Fprintf(w, "  %s (at most %d consecutive periods unpaid); keeper database at rest %d bytes\n", verdict, r.MaxUnpaidPeriods, r.KeeperDBAtRest)
	for _, p := range r.Pending {
		fmt.Fprintf(w, "  not measured yet: %s\n", p)
	}
}
