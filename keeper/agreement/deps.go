package agreement

import (
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// Keeper is one active member of the keeper group, as the contract registered it.
type Keeper struct {
	Index     uint32         // registration index (SPEC 8)
	Address   common.Address // account (SPEC 6 sort key)
	PublicKey []byte         // 48-byte compressed BLS key; its proof of possession was checked at registration (SPEC 5)
}

// ChainView is the keeper's view of the upkeeping contract (SPEC 2, 8). The core
// reads it synchronously on every Observe and Propose, so it must answer from
// memory: the driver keeps a snapshot of the contract, refreshed off the core's
// loop once per new head (keeper/payer.View), and the core never waits on the chain.
//
// Contract: answers change only when the snapshot does; Keepers returns the active
// keepers with distinct indices and addresses; LastPaid returns the provider's
// lastPaid (ok false for an unknown provider); no call blocks.
type ChainView interface {
	Keepers() ([]Keeper, error)
	Providers() ([]uint32, error)
	LastPaid(provider uint32) (ts uint64, ok bool, err error)
}

// Observer is the keeper's local data: the challenge records it holds and the
// space-time integral over them (SPEC 3, 4). The core never calls it: it asks for
// this work as Ready.Jobs, which the driver runs against its Observer off the
// core's loop (RunJob) and answers with Advance.
//
// Contract: SpaceTime is a pure function of the records held (the same answer until
// a merge); record sets are opaque bytes that only the Observer interprets;
// ExportRecords returns this keeper's records of the provider as one or more sets
// of at most limit bytes each, every one checkable and mergeable on its own (the
// pieces of round 4's chunks); CheckRecords validates a piece of another keeper's
// records (its records' signatures, that they are for this provider and interval)
// without storing it — records it cannot check yet (an order it lacks and cannot
// fetch) it leaves out, and says so in its log, rather than refusing the piece;
// MergeRecords adds the records of the given sets (all previously checked) to the
// local store, the left-out ones excepted.
type Observer interface {
	SpaceTime(provider uint32, ts, te uint64) (*big.Int, error)
	ExportRecords(provider uint32, ts, te uint64, limit int) ([][]byte, error)
	CheckRecords(from uint32, provider uint32, ts, te uint64, set []byte) error
	MergeRecords(provider uint32, ts, te uint64, sets [][]byte) error
}

// Lock is what a keeper has committed to for one instance (te, part, leader,
// attempt): the only report it will ever sign for it.
type Lock struct {
	Te        uint64
	Part      uint32 // the report's part (Config.Part)
	Leader    uint32
	Attempt   uint32
	Digest    [32]byte           // report digest (SPEC 8)
	Report    []byte             // the report's SPEC 8 encoding
	LeaderSig [wire.SigSize]byte // the leader's signature on Digest (for evidence)
}

// ErrLockConflict is returned by VoteStore.Put for a different digest than the one
// stored for the same instance.
var ErrLockConflict = errors.New("agreement: instance already locked on another report")

// VoteStore is the keeper's durable record of its locks (SPEC 7 safety rule: "the
// vote is written to disk before it is sent, and survives a crash"). The core never
// calls it: it returns each new lock in Ready.Locks, the driver writes it (WriteLock,
// off the core's loop) and reports the write with Advance; nothing that depends on
// the lock (the echo and the vote of a keeper, a leader's Propose) leaves the core
// before that. At start the driver hands the core the locks it holds (Config.Locks,
// from Locks(RestoreFrom(...))).
//
// Contract: Put returns only once the lock is durable (fsync'd); a second Put for
// the same (te, part, leader, attempt) with the same digest succeeds and changes nothing,
// with a different digest fails with ErrLockConflict. Locks returns every lock with
// te ≥ fromTe.
type VoteStore interface {
	Put(l *Lock) error
	Locks(fromTe uint64) ([]*Lock, error)
}

// Keyring signs with the keeper's BLS key, which it never exposes (SPEC 5).
// Sign's message is always a 32-byte domain-separated digest.
type Keyring interface {
	PublicKey() []byte
	Sign(digest [32]byte) [wire.SigSize]byte
}

// SigGroup is a set of signatures by PKs, all on Msg: one per key (Sigs), or
// their aggregate (Agg, set instead of Sigs).
type SigGroup struct {
	PKs  [][]byte
	Msg  [32]byte
	Sigs [][wire.SigSize]byte
	Agg  *[wire.SigSize]byte
}

// Verifier is the signature arithmetic the core needs: keeper/agreement/blscrypto
// over BLS; simulation tests may use a cheaper stand-in with the same contract.
//
// Contract: Verify checks one signature. VerifyGroups reports whether every group
// verifies as an aggregate — the sum of its signatures (or its Agg) against the sum
// of its keys, FastAggregateVerify, the keys having proofs of possession — all
// groups in one batch; false says only that some group does not. AggregateVerify
// sums one group's signatures, checks the sum once, and returns it. Aggregate sums
// signatures.
type Verifier interface {
	Verify(pk []byte, msg [32]byte, sig [wire.SigSize]byte) bool
	VerifyGroups(groups []SigGroup) bool
	AggregateVerify(g SigGroup) ([wire.SigSize]byte, bool)
	Aggregate(sigs [][wire.SigSize]byte) ([wire.SigSize]byte, error)
}
