// Package prune keeps a keeper's database bounded (issue 15 item 3): it deletes the
// records, outbox entries, orders and agreement locks that nothing can need any
// more, and has badger give the space back.
//
// # The rule
//
// What a keeper's state is needed for, and until when (per contract; G = stale
// span, H = period, M = margin, default H):
//
//   - An unpaid interval [lastPaid[P], te) is observed from the records of heights
//     [lastPaid[P] − G, te) (SPEC 4), in round 1 and in round 4's full sync (the
//     disputed entries of an agreement are unpaid intervals too).
//   - The ledger (SPEC 9): the next batch for provider P covers an interval starting
//     at P's lastPaid in the published ledger, and carries records from G before
//     it. Payments not yet published lie above that lastPaid, so they are kept.
//   - Record sync: a record whose interval is published is not needed by any group
//     member either (the ledger has what the detector needs).
//
// The published ledger's lastPaid is never ahead of the chain's, so the one horizon
// below[P] = ledgerLastPaid[P] − G − M covers all three; M keeps one more period
// against a reorganisation deeper than the finality D (outside SPEC 2's model), an
// operator re-reading the last batch's inputs, and clock skew between keepers.
// Records and outbox entries below it are deleted, and so are P's orders with
// EndBlock ≤ below[P] (no record at or above the horizon can name them; the ledger
// carried them with the records that did). The horizon is a per-provider watermark
// (records.Store.Prune): a record that arrives below it is acknowledged and dropped,
// not checked (its orders may be gone) and not stored again.
//
// Agreement locks (payer.VoteStore) are the keeper's promise never to sign two
// reports for one instance, so they go only together with the right to vote: the
// vote floor rises to the published ledger's last te − 8H (DefaultVotePeriods), and
// the store refuses any lock (hence any vote) below the floor before the locks below
// it are deleted. An honest leader proposes the latest payable boundary, at or
// after the ledger's te; only a leader eight periods behind the published ledger is
// refused.
//
// Nothing is pruned for a contract whose ledger is empty or stopped on a
// divergence (the keeper's state is then evidence for people), nor for a static
// (devnet) group without a ledger. The observation log (payer.Observer) is in
// memory and bounded by itself; the ledger layer is the permanent record and is not
// the keeper's to prune.
//
// # Space
//
// Deleting keys writes tombstones; the space comes back when badger compacts them
// away. After a prune that deleted at least ReclaimAfter keys, the Pruner runs
// store.DB.Reclaim (memtable flush, level 0 compacted, value-log GC). The test in this package
// drives the stores directly for 200 periods and checks the database at rest stays
// within 10% of its size after 20.
package prune

import (
	"fmt"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/payer"
	"github.com/whitepay/whitepay/keeper/records"
)

// Params are the contract's parameters the rule reads.
type Params struct {
	Stale  uint64 // G
	Period uint64 // H
	Margin uint64 // M: blocks kept below the horizon (0: one period)
	// VotePeriods is how many periods of agreement locks are kept below the
	// published ledger's te (0: DefaultVotePeriods).
	VotePeriods uint64
}

// DefaultVotePeriods: locks are small (one per instance and attempt), so more of
// them are kept than records: the last eight periods' stay for audits (the fault
// harness reads them) and for a leader lagging behind.
const DefaultVotePeriods = 8

// Ledger is what the rule reads of the published ledger (settle.State).
type Ledger struct {
	Empty     bool             // no batch published yet
	Te        uint64           // te of the last published batch
	Providers []common.Address // by registration index
	LastPaid  []uint64         // by index, after the last published batch
}

// Horizon returns, per provider, the height below which its records, outbox
// entries and ended orders are deleted, and the vote floor (see the package doc).
// An empty ledger prunes nothing.
func Horizon(l Ledger, p Params) (below map[common.Address]uint64, voteFloor uint64) {
	below = map[common.Address]uint64{}
	if l.Empty {
		return below, 0
	}
	m := p.Margin
	if m == 0 {
		m = p.Period
	}
	for i, a := range l.Providers {
		if i >= len(l.LastPaid) {
			break
		}
		if lp := l.LastPaid[i]; lp > p.Stale+m {
			below[a] = lp - p.Stale - m
		}
	}
	vp := p.VotePeriods
	if vp == 0 {
		vp = DefaultVotePeriods
	}
	if l.Te > vp*p.Period {
		voteFloor = l.Te - vp*p.Period
	}
	return below, voteFloor
}

// ReclaimAfter is the number of keys deleted after which Apply reclaims space.
const ReclaimAfter = 5000

// Pruner applies the rule to one keeper database. It is safe for concurrent use
// (one node prunes its contracts from their ledger goroutines).
type Pruner struct {
	mu      sync.Mutex
	db      *store.DB
	recs    *records.Store
	log     *slog.Logger
	pending int // keys deleted since the last Reclaim
}

// New returns a pruner of the keeper database behind recs.
func New(recs *records.Store, log *slog.Logger) *Pruner {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Pruner{db: recs.DB(), recs: recs, log: log}
}

// Stats is what one Apply deleted.
type Stats struct {
	records.PruneStats
	Votes     int
	Reclaimed bool
}

// Apply prunes contract's state by the published ledger l, and reclaims the space
// once enough was deleted. It is idempotent; a crash in the middle leaves
// watermarks raised and some keys still to delete, which the next Apply deletes.
func (p *Pruner) Apply(contract common.Address, l Ledger, params Params) (Stats, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var st Stats
	below, floor := Horizon(l, params)
	if len(below) == 0 && floor == 0 {
		return st, nil
	}
	var err error
	if st.PruneStats, err = p.recs.Prune(contract, below); err != nil {
		return st, fmt.Errorf("prune: records of %s: %w", contract, err)
	}
	if floor > 0 {
		if st.Votes, err = payer.NewVoteStore(p.db, contract).Prune(floor); err != nil {
			return st, fmt.Errorf("prune: votes of %s: %w", contract, err)
		}
	}
	n := st.Records + st.Outbox + st.Orders + st.Votes
	p.pending += n
	if n > 0 {
		p.log.Debug("pruned", "contract", contract, "records", st.Records, "outbox", st.Outbox, "orders", st.Orders, "votes", st.Votes, "voteFloor", floor)
	}
	if p.pending >= ReclaimAfter {
		if err := p.reclaim(); err != nil {
			return st, err
		}
		st.Reclaimed = true
	}
	return st, nil
}

// Reclaim has badger give back the space of what was deleted (store.DB.Reclaim).
func (p *Pruner) Reclaim() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.reclaim()
}

func (p *Pruner) reclaim() error {
	if err := p.db.Reclaim(); err != nil {
		return fmt.Errorf("prune: %w", err)
	}
	p.pending = 0
	disk, lsm, vlog, err := p.db.DiskUsage()
	if err == nil {
		p.log.Info("database space reclaimed", "diskBytes", disk, "lsmBytes", lsm, "vlogBytes", vlog)
	}
	return nil
}
