package codec

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
)

var errTest = errors.New("test: malformed")

// cursor is the kind of type a package keeps: its own offset and sticky error.
type cursor struct {
	b   []byte
	off int
	err error
}

func (c *cursor) r() Reader {
	return Bind(c.b, &c.off, &c.err, func(off int, msg string) error {
		return fmt.Errorf("%w: %s (at byte %d)", errTest, msg, off)
	})
}

func TestReaderFixedWidth(t *testing.T) {
	c := &cursor{b: []byte{1, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 4, 1, 0xaa, 0xbb}}
	if v := c.r().U8("a"); v != 1 {
		t.Fatalf("u8 %d", v)
	}
	if v := c.r().U16("b"); v != 2 {
		t.Fatalf("u16 %d", v)
	}
	if v := c.r().U32("c"); v != 3 {
		t.Fatalf("u32 %d", v)
	}
	if v := c.r().U64("d"); v != 4 {
		t.Fatalf("u64 %d", v)
	}
	if !c.r().Flag("e") {
		t.Fatal("flag 1 read as false")
	}
	var two [2]byte
	c.r().Fixed(two[:], "f")
	if two != [2]byte{0xaa, 0xbb} || c.off != len(c.b) {
		t.Fatalf("fixed %x at %d", two, c.off)
	}
	if err := c.r().End(); err != nil {
		t.Fatal(err)
	}
}

func TestReaderTruncatedSticks(t *testing.T) {
	c := &cursor{b: []byte{1, 2, 3}}
	c.r().U16("first")
	if v := c.r().U16("second"); v != 0 {
		t.Fatalf("truncated u16 read %d", v)
	}
	want := "test: malformed: truncated second (need 2 bytes, have 1) (at byte 2)"
	if c.err == nil || c.err.Error() != want || !errors.Is(c.err, errTest) {
		t.Fatalf("err %v, want %q", c.err, want)
	}
	// Later reads return zero values and keep the first error.
	if c.r().U8("third") != 0 || c.r().Take(0, "x") != nil || c.r().Uint256("y") != nil || c.r().End().Error() != want {
		t.Fatalf("error did not stick: %v", c.err)
	}
}

func TestReaderTrailing(t *testing.T) {
	c := &cursor{b: []byte{1, 2}}
	c.r().U8("a")
	if err := c.r().End(); err == nil || !strings.Contains(err.Error(), "1 trailing bytes") {
		t.Fatalf("trailing byte: %v", err)
	}
}

func TestTakeCapsCapacity(t *testing.T) {
	in := []byte{1, 2, 3, 4}
	c := &cursor{b: in}
	p := c.r().Take(2, "p")
	_ = append(p, 9)
	if !bytes.Equal(in, []byte{1, 2, 3, 4}) {
		t.Fatalf("append to a read slice overwrote the input: %v", in)
	}
}

func TestUint256RoundTrip(t *testing.T) {
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, v := range []*big.Int{nil, big.NewInt(0), big.NewInt(1), big.NewInt(255), big.NewInt(256), max} {
		enc := AppendUint256([]byte{7}, v)
		c := &cursor{b: enc}
		c.r().U8("prefix")
		got := c.r().Uint256("v")
		want := v
		if want == nil {
			want = new(big.Int)
		}
		if err := c.r().End(); err != nil || got.Cmp(want) != 0 {
			t.Fatalf("%v: got %v, %v (enc %x)", v, got, err, enc)
		}
		if len(enc) != 2+len(want.Bytes()) {
			t.Fatalf("%v: not minimal: %x", v, enc)
		}
	}
	if !IsUint256(max) || IsUint256(new(big.Int).Add(max, big.NewInt(1))) || IsUint256(big.NewInt(-1)) || IsUint256(nil) {
		t.Fatal("IsUint256 range")
	}
}

func TestUint256Rejects(t *testing.T) {
	for name, in := range map[string][]byte{
		"leading zero": {2, 0, 1},
		"33 bytes":     append([]byte{33}, bytes.Repeat([]byte{1}, 33)...),
		"truncated":    {3, 1, 2},
		"no length":    {},
	} {
		c := &cursor{b: in}
		if v := c.r().Uint256("v"); v != nil || !errors.Is(c.err, errTest) {
			t.Errorf("%s: read %v, err %v", name, v, c.err)
		}
	}
}

func TestBytes(t *testing.T) {
	enc := AppendBytes(nil, []byte("abc"))
	c := &cursor{b: enc}
	if p := c.r().Bytes(3, "s"); string(p) != "abc" || c.r().End() != nil {
		t.Fatalf("read %q, %v", p, c.err)
	}
	c = &cursor{b: enc}
	if p := c.r().Bytes(2, "s"); p != nil || c.err == nil || !strings.Contains(c.err.Error(), "s of 3 bytes (limit 2)") {
		t.Fatalf("over the limit: %q, %v", p, c.err)
	}
}

func TestCount(t *testing.T) {
	cases := []struct {
		n              uint64
		min, max, elem int
		left           int
		ok             bool
	}{
		{3, 0, 5, 2, 6, true},
		{3, 0, 5, 2, 5, false}, // cannot fit
		{6, 0, 5, 0, 100, false},
		{0, 1, 5, 1, 100, false},
		{1 << 62, 0, 1 << 62, 8, 100, false}, // n·elem would overflow
		{0, 0, 5, 8, 0, true},
	}
	for i, k := range cases {
		c := &cursor{b: make([]byte, k.left)}
		got := c.r().Count(k.n, k.min, k.max, k.elem, "items")
		if (c.err == nil) != k.ok || (k.ok && got != int(k.n)) || (!k.ok && got != 0) {
			t.Errorf("case %d: got %d, err %v", i, got, c.err)
		}
	}
}

func TestFlagRejects(t *testing.T) {
	c := &cursor{b: []byte{2}}
	if c.r().Flag("f") || c.err == nil || !strings.Contains(c.err.Error(), "f flag 2") {
		t.Fatalf("flag 2: %v", c.err)
	}
}

// FuzzReader reads a fixed mix of fields from arbitrary input: it must never panic,
// and an input it accepts must be exactly the encoding of what it read.
func FuzzReader(f *testing.F) {
	good := AppendBytes(AppendUint256([]byte{1, 0, 2}, big.NewInt(1000)), []byte("xy"))
	f.Add(good)
	f.Add(good[:len(good)-1])
	f.Add(append(append([]byte{}, good...), 0))
	f.Add([]byte{1, 0, 2, 2, 0, 1, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, in []byte) {
		c := &cursor{b: in}
		flag := c.r().Flag("flag")
		u := c.r().U16("u16")
		v := c.r().Uint256("v")
		p := c.r().Bytes(64, "p")
		if err := c.r().End(); err != nil {
			if !errors.Is(err, errTest) {
				t.Fatalf("error without the sentinel: %v", err)
			}
			return
		}
		var b0 byte
		if flag {
			b0 = 1
		}
		enc := AppendBytes(AppendUint256([]byte{b0, byte(u >> 8), byte(u)}, v), p)
		if !bytes.Equal(enc, in) {
			t.Fatalf("accepted %x, re-encodes to %x", in, enc)
		}
	})
}
