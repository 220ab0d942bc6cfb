package detector_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/da/arweave"
	"github.com/whitepay/whitepay/settle/da/arweave/arlocal"
	"github.com/whitepay/whitepay/settle/detector"
	"github.com/whitepay/whitepay/settle/ledgergen"
)

// TestArweaveLedger: a ledger published on Arweave (arlocal) replays in the detector;
// a gateway serving a changed body is caught at that batch (hash), a lost body is
// named with its Arweave transaction (data). Every transaction the Go client signed
// is verified by arweave-js. Cost: one arlocal (~2 s) and an RSA-4096 key (~1 s).
func TestArweaveLedger(t *testing.T) {
	ctx := context.Background()
	srv := arlocal.Start(t)
	gw := arlocal.NewFaulty(t, srv)
	var rec arlocal.Recorder
	w, err := arweave.GenerateWallet()
	if err != nil {
		t.Fatal(err)
	}
	open := func(wallet *arweave.Wallet) *da.ArweaveStore {
		c, err := arweave.NewClient(gw.URL)
		if err != nil {
			t.Fatal(err)
		}
		c.OnPost = rec.Record
		s, err := da.OpenArweave(da.ArweaveOptions{Client: c, Wallet: wallet, Mine: true, Poll: 20 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	c := common.HexToAddress("0x00000000000000000000000000000000000c0de3")
	g, err := ledgergen.New(ledgergen.Config{Contract: c, Keepers: 4, Providers: 5, RecordsPerEntry: 2, Period: 40})
	if err != nil {
		t.Fatal(err)
	}
	pub := open(w)
	ch := &ledgergen.Synthetic{}
	for range 3 {
		publish(t, g, ch, pub, nil, nil)
	}
	res, err := detector.Run(ctx, detector.Config{Contract: c, Store: open(nil)})
	if err != nil || res.Batches != 3 || res.Head.StateRoot != g.State.Head().StateRoot {
		t.Fatalf("honest Arweave ledger: %+v %v", res, err)
	}
	// Batch 3's body is lost by the gateway it was posted through.
	gw.LoseData(true)
	publish(t, g, ch, pub, nil, nil)
	gw.LoseData(false)

	reader := open(nil)
	res, err = detector.Run(ctx, detector.Config{Contract: c, Store: reader})
	d := wantDiv(t, err, 3, -1, "data")
	if res == nil || res.Batches != 3 {
		t.Fatalf("replayed before the lost body: %+v", res)
	}
	found, err := reader.Client().FindByTag(ctx, da.TagLedger, strings.ToLower(c.Hex())+":3", 10)
	if err != nil || len(found) != 1 {
		t.Fatalf("batch 3 body: %v %v", found, err)
	}
	if !strings.Contains(d.Detail, found[0].ID.String()) {
		t.Fatalf("the missing body is not named: %v", d)
	}
	// Every batch before it is replayed; each one's body served changed is caught.
	for seq := range uint64(3) {
		f, err := reader.Client().FindByTag(ctx, da.TagLedger, strings.ToLower(c.Hex())+":"+strconv.FormatUint(seq, 10), 10)
		if err != nil || len(f) != 1 {
			t.Fatalf("batch %d body: %v %v", seq, f, err)
		}
		gw.Tamper(f[0].ID.String(), true)
		_, err = detector.Run(ctx, detector.Config{Contract: c, Store: open(nil)})
		wantDiv(t, err, seq, -1, "hash")
		gw.Tamper(f[0].ID.String(), false)
	}
	if got := rec.Verify(t); got < 4 {
		t.Fatalf("arweave-js verified %d items", got)
	}
}
