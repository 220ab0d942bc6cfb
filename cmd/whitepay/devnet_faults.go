//go:build faults

package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/devnet/faultnet"
	"github.com/whitepay/whitepay/devnet/faults"
)

// runDevnetFaults is `whitepay devnet --faults LIST` (issue 8): the devnet of
// processes under faults (devnet/faultnet). It exits 0 only when every
// period was paid and nothing was signed twice, paid twice or lost.
func runDevnetFaults(cmd *cobra.Command, o devnet.Options, list string, asJSON bool) error {
	fl, err := faults.Parse(list)
	if err != nil {
		return usagef("--faults: %v", err)
	}
	if !o.Procs {
		return usagef("--faults needs --procs (an in-process node cannot be killed -9)")
	}
	var jerr error
	s, err := faultnet.Run(cmd.Context(), o, fl, func(s *faultnet.Summary) {
		if asJSON {
			jerr = printJSON(cmd.OutOrStdout(), s)
			return
		}
		devnet.PrintSummary(cmd.OutOrStdout(), s.Summary)
		printFaults(cmd, s)
	})
	var sum *devnet.Summary
	if s != nil {
		sum = s.Summary
	}
	if err := devnetExit(sum, err, jerr); err != nil || sum == nil {
		return err
	}
	if s.DoubleSigns > 0 || s.DoublePayments > 0 || s.RecordsLost > 0 || s.ConflictingLocks > 0 {
		return fmt.Errorf("devnet: under faults: %d double signatures, %d double payments, %d records lost, %d conflicting locks", s.DoubleSigns, s.DoublePayments, s.RecordsLost, s.ConflictingLocks)
	}
	if s.DetectorDivergences != nil && *s.DetectorDivergences > 0 {
		return fmt.Errorf("devnet: under faults: the detector found %d divergences", *s.DetectorDivergences)
	}
	return nil
}

func printFaults(cmd *cobra.Command, s *faultnet.Summary) {
	w := cmd.OutOrStdout()
	var inj []string
	for k, v := range s.Injected {
		inj = append(inj, fmt.Sprintf("%s×%d", k, v))
	}
	sort.Strings(inj)
	fmt.Fprintf(w, "  faults %s: injected %s; %d pay() submissions dropped; hostile %v (%d forged proposals)\n",
		strings.Join(s.Faults, ","), strings.Join(inj, " "), s.Dropped, s.ByzantineKeepers, s.ByzantineTx)
	fmt.Fprintf(w, "  double_signs %d, double_payments %d, records_lost %d (over %d restarts), slashed %v\n",
		s.DoubleSigns, s.DoublePayments, s.RecordsLost, s.RestartsChecked, s.Slashed)
	fmt.Fprintf(w, "  vote stores: %s\n", s.VoteAudit)
}
