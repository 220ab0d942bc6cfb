package node

import (
	"testing"
	"time"

	"github.com/whitepay/whitepay/settle"
)

// TestEndToEndParts runs the real keepers (libp2p, the embedded chain, the
// contract) with reports split into parts of one provider (SPEC 8.1 "Large
// groups"): 3 providers, 3 parts, each its own agreement instance and pay
// transaction. Two periods are paid exactly (every provider once per period, no
// double payment, amounts and split as the contract's), and each period end has
// exactly one report per part, each paying its part's provider. Cost: ~25 s.
func TestEndToEndParts(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: about 25 s")
	}
	sp := small
	sp.partSize = 1
	e := newE2E(t, sp)
	start, h := e.params.Start, sp.period
	e.waitPaid(start+2*h, 90*time.Second)
	pays := e.checkPayments()
	e.checkSplit(pays)
	for _, te := range []uint64{start + h, start + 2*h} {
		reps, err := e.c.FilterReports(e.ctx, 0, nil, te)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[uint32]bool{}
		for _, r := range reps {
			pt, err := settle.PaymentFromTx(e.ctx, e.client, e.c.Address, r.TxHash)
			if err != nil {
				t.Fatal(err)
			}
			rep := pt.Report
			if seen[rep.Part] || len(rep.Entries) != 1 || rep.Entries[0].Provider != rep.Part {
				t.Fatalf("te %d: report of part %d paying %+v (parts seen %v)", te, rep.Part, rep.Entries, seen)
			}
			seen[rep.Part] = true
		}
		if len(seen) != 3 {
			t.Fatalf("te %d: %d reports for parts %v, want one per part of 3", te, len(reps), seen)
		}
	}
	e.figures()
}
