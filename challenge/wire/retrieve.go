package wire

// Retrieval (SPEC 3, "Retrieval"): the owner of an active order fetches its piece
// from the provider, whole or a byte range, over /whitepay/retrieve/1, and checks
// every leaf against the piece's Merkle root as it arrives.
//
//	owner → provider: frame(RetrieveRequest)
//	provider → owner: frame(OK(RetrieveHeader) | error)
//	then per chunk:   frame(path: count (1) ‖ count × hash (32)) ‖ the chunk's bytes, raw
//
// Decisions taken where SPEC is silent:
//
//   - The piece travels in chunks of 2^RetrieveChunkLevel leaves (1 MiB): chunk c
//     is the aligned run of leaves whose root is node (RetrieveChunkLevel, c) of
//     the level-wise tree, the last chunk shorter. Each chunk comes with its path
//     to the root (challenge.Levels.NodePath), so the client verifies it
//     (challenge.VerifyNode) before writing a byte of it: memory is bounded by one
//     chunk and a corrupt chunk is caught where it is, not at the end.
//   - A range is served as the chunks that cover it; the client writes only the
//     requested bytes.
//   - The header carries the signed order: the client takes root and size from it
//     only after checking that its id is the one asked for and that the owner (the
//     client itself) signed it.
//   - Authentication is the libp2p handshake: the stream's remote peer is the
//     owner's account (internal/p2p: peer id = secp256k1 key). The provider serves
//     the contract's owner only, for an order it stores that is active at its view
//     of the head (StartBlock ≤ head < EndBlock).

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
)

// RetrieveChunkLevel: a chunk is 2^RetrieveChunkLevel leaves.
const RetrieveChunkLevel = 8

// RetrieveChunkBytes is the size of a full chunk.
const RetrieveChunkBytes = challenge.LeafSize << RetrieveChunkLevel

// RetrieveRequestLen is the length of a retrieval request.
const RetrieveRequestLen = 1 + 20 + 32 + 8 + 8

// RetrieveRequest asks for bytes [Offset, Offset+Length) of the piece of order
// OrderID under Contract (Length 0: to the end).
type RetrieveRequest struct {
	Contract common.Address
	OrderID  [32]byte
	Offset   uint64
	Length   uint64
}

// MarshalBinary encodes the request: version ‖ contract ‖ order id ‖ offset ‖ length.
func (r *RetrieveRequest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, RetrieveRequestLen)
	b = append(b, wireVersion)
	b = append(b, r.Contract[:]...)
	b = append(b, r.OrderID[:]...)
	b = binary.BigEndian.AppendUint64(b, r.Offset)
	return binary.BigEndian.AppendUint64(b, r.Length), nil
}

// DecodeRetrieveRequest decodes a request strictly.
func DecodeRetrieveRequest(b []byte) (*RetrieveRequest, error) {
	if len(b) != RetrieveRequestLen || b[0] != wireVersion {
		return nil, fmt.Errorf("%w: retrieve request of %d bytes", ErrMalformed, len(b))
	}
	r := &RetrieveRequest{Contract: common.Address(b[1:21]), OrderID: [32]byte(b[21:53])}
	r.Offset = binary.BigEndian.Uint64(b[53:61])
	r.Length = binary.BigEndian.Uint64(b[61:69])
	return r, nil
}

// Span returns the byte range the request asks of a piece of size bytes, or an
// error if it does not lie inside the piece.
func (r *RetrieveRequest) Span(size uint64) (from, to uint64, err error) {
	if r.Offset >= size {
		return 0, 0, fmt.Errorf("%w: offset %d of a %d-byte piece", ErrMalformed, r.Offset, size)
	}
	to = size
	if r.Length > 0 {
		if r.Length > size-r.Offset {
			return 0, 0, fmt.Errorf("%w: bytes [%d, %d+%d) of a %d-byte piece", ErrMalformed, r.Offset, r.Offset, r.Length, size)
		}
		to = r.Offset + r.Length
	}
	return r.Offset, to, nil
}

// Chunks returns the first chunk and the number of chunks covering [from, to).
func Chunks(from, to uint64) (first, count uint64) {
	first = from / RetrieveChunkBytes
	last := (to - 1) / RetrieveChunkBytes
	return first, last - first + 1
}

// ChunkLen returns the number of piece bytes in chunk c of a piece of size bytes.
func ChunkLen(size, c uint64) uint64 {
	start := c * RetrieveChunkBytes
	if start >= size {
		return 0
	}
	return min(RetrieveChunkBytes, size-start)
}

// RetrieveHeaderLen is the length of the header that opens a retrieval answer.
const RetrieveHeaderLen = 1 + 8 + 8 + challenge.SignedOrderLen

// RetrieveHeader opens a retrieval answer: the chunk level, the chunks that follow
// and the signed order (root and size).
type RetrieveHeader struct {
	Level uint8
	First uint64
	Count uint64
	Order *challenge.SignedOrder
}

// MarshalBinary encodes the header: level ‖ first ‖ count ‖ signed order.
func (h *RetrieveHeader) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, RetrieveHeaderLen)
	b = append(b, h.Level)
	b = binary.BigEndian.AppendUint64(b, h.First)
	b = binary.BigEndian.AppendUint64(b, h.Count)
	o, _ := h.Order.MarshalBinary()
	return append(b, o...), nil
}

// DecodeRetrieveHeader decodes a header strictly.
func DecodeRetrieveHeader(b []byte) (*RetrieveHeader, error) {
	if len(b) != RetrieveHeaderLen {
		return nil, fmt.Errorf("%w: retrieve header of %d bytes", ErrMalformed, len(b))
	}
	h := &RetrieveHeader{Level: b[0], First: binary.BigEndian.Uint64(b[1:9]), Count: binary.BigEndian.Uint64(b[9:17])}
	so, err := challenge.DecodeSignedOrder(b[17:])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	h.Order = so
	return h, nil
}

// MaxPathFrame bounds a chunk's path frame.
const MaxPathFrame = 1 + 32*challenge.MaxLevels

// EncodePath encodes a chunk's path frame.
func EncodePath(path [][32]byte) []byte {
	b := make([]byte, 0, 1+32*len(path))
	b = append(b, byte(len(path)))
	for _, h := range path {
		b = append(b, h[:]...)
	}
	return b
}

// DecodePath decodes a chunk's path frame strictly.
func DecodePath(b []byte) ([][32]byte, error) {
	if len(b) < 1 || len(b) != 1+32*int(b[0]) || int(b[0]) > challenge.MaxLevels {
		return nil, fmt.Errorf("%w: path frame of %d bytes", ErrMalformed, len(b))
	}
	out := make([][32]byte, b[0])
	for i := range out {
		out[i] = [32]byte(b[1+32*i:])
	}
	return out, nil
}
