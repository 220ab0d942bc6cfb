package challenge

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/domain"
)

var (
	// ErrBadRecord is returned for a record whose fields contradict each other
	// (unknown result, space with a failed result, missing provider signature …).
	ErrBadRecord = errors.New("challenge: bad record")
	// ErrRecordMismatch is returned for a record that is not about the challenge it
	// is checked against (keeper, provider or height differ).
	ErrRecordMismatch = errors.New("challenge: record does not match the challenge")
	// ErrBadSpace is returned when a record's space is not a value the challenge can
	// give (TotalSize × p / challenged for some 0 ≤ p ≤ challenged).
	ErrBadSpace = errors.New("challenge: record space impossible for the challenge")
)

// Result is the outcome of a challenge.
type Result uint8

// Results. The zero value is not a result (it never decodes).
const (
	ResultOK      Result = 1 // a timely response, signed by the provider; space from the pieces it proved
	ResultMissing Result = 2 // no response
	ResultLate    Result = 3 // a response after the deadline (block b + D or the wall-clock timeout)
	ResultInvalid Result = 4 // a response for another seed or pieces, or not signed by the provider
)

func (r Result) String() string {
	switch r {
	case ResultOK:
		return "ok"
	case ResultMissing:
		return "missing"
	case ResultLate:
		return "late"
	case ResultInvalid:
		return "invalid"
	}
	return fmt.Sprintf("result(%d)", uint8(r))
}

// ChalRecord is a keeper's signed record of one challenge (SPEC 3). ProofDigest is
// the response's ProofDigest and ProviderSig the provider's signature over
// ResponseDigest (both empty/zero when no response arrived). KeeperSig is the
// keeper's secp256k1 signature over Digest — secp256k1 with its account key rather
// than BLS, so that a detector recovers and checks millions of records one by one
// cheaply, without pairings.
type ChalRecord struct {
	Keeper      common.Address
	Provider    common.Address
	Height      uint64
	Space       *big.Int // bytes, 0 ≤ Space < 2^256
	Result      Result
	ProofDigest [32]byte
	ProviderSig []byte // SigLen bytes, or empty
	KeeperSig   [SigLen]byte
}

// Validate checks the record's internal consistency: a known result; space within
// uint256 and 0 unless the result is ok; a provider signature of SigLen bytes with v
// in {0,1} for ok, none (and a zero proofDigest) for missing, optional otherwise;
// the keeper signature's v in {0,1}.
func (r *ChalRecord) Validate() error {
	if r.Result < ResultOK || r.Result > ResultInvalid {
		return fmt.Errorf("%w: result %d", ErrBadRecord, r.Result)
	}
	if !isUint256(r.Space) {
		return fmt.Errorf("%w: space missing, negative or above 2^256", ErrBadRecord)
	}
	if r.Result != ResultOK && r.Space.Sign() != 0 {
		return fmt.Errorf("%w: space %s with result %s", ErrBadRecord, r.Space, r.Result)
	}
	switch len(r.ProviderSig) {
	case 0:
		if r.Result == ResultOK {
			return fmt.Errorf("%w: ok without a provider signature", ErrBadRecord)
		}
	case SigLen:
		if r.Result == ResultMissing {
			return fmt.Errorf("%w: missing with a provider signature", ErrBadRecord)
		}
		if r.ProviderSig[64] > 1 {
			return fmt.Errorf("%w: provider signature v = %d", ErrBadRecord, r.ProviderSig[64])
		}
	default:
		return fmt.Errorf("%w: provider signature of %d bytes", ErrBadRecord, len(r.ProviderSig))
	}
	if r.Result == ResultMissing && r.ProofDigest != ([32]byte{}) {
		return fmt.Errorf("%w: missing with a proof digest", ErrBadRecord)
	}
	if r.KeeperSig[64] > 1 {
		return fmt.Errorf("%w: keeper signature v = %d", ErrBadRecord, r.KeeperSig[64])
	}
	return nil
}

// Digest returns the message the keeper signs (SPEC 3, 5):
//
//	keccak256("whitepay/record/v1" ‖ uint256 chainId ‖ contract ‖ keeper ‖ provider ‖
//	          uint64 height ‖ uint256 space ‖ uint8 result ‖ proofDigest ‖
//	          uint8 len(providerSig) ‖ providerSig)
//
// (integers big-endian, space as 32 bytes).
func (r *ChalRecord) Digest(d domain.Domain) [32]byte {
	var space [32]byte
	if r.Space != nil && isUint256(r.Space) {
		r.Space.FillBytes(space[:])
	}
	return d.Digest(domain.TagRecord, r.Keeper[:], r.Provider[:], appendU64(nil, r.Height), space[:],
		[]byte{byte(r.Result)}, r.ProofDigest[:], []byte{byte(len(r.ProviderSig))}, r.ProviderSig)
}

// SignRecord validates r and signs it with the keeper's account key, which must be
// the key of r.Keeper.
func SignRecord(d domain.Domain, r *ChalRecord, key *ecdsa.PrivateKey) error {
	if keyAddress(key) != r.Keeper {
		return fmt.Errorf("%w: key of %s, keeper %s", ErrWrongKey, keyAddress(key), r.Keeper)
	}
	r.KeeperSig = [SigLen]byte{}
	if err := r.Validate(); err != nil {
		return err
	}
	sig, err := signHash(r.Digest(d), key)
	if err != nil {
		return err
	}
	r.KeeperSig = sig
	return nil
}

// Verify checks the record's consistency (ErrBadRecord) and the keeper's signature
// in domain d (ErrBadSignature). A record signed for another chain or contract fails
// here. It does not need the orders: see VerifyChallenge for the full check.
func (r *ChalRecord) Verify(d domain.Domain) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return verifyHash(r.Digest(d), r.KeeperSig[:], r.Keeper)
}

// VerifyChallenge is the full check of a record by a party holding the orders (any
// keeper or detector, SPEC 3): Verify; the record is about c (ErrRecordMismatch);
// for an ok record, the provider's signature over ResponseDigest with c's seed
// (ErrBadSignature) and a space that c can give, TotalSize × p / challenged for some
// p (ErrBadSpace). The provider signature of a late or invalid record is not checked
// (it may be the reason the response was invalid) and its space is 0.
func (r *ChalRecord) VerifyChallenge(d domain.Domain, c *Challenge) error {
	if err := r.Verify(d); err != nil {
		return err
	}
	if r.Keeper != c.Keeper || r.Provider != c.Provider || r.Height != c.Height {
		return ErrRecordMismatch
	}
	if r.Result != ResultOK {
		return nil
	}
	if err := verifyHash(ResponseDigest(d, c.Keeper, c.Provider, c.Height, c.Seed, r.ProofDigest), r.ProviderSig, c.Provider); err != nil {
		return fmt.Errorf("provider signature: %w", err)
	}
	for p := 0; p <= len(c.Pieces); p++ {
		if c.Space(p).Cmp(r.Space) == 0 {
			return nil
		}
	}
	return fmt.Errorf("%w: %s", ErrBadSpace, r.Space)
}

// recordVersion is the first byte of a record encoding.
const recordVersion = 1

// MaxRecordLen is the largest record encoding.
const MaxRecordLen = 1 + 20 + 20 + 8 + 1 + 32 + 1 + 32 + 1 + SigLen + SigLen

// MarshalBinary encodes the record:
//
//	version (1) | keeper (20) | provider (20) | height (uint64) |
//	space (uint8 length 0..32, minimal big-endian bytes) | result (uint8) |
//	proofDigest (32) | providerSig length (uint8, 0 or 65) | providerSig | keeperSig (65)
//
// It fails on a record that Validate rejects.
func (r *ChalRecord) MarshalBinary() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, MaxRecordLen)
	b = append(b, recordVersion)
	b = append(b, r.Keeper[:]...)
	b = append(b, r.Provider[:]...)
	b = appendU64(b, r.Height)
	b = appendUint256(b, r.Space)
	b = append(b, byte(r.Result))
	b = append(b, r.ProofDigest[:]...)
	b = append(b, byte(len(r.ProviderSig)))
	b = append(b, r.ProviderSig...)
	return append(b, r.KeeperSig[:]...), nil
}

// DecodeRecord decodes a record strictly: MaxRecordLen, canonical (minimal) space,
// the Validate rules and no trailing bytes. Errors wrap ErrMalformed. Signatures are
// checked by Verify.
func DecodeRecord(b []byte) (*ChalRecord, error) {
	if len(b) > MaxRecordLen {
		return nil, fmt.Errorf("%w: record of %d bytes (limit %d)", ErrMalformed, len(b), MaxRecordLen)
	}
	rd := &reader{b: b}
	if v := rd.u8("record version"); rd.err == nil && v != recordVersion {
		rd.fail("record version %d", v)
	}
	r := &ChalRecord{}
	r.Keeper = rd.addr("keeper")
	r.Provider = rd.addr("provider")
	r.Height = rd.u64("height")
	r.Space = rd.uint256("space")
	r.Result = Result(rd.u8("result"))
	r.ProofDigest = rd.hash("proof digest")
	n := int(rd.u8("provider signature length"))
	if ps := rd.take(n, "provider signature"); n > 0 && ps != nil {
		r.ProviderSig = append([]byte(nil), ps...)
	}
	copy(r.KeeperSig[:], rd.take(SigLen, "keeper signature"))
	if err := rd.end(); err != nil {
		return nil, err
	}
	if err := r.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return r, nil
}

// Hash returns keccak256 of the record's encoding: a content id for storage and
// deduplication (it covers the signatures, whose v and s are canonical).
func (r *ChalRecord) Hash() ([32]byte, error) {
	b, err := r.MarshalBinary()
	if err != nil {
		return [32]byte{}, err
	}
	return crypto.Keccak256Hash(b), nil
}
