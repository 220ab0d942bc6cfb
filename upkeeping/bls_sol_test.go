package upkeeping

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/contracts/bindings/testcontracts"
	"github.com/whitepay/whitepay/internal/bls"
)

// The RFC 9380 vectors live in ../shared beside the repository.
const vectorsDir = "../testdata/rfc9380/"

func deployHarness(t *testing.T) (*env, *testcontracts.BLSHarness) {
	e := newEnv(t, 1)
	_, tx, h, err := testcontracts.DeployBLSHarness(e.opts(e.accts[0]), e.client)
	e.mine(tx, err)
	return e, h
}

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSolidityHashToG2Vectors runs all five RFC 9380 BLS12381G2_XMD:SHA-256_SSWU_RO_
// vectors through the Solidity hash-to-G2 (expand_message_xmd, hash_to_field by
// MODEXP, MAP_FP2_TO_G2, G2ADD) with the vectors' DST.
func TestSolidityHashToG2Vectors(t *testing.T) {
	raw, err := os.ReadFile(vectorsDir + "hash_to_g2_BLS12381G2_XMD_SHA-256_SSWU_RO_.json")
	if err != nil {
		t.Fatalf("RFC 9380 vectors: %v", err)
	}
	var v struct {
		Ciphersuite string `json:"ciphersuite"`
		DST         string `json:"dst"`
		Vectors     []struct {
			Msg string `json:"msg"`
			P   struct{ X, Y string }
		} `json:"vectors"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Vectors) != 5 || v.Ciphersuite != "BLS12381G2_XMD:SHA-256_SSWU_RO_" {
		t.Fatalf("%d vectors of %q", len(v.Vectors), v.Ciphersuite)
	}
	_, h := deployHarness(t)
	for _, vec := range v.Vectors {
		var want [256]byte
		for i, s := range append(strings.Split(vec.P.X, ","), strings.Split(vec.P.Y, ",")...) {
			b := unhex(t, s)
			if len(b) != 48 {
				t.Fatalf("coordinate %q", s)
			}
			copy(want[i*64+16:], b) // x.c0, x.c1, y.c0, y.c1 as EIP-2537 orders them
		}
		got, err := h.HashToG2(&bind.CallOpts{}, []byte(vec.Msg), []byte(v.DST))
		if err != nil {
			t.Fatalf("hashToG2(%q): %v", vec.Msg, err)
		}
		if !bytes.Equal(got, want[:]) {
			t.Errorf("hashToG2(%q):\n got %x\nwant %x", vec.Msg, got, want)
		}
	}
}

// TestSolidityExpandMessageXmdVectors runs the RFC 9380 expand_message_xmd SHA-256
// vectors (32- and 128-byte outputs) through the Solidity implementation.
func TestSolidityExpandMessageXmdVectors(t *testing.T) {
	raw, err := os.ReadFile(vectorsDir + "expand_message_xmd_SHA256_38.json")
	if err != nil {
		t.Fatalf("RFC 9380 vectors: %v", err)
	}
	var v struct {
		DST   string `json:"DST"`
		Tests []struct {
			Len     string `json:"len_in_bytes"`
			Msg     string `json:"msg"`
			Uniform string `json:"uniform_bytes"`
		} `json:"tests"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Tests) != 10 {
		t.Fatalf("%d vectors", len(v.Tests))
	}
	_, h := deployHarness(t)
	for _, tc := range v.Tests {
		n, err := strconv.ParseUint(strings.TrimPrefix(tc.Len, "0x"), 16, 16)
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.ExpandMessageXmd(&bind.CallOpts{}, []byte(tc.Msg), []byte(v.DST), bigU(n))
		if err != nil {
			t.Fatalf("expand(%q, %d): %v", tc.Msg, n, err)
		}
		if want := unhex(t, tc.Uniform); !bytes.Equal(got, want) {
			t.Errorf("expand(%q, %d):\n got %x\nwant %x", tc.Msg, n, got, want)
		}
	}
}

// TestSolidityVerifiesHerumiSignatures checks the Solidity verification against
// signatures made by herumi (internal/bls): valid ones pass; a wrong message, a
// wrong key, an infinity signature and a malformed signature fail; G1 aggregation
// matches herumi's.
func TestSolidityVerifiesHerumiSignatures(t *testing.T) {
	_, h := deployHarness(t)
	call := &bind.CallOpts{}
	var sks []*bls.SecretKey
	for range 3 {
		sk, err := bls.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		sks = append(sks, sk)
	}
	msg := crypto.Keccak256([]byte("whitepay test message"))
	sig := sks[0].Sign(msg)
	pk := sks[0].PublicKey().EIP2537()
	s := sig.EIP2537()
	check := func(name string, pk, msg, sig []byte, want bool) {
		t.Helper()
		got, err := h.Verify(call, pk, msg, sig)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got != want {
			t.Errorf("%s: verify = %v, want %v", name, got, want)
		}
	}
	check("valid", pk[:], msg, s[:], true)
	check("wrong message", pk[:], crypto.Keccak256([]byte("other")), s[:], false)
	other := sks[1].PublicKey().EIP2537()
	check("wrong key", other[:], msg, s[:], false)
	check("infinity signature", pk[:], msg, make([]byte, 256), false)
	check("infinity key", make([]byte, 128), msg, s[:], false)
	bad := s
	bad[255] ^= 1 // off the curve
	check("malformed signature", pk[:], msg, bad[:], false)

	// Aggregation: sum of keys in Solidity equals herumi's aggregate, and the
	// aggregate signature verifies under it.
	var pks []*bls.PublicKey
	var sigs []*bls.Signature
	for _, sk := range sks {
		pks = append(pks, sk.PublicKey())
		sigs = append(sigs, sk.Sign(msg))
	}
	aggPk, _ := bls.AggregatePublicKeys(pks)
	aggSig, _ := bls.AggregateSignatures(sigs)
	p0, p1, p2 := pks[0].EIP2537(), pks[1].EIP2537(), pks[2].EIP2537()
	sum, err := h.G1Add(call, p0[:], p1[:])
	if err != nil {
		t.Fatal(err)
	}
	sum, err = h.G1Add(call, sum, p2[:])
	if err != nil {
		t.Fatal(err)
	}
	want := aggPk.EIP2537()
	if !bytes.Equal(sum, want[:]) {
		t.Fatalf("G1 aggregation differs from herumi")
	}
	as := aggSig.EIP2537()
	check("aggregate", sum, msg, as[:], true)
}

// TestSolidityReduceToField checks the Barrett reduction of hash_to_field against big.Int on
// edge cases (0, p-1, p, multiples of p and their neighbours, 2^512-1, values whose
// estimated quotient is off by one or two) and random 512-bit values.
func TestSolidityReduceToField(t *testing.T) {
	_, h := deployHarness(t)
	p, _ := new(big.Int).SetString("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16)
	two256 := new(big.Int).Lsh(big.NewInt(1), 256)
	max512 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 512), big.NewInt(1))
	var xs []*big.Int
	for _, v := range []*big.Int{big.NewInt(0), big.NewInt(1), new(big.Int).Sub(p, big.NewInt(1)), p,
		new(big.Int).Add(p, big.NewInt(1)), max512, new(big.Int).Lsh(big.NewInt(1), 511), two256} {
		xs = append(xs, v)
	}
	qmax := new(big.Int).Div(max512, p)
	for _, q := range []*big.Int{big.NewInt(2), big.NewInt(3), qmax, new(big.Int).Sub(qmax, big.NewInt(1)), new(big.Int).Rsh(qmax, 7)} {
		m := new(big.Int).Mul(q, p)
		xs = append(xs, m, new(big.Int).Sub(m, big.NewInt(1)), new(big.Int).Add(m, big.NewInt(1)),
			new(big.Int).Sub(new(big.Int).Add(m, p), big.NewInt(1)))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		b := make([]byte, 64)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		if rng.IntN(4) == 0 { // values just below a multiple of p stress the correction steps
			x := new(big.Int).SetBytes(b)
			x.Sub(x, new(big.Int).Mod(x, p))
			x.Sub(x, big.NewInt(int64(rng.IntN(3))))
			if x.Sign() >= 0 {
				xs = append(xs, x)
				continue
			}
		}
		xs = append(xs, new(big.Int).SetBytes(b))
	}
	var inputs []*big.Int
	for _, x := range xs {
		if x.Sign() >= 0 && x.Cmp(max512) <= 0 { // 64-byte values only
			inputs = append(inputs, x)
		}
	}
	for len(inputs)%4 != 0 {
		inputs = append(inputs, big.NewInt(int64(len(inputs))))
	}
	// Four values per call, as hash_to_field reduces them.
	for i := 0; i < len(inputs); i += 4 {
		u := make([]byte, 256)
		for j := range 4 {
			inputs[i+j].FillBytes(u[64*j : 64*(j+1)])
		}
		out, err := h.ReduceToField(&bind.CallOpts{}, u)
		if err != nil {
			t.Fatal(err)
		}
		for j := range 4 {
			el := out[64*j : 64*(j+1)]
			want := new(big.Int).Mod(inputs[i+j], p)
			if !bytes.Equal(el[:16], make([]byte, 16)) || new(big.Int).SetBytes(el).Cmp(want) != 0 {
				t.Fatalf("reduce(%x) = %x, want %x", inputs[i+j], el, want)
			}
		}
	}
}
