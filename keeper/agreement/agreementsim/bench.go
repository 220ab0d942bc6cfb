package agreementsim

import (
	"fmt"
	"runtime"
	"sort"
	"syscall"
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

// BenchResult is the outcome of Bench: medians over the instances (ratios are the
// median of each instance's ratio to the floor measured right after it).
type BenchResult struct {
	Keepers             int     `json:"keepers"`
	Providers           int     `json:"providers"`
	Quorum              int     `json:"quorum"`
	Instances           int     `json:"instances"`
	MsPerInstance       float64 `json:"ms_per_instance"`
	CryptoFloorMs       float64 `json:"crypto_floor_ms"`
	Ratio               float64 `json:"ratio"`
	MinMsPerInstance    float64 `json:"min_ms_per_instance"`
	MinCryptoFloorMs    float64 `json:"min_crypto_floor_ms"`
	CPUMsPerInstance    float64 `json:"cpu_ms_per_instance"`
	CPUCryptoFloorMs    float64 `json:"cpu_crypto_floor_ms"`
	CPURatio            float64 `json:"cpu_ratio"`
	SignFloorMs         float64 `json:"sign_floor_ms"`
	AggVerifyFloorMs    float64 `json:"aggregate_verify_floor_ms"`
	MessagesPerInstance float64 `json:"messages_per_instance"`
	BytesPerInstance    float64 `json:"bytes_per_instance"`
}

// Bench runs the full protocol with real BLS over the in-memory network (no loss,
// one-tick delays, every keeper processed in turn on this goroutine; every keeper
// has its own verifier and checks the observations of the proposal before it locks
// it; lock writes and jobs are answered a tick later) Instances times, after one
// untimed warm-up instance, and after each instance measures in
// the same process, on the same keys and digests, the crypto floor of SPEC 7's two
// signing rounds: one BLS signature per keeper on the observation digest and one on
// the report digest, plus, per round, one aggregate verification of q signatures at
// the leader (decoding the q received signatures with their subgroup checks,
// summing them, one FastAggregateVerify). An instance's wall time covers building
// the N nodes (keys are made once, outside), every round, encoding, decoding and
// hashing, until the leader emitted the report with its q-signature aggregate (the
// simulated contract then checks and pays it, untimed: that work is on chain). CPU times are the process's user+system time over the same
// spans (robust to other processes on a shared machine).
func Bench(cfg BenchConfig) (*BenchResult, error) {
	if cfg.Instances < 1 {
		cfg.Instances = 1
	}
	c, err := NewBLSCrypto(cfg.Keepers)
	if err != nil {
		return nil, err
	}
	var wall, floor, cpu, cpuFloor, ratio, cpuRatio, signs, aggs, msgs, bytes []float64
	q := agreement.Quorum(cfg.Keepers)
	for k := -1; k < cfg.Instances; k++ {
		runtime.GC()
		c0, t0 := cpuTime(), time.Now()
		s, err := New(Config{
			N: cfg.Keepers, Providers: cfg.Providers, Seed: cfg.Seed + int64(k),
			Params: benchParams, TicksPerBlock: 1 << 20, StartHeight: benchParams.Period + benchParams.Finality,
			MinDelay: 1, MaxDelay: 1, Crypto: c,
		})
		if err != nil {
			return nil, err
		}
		if !s.RunUntil(func() bool { return len(s.Submits) > 0 }, 10_000) {
			return nil, fmt.Errorf("agreementsim: instance %d produced no report", k)
		}
		w, cw := ms(time.Since(t0)), cpuTime()-c0
		s.Step() // the simulated contract checks and pays the report (untimed)
		if len(s.Chain.Paid) == 0 {
			return nil, fmt.Errorf("agreementsim: instance %d: report refused: %v", k, s.PayErrors)
		}
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
		runtime.GC()
		c1 := cpuTime()
		sg, ag, err := floorOnce(c, cfg.Keepers, q, obsDigest, sub.Digest)
		if err != nil {
			return nil, err
		}
		cf := cpuTime() - c1
		if k < 0 {
			continue // warm-up
		}
		wall, cpu = append(wall, w), append(cpu, cw)
		floor, cpuFloor = append(floor, sg+ag), append(cpuFloor, cf)
		ratio, cpuRatio = append(ratio, w/(sg+ag)), append(cpuRatio, cw/cf)
		signs, aggs = append(signs, sg), append(aggs, ag)
		msgs = append(msgs, float64(s.Messages))
		bytes = append(bytes, float64(s.Bytes))
	}
	return &BenchResult{
		Keepers: cfg.Keepers, Providers: cfg.Providers, Quorum: q, Instances: cfg.Instances,
		MsPerInstance: median(wall), CryptoFloorMs: median(floor), Ratio: median(ratio),
		MinMsPerInstance: minimum(wall), MinCryptoFloorMs: minimum(floor),
		CPUMsPerInstance: median(cpu), CPUCryptoFloorMs: median(cpuFloor), CPURatio: median(cpuRatio),
		SignFloorMs: median(signs), AggVerifyFloorMs: median(aggs),
		MessagesPerInstance: median(msgs), BytesPerInstance: median(bytes),
	}, nil
}

// cpuTime returns the process's user+system CPU time in milliseconds.
func cpuTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e6
}

func minimum(xs []float64) float64 {
	m := 0.0
	for i, x := range xs {
		if i == 0 || x < m {
			m = x
		}
	}
	return m
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
