// Package keys holds a node's keys (SPEC 5, 10): its secp256k1 account in a
// go-ethereum keystore (V3, scrypt), a keeper's BLS key in an EIP-2335 keystore
// (package bls), passwords, and the registration data a user needs to add the node
// to an upkeeping contract.
//
// Decisions taken where SPEC is silent:
//
//   - The account key is also the node's libp2p identity (package p2p), so the
//     peer ID printed at registration proves the address it is registered under.
//   - A data directory holds keystore/account.json (the account; go-ethereum's
//     format, the file geth would write, under a fixed name so a node finds it)
//     and, for a keeper, keystore/bls.json (EIP-2335).
//   - Passwords come from a file (first line, trailing newline removed) or an
//     environment variable, never from the command line.
//   - LightKDF (scrypt N = 2^12) exists for tests and throwaway devnets only;
//     the default is go-ethereum's standard (N = 2^18, P = 1).
package keys

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/p2p"
)

// File names inside a data directory.
const (
	KeystoreDir = "keystore"
	AccountFile = "account.json"
	BLSFile     = "bls.json"
)

var (
	// ErrExists is returned when init would overwrite a key.
	ErrExists = errors.New("keys: key file already exists")
	// ErrNoPassword is returned when no password source is given or it is empty.
	ErrNoPassword = errors.New("keys: no password")
)

// AccountPath returns the account keystore path of a data directory.
func AccountPath(dataDir string) string { return filepath.Join(dataDir, KeystoreDir, AccountFile) }

// BLSPath returns the BLS keystore path of a data directory.
func BLSPath(dataDir string) string { return filepath.Join(dataDir, KeystoreDir, BLSFile) }

// NewAccount generates a secp256k1 key and writes it to path as a go-ethereum V3
// keystore sealed with password (mode 0600; never overwrites).
func NewAccount(path, password string, lightKDF bool) (*ecdsa.PrivateKey, error) {
	k, err := gethcrypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return k, WriteAccount(path, k, password, lightKDF)
}

// WriteAccount seals k under password as a V3 keystore at path.
func WriteAccount(path string, k *ecdsa.PrivateKey, password string, lightKDF bool) error {
	if password == "" {
		return ErrNoPassword
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if lightKDF {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	key := &keystore.Key{Id: uuid.New(), Address: gethcrypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}
	data, err := keystore.EncryptKey(key, password, n, p)
	if err != nil {
		return fmt.Errorf("keys: encrypting account: %w", err)
	}
	return writeNew(path, data)
}

// LoadAccount decrypts the V3 keystore at path.
func LoadAccount(path, password string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	key, err := decryptAccount(data, password)
	if err != nil {
		return nil, fmt.Errorf("keys: %s: %w", path, err)
	}
	return key, nil
}

// ErrBadKeystore is returned for an account keystore whose KDF section is
// malformed or asks for an unbounded cost.
var ErrBadKeystore = errors.New("keys: malformed account keystore")

// Bounds of the KDF cost of an account keystore; go-ethereum's standard is scrypt
// N = 2^18, r = 8, P = 1.
const (
	maxScryptMemory = 4 << 30 // 128·r·N bytes
	maxScryptR      = 64
	maxScryptP      = 16
	maxPBKDF2Rounds = 1 << 22
	maxDKLen        = 64
)

// decryptAccount opens a V3 (or V1) keystore. go-ethereum's DecryptKey
// type-asserts the KDF parameters without checking them (a missing salt or n
// panics) and runs whatever cost they ask for (scrypt N = 2^40 panics on its
// allocation), so the KDF section is checked first, with the same field names as
// go-ethereum's decoder; a panic of the library is still turned into an error.
// Found by FuzzDecryptAccount.
func decryptAccount(data []byte, password string) (k *ecdsa.PrivateKey, err error) {
	if err := checkAccountKDF(data); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			k, err = nil, fmt.Errorf("%w: %v", ErrBadKeystore, r)
		}
	}()
	key, err := keystore.DecryptKey(data, password)
	if err != nil {
		return nil, err
	}
	// The V3 MAC covers the ciphertext but not the IV: a keystore whose IV was
	// altered decrypts, without error, to another key. The address the file names
	// is what catches it (found by FuzzDecryptAccount).
	var named struct {
		Address string `json:"address"`
	}
	json.Unmarshal(data, &named)
	want, err := hex.DecodeString(strings.TrimPrefix(named.Address, "0x"))
	if err != nil || len(want) != common.AddressLength {
		return nil, fmt.Errorf("%w: no valid address to check the key against", ErrBadKeystore)
	}
	if got := gethcrypto.PubkeyToAddress(key.PrivateKey.PublicKey); common.BytesToAddress(want) != got {
		return nil, fmt.Errorf("%w: the key decrypts to %s, the file names %s (altered or corrupted)", ErrBadKeystore, got, common.BytesToAddress(want))
	}
	return key.PrivateKey, nil
}

func checkAccountKDF(data []byte) error {
	var ks struct {
		Crypto struct {
			KDF       string         `json:"kdf"`
			KDFParams map[string]any `json:"kdfparams"`
		} `json:"crypto"`
	}
	if err := json.Unmarshal(data, &ks); err != nil {
		return fmt.Errorf("%w: %v", ErrBadKeystore, err)
	}
	p := ks.Crypto.KDFParams
	num := func(name string, lo, hi float64) (float64, error) {
		v, ok := p[name].(float64)
		if !ok || v < lo || v > hi || v != float64(int64(v)) {
			return 0, fmt.Errorf("%w: kdfparams.%s = %v, want an integer in [%v, %v]", ErrBadKeystore, name, p[name], lo, hi)
		}
		return v, nil
	}
	if _, ok := p["salt"].(string); !ok {
		return fmt.Errorf("%w: kdfparams.salt missing or not a string", ErrBadKeystore)
	}
	if _, err := num("dklen", 32, maxDKLen); err != nil {
		return err
	}
	switch ks.Crypto.KDF {
	case "scrypt":
		r, err := num("r", 1, maxScryptR)
		if err != nil {
			return err
		}
		if _, err := num("p", 1, maxScryptP); err != nil {
			return err
		}
		if _, err := num("n", 2, maxScryptMemory/(128*r)); err != nil {
			return err
		}
	case "pbkdf2":
		if _, err := num("c", 1, maxPBKDF2Rounds); err != nil {
			return err
		}
		if _, ok := p["prf"].(string); !ok {
			return fmt.Errorf("%w: kdfparams.prf missing or not a string", ErrBadKeystore)
		}
	default:
		return fmt.Errorf("%w: kdf %q", ErrBadKeystore, ks.Crypto.KDF)
	}
	return nil
}

// NewBLS generates a BLS key and writes it to path as an EIP-2335 keystore.
func NewBLS(path, password string) (*bls.SecretKey, error) {
	if password == "" {
		return nil, ErrNoPassword
	}
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("%w: %s", ErrExists, path)
	}
	sk, err := bls.GenerateKey()
	if err != nil {
		return nil, err
	}
	if err := bls.WriteKeystore(path, sk, password, nil); err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	return sk, nil
}

// LoadBLS decrypts the EIP-2335 keystore at path.
func LoadBLS(path, password string) (*bls.SecretKey, error) {
	sk, err := bls.ReadKeystore(path, password)
	if err != nil {
		return nil, fmt.Errorf("keys: %s: %w", path, err)
	}
	return sk, nil
}

func writeNew(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%w: %s", ErrExists, path)
	}
	if err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("keys: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("keys: %w", err)
	}
	return f.Close()
}

// Password reads a password from file (its first line) if file is set, else from
// the environment variable env. It fails with ErrNoPassword if neither yields a
// non-empty password.
func Password(file, env string) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("keys: password file: %w", err)
		}
		pw, _, _ := strings.Cut(string(b), "\n")
		pw = strings.TrimSuffix(pw, "\r")
		if pw == "" {
			return "", fmt.Errorf("%w: %s is empty", ErrNoPassword, file)
		}
		return pw, nil
	}
	if env != "" {
		if pw := os.Getenv(env); pw != "" {
			return pw, nil
		}
		return "", fmt.Errorf("%w: set $%s or give a password file", ErrNoPassword, env)
	}
	return "", ErrNoPassword
}

// Registration is what a user needs to register a node in an upkeeping contract
// (SPEC 5, 8). The BLS fields are set for keepers only; the PoP only when a
// contract and chain id were given (it binds them).
type Registration struct {
	Role       string         `json:"role"`
	Address    common.Address `json:"address"`
	PeerID     string         `json:"peer_id"`
	Endpoints  []string       `json:"endpoints"`
	BLSPubKey  string         `json:"bls_pubkey,omitempty"`         // 48-byte compressed, hex
	BLSEIP2537 string         `json:"bls_pubkey_eip2537,omitempty"` // 128-byte EIP-2537 G1, hex
	Contract   string         `json:"contract,omitempty"`
	ChainID    uint64         `json:"chain_id,omitempty"`
	PoP        string         `json:"pop,omitempty"`         // 96-byte compressed signature, hex
	PoPEIP2537 string         `json:"pop_eip2537,omitempty"` // 256-byte EIP-2537 G2, hex
	PoPHint    string         `json:"pop_hint,omitempty"`
}

// NewRegistration fills a Registration. blsKey may be nil (providers); d may be
// nil (no PoP yet).
func NewRegistration(role string, account *ecdsa.PrivateKey, blsKey *bls.SecretKey, d *domain.Domain, endpoints []string) (*Registration, error) {
	addr := gethcrypto.PubkeyToAddress(account.PublicKey)
	id, err := p2p.PeerID(&account.PublicKey)
	if err != nil {
		return nil, err
	}
	r := &Registration{Role: role, Address: addr, PeerID: id.String(), Endpoints: endpoints}
	if r.Endpoints == nil {
		r.Endpoints = []string{}
	}
	if blsKey != nil {
		pk := blsKey.PublicKey()
		e := pk.EIP2537()
		r.BLSPubKey = "0x" + hex.EncodeToString(pk.Bytes())
		r.BLSEIP2537 = "0x" + hex.EncodeToString(e[:])
		if d != nil {
			pop := blsKey.ProvePossession(*d, addr)
			pe := pop.EIP2537()
			r.Contract = d.Contract.Hex()
			r.ChainID = d.ChainID.Uint64()
			r.PoP = "0x" + hex.EncodeToString(pop.Bytes())
			r.PoPEIP2537 = "0x" + hex.EncodeToString(pe[:])
		} else {
			r.PoPHint = "the proof of possession binds the contract: run `whitepay keeper pop --contract ADDR --chain-id ID` once the contract address is known"
		}
	}
	return r, nil
}
