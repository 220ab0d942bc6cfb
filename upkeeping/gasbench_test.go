package upkeeping

import (
	"context"
	"github.com/whitepay/whitepay/internal/chain"
	"testing"
)

func sample(t *testing.T, s []GasSample, op string, keepers, entries int) GasSample {
	t.Helper()
	for _, x := range s {
		if x.Op == op && x.Keepers == keepers && x.Entries == entries {
			return x
		}
	}
	t.Fatalf("no sample %s N=%d entries=%d", op, keepers, entries)
	return GasSample{}
}

// TestGasTargets measures the contract on mainnet's rules (Osaka) and checks the gas
// targets of issue 3 (gas is deterministic: this is not a timing assertion):
// pay with 1 entry at N = 21 and 15 signers ≤ 230,000; 64 entries at N = 21 ≤ 20,000
// per entry; N = 4 → 64 at quorum ≤ 2,000 per extra signer. The dev rules
// (Bogota/Amsterdam drafts, the simulated backend's default) are measured and logged:
// their storage repricing puts the 1-entry pay above 230,000 (see the package doc).
func TestGasTargets(t *testing.T) {
	for _, rules := range []chain.Rules{chain.RulesOsaka, chain.RulesDev} {
		s, err := RunGasBench(context.Background(), GasBenchConfig{Rules: rules})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range s {
			t.Logf("%-6s %-18s N=%-3d signers=%-3d entries=%-3d gas=%d", rules, x.Op, x.Keepers, x.Signers, x.Entries, x.Gas)
		}
		p1 := sample(t, s, "pay", 21, 1)
		p64 := sample(t, s, "pay", 21, 64)
		lo, hi := sample(t, s, "pay", 4, 1), sample(t, s, "pay", 64, 1)
		if p1.Signers != 15 || lo.Signers != 3 || hi.Signers != 43 {
			t.Fatalf("signers: %d %d %d, want quorum 15, 3, 43", p1.Signers, lo.Signers, hi.Signers)
		}
		perSigner := (hi.Gas - lo.Gas) / uint64(hi.Signers-lo.Signers)
		t.Logf("%s: pay 1 entry N=21: %d; per entry at 64: %d; per extra signer: %d", rules, p1.Gas, p64.Gas/64, perSigner)
		if rules != chain.RulesOsaka {
			continue
		}
		if p1.Gas > 230_000 {
			t.Errorf("pay, 1 entry, N=21: %d gas > 230,000", p1.Gas)
		}
		if p64.Gas/64 > 20_000 {
			t.Errorf("pay, 64 entries: %d gas per entry > 20,000", p64.Gas/64)
		}
		if perSigner > 2_000 {
			t.Errorf("N=4 -> 64: %d gas per extra signer > 2,000", perSigner)
		}
	}
}
