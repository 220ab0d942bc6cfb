package arweave

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
)

// KeyBits is the size of an Arweave wallet's RSA modulus (the owner field is the
// 512-byte modulus).
const KeyBits = 4096

// b64 is Arweave's encoding of binary fields: base64url without padding.
var b64 = base64.RawURLEncoding

// Wallet is an Arweave wallet: an RSA key whose public modulus is the owner of the
// transactions it signs (RSA-PSS, SHA-256).
type Wallet struct {
	key *rsa.PrivateKey
}

// GenerateWallet returns a new wallet (RSA 4096, e = 65537).
func GenerateWallet() (*Wallet, error) {
	k, err := rsa.GenerateKey(rand.Reader, KeyBits)
	if err != nil {
		return nil, fmt.Errorf("arweave: generating a wallet: %w", err)
	}
	return &Wallet{key: k}, nil
}

// jwk is the JSON Web Key form of an RSA private key (RFC 7517/7518), the wallet file
// format of Arweave's tools.
type jwk struct {
	Kty string `json:"kty"`
	N   string `json:"n"`
	E   string `json:"e"`
	D   string `json:"d,omitempty"`
	P   string `json:"p,omitempty"`
	Q   string `json:"q,omitempty"`
	DP  string `json:"dp,omitempty"`
	DQ  string `json:"dq,omitempty"`
	QI  string `json:"qi,omitempty"`
}

func b64int(s, name string) (*big.Int, error) {
	b, err := b64.DecodeString(s)
	if err != nil || len(b) == 0 {
		return nil, fmt.Errorf("arweave: wallet key field %q is not base64url", name)
	}
	return new(big.Int).SetBytes(b), nil
}

// ParseWallet reads a JWK wallet (the JSON that arweave-js wallets.generate returns).
func ParseWallet(b []byte) (*Wallet, error) {
	var j jwk
	if err := json.Unmarshal(b, &j); err != nil {
		return nil, fmt.Errorf("arweave: wallet is not JSON: %w", err)
	}
	if j.Kty != "RSA" {
		return nil, fmt.Errorf("arweave: wallet key type %q, want RSA", j.Kty)
	}
	vals := make([]*big.Int, 5)
	for i, f := range [][2]string{{j.N, "n"}, {j.E, "e"}, {j.D, "d"}, {j.P, "p"}, {j.Q, "q"}} {
		v, err := b64int(f[0], f[1])
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	n, e, d, p, q := vals[0], vals[1], vals[2], vals[3], vals[4]
	if !e.IsInt64() || e.Int64() > 1<<31-1 {
		return nil, errors.New("arweave: wallet public exponent out of range")
	}
	k := &rsa.PrivateKey{
		PublicKey: rsa.PublicKey{N: n, E: int(e.Int64())},
		D:         d,
		Primes:    []*big.Int{p, q},
	}
	if err := k.Validate(); err != nil {
		return nil, fmt.Errorf("arweave: invalid wallet key: %w", err)
	}
	k.Precompute()
	if k.N.BitLen() != KeyBits {
		return nil, fmt.Errorf("arweave: wallet modulus of %d bits, Arweave wants %d", k.N.BitLen(), KeyBits)
	}
	return &Wallet{key: k}, nil
}

// LoadWallet reads a JWK wallet file.
func LoadWallet(path string) (*Wallet, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("arweave: wallet: %w", err)
	}
	return ParseWallet(b)
}

// JWK returns the wallet as a JWK (private: keep it secret).
func (w *Wallet) JWK() []byte {
	k := w.key
	enc := func(x *big.Int) string { return b64.EncodeToString(x.Bytes()) }
	j := jwk{
		Kty: "RSA", N: enc(k.N), E: enc(big.NewInt(int64(k.E))), D: enc(k.D),
		P: enc(k.Primes[0]), Q: enc(k.Primes[1]),
		DP: enc(k.Precomputed.Dp), DQ: enc(k.Precomputed.Dq), QI: enc(k.Precomputed.Qinv),
	}
	b, _ := json.Marshal(j)
	return b
}

// Owner returns the owner field of the wallet's transactions: the modulus, big-endian.
func (w *Wallet) Owner() []byte { return w.key.N.FillBytes(make([]byte, KeyBits/8)) }

// Address returns the wallet's address: base64url(SHA-256(owner)).
func (w *Wallet) Address() string { return OwnerAddress(w.Owner()) }

// OwnerAddress returns the address of an owner (modulus).
func OwnerAddress(owner []byte) string {
	h := sha256.Sum256(owner)
	return b64.EncodeToString(h[:])
}

// sign returns the RSA-PSS (SHA-256, maximal salt, as arweave-js signs) signature of msg.
func (w *Wallet) sign(msg []byte) ([]byte, error) {
	h := sha256.Sum256(msg)
	return rsa.SignPSS(rand.Reader, w.key, crypto.SHA256, h[:], &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthAuto})
}

// verifySig checks an RSA-PSS (SHA-256, any salt length) signature by owner of msg.
func verifySig(owner, msg, sig []byte) error {
	if len(owner) == 0 {
		return errors.New("arweave: no owner")
	}
	pub := &rsa.PublicKey{N: new(big.Int).SetBytes(owner), E: 65537}
	h := sha256.Sum256(msg)
	return rsa.VerifyPSS(pub, crypto.SHA256, h[:], sig, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthAuto})
}
