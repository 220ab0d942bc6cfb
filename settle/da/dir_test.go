package da_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/settle/da"
)

var c1 = common.HexToAddress("0x1111111111111111111111111111111111111111")

func batch(s string) ([]byte, [32]byte) {
	b := []byte(s)
	return b, crypto.Keccak256Hash(b)
}

func TestDirChain(t *testing.T) {
	ctx := context.Background()
	s, err := da.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	h, err := s.Head(ctx, c1)
	if err != nil || h.Next != 0 {
		t.Fatalf("empty head %+v %v", h, err)
	}
	if _, err := s.Get(ctx, c1, 0); !errors.Is(err, da.ErrNotFound) {
		t.Fatalf("get on empty: %v", err)
	}
	e0, h0 := batch("zero")
	e1, h1 := batch("one")
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
	if err := s.Put(ctx, c1, 0, [32]byte{}, h0, e0); err != nil {
		t.Fatalf("idempotent put: %v", err)
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
	h, _ = s.Head(ctx, c1)
	if h.Next != 2 || h.Hash != h1 {
		t.Fatalf("head %+v", h)
	}
	var got []string
	if err := da.Iterate(ctx, s, c1, 0, func(it *da.Item) error {
		if !it.Check() {
			t.Fatal("item does not check")
		}
		got = append(got, string(it.Enc))
		return nil
	}); err != nil || len(got) != 2 || got[1] != "one" {
		t.Fatalf("iterate %v %v", got, err)
	}
	// A stale HEAD hint and leftover temporary files change nothing.
	os.WriteFile(filepath.Join(s.Root(), common.Bytes2Hex(c1[:]), "HEAD"), []byte("garbage"), 0o644)
	os.WriteFile(filepath.Join(s.Root(), common.Bytes2Hex(c1[:]), "seq", ".tmp-123"), []byte("x"), 0o644)
	reopened, _ := da.OpenDir(s.Root())
	if h, _ := reopened.Head(ctx, c1); h.Next != 2 || h.Hash != h1 {
		t.Fatalf("head after a bad hint %+v", h)
	}
	// A missing batch file is unavailable, not absent.
	os.Remove(s.BatchPath(c1, h1))
	if _, err := s.Get(ctx, c1, 1); !errors.Is(err, da.ErrUnavailable) {
		t.Fatalf("missing file: %v", err)
	}
	// Re-publishing restores it.
	if err := s.Put(ctx, c1, 1, h0, h1, e1); err != nil {
		t.Fatal(err)
	}
	if it, err := s.Get(ctx, c1, 1); err != nil || string(it.Enc) != "one" {
		t.Fatalf("restored: %v", err)
	}
}

func TestDirConcurrentPublishers(t *testing.T) {
	// Two stores on one directory (two processes) race for every seq with their own
	// batches: each seq gets exactly one, and the chain holds.
	ctx := context.Background()
	dir := t.TempDir()
	a, _ := da.OpenDir(dir)
	b, _ := da.OpenDir(dir)
	var wg sync.WaitGroup
	for w, s := range []*da.DirStore{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for seq := uint64(0); seq < 20; seq++ {
				h, _ := s.Head(ctx, c1)
				if h.Next != seq {
					continue
				}
				e, hh := batch(string(rune('a'+w)) + string(rune('0'+seq)))
				err := s.Put(ctx, c1, seq, h.Hash, hh, e)
				if err != nil && !errors.Is(err, da.ErrConflict) && !errors.Is(err, da.ErrGap) && !errors.Is(err, da.ErrPrev) {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	h, _ := a.Head(ctx, c1)
	for seq := uint64(0); seq < h.Next; seq++ {
		it, err := a.Get(ctx, c1, seq)
		if err != nil || !it.Check() {
			t.Fatalf("seq %d: %v", seq, err)
		}
	}
	if h.Next == 0 {
		t.Fatal("nothing published")
	}
}

func TestParseURI(t *testing.T) {
	for _, c := range []struct {
		in   string
		kind da.Kind
		ok   bool
	}{
		{"dir:/tmp/x", da.KindDir, true}, {"dir:rel/path", da.KindDir, true}, {"dir:", "", false},
		{"eth", da.KindEth, true}, {"eth:0x1111111111111111111111111111111111111111", da.KindEth, true},
		{"eth:nothex", "", false}, {"arweave:x", "", false}, {"arweave:", "", false}, {"arweave:http://", "", false},
		{"arweave:http://127.0.0.1:1984", da.KindArweave, true}, {"arweave:https://arweave.net", da.KindArweave, true},
		{"", "", false},
	} {
		u, err := da.ParseURI(c.in)
		if (err == nil) != c.ok || (c.ok && u.Kind != c.kind) {
			t.Errorf("%q: %+v %v", c.in, u, err)
		}
		if c.ok && u.String() != c.in && c.in != "eth:0x1111111111111111111111111111111111111111" {
			t.Errorf("%q round-trips to %q", c.in, u.String())
		}
	}
}
