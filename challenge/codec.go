package challenge

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
)

// ErrMalformed is returned by every decoder of this package for input that is not
// the canonical encoding of a value: truncated, oversized, out of range, non-minimal
// or followed by trailing bytes.
var ErrMalformed = errors.New("challenge: malformed encoding")

// reader is a strict cursor over an encoding. The first error sticks; every later
// read returns zero values.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
	}
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b) < n {
		r.fail("truncated %s (need %d bytes, have %d)", what, n, len(r.b))
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u8(what string) uint8 {
	b := r.take(1, what)
	if b == nil {
		return 0
	}
	return b[0]
}

func (r *reader) u16(what string) uint16 {
	b := r.take(2, what)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint16(b)
}

func (r *reader) u64(what string) uint64 {
	b := r.take(8, what)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func (r *reader) hash(what string) (h [32]byte) {
	copy(h[:], r.take(32, what))
	return h
}

func (r *reader) addr(what string) (a [20]byte) {
	copy(a[:], r.take(20, what))
	return a
}

// uint256 reads a minimal big-endian unsigned integer of at most 32 bytes prefixed by
// its length (zero is the empty string).
func (r *reader) uint256(what string) *big.Int {
	n := int(r.u8(what + " length"))
	if r.err != nil {
		return nil
	}
	if n > 32 {
		r.fail("%s of %d bytes (limit 32)", what, n)
		return nil
	}
	b := r.take(n, what)
	if r.err != nil {
		return nil
	}
	if n > 0 && b[0] == 0 {
		r.fail("%s has a leading zero byte", what)
		return nil
	}
	return new(big.Int).SetBytes(b)
}

// end fails if bytes remain.
func (r *reader) end() error {
	if r.err == nil && len(r.b) != 0 {
		r.fail("%d trailing bytes", len(r.b))
	}
	return r.err
}

func appendU64(b []byte, v uint64) []byte { return binary.BigEndian.AppendUint64(b, v) }

// appendUint256 appends v (0 ≤ v < 2^256) as a length byte and minimal big-endian
// bytes.
func appendUint256(b []byte, v *big.Int) []byte {
	if v == nil || v.Sign() == 0 {
		return append(b, 0)
	}
	raw := v.Bytes()
	b = append(b, byte(len(raw)))
	return append(b, raw...)
}

// maxUint256 is 2^256 − 1.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func isUint256(v *big.Int) bool {
	return v != nil && v.Sign() >= 0 && v.Cmp(maxUint256) <= 0
}
