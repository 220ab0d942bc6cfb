package provider

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
// provider acknowledged that piece and order are durable; stored reports whether
// the bytes were sent (false: the provider already held the piece). A refusal comes
// back as a *p2p.RemoteError with the provider's reason.
func Upload(ctx context.Context, h *p2p.Host, to peer.ID, chainID *big.Int, so *challenge.SignedOrder, data io.Reader, o UploadOptions) (sent bool, err error) {
	if o.Idle <= 0 {
		o.Idle = 30 * time.Second
	}
	s, err := h.Libp2p().NewStream(ctx, to, p2p.ProtoUpload)
	if err != nil {
		return false, fmt.Errorf("provider: opening upload to %s: %w", to, err)
	}
	defer s.Close()
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	conn := idleConn{s: s, idle: o.Idle}
	if err := p2p.WriteFrame(conn, wire.EncodeUploadRequest(so)); err != nil {
		s.Reset()
		return false, fmt.Errorf("provider: sending order: %w", err)
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
		return false, fmt.Errorf("provider: sending piece after %d bytes: %w", n, err)
	}
	if uint64(n) != so.Size {
		s.Reset()
		return false, fmt.Errorf("%w: data ended after %d of %d bytes", challenge.ErrSizeMismatch, n, so.Size)
	}
	if err := s.CloseWrite(); err != nil {
		s.Reset()
		return false, fmt.Errorf("provider: %w", err)
	}
	// The provider syncs the piece before it answers: allow for that beyond idle.
	s.SetReadDeadline(time.Now().Add(o.Idle + 30*time.Second))
	ack, err := p2p.ReadFrame(s, 1+p2p.MaxErrorLen)
	if err != nil {
		return false, fmt.Errorf("provider: waiting for the acknowledgement: %w", err)
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
		return nil, fmt.Errorf("provider: reading answer: %w", err)
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
// /whitepay/challenge/1) and returns the decoded, not yet verified, response. The
// exchange is bounded by ctx; a response that does not arrive in time fails with
// p2p.ErrTimeout.
func Challenge(ctx context.Context, h *p2p.Host, to peer.ID, contract common.Address, c *challenge.Challenge) (*challenge.Response, error) {
	req, err := wire.NewChallengeRequest(contract, c).MarshalBinary()
	if err != nil {
		return nil, err
	}
	body, err := h.Request(ctx, to, p2p.ProtoChallenge, req, challenge.MaxResponseLen)
	if err != nil {
		return nil, err
	}
	return challenge.DecodeResponse(body)
}
