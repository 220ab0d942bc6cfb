package statement

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
)

// LedgerEntry is one paid entry as the SCP ledger carries it (SPEC 9): the report's
// st, the challenge records of the provider over [ts − G, te) it was computed from,
// and the keepers' signed observations of it (SPEC 7).
type LedgerEntry struct {
	Seq     uint64
	Ts, Te  uint64
	St      *big.Int
	Records []settle.Record
	Mode    uint8 // settle.ModeMedian or settle.ModeReconcile
	// Observed are the observations' values of this entry, by keeper index.
	Observed map[uint32]*big.Int
	PayTx    common.Hash
}

// Ledger follows one contract's SCP ledger on a data-availability layer, batch by
// batch (each Sync reads only the new ones), for the challenge results, the samples
// behind each payment and the batch of each pay transaction. On a shared layer
// (da.Shared) it takes the canonical batch of each seq — the first valid
// publication, every signature re-verified and, with WithChainCheck, checked
// against the chain (settle.Resolve); on a single-writer layer (dir:) it reads the
// batches in order, hash-checked and decoded (the detector replays them). Safe for
// concurrent use.
type Ledger struct {
	store    da.Store
	contract common.Address
	check    settle.ChainCheck

	syncMu sync.Mutex
	mu     sync.Mutex
	next   uint64
	st     *settle.State // shared layers: the replayed state
	bad    map[common.Hash]bool
	rej    []settle.Rejected
	by     map[uint32][]LedgerEntry // provider index → entries in te order
	seqOf  map[common.Hash]uint64   // pay transaction → batch
	err    string
}

// NewLedger returns a follower of contract's ledger on store.
func NewLedger(store da.Store, contract common.Address) *Ledger {
	return &Ledger{store: store, contract: contract, by: map[uint32][]LedgerEntry{}, seqOf: map[common.Hash]uint64{}, bad: map[common.Hash]bool{}}
}

// WithChainCheck makes the ledger check each publication of a shared layer against
// the chain (settle.NewChainCheck) before taking it as canonical.
func (l *Ledger) WithChainCheck(cc settle.ChainCheck) *Ledger {
	l.check = cc
	return l
}

// Sync reads the batches published since the last Sync.
func (l *Ledger) Sync(ctx context.Context) error {
	l.syncMu.Lock()
	defer l.syncMu.Unlock()
	var err error
	if sh, ok := l.store.(da.Shared); ok {
		err = l.syncShared(ctx, sh)
	} else {
		l.mu.Lock()
		from := l.next
		l.mu.Unlock()
		err = da.Iterate(ctx, l.store, l.contract, from, func(it *da.Item) error {
			b, err := settle.DecodeItem(it)
			if err != nil {
				return err
			}
			l.add(b)
			return nil
		})
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err != nil {
		l.err = fmt.Sprintf("ledger: %v", err)
		return err
	}
	l.err = ""
	return nil
}

// syncShared applies the canonical batches of a shared layer (settle.Resolve).
func (l *Ledger) syncShared(ctx context.Context, sh da.Shared) error {
	if l.st == nil {
		// The ledger names its chain: the first valid publication at seq 0 does.
		pubs, err := sh.Publications(ctx, l.contract, 0)
		if err != nil {
			return err
		}
		for _, p := range pubs {
			it, err := sh.Body(ctx, l.contract, p)
			if err != nil {
				continue
			}
			if b, err := settle.DecodeItem(it); err == nil && b.Contract == l.contract {
				l.st = settle.NewState(b.Domain())
				break
			}
		}
		if l.st == nil {
			return nil
		}
	}
	for {
		p, eff, it, rej, err := settle.Resolve(ctx, sh, l.st, settle.CheckOptions{Crypto: true}, l.check,
			func(p *da.Publication) bool { return l.bad[p.Tx] })
		for _, r := range rej {
			l.bad[r.Tx] = true
			l.mu.Lock()
			l.rej = append(l.rej, r)
			l.mu.Unlock()
		}
		if err != nil || p == nil {
			return err
		}
		l.st.Apply(eff)
		b, err := settle.DecodeItem(it)
		if err != nil {
			return err
		}
		l.add(b)
	}
}

// add indexes batch b.
func (l *Ledger) add(b *settle.Batch) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, e := range b.Entries {
		obs := map[uint32]*big.Int{}
		for _, o := range b.Obs {
			if int(o.Vector) < len(b.Vectors) && i < len(b.Vectors[o.Vector]) {
				obs[o.Sender] = b.Vectors[o.Vector][i]
			}
		}
		l.by[e.Provider] = append(l.by[e.Provider], LedgerEntry{Seq: b.Seq, Ts: e.Ts, Te: b.Te, St: e.St, Records: e.Records,
			Mode: b.Mode, Observed: obs, PayTx: b.PayTx})
	}
	l.seqOf[b.PayTx] = b.Seq
	l.next = b.Seq + 1
}

// batchOf returns the seq of the batch carrying pay transaction tx (nil: none
// known, or no ledger).
func (l *Ledger) batchOf(tx common.Hash) *uint64 {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	seq, ok := l.seqOf[tx]
	if !ok {
		return nil
	}
	return &seq
}

// Rejected returns the publications of a shared layer skipped as invalid.
func (l *Ledger) Rejected() []settle.Rejected {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]settle.Rejected(nil), l.rej...)
}

// Batches is the number of batches read.
func (l *Ledger) Batches() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.next
}

// Entry returns the ledger's entry of provider for the period ending at te.
func (l *Ledger) Entry(provider uint32, te uint64) (LedgerEntry, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range l.by[provider] {
		if e.Te == te {
			return e, true
		}
	}
	return LedgerEntry{}, false
}

// KeeperResults are one keeper's challenge results for a provider, with the reason of
// every failure (from the challenge records).
type KeeperResults struct {
	Keeper   common.Address  `json:"keeper"`
	OK       int             `json:"ok"`
	Failed   int             `json:"failed"`
	Failures []FailureRecord `json:"failures"`
}

// FailureRecord is one failed challenge.
type FailureRecord struct {
	Block  uint64 `json:"block"`
	Result string `json:"result"`
	Reason string `json:"reason"`
}

// failureReason explains a challenge result (challenge/record.go).
func failureReason(r challenge.Result) string {
	switch r {
	case challenge.ResultMissing:
		return "no response"
	case challenge.ResultLate:
		return "response after the deadline"
	case challenge.ResultInvalid:
		return "response for another seed or pieces, or not signed by the provider"
	}
	return ""
}

// Results counts the challenge records of provider per keeper, each record once
// (the records of [ts − G, ts) an entry carries are the previous period's), with
// every failure and its reason. keeperAt maps a record's keeper index (a position in
// the group in force for its entry's te) to an account (Snapshot.KeeperAt).
func (l *Ledger) Results(provider uint32, keeperAt func(te uint64, i uint32) common.Address) []KeeperResults {
	l.mu.Lock()
	defer l.mu.Unlock()
	type key struct {
		h uint64
		k uint8
	}
	seen := map[key]bool{}
	by := map[common.Address]*KeeperResults{}
	for _, e := range l.by[provider] {
		for _, r := range e.Records {
			if seen[key{r.Height, r.Keeper}] {
				continue
			}
			seen[key{r.Height, r.Keeper}] = true
			a := keeperAt(e.Te, uint32(r.Keeper))
			kr := by[a]
			if kr == nil {
				kr = &KeeperResults{Keeper: a, Failures: []FailureRecord{}}
				by[a] = kr
			}
			if r.Result == challenge.ResultOK {
				kr.OK++
				continue
			}
			kr.Failed++
			kr.Failures = append(kr.Failures, FailureRecord{Block: r.Height, Result: r.Result.String(), Reason: failureReason(r.Result)})
		}
	}
	out := make([]KeeperResults, 0, len(by))
	for _, kr := range by {
		out = append(out, *kr)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Keeper.Cmp(out[j].Keeper) < 0 })
	return out
}
