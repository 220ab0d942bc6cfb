package challenge

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/domain"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

// signedRecords returns an ok, a missing, a late and an invalid record for one
// challenge, signed by the fixture's keeper.

// maxUint256 is 2^256 − 1.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func signedRecords(t testing.TB, f *fixture, c *Challenge) []*ChalRecord {
	ok := c.Evaluate(testDomain, f.respond(t, testDomain, c), false)
	missing := c.Evaluate(testDomain, nil, false)
	late := c.Evaluate(testDomain, f.respond(t, testDomain, c), true)
	bad := f.respond(t, testDomain, c)
	bad.Sig[3] ^= 1
	invalid := c.Evaluate(testDomain, bad, false)
	recs := []*ChalRecord{ok, missing, late, invalid}
	for i, r := range recs {
		if err := SignRecord(testDomain, r, f.keeperKey); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
	}
	return recs
}

func TestRecordSignVerify(t *testing.T) {
	f := newFixture(t, []int{4096, 2 * 4096, 3 * 4096, 4 * 4096, 5 * 4096})
	c := f.challenge(t, 9)
	recs := signedRecords(t, f, c)
	wantResults := []Result{ResultOK, ResultMissing, ResultLate, ResultInvalid}
	for i, r := range recs {
		if r.Result != wantResults[i] {
			t.Fatalf("record %d result %v", i, r.Result)
		}
		if err := r.Verify(testDomain); err != nil {
			t.Fatalf("%v: %v", r.Result, err)
		}
		if err := r.VerifyChallenge(testDomain, c); err != nil {
			t.Fatalf("%v: VerifyChallenge: %v", r.Result, err)
		}
		// Foreign chain or contract.
		for _, d := range []domain.Domain{{ChainID: big.NewInt(1), Contract: testContract}, {ChainID: testChain, Contract: common.HexToAddress("0x9")}} {
			if err := r.Verify(d); !errors.Is(err, ErrBadSignature) {
				t.Fatalf("%v verified in a foreign domain: %v", r.Result, err)
			}
		}
		// The keeper's signature does not verify as another role's signature
		// over the same fields (the tag differs).
		if r.Result == ResultOK {
			if verifyHash(ResponseDigest(testDomain, r.Keeper, r.Provider, r.Height, c.Seed, r.ProofDigest), r.KeeperSig[:], r.Keeper) == nil {
				t.Fatal("record signature verifies as a response signature")
			}
		}
	}
	ok := recs[0]
	// Every field is covered by the keeper signature.
	for name, mut := range map[string]func(r *ChalRecord){
		"keeper":       func(r *ChalRecord) { r.Keeper[0] ^= 1 },
		"provider":     func(r *ChalRecord) { r.Provider[0] ^= 1 },
		"height":       func(r *ChalRecord) { r.Height++ },
		"space":        func(r *ChalRecord) { r.Space = new(big.Int).Add(r.Space, big.NewInt(1)) },
		"result":       func(r *ChalRecord) { r.Result = ResultLate; r.Space = new(big.Int) },
		"proof digest": func(r *ChalRecord) { r.ProofDigest[7] ^= 1 },
		"provider sig": func(r *ChalRecord) { r.ProviderSig[7] ^= 1 },
		"keeper sig":   func(r *ChalRecord) { r.KeeperSig[7] ^= 1 },
	} {
		r := cloneRecord(ok)
		mut(r)
		if err := r.Verify(testDomain); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s changed: %v", name, err)
		}
	}
	// High-s keeper signature.
	r := cloneRecord(ok)
	s := new(big.Int).SetBytes(r.KeeperSig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(r.KeeperSig[32:64])
	r.KeeperSig[64] ^= 1
	if err := r.Verify(testDomain); !errors.Is(err, ErrBadSignature) {
		t.Errorf("malleable keeper signature accepted: %v", err)
	}
	// The challenge-level checks: a keeper who invents space, a forged provider
	// signature, a record about another challenge.
	r = cloneRecord(ok)
	r.Space = new(big.Int).Add(r.Space, big.NewInt(1))
	SignRecord(testDomain, r, f.keeperKey)
	if err := r.VerifyChallenge(testDomain, c); !errors.Is(err, ErrBadSpace) {
		t.Errorf("invented space: %v", err)
	}
	r = cloneRecord(ok)
	r.ProofDigest[0] ^= 1
	SignRecord(testDomain, r, f.keeperKey)
	if err := r.VerifyChallenge(testDomain, c); !errors.Is(err, ErrBadSignature) {
		t.Errorf("provider signature over another digest: %v", err)
	}
	if err := ok.VerifyChallenge(testDomain, f.challenge(t, 10)); !errors.Is(err, ErrBadSignature) {
		t.Errorf("record checked against another seed: %v", err)
	}
	other := *c
	other.Height++
	if err := ok.VerifyChallenge(testDomain, &other); !errors.Is(err, ErrRecordMismatch) {
		t.Errorf("record of another height: %v", err)
	}
	// A partial pass is a valid space.
	resp := f.respond(t, testDomain, c)
	resp.Pieces[2].Leaves = nil
	resp.Sign(testDomain, c, f.provKey)
	partial := c.Evaluate(testDomain, resp, false)
	SignRecord(testDomain, partial, f.keeperKey)
	if err := partial.VerifyChallenge(testDomain, c); err != nil || partial.Space.Cmp(c.Space(len(c.Pieces)-1)) != 0 {
		t.Errorf("partial record: %v", err)
	}
	if err := SignRecord(testDomain, cloneRecord(ok), f.provKey); !errors.Is(err, ErrWrongKey) {
		t.Errorf("signing with another key: %v", err)
	}
}

func cloneRecord(r *ChalRecord) *ChalRecord {
	c := *r
	c.Space = new(big.Int).Set(r.Space)
	c.ProviderSig = append([]byte(nil), r.ProviderSig...)
	if r.ProviderSig == nil {
		c.ProviderSig = nil
	}
	return &c
}

func TestRecordValidate(t *testing.T) {
	base := func() *ChalRecord {
		return &ChalRecord{Result: ResultOK, Space: big.NewInt(5), ProviderSig: make([]byte, SigLen)}
	}
	over := new(big.Int).Lsh(big.NewInt(1), 256)
	for name, mut := range map[string]func(r *ChalRecord){
		"result 0":           func(r *ChalRecord) { r.Result = 0 },
		"result 5":           func(r *ChalRecord) { r.Result = 5 },
		"nil space":          func(r *ChalRecord) { r.Space = nil },
		"negative space":     func(r *ChalRecord) { r.Space = big.NewInt(-1) },
		"space 2^256":        func(r *ChalRecord) { r.Space = over },
		"late with space":    func(r *ChalRecord) { r.Result = ResultLate },
		"ok without sig":     func(r *ChalRecord) { r.ProviderSig = nil },
		"short provider sig": func(r *ChalRecord) { r.ProviderSig = make([]byte, 64) },
		"provider sig v=27":  func(r *ChalRecord) { r.ProviderSig[64] = 27 },
		"missing with sig":   func(r *ChalRecord) { r.Result = ResultMissing; r.Space = new(big.Int) },
		"missing with digest": func(r *ChalRecord) {
			r.Result, r.Space, r.ProviderSig, r.ProofDigest = ResultMissing, new(big.Int), nil, [32]byte{1}
		},
		"keeper sig v=28": func(r *ChalRecord) { r.KeeperSig[64] = 28 },
	} {
		r := base()
		mut(r)
		if err := r.Validate(); !errors.Is(err, ErrBadRecord) {
			t.Errorf("%s accepted: %v", name, err)
		}
		if _, err := r.MarshalBinary(); err == nil {
			t.Errorf("%s encoded", name)
		}
	}
	if err := base().Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestRecordEncoding(t *testing.T) {
	f := newFixture(t, []int{4096, 2 * 4096})
	c := f.challenge(t, 1)
	for _, r := range signedRecords(t, f, c) {
		b, err := r.MarshalBinary()
		if err != nil || len(b) > MaxRecordLen {
			t.Fatal(err)
		}
		got, err := DecodeRecord(b)
		if err != nil {
			t.Fatal(err)
		}
		if err := got.Verify(testDomain); err != nil {
			t.Fatal(err)
		}
		b2, _ := got.MarshalBinary()
		if !bytes.Equal(b, b2) {
			t.Fatal("round trip")
		}
		h1, _ := r.Hash()
		h2, _ := got.Hash()
		if h1 != h2 || h1 != [32]byte(crypto.Keccak256Hash(b)) {
			t.Fatal("hash")
		}
		for k := 0; k < len(b); k++ {
			if _, err := DecodeRecord(b[:k]); !errors.Is(err, ErrMalformed) {
				t.Fatalf("truncation at %d accepted", k)
			}
		}
		if _, err := DecodeRecord(append(b, 0)); !errors.Is(err, ErrMalformed) {
			t.Fatal("trailing byte accepted")
		}
	}
	// Non-minimal space, space longer than 32 bytes, wrong version.
	r := &ChalRecord{Result: ResultOK, Space: big.NewInt(5), ProviderSig: make([]byte, SigLen)}
	b, _ := r.MarshalBinary()
	spaceAt := 1 + 20 + 20 + 8
	nonMin := append(append(append([]byte{}, b[:spaceAt]...), 2, 0, 5), b[spaceAt+2:]...)
	if _, err := DecodeRecord(nonMin); !errors.Is(err, ErrMalformed) {
		t.Fatal("non-minimal space accepted")
	}
	long := append(append(append([]byte{}, b[:spaceAt]...), 33), append(bytes.Repeat([]byte{1}, 33), b[spaceAt+2:]...)...)
	if _, err := DecodeRecord(long); !errors.Is(err, ErrMalformed) {
		t.Fatal("33-byte space accepted")
	}
	v2 := append([]byte{2}, b[1:]...)
	if _, err := DecodeRecord(v2); !errors.Is(err, ErrMalformed) {
		t.Fatal("version 2 accepted")
	}
	// Maximum space round-trips.
	r.Space = new(big.Int).Set(maxUint256)
	b, _ = r.MarshalBinary()
	if got, err := DecodeRecord(b); err != nil || got.Space.Cmp(maxUint256) != 0 || len(b) != MaxRecordLen {
		t.Fatalf("max space: %v (len %d, max %d)", err, len(b), MaxRecordLen)
	}
}

func TestRecordDigestLayout(t *testing.T) {
	r := &ChalRecord{Keeper: common.HexToAddress("0x1"), Provider: common.HexToAddress("0x2"), Height: 9, Space: big.NewInt(300),
		Result: ResultOK, ProofDigest: [32]byte{5}, ProviderSig: bytes.Repeat([]byte{7}, SigLen)}
	var chain, space [32]byte
	testChain.FillBytes(chain[:])
	big.NewInt(300).FillBytes(space[:])
	want := crypto.Keccak256Hash([]byte("whitepay/record/v1"), chain[:], testContract[:], r.Keeper[:], r.Provider[:],
		appendU64(nil, 9), space[:], []byte{1}, r.ProofDigest[:], []byte{SigLen}, r.ProviderSig)
	if r.Digest(testDomain) != [32]byte(want) {
		t.Fatal("record digest layout")
	}
}

func FuzzDecodeRecord(f *testing.F) {
	fx := newFixture(f, []int{4096, 2 * 4096})
	c := fx.challenge(f, 1)
	for _, r := range signedRecords(f, fx, c) {
		b, _ := r.MarshalBinary()
		fuzzcorpus.Add(f, b)
	}
	fuzzcorpus.Add(f, []byte{})
	fuzzcorpus.Add(f, []byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRecord(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		out, err := r.MarshalBinary()
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("non-canonical record accepted")
		}
		_ = r.Verify(testDomain)
		_ = r.VerifyChallenge(testDomain, c)
	})
}

func FuzzDecodeSignedOrder(f *testing.F) {
	so, _ := SignOrder(testChain, testOrder(common.HexToAddress("0xbeef"), 1, 5000), testKey(f, "user"))
	b, _ := so.MarshalBinary()
	fuzzcorpus.Add(f, b)
	fuzzcorpus.Add(f, []byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeSignedOrder(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		out, _ := s.MarshalBinary()
		if !bytes.Equal(out, b) {
			t.Fatal("non-canonical order accepted")
		}
		_ = s.Verify(testDomain, common.Address{})
	})
}
