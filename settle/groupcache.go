package settle

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/upkeeping"
)

// GroupReader is ReadGroup for one contract with a cache (issue 14: a keeper's
// chain traffic per payment ~0 in the steady state). It holds the contract handle
// (upkeeping.New once) and the state of the last read — owner, epoch group,
// providers' infos and Since, proofs of possession — as of the state after block
// `at`, and is fed the contract's logs (Note: the node's chain watcher delivers them,
// no chain read of its own). A read at pay block B >= at reuses that state when the
// contract's logs of blocks at+1..B (inclusive: ReadGroup reads the state after B)
// are all harmless and the report's te is in the cached epoch; otherwise, and
// whenever the logs of a block in between may be missing, it reads the chain in
// full (ReadGroup) and caches the result.
//
// The rule, checked against Upkeeping.sol (UpkeepingBase, Upkeeping, UpkeepingAdmin):
//
//   - Harmless (they write only money, balances, vesting, bonds or lastPaid, none of
//     which a Group holds): ReportPaid, Funded, Withdrawn, KeeperWithdrawn,
//     SurplusRequested, SurplusWithdrawn, BondPosted, BondWithdrawn; and EntryPaid,
//     which is harmless but not inert: _payEntry stores the provider word the entry
//     was paid under, so an entry with ts at or after a pending change's boundary
//     applies the change (price := the new price, or removed; pending cleared). The
//     cache replays exactly that on its provider infos (applyEntryPaid), log by log,
//     so the price "now" of the providers a report does not pay stays the contract's.
//   - Everything else invalidates, by a whitelist: an event not listed above (now or
//     added to the contract later) forces a full read. Among them EpochScheduled
//     (epochs, group, EpochFrom), KeeperSlashed (removed / no-share bits),
//     ProviderAdded (providers, Since), ProviderChangeScheduled (a pending change, and
//     _settleChange may apply the previous one), ProviderPayoutChanged (not in a
//     Group, but rare: not worth a special case), OwnershipTransferred /
//     OwnershipTransferStarted (the owner), LedgerNotTouched (only beside
//     EpochScheduled / KeeperSlashed).
//   - Every state change of a Group's fields emits one of the invalidating events
//     (scheduleGroup, slash, addProvider, setPrice, removeProvider, ownership); none
//     depends on the block number itself (providerInfo, epoch views and epochFor are
//     pure functions of storage and te).
//   - The epoch: the cached epoch group is the one in force for te in (From, next
//     epoch's From] (the next epoch known at the full read; a new one is
//     EpochScheduled). A report with te outside → full read.
//   - Prices of a report's paid entries are PriceFor(ts) of the provider's info
//     after block B−1: the cache advances its infos through the logs of blocks up to
//     B−1, prices the entries, then applies block B's logs for the infos after B. At
//     B == at it uses the infos after at−1 it kept (or reads that one provider: one
//     call).
//   - The registry (keys, accounts, group members) cannot change a cached group:
//     keepers register once (account and key are never rewritten; PayoutChanged moves
//     only the payout, which a Group does not hold), groups are immutable code stores,
//     and a proof of possession is fixed by the registration. So registry logs need
//     not be followed.
//   - A reorganisation (Note with reorg) drops the cached state and the logs above
//     the fork point; so does a removed log.
type GroupReader struct {
	c        chain.Client
	contract common.Address

	mu    sync.Mutex
	up    *upkeeping.Contract
	st    *groupState // nil: nothing cached
	at    uint64      // st is the state after block at
	prev  map[uint32]upkeeping.ProviderInfo
	next  uint64 // the next epoch's From (te range of st.eg: (From, next]); 0: none
	pops  *PoPCache
	logs  []types.Log // the contract's logs of blocks after at (or all, st nil), in chain order
	from  uint64      // logs are delivered for blocks from..through (from 0: not yet)
	thru  uint64
	stats GroupReaderStats
}

// GroupReaderStats counts a GroupReader's reads.
type GroupReaderStats struct {
	Full   uint64 // read from the chain
	Cached uint64 // served from the cache
}

// maxGroupLogs bounds the logs a GroupReader holds: beyond, it drops them and its
// cache (the next read is a full one).
const maxGroupLogs = 1 << 16

// harmlessTopics are the events that cannot change a cached group (GroupReader);
// read-only after package initialisation.
var harmlessTopics = upkeeping.EventTopics(append(upkeeping.PaymentEvents(), upkeeping.BalanceEvents()...)...)

var entryPaidTopic = upkeeping.EventTopic("EntryPaid")

// NewGroupReader returns the group reader of contract on c. Nothing is read until
// Read. pops, shared by a node's readers, keeps the keepers' proofs of possession
// recovered from the registry (nil: the reader keeps its own).
func NewGroupReader(c chain.Client, contract common.Address, pops *PoPCache) *GroupReader {
	if pops == nil {
		pops = NewPoPCache()
	}
	return &GroupReader{c: c, contract: contract, pops: pops}
}

// PoPCache keeps keepers' proofs of possession as recovered from their registry
// (RecoverPoPs reads a registration transaction per keeper). A proof is fixed by
// the registration, and a keeper registers once, so one cache serves every contract
// naming the registry: a node serving many contracts recovers each keeper's proof
// once, not once per contract (issue 14). Safe for concurrent use.
type PoPCache struct {
	mu sync.Mutex
	m  map[common.Address]map[common.Address][SigSize]byte // registry → account → proof
}

// NewPoPCache returns an empty cache.
func NewPoPCache() *PoPCache {
	return &PoPCache{m: map[common.Address]map[common.Address][SigSize]byte{}}
}

// of returns a copy of the proofs known for registry's keepers.
func (pc *PoPCache) of(registry common.Address) map[common.Address][SigSize]byte {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	out := make(map[common.Address][SigSize]byte, len(pc.m[registry]))
	for a, p := range pc.m[registry] {
		out[a] = p
	}
	return out
}

func (pc *PoPCache) put(registry, account common.Address, pop [SigSize]byte) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	m := pc.m[registry]
	if m == nil {
		m = map[common.Address][SigSize]byte{}
		pc.m[registry] = m
	}
	m[account] = pop
}

// Stats returns the reads so far.
func (g *GroupReader) Stats() GroupReaderStats {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.stats
}

// Note takes a chain update: the head and the contract's logs of the blocks after
// the previous update's head up to head, in chain order (the first update's logs
// are not used: the logs are complete from the block after its head). A reorg drops
// the cache and the logs above forkPoint (the update carries the canonical ones).
func (g *GroupReader) Note(head uint64, reorg bool, forkPoint uint64, logs []types.Log) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.from == 0 {
		g.from, g.thru = head+1, head
		return
	}
	if reorg {
		g.st, g.prev = nil, nil
		g.logs = slices.DeleteFunc(g.logs, func(l types.Log) bool { return l.BlockNumber > forkPoint })
	}
	for _, l := range logs {
		if l.Address != g.contract {
			continue
		}
		if l.Removed {
			g.st, g.prev = nil, nil
			continue
		}
		if g.st != nil && l.BlockNumber <= g.at {
			continue
		}
		g.logs = append(g.logs, l)
	}
	if len(g.logs) > maxGroupLogs {
		g.st, g.prev, g.logs, g.from = nil, nil, nil, head+1
	}
	g.thru = head
}

// Read is ReadGroup(ctx, c, contract, block, r, lp), from the cache when the rule
// (see the type) allows.
func (g *GroupReader) Read(ctx context.Context, block uint64, r *report.Report, lp LedgerParams) (*Group, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.up == nil {
		up, err := upkeeping.New(ctx, g.c, g.contract)
		if err != nil {
			return nil, err
		}
		g.up = up
	}
	if r == nil {
		grp, _, err := readGroup(ctx, g.c, g.up, block, nil, lp, g.pops.of(g.up.Config().Registry))
		return grp, err
	}
	if grp := g.cached(ctx, block, r, lp); grp != nil {
		g.stats.Cached++
		return grp, nil
	}
	return g.full(ctx, block, r, lp)
}

// ReadBatch is ReadBatchGroup(ctx, c, contract, b) through the cache.
func (g *GroupReader) ReadBatch(ctx context.Context, b *Batch) (*Group, error) {
	return g.Read(ctx, b.PayBlock, b.Report(), batchLedgerParams(b))
}

// full reads the group from the chain and caches its state.
func (g *GroupReader) full(ctx context.Context, block uint64, r *report.Report, lp LedgerParams) (*Group, error) {
	g.stats.Full++
	g.st, g.prev = nil, nil
	registry := g.up.Config().Registry
	grp, res, err := readGroup(ctx, g.c, g.up, block, r, lp, g.pops.of(registry))
	if err != nil {
		return nil, err
	}
	// The epoch after the cached one (its From bounds the te the cache serves).
	at := g.up.At(block)
	n, err := at.EpochCount(ctx)
	if err != nil {
		return grp, nil // not cached
	}
	var next uint64
	if e := res.st.eg.Index + 1; e < n {
		ep, err := at.Epoch(ctx, e)
		if err != nil {
			return grp, nil
		}
		next = ep.From
	}
	for _, k := range grp.Keepers {
		// Only proofs recovered from the registry: one a caller gave (lp.PoPs: a
		// batch's, in a chain check) is not the chain's word.
		if _, given := lp.PoPs[k.Account]; !given {
			g.pops.put(registry, k.Account, k.PoP)
		}
	}
	g.st, g.at, g.prev, g.next = res.st, block, res.before, next
	g.dropLogsThrough(block)
	return grp, nil
}

func (g *GroupReader) dropLogsThrough(block uint64) {
	i := 0
	for i < len(g.logs) && g.logs[i].BlockNumber <= block {
		i++
	}
	g.logs = slices.Delete(g.logs, 0, i)
}

// cached returns the group from the cache, nil when the rule does not allow it (or
// anything fails: the full read then says why).
func (g *GroupReader) cached(ctx context.Context, block uint64, r *report.Report, lp LedgerParams) *Group {
	st := g.st
	if st == nil || g.from == 0 || g.at+1 < g.from || block < g.at || block > g.thru {
		return nil
	}
	if r.Te <= st.eg.From || g.next != 0 && r.Te > g.next {
		return nil // another epoch
	}
	n := 0
	for n < len(g.logs) && g.logs[n].BlockNumber <= block {
		if !harmlessTopic(g.logs[n]) {
			return nil
		}
		n++
	}
	var before, now []upkeeping.ProviderInfo
	beforeOf := func(i uint32) (upkeeping.ProviderInfo, error) {
		if int(i) < len(before) {
			return before[i], nil
		}
		return upkeeping.ProviderInfo{}, fmt.Errorf("settle: provider %d unknown", i)
	}
	var prevMap map[uint32]upkeeping.ProviderInfo
	if block > g.at {
		before = slices.Clone(st.provs)
		j := 0
		for ; j < n && g.logs[j].BlockNumber < block; j++ {
			if !g.applyEntryPaid(before, g.logs[j]) {
				return nil
			}
		}
		now = slices.Clone(before)
		for ; j < n; j++ {
			if !g.applyEntryPaid(now, g.logs[j]) {
				return nil
			}
		}
		prevMap = make(map[uint32]upkeeping.ProviderInfo, len(before))
		for i, info := range before {
			prevMap[uint32(i)] = info
		}
	} else {
		// Another report paid in the cached block: the infos before it are those
		// kept, or read (one call per provider not kept).
		now = st.provs
		prevMap = g.prev
		if prevMap == nil {
			prevMap = map[uint32]upkeeping.ProviderInfo{}
		}
		beforeOf = func(i uint32) (upkeeping.ProviderInfo, error) {
			if info, ok := prevMap[i]; ok {
				return info, nil
			}
			info, err := g.up.At(block-1).Provider(ctx, i)
			if err == nil {
				prevMap[i] = info
			}
			return info, err
		}
	}
	next := &groupState{cfg: st.cfg, owner: st.owner, eg: st.eg, since: st.since, provs: now}
	grp, err := next.build(ctx, g.c, block, r, lp, g.pops.of(st.cfg.Registry), beforeOf)
	if err != nil {
		return nil
	}
	g.st, g.at, g.prev = next, block, prevMap
	g.logs = slices.Delete(g.logs, 0, n)
	return grp
}

func harmlessTopic(l types.Log) bool {
	return len(l.Topics) > 0 && harmlessTopics[l.Topics[0]]
}

// applyEntryPaid applies what an EntryPaid log changes in a Group's view of the
// providers: a pending change whose boundary the entry's ts has reached is applied
// (_payEntry stores the word of _entryTerms). False: the log does not parse or
// names an unknown provider (the caller reads in full).
func (g *GroupReader) applyEntryPaid(provs []upkeeping.ProviderInfo, l types.Log) bool {
	if l.Topics[0] != entryPaidTopic {
		return true
	}
	e, err := g.up.Bindings().ParseEntryPaid(l)
	if err != nil || int(e.Provider) >= len(provs) {
		return false
	}
	p := provs[e.Provider]
	if p.Next == nil || e.Ts < p.Next.At {
		return true
	}
	if p.Next.Remove {
		p.Removed = true
	} else {
		p.Price = p.Next.Price
	}
	p.Next = nil
	provs[e.Provider] = p
	return true
}
