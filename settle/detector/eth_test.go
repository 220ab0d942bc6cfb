package detector_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/detector"
)

// autoMine commits a block whenever a transaction is pending, as a dev chain would.
func autoMine(t *testing.T, e *chainEnv) { t.Cleanup(e.AutoMine()) }

func TestEthLayer(t *testing.T) {
	ctx := context.Background()
	e := newChainEnv(t)
	autoMine(t, e)
	// The inbox, and keeper 0 as the publisher (funded for gas).
	inbox, tx, err := da.DeployInbox(ctx, e.c, e.opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, e.c, tx); err != nil {
		t.Fatal(err)
	}
	k0 := e.gen.Keepers[0]
	e.sendEther(t, k0.Account, new(big.Int).Mul(big.NewInt(10), ether))
	kopts, _ := bind.NewKeyedTransactorWithChainID(k0.Key, big.NewInt(chain.SimulatedChainID))
	sender := txmgr.New(e.c, k0.Account, kopts.Signer, txmgr.Options{Poll: 20 * time.Millisecond})
	// A small chunk size so that batches travel in several chunks.
	store, err := da.OpenEth(ctx, da.EthOptions{Client: e.c, Inbox: inbox, Sender: sender, ChunkSize: 1 << 10})
	if err != nil {
		t.Fatal(err)
	}
	var last *settle.Built
	for i := 0; i < 3; i++ {
		last = publish(t, e.gen, e, store, nil, nil)
	}
	if n := len(da.Compress(last.Encoded)); n <= 1<<10 {
		t.Fatalf("payload of %d bytes: not chunked", n)
	}
	t.Logf("batch of %d bytes compressed to %d", len(last.Encoded), len(da.Compress(last.Encoded)))
	// Idempotent; a different batch at a published seq and a gap are refused.
	if err := store.Put(ctx, e.up.Address, last.Batch.Seq, last.Batch.Prev, last.Hash, last.Encoded); err != nil {
		t.Fatalf("republish: %v", err)
	}
	other := []byte("another batch")
	if err := store.Put(ctx, e.up.Address, last.Batch.Seq, last.Batch.Prev, crypto.Keccak256Hash(other), other); !errors.Is(err, da.ErrConflict) {
		t.Fatalf("conflict: %v", err)
	}
	if err := store.Put(ctx, e.up.Address, 7, last.Hash, crypto.Keccak256Hash(other), other); !errors.Is(err, da.ErrGap) {
		t.Fatalf("gap: %v", err)
	}
	if err := store.Put(ctx, e.up.Address, 3, [32]byte{1}, crypto.Keccak256Hash(other), other); !errors.Is(err, da.ErrPrev) {
		t.Fatalf("wrong prev: %v", err)
	}
	// A non-keeper cannot occupy the next seq.
	sopts := e.opts
	outsider := txmgr.New(e.c, sopts.From, sopts.Signer, txmgr.Options{Poll: 20 * time.Millisecond})
	ostore, _ := da.OpenEth(ctx, da.EthOptions{Client: e.c, Inbox: inbox, Sender: outsider})
	if err := ostore.Put(ctx, e.up.Address, 3, last.Hash, crypto.Keccak256Hash(other), other); err == nil {
		t.Fatal("an outsider published")
	}
	// Read back through Open("eth:…") over JSON-RPC and check with the detector.
	rpc, _, err := chain.Dial(ctx, e.sim.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer rpc.Close()
	reader, err := da.Open(ctx, "eth:"+inbox.Hex(), da.OpenOptions{Client: rpc})
	if err != nil {
		t.Fatal(err)
	}
	h, _ := reader.Head(ctx, e.up.Address)
	if h.Next != 3 || h.Hash != last.Hash {
		t.Fatalf("inbox head %+v", h)
	}
	res, err := detector.Run(ctx, detector.Config{Contract: e.up.Address, Store: reader, Chain: rpc})
	if err != nil {
		t.Fatalf("detector on the eth layer: %v", err)
	}
	if res.Batches != 3 || !res.ContractChecked {
		t.Fatalf("result %+v", res)
	}
	// Another upkeeping contract has its own (empty) chain on the same inbox.
	if h, _ := reader.Head(ctx, common.HexToAddress("0x1234")); h.Next != 0 {
		t.Fatalf("foreign head %+v", h)
	}
	if _, err := reader.Get(ctx, e.up.Address, 3); !errors.Is(err, da.ErrNotFound) {
		t.Fatalf("beyond the head: %v", err)
	}
}

func TestDecompressBound(t *testing.T) {
	big := make([]byte, da.MaxDecoded+10)
	if _, err := da.Decompress(da.Compress(big)); err == nil {
		t.Fatal("oversized payload inflated")
	}
	if _, err := da.Decompress([]byte("not deflate")); err == nil {
		t.Fatal("garbage inflated")
	}
}
