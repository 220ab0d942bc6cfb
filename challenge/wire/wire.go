// Package wire holds the messages of the storage protocols between users, keepers and
// providers (SPEC 3): the upload request a user sends a provider and the challenge
// request a keeper sends a provider. Both sides use this one package, so that the
// encoding is defined once. Encodings are strict (exact lengths, limits, canonical
// forms); every decoding error wraps ErrMalformed.
package wire

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
)

// ErrMalformed is returned by the decoders of this package.
var ErrMalformed = errors.New("wire: malformed message")

const wireVersion = 1

// UploadRequestLen is the length of an upload request: version ‖ signed order.
const UploadRequestLen = 1 + challenge.SignedOrderLen

// EncodeUploadRequest returns the first frame of an upload:
//
//	version (1) | signed order (challenge.SignedOrder encoding)
func EncodeUploadRequest(so *challenge.SignedOrder) []byte {
	b, _ := so.MarshalBinary()
	return append([]byte{wireVersion}, b...)
}

// DecodeUploadRequest decodes the first frame of an upload strictly.
func DecodeUploadRequest(b []byte) (*challenge.SignedOrder, error) {
	if len(b) != UploadRequestLen {
		return nil, fmt.Errorf("%w: upload request of %d bytes, want %d", ErrMalformed, len(b), UploadRequestLen)
	}
	if b[0] != wireVersion {
		return nil, fmt.Errorf("%w: upload request version %d", ErrMalformed, b[0])
	}
	so, err := challenge.DecodeSignedOrder(b[1:])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return so, nil
}

// ChallengeRequest is what a keeper sends a provider (SPEC 3): the contract, the
// height b and its block hash, the orders root the keeper derived the challenge
// from, and the challenged pieces (order id and leaf indices, in challenge order).
// The keeper is the authenticated sender. Sending the selection explicitly lets a
// provider answer even when it does not hold exactly the keeper's order set (a
// piece it does not hold fails alone), and costs the provider no derivation.
type ChallengeRequest struct {
	Contract   common.Address
	Height     uint64
	BlockHash  [32]byte
	OrdersRoot [32]byte
	Pieces     []ChallengedPiece
}

// ChallengedPiece is one challenged piece of a ChallengeRequest.
type ChallengedPiece struct {
	OrderID [32]byte
	Leaves  []uint64 // strictly ascending
}

// MaxChallengeRequestLen bounds a challenge request encoding.
const MaxChallengeRequestLen = 1 + 20 + 8 + 32 + 32 + 1 + challenge.MaxChallengePieces*(32+1+challenge.MaxChallengeLeaves*8)

// NewChallengeRequest returns the request for a derived challenge.
func NewChallengeRequest(contract common.Address, c *challenge.Challenge) *ChallengeRequest {
	r := &ChallengeRequest{Contract: contract, Height: c.Height, BlockHash: c.BlockHash, OrdersRoot: c.OrdersRoot}
	for _, p := range c.Pieces {
		r.Pieces = append(r.Pieces, ChallengedPiece{OrderID: p.OrderID, Leaves: p.Leaves})
	}
	return r
}

// MarshalBinary encodes the request:
//
//	version (1) | contract (20) | height (uint64) | block hash (32) | orders root (32) |
//	piece count (uint8, ≤ 16) | pieces
//	piece = order id (32) | leaf count (uint8, 1..16) | leaf indices (uint64 each, strictly ascending)
func (r *ChallengeRequest) MarshalBinary() ([]byte, error) {
	if err := r.validate(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, MaxChallengeRequestLen)
	b = append(b, wireVersion)
	b = append(b, r.Contract[:]...)
	b = binary.BigEndian.AppendUint64(b, r.Height)
	b = append(b, r.BlockHash[:]...)
	b = append(b, r.OrdersRoot[:]...)
	b = append(b, byte(len(r.Pieces)))
	for _, p := range r.Pieces {
		b = append(b, p.OrderID[:]...)
		b = append(b, byte(len(p.Leaves)))
		for _, l := range p.Leaves {
			b = binary.BigEndian.AppendUint64(b, l)
		}
	}
	return b, nil
}

func (r *ChallengeRequest) validate() error {
	if len(r.Pieces) > challenge.MaxChallengePieces {
		return fmt.Errorf("%w: %d pieces (limit %d)", ErrMalformed, len(r.Pieces), challenge.MaxChallengePieces)
	}
	for i, p := range r.Pieces {
		if len(p.Leaves) == 0 || len(p.Leaves) > challenge.MaxChallengeLeaves {
			return fmt.Errorf("%w: piece %d with %d leaves (1..%d)", ErrMalformed, i, len(p.Leaves), challenge.MaxChallengeLeaves)
		}
		for k := 1; k < len(p.Leaves); k++ {
			if p.Leaves[k] <= p.Leaves[k-1] {
				return fmt.Errorf("%w: piece %d leaves not strictly ascending", ErrMalformed, i)
			}
		}
		for j := 0; j < i; j++ {
			if r.Pieces[j].OrderID == p.OrderID {
				return fmt.Errorf("%w: order %x challenged twice", ErrMalformed, p.OrderID)
			}
		}
	}
	return nil
}

// DecodeChallengeRequest decodes a request strictly (exact length, limits, leaves
// strictly ascending, no piece twice).
func DecodeChallengeRequest(b []byte) (*ChallengeRequest, error) {
	if len(b) > MaxChallengeRequestLen {
		return nil, fmt.Errorf("%w: challenge request of %d bytes (limit %d)", ErrMalformed, len(b), MaxChallengeRequestLen)
	}
	const fixed = 1 + 20 + 8 + 32 + 32 + 1
	if len(b) < fixed {
		return nil, fmt.Errorf("%w: challenge request of %d bytes", ErrMalformed, len(b))
	}
	if b[0] != wireVersion {
		return nil, fmt.Errorf("%w: challenge request version %d", ErrMalformed, b[0])
	}
	r := &ChallengeRequest{}
	copy(r.Contract[:], b[1:21])
	r.Height = binary.BigEndian.Uint64(b[21:29])
	copy(r.BlockHash[:], b[29:61])
	copy(r.OrdersRoot[:], b[61:93])
	n := int(b[93])
	if n > challenge.MaxChallengePieces {
		return nil, fmt.Errorf("%w: %d pieces (limit %d)", ErrMalformed, n, challenge.MaxChallengePieces)
	}
	rest := b[fixed:]
	for i := 0; i < n; i++ {
		if len(rest) < 33 {
			return nil, fmt.Errorf("%w: truncated piece %d", ErrMalformed, i)
		}
		p := ChallengedPiece{OrderID: [32]byte(rest[:32])}
		k := int(rest[32])
		rest = rest[33:]
		if len(rest) < 8*k {
			return nil, fmt.Errorf("%w: truncated leaves of piece %d", ErrMalformed, i)
		}
		p.Leaves = make([]uint64, k)
		for j := range p.Leaves {
			p.Leaves[j] = binary.BigEndian.Uint64(rest[8*j:])
		}
		rest = rest[8*k:]
		r.Pieces = append(r.Pieces, p)
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(rest))
	}
	if err := r.validate(); err != nil {
		return nil, err
	}
	return r, nil
}
