package bls

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	keystorev4 "github.com/wealdtech/go-eth2-wallet-encryptor-keystorev4"

	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

// fuzzKey is the fixed key of the fuzz targets (deterministic, so that the
// committed corpus stays valid).
func fuzzKey(f testing.TB) *SecretKey {
	b := make([]byte, SecretKeySize)
	b[31] = 7
	sk, err := SecretKeyFromBytes(b)
	if err != nil {
		f.Fatal(err)
	}
	return sk
}

// FuzzPublicKeyFromBytes: a compressed public key either fails with
// ErrInvalidPublicKey or is a canonical encoding (re-encodes to its input) of a key
// whose EIP-2537 form decodes back to it.
func FuzzPublicKeyFromBytes(f *testing.F) {
	pk := fuzzKey(f).PublicKey()
	fuzzcorpus.Add(f, pk.Bytes())
	inf := make([]byte, PublicKeySize)
	inf[0] = 0xc0 // compressed infinity
	fuzzcorpus.Add(f, inf)
	off := pk.Bytes()
	off[47] ^= 1 // most likely off the curve
	fuzzcorpus.Add(f, off)
	fuzzcorpus.Add(f, []byte{0x80})
	f.Fuzz(func(t *testing.T, b []byte) {
		pk, err := PublicKeyFromBytes(b)
		if err != nil {
			if !errors.Is(err, ErrInvalidPublicKey) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		if !bytes.Equal(pk.Bytes(), b) {
			t.Fatalf("non-canonical public key accepted: %x", b)
		}
		e := pk.EIP2537()
		back, err := PublicKeyFromEIP2537(e[:])
		if err != nil || !back.Equal(pk) {
			t.Fatalf("EIP-2537 round trip: %v", err)
		}
	})
}

// FuzzSignatureFromBytes: the same property for compressed signatures.
func FuzzSignatureFromBytes(f *testing.F) {
	sig := fuzzKey(f).Sign([]byte("whitepay fuzz"))
	fuzzcorpus.Add(f, sig.Bytes())
	inf := make([]byte, SignatureSize)
	inf[0] = 0xc0
	fuzzcorpus.Add(f, inf)
	off := sig.Bytes()
	off[95] ^= 1
	fuzzcorpus.Add(f, off)
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := SignatureFromBytes(b)
		if err != nil {
			if !errors.Is(err, ErrInvalidSignature) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		if !bytes.Equal(s.Bytes(), b) {
			t.Fatalf("non-canonical signature accepted: %x", b)
		}
		e := s.EIP2537()
		back, err := SignatureFromEIP2537(e[:])
		if err != nil || !back.Equal(s) {
			t.Fatalf("EIP-2537 round trip: %v", err)
		}
	})
}

// FuzzPublicKeyFromEIP2537: a 128-byte G1 point either fails with
// ErrInvalidPublicKey or re-encodes to its input, and its compressed form decodes
// back to it.
func FuzzPublicKeyFromEIP2537(f *testing.F) {
	e := fuzzKey(f).PublicKey().EIP2537()
	fuzzcorpus.Add(f, e[:])
	fuzzcorpus.Add(f, make([]byte, PublicKeyEIP2537Size)) // infinity
	pad := e
	pad[0] = 1 // non-zero padding
	fuzzcorpus.Add(f, pad[:])
	ff := e
	for i := 16; i < 64; i++ { // x = 2^384-1, not below the modulus
		ff[i] = 0xff
	}
	fuzzcorpus.Add(f, ff[:])
	f.Fuzz(func(t *testing.T, b []byte) {
		pk, err := PublicKeyFromEIP2537(b)
		if err != nil {
			if !errors.Is(err, ErrInvalidPublicKey) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		if got := pk.EIP2537(); !bytes.Equal(got[:], b) {
			t.Fatalf("non-canonical EIP-2537 public key accepted: %x", b)
		}
		back, err := PublicKeyFromBytes(pk.Bytes())
		if err != nil || !back.Equal(pk) {
			t.Fatalf("compressed round trip: %v", err)
		}
	})
}

// FuzzSignatureFromEIP2537: the same for 256-byte G2 points.
func FuzzSignatureFromEIP2537(f *testing.F) {
	e := fuzzKey(f).Sign([]byte("whitepay fuzz")).EIP2537()
	fuzzcorpus.Add(f, e[:])
	fuzzcorpus.Add(f, make([]byte, SignatureEIP2537Size))
	swapped := e // c0 and c1 of x exchanged: herumi's order, not EIP-2537's
	copy(swapped[0:64], e[64:128])
	copy(swapped[64:128], e[0:64])
	fuzzcorpus.Add(f, swapped[:])
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := SignatureFromEIP2537(b)
		if err != nil {
			if !errors.Is(err, ErrInvalidSignature) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		if got := s.EIP2537(); !bytes.Equal(got[:], b) {
			t.Fatalf("non-canonical EIP-2537 signature accepted: %x", b)
		}
		back, err := SignatureFromBytes(s.Bytes())
		if err != nil || !back.Equal(s) {
			t.Fatalf("compressed round trip: %v", err)
		}
	})
}

// FuzzVerify: a (message, signature) pair verifies under the fixed key only if the
// signature is the key's signature on that message (BLS signatures are unique): a
// mutated signature or message never verifies. The same holds for proofs of
// possession, whose message binds the domain and the keeper.
func FuzzVerify(f *testing.F) {
	sk := fuzzKey(f)
	pk := sk.PublicKey()
	d := domain.New(1, common.HexToAddress("0xc0ffee"))
	keeper := common.HexToAddress("0xbeef")
	msg := PopMessage(d, keeper, pk)
	fuzzcorpus.Add(f, msg[:], sk.Sign(msg[:]).Bytes())
	fuzzcorpus.Add(f, []byte("short"), sk.Sign([]byte("short")).Bytes())
	fuzzcorpus.Add(f, []byte{}, sk.Sign(nil).Bytes())
	f.Fuzz(func(t *testing.T, msg, sigb []byte) {
		sig, err := SignatureFromBytes(sigb)
		if err != nil {
			return
		}
		ok := Verify(pk, msg, sig)
		if want := sk.Sign(msg); ok != want.Equal(sig) {
			t.Fatalf("Verify = %v for a signature that is %vthe key's", ok, map[bool]string{false: "not ", true: ""}[!ok])
		}
		if len(msg) == MessageSize {
			var m [MessageSize]byte
			copy(m[:], msg)
			if BatchVerify([]*PublicKey{pk}, [][MessageSize]byte{m}, []*Signature{sig}) != ok {
				t.Fatal("BatchVerify disagrees with Verify")
			}
		}
		pop := PopMessage(d, keeper, pk)
		if VerifyPossession(d, keeper, pk, sig) != sk.Sign(pop[:]).Equal(sig) {
			t.Fatal("VerifyPossession disagrees with the key's proof of possession")
		}
	})
}

// FuzzDecryptKeystore: a keystore file is untrusted input; decrypting never
// panics, fails with ErrKeystore, and succeeds only with the one key that was
// sealed under the password. Seeds are real keystores (PBKDF2 and scrypt, cheap
// parameters) and their edge cases.
func FuzzDecryptKeystore(f *testing.F) {
	sk := fuzzKey(f)
	cheap := new(testing.T) // WithCost requires a non-nil *testing.T
	for _, cipher := range []string{"pbkdf2", "scrypt"} {
		enc := keystorev4.New(keystorev4.WithCost(cheap, 4), keystorev4.WithCipher(cipher))
		ks, err := EncryptKeystore(sk, "pw", "fuzz", enc)
		if err != nil {
			f.Fatal(err)
		}
		var compact bytes.Buffer
		json.Compact(&compact, ks)
		fuzzcorpus.Add(f, compact.Bytes())
		// Oversized KDF parameters: must be refused, not run.
		huge := strings.Replace(compact.String(), `"c":16`, `"c":1099511627776`, 1)
		huge = strings.Replace(huge, `"n":16`, `"n":1099511627776`, 1)
		fuzzcorpus.Add(f, []byte(huge))
		fuzzcorpus.Add(f, []byte(strings.Replace(compact.String(), `"dklen":32`, `"dklen":-100`, 1)))
	}
	fuzzcorpus.Add(f, []byte(`{"version":4}`))
	fuzzcorpus.Add(f, []byte(`{"version":4,"crypto":{"KDF":{"function":"scrypt","params":{"N":1099511627776,"r":8,"p":1,"dklen":32}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if expensiveKDF(data) {
			return // within the bounds but slow: not what this target is about
		}
		got, err := DecryptKeystore(data, "pw")
		if err != nil {
			if !errors.Is(err, ErrKeystore) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		if !bytes.Equal(got.Bytes(), sk.Bytes()) {
			t.Fatal("keystore opened to another key")
		}
	})
}

// expensiveKDF reports whether a keystore asks for a KDF that the cost bounds
// accept but that would make one fuzz execution slow (above 2^10 units).
func expensiveKDF(data []byte) bool {
	var ks struct {
		Crypto map[string]any `json:"crypto"`
	}
	if json.Unmarshal(data, &ks) != nil || ks.Crypto == nil {
		return false
	}
	if checkKDFCost(ks.Crypto) != nil {
		return false // refused before running: exercise the refusal
	}
	b, _ := json.Marshal(ks.Crypto)
	var sec kdfSection
	if json.Unmarshal(b, &sec) != nil || sec.KDF == nil || sec.KDF.Params == nil {
		return false
	}
	p := sec.KDF.Params
	return p.C > 1<<10 || p.N*p.R*p.P > 1<<13
}

// TestKeystoreKDFBounds is the regression test of the FuzzDecryptKeystore finding:
// a keystore with an absurd KDF cost is refused with ErrKeystore instead of
// panicking (scrypt) or running for days (PBKDF2).
func TestKeystoreKDFBounds(t *testing.T) {
	sk := fuzzKey(t)
	for _, tc := range []struct{ cipher, from, to string }{
		{"scrypt", `"n":16`, `"n":1099511627776`},
		{"scrypt", `"r":8`, `"r":1000000`},
		{"scrypt", `"dklen":32`, `"dklen":-100`},
		{"pbkdf2", `"c":16`, `"c":1099511627776`},
		{"pbkdf2", `"dklen":32`, `"dklen":-100`},
		{"pbkdf2", `"iv":"`, `"iv":"00`},  // 17-byte IV: cipher.NewCTR panics
		{"pbkdf2", `"pubkey":`, `"pub":`}, // no pubkey: nothing to catch it with
	} {
		enc := keystorev4.New(keystorev4.WithCost(t, 4), keystorev4.WithCipher(tc.cipher))
		ks, err := EncryptKeystore(sk, "pw", "", enc)
		if err != nil {
			t.Fatal(err)
		}
		var compact bytes.Buffer
		json.Compact(&compact, ks)
		if _, err := DecryptKeystore(compact.Bytes(), "pw"); err != nil {
			t.Fatalf("%s: valid keystore: %v", tc.cipher, err)
		}
		bad := strings.Replace(compact.String(), tc.from, tc.to, 1)
		if bad == compact.String() {
			t.Fatalf("%s: %s not in %s", tc.cipher, tc.from, bad)
		}
		if _, err := DecryptKeystore([]byte(bad), "pw"); !errors.Is(err, ErrKeystore) || !strings.Contains(err.Error(), "outside") && !strings.Contains(err.Error(), "iv") && !strings.Contains(err.Error(), "public key") {
			t.Fatalf("%s with %s: err = %v, want a refused KDF", tc.cipher, tc.to, err)
		}
	}
	// Another IV of the right length decrypts to another key (the checksum does
	// not cover it): the public key catches it.
	enc := keystorev4.New(keystorev4.WithCost(t, 4))
	ks, err := EncryptKeystore(sk, "pw", "", enc)
	if err != nil {
		t.Fatal(err)
	}
	s := string(ks)
	i := strings.Index(s, `"iv": "`) + len(`"iv": "`)
	mismatches := 0
	for _, c := range "0123456789abcdef" {
		if byte(c) == s[i] {
			continue
		}
		_, err := DecryptKeystore([]byte(s[:i]+string(c)+s[i+1:]), "pw")
		if !errors.Is(err, ErrKeystore) {
			t.Fatalf("altered IV opened: %v", err)
		}
		if strings.Contains(err.Error(), "does not match") {
			mismatches++ // the others decrypt to a value that is not a secret key
		}
	}
	if mismatches == 0 {
		t.Fatal("no altered IV reached the public key check")
	}
	// Found by the fuzzer: modules without params (keystorev4 dereferences them).
	for _, bad := range []string{
		`{"CrYpto":{"CheCksum":{},"Cipher":{},"kdf":{}},"version":4}`,
		`{"crypto":{"checksum":{},"cipher":{"params":{"iv":"00000000000000000000000000000000"}},"kdf":{"function":"pbkdf2"}},"version":4}`,
	} {
		if _, err := DecryptKeystore([]byte(bad), "pw"); !errors.Is(err, ErrKeystore) || !strings.Contains(err.Error(), "without params") {
			t.Fatalf("%s: err = %v, want a refused module", bad, err)
		}
	}
}
