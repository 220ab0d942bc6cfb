package obs

import (
	"math/big"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
)

// ExactCounter is a monotonic amount of money per label value, exported without
// rounding (issue 13: a float64 counter of wei is wrong above 2^53 wei, about
// 0.009 ether). Prometheus samples are floats, so the exact decimal integer is the
// label "wei" of a sample whose value is always 1 (the info-metric idiom):
//
//	whitepay_paid_wei{contract="0x…",wei="1234567890123456789012"} 1
//
// A scraper reads the label; a collector emits only the current total, so each
// contract has one series at a time.
type ExactCounter struct {
	desc  *prometheus.Desc
	mu    sync.Mutex
	total map[string]*big.Int
}

// NewExactCounter returns an exact counter named name with one variable label.
func NewExactCounter(name, help, label string) *ExactCounter {
	return &ExactCounter{desc: prometheus.NewDesc(name, help, []string{label, "wei"}, nil), total: map[string]*big.Int{}}
}

// Add adds v (≥ 0) to the total of label value lv.
func (c *ExactCounter) Add(lv string, v *big.Int) {
	if v == nil || v.Sign() <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.total[lv]
	if t == nil {
		t = new(big.Int)
		c.total[lv] = t
	}
	t.Add(t, v)
}

// Value returns the total of lv (a copy; zero if none).
func (c *ExactCounter) Value(lv string) *big.Int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t := c.total[lv]; t != nil {
		return new(big.Int).Set(t)
	}
	return new(big.Int)
}

// Describe implements prometheus.Collector.
func (c *ExactCounter) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

// Collect implements prometheus.Collector.
func (c *ExactCounter) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for lv, t := range c.total {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, 1, lv, t.String())
	}
}
