package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	dto "github.com/prometheus/client_model/go"

	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/settle/da"
)

// TestDevnetLedgerDetector is issue 7's "must show": after a devnet with
// --da dir:PATH, the detector exits 0 on the ledger with the devnet's chain
// (--rpc) and without any chain; and altering any one byte (first, middle, last)
// of any batch file makes it exit non-zero naming that batch. (The keepers may
// pay and publish a period more while the devnet waits for the ledger.)
func TestDevnetLedgerDetector(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole devnet (about 30 s)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	ledger := filepath.Join(t.TempDir(), "ledger")
	var progress bytes.Buffer
	d, err := devnet.New(ctx, devnet.Options{Keepers: 4, Providers: 2, Periods: 2, Period: 10,
		BlockPeriod: 250 * time.Millisecond, DataDir: t.TempDir(), ServeRPC: true, Progress: &progress,
		DA: "dir:" + ledger})
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	defer func() {
		if !closed {
			d.Close()
		}
	}()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := d.Run(ctx)
	if err != nil {
		t.Fatalf("%v\n%s", err, progress.String())
	}
	if s.DetectorDivergences == nil || *s.DetectorDivergences != 0 {
		t.Fatalf("devnet detector: %q", s.Detector)
	}
	if s.DA != "dir:"+ledger || s.LedgerBatches < uint64(len(s.Reports)) || len(s.Reports) < 2 {
		t.Fatalf("ledger: %s, %d batches for %d reports (%s)", s.DA, s.LedgerBatches, len(s.Reports), s.Detector)
	}
	var js map[string]any
	enc, _ := json.Marshal(s)
	if json.Unmarshal(enc, &js) != nil || js["detector_divergences"] != float64(0) {
		t.Fatalf("summary JSON: %s", enc)
	}
	c := d.Contract().Address.Hex()
	// With the devnet's chain (its RPC endpoint), while the keepers still run.
	out, errOut, code := runWhitepay(t, "", "detector", "run", "--contract", c, "--da", "dir:"+ledger, "--rpc", d.RPCURL(), "--quiet")
	if code != 0 || !strings.Contains(out, "ledger OK") {
		t.Fatalf("detector --rpc: code %d\n%s\n%s", code, out, errOut)
	}
	// Every keeper's status and whitepay_ledger_seq show the ledger head (each
	// follows it every 0.5 s).
	for _, k := range d.Keepers {
		for i := 0; ; i++ {
			st := d.KeeperNode(k).Status()
			var g dto.Metric // whitepay_ledger_seq
			if err := d.KeeperNode(k).Metrics().LedgerSeq.WithLabelValues(c).Write(&g); err != nil {
				t.Fatal(err)
			}
			seq := g.GetGauge().GetValue()
			if len(st.Ledger) == 1 && st.Ledger[0].Head != nil && st.Ledger[0].Head.Seq+1 >= s.LedgerBatches &&
				seq+1 >= float64(s.LedgerBatches) {
				break
			}
			if i == 50 {
				t.Fatalf("%s: ledger status %+v", k.Name, st.Ledger)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	closed = true
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	// Without a chain.
	out, errOut, code = runWhitepay(t, "", "detector", "run", "--contract", c, "--da", "dir:"+ledger, "--quiet")
	if code != 0 || !strings.Contains(out, fmt.Sprintf("ledger OK: %d batches", s.LedgerBatches)) {
		t.Fatalf("detector: code %d\n%s\n%s", code, out, errOut)
	}
	store, err := da.OpenDir(ledger)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	for seq := uint64(0); seq < s.LedgerBatches; seq++ {
		it, err := store.Get(ctx, common.HexToAddress(c), seq)
		if err != nil {
			t.Fatal(err)
		}
		path := store.BatchPath(common.HexToAddress(c), it.Hash)
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, at := range []int{0, len(raw) / 2, len(raw) - 1} {
			bad := bytes.Clone(raw)
			bad[at] ^= 0x01
			if err := os.WriteFile(path, bad, 0o644); err != nil {
				t.Fatal(err)
			}
			out, _, code := runWhitepay(t, "", "detector", "run", "--contract", c, "--da", "dir:"+ledger, "--quiet")
			if code == 0 || !strings.Contains(out, fmt.Sprintf("DIVERGENCE at batch %d", seq)) {
				t.Fatalf("batch %d byte %d altered: code %d\n%s", seq, at, code, out)
			}
		}
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDevnetLedgerFallbackPublisher stops the leader of the first paid report
// before its payment is final (D = 6 blocks), so it never publishes that batch:
// the next keeper of the report's leader order must publish it (settle.PublishDue,
// W blocks later), once, and the detector stays silent.
func TestDevnetLedgerFallbackPublisher(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole devnet (about 30 s)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	stopped := -1
	d, err := devnet.New(ctx, devnet.Options{Keepers: 4, Providers: 2, Periods: 2, Period: 10, Finality: 6,
		BlockPeriod: 250 * time.Millisecond, DataDir: dir,
		OnReport: func(d *devnet.Devnet, r devnet.ReportSummary) {
			if stopped >= 0 {
				return
			}
			stopped = int(r.Leader)
			if err := d.StopMember(d.Keepers[r.Leader]); err != nil {
				t.Errorf("stopping k%d: %v", r.Leader, err)
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := d.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.DetectorDivergences == nil || *s.DetectorDivergences != 0 || s.LedgerBatches < 2 {
		t.Fatalf("detector: %q, %d batches", s.Detector, s.LedgerBatches)
	}
	if s.DA != "dir:"+filepath.Join(dir, "ledger") {
		t.Fatalf("default layer %q", s.DA)
	}
	logs, err := os.ReadFile(filepath.Join(dir, "nodes.log"))
	if err != nil {
		t.Fatal(err)
	}
	// The first batch: published by a keeper that did not lead, and only once.
	var first []string
	for _, l := range strings.Split(string(logs), "\n") {
		if strings.Contains(l, "ledger batch published for a payment") && strings.Contains(l, " seq=0 ") {
			first = append(first, l)
		}
	}
	if len(first) != 1 || !strings.Contains(first[0], fmt.Sprintf(" leader=%d ", stopped)) ||
		strings.Contains(first[0], fmt.Sprintf(" self=%d", stopped)) {
		t.Fatalf("batch 0 (leader k%d stopped) published by:\n%s", stopped, strings.Join(first, "\n"))
	}
}

// TestDevnetLedgerEth runs the devnet with --da eth: the batches go through a
// BatchInbox on the devnet's chain (each keeper sending through its txmgr), and
// the detector reads them back from the chain and stays silent.
func TestDevnetLedgerEth(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole devnet (about 30 s)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d, err := devnet.New(ctx, devnet.Options{Keepers: 4, Providers: 2, Periods: 2, Period: 10,
		BlockPeriod: 250 * time.Millisecond, DataDir: t.TempDir(), ServeRPC: true, DA: "eth"})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if !strings.HasPrefix(d.DA(), "eth:0x") {
		t.Fatalf("layer %q", d.DA())
	}
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := d.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.DetectorDivergences == nil || *s.DetectorDivergences != 0 || s.LedgerBatches < uint64(len(s.Reports)) || len(s.Reports) < 2 {
		t.Fatalf("detector: %q, %d batches for %d reports", s.Detector, s.LedgerBatches, len(s.Reports))
	}
	out, errOut, code := runWhitepay(t, "", "detector", "run", "--contract", d.Contract().Address.Hex(), "--da", d.DA(), "--rpc", d.RPCURL(), "--quiet")
	if code != 0 || !strings.Contains(out, "ledger OK") {
		t.Fatalf("detector --da %s --rpc: code %d\n%s\n%s", d.DA(), code, out, errOut)
	}
}
