package challenge

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SigLen is the length of a secp256k1 signature: r ‖ s ‖ v.
const SigLen = 65

var (
	// ErrBadSignature is returned when a signature is malformed, not canonical
	// (high s), or not made by the expected account.
	ErrBadSignature = errors.New("challenge: bad signature")
	// ErrWrongDomain is returned when a signed object names another contract than
	// the domain it is verified in.
	ErrWrongDomain = errors.New("challenge: wrong domain")
	// ErrWrongKey is returned when asked to sign for an account with another
	// account's key.
	ErrWrongKey = errors.New("challenge: key does not belong to the signer")
)

// signHash signs a 32-byte hash with key; v is 0 or 1 (go-ethereum's form) and s is
// in the lower half of the curve order.
func signHash(hash [32]byte, key *ecdsa.PrivateKey) ([SigLen]byte, error) {
	var out [SigLen]byte
	sig, err := crypto.Sign(hash[:], key)
	if err != nil {
		return out, fmt.Errorf("challenge: signing: %w", err)
	}
	copy(out[:], sig)
	return out, nil
}

// recoverHash returns the address that signed hash. It accepts v in {0, 1} and, for
// wallet signatures, {27, 28}; it rejects s in the upper half of the curve order
// (malleable signatures), r or s out of range, and any other length.
func recoverHash(hash [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != SigLen {
		return common.Address{}, fmt.Errorf("%w: %d bytes", ErrBadSignature, len(sig))
	}
	var s [SigLen]byte
	copy(s[:], sig)
	if s[64] == 27 || s[64] == 28 {
		s[64] -= 27
	}
	r, sv := new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64])
	if !crypto.ValidateSignatureValues(s[64], r, sv, true) {
		return common.Address{}, fmt.Errorf("%w: invalid or non-canonical values", ErrBadSignature)
	}
	pub, err := crypto.SigToPub(hash[:], s[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// verifyHash checks that sig over hash was made by want.
func verifyHash(hash [32]byte, sig []byte, want common.Address) error {
	got, err := recoverHash(hash, sig)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("%w: signed by %s, want %s", ErrBadSignature, got, want)
	}
	return nil
}

// personalHash is the EIP-191 version 0x45 hash of a 32-byte digest:
// keccak256("\x19Ethereum Signed Message:\n32" ‖ digest), what wallets sign for
// personal_sign / eth_sign of the digest bytes.
func personalHash(digest [32]byte) [32]byte {
	return [32]byte(accounts.TextHash(digest[:]))
}

func keyAddress(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }
