package statement

// The contract's terms as a person reads them (SPEC 8.1, issue 12): prices per
// TiB-month beside the contract's unit, the runway in periods and time, and the
// changes scheduled for a later boundary. `whitepay user status` and the dashboard
// pages (user, provider, keeper) compute these with the functions below from the
// same contract views (runway, epochs, providerInfo, surplusRequest, bondOf), so a
// figure on a page is the figure the CLI prints.

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/upkeeping"
)

// DefaultRunwayWarn is the runway, in periods, below which `user status` and the
// user page warn (`user status --runway-warn`, `user dashboard --runway-warn`).
const DefaultRunwayWarn = 3

// TokenUnits describes a contract's payment token: ether, or the ERC-20's symbol
// and decimals read from it (a token without a symbol is shown without one).
func TokenUnits(ctx context.Context, b bind.ContractCaller, token common.Address) (units.Token, error) {
	if token == (common.Address{}) {
		return units.EtherToken, nil
	}
	t, err := bindings.NewTestTokenCaller(token, b) // only the ERC-20 metadata methods are used
	if err != nil {
		return units.Token{}, err
	}
	o := &bind.CallOpts{Context: ctx}
	dec, err := t.Decimals(o)
	if err != nil {
		return units.Token{}, fmt.Errorf("token %s: decimals: %w", token, err)
	}
	sym, err := t.Symbol(o)
	if err != nil {
		sym = ""
	}
	return units.Token{Symbol: sym, Decimals: dec}, nil
}

// Price is one price of a provider: the contract's unit and per TiB-month.
type Price struct {
	Contract    string `json:"contract"`      // base units per byte·block × 1e18 (the contract's unit)
	PerTiBMonth string `json:"per_tib_month"` // in token units: "0.0005 ETH/TiB-month" (units.FormatPrice)
	// BasePerTiBMonth is the same in base units (wei), rounded down.
	BasePerTiBMonth string `json:"base_per_tib_month"`
}

// PriceOf writes price (the contract's unit) per TiB-month of token t at the
// contract's block time.
func PriceOf(price *big.Int, t units.Token, blockTimeMs uint32) Price {
	if price == nil {
		price = new(big.Int)
	}
	b := units.BasePerTiBMonth(price, blockTimeMs)
	return Price{Contract: price.String(), PerTiBMonth: units.FormatPrice(price, t, blockTimeMs),
		BasePerTiBMonth: new(big.Int).Quo(b.Num(), b.Denom()).String()}
}

// Change is a provider's scheduled change (SPEC 8.1): a new price, or its removal,
// from boundary At.
type Change struct {
	Provider uint32         `json:"provider"`
	Account  common.Address `json:"account"`
	At       uint64         `json:"at"` // the boundary: entries from At on are paid under it
	Remove   bool           `json:"remove"`
	Price    *Price         `json:"price,omitempty"` // the new price (nil for a removal)
}

// Terms are a provider's terms at a block: the price in force, whether it is
// removed, and the change still to come.
type Terms struct {
	Price   Price   `json:"price"`
	Removed bool    `json:"removed"`
	Next    *Change `json:"next,omitempty"` // pending: its boundary is after the block
}

// TermsOf is provider pi's terms at block head: a recorded change whose boundary
// has been reached is in force (the contract applies it to every entry from its
// boundary on, upkeeping.ProviderInfo.PriceFor), one after head is pending.
func TermsOf(pi upkeeping.ProviderInfo, head uint64, t units.Token, blockTimeMs uint32) Terms {
	price, removed := pi.Price, pi.Removed
	var next *Change
	if n := pi.Next; n != nil {
		if n.At <= head {
			price, removed = pi.PriceFor(n.At)
		} else {
			next = &Change{Provider: pi.Index, Account: pi.Account, At: n.At, Remove: n.Remove}
			if !n.Remove {
				p := PriceOf(n.Price, t, blockTimeMs)
				next.Price = &p
			}
		}
	}
	return Terms{Price: PriceOf(price, t, blockTimeMs), Removed: removed, Next: next}
}

// Runway is how long the contract's surplus lasts at the rate of its last paid
// period (the contract's runway() view, SPEC 8.1).
type Runway struct {
	Known   bool   `json:"known"`   // false before the first payment (no rate)
	Periods uint64 `json:"periods"` // ⌊surplus / rate⌋
	Blocks  uint64 `json:"blocks"`  // periods × H
	Seconds uint64 `json:"seconds"` // blocks × the contract's block time
	Time    string `json:"time"`    // the same, for a person: "3d 4h"
	Rate    string `json:"rate"`    // base units paid in the last paid period
	// RateUnits is the rate in token units ("0.0021 ETH").
	RateUnits string `json:"rate_units"`
	WarnBelow uint64 `json:"warn_below"`
	// Warning is set when the runway is below WarnBelow periods.
	Warning string `json:"warning,omitempty"`
}

// RunwayOf reads the contract's runway() answer (periods, rate; ok false before any
// payment) in the contract's terms p, with a warning below warnBelow periods.
func RunwayOf(periods uint64, rate *big.Int, ok bool, p upkeeping.Params, t units.Token, warnBelow uint64) Runway {
	r := Runway{WarnBelow: warnBelow, Rate: "0", RateUnits: units.FormatAmount(new(big.Int), t)}
	if !ok || rate == nil || rate.Sign() == 0 {
		return r
	}
	r.Known, r.Periods, r.Rate, r.RateUnits = true, periods, rate.String(), units.FormatAmount(rate, t)
	blocks := new(big.Int).Mul(new(big.Int).SetUint64(periods), new(big.Int).SetUint64(p.Period))
	ms := new(big.Int).Mul(blocks, big.NewInt(int64(p.BlockTimeMs)))
	ms.Quo(ms, big.NewInt(1000))
	r.Blocks, r.Seconds = satU64(blocks), satU64(ms)
	r.Time = humanSeconds(r.Seconds)
	if periods < warnBelow {
		r.Warning = fmt.Sprintf("runway: the surplus covers %d periods at the last period's rate (%s): fund the contract", periods, r.RateUnits)
	}
	return r
}

func satU64(v *big.Int) uint64 {
	if !v.IsUint64() {
		return ^uint64(0)
	}
	return v.Uint64()
}

// humanSeconds writes a duration in its two largest units: "12d 3h", "4h 20m", "45s".
func humanSeconds(s uint64) string {
	const day, hour, minute = 86400, 3600, 60
	switch {
	case s >= 1e6*365*day:
		return "more than a million years"
	case s >= day:
		return fmt.Sprintf("%dd %dh", s/day, s%day/hour)
	case s >= hour:
		return fmt.Sprintf("%dh %dm", s/hour, s%hour/minute)
	case s >= minute:
		return fmt.Sprintf("%dm %ds", s/minute, s%minute)
	}
	return fmt.Sprintf("%ds", s)
}

// GroupChange is a keeper group scheduled to take over at a boundary (an epoch that
// has not started: docs/contracts.md "Terms over time").
type GroupChange struct {
	Epoch   uint64 `json:"epoch"`
	GroupID uint32 `json:"group_id"`
	At      uint64 `json:"at"`
	Keepers int    `json:"keepers"`
	Quorum  int    `json:"quorum"`
}

// SurplusWithdrawal is the owner's pending two-step surplus withdrawal.
type SurplusWithdrawal struct {
	To          common.Address `json:"to"`
	Amount      string         `json:"amount"` // base units asked (at most the surplus then is paid)
	AmountUnits string         `json:"amount_units"`
	NotBefore   uint64         `json:"not_before"` // the earliest block executeSurplus runs in
}

// Pending is every change the contract has scheduled and not yet applied at a block.
type Pending struct {
	Groups   []GroupChange      `json:"groups"`
	Prices   []Change           `json:"prices"`   // new prices
	Removals []Change           `json:"removals"` // provider removals
	Surplus  *SurplusWithdrawal `json:"surplus,omitempty"`
}

// PendingOf is what is scheduled after block head: epochs not started, providers'
// changes whose boundary is later (TermsOf), the pending surplus withdrawal (To zero:
// none).
func PendingOf(head uint64, p upkeeping.Params, epochs []upkeeping.EpochInfo, provs []upkeeping.ProviderInfo,
	rq upkeeping.SurplusRequestInfo, t units.Token) Pending {
	out := Pending{Groups: []GroupChange{}, Prices: []Change{}, Removals: []Change{}}
	for _, e := range epochs {
		if e.From > head {
			out.Groups = append(out.Groups, GroupChange{Epoch: e.Index, GroupID: e.GroupID, At: e.From, Keepers: e.N(), Quorum: e.Quorum()})
		}
	}
	for _, pi := range provs {
		n := TermsOf(pi, head, t, p.BlockTimeMs).Next
		switch {
		case n == nil:
		case n.Remove:
			out.Removals = append(out.Removals, *n)
		default:
			out.Prices = append(out.Prices, *n)
		}
	}
	if rq.To != (common.Address{}) && rq.Amount != nil {
		out.Surplus = &SurplusWithdrawal{To: rq.To, Amount: rq.Amount.String(), AmountUnits: units.FormatAmount(rq.Amount, t), NotBefore: rq.NotBefore}
	}
	return out
}

// Warnings are the lines `user status` prints for the pending changes.
func (p Pending) Warnings() []string {
	var out []string
	for _, g := range p.Groups {
		out = append(out, fmt.Sprintf("scheduled: keeper group %d takes over at block %d", g.GroupID, g.At))
	}
	for _, c := range p.Prices {
		out = append(out, fmt.Sprintf("scheduled: provider %d %s from block %d", c.Provider, c.Price.PerTiBMonth, c.At))
	}
	for _, c := range p.Removals {
		out = append(out, fmt.Sprintf("scheduled: provider %d removed from block %d", c.Provider, c.At))
	}
	return out
}

// Runway is the snapshot's runway (read at its height) with a warning below
// warnBelow periods.
func (s Snapshot) Runway(warnBelow uint64) Runway {
	return RunwayOf(s.RunwayPeriods, s.RunwayRate, s.RunwayRate != nil && s.RunwayRate.Sign() > 0, s.Params, s.Units, warnBelow)
}

// Pending is what the contract had scheduled after the snapshot's height.
func (s Snapshot) Pending() Pending {
	eps := make([]upkeeping.EpochInfo, len(s.Epochs))
	for i, g := range s.Epochs {
		eps[i] = g.EpochInfo
	}
	return PendingOf(s.Height, s.Params, eps, s.Providers, s.SurplusRequest, s.Units)
}
