package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/upkeeping"
)

// newAddContractCmd is `whitepay keeper add-contract` and `whitepay provider
// add-contract`: serve one more upkeeping contract with one command (issue 13).
func newAddContractCmd(role string) *cobra.Command {
	var cfgPath string
	cmd := &cobra.Command{
		Use:   "add-contract ADDR… --config FILE",
		Short: "Serve more upkeeping contracts with this " + role + ": add them to the configuration and reload the running node",
		Long: `Check that each ADDR is an upkeeping contract on the configured chain (chain.rpc), add
it to the configuration's contracts and, if the node runs (it holds the data
directory's lock), send it SIGHUP: it restarts in place with the new configuration
(same process, data directory and ports). A contract already served is left as is.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return addContracts(cmd, cfgPath, role, args)
		},
	}
	cmd.Flags().StringVar(&cfgPath, "config", "", "the node's configuration file (required)")
	return cmd
}

func addContracts(cmd *cobra.Command, cfgPath, role string, args []string) error {
	ctx := cmd.Context()
	c, err := loadNodeConfig(cfgPath, role)
	if err != nil {
		return err
	}
	var add []common.Address
	for _, a := range args {
		if !common.IsHexAddress(a) {
			return usagef("%q is not an address", a)
		}
		addr := common.HexToAddress(a)
		if _, ok := c.Contract(addr); ok {
			fmt.Fprintf(cmd.OutOrStdout(), "%s: already served\n", addr)
			continue
		}
		add = append(add, addr)
	}
	if len(add) == 0 {
		return nil
	}
	if err := checkContracts(ctx, c, add); err != nil {
		return err
	}
	// Edit the file itself (not the loaded, defaulted copy), keeping what the
	// operator wrote.
	raw, err := config.Load(cfgPath)
	if err != nil {
		return err
	}
	raw.DataDir = c.DataDir
	if rel, err := filepath.Rel(filepath.Dir(mustAbs(cfgPath)), c.DataDir); err == nil {
		raw.DataDir = rel
	}
	for _, a := range add {
		raw.Contracts = append(raw.Contracts, config.Contract{Address: a})
	}
	if err := raw.Validate(); err != nil {
		return err
	}
	if err := raw.Save(cfgPath); err != nil {
		return err
	}
	for _, a := range add {
		fmt.Fprintf(cmd.OutOrStdout(), "%s: added to %s\n", a, cfgPath)
	}
	pid, running := runningPID(c.DataDir)
	if !running {
		fmt.Fprintf(cmd.OutOrStdout(), "the %s is not running: it serves them from its next start\n", role)
		return nil
	}
	if err := syscall.Kill(pid, syscall.SIGHUP); err != nil {
		return fmt.Errorf("signal the running %s (pid %d): %w", role, pid, err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "the running %s (pid %d) reloads its configuration\n", role, pid)
	return nil
}

// checkContracts checks that each address holds an upkeeping contract on the
// configured chain.
func checkContracts(ctx context.Context, c *config.Config, list []common.Address) error {
	if c.Chain.RPC == "" {
		return errors.New("chain.rpc is not set: cannot check the contracts")
	}
	eth, id, err := chain.DialChain(ctx, c.Chain.RPC, c.Chain.ChainID)
	if err != nil {
		return err
	}
	defer eth.Close()
	for _, a := range list {
		_, err := upkeeping.New(ctx, eth, a)
		switch {
		case errors.Is(err, upkeeping.ErrNoContract):
			return fmt.Errorf("%s: no contract code on chain %s (a typo, or the contract is on another chain)", a, id)
		case errors.As(err, new(*upkeeping.RevertError)):
			return fmt.Errorf("%s is not an upkeeping contract (%v)", a, err)
		case err != nil:
			return fmt.Errorf("%s: %w", a, err)
		}
	}
	return nil
}

// runningPID returns the pid of the node holding dir's lock, if one does.
func runningPID(dir string) (int, bool) {
	unlock, err := store.LockDir(dir)
	if err == nil {
		unlock()
		return 0, false
	}
	if !errors.Is(err, store.ErrInUse) {
		return 0, false
	}
	b, err := os.ReadFile(filepath.Join(dir, store.LockFile))
	if err != nil {
		return 0, false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid, err == nil && pid > 0
}

func mustAbs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
