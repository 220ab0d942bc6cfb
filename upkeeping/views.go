package upkeeping

import (
	"context"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/bls"
)

// Params reads the configuration and the current owner.
func (c *Contract) Params(ctx context.Context) (Params, error) {
	owner, err := c.bound.Owner(c.call(ctx))
	if err != nil {
		return Params{}, wrap("owner", err)
	}
	p := c.params
	p.Owner = owner
	return p, nil
}

// PendingOwner reads the account a transfer of ownership waits for (zero: none).
func (c *Contract) PendingOwner(ctx context.Context) (common.Address, error) {
	a, err := c.bound.PendingOwner(c.call(ctx))
	return a, wrap("pendingOwner", err)
}

// ---------------------------------------------------------------- epochs and groups

// EpochInfo is one epoch (docs/contracts.md): a registry group in force from block
// From (a boundary) to the next epoch's From.
type EpochInfo struct {
	Index   uint64
	GroupID uint32
	From    uint64
	Size    int
	NoShare *big.Int // members slashed here: no share of later pays
	Removed *big.Int // members out of N, q, signers and leader
}

// N is the number of keepers of the epoch (members not removed).
func (e EpochInfo) N() int { return e.Size - popcount(e.Removed) }

// Quorum is q = ⌊2N/3⌋+1 over the epoch's keepers.
func (e EpochInfo) Quorum() int { return e.N()*2/3 + 1 }

// Active reports whether member i counts (not removed).
func (e EpochInfo) Active(i int) bool { return i < e.Size && e.Removed.Bit(i) == 0 }

func popcount(x *big.Int) int {
	n := 0
	for _, w := range x.Bits() {
		n += bits.OnesCount(uint(w))
	}
	return n
}

// EpochCount reads the number of epochs (the latest may not have started).
func (c *Contract) EpochCount(ctx context.Context) (uint64, error) {
	n, err := c.bound.EpochCount(c.call(ctx))
	if err != nil {
		return 0, wrap("epochCount", err)
	}
	return n.Uint64(), nil
}

// Epoch reads epoch e.
func (c *Contract) Epoch(ctx context.Context, e uint64) (EpochInfo, error) {
	r, err := c.admin.Epoch(c.call(ctx), new(big.Int).SetUint64(e))
	if err != nil {
		return EpochInfo{}, wrap("epoch", err)
	}
	return EpochInfo{Index: e, GroupID: r.GroupId, From: r.From, Size: int(r.Size), NoShare: r.NoShare, Removed: r.Removed}, nil
}

// Epochs reads every epoch, oldest first.
func (c *Contract) Epochs(ctx context.Context) ([]EpochInfo, error) {
	n, err := c.EpochCount(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]EpochInfo, n)
	for e := range out {
		if out[e], err = c.Epoch(ctx, uint64(e)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// EpochFor reads the epoch in force for the interval ending at te.
func (c *Contract) EpochFor(ctx context.Context, te uint64) (uint64, error) {
	e, err := c.admin.EpochFor(c.call(ctx), te)
	if err != nil {
		return 0, wrap("epochFor", err)
	}
	return e.Uint64(), nil
}

// EpochIndexFor is EpochFor computed from a list of epochs (Epochs): the last with
// From < te. False if te is at or before the first epoch's start.
func EpochIndexFor(epochs []EpochInfo, te uint64) (int, bool) {
	for e := len(epochs) - 1; e >= 0; e-- {
		if te > epochs[e].From {
			return e, true
		}
	}
	return 0, false
}

// ActiveEpochIndex returns the index of the epoch in force at height (ActiveGroup):
// the last one started by then, or the first when none has started yet.
func ActiveEpochIndex(epochs []EpochInfo, height uint64) int {
	for e := len(epochs) - 1; e > 0; e-- {
		if epochs[e].From <= height {
			return e
		}
	}
	return 0
}

// Member is one member of an epoch's group: its position (its index in reports'
// bitmaps), registry id, account and key, and whether it is removed or slashed here.
type Member struct {
	Index    uint32 // position in the group
	KeeperID uint32
	Account  common.Address
	PubKey   *bls.PublicKey
	Removed  bool
	NoShare  bool
}

// EpochGroup is an epoch with its members.
type EpochGroup struct {
	EpochInfo
	Members []Member
}

// Keepers returns the members that count (not removed), by position.
func (g *EpochGroup) Keepers() []Member {
	out := make([]Member, 0, len(g.Members))
	for _, m := range g.Members {
		if !m.Removed {
			out = append(out, m)
		}
	}
	return out
}

// Position returns the position of account in the group (found false if absent).
func (g *EpochGroup) Position(account common.Address) (uint32, bool) {
	for _, m := range g.Members {
		if m.Account == account {
			return m.Index, true
		}
	}
	return 0, false
}

// Group reads registry group id (cached: groups never change).
func (c *Contract) Group(ctx context.Context, id uint32) (*KeeperGroup, error) {
	c.groups.mu.Lock()
	g, ok := c.groups.m[id]
	c.groups.mu.Unlock()
	if ok {
		return g, nil
	}
	g, err := c.reg.Group(ctx, id)
	if err != nil {
		return nil, err
	}
	g.Accounts = make([]common.Address, len(g.Members))
	for i, m := range g.Members {
		k, err := c.reg.Keeper(ctx, m)
		if err != nil {
			return nil, err
		}
		g.Accounts[i] = k.Account
	}
	c.groups.mu.Lock()
	c.groups.m[id] = g
	c.groups.mu.Unlock()
	return g, nil
}

// EpochGroup reads epoch e and its group.
func (c *Contract) EpochGroup(ctx context.Context, e uint64) (*EpochGroup, error) {
	info, err := c.Epoch(ctx, e)
	if err != nil {
		return nil, err
	}
	return c.epochGroupOf(ctx, info)
}

func (c *Contract) epochGroupOf(ctx context.Context, info EpochInfo) (*EpochGroup, error) {
	g, err := c.Group(ctx, info.GroupID)
	if err != nil {
		return nil, err
	}
	out := &EpochGroup{EpochInfo: info, Members: make([]Member, len(g.Members))}
	for i := range g.Members {
		out.Members[i] = Member{
			Index: uint32(i), KeeperID: g.Members[i], Account: g.Accounts[i], PubKey: g.Keys[i],
			Removed: info.Removed.Bit(i) == 1, NoShare: info.NoShare.Bit(i) == 1,
		}
	}
	return out, nil
}

// GroupOfEpoch reads the group of epoch info (one of Epochs): its members (the
// registry group is read once per contract handle).
func (c *Contract) GroupOfEpoch(ctx context.Context, info EpochInfo) (*EpochGroup, error) {
	return c.epochGroupOf(ctx, info)
}

// GroupFor reads the epoch in force for the interval ending at te and its group: the
// keepers, keys and q that a report for te is checked against (SPEC 8.1).
func (c *Contract) GroupFor(ctx context.Context, te uint64) (*EpochGroup, error) {
	e, err := c.EpochFor(ctx, te)
	if err != nil {
		return nil, err
	}
	return c.EpochGroup(ctx, e)
}

// ActiveGroup reads the epoch in force now (at the client's block, or the chain's
// head) and its group: the rule of isActiveKeeper, which the ledger's inbox checks —
// the last epoch whose first boundary has been reached (the first epoch before the
// start). Its Keepers() are the keepers active now.
func (c *Contract) ActiveGroup(ctx context.Context) (*EpochGroup, error) {
	var now uint64
	if c.block != nil {
		now = c.block.Uint64()
	} else {
		n, err := c.b.BlockNumber(ctx)
		if err != nil {
			return nil, fmt.Errorf("upkeeping: head: %w", err)
		}
		now = n
	}
	eps, err := c.Epochs(ctx)
	if err != nil {
		return nil, err
	}
	if len(eps) == 0 {
		return nil, fmt.Errorf("%w at %s: no epoch", ErrNoContract, c.Address)
	}
	return c.epochGroupOf(ctx, eps[ActiveEpochIndex(eps, now)])
}

// KeeperEpochs returns the epochs in which keeperID is a member.
func (c *Contract) KeeperEpochs(ctx context.Context, keeperID uint32) ([]uint64, error) {
	eps, err := c.Epochs(ctx)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for _, e := range eps {
		g, err := c.Group(ctx, e.GroupID)
		if err != nil {
			return nil, err
		}
		for _, m := range g.Members {
			if m == keeperID {
				out = append(out, e.Index)
				break
			}
		}
	}
	return out, nil
}

// ---------------------------------------------------------------- keepers' money

// KeeperBalance is a keeper's account in one epoch (or summed over epochs).
type KeeperBalance struct {
	Earned    *big.Int // credited in total (shares and bonuses, locked or not, withdrawn included)
	Available *big.Int // withdrawable now
	Locked    *big.Int // credited, not yet unlocked (forfeited by a slash)
	Claimed   *big.Int // withdrawn
	Slashed   bool
	Epochs    []uint64 // (totals) the epochs summed
}

// KeeperAccount reads member i of epoch e's account.
func (c *Contract) KeeperAccount(ctx context.Context, e uint64, i uint32) (KeeperBalance, error) {
	r, err := c.admin.KeeperAccount(c.call(ctx), new(big.Int).SetUint64(e), new(big.Int).SetUint64(uint64(i)))
	if err != nil {
		return KeeperBalance{}, wrap("keeperAccount", err)
	}
	return KeeperBalance{Earned: r.Earned, Available: r.Available, Locked: r.Locked, Claimed: r.Claimed, Slashed: r.Slashed}, nil
}

// KeeperTotals sums keeperID's accounts over the epochs it is a member of.
func (c *Contract) KeeperTotals(ctx context.Context, keeperID uint32) (KeeperBalance, error) {
	out := KeeperBalance{Earned: new(big.Int), Available: new(big.Int), Locked: new(big.Int), Claimed: new(big.Int)}
	eps, err := c.Epochs(ctx)
	if err != nil {
		return out, err
	}
	for _, e := range eps {
		g, err := c.Group(ctx, e.GroupID)
		if err != nil {
			return out, err
		}
		for i, m := range g.Members {
			if m != keeperID {
				continue
			}
			kb, err := c.KeeperAccount(ctx, e.Index, uint32(i))
			if err != nil {
				return out, err
			}
			out.Earned.Add(out.Earned, kb.Earned)
			out.Available.Add(out.Available, kb.Available)
			out.Locked.Add(out.Locked, kb.Locked)
			out.Claimed.Add(out.Claimed, kb.Claimed)
			out.Slashed = out.Slashed || kb.Slashed
			out.Epochs = append(out.Epochs, e.Index)
		}
	}
	return out, nil
}

// BondOf reads keeperID's bond held by the contract.
func (c *Contract) BondOf(ctx context.Context, keeperID uint32) (*big.Int, error) {
	v, err := c.admin.BondOf(c.call(ctx), keeperID)
	return v, wrap("bondOf", err)
}

// IsSlashed reads whether keeperID was slashed by this contract.
func (c *Contract) IsSlashed(ctx context.Context, keeperID uint32) (bool, error) {
	v, err := c.admin.IsSlashed(c.call(ctx), keeperID)
	return v, wrap("isSlashed", err)
}

// IsActiveKeeper reads whether account is a keeper of the epoch in force now (the
// ledger's publishing check).
func (c *Contract) IsActiveKeeper(ctx context.Context, account common.Address) (bool, error) {
	v, err := c.admin.IsActiveKeeper(c.call(ctx), account)
	return v, wrap("isActiveKeeper", err)
}

// Checkpoint is a vesting checkpoint of an epoch (Accounting).
type Checkpoint struct {
	Bucket   uint32 // NoBucket: unused
	AccStart *big.Int
	Paid     *big.Int
}

// NoBucket marks an unused vesting checkpoint.
const NoBucket = ^uint32(0)

// Accounting reads epoch e's cumulative per-keeper share, the hot epoch, and e's
// vesting checkpoints.
func (c *Contract) Accounting(ctx context.Context, e uint64) (acc *big.Int, hot uint64, ring []Checkpoint, err error) {
	r, err := c.admin.Accounting(c.call(ctx), new(big.Int).SetUint64(e))
	if err != nil {
		return nil, 0, nil, wrap("accounting", err)
	}
	ring = make([]Checkpoint, len(r.Ring))
	for i, cp := range r.Ring {
		ring[i] = Checkpoint(cp)
	}
	return r.Acc, r.Hot.Uint64(), ring, nil
}

var _ = bindings.UpkeepingBaseCheckpoint(Checkpoint{})

// ---------------------------------------------------------------- providers

// ProviderChange is a provider's pending change (SPEC 8.1).
type ProviderChange struct {
	Price  *big.Int // the new price (×1e18) unless Remove
	Remove bool
	At     uint64 // the boundary from which it applies
}

// ProviderInfo is one provider as the contract holds it.
type ProviderInfo struct {
	Index    uint32
	Account  common.Address
	Payout   common.Address
	Price    *big.Int // token base units per byte·block × 1e18, in force for entries before Next.At
	LastPaid uint64
	Balance  *big.Int
	Removed  bool
	Next     *ProviderChange // nil: none pending
}

// PriceFor returns the price and removal that apply to an entry starting at ts.
func (p ProviderInfo) PriceFor(ts uint64) (*big.Int, bool) {
	if p.Next != nil && ts >= p.Next.At {
		if p.Next.Remove {
			return p.Price, true
		}
		return p.Next.Price, p.Removed
	}
	return p.Price, p.Removed
}

// ProviderCount reads the number of providers.
func (c *Contract) ProviderCount(ctx context.Context) (int, error) {
	n, err := c.bound.ProviderCount(c.call(ctx))
	if err != nil {
		return 0, wrap("providerCount", err)
	}
	return int(n.Int64()), nil
}

// Provider reads provider `index`.
func (c *Contract) Provider(ctx context.Context, index uint32) (ProviderInfo, error) {
	r, err := c.bound.ProviderInfo(c.call(ctx), new(big.Int).SetUint64(uint64(index)))
	if err != nil {
		return ProviderInfo{}, wrap("providerInfo", err)
	}
	p := ProviderInfo{Index: index, Account: r.Account, Payout: r.Payout, Price: r.Price, LastPaid: r.PaidUntil, Balance: r.Balance, Removed: r.Removed}
	if r.NextAt != 0 {
		p.Next = &ProviderChange{Price: r.NextPrice, Remove: r.NextRemove, At: r.NextAt}
	}
	return p, nil
}

// Providers reads every provider, in index order.
func (c *Contract) Providers(ctx context.Context) ([]ProviderInfo, error) {
	n, err := c.ProviderCount(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]ProviderInfo, n)
	for i := range out {
		if out[i], err = c.Provider(ctx, uint32(i)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// TermsAt reads the price and removal that apply to provider's entry starting at ts,
// and the change boundary such an entry must not cross (0: none).
func (c *Contract) TermsAt(ctx context.Context, provider uint32, ts uint64) (price *big.Int, removed bool, boundary uint64, err error) {
	r, err := c.bound.TermsAt(c.call(ctx), new(big.Int).SetUint64(uint64(provider)), ts)
	if err != nil {
		return nil, false, 0, wrap("termsAt", err)
	}
	return r.Price, r.Removed, r.Boundary, nil
}

// ProviderIndex returns the index of the provider with this account.
func (c *Contract) ProviderIndex(ctx context.Context, account common.Address) (uint32, bool, error) {
	r, err := c.bound.ProviderIndex(c.call(ctx), account)
	if err != nil {
		return 0, false, wrap("providerIndex", err)
	}
	return uint32(r.Index.Uint64()), r.Found, nil
}

// LastPaid reads lastPaid[provider]: the ts of its next report entry (SPEC 7).
func (c *Contract) LastPaid(ctx context.Context, provider uint32) (uint64, error) {
	v, err := c.bound.LastPaid(c.call(ctx), new(big.Int).SetUint64(uint64(provider)))
	return v, wrap("lastPaid", err)
}

// ---------------------------------------------------------------- money

// KeeperOf returns account's keeper id in the contract's registry (found false if
// it has none).
func (c *Contract) KeeperOf(ctx context.Context, account common.Address) (uint32, bool, error) {
	return c.reg.KeeperOf(ctx, account)
}

// BalanceOf reads what account can withdraw now: its provider balance and, if it is a
// registered keeper, its unlocked rewards.
func (c *Contract) BalanceOf(ctx context.Context, account common.Address) (*big.Int, error) {
	out := new(big.Int)
	if p, ok, err := c.ProviderIndex(ctx, account); err != nil {
		return nil, err
	} else if ok {
		info, err := c.Provider(ctx, p)
		if err != nil {
			return nil, err
		}
		out.Add(out, info.Balance)
	}
	id, ok, err := c.reg.KeeperOf(ctx, account)
	if err != nil {
		return nil, err
	}
	if ok {
		t, err := c.KeeperTotals(ctx, id)
		if err != nil {
			return nil, err
		}
		out.Add(out, t.Available)
	}
	return out, nil
}

// Owed reads everything owed (credited and not withdrawn, bonds included).
func (c *Contract) Owed(ctx context.Context) (*big.Int, error) {
	v, err := c.bound.Owed(c.call(ctx))
	return v, wrap("owed", err)
}

// Surplus reads the funds no one is owed.
func (c *Contract) Surplus(ctx context.Context) (*big.Int, error) {
	v, err := c.bound.Surplus(c.call(ctx))
	return v, wrap("surplus", err)
}

// Funds reads what the contract accounts for holding (owed + surplus).
func (c *Contract) Funds(ctx context.Context) (*big.Int, error) {
	v, err := c.bound.Funds(c.call(ctx))
	return v, wrap("funds", err)
}

// Holding reads the contract's actual balance: ether, or its token balance.
func (c *Contract) Holding(ctx context.Context) (*big.Int, error) {
	if c.params.Token == (common.Address{}) {
		return c.b.BalanceAt(ctx, c.Address, nil)
	}
	tok, err := bindings.NewTestToken(c.params.Token, c.b)
	if err != nil {
		return nil, err
	}
	v, err := tok.BalanceOf(c.call(ctx), c.Address)
	return v, wrap("token balance", err)
}

// SurplusRequestInfo is the pending two-step surplus withdrawal (To zero: none).
type SurplusRequestInfo struct {
	To        common.Address
	Amount    *big.Int
	NotBefore uint64
}

// SurplusRequest reads the pending surplus withdrawal.
func (c *Contract) SurplusRequest(ctx context.Context) (SurplusRequestInfo, error) {
	r, err := c.admin.SurplusRequest(c.call(ctx))
	if err != nil {
		return SurplusRequestInfo{}, wrap("surplusRequest", err)
	}
	return SurplusRequestInfo{To: r.To, Amount: r.Amount, NotBefore: r.NotBefore}, nil
}

// Runway reads the periods the surplus covers at the last period's rate (SPEC 8.1),
// and the rate; ok false when nothing has been paid yet.
func (c *Contract) Runway(ctx context.Context) (periods uint64, rate *big.Int, ok bool, err error) {
	r, err := c.admin.Runway(c.call(ctx))
	if err != nil {
		return 0, nil, false, wrap("runway", err)
	}
	if r.Rate.Sign() == 0 {
		return 0, r.Rate, false, nil
	}
	if !r.Periods.IsUint64() {
		return ^uint64(0), r.Rate, true, nil
	}
	return r.Periods.Uint64(), r.Rate, true, nil
}

// LeaderOrder reads the leader order for te (SPEC 6) as the contract computes it:
// positions and accounts of the epoch's keepers.
func (c *Contract) LeaderOrder(ctx context.Context, te uint64) ([]uint32, []common.Address, error) {
	r, err := c.admin.LeaderOrder(c.call(ctx), te)
	if err != nil {
		return nil, nil, wrap("leaderOrder", err)
	}
	return r.Positions, r.Accounts, nil
}

// String describes an epoch.
func (e EpochInfo) String() string {
	return fmt.Sprintf("epoch %d: group %d from %d, %d keepers (q %d)", e.Index, e.GroupID, e.From, e.N(), e.Quorum())
}
