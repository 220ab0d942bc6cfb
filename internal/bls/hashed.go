package bls

import (
	"fmt"

	herumi "github.com/herumi/bls-eth-go-binary/bls"
)

// Hashed is a message hashed to G2 (the ciphersuite's hash_to_curve with DST), the
// costly half of a signature or a verification (about a third of a pairing check).
// A keeper that signs a digest and later verifies others' signatures on the same
// digest (an observation, a report) hashes it once.
type Hashed struct{ s herumi.Sign }

// HashMessage hashes msg to G2. It returns nil if herumi refuses the message.
func HashMessage(msg []byte) *Hashed {
	s := herumi.HashAndMapToSignature(msg)
	if s == nil {
		return nil
	}
	return &Hashed{s: *s}
}

// SignHashed is Sign of the message h was hashed from: h × sk.
func (sk *SecretKey) SignHashed(h *Hashed) *Signature {
	var s Signature
	herumi.G2Mul(herumi.CastFromSign(&s.s), herumi.CastFromSign(&h.s), herumi.CastFromSecretKey(&sk.k))
	return &s
}

// VerifyHashed is Verify of the message h was hashed from: e(pk, h) = e(g1, sig).
// sig must be a decoded (subgroup-checked) signature; pk may be an aggregate of
// keys with proofs of possession (FastAggregateVerify).
func VerifyHashed(pk *PublicKey, h *Hashed, sig *Signature) bool {
	if pk == nil || h == nil || sig == nil {
		return false
	}
	return herumi.VerifyPairing(&sig.s, &h.s, &pk.p)
}

// AggregateSignatureBytes decodes compressed signatures and returns their sum,
// checking the sum — not each signature — for the subgroup and infinity: the
// aggregation of the IETF BLS draft (Aggregate decodes without a subgroup check;
// CoreAggregateVerify checks the aggregate), about half the cost of decoding each
// signature with SignatureFromBytes. Every input must still be a point of the
// curve. A valid sum proves what FastAggregateVerify proves: that every key of the
// group signed (under proofs of possession); it does not prove that each input
// alone is its signer's signature.
func AggregateSignatureBytes(sigs [][]byte) (*Signature, error) {
	if len(sigs) == 0 {
		return nil, ErrEmpty
	}
	var agg Signature
	for i, b := range sigs {
		if len(b) != SignatureSize {
			return nil, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSignature, len(b), SignatureSize)
		}
		var s herumi.Sign
		if err := s.Deserialize(b); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
		}
		if i == 0 {
			agg.s = s
		} else {
			agg.s.Add(&s)
		}
	}
	return agg.checked()
}
