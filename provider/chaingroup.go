package provider

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/upkeeping"
)

// ChainGroup implements Group over the upkeeping contracts on a chain: the owner
// from the contract's parameters, the keepers with status active. Each contract's
// answer is cached for TTL (a challenge round asks per keeper), and an expired
// answer is kept when the chain cannot be read (a short RPC outage does not make
// the provider refuse every keeper), up to MaxStale.
type ChainGroup struct {
	backend  upkeeping.Backend
	ttl      time.Duration
	maxStale time.Duration
	now      func() time.Time

	mu     sync.Mutex
	cached map[common.Address]*groupEntry
}

type groupEntry struct {
	c       *upkeeping.Contract
	owner   common.Address
	keepers []common.Address
	at      time.Time
}

// NewChainGroup reads groups through b, caching each for ttl (default 15 s).
func NewChainGroup(b upkeeping.Backend, ttl time.Duration) *ChainGroup {
	if ttl <= 0 {
		ttl = 15 * time.Second
	}
	return &ChainGroup{backend: b, ttl: ttl, maxStale: 20 * ttl, now: time.Now, cached: map[common.Address]*groupEntry{}}
}

// Bind checks that contract is an upkeeping contract and reads its group.
func (g *ChainGroup) Bind(ctx context.Context, contract common.Address) (*upkeeping.Contract, error) {
	e, err := g.get(ctx, contract)
	if err != nil {
		return nil, err
	}
	return e.c, nil
}

func (g *ChainGroup) get(ctx context.Context, contract common.Address) (*groupEntry, error) {
	g.mu.Lock()
	e := g.cached[contract]
	g.mu.Unlock()
	now := g.now()
	if e != nil && now.Sub(e.at) < g.ttl {
		return e, nil
	}
	fresh, err := g.read(ctx, contract, e)
	if err != nil {
		if e != nil && now.Sub(e.at) < g.maxStale {
			return e, nil
		}
		return nil, err
	}
	g.mu.Lock()
	g.cached[contract] = fresh
	g.mu.Unlock()
	return fresh, nil
}

func (g *ChainGroup) read(ctx context.Context, contract common.Address, old *groupEntry) (*groupEntry, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var c *upkeeping.Contract
	if old != nil {
		c = old.c
	} else {
		var err error
		if c, err = upkeeping.New(ctx, g.backend, contract); err != nil {
			return nil, err
		}
	}
	p, err := c.Params(ctx)
	if err != nil {
		return nil, fmt.Errorf("provider: contract %s: %w", contract, err)
	}
	active, err := c.ActiveGroup(ctx)
	if err != nil {
		return nil, fmt.Errorf("provider: contract %s: %w", contract, err)
	}
	e := &groupEntry{c: c, owner: p.Owner, at: g.now()}
	for _, k := range active.Keepers() {
		e.keepers = append(e.keepers, k.Account)
	}
	return e, nil
}

// Owner implements Group.
func (g *ChainGroup) Owner(ctx context.Context, contract common.Address) (common.Address, error) {
	e, err := g.get(ctx, contract)
	if err != nil {
		return common.Address{}, err
	}
	return e.owner, nil
}

// Keepers implements Group: the active keepers.
func (g *ChainGroup) Keepers(ctx context.Context, contract common.Address) ([]common.Address, error) {
	e, err := g.get(ctx, contract)
	if err != nil {
		return nil, err
	}
	return e.keepers, nil
}
