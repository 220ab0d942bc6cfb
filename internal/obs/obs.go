// Package obs is a node's observability surface: a Prometheus registry of its own
// (no process-global registry), the metrics every WhitePay node exports, and one
// HTTP server with
//
//	GET /status   the node's JSON status (whatever its StatusFunc returns)
//	GET /metrics  Prometheus text exposition
//	GET /healthz  200 "ok" while the node is healthy (HealthFunc: the chain answers,
//	              enough peers are connected), 503 with the reasons otherwise
//
// Metric names are prefixed "whitepay_" and labelled by contract where a node
// serves several contracts (SPEC 1).
package obs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the counters and histograms of a WhitePay node. A provider uses the
// challenge and payment ones; a keeper uses all.
type Metrics struct {
	Registry *prometheus.Registry

	// The gauges the operator kit's alert rules read (ops/prometheus/alerts.yml;
	// ops.go): the chain answers, gas money, peers, ledger lag, runway.
	Ops

	Challenges        *prometheus.CounterVec   // by contract, result (ok, missing, late, invalid)
	RecordsStored     *prometheus.CounterVec   // by contract, origin (own, synced)
	RecordsRejected   *prometheus.CounterVec   // by contract, reason
	AgreementRounds   *prometheus.CounterVec   // by contract, round (observe, propose, reconcile, sync)
	AgreementLatency  *prometheus.HistogramVec // by contract: Observe sent → q commit signatures, seconds
	MessagesRejected  *prometheus.CounterVec   // by reason
	ReportsSubmitted  *prometheus.CounterVec   // by contract, outcome (paid, already_paid, failed)
	GasSpent          *prometheus.CounterVec   // by contract, op
	Payments          *prometheus.CounterVec   // by contract: provider entries paid
	PaidWei           *ExactCounter            // by contract: wei (or token base units) paid, exact (whitepay_paid_wei)
	ChainHeight       prometheus.Gauge
	LedgerSeq         *prometheus.GaugeVec // by contract: last ledger batch
	EquivocationsSeen *prometheus.CounterVec
	OrdersLearned     *prometheus.CounterVec // by contract, how (user, gossip, reconcile, record)
}

// NewMetrics creates the metrics in a registry of their own, with the Go runtime
// and process collectors.
func NewMetrics() *Metrics {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := func(name, help string, labels ...string) *prometheus.CounterVec {
		c := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "whitepay_" + name, Help: help}, labels)
		r.MustRegister(c)
		return c
	}
	m := &Metrics{
		Registry:          r,
		Challenges:        f("challenges_total", "Challenges issued, by result.", "contract", "result"),
		RecordsStored:     f("records_stored_total", "Challenge records stored, own or synced.", "contract", "origin"),
		RecordsRejected:   f("records_rejected_total", "Records refused on verification, by reason.", "contract", "reason"),
		AgreementRounds:   f("agreement_rounds_total", "Agreement rounds started, by round.", "contract", "round"),
		MessagesRejected:  f("messages_rejected_total", "Inbound protocol messages refused, by reason.", "reason"),
		ReportsSubmitted:  f("reports_submitted_total", "Reports submitted, by outcome.", "contract", "outcome"),
		GasSpent:          f("gas_spent_total", "Gas used by this node's transactions.", "contract", "op"),
		Payments:          f("payments_total", "Provider entries paid.", "contract"),
		PaidWei:           NewExactCounter("whitepay_paid_wei", "Amount paid by the contract's payments seen by this node, in wei (or token base units), exact: the wei label; the sample is 1.", "contract"),
		EquivocationsSeen: f("equivocations_total", "Equivocations detected.", "contract"),
		OrdersLearned:     f("orders_learned_total", "Orders stored for the first time, by how they came (user, gossip, reconcile, record).", "contract", "how"),
		AgreementLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "whitepay_agreement_latency_seconds", Help: "Observe sent to q commit signatures.",
			Buckets: prometheus.ExponentialBuckets(0.01, 2, 14),
		}, []string{"contract"}),
		ChainHeight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "whitepay_chain_height", Help: "Latest block height seen."}),
		LedgerSeq:   prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "whitepay_ledger_seq", Help: "Sequence number of the ledger head."}, []string{"contract"}),
	}
	r.MustRegister(m.AgreementLatency, m.ChainHeight, m.LedgerSeq, m.PaidWei)
	m.Ops = newOps(r)
	return m
}

// StatusFunc returns the node's status as a JSON-encodable value.
type StatusFunc func(ctx context.Context) any

// Server serves /status, /metrics and /healthz, and whatever is added with Handle
// (the dashboard pages).
type Server struct {
	srv *http.Server
	mux *http.ServeMux
	ln  net.Listener
	log *slog.Logger
}

// Handle serves pattern (http.ServeMux syntax) with h beside the status endpoints; it
// may be called while the server runs.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// Listen starts serving on addr ("127.0.0.1:0" picks a port), always healthy.
func Listen(addr string, m *Metrics, status StatusFunc, log *slog.Logger) (*Server, error) {
	return Serve(addr, m, status, nil, log)
}

// Serve starts serving on addr with a health check (nil: always healthy).
func Serve(addr string, m *Metrics, status StatusFunc, health HealthFunc, log *slog.Logger) (*Server, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("obs: listen %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(status(r.Context())); err != nil {
			log.Warn("status encode", "err", err)
		}
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		if health != nil {
			if err := health(); err != nil {
				w.Header().Set("Content-Type", "text/plain; charset=utf-8")
				w.WriteHeader(http.StatusServiceUnavailable)
				_, _ = w.Write([]byte(strings.ReplaceAll(err.Error(), "\n", "; ") + "\n"))
				return
			}
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	s := &Server{
		srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second},
		mux: mux,
		ln:  ln,
		log: log,
	}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("status server", "err", err)
		}
	}()
	return s, nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Close stops the server.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}
