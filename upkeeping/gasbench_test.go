package upkeeping

import (
	"context"
	"testing"
)

func TestGasBenchRuns(t *testing.T) {
	for _, r := range []Rules{RulesDev, RulesOsaka, RulesPrague} {
		s, err := RunGasBench(context.Background(), GasBenchConfig{Rules: r})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range s {
			t.Logf("%s %-18s N=%-3d signers=%-3d entries=%-3d gas=%d", r, x.Op, x.Keepers, x.Signers, x.Entries, x.Gas)
		}
	}
}
