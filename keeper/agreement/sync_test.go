package agreement_test

import (
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// TestLeaderMovesOnWhenSyncCannotComplete (issue 15): provider 0's observations
// disagree beyond τ at every keeper (rounds 2 and 3 fail), and two of the four
// keepers never get a record set out, so round 4 can never hold q = 3 sets. The
// leader re-sends a bounded number of times, then gives the sync up and starts
// attempt + 1 without the disputed provider: the other providers are paid by that
// same leader, in its own window, instead of every leader in turn stalling to the
// end of its window.
func TestLeaderMovesOnWhenSyncCannotComplete(t *testing.T) {
	s := newRejSim(t)
	for i, o := range s.Observers {
		o.(*agreementsim.SynthObserver).Skew[0] = int64(i) * 30_000 // 0, 3, 6, 9 %: no two within τ = 1%
	}
	// The two keepers after the first leader never send a record set.
	leader := int64(-1)
	for i := range s.Nodes {
		i := uint32(i)
		s.Intercept[i] = func(o agreement.Outbound) []agreementsim.Envelope {
			if o.Type == wire.TypeRecordSet && leader >= 0 && (i == uint32(leader+1)%4 || i == uint32(leader+2)%4) {
				return nil
			}
			out := s.Expand(i, o)
			for k := range out {
				out[k].At = 1
			}
			return out
		}
	}
	var syncs []*wire.SyncRequest
	var observes []*wire.Observe
	s.OnOutbound = func(from uint32, o agreement.Outbound) {
		switch o.Type {
		case wire.TypeSyncRequest, wire.TypeObserve:
			m, err := wire.Decode(o.Payload)
			if err != nil {
				t.Fatal(err)
			}
			if sr, ok := m.(*wire.SyncRequest); ok {
				syncs = append(syncs, sr)
			} else if ob, ok := m.(*wire.Observe); ok {
				observes = append(observes, ob)
				if leader < 0 {
					leader = int64(from)
				}
			}
		}
	}
	if !s.RunUntil(func() bool { return len(s.Chain.Paid) > 0 }, 20000) {
		t.Fatalf("nothing paid (sync requests %d)", len(syncs))
	}
	if len(syncs) == 0 {
		t.Fatal("no round 4: the scenario did not dispute")
	}
	first := syncs[0]
	paid := s.Chain.Paid[0]
	if paid.Leader != first.Leader {
		t.Fatalf("paid by leader %d, the sync's leader %d stalled", paid.Leader, first.Leader)
	}
	if paid.Attempt <= first.Attempt {
		t.Fatalf("paid attempt %d, sync at attempt %d", paid.Attempt, first.Attempt)
	}
	for _, e := range first.Entries {
		for _, pe := range paid.Report.Report.Entries {
			if pe.Provider == e.Provider {
				t.Fatalf("provider %d still disputed, paid anyway", e.Provider)
			}
		}
	}
	if paid.Entries == 0 {
		t.Fatal("empty report paid")
	}
	moved := false
	for _, ob := range observes {
		if ob.Leader == first.Leader && ob.Attempt == first.Attempt+1 {
			moved = true
			for _, e := range ob.Entries {
				if e.Provider == first.Entries[0].Provider {
					t.Fatalf("attempt %d observes the disputed provider %d again", ob.Attempt, e.Provider)
				}
			}
		}
	}
	if !moved {
		t.Fatal("the leader never started the next attempt")
	}
	t.Logf("sync at (leader %d, attempt %#x) over %d entries; paid at attempt %#x with %d entries", first.Leader, first.Attempt, len(first.Entries), paid.Attempt, paid.Entries)
}
