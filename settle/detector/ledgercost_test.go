package detector_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/da/arweave"
	"github.com/whitepay/whitepay/settle/da/arweave/arlocal"
	"github.com/whitepay/whitepay/settle/detector"
)

// TestLedgerCostPerPeriod measures the ledger of issue 15's shape — 7 keepers, 3
// providers, 6 challenges per keeper per provider per period (42 records per entry)
// — on the simulated chain (Prague, real EVM, real gas) and arlocal: bytes per
// period, and gas per period on the settlement chain with the whole batch as
// calldata (the eth layer) beside gas with the composite layer (da.EthArweave: the
// body on Arweave, the header with its locator on the inbox). Both ledgers replay
// in the detector against the contract; through a faulty gateway, a body served
// changed is caught at its batch and a lost one is named. Every Arweave
// transaction is verified by arweave-js. Asserted: the header costs less than the
// calldata, and at most 40,000 gas after the publisher's first header (gas is
// deterministic on the simulated chain). The figures are logged (go test -v). Cost: ~20 s (signing 3 periods of
// records, arlocal, three detector runs).
func TestLedgerCostPerPeriod(t *testing.T) {
	ctx := context.Background()
	e := newChainEnvShape(t, 7, 3, 42, 20)
	autoMine(t, e)
	full, header := deployInbox(t, e), deployInbox(t, e)
	k0 := e.gen.Keepers[0]
	e.sendEther(t, k0.Account, new(big.Int).Mul(big.NewInt(10), ether))
	kopts, _ := bind.NewKeyedTransactorWithChainID(k0.Key, big.NewInt(chain.SimulatedChainID))
	sender := txmgr.New(e.c, k0.Account, kopts.Signer, txmgr.Options{Poll: 20 * time.Millisecond})
	ethStore, err := da.OpenEth(ctx, da.EthOptions{Client: e.c, Inbox: full, Sender: sender})
	if err != nil {
		t.Fatal(err)
	}
	srv := arlocal.Start(t)
	gw := arlocal.NewFaulty(t, srv)
	var rec arlocal.Recorder
	w, err := arweave.GenerateWallet()
	if err != nil {
		t.Fatal(err)
	}
	arClient := func() *arweave.Client {
		c, err := arweave.NewClient(gw.URL)
		if err != nil {
			t.Fatal(err)
		}
		c.OnPost = rec.Record
		return c
	}
	comp, err := da.OpenEthArweave(ctx, da.EthOptions{Client: e.c, Inbox: header, Sender: sender},
		da.ArweaveOptions{Client: arClient(), Wallet: w, Mine: true, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	const periods = 3
	var fullGas, hdrGas, encBytes, bodyBytes, steadyHdr uint64
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
		// The same batch on the composite layer: body to Arweave, header to inbox "header".
		if err := comp.Put(ctx, e.up.Address, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
			t.Fatal(err)
		}
		end, _ := e.c.BlockNumber(ctx)
		hg, hn, err := e.GasTo(ctx, mid, end, header)
		if err != nil || hn != 1 {
			t.Fatalf("header transactions: %d (%v)", hn, err)
		}
		hdrGas += hg
		if i > 0 {
			steadyHdr = max(steadyHdr, hg)
		}
		bodyBytes += uint64(len(da.Compress(b.Encoded)))
		t.Logf("period %d: batch %d bytes (%d deflated, the Arweave body); full calldata %d gas in %d tx; Arweave body + header %d gas",
			i, len(b.Encoded), len(da.Compress(b.Encoded)), g, n, hg)
	}
	t.Logf("per period (mean of %d): ledger %d bytes, %d on Arweave; settlement-chain gas: full calldata %d (%d tx), Arweave body + header %d",
		periods, encBytes/periods, bodyBytes/periods, fullGas/periods, fullTxs/periods, hdrGas/periods)
	if hdrGas >= fullGas {
		t.Fatalf("the header (%d gas) costs no less than the calldata (%d)", hdrGas, fullGas)
	}
	// Issue 15's budget: after a keeper's first publication at this ledger (a new
	// storage slot and the contract asked), a header costs at most 40,000 gas — the
	// inbox reuses the contract's membership answer (BatchInbox.sol, "Gas").
	if steadyHdr > 40_000 {
		t.Fatalf("a header publication costs %d gas after the first (budget 40,000)", steadyHdr)
	}
	for name, s := range map[string]da.Store{"eth": ethStore, "eth+arweave": comp} {
		res, err := detector.Run(ctx, detector.Config{Contract: e.up.Address, Store: s, Chain: e.c})
		if err != nil || res.Batches != periods || !res.ContractChecked {
			t.Fatalf("detector over the %s ledger: %+v %v", name, res, err)
		}
	}
	// A reader of the composite layer through a gateway that changes batch 1's body
	// catches it at batch 1; through one that lost it, the batch is unavailable
	// with its Arweave transaction named.
	pubs, err := comp.Publications(ctx, e.up.Address, 1)
	if err != nil || len(pubs) != 1 || len(pubs[0].Locator) != 33 {
		t.Fatalf("publication 1: %v %v", pubs, err)
	}
	id := arweave.ID(pubs[0].Locator[1:])
	// A reader opens it as the detector command does: da.Open of the eth layer
	// with an Arweave gateway for the bodies.
	reader := func() da.Store {
		r, err := da.Open(ctx, "eth:"+common.Address(header).Hex(), da.OpenOptions{Client: e.c, Arweave: da.ArweaveOptions{Client: arClient()}})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := r.(*da.EthArweave); !ok {
			t.Fatalf("da.Open with Arweave bodies gave a %T", r)
		}
		return r
	}
	// On the shared layer an invalid publication is skipped and named (SPEC 9
	// revision 2): the ledger ends before it and the rejection says why.
	rejected := func(seq uint64, want string) {
		t.Helper()
		res, err := detector.Run(ctx, detector.Config{Contract: e.up.Address, Store: reader(), Chain: e.c})
		if err != nil && !errors.Is(err, settle.ErrDivergence) {
			t.Fatal(err)
		}
		if res == nil || res.Batches != seq || len(res.Rejected) == 0 || res.Rejected[0].Seq != seq || !strings.Contains(res.Rejected[0].Reason, want) {
			t.Fatalf("want batch %d rejected (%q): %+v %v", seq, want, res, err)
		}
		t.Logf("batch %d rejected: %s", seq, res.Rejected[0].Reason)
	}
	gw.Tamper(id.String(), true)
	rejected(1, "tampered")
	gw.Tamper(id.String(), false)
	it, err := reader().Get(ctx, e.up.Address, 2)
	if err != nil || !it.Check() {
		t.Fatalf("batch 2 through the composite layer: %v", err)
	}
	// Batch 3's body is posted through a gateway that loses it: the header is on
	// chain, the body is not to be had.
	b := publish(t, e.gen, e, ethStore, nil, nil)
	gw.LoseData(true)
	if err := comp.Put(ctx, e.up.Address, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
		t.Fatal(err)
	}
	gw.LoseData(false)
	pubs, err = comp.Publications(ctx, e.up.Address, 3)
	if err != nil || len(pubs) != 1 {
		t.Fatalf("publication 3: %v %v", pubs, err)
	}
	rejected(3, arweave.ID(pubs[0].Locator[1:]).String())
	rec.Verify(t)
}
