// Package schedule is the leader schedule of SPEC 6 and the chain-time arithmetic of
// SPEC 2: period boundaries, the height from which a period is payable, the leader
// windows after it, the leader of a window and the keepers failed for that leader.
// Everything here is a pure function of its arguments.
//
// Definitions (SPEC 2, 6; seed 001 "选主过程"):
//
//   - Period boundaries are start + k·H for k ≥ 0. A period ending at te is payable
//     from height te + D on. The boundary te = start pays nothing (no interval ends
//     there), so LatestPayable only returns boundaries after start.
//   - The order for te sorts the active keepers ascending by
//     keccak256(abi.encodePacked(uint64 te, address keeper)) — te as 8 bytes
//     big-endian, then the 20-byte address — the contract's leaderOrder(te). Equal
//     keys (a keccak collision) are broken by registration index, so the order is
//     total.
//   - Window i (0-based) is the blocks [te + D + i·W, te + D + (i+1)·W); its leader is
//     order[i mod N]. Before te + D there is no window.
//   - The failed set of window i is the keepers whose windows ended before it: in the
//     first pass (i < N) order[0..i-1]; from the second pass on (i ≥ N) everyone but
//     the leader. The failed bitmap sets bit k for the keeper with registration index
//     k (SPEC 8: at most 256 keepers, so it fits in a uint256).
//
// Decision where SPEC is silent: window and height arithmetic that would overflow a
// uint64 is reported as "no window" rather than wrapping.
package schedule

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxKeepers is the most keepers a contract has (SPEC 8).
const MaxKeepers = 256

// Errors of New and Params.Validate.
var (
	ErrParams     = errors.New("schedule: invalid parameters")
	ErrNoKeepers  = errors.New("schedule: no keepers")
	ErrKeeperSet  = errors.New("schedule: invalid keeper set")
	ErrNotPayable = errors.New("schedule: not a payable period boundary")
)

// Keeper is an active keeper: its registration index and its account address.
type Keeper struct {
	Index   uint32
	Address common.Address
}

// SortKey returns keccak256(abi.encodePacked(uint64 te, address keeper)): 8-byte
// big-endian te followed by the 20-byte address (SPEC 6).
func SortKey(te uint64, keeper common.Address) [32]byte {
	var buf [8 + common.AddressLength]byte
	binary.BigEndian.PutUint64(buf[:8], te)
	copy(buf[8:], keeper[:])
	return crypto.Keccak256Hash(buf[:])
}

// Order returns the keepers sorted ascending by SortKey(te, address), ties (which
// need a keccak collision) broken by registration index. The input is not modified.
func Order(te uint64, keepers []Keeper) []Keeper {
	type keyed struct {
		k   Keeper
		key [32]byte
	}
	ks := make([]keyed, len(keepers))
	for i, k := range keepers {
		ks[i] = keyed{k, SortKey(te, k.Address)}
	}
	sort.Slice(ks, func(i, j int) bool {
		if c := bytes.Compare(ks[i].key[:], ks[j].key[:]); c != 0 {
			return c < 0
		}
		return ks[i].k.Index < ks[j].k.Index
	})
	out := make([]Keeper, len(ks))
	for i := range ks {
		out[i] = ks[i].k
	}
	return out
}

// Params are the chain-time parameters of one upkeeping contract (SPEC 2).
type Params struct {
	Start    uint64 // the contract's start block
	Period   uint64 // H: period length in blocks
	Finality uint64 // D: blocks after te before the period is payable
	Window   uint64 // W: blocks of one leader's turn
}

// Validate checks that H and W are positive.
func (p Params) Validate() error {
	if p.Period == 0 {
		return fmt.Errorf("%w: period H must be positive", ErrParams)
	}
	if p.Window == 0 {
		return fmt.Errorf("%w: window W must be positive", ErrParams)
	}
	return nil
}

// IsBoundary reports whether h is a period boundary start + k·H.
func (p Params) IsBoundary(h uint64) bool {
	return p.Period > 0 && h >= p.Start && (h-p.Start)%p.Period == 0
}

// PayableFrom returns te + D, the first height at which the period ending at te is
// payable (ok is false on overflow).
func (p Params) PayableFrom(te uint64) (uint64, bool) {
	if te > math.MaxUint64-p.Finality {
		return 0, false
	}
	return te + p.Finality, true
}

// LatestPayable returns the latest period boundary te > start that is payable at
// height h (te + D ≤ h); ok is false when there is none yet.
func (p Params) LatestPayable(h uint64) (te uint64, ok bool) {
	if p.Period == 0 || h < p.Finality {
		return 0, false
	}
	last := h - p.Finality // te ≤ last
	if last < p.Start+p.Period {
		return 0, false
	}
	k := (last - p.Start) / p.Period
	return p.Start + k*p.Period, true
}

// WindowStart returns te + D + i·W, the first block of window i (ok is false on
// overflow).
func (p Params) WindowStart(te, i uint64) (uint64, bool) {
	base, ok := p.PayableFrom(te)
	if !ok || p.Window == 0 {
		return 0, false
	}
	if i > (math.MaxUint64-base)/p.Window {
		return 0, false
	}
	return base + i*p.Window, true
}

// WindowAt returns the index of the window of the period ending at te that contains
// height h; ok is false before te + D.
func (p Params) WindowAt(te, h uint64) (i uint64, ok bool) {
	base, ok := p.PayableFrom(te)
	if !ok || p.Window == 0 || h < base {
		return 0, false
	}
	return (h - base) / p.Window, true
}

// Schedule is the leader order for one period end.
type Schedule struct {
	Params Params
	Te     uint64
	Order  []Keeper // ascending by SortKey(Te, address)
	pos    map[uint32]int
}

// New returns the schedule of the period ending at te among keepers (the active
// keepers, in any order). te must be a payable boundary (te > start); indices and
// addresses must be distinct and indices below MaxKeepers.
func New(p Params, te uint64, keepers []Keeper) (*Schedule, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if !p.IsBoundary(te) || te == p.Start {
		return nil, fmt.Errorf("%w: %d", ErrNotPayable, te)
	}
	if len(keepers) == 0 {
		return nil, ErrNoKeepers
	}
	if len(keepers) > MaxKeepers {
		return nil, fmt.Errorf("%w: %d keepers, at most %d", ErrKeeperSet, len(keepers), MaxKeepers)
	}
	addrs := make(map[common.Address]bool, len(keepers))
	s := &Schedule{Params: p, Te: te, Order: Order(te, keepers), pos: make(map[uint32]int, len(keepers))}
	for i, k := range s.Order {
		if k.Index >= MaxKeepers {
			return nil, fmt.Errorf("%w: index %d", ErrKeeperSet, k.Index)
		}
		if _, dup := s.pos[k.Index]; dup {
			return nil, fmt.Errorf("%w: index %d twice", ErrKeeperSet, k.Index)
		}
		if addrs[k.Address] {
			return nil, fmt.Errorf("%w: address %s twice", ErrKeeperSet, k.Address)
		}
		addrs[k.Address] = true
		s.pos[k.Index] = i
	}
	return s, nil
}

// N returns the number of keepers.
func (s *Schedule) N() int { return len(s.Order) }

// Leader returns the leader of window i: Order[i mod N].
func (s *Schedule) Leader(i uint64) Keeper {
	return s.Order[i%uint64(len(s.Order))]
}

// Position returns the keeper's position in the order (its first window).
func (s *Schedule) Position(index uint32) (int, bool) {
	p, ok := s.pos[index]
	return p, ok
}

// WindowAt returns the window containing height h and its leader; ok is false before
// te + D.
func (s *Schedule) WindowAt(h uint64) (i uint64, leader Keeper, ok bool) {
	i, ok = s.Params.WindowAt(s.Te, h)
	if !ok {
		return 0, Keeper{}, false
	}
	return i, s.Leader(i), true
}

// Window returns the blocks [from, to) of window i (ok is false on overflow).
func (s *Schedule) Window(i uint64) (from, to uint64, ok bool) {
	from, ok = s.Params.WindowStart(s.Te, i)
	if !ok {
		return 0, 0, false
	}
	to, ok = s.Params.WindowStart(s.Te, i+1)
	return from, to, ok
}

// Failed returns the keepers failed for the leader of window i, in schedule order:
// order[0..i-1] in the first pass, everyone but the leader from the second pass on.
func (s *Schedule) Failed(i uint64) []Keeper {
	n := uint64(len(s.Order))
	if i < n {
		return append([]Keeper(nil), s.Order[:i]...)
	}
	lead := i % n
	out := make([]Keeper, 0, n-1)
	for j, k := range s.Order {
		if uint64(j) != lead {
			out = append(out, k)
		}
	}
	return out
}

// FailedBitmap returns the failed set of window i as a bitmap over registration
// indices (bit k set for the keeper with index k).
func (s *Schedule) FailedBitmap(i uint64) *big.Int {
	b := new(big.Int)
	for _, k := range s.Failed(i) {
		b.SetBit(b, int(k.Index), 1)
	}
	return b
}
