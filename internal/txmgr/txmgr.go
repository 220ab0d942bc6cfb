// Package txmgr sends a node's contract transactions reliably (the submitter of
// SPEC 7's last step and of every withdraw, fund or register): it owns the sender's
// nonce, estimates gas, prices with EIP-1559 fees, waits for inclusion, and
// resubmits a transaction that is dropped or stuck — the same nonce with fees bumped
// by at least the 10% that nodes require of a replacement — so at most one version
// is ever mined.
//
// Idempotence is the caller's: Send takes a Done check (for a payment report: "is
// every entry's interval already paid?") that is consulted before the first send,
// before every resubmission and after every failure, so that a report paid by
// someone else, or by an earlier version of our own transaction, is success and is
// never paid twice. A call that reverts when estimated is returned as *RevertError
// carrying the revert data, for the caller to decode (e.g. into the contract's
// custom errors).
//
// Reorganisations (issue 8). A receipt is not final while its block can still be
// orphaned. A Call with Confirmations > 0 is returned only once the receipt's
// block is still canonical (the header at its number has its hash) and the head
// is at least Confirmations blocks above it. While it waits, a receipt that
// disappears (its block orphaned) makes the manager re-broadcast the very version
// that was mined — the same signed transaction, whose nonce the reorg freed — so
// an orphaned payment is paid again with the same report; if no version is
// re-included within ResubmitAfter, the normal resubmission loop resumes (Done
// check first, then a fee-bumped version under the same nonce, or a nonce resync
// when the new branch used it). The manager's lock is held while it waits, so the
// account's other sends queue behind a confirmation (Confirmations is small: the
// contract's finality D).
package txmgr

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/internal/chain"
)

// Errors callers branch on.
var (
	// ErrGaveUp: every attempt was sent and none was mined in time.
	ErrGaveUp = errors.New("txmgr: transaction not mined after all attempts")
	// ErrFailed: the transaction was mined and reverted.
	ErrFailed = errors.New("txmgr: transaction reverted on-chain")
)

// RevertError is a call that reverts in gas estimation; Data is the revert data
// (a custom error's selector and arguments), when the node returned it.
type RevertError struct {
	Msg  string
	Data []byte
}

func (e *RevertError) Error() string { return "txmgr: execution reverted: " + e.Msg }

// Options tune the manager. The zero value is usable: defaults are filled in.
type Options struct {
	// ResubmitAfter is how long a sent version may stay unmined before the next,
	// fee-bumped version is sent (default 15 s; the devnet uses a few blocks).
	ResubmitAfter time.Duration
	// MaxAttempts bounds the versions sent for one call (default 5).
	MaxAttempts int
	// FeeBumpPercent raises both fee caps on each resubmission (default and minimum 12).
	FeeBumpPercent int64
	// GasMarginPercent is added to the estimate (default 25).
	GasMarginPercent uint64
	// Poll is the receipt polling interval (default 200 ms).
	Poll time.Duration
	// SendTx sends a signed transaction; nil means the client's SendTransaction.
	// Fault injection (a dropped transaction) replaces it.
	SendTx func(ctx context.Context, tx *types.Transaction) error
	// Log receives one line per send, resubmission and outcome.
	Log *slog.Logger
}

func (o *Options) fill(c chain.Client) {
	if o.ResubmitAfter <= 0 {
		o.ResubmitAfter = 15 * time.Second
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.FeeBumpPercent < 12 {
		o.FeeBumpPercent = 12
	}
	if o.GasMarginPercent == 0 {
		o.GasMarginPercent = 25
	}
	if o.Poll <= 0 {
		o.Poll = 200 * time.Millisecond
	}
	if o.SendTx == nil {
		o.SendTx = c.SendTransaction
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
}

// Manager sends transactions from one account. It is safe for concurrent use;
// sends are serialised so nonces are assigned in order.
type Manager struct {
	client chain.Client
	from   common.Address
	sign   bind.SignerFn
	opts   Options

	mu    sync.Mutex
	nonce *uint64 // next nonce to use; nil until read from the chain
}

// New returns a manager sending from `from`, signing with sign (for a key:
// bind.NewKeyedTransactor(key, chainID).Signer).
func New(c chain.Client, from common.Address, sign bind.SignerFn, opts Options) *Manager {
	opts.fill(c)
	return &Manager{client: c, from: from, sign: sign, opts: opts}
}

// SetPoll changes the receipt polling interval (Options.Poll) for the sends that
// follow; d ≤ 0 leaves it. A keeper node sets it from the chain's block time.
func (m *Manager) SetPoll(d time.Duration) {
	if d <= 0 {
		return
	}
	m.mu.Lock()
	m.opts.Poll = d
	m.mu.Unlock()
}

// From is the sending account.
func (m *Manager) From() common.Address { return m.from }

// Call is one contract call to make.
type Call struct {
	To    common.Address
	Data  []byte
	Value *big.Int
	// Gas, when non-zero, is used instead of an estimate.
	Gas uint64
	// Confirmations, when non-zero, is how deep the receipt's block must be (head
	// ≥ block + Confirmations, the block still canonical) before Send returns; a
	// receipt orphaned meanwhile is re-broadcast (package doc).
	Confirmations uint64
}

// Result is the outcome of Send.
type Result struct {
	// Receipt of the mined version; nil when Done reported the work done before
	// any version of ours was mined.
	Receipt *types.Receipt
	// Sent counts the versions sent.
	Sent int
	// AlreadyDone is true when Done reported the work done (by anyone).
	AlreadyDone bool
	// Reorged counts the times a receipt of ours was orphaned while Send waited
	// for its confirmations.
	Reorged int
}

// Done reports whether the call's effect is already on-chain (so nothing needs to
// be sent). A nil Done means never.
type Done func(ctx context.Context) (bool, error)

// Send makes call, resubmitting until a version is mined, Done reports the work
// done, or the attempts run out.
func (m *Manager) Send(ctx context.Context, call Call, done Done) (Result, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var res Result
	if ok, err := checkDone(ctx, done); err != nil || ok {
		res.AlreadyDone = ok
		return res, err
	}
	gas := call.Gas
	if gas == 0 {
		est, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &call.To, Data: call.Data, Value: call.Value})
		if err != nil {
			if ok, derr := checkDone(ctx, done); derr == nil && ok {
				res.AlreadyDone = true
				return res, nil
			}
			return res, asRevert(err)
		}
		gas = est + est*m.opts.GasMarginPercent/100
	}
	// Re-read the nonce for every call: Send returns only once its version is
	// mined, so the node's pending nonce is ours — and after a reorg that orphaned
	// a mined transaction it is lower than a cached count (the nonce was freed).
	m.nonce = nil
	nonce, err := m.nextNonce(ctx)
	if err != nil {
		return res, err
	}
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return res, err
	}
	var sent []*types.Transaction
	for attempt := 0; attempt < m.opts.MaxAttempts; attempt++ {
		if attempt > 0 {
			if ok, err := checkDone(ctx, done); err != nil || ok {
				res.AlreadyDone = ok
				return res, err
			}
			tip = bump(tip, m.opts.FeeBumpPercent)
			feeCap = bump(feeCap, m.opts.FeeBumpPercent)
		}
		tx, err := m.sign(m.from, types.NewTx(&types.DynamicFeeTx{
			Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
			To: &call.To, Value: orZero(call.Value), Data: call.Data,
		}))
		if err != nil {
			return res, fmt.Errorf("txmgr: sign: %w", err)
		}
		if err := m.opts.SendTx(ctx, tx); err != nil {
			if isNonceTooLow(err) {
				// Our nonce was used: by an earlier version of this call (its
				// receipt is found below) or by another sender with this key.
				if r := m.findReceipt(ctx, sent); r != nil {
					return m.finish(res, r)
				}
				if ok, derr := checkDone(ctx, done); derr != nil || ok {
					res.AlreadyDone = ok
					return res, derr
				}
				m.nonce = nil
				if nonce, err = m.nextNonce(ctx); err != nil {
					return res, err
				}
				m.opts.Log.Warn("nonce used elsewhere, resynced", "nonce", nonce)
				sent = nil // versions under the old nonce can never be mined now
				continue
			}
			if !isKnown(err) {
				m.opts.Log.Warn("send failed", "nonce", nonce, "attempt", attempt+1, "err", err)
			}
		} else {
			m.opts.Log.Info("sent", "tx", tx.Hash(), "nonce", nonce, "attempt", attempt+1, "gas", gas, "tip", tip, "feeCap", feeCap)
		}
		sent = append(sent, tx)
		res.Sent++

		deadline := time.Now().Add(m.opts.ResubmitAfter)
		for time.Now().Before(deadline) {
			if r := m.findReceipt(ctx, sent); r != nil {
				if call.Confirmations == 0 {
					return m.finish(res, r)
				}
				r, err := m.confirm(ctx, r, sent, call.Confirmations, &res)
				if err != nil {
					return res, err
				}
				if r != nil {
					return m.finish(res, r)
				}
				// Orphaned and not re-included: resubmit (Done check first).
				break
			}
			select {
			case <-ctx.Done():
				return res, ctx.Err()
			case <-time.After(m.opts.Poll):
			}
		}
		m.opts.Log.Warn("not mined, resubmitting", "nonce", nonce, "attempt", attempt+1)
	}
	if ok, err := checkDone(ctx, done); err == nil && ok {
		res.AlreadyDone = true
		return res, nil
	}
	// The nonce may still be pending: forget it so the next send re-reads it.
	m.nonce = nil
	return res, ErrGaveUp
}

func (m *Manager) finish(res Result, r *types.Receipt) (Result, error) {
	res.Receipt = r
	*m.nonce = *m.nonce + 1
	if r.Status != types.ReceiptStatusSuccessful {
		m.opts.Log.Warn("reverted", "tx", r.TxHash, "block", r.BlockNumber, "gasUsed", r.GasUsed)
		return res, fmt.Errorf("%w: tx %s", ErrFailed, r.TxHash)
	}
	m.opts.Log.Info("mined", "tx", r.TxHash, "block", r.BlockNumber, "gasUsed", r.GasUsed)
	return res, nil
}

// confirm waits until r's block is Confirmations deep and canonical. A receipt
// that vanishes (its block orphaned) is re-broadcast once as the same signed
// transaction; if no version of ours is mined again within ResubmitAfter, confirm
// returns nil so that the caller resubmits.
func (m *Manager) confirm(ctx context.Context, r *types.Receipt, sent []*types.Transaction, conf uint64, res *Result) (*types.Receipt, error) {
	m.opts.Log.Info("mined, waiting for confirmations", "tx", r.TxHash, "block", r.BlockNumber, "confirmations", conf)
	var lost time.Time
	for {
		if cur := m.findReceipt(ctx, sent); cur != nil {
			r = cur
			hdr, herr := m.client.HeaderByNumber(ctx, r.BlockNumber)
			head, err := m.client.HeaderByNumber(ctx, nil)
			if herr == nil && err == nil && hdr.Hash() == r.BlockHash {
				lost = time.Time{}
				if head.Number.Uint64() >= r.BlockNumber.Uint64()+conf {
					return r, nil
				}
			}
		} else if lost.IsZero() {
			lost = time.Now()
			res.Reorged++
			for _, tx := range sent {
				if tx.Hash() != r.TxHash {
					continue
				}
				err := m.opts.SendTx(ctx, tx)
				m.opts.Log.Warn("receipt orphaned by a reorg: re-broadcast the mined version", "tx", tx.Hash(),
					"block", r.BlockNumber, "nonce", tx.Nonce(), "err", err)
			}
		} else if time.Since(lost) > m.opts.ResubmitAfter {
			m.opts.Log.Warn("orphaned transaction not re-included: resubmitting", "tx", r.TxHash)
			return nil, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(m.opts.Poll):
		}
	}
}

func (m *Manager) findReceipt(ctx context.Context, sent []*types.Transaction) *types.Receipt {
	for _, tx := range sent {
		if r, err := m.client.TransactionReceipt(ctx, tx.Hash()); err == nil && r != nil {
			return r
		}
	}
	return nil
}

func (m *Manager) nextNonce(ctx context.Context) (uint64, error) {
	if m.nonce == nil {
		n, err := m.client.PendingNonceAt(ctx, m.from)
		if err != nil {
			return 0, fmt.Errorf("txmgr: nonce: %w", err)
		}
		m.nonce = &n
	}
	return *m.nonce, nil
}

func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = m.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: tip: %w", err)
	}
	head, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: head: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	// Room for the base fee to double twice before the transaction is priced out.
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(4)), tip)
	return tip, feeCap, nil
}

func checkDone(ctx context.Context, done Done) (bool, error) {
	if done == nil {
		return false, nil
	}
	ok, err := done(ctx)
	if err != nil {
		return false, fmt.Errorf("txmgr: done check: %w", err)
	}
	return ok, nil
}

func bump(v *big.Int, pct int64) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(100+pct))
	out.Add(out, big.NewInt(99)) // round up so a tiny fee still grows
	return out.Div(out, big.NewInt(100))
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func isNonceTooLow(err error) bool {
	return strings.Contains(err.Error(), "nonce too low")
}

func isKnown(err error) bool {
	s := err.Error()
	return strings.Contains(s, "already known") || strings.Contains(s, "replacement transaction underpriced")
}

// asRevert converts an estimation failure that carries revert data into a
// *RevertError; other errors are returned wrapped.
func asRevert(err error) error {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			return &RevertError{Msg: err.Error(), Data: common.FromHex(s)}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{Msg: err.Error()}
	}
	return fmt.Errorf("txmgr: estimate gas: %w", err)
}
