package agreementsim

import (
	"encoding/binary"
	"sort"

	"github.com/whitepay/whitepay/keeper/agreement"
)

// MemStore is an in-memory agreement.VoteStore that outlives the node using it, so
// that a simulated crash loses the node's memory but not what it wrote. OnPut, when
// set, is called after each new lock is stored.
type MemStore struct {
	locks map[[16]byte]*agreement.Lock
	OnPut func(l *agreement.Lock)
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore { return &MemStore{locks: map[[16]byte]*agreement.Lock{}} }

func lockKey(te uint64, leader, attempt uint32) (k [16]byte) {
	binary.BigEndian.PutUint64(k[:8], te)
	binary.BigEndian.PutUint32(k[8:12], leader)
	binary.BigEndian.PutUint32(k[12:], attempt)
	return
}

// Get returns the lock of an instance, or nil.
func (s *MemStore) Get(te uint64, leader, attempt uint32) *agreement.Lock {
	return s.locks[lockKey(te, leader, attempt)]
}

// Put stores a lock, refusing a different digest for the same instance.
func (s *MemStore) Put(l *agreement.Lock) error {
	k := lockKey(l.Te, l.Leader, l.Attempt)
	if old, ok := s.locks[k]; ok {
		if old.Digest != l.Digest {
			return agreement.ErrLockConflict
		}
		return nil
	}
	cp := *l
	s.locks[k] = &cp
	if s.OnPut != nil {
		s.OnPut(&cp)
	}
	return nil
}

// Locks implements agreement.VoteStore: every lock with te ≥ fromTe, in instance
// order.
func (s *MemStore) Locks(fromTe uint64) ([]*agreement.Lock, error) {
	var out []*agreement.Lock
	for _, l := range s.All() {
		if l.Te >= fromTe {
			cp := *l
			out = append(out, &cp)
		}
	}
	return out, nil
}

// All returns every lock, in instance order.
func (s *MemStore) All() []*agreement.Lock {
	out := make([]*agreement.Lock, 0, len(s.locks))
	for _, l := range s.locks {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := lockKey(out[i].Te, out[i].Leader, out[i].Attempt), lockKey(out[j].Te, out[j].Leader, out[j].Attempt)
		return string(a[:]) < string(b[:])
	})
	return out
}
