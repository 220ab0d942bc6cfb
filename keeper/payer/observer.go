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
//     can count in [ts, te)) as record sets of at most the core's chunk size
//     each (records.EncodeSets: u32 count ‖ (u32 length ‖ records.Entry
//     encoding)…). Decision (issue 15): no wire limit truncates them any more
//     (the core streams them in chunks); the only bound left is MaxSyncRecords
//     per provider, a memory guard far above a period's records, and past it
//     the oldest records are left out (records.Tail): those near te, which the
//     disagreement is about, are always sent.
//   - CheckRecords decodes a peer's piece and checks each record it does not
//     hold already (the same bytes) with records.VerifyRecordWithoutProofs
//     (signature, group membership, the orders it names, the challenge
//     re-derived from this keeper's own block hash), that it is for this
//     provider and in range. A record naming orders this keeper lacks (SPEC 3:
//     "a record naming an unknown order makes the keeper fetch that order")
//     makes it fetch them through Orders (order reconciliation,
//     keeper/challenger: from the sender, then the provider) and then check the
//     record; if they stay unknown, the record is left out with a log line —
//     the rest of the piece still counts (issue 15: one missing order no longer
//     rejects a whole set).
//   - MergeRecords stores the records of checked sets that are not held yet,
//     except those naming orders not held (left out by the check); a record
//     conflicting with one held (records.ErrConflict) is skipped and logged,
//     the held one stays.
type Observer struct {
	d      domain.Domain
	st     *records.Store
	view   *View
	chain  chainview.Chain
	params challenge.Params
	log    *slog.Logger
	// Timeout bounds the chain reads of one check (block hashes).
	Timeout time.Duration
	// MaxSync bounds the records of one provider ExportRecords sends (0:
	// MaxSyncRecords).
	MaxSync int
	// Orders fetches orders a checked record names and this keeper lacks (nil:
	// such records are left out of the check and the merge).
	Orders OrderFetcher
	ctx    context.Context // Bind; nil: not cancellable

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

// OrderFetcher fetches orders this keeper lacks (SPEC 3 order reconciliation;
// keeper/challenger.Service implements it).
//
// Contract: FetchOrders asks sender (a keeper of contract's group), then
// provider, for the orders of provider with the given ids, verifies each (the
// user's signature, a provider of the contract) and stores the valid ones in the
// records store before it returns; orders it could not get are simply not
// stored (the caller looks them up again); it returns when ctx ends.
type OrderFetcher interface {
	FetchOrders(ctx context.Context, contract, provider, sender common.Address, ids [][32]byte)
}

// MaxSyncRecords bounds the records of one provider a keeper sends in round 4
// (≈ 186 bytes each: about 190 MB): a memory guard, ~20 times what 7 keepers
// challenging every minute make in a day (issue 15). Past it the oldest are left
// out (records.Tail).
const MaxSyncRecords = 1 << 20

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

// ExportRecords implements agreement.Observer: records.EncodeSets of the
// provider's entries over [ts − G, te), in pieces of at most limit bytes.
func (o *Observer) ExportRecords(p uint32, ts, te uint64, limit int) ([][]byte, error) {
	addr, err := o.provider(p)
	if err != nil {
		return nil, err
	}
	es, err := o.st.Entries(o.d.Contract, addr, o.from(ts), te)
	if err != nil {
		return nil, err
	}
	if kept := records.Tail(es, o.maxSync()); len(kept) < len(es) {
		o.log.Warn("record set bounded: the oldest records left out, those nearest te sent", "provider", p, "records", len(es), "sent", len(kept), "from", kept[0].Record.Height)
		es = kept
	}
	if limit <= 0 || limit > wire.MaxRecordBytes {
		limit = wire.ChunkBytes
	}
	return records.EncodeSets(es, limit)
}

func (o *Observer) maxSync() int {
	if o.MaxSync > 0 {
		return o.MaxSync
	}
	return MaxSyncRecords
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
	checked, skipped := 0, 0
	fetched := map[[32]byte]bool{} // ids asked for once per check
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
			orders, missing, err = o.fetchMissing(ctx, from, addr, e.OrderIDs, missing, fetched)
			if err != nil {
				return err
			}
		}
		if len(missing) > 0 {
			// Left out here and in the merge (MergeRecords skips records naming
			// orders not held); the rest of the piece counts.
			skipped++
			o.log.Warn("record names an order this keeper lacks and could not fetch: left out of the sync", "from", from, "provider", p, "height", r.Height, "keeper", r.Keeper, "missing", len(missing))
			continue
		}
		hash, err := o.chain.BlockHash(ctx, r.Height)
		if err != nil {
			return err
		}
		if _, err := records.VerifyRecordWithoutProofs(o.d, o.params, e, keepers, orders, hash); err != nil {
			return err
		}
	}
	o.log.Debug("record set checked", "from", from, "provider", p, "records", len(es), "verified", checked, "left out", skipped)
	return nil
}

// fetchMissing fetches the orders of missing not asked for yet in this check
// (through Orders, from keeper from, then the provider) and looks ids up again.
func (o *Observer) fetchMissing(ctx context.Context, from uint32, prov common.Address, ids, missing [][32]byte, asked map[[32]byte]bool) ([]challenge.Order, [][32]byte, error) {
	var ask [][32]byte
	for _, id := range missing {
		if !asked[id] {
			asked[id] = true
			ask = append(ask, id)
		}
	}
	if len(ask) == 0 || o.Orders == nil {
		return nil, missing, nil
	}
	sender, _ := o.view.KeeperAddress(from)
	o.Orders.FetchOrders(ctx, o.d.Contract, prov, sender, ask)
	orders, still, err := o.st.OrdersByID(o.d.Contract, prov, ids)
	if err != nil {
		return nil, nil, err
	}
	if len(still) < len(missing) {
		o.log.Info("orders named by synced records fetched", "from", from, "provider", prov, "fetched", len(missing)-len(still))
	}
	return orders, still, nil
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
	// MergeSets picks the records to store (each once, those held byte for byte
	// skipped); they are written in batches (records.Store.PutRecords: a few
	// fsyncs per chunk, not one per record).
	known := map[[32]byte]bool{}
	skipped := 0
	var queue []*records.Entry
	st, err := records.MergeSets(held, decoded, func(e *records.Entry, _ []byte) (bool, error) {
		for _, id := range e.OrderIDs {
			if known[id] {
				continue
			}
			_, missing, err := o.st.OrdersByID(o.d.Contract, addr, [][32]byte{id})
			if err != nil {
				return false, err
			}
			if len(missing) > 0 {
				skipped++ // left out by CheckRecords
				return false, nil
			}
			known[id] = true
		}
		queue = append(queue, e)
		return false, nil // counted once written
	})
	if err != nil {
		return err
	}
	added, errs, err := o.st.PutRecords(o.d.Contract, queue)
	if err != nil {
		return err
	}
	conflicts := 0
	for i := range queue {
		if added[i] {
			st.Added++
		}
		if errs[i] != nil {
			conflicts++ // records.ErrConflict: the held version stays
		}
	}
	if skipped > 0 {
		o.log.Warn("merge: records naming orders not held left out", "provider", p, "records", skipped)
	}
	if conflicts > 0 {
		o.log.Warn("merge: conflicting records skipped", "provider", p, "conflicts", conflicts)
	}
	if st.Added > 0 {
		o.log.Info("records merged (full sync)", "provider", p, "ts", ts, "te", te, "sets", len(sets), "records", st.Records, "added", st.Added)
	} else {
		o.log.Debug("records merged (full sync): none new", "provider", p, "ts", ts, "te", te, "sets", len(sets), "records", st.Records)
	}
	return nil
}
