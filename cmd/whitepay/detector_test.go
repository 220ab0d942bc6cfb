package main

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/ledgergen"
)

// writeLedger generates n batches of a small ledger into a dir layer.
func writeLedger(t *testing.T, n int) (string, common.Address, *da.DirStore) {
	t.Helper()
	ctx := context.Background()
	c := common.HexToAddress("0x00000000000000000000000000000000000c1e00")
	g, err := ledgergen.New(ledgergen.Config{Contract: c, Keepers: 4, Providers: 5, RecordsPerEntry: 2, Period: 30})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	store, _ := da.OpenDir(dir)
	ch := &ledgergen.Synthetic{}
	for i := 0; i < n; i++ {
		s, err := g.Next(ctx, ch, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := g.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := store.Put(ctx, c, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
			t.Fatal(err)
		}
		g.Apply(b)
	}
	return dir, c, store
}

func TestDetectorRunCLI(t *testing.T) {
	dir, c, store := writeLedger(t, 3)
	out, errOut, code := runWhitepay(t, "", "detector", "run", "--contract", c.Hex(), "--da", "dir:"+dir)
	if code != 0 || !strings.Contains(out, "ledger OK: 3 batches") {
		t.Fatalf("honest ledger: code %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "detector: batch 2/3") {
		t.Fatalf("no progress on stderr: %q", errOut)
	}
	// Any byte of any batch file altered: non-zero, naming the batch.
	it, _ := store.Get(context.Background(), c, 1)
	path := store.BatchPath(c, it.Hash)
	raw, _ := os.ReadFile(path)
	bad := append([]byte(nil), raw...)
	bad[len(bad)/2] ^= 0x80
	os.WriteFile(path, bad, 0o644)
	out, _, code = runWhitepay(t, "", "detector", "run", "--contract", c.Hex(), "--da", "dir:"+dir, "--quiet")
	if code != 1 || !strings.Contains(out, "DIVERGENCE at batch 1") || !strings.Contains(out, "field:    hash") {
		t.Fatalf("tampered ledger: code %d\n%s", code, out)
	}
	out, _, code = runWhitepay(t, "", "detector", "run", "--contract", c.Hex(), "--da", "dir:"+dir, "--quiet", "--json")
	var js struct {
		OK         bool `json:"ok"`
		Divergence struct {
			Batch uint64 `json:"batch"`
			Entry int    `json:"entry"`
			Field string `json:"field"`
		} `json:"divergence"`
	}
	if code != 1 || json.Unmarshal([]byte(out), &js) != nil || js.OK || js.Divergence.Batch != 1 || js.Divergence.Field != "hash" {
		t.Fatalf("json divergence: code %d\n%s", code, out)
	}
	os.WriteFile(path, raw, 0o644)
	// Resumable state.
	state := t.TempDir()
	if _, _, code := runWhitepay(t, "", "detector", "run", "--contract", c.Hex(), "--da", "dir:"+dir, "--state", state, "--quiet"); code != 0 {
		t.Fatal("run with state")
	}
	out, _, code = runWhitepay(t, "", "detector", "run", "--contract", c.Hex(), "--da", "dir:"+dir, "--state", state, "--quiet")
	if code != 0 || !strings.Contains(out, "0 batches checked (from batch 3)") {
		t.Fatalf("resume: code %d\n%s", code, out)
	}
}

func TestDetectorRunUsage(t *testing.T) {
	for _, args := range [][]string{
		{"detector", "run", "--da", "dir:/tmp/x"},
		{"detector", "run", "--contract", "nope", "--da", "dir:/tmp/x"},
		{"detector", "run", "--contract", "0x0000000000000000000000000000000000000001"},
		{"detector", "run", "--contract", "0x0000000000000000000000000000000000000001", "--da", "ipfs:x"},
		{"detector", "run", "--contract", "0x0000000000000000000000000000000000000001", "--da", "eth"},
	} {
		if _, errOut, code := runWhitepay(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d (%s)", args, code, errOut)
		}
	}
	// A directory without this contract's ledger is a failure, not a usage error.
	if _, _, code := runWhitepay(t, "", "detector", "run", "--contract", "0x0000000000000000000000000000000000000001", "--da", "dir:"+t.TempDir()); code != 1 {
		t.Errorf("empty layer: exit %d", code)
	}
}

func TestBenchDetectorCLI(t *testing.T) {
	out, errOut, code := runWhitepay(t, "", "bench", "detector", "--settlements", "300", "--entries", "100", "--json", "--quiet")
	var r struct {
		Settlements     uint64  `json:"settlements"`
		Batches         uint64  `json:"batches"`
		SettlementsPerS float64 `json:"settlements_per_s"`
		FloorPerS       float64 `json:"sig_floor_settlements_per_s"`
		FloorRatio      float64 `json:"floor_ratio"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &r) != nil || r.Settlements != 300 || r.Batches != 3 || r.SettlementsPerS <= 0 ||
		r.FloorPerS <= 0 || r.FloorRatio != r.SettlementsPerS/r.FloorPerS {
		t.Fatalf("bench: code %d\n%s\n%s", code, out, errOut)
	}
	if _, _, code := runWhitepay(t, "", "bench", "detector", "--entries", "5000"); code != 2 {
		t.Fatalf("bad --entries: exit %d", code)
	}
}

func TestBenchScaleCLI(t *testing.T) {
	out, errOut, code := runWhitepay(t, "", "bench", "scale", "--providers", "3", "--part-size", "2", "--keepers", "4", "--challenges", "1", "--periods", "2", "--json", "--quiet")
	var r struct {
		AllPaid bool `json:"all_paid"`
		Periods []struct {
			PaidProviders int             `json:"paid_providers"`
			Parts         int             `json:"parts"`
			PartGas       []uint64        `json:"part_gas"`
			Layers        map[string]any  `json:"layers"`
			KeeperDB      int64           `json:"keeper_db_bytes"`
			Round4        json.RawMessage `json:"round4"`
		} `json:"periods"`
		Pending []string `json:"pending"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &r) != nil || !r.AllPaid || len(r.Periods) != 2 || len(r.Pending) != 0 {
		t.Fatalf("bench scale: code %d\n%s\n%s", code, out, errOut)
	}
	for i, p := range r.Periods {
		if p.PaidProviders != 3 || p.Parts != 2 || len(p.PartGas) != 2 || p.Layers["eth"] == nil || p.KeeperDB <= 0 {
			t.Fatalf("period %d %+v", i, p)
		}
		// Round 4 is measured once, in period 0 (K ≥ 4), min(P, 3) providers disputed.
		var r4 *struct {
			Providers int   `json:"providers"`
			Bytes     int64 `json:"bytes"`
			Chunks    int   `json:"record_chunks"`
		}
		if err := json.Unmarshal(p.Round4, &r4); err != nil || (i == 0) != (r4 != nil) {
			t.Fatalf("period %d: round 4 %s", i, p.Round4)
		}
		if r4 != nil && (r4.Providers != 3 || r4.Bytes <= 0 || r4.Chunks <= 0) {
			t.Fatalf("round 4 %s", p.Round4)
		}
	}
	if _, _, code := runWhitepay(t, "", "bench", "scale", "--keepers", "0"); code != 2 {
		t.Fatalf("bad --keepers: exit %d", code)
	}
}
