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
// when the new branch used it).
//
// Many calls in flight (issue 14). One keeper account pays for every contract the
// node serves, so its sends must not queue behind one another's inclusion and
// confirmations: the manager assigns nonces itself (the chain's pending nonce is
// read once, and again only after a send that may have left its nonce unused) and
// holds its lock only while a call is checked, estimated and first broadcast;
// waiting, confirming and fee-bumped resubmissions run concurrently, one call per
// nonce. With Options.Heads (the node's chain watcher) a waiting call costs one
// receipt query per new block until mined and none while it gathers its
// confirmations, and one fee reading prices the calls of a few blocks.
package txmgr

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
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
	// Heads, when set, is the node's chain watcher: waiting sends wake per new
	// block and read heads and hashes from it (Heads).
	Heads Heads
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

// Heads is the node's chain watcher as the manager uses it (keeper/chainwatch's
// Watcher implements it). With it a waiting send wakes once per new block instead
// of polling on a timer, reads the head and the confirmed block's hash from the
// watcher (no call), and prices several sends from one fee reading. Contract:
// Head returns the latest head read (at most a poll old); BlockHash the canonical
// hash at a height (after a reorganisation, the new branch's); NewHead a channel
// closed when a head newer than the current one is read (a watcher that stops
// reading never closes it: the manager falls back to its own timer).
type Heads interface {
	Head(ctx context.Context) (uint64, error)
	BlockHash(ctx context.Context, height uint64) ([32]byte, error)
	NewHead() <-chan struct{}
}

// feeMaxAge bounds, in blocks, how long one fee reading prices sends when the
// manager has Heads: the fee cap is 4× the base fee, which a base fee rising by
// the protocol's 12.5% per full block reaches only after 11 blocks.
const feeMaxAge = 4

// Manager sends transactions from one account. It is safe for concurrent use.
// Sends are pipelined: the lock covers only the Done check, the estimate, the
// nonce and the first broadcast (so nonces are assigned and broadcast in order);
// waiting for inclusion and confirmations, and fee-bumped resubmissions under the
// same nonce, run outside it, so several calls can be in flight at once (one per
// nonce; the node mines them in nonce order).
type Manager struct {
	client chain.Client
	from   common.Address
	sign   bind.SignerFn
	opts   Options

	poll atomic.Int64 // receipt polling interval (ns): Options.Poll, SetPoll

	mu       sync.Mutex
	nonce    *uint64         // next nonce to assign; nil: read the pending nonce from the chain
	inFlight map[uint64]bool // nonces of sends still waiting (never assigned again)
	fee      feeReading
}

// feeReading is a cached tip and fee cap, read at head `at`.
type feeReading struct {
	tip, feeCap *big.Int
	at          uint64
}

// New returns a manager sending from `from`, signing with sign (for a key:
// bind.NewKeyedTransactor(key, chainID).Signer).
func New(c chain.Client, from common.Address, sign bind.SignerFn, opts Options) *Manager {
	opts.fill(c)
	m := &Manager{client: c, from: from, sign: sign, opts: opts, inFlight: map[uint64]bool{}}
	m.poll.Store(int64(opts.Poll))
	return m
}

// SetPoll changes the receipt polling interval (Options.Poll) for the sends that
// follow; d ≤ 0 leaves it. A keeper node sets it from the chain's block time.
func (m *Manager) SetPoll(d time.Duration) {
	if d > 0 {
		m.poll.Store(int64(d))
	}
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

// pending is one call in flight: its nonce, fees and the versions sent.
type pending struct {
	call        Call
	gas, nonce  uint64
	tip, feeCap *big.Int
	sent        []*types.Transaction
}

// Send makes call, resubmitting until a version is mined, Done reports the work
// done, or the attempts run out. Calls made concurrently are in flight together
// (Manager).
func (m *Manager) Send(ctx context.Context, call Call, done Done) (res Result, err error) {
	p, err := m.start(ctx, call, done, &res)
	if p == nil || err != nil {
		return res, err
	}
	mined := false
	defer func() { m.release(p.nonce, mined) }()
	for attempt := 0; attempt < m.opts.MaxAttempts; attempt++ {
		if attempt > 0 {
			if ok, err := checkDone(ctx, done); err != nil || ok {
				res.AlreadyDone = ok
				return res, err
			}
			p.tip = bump(p.tip, m.opts.FeeBumpPercent)
			p.feeCap = bump(p.feeCap, m.opts.FeeBumpPercent)
			switch r, err := m.broadcast(ctx, p, attempt, &res, false, nil); {
			case err != nil:
				return res, err
			case r != nil:
				mined = true
				return m.finish(res, r)
			}
		}
		deadline := time.Now().Add(m.opts.ResubmitAfter)
		// A version just broadcast is in no block before the next head: with
		// Heads, the first receipt query waits for it (one call fewer per send).
		fresh := m.opts.Heads != nil
		for time.Now().Before(deadline) {
			next := m.nextBlock()
			if fresh {
				fresh = false
				if err := m.wait(ctx, next); err != nil {
					return res, err
				}
				continue
			}
			if r := m.findReceipt(ctx, p.sent); r != nil {
				mined = true
				if call.Confirmations == 0 {
					return m.finish(res, r)
				}
				r, err := m.confirm(ctx, r, p.sent, call.Confirmations, &res)
				if err != nil {
					return res, err
				}
				if r != nil {
					return m.finish(res, r)
				}
				// Orphaned and not re-included: resubmit (Done check first).
				mined = false
				break
			}
			if err := m.wait(ctx, next); err != nil {
				return res, err
			}
		}
		m.opts.Log.Warn("not mined, resubmitting", "nonce", p.nonce, "attempt", attempt+1)
	}
	if ok, err := checkDone(ctx, done); err == nil && ok {
		res.AlreadyDone = true
		return res, nil
	}
	return res, ErrGaveUp
}

// start runs under the lock: the Done check, the gas estimate, the nonce, the
// fees and the first broadcast. A nil pending means finished (res says how).
func (m *Manager) start(ctx context.Context, call Call, done Done, res *Result) (*pending, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if ok, err := checkDone(ctx, done); err != nil || ok {
		res.AlreadyDone = ok
		return nil, err
	}
	gas := call.Gas
	if gas == 0 {
		est, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &call.To, Data: call.Data, Value: call.Value})
		if err != nil {
			if ok, derr := checkDone(ctx, done); derr == nil && ok {
				res.AlreadyDone = true
				return nil, nil
			}
			return nil, asRevert(err)
		}
		gas = est + est*m.opts.GasMarginPercent/100
	}
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return nil, err
	}
	nonce, err := m.assign(ctx) // last: a nonce assigned is broadcast next
	if err != nil {
		return nil, err
	}
	p := &pending{call: call, gas: gas, nonce: nonce, tip: tip, feeCap: feeCap}
	m.inFlight[nonce] = true
	// The first broadcast under the lock: the node sees our nonces in order.
	r, err := m.broadcast(ctx, p, 0, res, true, done)
	if err != nil || r != nil || res.AlreadyDone {
		delete(m.inFlight, p.nonce)
		if r != nil {
			*res, err = m.finish(*res, r)
			return nil, err
		}
		if res.AlreadyDone || err != nil {
			m.nonce = nil // the nonce may be unused: re-read it
		}
		return nil, err
	}
	return p, nil
}

// broadcast signs and sends version `attempt` of p; a returned receipt means an
// earlier version was found mined. When the node says the nonce is used and no
// version of ours is mined, the call moves to a fresh nonce: on the first send
// (locked: start holds the lock) after its Done check; on a resubmission (the
// caller checked Done just before) taking the lock.
func (m *Manager) broadcast(ctx context.Context, p *pending, attempt int, res *Result, locked bool, done Done) (*types.Receipt, error) {
	for {
		tx, err := m.sign(m.from, types.NewTx(&types.DynamicFeeTx{
			Nonce: p.nonce, GasTipCap: p.tip, GasFeeCap: p.feeCap, Gas: p.gas,
			To: &p.call.To, Value: orZero(p.call.Value), Data: p.call.Data,
		}))
		if err != nil {
			return nil, fmt.Errorf("txmgr: sign: %w", err)
		}
		err = m.opts.SendTx(ctx, tx)
		if err == nil {
			m.opts.Log.Info("sent", "tx", tx.Hash(), "nonce", p.nonce, "attempt", attempt+1, "gas", p.gas, "tip", p.tip, "feeCap", p.feeCap)
		} else if isNonceTooLow(err) {
			// Our nonce was used: by an earlier version of this call (its receipt
			// is found here) or by another sender with this key.
			if r := m.findReceipt(ctx, p.sent); r != nil {
				return r, nil
			}
			if !locked {
				if err := m.moveNonce(ctx, p); err != nil {
					return nil, err
				}
				continue
			}
			if ok, derr := checkDone(ctx, done); derr != nil || ok {
				res.AlreadyDone = ok
				return nil, derr
			}
			delete(m.inFlight, p.nonce)
			m.nonce = nil
			if p.nonce, err = m.assign(ctx); err != nil {
				return nil, err
			}
			m.inFlight[p.nonce] = true
			m.opts.Log.Warn("nonce used elsewhere, resynced", "nonce", p.nonce)
			p.sent = nil // versions under the old nonce can never be mined now
			continue
		} else if !isKnown(err) {
			m.opts.Log.Warn("send failed", "nonce", p.nonce, "attempt", attempt+1, "err", err)
		}
		p.sent = append(p.sent, tx)
		res.Sent++
		return nil, nil
	}
}

// moveNonce gives a resubmission whose nonce another transaction used a fresh
// nonce (under the lock).
func (m *Manager) moveNonce(ctx context.Context, p *pending) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.inFlight, p.nonce)
	m.nonce = nil
	n, err := m.assign(ctx)
	if err != nil {
		return err
	}
	m.inFlight[n] = true
	m.opts.Log.Warn("nonce used elsewhere, resynced", "old", p.nonce, "nonce", n)
	p.nonce, p.sent = n, nil
	return nil
}

// assign returns the next nonce to use (under the lock): the cached one, or the
// chain's pending nonce, skipping nonces of sends still in flight.
func (m *Manager) assign(ctx context.Context) (uint64, error) {
	if m.nonce == nil {
		n, err := m.client.PendingNonceAt(ctx, m.from)
		if err != nil {
			return 0, fmt.Errorf("txmgr: nonce: %w", err)
		}
		m.nonce = &n
	}
	for m.inFlight[*m.nonce] {
		*m.nonce++
	}
	n := *m.nonce
	*m.nonce++
	return n, nil
}

// release ends a send's claim on its nonce. A send that ends with no version of
// its own mined (done by someone else, given up, cancelled) may leave its nonce
// unused: the next assignment re-reads the chain's pending nonce, which is that
// nonce if the node dropped every version (the gap is filled by the next call)
// and past it if a version is still pending.
func (m *Manager) release(nonce uint64, mined bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.inFlight, nonce)
	if !mined {
		m.nonce = nil
	}
}

// nextBlock returns the channel of the next head (nil without Heads), taken
// before a check so that a head arriving during the check is not missed.
func (m *Manager) nextBlock() <-chan struct{} {
	if m.opts.Heads == nil {
		return nil
	}
	return m.opts.Heads.NewHead()
}

// wait returns after the next head (with Heads; at the latest after a few poll
// intervals, should the watcher stall) or one poll interval (without).
func (m *Manager) wait(ctx context.Context, next <-chan struct{}) error {
	d := time.Duration(m.poll.Load())
	if next != nil {
		d *= 5
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-next:
	case <-t.C:
	}
	return nil
}

func (m *Manager) finish(res Result, r *types.Receipt) (Result, error) {
	res.Receipt = r
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
// returns nil so that the caller resubmits. With Heads, the head and the hash at
// the receipt's height come from the watcher: the chain is asked again only when
// that hash is not the receipt's block.
func (m *Manager) confirm(ctx context.Context, r *types.Receipt, sent []*types.Transaction, conf uint64, res *Result) (*types.Receipt, error) {
	m.opts.Log.Info("mined, waiting for confirmations", "tx", r.TxHash, "block", r.BlockNumber, "confirmations", conf)
	var lost time.Time
	for {
		next := m.nextBlock()
		if h := m.opts.Heads; h != nil && lost.IsZero() {
			head, herr := h.Head(ctx)
			hash, berr := h.BlockHash(ctx, r.BlockNumber.Uint64())
			if herr == nil && berr == nil && common.Hash(hash) == r.BlockHash {
				if head >= r.BlockNumber.Uint64()+conf {
					return r, nil
				}
				if err := m.wait(ctx, next); err != nil {
					return nil, err
				}
				continue
			}
			// Another block at the receipt's height (or none yet read): ask the
			// chain where the transaction is now.
		}
		if cur := m.findReceipt(ctx, sent); cur != nil {
			r = cur
			if m.opts.Heads == nil {
				hdr, herr := m.client.HeaderByNumber(ctx, r.BlockNumber)
				head, err := m.client.HeaderByNumber(ctx, nil)
				if herr == nil && err == nil && hdr.Hash() == r.BlockHash {
					lost = time.Time{}
					if head.Number.Uint64() >= r.BlockNumber.Uint64()+conf {
						return r, nil
					}
				}
			} else {
				lost = time.Time{}
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
		if err := m.wait(ctx, next); err != nil {
			return nil, err
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

// fees returns the tip and fee cap of a first version (under the lock). With
// Heads, one reading prices the sends of feeMaxAge blocks.
func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	var head uint64
	if m.opts.Heads != nil {
		if head, err = m.opts.Heads.Head(ctx); err == nil && m.fee.tip != nil && head < m.fee.at+feeMaxAge && head >= m.fee.at {
			return m.fee.tip, m.fee.feeCap, nil
		}
	}
	tip, err = m.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: tip: %w", err)
	}
	hdr, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: head: %w", err)
	}
	base := hdr.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	// Room for the base fee to double twice before the transaction is priced out.
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(4)), tip)
	if m.opts.Heads != nil {
		m.fee = feeReading{tip: tip, feeCap: feeCap, at: hdr.Number.Uint64()}
	}
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
