package wire

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

var chainID = big.NewInt(1337)

func TestWireRoundTrip(t *testing.T) {
	r := &ChallengeRequest{Contract: common.HexToAddress("0x1"), Height: 9, BlockHash: [32]byte{1}, OrdersRoot: [32]byte{2},
		Pieces: []ChallengedPiece{{OrderID: [32]byte{3}, Leaves: []uint64{0, 5, 9}}, {OrderID: [32]byte{4}, Leaves: []uint64{1}}}}
	b, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeChallengeRequest(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := got.MarshalBinary()
	if !bytes.Equal(b, b2) {
		t.Fatal("round trip differs")
	}
	r.Pieces[0].Leaves = []uint64{5, 5}
	if _, err := r.MarshalBinary(); !errors.Is(err, ErrMalformed) {
		t.Fatal("repeated leaf accepted")
	}
}

func FuzzDecodeChallengeRequest(f *testing.F) {
	r := &ChallengeRequest{Contract: common.HexToAddress("0x1"), Height: 9, Pieces: []ChallengedPiece{{OrderID: [32]byte{3}, Leaves: []uint64{0, 5}}}}
	b, _ := r.MarshalBinary()
	fuzzcorpus.Add(f, b)
	fuzzcorpus.Add(f, b[:50])
	fuzzcorpus.Add(f, []byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeChallengeRequest(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		b2, err := r.MarshalBinary()
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("not canonical: %v", err)
		}
	})
}

func FuzzDecodeUploadRequest(f *testing.F) {
	k, _ := gethcrypto.GenerateKey()
	so, _ := challenge.SignOrder(chainID, challenge.Order{Contract: common.HexToAddress("0x1"), Provider: common.HexToAddress("0x2"), Root: [32]byte{1}, Size: 100, StartBlock: 1, EndBlock: 2}, k)
	fuzzcorpus.Add(f, EncodeUploadRequest(so))
	fuzzcorpus.Add(f, []byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		so, err := DecodeUploadRequest(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		if !bytes.Equal(EncodeUploadRequest(so), b) {
			t.Fatal("not canonical")
		}
	})
}
