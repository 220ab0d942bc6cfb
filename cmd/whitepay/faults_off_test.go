//go:build !faults

package main

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/whitepay/whitepay/devnet/faultinject"
	"github.com/whitepay/whitepay/internal/config"
)

// TestProductHasNoFaults: the product build (this test binary is one) has no
// hostile-keeper command, refuses `devnet --faults` saying how to get a fault build,
// and refuses to start a keeper whose data directory holds a faults file.
func TestProductHasNoFaults(t *testing.T) {
	if faultsBuilt {
		t.Fatal("the product build claims fault injection")
	}
	if _, errOut, code := runWhitepay(t, "", "byzantine", "--config", "x"); code != exitUsage || !strings.Contains(errOut, "unknown command") {
		t.Errorf("byzantine: exit %d, %q; want an unknown command", code, errOut)
	}
	_, errOut, code := runWhitepay(t, "", "devnet", "--procs", "--faults", "kill-keeper", "--datadir", t.TempDir())
	if code != exitFail || !strings.Contains(errOut, "-tags faults") {
		t.Errorf("devnet --faults: exit %d, %q; want a refusal naming -tags faults", code, errOut)
	}
	dir := t.TempDir()
	c := &config.Config{DataDir: dir}
	log := slog.New(slog.DiscardHandler)
	if o, err := keeperTxOptions(context.Background(), c, log); err != nil || o.SendTx != nil || o.ResubmitAfter != 0 {
		t.Fatalf("no faults file: %+v %v", o, err)
	}
	if err := faultinject.Write(dir, faultinject.Faults{DropFirstTx: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := keeperTxOptions(context.Background(), c, log); !errors.Is(err, errNoFaults) || !strings.Contains(err.Error(), faultinject.FileName) {
		t.Fatalf("faults file in the product: %v, want a refusal naming it", err)
	}
}
