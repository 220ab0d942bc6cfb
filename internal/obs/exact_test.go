package obs

import (
	"context"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"
)

// The paid amount is exported exactly, far above float64's 2^53, and the status
// server's /healthz follows the health check.
func TestExactCounterAndHealthz(t *testing.T) {
	m := NewMetrics()
	big1, _ := new(big.Int).SetString("1234567890123456789012", 10) // 1234.5… ether
	m.PaidWei.Add("0xC", big1)
	m.PaidWei.Add("0xC", big.NewInt(1))
	var unhealthy error
	srv, err := Serve("127.0.0.1:0", m, func(context.Context) any { return map[string]int{"x": 1} }, func() error { return unhealthy }, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + srv.Addr() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	_, body := get("/metrics")
	if !strings.Contains(body, `whitepay_paid_wei{contract="0xC",wei="1234567890123456789013"} 1`) {
		t.Fatalf("exact paid amount not exported:\n%s", grep(body, "paid"))
	}
	if code, body := get("/healthz"); code != 200 || body != "ok\n" {
		t.Fatalf("healthy: %d %q", code, body)
	}
	w := NewChainWatch(nil, m, time.Second, nil)
	unhealthy = w.Health() // never read
	if code, body := get("/healthz"); code != 503 || !strings.Contains(body, "chain") {
		t.Fatalf("unhealthy: %d %q", code, body)
	}
}

func grep(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
