package main

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/config"
)

// serveWithReload runs a node until ctx ends, restarting it in place when the
// process gets SIGHUP (an operator, or `add-contract`, changed the configuration):
// the new file is loaded and checked first — a file that does not load leaves the
// running node alone — then the node is stopped and started again with it; if that
// start fails, the node starts again with the previous configuration. start builds
// and starts a node and returns its stop function. A start-up error of the first
// start is returned (one line, exit 1).
func serveWithReload(ctx context.Context, cfgPath, role string, log *slog.Logger, start func(context.Context, *config.Config) (func(), error)) error {
	c, err := loadNodeConfig(cfgPath, role)
	if err != nil {
		return err
	}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	stop, err := start(ctx, c)
	if err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			stop()
			return nil
		case <-hup:
		}
		nc, err := loadNodeConfig(cfgPath, role)
		if err != nil {
			log.Error("reload: the configuration does not load; the node keeps running with the previous one", "err", err)
			continue
		}
		log.Info("reload: restarting in place with the new configuration", "contracts", len(nc.Contracts))
		stop()
		if stop, err = start(ctx, nc); err != nil {
			log.Error("reload: the new configuration does not start; starting again with the previous one", "err", err)
			if stop, err = start(ctx, c); err != nil {
				return err
			}
			continue
		}
		c = nc
	}
}

// balanceReader reads an account's balance (a chain client).
type balanceReader interface {
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// warnLowBalance logs a warning when the node's account holds less gas money than
// chain.min_balance (issue 13 finding 4: nothing said nodes need it).
func warnLowBalance(ctx context.Context, b balanceReader, a common.Address, c *config.Config, log *slog.Logger) {
	min, err := config.ParseAmount(c.Chain.MinBalance)
	if err != nil || min.Sign() == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	bal, err := b.BalanceAt(ctx, a, nil)
	if err != nil {
		return
	}
	if bal.Cmp(min) < 0 {
		log.Warn("low gas money: fund the node's account", "account", a, "balance", etherString(bal), "min_balance", etherString(min))
	}
}
