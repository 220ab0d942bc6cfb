package challenge

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/domain"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

// fixture is a provider holding a few pieces under active orders, and a keeper.
type fixture struct {
	provKey, keeperKey *ecdsa.PrivateKey
	prov, keeper       common.Address
	data               map[[32]byte][]byte // order id → piece
	levels             map[[32]byte]*Levels
	set                *OrderSet
}

func newFixture(t testing.TB, sizes []int) *fixture {
	f := &fixture{provKey: testKey(t, "provider"), keeperKey: testKey(t, "keeper"), data: map[[32]byte][]byte{}, levels: map[[32]byte]*Levels{}}
	f.prov, f.keeper = keyAddress(f.provKey), keyAddress(f.keeperKey)
	var orders []Order
	for i, size := range sizes {
		data := randBytes(uint64(1000+i), size)
		l, root, err := BuildLevels(bytes.NewReader(data), uint64(size))
		if err != nil {
			t.Fatal(err)
		}
		o := Order{Contract: testContract, Provider: f.prov, Root: root, Size: uint64(size), StartBlock: 1, EndBlock: 1 << 20}
		id := o.ID(testChain)
		f.data[id], f.levels[id] = data, l
		orders = append(orders, o)
	}
	f.set = ActiveOrders(testChain, testContract, f.prov, 100, orders)
	return f
}

func (f *fixture) challenge(t testing.TB, bh byte) *Challenge {
	c, err := Derive(f.set, f.keeper, 100, [32]byte{bh}, DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// respond answers c honestly.
func (f *fixture) respond(t testing.TB, d domain.Domain, c *Challenge) *Response {
	r := &Response{}
	for _, pc := range c.Pieces {
		pr, err := ProvePiece(f.levels[pc.OrderID], bytes.NewReader(f.data[pc.OrderID]), pc)
		if err != nil {
			t.Fatal(err)
		}
		r.Pieces = append(r.Pieces, pr)
	}
	if err := r.Sign(d, c, f.provKey); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestResponseHonest(t *testing.T) {
	f := newFixture(t, []int{1, 4096, 3*4096 + 5, 40 * 4096, 9000, 17 * 4096})
	for bh := range byte(20) {
		c := f.challenge(t, bh)
		r := f.respond(t, testDomain, c)
		passed, err := c.Verify(testDomain, r)
		if err != nil || passed != len(c.Pieces) || passed != DefaultPieces {
			t.Fatalf("honest response: passed %d, %v", passed, err)
		}
		rec := c.Evaluate(testDomain, r, false)
		if rec.Result != ResultOK || rec.Space.Cmp(f.set.TotalSize()) != 0 {
			t.Fatalf("record %v space %s", rec.Result, rec.Space)
		}
		// Round trip through the wire encoding.
		b, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		r2, err := DecodeResponse(b)
		if err != nil {
			t.Fatal(err)
		}
		b2, _ := r2.MarshalBinary()
		if !bytes.Equal(b, b2) {
			t.Fatal("response round trip")
		}
		if p2, err := c.Verify(testDomain, r2); err != nil || p2 != passed {
			t.Fatal("decoded response does not verify")
		}
	}
}

func TestResponseTampering(t *testing.T) {
	f := newFixture(t, []int{5 * 4096, 6 * 4096, 7*4096 + 1, 8 * 4096, 9 * 4096})
	c := f.challenge(t, 3)
	n := len(c.Pieces)
	total := f.set.TotalSize()

	// A flipped leaf byte fails its piece only, and the provider must re-sign.
	r := f.respond(t, testDomain, c)
	r.Pieces[1].Leaves[0].Data[0] ^= 1
	if _, err := c.Verify(testDomain, r); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("content changed after signing: %v", err)
	}
	r.Sign(testDomain, c, f.provKey)
	if passed, err := c.Verify(testDomain, r); err != nil || passed != n-1 {
		t.Fatalf("one bad piece: passed %d, %v", passed, err)
	}
	rec := c.Evaluate(testDomain, r, false)
	want := new(big.Int).Quo(new(big.Int).Mul(total, big.NewInt(int64(n-1))), big.NewInt(int64(n)))
	if rec.Result != ResultOK || rec.Space.Cmp(want) != 0 {
		t.Fatalf("partial space %s want %s", rec.Space, want)
	}

	// A lost piece (no leaves), a leaf of another index, a missing leaf.
	for name, mut := range map[string]func(r *Response){
		"no leaves":    func(r *Response) { r.Pieces[0].Leaves = nil },
		"missing leaf": func(r *Response) { r.Pieces[0].Leaves = r.Pieces[0].Leaves[1:] },
		"swapped leaves": func(r *Response) {
			l := r.Pieces[0].Leaves
			l[0], l[1] = l[1], l[0]
		},
		"bad path": func(r *Response) { r.Pieces[0].Leaves[2].Proof.Path[0][0] ^= 1 },
		"leaf from another piece": func(r *Response) {
			r.Pieces[0].Leaves[0] = r.Pieces[1].Leaves[0]
		},
	} {
		r := f.respond(t, testDomain, c)
		mut(r)
		r.Sign(testDomain, c, f.provKey)
		if passed, err := c.Verify(testDomain, r); err != nil || passed != n-1 {
			t.Errorf("%s: passed %d, %v", name, passed, err)
		}
	}

	// Whole-response failures → invalid, space 0.
	other := f.challenge(t, 4)
	for name, tc := range map[string]struct {
		r   func() *Response
		err error
	}{
		"another seed": {func() *Response { return f.respond(t, testDomain, other) }, ErrSeedMismatch},
		"pieces reordered": {func() *Response {
			r := f.respond(t, testDomain, c)
			r.Pieces[0], r.Pieces[1] = r.Pieces[1], r.Pieces[0]
			r.Sign(testDomain, c, f.provKey)
			return r
		}, ErrResponseMismatch},
		"piece dropped": {func() *Response {
			r := f.respond(t, testDomain, c)
			r.Pieces = r.Pieces[1:]
			r.Sign(testDomain, c, f.provKey)
			return r
		}, ErrResponseMismatch},
		"other domain": {func() *Response {
			return f.respond(t, domain.Domain{ChainID: big.NewInt(1), Contract: testContract}, c)
		}, ErrBadSignature},
		"signed by keeper": {func() *Response {
			r := f.respond(t, testDomain, c)
			pd, _ := r.ProofDigest()
			r.Sig, _ = signHash(ResponseDigest(testDomain, c.Keeper, c.Provider, c.Height, c.Seed, pd), f.keeperKey)
			return r
		}, ErrBadSignature},
		"wallet v": {func() *Response { r := f.respond(t, testDomain, c); r.Sig[64] += 27; return r }, ErrBadSignature},
	} {
		r := tc.r()
		if _, err := c.Verify(testDomain, r); !errors.Is(err, tc.err) {
			t.Errorf("%s: %v, want %v", name, err, tc.err)
		}
		rec := c.Evaluate(testDomain, r, false)
		if rec.Result != ResultInvalid || rec.Space.Sign() != 0 {
			t.Errorf("%s: record %v space %s", name, rec.Result, rec.Space)
		}
	}
	// A response to keeper A's challenge does not answer keeper B's at the same block.
	cb, _ := Derive(f.set, common.HexToAddress("0xb0b"), 100, [32]byte{3}, DefaultParams())
	if _, err := cb.Verify(testDomain, f.respond(t, testDomain, c)); !errors.Is(err, ErrSeedMismatch) {
		t.Errorf("replay to another keeper: %v", err)
	}
	// Missing and late.
	if rec := c.Evaluate(testDomain, nil, false); rec.Result != ResultMissing || rec.Space.Sign() != 0 || rec.ProviderSig != nil {
		t.Error("missing")
	}
	if rec := c.Evaluate(testDomain, f.respond(t, testDomain, c), true); rec.Result != ResultLate || rec.Space.Sign() != 0 || len(rec.ProviderSig) != SigLen {
		t.Error("late")
	}
	// Signing with a key that is not the provider's is refused.
	if err := (&Response{}).Sign(testDomain, c, f.keeperKey); !errors.Is(err, ErrWrongKey) {
		t.Errorf("wrong key: %v", err)
	}
	// ProvePiece refuses levels of another piece.
	if _, err := ProvePiece(f.levels[c.Pieces[1].OrderID], bytes.NewReader(nil), c.Pieces[0]); !errors.Is(err, ErrBadLevels) {
		t.Errorf("levels of another piece: %v", err)
	}
}

func TestResponseDecodeStrict(t *testing.T) {
	f := newFixture(t, []int{3 * 4096, 5000})
	c := f.challenge(t, 1)
	r := f.respond(t, testDomain, c)
	b, _ := r.MarshalBinary()
	for k := 0; k < len(b); k++ {
		if _, err := DecodeResponse(b[:k]); !errors.Is(err, ErrMalformed) {
			t.Fatalf("truncation at %d accepted", k)
		}
	}
	if _, err := DecodeResponse(append(b, 0)); !errors.Is(err, ErrMalformed) {
		t.Fatal("trailing byte accepted")
	}
	bad := append([]byte{}, b...)
	bad[0] = 2
	if _, err := DecodeResponse(bad); !errors.Is(err, ErrMalformed) {
		t.Fatal("version accepted")
	}
	bad = append([]byte{}, b...)
	bad[33] = MaxChallengePieces + 1
	if _, err := DecodeResponse(bad); !errors.Is(err, ErrMalformed) {
		t.Fatal("too many pieces accepted")
	}
	bad = append([]byte{}, b...)
	bad[len(bad)-1] = 27
	if _, err := DecodeResponse(bad); !errors.Is(err, ErrMalformed) {
		t.Fatal("v = 27 accepted")
	}
	if _, err := DecodeResponse(make([]byte, MaxResponseLen+1)); !errors.Is(err, ErrMalformed) {
		t.Fatal("oversized accepted")
	}
	// Leaf length 0 and 4097.
	for _, dl := range []int{0, LeafSize + 1} {
		enc := append([]byte{responseVersion}, make([]byte, 32)...)
		enc = append(enc, 1)
		enc = append(enc, make([]byte, 32)...)
		enc = append(enc, 1, byte(dl>>8), byte(dl))
		enc = append(enc, make([]byte, dl+17+SigLen)...)
		if _, err := DecodeResponse(enc); !errors.Is(err, ErrMalformed) {
			t.Fatalf("leaf of %d bytes accepted", dl)
		}
	}
}

func FuzzDecodeResponse(f *testing.F) {
	fx := newFixture(f, []int{100, 4097, 1}) // small seeds keep fuzzing (and minimisation) fast
	c := fx.challenge(f, 1)
	b, _ := fx.respond(f, testDomain, c).MarshalBinary()
	fuzzcorpus.Add(f, b)
	fuzzcorpus.Add(f, b[:100])
	fuzzcorpus.Add(f, []byte{1})
	empty, _ := (&Response{}).MarshalBinary()
	fuzzcorpus.Add(f, empty)
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeResponse(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		out, err := r.MarshalBinary()
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("non-canonical response accepted")
		}
		// Verification of arbitrary input must not panic.
		_, _ = c.Verify(testDomain, r)
		_ = c.Evaluate(testDomain, r, false)
	})
}

func TestResponseDigestLayout(t *testing.T) {
	k, p := common.HexToAddress("0x1"), common.HexToAddress("0x2")
	seed, pd := [32]byte{3}, [32]byte{4}
	var chain [32]byte
	testChain.FillBytes(chain[:])
	want := crypto.Keccak256Hash([]byte("whitepay/response/v1"), chain[:], testContract[:], k[:], p[:], appendU64(nil, 77), seed[:], pd[:])
	if ResponseDigest(testDomain, k, p, 77, seed, pd) != [32]byte(want) {
		t.Fatal("response digest layout")
	}
}

func TestEvaluateDropsNonCanonicalSig(t *testing.T) {
	f := newFixture(t, []int{4096})
	c := f.challenge(t, 1)
	r := f.respond(t, testDomain, c)
	r.Sig[64] = 28
	rec := c.Evaluate(testDomain, r, true)
	if rec.Result != ResultLate || rec.ProviderSig != nil {
		t.Fatalf("late record with v=28: %v %x", rec.Result, rec.ProviderSig)
	}
	if err := SignRecord(testDomain, rec, f.keeperKey); err != nil {
		t.Fatal(err)
	}
}
