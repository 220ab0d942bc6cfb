package report

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// abiArguments is the SPEC 8 parameter list for go-ethereum's ABI packer, the
// oracle the hand-written encoding is checked against.
func abiArguments(t testing.TB) abi.Arguments {
	typ := func(s string, comps []abi.ArgumentMarshaling) abi.Type {
		ty, err := abi.NewType(s, "", comps)
		if err != nil {
			t.Fatal(err)
		}
		return ty
	}
	return abi.Arguments{
		{Name: "tag", Type: typ("bytes32", nil)},
		{Name: "chainId", Type: typ("uint256", nil)},
		{Name: "contract", Type: typ("address", nil)},
		{Name: "te", Type: typ("uint64", nil)},
		{Name: "part", Type: typ("uint32", nil)},
		{Name: "leader", Type: typ("uint32", nil)},
		{Name: "attempt", Type: typ("uint32", nil)},
		{Name: "failedBitmap", Type: typ("uint256", nil)},
		{Name: "entries", Type: typ("tuple[]", []abi.ArgumentMarshaling{
			{Name: "provider", Type: "uint32"},
			{Name: "ts", Type: "uint64"},
			{Name: "st", Type: "uint256"},
		})},
	}
}

type abiEntry struct {
	Provider uint32
	Ts       uint64
	St       *big.Int
}

func randomReport(rng *rand.Rand) *Report {
	randBig := func(bits int) *big.Int {
		v := new(big.Int)
		for range (bits + 63) / 64 {
			v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(rng.Uint64()))
		}
		return v.Rsh(v, uint(((bits+63)/64)*64-bits))
	}
	r := &Report{
		ChainID:      randBig(1 + rng.IntN(256)),
		Te:           1 + rng.Uint64N(1<<63),
		Part:         rng.Uint32(),
		Leader:       rng.Uint32(),
		Attempt:      rng.Uint32(),
		FailedBitmap: randBig(1 + rng.IntN(256)),
	}
	for i := range r.Contract {
		r.Contract[i] = byte(rng.UintN(256))
	}
	for i := range rng.IntN(40) {
		r.Entries = append(r.Entries, Entry{Provider: uint32(i)*7 + rng.Uint32N(7), Ts: rng.Uint64N(r.Te), St: randBig(1 + rng.IntN(256))})
	}
	return r
}

func TestEncodingMatchesABIPacker(t *testing.T) {
	args := abiArguments(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		r := randomReport(rng)
		entries := make([]abiEntry, len(r.Entries))
		for i, e := range r.Entries {
			entries[i] = abiEntry(e)
		}
		want, err := args.Pack(Tag, r.ChainID, r.Contract, r.Te, r.Part, r.Leader, r.Attempt, r.FailedBitmap, entries)
		if err != nil {
			t.Fatal(err)
		}
		got := r.Encode()
		if !bytes.Equal(got, want) {
			t.Fatalf("encoding differs from the ABI packer for %+v", r)
		}
		// The ABI unpacker and Decode read the same report back.
		vals, err := args.Unpack(got)
		if err != nil {
			t.Fatal(err)
		}
		dec, err := Decode(got)
		if err != nil {
			t.Fatal(err)
		}
		if dec.Te != vals[3].(uint64) || dec.Contract != vals[2].(common.Address) || dec.FailedBitmap.Cmp(vals[7].(*big.Int)) != 0 || dec.Part != vals[4].(uint32) || dec.Digest() != r.Digest() {
			t.Fatal("Decode disagrees with the ABI unpacker")
		}
	}
}

func BenchmarkEncode1000(b *testing.B) {
	r := randomReport(rand.New(rand.NewPCG(3, 4)))
	r.Entries = nil
	for i := range 1000 {
		r.Entries = append(r.Entries, Entry{Provider: uint32(i), Ts: r.Te - 1, St: big.NewInt(int64(i) << 40)})
	}
	for b.Loop() {
		r.Digest()
	}
}
