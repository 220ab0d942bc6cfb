package provider

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whitepay/whitepay/challenge/client"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/p2p"
)

type fixedHead uint64

func (h fixedHead) BlockNumber(context.Context) (uint64, error) { return uint64(h), nil }

// The owner retrieves a piece whole and by ranges (chunk boundaries, the last
// partial leaf), byte-identical; anyone else, an inactive order and a corrupted
// piece are refused or caught.
func TestRetrieve(t *testing.T) {
	e := newEnv(t)
	e.cfg.Head = fixedHead(500)
	e.stop()
	e.start()
	data := randomPiece(7, 2*wire.RetrieveChunkBytes+12345) // three chunks, the last partial
	so := e.order(data, e.user)
	to := e.connect(e.client)
	if _, err := client.Upload(ctx(t), e.client, to, chainID, so, bytes.NewReader(data), client.UploadOptions{}); err != nil {
		t.Fatal(err)
	}
	owner := newHost(t, e.user)
	oid := so.ID(chainID)
	d := domain.Domain{ChainID: chainID, Contract: e.contract}
	get := func(h *p2p.Host, off, n uint64) ([]byte, error) {
		var buf bytes.Buffer
		_, err := client.Retrieve(ctx(t), h, e.connect(h), d, owner.Address(), oid, off, n, &buf, client.RetrieveOptions{})
		return buf.Bytes(), err
	}
	whole, err := get(owner, 0, 0)
	if err != nil || !bytes.Equal(whole, data) {
		t.Fatalf("whole piece: %d bytes, %v", len(whole), err)
	}
	for _, r := range [][2]uint64{{0, 1}, {wire.RetrieveChunkBytes - 10, 20}, {uint64(len(data)) - 5, 5}, {4096, 3 * 4096}, {wire.RetrieveChunkBytes, wire.RetrieveChunkBytes}} {
		got, err := get(owner, r[0], r[1])
		if err != nil || !bytes.Equal(got, data[r[0]:r[0]+r[1]]) {
			t.Fatalf("range %v: %d bytes, %v", r, len(got), err)
		}
	}
	if _, err := get(owner, uint64(len(data)), 1); !errors.Is(err, p2p.ErrRemote) {
		t.Fatalf("range beyond the piece: %v", err)
	}
	if _, err := get(e.client, 0, 0); !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "only the contract's owner") {
		t.Fatalf("a stranger's retrieval: %v", err)
	}
	var other [32]byte
	var buf bytes.Buffer
	if _, err := client.Retrieve(ctx(t), owner, to, d, owner.Address(), other, 0, 0, &buf, client.RetrieveOptions{}); !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "no such order") {
		t.Fatalf("unknown order: %v", err)
	}

	// A flipped byte in the second chunk on the provider's disk: the first chunk
	// arrives, the second is caught.
	files, _ := filepath.Glob(filepath.Join(e.dir, "pieces", "*.data"))
	if len(files) != 1 {
		t.Fatalf("piece files %v", files)
	}
	raw, _ := os.ReadFile(files[0])
	raw[wire.RetrieveChunkBytes+100] ^= 0xff
	os.WriteFile(files[0], raw, 0o600)
	got, err := get(owner, 0, 0)
	if !errors.Is(err, client.ErrCorrupt) || !bytes.Equal(got, data[:wire.RetrieveChunkBytes]) {
		t.Fatalf("corrupted piece: %d bytes written, %v; want the first chunk and ErrCorrupt", len(got), err)
	}

	// An order that has ended is not served.
	e.cfg.Head = fixedHead(so.EndBlock)
	e.stop()
	e.start()
	if _, err := get(owner, 0, 0); !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "not active") {
		t.Fatalf("ended order: %v", err)
	}
}
