package provider

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
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
}

func (f *fakePayments) ProviderIndex(context.Context, common.Address) (uint32, bool, error) {
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
	return big.NewInt(42), nil
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
	if st.Payments != 2 || st.TotalPaid != "1500" || st.TotalSt != "150" || st.PaidUntil != 20 || st.Balance != "42" || st.ScannedTo != 12000 {
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
