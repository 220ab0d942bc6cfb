package challenge

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/whitepay/whitepay/internal/codec"
)

// ErrMalformed is returned by every decoder of this package for input that is not
// the canonical encoding of a value: truncated, oversized, out of range, non-minimal
// or followed by trailing bytes.
var ErrMalformed = errors.New("challenge: malformed encoding")

// reader is a strict cursor over an encoding (the checks are internal/codec's). The
// first error sticks; every later read returns zero values.
type reader struct {
	b   []byte
	off int
	err error
}

// c binds a codec reader to the cursor; its errors wrap ErrMalformed.
func (r *reader) c() codec.Reader { return codec.Bind(r.b, &r.off, &r.err, malformed) }

func malformed(_ int, msg string) error { return fmt.Errorf("%w: %s", ErrMalformed, msg) }

func (r *reader) fail(format string, args ...any) { r.c().Failf(format, args...) }

func (r *reader) take(n int, what string) []byte { return r.c().Take(n, what) }

func (r *reader) u8(what string) uint8 { return r.c().U8(what) }

func (r *reader) u16(what string) uint16 { return r.c().U16(what) }

func (r *reader) u64(what string) uint64 { return r.c().U64(what) }

func (r *reader) hash(what string) [32]byte { return r.c().Hash(what) }

func (r *reader) addr(what string) [20]byte { return r.c().Addr(what) }

// uint256 reads a minimal big-endian unsigned integer of at most 32 bytes prefixed by
// its length (zero is the empty string).
func (r *reader) uint256(what string) *big.Int { return r.c().Uint256(what) }

// end fails if bytes remain.
func (r *reader) end() error { return r.c().End() }

func appendU64(b []byte, v uint64) []byte { return binary.BigEndian.AppendUint64(b, v) }

// appendUint256 appends v (0 ≤ v < 2^256) as a length byte and minimal big-endian
// bytes.
func appendUint256(b []byte, v *big.Int) []byte { return codec.AppendUint256(b, v) }

func isUint256(v *big.Int) bool { return codec.IsUint256(v) }
