package p2p

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
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
	statusOK  = 0x00
	statusErr = 0x01
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
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return buf, nil
}

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

// DecodeResponse opens a response envelope: the body of a success, a *RemoteError
// for an error, ErrMalformed for anything else.
func DecodeResponse(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty response", ErrMalformed)
	}
	switch b[0] {
	case statusOK:
		return b[1:], nil
	case statusErr:
		msg := b[1:]
		if len(msg) > MaxErrorLen || !utf8.Valid(msg) {
			return nil, fmt.Errorf("%w: error message of %d bytes or not UTF-8", ErrMalformed, len(msg))
		}
		return nil, &RemoteError{Msg: string(msg)}
	default:
		return nil, fmt.Errorf("%w: status byte 0x%02x", ErrMalformed, b[0])
	}
}
