package arweave_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
	"github.com/whitepay/whitepay/settle/da/arweave"
)

// FuzzTxJSON: what a gateway answers for GET /tx/{id} decodes without panic, and a
// decoded transaction encodes and decodes again to the same transaction (the
// signature data does not change on the way).
func FuzzTxJSON(f *testing.F) {
	tx := arweave.NewTx([]byte("body"), []arweave.Tag{arweave.NewTag("App-Name", "WhitePay")}, []byte("anchor"), "100")
	tx.Owner, tx.Signature = bytes.Repeat([]byte{7}, 512), bytes.Repeat([]byte{9}, 512)
	good, _ := json.Marshal(tx)
	fuzzcorpus.Add(f, good)
	fuzzcorpus.Add(f, []byte(`{"format":2,"id":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","data_size":12,"tags":[]}`))
	fuzzcorpus.Add(f, []byte(`{"format":"2","data_size":"-1"}`))
	fuzzcorpus.Add(f, []byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var x arweave.Tx
		if json.Unmarshal(b, &x) != nil {
			return
		}
		if x.DataSize < 0 {
			t.Fatalf("negative data size %d", x.DataSize)
		}
		enc, err := json.Marshal(&x)
		if err != nil {
			t.Fatal(err)
		}
		var y arweave.Tx
		if err := json.Unmarshal(enc, &y); err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
		if x.SignatureData() != y.SignatureData() || x.ID != y.ID || !bytes.Equal(x.Signature, y.Signature) {
			t.Fatalf("transaction changed through JSON: %s", enc)
		}
	})
}

// FuzzParseWallet: a wallet file never panics the parser; one it accepts has a
// 4096-bit modulus and round-trips through its JWK.
func FuzzParseWallet(f *testing.F) {
	fuzzcorpus.Add(f, []byte(`{"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQAB","p":"Aw","q":"BQ"}`))
	fuzzcorpus.Add(f, []byte(`{"kty":"RSA"}`))
	fuzzcorpus.Add(f, []byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := arweave.ParseWallet(b)
		if err != nil {
			return
		}
		if len(w.Owner()) != arweave.KeyBits/8 {
			t.Fatalf("owner of %d bytes", len(w.Owner()))
		}
		w2, err := arweave.ParseWallet(w.JWK())
		if err != nil || w2.Address() != w.Address() {
			t.Fatalf("JWK round trip: %v", err)
		}
	})
}

// FuzzChunks: the chunking covers the data exactly, in order, each chunk within the
// size bounds, and every proof ends with its chunk's hash and offset.
func FuzzChunks(f *testing.F) {
	fuzzcorpus.Add(f, uint32(1), byte(0))
	fuzzcorpus.Add(f, uint32(arweave.MaxChunkSize+1), byte(1))
	fuzzcorpus.Add(f, uint32(2*arweave.MaxChunkSize), byte(2))
	f.Fuzz(func(t *testing.T, n uint32, seed byte) {
		n %= 4 * arweave.MaxChunkSize
		if n == 0 {
			return
		}
		data := bytes.Repeat([]byte{seed}, int(n))
		root, chunks := arweave.Chunks(data)
		if root != arweave.DataRoot(data) {
			t.Fatal("root differs between calls")
		}
		at := 0
		for i, c := range chunks {
			if c.Min != at || c.Max <= c.Min || c.Max-c.Min > arweave.MaxChunkSize {
				t.Fatalf("chunk %d [%d, %d) after %d", i, c.Min, c.Max, at)
			}
			if len(chunks) > 1 && c.Max-c.Min < arweave.MinChunkSize {
				t.Fatalf("chunk %d of %d bytes below the minimum", i, c.Max-c.Min)
			}
			if len(c.Path) < 64 || !bytes.Equal(c.Path[len(c.Path)-64:len(c.Path)-32], c.DataHash[:]) {
				t.Fatalf("chunk %d proof does not end with its hash", i)
			}
			at = c.Max
		}
		if at != int(n) {
			t.Fatalf("chunks cover %d of %d bytes", at, n)
		}
	})
}
