// Command whitepay is the single binary of WhitePay (SPEC 10): the devnet, the keeper,
// provider and user nodes and tools, the detector, and the operator tools that
// explain a payment (piece commitments, space-time integrals) and benchmark it.
//
// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes of the binary.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// usageError marks an error caused by the command line rather than by the work, so
// that main exits with exitUsage.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// usagef returns a usage error with a formatted message.
func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "whitepay",
		Short:         "WhitePay: space-time payments for decentralized storage",
		Long:          "WhitePay pays storage providers for proven space-time. Keepers challenge providers,\nagree on each payment with a 2f+1 BLS-signed protocol, and trigger the user's upkeeping\ncontract, which verifies the aggregate signature on-chain and pays.",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			_, err := logLevel(cmd)
			return err
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentFlags().String(logLevelFlag, "info", "log level of the nodes' structured logs: debug, info, warn or error")
	root.AddCommand(
		newPieceCmd(), newSpacetimeCmd(), newBenchCmd(),
		newKeeperCmd(), newProviderCmd(), newUserCmd(), newDevnetCmd(), newDetectorCmd(),
		newVersionCmd(), newExplainCmd(), newContractsCmd(),
	// Subcommands register here, one constructor per file (piece.go, spacetime.go, …).
	)
	root.AddCommand(faultCommands()...) // faults_on.go in a -tags faults build; none in the product
	return root
}

// run executes the command line and returns the process exit code.
func run(ctx context.Context, args []string) int {
	root := newRootCmd()
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	// One line naming the cause (an operator's log collector, and people, read
	// the last line): joined errors are separated by "; ".
	fmt.Fprintln(os.Stderr, "whitepay:", oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		return exitUsage
	}
	return exitFail
}

// oneLine folds a multi-line message into one line.
func oneLine(msg string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.TrimSpace(msg), "\n", "; ")), " ")
}

// isCobraUsageError recognises the errors cobra itself returns for a wrong command
// line (unknown command, wrong argument count), which carry no type of their own.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "accepts ", "requires at least", "requires at most", "unknown flag", "unknown shorthand", "required flag", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
