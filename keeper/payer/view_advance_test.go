package payer

import (
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/upkeeping"
)

// viewState is what the agreement reads from a view.
func viewState(t *testing.T, v *View) (te uint64, lastPaid []uint64, due []uint32, keepers []common.Address) {
	t.Helper()
	for i := range v.ProviderAddresses() {
		lp, ok := v.ProviderLastPaid(uint32(i))
		if !ok {
			t.Fatalf("provider %d unknown", i)
		}
		lastPaid = append(lastPaid, lp)
	}
	due, err := v.Providers()
	if err != nil {
		t.Fatal(err)
	}
	return v.Te(), lastPaid, due, v.KeeperAddresses()
}

func sameViews(t *testing.T, what string, a, b *View) {
	t.Helper()
	ate, alp, adue, ak := viewState(t, a)
	bte, blp, bdue, bk := viewState(t, b)
	if ate != bte || !slices.Equal(alp, blp) || !slices.Equal(adue, bdue) || !slices.Equal(ak, bk) {
		t.Fatalf("%s: advanced view te %d lastPaid %v due %v keepers %v; re-read te %d lastPaid %v due %v keepers %v",
			what, ate, alp, adue, ak, bte, blp, bdue, bk)
	}
}

// TestViewAdvanceFromLogs: a view advanced from the contract's logs (the chain
// watcher's) describes the contract as a full re-read does: a payment moves the
// paid providers' lastPaid (applied from its events), te moves with the height,
// and another event (a provider added) makes it re-read the contract.
func TestViewAdvanceFromLogs(t *testing.T) {
	e := newSubmitEnv(t)
	ctx := e.ctx
	v, err := NewView(ctx, e.c)
	if err != nil {
		t.Fatal(err)
	}
	from := v.Height() + 1
	logsTo := func(h uint64) []types.Log {
		if h < from {
			return nil
		}
		q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(h), Addresses: []common.Address{e.c.Address}}
		ls, err := e.client.FilterLogs(ctx, q)
		if err != nil {
			t.Fatalf("logs %d..%d: %v", from, h, err)
		}
		from = h + 1
		return ls
	}

	te := e.first + e.params.Period
	e.waitHeight(te + e.params.Finality)
	e.d.submit(ctx, e.submission(e.report(te, 0, e.first)), time.Millisecond, false)
	if got := e.outcome(); got != "paid" {
		t.Fatalf("submit: %s", got)
	}
	h, err := e.client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	logs := logsTo(h)
	if len(logs) == 0 {
		t.Fatal("no logs for the payment")
	}
	if err := v.Advance(ctx, h, logs); err != nil {
		t.Fatal(err)
	}
	ref, err := NewView(ctx, e.c)
	if err != nil {
		t.Fatal(err)
	}
	if ref.Height() != h {
		if err := ref.Reload(ctx, h); err != nil {
			t.Fatal(err)
		}
	}
	sameViews(t, "after a payment", v, ref)
	if lp, _ := v.ProviderLastPaid(0); lp != te {
		t.Fatalf("provider 0 lastPaid %d after the payment, want %d", lp, te)
	}

	// No logs: te moves with the height, from the cache.
	te2 := v.Te() + e.params.Period
	e.waitHeight(te2 + e.params.Finality)
	h2, _ := e.client.BlockNumber(ctx)
	if err := v.Advance(ctx, h2, logsTo(h2)); err != nil {
		t.Fatal(err)
	}
	if err := ref.Refresh(ctx, h2); err != nil {
		t.Fatal(err)
	}
	sameViews(t, "a period later", v, ref)
	if v.Te() != te2 {
		t.Fatalf("te %d, want %d", v.Te(), te2)
	}

	// A provider added (ProviderAdded): the view re-reads the contract.
	n := len(v.ProviderAddresses())
	tx, err := e.c.AddProvider(ctx, e.opts(0), common.BigToAddress(big.NewInt(0x2000)), new(big.Int).Mul(big.NewInt(3), upkeeping.PriceScale))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.Wait(ctx, tx); err != nil {
		t.Fatal(err)
	}
	h3, _ := e.client.BlockNumber(ctx)
	if err := v.Advance(ctx, h3, logsTo(h3)); err != nil {
		t.Fatal(err)
	}
	if got := len(v.ProviderAddresses()); got != n+1 {
		t.Fatalf("%d providers after ProviderAdded, want %d", got, n+1)
	}
	if err := ref.Refresh(ctx, h3); err != nil {
		t.Fatal(err)
	}
	sameViews(t, "after a provider was added", v, ref)
}
