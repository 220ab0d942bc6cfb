package provider

// The payment watcher (SPEC 1: "payment watcher"): follows one upkeeping contract's
// EntryPaid events for this provider and keeps totals for the status endpoint and the
// metrics.
//
// Decisions taken where SPEC is silent:
//
//   - It polls (eth_getLogs over block ranges) instead of subscribing: plain HTTP
//     JSON-RPC endpoints, which nodes are normally given, have no subscriptions.
//   - It scans from a configured block (the contract's deployment, or 0) in ranges of
//     at most MaxLogRange blocks, so that nodes with a log-range limit answer.
//   - A payment is counted once per (ts, te) interval: the contract pays an interval
//     once, so a second event for it can only come from re-reading after a reorg.
//     Reorganised-away payments are not subtracted (the watcher is informational;
//     the balance shown is read from the contract on each poll).

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/upkeeping"
)

// PaymentSource is the contract access of the watcher. *upkeeping.Contract satisfies
// it. FilterPayments returns the entries paid in blocks [from, to] for the given
// providers; ProviderIndex finds the provider's registration index; BalanceOf reads
// what an account can withdraw.
type PaymentSource interface {
	ProviderIndex(ctx context.Context, account common.Address) (uint32, bool, error)
	FilterPayments(ctx context.Context, from uint64, to *uint64, providers ...uint32) ([]upkeeping.Payment, error)
	BalanceOf(ctx context.Context, account common.Address) (*big.Int, error)
}

// HeadReader reads the latest block number (a chain client satisfies it).
type HeadReader interface {
	BlockNumber(ctx context.Context) (uint64, error)
}

// MaxLogRange is the most blocks one log query spans.
const MaxLogRange = 5000

// WatcherConfig configures a PaymentWatcher.
type WatcherConfig struct {
	Contract common.Address
	Provider common.Address
	Source   PaymentSource
	Head     HeadReader
	From     uint64        // first block to scan
	Interval time.Duration // poll period (default 2 s)
	Metrics  *obs.Metrics  // optional: Payments and PaidWei by contract
	Logger   *slog.Logger
}

// PaymentStatus is the watcher's view, part of the provider's JSON status.
type PaymentStatus struct {
	Contract   common.Address `json:"contract"`
	Registered bool           `json:"registered"`
	Index      uint32         `json:"index"`
	Payments   int            `json:"payments"`
	TotalPaid  string         `json:"total_paid"` // Σ amount of the entries (before the keepers' share)
	TotalSt    string         `json:"total_st"`   // Σ st, byte·blocks
	PaidUntil  uint64         `json:"paid_until"` // te of the latest payment
	LastTx     string         `json:"last_tx"`    // hash of the latest payment transaction
	Balance    string         `json:"balance"`    // withdrawable now (provider share, read from the contract)
	ScannedTo  uint64         `json:"scanned_to"` // last block scanned
	LastError  string         `json:"last_error,omitempty"`
	LastUpdate time.Time      `json:"last_update"`
}

// PaymentWatcher follows one contract's payments to one provider.
type PaymentWatcher struct {
	cfg WatcherConfig
	log *slog.Logger

	mu      sync.Mutex
	st      PaymentStatus
	total   *big.Int
	totalSt *big.Int
	next    uint64
	seen    map[[2]uint64]bool
}

// NewPaymentWatcher returns a watcher; drive it with Run or Poll.
func NewPaymentWatcher(cfg WatcherConfig) (*PaymentWatcher, error) {
	if cfg.Source == nil || cfg.Head == nil {
		return nil, errors.New("provider: payment watcher needs a contract and a chain")
	}
	if cfg.Interval <= 0 {
		cfg.Interval = 2 * time.Second
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	return &PaymentWatcher{cfg: cfg, log: log.With("contract", cfg.Contract),
		st:    PaymentStatus{Contract: cfg.Contract, TotalPaid: "0", TotalSt: "0", Balance: "0"},
		total: new(big.Int), totalSt: new(big.Int), next: cfg.From, seen: map[[2]uint64]bool{}}, nil
}

// Run polls until ctx ends. Errors are logged and retried at the next poll.
func (w *PaymentWatcher) Run(ctx context.Context) error {
	t := time.NewTicker(w.cfg.Interval)
	defer t.Stop()
	for {
		if err := w.Poll(ctx); err != nil && ctx.Err() == nil {
			w.log.Warn("payment watcher", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Poll scans the blocks up to the head once and returns the new payments.
func (w *PaymentWatcher) Poll(ctx context.Context) error {
	_, err := w.poll(ctx)
	w.mu.Lock()
	if err != nil {
		w.st.LastError = err.Error()
	} else {
		w.st.LastError = ""
	}
	w.mu.Unlock()
	return err
}

func (w *PaymentWatcher) poll(ctx context.Context) ([]upkeeping.Payment, error) {
	w.mu.Lock()
	registered, idx := w.st.Registered, w.st.Index
	w.mu.Unlock()
	if !registered {
		i, ok, err := w.cfg.Source.ProviderIndex(ctx, w.cfg.Provider)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, nil // not (yet) registered: nothing can be paid
		}
		idx = i
		w.mu.Lock()
		w.st.Registered, w.st.Index = true, i
		w.mu.Unlock()
	}
	head, err := w.cfg.Head.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	var found []upkeeping.Payment
	for {
		w.mu.Lock()
		from := w.next
		w.mu.Unlock()
		if from > head {
			break
		}
		to := min(head, from+MaxLogRange-1)
		ps, err := w.cfg.Source.FilterPayments(ctx, from, &to, idx)
		if err != nil {
			return found, err
		}
		w.mu.Lock()
		for _, p := range ps {
			if p.Provider != idx || w.seen[[2]uint64{p.Ts, p.Te}] {
				continue
			}
			w.seen[[2]uint64{p.Ts, p.Te}] = true
			w.total.Add(w.total, p.Amount)
			w.totalSt.Add(w.totalSt, p.St)
			w.st.Payments++
			if p.Te >= w.st.PaidUntil {
				w.st.PaidUntil, w.st.LastTx = p.Te, p.TxHash.Hex()
			}
			if m := w.cfg.Metrics; m != nil {
				c := w.cfg.Contract.Hex()
				m.Payments.WithLabelValues(c).Inc()
				m.PaidWei.Add(c, p.Amount)
			}
			found = append(found, p)
			w.log.Info("paid", "ts", p.Ts, "te", p.Te, "st", p.St, "amount", p.Amount, "tx", p.TxHash)
		}
		w.next = to + 1
		w.st.ScannedTo = to
		w.st.TotalPaid, w.st.TotalSt = w.total.String(), w.totalSt.String()
		w.mu.Unlock()
	}
	bal, err := w.cfg.Source.BalanceOf(ctx, w.cfg.Provider)
	if err != nil {
		return found, err
	}
	w.mu.Lock()
	w.st.Balance = bal.String()
	w.st.LastUpdate = time.Now().UTC()
	w.mu.Unlock()
	return found, nil
}

// Status returns a copy of the watcher's view.
func (w *PaymentWatcher) Status() PaymentStatus {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.st
}

// Total returns the sum of the amounts of the payments seen.
func (w *PaymentWatcher) Total() *big.Int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return new(big.Int).Set(w.total)
}
