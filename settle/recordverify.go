package settle

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/secp256k1"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
)

// ErrRecord wraps the failures of VerifyRecord.
var ErrRecord = fmt.Errorf("settle: record does not verify")

// VerifyRecord is challenge.ChalRecord.VerifyChallenge against the challenge
// Derive gives (keeper, provider, height, block hash and the active order set with
// root ordersRoot and total size totalSize), computed with only what that check
// reads: the record's consistency; the keeper's signature over its digest; for an
// ok record the provider's signature over ResponseDigest with seed = Seed(block
// hash, keeper, provider, ordersRoot), and a space equal to totalSize × p / pieces
// for some 0 ≤ p ≤ pieces, where pieces = min(m, number of active orders) is the
// number Derive draws. It skips the draw of the challenged pieces and leaves (which
// the check does not read) and recovers public keys without re-validating the curve
// point libsecp256k1 returns: the detector checks millions of records. A test checks
// that it agrees with the challenge package on valid and forged records.
func VerifyRecord(d domain.Domain, r *challenge.ChalRecord, blockHash, ordersRoot [32]byte, active int, totalSize *big.Int, m int) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if err := recoverIs(r.Digest(d), r.KeeperSig[:], r.Keeper); err != nil {
		return fmt.Errorf("%w: keeper signature: %w", ErrRecord, err)
	}
	if r.Result != challenge.ResultOK {
		return nil
	}
	seed := challenge.Seed(blockHash, r.Keeper, r.Provider, ordersRoot)
	if err := recoverIs(challenge.ResponseDigest(d, r.Keeper, r.Provider, r.Height, seed, r.ProofDigest), r.ProviderSig, r.Provider); err != nil {
		return fmt.Errorf("%w: provider signature: %w", ErrRecord, err)
	}
	pieces := min(m, active)
	if pieces == 0 {
		if r.Space.Sign() == 0 {
			return nil
		}
		return fmt.Errorf("%w: space %s without pieces", ErrRecord, r.Space)
	}
	// space = totalSize × p / pieces for some p in [0, pieces].
	n := big.NewInt(int64(pieces))
	s := new(big.Int)
	for p := 0; p <= pieces; p++ {
		s.Mul(totalSize, big.NewInt(int64(p)))
		s.Quo(s, n)
		if s.Cmp(r.Space) == 0 {
			return nil
		}
	}
	return fmt.Errorf("%w: space %s impossible for the challenge", ErrRecord, r.Space)
}

// recoverIs checks that sig (r ‖ s ‖ v, v in {0,1}, s in the lower half) over hash
// was made by want.
func recoverIs(hash [32]byte, sig []byte, want common.Address) error {
	if len(sig) != challenge.SigLen {
		return fmt.Errorf("signature of %d bytes", len(sig))
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, s, true) {
		return fmt.Errorf("invalid or non-canonical signature values")
	}
	pub, err := secp256k1.RecoverPubkey(hash[:], sig)
	if err != nil {
		return err
	}
	var got common.Address
	copy(got[:], crypto.Keccak256(pub[1:])[12:])
	if got != want {
		return fmt.Errorf("signed by %s, want %s", got, want)
	}
	return nil
}

// CheckSig is the secp256k1 check the detector applies to every record signature
// (recoverIs): sig (r ‖ s ‖ v, canonical) over hash recovers to want. The detector's
// benchmark times it alone as the signature-verification floor.
func CheckSig(hash [32]byte, sig []byte, want common.Address) error {
	return recoverIs(hash, sig, want)
}
