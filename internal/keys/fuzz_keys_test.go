package keys

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

// fuzzAccount seals a fixed account key under "pw" with a cheap scrypt.
func fuzzAccount(t testing.TB, n int) ([]byte, *keystore.Key) {
	k, err := gethcrypto.ToECDSA(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	key := &keystore.Key{Id: uuid.UUID{1}, Address: gethcrypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}
	data, err := keystore.EncryptKey(key, "pw", n, 1)
	if err != nil {
		t.Fatal(err)
	}
	return data, key
}

// FuzzDecryptAccount: an account keystore file is untrusted input; opening it
// never panics and succeeds only with the key sealed under the password.
func FuzzDecryptAccount(f *testing.F) {
	data, key := fuzzAccount(f, 2)
	fuzzcorpus.Add(f, data)
	s := string(data)
	fuzzcorpus.Add(f, []byte(strings.Replace(s, `"n":2`, `"n":1099511627776`, 1)))
	fuzzcorpus.Add(f, []byte(strings.Replace(s, `"salt"`, `"pepper"`, 1)))
	fuzzcorpus.Add(f, []byte(strings.Replace(s, `"scrypt"`, `"pbkdf2"`, 1)))
	fuzzcorpus.Add(f, []byte(strings.Replace(s, `"version":3`, `"version":"1"`, 1)))
	fuzzcorpus.Add(f, []byte(`{"crypto":{"kdf":"pbkdf2","kdfparams":{"salt":"00","dklen":32,"c":1}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if expensiveAccountKDF(data) {
			return // within the bounds but slow for a fuzz execution
		}
		k, err := decryptAccount(data, "pw")
		if err != nil {
			return
		}
		if !k.Equal(key.PrivateKey) {
			t.Fatal("keystore opened to another key")
		}
	})
}

func expensiveAccountKDF(data []byte) bool {
	if checkAccountKDF(data) != nil {
		return false
	}
	var ks struct {
		Crypto struct {
			KDFParams map[string]any `json:"kdfparams"`
		} `json:"crypto"`
	}
	json.Unmarshal(data, &ks)
	p := ks.Crypto.KDFParams
	n, _ := p["n"].(float64)
	r, _ := p["r"].(float64)
	c, _ := p["c"].(float64)
	return n*r > 1<<12 || c > 1<<10
}

// TestAccountKeystoreMalformedKDF is the regression test of the
// FuzzDecryptAccount findings: go-ethereum's decoder panics on the malformed KDF
// sections, and opens a keystore with an altered IV to another key.
func TestAccountKeystoreMalformedKDF(t *testing.T) {
	data, key := fuzzAccount(t, 2)
	if k, err := decryptAccount(data, "pw"); err != nil || !k.Equal(key.PrivateKey) {
		t.Fatalf("valid keystore: %v", err)
	}
	s := string(data)
	for name, bad := range map[string]string{
		"huge n":      strings.Replace(s, `"n":2`, `"n":1099511627776`, 1),
		"no salt":     strings.Replace(s, `"salt"`, `"pepper"`, 1),
		"no n":        strings.Replace(s, `"n":2`, `"m":2`, 1),
		"string n":    strings.Replace(s, `"n":2`, `"n":"2"`, 1),
		"pbkdf2 no c": strings.Replace(s, `"scrypt"`, `"pbkdf2"`, 1),
		"dklen":       strings.Replace(s, `"dklen":32`, `"dklen":-1`, 1),
		// Found by the fuzzer: the MAC does not cover the IV, so another IV
		// decrypts to another key; the address the file names must match.
		"altered iv":         alterIV(s),
		"no address, alt iv": strings.Replace(alterIV(s), `"address"`, `"addr"`, 1),
		"no address":         strings.Replace(s, `"address"`, `"addr"`, 1),
	} {
		if bad == s {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if _, err := decryptAccount([]byte(bad), "pw"); !errors.Is(err, ErrBadKeystore) {
			t.Errorf("%s: err = %v, want ErrBadKeystore", name, err)
		}
	}
}

// alterIV flips the first hex digit of a keystore's IV.
func alterIV(s string) string {
	i := strings.Index(s, `"iv":"`) + len(`"iv":"`)
	c := "1"
	if s[i] == '1' {
		c = "2"
	}
	return s[:i] + c + s[i+1:]
}
