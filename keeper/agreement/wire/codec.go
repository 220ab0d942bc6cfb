package wire

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"math/bits"
)

// encoder appends the fixed-width big-endian integers, length-prefixed byte strings
// and minimal big integers of the wire format.
type encoder struct{ b []byte }

func (e *encoder) u8(v uint8)   { e.b = append(e.b, v) }
func (e *encoder) u16(v uint16) { e.b = binary.BigEndian.AppendUint16(e.b, v) }
func (e *encoder) u32(v uint32) { e.b = binary.BigEndian.AppendUint32(e.b, v) }
func (e *encoder) u64(v uint64) { e.b = binary.BigEndian.AppendUint64(e.b, v) }
func (e *encoder) raw(p []byte) { e.b = append(e.b, p...) }

// bytes32 writes a u32 length and the bytes.
func (e *encoder) bytes(p []byte) {
	e.u32(uint32(len(p)))
	e.b = append(e.b, p...)
}

// bigint writes a non-negative integer of at most 256 bits as a one-byte length and
// its minimal big-endian bytes (zero is the empty string). Callers validate range.
func (e *encoder) bigint(v *big.Int) {
	n := (v.BitLen() + 7) / 8
	e.u8(uint8(n))
	if n == 0 {
		return
	}
	off := len(e.b)
	e.b = append(e.b, make([]byte, n)...)
	v.FillBytes(e.b[off:])
}

// decoder reads the wire format strictly: every read checks the remaining length,
// and the first failure sticks.
type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)
	}
}

func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || len(d.b)-d.off < n {
		d.fail("truncated at byte %d (need %d more)", d.off, n)
		return nil
	}
	p := d.b[d.off : d.off+n]
	d.off += n
	return p
}

func (d *decoder) remaining() int { return len(d.b) - d.off }

func (d *decoder) u8() uint8 {
	p := d.take(1)
	if p == nil {
		return 0
	}
	return p[0]
}

func (d *decoder) u16() uint16 {
	p := d.take(2)
	if p == nil {
		return 0
	}
	return binary.BigEndian.Uint16(p)
}

func (d *decoder) u32() uint32 {
	p := d.take(4)
	if p == nil {
		return 0
	}
	return binary.BigEndian.Uint32(p)
}

func (d *decoder) u64() uint64 {
	p := d.take(8)
	if p == nil {
		return 0
	}
	return binary.BigEndian.Uint64(p)
}

func (d *decoder) fixed(dst []byte) {
	if p := d.take(len(dst)); p != nil {
		copy(dst, p)
	}
}

// bytes reads a u32 length (at most max) and that many bytes; the result aliases the
// input.
func (d *decoder) bytes(max int, what string) []byte {
	n := d.u32()
	if d.err != nil {
		return nil
	}
	if uint64(n) > uint64(max) {
		d.fail("%s: %d bytes, at most %d", what, n, max)
		return nil
	}
	return d.take(int(n))
}

// bigint reads a minimal integer of at most 256 bits.
func (d *decoder) bigint(what string) *big.Int {
	n := int(d.u8())
	if d.err != nil {
		return nil
	}
	if n > 32 {
		d.fail("%s: %d-byte integer, at most 32", what, n)
		return nil
	}
	p := d.take(n)
	if d.err != nil {
		return nil
	}
	if n > 0 && p[0] == 0 {
		d.fail("%s: integer not minimal", what)
		return nil
	}
	return new(big.Int).SetBytes(p)
}

// count reads a u16 element count in [min, max] and checks that the input still has
// room for count elements of at least elem bytes, so that no forged count makes the
// decoder allocate.
func (d *decoder) count(min, max, elem int, what string) int {
	n := int(d.u16())
	if d.err != nil {
		return 0
	}
	if n < min || n > max {
		d.fail("%s: count %d not in [%d, %d]", what, n, min, max)
		return 0
	}
	if n*elem > d.remaining() {
		d.fail("%s: count %d exceeds the input", what, n)
		return 0
	}
	return n
}

func (d *decoder) end() {
	if d.err == nil && d.off != len(d.b) {
		d.fail("%d trailing bytes", len(d.b)-d.off)
	}
}

// bigints reads n minimal integers of at most 256 bits into one slab of big.Ints
// backed by one slab of words (two allocations instead of 2n: a proposal carries
// thousands). The integers are read-only: they alias the slab.
func (d *decoder) bigints(n int, what string) []*big.Int {
	if d.err != nil {
		return nil
	}
	if n > d.remaining() { // each value is at least its length byte
		d.fail("%s: %d values exceed the input", what, n)
		return nil
	}
	const wordBytes = bits.UintSize / 8
	// First pass: validate the lengths and count the words.
	start, total := d.off, 0
	for i := 0; i < n; i++ {
		ln := int(d.u8())
		if d.err != nil {
			return nil
		}
		if ln > 32 {
			d.fail("%s: %d-byte integer, at most 32", what, ln)
			return nil
		}
		p := d.take(ln)
		if d.err != nil {
			return nil
		}
		if ln > 0 && p[0] == 0 {
			d.fail("%s: integer not minimal", what)
			return nil
		}
		total += (ln + wordBytes - 1) / wordBytes
	}
	// Second pass: fill one slab of ints and one of words.
	ints := make([]big.Int, n)
	ptrs := make([]*big.Int, n)
	words := make([]big.Word, total)
	off, wi := start, 0
	for i := range ints {
		ln := int(d.b[off])
		p := d.b[off+1 : off+1+ln]
		off += 1 + ln
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
