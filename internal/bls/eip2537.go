package bls

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/domain"
)

// fpSize is the size of a BLS12-381 base-field element; EIP-2537 pads it to 64.
const (
	fpSize    = 48
	fpPadded  = 64
	fpPadding = fpPadded - fpSize
)

// EIP2537 returns the public key in the 128-byte EIP-2537 G1 form: x‖y, each
// left-padded from 48 to 64 bytes.
func (pk *PublicKey) EIP2537() [PublicKeyEIP2537Size]byte {
	var out [PublicKeyEIP2537Size]byte
	raw := pk.p.SerializeUncompressed() // x‖y, 48 bytes each, big-endian
	copy(out[fpPadding:fpPadded], raw[:fpSize])
	copy(out[fpPadded+fpPadding:], raw[fpSize:])
	return out
}

// PublicKeyFromEIP2537 decodes a 128-byte EIP-2537 G1 point as a public key,
// rejecting non-zero padding, coordinates not below the field modulus, points off
// the curve or outside the subgroup, and infinity (all zeros).
func PublicKeyFromEIP2537(b []byte) (*PublicKey, error) {
	if len(b) != PublicKeyEIP2537Size {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidPublicKey, len(b), PublicKeyEIP2537Size)
	}
	raw, err := unpad(b, 2)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidPublicKey, err)
	}
	if allZero(raw) {
		return nil, fmt.Errorf("%w: %w", ErrInvalidPublicKey, ErrInfinity)
	}
	var pk PublicKey
	if err := pk.p.DeserializeUncompressed(raw); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidPublicKey, err)
	}
	return pk.checked()
}

// EIP2537 returns the signature in the 256-byte EIP-2537 G2 form:
// x.c0‖x.c1‖y.c0‖y.c1, each left-padded from 48 to 64 bytes. herumi's uncompressed
// form puts c1 first; this swaps each pair.
func (s *Signature) EIP2537() [SignatureEIP2537Size]byte {
	var out [SignatureEIP2537Size]byte
	raw := s.s.SerializeUncompressed() // x.c1‖x.c0‖y.c1‖y.c0
	for i, src := range []int{1, 0, 3, 2} {
		copy(out[i*fpPadded+fpPadding:(i+1)*fpPadded], raw[src*fpSize:(src+1)*fpSize])
	}
	return out
}

// SignatureFromEIP2537 decodes a 256-byte EIP-2537 G2 point as a signature, with the
// same rejections as PublicKeyFromEIP2537.
func SignatureFromEIP2537(b []byte) (*Signature, error) {
	if len(b) != SignatureEIP2537Size {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSignature, len(b), SignatureEIP2537Size)
	}
	els, err := unpad(b, 4) // x.c0, x.c1, y.c0, y.c1
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidSignature, err)
	}
	if allZero(els) {
		return nil, fmt.Errorf("%w: %w", ErrInvalidSignature, ErrInfinity)
	}
	raw := make([]byte, 0, 4*fpSize)
	for _, src := range []int{1, 0, 3, 2} {
		raw = append(raw, els[src*fpSize:(src+1)*fpSize]...)
	}
	var s Signature
	if err := s.s.DeserializeUncompressed(raw); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
	}
	return s.checked()
}

// unpad strips the 16 zero bytes in front of each of n 64-byte field elements,
// rejecting non-zero padding. Range and curve checks are herumi's.
func unpad(b []byte, n int) ([]byte, error) {
	out := make([]byte, 0, n*fpSize)
	for i := range n {
		el := b[i*fpPadded : (i+1)*fpPadded]
		if !allZero(el[:fpPadding]) {
			return nil, fmt.Errorf("field element %d: non-zero padding", i)
		}
		out = append(out, el[fpPadding:]...)
	}
	return out, nil
}

func allZero(b []byte) bool { return len(bytes.TrimLeft(b, "\x00")) == 0 }

// PopMessage is the SPEC 5 proof-of-possession message of keeper's key pk for the
// contract of d: keccak256("whitepay/pop/v2" ‖ chainId ‖ contract ‖ keeper ‖ pk),
// with pk in its 128-byte EIP-2537 form (what the contract stores).
func PopMessage(d domain.Domain, keeper common.Address, pk *PublicKey) [32]byte {
	k := pk.EIP2537()
	return d.Digest(domain.TagPoP, keeper[:], k[:])
}

// ProvePossession returns the proof of possession of sk for keeper in domain d.
func (sk *SecretKey) ProvePossession(d domain.Domain, keeper common.Address) *Signature {
	msg := PopMessage(d, keeper, sk.PublicKey())
	return sk.Sign(msg[:])
}

// VerifyPossession reports whether pop proves possession of pk's secret key for
// keeper in domain d.
func VerifyPossession(d domain.Domain, keeper common.Address, pk *PublicKey, pop *Signature) bool {
	if pk == nil || pop == nil {
		return false
	}
	msg := PopMessage(d, keeper, pk)
	return Verify(pk, msg[:], pop)
}
