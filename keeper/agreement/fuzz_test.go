package agreement_test

import (
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// FuzzNodeStep feeds arbitrary bytes, from any member, to a follower and to the
// leader in its observe phase: the core must never panic, and a message it
// rejects must leave nothing signed behind (no echo or vote in its Ready, its
// locks and jobs completed).
func FuzzNodeStep(f *testing.F) {
	c := capture(f)
	f.Add(uint8(c.leader), c.propose)
	f.Add(uint8(c.leader), c.observe)
	for from, b := range c.observations {
		f.Add(uint8(from), b)
	}
	for from, b := range c.votes {
		f.Add(uint8(from), b)
	}
	f.Add(uint8(0), []byte{1, 3})
	f.Fuzz(func(t *testing.T, from uint8, data []byte) {
		s := newRejSim(t)
		leader := c.leader
		follower := (leader + 1) % 4
		s.Nodes[leader].SetHeight(simTe + simParams.Finality)
		for _, i := range []uint32{leader, follower} {
			nd := s.Nodes[i]
			flush(s, i)
			err := nd.Step(uint32(from)%5, data)
			rd := flush(s, i)
			if err != nil {
				for _, m := range rd.Messages {
					if m.Type == wire.TypeEcho || m.Type == wire.TypeVote {
						t.Fatalf("rejected input (%v) produced a %s", err, m.Type)
					}
				}
			}
		}
	})
}
