package main

import (
	"math/big"
	"strings"
)

// unitsString writes v base units of a token with decimals places exactly (no
// rounding, trailing zeros dropped) followed by symbol: 1500000000000000000 wei
// with 18 decimals is "1.5 ETH".
func unitsString(v *big.Int, decimals uint8, symbol string) string {
	if v == nil {
		v = new(big.Int)
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	d := int(decimals)
	if len(s) <= d {
		s = strings.Repeat("0", d-len(s)+1) + s
	}
	whole, frac := s[:len(s)-d], strings.TrimRight(s[len(s)-d:], "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	if symbol != "" {
		out += " " + symbol
	}
	return out
}

// etherString is unitsString for wei.
func etherString(wei *big.Int) string { return unitsString(wei, 18, "ETH") }
