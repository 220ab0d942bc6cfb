package statement

import (
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/settle"
)

// Sample is one challenge record behind a payment, as explain shows it, with the
// span it counts for inside [ts, te) (SPEC 4) and its contribution space × span.
type Sample struct {
	Height       uint64         `json:"height"`
	Keeper       common.Address `json:"keeper"`
	Index        uint8          `json:"keeper_index"`
	Result       string         `json:"result"`
	Space        string         `json:"space"`
	From         uint64         `json:"from"`         // its span inside [ts, te): [from, to)
	To           uint64         `json:"to"`           // (from = to: no span)
	Contribution string         `json:"contribution"` // space × (to − from), byte·blocks
}

// Observed is one keeper's signed observation of the entry (SPEC 7).
type Observed struct {
	Keeper common.Address `json:"keeper"`
	Index  uint32         `json:"keeper_index"`
	St     string         `json:"st"`
}

// Explanation is one paid period of one provider: what the contract computed
// (amount = floor(st × price / 1e18), credited net) and where st came from — the SCP ledger's
// samples and their integral, and the keepers' observations whose lower median is
// the st paid.
type Explanation struct {
	Contract common.Address  `json:"contract"`
	Provider common.Address  `json:"provider"`
	Te       uint64          `json:"te"`
	Period   *ProviderPeriod `json:"period,omitempty"`
	ShareBps uint16          `json:"share_bps"`
	Check    string          `json:"check,omitempty"` // "st × price = gross" verified, or what differs
	Outage   string          `json:"outage,omitempty"`
	// From the SCP ledger: the batch, the samples of [ts − G, te), their integral
	// (SPEC 4), the observations and their lower median (SPEC 7).
	Stale        uint64     `json:"stale"`
	Batch        *uint64    `json:"batch,omitempty"`
	Samples      []Sample   `json:"samples,omitempty"`
	Integral     string     `json:"integral,omitempty"`
	Observations []Observed `json:"observations,omitempty"`
	Median       string     `json:"median,omitempty"`
	// Explained: the st paid equals the ledger's figure (the median of the
	// observations in median mode, and the integral when the record sets agreed);
	// SamplesNote says which, or why not.
	Explained   bool   `json:"explained"`
	SamplesNote string `json:"samples_note,omitempty"`
}

// Explain finds the period ending at te of the provider in a snapshot, with its
// samples and observations from the ledger l (nil: none).
func Explain(s Snapshot, provider common.Address, te uint64, l *Ledger) (Explanation, bool) {
	e := Explanation{Contract: s.Contract, Provider: provider, Te: te, ShareBps: s.ShareBps, Outage: s.Outage, Stale: s.Params.Stale}
	if l == nil {
		e.SamplesNote = "no SCP ledger to read the samples from"
	}
	ps := Provider(s, provider, l)
	for i := range ps.Periods {
		p := ps.Periods[i]
		if p.Te != te {
			continue
		}
		e.Period = &p
		st, _ := new(big.Int).SetString(p.St, 10)
		price, _ := new(big.Int).SetString(p.Price, 10)
		gross, _ := new(big.Int).SetString(p.Gross, 10)
		if settle.PaymentAmount(st, price).Cmp(gross) == 0 {
			e.Check = "floor(st × price / 1e18) = gross: floor(" + p.St + " × " + p.Price + " / 1e18) = " + p.Gross
		} else {
			e.Check = "floor(st × price / 1e18) ≠ gross: floor(" + p.St + " × " + p.Price + " / 1e18) = " +
				settle.PaymentAmount(st, price).String() + ", the contract paid " + p.Gross
		}
		if l != nil {
			l.explain(&e, ps.Index, st, s.Params.Stale, s.KeeperAt)
		}
		return e, true
	}
	return e, false
}

// explain adds the ledger's samples, their integral and the observations to e.
func (l *Ledger) explain(e *Explanation, provider uint32, paid *big.Int, stale uint64, keeperAt func(te uint64, i uint32) common.Address) {
	le, ok := l.Entry(provider, e.Te)
	if !ok {
		e.SamplesNote = "no batch of the ledger carries this payment yet"
		return
	}
	seq := le.Seq
	e.Batch = &seq
	account := func(i uint32) common.Address { return keeperAt(e.Te, i) }
	samples := make([]challenge.Sample, 0, len(le.Records))
	for _, r := range le.Records {
		samples = append(samples, challenge.Sample{Height: r.Height, Keeper: uint64(r.Keeper), Space: r.Space})
	}
	// The span of each sample inside [ts, te): samples sorted by (height, keeper),
	// each counts until the next one or G after it (SPEC 4).
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := samples[order[a]], samples[order[b]]
		return x.Height < y.Height || x.Height == y.Height && x.Keeper < y.Keeper
	})
	for k, i := range order {
		r := le.Records[i]
		end := r.Height + stale
		if k+1 < len(order) {
			end = min(end, samples[order[k+1]].Height)
		}
		from, to := max(r.Height, le.Ts), min(end, le.Te)
		if to < from {
			to = from
		}
		c := new(big.Int).Mul(r.Space, new(big.Int).SetUint64(to-from))
		e.Samples = append(e.Samples, Sample{Height: r.Height, Index: r.Keeper, Keeper: account(uint32(r.Keeper)), Result: r.Result.String(),
			Space: r.Space.String(), From: from, To: to, Contribution: c.String()})
	}
	integral, err := challenge.SpaceTime(samples, le.Ts, le.Te, stale)
	if err != nil {
		e.SamplesNote = "the samples do not integrate: " + err.Error()
		return
	}
	e.Integral = integral.String()
	var vals []*big.Int
	idx := make([]uint32, 0, len(le.Observed))
	for k := range le.Observed {
		idx = append(idx, k)
	}
	sort.Slice(idx, func(i, j int) bool { return idx[i] < idx[j] })
	for _, k := range idx {
		v := le.Observed[k]
		e.Observations = append(e.Observations, Observed{Keeper: account(k), Index: k, St: v.String()})
		vals = append(vals, v)
	}
	if len(vals) > 0 {
		sorted := append([]*big.Int(nil), vals...)
		sort.Slice(sorted, func(i, j int) bool { return sorted[i].Cmp(sorted[j]) < 0 })
		e.Median = sorted[(len(sorted)-1)/2].String() // the lower median (SPEC 7)
	}
	switch {
	case integral.Cmp(paid) == 0:
		e.Explained = true
		e.SamplesNote = "the integral of the ledger's samples equals the st paid"
	case le.Mode == settle.ModeMedian && e.Median == paid.String():
		e.Explained = true
		e.SamplesNote = "the st paid is the lower median of the keepers' signed observations; the samples are the publishing keeper's records, whose integral is its own observation"
	default:
		e.SamplesNote = "the st paid is neither the integral of the samples nor the median of the observations (reconcile mode: a value f+1 observations support within τ)"
	}
}
