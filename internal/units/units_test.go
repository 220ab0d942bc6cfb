package units

import (
	"errors"
	"math/big"
	"testing"
)

func TestParsePricePerTiBMonth(t *testing.T) {
	usdc := Token{Symbol: "USDC", Decimals: 6}
	cases := []struct {
		in    string
		tok   Token
		ms    uint32
		price string
	}{
		// 5e14 wei × 1e18 × 12000 / (2^40 × 2,592,000,000), rounded down
		{"0.0005eth/TiB-month", EtherToken, 12000, "2105311809659556"},
		{"0.0005 ETH/TiB-Month", EtherToken, 12000, "2105311809659556"},
		{"0.0005/TiB-month", EtherToken, 12000, "2105311809659556"},
		{"1.5/TiB-month", usdc, 12000, "6315935"},
		{"1.5usdc/TiB-month", usdc, 12000, "6315935"},
		{"1eth/TiB-month", EtherToken, 1000, "350885301609926017"},
		{"2105311809659556", EtherToken, 12000, "2105311809659556"}, // the contract's own unit
		{"0", EtherToken, 12000, "0"},
	}
	for _, c := range cases {
		got, err := ParsePrice(c.in, c.tok, c.ms)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if got.String() != c.price {
			t.Errorf("%q at %d ms: %s, want %s", c.in, c.ms, got, c.price)
		}
	}
	for _, bad := range []string{"", "-1", "abc/TiB-month", "1e3/TiB-month", "0.5", "1/2/TiB-month"} {
		if _, err := ParsePrice(bad, EtherToken, 12000); !errors.Is(err, ErrSyntax) {
			t.Errorf("%q accepted (%v)", bad, err)
		}
	}
}

// TestPriceRoundTrip: what a price pays per TiB-month is the asked amount less the
// rounding, which is under one base unit per TiB-month... per byte·block scaled: the
// price is the floor, so the price shown is at most the one asked and the next price
// up would exceed it.
func TestPriceRoundTrip(t *testing.T) {
	p, err := ParsePrice("0.0005eth/TiB-month", EtherToken, 12000)
	if err != nil {
		t.Fatal(err)
	}
	asked := new(big.Rat).SetInt64(500_000_000_000_000)
	got := BasePerTiBMonth(p, 12000)
	next := BasePerTiBMonth(new(big.Int).Add(p, big.NewInt(1)), 12000)
	if got.Cmp(asked) > 0 || next.Cmp(asked) <= 0 {
		t.Fatalf("price %s pays %s per TiB-month, next %s; asked %s", p, got.FloatString(3), next.FloatString(3), asked.FloatString(0))
	}
	if s := FormatPrice(p, EtherToken, 12000); s[:8] != "0.000499" {
		t.Fatalf("FormatPrice %q", s)
	}
}

func TestAmounts(t *testing.T) {
	v, err := ParseAmount("1.5eth", EtherToken)
	if err != nil || v.String() != "1500000000000000000" {
		t.Fatalf("1.5eth = %v %v", v, err)
	}
	v, err = ParseAmount("2.25 usdc", Token{Symbol: "USDC", Decimals: 6})
	if err != nil || v.String() != "2250000" {
		t.Fatalf("2.25 usdc = %v %v", v, err)
	}
	if _, err := ParseAmount("0.0000001usdc", Token{Symbol: "USDC", Decimals: 6}); !errors.Is(err, ErrSyntax) {
		t.Fatal("more decimals than the token accepted")
	}
	if v, _ := ParseAmount("12345", EtherToken); v.Int64() != 12345 {
		t.Fatal("base units")
	}
	if s := FormatAmount(big.NewInt(1_500_000_000_000_000_000), EtherToken); s != "1.5 ETH" {
		t.Fatalf("FormatAmount %q", s)
	}
	if s := FormatAmount(big.NewInt(7), EtherToken); s != "0.000000000000000007 ETH" {
		t.Fatalf("FormatAmount %q", s)
	}
	// floor(st × price / 1e18)
	st := new(big.Int).Mul(big.NewInt(1<<40), big.NewInt(216_000)) // a TiB for a month of 12 s blocks
	p, _ := ParsePrice("0.0005eth/TiB-month", EtherToken, 12000)
	a := Amount(st, p)
	if a.Cmp(big.NewInt(500_000_000_000_000)) > 0 || a.Cmp(big.NewInt(499_999_999_000_000)) < 0 {
		t.Fatalf("a TiB-month at 0.0005 ETH pays %s wei", a)
	}
}
