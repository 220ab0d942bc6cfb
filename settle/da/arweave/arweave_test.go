package arweave_test

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/whitepay/whitepay/settle/da/arweave"
	"github.com/whitepay/whitepay/settle/da/arweave/arlocal"
)

var (
	walletOnce sync.Once
	wallet     *arweave.Wallet
)

// testWallet is one RSA-4096 wallet for the package's tests (generation costs ~1 s).
func testWallet(t *testing.T) *arweave.Wallet {
	walletOnce.Do(func() {
		w, err := arweave.GenerateWallet()
		if err != nil {
			t.Fatal(err)
		}
		wallet = w
	})
	return wallet
}

func pattern(n int, seed byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31) ^ seed
	}
	return b
}

// TestAgainstArlocal posts transactions of every data shape (inline, chunked with the
// balanced last pair, an exact multiple of the chunk size) to arlocal, reads them
// back, and has the official JS client verify every transaction and chunk posted.
func TestAgainstArlocal(t *testing.T) {
	srv := arlocal.Start(t)
	var rec arlocal.Recorder
	c := srv.Client(t, &rec)
	w := testWallet(t)
	ctx := context.Background()
	sizes := []int{1, 1000, arweave.MaxChunkSize, arweave.MaxChunkSize + 10_000, 2 * arweave.MaxChunkSize, 3*arweave.MaxChunkSize + 77_777}
	var ids []arweave.ID
	for i, n := range sizes {
		data := pattern(n, byte(i))
		tx, err := c.Submit(ctx, w, data, []arweave.Tag{arweave.NewTag("Test-Key", "shape"), arweave.NewTag("Size", string(rune('a'+i)))})
		if err != nil {
			t.Fatalf("size %d: %v", n, err)
		}
		ids = append(ids, tx.ID)
	}
	found, err := c.FindByTag(ctx, "Test-Key", "shape", 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != len(sizes) {
		t.Fatalf("found %d transactions by tag, want %d", len(found), len(sizes))
	}
	for _, f := range found {
		if f.Height >= 0 {
			t.Fatalf("transaction %s mined before /mine", f.ID)
		}
	}
	srv.Mine(t)
	found, err = c.FindByTag(ctx, "Test-Key", "shape", 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range found {
		if f.Height < 0 {
			t.Fatalf("transaction %s not mined after /mine", f.ID)
		}
	}
	for i, id := range ids {
		tx, err := c.Tx(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if err := tx.Verify(); err != nil {
			t.Fatalf("size %d: header as served: %v", sizes[i], err)
		}
		if tx.OwnerAddress() != w.Address() {
			t.Fatalf("owner %s, want %s", tx.OwnerAddress(), w.Address())
		}
		data, err := c.Data(ctx, id, 4<<20)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, pattern(sizes[i], byte(i))) {
			t.Fatalf("size %d: data served differs (%d bytes)", sizes[i], len(data))
		}
		if err := tx.VerifyData(data); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Tx(ctx, arweave.ID{1}); !errors.Is(err, arweave.ErrNotFound) {
		t.Fatalf("unknown transaction: %v, want ErrNotFound", err)
	}
	if got := rec.Verify(t); got < len(sizes) {
		t.Fatalf("arweave-js verified %d items", got)
	}
}

// TestVerifyCatchesChanges: a signed transaction whose signed fields, id or data are
// changed no longer checks.
func TestVerifyCatchesChanges(t *testing.T) {
	w := testWallet(t)
	data := pattern(arweave.MaxChunkSize+40_000, 9)
	tx := arweave.NewTx(data, []arweave.Tag{arweave.NewTag("A", "1")}, []byte("anchor-anchor-anchor-anchor-anch"), "12345")
	if err := tx.Sign(w); err != nil {
		t.Fatal(err)
	}
	if err := tx.Verify(); err != nil {
		t.Fatal(err)
	}
	if err := tx.VerifyData(data); err != nil {
		t.Fatal(err)
	}
	mutations := map[string]func(*arweave.Tx){
		"tag value":   func(x *arweave.Tx) { x.Tags = []arweave.Tag{arweave.NewTag("A", "2")} },
		"tag added":   func(x *arweave.Tx) { x.Tags = append(x.Tags, arweave.NewTag("B", "")) },
		"reward":      func(x *arweave.Tx) { x.Reward = "12346" },
		"anchor":      func(x *arweave.Tx) { x.LastTx = []byte("other") },
		"data root":   func(x *arweave.Tx) { x.DataRoot = append([]byte{x.DataRoot[0] ^ 1}, x.DataRoot[1:]...) },
		"data size":   func(x *arweave.Tx) { x.DataSize++ },
		"id":          func(x *arweave.Tx) { x.ID[0] ^= 1 },
		"signature":   func(x *arweave.Tx) { x.Signature = append([]byte{x.Signature[0] ^ 1}, x.Signature[1:]...) },
		"other owner": func(x *arweave.Tx) { x.Owner = append([]byte{x.Owner[0] ^ 0x40}, x.Owner[1:]...) },
	}
	for name, m := range mutations {
		x := *tx
		m(&x)
		if err := x.Verify(); !errors.Is(err, arweave.ErrBadSignature) {
			t.Errorf("%s changed: Verify = %v", name, err)
		}
	}
	bad := append([]byte(nil), data...)
	bad[len(bad)-1] ^= 1
	if err := tx.VerifyData(bad); !errors.Is(err, arweave.ErrDataMismatch) {
		t.Errorf("changed data: %v", err)
	}
	if err := tx.VerifyData(data[:len(data)-1]); !errors.Is(err, arweave.ErrDataMismatch) {
		t.Errorf("truncated data: %v", err)
	}
}

func TestWalletJWKRoundTrip(t *testing.T) {
	w := testWallet(t)
	w2, err := arweave.ParseWallet(w.JWK())
	if err != nil {
		t.Fatal(err)
	}
	if w2.Address() != w.Address() || !bytes.Equal(w2.Owner(), w.Owner()) {
		t.Fatal("wallet changed through its JWK")
	}
	for _, bad := range []string{`{}`, `{"kty":"EC"}`, `{"kty":"RSA","n":"AQAB","e":"AQAB"}`, `not json`} {
		if _, err := arweave.ParseWallet([]byte(bad)); err == nil {
			t.Errorf("ParseWallet(%s) accepted", bad)
		}
	}
}
