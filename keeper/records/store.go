package records

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/store"
)

var (
	// ErrConflict is returned for a record that differs from the one already held
	// for the same (keeper, provider, height): an equivocation.
	ErrConflict = errors.New("records: conflicting record for the same keeper, provider and height")
	// ErrTooManyOrders is returned when a provider already has the maximum number of
	// orders under a contract.
	ErrTooManyOrders = errors.New("records: too many orders for this provider")
)

// Store is a keeper's orders, records and outbox, in the node's database. It is safe
// for concurrent use.
type Store struct {
	db      *store.DB
	chainID *big.Int
}

// NewStore returns the store of a keeper on chain chainID.
func NewStore(db *store.DB, chainID *big.Int) *Store { return &Store{db: db, chainID: chainID} }

// DB returns the underlying database.
func (s *Store) DB() *store.DB { return s.db }

func orderPrefix(contract, provider common.Address) []byte {
	return store.ContractKey(contract, store.KindOrder, provider[:])
}

func recordKey(kind store.Kind, contract, provider common.Address, height uint64, keeper common.Address) []byte {
	return store.ContractKey(contract, kind, provider[:], store.U64(height), keeper[:])
}

// PutOrder stores a signed order (already verified by the caller) durably. added is
// false when it was already held. At most maxOrders orders are kept per contract
// and provider (0: no limit).
func (s *Store) PutOrder(so *challenge.SignedOrder, maxOrders int) (id [32]byte, added bool, err error) {
	id = so.ID(s.chainID)
	key := append(orderPrefix(so.Contract, so.Provider), id[:]...)
	val, _ := so.MarshalBinary()
	err = s.db.Update(func(t *store.Txn) error {
		if _, err := t.Get(key); err == nil {
			return nil
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if maxOrders > 0 {
			n := 0
			if err := t.Iterate(orderPrefix(so.Contract, so.Provider), func(_, _ []byte) error {
				n++
				if n >= maxOrders {
					return fmt.Errorf("%w (limit %d)", ErrTooManyOrders, maxOrders)
				}
				return nil
			}); err != nil {
				return err
			}
		}
		added = true
		return t.Put(key, val)
	})
	return id, added, err
}

// SignedOrders returns every order held for (contract, provider).
func (s *Store) SignedOrders(contract, provider common.Address) ([]*challenge.SignedOrder, error) {
	var out []*challenge.SignedOrder
	err := s.db.Iterate(orderPrefix(contract, provider), func(_, v []byte) error {
		so, err := challenge.DecodeSignedOrder(v)
		if err != nil {
			return fmt.Errorf("records: stored order: %w", err)
		}
		out = append(out, so)
		return nil
	})
	return out, err
}

// Orders returns the orders held for (contract, provider), without signatures.
func (s *Store) Orders(contract, provider common.Address) ([]challenge.Order, error) {
	sos, err := s.SignedOrders(contract, provider)
	if err != nil {
		return nil, err
	}
	out := make([]challenge.Order, len(sos))
	for i, so := range sos {
		out[i] = so.Order
	}
	return out, nil
}

// OrdersByID returns the orders with the given ids held for (contract, provider),
// and the ids not held.
func (s *Store) OrdersByID(contract, provider common.Address, ids [][32]byte) (orders []challenge.Order, missing [][32]byte, err error) {
	err = s.db.View(func(t *store.Txn) error {
		for _, id := range ids {
			v, err := t.Get(append(orderPrefix(contract, provider), id[:]...))
			if errors.Is(err, store.ErrNotFound) {
				missing = append(missing, id)
				continue
			}
			if err != nil {
				return err
			}
			so, err := challenge.DecodeSignedOrder(v)
			if err != nil {
				return fmt.Errorf("records: stored order: %w", err)
			}
			orders = append(orders, so.Order)
		}
		return nil
	})
	return orders, missing, err
}

// Outbox is a record waiting for delivery to the group members in Pending.
type Outbox struct {
	Pending  []common.Address `json:"pending"`
	Attempts int              `json:"attempts"`
	Message  []byte           `json:"message"` // SyncMessage encoding
}

// OutboxItem is an outbox entry with its key.
type OutboxItem struct {
	Key []byte
	*Outbox
}

// PutRecord stores e under contract durably. If out is not nil and the record is
// new, the outbox entry is written in the same transaction. added is false when the
// same record was already held, or when the record is below the provider's pruning
// watermark (Settled: nothing is stored). A different record for the same (keeper,
// provider, height) — the keeper signed two records of one challenge — replaces the
// held one if it is Preferred (added true), and is ErrConflict otherwise.
func (s *Store) PutRecord(contract common.Address, e *Entry, out *Outbox) (added bool, err error) {
	r := e.Record
	val, err := e.MarshalBinary()
	if err != nil {
		return false, err
	}
	var ob []byte
	if out != nil && len(out.Pending) > 0 {
		if ob, err = json.Marshal(out); err != nil {
			return false, err
		}
	}
	err = s.db.Update(func(t *store.Txn) error {
		added, err = putRecord(t, contract, r, val, ob)
		return err
	})
	return added, err
}

// putRecord is PutRecord's transaction body.
func putRecord(t *store.Txn, contract common.Address, r *challenge.ChalRecord, val, ob []byte) (bool, error) {
	key := recordKey(store.KindRecord, contract, r.Provider, r.Height, r.Keeper)
	if v, err := t.Get(prunedKey(contract, r.Provider)); err == nil && len(v) == 8 && r.Height < binary.BigEndian.Uint64(v) {
		return false, nil // settled and pruned (Settled): not kept again
	} else if err != nil && !errors.Is(err, store.ErrNotFound) {
		return false, err
	}
	old, err := t.Get(key)
	if err == nil {
		if bytes.Equal(old, val) {
			return false, nil
		}
		oe, derr := DecodeEntry(old)
		if derr == nil && sameRecord(oe.Record, r) {
			return false, nil // same record; the order ids may be listed differently only if forged
		}
		if derr != nil || !Preferred(r, oe.Record) {
			return false, fmt.Errorf("%w: keeper %s, provider %s, height %d", ErrConflict, r.Keeper, r.Provider, r.Height)
		}
		// The keeper signed two records of one challenge: every store keeps the
		// preferred one, so keepers that have seen both hold the same (doc).
		return true, t.Put(key, val)
	}
	if !errors.Is(err, store.ErrNotFound) {
		return false, err
	}
	if err := t.Put(key, val); err != nil {
		return false, err
	}
	if ob != nil {
		return true, t.Put(recordKey(store.KindOutbox, contract, r.Provider, r.Height, r.Keeper), ob)
	}
	return true, nil
}

// putBatch bounds the records of one PutRecords transaction.
const putBatch = 2048

// PutRecords stores es under contract as PutRecord does (no outbox), in synced
// transactions of up to putBatch records instead of one per record: round 4's
// merge of a chunk of thousands of records costs a few fsyncs, not thousands
// (issue 15). added[i] and errs[i] are PutRecord's answers for es[i] (a conflict
// is ErrConflict there and does not stop the others); err is a store failure, in
// which case the records of the failed transaction are not stored.
func (s *Store) PutRecords(contract common.Address, es []*Entry) (added []bool, errs []error, err error) {
	added, errs = make([]bool, len(es)), make([]error, len(es))
	vals := make([][]byte, len(es))
	for i, e := range es {
		if vals[i], err = e.MarshalBinary(); err != nil {
			return nil, nil, err
		}
	}
	for lo := 0; lo < len(es); lo += putBatch {
		hi := min(lo+putBatch, len(es))
		err = s.db.Update(func(t *store.Txn) error {
			for i := lo; i < hi; i++ {
				a, err := putRecord(t, contract, es[i].Record, vals[i], nil)
				if err != nil && !errors.Is(err, ErrConflict) {
					return err
				}
				added[i], errs[i] = a, err
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	return added, errs, nil
}

// Preferred reports whether record a is kept over b, two different records of one
// keeper for one (provider, height): the one with the smaller record hash. The rule
// is arbitrary but the same at every keeper, so that after the agreement's full
// sync (SPEC 7 round 4) every keeper that has seen both versions holds the same one
// and their observations can agree (a keeper sending one version to half of its
// group and the other to the rest would otherwise keep them apart for good).
func Preferred(a, b *challenge.ChalRecord) bool {
	ha, err1 := a.Hash()
	hb, err2 := b.Hash()
	return err1 == nil && (err2 != nil || bytes.Compare(ha[:], hb[:]) < 0)
}

func sameRecord(a, b *challenge.ChalRecord) bool {
	ha, err1 := a.Hash()
	hb, err2 := b.Hash()
	return err1 == nil && err2 == nil && ha == hb
}

// Entry returns the entry held for (keeper, provider, height), or store.ErrNotFound.
func (s *Store) Entry(contract, provider common.Address, height uint64, keeper common.Address) (*Entry, error) {
	v, err := s.db.Get(recordKey(store.KindRecord, contract, provider, height, keeper))
	if err != nil {
		return nil, err
	}
	return DecodeEntry(v)
}

// HasRecord reports whether a record is held for (keeper, provider, height).
func (s *Store) HasRecord(contract, provider common.Address, height uint64, keeper common.Address) (bool, error) {
	return s.db.Has(recordKey(store.KindRecord, contract, provider, height, keeper))
}

// CountRecords returns the number of records held for provider under contract
// (keys only: cheap enough for a status page).
func (s *Store) CountRecords(contract, provider common.Address) (int, error) {
	n := 0
	err := s.db.IterateKeys(store.ContractKey(contract, store.KindRecord, provider[:]), func([]byte) error {
		n++
		return nil
	})
	return n, err
}

// Entries returns the entries held for provider under contract with heights in
// [from, to), in (height, keeper address) order: what a keeper sends in the
// agreement's full sync (SPEC 7 round 4).
func (s *Store) Entries(contract, provider common.Address, from, to uint64) ([]*Entry, error) {
	prefix := store.ContractKey(contract, store.KindRecord, provider[:])
	start := append(append([]byte(nil), prefix...), store.U64(from)...)
	var out []*Entry
	err := s.db.IterateFrom(prefix, start, func(k, v []byte) error {
		if h := binary.BigEndian.Uint64(k[len(prefix):]); h >= to {
			return store.ErrStop
		}
		e, err := DecodeEntry(v)
		if err != nil {
			return fmt.Errorf("records: stored entry %x: %w", k, err)
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// Records returns the records held for provider under contract with heights in
// [from, to), in (height, keeper address) order.
func (s *Store) Records(contract, provider common.Address, from, to uint64) ([]*challenge.ChalRecord, error) {
	es, err := s.Entries(contract, provider, from, to)
	if err != nil {
		return nil, err
	}
	out := make([]*challenge.ChalRecord, len(es))
	for i, e := range es {
		out[i] = e.Record
	}
	return out, nil
}

// SpaceTime is the keeper's observation of SPEC 4: the space-time of provider over
// [ts, te) with stale span G, from every record it holds, keepers indexed by their
// position in the group. Records of keepers no longer in the group are left out.
func (s *Store) SpaceTime(contract, provider common.Address, keepers []common.Address, ts, te, stale uint64) (*big.Int, error) {
	if te < ts {
		return nil, challenge.ErrInterval
	}
	from := uint64(0)
	if ts > stale {
		from = ts - stale
	}
	recs, err := s.Records(contract, provider, from, te)
	if err != nil {
		return nil, err
	}
	idx := make(map[common.Address]uint32, len(keepers))
	for i, k := range keepers {
		idx[k] = uint32(i)
	}
	kept := recs[:0]
	for _, r := range recs {
		if _, ok := idx[r.Keeper]; ok {
			kept = append(kept, r)
		}
	}
	return challenge.RecordsSpaceTime(kept, provider, idx, ts, te, stale)
}

// Outboxes returns the undelivered records of contract.
func (s *Store) Outboxes(contract common.Address) ([]OutboxItem, error) {
	var out []OutboxItem
	err := s.db.Iterate(store.ContractKey(contract, store.KindOutbox), func(k, v []byte) error {
		var o Outbox
		if err := json.Unmarshal(v, &o); err != nil {
			return fmt.Errorf("records: outbox %x: %w", k, err)
		}
		out = append(out, OutboxItem{Key: k, Outbox: &o})
		return nil
	})
	return out, err
}

// UpdateOutbox rewrites an outbox entry, deleting it once nothing is pending.
func (s *Store) UpdateOutbox(it OutboxItem) error {
	if len(it.Pending) == 0 {
		return s.db.Delete(it.Key)
	}
	b, err := json.Marshal(it.Outbox)
	if err != nil {
		return err
	}
	return s.db.Put(it.Key, b)
}

// prunedKey holds the pruning watermark of (contract, provider): every record below
// that height was deleted (Prune) and none is stored again.
func prunedKey(contract, provider common.Address) []byte {
	return store.ContractKey(contract, store.KindPruned, []byte{'r'}, provider[:])
}

// prunedCountKey holds the number of records of (contract, provider) Prune deleted.
func prunedCountKey(contract, provider common.Address) []byte {
	return store.ContractKey(contract, store.KindPruned, []byte{'n'}, provider[:])
}

// PrunedRecords returns how many records of provider under contract pruning
// deleted: held + pruned never decreases, so an audit (the fault harness) tells a
// lost record from a settled one.
func (s *Store) PrunedRecords(contract, provider common.Address) (uint64, error) {
	v, err := s.db.Get(prunedCountKey(contract, provider))
	if errors.Is(err, store.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("records: corrupt pruned count %x", v)
	}
	return binary.BigEndian.Uint64(v), nil
}

// PrunedBelow returns the pruning watermark of provider under contract (0: nothing
// pruned): records below it are settled and published, and not kept.
func (s *Store) PrunedBelow(contract, provider common.Address) (uint64, error) {
	v, err := s.db.Get(prunedKey(contract, provider))
	if errors.Is(err, store.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("records: corrupt pruning watermark %x", v)
	}
	return binary.BigEndian.Uint64(v), nil
}

// Settled reports whether a record of provider at height is below the pruning
// watermark: its interval is paid and in the ledger, so a receiver acknowledges it
// without checking or storing it (its orders may be pruned too).
func (s *Store) Settled(contract, provider common.Address, height uint64) (bool, error) {
	w, err := s.PrunedBelow(contract, provider)
	return height < w, err
}

// PruneStats counts what Prune deleted.
type PruneStats struct {
	Records, Outbox, Orders int
}

// Prune deletes, for each provider of contract, the records and outbox entries
// below height below[provider] and the orders that ended at or before it (EndBlock ≤
// below: no record at or above the watermark can name them), and raises the
// provider's watermark to below (it never lowers it). The caller decides the
// heights (keeper/prune has the rule); Prune only applies them. The watermark is
// written first, so a record arriving meanwhile below it is refused, not stored
// after its peers were deleted.
func (s *Store) Prune(contract common.Address, below map[common.Address]uint64) (PruneStats, error) {
	var st PruneStats
	for provider, h := range below {
		err := s.db.Update(func(t *store.Txn) error {
			old := uint64(0)
			if v, err := t.Get(prunedKey(contract, provider)); err == nil && len(v) == 8 {
				old = binary.BigEndian.Uint64(v)
			} else if err != nil && !errors.Is(err, store.ErrNotFound) {
				return err
			}
			if h <= old {
				return nil
			}
			return t.Put(prunedKey(contract, provider), store.U64(h))
		})
		if err != nil {
			return st, err
		}
		w, err := s.PrunedBelow(contract, provider)
		if err != nil {
			return st, err
		}
		// Records: the provider's pruned count goes up in each deletion's transaction.
		prefix := store.ContractKey(contract, store.KindRecord, provider[:])
		n, err := s.db.DeleteRange(prefix, prefix, append(bytes.Clone(prefix), store.U64(w)...), nil, func(t *store.Txn, n int) error {
			var c uint64
			if v, err := t.Get(prunedCountKey(contract, provider)); err == nil && len(v) == 8 {
				c = binary.BigEndian.Uint64(v)
			} else if err != nil && !errors.Is(err, store.ErrNotFound) {
				return err
			}
			return t.Put(prunedCountKey(contract, provider), store.U64(c+uint64(n)))
		})
		if err != nil {
			return st, err
		}
		st.Records += n
		prefix = store.ContractKey(contract, store.KindOutbox, provider[:])
		if n, err = s.db.DeleteRange(prefix, prefix, append(bytes.Clone(prefix), store.U64(w)...), nil, nil); err != nil {
			return st, err
		}
		st.Outbox += n
		prefix = orderPrefix(contract, provider)
		n, err = s.db.DeleteRange(prefix, prefix, nil, func(_, v []byte) bool {
			so, err := challenge.DecodeSignedOrder(v)
			return err != nil || so.EndBlock > w // keep what does not decode: not ours to judge here
		}, nil)
		if err != nil {
			return st, err
		}
		st.Orders += n
	}
	return st, nil
}
