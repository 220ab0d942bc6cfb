package settle_test

import (
	"bytes"
	"testing"

	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/ledgergen"
)

// FuzzDecode: Decode never panics, refuses what is not canonical, and whatever it
// accepts re-encodes to the same bytes (one encoding per batch, so one hash).
func FuzzDecode(f *testing.F) {
	fx := newFixture(f, ledgergen.Config{Keepers: 4, Providers: 3, RecordsPerEntry: 2, Period: 20, OrdersPerProvider: 2})
	b0 := fx.next(nil, nil)
	b1 := fx.next(nil, nil)
	f.Add(b0.Encoded)
	f.Add(b1.Encoded)
	f.Add(b0.Encoded[:len(b0.Encoded)/2])
	f.Add([]byte(settle.Magic))
	f.Fuzz(func(t *testing.T, in []byte) {
		b, err := settle.Decode(in)
		if err != nil {
			return
		}
		out, err := b.Encode()
		if err != nil {
			t.Fatalf("decoded batch does not encode: %v", err)
		}
		if !bytes.Equal(in, out) {
			t.Fatal("decoded batch re-encodes differently")
		}
	})
}

func TestDecodeRefuses(t *testing.T) {
	fx := newFixture(t, ledgergen.Config{Keepers: 4, Providers: 3, RecordsPerEntry: 1, Period: 20})
	good := fx.next(nil, nil).Encoded
	if _, err := settle.Decode(good); err != nil {
		t.Fatal(err)
	}
	mut := func(f func([]byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	cases := map[string][]byte{
		"trailing byte":  mut(func(b []byte) []byte { return append(b, 0) }),
		"truncated":      good[:len(good)-1],
		"magic":          mut(func(b []byte) []byte { b[0] = 'X'; return b }),
		"version":        mut(func(b []byte) []byte { b[4] = 1; return b }), // version 1: the pre-epoch group
		"non-minimal id": mut(func(b []byte) []byte { return append([]byte{'W', 'P', 'S', 'B', 2, 3, 0}, b[7:]...) }),
		"empty":          nil,
		"oversized":      make([]byte, settle.MaxBatchSize+1),
	}
	for name, in := range cases {
		if _, err := settle.Decode(in); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
