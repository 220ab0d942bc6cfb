package agreementsim

import (
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/blscrypto"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// Crypto provides each simulated keeper's keyring and verifier.
type Crypto interface {
	Keyring(i int) agreement.Keyring
	// Verifier returns keeper i's verifier (each keeper has its own, as each
	// keeper process does: caches are not shared).
	Verifier(i int) agreement.Verifier
	// VerifyAggregate checks an aggregate signature of pks on msg (the contract's
	// check of a submitted report).
	VerifyAggregate(pks [][]byte, msg [32]byte, agg [wire.SigSize]byte) bool
}

// BLSCrypto is real BLS (herumi): one key and one verifier per keeper.
type BLSCrypto struct {
	keys  []*bls.SecretKey
	rings []*blscrypto.Keyring
	vers  []*blscrypto.Verifier
}

// NewBLSCrypto generates n BLS keys.
func NewBLSCrypto(n int) (*BLSCrypto, error) {
	c := &BLSCrypto{}
	for range n {
		sk, err := bls.GenerateKey()
		if err != nil {
			return nil, err
		}
		v := blscrypto.NewVerifier()
		c.keys = append(c.keys, sk)
		c.vers = append(c.vers, v)
		c.rings = append(c.rings, blscrypto.NewKeyring(sk, v))
	}
	return c, nil
}

// Keyring returns keeper i's keyring.
func (c *BLSCrypto) Keyring(i int) agreement.Keyring { return c.rings[i] }

// Verifier returns keeper i's BLS verifier.
func (c *BLSCrypto) Verifier(i int) agreement.Verifier { return c.vers[i] }

// Secret returns keeper i's secret key (for benchmarks measuring the primitives).
func (c *BLSCrypto) Secret(i int) *bls.SecretKey { return c.keys[i] }

// Reset empties every keeper's verifier caches (a benchmark instance starts cold).
func (c *BLSCrypto) Reset() {
	for i, v := range c.vers {
		v.Reset()
		c.rings[i] = blscrypto.NewKeyring(c.keys[i], v)
	}
}

// VerifyAggregate is FastAggregateVerify.
func (c *BLSCrypto) VerifyAggregate(pkb [][]byte, msg [32]byte, agg [wire.SigSize]byte) bool {
	pks := make([]*bls.PublicKey, len(pkb))
	for i, b := range pkb {
		pk, err := bls.PublicKeyFromBytes(b)
		if err != nil {
			return false
		}
		pks[i] = pk
	}
	s, err := bls.SignatureFromBytes(agg[:])
	if err != nil {
		return false
	}
	return bls.FastAggregateVerify(pks, msg[:], s)
}
