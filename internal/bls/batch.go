package bls

import (
	"crypto/rand"
	"encoding/binary"
	"runtime"
	"sync"

	herumi "github.com/herumi/bls-eth-go-binary/bls"
)

// Batch verification (SPEC 8.1 "Keys": check every triple).
//
// This is our own random-linear-combination check, built from herumi's curve
// primitives, not herumi's MultiVerify: v1.37.0's MultiVerify splits a batch of
// 17 ≤ n < 16·min(NumCPU, 32) triples into whole 16-blocks, one per thread, and
// stops when it runs out of blocks, so the last n mod 16 triples are never checked
// (bls/eth.go, the `m == 0` break); it also converts uintptrs back to pointers,
// which the race detector's checkptr rejects. Ours is one code path in every build,
// race builds included, and covers every triple by construction:
//
//	for independent uniformly random non-zero 64-bit r_i,
//	Π_i e(r_i·pk_i, H(m_i)) · e(−g1, Σ_i r_i·sig_i) == 1
//
// If some triple is invalid the check passes with probability at most 2^-64 over
// the choice of the r_i (drawn from crypto/rand on every call, never reused). The
// work is split into contiguous chunks, one goroutine each (up to GOMAXPROCS); each
// chunk contributes a Miller-loop product and a partial signature sum; one final
// exponentiation decides. Every triple is in exactly one chunk (chunkBounds), which
// TestBatchVerifyForgeEveryPosition checks by forging each position of every batch
// size from 1 to 64.

// batchChunk is the smallest number of work items (distinct messages, or
// signatures) worth a goroutine of its own.
const batchChunk = 8

// chunkBounds splits n items into k contiguous ranges covering [0, n) exactly once
// (1 ≤ k ≤ n): range i is [bounds[i], bounds[i+1]).
func chunkBounds(n, k int) []int {
	bounds := make([]int, k+1)
	for i := range k + 1 {
		bounds[i] = i * n / k
	}
	return bounds
}

// batchPart is one worker's contribution: the product of the Miller loops of its
// messages and the sum of its randomised signatures.
type batchPart struct {
	ml  herumi.GT
	sig herumi.G2
	ok  bool
}

// batchVerify checks Π_m e(Σ_{i: m_i = m} r_i·pk_i, H(m)) · e(−g1, Σ_i r_i·sig_i) == 1:
// triples on one message share its hash and its Miller loop (the detector checks
// many observations of one vector; this is the same equation, grouped).
func batchVerify(pks []*PublicKey, msgs [][MessageSize]byte, sigs []*Signature) bool {
	n := len(sigs)
	// The random scalars, all drawn before any work starts.
	var rbuf [8]byte
	rs := make([]herumi.Fr, n)
	for i := range n {
		for {
			if _, err := rand.Read(rbuf[:]); err != nil {
				return false
			}
			if binary.LittleEndian.Uint64(rbuf[:]) != 0 {
				break
			}
		}
		if err := rs[i].SetLittleEndian(rbuf[:]); err != nil {
			return false
		}
	}
	// Group the indices by message, in order of first appearance: every index lands
	// in exactly one group.
	groups := make([][]int, 0, n)
	byMsg := make(map[[MessageSize]byte]int, n)
	for i := range n {
		g, ok := byMsg[msgs[i]]
		if !ok {
			g = len(groups)
			byMsg[msgs[i]] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	k := max(1, min(runtime.GOMAXPROCS(0), (n+batchChunk-1)/batchChunk, len(groups)))
	gb := chunkBounds(len(groups), k)
	sb := chunkBounds(n, k)
	parts := make([]batchPart, k)
	var wg sync.WaitGroup
	for c := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[c] = batchWork(pks, msgs, sigs, rs, groups[gb[c]:gb[c+1]], sb[c], sb[c+1])
		}()
	}
	wg.Wait()

	var e herumi.GT
	var s herumi.G2
	for c := range k {
		if !parts[c].ok {
			return false
		}
		if c == 0 {
			e, s = parts[c].ml, parts[c].sig
			continue
		}
		herumi.GTMul(&e, &e, &parts[c].ml)
		herumi.G2Add(&s, &s, &parts[c].sig)
	}
	// × e(−g1, Σ r_i·sig_i), then one final exponentiation.
	var gpk herumi.PublicKey
	herumi.GetGeneratorOfPublicKey(&gpk)
	var negG1 herumi.G1
	herumi.G1Neg(&negG1, herumi.CastFromPublicKey(&gpk))
	var last herumi.GT
	herumi.MillerLoop(&last, &negG1, &s)
	herumi.GTMul(&e, &e, &last)
	herumi.FinalExp(&e, &e)
	return e.IsOne()
}

// batchWork computes, for its message groups, Π e(Σ r_i·pk_i, H(m)) (Miller loops
// only) and, for the signatures [lo, hi), Σ r_i·sig_i.
func batchWork(pks []*PublicKey, msgs [][MessageSize]byte, sigs []*Signature, rs []herumi.Fr, groups [][]int, lo, hi int) batchPart {
	var out batchPart
	ps := make([]herumi.G1, len(groups))
	hs := make([]herumi.G2, len(groups))
	for j, g := range groups {
		msg := msgs[g[0]] // a copy of its own: cgo must not see the slice's backing array
		h := herumi.HashAndMapToSignature(msg[:])
		if h == nil {
			return out
		}
		hs[j] = *herumi.CastFromSign(h)
		keys := make([]herumi.G1, len(g))
		scalars := make([]herumi.Fr, len(g))
		for t, i := range g {
			keys[t] = *herumi.CastFromPublicKey(&pks[i].p)
			scalars[t] = rs[i]
		}
		herumi.G1MulVec(&ps[j], keys, scalars)
	}
	if len(groups) > 0 {
		herumi.MillerLoopVec(&out.ml, ps, hs)
	} else {
		out.ml.SetInt64(1)
	}
	ss := make([]herumi.G2, hi-lo)
	for j := range ss {
		ss[j] = *herumi.CastFromSign(&sigs[lo+j].s)
	}
	herumi.G2MulVec(&out.sig, ss, rs[lo:hi])
	out.ok = true
	return out
}
