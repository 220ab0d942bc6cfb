package main

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/dashboard/web"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/provider"
	"github.com/whitepay/whitepay/upkeeping"
)

// startPaymentWatchers starts one provider.PaymentWatcher per bound upkeeping
// contract. The returned stop function cancels the watchers and waits for them.
func startPaymentWatchers(ctx context.Context, eth chain.Client, bound []*upkeeping.Contract, self common.Address, m *obs.Metrics, log *slog.Logger) ([]*provider.PaymentWatcher, func(), error) {
	wctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var out []*provider.PaymentWatcher
	for _, ct := range bound {
		w, err := provider.NewPaymentWatcher(provider.WatcherConfig{Contract: ct.Address, Provider: self, Source: ct, Head: eth, Metrics: m, Logger: log})
		if err != nil {
			cancel()
			wg.Wait()
			return nil, nil, err
		}
		out = append(out, w)
		wg.Add(1)
		go func() { defer wg.Done(); _ = w.Run(wctx) }()
	}
	return out, func() { cancel(); wg.Wait() }, nil
}

func paymentStatuses(ws []*provider.PaymentWatcher) []provider.PaymentStatus {
	out := make([]provider.PaymentStatus, 0, len(ws))
	for _, w := range ws {
		out = append(out, w.Status())
	}
	return out
}

// mountProviderDashboard serves the provider page (dashboard/web) on the status
// server: one chain history per bound upkeeping contract, watching the provider's
// balance, and the keepers' ledger layer ledger ("" none) for the challenge results
// and the samples of each payment. The returned function releases the ledger.
func mountProviderDashboard(ctx context.Context, srv *obs.Server, eth chain.Client, bound []*upkeeping.Contract, self common.Address, ledger string) (func(), error) {
	hs, err := web.Histories(eth, bound, self)
	if err != nil {
		return nil, fmt.Errorf("provider: dashboard: %w", err)
	}
	addrs := make([]common.Address, len(bound))
	for i, c := range bound {
		addrs[i] = c.Address
	}
	ls, closeLedgers, err := web.OpenLedgers(ctx, ledger, eth, addrs...)
	if err != nil {
		return nil, fmt.Errorf("provider: da: %w", err)
	}
	web.Mount(srv, web.Config{Role: web.RoleProvider, Account: self, Histories: hs, Ledgers: ls})
	return closeLedgers, nil
}
