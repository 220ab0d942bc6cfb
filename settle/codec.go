package settle

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/codec"
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
func (w *writer) big(v *big.Int) { w.b = codec.AppendUint256(w.b, v) }

// reader is a strict cursor (the checks are internal/codec's); the first error
// sticks.
type reader struct {
	b   []byte
	off int
	err error
}

// c binds a codec reader to the cursor; its errors wrap ErrMalformed and say where.
func (r *reader) c() codec.Reader { return codec.Bind(r.b, &r.off, &r.err, malformed) }

func malformed(off int, msg string) error {
	return fmt.Errorf("%w: %s (at byte %d)", ErrMalformed, msg, off)
}

func (r *reader) fail(format string, args ...any) { r.c().Failf(format, args...) }

func (r *reader) take(n int, what string) []byte { return r.c().Take(n, what) }

func (r *reader) u8(what string) uint8 { return r.c().U8(what) }

func (r *reader) u16(what string) uint16 { return r.c().U16(what) }

func (r *reader) u32(what string) uint32 { return r.c().U32(what) }

func (r *reader) u64(what string) uint64 { return r.c().U64(what) }

func (r *reader) hash(what string) [32]byte { return r.c().Hash(what) }

func (r *reader) addr(what string) common.Address { return r.c().Addr(what) }

func (r *reader) fixed(dst []byte, what string) { r.c().Fixed(dst, what) }

// big reads a minimal length-prefixed unsigned integer of at most 32 bytes.
func (r *reader) big(what string) *big.Int { return r.c().Uint256(what) }

// count reads a count of at most max items of at least minItemSize bytes each, so
// that a forged count cannot make the decoder allocate more than the input holds.
func (r *reader) count(n uint64, max int, minItemSize int, what string) int {
	return r.c().Count(n, 0, max, minItemSize, what)
}

func (r *reader) flag(what string) bool { return r.c().Flag(what) }

func (r *reader) end() error { return r.c().End() }

func isUint256(v *big.Int) bool { return codec.IsUint256(v) }

// word returns v as a 32-byte big-endian word (v must be a uint256).
func word(v *big.Int) []byte {
	var w [32]byte
	if v != nil {
		v.FillBytes(w[:])
	}
	return w[:]
}
