package agreement

import (
	"fmt"
	"sync"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// BLSKeyring is a Keyring over a BLS secret key held in memory.
type BLSKeyring struct {
	sk *bls.SecretKey
	pk []byte
}

// NewBLSKeyring returns a keyring for sk.
func NewBLSKeyring(sk *bls.SecretKey) *BLSKeyring {
	return &BLSKeyring{sk: sk, pk: sk.PublicKey().Bytes()}
}

// PublicKey returns the 48-byte compressed public key.
func (k *BLSKeyring) PublicKey() []byte { return k.pk }

// Sign signs a 32-byte digest.
func (k *BLSKeyring) Sign(d [32]byte) (out [wire.SigSize]byte) {
	copy(out[:], k.sk.Sign(d[:]).Bytes())
	return out
}

// BLSVerifier is the Verifier over herumi BLS (package internal/bls). It caches
// decoded public keys (a decode with its subgroup check costs about a tenth of a
// pairing); it is safe for concurrent use.
type BLSVerifier struct {
	mu  sync.Mutex
	pks map[string]*bls.PublicKey
}

// NewBLSVerifier returns a verifier with an empty key cache.
func NewBLSVerifier() *BLSVerifier {
	return &BLSVerifier{pks: map[string]*bls.PublicKey{}}
}

func (v *BLSVerifier) key(b []byte) (*bls.PublicKey, error) {
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

// Verify checks one signature.
func (v *BLSVerifier) Verify(pkb []byte, msg [32]byte, sigb [wire.SigSize]byte) bool {
	pk, err := v.key(pkb)
	if err != nil {
		return false
	}
	sig, err := bls.SignatureFromBytes(sigb[:])
	if err != nil {
		return false
	}
	return bls.Verify(pk, msg[:], sig)
}

// aggregate decodes and sums one group's signatures and public keys.
func (v *BLSVerifier) aggregate(g SigGroup) (*bls.PublicKey, *bls.Signature, error) {
	if len(g.PKs) == 0 || len(g.PKs) != len(g.Sigs) {
		return nil, nil, fmt.Errorf("agreement: group of %d keys and %d signatures", len(g.PKs), len(g.Sigs))
	}
	pks := make([]*bls.PublicKey, len(g.PKs))
	sigs := make([]*bls.Signature, len(g.Sigs))
	for i := range g.PKs {
		pk, err := v.key(g.PKs[i])
		if err != nil {
			return nil, nil, err
		}
		s, err := bls.SignatureFromBytes(g.Sigs[i][:])
		if err != nil {
			return nil, nil, err
		}
		pks[i], sigs[i] = pk, s
	}
	apk, err := bls.AggregatePublicKeys(pks)
	if err != nil {
		return nil, nil, err
	}
	asig, err := bls.AggregateSignatures(sigs)
	if err != nil {
		return nil, nil, err
	}
	return apk, asig, nil
}

// VerifyGroups checks each group as one aggregate (FastAggregateVerify over its
// keys, which have proofs of possession) and several groups with one batched
// multi-pairing.
func (v *BLSVerifier) VerifyGroups(groups []SigGroup) bool {
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
		return bls.Verify(apks[0], msgs[0][:], asigs[0])
	}
	return bls.BatchVerify(apks, msgs, asigs)
}

// AggregateVerify sums the group's signatures, checks the sum with
// FastAggregateVerify, and returns it.
func (v *BLSVerifier) AggregateVerify(g SigGroup) (out [wire.SigSize]byte, ok bool) {
	apk, asig, err := v.aggregate(g)
	msg := g.Msg // its own allocation: cgo must not see the struct's Go pointers
	if err != nil || !bls.Verify(apk, msg[:], asig) {
		return out, false
	}
	copy(out[:], asig.Bytes())
	return out, true
}

// Aggregate sums signatures.
func (v *BLSVerifier) Aggregate(sigs [][wire.SigSize]byte) (out [wire.SigSize]byte, err error) {
	ss := make([]*bls.Signature, len(sigs))
	for i := range sigs {
		if ss[i], err = bls.SignatureFromBytes(sigs[i][:]); err != nil {
			return out, err
		}
	}
	agg, err := bls.AggregateSignatures(ss)
	if err != nil {
		return out, err
	}
	copy(out[:], agg.Bytes())
	return out, nil
}
