package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestBenchGasJSON runs `whitepay bench gas --json` and checks the shape of its
// output and that every measurement the issue asks for is there, with plausible gas.
func TestBenchGasJSON(t *testing.T) {
	out, errOut, code := runWhitepay(t, "", "bench", "gas", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	type key struct {
		op               string
		keepers, entries int
	}
	got := map[key]float64{}
	for _, r := range rows {
		if len(r) != 5 {
			t.Fatalf("row %v: want exactly op, keepers, signers, entries, gas", r)
		}
		op, _ := r["op"].(string)
		k, _ := r["keepers"].(float64)
		e, _ := r["entries"].(float64)
		g, _ := r["gas"].(float64)
		if g < 21000 {
			t.Errorf("row %v: gas below the intrinsic cost of a transaction", r)
		}
		got[key{op, int(k), int(e)}] = g
	}
	for _, want := range []key{
		{"deploy-registry", 0, 0}, {"deploy-factory", 0, 0}, {"register", 1, 0}, {"group-create", 21, 0},
		{"user-setup", 21, 3}, {"fund", 21, 0},
		{"pay", 4, 1}, {"pay", 7, 1}, {"pay", 21, 1}, {"pay", 64, 1},
		{"pay", 21, 16}, {"pay", 21, 64}, {"pay", 21, 128},
		{"withdraw-provider", 21, 0}, {"withdraw-keeper", 21, 0},
	} {
		if _, ok := got[want]; !ok {
			t.Errorf("missing %+v", want)
		}
	}
	// More entries cost more gas.
	if !(got[key{"pay", 21, 1}] < got[key{"pay", 21, 16}] && got[key{"pay", 21, 16}] < got[key{"pay", 21, 128}]) {
		t.Errorf("pay gas does not grow with entries: %v", got)
	}
	// The goals of issue 12 (deterministic gas, this run): pay N=21 1 entry, the
	// marginal entry, user-setup (upkeeping.TestGasTargets checks the same in-package).
	if g := got[key{"pay", 21, 1}]; g > 230_000 {
		t.Errorf("pay N=21, 1 entry: %.0f gas > 230,000", g)
	}
	if per := (got[key{"pay", 21, 64}] - got[key{"pay", 21, 1}]) / 63; per > 9_000 {
		t.Errorf("marginal gas per entry %.0f > 9,000", per)
	}
	if g := got[key{"user-setup", 21, 3}]; g > 800_000 {
		t.Errorf("user-setup %.0f gas > 800,000", g)
	}
}

func TestBenchGasUsage(t *testing.T) {
	_, errOut, code := runWhitepay(t, "", "bench", "gas", "--rules", "berlin")
	if code != 2 || !strings.Contains(errOut, "--rules") {
		t.Fatalf("exit %d, stderr %q; want a usage error", code, errOut)
	}
}
