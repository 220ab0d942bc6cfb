package challenge

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/domain"
)

var (
	// ErrSeedMismatch is returned for a response to another challenge.
	ErrSeedMismatch = errors.New("challenge: response is for another seed")
	// ErrResponseMismatch is returned for a response whose pieces are not the
	// challenged pieces, in order.
	ErrResponseMismatch = errors.New("challenge: response does not match the challenge")
)

// LeafProof is one challenged leaf: its unpadded data (ReadLeaf) and its inclusion
// proof (Proof.Index is the leaf index).
type LeafProof struct {
	Data  []byte
	Proof Proof
}

// PieceResponse answers one challenged piece. Leaves lists the challenged leaves in
// the challenge's order; a provider that lost the piece sends no leaves (the piece
// fails, the rest of the response still counts).
type PieceResponse struct {
	OrderID [32]byte
	Leaves  []LeafProof
}

// Response is a provider's answer to a challenge (SPEC 3), signed by the provider's
// secp256k1 account key over ResponseDigest.
type Response struct {
	Seed   [32]byte
	Pieces []PieceResponse
	Sig    [SigLen]byte
}

// responseVersion is the first byte of a response encoding.
const responseVersion = 1

// MaxResponseLen bounds a response encoding: MaxChallengePieces pieces of
// MaxChallengeLeaves full leaves with the longest proofs (about 1.3 MB).
const MaxResponseLen = 1 + 32 + 1 + MaxChallengePieces*(32+1+MaxChallengeLeaves*(2+LeafSize+17+maxPath*32)) + SigLen

// appendBody appends the signed part of the encoding (everything but the signature).
func (r *Response) appendBody(b []byte) ([]byte, error) {
	if len(r.Pieces) > MaxChallengePieces {
		return b, fmt.Errorf("challenge: response with %d pieces (limit %d)", len(r.Pieces), MaxChallengePieces)
	}
	b = append(b, responseVersion)
	b = append(b, r.Seed[:]...)
	b = append(b, byte(len(r.Pieces)))
	for _, p := range r.Pieces {
		if len(p.Leaves) > MaxChallengeLeaves {
			return b, fmt.Errorf("challenge: response piece with %d leaves (limit %d)", len(p.Leaves), MaxChallengeLeaves)
		}
		b = append(b, p.OrderID[:]...)
		b = append(b, byte(len(p.Leaves)))
		for _, l := range p.Leaves {
			if len(l.Data) == 0 || len(l.Data) > LeafSize {
				return b, fmt.Errorf("challenge: leaf data of %d bytes", len(l.Data))
			}
			b = append(b, byte(len(l.Data)>>8), byte(len(l.Data)))
			b = append(b, l.Data...)
			var err error
			if b, err = l.Proof.AppendBinary(b); err != nil {
				return b, err
			}
		}
	}
	return b, nil
}

// MarshalBinary encodes the response:
//
//	version (1) | seed (32) | piece count (uint8) | pieces | signature (65)
//	piece = order id (32) | leaf count (uint8) | leaves
//	leaf  = data length (uint16, 1..4096) | data | proof (Proof encoding)
//
// big-endian. DecodeResponse accepts only this canonical form.
func (r *Response) MarshalBinary() ([]byte, error) {
	b, err := r.appendBody(nil)
	if err != nil {
		return nil, err
	}
	return append(b, r.Sig[:]...), nil
}

// ProofDigest returns keccak256 of the response's signed part (its encoding without
// the signature): the proofDigest a challenge record carries.
func (r *Response) ProofDigest() ([32]byte, error) {
	b, err := r.appendBody(nil)
	if err != nil {
		return [32]byte{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

// ResponseDigest is the message a provider signs for its response (SPEC 3, 5):
//
//	keccak256("whitepay/response/v1" ‖ uint256 chainId ‖ contract ‖ keeper ‖ provider ‖
//	          uint64 height ‖ seed ‖ proofDigest)
//
// It binds the challenge (keeper, height and seed) and the response content, so a
// record's providerSig can be checked from the record and the seed alone.
func ResponseDigest(d domain.Domain, keeper, provider common.Address, height uint64, seed, proofDigest [32]byte) [32]byte {
	return d.Digest(domain.TagResponse, keeper[:], provider[:], appendU64(nil, height), seed[:], proofDigest[:])
}

// Sign sets r.Seed to the challenge's seed and signs the response with the
// provider's key, which must be the key of c.Provider.
func (r *Response) Sign(d domain.Domain, c *Challenge, key *ecdsa.PrivateKey) error {
	if keyAddress(key) != c.Provider {
		return fmt.Errorf("%w: key of %s, provider %s", ErrWrongKey, keyAddress(key), c.Provider)
	}
	r.Seed = c.Seed
	pd, err := r.ProofDigest()
	if err != nil {
		return err
	}
	sig, err := signHash(ResponseDigest(d, c.Keeper, c.Provider, c.Height, c.Seed, pd), key)
	if err != nil {
		return err
	}
	r.Sig = sig
	return nil
}

// DecodeResponse decodes a response strictly: size limits (MaxResponseLen, at most
// MaxChallengePieces pieces of MaxChallengeLeaves leaves, leaf data of 1..4096
// bytes), canonical proofs, v in {0, 1} and no trailing bytes. Errors wrap
// ErrMalformed. Signatures and proofs are checked by Challenge.Verify.
func DecodeResponse(b []byte) (*Response, error) {
	if len(b) > MaxResponseLen {
		return nil, fmt.Errorf("%w: response of %d bytes (limit %d)", ErrMalformed, len(b), MaxResponseLen)
	}
	rd := &reader{b: b}
	r := &Response{}
	if v := rd.u8("response version"); rd.err == nil && v != responseVersion {
		rd.fail("response version %d", v)
	}
	r.Seed = rd.hash("seed")
	np := int(rd.u8("piece count"))
	if rd.err == nil && np > MaxChallengePieces {
		rd.fail("%d pieces (limit %d)", np, MaxChallengePieces)
	}
	for i := 0; i < np && rd.err == nil; i++ {
		p := PieceResponse{OrderID: rd.hash("order id")}
		nl := int(rd.u8("leaf count"))
		if rd.err == nil && nl > MaxChallengeLeaves {
			rd.fail("%d leaves (limit %d)", nl, MaxChallengeLeaves)
		}
		for j := 0; j < nl && rd.err == nil; j++ {
			dl := int(rd.u16("leaf length"))
			if rd.err == nil && (dl == 0 || dl > LeafSize) {
				rd.fail("leaf of %d bytes", dl)
			}
			data := rd.take(dl, "leaf data")
			pr := readProof(rd)
			if rd.err == nil {
				p.Leaves = append(p.Leaves, LeafProof{Data: append([]byte(nil), data...), Proof: *pr})
			}
		}
		r.Pieces = append(r.Pieces, p)
	}
	copy(r.Sig[:], rd.take(SigLen, "signature"))
	if err := rd.end(); err != nil {
		return nil, err
	}
	if r.Sig[64] > 1 {
		return nil, fmt.Errorf("%w: signature v = %d", ErrMalformed, r.Sig[64])
	}
	return r, nil
}

// ProvePiece answers one challenged piece from the piece's levels and its data,
// reading only the challenged leaves. It fails if the levels are not those of the
// ordered piece.
func ProvePiece(levels *Levels, piece io.ReaderAt, pc PieceChallenge) (PieceResponse, error) {
	if levels.ID() != pc.Order.Piece() {
		return PieceResponse{}, fmt.Errorf("%w: levels of another piece", ErrBadLevels)
	}
	out := PieceResponse{OrderID: pc.OrderID, Leaves: make([]LeafProof, 0, len(pc.Leaves))}
	for _, i := range pc.Leaves {
		p, err := levels.Proof(i)
		if err != nil {
			return PieceResponse{}, err
		}
		data, err := ReadLeaf(piece, levels.Size(), i)
		if err != nil {
			return PieceResponse{}, err
		}
		out.Leaves = append(out.Leaves, LeafProof{Data: data, Proof: *p})
	}
	return out, nil
}

// Verify checks a response to c in domain d and returns the number of challenged
// pieces it proves. The response as a whole is rejected — the record's result is
// then "invalid" — when it answers another seed (ErrSeedMismatch), does not list the
// challenged pieces in order (ErrResponseMismatch) or is not signed by the provider
// (ErrBadSignature). A piece passes when every challenged leaf is present, in order,
// with data and a proof that verify against the ordered (root, size); otherwise it
// fails without invalidating the other pieces.
func (c *Challenge) Verify(d domain.Domain, r *Response) (passed int, err error) {
	if r.Seed != c.Seed {
		return 0, ErrSeedMismatch
	}
	if len(r.Pieces) != len(c.Pieces) {
		return 0, fmt.Errorf("%w: %d pieces, %d challenged", ErrResponseMismatch, len(r.Pieces), len(c.Pieces))
	}
	for i := range c.Pieces {
		if r.Pieces[i].OrderID != c.Pieces[i].OrderID {
			return 0, fmt.Errorf("%w: piece %d is order %x, want %x", ErrResponseMismatch, i, r.Pieces[i].OrderID, c.Pieces[i].OrderID)
		}
	}
	pd, err := r.ProofDigest()
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrResponseMismatch, err)
	}
	if r.Sig[64] > 1 {
		return 0, fmt.Errorf("%w: v = %d", ErrBadSignature, r.Sig[64])
	}
	if err := verifyHash(ResponseDigest(d, c.Keeper, c.Provider, c.Height, c.Seed, pd), r.Sig[:], c.Provider); err != nil {
		return 0, err
	}
	for i := range c.Pieces {
		if c.Pieces[i].passes(&r.Pieces[i]) {
			passed++
		}
	}
	return passed, nil
}

func (pc *PieceChallenge) passes(pr *PieceResponse) bool {
	if len(pr.Leaves) != len(pc.Leaves) {
		return false
	}
	for k, idx := range pc.Leaves {
		l := &pr.Leaves[k]
		if l.Proof.Verify(pc.Order.Root, pc.Order.Size, idx, l.Data) != nil {
			return false
		}
	}
	return true
}

// Evaluate turns the outcome of a challenge into the keeper's unsigned record
// (SPEC 3). r == nil means no response arrived (ResultMissing); late means it arrived
// after the deadline (ResultLate). Both, and a response Verify rejects
// (ResultInvalid), give space 0; otherwise the result is ResultOK with
// space = c.Space(passed). The record carries the response's proofDigest and
// signature whenever there is a response. Sign it with SignRecord.
func (c *Challenge) Evaluate(d domain.Domain, r *Response, late bool) *ChalRecord {
	rec := &ChalRecord{Keeper: c.Keeper, Provider: c.Provider, Height: c.Height, Space: new(big.Int)}
	if r == nil {
		rec.Result = ResultMissing
		return rec
	}
	if pd, err := r.ProofDigest(); err == nil {
		rec.ProofDigest = pd
		if r.Sig[64] <= 1 { // a non-canonical v cannot be recorded (and never verifies)
			rec.ProviderSig = append([]byte(nil), r.Sig[:]...)
		}
	}
	if late {
		rec.Result = ResultLate
		return rec
	}
	passed, err := c.Verify(d, r)
	if err != nil {
		rec.Result = ResultInvalid
		return rec
	}
	rec.Result = ResultOK
	rec.Space = c.Space(passed)
	return rec
}
