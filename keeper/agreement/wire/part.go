package wire

import (
	"encoding/binary"
	"fmt"
)

// PeekPart returns the part an encoded message's header names (Header.Part)
// without decoding the message, so that a driver running one agreement core per
// part (SPEC 8.1 "Large groups") routes it to its core, which decodes and checks it.
// It checks only the version and that the header's bytes up to the part are there.
func PeekPart(b []byte) (uint32, error) {
	if _, err := Peek(b); err != nil {
		return 0, err
	}
	// version ‖ type ‖ chainId length ‖ chainId ‖ contract [20] ‖ te u64 ‖ part u32
	if len(b) < 3 {
		return 0, fmt.Errorf("%w: %d bytes", ErrMalformed, len(b))
	}
	off := 3 + int(b[2]) + 20 + 8
	if b[2] > 32 || len(b) < off+4 {
		return 0, fmt.Errorf("%w: header of %d bytes", ErrMalformed, len(b))
	}
	return binary.BigEndian.Uint32(b[off:]), nil
}
