package detector_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/da/arweave"
	"github.com/whitepay/whitepay/settle/da/arweave/arlocal"
	"github.com/whitepay/whitepay/settle/detector"
)

// TestLedgerCostPerPeriod measures the ledger of issue 15's shape — 7 keepers, 3
// providers, 6 challenges per keeper per provider per period (42 records per entry)
// — on the simulated chain (Prague, real EVM, real gas) and arlocal: bytes per
// period, and gas per period on the settlement chain with the whole batch as
// calldata (the eth layer) beside gas with the body on Arweave and only its
// locator sent to today's BatchInbox (publish with the 32-byte Arweave id as its
// inline payload: the header the composite layer will send once the inbox's
// header record lands). The Arweave side is real: the body is posted, fetched and
// checked, and every transaction is verified by arweave-js. Asserted: the header
// costs less than the calldata. The figures are logged (go test -v).
// Cost: ~10 s (signing 3 periods of records, arlocal).
func TestLedgerCostPerPeriod(t *testing.T) {
	ctx := context.Background()
	e := newChainEnvShape(t, 7, 3, 42, 20)
	autoMine(t, e)
	deploy := func() [20]byte {
		inbox, tx, err := da.DeployInbox(ctx, e.c, e.opts)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := bind.WaitMined(ctx, e.c, tx); err != nil {
			t.Fatal(err)
		}
		return inbox
	}
	full, header := deploy(), deploy()
	k0 := e.gen.Keepers[0]
	e.sendEther(t, k0.Account, new(big.Int).Mul(big.NewInt(10), ether))
	kopts, _ := bind.NewKeyedTransactorWithChainID(k0.Key, big.NewInt(chain.SimulatedChainID))
	sender := txmgr.New(e.c, k0.Account, kopts.Signer, txmgr.Options{Poll: 20 * time.Millisecond})
	ethStore, err := da.OpenEth(ctx, da.EthOptions{Client: e.c, Inbox: full, Sender: sender})
	if err != nil {
		t.Fatal(err)
	}
	hdrInbox, err := bindings.NewBatchInbox(header, e.c)
	if err != nil {
		t.Fatal(err)
	}
	srv := arlocal.Start(t)
	var rec arlocal.Recorder
	w, err := arweave.GenerateWallet()
	if err != nil {
		t.Fatal(err)
	}
	ar, err := da.OpenArweave(da.ArweaveOptions{Client: srv.Client(t, &rec), Wallet: w, Mine: true, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	const periods = 3
	var fullGas, hdrGas, encBytes, bodyBytes uint64
	var fullTxs int
	for i := range periods {
		head, _ := e.c.BlockNumber(ctx)
		b := publish(t, e.gen, e, ethStore, nil, nil) // full calldata on inbox "full"
		mid, _ := e.c.BlockNumber(ctx)
		g, n, err := e.GasTo(ctx, head, mid, full)
		if err != nil {
			t.Fatal(err)
		}
		fullGas += g
		fullTxs += n
		encBytes += uint64(len(b.Encoded))
		// The same batch: body to Arweave, its id to inbox "header".
		id, err := ar.PutBody(ctx, e.up.Address, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded)
		if err != nil {
			t.Fatal(err)
		}
		it, err := ar.GetBody(ctx, e.up.Address, b.Batch.Seq, b.Hash, id)
		if err != nil || !it.Check() {
			t.Fatalf("body %d back from Arweave: %v", i, err)
		}
		bodyBytes += uint64(len(da.Compress(b.Encoded)))
		o := *kopts
		o.Context = ctx
		tx, err := hdrInbox.Publish(&o, e.up.Address, bindings.BatchInboxHeader{Seq: b.Batch.Seq, PrevHash: b.Batch.Prev, BodyHash: b.Hash, StateRoot: b.Batch.StateRoot}, da.ArweaveLocator(id), nil, 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		r, err := bind.WaitMined(ctx, e.c, tx)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("header publish: %v", err)
		}
		hdrGas += r.GasUsed
		t.Logf("period %d: batch %d bytes (%d deflated, the Arweave body); full calldata %d gas in %d tx; header %d gas",
			i, len(b.Encoded), len(da.Compress(b.Encoded)), g, n, r.GasUsed)
	}
	t.Logf("per period (mean of %d): ledger %d bytes, %d on Arweave; settlement-chain gas: full calldata %d (%d tx), Arweave body + header %d",
		periods, encBytes/periods, bodyBytes/periods, fullGas/periods, fullTxs/periods, hdrGas/periods)
	if hdrGas >= fullGas {
		t.Fatalf("the header (%d gas) costs no less than the calldata (%d)", hdrGas, fullGas)
	}
	res, err := detector.Run(ctx, detector.Config{Contract: e.up.Address, Store: ethStore, Chain: e.c})
	if err != nil || res.Batches != periods {
		t.Fatalf("detector over the measured ledger: %+v %v", res, err)
	}
	rec.Verify(t)
}
