package main

import "github.com/spf13/cobra"

// newBenchCmd is `whitepay bench` (SPEC 10): the parent of the benchmarks
// (agreement, challenge, gas, detector, scale). It does nothing by itself; each benchmark
// registers as a subcommand in its own file.
func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Benchmarks: agreement | challenge | gas | detector | scale",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(newBenchGasCmd(), newBenchChallengeCmd(), newBenchAgreementCmd(), newBenchDetectorCmd(), newBenchScaleCmd())
	return cmd
}
