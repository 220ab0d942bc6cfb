package bls

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	keystorev4 "github.com/wealdtech/go-eth2-wallet-encryptor-keystorev4"
)

func TestKeystoreRoundTrip(t *testing.T) {
	sk := mustKey(t)
	enc := keystorev4.New(keystorev4.WithCost(t, 4))
	path := filepath.Join(t.TempDir(), "keys", "bls.json")
	if err := WriteKeystore(path, sk, "correct horse", enc); err != nil {
		t.Fatal(err)
	}
	if err := WriteKeystore(path, sk, "x", enc); err == nil {
		t.Fatal("existing keystore overwritten")
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("keystore mode: %v %v", fi.Mode(), err)
	}
	got, err := ReadKeystore(path, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if !got.PublicKey().Equal(sk.PublicKey()) {
		t.Fatal("keystore returned another key")
	}
	if _, err := ReadKeystore(path, "wrong"); !errors.Is(err, ErrKeystore) {
		t.Fatalf("wrong password: %v", err)
	}

	// The file is EIP-2335: version 4 with kdf/checksum/cipher modules.
	raw, _ := os.ReadFile(path)
	var ks Keystore
	if err := json.Unmarshal(raw, &ks); err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"kdf", "checksum", "cipher"} {
		if _, ok := ks.Crypto[m]; !ok {
			t.Errorf("crypto section lacks %q", m)
		}
	}
	if ks.Version != 4 || ks.UUID == "" {
		t.Errorf("version %d uuid %q", ks.Version, ks.UUID)
	}

	// A keystore whose pubkey field names another key is refused.
	ks.Pubkey = "00" + ks.Pubkey[2:]
	bad, _ := json.Marshal(ks)
	if _, err := DecryptKeystore(bad, "correct horse"); !errors.Is(err, ErrKeystore) {
		t.Fatalf("mismatched pubkey: %v", err)
	}
	if _, err := DecryptKeystore([]byte("{"), "x"); !errors.Is(err, ErrKeystore) {
		t.Fatalf("malformed JSON: %v", err)
	}
	ks.Version = 3
	bad, _ = json.Marshal(ks)
	if _, err := DecryptKeystore(bad, "correct horse"); !errors.Is(err, ErrKeystore) {
		t.Fatalf("version 3: %v", err)
	}
}

// TestKeystoreEIP2335Vector decrypts the EIP-2335 specification's PBKDF2 test
// keystore (password "𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡🔑", secret
// 0x000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f).
func TestKeystoreEIP2335Vector(t *testing.T) {
	const vector = `{
    "crypto": {
        "kdf": {"function": "pbkdf2", "params": {"dklen": 32, "c": 262144, "prf": "hmac-sha256", "salt": "d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"}, "message": ""},
        "checksum": {"function": "sha256", "params": {}, "message": "8a9f5d9912ed7e75ea794bc5a89bca5f193721d30868ade6f73043c6ea6febf1"},
        "cipher": {"function": "aes-128-ctr", "params": {"iv": "264daa3f303d7259501c93d997d84fe6"}, "message": "cee03fde2af33149775b7223e7845e4fb2c8ae1792e5f99fe9ecf474cc8c16ad"}
    },
    "description": "This is a test keystore that uses PBKDF2 to secure the secret.",
    "pubkey": "9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07",
    "path": "m/12381/60/0/0",
    "uuid": "64625def-3331-4eea-ab6f-782f3ed16a83",
    "version": 4
}`
	sk, err := DecryptKeystore([]byte(vector), "\U0001d531\U0001d522\U0001d530\U0001d531\U0001d52d\U0001d51e\U0001d530\U0001d530\U0001d534\U0001d52c\U0001d52f\U0001d521\U0001f511")
	if err != nil {
		t.Fatal(err)
	}
	if got := "0x" + hex.EncodeToString(sk.Bytes()); got != "0x000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f" {
		t.Fatalf("secret %s", got)
	}
}
