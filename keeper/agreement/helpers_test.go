package agreement_test

import (
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// The simulated contract of the hand-driven tests: te = 1000, payable from 1002,
// windows of 40 blocks; the nodes start at height 990.
var simParams = schedule.Params{Start: 0, Period: 1000, Finality: 2, Window: 40}

const (
	simTe          = 1000
	simTicksBlock  = 10
	simStartHeight = 990
)

// flush is a synchronous driver of keeper i's core: it writes the locks and runs
// the jobs of its Readys at once (agreement.WriteLock, agreement.RunJob) and feeds
// their results back with Advance, until the core asks for none, and returns the
// messages, submits and evidence those Readys held.
func flush(s *agreementsim.Sim, i uint32) agreement.Ready {
	nd := s.Nodes[i]
	var out agreement.Ready
	for nd.HasReady() {
		rd := nd.Ready()
		out.Messages = append(out.Messages, rd.Messages...)
		out.Submits = append(out.Submits, rd.Submits...)
		out.Evidence = append(out.Evidence, rd.Evidence...)
		for _, l := range rd.Locks {
			nd.Advance(agreement.WriteLock(s.Stores[i], l))
		}
		for _, j := range rd.Jobs {
			nd.Advance(agreement.RunJob(s.Observers[i], j))
		}
	}
	return out
}

func hasType(rd agreement.Ready, t wire.Type) bool {
	for _, m := range rd.Messages {
		if m.Type == t {
			return true
		}
	}
	return false
}

func payloadOf(rd agreement.Ready, t wire.Type) []byte {
	for _, m := range rd.Messages {
		if m.Type == t {
			return m.Payload
		}
	}
	return nil
}
