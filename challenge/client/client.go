// Package client is the network side of the storage protocols (SPEC 3): the calls a
// user or a keeper makes over libp2p to a provider or a keeper. The messages
// themselves are defined once in package challenge/wire, which both sides use; the
// serving sides are the provider node (package provider: upload intake, challenge
// responder) and the keeper's challenger (package keeper/challenger: order intake).
// Package challenge and challenge/wire stay pure (no network); this package is
// where the storage protocols meet internal/p2p.
//
//	Upload(ctx, host, provider, chainID, signedOrder, data, opts)  user → provider  /whitepay/upload/1
//	Challenge(ctx, host, provider, contract, challenge)            keeper → provider /whitepay/challenge/1
//	SendOrder(ctx, host, keeper, chainID, signedOrder)             user → keeper    /whitepay/order/1
//	OrdersDigest, OrderIDs, FetchOrders (orders.go)                keeper → keeper or provider /whitepay/orders/1
//	Retrieve(ctx, host, provider, domain, owner, orderID, off, n, w) owner → provider /whitepay/retrieve/1
package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/p2p"
)

// UploadOptions tune Upload.
type UploadOptions struct {
	// Idle drops the upload when no byte moves for this long (default 30 s).
	Idle time.Duration
	// Progress, if set, is called with the number of piece bytes sent so far.
	Progress func(sent uint64)
}

// Upload sends a signed order and its piece to provider peer to (the user side of
// /whitepay/upload/1). data must yield exactly so.Size bytes. It returns once the
// provider acknowledged that piece and order are durable; sent reports whether
// the bytes were sent (false: the provider already held the piece). A refusal comes
// back as a *p2p.RemoteError with the provider's reason.
func Upload(ctx context.Context, h *p2p.Host, to peer.ID, chainID *big.Int, so *challenge.SignedOrder, data io.Reader, o UploadOptions) (sent bool, err error) {
	if o.Idle <= 0 {
		o.Idle = 30 * time.Second
	}
	s, err := h.Libp2p().NewStream(ctx, to, p2p.ProtoUpload)
	if err != nil {
		return false, fmt.Errorf("upload: opening a stream to %s: %w", to, err)
	}
	defer s.Close()
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	conn := p2p.IdleConn{S: s, Idle: o.Idle}
	if err := p2p.WriteFrame(conn, wire.EncodeUploadRequest(so)); err != nil {
		s.Reset()
		return false, fmt.Errorf("upload: sending the order: %w", err)
	}
	ready, err := readResponse(conn)
	if err != nil {
		return false, err
	}
	if len(ready) != 1 || ready[0] > 1 {
		s.Reset()
		return false, fmt.Errorf("%w: upload answer %x", wire.ErrMalformed, ready)
	}
	if ready[0] == 0 {
		return false, nil
	}
	pw := &progressWriter{w: conn, fn: o.Progress}
	n, err := io.CopyBuffer(pw, io.LimitReader(data, int64(so.Size)), make([]byte, 256<<10))
	if err != nil {
		s.Reset()
		return false, fmt.Errorf("upload: sending the piece after %d bytes: %w", n, err)
	}
	if uint64(n) != so.Size {
		s.Reset()
		return false, fmt.Errorf("%w: data ended after %d of %d bytes", challenge.ErrSizeMismatch, n, so.Size)
	}
	if err := s.CloseWrite(); err != nil {
		s.Reset()
		return false, fmt.Errorf("upload: %w", err)
	}
	// The provider syncs the piece before it answers: allow for that beyond idle.
	s.SetReadDeadline(time.Now().Add(o.Idle + 30*time.Second))
	ack, err := p2p.ReadFrame(s, 1+p2p.MaxErrorLen)
	if err != nil {
		return false, fmt.Errorf("upload: waiting for the acknowledgement: %w", err)
	}
	body, err := p2p.DecodeResponse(ack)
	if err != nil {
		return false, err
	}
	if id := so.ID(chainID); len(body) != 32 || [32]byte(body) != id {
		return false, fmt.Errorf("%w: acknowledgement for another order", wire.ErrMalformed)
	}
	return true, nil
}

func readResponse(r io.Reader) ([]byte, error) {
	b, err := p2p.ReadFrame(r, 1+p2p.MaxErrorLen)
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("upload: reading the answer: %w", err)
	}
	return p2p.DecodeResponse(b)
}

type progressWriter struct {
	w  io.Writer
	n  uint64
	fn func(uint64)
}

func (p *progressWriter) Write(b []byte) (int, error) {
	k, err := p.w.Write(b)
	p.n += uint64(k)
	if p.fn != nil {
		p.fn(p.n)
	}
	return k, err
}

// Challenge puts challenge c of contract to provider peer to (the keeper side of
// /whitepay/challenge/1) and returns the decoded, not yet verified, response and
// its raw encoding (kept for the record's outbox). The exchange is bounded by ctx;
// a response that does not arrive in time fails with p2p.ErrTimeout.
func Challenge(ctx context.Context, h *p2p.Host, to peer.ID, contract common.Address, c *challenge.Challenge) (*challenge.Response, []byte, error) {
	req, err := wire.NewChallengeRequest(contract, c).MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	body, err := h.Request(ctx, to, p2p.ProtoChallenge, req, challenge.MaxResponseLen)
	if err != nil {
		return nil, nil, err
	}
	resp, err := challenge.DecodeResponse(body)
	if err != nil {
		return nil, nil, err
	}
	return resp, body, nil
}

// SendOrder hands a signed order to a keeper (the user side of /whitepay/order/1)
// and checks the acknowledged order id.
func SendOrder(ctx context.Context, h *p2p.Host, to peer.ID, chainID *big.Int, so *challenge.SignedOrder) error {
	b, err := so.MarshalBinary()
	if err != nil {
		return err
	}
	resp, err := h.Request(ctx, to, p2p.ProtoOrder, b, 32)
	if err != nil {
		return err
	}
	if id := so.ID(chainID); len(resp) != 32 || [32]byte(resp) != id {
		return fmt.Errorf("order: keeper acknowledged another order (%x)", resp)
	}
	return nil
}
