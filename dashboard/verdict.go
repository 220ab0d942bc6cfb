package dashboard

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/detector"
)

// VerdictWatch runs the detector (settle/detector, SPEC 9) over a contract's SCP
// ledger every Interval and keeps its last verdict for the user page. It keeps the
// detector's state in a directory of its own, so each run checks only the new batches.
type VerdictWatch struct {
	Contract common.Address
	Store    da.Store
	Chain    chain.Client // nil: the ledger is checked on its own
	Ledger   string       // how the ledger was named (shown on the page)
	Interval time.Duration
	Log      *slog.Logger

	mu sync.Mutex
	v  Verdict
}

// Verdict returns the last verdict (state "unknown" before the first run ends).
func (w *VerdictWatch) Verdict() *Verdict {
	w.mu.Lock()
	defer w.mu.Unlock()
	v := w.v
	if v.State == "" {
		v.State, v.LedgerDesc = "unknown", w.Ledger
	}
	return &v
}

// Run checks the ledger until ctx ends.
func (w *VerdictWatch) Run(ctx context.Context) {
	if w.Interval <= 0 {
		w.Interval = 15 * time.Second
	}
	dir, err := os.MkdirTemp("", "whitepay-verdict-")
	if err != nil {
		w.set(Verdict{State: "error", Detail: err.Error()})
		return
	}
	defer os.RemoveAll(dir)
	t := time.NewTicker(w.Interval)
	defer t.Stop()
	var batches uint64
	for {
		res, err := detector.Run(ctx, detector.Config{Contract: w.Contract, Store: w.Store, Chain: w.Chain, StateDir: dir, Log: w.Log})
		if ctx.Err() != nil {
			return
		}
		v := Verdict{State: "ok", CheckedAt: time.Now().UTC(), LedgerDesc: w.Ledger}
		if res != nil {
			batches += res.Batches
			if !res.Head.Empty {
				seq := res.Head.Seq
				v.Head = &seq
			}
			if len(res.Pending) > 0 {
				v.Detail = "payments not yet in the ledger: " + strconv.Itoa(len(res.Pending))
			}
		}
		v.Batches = batches
		switch d, isDiv := settle.AsDivergence(err); {
		case isDiv:
			v.State, v.Detail = "divergence", d.Error()
		case errors.Is(err, detector.ErrNoLedger):
			v.State, v.Detail = "ok", "no batch published yet"
		case err != nil:
			v.State, v.Detail = "error", err.Error()
		}
		w.set(v)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (w *VerdictWatch) set(v Verdict) {
	w.mu.Lock()
	w.v = v
	w.mu.Unlock()
}
