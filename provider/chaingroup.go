package provider

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/upkeeping"
)

// ChainGroup implements Group over the upkeeping contracts on a chain: the owner
// from the contract's parameters, the keepers with status active. Each contract's
// answer is cached (a challenge round asks per keeper), and a stale answer is kept
// when the chain cannot be read (a short RPC outage does not make the provider
// refuse every keeper), up to MaxStale.
//
// How long an answer is good: without a chain watcher, TTL. Followed by one
// (Follow, Note; issue 14: the provider's chain traffic flat in the number of
// contracts), until the contract's logs show a change that may touch the owner or the active keepers
// — any event but the harmless ones of groupHarmless (a whitelist, as
// settle.GroupReader's: an event added to the contract later invalidates) — or the
// head reaches the start of the next scheduled epoch, or the chain reorganises, or
// the first update arrives (the logs between the first read and the watcher's
// first head are not known). Then the next question re-reads the contract.
type ChainGroup struct {
	backend  upkeeping.Backend
	ttl      time.Duration
	maxStale time.Duration
	now      func() time.Time

	mu       sync.Mutex
	cached   map[common.Address]*groupEntry
	follows  map[common.Address]bool // contracts whose logs Note gets (Follow)
	followed bool                    // Note was called: their answers live until invalidated
	head     uint64                  // the last head noted
	reads    uint64                  // full reads (tests)
	inval    uint64                  // invalidations so far
}

type groupEntry struct {
	c       *upkeeping.Contract
	owner   common.Address
	keepers []common.Address
	at      time.Time // read at
	// next is the first block of the next scheduled epoch (0: none): from it on,
	// the active keepers are that epoch's.
	next uint64
	// dirty: the contract's logs (or the head) showed a possible change since the
	// read, at dirtyAt.
	dirty   bool
	dirtyAt time.Time
}

// groupHarmless are the events that change neither the owner nor the active
// keepers: money, balances, bonds, payments and the providers' terms.
var groupHarmless = upkeeping.EventTopics(append(append(upkeeping.PaymentEvents(), upkeeping.BalanceEvents()...),
	"ProviderAdded", "ProviderChangeScheduled", "ProviderPayoutChanged")...)

// NewChainGroup reads groups through b, caching each for ttl (default 15 s).
func NewChainGroup(b upkeeping.Backend, ttl time.Duration) *ChainGroup {
	if ttl <= 0 {
		ttl = 15 * time.Second
	}
	return &ChainGroup{backend: b, ttl: ttl, maxStale: 20 * ttl, now: time.Now, cached: map[common.Address]*groupEntry{}, follows: map[common.Address]bool{}}
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
	now := g.now()
	g.mu.Lock()
	e := g.cached[contract]
	followed, head := g.followed && g.follows[contract], g.head
	var good bool
	var staleSince time.Time
	if e != nil {
		if followed {
			good, staleSince = !e.dirty, e.dirtyAt
		} else {
			good, staleSince = now.Sub(e.at) < g.ttl, e.at
		}
	}
	inval := g.inval
	g.mu.Unlock()
	if good {
		return e, nil
	}
	fresh, err := g.read(ctx, contract, e, head)
	if err != nil {
		if e != nil && now.Sub(staleSince) < g.maxStale {
			return e, nil
		}
		return nil, err
	}
	g.mu.Lock()
	g.reads++
	if cur := g.cached[contract]; cur == e || cur == nil {
		if g.inval != inval {
			fresh.dirty, fresh.dirtyAt = true, now // something was invalidated while reading: read again next time
		}
		g.cached[contract] = fresh
	}
	g.mu.Unlock()
	return fresh, nil
}

// Follow declares that Note gets the logs of contracts (Follower does): once Note
// is called, their answers are kept until invalidated; any other contract's for
// TTL.
func (g *ChainGroup) Follow(contracts ...common.Address) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, c := range contracts {
		g.follows[c] = true
	}
}

// Note takes a chain watcher's update (keeper/chainwatch): the head, whether the
// chain was reorganised (or this is the first update), and the logs of the served
// contracts in the blocks since the previous update. From the first call on, the
// answers of the contracts declared with Follow are kept until invalidated (see
// the type).
func (g *ChainGroup) Note(head uint64, reset bool, logs []types.Log) {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	mark := func(e *groupEntry) {
		g.inval++
		if e != nil && !e.dirty {
			e.dirty, e.dirtyAt = true, now
		}
	}
	if !g.followed {
		g.followed, reset = true, true
	}
	g.head = head
	for _, e := range g.cached {
		if reset || (e.next != 0 && head >= e.next) {
			mark(e)
		}
	}
	for _, l := range logs {
		if len(l.Topics) == 0 || l.Removed || !groupHarmless[l.Topics[0]] {
			mark(g.cached[l.Address])
		}
	}
}

// Reads returns how many times a contract's group was read from the chain.
func (g *ChainGroup) Reads() uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.reads
}

func (g *ChainGroup) read(ctx context.Context, contract common.Address, old *groupEntry, head uint64) (*groupEntry, error) {
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
	// The active group as ActiveGroup reads it (the last epoch started at the
	// head), keeping the next epoch's start.
	if head == 0 {
		if head, err = g.backend.BlockNumber(ctx); err != nil {
			return nil, fmt.Errorf("provider: contract %s: head: %w", contract, err)
		}
	}
	eps, err := c.Epochs(ctx)
	if err != nil {
		return nil, fmt.Errorf("provider: contract %s: %w", contract, err)
	}
	if len(eps) == 0 {
		return nil, fmt.Errorf("provider: contract %s: %w: no epoch", contract, upkeeping.ErrNoContract)
	}
	i := upkeeping.ActiveEpochIndex(eps, head)
	active, err := c.GroupOfEpoch(ctx, eps[i])
	if err != nil {
		return nil, fmt.Errorf("provider: contract %s: %w", contract, err)
	}
	e := &groupEntry{c: c, owner: p.Owner, at: g.now()}
	if i+1 < len(eps) {
		e.next = eps[i+1].From
	}
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
