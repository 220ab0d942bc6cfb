package codec

import (
	"encoding/binary"
	"fmt"
	"math/big"
)

// Reader is a strict cursor over an encoding. It is a small value (the input, a
// pointer to the caller's offset and to the caller's first error, and the wrap
// function) meant to be made afresh by Bind for each read.
type Reader struct {
	in   []byte
	off  *int
	err  *error
	wrap func(off int, msg string) error
}

// Bind returns a reader over in whose position is *off and whose first failure is
// kept in *err. wrap turns a failure message, and the offset at which it happened,
// into the error stored (normally the package's sentinel wrapped with %w).
func Bind(in []byte, off *int, err *error, wrap func(off int, msg string) error) Reader {
	return Reader{in: in, off: off, err: err, wrap: wrap}
}

// Err is the first failure, or nil.
func (r Reader) Err() error { return *r.err }

// Remaining is the number of unread bytes.
func (r Reader) Remaining() int { return len(r.in) - *r.off }

// Failf records a failure unless one is already recorded.
func (r Reader) Failf(format string, args ...any) {
	if *r.err == nil {
		*r.err = r.wrap(*r.off, fmt.Sprintf(format, args...))
	}
}

// Take reads n bytes; what names them in the error. The result aliases the input.
func (r Reader) Take(n int, what string) []byte {
	if *r.err != nil {
		return nil
	}
	if n < 0 || r.Remaining() < n {
		r.Failf("truncated %s (need %d bytes, have %d)", what, n, r.Remaining())
		return nil
	}
	o := *r.off
	*r.off = o + n
	return r.in[o : o+n : o+n]
}

// U8 reads one byte.
func (r Reader) U8(what string) uint8 {
	b := r.Take(1, what)
	if b == nil {
		return 0
	}
	return b[0]
}

// U16 reads a big-endian uint16.
func (r Reader) U16(what string) uint16 {
	b := r.Take(2, what)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint16(b)
}

// U32 reads a big-endian uint32.
func (r Reader) U32(what string) uint32 {
	b := r.Take(4, what)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint32(b)
}

// U64 reads a big-endian uint64.
func (r Reader) U64(what string) uint64 {
	b := r.Take(8, what)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// Fixed fills dst from the input (dst is left alone on failure).
func (r Reader) Fixed(dst []byte, what string) {
	if b := r.Take(len(dst), what); b != nil {
		copy(dst, b)
	}
}

// Hash reads 32 bytes.
func (r Reader) Hash(what string) (h [32]byte) {
	r.Fixed(h[:], what)
	return h
}

// Addr reads 20 bytes.
func (r Reader) Addr(what string) (a [20]byte) {
	r.Fixed(a[:], what)
	return a
}

// Bytes reads a u32 length of at most max and that many bytes (aliasing the input).
func (r Reader) Bytes(max int, what string) []byte {
	n := r.U32(what + " length")
	if *r.err != nil {
		return nil
	}
	if uint64(n) > uint64(max) {
		r.Failf("%s of %d bytes (limit %d)", what, n, max)
		return nil
	}
	return r.Take(int(n), what)
}

// UintBytes reads a one-byte length of at most 32 and that many big-endian bytes
// without a leading zero (zero is the empty string), and returns them (aliasing
// the input).
func (r Reader) UintBytes(what string) []byte {
	if *r.err != nil {
		return nil
	}
	if r.Remaining() < 1 {
		r.Failf("truncated %s length (need 1 byte, have 0)", what)
		return nil
	}
	n := int(r.in[*r.off]) // no "what length" string built per value: decoders read thousands
	*r.off++
	if n > 32 {
		r.Failf("%s of %d bytes (limit 32)", what, n)
		return nil
	}
	b := r.Take(n, what)
	if *r.err != nil {
		return nil
	}
	if n > 0 && b[0] == 0 {
		r.Failf("%s has a leading zero byte", what)
		return nil
	}
	return b
}

// Uint256 reads a minimal length-prefixed unsigned integer of at most 256 bits
// (UintBytes); nil on failure.
func (r Reader) Uint256(what string) *big.Int {
	b := r.UintBytes(what)
	if *r.err != nil {
		return nil
	}
	return new(big.Int).SetBytes(b)
}

// Count checks an element count n read from the input: min ≤ n ≤ max, and n
// elements of at least elem bytes each fit in the bytes left (so that a forged
// count cannot make a decoder allocate more than the input holds). It returns n,
// or 0 on failure.
func (r Reader) Count(n uint64, min, max, elem int, what string) int {
	if *r.err != nil {
		return 0
	}
	if n > uint64(max) {
		r.Failf("%d %s (limit %d)", n, what, max)
		return 0
	}
	if n < uint64(min) {
		r.Failf("%d %s (at least %d)", n, what, min)
		return 0
	}
	if elem > 0 && n > uint64(r.Remaining())/uint64(elem) {
		r.Failf("%d %s cannot fit in the %d bytes left", n, what, r.Remaining())
		return 0
	}
	return int(n)
}

// Flag reads a byte that must be 0 (false) or 1 (true).
func (r Reader) Flag(what string) bool {
	switch v := r.U8(what); v {
	case 0:
		return false
	case 1:
		return true
	default:
		r.Failf("%s flag %d", what, v)
		return false
	}
}

// End fails if bytes remain, and returns the first failure.
func (r Reader) End() error {
	if *r.err == nil && *r.off != len(r.in) {
		r.Failf("%d trailing bytes", r.Remaining())
	}
	return *r.err
}

// AppendUint256 appends v (0 ≤ v < 2^256, nil meaning zero) as a one-byte length and
// its minimal big-endian bytes (zero is the empty string). Callers check the range.
func AppendUint256(b []byte, v *big.Int) []byte {
	if v == nil || v.Sign() == 0 {
		return append(b, 0)
	}
	n := (v.BitLen() + 7) / 8
	b = append(b, byte(n))
	start := len(b)
	b = append(b, make([]byte, n)...)
	v.FillBytes(b[start:])
	return b
}

// AppendBytes appends a u32 length and p.
func AppendBytes(b, p []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(p)))
	return append(b, p...)
}

// IsUint256 reports whether 0 ≤ v < 2^256.
func IsUint256(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.BitLen() <= 256 }
