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
//   - Followed by the node's chain watcher (Note, issue 14), it makes no head poll
//     and no log query of its own: it takes the contract's logs of each new block
//     range from the watcher (one eth_getLogs over every served contract), reads
//     its registration index at the first update and again only when the
//     contract's logs show a change other than money moving (a provider added),
//     and the balance only at the first update, when a payment to this provider
//     is seen, or after an event that may move it (a withdrawal, a change of the
//     providers): one call (its provider entry) when the account is no keeper. The first update (and any update after a failed one) scans the
//     blocks not yet read with FilterPayments, as a poll does, so nothing between
//     From and the watcher's first head is missed.

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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

// LogPayments parses a contract's payments out of its raw logs
// (*upkeeping.Contract satisfies it): what a PaymentWatcher followed by a chain
// watcher needs of its Source besides PaymentSource.
type LogPayments interface {
	PaymentsOf(logs []types.Log) ([]upkeeping.Payment, error)
}

// BalanceParts reads the parts of BalanceOf (*upkeeping.Contract satisfies it): a
// followed watcher whose provider account is not a keeper (checked once, at the
// first balance read: an account that registers as a keeper later shows its
// rewards after a restart) reads its balance as its provider entry's, one call
// instead of BalanceOf's three.
type BalanceParts interface {
	Provider(ctx context.Context, index uint32) (upkeeping.ProviderInfo, error)
	KeeperOf(ctx context.Context, account common.Address) (uint32, bool, error)
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
	// Followed by a chain watcher (Note):
	synced bool // the logs of every block before next were taken (the next update's logs follow on)
	balDue bool // the balance is to be read (again)
	idxDue bool // the registration is to be read again
	// keeper: the provider account is (or may be: not yet checked, keeperKnown
	// false) a keeper, whose rewards BalanceOf adds.
	keeper, keeperKnown bool
}

// moneyOnly are the events after which the registration index need not be read
// again (they do not add providers), and, but for Withdrawn and the payments to
// this provider, the balance neither.
var moneyOnly = func() map[common.Hash]bool {
	m := upkeeping.EventTopics(append(upkeeping.PaymentEvents(), upkeeping.BalanceEvents()...)...)
	delete(m, upkeeping.EventTopic("Withdrawn")) // a provider's withdrawal moves its balance
	return m
}()

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
		total: new(big.Int), totalSt: new(big.Int), next: cfg.From, seen: map[[2]uint64]bool{}, balDue: true, idxDue: true}, nil
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
	found, err := w.scan(ctx, head, idx)
	if err != nil {
		return found, err
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

// scan reads the payments to provider idx in the blocks from next up to head.
func (w *PaymentWatcher) scan(ctx context.Context, head uint64, idx uint32) ([]upkeeping.Payment, error) {
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
		found = w.record(found, ps, idx)
		w.next = to + 1
		w.st.ScannedTo = to
		w.st.TotalPaid, w.st.TotalSt = w.total.String(), w.totalSt.String()
		w.mu.Unlock()
	}
	return found, nil
}

// record counts the new payments of ps to provider idx and appends them to found
// (w.mu held).
func (w *PaymentWatcher) record(found, ps []upkeeping.Payment, idx uint32) []upkeeping.Payment {
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
	return found
}

// Note takes the chain watcher's update for this contract (see the decisions
// above; the caller runs one keeper/chainwatch.Watcher for every contract): the
// head and the contract's logs of the blocks since the previous update, in chain
// order (after a reorganisation, the canonical branch's from the fork point on;
// a payment already counted is not counted again). The first update's logs are
// not used (the blocks up to its head are scanned). Errors are kept in the status
// and returned; the next update makes up for what failed.
func (w *PaymentWatcher) Note(ctx context.Context, head uint64, logs []types.Log) error {
	err := w.note(ctx, head, logs)
	w.mu.Lock()
	if err != nil {
		w.st.LastError = err.Error()
	} else {
		w.st.LastError = ""
		w.st.LastUpdate = time.Now().UTC()
	}
	w.mu.Unlock()
	return err
}

func (w *PaymentWatcher) note(ctx context.Context, head uint64, logs []types.Log) error {
	parse, _ := w.cfg.Source.(LogPayments)
	w.mu.Lock()
	synced := w.synced && parse != nil
	w.synced = false // until this update is taken in full
	for _, l := range logs {
		if l.Address != w.cfg.Contract || len(l.Topics) == 0 {
			continue
		}
		if t := l.Topics[0]; l.Removed || !moneyOnly[t] {
			w.balDue = true
			if !w.st.Registered {
				w.idxDue = true
			}
		}
	}
	registered, idx, idxDue := w.st.Registered, w.st.Index, w.idxDue || !synced
	w.mu.Unlock()
	if !registered && idxDue {
		i, ok, err := w.cfg.Source.ProviderIndex(ctx, w.cfg.Provider)
		if err != nil {
			return err
		}
		w.mu.Lock()
		w.idxDue = false
		if ok {
			w.st.Registered, w.st.Index = true, i
		}
		w.mu.Unlock()
		registered, idx = ok, i
	}
	if !registered { // nothing can be paid to it up to head
		w.mu.Lock()
		w.next, w.st.ScannedTo, w.synced = head+1, head, true
		w.mu.Unlock()
		return nil
	}
	var found []upkeeping.Payment
	if synced {
		ps, err := parse.PaymentsOf(logs)
		if err != nil {
			return err
		}
		w.mu.Lock()
		found = w.record(nil, ps, idx)
		w.next, w.st.ScannedTo = head+1, head
		w.st.TotalPaid, w.st.TotalSt = w.total.String(), w.totalSt.String()
		w.mu.Unlock()
	} else if ps, err := w.scan(ctx, head, idx); err != nil {
		return err
	} else {
		found = ps
	}
	w.mu.Lock()
	w.synced = true
	due := w.balDue || len(found) > 0
	w.mu.Unlock()
	if !due {
		return nil
	}
	bal, err := w.balance(ctx, idx)
	if err != nil {
		w.mu.Lock()
		w.balDue = true
		w.mu.Unlock()
		return err
	}
	w.mu.Lock()
	w.st.Balance, w.balDue = bal.String(), false
	w.mu.Unlock()
	return nil
}

// balance reads what the provider can withdraw: BalanceOf, or its provider
// entry's balance alone when it is no keeper (BalanceParts).
func (w *PaymentWatcher) balance(ctx context.Context, idx uint32) (*big.Int, error) {
	bp, ok := w.cfg.Source.(BalanceParts)
	if !ok {
		return w.cfg.Source.BalanceOf(ctx, w.cfg.Provider)
	}
	w.mu.Lock()
	known, keeper := w.keeperKnown, w.keeper
	w.mu.Unlock()
	if !known {
		_, k, err := bp.KeeperOf(ctx, w.cfg.Provider)
		if err != nil {
			return nil, err
		}
		w.mu.Lock()
		w.keeperKnown, w.keeper = true, k
		w.mu.Unlock()
		keeper = k
	}
	if keeper {
		return w.cfg.Source.BalanceOf(ctx, w.cfg.Provider)
	}
	info, err := bp.Provider(ctx, idx)
	if err != nil {
		return nil, err
	}
	return info.Balance, nil
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
