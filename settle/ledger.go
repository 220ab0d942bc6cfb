package settle

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/settle/da"
)

// Errors of the publisher.
var (
	// ErrStale: the batch was built on a head that has moved (another keeper
	// published meanwhile); build it again.
	ErrStale = errors.New("settle: batch built on a stale head")
	// ErrPublishedOther: another batch is already published at this seq. Not a
	// fault by itself (another keeper's records may differ); the detector judges the
	// published batch.
	ErrPublishedOther = errors.New("settle: another batch is published at this seq")
	// ErrAwaiting: on a shared layer, this ledger published the batch at the head's
	// next seq and waits for it (or another valid one) to become canonical before
	// building the next one. Not a failure: try again later.
	ErrAwaiting = errors.New("settle: waiting for the batch just published to become canonical")
)

// MarshalJSON renders the head for a status endpoint:
// {"seq", "hash", "stateRoot", "te", "payBlock", "empty"}.
func (h Head) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Seq       uint64 `json:"seq"`
		Hash      string `json:"hash"`
		StateRoot string `json:"stateRoot"`
		Te        uint64 `json:"te"`
		PayBlock  uint64 `json:"payBlock"`
		Empty     bool   `json:"empty"`
	}{h.Seq, common.Hash(h.Hash).Hex(), common.Hash(h.StateRoot).Hex(), h.Te, h.PayBlock, h.Empty})
}

// LedgerOptions configure a keeper's Ledger.
type LedgerOptions struct {
	// Crypto re-verifies the signatures of the batches it syncs (see CheckOptions):
	// a keeper then also acts as a detector of the batches others publish. On a
	// shared layer (da.Shared) signatures are always re-verified.
	Crypto bool
	// ChainCheck, on a shared layer, checks each publication against the chain
	// (shared.go); nil: not checked (tests without a chain).
	ChainCheck ChainCheck
	Log        *slog.Logger
}

// Ledger is a keeper's handle on one contract's SCP ledger (SPEC 9): the replayed
// state of the batches published on a data-availability layer, the builder of the
// next batch and its publisher. It is safe for concurrent use.
//
// The node's part (issue 6): after a report it led is paid, Settle (or Build and
// Publish) with the Settlement; a keeper that is not the leader calls PublishDue
// each block after a payment, and when it is due, builds the same Settlement (the
// Propose it voted on, PaymentFromTx for the signatures) and Settles it; the status
// endpoint shows Head().
type Ledger struct {
	mu    sync.Mutex
	store da.Store
	st    *State
	opts  LedgerOptions
	log   *slog.Logger

	// On a shared layer (shared.go):
	shared   da.Shared
	bad      map[common.Hash]bool // publications rejected, by transaction
	rejected []Rejected           // the last maxRejected, oldest first
	canon    map[uint64]*da.Publication
	awaiting *uint64 // the seq this ledger published and waits to see canonical
}

// maxRejected bounds the rejected publications a Ledger remembers for display.
const maxRejected = 256

// OpenLedger opens the ledger of contract d.Contract on store and replays every
// batch published so far.
func OpenLedger(ctx context.Context, store da.Store, st *State, opts LedgerOptions) (*Ledger, error) {
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	l := &Ledger{store: store, st: st, opts: opts, log: log}
	if sh, ok := store.(da.Shared); ok {
		l.shared, l.bad, l.canon = sh, map[common.Hash]bool{}, map[uint64]*da.Publication{}
	}
	if err := l.Sync(ctx); err != nil {
		return nil, err
	}
	return l, nil
}

// Head returns the ledger's head (for the status endpoint).
func (l *Ledger) Head() Head {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.st.Head()
}

// View calls fn with the replayed state, which fn must not keep or modify.
func (l *Ledger) View(fn func(*State)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fn(l.st)
}

// Sync applies the batches published since the head. A published batch that
// breaks the rules stops the sync with its *Divergence.
func (l *Ledger) Sync(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.syncLocked(ctx)
}

func (l *Ledger) syncLocked(ctx context.Context) error {
	if l.shared != nil {
		return l.syncShared(ctx)
	}
	c := l.st.Domain().Contract
	return da.Iterate(ctx, l.store, c, l.st.Next(), func(it *da.Item) error {
		eff, err := ApplyItem(l.st, it, CheckOptions{Crypto: l.opts.Crypto})
		if err != nil {
			return err
		}
		l.st.Apply(eff)
		l.log.Debug("ledger batch applied", "contract", c, "seq", it.Seq, "hash", common.Hash(it.Hash))
		return nil
	})
}

// syncShared applies the canonical batches of a shared layer from the head on: at
// each seq the first valid publication (Resolve), until a seq has none.
func (l *Ledger) syncShared(ctx context.Context) error {
	c := l.st.Domain().Contract
	for {
		p, eff, _, rej, err := Resolve(ctx, l.shared, l.st, CheckOptions{Crypto: true}, l.opts.ChainCheck,
			func(p *da.Publication) bool { return l.bad[p.Tx] })
		for _, r := range rej {
			if l.awaiting != nil && *l.awaiting == r.Seq {
				l.awaiting = nil // this ledger's own publication may be the one rejected
			}
			l.bad[r.Tx] = true
			l.rejected = append(l.rejected, r)
			if len(l.rejected) > maxRejected {
				l.rejected = l.rejected[1:]
			}
			l.log.Warn("ledger: publication rejected (invalid)", "contract", c, "seq", r.Seq, "publisher", r.Publisher, "tx", r.Tx, "reason", r.Reason)
		}
		if err != nil {
			return err
		}
		if p == nil {
			return nil
		}
		l.st.Apply(eff)
		l.canon[p.Seq] = p
		delete(l.canon, p.Seq-min(p.Seq, 64))
		if l.awaiting != nil && *l.awaiting <= p.Seq {
			l.awaiting = nil
		}
		l.log.Debug("ledger batch applied", "contract", c, "seq", p.Seq, "hash", common.Hash(p.Hash), "publisher", p.Publisher)
	}
}

// Rejected returns the publications this ledger skipped as invalid (shared layers;
// the last 256), oldest first.
func (l *Ledger) Rejected() []Rejected {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Rejected(nil), l.rejected...)
}

// Canonical returns the publication that is the canonical batch at seq, when this
// ledger applied it recently (shared layers).
func (l *Ledger) Canonical(seq uint64) (*da.Publication, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	p, ok := l.canon[seq]
	return p, ok
}

// ApplyItem checks a fetched batch against st (DecodeItem, then State.Check) and
// returns the effects to Apply.
func ApplyItem(st *State, it *da.Item, opts CheckOptions) (*Effects, error) {
	b, err := DecodeItem(it)
	if err != nil {
		return nil, err
	}
	return st.Check(b, it.Hash, opts)
}

// DecodeItem checks that a fetched batch's bytes hash to the layer's index, decodes
// them strictly, and checks that the batch is the one the layer indexes at that seq;
// each failure is a *Divergence of the batch.
func DecodeItem(it *da.Item) (*Batch, error) {
	if !it.Check() {
		return nil, batchDiv(it.Seq, "hash", common.Hash(it.Hash).Hex(), common.Hash(Hash(it.Enc)).Hex(), "the batch bytes do not hash to the layer's index (tampered)")
	}
	b, err := Decode(it.Enc)
	if err != nil {
		return nil, batchDiv(it.Seq, "encoding", "", "", err.Error())
	}
	if b.Seq != it.Seq {
		return nil, batchDiv(it.Seq, "seq", fmt.Sprint(it.Seq), fmt.Sprint(b.Seq), "the layer indexes the batch at another seq (out of order)")
	}
	return b, nil
}

// BatchDivergence returns a divergence of batch seq as a whole (for checks made
// outside this package, such as the detector's comparisons with the chain).
func BatchDivergence(seq uint64, field, want, got, detail string) *Divergence {
	return batchDiv(seq, field, want, got, detail)
}

// EntryDivergence returns a divergence of entry i (provider p) of batch seq.
func EntryDivergence(seq uint64, i int, p uint32, field, want, got, detail string) *Divergence {
	return entryDiv(seq, i, p, field, want, got, detail)
}

// Build builds the next batch from in (see Build).
func (l *Ledger) Build(in *Settlement) (*Built, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return Build(l.st, in)
}

// PublishResult says what Publish did.
type PublishResult int

const (
	Published        PublishResult = iota + 1 // this call published the batch
	AlreadyPublished                          // the same batch was published before (by anyone)
)

// Publish publishes a built batch, never twice: it syncs first; if the batch's seq
// is already published it returns AlreadyPublished when the published bytes are the
// same and ErrPublishedOther when they differ; if the head moved since Build, it
// returns ErrStale. On success the ledger applies the batch.
func (l *Ledger) Publish(ctx context.Context, b *Built) (PublishResult, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.syncLocked(ctx); err != nil {
		return 0, err
	}
	if l.shared != nil {
		return l.publishShared(ctx, b)
	}
	c := l.st.Domain().Contract
	seq := b.Batch.Seq
	if seq < l.st.Next() {
		it, err := l.store.Get(ctx, c, seq)
		if err != nil {
			return 0, err
		}
		if it.Hash == b.Hash && bytes.Equal(it.Enc, b.Encoded) {
			return AlreadyPublished, nil
		}
		return 0, fmt.Errorf("%w: seq %d is %x", ErrPublishedOther, seq, it.Hash)
	}
	if seq != l.st.Next() || b.Batch.Prev != l.st.head {
		return 0, fmt.Errorf("%w: built as batch %d, head is %d", ErrStale, seq, l.st.Next())
	}
	err := l.store.Put(ctx, c, seq, b.Batch.Prev, b.Hash, b.Encoded)
	if errors.Is(err, da.ErrConflict) {
		// Lost a race with another publisher.
		if serr := l.syncLocked(ctx); serr != nil {
			return 0, serr
		}
		return 0, fmt.Errorf("%w: %w", ErrPublishedOther, err)
	}
	if err != nil {
		return 0, err
	}
	l.st.Apply(b.effects)
	l.log.Info("ledger batch published", "contract", c, "seq", seq, "hash", common.Hash(b.Hash), "entries", len(b.Batch.Entries), "records", b.Batch.NumRecords(), "bytes", len(b.Encoded))
	return Published, nil
}

// publishShared publishes a built batch on a shared layer: only at the seq that
// has no canonical batch yet, and without applying it — it counts once readers see
// it as the first valid publication there (syncShared).
func (l *Ledger) publishShared(ctx context.Context, b *Built) (PublishResult, error) {
	c := l.st.Domain().Contract
	seq := b.Batch.Seq
	if _, ok := l.st.PayTxSeq(b.Batch.PayTx); ok {
		return AlreadyPublished, nil
	}
	if seq < l.st.Next() {
		return 0, fmt.Errorf("%w: seq %d is canonical already", ErrPublishedOther, seq)
	}
	if seq != l.st.Next() || b.Batch.Prev != l.st.head {
		return 0, fmt.Errorf("%w: built as batch %d, head is %d", ErrStale, seq, l.st.Next())
	}
	if l.awaiting != nil && *l.awaiting == seq {
		return 0, ErrAwaiting
	}
	h := da.Header{Seq: seq, Prev: b.Batch.Prev, Hash: b.Hash, StateRoot: b.Batch.StateRoot}
	if err := l.shared.Publish(ctx, c, h, b.Encoded); err != nil {
		if errors.Is(err, da.ErrConflict) {
			return 0, fmt.Errorf("%w: %w", ErrPublishedOther, err)
		}
		return 0, err
	}
	l.awaiting = &seq
	l.log.Info("ledger batch published", "contract", c, "seq", seq, "hash", common.Hash(b.Hash), "entries", len(b.Batch.Entries), "records", b.Batch.NumRecords(), "bytes", len(b.Encoded))
	return Published, nil
}

// Settle syncs, builds the next batch from in and publishes it. A settlement whose
// pay transaction the ledger already carries returns AlreadyPublished.
func (l *Ledger) Settle(ctx context.Context, in *Settlement) (PublishResult, *Built, error) {
	if err := l.Sync(ctx); err != nil {
		return 0, nil, err
	}
	l.mu.Lock()
	if _, ok := l.st.PayTxSeq(in.PayTx); ok {
		l.mu.Unlock()
		return AlreadyPublished, nil, nil
	}
	if l.awaiting != nil && *l.awaiting >= l.st.Next() {
		l.mu.Unlock()
		return 0, nil, ErrAwaiting
	}
	l.mu.Unlock()
	b, err := l.Build(in)
	if err != nil {
		return 0, nil, err
	}
	res, err := l.Publish(ctx, b)
	return res, b, err
}

// PublishDue reports whether keeper self must publish the batch of a report paid at
// payBlock, led by leader, at height: the leader at once; otherwise the keepers
// after the leader in order (the report's leader order of SPEC 6, order[i] being a
// keeper index), the j-th one from block payBlock + j·window on, for as long as the
// batch is not published. Honest keepers publish the same bytes, and publication
// is idempotent, so an overlap costs nothing.
func PublishDue(order []uint32, leader, self uint32, payBlock, height, window uint64) bool {
	if self == leader {
		return true
	}
	li, si := -1, -1
	for i, k := range order {
		if k == leader {
			li = i
		}
		if k == self {
			si = i
		}
	}
	if li < 0 || si < 0 {
		return false
	}
	j := uint64((si - li + len(order)) % len(order))
	return height >= payBlock+j*window
}
