package payer

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/records"
)

// Observer is agreement.Observer over the keeper's record store (package
// keeper/records) for one contract.
//
//   - SpaceTime integrates every record held for the provider (SPEC 4) from the
//     active keepers, keepers sorted by registration index at equal heights.
//   - ExportRecords is the provider's entries over [ts − G, te) (the records that
//     can count in [ts, te)): u32 count ‖ (u32 length ‖ records.Entry encoding)….
//   - CheckRecords decodes a peer's set and checks each record it does not hold
//     already (the same bytes) with
//     records.VerifyRecordWithoutProofs (signature, group membership, the orders
//     it names — which must all be held here — the challenge re-derived from this
//     keeper's own block hash), that it is for this provider and in range.
//   - MergeRecords stores the records of checked sets that are not held yet; a
//     record conflicting with one held (records.ErrConflict) is skipped and
//     logged, the held one stays.
type Observer struct {
	d      domain.Domain
	st     *records.Store
	view   *View
	chain  chainview.Chain
	params challenge.Params
	log    *slog.Logger
	// Timeout bounds the chain reads of one check (block hashes).
	Timeout time.Duration
	ctx     context.Context // Bind; nil: not cancellable

	mu       sync.Mutex
	observed map[obsKey][]observation // distinct values returned by SpaceTime, in order
}

// observation is one value SpaceTime returned and the records it integrated.
type observation struct {
	v    *big.Int
	used map[RecordKey]bool
}

// RecordKey names a record of a provider: its height and its keeper.
type RecordKey struct {
	Height uint64
	Keeper common.Address
}

type obsKey struct {
	provider uint32
	ts, te   uint64
}

// maxObserved bounds the observation log (the oldest period ends go first).
const maxObserved = 4096

// NewObserver returns the observer of view's contract.
func NewObserver(d domain.Domain, st *records.Store, view *View, chain chainview.Chain, params challenge.Params, log *slog.Logger) *Observer {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Observer{d: d, st: st, view: view, chain: chain, params: params, log: log, Timeout: 10 * time.Second,
		observed: map[obsKey][]observation{}}
}

func (o *Observer) provider(p uint32) (common.Address, error) {
	a, ok := o.view.ProviderAddress(p)
	if !ok {
		return common.Address{}, fmt.Errorf("payer: unknown provider %d", p)
	}
	return a, nil
}

func (o *Observer) from(ts uint64) uint64 {
	g := o.view.Params().Stale
	if ts > g {
		return ts - g
	}
	return 0
}

// SpaceTime implements agreement.Observer.
func (o *Observer) SpaceTime(p uint32, ts, te uint64) (*big.Int, error) {
	addr, err := o.provider(p)
	if err != nil {
		return nil, err
	}
	v, used, err := spaceTime(o.st, o.d.Contract, addr, o.view.KeeperIndexMap(), ts, te, o.view.Params().Stale)
	if err == nil {
		o.note(obsKey{p, ts, te}, v, used)
	}
	return v, err
}

// note logs an observation: a record that arrives after an observation (a late
// challenge response near te) changes later ones, so the log keeps each distinct
// value with the records it integrated (UsedRecords).
func (o *Observer) note(k obsKey, v *big.Int, used map[RecordKey]bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	vs := o.observed[k]
	for _, x := range vs {
		if x.v.Cmp(v) == 0 {
			return
		}
	}
	if len(vs) == 0 && len(o.observed) >= maxObserved {
		var oldest obsKey
		first := true
		for q := range o.observed {
			if first || q.te < oldest.te {
				oldest, first = q, false
			}
		}
		delete(o.observed, oldest)
	}
	o.observed[k] = append(vs, observation{v: new(big.Int).Set(v), used: used})
}

// Observed returns the distinct space-time values this keeper observed for
// provider over [ts, te), in order (nil if none).
func (o *Observer) Observed(provider uint32, ts, te uint64) []*big.Int {
	o.mu.Lock()
	defer o.mu.Unlock()
	vs := o.observed[obsKey{provider, ts, te}]
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = new(big.Int).Set(v.v)
	}
	return out
}

// UsedRecords returns the records this keeper integrated for provider over
// [ts, te) in the observation whose value is st, or, when it observed no such
// value, in the observation closest to st; ok is false when it observed nothing.
//
// They are "the records used" of the SCP ledger's batch (SPEC 9): a record that
// arrived after the observation (a late response near te, a record synced after a
// restart) is not in them, so the batch replays to the value this keeper observed
// — within τ of the paid median when this keeper signed the report — and not to
// what its store would give now.
func (o *Observer) UsedRecords(provider uint32, ts, te uint64, st *big.Int) (map[RecordKey]bool, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	var best *observation
	var bestDiff *big.Int
	for i := range o.observed[obsKey{provider, ts, te}] {
		x := &o.observed[obsKey{provider, ts, te}][i]
		d := new(big.Int).Sub(x.v, st)
		d.Abs(d)
		if best == nil || d.Cmp(bestDiff) < 0 {
			best, bestDiff = x, d
		}
	}
	if best == nil {
		return nil, false
	}
	return maps.Clone(best.used), true
}

// SpaceTime is the observation of SPEC 4 from the records st holds for provider
// under contract: records of the keepers in idx (account → registration index)
// only, sorted by (height, index).
func SpaceTime(st *records.Store, contract, provider common.Address, idx map[common.Address]uint32, ts, te, stale uint64) (*big.Int, error) {
	v, _, err := spaceTime(st, contract, provider, idx, ts, te, stale)
	return v, err
}

// spaceTime is SpaceTime that also returns the records it integrated
// (records.Observe over the store's records of [ts − G, te)).
func spaceTime(st *records.Store, contract, provider common.Address, idx map[common.Address]uint32, ts, te, stale uint64) (*big.Int, map[RecordKey]bool, error) {
	if te < ts {
		return nil, nil, challenge.ErrInterval
	}
	recs, err := st.Records(contract, provider, records.SetFrom(ts, stale), te)
	if err != nil {
		return nil, nil, err
	}
	v, held, err := records.Observe(recs, provider, idx, ts, te, stale)
	if err != nil {
		return nil, nil, err
	}
	used := make(map[RecordKey]bool, len(held))
	for k := range held {
		used[RecordKey{k.Height, k.Keeper}] = true
	}
	return v, used, nil
}

// ExportRecords implements agreement.Observer: records.EncodeSet of the provider's
// entries over [ts − G, te).
func (o *Observer) ExportRecords(p uint32, ts, te uint64) ([]byte, error) {
	addr, err := o.provider(p)
	if err != nil {
		return nil, err
	}
	es, err := o.st.Entries(o.d.Contract, addr, o.from(ts), te)
	if err != nil {
		return nil, err
	}
	out, n, err := records.EncodeSet(es, wire.MaxRecordBytes)
	if err != nil {
		return nil, err
	}
	if n < len(es) {
		// Decision: a set is bounded by the wire limit; the records past it
		// (the latest) are left out and the merge is partial.
		o.log.Warn("record set truncated at the wire limit", "provider", p, "records", len(es), "sent", n)
	}
	return out, nil
}

// held returns the entries this keeper holds for provider over [from, te), keyed
// by (keeper, height), each with its encoding.
func (o *Observer) held(addr common.Address, from, te uint64) (map[records.HeldKey][]byte, error) {
	es, err := o.st.Entries(o.d.Contract, addr, from, te)
	if err != nil {
		return nil, err
	}
	return records.Held(es)
}

// Bind makes ctx cancel the checks of CheckRecords (the driver binds its run
// context: a keeper that is stopped does not finish checking a large set).
// Call it before the agreement core runs; it is not safe concurrently with
// CheckRecords.
func (o *Observer) Bind(ctx context.Context) { o.ctx = ctx }

// CheckRecords implements agreement.Observer.
//
// Decision (SPEC 7 round 4 cost): a record identical, byte for byte, to one this
// keeper holds is not checked again — every record held was verified when it was
// stored (with its proofs, on receipt from its keeper, or by an earlier
// CheckRecords). Only the records this keeper lacks are verified, so a full sync
// among keepers that mostly agree costs a store scan per provider, not a
// signature check per record. A record that conflicts with a held one (same
// keeper, provider and height, other bytes) is verified like an unknown one;
// MergeRecords keeps the held one.
func (o *Observer) CheckRecords(from uint32, p uint32, ts, te uint64, set []byte) error {
	addr, err := o.provider(p)
	if err != nil {
		return err
	}
	ds, err := records.DecodeSet(set)
	if err != nil {
		return err
	}
	es := ds.Entries
	lo := o.from(ts)
	if err := records.CheckSetShape(es, addr, lo, te); err != nil {
		return err
	}
	held, err := o.held(addr, lo, te)
	if err != nil {
		return err
	}
	parent := o.ctx
	if parent == nil {
		parent = context.Background()
	}
	ctx, cancel := context.WithTimeout(parent, o.Timeout)
	defer cancel()
	keepers := o.view.KeeperAddresses()
	checked := 0
	for _, e := range es {
		r := e.Record
		if b, ok := held[records.HeldKey{Keeper: r.Keeper, Height: r.Height}]; ok {
			if mine, err := e.MarshalBinary(); err == nil && bytes.Equal(mine, b) {
				continue
			}
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("payer: checking a record set: %w", err)
		}
		checked++
		orders, missing, err := o.st.OrdersByID(o.d.Contract, addr, e.OrderIDs)
		if err != nil {
			return err
		}
		if len(missing) > 0 {
			return fmt.Errorf("%w: %d orders not held", records.ErrUnknownOrder, len(missing))
		}
		hash, err := o.chain.BlockHash(ctx, r.Height)
		if err != nil {
			return err
		}
		if _, err := records.VerifyRecordWithoutProofs(o.d, o.params, e, keepers, orders, hash); err != nil {
			return err
		}
	}
	o.log.Debug("record set checked", "from", from, "provider", p, "records", len(es), "verified", checked)
	return nil
}

// MergeRecords implements agreement.Observer with records.MergeSets over the store:
// records already held (the same bytes) are skipped without a store write, each
// record is considered once however many of the sets carry it, and a record
// conflicting with a held one (records.ErrConflict) is skipped, the held one stays.
func (o *Observer) MergeRecords(p uint32, ts, te uint64, sets [][]byte) error {
	addr, err := o.provider(p)
	if err != nil {
		return err
	}
	held, err := o.held(addr, o.from(ts), te)
	if err != nil {
		return err
	}
	decoded := make([]*records.Set, len(sets))
	for i, set := range sets {
		if decoded[i], err = records.DecodeSet(set); err != nil {
			return err
		}
	}
	st, err := records.MergeSets(held, decoded, func(e *records.Entry, _ []byte) (bool, error) {
		return o.st.PutRecord(o.d.Contract, e, nil)
	})
	if err != nil {
		return err
	}
	if st.Conflicts > 0 {
		o.log.Warn("merge: conflicting records skipped", "provider", p, "conflicts", st.Conflicts)
	}
	if st.Added > 0 {
		o.log.Info("records merged (full sync)", "provider", p, "ts", ts, "te", te, "sets", len(sets), "records", st.Records, "added", st.Added)
	} else {
		o.log.Debug("records merged (full sync): none new", "provider", p, "ts", ts, "te", te, "sets", len(sets), "records", st.Records)
	}
	return nil
}
