package main

import (
	"encoding/json"
	"fmt"
	"github.com/whitepay/whitepay/internal/chain"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/upkeeping"
)

// Gas targets of the upkeeping contract (issues 3 and 12).
const (
	targetPay1Entry      = 230_000 // pay, 1 entry, N = 21 at quorum (15 signers)
	targetPerEntry       = 9_000   // pay, N = 21: marginal gas per entry, (pay 64 − pay 1) / 63
	targetPerExtraSigner = 2_000   // pay, N = 4 → 64 at quorum: gas per extra signer
	targetUserSetup      = 800_000 // factory clone + 21 keepers by reference + 3 providers + fund
)

// newBenchGasCmd is `whitepay bench gas`: the gas used by the upkeeping contract's
// operations on the simulated chain (a real EVM) with real BLS signatures.
func newBenchGasCmd() *cobra.Command {
	var asJSON bool
	var rules string
	cmd := &cobra.Command{
		Use:   "gas [--json] [--rules osaka|prague|dev]",
		Short: "Gas used by the upkeeping contract: deploy, register, fund, pay, withdraw",
		Long: `Deploy the upkeeping contract on a fresh simulated chain and measure the gas of
each operation from its receipt: deploy; register one keeper and a batch of 20; add a
provider; fund in ether and in an ERC-20; pay a 1-entry report at quorum for N = 4, 7,
21 and 64 keepers; pay reports of 16, 64 and 128 entries at N = 21; withdraw (provider
and keeper). Reports are signed by real herumi BLS keys and verified on chain through
the EIP-2537 precompiles.

Gas depends on the fork rules. --rules osaka (default) is mainnet's current fork;
prague is the fork that introduced EIP-2537; dev is go-ethereum's dev-chain default
(the simulated backend's and geth --dev's), which also enables the unreleased
Bogota/Amsterdam rules (EIP-8037 state gas, EIP-8038 storage repricing: every storage
write costs 10,000 more than on mainnet).

--json prints an array of {"op","keepers","signers","entries","gas"}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := chain.ParseRules(rules)
			if err != nil {
				return usagef("--rules: %v", err)
			}
			samples, err := upkeeping.RunGasBench(cmd.Context(), upkeeping.GasBenchConfig{Rules: r})
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(samples)
			}
			return printGasTable(cmd.OutOrStdout(), r, samples)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, `print a JSON array of {"op","keepers","signers","entries","gas"}`)
	cmd.Flags().StringVar(&rules, "rules", string(chain.RulesOsaka), "fork rules of the simulated chain: osaka, prague or dev")
	return cmd
}

func findSample(s []upkeeping.GasSample, op string, keepers, entries int) (upkeeping.GasSample, bool) {
	for _, x := range s {
		if x.Op == op && x.Keepers == keepers && x.Entries == entries {
			return x, true
		}
	}
	return upkeeping.GasSample{}, false
}

// printGasTable prints the samples and the targets they meet or miss.
func printGasTable(w io.Writer, rules chain.Rules, s []upkeeping.GasSample) error {
	fmt.Fprintf(w, "upkeeping contract gas (simulated chain, %s rules)\n\n", rules)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "op\tkeepers\tsigners\tentries\tgas\tgas/entry\t")
	for _, x := range s {
		per := ""
		if x.Op == "pay" && x.Entries > 1 {
			per = fmt.Sprint(x.Gas / uint64(x.Entries))
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\t\n", x.Op, x.Keepers, x.Signers, x.Entries, x.Gas, per)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\ntargets:")
	verdict := func(ok bool) string {
		if ok {
			return "met"
		}
		return "MISSED"
	}
	if p, ok := findSample(s, "pay", 21, 1); ok {
		fmt.Fprintf(w, "  pay, 1 entry, N=21, %d signers: %d gas (target <= %d): %s\n",
			p.Signers, p.Gas, targetPay1Entry, verdict(p.Gas <= targetPay1Entry))
	}
	p1, ok1 := findSample(s, "pay", 21, 1)
	p64, ok64 := findSample(s, "pay", 21, 64)
	if ok1 && ok64 {
		per := float64(int64(p64.Gas)-int64(p1.Gas)) / 63
		fmt.Fprintf(w, "  pay, N=21: (pay 64 entries - pay 1) / 63 = %.0f gas per entry (target <= %d): %s\n",
			per, targetPerEntry, verdict(per <= targetPerEntry))
	}
	if u, ok := findSample(s, upkeeping.OpUserSetup, 21, 3); ok {
		fmt.Fprintf(w, "  user-setup (clone, 21 keepers by reference, 3 providers, fund): %d gas (target <= %d): %s\n",
			u.Gas, targetUserSetup, verdict(u.Gas <= targetUserSetup))
	}
	lo, ok1 := findSample(s, "pay", 4, 1)
	hi, ok2 := findSample(s, "pay", 64, 1)
	if ok1 && ok2 && hi.Signers > lo.Signers {
		per := float64(int64(hi.Gas)-int64(lo.Gas)) / float64(hi.Signers-lo.Signers)
		fmt.Fprintf(w, "  pay, N=4 -> N=64 at quorum (%d -> %d signers): %.0f gas per extra signer (target <= %d): %s\n",
			lo.Signers, hi.Signers, per, targetPerExtraSigner, verdict(per <= targetPerExtraSigner))
	}
	return nil
}
