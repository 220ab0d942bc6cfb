package obs

import (
	"context"
	"errors"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

func gauge(t *testing.T, g prometheus.Gauge) float64 {
	t.Helper()
	var m dto.Metric
	if err := g.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetGauge().GetValue()
}

type heads struct{ err error }

func (h *heads) BlockNumber(context.Context) (uint64, error) { return 42, h.err }

// TestChainUp: whitepay_chain_up follows the chain watch (the alert
// WhitepayChainUnreachable reads it).
func TestChainUp(t *testing.T) {
	m := NewMetrics()
	h := &heads{}
	w := NewChainWatch(h, m, 0, nil)
	w.Poll(context.Background())
	if v := gauge(t, m.ChainUp); v != 1 {
		t.Fatalf("chain_up = %v after a good read", v)
	}
	h.err = errors.New("connection refused")
	w.Poll(context.Background())
	if v := gauge(t, m.ChainUp); v != 0 {
		t.Fatalf("chain_up = %v with the RPC down", v)
	}
}

type balances map[common.Address]*big.Int

func (b balances) BalanceAt(_ context.Context, a common.Address, _ *big.Int) (*big.Int, error) {
	return b[a], nil
}

// TestWatchGasBalance: the gauge holds the account's balance in ether, and every
// operator gauge is served on /metrics once set.
func TestWatchGasBalance(t *testing.T) {
	m := NewMetrics()
	a := common.HexToAddress("0xaa")
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // one read, then return
	m.WatchGasBalance(ctx, balances{a: new(big.Int).Mul(big.NewInt(25), big.NewInt(1e15))}, a, 0)
	if v := gauge(t, m.GasBalance.WithLabelValues(a.Hex())); v != 0.025 {
		t.Fatalf("gas_balance_ether = %v, want 0.025", v)
	}
	m.PeersUp.WithLabelValues("0xc").Set(2)
	m.PeersNeeded.WithLabelValues("0xc").Set(2)
	m.LedgerPending.WithLabelValues("0xc").Set(0)
	m.RunwayPeriods.WithLabelValues("0xc").Set(-1)
	s, err := Listen("127.0.0.1:0", m, func(context.Context) any { return nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rec := httptest.NewRecorder()
	s.mux.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	for _, name := range []string{"whitepay_gas_balance_ether", "whitepay_peers_connected", "whitepay_peers_needed", "whitepay_ledger_pending", "whitepay_runway_periods", "whitepay_chain_up"} {
		if !strings.Contains(rec.Body.String(), "\n"+name) {
			t.Errorf("/metrics has no %s", name)
		}
	}
}
