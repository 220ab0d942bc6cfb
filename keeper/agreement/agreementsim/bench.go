package agreementsim

import (
	"fmt"
	"sort"
	"time"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// BenchConfig is one benchmark configuration.
type BenchConfig struct {
	Keepers   int
	Providers int
	Instances int
	Seed      int64
}

// BenchResult is the outcome of Bench; times are medians over the instances.
type BenchResult struct {
	Keepers             int     `json:"keepers"`
	Providers           int     `json:"providers"`
	Quorum              int     `json:"quorum"`
	Instances           int     `json:"instances"`
	MsPerInstance       float64 `json:"ms_per_instance"`
	CryptoFloorMs       float64 `json:"crypto_floor_ms"`
	Ratio               float64 `json:"ratio"`
	SignFloorMs         float64 `json:"sign_floor_ms"`
	AggVerifyFloorMs    float64 `json:"aggregate_verify_floor_ms"`
	MessagesPerInstance float64 `json:"messages_per_instance"`
	BytesPerInstance    float64 `json:"bytes_per_instance"`
	Rounds              string  `json:"rounds"`
}

// Bench runs the full protocol with real BLS over the in-memory network (no loss,
// one-tick delays, every keeper processed in turn on this goroutine) Instances
// times, and after each instance measures in the same process, on the same keys
// and digests, the crypto floor of SPEC 7's two signing rounds: one BLS signature
// per keeper on the observation digest and one on the report digest, plus, per
// round, one aggregate verification of q signatures at the leader (decoding the q
// received signatures, summing them and their keys, one FastAggregateVerify).
// Instance wall time covers building the nodes (keys are made once, outside),
// every round, encoding, decoding and hashing, until the chain accepted the report.
func Bench(cfg BenchConfig) (*BenchResult, error) {
	if cfg.Instances < 1 {
		cfg.Instances = 1
	}
	c, err := NewBLSCrypto(cfg.Keepers)
	if err != nil {
		return nil, err
	}
	params := benchParams
	var wall, floor, signs, aggs, msgs, bytes []float64
	q := agreement.Quorum(cfg.Keepers)
	for k := 0; k < cfg.Instances; k++ {
		t0 := time.Now()
		s, err := New(Config{
			N: cfg.Keepers, Providers: cfg.Providers, Seed: cfg.Seed + int64(k),
			Params: params, TicksPerBlock: 1 << 20, StartHeight: 102,
			MinDelay: 1, MaxDelay: 1, Crypto: c,
		})
		if err != nil {
			return nil, err
		}
		if !s.RunUntil(func() bool { return len(s.Chain.Paid) > 0 }, 10_000) {
			return nil, fmt.Errorf("agreementsim: instance %d did not complete (pay errors %v)", k, s.PayErrors)
		}
		wall = append(wall, ms(time.Since(t0)))
		msgs = append(msgs, float64(s.Messages))
		bytes = append(bytes, float64(s.Bytes))
		if s.Chain.Paid[0].Attempt != 0 {
			return nil, fmt.Errorf("agreementsim: instance %d needed attempt %d", k, s.Chain.Paid[0].Attempt)
		}

		// The crypto floor on this instance's data.
		sub := s.Submits[0]
		m, err := wire.Decode(sub.Propose)
		if err != nil {
			return nil, err
		}
		p := m.(*wire.Propose)
		obsDigest := wire.ObservationDigest(s.Domain, p.Te, p.Leader, p.ObsAttempt, p.ObsEntries(), p.Vectors[0])
		sg, ag, err := floorOnce(c, cfg.Keepers, q, obsDigest, sub.Digest)
		if err != nil {
			return nil, err
		}
		signs, aggs = append(signs, sg), append(aggs, ag)
		floor = append(floor, sg+ag)
	}
	r := &BenchResult{
		Keepers: cfg.Keepers, Providers: cfg.Providers, Quorum: q, Instances: cfg.Instances,
		MsPerInstance: median(wall), CryptoFloorMs: median(floor),
		SignFloorMs: median(signs), AggVerifyFloorMs: median(aggs),
		MessagesPerInstance: median(msgs), BytesPerInstance: median(bytes),
		Rounds: "observe, propose (median), commit",
	}
	r.Ratio = r.MsPerInstance / r.CryptoFloorMs
	return r, nil
}

// floorOnce times 2N signatures and two aggregate verifications of q signatures.
func floorOnce(c *BLSCrypto, n, q int, obsDigest, repDigest [32]byte) (signMs, aggMs float64, err error) {
	var obsSigs, repSigs [][]byte
	t0 := time.Now()
	for i := 0; i < n; i++ {
		obsSigs = append(obsSigs, c.Secret(i).Sign(obsDigest[:]).Bytes())
	}
	for i := 0; i < n; i++ {
		repSigs = append(repSigs, c.Secret(i).Sign(repDigest[:]).Bytes())
	}
	signMs = ms(time.Since(t0))
	pks := make([]*bls.PublicKey, q)
	for i := range pks {
		pks[i] = c.Secret(i).PublicKey()
	}
	t1 := time.Now()
	for _, round := range []struct {
		sigs [][]byte
		msg  [32]byte
	}{{obsSigs, obsDigest}, {repSigs, repDigest}} {
		ss := make([]*bls.Signature, q)
		for i := range ss {
			if ss[i], err = bls.SignatureFromBytes(round.sigs[i]); err != nil {
				return 0, 0, err
			}
		}
		agg, err := bls.AggregateSignatures(ss)
		if err != nil {
			return 0, 0, err
		}
		msg := round.msg // its own allocation: cgo must not see the struct's Go pointers
		if !bls.FastAggregateVerify(pks, msg[:], agg) {
			return 0, 0, fmt.Errorf("agreementsim: floor aggregate does not verify")
		}
	}
	aggMs = ms(time.Since(t1))
	return signMs, aggMs, nil
}

func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

var benchParams = schedule.Params{Start: 0, Period: 100, Finality: 2, Window: 50}
