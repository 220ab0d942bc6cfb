package records

import (
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
)

func TestDecodeSetRejects(t *testing.T) {
	for _, b := range [][]byte{nil, {0, 0, 0}, {0, 0, 0, 1}, {0, 0, 0, 1, 0, 0, 0, 5, 1}, {0xff, 0xff, 0xff, 0xff}} {
		if _, err := DecodeSet(b); !errors.Is(err, ErrBadSet) {
			t.Fatalf("DecodeSet(%x): %v, want ErrBadSet", b, err)
		}
	}
	es, err := DecodeSet([]byte{0, 0, 0, 0})
	if err != nil || len(es.Entries) != 0 {
		t.Fatalf("empty set: %v %v", es, err)
	}
	if _, err := DecodeSet([]byte{0, 0, 0, 0, 1}); err == nil {
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
		es, err := DecodeSet(b)
		if err != nil {
			return
		}
		out, n, err := EncodeSet(es.Entries, 0)
		if err != nil || n != len(es.Entries) {
			t.Fatal(n, err)
		}
		for i, e := range es.Entries {
			if eb, _ := e.MarshalBinary(); string(eb) != string(es.Raw[i]) {
				t.Fatalf("entry %d: raw bytes are not its encoding", i)
			}
		}
		if string(out) != string(b) {
			t.Fatalf("decoded set does not re-encode to its input")
		}
	})
}

func testEntry(keeper byte, height uint64, space int64) *Entry {
	r := &challenge.ChalRecord{Keeper: common.Address{keeper}, Provider: common.Address{0xaa}, Height: height,
		Space: big.NewInt(space), Result: challenge.ResultMissing}
	if space > 0 {
		r.Result, r.ProviderSig = challenge.ResultOK, make([]byte, challenge.SigLen)
	}
	return &Entry{Record: r}
}

// TestEncodeSetLimit: a set stops before the entry that would pass the limit, and
// says how many it holds; what it holds decodes back.
func TestEncodeSetLimit(t *testing.T) {
	es := []*Entry{testEntry(1, 10, 5), testEntry(2, 11, 0), testEntry(1, 12, 7)}
	all, n, err := EncodeSet(es, 0)
	if err != nil || n != 3 {
		t.Fatal(n, err)
	}
	part, n, err := EncodeSet(es, len(all)-1)
	if err != nil || n != 2 || len(part) >= len(all) {
		t.Fatalf("limited: %d entries, %d bytes (all %d), %v", n, len(part), len(all), err)
	}
	set, err := DecodeSet(part)
	if err != nil || len(set.Entries) != 2 || set.Entries[1].Record.Height != 11 {
		t.Fatalf("decoded %v %v", set, err)
	}
	back := set.Entries
	if err := CheckSetShape(back, common.Address{0xaa}, 10, 12); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct {
		prov   common.Address
		lo, te uint64
	}{{common.Address{0xbb}, 0, 100}, {common.Address{0xaa}, 11, 100}, {common.Address{0xaa}, 0, 11}} {
		if err := CheckSetShape(back, bad.prov, bad.lo, bad.te); !errors.Is(err, ErrBadSet) {
			t.Errorf("shape %v [%d, %d): %v", bad.prov, bad.lo, bad.te, err)
		}
	}
}

// TestMergeSets: new records are put once however many sets carry them, held ones
// are skipped, a record conflicting with a held one is counted and not put.
func TestMergeSets(t *testing.T) {
	held, err := Held([]*Entry{testEntry(1, 10, 5)})
	if err != nil {
		t.Fatal(err)
	}
	var put []*Entry
	st, err := MergeSets(held, []*Set{
		testSet(testEntry(1, 10, 5), testEntry(2, 10, 3)),
		testSet(testEntry(2, 10, 3), testEntry(1, 10, 9), testEntry(3, 12, 0)),
	}, func(e *Entry, _ []byte) (bool, error) {
		if e.Record.Keeper == (common.Address{1}) {
			return false, ErrConflict // the store keeps the version it holds
		}
		put = append(put, e)
		return true, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Records != 5 || st.Added != 2 || st.Conflicts != 1 || len(put) != 2 {
		t.Fatalf("stats %+v, put %d", st, len(put))
	}
	// Another version that the store prefers replaces the held one.
	st, err = MergeSets(held, []*Set{testSet(testEntry(1, 10, 11))}, func(*Entry, []byte) (bool, error) { return true, nil })
	if err != nil || st.Conflicts != 1 || st.Added != 1 {
		t.Fatalf("preferred version: %+v %v", st, err)
	}
	if b, _ := testEntry(1, 10, 11).MarshalBinary(); string(held[HeldKey{common.Address{1}, 10}]) != string(b) {
		t.Fatal("held not updated with the preferred version")
	}
	if _, ok := held[HeldKey{common.Address{3}, 12}]; !ok {
		t.Fatal("held not updated")
	}
	// A conflict the store finds (another record under the key) is counted too.
	st, err = MergeSets(map[HeldKey][]byte{}, []*Set{testSet(testEntry(4, 1, 1))}, func(*Entry, []byte) (bool, error) { return false, ErrConflict })
	if err != nil || st.Conflicts != 1 || st.Added != 0 {
		t.Fatalf("store conflict: %+v %v", st, err)
	}
}

func testSet(es ...*Entry) *Set {
	s := &Set{Entries: es}
	for _, e := range es {
		b, _ := e.MarshalBinary()
		s.Raw = append(s.Raw, b)
	}
	return s
}
