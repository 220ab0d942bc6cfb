package upkeeping

import (
	"context"
	"testing"

	"github.com/whitepay/whitepay/internal/chain"
)

func sample(t *testing.T, s []GasSample, op string, keepers, signers, entries int) GasSample {
	t.Helper()
	for _, x := range s {
		if x.Op == op && x.Keepers == keepers && (signers < 0 || x.Signers == signers) && x.Entries == entries {
			return x
		}
	}
	t.Fatalf("no sample %s N=%d signers=%d entries=%d", op, keepers, signers, entries)
	return GasSample{}
}

// TestGasTargets measures the contracts on mainnet's rules (Osaka) and checks the gas
// targets of issues 12 and 14 (gas is deterministic: this is not a timing
// assertion): pay with 1 entry at N = 21 and 15 signers ≤ 230,000; the marginal gas
// per entry (pay 64 − pay 1)/63 at N = 21 ≤ 9,000; N = 4 → 64 at quorum ≤ 2,000 per
// extra signer; a user's set-up (factory clone, 21 keepers by reference, 3 providers,
// funding) ≤ 800,000.
func TestGasTargets(t *testing.T) {
	s, err := RunGasBench(context.Background(), GasBenchConfig{Rules: chain.RulesOsaka})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range s {
		t.Logf("%-18s N=%-3d signers=%-3d entries=%-3d gas=%d", x.Op, x.Keepers, x.Signers, x.Entries, x.Gas)
	}
	p1 := sample(t, s, OpPay, 21, 15, 1)
	p64 := sample(t, s, OpPay, 21, 15, 64)
	lo, hi := sample(t, s, OpPay, 4, 3, 1), sample(t, s, OpPay, 64, 43, 1)
	setup := sample(t, s, OpUserSetup, 21, -1, 3)
	perEntry := (p64.Gas - p1.Gas) / 63
	perSigner := (hi.Gas - lo.Gas) / uint64(hi.Signers-lo.Signers)
	t.Logf("pay 1 entry N=21: %d; marginal per entry: %d; per extra signer: %d; user-setup: %d", p1.Gas, perEntry, perSigner, setup.Gas)
	if p1.Gas > 230_000 {
		t.Errorf("pay, 1 entry, N=21: %d gas > 230,000", p1.Gas)
	}
	if perEntry > 9_000 {
		t.Errorf("pay, marginal gas per entry: %d > 9,000", perEntry)
	}
	if perSigner > 2_000 {
		t.Errorf("N=4 -> 64: %d gas per extra signer > 2,000", perSigner)
	}
	if setup.Gas > 800_000 {
		t.Errorf("user-setup: %d gas > 800,000", setup.Gas)
	}
}
