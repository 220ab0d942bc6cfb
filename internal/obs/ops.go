package obs

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// Ops are the gauges that the operator kit's alert rules name (ops/prometheus/
// alerts.yml, checked by ops_test.go with promtool): each alert reads a gauge a node
// keeps current, not a rate an operator has to derive.
//
// Decisions taken where SPEC is silent:
//
//   - Amounts here are floats in whole units (ether, or the token's whole units with
//     its 18 decimals assumed): they exist for thresholds, not accounting. The exact
//     figures are whitepay_paid_wei (ExactCounter) and the dashboard's statements.
//   - Runway is the periods the contract's surplus covers at the rate of its last
//     paid period (SPEC 8.1 runway()); -1 while nothing has been paid yet (no rate),
//     so that a new contract does not page anyone.
type Ops struct {
	ChainUp       prometheus.Gauge     // 1 while the chain answers (ChainWatch), else 0
	GasBalance    *prometheus.GaugeVec // by account: the node's gas money, ether
	PeersUp       *prometheus.GaugeVec // by contract: other keepers connected
	PeersNeeded   *prometheus.GaugeVec // by contract: other keepers needed for a quorum (q − 1)
	LedgerPending *prometheus.GaugeVec // by contract: final payments not yet in the SCP ledger
	RunwayPeriods *prometheus.GaugeVec // by contract: periods the surplus covers; -1: no rate yet
}

func newOps(r *prometheus.Registry) Ops {
	g := func(name, help string, labels ...string) *prometheus.GaugeVec {
		v := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "whitepay_" + name, Help: help}, labels)
		r.MustRegister(v)
		return v
	}
	o := Ops{
		ChainUp:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "whitepay_chain_up", Help: "1 while the chain answers within the stale span, else 0."}),
		GasBalance:    g("gas_balance_ether", "The node account's gas money, in ether (float; for alerting).", "account"),
		PeersUp:       g("peers_connected", "Other keepers of the contract this node is connected to.", "contract"),
		PeersNeeded:   g("peers_needed", "Other keepers needed for a quorum (q - 1).", "contract"),
		LedgerPending: g("ledger_pending", "Final payments not yet in the SCP ledger (ledger lag).", "contract"),
		RunwayPeriods: g("runway_periods", "Periods the contract's surplus covers at its last period's rate; -1 while nothing was paid.", "contract"),
	}
	r.MustRegister(o.ChainUp)
	return o
}

// CounterValue reads a counter's current value (for pages that show it).
func CounterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil || m.Counter == nil {
		return 0
	}
	return m.Counter.GetValue()
}

// BalanceReader reads an account's balance (a chain client).
type BalanceReader interface {
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// WatchGasBalance keeps whitepay_gas_balance_ether{account} current, reading the
// balance every interval (default 15 s) until ctx ends; a failed read leaves the last
// value (the chain alert covers the outage).
func (m *Metrics) WatchGasBalance(ctx context.Context, r BalanceReader, account common.Address, interval time.Duration) {
	if interval <= 0 {
		interval = 15 * time.Second
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		rctx, cancel := context.WithTimeout(ctx, interval)
		if b, err := r.BalanceAt(rctx, account, nil); err == nil {
			m.GasBalance.WithLabelValues(account.Hex()).Set(Ether(b))
		}
		cancel()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Ether converts wei to ether as a float (for gauges and charts, never accounting).
func Ether(wei *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return f
}
