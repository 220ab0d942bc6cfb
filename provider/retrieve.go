package provider

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/p2p"
)

// Errors of retrieval (their text reaches the peer).
var (
	ErrNotOwner       = errors.New("provider: only the contract's owner retrieves its pieces")
	ErrUnknownOrder   = errors.New("provider: no such order stored")
	ErrOrderNotActive = errors.New("provider: order not active at the current head")
)

// handleRetrieve serves /whitepay/retrieve/1 (challenge/wire retrieve.go): the
// contract's owner — the stream's authenticated peer — fetches the piece of an
// order this provider stores and that is active at its head (Config.Head; without
// one, any stored order), whole or a range, in chunks each sent with its Merkle
// path. Retrievals share the MaxUploads slots with uploads.
func (n *Node) handleRetrieve(from p2p.Peer, s network.Stream) {
	defer s.Close()
	conn := p2p.IdleConn{S: s, Idle: n.cfg.UploadIdle}
	fail := func(err error) {
		n.log.Info("retrieval refused", "from", from.Address, "err", err)
		if n.cfg.Metrics != nil {
			n.cfg.Metrics.MessagesRejected.WithLabelValues("retrieve").Inc()
		}
		p2p.WriteFrame(conn, p2p.EncodeError(err))
	}
	rb, err := p2p.ReadFrame(conn, wire.RetrieveRequestLen)
	if err != nil {
		fail(fmt.Errorf("provider: reading the retrieval request: %w", err))
		return
	}
	req, err := wire.DecodeRetrieveRequest(rb)
	if err != nil {
		fail(err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	owner, err := n.owner(ctx, req.Contract)
	if err != nil {
		fail(err)
		return
	}
	if from.Address != owner {
		fail(fmt.Errorf("%w (%s)", ErrNotOwner, owner))
		return
	}
	so, err := n.Order(req.Contract, req.OrderID)
	if err != nil {
		fail(fmt.Errorf("%w: %x", ErrUnknownOrder, req.OrderID))
		return
	}
	if n.cfg.Head != nil {
		head, err := n.cfg.Head.BlockNumber(ctx)
		if err != nil {
			fail(fmt.Errorf("%w: head: %w", ErrChainUnavailable, err))
			return
		}
		if head < so.StartBlock || head >= so.EndBlock {
			fail(fmt.Errorf("%w: blocks [%d, %d), head %d", ErrOrderNotActive, so.StartBlock, so.EndBlock, head))
			return
		}
	}
	lo, hi, err := req.Span(so.Size)
	if err != nil {
		fail(err)
		return
	}
	select {
	case n.uploads <- struct{}{}:
		defer func() { <-n.uploads }()
	default:
		fail(fmt.Errorf("%w (limit %d)", ErrBusy, n.cfg.MaxUploads))
		return
	}
	piece, err := n.pieces.Open(so.Piece())
	if err != nil {
		fail(fmt.Errorf("provider: piece of order %x: %w", req.OrderID, err))
		return
	}
	defer piece.Close()
	first, count := wire.Chunks(lo, hi)
	hdr, _ := (&wire.RetrieveHeader{Level: wire.RetrieveChunkLevel, First: first, Count: count, Order: so}).MarshalBinary()
	if err := p2p.WriteFrame(conn, p2p.EncodeOK(hdr)); err != nil {
		return
	}
	start := time.Now()
	for c := first; c < first+count; c++ {
		path, err := piece.Levels.NodePath(wire.RetrieveChunkLevel, c)
		if err != nil {
			n.log.Warn("retrieval: path", "order", req.OrderID, "chunk", c, "err", err)
			s.Reset()
			return
		}
		if err := p2p.WriteFrame(conn, wire.EncodePath(path)); err != nil {
			return
		}
		off := int64(c * wire.RetrieveChunkBytes)
		if _, err := io.Copy(conn, io.NewSectionReader(piece.Data(), off, int64(wire.ChunkLen(so.Size, c)))); err != nil {
			n.log.Info("retrieval interrupted", "order", req.OrderID, "chunk", c, "err", err)
			s.Reset()
			return
		}
	}
	n.log.Info("piece retrieved", "by", from.Address, "order", req.OrderID, "bytes", hi-lo, "took", time.Since(start))
}
