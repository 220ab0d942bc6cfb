// Package blscrypto is the BLS arithmetic of the agreement (SPEC 5): the Keyring and
// Verifier of package keeper/agreement over herumi BLS (internal/bls). It is its own
// package so that the core needs no cryptographic library, only these interfaces
// (and stays free of the key files internal/bls also reads).
package blscrypto

import (
	"fmt"
	"sync"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// Keyring is agreement.Keyring over a BLS secret key held in memory. It signs through
// its verifier's cache of hashed messages (when given one), so that a keeper that
// signs a digest and later verifies others' signatures on it hashes it once.
type Keyring struct {
	sk *bls.SecretKey
	pk []byte
	v  *Verifier
}

// NewKeyring returns a keyring for sk sharing v's hashed messages (v may be nil).
func NewKeyring(sk *bls.SecretKey, v *Verifier) *Keyring {
	return &Keyring{sk: sk, pk: sk.PublicKey().Bytes(), v: v}
}

// PublicKey returns the 48-byte compressed public key.
func (k *Keyring) PublicKey() []byte { return k.pk }

// Sign signs a 32-byte digest.
func (k *Keyring) Sign(d [32]byte) (out [wire.SigSize]byte) {
	var s *bls.Signature
	if h := k.v.hashed(d); h != nil {
		s = k.sk.SignHashed(h)
	} else {
		s = k.sk.Sign(d[:])
	}
	copy(out[:], s.Bytes())
	return out
}

// Verifier is agreement.Verifier over herumi BLS (package internal/bls). It caches
// decoded public keys (a decode with its subgroup check costs about a tenth of a
// pairing) and the last digests hashed to G2 (a third of a pairing each: an
// observation or report digest is hashed once per keeper, for its signature and
// its checks). It is safe for concurrent use.
type Verifier struct {
	mu     sync.Mutex
	pks    map[string]*bls.PublicKey
	hashes map[[32]byte]*bls.Hashed
}

// NewVerifier returns a verifier with empty caches.
func NewVerifier() *Verifier {
	return &Verifier{pks: map[string]*bls.PublicKey{}, hashes: map[[32]byte]*bls.Hashed{}}
}

// Reset empties the caches.
func (v *Verifier) Reset() {
	v.mu.Lock()
	defer v.mu.Unlock()
	clear(v.pks)
	clear(v.hashes)
}

// maxHashes bounds the hashed digests kept (a few instances' worth: an instance
// signs two digests per keeper).
const maxHashes = 64

// hashed returns d hashed to G2, from the cache when it is there (nil verifier:
// nil, the caller hashes).
func (v *Verifier) hashed(d [32]byte) *bls.Hashed {
	if v == nil {
		return nil
	}
	v.mu.Lock()
	h, ok := v.hashes[d]
	v.mu.Unlock()
	if ok {
		return h
	}
	msg := d // its own allocation: cgo must not see a Go pointer to a caller's struct
	h = bls.HashMessage(msg[:])
	if h == nil {
		return nil
	}
	v.mu.Lock()
	if len(v.hashes) >= maxHashes {
		clear(v.hashes)
	}
	v.hashes[d] = h
	v.mu.Unlock()
	return h
}

func (v *Verifier) key(b []byte) (*bls.PublicKey, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if pk, ok := v.pks[string(b)]; ok {
		return pk, nil
	}
	pk, err := bls.PublicKeyFromBytes(b)
	if err != nil {
		return nil, err
	}
	if len(v.pks) > 4*wire.MaxKeepers { // keys of past keeper sets: start over
		clear(v.pks)
	}
	v.pks[string(b)] = pk
	return pk, nil
}

// verify checks sig against pk (a key, or an aggregate of keys with proofs of
// possession) on msg.
func (v *Verifier) verify(pk *bls.PublicKey, msg [32]byte, sig *bls.Signature) bool {
	if h := v.hashed(msg); h != nil {
		return bls.VerifyHashed(pk, h, sig)
	}
	m := msg
	return bls.Verify(pk, m[:], sig)
}

// Verify checks one signature.
func (v *Verifier) Verify(pkb []byte, msg [32]byte, sigb [wire.SigSize]byte) bool {
	pk, err := v.key(pkb)
	if err != nil {
		return false
	}
	sig, err := bls.SignatureFromBytes(sigb[:])
	if err != nil {
		return false
	}
	return v.verify(pk, msg, sig)
}

// aggregate sums one group's public keys and takes its aggregate signature: its
// Agg (decoded with every check), or the sum of its signatures as the IETF draft's
// Aggregate does (bls.AggregateSignatureBytes: the sum, not each signature, is
// checked for the subgroup), so a group verifies exactly when FastAggregateVerify
// of its aggregate does.
func (v *Verifier) aggregate(g agreement.SigGroup) (*bls.PublicKey, *bls.Signature, error) {
	if len(g.PKs) == 0 || (g.Agg == nil && len(g.PKs) != len(g.Sigs)) || (g.Agg != nil && len(g.Sigs) != 0) {
		return nil, nil, fmt.Errorf("blscrypto: group of %d keys and %d signatures", len(g.PKs), len(g.Sigs))
	}
	pks := make([]*bls.PublicKey, len(g.PKs))
	for i := range g.PKs {
		pk, err := v.key(g.PKs[i])
		if err != nil {
			return nil, nil, err
		}
		pks[i] = pk
	}
	apk, err := bls.AggregatePublicKeys(pks)
	if err != nil {
		return nil, nil, err
	}
	if g.Agg != nil {
		asig, err := bls.SignatureFromBytes(g.Agg[:])
		return apk, asig, err
	}
	raw := make([][]byte, len(g.Sigs))
	for i := range g.Sigs {
		raw[i] = g.Sigs[i][:]
	}
	asig, err := bls.AggregateSignatureBytes(raw)
	if err != nil {
		return nil, nil, err
	}
	return apk, asig, nil
}

// VerifyGroups checks each group as one aggregate (FastAggregateVerify over its
// keys, which have proofs of possession): one group with one pairing check (its
// digest hashed once per verifier), several with one batched multi-pairing.
func (v *Verifier) VerifyGroups(groups []agreement.SigGroup) bool {
	if len(groups) == 0 {
		return false
	}
	apks := make([]*bls.PublicKey, len(groups))
	asigs := make([]*bls.Signature, len(groups))
	msgs := make([][bls.MessageSize]byte, len(groups))
	for i, g := range groups {
		apk, asig, err := v.aggregate(g)
		if err != nil {
			return false
		}
		apks[i], asigs[i], msgs[i] = apk, asig, g.Msg
	}
	if len(groups) == 1 {
		return v.verify(apks[0], groups[0].Msg, asigs[0])
	}
	return bls.BatchVerify(apks, msgs, asigs) // checks every triple (internal/bls batch.go)
}

// AggregateVerify sums the group's signatures, checks the sum with
// FastAggregateVerify, and returns it.
func (v *Verifier) AggregateVerify(g agreement.SigGroup) (out [wire.SigSize]byte, ok bool) {
	apk, asig, err := v.aggregate(g)
	if err != nil || !v.verify(apk, g.Msg, asig) {
		return out, false
	}
	copy(out[:], asig.Bytes())
	return out, true
}

// Aggregate sums signatures (bls.AggregateSignatureBytes).
func (v *Verifier) Aggregate(sigs [][wire.SigSize]byte) (out [wire.SigSize]byte, err error) {
	raw := make([][]byte, len(sigs))
	for i := range sigs {
		raw[i] = sigs[i][:]
	}
	agg, err := bls.AggregateSignatureBytes(raw)
	if err != nil {
		return out, err
	}
	copy(out[:], agg.Bytes())
	return out, nil
}

var (
	_ agreement.Keyring  = (*Keyring)(nil)
	_ agreement.Verifier = (*Verifier)(nil)
)
