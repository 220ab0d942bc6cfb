package main

import (
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// agreementRatioTarget is the bound on ms_per_instance / crypto_floor_ms.
const agreementRatioTarget = 3.0

// benchAgreementResult is one line of `bench agreement --json`.
type benchAgreementResult struct {
	agreementsim.BenchResult
	RatioTarget float64 `json:"ratio_target"`
	RatioMet    bool    `json:"ratio_met"`
	Cores       int     `json:"cores"`
}

// newBenchAgreementCmd is `whitepay bench agreement`: the SPEC 7 protocol (keeper/
// agreement) with real BLS over the in-memory network, per instance wall time,
// messages and bytes, against the crypto floor measured in the same run.
func newBenchAgreementCmd() *cobra.Command {
	var (
		keepers, providers []int
		instances          int
		seed               int64
		asJSON             bool
	)
	cmd := &cobra.Command{
		Use:   "agreement [--keepers N[,N…]] [--providers P[,P…]] [--instances K] [--json]",
		Short: "measure the keepers' agreement protocol against its BLS crypto floor",
		Long: `Runs the full agreement protocol of SPEC 7 (observe, propose, echo, commit) among
N keepers for P providers with real BLS signatures over the in-memory network, K times
after one warm-up, every keeper processed in turn on one goroutine, every keeper
checking the observations of the proposal before it locks it (issue 12.6), its lock
writes and space-time jobs answered at once. After each instance it measures, in the
same process on the same keys and digests, the crypto floor: one BLS signature per
keeper per signing round (observation and commit) and, per round, one aggregate
verification of q signatures at the leader. Several values of --keepers and
--providers run every combination (one JSON object per line).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if instances < 1 {
				return usagef("--instances must be positive")
			}
			for _, n := range keepers {
				if n < 1 || n > wire.MaxKeepers {
					return usagef("--keepers %d: want 1..%d", n, wire.MaxKeepers)
				}
			}
			for _, p := range providers {
				if p < 1 || p > wire.MaxEntries {
					return usagef("--providers %d: want 1..%d", p, wire.MaxEntries)
				}
			}
			out := cmd.OutOrStdout()
			const row = "%7v %9v %4v %12v %9v %6v %9v %9v %10v\n"
			if !asJSON {
				fmt.Fprintf(out, row, "keepers", "providers", "q", "ms/instance", "floor ms", "ratio", "cpu ratio", "messages", "bytes")
			}
			for _, n := range keepers {
				for _, p := range providers {
					if err := cmd.Context().Err(); err != nil {
						return err
					}
					r, err := agreementsim.Bench(agreementsim.BenchConfig{Keepers: n, Providers: p, Instances: instances, Seed: seed})
					if err != nil {
						return fmt.Errorf("bench agreement N=%d P=%d: %w", n, p, err)
					}
					res := benchAgreementResult{BenchResult: *r, RatioTarget: agreementRatioTarget, RatioMet: r.Ratio <= agreementRatioTarget, Cores: runtime.NumCPU()}
					if asJSON {
						if err := json.NewEncoder(out).Encode(res); err != nil {
							return err
						}
						continue
					}
					fmt.Fprintf(out, row, n, p, r.Quorum, fmt.Sprintf("%.1f", r.MsPerInstance), fmt.Sprintf("%.1f", r.CryptoFloorMs),
						fmt.Sprintf("%.2f", r.Ratio), fmt.Sprintf("%.2f", r.CPURatio), fmt.Sprintf("%.0f", r.MessagesPerInstance), fmt.Sprintf("%.0f", r.BytesPerInstance))
				}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.IntSliceVar(&keepers, "keepers", []int{21}, "keepers N (comma-separated for several)")
	fl.IntSliceVar(&providers, "providers", []int{1000}, "providers P, one report entry each (comma-separated for several)")
	fl.IntVar(&instances, "instances", 9, "timed instances per configuration (after one warm-up)")
	fl.Int64Var(&seed, "seed", 1, "seed of the synthetic data")
	fl.BoolVar(&asJSON, "json", false, "print one JSON object per configuration")
	return cmd
}
