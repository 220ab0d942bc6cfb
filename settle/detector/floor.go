package detector

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/settle"
)

// FloorShape is the signature work of a ledger, per settlement and per batch.
type FloorShape struct {
	SigsPerSettlement int // secp256k1 record signatures verified per settlement
	EntriesPerBatch   int // settlements per batch
	Observations      int // BLS observation signatures per batch (q); one aggregate more
	Workers           int // the detector's record workers
}

// SigFloor measures the signature-verification floor of a ledger of shape s: the
// settlements per second this machine reaches now doing nothing but the signature
// checks the detector cannot skip — per batch, EntriesPerBatch × SigsPerSettlement
// secp256k1 recoveries (settle.CheckSig, the detector's own check) spread over
// Workers goroutines, then one randomised BLS batch verification of the q
// observation signatures and the aggregate signature, decoded from bytes with their
// subgroup checks — for about budget of wall time (at least one batch). Run beside
// a replay in the same process, the ratio replay rate / floor says how close the
// detector is to the cost of its signatures, whatever the machine's load.
func SigFloor(ctx context.Context, s FloorShape, budget time.Duration) (float64, error) {
	if s.Workers <= 0 || s.EntriesPerBatch <= 0 || s.SigsPerSettlement < 0 || s.Observations <= 0 {
		return 0, fmt.Errorf("detector: floor shape %+v", s)
	}
	// secp256k1: 64 distinct signed hashes, reused.
	key, err := crypto.GenerateKey()
	if err != nil {
		return 0, err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	type signed struct {
		hash [32]byte
		sig  []byte
	}
	var pool [64]signed
	for i := range pool {
		pool[i].hash = crypto.Keccak256Hash([]byte{byte(i), 'f', 'l', 'o', 'o', 'r'})
		if pool[i].sig, err = crypto.Sign(pool[i].hash[:], key); err != nil {
			return 0, err
		}
	}
	// BLS: q keepers sign one observation digest, and the report digest's aggregate.
	var pks []*bls.PublicKey
	var obsSigs [][]byte
	obs := crypto.Keccak256Hash([]byte("floor observation"))
	rep := crypto.Keccak256Hash([]byte("floor report"))
	var repSigs []*bls.Signature
	for range s.Observations {
		sk, err := bls.GenerateKey()
		if err != nil {
			return 0, err
		}
		pks = append(pks, sk.PublicKey())
		obsSigs = append(obsSigs, sk.Sign(obs[:]).Bytes())
		repSigs = append(repSigs, sk.Sign(rep[:]))
	}
	agg, err := bls.AggregateSignatures(repSigs)
	if err != nil {
		return 0, err
	}
	aggBytes := agg.Bytes()

	perBatch := s.EntriesPerBatch * s.SigsPerSettlement
	var failed atomic.Bool
	batch := func() {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range s.Workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1)) - 1
					if i >= perBatch {
						return
					}
					p := &pool[i%len(pool)]
					if settle.CheckSig(p.hash, p.sig, addr) != nil {
						failed.Store(true)
					}
				}
			}()
		}
		wg.Wait()
		var sigs []*bls.Signature
		var msgs [][32]byte
		for _, b := range obsSigs {
			sig, err := bls.SignatureFromBytes(append([]byte(nil), b...))
			if err != nil {
				failed.Store(true)
				return
			}
			sigs = append(sigs, sig)
			msgs = append(msgs, obs)
		}
		a, err := bls.SignatureFromBytes(append([]byte(nil), aggBytes...))
		if err != nil {
			failed.Store(true)
			return
		}
		aggPK, err := bls.AggregatePublicKeys(pks)
		if err != nil {
			failed.Store(true)
			return
		}
		if !bls.BatchVerify(append(append([]*bls.PublicKey(nil), pks...), aggPK), append(msgs, rep), append(sigs, a)) {
			failed.Store(true)
		}
	}
	t0 := time.Now()
	batches := 0
	for batches == 0 || time.Since(t0) < budget {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		batch()
		batches++
	}
	wall := time.Since(t0)
	if failed.Load() {
		return 0, fmt.Errorf("detector: a floor signature did not verify")
	}
	return float64(batches*s.EntriesPerBatch) / wall.Seconds(), nil
}
