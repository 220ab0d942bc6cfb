package payer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// VoteStore is agreement.VoteStore in the node's badger database (package store,
// whose every write is synchronous: a lock is on disk when Put returns).
//
// Key: ContractKey(contract, KindVote, uint64 te, uint32 leader, uint32 attempt),
// big-endian, so that the locks of (te, leader) iterate in attempt order, followed
// by uint32 part for a part > 0 (SPEC 8.1 "Large groups": each part is its own
// instance; a part-0 lock keeps the key it had before parts, so a keeper's stored
// locks stay valid across the upgrade). Value: version (1) ‖ digest (32) ‖ leader
// signature (96) ‖ report encoding.
type VoteStore struct {
	db       *store.DB
	contract common.Address
}

// NewVoteStore returns the vote store of one contract.
func NewVoteStore(db *store.DB, contract common.Address) *VoteStore {
	return &VoteStore{db: db, contract: contract}
}

const voteVersion = 1

func (s *VoteStore) prefix(te uint64, leader uint32) []byte {
	return store.ContractKey(s.contract, store.KindVote, store.U64(te), store.U32(leader))
}

func (s *VoteStore) key(te uint64, part, leader, attempt uint32) []byte {
	k := store.ContractKey(s.contract, store.KindVote, store.U64(te), store.U32(leader), store.U32(attempt))
	if part != 0 {
		k = append(k, store.U32(part)...)
	}
	return k
}

func encodeLock(l *agreement.Lock) []byte {
	b := make([]byte, 0, 1+32+wire.SigSize+len(l.Report))
	b = append(b, voteVersion)
	b = append(b, l.Digest[:]...)
	b = append(b, l.LeaderSig[:]...)
	return append(b, l.Report...)
}

// ErrCorruptVote is returned for a stored lock that does not decode.
var ErrCorruptVote = errors.New("payer: corrupt stored vote")

func decodeLock(te uint64, part, leader, attempt uint32, b []byte) (*agreement.Lock, error) {
	if len(b) < 1+32+wire.SigSize || b[0] != voteVersion {
		return nil, fmt.Errorf("%w: %d bytes", ErrCorruptVote, len(b))
	}
	l := &agreement.Lock{Te: te, Part: part, Leader: leader, Attempt: attempt}
	copy(l.Digest[:], b[1:33])
	copy(l.LeaderSig[:], b[33:33+wire.SigSize])
	l.Report = append([]byte(nil), b[33+wire.SigSize:]...)
	return l, nil
}

// Get returns the lock of (te, part 0, leader, attempt), or nil, nil.
func (s *VoteStore) Get(te uint64, leader, attempt uint32) (*agreement.Lock, error) {
	return s.GetPart(te, 0, leader, attempt)
}

// GetPart returns the lock of (te, part, leader, attempt), or nil, nil.
func (s *VoteStore) GetPart(te uint64, part, leader, attempt uint32) (*agreement.Lock, error) {
	b, err := s.db.Get(s.key(te, part, leader, attempt))
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return decodeLock(te, part, leader, attempt, b)
}

// Put stores l durably; the same digest again is a no-op, another digest for the
// same instance fails with agreement.ErrLockConflict, and an instance below the vote
// floor (Prune) with ErrVoteFloor. Read and write are one badger
// transaction, so two concurrent Puts cannot both succeed with different digests.
func (s *VoteStore) Put(l *agreement.Lock) error {
	k := s.key(l.Te, l.Part, l.Leader, l.Attempt)
	return s.db.Update(func(t *store.Txn) error {
		floor, err := readFloor(t, s.floorKey())
		if err != nil {
			return err
		}
		if l.Te < floor {
			return fmt.Errorf("%w: te %d, floor %d", ErrVoteFloor, l.Te, floor)
		}
		old, err := t.Get(k)
		switch {
		case err == nil:
			prev, err := decodeLock(l.Te, l.Part, l.Leader, l.Attempt, old)
			if err != nil {
				return err
			}
			if prev.Digest != l.Digest {
				return fmt.Errorf("%w: te %d part %d leader %d attempt %d", agreement.ErrLockConflict, l.Te, l.Part, l.Leader, l.Attempt)
			}
			return nil
		case !errors.Is(err, store.ErrNotFound):
			return err
		}
		return t.Put(k, encodeLock(l))
	})
}

// LastAttempt returns the highest attempt locked for (te, part 0, leader).
func (s *VoteStore) LastAttempt(te uint64, leader uint32) (uint32, bool, error) {
	p := s.prefix(te, leader)
	var last uint32
	found := false
	err := s.db.IterateKeys(p, func(k []byte) error {
		if len(k) == len(p)+8 {
			return nil // a part > 0
		}
		if len(k) != len(p)+4 {
			return fmt.Errorf("%w: key %x", ErrCorruptVote, k)
		}
		last, found = binary.BigEndian.Uint32(k[len(p):]), true
		return nil
	})
	return last, found, err
}

// Locks returns every lock stored with te ≥ fromTe, of every part, in (te, leader,
// attempt, part) order (agreement.Config.Locks at start; each part's Node keeps its
// own).
func (s *VoteStore) Locks(fromTe uint64) ([]*agreement.Lock, error) {
	p := store.ContractKey(s.contract, store.KindVote)
	var out []*agreement.Lock
	err := s.db.IterateFrom(p, append(append([]byte(nil), p...), store.U64(fromTe)...), func(k, v []byte) error {
		if len(k) != len(p)+16 && len(k) != len(p)+20 {
			return fmt.Errorf("%w: key %x", ErrCorruptVote, k)
		}
		rest := k[len(p):]
		part := uint32(0)
		if len(rest) == 20 {
			if part = binary.BigEndian.Uint32(rest[16:]); part == 0 {
				return fmt.Errorf("%w: key %x: part 0 with a part suffix", ErrCorruptVote, k)
			}
		}
		l, err := decodeLock(binary.BigEndian.Uint64(rest), part, binary.BigEndian.Uint32(rest[8:]), binary.BigEndian.Uint32(rest[12:]), v)
		if err != nil {
			return err
		}
		out = append(out, l)
		return nil
	})
	return out, err
}

// ErrVoteFloor is returned by Put for an instance whose te is below the vote floor:
// its locks may have been pruned, so this keeper no longer votes in it (a vote
// without its lock could equivocate).
var ErrVoteFloor = errors.New("payer: instance below the vote floor (pruned)")

func (s *VoteStore) floorKey() []byte {
	return store.ContractKey(s.contract, store.KindPruned, []byte{'v'})
}

func readFloor(t *store.Txn, k []byte) (uint64, error) {
	v, err := t.Get(k)
	if errors.Is(err, store.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("%w: floor %x", ErrCorruptVote, v)
	}
	return binary.BigEndian.Uint64(v), nil
}

// Floor returns the vote floor: no instance with te below it is voted in (Put
// refuses) and its locks may be gone.
func (s *VoteStore) Floor() (uint64, error) {
	var f uint64
	err := s.db.View(func(t *store.Txn) error {
		var err error
		f, err = readFloor(t, s.floorKey())
		return err
	})
	return f, err
}

// Prune raises the vote floor to te (never lowers it) and then deletes every lock
// of an instance below it; it returns the number of locks deleted. The floor and
// Put's check are read in the same kind of transaction, so a lock written after the
// floor rose is refused rather than left behind. The rule choosing te is keeper/prune's.
func (s *VoteStore) Prune(te uint64) (int, error) {
	fk := s.floorKey()
	var floor uint64
	if err := s.db.Update(func(t *store.Txn) error {
		old, err := readFloor(t, fk)
		if err != nil {
			return err
		}
		floor = max(old, te)
		if floor == old {
			return nil
		}
		return t.Put(fk, store.U64(floor))
	}); err != nil {
		return 0, err
	}
	prefix := store.ContractKey(s.contract, store.KindVote)
	return s.db.DeleteRange(prefix, prefix, append(bytes.Clone(prefix), store.U64(floor)...), nil, nil)
}
