package obs

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestServer(t *testing.T) {
	m := NewMetrics()
	m.Challenges.WithLabelValues("0xc0", "ok").Add(3)
	m.ChainHeight.Set(42)
	s, err := Listen("127.0.0.1:0", m, func(context.Context) any {
		return map[string]any{"role": "keeper", "height": 42}
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	get := func(path string) string {
		resp, err := http.Get("http://" + s.Addr() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %s", path, resp.Status)
		}
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	var st map[string]any
	if err := json.Unmarshal([]byte(get("/status")), &st); err != nil || st["role"] != "keeper" {
		t.Fatalf("status: %v %v", st, err)
	}
	metrics := get("/metrics")
	for _, want := range []string{`whitepay_challenges_total{contract="0xc0",result="ok"} 3`, "whitepay_chain_height 42", "go_goroutines"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if get("/healthz") != "ok\n" {
		t.Error("healthz")
	}
	// Two nodes in one process have separate registries.
	m2 := NewMetrics()
	m2.ChainHeight.Set(7)
	if m.Registry == m2.Registry {
		t.Fatal("registries shared")
	}
}
