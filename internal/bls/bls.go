// Package bls wraps herumi's BLS12-381 library in Ethereum mode (SPEC 5): public
// keys in G1 (48 bytes compressed), signatures in G2 (96 bytes compressed), the
// ciphersuite BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_.
//
// Decisions:
//   - Every decoded point is checked: on the curve, in the prime-order subgroup, and
//     not the point at infinity (an infinity public key or signature would make
//     verification vacuous). The curve check is herumi's deserialisation; the
//     subgroup and infinity checks are checked()'s, which every decoder ends in.
//   - The proof of possession is the SPEC 5 one (PopMessage), signed with the
//     ordinary DST; herumi's GetPop (a signature on the serialised key) is not used.
//     Its message is a domain digest, so it can never be confused with a report or
//     observation signature.
//   - Two external forms exist beside herumi's compressed one: the EIP-2537 forms
//     read by the contract's precompiles (G1: x‖y; G2: x.c0‖x.c1‖y.c0‖y.c1; each
//     field element left-padded from 48 to 64 bytes; infinity all zeros).
//   - Batch verification (BatchVerify) checks n independent (key, message,
//     signature) triples with a random linear combination and one multi-pairing
//     (batch.go). It is our own, built from herumi's curve primitives: herumi's
//     MultiVerify (v1.37.0) leaves the last n mod 16 triples unchecked for
//     17 ≤ n < 16·min(NumCPU, 32) (issue 12 finding 1) and trips the race
//     detector's checkptr. The same code runs in race builds. A false result says
//     only that some triple is bad; callers fall back to Verify to find which.
package bls

import (
	"errors"
	"fmt"

	herumi "github.com/herumi/bls-eth-go-binary/bls"
)

// Sizes of the encodings.
const (
	SecretKeySize        = 32
	PublicKeySize        = 48  // compressed G1
	SignatureSize        = 96  // compressed G2
	PublicKeyEIP2537Size = 128 // G1 for the EIP-2537 precompiles
	SignatureEIP2537Size = 256 // G2 for the EIP-2537 precompiles
	MessageSize          = 32  // digests signed by WhitePay; BatchVerify requires it
)

// DST is the hash-to-curve domain separation tag of the ciphersuite (SPEC 5).
const DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"

// Errors returned by the decoders.
var (
	ErrInvalidSecretKey = errors.New("bls: invalid secret key")
	ErrInvalidPublicKey = errors.New("bls: invalid public key")
	ErrInvalidSignature = errors.New("bls: invalid signature")
	ErrInfinity         = errors.New("bls: point at infinity")
	ErrEmpty            = errors.New("bls: nothing to aggregate")
)

// init sets up herumi once for the process (library setup only): the BLS12-381
// curve, Ethereum mode (hash-to-curve per RFC 9380 with DST), and subgroup checks
// on every deserialisation.
func init() {
	if err := herumi.Init(herumi.BLS12_381); err != nil {
		panic(fmt.Sprintf("bls: herumi init: %v", err))
	}
	if err := herumi.SetETHmode(herumi.EthModeDraft07); err != nil {
		panic(fmt.Sprintf("bls: herumi eth mode: %v", err))
	}
	// Every decoder ends in checked(), which rejects points outside the subgroup
	// (IsValidOrder, mcl's endomorphism-based check). herumi's own check at
	// deserialisation tests the same thing with a slower method (about four times
	// the cost of the whole decode), so it is off: checking once is enough, and
	// TestRejectsOffSubgroupPoints proves every decoder still refuses such points.
	herumi.VerifyPublicKeyOrder(false)
	herumi.VerifySignatureOrder(false)
}

// SecretKey is a BLS secret key.
type SecretKey struct{ k herumi.SecretKey }

// PublicKey is a BLS public key (a G1 point, never infinity).
type PublicKey struct{ p herumi.PublicKey }

// Signature is a BLS signature (a G2 point). Decoded signatures are never infinity.
type Signature struct{ s herumi.Sign }

// GenerateKey returns a fresh secret key from the operating system's CSPRNG.
func GenerateKey() (*SecretKey, error) {
	var sk SecretKey
	sk.k.SetByCSPRNG()
	if sk.k.IsZero() {
		return nil, ErrInvalidSecretKey
	}
	return &sk, nil
}

// SecretKeyFromBytes decodes a 32-byte big-endian secret key; zero and values not
// below the group order are rejected.
func SecretKeyFromBytes(b []byte) (*SecretKey, error) {
	if len(b) != SecretKeySize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSecretKey, len(b), SecretKeySize)
	}
	var sk SecretKey
	if err := sk.k.Deserialize(b); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidSecretKey, err)
	}
	if sk.k.IsZero() {
		return nil, fmt.Errorf("%w: zero", ErrInvalidSecretKey)
	}
	return &sk, nil
}

// Bytes returns the 32-byte big-endian encoding of the secret key.
func (sk *SecretKey) Bytes() []byte { return sk.k.Serialize() }

// PublicKey returns the public key of sk.
func (sk *SecretKey) PublicKey() *PublicKey {
	return &PublicKey{p: *sk.k.GetPublicKey()}
}

// Sign signs msg (hash-to-G2 with DST). WhitePay messages are 32-byte domain digests.
func (sk *SecretKey) Sign(msg []byte) *Signature {
	return &Signature{s: *sk.k.SignByte(msg)}
}

// Bytes returns the 48-byte compressed encoding.
func (pk *PublicKey) Bytes() []byte { return pk.p.Serialize() }

// String returns the compressed key in hex.
func (pk *PublicKey) String() string { return "0x" + pk.p.SerializeToHexStr() }

// Equal reports whether two public keys are the same point.
func (pk *PublicKey) Equal(o *PublicKey) bool { return pk.p.IsEqual(&o.p) }

// PublicKeyFromBytes decodes a 48-byte compressed public key, rejecting invalid
// encodings, points off the curve or outside the subgroup, and infinity.
func PublicKeyFromBytes(b []byte) (*PublicKey, error) {
	if len(b) != PublicKeySize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidPublicKey, len(b), PublicKeySize)
	}
	var pk PublicKey
	if err := pk.p.Deserialize(b); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidPublicKey, err)
	}
	return pk.checked()
}

func (pk *PublicKey) checked() (*PublicKey, error) {
	if pk.p.IsZero() {
		return nil, fmt.Errorf("%w: %w", ErrInvalidPublicKey, ErrInfinity)
	}
	if !pk.p.IsValidOrder() {
		return nil, fmt.Errorf("%w: not in the G1 subgroup", ErrInvalidPublicKey)
	}
	return pk, nil
}

// Bytes returns the 96-byte compressed encoding.
func (s *Signature) Bytes() []byte { return s.s.Serialize() }

// String returns the compressed signature in hex.
func (s *Signature) String() string { return "0x" + s.s.SerializeToHexStr() }

// Equal reports whether two signatures are the same point.
func (s *Signature) Equal(o *Signature) bool { return s.s.IsEqual(&o.s) }

// SignatureFromBytes decodes a 96-byte compressed signature, rejecting invalid
// encodings, points off the curve or outside the subgroup, and infinity.
func SignatureFromBytes(b []byte) (*Signature, error) {
	if len(b) != SignatureSize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSignature, len(b), SignatureSize)
	}
	var s Signature
	if err := s.s.Deserialize(b); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
	}
	return s.checked()
}

func (s *Signature) checked() (*Signature, error) {
	if s.s.IsZero() {
		return nil, fmt.Errorf("%w: %w", ErrInvalidSignature, ErrInfinity)
	}
	if !s.s.IsValidOrder() {
		return nil, fmt.Errorf("%w: not in the G2 subgroup", ErrInvalidSignature)
	}
	return s, nil
}

// Verify reports whether sig is pk's signature on msg.
func Verify(pk *PublicKey, msg []byte, sig *Signature) bool {
	if pk == nil || sig == nil {
		return false
	}
	return sig.s.VerifyByte(&pk.p, msg)
}

// AggregateSignatures returns the sum of the signatures.
func AggregateSignatures(sigs []*Signature) (*Signature, error) {
	if len(sigs) == 0 {
		return nil, ErrEmpty
	}
	agg := Signature{s: sigs[0].s}
	for _, s := range sigs[1:] {
		agg.s.Add(&s.s)
	}
	return &agg, nil
}

// AggregatePublicKeys returns the sum of the public keys. The keys must have proofs
// of possession (SPEC 5); aggregating unchecked keys invites rogue-key attacks.
func AggregatePublicKeys(pks []*PublicKey) (*PublicKey, error) {
	if len(pks) == 0 {
		return nil, ErrEmpty
	}
	agg := PublicKey{p: pks[0].p}
	for _, pk := range pks[1:] {
		agg.p.Add(&pk.p)
	}
	return &agg, nil
}

// FastAggregateVerify reports whether sig is the aggregate of the signatures of all
// of pks on the one message msg. The keys must have proofs of possession.
func FastAggregateVerify(pks []*PublicKey, msg []byte, sig *Signature) bool {
	if len(pks) == 0 || sig == nil {
		return false
	}
	vec := make([]herumi.PublicKey, len(pks))
	for i, pk := range pks {
		vec[i] = pk.p
	}
	return sig.s.FastAggregateVerify(vec, msg)
}

// BatchVerify reports whether every sigs[i] is pks[i]'s signature on msgs[i], with
// one randomised multi-pairing. It returns false for mismatched or empty inputs.
func BatchVerify(pks []*PublicKey, msgs [][MessageSize]byte, sigs []*Signature) bool {
	n := len(sigs)
	if n == 0 || len(pks) != n || len(msgs) != n {
		return false
	}
	for i := range n {
		if pks[i] == nil || sigs[i] == nil {
			return false
		}
	}
	return batchVerify(pks, msgs, sigs)
}
