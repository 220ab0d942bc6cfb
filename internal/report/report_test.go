package report

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

func sample() *Report {
	return &Report{
		ChainID:      big.NewInt(1337),
		Contract:     common.HexToAddress("0x00000000000000000000000000000000000000c0"),
		Te:           1200,
		Part:         2,
		Leader:       3,
		Attempt:      1,
		FailedBitmap: big.NewInt(0b101),
		Entries: []Entry{
			{Provider: 0, Ts: 1000, St: big.NewInt(123456789)},
			{Provider: 7, Ts: 900, St: new(big.Int).Lsh(big.NewInt(1), 200)},
		},
	}
}

func word(v uint64) []byte {
	w := make([]byte, 32)
	binary.BigEndian.PutUint64(w[24:], v)
	return w
}

// TestEncodingLayout builds the SPEC 8 encoding by hand, word by word, as Solidity's
// abi.encode(tag, chainId, contract, te, part, leader, attempt, failedBitmap, entries)
// lays it out, and compares.
func TestEncodingLayout(t *testing.T) {
	r := sample()
	var want bytes.Buffer
	tag := crypto.Keccak256([]byte("whitepay/report/v2"))
	want.Write(tag)
	want.Write(word(1337))
	want.Write(common.LeftPadBytes(r.Contract[:], 32))
	want.Write(word(1200))
	want.Write(word(2))
	want.Write(word(3))
	want.Write(word(1))
	want.Write(word(5))
	want.Write(word(9 * 32)) // offset of the dynamic entries array
	want.Write(word(2))      // its length
	want.Write(word(0))
	want.Write(word(1000))
	want.Write(word(123456789))
	want.Write(word(7))
	want.Write(word(900))
	want.Write(common.LeftPadBytes(r.Entries[1].St.Bytes(), 32))
	if got := r.Encode(); !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("encoding:\n got %x\nwant %x", got, want.Bytes())
	}
	if r.Digest() != crypto.Keccak256Hash(want.Bytes()) {
		t.Fatal("digest is not keccak256 of the encoding")
	}
}

func TestRoundTrip(t *testing.T) {
	for _, r := range []*Report{sample(), {ChainID: big.NewInt(1), Te: 5, FailedBitmap: new(big.Int)}} {
		got, err := Decode(r.Encode())
		if err != nil {
			t.Fatal(err)
		}
		if got.Digest() != r.Digest() {
			t.Fatal("round trip changed the report")
		}
	}
}

func TestDigestBindsEveryField(t *testing.T) {
	base := sample().Digest()
	muts := map[string]func(r *Report){
		"chain":    func(r *Report) { r.ChainID = big.NewInt(1) },
		"contract": func(r *Report) { r.Contract[0] ^= 1 },
		"te":       func(r *Report) { r.Te++ },
		"part":     func(r *Report) { r.Part++ },
		"leader":   func(r *Report) { r.Leader++ },
		"attempt":  func(r *Report) { r.Attempt++ },
		"failed":   func(r *Report) { r.FailedBitmap = big.NewInt(1) },
		"provider": func(r *Report) { r.Entries[0].Provider = 9 },
		"ts":       func(r *Report) { r.Entries[0].Ts-- },
		"st":       func(r *Report) { r.Entries[0].St = big.NewInt(1) },
		"dropped":  func(r *Report) { r.Entries = r.Entries[:1] },
	}
	for name, m := range muts {
		r := sample()
		m(r)
		if r.Digest() == base {
			t.Errorf("changing %s kept the digest", name)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	enc := sample().Encode()
	cases := map[string][]byte{
		"empty":     nil,
		"truncated": enc[:len(enc)-1],
		"trailing":  append(append([]byte{}, enc...), 0),
		"oversized": make([]byte, MaxEncodedSize+1),
	}
	dirty := append([]byte{}, enc...)
	dirty[5*32] = 1 // high bytes of the uint32 leader
	dirtyPart := append([]byte{}, enc...)
	dirtyPart[4*32+27] = 1 // above the uint32 part
	cases["dirty part padding"] = dirtyPart
	cases["dirty padding"] = dirty
	badTag := append([]byte{}, enc...)
	badTag[0] ^= 1
	cases["tag"] = badTag
	bigCount := append([]byte{}, enc...)
	copy(bigCount[9*32:10*32], word(1<<40))
	cases["entry count"] = bigCount
	offset := append([]byte{}, enc...)
	copy(offset[8*32:9*32], word(9*32+32))
	cases["offset"] = offset
	for name, b := range cases {
		if _, err := Decode(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := Decode(badTag); !errors.Is(err, ErrTag) {
		t.Errorf("wrong tag: %v", err)
	}
}

func TestValidate(t *testing.T) {
	cases := map[string]func(r *Report){
		"ts not before te": func(r *Report) { r.Entries[0].Ts = r.Te },
		"provider twice":   func(r *Report) { r.Entries[1].Provider = r.Entries[0].Provider },
		"negative st":      func(r *Report) { r.Entries[0].St = big.NewInt(-1) },
		"st over 256 bits": func(r *Report) { r.Entries[0].St = new(big.Int).Lsh(big.NewInt(1), 256) },
		"nil st":           func(r *Report) { r.Entries[0].St = nil },
		"bitmap":           func(r *Report) { r.FailedBitmap = new(big.Int).Lsh(big.NewInt(1), 256) },
		"nil chain":        func(r *Report) { r.ChainID = nil },
		"too many":         func(r *Report) { r.Entries = make([]Entry, MaxEntries+1) },
	}
	for name, m := range cases {
		r := sample()
		m(r)
		if err := r.Validate(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestInstanceID(t *testing.T) {
	c := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	var buf []byte
	buf = append(buf, c[:]...)
	buf = binary.BigEndian.AppendUint64(buf, 1200)
	buf = binary.BigEndian.AppendUint32(buf, 4)
	buf = binary.BigEndian.AppendUint32(buf, 3)
	buf = binary.BigEndian.AppendUint32(buf, 1)
	if PartInstanceID(c, 1200, 4, 3, 1) != crypto.Keccak256Hash(buf) {
		t.Fatal("instance id layout")
	}
	if InstanceID(c, 1200, 3, 1) == InstanceID(c, 1200, 3, 2) {
		t.Fatal("attempt not bound")
	}
	if InstanceID(c, 1200, 3, 1) != PartInstanceID(c, 1200, 0, 3, 1) || PartInstanceID(c, 1200, 1, 3, 1) == InstanceID(c, 1200, 3, 1) {
		t.Fatal("part not bound, or InstanceID is not part 0")
	}
}

func FuzzDecode(f *testing.F) {
	fuzzcorpus.Add(f, sample().Encode())
	fuzzcorpus.Add(f, (&Report{ChainID: big.NewInt(1), Te: 5, FailedBitmap: new(big.Int)}).Encode())
	fuzzcorpus.Add(f, []byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Decode(b)
		if err != nil {
			return
		}
		// Whatever decodes re-encodes to the same bytes.
		if !bytes.Equal(r.Encode(), b) {
			t.Fatalf("decoded report re-encodes differently")
		}
	})
}
