package challenge

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

var (
	// ErrInterval is returned for an integration interval with te < ts.
	ErrInterval = errors.New("challenge: interval end before its start")
	// ErrConflictingSamples is returned when two samples share (height, keeper)
	// but not their space: the integral would depend on their input order.
	ErrConflictingSamples = errors.New("challenge: conflicting samples")
	// ErrBadSample is returned for a sample with a missing or negative space, or a
	// malformed sample line.
	ErrBadSample = errors.New("challenge: bad sample")
	// ErrUnknownKeeper is returned for a record signed by a keeper that has no
	// index.
	ErrUnknownKeeper = errors.New("challenge: unknown keeper")
)

// Sample is one proven-space observation (SPEC 4): at block Height the keeper with
// index Keeper measured Space bytes.
type Sample struct {
	Height uint64
	Keeper uint64
	Space  *big.Int
}

func compareSamples(a, b Sample) int {
	if c := cmp.Compare(a.Height, b.Height); c != 0 {
		return c
	}
	return cmp.Compare(a.Keeper, b.Keeper)
}

// SpaceTime returns the space-time of SPEC 4 over [ts, te) with stale span G, in
// byte·blocks, exactly:
//
//	sort the samples by (height, keeper index);
//	sample j counts on [t_j, min(t_{j+1}, t_j + G)) (no upper neighbour: t_j + G);
//	st = Σ_j s_j × |[t_j, min(t_{j+1}, t_j+G)) ∩ [ts, te)|.
//
// Samples before ts carry into the interval within their span; samples at or after
// te contribute nothing (but still end the span of the sample before them, which
// changes nothing inside [ts, te)). Several samples at one height: each one but the
// last (highest keeper index) has an empty span, so the last one counts. Two samples
// with the same (height, keeper) are the same observation if their spaces are equal
// (counted once) and ErrConflictingSamples otherwise, so that the result never
// depends on the order in which records arrived. t_j + G saturates at 2^64−1, which
// is harmless because te ≤ 2^64−1. te == ts gives 0; te < ts gives ErrInterval. The
// input slice is not modified.
//
// Because every span is fixed by the samples alone, the integral is additive:
// st[a,c) = st[a,b) + st[b,c) for a ≤ b ≤ c.
func SpaceTime(samples []Sample, ts, te, stale uint64) (*big.Int, error) {
	return spaceTime(samples, ts, te, stale, true)
}

// SpaceTimeStable is SpaceTime for samples whose input order means something (the
// lines of a samples file): the sort by (height, keeper) is stable, so of several
// samples with the same (height, keeper) the last one in input order counts and the
// others get empty spans — SPEC 4's sort applied literally. Use SpaceTime for
// records, where arrival order must not matter.
func SpaceTimeStable(samples []Sample, ts, te, stale uint64) (*big.Int, error) {
	return spaceTime(samples, ts, te, stale, false)
}

func spaceTime(samples []Sample, ts, te, stale uint64, strict bool) (*big.Int, error) {
	if te < ts {
		return nil, fmt.Errorf("%w: ts=%d te=%d", ErrInterval, ts, te)
	}
	for i := range samples {
		if samples[i].Space == nil || samples[i].Space.Sign() < 0 {
			return nil, fmt.Errorf("%w: sample at height %d keeper %d has no non-negative space", ErrBadSample, samples[i].Height, samples[i].Keeper)
		}
	}
	sorted := slices.Clone(samples)
	slices.SortStableFunc(sorted, compareSamples)
	if strict {
		for j := 1; j < len(sorted); j++ {
			if compareSamples(sorted[j-1], sorted[j]) == 0 && sorted[j-1].Space.Cmp(sorted[j].Space) != 0 {
				return nil, fmt.Errorf("%w: height %d keeper %d has spaces %s and %s", ErrConflictingSamples,
					sorted[j].Height, sorted[j].Keeper, sorted[j-1].Space, sorted[j].Space)
			}
		}
	}
	st := new(big.Int)
	var span, term big.Int
	for j, s := range sorted {
		end := s.Height + stale
		if end < s.Height { // overflow: saturate
			end = math.MaxUint64
		}
		if j+1 < len(sorted) {
			end = min(end, sorted[j+1].Height)
		}
		lo, hi := max(s.Height, ts), min(end, te)
		if hi <= lo || s.Space.Sign() == 0 {
			continue
		}
		span.SetUint64(hi - lo)
		st.Add(st, term.Mul(s.Space, &span))
	}
	return st, nil
}

// RecordSamples turns the challenge records of provider into samples, numbering
// keepers through keeperIndex (registration indices, SPEC 8). Records of other
// providers are skipped; a record whose keeper has no index gives ErrUnknownKeeper.
// The records are taken as they are: verify them first (ChalRecord.Verify).
func RecordSamples(records []*ChalRecord, provider common.Address, keeperIndex map[common.Address]uint32) ([]Sample, error) {
	out := make([]Sample, 0, len(records))
	for _, r := range records {
		if r.Provider != provider {
			continue
		}
		k, ok := keeperIndex[r.Keeper]
		if !ok {
			return nil, fmt.Errorf("%w: %s", ErrUnknownKeeper, r.Keeper)
		}
		space := r.Space
		if space == nil {
			space = new(big.Int)
		}
		out = append(out, Sample{Height: r.Height, Keeper: uint64(k), Space: space})
	}
	return out, nil
}

// RecordsSpaceTime is SpaceTime over the samples of RecordSamples.
func RecordsSpaceTime(records []*ChalRecord, provider common.Address, keeperIndex map[common.Address]uint32, ts, te, stale uint64) (*big.Int, error) {
	samples, err := RecordSamples(records, provider, keeperIndex)
	if err != nil {
		return nil, err
	}
	return SpaceTime(samples, ts, te, stale)
}

// maxSampleLine bounds one line of a samples file.
const maxSampleLine = 1 << 20

// ParseSamples reads the samples file format of `whitepay spacetime`: one sample per
// line, "height,keeper,space", decimal integers (digits only; space may have any
// number of digits). Spaces and tabs around the line and around each field are
// allowed, as are blank lines, lines whose first non-blank character is '#', and
// CRLF line ends. Anything else is an error wrapping ErrBadSample that names the line
// number (from 1) and its content.
func ParseSamples(r io.Reader) ([]Sample, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxSampleLine)
	var out []Sample
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Text()
		text := strings.Trim(strings.TrimSuffix(raw, "\r"), " \t")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		s, err := parseSampleLine(text)
		if err != nil {
			return nil, fmt.Errorf("%w: line %d %q: %v", ErrBadSample, line, raw, err)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("%w: line %d: longer than %d bytes", ErrBadSample, line+1, maxSampleLine)
		}
		return nil, fmt.Errorf("challenge: reading samples: %w", err)
	}
	return out, nil
}

func parseSampleLine(text string) (Sample, error) {
	fields := strings.Split(text, ",")
	if len(fields) != 3 {
		return Sample{}, fmt.Errorf("want 3 comma-separated fields height,keeper,space, got %d", len(fields))
	}
	names := [3]string{"height", "keeper", "space"}
	var vals [3]*big.Int
	for i, f := range fields {
		f = strings.Trim(f, " \t")
		v, err := ParseDecimal(f)
		if err != nil {
			return Sample{}, fmt.Errorf("%s: %v", names[i], err)
		}
		vals[i] = v
	}
	if !vals[0].IsUint64() {
		return Sample{}, fmt.Errorf("height %s does not fit in 64 bits", vals[0])
	}
	if !vals[1].IsUint64() {
		return Sample{}, fmt.Errorf("keeper %s does not fit in 64 bits", vals[1])
	}
	return Sample{Height: vals[0].Uint64(), Keeper: vals[1].Uint64(), Space: vals[2]}, nil
}

// ParseDecimal parses a non-negative decimal integer of any size: one or more ASCII
// digits, nothing else (no sign, no spaces, no underscores, no base prefix).
func ParseDecimal(s string) (*big.Int, error) {
	if s == "" {
		return nil, errors.New("empty number")
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return nil, fmt.Errorf("%q is not a non-negative decimal integer", s)
		}
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("%q is not a non-negative decimal integer", s)
	}
	return v, nil
}
