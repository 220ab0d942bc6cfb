package main

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/dashboard/web"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/keeper/chainwatch"
	"github.com/whitepay/whitepay/provider"
	"github.com/whitepay/whitepay/upkeeping"
)

// startPaymentWatchers starts one provider.PaymentWatcher per bound upkeeping
// contract, all fed by the node's one chain watcher cw (provider.Follower, issue
// 14: one head poll and one log query per new block for every contract, which also
// keeps group's answers until the contracts' logs show a change). The returned
// stop function stops them and waits.
func startPaymentWatchers(ctx context.Context, eth chain.Client, cw *chainwatch.Watcher, bound []*upkeeping.Contract, group *provider.ChainGroup, self common.Address, m *obs.Metrics, log *slog.Logger) ([]*provider.PaymentWatcher, func(), error) {
	var out []*provider.PaymentWatcher
	addrs := make([]common.Address, 0, len(bound))
	for _, ct := range bound {
		w, err := provider.NewPaymentWatcher(provider.WatcherConfig{Contract: ct.Address, Provider: self, Source: ct, Head: eth, Metrics: m, Logger: log})
		if err != nil {
			return nil, nil, err
		}
		out = append(out, w)
		addrs = append(addrs, ct.Address)
	}
	f := provider.NewFollower(cw, group, out, addrs, log)
	wctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { f.Run(wctx) })
	return out, func() { cancel(); wg.Wait() }, nil
}

// watchedHead is the chain watcher's head as a HeadReader (the health check's and
// the retrievals' head: no chain read of their own while the watcher runs).
type watchedHead struct{ w *chainwatch.Watcher }

func (h watchedHead) BlockNumber(ctx context.Context) (uint64, error) { return h.w.Head(ctx) }

// providerHeadPoll is the chain watcher's head poll: about twice per block of the
// fastest contract's chain (as a keeper node's), within [100 ms, 2 s].
func providerHeadPoll(bound []*upkeeping.Contract) time.Duration {
	ms := uint32(0)
	for _, c := range bound {
		if bt := c.Config().BlockTimeMs; bt > 0 && (ms == 0 || bt < ms) {
			ms = bt
		}
	}
	if ms == 0 {
		return 2 * time.Second
	}
	return min(2*time.Second, max(100*time.Millisecond, time.Duration(ms)*time.Millisecond/2))
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
