package agreement_test

import (
	"errors"
	"math/big"
	"sort"
	"testing"

	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// captured holds the messages of one clean run (N = 4, seed 42), replayed by hand
// into fresh, identical nodes (same seed: same keys and data).
type captured struct {
	leader       uint32
	observe      []byte
	observations map[uint32][]byte
	propose      []byte
	votes        map[uint32][]byte
}

const rejSeed = 42

func newRejSim(t testing.TB) *agreementsim.Sim {
	t.Helper()
	s, err := agreementsim.New(agreementsim.Config{
		N: 4, Providers: 3, Seed: rejSeed, Params: simParams, TicksPerBlock: simTicksBlock,
		StartHeight: simStartHeight, MinDelay: 1, MaxDelay: 1, RoundTicks: 10,
		Crypto: agreementsim.NewFastCrypto(4, rejSeed),
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func capture(t testing.TB) *captured {
	s := newRejSim(t)
	c := &captured{observations: map[uint32][]byte{}, votes: map[uint32][]byte{}}
	s.OnOutbound = func(from uint32, o agreement.Outbound) {
		switch o.Type {
		case wire.TypeObserve:
			if c.observe == nil {
				c.observe, c.leader = o.Payload, from
			}
		case wire.TypeObservation:
			c.observations[from] = o.Payload
		case wire.TypePropose:
			if c.propose == nil {
				c.propose = o.Payload
			}
		case wire.TypeVote:
			c.votes[from] = o.Payload
		}
	}
	if !s.RunUntil(func() bool { return len(s.Chain.Paid) > 0 }, 10000) {
		t.Fatal("clean run did not pay")
	}
	if c.propose == nil || len(c.observations) < 2 || len(c.votes) < 2 {
		t.Fatal("clean run captured too little")
	}
	return c
}

func decodePropose(t *testing.T, b []byte) *wire.Propose {
	m, err := wire.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return m.(*wire.Propose)
}

// resign re-signs a proposal with the leader's key (a Byzantine leader can).
func resign(s *agreementsim.Sim, p *wire.Propose) []byte {
	d, _, err := wire.ReportDigest(p.Report())
	if err != nil {
		panic(err)
	}
	p.LeaderSig = s.Keyrings[p.Leader].Sign(d)
	return wire.Encode(p)
}

func TestFollowerRejections(t *testing.T) {
	c := capture(t)
	follower := (c.leader + 1) % 4
	other := (c.leader + 2) % 4
	cases := []struct {
		name string
		from uint32
		msg  func(s *agreementsim.Sim) []byte
		want error
	}{
		{"sender mismatch", c.leader, func(*agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Sender = other
			return wire.Encode(p)
		}, agreement.ErrSender},
		{"not from the leader", other, func(*agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Sender = other
			return wire.Encode(p)
		}, agreement.ErrNotLeader},
		{"non-member", 77, func(*agreementsim.Sim) []byte { return c.propose }, agreement.ErrNotMember},
		{"foreign contract", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Contract[0] ^= 1
			return resign(s, p)
		}, agreement.ErrForeignDomain},
		{"foreign chain", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.ChainID = big.NewInt(1)
			return resign(s, p)
		}, agreement.ErrForeignDomain},
		{"another period", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Te += simParams.Period
			return resign(s, p)
		}, agreement.ErrWrongPeriod},
		{"failed bitmap", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.FailedBitmap = big.NewInt(1)
			return resign(s, p)
		}, agreement.ErrBadReport},
		{"ts not lastPaid", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Entries = append([]report.Entry(nil), p.Entries...)
			p.Entries[0].Ts++
			return resign(s, p)
		}, agreement.ErrBadEntry},
		{"not the median", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Entries = append([]report.Entry(nil), p.Entries...)
			p.Entries[0].St = new(big.Int).Add(p.Entries[0].St, big.NewInt(1))
			return resign(s, p)
		}, agreement.ErrBadValue},
		{"too few observations", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Obs = p.Obs[:len(p.Obs)-1]
			return resign(s, p)
		}, agreement.ErrBadReport},
		{"leader out of its window", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Attempt, p.ObsAttempt = 3<<16, 3<<16 // pass 3: a window far ahead
			return resign(s, p)
		}, agreement.ErrNotLeader},
		{"relayed with a bad leader signature", other, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.LeaderSig[0] ^= 1
			h := p.Header
			h.Sender = other
			return wire.Encode(&wire.ProposeForward{Header: h, Propose: wire.Encode(p)})
		}, agreement.ErrBadSignature},
		{"observations of another attempt", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Attempt, p.ObsAttempt = 1, 1 // the observations were signed for attempt 0
			return resign(s, p)
		}, agreement.ErrBadSignature},
		{"the observations' aggregate forged", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			p.Aggs = append([][wire.SigSize]byte(nil), p.Aggs...)
			p.Aggs[0][5] ^= 1 // the values stay every keeper's own: issue 12.6
			return resign(s, p)
		}, agreement.ErrBadSignature},
		{"an observer added to a vector", c.leader, func(s *agreementsim.Sim) []byte {
			p := decodePropose(t, c.propose)
			// Claim a fourth keeper observed the values (its signature is not in
			// the aggregate).
			seen := map[uint32]bool{}
			for _, o := range p.Obs {
				seen[o.Sender] = true
			}
			obs := append([]wire.ObsRef(nil), p.Obs...)
			for i := uint32(0); i < 4; i++ {
				if !seen[i] {
					obs = append(obs, wire.ObsRef{Sender: i, Vector: 0})
					break
				}
			}
			sort.Slice(obs, func(a, b int) bool { return obs[a].Sender < obs[b].Sender })
			p.Obs, p.Mode = obs, wire.ModeReconcile // k = q+1 observations are allowed in round 3
			return resign(s, p)
		}, agreement.ErrBadSignature},
		{"truncated", c.leader, func(*agreementsim.Sim) []byte { return c.propose[:len(c.propose)-3] }, agreement.ErrMalformed},
		{"trailing byte", c.leader, func(*agreementsim.Sim) []byte { return append(append([]byte(nil), c.propose...), 0) }, agreement.ErrMalformed},
		{"oversized", c.leader, func(*agreementsim.Sim) []byte { return make([]byte, wire.MaxMessageSize+1) }, agreement.ErrOversized},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newRejSim(t)
			nd := s.Nodes[follower]
			flush(s, follower)
			err := nd.Step(tc.from, tc.msg(s))
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if nd.Rejected(tc.want) != 1 {
				t.Fatalf("rejection not counted: %v", nd.Rejections())
			}
			if rd := flush(s, follower); hasType(rd, wire.TypeEcho) || hasType(rd, wire.TypeVote) {
				t.Fatal("a rejected proposal was echoed or voted")
			}
			if l := s.Stores[follower].Get(simTe, c.leader, 0); l != nil {
				t.Fatal("a rejected proposal was locked")
			}
		})
	}
	// The unmodified proposal is accepted: locked, then echoed.
	s := newRejSim(t)
	nd := s.Nodes[follower]
	flush(s, follower)
	if err := nd.Step(c.leader, c.propose); err != nil {
		t.Fatalf("clean proposal: %v", err)
	}
	if rd := flush(s, follower); !hasType(rd, wire.TypeEcho) {
		t.Fatal("clean proposal not echoed")
	}
	if l := s.Stores[follower].Get(simTe, c.leader, 0); l == nil {
		t.Fatal("clean proposal not locked")
	}
	// A replay of an older attempt after a newer one is stale. (Attempt 1 on the
	// observations of attempt 0, which verify; re-binding them to attempt 1 would
	// not: see "observations of another attempt".)
	p := decodePropose(t, c.propose)
	p.Attempt = 1
	if err := nd.Step(c.leader, resign(s, p)); err != nil {
		t.Fatalf("attempt 1: %v", err)
	}
	flush(s, follower)
	if err := nd.Step(c.leader, c.propose); !errors.Is(err, agreement.ErrStale) {
		t.Fatalf("replayed attempt 0: %v", err)
	}
}

// TestLockedInstanceNeverSignsAnother: a keeper whose store holds a lock for the
// instance (from before a crash: the core is given it at start) refuses a
// different proposal for it, and — the old one being signed by the leader too —
// emits evidence.
func TestLockedInstanceNeverSignsAnother(t *testing.T) {
	c := capture(t)
	follower := (c.leader + 1) % 4
	s := newRejSim(t)
	p := decodePropose(t, c.propose)
	p.Entries = append([]report.Entry(nil), p.Entries...)
	p.Entries[0].St = new(big.Int).Add(p.Entries[0].St, big.NewInt(1))
	d, enc, err := wire.ReportDigest(p.Report())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Stores[follower].Put(&agreement.Lock{Te: simTe, Leader: c.leader, Attempt: 0, Digest: d, Report: enc, LeaderSig: s.Keyrings[c.leader].Sign(d)}); err != nil {
		t.Fatal(err)
	}
	s.Crash(follower)
	if err := s.Restart(follower); err != nil { // the core restores the stored lock
		t.Fatal(err)
	}
	nd := s.Nodes[follower]
	flush(s, follower)
	if err := nd.Step(c.leader, c.propose); !errors.Is(err, agreement.ErrConflict) {
		t.Fatalf("err = %v, want ErrConflict", err)
	}
	rd := flush(s, follower)
	if hasType(rd, wire.TypeEcho) || hasType(rd, wire.TypeVote) {
		t.Fatal("second report echoed or signed")
	}
	if len(rd.Evidence) != 1 || rd.Evidence[0].Signer != c.leader {
		t.Fatalf("evidence %v", rd.Evidence)
	}
	if _, _, _, _, err := rd.Evidence[0].Check(); err != nil {
		t.Fatal(err)
	}
}

// TestStoreConflictNeverSigned: a core that was not told of a lock the store holds
// (a driver bug) locks the other report in memory, but the store refuses the write
// (ErrLockConflict) and the core never echoes nor votes it.
func TestStoreConflictNeverSigned(t *testing.T) {
	c := capture(t)
	follower := (c.leader + 1) % 4
	s := newRejSim(t)
	if err := s.Stores[follower].Put(&agreement.Lock{Te: simTe, Leader: c.leader, Attempt: 0, Digest: [32]byte{7}}); err != nil {
		t.Fatal(err)
	}
	nd := s.Nodes[follower]
	flush(s, follower)
	if err := nd.Step(c.leader, c.propose); err != nil {
		t.Fatal(err)
	}
	if rd := flush(s, follower); hasType(rd, wire.TypeEcho) || hasType(rd, wire.TypeVote) {
		t.Fatal("a report the store refused was echoed or signed")
	}
	for range 50 {
		nd.Tick()
	}
	if rd := flush(s, follower); hasType(rd, wire.TypeEcho) || hasType(rd, wire.TypeVote) {
		t.Fatal("a report the store refused was echoed or signed later")
	}
}

func TestLeaderRejectsBadSignatures(t *testing.T) {
	c := capture(t)
	s := newRejSim(t)
	ld := s.Nodes[c.leader]
	ld.SetHeight(simTe + simParams.Finality) // its window opens: round 1
	if rd := flush(s, c.leader); !hasType(rd, wire.TypeObserve) {
		t.Fatal("leader did not observe")
	}
	var froms []uint32
	for f := range c.observations {
		if f != c.leader {
			froms = append(froms, f)
		}
	}
	if len(froms) < 2 {
		t.Fatal("not enough observations")
	}
	// A forged observation (bad signature) is dropped when the quorum is checked.
	m, _ := wire.Decode(c.observations[froms[0]])
	bad := m.(*wire.Observation)
	bad.Sig[0] ^= 1
	if err := ld.Step(froms[0], wire.Encode(bad)); err != nil {
		t.Fatal(err)
	}
	if err := ld.Step(froms[1], c.observations[froms[1]]); err != nil {
		t.Fatal(err)
	}
	if ld.Rejected(agreement.ErrBadSignature) != 1 {
		t.Fatalf("bad observation not rejected: %v", ld.Rejections())
	}
	if rd := flush(s, c.leader); hasType(rd, wire.TypePropose) {
		t.Fatal("proposed with a forged observation")
	}
	// The third keeper's observation completes the quorum.
	third := 6 - c.leader - froms[0] - froms[1]
	obs3 := c.observations[third]
	if obs3 == nil {
		// Build it: the third keeper's node observes the leader's Observe.
		flush(s, third)
		if err := s.Nodes[third].Step(c.leader, c.observe); err != nil {
			t.Fatal(err)
		}
		obs3 = payloadOf(flush(s, third), wire.TypeObservation)
	}
	if err := ld.Step(third, obs3); err != nil {
		t.Fatal(err)
	}
	prop := payloadOf(flush(s, c.leader), wire.TypePropose)
	if prop == nil {
		t.Fatal("no proposal after the quorum")
	}
	// Nack with a bad signature.
	pm := decodePropose(t, prop)
	nack := &wire.Nack{Header: pm.Header, Reason: wire.NackTolerance, Disputed: []uint16{0}}
	nack.Sender = froms[1]
	wire.Sign(nack, s.Keyrings[froms[0]].Sign) // signed by someone else
	if err := ld.Step(froms[1], wire.Encode(nack)); !errors.Is(err, agreement.ErrBadSignature) {
		t.Fatalf("nack with a bad signature: %v", err)
	}
	// Votes: one forged, then q−1 valid ones: the aggregate check fails, the
	// individual checks drop the forged vote, the report is submitted without it.
	d, _, _ := wire.ReportDigest(pm.Report())
	forged := &wire.Vote{Header: pm.Header, Digest: d, Sig: s.Keyrings[froms[0]].Sign([32]byte{1})}
	forged.Sender = froms[0]
	if err := ld.Step(froms[0], wire.Encode(forged)); err != nil {
		t.Fatal(err)
	}
	before := ld.Rejected(agreement.ErrBadSignature)
	for _, f := range []uint32{froms[1], third} {
		v := &wire.Vote{Header: pm.Header, Digest: d, Sig: s.Keyrings[f].Sign(d)}
		v.Sender = f
		if err := ld.Step(f, wire.Encode(v)); err != nil {
			t.Fatal(err)
		}
	}
	if ld.Rejected(agreement.ErrBadSignature) != before+1 {
		t.Fatalf("forged vote not rejected: %v", ld.Rejections())
	}
	rd := flush(s, c.leader)
	if len(rd.Submits) != 1 {
		t.Fatalf("%d submits", len(rd.Submits))
	}
	if rd.Submits[0].Signers.Bit(int(froms[0])) != 0 {
		t.Fatal("forged vote counted as a signer")
	}
	// The chain, at te + D, pays the report: its q signatures aggregate to what the
	// contract verifies (one height earlier it would be too early).
	s.Chain.Advance(simTe + simParams.Finality)
	if err := s.Chain.Pay(rd.Submits[0]); err != nil {
		t.Fatalf("submitted report refused: %v", err)
	}
}
