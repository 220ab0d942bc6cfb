package payer

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/upkeeping"
)

// View is the keeper's cached view of one upkeeping contract: the active keepers
// (registration index, account, BLS key), the providers (index, account) and each
// provider's lastPaid. It implements agreement.ChainView from its cache, which the
// driver refreshes once per new block height (Refresh), so the core never waits on
// the chain. The keeper set is re-read only when the contract's counts change
// (registration, removal and slashing all change them); lastPaid is re-read every
// height. It is safe for concurrent use (the challenger reads the group from it).
type View struct {
	c      *upkeeping.Contract
	params upkeeping.Params

	mu        sync.RWMutex
	height    uint64
	loaded    bool
	counts    upkeeping.Counts
	keepers   []agreement.Keeper // active, ascending index
	byAddr    map[common.Address]uint32
	providers []common.Address // by index
	lastPaid  []uint64
}

// NewView reads the contract's parameters and a first snapshot.
func NewView(ctx context.Context, c *upkeeping.Contract) (*View, error) {
	p, err := c.Params(ctx)
	if err != nil {
		return nil, err
	}
	v := &View{c: c, params: p}
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

// Params returns the contract's deployment parameters (fixed per contract).
func (v *View) Params() upkeeping.Params { return v.params }

// Height returns the height of the last refresh.
func (v *View) Height() uint64 {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.height
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

func (v *View) refresh(ctx context.Context, height uint64, force bool) error {
	v.mu.RLock()
	fresh := !force && v.loaded && height <= v.height
	old := v.counts
	v.mu.RUnlock()
	if fresh {
		return nil
	}
	counts, err := v.c.Counts(ctx)
	if err != nil {
		return err
	}
	var keepers []agreement.Keeper
	var byAddr map[common.Address]uint32
	if !v.loaded || counts != old || force {
		infos, err := v.c.Keepers(ctx)
		if err != nil {
			return err
		}
		byAddr = map[common.Address]uint32{}
		for _, k := range infos {
			if k.Status != upkeeping.KeeperActive {
				continue
			}
			keepers = append(keepers, agreement.Keeper{Index: k.Index, Address: k.Account, PublicKey: k.PubKey.Bytes()})
			byAddr[k.Account] = k.Index
		}
	}
	provs := make([]common.Address, counts.Providers)
	paid := make([]uint64, counts.Providers)
	for i := range provs {
		pi, err := v.c.Provider(ctx, uint32(i))
		if err != nil {
			return err
		}
		provs[i], paid[i] = pi.Account, pi.LastPaid
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if !force && v.loaded && height <= v.height {
		return nil // a concurrent refresh won
	}
	if keepers != nil || byAddr != nil {
		v.keepers, v.byAddr = keepers, byAddr
	}
	v.height, v.loaded, v.counts = height, true, counts
	v.providers, v.lastPaid = provs, paid
	return nil
}

// Keepers implements agreement.ChainView: the active keepers.
func (v *View) Keepers() ([]agreement.Keeper, error) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return append([]agreement.Keeper(nil), v.keepers...), nil
}

// Providers implements agreement.ChainView: every registered provider's index.
func (v *View) Providers() ([]uint32, error) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	out := make([]uint32, len(v.providers))
	for i := range out {
		out[i] = uint32(i)
	}
	return out, nil
}

// LastPaid implements agreement.ChainView.
func (v *View) LastPaid(p uint32) (uint64, bool, error) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	if int(p) >= len(v.lastPaid) {
		return 0, false, nil
	}
	return v.lastPaid[p], true, nil
}

// KeeperIndex returns the registration index of an active keeper.
func (v *View) KeeperIndex(a common.Address) (uint32, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	i, ok := v.byAddr[a]
	return i, ok
}

// KeeperAddress returns the account of the active keeper with index i.
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

// KeeperAddresses returns the active keepers' accounts in index order.
func (v *View) KeeperAddresses() []common.Address {
	v.mu.RLock()
	defer v.mu.RUnlock()
	out := make([]common.Address, len(v.keepers))
	for i, k := range v.keepers {
		out[i] = k.Address
	}
	return out
}

// KeeperIndexMap maps each active keeper's account to its registration index (the
// "keeper index" of SPEC 4's sort).
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
	return v.providers[p], true
}

// ProviderAddresses returns the providers' accounts in index order.
func (v *View) ProviderAddresses() []common.Address {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return append([]common.Address(nil), v.providers...)
}

// Group serves chainview.Group (the challenger's membership) from the views of the
// contracts a node serves: keepers are the active keepers in registration order,
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
