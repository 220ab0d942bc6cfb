package wire

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/whitepay/whitepay/internal/codec"
)

// encoder appends the fixed-width big-endian integers, length-prefixed byte strings
// and minimal big integers of the wire format.
type encoder struct{ b []byte }

func (e *encoder) u8(v uint8)   { e.b = append(e.b, v) }
func (e *encoder) u16(v uint16) { e.b = binary.BigEndian.AppendUint16(e.b, v) }
func (e *encoder) u32(v uint32) { e.b = binary.BigEndian.AppendUint32(e.b, v) }
func (e *encoder) u64(v uint64) { e.b = binary.BigEndian.AppendUint64(e.b, v) }
func (e *encoder) raw(p []byte) { e.b = append(e.b, p...) }

// bytes writes a u32 length and the bytes.
func (e *encoder) bytes(p []byte) { e.b = codec.AppendBytes(e.b, p) }

// bigint writes a non-negative integer of at most 256 bits as a one-byte length and
// its minimal big-endian bytes (zero is the empty string). Callers validate range.
func (e *encoder) bigint(v *big.Int) { e.b = codec.AppendUint256(e.b, v) }

// decoder reads the wire format strictly (the checks are internal/codec's): every
// read checks the remaining length, and the first failure sticks.
type decoder struct {
	b   []byte
	off int
	err error
}

// c binds a codec reader to the decoder; its errors wrap ErrMalformed.
func (d *decoder) c() codec.Reader { return codec.Bind(d.b, &d.off, &d.err, malformed) }

func malformed(_ int, msg string) error { return fmt.Errorf("%w: %s", ErrMalformed, msg) }

// field names the fixed-width reads in errors (the wire format's reads do not name
// their fields).
const field = "message"

func (d *decoder) fail(format string, args ...any) { d.c().Failf(format, args...) }

func (d *decoder) take(n int) []byte { return d.c().Take(n, field) }

func (d *decoder) remaining() int { return d.c().Remaining() }

func (d *decoder) u8() uint8 { return d.c().U8(field) }

func (d *decoder) u16() uint16 { return d.c().U16(field) }

func (d *decoder) u32() uint32 { return d.c().U32(field) }

func (d *decoder) u64() uint64 { return d.c().U64(field) }

func (d *decoder) fixed(dst []byte) { d.c().Fixed(dst, field) }

// bytes reads a u32 length (at most max) and that many bytes; the result aliases the
// input.
func (d *decoder) bytes(max int, what string) []byte { return d.c().Bytes(max, what) }

// bigint reads a minimal integer of at most 256 bits.
func (d *decoder) bigint(what string) *big.Int { return d.c().Uint256(what) }

// count reads a u16 element count in [min, max] and checks that the input still has
// room for count elements of at least elem bytes, so that no forged count makes the
// decoder allocate.
func (d *decoder) count(min, max, elem int, what string) int {
	n := d.c().U16(what)
	return d.c().Count(uint64(n), min, max, elem, what)
}

func (d *decoder) end() { _ = d.c().End() }

// bigints reads n minimal integers of at most 256 bits into one slab of big.Ints
// backed by one slab of words (two allocations instead of 2n: a proposal carries
// thousands). The integers are read-only: they alias the slab.
func (d *decoder) bigints(n int, what string) []*big.Int {
	d.c().Count(uint64(n), 0, n, 1, what) // each value is at least its length byte
	if d.err != nil {
		return nil
	}
	const wordBytes = bits.UintSize / 8
	// First pass: validate the lengths and count the words.
	start, total := d.off, 0
	for i := 0; i < n; i++ {
		p := d.c().UintBytes(what)
		if d.err != nil {
			return nil
		}
		total += (len(p) + wordBytes - 1) / wordBytes
	}
	// Second pass: fill one slab of ints and one of words.
	raws := make([][]byte, n)
	off := start
	for i := range raws {
		ln := int(d.b[off])
		raws[i] = d.b[off+1 : off+1+ln]
		off += 1 + ln
	}
	return intsFromBytes(raws, total)
}

// intsFromBytes returns the big-endian integers raws as one slab of big.Ints backed
// by one slab of words (total words, or 0 to count them). The integers are
// read-only: they alias the slab.
func intsFromBytes(raws [][]byte, total int) []*big.Int {
	const wordBytes = bits.UintSize / 8
	if total == 0 {
		for _, p := range raws {
			total += (len(p) + wordBytes - 1) / wordBytes
		}
	}
	ints := make([]big.Int, len(raws))
	ptrs := make([]*big.Int, len(raws))
	words := make([]big.Word, total)
	wi := 0
	for i, p := range raws {
		ln := len(p)
		nw := (ln + wordBytes - 1) / wordBytes
		for w := 0; w < nw; w++ {
			// Word w holds bytes [ln-(w+1)·wordBytes, ln-w·wordBytes) (big-endian).
			var x big.Word
			hi := ln - w*wordBytes
			lo := max(hi-wordBytes, 0)
			for _, b := range p[lo:hi] {
				x = x<<8 | big.Word(b)
			}
			words[wi+w] = x
		}
		ints[i].SetBits(words[wi : wi+nw : wi+nw])
		wi += nw
		ptrs[i] = &ints[i]
	}
	return ptrs
}
