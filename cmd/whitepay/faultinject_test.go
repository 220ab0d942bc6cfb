package main

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
)

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
	send := dropFirstPay(func(_ context.Context, tx *types.Transaction) error { sent = append(sent, tx); return nil }, slog.New(slog.DiscardHandler))
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
	if sent[0].GasTipCap().Int64() != 2 || string(sent[1].Data()) != string(other) || sent[2].GasTipCap().Int64() != 2 {
		t.Fatal("the wrong transactions were dropped")
	}
}

func TestKeeperFaultsFile(t *testing.T) {
	dir := t.TempDir()
	if f, err := loadKeeperFaults(dir); err != nil || f.DropFirstTx {
		t.Fatalf("no file: %+v %v", f, err)
	}
	if err := os.WriteFile(filepath.Join(dir, KeeperFaultsFile), []byte(`{"drop_first_tx":true,"resubmit_after":"5s"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if f, err := loadKeeperFaults(dir); err != nil || !f.DropFirstTx || f.ResubmitAfter != "5s" {
		t.Fatalf("%+v %v", f, err)
	}
	if err := os.WriteFile(filepath.Join(dir, KeeperFaultsFile), []byte(`{"drop_first_tx":`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadKeeperFaults(dir); err == nil {
		t.Fatal("a truncated faults file was accepted")
	}
}
