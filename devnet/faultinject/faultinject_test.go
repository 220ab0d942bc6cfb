package faultinject

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

var discard = slog.New(slog.DiscardHandler)

func TestDropFirstPay(t *testing.T) {
	a, err := bindings.UpkeepingMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x01")
	mk := func(nonce uint64, data []byte, tip int64) *types.Transaction {
		return types.NewTx(&types.DynamicFeeTx{Nonce: nonce, To: &to, Data: data, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(100)})
	}
	pay := append(append([]byte{}, a.Methods["pay"].ID...), 1, 2, 3)
	pay2 := append(append([]byte{}, a.Methods["pay"].ID...), 4, 5, 6)
	other := append(append([]byte{}, a.Methods["withdraw"].ID...), 1)
	var sent []*types.Transaction
	send := DropFirstPay(func(_ context.Context, tx *types.Transaction) error { sent = append(sent, tx); return nil }, discard)
	for _, tx := range []*types.Transaction{mk(0, pay, 1), mk(0, pay, 2), mk(1, other, 1), mk(1, pay2, 1), mk(1, pay2, 2), mk(2, pay, 3)} {
		if err := send(context.Background(), tx); err != nil {
			t.Fatal(err)
		}
	}
	// Sent: the pay resubmission, the withdraw, pay2's resubmission, pay again.
	want := []uint64{0, 1, 1, 2}
	if len(sent) != len(want) {
		t.Fatalf("sent %d transactions, want %d", len(sent), len(want))
	}
	for i, tx := range sent {
		if tx.Nonce() != want[i] {
			t.Fatalf("transaction %d has nonce %d, want %d", i, tx.Nonce(), want[i])
		}
	}
	if sent[0].GasTipCap().Int64() != 2 || string(sent[1].Data()) != string(other) || sent[2].GasTipCap().Int64() != 2 {
		t.Fatal("the wrong transactions were dropped")
	}
}

func TestFaultsFile(t *testing.T) {
	dir := t.TempDir()
	if f, ok, err := Load(dir); err != nil || ok || f != (Faults{}) {
		t.Fatalf("no file: %+v %v %v", f, ok, err)
	}
	want := Faults{DropFirstTx: true, ResubmitAfter: "5s", Byzantine: "all", ByzantineFrom: 7, PartitionControl: true, CrashControl: true}
	if err := Write(dir, want); err != nil {
		t.Fatal(err)
	}
	if f, ok, err := Load(dir); err != nil || !ok || f != want {
		t.Fatalf("read back %+v %v %v, want %+v", f, ok, err, want)
	}
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(`{"drop_first_tx":`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Load(dir); err == nil {
		t.Fatal("a truncated faults file was accepted")
	}
	if _, err := TxOptions(context.Background(), Faults{ResubmitAfter: "soon"}, "", discard); err == nil {
		t.Fatal("a bad resubmit_after was accepted")
	}
	if o, err := TxOptions(context.Background(), Faults{ResubmitAfter: "5s"}, "", discard); err != nil || o.ResubmitAfter != 5*time.Second || o.SendTx != nil {
		t.Fatalf("resubmit_after only: %+v %v", o, err)
	}
}

func TestPartitionFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), PartitionFile)
	p, err := ReadPartition(path)
	if err != nil || p.Active(0) || p.Active(1e9) {
		t.Fatalf("missing file: %+v %v, want no partition", p, err)
	}
	want := Partition{Cut: []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02")}, From: 10, Until: 20}
	if err := WritePartition(path, want); err != nil {
		t.Fatal(err)
	}
	p, err = ReadPartition(path)
	if err != nil || len(p.Cut) != 2 || p.Cut[1] != want.Cut[1] || p.From != 10 || p.Until != 20 {
		t.Fatalf("read back %+v %v", p, err)
	}
	for h, active := range map[uint64]bool{9: false, 10: true, 19: true, 20: false} {
		if p.Active(h) != active {
			t.Errorf("Active(%d) = %v, want %v", h, !active, active)
		}
	}
	if open := (Partition{Cut: want.Cut, From: 5}); !open.Active(1e9) {
		t.Error("Until 0 must mean until told otherwise")
	}
	if (Partition{From: 0, Until: 100}).Active(50) {
		t.Error("an empty cut is no partition")
	}
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadPartition(path); err == nil {
		t.Error("a malformed file was accepted")
	}
}

// fakeHost records the cuts WatchPartition makes.
type fakeHost struct{ cut, heals atomic.Int32 }

func (h *fakeHost) Cut(a []common.Address) int { h.cut.Store(int32(len(a))); return 0 }
func (h *fakeHost) Heal()                      { h.cut.Store(0); h.heals.Add(1) }
func (h *fakeHost) CutRefused() uint64         { return 0 }

// TestWatchPartition: the watcher cuts the host while the file's partition is
// active at the head, heals it when the head passes Until, and heals on stop.
func TestWatchPartition(t *testing.T) {
	path := filepath.Join(t.TempDir(), PartitionFile)
	var head atomic.Uint64
	head.Store(5)
	h := &fakeHost{}
	stop := WatchPartition(context.Background(), path, 5*time.Millisecond, h, func(context.Context) (uint64, error) { return head.Load(), nil }, discard)
	defer stop()
	wait := func(what string, cond func() bool) {
		t.Helper()
		for end := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
			if time.Now().After(end) {
				t.Fatalf("never %s", what)
			}
		}
	}
	if err := WritePartition(path, Partition{Cut: []common.Address{{1}, {2}}, From: 10, Until: 20}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(30 * time.Millisecond)
	if h.cut.Load() != 0 {
		t.Fatal("cut before From")
	}
	head.Store(10)
	wait("cut at From", func() bool { return h.cut.Load() == 2 })
	head.Store(20)
	wait("healed at Until", func() bool { return h.cut.Load() == 0 && h.heals.Load() == 1 })
}

// fakeTransport calls its taps like keeper/payer.Transport.
type fakeTransport struct {
	taps []func(contract, peer common.Address, payload []byte, outbound bool)
}

func (f *fakeTransport) AddTap(fn func(contract, peer common.Address, payload []byte, outbound bool)) {
	f.taps = append(f.taps, fn)
}

func (f *fakeTransport) send(payload []byte, outbound bool) {
	for _, fn := range f.taps {
		fn(common.Address{}, common.Address{}, payload, outbound)
	}
}

// TestCrashAfterPropose: armed for te, the first outbound Propose of te kills, once;
// inbound Proposes, Proposes of another te, other messages and a disarmed watcher
// do not.
func TestCrashAfterPropose(t *testing.T) {
	dir := t.TempDir()
	tr := &fakeTransport{}
	var kills atomic.Int32
	stop := CrashAfterPropose(context.Background(), dir, tr, func() { kills.Add(1) }, discard)
	defer stop()
	prop := func(te uint64) []byte {
		p := &wire.Propose{Header: wire.Header{ChainID: big.NewInt(1), Te: te}, FailedBitmap: new(big.Int),
			Entries: []report.Entry{{Provider: 0, Ts: 0, St: big.NewInt(1)}}, Vectors: [][]*big.Int{{big.NewInt(1)}}, Obs: []wire.ObsRef{{}}, Aggs: make([][wire.SigSize]byte, 1)}
		return wire.Encode(p)
	}
	tr.send(prop(100), true) // not armed
	if err := WriteCrash(filepath.Join(dir, CrashFile), 100); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the watcher polls every 100 ms
	tr.send(prop(100), false)          // inbound
	tr.send(prop(200), true)           // another period
	tr.send(wire.Encode(&wire.Echo{Header: wire.Header{ChainID: big.NewInt(1), Te: 100}}), true)
	time.Sleep(50 * time.Millisecond)
	if kills.Load() != 0 {
		t.Fatalf("killed %d times before its Propose", kills.Load())
	}
	tr.send(prop(100), true)
	tr.send(prop(100), true)
	time.Sleep(50 * time.Millisecond)
	if kills.Load() != 1 {
		t.Fatalf("killed %d times, want once", kills.Load())
	}
}
