package obs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// HealthFunc reports whether a node is healthy: nil, or an error naming what is
// wrong (GET /healthz answers 503 with its text). It must not block: it reads state
// that background work keeps (ChainWatch, peer counts), never the network.
type HealthFunc func() error

// HeadReader reads the latest block number (a chain client satisfies it).
type HeadReader interface {
	BlockNumber(ctx context.Context) (uint64, error)
}

// ChainWatch polls the chain's head: it keeps the whitepay_chain_height gauge and
// the node's view of whether the chain answers, logs an outage once when it starts
// (then the dedup handler limits repeats) and once when it ends.
type ChainWatch struct {
	r        HeadReader
	m        *Metrics
	log      *slog.Logger
	interval time.Duration
	// Stale is how long without a successful read makes the chain unhealthy
	// (default 3 × interval + 5 s: one slow answer is not an outage).
	Stale time.Duration
	now   func() time.Time

	mu      sync.Mutex
	height  uint64
	lastOK  time.Time
	lastErr error
	started time.Time
	down    bool
}

// NewChainWatch returns a watch of r polling every interval (default 2 s); m may
// be nil.
func NewChainWatch(r HeadReader, m *Metrics, interval time.Duration, log *slog.Logger) *ChainWatch {
	if interval <= 0 {
		interval = 2 * time.Second
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &ChainWatch{r: r, m: m, log: log, interval: interval, Stale: 3*interval + 5*time.Second, now: time.Now}
}

// Poll reads the head once.
func (w *ChainWatch) Poll(ctx context.Context) {
	rctx, cancel := context.WithTimeout(ctx, w.interval+5*time.Second)
	h, err := w.r.BlockNumber(rctx)
	cancel()
	if ctx.Err() != nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	now := w.now()
	if w.started.IsZero() {
		w.started = now
	}
	if err != nil {
		w.lastErr = err
		if w.m != nil {
			w.m.ChainUp.Set(0)
		}
		if !w.down {
			w.down = true
			w.log.Warn("chain unreachable", "err", err)
		}
		return
	}
	if w.down {
		w.log.Info("chain reachable again", "height", h, "down_for", now.Sub(w.lastOK).Round(time.Second))
	}
	w.down, w.lastErr, w.lastOK, w.height = false, nil, now, h
	if w.m != nil {
		w.m.ChainHeight.Set(float64(h))
		w.m.ChainUp.Set(1)
	}
}

// Run polls until ctx ends.
func (w *ChainWatch) Run(ctx context.Context) {
	w.Poll(ctx)
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			w.Poll(ctx)
		}
	}
}

// Height is the last height read (0: none yet).
func (w *ChainWatch) Height() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.height
}

// Health is nil while the chain answered within Stale.
func (w *ChainWatch) Health() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	now := w.now()
	switch {
	case w.lastOK.IsZero() && w.lastErr == nil:
		return errors.New("chain: not read yet")
	case w.lastOK.IsZero():
		return fmt.Errorf("chain: unreachable since start: %v", w.lastErr)
	case now.Sub(w.lastOK) > w.Stale:
		return fmt.Errorf("chain: no answer for %s: %v", now.Sub(w.lastOK).Round(time.Second), w.lastErr)
	}
	return nil
}

// AllHealthy combines health checks: the first failure, or nil.
func AllHealthy(checks ...HealthFunc) HealthFunc {
	return func() error {
		var errs []error
		for _, c := range checks {
			if c == nil {
				continue
			}
			if err := c(); err != nil {
				errs = append(errs, err)
			}
		}
		return errors.Join(errs...)
	}
}
