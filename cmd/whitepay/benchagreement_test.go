package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestBenchAgreementJSON(t *testing.T) {
	out, errOut, code := runWhitepay(t, "", "bench", "agreement", "--keepers", "4", "--providers", "3", "--instances", "1", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &r); err != nil {
		t.Fatalf("%v: %q", err, out)
	}
	for _, k := range []string{"ms_per_instance", "crypto_floor_ms", "bytes_per_instance", "messages_per_instance", "ratio"} {
		if v, ok := r[k].(float64); !ok || v <= 0 {
			t.Errorf("%s = %v", k, r[k])
		}
	}
	if r["keepers"].(float64) != 4 || r["providers"].(float64) != 3 || r["quorum"].(float64) != 3 {
		t.Errorf("configuration echoed wrong: %v", r)
	}
	// 4 keepers: Observe 3 + Observation 3 + Propose 3 + Echo 3·3 + Vote 3.
	if r["messages_per_instance"].(float64) != 21 {
		t.Errorf("messages %v, want 21", r["messages_per_instance"])
	}
}

func TestBenchAgreementUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--keepers", "0"}, {"--keepers", "300"}, {"--providers", "0"}, {"--providers", "5000"}, {"--instances", "0"}, {"extra"},
	} {
		_, _, code := runWhitepay(t, "", append([]string{"bench", "agreement"}, args...)...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
