package da_test

import (
	"context"
	"crypto/rand"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/da/arweave"
	"github.com/whitepay/whitepay/settle/da/arweave/arlocal"
)

var (
	walletsOnce sync.Once
	wallets     [2]*arweave.Wallet
)

func arWallets(t *testing.T) [2]*arweave.Wallet {
	walletsOnce.Do(func() {
		for i := range wallets {
			w, err := arweave.GenerateWallet()
			if err != nil {
				t.Fatal(err)
			}
			wallets[i] = w
		}
	})
	return wallets
}

func arStore(t *testing.T, gateway string, rec *arlocal.Recorder, w *arweave.Wallet, owners ...string) *da.ArweaveStore {
	t.Helper()
	c, err := arweave.NewClient(gateway)
	if err != nil {
		t.Fatal(err)
	}
	if rec != nil {
		c.OnPost = rec.Record
	}
	s, err := da.OpenArweave(da.ArweaveOptions{Client: c, Wallet: w, Owners: owners, Mine: true, Poll: 20 * time.Millisecond, ConfirmTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestArweaveChain: the layer's chain rules on a real local gateway, every
// transaction the Go client signed verified by arweave-js.
func TestArweaveChain(t *testing.T) {
	ctx := context.Background()
	srv := arlocal.Start(t)
	var rec arlocal.Recorder
	ws := arWallets(t)
	s := arStore(t, srv.URL, &rec, ws[0])

	h, err := s.Head(ctx, c1)
	if err != nil || h.Next != 0 {
		t.Fatalf("empty head %+v %v", h, err)
	}
	if _, err := s.Get(ctx, c1, 0); !errors.Is(err, da.ErrNotFound) {
		t.Fatalf("get on empty: %v", err)
	}
	e0, h0 := batch("zero")
	e1, h1 := batch("one")
	// A body over one chunk once compressed (random bytes): uploaded as chunks.
	big := make([]byte, 400_000)
	rand.Read(big)
	e2, h2 := big, [32]byte(crypto.Keccak256Hash(big))
	if err := s.Put(ctx, c1, 0, [32]byte{}, h1, e0); !errors.Is(err, da.ErrBadHash) {
		t.Fatalf("bad hash: %v", err)
	}
	if err := s.Put(ctx, c1, 1, h0, h1, e1); !errors.Is(err, da.ErrGap) {
		t.Fatalf("gap: %v", err)
	}
	if err := s.Put(ctx, c1, 0, h1, h0, e0); !errors.Is(err, da.ErrPrev) {
		t.Fatalf("batch 0 with a prev: %v", err)
	}
	if err := s.Put(ctx, c1, 0, [32]byte{}, h0, e0); err != nil {
		t.Fatal(err)
	}
	n := rec.Txs()
	if err := s.Put(ctx, c1, 0, [32]byte{}, h0, e0); err != nil || rec.Txs() != n {
		t.Fatalf("idempotent put: %v, %d transactions sent", err, rec.Txs()-n)
	}
	if err := s.Put(ctx, c1, 0, [32]byte{}, h1, e1); !errors.Is(err, da.ErrConflict) {
		t.Fatalf("conflict: %v", err)
	}
	if err := s.Put(ctx, c1, 1, h1, h1, e1); !errors.Is(err, da.ErrPrev) {
		t.Fatalf("wrong prev: %v", err)
	}
	if err := s.Put(ctx, c1, 1, h0, h1, e1); err != nil {
		t.Fatal(err)
	}
	if err := s.Put(ctx, c1, 2, h1, h2, e2); err != nil {
		t.Fatal(err)
	}
	// A fresh reader (no cache) sees the same chain.
	r := arStore(t, srv.URL, nil, nil)
	h, err = r.Head(ctx, c1)
	if err != nil || h.Next != 3 || h.Hash != h2 {
		t.Fatalf("head %+v %v", h, err)
	}
	for seq, want := range [][]byte{e0, e1, e2} {
		it, err := r.Get(ctx, c1, uint64(seq))
		if err != nil {
			t.Fatal(err)
		}
		if !it.Check() || string(it.Enc) != string(want) {
			t.Fatalf("batch %d read back wrong (%d bytes)", seq, len(it.Enc))
		}
	}
	if err := r.Put(ctx, c1, 3, h2, h0, e0); !errors.Is(err, da.ErrReadOnly) {
		t.Fatalf("read-only put: %v", err)
	}
	// Another publisher's body for a published seq, even mined, does not replace it;
	// one that does not chain is not a batch.
	other := arStore(t, srv.URL, &rec, ws[1])
	if _, err := other.PutBody(ctx, c1, 1, h0, h0, e0); err != nil {
		t.Fatal(err)
	}
	if _, err := other.PutBody(ctx, c1, 3, h0, h0, e0); err != nil { // names batch 0 as seq 2
		t.Fatal(err)
	}
	r = arStore(t, srv.URL, nil, nil)
	if h, err := r.Head(ctx, c1); err != nil || h.Next != 3 || h.Hash != h2 {
		t.Fatalf("head after foreign bodies %+v %v", h, err)
	}
	if it, err := r.Get(ctx, c1, 1); err != nil || it.Hash != h1 {
		t.Fatalf("seq 1 after a second body: %v", err)
	}
	// With an owner list, only those owners' bodies count.
	only1 := arStore(t, srv.URL, nil, nil, ws[1].Address())
	if h, err := only1.Head(ctx, c1); err != nil || h.Next != 0 {
		t.Fatalf("head with another owner: %+v %v", h, err)
	}
	if got := rec.Verify(t); got < 5 {
		t.Fatalf("arweave-js verified %d items", got)
	}
}

// TestArweaveTamperedAndMissing: a gateway serving other bytes yields an item that
// fails its hash check; one that lost the body yields ErrUnavailable naming the
// Arweave transaction.
func TestArweaveTamperedAndMissing(t *testing.T) {
	ctx := context.Background()
	srv := arlocal.Start(t)
	bad := arlocal.NewFaulty(t, srv)
	ws := arWallets(t)
	s := arStore(t, bad.URL, nil, ws[0])
	e0, h0 := batch(strings.Repeat("zero ", 100))
	e1, h1 := batch(strings.Repeat("one ", 100))
	if err := s.Put(ctx, c1, 0, [32]byte{}, h0, e0); err != nil {
		t.Fatal(err)
	}
	bad.LoseData(true)
	if err := s.Put(ctx, c1, 1, h0, h1, e1); err != nil {
		t.Fatal(err)
	}
	bad.LoseData(false)
	r := arStore(t, bad.URL, nil, nil)
	it, err := r.Get(ctx, c1, 0)
	if err != nil || !it.Check() {
		t.Fatalf("honest batch: %v", err)
	}
	id, err := arweave.NewClient(bad.URL)
	if err != nil {
		t.Fatal(err)
	}
	found, err := id.FindByTag(ctx, da.TagLedger, strings.ToLower(c1.Hex())+":0", 10)
	if err != nil || len(found) != 1 {
		t.Fatalf("find batch 0: %v %v", found, err)
	}
	bad.Tamper(found[0].ID.String(), true)
	it, err = r.Get(ctx, c1, 0)
	if err != nil {
		t.Fatalf("tampered batch: %v", err)
	}
	if it.Check() {
		t.Fatal("a tampered body passed the hash check")
	}
	_, err = r.Get(ctx, c1, 1)
	if !errors.Is(err, da.ErrUnavailable) {
		t.Fatalf("missing body: %v", err)
	}
	lost, _ := id.FindByTag(ctx, da.TagLedger, strings.ToLower(c1.Hex())+":1", 10)
	if len(lost) != 1 || !strings.Contains(err.Error(), lost[0].ID.String()) || !strings.Contains(err.Error(), "batch 1") {
		t.Fatalf("missing body not named: %v", err)
	}
	t.Logf("missing: %v", err)
}
