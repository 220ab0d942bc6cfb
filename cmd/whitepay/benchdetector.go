package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/settle/detector"
)

// newBenchDetectorCmd is `whitepay bench detector`: the detector's replay rate on a
// generated ledger.
func newBenchDetectorCmd() *cobra.Command {
	var cfg detector.BenchConfig
	var asJSON, quiet bool
	cmd := &cobra.Command{
		Use:   "detector [--settlements N] [--json]",
		Short: "Detector replay rate (settlements per second) on a generated ledger",
		Long: `Generate an SCP ledger with real keys and signatures into a temporary directory
layer — N settlements in reports of --entries entries (one per provider), --records
new challenge records per entry (each record is also carried once more by the next
batch, as SPEC 4's carry-in requires; a carried record is matched by id and not
verified twice), N keepers with q = ⌊2N/3⌋+1 BLS-signed observations per report — then
replay it with the detector (no chain) and time the replay alone.

A settlement is one report entry, one provider paid for one period, replayed with
everything it depends on verified: its records (challenge re-derived from the orders
and block hash; keeper and provider secp256k1 signatures; space), its value against
the median of the observations and within τ of the records' space-time, the payment
replay; plus its share of the batch: decoding and hashing, the observation and
aggregate BLS signatures (one batch verification), the state root.

The replay rate is also given as a ratio to the signature-verification floor measured
in the same run right after it: the rate the same shape's signature checks alone reach
(secp256k1 record signatures on the same workers, the BLS batch verification per
batch). Absolute rates swing with the machine's load; the ratio much less.

The target is ` + fmt.Sprint(detector.BenchTarget) + ` settlements per second with --settlements 1000000 on a 2-core
machine. Generation (signing) takes longer than the replay and is reported apart.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfg.Settlements < 1 || cfg.Entries < 1 || cfg.Entries > 4096 || cfg.RecordsPerEntry < 1 || cfg.Keepers < 1 || cfg.Keepers > 256 {
				return usagef("need --settlements ≥ 1, 1 ≤ --entries ≤ 4096, --records ≥ 1, 1 ≤ --keepers ≤ 256")
			}
			if !quiet {
				cfg.Progress = cmd.ErrOrStderr()
			}
			res, err := detector.RunBench(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			printBenchDetector(cmd.OutOrStdout(), res)
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Settlements, "settlements", 1_000_000, "settlements (report entries) in the ledger")
	f.IntVar(&cfg.Entries, "entries", 1000, "entries per report (providers paid per batch)")
	f.IntVar(&cfg.RecordsPerEntry, "records", 1, "new challenge records per entry")
	f.IntVar(&cfg.Keepers, "keepers", 4, "keepers N")
	f.IntVar(&cfg.Workers, "workers", 0, "record-verification workers (0: one per core)")
	f.BoolVar(&asJSON, "json", false, "print the result as JSON")
	f.BoolVar(&quiet, "quiet", false, "no progress display")
	return cmd
}

func printBenchDetector(w io.Writer, r *detector.BenchResult) {
	fmt.Fprintf(w, "detector replay: %d settlements in %d batches of %d entries\n", r.Settlements, r.Batches, r.EntriesPerBatch)
	fmt.Fprintf(w, "  shape: %d keepers, %d observations per report, %d new + %.1f carried records per entry, %d bytes per batch\n",
		r.Keepers, r.Observations, r.RecordsPerEntry, r.RecordsCarried, r.AvgBatchBytes)
	fmt.Fprintf(w, "  generated in %.1f s; replayed in %.2f s on %d workers (GOMAXPROCS %d)\n", r.GenerateSeconds, r.ReplaySeconds, r.Workers, r.GOMAXPROCS)
	verdict := "meets"
	if !r.MeetsTarget {
		verdict = "MISSES"
	}
	fmt.Fprintf(w, "  %.0f settlements/s, %.0f records verified/s — %s the target of %.0f/s\n", r.SettlementsPerS, r.RecordsVerifiedPer, verdict, r.Target)
	fmt.Fprintf(w, "  signature floor (same run): %.0f settlements/s (%d secp256k1 signatures per settlement + the BLS batch check per batch); replay/floor = %.2f\n",
		r.FloorPerS, r.FloorSigsPerSettle, r.FloorRatio)
	fmt.Fprintf(w, "  CPU: %.1f s for the replay (%.0f settlements per CPU-second, %.0f/s with all %d cores free); load average before: %s\n",
		r.ReplayCPUSeconds, r.SettlementsPerCPUS, r.SettlementsPerSFree, r.GOMAXPROCS, r.LoadAverage)
}
