package payer

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/upkeeping"
)

// View is the keeper's cached view of one upkeeping contract for the period the
// agreement works on: te, the latest payable boundary at the view's height; the keeper
// group of the epoch in force for te (SPEC 8.1: a report for te is checked against
// the group, keys and q of its interval), each member by its position in the group;
// the providers and their lastPaid. It implements agreement.ChainView from its cache,
// which the driver brings to every new head from the contract's logs (Advance), so
// the core never waits on the chain. It is safe for concurrent use (the challenger reads the group
// from it).
//
// Which providers are due for te (dueFor): lastPaid < te, not removed for the
// interval, and the interval [lastPaid, te) crossing no change boundary — neither the
// provider's pending price change or removal nor the start of te's epoch. A provider
// whose interval would cross one is left out of the report (the contract refuses such
// an entry: StraddlesChange, BeforeEpoch) and logged: only a provider unpaid for more
// than a period across a change is in that case, and it needs a report ending at the
// boundary first (docs/contracts.md; the agreement core pays the latest period only).
type View struct {
	c      *upkeeping.Contract
	params upkeeping.Params
	log    *slog.Logger

	mu        sync.RWMutex
	height    uint64
	loaded    bool
	te        uint64
	epochs    []upkeeping.EpochInfo
	group     *upkeeping.EpochGroup
	keepers   []agreement.Keeper // the epoch's keepers (members not removed), by position
	byAddr    map[common.Address]uint32
	upcoming  map[common.Address]bool // members of epochs scheduled after te's
	providers []upkeepingProvider
	warned    map[uint32]uint64 // provider → the te it was last logged as straddling
}

type upkeepingProvider struct {
	info upkeeping.ProviderInfo
	due  bool
}

// NewView reads the contract's configuration and a first snapshot.
func NewView(ctx context.Context, c *upkeeping.Contract) (*View, error) {
	p, err := c.Params(ctx)
	if err != nil {
		return nil, err
	}
	v := &View{c: c, params: p, log: slog.Default().With("contract", c.Address), warned: map[uint32]uint64{}}
	h, err := c.Backend().BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("payer: head: %w", err)
	}
	if err := v.Refresh(ctx, h); err != nil {
		return nil, err
	}
	return v, nil
}

// Contract returns the contract client.
func (v *View) Contract() *upkeeping.Contract { return v.c }

// Params returns the contract's configuration (fixed per contract).
func (v *View) Params() upkeeping.Params { return v.params }

// Height returns the height of the last refresh.
func (v *View) Height() uint64 {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.height
}

// Te returns the period end the view describes (the latest payable at its height;
// 0 before the first).
func (v *View) Te() uint64 {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.te
}

// Group returns the epoch and group in force for Te.
func (v *View) Group() *upkeeping.EpochGroup {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.group
}

// GroupOf returns the cached group if it is that of te's epoch (ok false: te is
// in another epoch, or nothing is cached).
func (v *View) GroupOf(te uint64) (*upkeeping.EpochGroup, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	if v.group == nil {
		return nil, false
	}
	e, ok := upkeeping.EpochIndexFor(v.epochs, te)
	if !ok || !sameEpoch(v.epochs[e], v.group.EpochInfo) {
		return nil, false
	}
	return v.group, true
}

// Refresh re-reads the contract if height is above the last refresh.
func (v *View) Refresh(ctx context.Context, height uint64) error {
	return v.refresh(ctx, height, false)
}

// Reload re-reads the contract at height even if it is not above the last
// refresh: after a reorganisation the cached state (lastPaid above all) may come
// from an orphaned branch and must not be assumed to only grow. The view's height
// becomes height.
func (v *View) Reload(ctx context.Context, height uint64) error {
	return v.refresh(ctx, height, true)
}

// latestPayable is the last boundary te with te + D ≤ h (the period the agreement
// works on at height h: schedule.Params.LatestPayable), or the first boundary after
// Start when none is payable yet.
func (v *View) latestPayable(h uint64) uint64 {
	p := v.params
	first := p.Start + p.Period
	if h < p.Finality || h-p.Finality < first {
		return first
	}
	return p.Start + (h-p.Finality-p.Start)/p.Period*p.Period
}

func (v *View) refresh(ctx context.Context, height uint64, force bool) error {
	v.mu.RLock()
	fresh := !force && v.loaded && height <= v.height
	oldEpochs := v.epochs
	oldGroup := v.group
	upcoming := v.upcoming
	v.mu.RUnlock()
	if fresh {
		return nil
	}
	te := v.latestPayable(height)
	epochs, err := v.c.Epochs(ctx)
	if err != nil {
		return err
	}
	e, ok := upkeeping.EpochIndexFor(epochs, te)
	if !ok {
		return fmt.Errorf("payer: no epoch for te %d", te)
	}
	group := oldGroup
	if group == nil || force || len(epochs) != len(oldEpochs) || !sameEpoch(epochs[e], group.EpochInfo) {
		if group, err = v.c.EpochGroup(ctx, uint64(e)); err != nil {
			return err
		}
	}
	if upcoming == nil || force || !sameEpochs(epochs, oldEpochs) {
		// The keepers of a group scheduled for a later boundary sync records and take
		// part before their first report (their first period starts at the boundary).
		upcoming = map[common.Address]bool{}
		for i := e + 1; i < len(epochs); i++ {
			g, err := v.c.EpochGroup(ctx, uint64(i))
			if err != nil {
				return err
			}
			for _, m := range g.Keepers() {
				upcoming[m.Account] = true
			}
		}
	}
	infos, err := v.c.Providers(ctx)
	if err != nil {
		return err
	}
	provs := make([]upkeepingProvider, len(infos))
	for i, pi := range infos {
		provs[i] = upkeepingProvider{info: pi, due: v.dueFor(pi, te, group.From)}
	}
	keepers := make([]agreement.Keeper, 0, len(group.Members))
	byAddr := make(map[common.Address]uint32, len(group.Members))
	for _, m := range group.Keepers() {
		keepers = append(keepers, agreement.Keeper{Index: m.Index, Address: m.Account, PublicKey: m.PubKey.Bytes()})
		byAddr[m.Account] = m.Index
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if !force && v.loaded && height <= v.height {
		return nil // a concurrent refresh won
	}
	v.height, v.loaded, v.te = height, true, te
	v.epochs, v.group, v.keepers, v.byAddr, v.upcoming = epochs, group, keepers, byAddr, upcoming
	v.providers = provs
	return nil
}

func sameEpochs(a, b []upkeeping.EpochInfo) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameEpoch(a[i], b[i]) {
			return false
		}
	}
	return true
}

func sameEpoch(a, b upkeeping.EpochInfo) bool {
	return a.Index == b.Index && a.GroupID == b.GroupID && a.From == b.From &&
		a.Removed.Cmp(b.Removed) == 0 && a.NoShare.Cmp(b.NoShare) == 0
}

// dueFor reports whether provider p gets an entry [lastPaid, te) in a report for te
// of the epoch starting at from (see the View doc).
func (v *View) dueFor(p upkeeping.ProviderInfo, te, from uint64) bool {
	ts := p.LastPaid
	if ts >= te {
		return false
	}
	if _, removed := p.PriceFor(ts); removed {
		return false
	}
	boundary := uint64(0)
	switch {
	case ts < from:
		boundary = from
	case p.Next != nil && ts < p.Next.At && te > p.Next.At:
		boundary = p.Next.At
	}
	if boundary != 0 {
		v.mu.Lock()
		if v.warned[p.Index] != te {
			v.warned[p.Index] = te
			v.log.Warn("provider's interval crosses a change boundary: not in this report",
				"provider", p.Index, "ts", ts, "te", te, "boundary", boundary)
		}
		v.mu.Unlock()
		return false
	}
	return true
}

// Keepers implements agreement.ChainView: the keepers of te's epoch, by position.
func (v *View) Keepers() ([]agreement.Keeper, error) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return append([]agreement.Keeper(nil), v.keepers...), nil
}

// Providers implements agreement.ChainView: the providers due for te.
func (v *View) Providers() ([]uint32, error) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	out := make([]uint32, 0, len(v.providers))
	for i, p := range v.providers {
		if p.due {
			out = append(out, uint32(i))
		}
	}
	return out, nil
}

// LastPaid implements agreement.ChainView: ok is false for a provider not due for te
// (unknown, paid up, removed, or whose interval crosses a change boundary).
func (v *View) LastPaid(p uint32) (uint64, bool, error) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	if int(p) >= len(v.providers) {
		return 0, false, nil
	}
	return v.providers[p].info.LastPaid, v.providers[p].due, nil
}

// ProviderLastPaid returns provider p's lastPaid whether or not it is due.
func (v *View) ProviderLastPaid(p uint32) (uint64, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	if int(p) >= len(v.providers) {
		return 0, false
	}
	return v.providers[p].info.LastPaid, true
}

// KeeperIndex returns the position of a keeper of te's epoch.
func (v *View) KeeperIndex(a common.Address) (uint32, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	i, ok := v.byAddr[a]
	return i, ok
}

// IsMember reports whether account is a keeper of te's epoch (not removed) or of a
// group scheduled to follow it: who the group protocols admit.
func (v *View) IsMember(a common.Address) bool {
	v.mu.RLock()
	defer v.mu.RUnlock()
	_, ok := v.byAddr[a]
	return ok || v.upcoming[a]
}

// KeeperAddress returns the account of the keeper at position i of te's epoch.
func (v *View) KeeperAddress(i uint32) (common.Address, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	for _, k := range v.keepers {
		if k.Index == i {
			return k.Address, true
		}
	}
	return common.Address{}, false
}

// KeeperAddresses returns the keepers' accounts in position order.
func (v *View) KeeperAddresses() []common.Address {
	v.mu.RLock()
	defer v.mu.RUnlock()
	out := make([]common.Address, len(v.keepers))
	for i, k := range v.keepers {
		out[i] = k.Address
	}
	return out
}

// KeeperIndexMap maps each keeper's account to its position (the "keeper index" of
// SPEC 4's sort).
func (v *View) KeeperIndexMap() map[common.Address]uint32 {
	v.mu.RLock()
	defer v.mu.RUnlock()
	out := make(map[common.Address]uint32, len(v.byAddr))
	for a, i := range v.byAddr {
		out[a] = i
	}
	return out
}

// ProviderAddress returns provider p's account.
func (v *View) ProviderAddress(p uint32) (common.Address, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	if int(p) >= len(v.providers) {
		return common.Address{}, false
	}
	return v.providers[p].info.Account, true
}

// ProviderAddresses returns the providers' accounts in index order.
func (v *View) ProviderAddresses() []common.Address {
	v.mu.RLock()
	defer v.mu.RUnlock()
	out := make([]common.Address, len(v.providers))
	for i, p := range v.providers {
		out[i] = p.info.Account
	}
	return out
}

// Group serves chainview.Group (the challenger's membership) from the views of the
// contracts a node serves: keepers are te's epoch's keepers in position order,
// providers every registered provider, the owner the contract's.
type Group struct {
	mu    sync.RWMutex
	views map[common.Address]*View
}

// NewGroup returns an empty group.
func NewGroup() *Group { return &Group{views: map[common.Address]*View{}} }

// Add serves a contract's view.
func (g *Group) Add(v *View) {
	g.mu.Lock()
	g.views[v.c.Address] = v
	g.mu.Unlock()
}

// View returns the view of contract.
func (g *Group) View(contract common.Address) (*View, bool) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	v, ok := g.views[contract]
	return v, ok
}

func (g *Group) get(contract common.Address) (*View, error) {
	v, ok := g.View(contract)
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownContract, contract)
	}
	return v, nil
}

// Keepers implements chainview.Group.
func (g *Group) Keepers(_ context.Context, contract common.Address) ([]common.Address, error) {
	v, err := g.get(contract)
	if err != nil {
		return nil, err
	}
	return v.KeeperAddresses(), nil
}

// Providers implements chainview.Group.
func (g *Group) Providers(_ context.Context, contract common.Address) ([]common.Address, error) {
	v, err := g.get(contract)
	if err != nil {
		return nil, err
	}
	return v.ProviderAddresses(), nil
}

// Owner implements chainview.Group.
func (g *Group) Owner(_ context.Context, contract common.Address) (common.Address, error) {
	v, err := g.get(contract)
	if err != nil {
		return common.Address{}, err
	}
	return v.params.Owner, nil
}

// The contract's events, by what they change in the view (Advance).
var (
	evReportPaid = upkeeping.EventTopic("ReportPaid")
	evEntryPaid  = upkeeping.EventTopic("EntryPaid")
	// Events that change only balances, which the view does not hold.
	balanceOnly = upkeeping.EventTopics(upkeeping.BalanceEvents()...)
)

// Advance brings the view to height given the contract's logs since the last
// refresh (keeper/chainwatch): the contract's state changes only by transactions,
// and every transaction that changes what the view holds emits an event. A
// payment (ReportPaid with its EntryPaid events) moves the paid providers' lastPaid
// to the report's te, applied without reading the chain; events that change only
// balances are ignored; any other event (providers, epochs, slashing, …), a log the
// view cannot attribute, or te moving into another epoch re-reads the contract
// (Refresh). Otherwise te and the due providers are recomputed from the cache.
func (v *View) Advance(ctx context.Context, height uint64, logs []types.Log) error {
	v.mu.RLock()
	loaded, cur := v.loaded, v.height
	v.mu.RUnlock()
	if !loaded {
		return v.refresh(ctx, height, false)
	}
	if height <= cur {
		return nil
	}
	paid := map[common.Hash]uint64{} // tx → te of its ReportPaid
	for _, l := range logs {
		if len(l.Topics) >= 3 && l.Topics[0] == evReportPaid {
			paid[l.TxHash] = new(big.Int).SetBytes(l.Topics[2][:]).Uint64()
		}
	}
	type move struct {
		p  uint32
		te uint64
	}
	var moves []move
	for _, l := range logs {
		if l.Address != v.c.Address || len(l.Topics) == 0 {
			continue
		}
		switch t := l.Topics[0]; {
		case t == evReportPaid || balanceOnly[t]:
		case t == evEntryPaid && len(l.Topics) >= 2:
			te, ok := paid[l.TxHash]
			if !ok {
				return v.refresh(ctx, height, true)
			}
			moves = append(moves, move{uint32(new(big.Int).SetBytes(l.Topics[1][:]).Uint64()), te})
		default:
			return v.refresh(ctx, height, true)
		}
	}
	te := v.latestPayable(height)
	v.mu.Lock()
	if !v.loaded || v.height >= height {
		v.mu.Unlock()
		return nil
	}
	e, ok := upkeeping.EpochIndexFor(v.epochs, te)
	if !ok || v.group == nil || !sameEpoch(v.epochs[e], v.group.EpochInfo) {
		v.mu.Unlock()
		return v.refresh(ctx, height, true) // te's epoch is another: read its group
	}
	provs := slices.Clone(v.providers)
	for _, m := range moves {
		if int(m.p) >= len(provs) {
			v.mu.Unlock()
			return v.refresh(ctx, height, true)
		}
		provs[m.p].info.LastPaid = max(provs[m.p].info.LastPaid, m.te)
	}
	from := v.group.From
	v.mu.Unlock()
	for i := range provs {
		provs[i].due = v.dueFor(provs[i].info, te, from)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.height >= height {
		return nil // a concurrent refresh won
	}
	v.height, v.te, v.providers = height, te, provs
	return nil
}
