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

// Keeper statuses, as the upkeeping contract numbers them.
const (
	KeeperActive  uint8 = 1
	KeeperRemoved uint8 = 2
	KeeperSlashed uint8 = 3
)

// Limits of a group.
const (
	MaxKeepers   = 256
	MaxProviders = 1 << 16
)

// GroupKeeper is one registered keeper: its account, its BLS public key (48 bytes
// compressed), the proof of possession the contract checked at registration (96
// bytes compressed, on bls.PopMessage for this contract), and its status.
type GroupKeeper struct {
	Account common.Address
	PubKey  [48]byte
	PoP     [96]byte
	Status  uint8
}

// GroupProvider is one registered provider: its account, its price (token units per
// byte·block; the contract stores a uint64) and Since, the lastPaid the contract gave
// it at registration (the ProviderAdded event).
type GroupProvider struct {
	Account common.Address
	Price   uint64
	Since   uint64
}

// Group is everything the replay of a ledger needs besides the batches: the
// contract's parameters and registrations (SPEC 2, 8) and the two off-chain
// parameters every keeper of the contract shares (the challenge sizes m, c of SPEC 3
// and the tolerance τ of SPEC 7). Batch 0 carries the group, and so does every
// batch after which it changed, so the ledger is self-contained: a detector without
// a chain replays it from the group in batch 0.
type Group struct {
	Owner            common.Address // the user: orders must carry its signature
	Token            common.Address // zero: native ether
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
	Keepers          []GroupKeeper   // by registration index
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
	}
	accounts := make(map[common.Address]bool, len(g.Keepers))
	keys := make(map[[48]byte]bool, len(g.Keepers))
	for i, k := range g.Keepers {
		if k.Status < KeeperActive || k.Status > KeeperSlashed {
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
		provs[p.Account] = true
	}
	return nil
}

// Active returns the bitmap of active keepers and their number N.
func (g *Group) Active() (*big.Int, int) {
	bm, n := new(big.Int), 0
	for i, k := range g.Keepers {
		if k.Status == KeeperActive {
			bm.SetBit(bm, i, 1)
			n++
		}
	}
	return bm, n
}

// Quorum returns q = ⌊2N/3⌋+1 and f = ⌊(N−1)/3⌋ over the active keepers (SPEC 7).
func Quorum(n int) (q, f int) { return 2*n/3 + 1, (n - 1) / 3 }

// CheckTransition checks that next is a possible later state of g on the contract:
// the parameters but the owner are immutable; keepers and providers are only
// appended; a keeper's account, key and proof never change and its status only
// leaves active (removed, slashed) or goes from removed to slashed; a provider's
// account and Since never change (its price may).
func (g *Group) CheckTransition(next *Group) error {
	if g.Token != next.Token || g.Start != next.Start || g.Period != next.Period || g.Finality != next.Finality ||
		g.Window != next.Window || g.Stale != next.Stale || g.ProviderShareBps != next.ProviderShareBps ||
		g.LeaderBonusBps != next.LeaderBonusBps || g.Pieces != next.Pieces || g.Leaves != next.Leaves ||
		g.TolNum != next.TolNum || g.TolDen != next.TolDen {
		return fmt.Errorf("%w: group update changes an immutable parameter", ErrInvalid)
	}
	if len(next.Keepers) < len(g.Keepers) || len(next.Providers) < len(g.Providers) {
		return fmt.Errorf("%w: group update drops keepers or providers", ErrInvalid)
	}
	for i, k := range g.Keepers {
		n := next.Keepers[i]
		if n.Account != k.Account || n.PubKey != k.PubKey || n.PoP != k.PoP {
			return fmt.Errorf("%w: group update changes keeper %d", ErrInvalid, i)
		}
		if n.Status != k.Status && !(k.Status == KeeperActive || (k.Status == KeeperRemoved && n.Status == KeeperSlashed)) {
			return fmt.Errorf("%w: group update moves keeper %d from status %d to %d", ErrInvalid, i, k.Status, n.Status)
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
	return &c
}

// KeeperIndex returns the registration index of every keeper account.
func (g *Group) KeeperIndex() map[common.Address]uint32 {
	m := make(map[common.Address]uint32, len(g.Keepers))
	for i, k := range g.Keepers {
		m[k.Account] = uint32(i)
	}
	return m
}

// VerifyPossessions checks every keeper's proof of possession in domain d (SPEC 5):
// what the contract checked at registration, rechecked by a detector that has no
// chain, so that no rogue key enters an aggregate. It returns the parsed keys.
func (g *Group) VerifyPossessions(d domain.Domain, from int) ([]*bls.PublicKey, error) {
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
//	owner ‖ token ‖ start u64 ‖ period u64 ‖ finality u64 ‖ window u64 ‖ stale u64 ‖
//	providerShareBps u16 ‖ leaderBonusBps u16 ‖ m u8 ‖ c u8 ‖ τnum u32 ‖ τden u32 ‖
//	u16 nKeepers ‖ nKeepers × (account ‖ pubkey[48] ‖ pop[96] ‖ status u8) ‖
//	u32 nProviders ‖ nProviders × (account ‖ price u64 ‖ since u64)
func (g *Group) encode(b []byte) []byte {
	w := &writer{b: b}
	w.addr(g.Owner)
	w.addr(g.Token)
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
		w.u64(p.Price)
		w.u64(p.Since)
	}
	return w.b
}

const groupKeeperSize = 20 + 48 + 96 + 1
const groupProviderSize = 20 + 8 + 8

func decodeGroup(r *reader) *Group {
	g := &Group{}
	g.Owner = r.addr("owner")
	g.Token = r.addr("token")
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
		p.Price = r.u64("provider price")
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
