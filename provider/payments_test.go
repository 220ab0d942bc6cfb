package provider

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	dto "github.com/prometheus/client_model/go"

	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/upkeeping"
)

// fakePayments is a contract with a fixed list of payments (unit test only).
type fakePayments struct {
	head     uint64
	idx      uint32
	reg      bool
	payments []upkeeping.Payment
	queries  [][2]uint64
	idxCalls int
	balCalls int
}

func (f *fakePayments) ProviderIndex(context.Context, common.Address) (uint32, bool, error) {
	f.idxCalls++
	return f.idx, f.reg, nil
}

func (f *fakePayments) FilterPayments(_ context.Context, from uint64, to *uint64, providers ...uint32) ([]upkeeping.Payment, error) {
	f.queries = append(f.queries, [2]uint64{from, *to})
	var out []upkeeping.Payment
	for _, p := range f.payments {
		if p.Block >= from && p.Block <= *to && (len(providers) == 0 || p.Provider == providers[0]) {
			out = append(out, p)
		}
	}
	return out, nil
}

func (f *fakePayments) BalanceOf(context.Context, common.Address) (*big.Int, error) {
	f.balCalls++
	return big.NewInt(42 + int64(f.balCalls)), nil
}

func (f *fakePayments) BlockNumber(context.Context) (uint64, error) { return f.head, nil }

func TestPaymentWatcher(t *testing.T) {
	ctx := context.Background()
	f := &fakePayments{head: 12000, idx: 2}
	m := obs.NewMetrics()
	contract := common.HexToAddress("0xc0")
	w, err := NewPaymentWatcher(WatcherConfig{Contract: contract, Provider: common.HexToAddress("0x01"), Source: f, Head: f, Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if st := w.Status(); st.Registered || len(f.queries) != 0 {
		t.Fatalf("unregistered provider scanned: %+v %v", st, f.queries)
	}
	f.reg = true
	f.payments = []upkeeping.Payment{
		{Provider: 2, Ts: 0, Te: 10, St: big.NewInt(100), Amount: big.NewInt(1000), Block: 15, TxHash: common.HexToHash("0x1")},
		{Provider: 1, Ts: 0, Te: 10, St: big.NewInt(7), Amount: big.NewInt(70), Block: 15},
		{Provider: 2, Ts: 10, Te: 20, St: big.NewInt(50), Amount: big.NewInt(500), Block: 11000, TxHash: common.HexToHash("0x2")},
	}
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	// 12001 blocks in ranges of at most MaxLogRange.
	if len(f.queries) != 3 || f.queries[0] != [2]uint64{0, MaxLogRange - 1} || f.queries[2][1] != 12000 {
		t.Fatalf("queries %v", f.queries)
	}
	st := w.Status()
	if st.Payments != 2 || st.TotalPaid != "1500" || st.TotalSt != "150" || st.PaidUntil != 20 || st.Balance != "43" || st.ScannedTo != 12000 {
		t.Fatalf("status %+v", st)
	}
	if !strings.HasSuffix(st.LastTx, "02") {
		t.Fatalf("last tx %s", st.LastTx)
	}
	// A re-read of the same interval (reorg replay) is not counted twice.
	f.payments = append(f.payments, upkeeping.Payment{Provider: 2, Ts: 10, Te: 20, St: big.NewInt(50), Amount: big.NewInt(500), Block: 12001})
	f.head = 12001
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if st := w.Status(); st.Payments != 2 || st.TotalPaid != "1500" {
		t.Fatalf("after replay: %+v", st)
	}
	if v := m.PaidWei.Value(contract.Hex()); v.Int64() != 1500 {
		t.Fatalf("paid metric %v", v)
	}
	if v := counter(t, m.Payments.WithLabelValues(contract.Hex())); v != 2 {
		t.Fatalf("payments metric %v", v)
	}
}

func counter(t *testing.T, c interface{ Write(*dto.Metric) error }) float64 {
	t.Helper()
	var d dto.Metric
	if err := c.Write(&d); err != nil {
		t.Fatal(err)
	}
	return d.GetCounter().GetValue()
}

// fakeLogPayments is fakePayments with payments parsed from logs: the payments of
// the blocks of the logs given (a log per block is enough).
type fakeLogPayments struct {
	*fakePayments
	fail  bool
	calls int
}

func (f *fakeLogPayments) PaymentsOf(logs []types.Log) ([]upkeeping.Payment, error) {
	f.calls++
	if f.fail {
		f.fail = false
		return nil, errors.New("parse failed")
	}
	var out []upkeeping.Payment
	for _, p := range f.payments {
		for _, l := range logs {
			if l.BlockNumber == p.Block && l.Topics[0] == upkeeping.EventTopic("EntryPaid") {
				out = append(out, p)
				break
			}
		}
	}
	return out, nil
}

// TestPaymentWatcherNote: followed by a chain watcher, the watcher scans once,
// then reads nothing but what the logs call for: the registration after a
// non-money event, the balance after a payment to it (or a withdrawal), and it
// scans again only after a failed update.
func TestPaymentWatcherNote(t *testing.T) {
	ctx := context.Background()
	contract := common.HexToAddress("0xc0")
	f := &fakeLogPayments{fakePayments: &fakePayments{idx: 2}}
	w, err := NewPaymentWatcher(WatcherConfig{Contract: contract, Provider: common.HexToAddress("0x01"), Source: f, Head: f})
	if err != nil {
		t.Fatal(err)
	}
	log := func(block uint64, event string) types.Log {
		return types.Log{Address: contract, BlockNumber: block, Topics: []common.Hash{upkeeping.EventTopic(event)}}
	}
	type want struct{ idx, bal, scans, parses, payments int }
	step := func(what string, head uint64, logs []types.Log, w0 want) {
		t.Helper()
		err := w.Note(ctx, head, logs)
		if err != nil && err.Error() != "parse failed" {
			t.Fatal(err)
		}
		got := want{f.idxCalls, f.balCalls, len(f.queries), f.calls, w.Status().Payments}
		if got != w0 {
			t.Fatalf("%s: calls %+v, want %+v (status %+v)", what, got, w0, w.Status())
		}
	}
	step("first update, unregistered", 100, nil, want{1, 0, 0, 0, 0})
	step("money only", 101, []types.Log{log(101, "Funded")}, want{1, 0, 0, 0, 0})
	f.reg = true
	step("no logs", 102, nil, want{1, 0, 0, 0, 0})
	step("provider added", 103, []types.Log{log(103, "ProviderAdded")}, want{2, 1, 0, 1, 0})
	if st := w.Status(); !st.Registered || st.Index != 2 || st.ScannedTo != 103 || st.Balance != "43" {
		t.Fatalf("status %+v", w.Status())
	}
	step("no logs", 104, nil, want{2, 1, 0, 2, 0})
	f.payments = []upkeeping.Payment{
		{Provider: 2, Ts: 0, Te: 10, St: big.NewInt(100), Amount: big.NewInt(1000), Block: 105},
		{Provider: 2, Ts: 10, Te: 20, St: big.NewInt(50), Amount: big.NewInt(500), Block: 107},
		{Provider: 1, Ts: 10, Te: 20, St: big.NewInt(50), Amount: big.NewInt(500), Block: 108},
	}
	step("paid", 105, []types.Log{log(105, "ReportPaid"), log(105, "EntryPaid")}, want{2, 2, 0, 3, 1})
	f.fail = true
	step("failed update", 106, nil, want{2, 2, 0, 4, 1})
	if w.Status().LastError == "" {
		t.Fatal("no error kept")
	}
	step("after a failure: scan", 107, nil, want{2, 3, 1, 4, 2})
	if q := f.queries[0]; q != [2]uint64{106, 107} {
		t.Fatalf("scan %v", q)
	}
	step("another provider paid", 108, []types.Log{log(108, "ReportPaid"), log(108, "EntryPaid")}, want{2, 3, 1, 5, 2})
	step("withdrawal", 109, []types.Log{log(109, "Withdrawn")}, want{2, 4, 1, 6, 2})
	if st := w.Status(); st.TotalPaid != "1500" || st.PaidUntil != 20 || st.ScannedTo != 109 || st.LastError != "" || st.Balance != "46" {
		t.Fatalf("status %+v", st)
	}
}
