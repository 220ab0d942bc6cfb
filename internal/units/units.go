// Package units converts WhitePay's on-chain quantities to and from the units people
// use (SPEC 8.1): prices per TiB-month in ether or a token's own units, amounts in
// ether or token units beside the base units (wei).
//
// The contract's price is token base units per byte·block, scaled by PriceScale
// (1e18): an entry of st byte·blocks pays floor(st × price / 1e18) base units. A
// price per TiB-month converts with the chain's block time, which is a contract
// parameter (blockTimeMs, set at deploy: docs/contracts.md), so every party converts
// with the same number:
//
//	price = amount_per_TiB_month (base units) × 1e18 / (2^40 × blocks per month)
//	blocks per month = 30 days / block time = 2,592,000,000 ms / blockTimeMs
//
// rounded down (the contract pays at most what was asked). Decisions: a TiB is 2^40
// bytes, a month 30 days; ether has 18 decimals; every conversion is exact rational
// arithmetic (math/big), rounding only where stated.
package units

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// Constants of the conversions.
const (
	TiB     = 1 << 40       // bytes
	MonthMs = 2_592_000_000 // 30 days, milliseconds
	// EtherDecimals is the number of decimals of ether (wei per ether = 10^18).
	EtherDecimals = 18
)

// PriceScale is the contract's price scale (SPEC 8.1).
var PriceScale = pow10(18)

// ErrSyntax is returned for a quantity that does not parse.
var ErrSyntax = errors.New("units: invalid quantity")

func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// Token describes the payment token for display and parsing: its symbol and
// decimals. Ether is {"ETH", 18}.
type Token struct {
	Symbol   string
	Decimals uint8
	Ether    bool // native ether: amounts may be written with an "eth" suffix
}

// EtherToken is native ether.
var EtherToken = Token{Symbol: "ETH", Decimals: EtherDecimals, Ether: true}

// ParseDecimal reads a non-negative decimal number ("1.5", "0.0005", "12") as the
// exact rational it denotes.
func ParseDecimal(s string) (*big.Rat, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "eE+-/") {
		return nil, fmt.Errorf("%w: %q is not a decimal number", ErrSyntax, s)
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%w: %q is not a decimal number", ErrSyntax, s)
	}
	return r, nil
}

// toBase scales v (in whole tokens) to base units, exactly: an error if it has more
// decimals than the token.
func toBase(v *big.Rat, decimals uint8) (*big.Int, error) {
	x := new(big.Rat).Mul(v, new(big.Rat).SetInt(pow10(int(decimals))))
	if !x.IsInt() {
		return nil, fmt.Errorf("%w: %s has more than %d decimals", ErrSyntax, v.FloatString(int(decimals)+4), decimals)
	}
	return new(big.Int).Set(x.Num()), nil
}

// ParseAmount reads an amount: base units as a plain integer ("1500000"), or whole
// tokens with the token's suffix ("1.5eth" for ether, "1.5usdc"/"1.5 USDC" for a token
// whose symbol is USDC), or with a trailing "tok" for any token ("1.5tok").
func ParseAmount(s string, t Token) (*big.Int, error) {
	in := strings.TrimSpace(strings.ToLower(s))
	for _, suffix := range suffixes(t) {
		if v, ok := strings.CutSuffix(in, suffix); ok {
			r, err := ParseDecimal(v)
			if err != nil {
				return nil, err
			}
			return toBase(r, t.Decimals)
		}
	}
	v, ok := new(big.Int).SetString(in, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("%w: amount %q: a non-negative integer (base units) or a number with %q", ErrSyntax, s, suffixes(t)[0])
	}
	return v, nil
}

func suffixes(t Token) []string {
	var out []string
	if t.Ether {
		out = append(out, "eth", "ether")
	}
	if t.Symbol != "" {
		out = append(out, strings.ToLower(t.Symbol))
	}
	return append(out, "tok")
}

// FormatAmount writes base units v as whole tokens with all significant decimals and
// the symbol ("0.0005 ETH", "1.5 USDC").
func FormatAmount(v *big.Int, t Token) string {
	return formatUnits(v, t.Decimals) + " " + symbolOf(t)
}

func symbolOf(t Token) string {
	if t.Symbol == "" {
		return "tokens"
	}
	return t.Symbol
}

// formatUnits writes v / 10^decimals exactly, trimming trailing zeros.
func formatUnits(v *big.Int, decimals uint8) string {
	neg := v.Sign() < 0
	a := new(big.Int).Abs(v)
	q, r := new(big.Int).QuoRem(a, pow10(int(decimals)), new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := fmt.Sprintf("%0*s", int(decimals), r.String())
		s += "." + strings.TrimRight(frac, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// PricePerTiBMonthSuffix is the unit a price per TiB-month is written with.
const PricePerTiBMonthSuffix = "/tib-month"

// ParsePrice reads a provider price: per TiB-month ("0.0005eth/TiB-month",
// "1.5/TiB-month" in whole tokens, "1.5usdc/TiB-month"), converted with blockTimeMs;
// or the contract's own unit, an integer of base units per byte·block × 1e18
// ("2000000000000000"). The conversion rounds down.
func ParsePrice(s string, t Token, blockTimeMs uint32) (*big.Int, error) {
	in := strings.TrimSpace(strings.ToLower(s))
	v, perMonth := strings.CutSuffix(in, PricePerTiBMonthSuffix)
	if !perMonth {
		p, ok := new(big.Int).SetString(in, 10)
		if !ok || p.Sign() < 0 {
			return nil, fmt.Errorf("%w: price %q: e.g. 0.0005eth/TiB-month, 1.5/TiB-month, or an integer (base units per byte·block × 1e18)", ErrSyntax, s)
		}
		return p, nil
	}
	if blockTimeMs == 0 {
		return nil, fmt.Errorf("%w: a price per TiB-month needs the block time", ErrSyntax)
	}
	var amount *big.Rat
	matched := false
	for _, suffix := range suffixes(t) {
		if num, ok := strings.CutSuffix(v, suffix); ok {
			r, err := ParseDecimal(num)
			if err != nil {
				return nil, err
			}
			amount, matched = r, true
			break
		}
	}
	if !matched { // whole tokens without a symbol: "1.5/TiB-month"
		r, err := ParseDecimal(v)
		if err != nil {
			return nil, err
		}
		amount = r
	}
	base := new(big.Rat).Mul(amount, new(big.Rat).SetInt(pow10(int(t.Decimals)))) // base units per TiB-month
	return PriceFromBasePerTiBMonth(base, blockTimeMs), nil
}

// PriceFromBasePerTiBMonth converts base units per TiB-month to the contract's price,
// rounding down.
func PriceFromBasePerTiBMonth(base *big.Rat, blockTimeMs uint32) *big.Int {
	// price = base × 1e18 × blockTimeMs / (2^40 × MonthMs)
	num := new(big.Rat).Mul(base, new(big.Rat).SetInt(PriceScale))
	num.Mul(num, new(big.Rat).SetInt64(int64(blockTimeMs)))
	den := new(big.Rat).SetInt(new(big.Int).Mul(big.NewInt(TiB), big.NewInt(MonthMs)))
	q := num.Quo(num, den)
	return new(big.Int).Quo(q.Num(), q.Denom())
}

// BasePerTiBMonth is what price pays for a TiB held a month, in base units (exact).
func BasePerTiBMonth(price *big.Int, blockTimeMs uint32) *big.Rat {
	if blockTimeMs == 0 {
		return new(big.Rat)
	}
	// base = price × 2^40 × (MonthMs / blockTimeMs) / 1e18
	num := new(big.Int).Mul(price, new(big.Int).Mul(big.NewInt(TiB), big.NewInt(MonthMs)))
	den := new(big.Int).Mul(PriceScale, big.NewInt(int64(blockTimeMs)))
	return new(big.Rat).SetFrac(num, den)
}

// FormatPrice writes a price per TiB-month in whole tokens with `digits` significant
// decimals, and the contract's unit beside it: "0.0005 ETH/TiB-month (2105179…e-… )".
func FormatPrice(price *big.Int, t Token, blockTimeMs uint32) string {
	base := BasePerTiBMonth(price, blockTimeMs)
	whole := new(big.Rat).Quo(base, new(big.Rat).SetInt(pow10(int(t.Decimals))))
	return trimRat(whole, int(t.Decimals)+6) + " " + symbolOf(t) + "/TiB-month"
}

// trimRat writes r with up to prec decimals, trailing zeros trimmed.
func trimRat(r *big.Rat, prec int) string {
	s := r.FloatString(prec)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// Amount is what an entry of st byte·blocks pays at price (SPEC 4, 8.1):
// floor(st × price / 1e18), the contract's and the ledger replay's formula
// (settle.PaymentAmount is the same computation).
func Amount(st, price *big.Int) *big.Int {
	a := new(big.Int).Mul(st, price)
	return a.Quo(a, PriceScale)
}
