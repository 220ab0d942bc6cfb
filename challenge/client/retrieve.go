package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/p2p"
)

// ErrCorrupt: a retrieved chunk does not belong to the piece (its path does not
// lead to the root the order names).
var ErrCorrupt = errors.New("retrieve: chunk does not match the piece's Merkle root")

// RetrieveOptions tune Retrieve.
type RetrieveOptions struct {
	// Idle drops the retrieval when no byte moves for this long (default 30 s).
	Idle time.Duration
	// Progress, if set, is called with the bytes written so far and the total.
	Progress func(done, total uint64)
}

// Retrieve fetches bytes [offset, offset+length) (length 0: to the end) of the
// piece of order orderID under contract from provider peer to (the owner side of
// /whitepay/retrieve/1, challenge/wire retrieve.go) and writes them to w, each
// chunk verified against the piece's root before it is written. owner is the
// contract's owner, this host's account, whose signature the order must carry. It
// returns the order. A chunk that does not verify stops the transfer with
// ErrCorrupt; what was written before it is correct.
func Retrieve(ctx context.Context, h *p2p.Host, to peer.ID, d domain.Domain, owner common.Address, orderID [32]byte, offset, length uint64, w io.Writer, o RetrieveOptions) (*challenge.SignedOrder, error) {
	if o.Idle <= 0 {
		o.Idle = 30 * time.Second
	}
	s, err := h.Libp2p().NewStream(ctx, to, p2p.ProtoRetrieve)
	if err != nil {
		return nil, fmt.Errorf("retrieve: opening a stream to %s: %w", to, err)
	}
	defer s.Close()
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	conn := p2p.IdleConn{S: s, Idle: o.Idle}
	req := &wire.RetrieveRequest{Contract: d.Contract, OrderID: orderID, Offset: offset, Length: length}
	rb, _ := req.MarshalBinary()
	if err := p2p.WriteFrame(conn, rb); err != nil {
		s.Reset()
		return nil, fmt.Errorf("retrieve: sending the request: %w", err)
	}
	if err := s.CloseWrite(); err != nil {
		s.Reset()
		return nil, fmt.Errorf("retrieve: %w", err)
	}
	hb, err := p2p.ReadFrame(conn, 1+max(p2p.MaxErrorLen, wire.RetrieveHeaderLen))
	if err != nil {
		s.Reset()
		return nil, fmt.Errorf("retrieve: reading the answer: %w", err)
	}
	body, err := p2p.DecodeResponse(hb)
	if err != nil {
		return nil, err
	}
	hdr, err := wire.DecodeRetrieveHeader(body)
	if err != nil {
		s.Reset()
		return nil, err
	}
	so := hdr.Order
	if so.ID(d.ChainID) != orderID {
		s.Reset()
		return nil, fmt.Errorf("%w: the provider answered with another order", wire.ErrMalformed)
	}
	if err := so.Verify(d, owner); err != nil {
		s.Reset()
		return nil, fmt.Errorf("retrieve: the order is not signed by %s: %w", owner, err)
	}
	from, end, err := req.Span(so.Size)
	if err != nil {
		s.Reset()
		return nil, err
	}
	first, count := wire.Chunks(from, end)
	if hdr.Level != wire.RetrieveChunkLevel || hdr.First != first || hdr.Count != count {
		s.Reset()
		return nil, fmt.Errorf("%w: header for chunks %d+%d at level %d, want %d+%d at level %d", wire.ErrMalformed, hdr.First, hdr.Count, hdr.Level, first, count, wire.RetrieveChunkLevel)
	}
	buf := make([]byte, wire.RetrieveChunkBytes)
	leaves := make([][32]byte, 0, 1<<wire.RetrieveChunkLevel)
	total, done := end-from, uint64(0)
	for c := first; c < first+count; c++ {
		pb, err := p2p.ReadFrame(conn, wire.MaxPathFrame)
		if err != nil {
			s.Reset()
			return so, fmt.Errorf("retrieve: chunk %d: %w", c, err)
		}
		path, err := wire.DecodePath(pb)
		if err != nil {
			s.Reset()
			return so, err
		}
		n := wire.ChunkLen(so.Size, c)
		if _, err := io.ReadFull(conn, buf[:n]); err != nil {
			s.Reset()
			return so, fmt.Errorf("retrieve: chunk %d: %w", c, err)
		}
		leaves = leaves[:0]
		for off := uint64(0); off < n; off += challenge.LeafSize {
			leaves = append(leaves, challenge.HashLeaf(buf[off:min(off+challenge.LeafSize, n)]))
		}
		if err := challenge.VerifyNode(so.Root, so.Size, wire.RetrieveChunkLevel, c, challenge.FoldLeafHashes(leaves), path); err != nil {
			s.Reset()
			return so, fmt.Errorf("%w: chunk %d (bytes from %d): %w", ErrCorrupt, c, c*wire.RetrieveChunkBytes, err)
		}
		start := c * wire.RetrieveChunkBytes
		lo, hi := max(from, start)-start, min(end, start+n)-start
		if _, err := w.Write(buf[lo:hi]); err != nil {
			s.Reset()
			return so, fmt.Errorf("retrieve: writing: %w", err)
		}
		done += hi - lo
		if o.Progress != nil {
			o.Progress(done, total)
		}
	}
	return so, nil
}
