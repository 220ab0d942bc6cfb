package payer

import (
	"encoding/binary"
	"testing"
)

func TestDecodeSetRejects(t *testing.T) {
	for _, b := range [][]byte{nil, {0, 0, 0}, {0, 0, 0, 1}, {0, 0, 0, 1, 0, 0, 0, 5, 1}, {0xff, 0xff, 0xff, 0xff}} {
		if _, err := decodeSet(b); err == nil {
			t.Fatalf("decodeSet(%x) accepted", b)
		}
	}
	es, err := decodeSet([]byte{0, 0, 0, 0})
	if err != nil || len(es) != 0 {
		t.Fatalf("empty set: %v %v", es, err)
	}
	if _, err := decodeSet([]byte{0, 0, 0, 0, 1}); err == nil {
		t.Fatal("trailing byte accepted")
	}
}

// FuzzDecodeSet: the record-set decoder never panics and accepts only what it can
// re-encode to the same bytes.
func FuzzDecodeSet(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{0, 0, 0, 1, 0, 0, 0, 2, 1, 0})
	f.Add(binary.BigEndian.AppendUint32(nil, 1<<31))
	f.Fuzz(func(t *testing.T, b []byte) {
		es, err := decodeSet(b)
		if err != nil {
			return
		}
		out := binary.BigEndian.AppendUint32(nil, uint32(len(es)))
		for _, e := range es {
			eb, err := e.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			out = binary.BigEndian.AppendUint32(out, uint32(len(eb)))
			out = append(out, eb...)
		}
		if string(out) != string(b) {
			t.Fatalf("decoded set does not re-encode to its input")
		}
	})
}
