package settle

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
)

// StateTag prefixes the state root.
const StateTag = "whitepay/state/v1"

// AccountBalance is what an account has been credited in total.
type AccountBalance struct {
	Account  common.Address
	Credited *big.Int
}

// ComputeRoot returns the state root of SPEC 9 (see the package doc):
//
//	keccak256("whitepay/state/v1" ‖ uint256 chainId ‖ contract ‖
//	          uint32 P ‖ P × uint64 lastPaid[i]            (provider index order) ‖
//	          uint32 A ‖ A × (account ‖ uint256 credited)   (ascending account))
//
// balances must be sorted by account, without repeats, and list every registered
// provider and keeper account.
func ComputeRoot(d domain.Domain, lastPaid []uint64, balances []AccountBalance) [32]byte {
	h := crypto.NewKeccakState()
	h.Write([]byte(StateTag))
	h.Write(word(d.ChainID))
	h.Write(d.Contract[:])
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(lastPaid)))
	h.Write(n[:])
	var u [8]byte
	for _, v := range lastPaid {
		binary.BigEndian.PutUint64(u[:], v)
		h.Write(u[:])
	}
	binary.BigEndian.PutUint32(n[:], uint32(len(balances)))
	h.Write(n[:])
	for _, b := range balances {
		h.Write(b.Account[:])
		h.Write(word(b.Credited))
	}
	var out [32]byte
	h.Read(out[:])
	return out
}

// orderEntry is one order of the ledger's order table.
type orderEntry struct {
	Order    challenge.Order
	ID       [32]byte
	Provider uint32 // index of the order's provider
}

// TailRecord identifies a record the last batch paying a provider carried near its
// te, which the next batch paying that provider must carry again (see Check): its
// height, keeper and RecordID.
type TailRecord struct {
	Height uint64
	Keeper uint8
	ID     [32]byte
}

// RecordID identifies a record with everything its verification depends on:
//
//	keccak256(u8 keeper ‖ u32 provider ‖ u64 height ‖ u8 result ‖ uint256 space ‖
//	          proofDigest ‖ u8 len(providerSig) ‖ providerSig ‖ keeperSig ‖
//	          ordersRoot of its order set ‖ block hash of its height)
//
// Two records with the same id verify alike, so a record a batch carries again
// (the carry-in of SPEC 4) is verified once.
func RecordID(provider uint32, r *Record, ordersRoot, blockHash [32]byte) [32]byte {
	h := crypto.NewKeccakState()
	var buf [1 + 4 + 8 + 1]byte
	buf[0] = r.Keeper
	binary.BigEndian.PutUint32(buf[1:], provider)
	binary.BigEndian.PutUint64(buf[5:], r.Height)
	buf[13] = byte(r.Result)
	h.Write(buf[:])
	h.Write(word(r.Space))
	h.Write(r.ProofDigest[:])
	h.Write([]byte{byte(len(r.ProviderSig))})
	h.Write(r.ProviderSig)
	h.Write(r.KeeperSig[:])
	h.Write(ordersRoot[:])
	h.Write(blockHash[:])
	var out [32]byte
	h.Read(out[:])
	return out
}

// Head is the ledger's head: the last batch applied.
type Head struct {
	Seq       uint64   `json:"seq"`
	Hash      [32]byte `json:"-"`
	StateRoot [32]byte `json:"-"`
	Te        uint64   `json:"te"`
	PayBlock  uint64   `json:"payBlock"`
	Empty     bool     `json:"empty"`
}

// State is the replayed state of one contract's ledger: a deterministic state
// machine with no I/O (etcd-raft style). Check validates a batch against it and
// returns its Effects without changing it; Apply commits them. Keepers (to build and
// publish batches) and the detector (to check them) run the same code.
type State struct {
	domain   domain.Domain
	next     uint64
	head     [32]byte
	root     [32]byte
	te       uint64
	payBlock uint64

	group    *Group
	keys     []*bls.PublicKey // parsed keeper keys, by index (nil until a verifying Check)
	accounts []common.Address // every registered account, ascending

	orders   []orderEntry
	orderIdx map[[32]byte]uint32

	lastPaid []uint64
	credited map[common.Address]*big.Int
	tail     map[uint32][]TailRecord
	payTxs   map[common.Hash]uint64
}

// NewState returns the state before batch 0 of the ledger of contract d.
func NewState(d domain.Domain) *State {
	return &State{
		domain:   d,
		orderIdx: map[[32]byte]uint32{},
		credited: map[common.Address]*big.Int{},
		tail:     map[uint32][]TailRecord{},
		payTxs:   map[common.Hash]uint64{},
	}
}

// Domain returns the ledger's chain and contract.
func (s *State) Domain() domain.Domain { return s.domain }

// Next returns the seq of the next batch.
func (s *State) Next() uint64 { return s.next }

// Head returns the last batch applied.
func (s *State) Head() Head {
	if s.next == 0 {
		return Head{Empty: true}
	}
	return Head{Seq: s.next - 1, Hash: s.head, StateRoot: s.root, Te: s.te, PayBlock: s.payBlock}
}

// Group returns the current group (nil before batch 0). Do not modify it.
func (s *State) Group() *Group { return s.group }

// LastPaid returns provider p's lastPaid after the last batch (ok false for an
// unknown provider).
func (s *State) LastPaid(p uint32) (uint64, bool) {
	if int(p) >= len(s.lastPaid) {
		return 0, false
	}
	return s.lastPaid[p], true
}

// LastPaidAll returns every provider's lastPaid, by index.
func (s *State) LastPaidAll() []uint64 { return slices.Clone(s.lastPaid) }

// Balances returns every registered account's credited total, ascending by account.
func (s *State) Balances() []AccountBalance {
	out := make([]AccountBalance, len(s.accounts))
	for i, a := range s.accounts {
		v := s.credited[a]
		if v == nil {
			v = new(big.Int)
		}
		out[i] = AccountBalance{a, new(big.Int).Set(v)}
	}
	return out
}

// PayTxSeq returns the batch that carries the pay transaction tx.
func (s *State) PayTxSeq(tx common.Hash) (uint64, bool) {
	seq, ok := s.payTxs[tx]
	return seq, ok
}

// NumOrders returns the size of the ledger's order table.
func (s *State) NumOrders() int { return len(s.orders) }

// HasOrder reports whether the ledger carried the order with this id.
func (s *State) HasOrder(id [32]byte) bool { _, ok := s.orderIdx[id]; return ok }

// OrderIndex returns the order-table index of the order with this id.
func (s *State) OrderIndex(id [32]byte) (uint32, bool) { i, ok := s.orderIdx[id]; return i, ok }

// Tail returns the tail records of provider p (see TailRecord).
func (s *State) Tail(p uint32) []TailRecord { return slices.Clone(s.tail[p]) }

// Root computes the state root of the current state.
func (s *State) Root() [32]byte { return ComputeRoot(s.domain, s.lastPaid, s.Balances()) }

// sortedAccounts lists, ascending, the accounts of earlier groups (prev) and of g's
// keepers and providers: once paid, an account stays in the state root (a keeper of
// an earlier epoch keeps what it was credited).
func sortedAccounts(g *Group, prev []common.Address) []common.Address {
	seen := make(map[common.Address]bool, len(g.Keepers)+len(g.Providers)+len(prev))
	var out []common.Address
	for _, a := range prev {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	for _, k := range g.Keepers {
		if !seen[k.Account] {
			seen[k.Account] = true
			out = append(out, k.Account)
		}
	}
	for _, p := range g.Providers {
		if !seen[p.Account] {
			seen[p.Account] = true
			out = append(out, p.Account)
		}
	}
	slices.SortFunc(out, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return out
}

// Effects are what one checked batch changes; State.Apply commits them. The
// payment figures are exported for comparison with the chain's events.
type Effects struct {
	Batch *Batch
	Hash  [32]byte
	Root  [32]byte // the state root after the batch

	Amounts     []*big.Int // per entry: st × price
	Shares      []*big.Int // per entry: the provider's share
	Total       *big.Int   // Σ amounts
	LeaderBonus *big.Int
	KeeperShare *big.Int   // credited to each active keeper not failed
	Remainder   *big.Int   // of the equal split, credited to the first entry's provider
	RecordSt    []*big.Int // per entry: the space-time recomputed from the records (nil without records check)

	group    *Group // the group after the batch (b.Group or the current one)
	keys     []*bls.PublicKey
	accounts []common.Address
	orders   []orderEntry
	lastPaid []uint64
	credits  map[common.Address]*big.Int // new totals of the accounts credited
	tails    map[uint32][]TailRecord
	newEpoch bool // the batch's group is another epoch's: earlier tails are dropped
}

// Apply commits the effects of a batch that Check accepted against this state (and
// nothing was applied in between).
func (s *State) Apply(e *Effects) {
	b := e.Batch
	s.group = e.group
	if e.keys != nil {
		s.keys = e.keys
	}
	s.accounts = e.accounts
	for _, o := range e.orders {
		s.orderIdx[o.ID] = uint32(len(s.orders))
		s.orders = append(s.orders, o)
	}
	s.lastPaid = e.lastPaid
	for a, v := range e.credits {
		s.credited[a] = v
	}
	if e.newEpoch {
		clear(s.tail)
	}
	for p, t := range e.tails {
		s.tail[p] = t
	}
	s.payTxs[b.PayTx] = b.Seq
	s.next = b.Seq + 1
	s.head = e.Hash
	s.root = e.Root
	s.te = b.Te
	s.payBlock = b.PayBlock
}

// Group returns the group after the batch.
func (e *Effects) Group() *Group { return e.group }

// LastPaid returns every provider's lastPaid after the batch.
func (e *Effects) LastPaid() []uint64 { return slices.Clone(e.lastPaid) }

// BalancesAfter returns every registered account's credited total after the batch
// whose effects e are (checked against s), ascending by account.
func (s *State) BalancesAfter(e *Effects) []AccountBalance {
	bs := s.balancesAfter(e)
	out := make([]AccountBalance, len(bs))
	for i, b := range bs {
		out[i] = AccountBalance{b.Account, new(big.Int).Set(b.Credited)}
	}
	return out
}
