package bls

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/google/uuid"
	keystorev4 "github.com/wealdtech/go-eth2-wallet-encryptor-keystorev4"
)

// ErrKeystore is returned for a keystore that cannot be read: malformed JSON, a
// wrong version, a wrong password, or a public key that does not match the secret.
var ErrKeystore = errors.New("bls: keystore")

// Keystore is an EIP-2335 (version 4) keystore file. The "crypto" section (KDF,
// checksum, cipher) is produced and read by wealdtech's keystorev4 encryptor; this
// type adds the surrounding fields.
type Keystore struct {
	Crypto      map[string]any `json:"crypto"`
	Description string         `json:"description"`
	Pubkey      string         `json:"pubkey"`
	Path        string         `json:"path"`
	UUID        string         `json:"uuid"`
	Version     uint           `json:"version"`
}

// EncryptKeystore seals sk under password as an EIP-2335 keystore. enc is the
// encryptor to use; nil means the EIP-2335 default (PBKDF2, 2^18 rounds). Tests
// pass a cheaper one.
func EncryptKeystore(sk *SecretKey, password, description string, enc *keystorev4.Encryptor) ([]byte, error) {
	if enc == nil {
		enc = keystorev4.New()
	}
	c, err := enc.Encrypt(sk.Bytes(), password)
	if err != nil {
		return nil, fmt.Errorf("%w: encrypt: %w", ErrKeystore, err)
	}
	ks := Keystore{
		Crypto:      c,
		Description: description,
		Pubkey:      hex.EncodeToString(sk.PublicKey().Bytes()),
		UUID:        uuid.NewString(),
		Version:     enc.Version(),
	}
	return json.MarshalIndent(ks, "", "  ")
}

// DecryptKeystore opens an EIP-2335 keystore with password and checks that the
// secret key matches the keystore's public key.
func DecryptKeystore(data []byte, password string) (*SecretKey, error) {
	var ks Keystore
	if err := json.Unmarshal(data, &ks); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeystore, err)
	}
	if ks.Version != 4 {
		return nil, fmt.Errorf("%w: version %d, want 4", ErrKeystore, ks.Version)
	}
	if ks.Crypto == nil {
		return nil, fmt.Errorf("%w: no crypto section", ErrKeystore)
	}
	if err := checkKDFCost(ks.Crypto); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeystore, err)
	}
	secret, err := decryptCrypto(ks.Crypto, password)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeystore, err)
	}
	sk, err := SecretKeyFromBytes(secret)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeystore, err)
	}
	// EIP-2335's checksum covers the cipher message but not the IV: a keystore
	// whose IV was altered decrypts, without error, to another key. The public
	// key the file names is what catches it, so it is required (found for the
	// account keystore by FuzzDecryptAccount; the same holds here).
	if ks.Pubkey == "" {
		return nil, fmt.Errorf("%w: no public key to check the secret key against", ErrKeystore)
	}
	if ks.Pubkey != hex.EncodeToString(sk.PublicKey().Bytes()) {
		return nil, fmt.Errorf("%w: public key does not match the secret key (altered or corrupted)", ErrKeystore)
	}
	return sk, nil
}

// WriteKeystore writes an EIP-2335 keystore for sk to path (mode 0600), creating
// the directory. It refuses to overwrite an existing file.
func WriteKeystore(path string, sk *SecretKey, password string, enc *keystorev4.Encryptor) error {
	data, err := EncryptKeystore(sk, password, "whitepay keeper BLS key", enc)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ReadKeystore reads and decrypts the keystore at path.
func ReadKeystore(path, password string) (*SecretKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return DecryptKeystore(data, password)
}

// KDF cost bounds of a keystore this package opens. EIP-2335's defaults are scrypt
// n = 2^18, r = 8, p = 1 and PBKDF2 c = 2^18; the bounds leave room above them.
// Without them a malformed file makes the KDF panic (scrypt n = 2^40 allocates
// 128·r·n bytes; a negative dklen is a negative make) or run for days (PBKDF2
// c = 2^40). Found by FuzzDecryptKeystore.
const (
	maxScryptMemory = 4 << 30 // 128·r·n bytes
	maxScryptR      = 64
	maxScryptP      = 16
	maxPBKDF2Rounds = 1 << 22
	maxDKLen        = 64
)

// kdfSection is the part of the encryptor's view of the crypto section that it
// dereferences or that sets the KDF's cost: the same field names and types as
// keystorev4's, read the same way (the map re-marshalled, then unmarshalled
// case-insensitively).
type kdfSection struct {
	KDF *struct {
		Function string `json:"function"`
		Params   *struct {
			DKLen int `json:"dklen"`
			N     int `json:"n,omitempty"`
			P     int `json:"p,omitempty"`
			R     int `json:"r,omitempty"`
			C     int `json:"c,omitempty"`
		} `json:"params"`
	} `json:"kdf"`
	Cipher *struct {
		Function string `json:"function"`
		Params   *struct {
			IV string `json:"iv,omitempty"`
		} `json:"params"`
	} `json:"cipher"`
}

// checkKDFCost rejects a crypto section that keystorev4 (v1.4.1) would crash on —
// a kdf or cipher module without params (nil dereference), an AES IV that is not
// 16 bytes (cipher.NewCTR panics) — or whose KDF parameters are out of the bounds
// above. Sections the encryptor cannot parse are left for it to reject.
func checkKDFCost(c map[string]any) error {
	data, err := json.Marshal(c)
	if err != nil {
		return nil
	}
	var sec kdfSection
	if json.Unmarshal(data, &sec) != nil {
		return nil
	}
	if sec.Cipher != nil {
		if sec.Cipher.Params == nil {
			return errors.New("cipher module without params")
		}
		if iv, err := hex.DecodeString(sec.Cipher.Params.IV); err != nil || len(iv) != 16 {
			return fmt.Errorf("cipher iv %q is not 16 bytes of hex", sec.Cipher.Params.IV)
		}
	}
	if sec.KDF == nil {
		return nil
	}
	if sec.KDF.Params == nil {
		return errors.New("kdf module without params")
	}
	p := sec.KDF.Params
	if p.DKLen < 0 || p.DKLen > maxDKLen {
		return fmt.Errorf("kdf dklen %d outside [0, %d]", p.DKLen, maxDKLen)
	}
	switch sec.KDF.Function {
	case "scrypt":
		if p.R <= 0 || p.R > maxScryptR || p.P <= 0 || p.P > maxScryptP || p.N <= 0 || p.N > maxScryptMemory/(128*p.R) {
			return fmt.Errorf("scrypt parameters n=%d r=%d p=%d outside the bounds (memory %d bytes, r ≤ %d, p ≤ %d)", p.N, p.R, p.P, maxScryptMemory, maxScryptR, maxScryptP)
		}
	case "pbkdf2":
		if p.C < 0 || p.C > maxPBKDF2Rounds {
			return fmt.Errorf("pbkdf2 rounds %d outside [0, %d]", p.C, maxPBKDF2Rounds)
		}
	}
	return nil
}

// decryptCrypto runs keystorev4's decryption, turning a panic of the library on
// input checkKDFCost did not foresee into an error.
func decryptCrypto(c map[string]any, password string) (secret []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			secret, err = nil, fmt.Errorf("malformed crypto section: %v", r)
		}
	}()
	return keystorev4.New().Decrypt(c, password)
}
