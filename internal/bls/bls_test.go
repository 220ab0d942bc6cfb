package bls

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"

	gnark "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	herumi "github.com/herumi/bls-eth-go-binary/bls"

	"github.com/whitepay/whitepay/internal/domain"
)

func mustKey(t testing.TB) *SecretKey {
	t.Helper()
	sk, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

func TestSignVerify(t *testing.T) {
	sk := mustKey(t)
	pk := sk.PublicKey()
	msg := []byte("thirty-two bytes of a digest ...")
	sig := sk.Sign(msg)
	if !Verify(pk, msg, sig) {
		t.Fatal("valid signature rejected")
	}
	if Verify(pk, []byte("another message"), sig) {
		t.Fatal("signature verified on another message")
	}
	if Verify(mustKey(t).PublicKey(), msg, sig) {
		t.Fatal("signature verified under another key")
	}
	if Verify(nil, msg, sig) || Verify(pk, msg, nil) {
		t.Fatal("nil inputs verified")
	}
}

func TestSecretKeyRoundTrip(t *testing.T) {
	sk := mustKey(t)
	got, err := SecretKeyFromBytes(sk.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !got.PublicKey().Equal(sk.PublicKey()) {
		t.Fatal("round trip changed the key")
	}
	if _, err := SecretKeyFromBytes(make([]byte, 32)); !errors.Is(err, ErrInvalidSecretKey) {
		t.Fatalf("zero key: %v", err)
	}
	if _, err := SecretKeyFromBytes(bytes.Repeat([]byte{0xff}, 32)); !errors.Is(err, ErrInvalidSecretKey) {
		t.Fatalf("key above the group order: %v", err)
	}
	if _, err := SecretKeyFromBytes(make([]byte, 31)); !errors.Is(err, ErrInvalidSecretKey) {
		t.Fatalf("short key: %v", err)
	}
}

func TestCompressedRoundTrip(t *testing.T) {
	sk := mustKey(t)
	pk := sk.PublicKey()
	sig := sk.Sign([]byte("m"))
	pk2, err := PublicKeyFromBytes(pk.Bytes())
	if err != nil || !pk2.Equal(pk) {
		t.Fatalf("public key round trip: %v", err)
	}
	sig2, err := SignatureFromBytes(sig.Bytes())
	if err != nil || !sig2.Equal(sig) {
		t.Fatalf("signature round trip: %v", err)
	}
	if len(pk.Bytes()) != PublicKeySize || len(sig.Bytes()) != SignatureSize {
		t.Fatal("wrong sizes")
	}
}

// TestEIP2537MatchesGnark checks both EIP-2537 forms against an independent
// implementation: gnark-crypto's uncompressed affine coordinates.
func TestEIP2537MatchesGnark(t *testing.T) {
	sk := mustKey(t)
	pk := sk.PublicKey()
	sig := sk.Sign([]byte("m"))

	var gpk gnark.G1Affine
	if _, err := gpk.SetBytes(pk.Bytes()); err != nil {
		t.Fatal(err)
	}
	enc := pk.EIP2537()
	x, y := gpk.X.Bytes(), gpk.Y.Bytes()
	if !bytes.Equal(enc[16:64], x[:]) || !bytes.Equal(enc[80:128], y[:]) || !allZero(enc[:16]) || !allZero(enc[64:80]) {
		t.Fatalf("G1 encoding differs from gnark:\n%x\nx=%x\ny=%x", enc, x, y)
	}

	var gsig gnark.G2Affine
	if _, err := gsig.SetBytes(sig.Bytes()); err != nil {
		t.Fatal(err)
	}
	senc := sig.EIP2537()
	want := [][48]byte{gsig.X.A0.Bytes(), gsig.X.A1.Bytes(), gsig.Y.A0.Bytes(), gsig.Y.A1.Bytes()}
	for i, w := range want {
		if !bytes.Equal(senc[i*64+16:(i+1)*64], w[:]) || !allZero(senc[i*64:i*64+16]) {
			t.Fatalf("G2 element %d differs from gnark", i)
		}
	}

	pk2, err := PublicKeyFromEIP2537(enc[:])
	if err != nil || !pk2.Equal(pk) {
		t.Fatalf("G1 EIP-2537 round trip: %v", err)
	}
	sig2, err := SignatureFromEIP2537(senc[:])
	if err != nil || !sig2.Equal(sig) {
		t.Fatalf("G2 EIP-2537 round trip: %v", err)
	}
}

// precompile runs one of go-ethereum's Prague precompiles: the code the EVM runs
// for the contract's verification.
func precompile(t *testing.T, addr byte, input []byte) ([]byte, error) {
	t.Helper()
	p, ok := vm.PrecompiledContractsPrague[common.BytesToAddress([]byte{addr})]
	if !ok {
		t.Fatalf("no precompile at 0x%02x", addr)
	}
	return p.Run(input)
}

// TestSignatureVerifiesUnderPrecompiles checks a herumi signature with the EIP-2537
// pairing precompile: e(pk, H(m)) · e(−g1, sig) = 1, with H(m) computed by herumi and
// encoded by this package.
func TestSignatureVerifiesUnderPrecompiles(t *testing.T) {
	sk := mustKey(t)
	msg := []byte("0123456789abcdef0123456789abcdef")
	sig := sk.Sign(msg)
	hm := Signature{s: *herumi.HashAndMapToSignature(msg)}

	_, _, g1, _ := gnark.Generators()
	var negG1 gnark.G1Affine
	negG1.Neg(&g1)
	var ng [128]byte
	nx, ny := negG1.X.Bytes(), negG1.Y.Bytes()
	copy(ng[16:64], nx[:])
	copy(ng[80:], ny[:])

	pairs := func(pk *PublicKey, s *Signature) []byte {
		pkEnc, hmEnc, sEnc := pk.EIP2537(), hm.EIP2537(), s.EIP2537()
		in := append([]byte{}, pkEnc[:]...)
		in = append(in, hmEnc[:]...)
		in = append(in, ng[:]...)
		return append(in, sEnc[:]...)
	}
	out, err := precompile(t, 0x0f, pairs(sk.PublicKey(), sig))
	if err != nil || out[31] != 1 {
		t.Fatalf("pairing precompile rejected a valid signature: %x %v", out, err)
	}
	out, err = precompile(t, 0x0f, pairs(mustKey(t).PublicKey(), sig))
	if err != nil || out[31] != 0 {
		t.Fatalf("pairing precompile accepted a signature under another key: %x %v", out, err)
	}
}

// offSubgroupG1 returns the EIP-2537 encoding of a point on the G1 curve that is not
// in the prime-order subgroup.
func offSubgroupG1(t *testing.T) []byte {
	t.Helper()
	for i := uint64(1); i < 1000; i++ {
		var x, rhs, y fp.Element
		x.SetUint64(i)
		rhs.Square(&x).Mul(&rhs, &x).Add(&rhs, new(fp.Element).SetUint64(4))
		if y.Sqrt(&rhs) == nil {
			continue
		}
		p := gnark.G1Affine{X: x, Y: y}
		if !p.IsOnCurve() || p.IsInSubGroup() {
			continue
		}
		var out [128]byte
		xb, yb := x.Bytes(), y.Bytes()
		copy(out[16:64], xb[:])
		copy(out[80:], yb[:])
		return out[:]
	}
	t.Fatal("no off-subgroup G1 point found")
	return nil
}

// offSubgroupG2 returns the EIP-2537 encoding of a point on the G2 twist that is
// not in the prime-order subgroup.
func offSubgroupG2(t *testing.T) []byte {
	t.Helper()
	var b gnark.E2 // twist coefficient 4(1+u)
	b.A0.SetUint64(4)
	b.A1.SetUint64(4)
	for i := uint64(1); i < 1000; i++ {
		var x, rhs, y gnark.E2
		x.A0.SetUint64(i)
		x.A1.SetUint64(1)
		rhs.Square(&x).Mul(&rhs, &x).Add(&rhs, &b)
		if rhs.Legendre() != 1 {
			continue
		}
		y.Sqrt(&rhs)
		p := gnark.G2Affine{X: x, Y: y}
		if !p.IsOnCurve() || p.IsInSubGroup() {
			continue
		}
		var out [256]byte
		for j, el := range []fp.Element{x.A0, x.A1, y.A0, y.A1} {
			eb := el.Bytes()
			copy(out[j*64+16:(j+1)*64], eb[:])
		}
		return out[:]
	}
	t.Fatal("no off-subgroup G2 point found")
	return nil
}

func TestRejectsOffSubgroupPoints(t *testing.T) {
	g1 := offSubgroupG1(t)
	// The point is on the curve: the G1ADD precompile (which checks only that)
	// accepts it; our decoder must still reject it.
	if _, err := precompile(t, 0x0b, append(append([]byte{}, g1...), make([]byte, 128)...)); err != nil {
		t.Fatalf("test point is not on the curve: %v", err)
	}
	if _, err := PublicKeyFromEIP2537(g1); !errors.Is(err, ErrInvalidPublicKey) {
		t.Fatalf("off-subgroup G1 point accepted: %v", err)
	}
	g2 := offSubgroupG2(t)
	if _, err := precompile(t, 0x0d, append(append([]byte{}, g2...), make([]byte, 256)...)); err != nil {
		t.Fatalf("test point is not on the twist: %v", err)
	}
	if _, err := SignatureFromEIP2537(g2); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("off-subgroup G2 point accepted: %v", err)
	}

	// The same points in compressed form.
	var p1 gnark.G1Affine
	p1.X.SetBytes(g1[16:64])
	p1.Y.SetBytes(g1[80:128])
	c1 := p1.Bytes()
	if _, err := PublicKeyFromBytes(c1[:]); !errors.Is(err, ErrInvalidPublicKey) {
		t.Fatalf("off-subgroup compressed G1 accepted: %v", err)
	}
	var p2 gnark.G2Affine
	p2.X.A0.SetBytes(g2[16:64])
	p2.X.A1.SetBytes(g2[80:128])
	p2.Y.A0.SetBytes(g2[144:192])
	p2.Y.A1.SetBytes(g2[208:256])
	c2 := p2.Bytes()
	if _, err := SignatureFromBytes(c2[:]); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("off-subgroup compressed G2 accepted: %v", err)
	}
}

func TestRejectsMalformedEncodings(t *testing.T) {
	sk := mustKey(t)
	pkEnc := sk.PublicKey().EIP2537()
	sigEnc := sk.Sign([]byte("m")).EIP2537()

	// Infinity: all zeros (EIP-2537) and the compressed infinity flag.
	if _, err := PublicKeyFromEIP2537(make([]byte, 128)); !errors.Is(err, ErrInfinity) {
		t.Fatalf("G1 infinity: %v", err)
	}
	if _, err := SignatureFromEIP2537(make([]byte, 256)); !errors.Is(err, ErrInfinity) {
		t.Fatalf("G2 infinity: %v", err)
	}
	inf1 := make([]byte, 48)
	inf1[0] = 0xc0
	if _, err := PublicKeyFromBytes(inf1); !errors.Is(err, ErrInvalidPublicKey) {
		t.Fatalf("compressed G1 infinity: %v", err)
	}
	inf2 := make([]byte, 96)
	inf2[0] = 0xc0
	if _, err := SignatureFromBytes(inf2); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("compressed G2 infinity: %v", err)
	}

	// Non-zero padding.
	bad := pkEnc
	bad[0] = 1
	if _, err := PublicKeyFromEIP2537(bad[:]); !errors.Is(err, ErrInvalidPublicKey) {
		t.Fatalf("G1 padding: %v", err)
	}
	badSig := sigEnc
	badSig[64] = 1
	if _, err := SignatureFromEIP2537(badSig[:]); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("G2 padding: %v", err)
	}

	// A coordinate equal to the field modulus p.
	pBytes := fp.Modulus().FillBytes(make([]byte, 48))
	bad = pkEnc
	copy(bad[16:64], pBytes)
	if _, err := PublicKeyFromEIP2537(bad[:]); !errors.Is(err, ErrInvalidPublicKey) {
		t.Fatalf("G1 x = p: %v", err)
	}

	// Off the curve: y + 1.
	bad = pkEnc
	bad[127]++
	if _, err := PublicKeyFromEIP2537(bad[:]); !errors.Is(err, ErrInvalidPublicKey) {
		t.Fatalf("G1 off curve: %v", err)
	}
	badSig = sigEnc
	badSig[255]++
	if _, err := SignatureFromEIP2537(badSig[:]); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("G2 off curve: %v", err)
	}

	// Wrong lengths.
	for _, n := range []int{0, 47, 49, 96} {
		if _, err := PublicKeyFromBytes(make([]byte, n)); !errors.Is(err, ErrInvalidPublicKey) {
			t.Fatalf("G1 length %d: %v", n, err)
		}
	}
	for _, n := range []int{0, 48, 95, 97, 128} {
		if _, err := SignatureFromBytes(make([]byte, n)); !errors.Is(err, ErrInvalidSignature) {
			t.Fatalf("G2 length %d: %v", n, err)
		}
	}
	if _, err := PublicKeyFromEIP2537(pkEnc[:127]); !errors.Is(err, ErrInvalidPublicKey) {
		t.Fatal("short EIP-2537 G1 accepted")
	}
	if _, err := SignatureFromEIP2537(sigEnc[:255]); !errors.Is(err, ErrInvalidSignature) {
		t.Fatal("short EIP-2537 G2 accepted")
	}
}

func TestProofOfPossession(t *testing.T) {
	sk := mustKey(t)
	pk := sk.PublicKey()
	keeper := common.HexToAddress("0x1111111111111111111111111111111111111111")
	d := domain.New(1337, common.HexToAddress("0x2222222222222222222222222222222222222222"))
	pop := sk.ProvePossession(d, keeper)
	if !VerifyPossession(d, keeper, pk, pop) {
		t.Fatal("valid PoP rejected")
	}
	other := []struct {
		name   string
		d      domain.Domain
		keeper common.Address
	}{
		{"other chain", domain.New(1, d.Contract), keeper},
		{"other contract", domain.New(1337, common.HexToAddress("0x3333333333333333333333333333333333333333")), keeper},
		{"other keeper", d, common.HexToAddress("0x4444444444444444444444444444444444444444")},
	}
	for _, o := range other {
		if VerifyPossession(o.d, o.keeper, pk, pop) {
			t.Errorf("PoP verified for %s", o.name)
		}
	}
	if VerifyPossession(d, keeper, mustKey(t).PublicKey(), pop) {
		t.Error("PoP verified for another key")
	}
	// herumi's own GetPop (a signature on the serialised key) is not a WhitePay PoP.
	if VerifyPossession(d, keeper, pk, &Signature{s: *sk.k.GetPop()}) {
		t.Error("herumi GetPop accepted as a WhitePay PoP")
	}
	// The message is the SPEC 5 layout, recomputed by hand.
	enc := pk.EIP2537()
	var buf bytes.Buffer
	buf.WriteString("whitepay/pop/v2")
	buf.Write(common.LeftPadBytes(big.NewInt(1337).Bytes(), 32))
	buf.Write(d.Contract[:])
	buf.Write(keeper[:])
	buf.Write(enc[:])
	if got, want := PopMessage(d, keeper, pk), keccak(buf.Bytes()); got != want {
		t.Fatalf("PoP message %x, want %x", got, want)
	}
}

func TestAggregation(t *testing.T) {
	msg := []byte("report digest ..................")
	const n = 7
	var pks []*PublicKey
	var sigs []*Signature
	for range n {
		sk := mustKey(t)
		pks = append(pks, sk.PublicKey())
		sigs = append(sigs, sk.Sign(msg))
	}
	agg, err := AggregateSignatures(sigs)
	if err != nil {
		t.Fatal(err)
	}
	if !FastAggregateVerify(pks, msg, agg) {
		t.Fatal("aggregate rejected")
	}
	if FastAggregateVerify(pks[:n-1], msg, agg) {
		t.Fatal("aggregate verified without one signer's key")
	}
	aggPK, err := AggregatePublicKeys(pks)
	if err != nil {
		t.Fatal(err)
	}
	if !Verify(aggPK, msg, agg) {
		t.Fatal("aggregate does not verify under the aggregate key")
	}
	part, _ := AggregateSignatures(sigs[:n-1])
	if FastAggregateVerify(pks, msg, part) {
		t.Fatal("partial aggregate verified for all keys")
	}
	if _, err := AggregateSignatures(nil); !errors.Is(err, ErrEmpty) {
		t.Fatal("empty aggregation allowed")
	}
	if _, err := AggregatePublicKeys(nil); !errors.Is(err, ErrEmpty) {
		t.Fatal("empty key aggregation allowed")
	}
	if FastAggregateVerify(nil, msg, agg) {
		t.Fatal("no keys verified")
	}
}

func TestBatchVerify(t *testing.T) {
	const n = 20 // above herumi's threshold for multi-threaded batches
	pks := make([]*PublicKey, n)
	msgs := make([][32]byte, n)
	sigs := make([]*Signature, n)
	for i := range n {
		sk := mustKey(t)
		pks[i] = sk.PublicKey()
		msgs[i][0] = byte(i)
		sigs[i] = sk.Sign(msgs[i][:])
	}
	if !BatchVerify(pks, msgs, sigs) {
		t.Fatal("valid batch rejected")
	}
	sigs[n/2], sigs[n/2+1] = sigs[n/2+1], sigs[n/2]
	if BatchVerify(pks, msgs, sigs) {
		t.Fatal("batch with swapped signatures accepted")
	}
	if BatchVerify(pks[:1], msgs, sigs) || BatchVerify(nil, nil, nil) {
		t.Fatal("mismatched batch accepted")
	}
}

// hashToG2Vectors is the RFC 9380 suite BLS12381G2_XMD:SHA-256_SSWU_RO_.
type hashToG2Vectors struct {
	Ciphersuite string `json:"ciphersuite"`
	DST         string `json:"dst"`
	Vectors     []struct {
		Msg string `json:"msg"`
		P   struct{ X, Y string }
	} `json:"vectors"`
}

// TestHashToG2Vectors ties herumi's hash-to-G2 (the map under every signature) to
// the RFC 9380 vectors. herumi v1.37.0 cannot run them directly: its SetDstG2 gives
// RFC-conformant results only for 43-byte DSTs (ours is 43 bytes; the vectors' is
// 50 and comes out wrong), so the vectors are checked through an independent
// implementation: gnark-crypto must reproduce all five, and herumi must then agree
// with gnark under the WhitePay DST on the same messages and on random ones.
func TestHashToG2Vectors(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/rfc9380/hash_to_g2_BLS12381G2_XMD_SHA-256_SSWU_RO_.json")
	if err != nil {
		t.Fatalf("RFC 9380 vectors (testdata/rfc9380): %v", err)
	}
	var v hashToG2Vectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Vectors) != 5 || v.Ciphersuite != "BLS12381G2_XMD:SHA-256_SSWU_RO_" {
		t.Fatalf("%d vectors of %q, want 5 of the G2 SHA-256 SSWU RO suite", len(v.Vectors), v.Ciphersuite)
	}
	msgs := make([][]byte, 0, len(v.Vectors)+20)
	for _, vec := range v.Vectors {
		var want [256]byte
		for i, s := range append(strings.Split(vec.P.X, ","), strings.Split(vec.P.Y, ",")...) {
			b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
			if err != nil || len(b) != 48 {
				t.Fatalf("vector coordinate %q: %v", s, err)
			}
			copy(want[i*64+16:], b)
		}
		p, err := gnark.HashToG2([]byte(vec.Msg), []byte(v.DST))
		if err != nil {
			t.Fatal(err)
		}
		var got [256]byte
		for i, el := range []fp.Element{p.X.A0, p.X.A1, p.Y.A0, p.Y.A1} {
			b := el.Bytes()
			copy(got[i*64+16:], b[:])
		}
		if got != want {
			t.Errorf("gnark hash_to_G2(%q) differs from RFC 9380:\n got %x\nwant %x", vec.Msg, got, want)
		}
		msgs = append(msgs, []byte(vec.Msg))
	}
	for i := range 20 {
		m := make([]byte, 32)
		m[0], m[31] = byte(i), byte(3*i+1)
		msgs = append(msgs, m)
	}
	for _, m := range msgs {
		h := herumi.HashAndMapToSignature(m)
		p, err := gnark.HashToG2(m, []byte(DST))
		if err != nil {
			t.Fatal(err)
		}
		want := p.Bytes()
		if !bytes.Equal(h.Serialize(), want[:]) {
			t.Errorf("herumi hash_to_G2(%q) differs from gnark under %s", m, DST)
		}
	}
}

func keccak(b []byte) [32]byte { return crypto.Keccak256Hash(b) }

func BenchmarkSign(b *testing.B) {
	sk := mustKey(b)
	msg := make([]byte, 32)
	for b.Loop() {
		sk.Sign(msg)
	}
}

func BenchmarkVerify(b *testing.B) {
	sk := mustKey(b)
	pk := sk.PublicKey()
	msg := make([]byte, 32)
	sig := sk.Sign(msg)
	for b.Loop() {
		if !Verify(pk, msg, sig) {
			b.Fatal("rejected")
		}
	}
}

func benchSigners(b *testing.B, n int) ([]*PublicKey, []*Signature, []byte) {
	msg := make([]byte, 32)
	pks := make([]*PublicKey, n)
	sigs := make([]*Signature, n)
	for i := range n {
		sk := mustKey(b)
		pks[i], sigs[i] = sk.PublicKey(), sk.Sign(msg)
	}
	return pks, sigs, msg
}

func BenchmarkAggregate15(b *testing.B) {
	_, sigs, _ := benchSigners(b, 15)
	for b.Loop() {
		if _, err := AggregateSignatures(sigs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFastAggregateVerify15(b *testing.B) {
	pks, sigs, msg := benchSigners(b, 15)
	agg, _ := AggregateSignatures(sigs)
	for b.Loop() {
		if !FastAggregateVerify(pks, msg, agg) {
			b.Fatal("rejected")
		}
	}
}

func BenchmarkBatchVerify64(b *testing.B) {
	const n = 64
	pks := make([]*PublicKey, n)
	msgs := make([][32]byte, n)
	sigs := make([]*Signature, n)
	for i := range n {
		sk := mustKey(b)
		pks[i] = sk.PublicKey()
		msgs[i][0] = byte(i)
		sigs[i] = sk.Sign(msgs[i][:])
	}
	for b.Loop() {
		if !BatchVerify(pks, msgs, sigs) {
			b.Fatal("rejected")
		}
	}
}
