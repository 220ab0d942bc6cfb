package agreementsim

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// FastCrypto is an INSECURE stand-in for BLS that costs a hash per signature, so
// that simulations can run hundreds of seeded schedules quickly. A signature is
// keccak256(secret ‖ msg) in the first 32 bytes (the rest zero), an aggregate is
// the sum of signatures mod 2^256, and verification recomputes from the secret the
// verifier looks up by public key. Keepers can only sign as themselves through
// their Keyring, which is all the simulated Byzantine behaviours use; it models
// unforgeability without its cost. Never use it outside simulations.
type FastCrypto struct {
	secrets map[string][]byte // by public key
	pks     [][]byte
}

// NewFastCrypto makes n keepers' fake keys (deterministic per seed).
func NewFastCrypto(n int, seed int64) *FastCrypto {
	c := &FastCrypto{secrets: map[string][]byte{}}
	for i := range n {
		var b [16]byte
		binary.BigEndian.PutUint64(b[:8], uint64(seed))
		binary.BigEndian.PutUint64(b[8:], uint64(i))
		secret := crypto.Keccak256(b[:], []byte("secret"))
		pk := crypto.Keccak256(secret, []byte("public"))
		pk = append(pk, make([]byte, 16)...) // 48 bytes like a compressed G1 key
		c.secrets[string(pk)] = secret
		c.pks = append(c.pks, pk)
	}
	return c
}

func fakeSign(secret []byte, msg [32]byte) (s [wire.SigSize]byte) {
	copy(s[:32], crypto.Keccak256(secret, msg[:]))
	return s
}

type fastKeyring struct {
	pk, secret []byte
}

func (k fastKeyring) PublicKey() []byte                  { return k.pk }
func (k fastKeyring) Sign(d [32]byte) [wire.SigSize]byte { return fakeSign(k.secret, d) }
func (c *FastCrypto) Keyring(i int) agreement.Keyring {
	return fastKeyring{c.pks[i], c.secrets[string(c.pks[i])]}
}
func (c *FastCrypto) Verifier(int) agreement.Verifier { return fastVerifier{c} }
func (c *FastCrypto) sum(sigs [][wire.SigSize]byte) [wire.SigSize]byte {
	acc := new(big.Int)
	for _, s := range sigs {
		acc.Add(acc, new(big.Int).SetBytes(s[:32]))
	}
	acc.Mod(acc, new(big.Int).Lsh(big.NewInt(1), 256))
	var out [wire.SigSize]byte
	acc.FillBytes(out[:32])
	return out
}

// VerifyAggregate checks that agg is the sum of the pks' signatures on msg.
func (c *FastCrypto) VerifyAggregate(pks [][]byte, msg [32]byte, agg [wire.SigSize]byte) bool {
	sigs := make([][wire.SigSize]byte, len(pks))
	for i, pk := range pks {
		secret, ok := c.secrets[string(pk)]
		if !ok {
			return false
		}
		sigs[i] = fakeSign(secret, msg)
	}
	return len(pks) > 0 && c.sum(sigs) == agg
}

type fastVerifier struct{ c *FastCrypto }

func (v fastVerifier) Verify(pk []byte, msg [32]byte, sig [wire.SigSize]byte) bool {
	secret, ok := v.c.secrets[string(pk)]
	return ok && fakeSign(secret, msg) == sig
}

func (v fastVerifier) VerifyGroups(groups []agreement.SigGroup) bool {
	if len(groups) == 0 {
		return false
	}
	for _, g := range groups {
		if g.Agg != nil {
			if len(g.Sigs) != 0 || !v.c.VerifyAggregate(g.PKs, g.Msg, *g.Agg) {
				return false
			}
			continue
		}
		if len(g.PKs) == 0 || len(g.PKs) != len(g.Sigs) {
			return false
		}
		for i := range g.PKs {
			if !v.Verify(g.PKs[i], g.Msg, g.Sigs[i]) {
				return false
			}
		}
	}
	return true
}

func (v fastVerifier) AggregateVerify(g agreement.SigGroup) ([wire.SigSize]byte, bool) {
	if !v.VerifyGroups([]agreement.SigGroup{g}) {
		return [wire.SigSize]byte{}, false
	}
	return v.c.sum(g.Sigs), true
}

func (v fastVerifier) Aggregate(sigs [][wire.SigSize]byte) ([wire.SigSize]byte, error) {
	return v.c.sum(sigs), nil
}
