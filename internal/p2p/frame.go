package p2p

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"github.com/libp2p/go-libp2p/core/network"
)

// Frame and response limits.
const (
	// FrameHeaderLen is the length of a frame's length prefix.
	FrameHeaderLen = 4
	// MaxFrame is the hard upper bound of any frame limit (64 MiB).
	MaxFrame = 64 << 20
	// MaxErrorLen bounds the error message of a failed response.
	MaxErrorLen = 1024
)

// Status bytes of a response frame.
const (
	statusOK   = 0x00
	statusErr  = 0x01
	statusBusy = 0x02 // refused by the remote host's limits (ErrBusy)
)

var (
	// ErrTooLarge is returned when a frame declares more bytes than its reader
	// accepts. Nothing of the body has been read.
	ErrTooLarge = errors.New("p2p: message too large")
	// ErrMalformed is returned for a response frame that is not a valid envelope.
	ErrMalformed = errors.New("p2p: malformed message")
	// ErrRemote is wrapped by every *RemoteError.
	ErrRemote = errors.New("p2p: remote error")
)

// RemoteError is the error a remote handler returned, as the requester sees it.
type RemoteError struct{ Msg string }

func (e *RemoteError) Error() string { return "remote: " + e.Msg }

// Unwrap makes errors.Is(err, ErrRemote) true.
func (e *RemoteError) Unwrap() error { return ErrRemote }

// WriteFrame writes b as one frame. It fails if b is longer than MaxFrame.
func WriteFrame(w io.Writer, b []byte) error {
	if len(b) > MaxFrame {
		return fmt.Errorf("%w: writing %d bytes (limit %d)", ErrTooLarge, len(b), MaxFrame)
	}
	buf := make([]byte, FrameHeaderLen+len(b))
	binary.BigEndian.PutUint32(buf, uint32(len(b)))
	copy(buf[FrameHeaderLen:], b)
	_, err := w.Write(buf)
	return err
}

// ReadFrame reads one frame of at most limit bytes (limit ≤ MaxFrame). A longer
// frame fails with ErrTooLarge without reading its body; a frame cut short fails
// with io.ErrUnexpectedEOF; a stream ending before any byte returns io.EOF.
func ReadFrame(r io.Reader, limit int) ([]byte, error) {
	if limit <= 0 || limit > MaxFrame {
		limit = MaxFrame
	}
	var hdr [FrameHeaderLen]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if uint64(n) > uint64(limit) {
		return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, n, limit)
	}
	if n <= frameChunk {
		buf := make([]byte, n)
		if _, err := io.ReadFull(r, buf); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		return buf, nil
	}
	// A large frame grows with the bytes that arrive: a peer that declares many
	// bytes and sends few does not get them allocated.
	var buf bytes.Buffer
	buf.Grow(frameChunk)
	if m, err := io.CopyN(&buf, r, int64(n)); err != nil {
		if err == io.EOF && m < int64(n) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return buf.Bytes(), nil
}

// frameChunk is the largest frame body ReadFrame allocates before it arrives.
const frameChunk = 64 << 10

// EncodeOK returns the response envelope of a successful body.
func EncodeOK(body []byte) []byte {
	out := make([]byte, 1+len(body))
	out[0] = statusOK
	copy(out[1:], body)
	return out
}

// EncodeError returns the response envelope of an error; the message is truncated
// to MaxErrorLen bytes at a rune boundary.
func EncodeError(err error) []byte {
	msg := err.Error()
	if len(msg) > MaxErrorLen {
		msg = msg[:MaxErrorLen]
		for !utf8.ValidString(msg) {
			msg = msg[:len(msg)-1]
		}
	}
	return append([]byte{statusErr}, msg...)
}

// BusyError is the refusal of a remote host's resource limits, as the requester
// sees it; it wraps ErrBusy (and not ErrRemote: the condition is transient).
type BusyError struct{ Msg string }

func (e *BusyError) Error() string { return "remote busy: " + e.Msg }

// Unwrap makes errors.Is(err, ErrBusy) true.
func (e *BusyError) Unwrap() error { return ErrBusy }

// EncodeBusy returns the response envelope of a refusal by the host's limits; the
// message is truncated like EncodeError's.
func EncodeBusy(err error) []byte {
	b := EncodeError(err)
	b[0] = statusBusy
	return b
}

// DecodeResponse opens a response envelope: the body of a success, a *RemoteError
// for an error, a *BusyError for a refusal by the remote host's limits,
// ErrMalformed for anything else.
func DecodeResponse(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty response", ErrMalformed)
	}
	switch b[0] {
	case statusOK:
		return b[1:], nil
	case statusErr, statusBusy:
		msg := b[1:]
		if len(msg) > MaxErrorLen || !utf8.Valid(msg) {
			return nil, fmt.Errorf("%w: error message of %d bytes or not UTF-8", ErrMalformed, len(msg))
		}
		if b[0] == statusBusy {
			return nil, &BusyError{Msg: string(msg)}
		}
		return nil, &RemoteError{Msg: string(msg)}
	default:
		return nil, fmt.Errorf("%w: status byte 0x%02x", ErrMalformed, b[0])
	}
}

// IdleConn refreshes a stream's deadline before each read and write, so that a
// transfer of any size proceeds while it makes progress and fails once it stalls
// for longer than Idle.
type IdleConn struct {
	S    network.Stream
	Idle time.Duration
}

func (c IdleConn) Read(p []byte) (int, error) {
	c.S.SetReadDeadline(time.Now().Add(c.Idle))
	return c.S.Read(p)
}

func (c IdleConn) Write(p []byte) (int, error) {
	c.S.SetWriteDeadline(time.Now().Add(c.Idle))
	return c.S.Write(p)
}
