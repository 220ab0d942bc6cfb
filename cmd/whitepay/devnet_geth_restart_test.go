package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/devnet/faultnet"
	"github.com/whitepay/whitepay/devnet/faults"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
)

// TestDevnetGethRestartChainRPC is restart-chain-rpc taken literally (issue 8: "the
// node behind --rpc restarts"): `devnet --procs --rpc geth` starts its own geth
// --dev, and in the middle period, while the leader's round runs, that geth process
// is stopped (SIGTERM), kept down for faultnet.RPCDowntime and started again on the
// same port and data directory. Every period must still be paid, nothing twice,
// no record lost, no keeper slashed, the detector clean; the restart is a new
// process on the members' URL with the chain's head kept, and a payment lands
// after it; both geth processes are gone after the run.
func TestDevnetGethRestartChainRPC(t *testing.T) {
	requireFaultRuns(t)
	if _, err := chain.FindGeth(); err != nil {
		t.Fatalf("%v: run scripts/deps.sh to install geth %s", err, chain.GethVersion)
	}
	dir := t.TempDir()
	t0 := time.Now()
	s, progress := runFaults(t, devnet.Options{Keepers: 4, Providers: 3, Periods: 3, DataDir: dir, PieceSize: 64 << 10, RPC: devnet.GethRPC},
		5*time.Minute, faults.RestartChainRPC)
	b, _ := json.MarshalIndent(s.ChainRestarts, "", "  ")
	t.Logf("chain restarts: %s (run %s)", b, time.Since(t0).Round(time.Second))
	requireSafe(t, s)
	if len(s.Slashed) != 0 {
		t.Errorf("slashed %v", s.Slashed)
	}
	if s.Injected[faults.RestartChainRPC] != 1 || s.Skipped[faults.RestartChainRPC] != 0 {
		t.Errorf("restart-chain-rpc injected %d, skipped %d (events %v)", s.Injected[faults.RestartChainRPC], s.Skipped[faults.RestartChainRPC], s.Events)
	}

	// The members dialed the devnet's geth; the restart was a new geth process on
	// that very URL, down at least RPCDowntime, with the chain kept.
	var cfg config.Config
	if b, err := os.ReadFile(filepath.Join(dir, "k0", "config.json")); err != nil {
		t.Fatal(err)
	} else if err := json.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	if len(s.ChainRestarts) != 1 {
		t.Fatalf("chain restarts %+v, want one", s.ChainRestarts)
	}
	r := s.ChainRestarts[0]
	if r.Node != "geth" || r.Error != "" || r.URL == "" || r.URL != cfg.Chain.RPC {
		t.Errorf("restart %+v; the members dial %q", r, cfg.Chain.RPC)
	}
	if r.OldPID <= 0 || r.NewPID <= 0 || r.OldPID == r.NewPID {
		t.Errorf("geth pid %d -> %d: not a new process", r.OldPID, r.NewPID)
	}
	if r.DownS < faultnet.RPCDowntime.Seconds() {
		t.Errorf("endpoint down %.2fs, less than %s", r.DownS, faultnet.RPCDowntime)
	}
	if r.HeadBefore == 0 || r.HeadAfter < r.HeadBefore {
		t.Errorf("head %d -> %d across the restart", r.HeadBefore, r.HeadAfter)
	}
	paidAfter := 0
	for _, rep := range s.Reports {
		if rep.Block > r.HeadAfter {
			paidAfter++
		}
	}
	if paidAfter == 0 {
		t.Errorf("no report paid after the restart (head %d): %+v", r.HeadAfter, s.Reports)
	}
	// The progress log shows it, and Close stopped both processes.
	if want := fmt.Sprintf("geth restarted: pid %d -> %d on %s", r.OldPID, r.NewPID, r.URL); !strings.Contains(progress.String(), want) {
		t.Errorf("progress has no %q", want)
	}
	for _, pid := range []int{r.OldPID, r.NewPID} {
		if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("geth pid %d still exists after the run: %v", pid, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "geth", "geth", "chaindata")); err != nil {
		t.Errorf("geth data directory: %v", err)
	}
}

// TestDevnetRestartChainRPCForeignNode: with --rpc URL (a node the devnet does not
// own) restart-chain-rpc is refused before anything starts, with an error naming
// the node and the way out (--rpc geth).
func TestDevnetRestartChainRPCForeignNode(t *testing.T) {
	opts := devnet.Options{Procs: true, RPC: "http://127.0.0.1:1", DataDir: t.TempDir()}
	_, err := faultnet.Run(context.Background(), opts, []string{faults.RestartChainRPC}, nil)
	if !errors.Is(err, devnet.ErrOptions) || !errors.Is(err, faults.ErrUnsupported) {
		t.Fatalf("restart-chain-rpc on a foreign node: %v, want ErrOptions and ErrUnsupported", err)
	}
	for _, want := range []string{"http://127.0.0.1:1", "does not own", "--rpc geth"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if entries, _ := os.ReadDir(opts.DataDir); len(entries) != 0 {
		t.Errorf("refused run left %d entries in its data directory", len(entries))
	}
}
