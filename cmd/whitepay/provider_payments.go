package main

import (
	"context"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/provider"
	"github.com/whitepay/whitepay/upkeeping"
)

// startPaymentWatchers starts one provider.PaymentWatcher per configured contract
// when the configuration names a chain (chain.rpc); without one the provider runs
// without watchers. A contract that cannot be bound (no code yet, wrong address) is
// logged and skipped. The returned stop function cancels the watchers, waits for
// them and closes the chain client.
func startPaymentWatchers(ctx context.Context, c *config.Config, self common.Address, m *obs.Metrics, log *slog.Logger) ([]*provider.PaymentWatcher, func(), error) {
	if c.Chain.RPC == "" {
		return nil, func() {}, nil
	}
	eth, _, err := chain.Dial(ctx, c.Chain.RPC)
	if err != nil {
		return nil, nil, err
	}
	wctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var out []*provider.PaymentWatcher
	for _, k := range c.Contracts {
		ct, err := upkeeping.New(ctx, eth, k.Address)
		if err != nil {
			log.Warn("payment watcher: contract not bound", "contract", k.Address, "err", err)
			continue
		}
		w, err := provider.NewPaymentWatcher(provider.WatcherConfig{Contract: k.Address, Provider: self, Source: ct, Head: eth, Metrics: m, Logger: log})
		if err != nil {
			cancel()
			eth.Close()
			return nil, nil, err
		}
		out = append(out, w)
		wg.Add(1)
		go func() { defer wg.Done(); _ = w.Run(wctx) }()
	}
	return out, func() { cancel(); wg.Wait(); eth.Close() }, nil
}

func paymentStatuses(ws []*provider.PaymentWatcher) []provider.PaymentStatus {
	out := make([]provider.PaymentStatus, 0, len(ws))
	for _, w := range ws {
		out = append(out, w.Status())
	}
	return out
}
