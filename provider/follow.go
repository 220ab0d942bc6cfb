package provider

import (
	"context"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/keeper/chainwatch"
)

// Follower is a provider node's one reader of the chain's progress (issue 14: the
// node's chain traffic flat in the number of contracts, as the keeper's): one
// keeper/chainwatch.Watcher — one head poll, and per new head one eth_getLogs over
// every served contract — whose updates it hands to the contracts' payment
// watchers (PaymentWatcher.Note) and to the group cache (ChainGroup.Note). A
// contract's state is then read only when its own logs show a change: its
// balance after a payment to this provider, its owner and keepers after an epoch,
// a slashing or a change of ownership.
type Follower struct {
	w     *chainwatch.Watcher
	sub   *chainwatch.Sub
	group *ChainGroup // may be nil
	log   *slog.Logger

	mu       sync.Mutex
	watchers map[common.Address]*PaymentWatcher
}

// NewFollower subscribes to w for the contracts of watchers (and contracts, more
// addresses whose logs the group cache follows) and feeds group (nil: none) and
// the watchers. Drive it with Run, or Step in tests.
func NewFollower(w *chainwatch.Watcher, group *ChainGroup, watchers []*PaymentWatcher, contracts []common.Address, log *slog.Logger) *Follower {
	if log == nil {
		log = slog.Default()
	}
	f := &Follower{w: w, group: group, log: log, watchers: map[common.Address]*PaymentWatcher{}}
	seen := map[common.Address]bool{}
	var addrs []common.Address
	add := func(a common.Address) {
		if !seen[a] {
			seen[a] = true
			addrs = append(addrs, a)
		}
	}
	for _, pw := range watchers {
		f.watchers[pw.cfg.Contract] = pw
		add(pw.cfg.Contract)
	}
	for _, a := range contracts {
		add(a)
	}
	if group != nil {
		group.Follow(addrs...)
	}
	f.sub = w.Subscribe(addrs...)
	return f
}

// Run runs the watcher and applies its updates until ctx ends.
func (f *Follower) Run(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { f.w.Run(ctx) })
	defer wg.Wait()
	for {
		select {
		case <-ctx.Done():
			return
		case <-f.sub.C():
			f.take(ctx)
		}
	}
}

// Step polls the watcher once and applies what it read (tests: no timers).
func (f *Follower) Step(ctx context.Context) error {
	if err := f.w.Poll(ctx); err != nil {
		return err
	}
	f.take(ctx)
	return nil
}

func (f *Follower) take(ctx context.Context) {
	u, ok := f.sub.Take()
	if !ok {
		return
	}
	f.apply(ctx, u)
}

// apply hands update u to the group cache and to each payment watcher (with its
// contract's logs).
func (f *Follower) apply(ctx context.Context, u chainwatch.Update) {
	f.mu.Lock()
	ws := make([]*PaymentWatcher, 0, len(f.watchers))
	for _, w := range f.watchers {
		ws = append(ws, w)
	}
	f.mu.Unlock()
	if f.group != nil {
		f.group.Note(u.Head, u.Reorg, u.Logs)
	}
	byContract := map[common.Address][]types.Log{}
	for _, l := range u.Logs {
		byContract[l.Address] = append(byContract[l.Address], l)
	}
	for _, w := range ws {
		if err := w.Note(ctx, u.Head, byContract[w.cfg.Contract]); err != nil && ctx.Err() == nil {
			f.log.Warn("payment watcher", "contract", w.cfg.Contract, "err", err)
		}
	}
}
