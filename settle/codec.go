package settle

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ErrMalformed is returned by every decoder of this package for input that is not
// the one canonical encoding of a value.
var ErrMalformed = errors.New("settle: malformed encoding")

// ErrTooLarge is returned for an encoding above its size limit.
var ErrTooLarge = errors.New("settle: encoding too large")

// writer appends the canonical encoding: big-endian fixed-width integers, minimal
// length-prefixed unsigned integers of at most 256 bits.
type writer struct{ b []byte }

func (w *writer) u8(v uint8)            { w.b = append(w.b, v) }
func (w *writer) u16(v uint16)          { w.b = binary.BigEndian.AppendUint16(w.b, v) }
func (w *writer) u32(v uint32)          { w.b = binary.BigEndian.AppendUint32(w.b, v) }
func (w *writer) u64(v uint64)          { w.b = binary.BigEndian.AppendUint64(w.b, v) }
func (w *writer) raw(b []byte)          { w.b = append(w.b, b...) }
func (w *writer) addr(a common.Address) { w.b = append(w.b, a[:]...) }

// big writes v (0 ≤ v < 2^256) as a one-byte length and its minimal big-endian bytes
// (zero is the empty string).
func (w *writer) big(v *big.Int) {
	if v == nil || v.Sign() == 0 {
		w.b = append(w.b, 0)
		return
	}
	n := (v.BitLen() + 7) / 8
	w.b = append(w.b, byte(n))
	start := len(w.b)
	w.b = append(w.b, make([]byte, n)...)
	v.FillBytes(w.b[start:])
}

// reader is a strict cursor; the first error sticks.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s (at byte %d)", ErrMalformed, fmt.Sprintf(format, args...), r.off)
	}
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b)-r.off < n {
		r.fail("truncated %s (need %d bytes, have %d)", what, n, len(r.b)-r.off)
		return nil
	}
	out := r.b[r.off : r.off+n : r.off+n]
	r.off += n
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

func (r *reader) u32(what string) uint32 {
	b := r.take(4, what)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint32(b)
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

func (r *reader) addr(what string) (a common.Address) {
	copy(a[:], r.take(20, what))
	return a
}

func (r *reader) fixed(dst []byte, what string) { copy(dst, r.take(len(dst), what)) }

// big reads a minimal length-prefixed unsigned integer of at most 32 bytes.
func (r *reader) big(what string) *big.Int {
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

// count reads a count of at most max items of at least minItemSize bytes each, so
// that a forged count cannot make the decoder allocate more than the input holds.
func (r *reader) count(n uint64, max int, minItemSize int, what string) int {
	if r.err != nil {
		return 0
	}
	if n > uint64(max) {
		r.fail("%d %s (limit %d)", n, what, max)
		return 0
	}
	if minItemSize > 0 && n*uint64(minItemSize) > uint64(len(r.b)-r.off) {
		r.fail("%d %s cannot fit in the %d bytes left", n, what, len(r.b)-r.off)
		return 0
	}
	return int(n)
}

func (r *reader) flag(what string) bool {
	switch v := r.u8(what); v {
	case 0:
		return false
	case 1:
		return true
	default:
		r.fail("%s flag %d", what, v)
		return false
	}
}

func (r *reader) end() error {
	if r.err == nil && r.off != len(r.b) {
		r.fail("%d trailing bytes", len(r.b)-r.off)
	}
	return r.err
}

func isUint256(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.BitLen() <= 256 }

// word returns v as a 32-byte big-endian word (v must be a uint256).
func word(v *big.Int) []byte {
	var w [32]byte
	if v != nil {
		v.FillBytes(w[:])
	}
	return w[:]
}
