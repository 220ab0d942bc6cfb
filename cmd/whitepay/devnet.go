package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/devnet"
)

// newDevnetCmd is `whitepay devnet` (SPEC 10): a whole network on one machine.
func newDevnetCmd() *cobra.Command {
	var (
		o         devnet.Options
		asJSON    bool
		price     string
		quiet     bool
		nodeLogs  bool
		faultList string
		dash      bool
		dashAddr  string
		countRPC  bool
	)
	cmd := &cobra.Command{
		Use:   "devnet [--keepers N] [--providers N] [--periods N] [--rpc URL|geth] [--procs] [--json]",
		Short: "Run a whole WhitePay network locally until N periods are paid",
		Long: `Start a chain (the embedded one: go-ethereum's simulated backend with a block
producer; or --rpc URL, e.g. a geth --dev node, whose first account funds everyone;
or --rpc geth, a geth --dev node the devnet starts, funds from and stops itself),
generate keys for the keepers, the providers and a user, deploy and fund an upkeeping
contract, start the keepers and providers over real libp2p on loopback (in this
process, or with --procs each as its own process of this binary), upload generated
data under signed orders, and follow the contract until --periods periods are paid,
printing progress on standard error (period, leader, each provider's space-time and
amount, agreement latency, transaction) and then a summary (with --json, a JSON object
on standard output).

Exits 0 when every period was paid for every provider, 1 otherwise (with the period
that went unpaid), 2 on a wrong command line. Working data goes to a fresh temporary
directory, removed at the end, unless --datadir is given (or --keep).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.Keepers < 1 || o.Providers < 1 || o.Periods < 1 {
				return usagef("--keepers, --providers and --periods must be at least 1")
			}
			o.PriceSpec = price // converted with the contract's block time (devnet.Options.BlockTimeMs)
			if !quiet {
				o.Progress = cmd.ErrOrStderr()
			}
			// The request counter sits between the members and the chain; fault
			// injection's restart-chain-rpc must reach their connections directly.
			o.CountRPC = countRPC && faultList == "" && !dash
			if nodeLogs {
				o.NodeLog = cmd.ErrOrStderr()
			}
			if dash {
				return runDevnetDashboard(cmd, o, dashAddr) // dashboard.go (issue 17)
			}
			if faultList != "" {
				return runDevnetFaults(cmd, o, faultList, asJSON) // devnet_faults.go (issue 8)
			}
			var jerr error
			s, err := devnet.Run(cmd.Context(), o, func(s *devnet.Summary) {
				if asJSON {
					jerr = printJSON(cmd.OutOrStdout(), s)
				} else {
					devnet.PrintSummary(cmd.OutOrStdout(), s)
				}
			})
			return devnetExit(s, err, jerr)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.Keepers, "keepers", 4, "number of keepers")
	f.IntVar(&o.Providers, "providers", 3, "number of providers")
	f.IntVar(&o.Periods, "periods", 3, "periods to pay before stopping")
	f.IntVar(&o.Users, "users", 1, "users, each deploying and funding its own upkeeping contract (issue 14): the first is followed; the others, with the same keeper group and providers, are served too and reported (with --procs the summary gives each keeper's JSON-RPC calls per block, CPU s, RSS and libp2p bytes per contract-period)")
	f.BoolVar(&countRPC, "count-rpc", true, "with --procs: count every node's JSON-RPC calls at the chain endpoint (a proxy in front of it) and report them per block")
	f.StringVar(&o.RPC, "rpc", "", "JSON-RPC URL of an external chain (e.g. geth --dev) instead of the embedded one; "+
		"\"geth\": the devnet starts and owns a geth --dev itself (data in DATADIR/geth, stopped at the end; restart-chain-rpc restarts that process)")
	f.BoolVar(&o.Procs, "procs", false, "run every keeper and provider as its own OS process")
	f.StringVar(&o.DataDir, "datadir", "", "data directory (default: a fresh temporary directory, removed at the end)")
	f.BoolVar(&o.Keep, "keep", false, "keep the temporary data directory")
	f.BoolVar(&asJSON, "json", false, "print the final summary as JSON on standard output")
	f.BoolVar(&quiet, "quiet", false, "no progress on standard error")
	f.BoolVar(&nodeLogs, "node-logs", false, "in-process nodes log to standard error (default: DATADIR/nodes.log)")
	f.Uint64Var(&o.Period, "period", 0, "period H in blocks (default 20 embedded, 10 external; with --users N over 10, 2·N embedded and N external, so that payments per block stay those of 10 users)")
	f.Uint64Var(&o.Window, "window", 0, "leader window W in blocks (default 6 embedded, 4 external, more for large networks)")
	f.DurationVar(&o.BlockPeriod, "block-time", 0, "block time of the embedded chain (default 500ms)")
	f.DurationVar(&o.ChallengeEvery, "challenge-every", 0, "keepers' challenge interval (default 2s, longer for large networks)")
	f.Uint64Var(&o.Stale, "stale", 0, "stale span G in blocks (default 2·H)")
	f.IntVar(&o.PieceSize, "piece-size", 0, "bytes per generated piece (default 256 KiB)")
	f.StringVar(&price, "price", "", "price of every provider per TiB-month (e.g. 0.0005eth/TiB-month, converted with the contract's block time: the embedded chain's, or 1 s with --rpc) or in the contract's unit, wei per byte·block × 1e18 (default 1 gwei per byte·block)")
	f.DurationVar(&o.Timeout, "timeout", 0, "give up after this long (default 5m + 30s per period)")
	f.StringVar(&o.DA, "da", "", "SCP ledger layer: dir:PATH, or eth (a BatchInbox deployed on the devnet's chain) (default dir:DATADIR/ledger)")
	f.StringVar(&faultList, "faults", "", devnetFaultsHelp)
	f.BoolVar(&dash, "dashboard", false, "print the URLs of every node's dashboard page and of the user page, and keep the network and the pages running until interrupted")
	f.StringVar(&dashAddr, "dashboard-addr", "127.0.0.1:0", "with --dashboard: address of the user page")
	return cmd
}

var _ io.Writer = io.Discard

// devnetExit turns a devnet run's outcome into the command's exit: bad options are
// usage errors (exit 2); a run that failed, whose summary could not be printed
// (printErr), or that left a period unpaid or a payment failed exits 1.
func devnetExit(s *devnet.Summary, err, printErr error) error {
	if errors.Is(err, devnet.ErrOptions) {
		return usagef("%v", err)
	}
	if s == nil {
		return err
	}
	if printErr != nil {
		return printErr
	}
	if err != nil {
		return err
	}
	if s.PeriodsPaid < s.PeriodsWanted || s.FailedPayments > 0 {
		return fmt.Errorf("devnet: %d of %d periods paid, %d payments failed", s.PeriodsPaid, s.PeriodsWanted, s.FailedPayments)
	}
	return nil
}

// devnetFaultsHelp documents `whitepay devnet --faults`.
const devnetFaultsHelp = "with --procs, in a binary built with -tags faults: inject faults, a comma-separated list of " +
	"kill-keeper, kill-leader, kill-provider, restart-chain-rpc, drop-tx, partition, byzantine " +
	"(partition cuts f keepers' transports off from the other keepers while they run; restart-chain-rpc takes the embedded chain's " +
	"JSON-RPC endpoint down for a few seconds and serves it again on the same address, or with --rpc geth restarts the devnet's geth " +
	"process on the same port and datadir; refused with --rpc URL of a node the devnet does not own); " +
	"the summary adds double_signs, double_payments, records_lost, slashed, detector_divergences and the vote-store audit"
