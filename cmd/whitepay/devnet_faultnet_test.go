package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/devnet/faultnet"
	"github.com/whitepay/whitepay/devnet/faults"
)

// TestDevnetFaultsCI is the short version of issue 8's "must show": 4 keeper and 3
// provider processes, 4 periods, under kill-keeper, kill-leader, kill-provider,
// drop-tx and byzantine (one hostile keeper). Every period must be paid, nothing
// paid twice, no honest keeper slashed, no record lost across a kill -9, and the
// Byzantine keeper, which leads period 2's first window and equivocates there,
// slashed.
func TestDevnetFaultsCI(t *testing.T) {
	requireFaultRuns(t)
	s, _ := runFaults(t, devnet.Options{Keepers: 4, Providers: 3, Periods: 4, DataDir: faultsDataDir(t), PieceSize: 64 << 10}, 8*time.Minute,
		faults.KillKeeper, faults.KillLeader, faults.KillProvider, faults.DropTx, faults.Byzantine)
	b, _ := json.MarshalIndent(s, "", "  ")
	t.Logf("summary: %s", b)
	requireSafe(t, s)
	if len(s.ByzantineKeepers) != 1 || s.ByzantineSlashed != 1 {
		t.Errorf("byzantine %v, slashed %v (%d byzantine)", s.ByzantineKeepers, s.Slashed, s.ByzantineSlashed)
	}
	if s.Injected[faults.KillKeeper] < 1 || s.Injected[faults.KillLeader]+s.Skipped[faults.KillLeader] < 1 || s.Injected[faults.KillProvider] < 1 {
		t.Errorf("faults injected %v skipped %v", s.Injected, s.Skipped)
	}
	if s.Dropped < 1 {
		t.Errorf("no pay() submission was dropped")
	}
	if s.RestartsChecked < 1 {
		t.Errorf("no restarted keeper's records were checked")
	}
}

// TestDevnetFaultsFull is issue 8's "must show" at full size (7 keepers, 20
// providers, 20 periods, the same five faults), behind WHITEPAY_FAULTS_FULL=1 (about
// five minutes); `whitepay devnet --procs … --faults …` runs the same thing. With
// WHITEPAY_FAULTS_OUT=FILE the summary is written there.
func TestDevnetFaultsFull(t *testing.T) {
	if os.Getenv("WHITEPAY_FAULTS_FULL") == "" {
		t.Skip("set WHITEPAY_FAULTS_FULL=1 (about five minutes)")
	}
	s, _ := runFaults(t, devnet.Options{Keepers: 7, Providers: 20, Periods: 20, DataDir: faultsDataDir(t)}, 20*time.Minute,
		faults.KillKeeper, faults.KillLeader, faults.KillProvider, faults.DropTx, faults.Byzantine)
	requireSafe(t, s)
	if s.ByzantineSlashed != len(s.ByzantineKeepers) {
		t.Errorf("byzantine %v, slashed %v", s.ByzantineKeepers, s.Slashed)
	}
}

// TestDevnetFaultsPartitionCI cuts f keepers' transports off from the other keepers
// (see package faults) in the last of 4 periods and takes the chain's JSON-RPC
// endpoint down for a few seconds, with providers killed: still every
// period paid, nothing twice, no record lost; the cut keeper logs that it was cut
// off, kept running through the cut (heads seen while partitioned) and healed.
func TestDevnetFaultsPartitionCI(t *testing.T) {
	requireFaultRuns(t)
	opts := devnet.Options{Keepers: 4, Providers: 3, Periods: 4, DataDir: t.TempDir(), PieceSize: 64 << 10}
	s, _ := runFaults(t, opts, 8*time.Minute, faults.Partition, faults.RestartChainRPC, faults.KillProvider, faults.DropTx)
	requireSafe(t, s)
	if s.Injected[faults.Partition] != 1 || s.Injected[faults.RestartChainRPC] != 1 || len(s.Slashed) != 0 {
		t.Errorf("partitions %d, chain RPC restarts %d (events %v), slashed %v", s.Injected[faults.Partition], s.Injected[faults.RestartChainRPC], s.Events, s.Slashed)
	}
	for _, e := range s.Events {
		if e.Fault != faults.Partition || e.Action != "cut" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(opts.DataDir, e.Member, "node.log"))
		if err != nil {
			t.Errorf("%s: %v", e.Member, err)
			continue
		}
		log := string(b)
		for _, want := range []string{"partitioned, cut off from peers", "partitioned, still running", "partition healed"} {
			if !strings.Contains(log, want) {
				t.Errorf("%s's log has no %q", e.Member, want)
			}
		}
	}
}

// requireFaultRuns skips the fault-injection devnets in -short runs (each takes a
// minute or two of processes and chain).
func requireFaultRuns(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs a fault-injection devnet of processes (about 90 s)")
	}
}

// faultsDataDir is where a fault devnet keeps its data: WHITEPAY_FAULTS_DIR if set
// (kept for inspection), else a temporary directory.
func faultsDataDir(t *testing.T) string {
	if dir := os.Getenv("WHITEPAY_FAULTS_DIR"); dir != "" {
		return dir
	}
	return t.TempDir()
}

// runFaults runs a devnet of processes (this package's whitepay binary) under the
// faults of list within timeout, and stops the test if the run fails. The progress
// log is printed if the test fails; with WHITEPAY_FAULTS_OUT=FILE the summary is
// written there.
func runFaults(t *testing.T, opts devnet.Options, timeout time.Duration, list ...string) (*faultnet.Summary, *syncBuffer) {
	t.Helper()
	progress := &syncBuffer{}
	opts.Procs, opts.Binary, opts.Progress = true, whitepayBinary(t), progress
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("progress:\n%s", progress.String())
			if os.Getenv("WHITEPAY_FAULTS_DIR") != "" {
				t.Logf("data in %s", opts.DataDir)
			}
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	s, err := faultnet.Run(ctx, opts, list, nil)
	if s != nil {
		b, _ := json.MarshalIndent(s, "", "  ")
		if out := os.Getenv("WHITEPAY_FAULTS_OUT"); out != "" {
			_ = os.WriteFile(out, b, 0o600)
		}
		if err != nil {
			t.Logf("summary: %s", b)
		}
	}
	if err != nil || s == nil || s.Summary == nil {
		t.Fatalf("faulted devnet: %v", err)
	}
	return s, progress
}

// requireSafe checks what must hold under any fault (issue 8): every period paid,
// no payment failed, nothing paid twice, no double signature (slashes of honest
// keepers, and the honest keepers' vote stores read after the run: every paid
// report they signed is their lock, no other report of a paid instance is), no
// record lost across a kill -9, and the detector silent.
func requireSafe(t *testing.T, s *faultnet.Summary) {
	t.Helper()
	if s.PeriodsPaid != s.PeriodsWanted || s.FailedPayments != 0 {
		t.Errorf("%d of %d periods paid, %d failed", s.PeriodsPaid, s.PeriodsWanted, s.FailedPayments)
	}
	if s.DoublePayments != 0 || s.DoubleSigns != 0 || s.RecordsLost != 0 {
		t.Errorf("double payments %d, double signs %d, records lost %d", s.DoublePayments, s.DoubleSigns, s.RecordsLost)
	}
	if s.Checked == 0 || s.SignedOutsideLock != 0 || s.ConflictingLocks != 0 {
		t.Errorf("vote stores: %s", s.VoteAudit)
	}
	if s.DetectorDivergences == nil || *s.DetectorDivergences != 0 {
		t.Errorf("detector: %s", s.Detector)
	}
}
