package dashboard

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
	"github.com/whitepay/whitepay/upkeeping"
)

// LedgerEntry is one paid entry as the SCP ledger carries it (SPEC 9): the report's
// st and the challenge records of the provider over [ts − G, te) it was computed from.
type LedgerEntry struct {
	Seq     uint64
	Ts, Te  uint64
	St      *big.Int
	Records []settle.Record
}

// Ledger follows one contract's SCP ledger on a data-availability layer, batch by
// batch (each Sync reads only the new ones), for the challenge results and the
// samples behind each payment. Safe for concurrent use.
type Ledger struct {
	store    da.Store
	contract common.Address

	syncMu sync.Mutex
	mu     sync.Mutex
	next   uint64
	by     map[uint32][]LedgerEntry // provider index → entries in te order
	err    string
}

// NewLedger returns a follower of contract's ledger on store.
func NewLedger(store da.Store, contract common.Address) *Ledger {
	return &Ledger{store: store, contract: contract, by: map[uint32][]LedgerEntry{}}
}

// Sync reads the batches published since the last Sync. The batches are decoded
// and hash-checked, not replayed: the detector (VerdictWatch) checks them.
func (l *Ledger) Sync(ctx context.Context) error {
	l.syncMu.Lock()
	defer l.syncMu.Unlock()
	l.mu.Lock()
	from := l.next
	l.mu.Unlock()
	err := da.Iterate(ctx, l.store, l.contract, from, func(it *da.Item) error {
		b, err := settle.DecodeItem(it)
		if err != nil {
			return err
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		for _, e := range b.Entries {
			l.by[e.Provider] = append(l.by[e.Provider], LedgerEntry{Seq: b.Seq, Ts: e.Ts, Te: b.Te, St: e.St, Records: e.Records})
		}
		l.next = it.Seq + 1
		return nil
	})
	l.mu.Lock()
	defer l.mu.Unlock()
	if err != nil {
		l.err = fmt.Sprintf("ledger: %v", err)
		return err
	}
	l.err = ""
	return nil
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
// every failure and its reason. keepers maps record keeper indices to accounts.
func (l *Ledger) Results(provider uint32, keepers []upkeeping.KeeperInfo) []KeeperResults {
	l.mu.Lock()
	defer l.mu.Unlock()
	type key struct {
		h uint64
		k uint8
	}
	seen := map[key]bool{}
	by := map[uint8]*KeeperResults{}
	for _, e := range l.by[provider] {
		for _, r := range e.Records {
			if seen[key{r.Height, r.Keeper}] {
				continue
			}
			seen[key{r.Height, r.Keeper}] = true
			kr := by[r.Keeper]
			if kr == nil {
				kr = &KeeperResults{Failures: []FailureRecord{}}
				if int(r.Keeper) < len(keepers) {
					kr.Keeper = keepers[r.Keeper].Account
				}
				by[r.Keeper] = kr
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
	idx := make([]int, 0, len(by))
	for k := range by {
		idx = append(idx, int(k))
	}
	sort.Ints(idx)
	for _, k := range idx {
		out = append(out, *by[uint8(k)])
	}
	return out
}

// Sample is one challenge record behind a payment, as explain shows it.
type Sample struct {
	Height uint64         `json:"height"`
	Keeper common.Address `json:"keeper"`
	Index  uint8          `json:"keeper_index"`
	Result string         `json:"result"`
	Space  string         `json:"space"`
}

// explainSamples adds the ledger's samples and their integral (SPEC 4) to e.
func (l *Ledger) explainSamples(e *Explanation, provider uint32, stale uint64, keepers []upkeeping.KeeperInfo) {
	le, ok := l.Entry(provider, e.Te)
	if !ok {
		e.SamplesNote = "no batch of the ledger carries this payment yet"
		return
	}
	seq := le.Seq
	e.Batch = &seq
	samples := make([]challenge.Sample, 0, len(le.Records))
	for _, r := range le.Records {
		s := Sample{Height: r.Height, Index: r.Keeper, Result: r.Result.String(), Space: r.Space.String()}
		if int(r.Keeper) < len(keepers) {
			s.Keeper = keepers[r.Keeper].Account
		}
		e.Samples = append(e.Samples, s)
		samples = append(samples, challenge.Sample{Height: r.Height, Keeper: uint64(r.Keeper), Space: r.Space})
	}
	st, err := challenge.SpaceTime(samples, le.Ts, le.Te, stale)
	if err != nil {
		e.SamplesNote = "the samples do not integrate: " + err.Error()
		return
	}
	e.Integral = st.String()
	switch {
	case st.Cmp(le.St) == 0:
		e.SamplesNote = "the integral of the ledger's samples equals the st paid"
	default:
		e.SamplesNote = "the st paid is the median of the keepers' observations; these are the publishing keeper's records"
	}
}
