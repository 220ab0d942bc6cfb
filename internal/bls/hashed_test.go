package bls

import (
	"errors"
	"testing"

	gnark "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

// TestHashed: signing and verifying through a hashed message agree with Sign and
// Verify, for single and aggregate keys, and refuse the wrong key, message or
// signature.
func TestHashed(t *testing.T) {
	sk1, _ := GenerateKey()
	sk2, _ := GenerateKey()
	m1, m2 := []byte("whitepay/test/hashed/1"), []byte("whitepay/test/hashed/2")
	h1, h2 := HashMessage(m1), HashMessage(m2)
	if h1 == nil || h2 == nil {
		t.Fatal("hash refused")
	}
	s1 := sk1.SignHashed(h1)
	if !s1.Equal(sk1.Sign(m1)) {
		t.Fatal("SignHashed differs from Sign")
	}
	if !VerifyHashed(sk1.PublicKey(), h1, s1) || !Verify(sk1.PublicKey(), m1, s1) {
		t.Fatal("valid signature refused")
	}
	if VerifyHashed(sk2.PublicKey(), h1, s1) || VerifyHashed(sk1.PublicKey(), h2, s1) || VerifyHashed(sk1.PublicKey(), h1, sk1.SignHashed(h2)) {
		t.Fatal("wrong key, message or signature accepted")
	}
	agg, _ := AggregateSignatures([]*Signature{s1, sk2.SignHashed(h1)})
	apk, _ := AggregatePublicKeys([]*PublicKey{sk1.PublicKey(), sk2.PublicKey()})
	if !VerifyHashed(apk, h1, agg) || !FastAggregateVerify([]*PublicKey{sk1.PublicKey(), sk2.PublicKey()}, m1, agg) {
		t.Fatal("aggregate refused")
	}
	bad, _ := AggregateSignatures([]*Signature{s1, sk2.SignHashed(h2)})
	if VerifyHashed(apk, h1, bad) {
		t.Fatal("aggregate with a signature on another message accepted")
	}
	if VerifyHashed(nil, h1, s1) || VerifyHashed(apk, nil, s1) || VerifyHashed(apk, h1, nil) {
		t.Fatal("nil accepted")
	}
}

// TestAggregateSignatureBytes: the sum equals AggregateSignatures of the decoded
// signatures; a malformed input, an off-subgroup sum and an empty list are refused.
func TestAggregateSignatureBytes(t *testing.T) {
	var sigs []*Signature
	var raw [][]byte
	for i := range 5 {
		sk, _ := GenerateKey()
		s := sk.Sign([]byte{byte(i)})
		sigs, raw = append(sigs, s), append(raw, s.Bytes())
	}
	want, _ := AggregateSignatures(sigs)
	got, err := AggregateSignatureBytes(raw)
	if err != nil || !got.Equal(want) {
		t.Fatalf("sum %v %v", got, err)
	}
	if _, err := AggregateSignatureBytes(nil); err == nil {
		t.Fatal("empty list accepted")
	}
	bad := append([][]byte{}, raw...)
	bad[2] = bad[2][:95]
	if _, err := AggregateSignatureBytes(bad); err == nil {
		t.Fatal("short signature accepted")
	}
	junk := make([]byte, SignatureSize)
	junk[0] = 0x80 | 0x1f // compressed flag, an x that is no point
	junk[5] = 7
	bad[2] = junk
	if _, err := AggregateSignatureBytes(bad); err == nil {
		t.Fatal("a non-point accepted")
	}
	// An off-subgroup point alone: its "sum" is off the subgroup.
	g2 := offSubgroupG2(t)
	var p2 gnark.G2Affine
	p2.X.A0.SetBytes(g2[16:64])
	p2.X.A1.SetBytes(g2[80:128])
	p2.Y.A0.SetBytes(g2[144:192])
	p2.Y.A1.SetBytes(g2[208:256])
	c2 := p2.Bytes()
	if _, err := AggregateSignatureBytes([][]byte{c2[:]}); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("off-subgroup sum accepted: %v", err)
	}
	if _, err := AggregateSignatureBytes([][]byte{raw[0], c2[:]}); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("sum with an off-subgroup point accepted: %v", err)
	}
}
