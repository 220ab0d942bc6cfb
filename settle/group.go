package settle

import (
	"bytes"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
)

// Keeper statuses within the group of a report's epoch (docs/contracts.md):
// active keepers count in N and share the report; a keeper slashed during the epoch
// (noShare) still counts in N and may sign but gets no share; a removed member is no
// keeper of the epoch (out of N, q, signers and leader, no share).
const (
	KeeperActive  uint8 = 1
	KeeperRemoved uint8 = 2
	KeeperNoShare uint8 = 3
)

// Limits of a group.
const (
	MaxKeepers   = 256
	MaxProviders = 1 << 16
)

// GroupKeeper is one member of the group in force for the report's interval, at its
// position (its index in the report's bitmaps): its account, its BLS public key (48
// bytes compressed), the proof of possession the registry checked (96 bytes
// compressed, on bls.PopMessage in the registry's domain), and its status.
type GroupKeeper struct {
	Account common.Address
	PubKey  [48]byte
	PoP     [96]byte
	Status  uint8
}

// GroupProvider is one registered provider: its account, its price for the report's
// entry (token base units per byte·block × 1e18, below 2^96: the terms in force for
// its interval, SPEC 8.1) and Since, the lastPaid the contract gave it at
// registration (the ProviderAdded event).
type GroupProvider struct {
	Account common.Address
	Price   *big.Int
	Since   uint64
}

// Group is everything the replay of a ledger needs besides the batches: the
// contract's parameters, the keeper group of the epoch in force for the report's
// interval and the providers with the terms of their entries (SPEC 2, 8, 8.1), and
// the two off-chain parameters every keeper of the contract shares (the challenge
// sizes m, c of SPEC 3 and the tolerance τ of SPEC 7). Batch 0 carries the group, and
// so does every batch after which it changed, so the ledger is self-contained: a
// detector without a chain replays it from the group in batch 0.
type Group struct {
	Owner            common.Address // the user: orders must carry its signature
	Token            common.Address // zero: native ether
	Registry         common.Address // the keeper registry: proofs of possession bind it
	GroupID          uint32         // the registry group of the epoch
	EpochFrom        uint64         // the epoch's first block (a boundary)
	Start            uint64
	Period           uint64 // H
	Finality         uint64 // D
	Window           uint64 // W
	Stale            uint64 // G
	ProviderShareBps uint16
	LeaderBonusBps   uint16
	Pieces           uint8  // m
	Leaves           uint8  // c
	TolNum           uint32 // τ = TolNum / TolDen
	TolDen           uint32
	Keepers          []GroupKeeper   // by position in the epoch's group
	Providers        []GroupProvider // by registration index
}

// Validate checks the group's own consistency (not against a chain).
func (g *Group) Validate() error {
	switch {
	case g.Period == 0:
		return fmt.Errorf("%w: group: period is zero", ErrInvalid)
	case g.Window == 0:
		return fmt.Errorf("%w: group: window is zero", ErrInvalid)
	case uint32(g.ProviderShareBps)+uint32(g.LeaderBonusBps) > 10000:
		return fmt.Errorf("%w: group: shares exceed 10000 bps", ErrInvalid)
	case g.Pieces < 1 || g.Pieces > 16 || g.Leaves < 1 || g.Leaves > 16:
		return fmt.Errorf("%w: group: challenge sizes m=%d c=%d", ErrInvalid, g.Pieces, g.Leaves)
	case g.TolDen == 0 || g.TolNum >= g.TolDen:
		return fmt.Errorf("%w: group: tolerance %d/%d", ErrInvalid, g.TolNum, g.TolDen)
	case len(g.Keepers) == 0 || len(g.Keepers) > MaxKeepers:
		return fmt.Errorf("%w: group: %d keepers", ErrInvalid, len(g.Keepers))
	case len(g.Providers) > MaxProviders:
		return fmt.Errorf("%w: group: %d providers", ErrInvalid, len(g.Providers))
	case g.EpochFrom < g.Start:
		return fmt.Errorf("%w: group: epoch starts before the contract", ErrInvalid)
	}
	accounts := make(map[common.Address]bool, len(g.Keepers))
	keys := make(map[[48]byte]bool, len(g.Keepers))
	for i, k := range g.Keepers {
		if k.Status < KeeperActive || k.Status > KeeperNoShare {
			return fmt.Errorf("%w: group: keeper %d status %d", ErrInvalid, i, k.Status)
		}
		if k.Account == (common.Address{}) || accounts[k.Account] || keys[k.PubKey] {
			return fmt.Errorf("%w: group: keeper %d repeats an account or key", ErrInvalid, i)
		}
		accounts[k.Account], keys[k.PubKey] = true, true
	}
	provs := make(map[common.Address]bool, len(g.Providers))
	for i, p := range g.Providers {
		if p.Account == (common.Address{}) || provs[p.Account] {
			return fmt.Errorf("%w: group: provider %d repeats an account", ErrInvalid, i)
		}
		if p.Price == nil || p.Price.Sign() < 0 || p.Price.BitLen() > 96 {
			return fmt.Errorf("%w: group: provider %d price out of range", ErrInvalid, i)
		}
		provs[p.Account] = true
	}
	return nil
}

// Counts reports whether a keeper counts in the epoch (active or slashed: not
// removed): its records and observations count, it may sign and lead.
func (k GroupKeeper) Counts() bool { return k.Status == KeeperActive || k.Status == KeeperNoShare }

// Active returns the bitmap of the epoch's keepers (members not removed) and their
// number N.
func (g *Group) Active() (*big.Int, int) {
	bm, n := new(big.Int), 0
	for i, k := range g.Keepers {
		if k.Counts() {
			bm.SetBit(bm, i, 1)
			n++
		}
	}
	return bm, n
}

// Quorum returns q = ⌊2N/3⌋+1 and f = ⌊(N−1)/3⌋ over the active keepers (SPEC 7).
func Quorum(n int) (q, f int) { return 2*n/3 + 1, (n - 1) / 3 }

// CheckTransition checks that next is a possible later state of g on the contract:
// the parameters but the owner are immutable; providers are only appended and a
// provider's account and Since never change (its price may); within one epoch (same
// registry group and start) the members never change and a status only goes from
// active to slashed (noShare); a new epoch (a scheduled group change, or a slashed
// keeper's removal) may bring any group, and it never starts earlier.
func (g *Group) CheckTransition(next *Group) error {
	if g.Token != next.Token || g.Registry != next.Registry || g.Start != next.Start || g.Period != next.Period || g.Finality != next.Finality ||
		g.Window != next.Window || g.Stale != next.Stale || g.ProviderShareBps != next.ProviderShareBps ||
		g.LeaderBonusBps != next.LeaderBonusBps || g.Pieces != next.Pieces || g.Leaves != next.Leaves ||
		g.TolNum != next.TolNum || g.TolDen != next.TolDen {
		return fmt.Errorf("%w: group update changes an immutable parameter", ErrInvalid)
	}
	if len(next.Providers) < len(g.Providers) {
		return fmt.Errorf("%w: group update drops providers", ErrInvalid)
	}
	if next.EpochFrom < g.EpochFrom {
		return fmt.Errorf("%w: group update goes back to an earlier epoch", ErrInvalid)
	}
	if next.EpochFrom == g.EpochFrom {
		if next.GroupID != g.GroupID || len(next.Keepers) != len(g.Keepers) {
			return fmt.Errorf("%w: group update changes the members within an epoch", ErrInvalid)
		}
		for i, k := range g.Keepers {
			n := next.Keepers[i]
			if n.Account != k.Account || n.PubKey != k.PubKey || n.PoP != k.PoP {
				return fmt.Errorf("%w: group update changes keeper %d", ErrInvalid, i)
			}
			if n.Status != k.Status && !(k.Status == KeeperActive && n.Status == KeeperNoShare) {
				return fmt.Errorf("%w: group update moves keeper %d from status %d to %d", ErrInvalid, i, k.Status, n.Status)
			}
		}
	}
	for i, p := range g.Providers {
		n := next.Providers[i]
		if n.Account != p.Account || n.Since != p.Since {
			return fmt.Errorf("%w: group update changes provider %d", ErrInvalid, i)
		}
	}
	return nil
}

// Equal reports whether two groups are the same.
func (g *Group) Equal(o *Group) bool {
	if g == nil || o == nil {
		return g == o
	}
	return bytes.Equal(g.encode(nil), o.encode(nil))
}

// Clone returns a deep copy.
func (g *Group) Clone() *Group {
	c := *g
	c.Keepers = slices.Clone(g.Keepers)
	c.Providers = slices.Clone(g.Providers)
	for i := range c.Providers {
		c.Providers[i].Price = new(big.Int).Set(g.Providers[i].Price)
	}
	return &c
}

// KeeperIndex returns the position of every member's account.
func (g *Group) KeeperIndex() map[common.Address]uint32 {
	m := make(map[common.Address]uint32, len(g.Keepers))
	for i, k := range g.Keepers {
		m[k.Account] = uint32(i)
	}
	return m
}

// VerifyPossessions checks every member's proof of possession (SPEC 5) in the
// registry's domain on the chain of d: what the registry checked at registration,
// rechecked by a detector that has no chain, so that no rogue key enters an
// aggregate. It returns the parsed keys; the members before `from` are taken as
// checked.
func (g *Group) VerifyPossessions(d domain.Domain, from int) ([]*bls.PublicKey, error) {
	d = domain.Domain{ChainID: d.ChainID, Contract: g.Registry}
	keys := make([]*bls.PublicKey, len(g.Keepers))
	for i, k := range g.Keepers {
		pk, err := bls.PublicKeyFromBytes(bytes.Clone(k.PubKey[:]))
		if err != nil {
			return nil, fmt.Errorf("keeper %d public key: %w", i, err)
		}
		keys[i] = pk
		if i < from {
			continue
		}
		pop, err := bls.SignatureFromBytes(bytes.Clone(k.PoP[:]))
		if err != nil || !bls.VerifyPossession(d, k.Account, pk, pop) {
			return nil, fmt.Errorf("keeper %d (%s): invalid proof of possession", i, k.Account)
		}
	}
	return keys, nil
}

// encode appends the group:
//
//	owner ‖ token ‖ registry ‖ groupId u32 ‖ epochFrom u64 ‖ start u64 ‖ period u64 ‖
//	finality u64 ‖ window u64 ‖ stale u64 ‖ providerShareBps u16 ‖ leaderBonusBps u16 ‖
//	m u8 ‖ c u8 ‖ τnum u32 ‖ τden u32 ‖
//	u16 nKeepers ‖ nKeepers × (account ‖ pubkey[48] ‖ pop[96] ‖ status u8) ‖
//	u32 nProviders ‖ nProviders × (account ‖ big price ‖ since u64)
func (g *Group) encode(b []byte) []byte {
	w := &writer{b: b}
	w.addr(g.Owner)
	w.addr(g.Token)
	w.addr(g.Registry)
	w.u32(g.GroupID)
	w.u64(g.EpochFrom)
	w.u64(g.Start)
	w.u64(g.Period)
	w.u64(g.Finality)
	w.u64(g.Window)
	w.u64(g.Stale)
	w.u16(g.ProviderShareBps)
	w.u16(g.LeaderBonusBps)
	w.u8(g.Pieces)
	w.u8(g.Leaves)
	w.u32(g.TolNum)
	w.u32(g.TolDen)
	w.u16(uint16(len(g.Keepers)))
	for _, k := range g.Keepers {
		w.addr(k.Account)
		w.raw(k.PubKey[:])
		w.raw(k.PoP[:])
		w.u8(k.Status)
	}
	w.u32(uint32(len(g.Providers)))
	for _, p := range g.Providers {
		w.addr(p.Account)
		w.big(p.Price)
		w.u64(p.Since)
	}
	return w.b
}

const groupKeeperSize = 20 + 48 + 96 + 1
const groupProviderSize = 20 + 1 + 8

func decodeGroup(r *reader) *Group {
	g := &Group{}
	g.Owner = r.addr("owner")
	g.Token = r.addr("token")
	g.Registry = r.addr("registry")
	g.GroupID = r.u32("group id")
	g.EpochFrom = r.u64("epoch start")
	g.Start = r.u64("start")
	g.Period = r.u64("period")
	g.Finality = r.u64("finality")
	g.Window = r.u64("window")
	g.Stale = r.u64("stale")
	g.ProviderShareBps = r.u16("provider share")
	g.LeaderBonusBps = r.u16("leader bonus")
	g.Pieces = r.u8("pieces")
	g.Leaves = r.u8("leaves")
	g.TolNum = r.u32("tolerance numerator")
	g.TolDen = r.u32("tolerance denominator")
	nk := r.count(uint64(r.u16("keepers")), MaxKeepers, groupKeeperSize, "keepers")
	if r.err != nil {
		return nil
	}
	g.Keepers = make([]GroupKeeper, nk)
	for i := range g.Keepers {
		k := &g.Keepers[i]
		k.Account = r.addr("keeper account")
		r.fixed(k.PubKey[:], "keeper key")
		r.fixed(k.PoP[:], "keeper proof of possession")
		k.Status = r.u8("keeper status")
	}
	np := r.count(uint64(r.u32("providers")), MaxProviders, groupProviderSize, "providers")
	if r.err != nil {
		return nil
	}
	g.Providers = make([]GroupProvider, np)
	for i := range g.Providers {
		p := &g.Providers[i]
		p.Account = r.addr("provider account")
		p.Price = r.big("provider price")
		p.Since = r.u64("provider since")
	}
	if r.err != nil {
		return nil
	}
	if err := g.Validate(); err != nil {
		r.fail("%v", err)
		return nil
	}
	return g
}
