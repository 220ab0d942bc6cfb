//go:build !faults

package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/devnet/faultinject"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/node"
)

// The product binary has no fault injection: `keeper run` never reads the fault
// control files (it refuses to start next to a faults.json, which only a fault
// devnet writes), `devnet --faults` says how to get a binary that has it, and there
// is no hostile-keeper command. faults_on.go is the `-tags faults` build.

// faultsBuilt reports whether this binary has fault injection.
const faultsBuilt = false

// errNoFaults is returned where this build is asked for fault injection.
var errNoFaults = errors.New("this whitepay was built without fault injection (build one with `go build -tags faults ./cmd/whitepay`)")

// faultCommands are the fault-injection commands of this build: none.
func faultCommands() []*cobra.Command { return nil }

// keeperTxOptions returns the zero options; a keeper data directory holding a
// faults file (written by a fault devnet for a faults build) is refused.
func keeperTxOptions(_ context.Context, c *config.Config, _ *slog.Logger) (txmgr.Options, error) {
	if _, ok, err := faultinject.Load(c.DataDir); err != nil || ok {
		return txmgr.Options{}, fmt.Errorf("%s asks for fault injection: %w", filepath.Join(c.DataDir, faultinject.FileName), errNoFaults)
	}
	return txmgr.Options{}, nil
}

// startKeeperFaults starts nothing.
func startKeeperFaults(context.Context, *config.Config, *node.Node, *ecdsa.PrivateKey, *bls.SecretKey, *slog.Logger) (func(), error) {
	return func() {}, nil
}

// runDevnetFaults refuses: the fault devnet's keepers need a faults build.
func runDevnetFaults(*cobra.Command, devnet.Options, string, bool) error {
	return fmt.Errorf("devnet --faults: %w", errNoFaults)
}
