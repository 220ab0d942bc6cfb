package agreement

import (
	"bytes"
	"fmt"
	"math/big"
	"sort"

	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// knownProposal is a proposal of an instance, as received from its leader (over the
// authenticated transport) or relayed with a verified leader signature.
// maxKnown bounds the proposals a keeper keeps per instance (two with valid
// leader signatures are evidence; the leader alone can send more).
const maxKnown = 8

type knownProposal struct {
	encoded  []byte             // SPEC 8 report encoding
	sig      [wire.SigSize]byte // the leader's signature on its digest
	raw      []byte             // the wire Propose (nil when restored from the lock)
	verified bool               // sig was checked
}

// instance is a keeper's state for one (leader, attempt) of the current period.
type instance struct {
	key     instKey
	created uint64

	// Round 1: the Observe, this keeper's values for entries (the Observe's, or a
	// proposal's when no Observe came) once its space-time job answered, and the
	// observation sent.
	observe    *wire.Observe
	entries    []wire.Entry
	values     []*big.Int
	valuesJob  uint64 // JobSpaceTime in flight (0: none)
	answer     bool   // send the observation when the values arrive
	obsDigest  [32]byte
	obsMsg     []byte
	deferred   bool
	deferSince uint64

	// Rounds 2 and 3.
	lock        *Lock // held in memory from the moment it is made; durable once its write is reported
	prop        *wire.Propose
	propRaw     []byte
	parked      []*parkedPropose  // verified proposals waiting for this keeper's values
	seen        map[[32]byte]bool // digests of proposals processed (accepted or not)
	echoes      map[uint32][32]byte
	firstEcho   map[[32]byte]uint64
	echoTick    uint64
	echoRetries int
	voted       bool
	voteMsg     []byte
	nacked      bool
	known       map[[32]byte]*knownProposal
	requested   map[[32]byte]int
	evidence    bool
}

// parkedPropose is a proposal that passed every check but the tolerance one, which
// needs this keeper's own values of its observation attempt (a space-time job in
// flight).
type parkedPropose struct {
	m         *wire.Propose
	raw       []byte
	digest    [32]byte
	enc       []byte
	forwarded bool
}

// maxParked bounds the proposals parked per instance (only its leader can send them).
const maxParked = 4

// Bounds on the instances a keeper keeps per leader: attempts older than the newest
// by more than keepBehind are dropped, and echoes may run ahead of the newest
// proposal by at most echoAhead attempts.
const (
	keepBehind = 3
	echoAhead  = 2
)

// instance returns the state of (leader, attempt), creating it (with its lock, if
// this keeper holds one: made here, or restored at start from the VoteStore).
func (nd *Node) instance(leader, attempt uint32) *instance {
	k := instKey{leader, attempt}
	if in, ok := nd.insts[k]; ok {
		return in
	}
	lock := nd.locks[lockKey{nd.te, leader, attempt}]
	in := &instance{
		key: k, created: nd.now, lock: lock,
		seen: map[[32]byte]bool{}, echoes: map[uint32][32]byte{}, firstEcho: map[[32]byte]uint64{},
		known: map[[32]byte]*knownProposal{}, requested: map[[32]byte]int{},
	}
	if lock != nil {
		in.known[lock.Digest] = &knownProposal{encoded: lock.Report, sig: lock.LeaderSig}
		in.seen[lock.Digest] = true
	}
	nd.insts[k] = in
	return in
}

// durableLock reports whether the instance's lock is on disk.
func (nd *Node) durableLock(in *instance) bool {
	return in.lock != nil && nd.durable[lockKey{nd.te, in.key.leader, in.key.attempt}]
}

// noteAttempt records that leader runs attempt and drops its instances older than
// keepBehind attempts.
func (nd *Node) noteAttempt(leader, attempt uint32) {
	if cur, ok := nd.maxAttempt[leader]; ok && cur >= attempt {
		return
	}
	nd.maxAttempt[leader] = attempt
	for k := range nd.insts {
		if k.leader == leader && uint64(k.attempt)+keepBehind < uint64(attempt) {
			delete(nd.insts, k)
		}
	}
}

// attemptInRange bounds the instances that messages not from the leader (echoes,
// record sets) may create.
func (nd *Node) attemptInRange(leader, attempt uint32) bool {
	cur, ok := nd.maxAttempt[leader]
	if !ok || cur>>16 != attempt>>16 {
		cur = attempt &^ 0xffff
	}
	return uint64(attempt)+keepBehind >= uint64(cur) && uint64(attempt) <= uint64(cur)+echoAhead
}

// onObserve answers round 1 (SPEC 7): check the leader against the schedule and each
// ts against the chain, have st_i computed per entry (a space-time job), and send
// one signed observation when it comes back.
func (nd *Node) onObserve(from uint32, m *wire.Observe) error {
	if from != m.Leader {
		return fmt.Errorf("%w: observe from %d for leader %d", ErrNotLeader, from, m.Leader)
	}
	if m.Leader == nd.cfg.Self {
		return ErrUnexpected
	}
	if _, err := nd.checkLeader(m.Leader, m.Attempt); err != nil {
		return err
	}
	if cur, ok := nd.maxAttempt[m.Leader]; ok && m.Attempt < cur {
		return fmt.Errorf("%w: attempt %d, leader is at %d", ErrStale, m.Attempt, cur)
	}
	in := nd.instance(m.Leader, m.Attempt)
	if in.observe != nil {
		if !sameEntries(in.observe.Entries, m.Entries) {
			return fmt.Errorf("%w: second observe with other entries", ErrConflict)
		}
		if in.obsMsg != nil {
			nd.sendBytes(m.Leader, wire.TypeObservation, in.obsMsg)
		}
		return nil
	}
	if in.entries != nil && !sameEntries(in.entries, m.Entries) {
		return fmt.Errorf("%w: observe with other entries than the proposal of this attempt", ErrConflict)
	}
	if err := nd.checkEntries(m.Entries); err != nil {
		return err
	}
	nd.noteAttempt(m.Leader, m.Attempt)
	in.observe = m
	if nd.syncPending(m.Leader, m.Attempt) {
		// Round 4 is merging records: observe once the merge is done (or a round
		// later, whichever comes first).
		in.deferred, in.deferSince = true, nd.now
		return nil
	}
	nd.answerObserve(in)
	return nil
}

// answerObserve sends this keeper's observation of the instance's Observe, now if
// its values are known, else when its space-time job answers.
func (nd *Node) answerObserve(in *instance) {
	in.deferred = false
	in.answer = true
	if in.values == nil {
		nd.fetchValues(in, in.observe.Entries)
		return
	}
	nd.sendObservation(in)
}

// fetchValues starts the space-time job of the instance's entries (once).
func (nd *Node) fetchValues(in *instance, es []wire.Entry) {
	if in.entries == nil {
		in.entries = es
	}
	if in.valuesJob != 0 || in.values != nil {
		return
	}
	in.valuesJob = nd.addJob(&job{kind: JobSpaceTime, te: nd.te, key: in.key}, in.entries, nil)
}

// valuesDone: the space-time job of an instance answered. The observation goes out
// if it was asked for, and the proposals parked on these values proceed.
func (nd *Node) valuesDone(k instKey, d Done) {
	in := nd.insts[k]
	if in == nil || in.values != nil {
		return
	}
	in.valuesJob = 0
	if err := checkValues(d, len(in.entries)); err != nil {
		nd.log.Warn("own space-time", "leader", k.leader, "attempt", k.attempt, "err", err)
		return
	}
	in.values = d.Values
	if in.answer && in.obsMsg == nil {
		nd.sendObservation(in)
	}
	for _, other := range nd.sortedInstances() {
		if other.key.leader != k.leader || len(other.parked) == 0 {
			continue
		}
		var keep []*parkedPropose
		for _, p := range other.parked {
			if p.m.ObsAttempt != k.attempt {
				keep = append(keep, p)
				continue
			}
			if err := nd.lockProposal(other, p); err != nil {
				nd.count(err)
				nd.log.Debug("parked proposal refused", "leader", k.leader, "attempt", other.key.attempt, "err", err)
			}
		}
		other.parked = keep
	}
}

// checkValues checks a space-time job's answer: one value per entry, each in
// [0, 2^256).
func checkValues(d Done, n int) error {
	if d.Err != nil {
		return fmt.Errorf("%w: %w", ErrLocal, d.Err)
	}
	if len(d.Values) != n {
		return fmt.Errorf("%w: %d values for %d entries", ErrLocal, len(d.Values), n)
	}
	for _, v := range d.Values {
		if v == nil || v.Sign() < 0 || v.BitLen() > 256 {
			return fmt.Errorf("%w: space-time out of range", ErrLocal)
		}
	}
	return nil
}

// sendObservation signs the instance's values (wire.ObservationDigest) and sends them
// to its leader.
func (nd *Node) sendObservation(in *instance) {
	d := wire.PartObservationDigest(nd.cfg.Domain, nd.te, nd.cfg.Part, in.key.leader, in.key.attempt, in.entries, in.values)
	in.obsDigest = d
	sig := nd.cfg.Keys.Sign(d)
	in.obsMsg = wire.Encode(&wire.Observation{Header: nd.header(in.key.leader, in.key.attempt), Values: in.values, Sig: sig})
	nd.sendBytes(in.key.leader, wire.TypeObservation, in.obsMsg)
}

// onPropose is a keeper's side of rounds 2 and 3 (SPEC 7): check the report, that
// each value is justified by the attached signed observations (the median, or in
// round 3 a value inside their trimmed range with f+1 support), that those
// observations' signatures verify, and that each value is within τ of its own st;
// then lock the report (durably: its write is a Ready.Lock) and echo its digest once
// the lock is on disk. forwarded marks a Propose relayed by another keeper
// (authenticated by the leader's signature).
func (nd *Node) onPropose(from uint32, m *wire.Propose, raw []byte, forwarded bool) error {
	L := m.Leader
	if m.Sender != L || (!forwarded && from != L) {
		return fmt.Errorf("%w: propose from %d for leader %d", ErrNotLeader, from, L)
	}
	if L == nd.cfg.Self {
		if forwarded {
			return nil
		}
		return ErrUnexpected
	}
	j, err := nd.checkLeader(L, m.Attempt)
	if err != nil {
		return err
	}
	if m.ObsAttempt>>16 != m.Attempt>>16 || m.ObsAttempt > m.Attempt {
		return fmt.Errorf("%w: observations of another pass or a later attempt", ErrBadReport)
	}
	if cur, ok := nd.maxAttempt[L]; ok && m.Attempt < cur && (!forwarded || nd.insts[instKey{L, m.Attempt}] == nil) {
		return fmt.Errorf("%w: attempt %d, leader is at %d", ErrStale, m.Attempt, cur)
	}
	if m.FailedBitmap.Cmp(nd.sched.FailedBitmap(j)) != 0 {
		return fmt.Errorf("%w: failed bitmap %x, schedule says %x", ErrBadReport, m.FailedBitmap, nd.sched.FailedBitmap(j))
	}
	k := len(m.Obs)
	if (m.Mode == wire.ModeMedian && k != nd.q) || k < nd.q || k > nd.n {
		return fmt.Errorf("%w: %d observations, quorum %d of %d", ErrBadReport, k, nd.q, nd.n)
	}
	for _, o := range m.Obs {
		if _, ok := nd.members[o.Sender]; !ok {
			return fmt.Errorf("%w: observation by non-member %d", ErrBadReport, o.Sender)
		}
	}
	es := m.ObsEntries()
	if err := nd.checkEntries(es); err != nil {
		return err
	}
	digest, enc, err := wire.ReportDigest(m.Report())
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadReport, err)
	}
	in := nd.instance(L, m.Attempt)
	leaderPK := nd.members[L].PublicKey

	if in.lock != nil && in.lock.Digest == digest {
		// Already validated and locked (a retransmission, or after a restart).
		if in.prop == nil {
			in.prop, in.propRaw = m, raw
			if kp := in.known[digest]; kp != nil && kp.raw == nil {
				kp.raw = raw
			}
		}
		in.echoes[nd.cfg.Self], in.echoes[L] = digest, digest
		switch {
		case in.voted:
			nd.sendBytes(L, wire.TypeVote, in.voteMsg)
		case nd.durableLock(in):
			nd.broadcast(&wire.Echo{Header: nd.header(L, m.Attempt), Digest: digest, Reply: true})
			in.echoTick = nd.now
			nd.checkEchoQuorum(in)
		}
		return nil
	}
	if in.seen[digest] {
		return nil // processed before (and refused, or known)
	}
	for _, p := range in.parked {
		if p.digest == digest {
			return nil // waiting for this keeper's values
		}
	}
	if in.lock != nil {
		// A second report for the same (te, leader, attempt): equivocation, if the
		// leader signed both.
		in.seen[digest] = true
		if !nd.cfg.Verifier.Verify(leaderPK, digest, m.LeaderSig) {
			return fmt.Errorf("%w: leader signature on a conflicting proposal", ErrBadSignature)
		}
		nd.noteKnown(in, &knownProposal{encoded: enc, sig: m.LeaderSig, raw: raw, verified: true}, digest)
		return fmt.Errorf("%w: instance locked on another report", ErrConflict)
	}
	if !forwarded {
		nd.noteAttempt(L, m.Attempt)
	}
	// A refused proposal is still known: an honest leader signs one report per
	// instance, so a second one (refused or locked, in either order) is evidence
	// once both leader signatures check (noteKnown). Without this, an equivocating
	// leader whose bad proposal arrives first would go unpunished.
	if err := nd.justify(m); err != nil {
		nd.refuse(in, m, raw, digest, enc)
		nd.nack(in, wire.NackInvalid, nil)
		return err
	}
	// The leader's signature is checked here only on a relayed proposal: one from
	// the leader itself is authenticated by the transport, and its signature is
	// checked when it matters — in the leader's aggregate of the votes, which
	// includes it, and before it is used as evidence (see the package doc).
	if forwarded && !nd.cfg.Verifier.Verify(leaderPK, digest, m.LeaderSig) {
		return fmt.Errorf("%w: leader signature on a relayed proposal", ErrBadSignature)
	}
	// The attached observations must verify whatever the values (issue 12.6): a
	// keeper never locks a report whose observations — the SCP ledger's record of
	// who observed what — cannot be checked by anyone later.
	if !nd.verifyProposeObs(m, es) {
		nd.refuse(in, m, raw, digest, enc)
		nd.nack(in, wire.NackInvalid, nil)
		return fmt.Errorf("%w: observation signatures", ErrBadSignature)
	}
	p := &parkedPropose{m: m, raw: raw, digest: digest, enc: enc, forwarded: forwarded}
	obs := nd.instance(L, m.ObsAttempt)
	if obs.entries != nil && !sameEntries(obs.entries, es) {
		nd.refuse(in, m, raw, digest, enc)
		nd.nack(in, wire.NackInvalid, nil)
		return fmt.Errorf("%w: the proposal's entries are not those of its observation attempt", ErrConflict)
	}
	if obs.values == nil {
		// This keeper's own st of these entries is being computed (or not yet asked
		// for: it missed the Observe): the tolerance check and the lock wait for it.
		if len(in.parked) >= maxParked {
			return fmt.Errorf("%w: too many proposals waiting", ErrConflict)
		}
		in.parked = append(in.parked, p)
		nd.fetchValues(obs, es)
		return nil
	}
	return nd.lockProposal(in, p)
}

// refuse marks a proposal processed and keeps it as known (evidence material).
func (nd *Node) refuse(in *instance, m *wire.Propose, raw []byte, digest [32]byte, enc []byte) {
	in.seen[digest] = true
	nd.noteKnown(in, &knownProposal{encoded: enc, sig: m.LeaderSig, raw: raw}, digest)
}

// lockProposal is the end of a keeper's proposal check, with its own values of the
// observation attempt at hand: every value within τ of its own, then the lock.
func (nd *Node) lockProposal(in *instance, p *parkedPropose) error {
	m := p.m
	if in.lock != nil || in.seen[p.digest] {
		if in.lock != nil && in.lock.Digest != p.digest {
			return fmt.Errorf("%w: instance locked on another report", ErrConflict)
		}
		return nil
	}
	obs := nd.insts[instKey{m.Leader, m.ObsAttempt}]
	if obs == nil || obs.values == nil {
		return fmt.Errorf("%w: own values of attempt %d gone", ErrStale, m.ObsAttempt)
	}
	own := obs.values
	if disputed := nd.disputed(m, own); len(disputed) > 0 {
		nd.refuse(in, m, p.raw, p.digest, p.enc)
		nd.nack(in, wire.NackTolerance, disputed)
		return fmt.Errorf("%w: %d entries", ErrTolerance, len(disputed))
	}
	lock := &Lock{Te: nd.te, Part: nd.cfg.Part, Leader: m.Leader, Attempt: m.Attempt, Digest: p.digest, Report: p.enc, LeaderSig: m.LeaderSig}
	nd.putLock(lock)
	in.lock, in.prop, in.propRaw = lock, m, p.raw
	in.seen[p.digest] = true
	nd.noteKnown(in, &knownProposal{encoded: p.enc, sig: m.LeaderSig, raw: p.raw, verified: p.forwarded}, p.digest)
	in.echoes[nd.cfg.Self], in.echoes[m.Leader] = p.digest, p.digest
	return nil
}

// followerLockDone: the instance's lock is on disk; echo its digest.
func (nd *Node) followerLockDone(in *instance) {
	if in.voted {
		return
	}
	nd.broadcast(&wire.Echo{Header: nd.header(in.key.leader, in.key.attempt), Digest: in.lock.Digest})
	in.echoTick = nd.now
	nd.checkEchoQuorum(in)
}

// justify checks that each entry's st is justified by the attached observations:
// their median (round 2), or a value in their trimmed range with f+1 support
// (round 3); ErrBadValue otherwise.
func (nd *Node) justify(m *wire.Propose) error {
	counts := make([]int, len(m.Vectors))
	for _, o := range m.Obs {
		counts[o.Vector]++
	}
	ws := make([]weighted, len(m.Vectors))
	for i, e := range m.Entries {
		var ok bool
		if len(m.Vectors) == 1 {
			// One value observed by all: it is the median, the trimmed range, and
			// supported by every observation.
			ok = e.St.Cmp(m.Vectors[0][i]) == 0
		} else {
			for v := range m.Vectors {
				ws[v] = weighted{m.Vectors[v][i], counts[v]}
			}
			sortWeighted(ws)
			if m.Mode == wire.ModeMedian {
				ok = medianWeighted(ws).Cmp(e.St) == 0
			} else {
				lo, hi, inRange := trimmedRange(ws, nd.f)
				ok = inRange && e.St.Cmp(lo) >= 0 && e.St.Cmp(hi) <= 0 && nd.tol.support(ws, e.St) >= nd.f+1
			}
		}
		if !ok {
			return fmt.Errorf("%w: entry %d (provider %d)", ErrBadValue, i, e.Provider)
		}
	}
	return nil
}

// disputed returns the entries whose st is outside τ of this keeper's own value.
func (nd *Node) disputed(m *wire.Propose, own []*big.Int) []uint16 {
	var out []uint16
	for i, e := range m.Entries {
		if e.St.Cmp(own[i]) != 0 && !nd.tol.Within(e.St, own[i]) {
			out = append(out, uint16(i))
		}
	}
	return out
}

// verifyProposeObs checks the attached observations' signatures: each vector's
// aggregate against its observers' keys, all in one batch.
func (nd *Node) verifyProposeObs(m *wire.Propose, es []wire.Entry) bool {
	// The digest of this keeper's own observation, if it signed one of these
	// values (most proposals carry one vector, everyone's): not hashed again.
	own := nd.insts[instKey{m.Leader, m.ObsAttempt}]
	if own != nil && (own.obsMsg == nil || !sameEntries(own.entries, es)) {
		own = nil
	}
	groups := make([]SigGroup, len(m.Vectors))
	for v := range m.Vectors {
		if own != nil && sameValues(own.values, m.Vectors[v]) {
			groups[v].Msg = own.obsDigest
			continue
		}
		groups[v].Msg = wire.PartObservationDigest(nd.cfg.Domain, nd.te, nd.cfg.Part, m.Leader, m.ObsAttempt, es, m.Vectors[v])
	}
	for _, o := range m.Obs {
		g := &groups[o.Vector]
		g.PKs = append(g.PKs, nd.members[o.Sender].PublicKey)
	}
	for v := range groups {
		groups[v].Agg = &m.Aggs[v]
	}
	return nd.cfg.Verifier.VerifyGroups(groups)
}

// noteKnown records a proposal of the instance; two of them with different digests,
// both signed by the leader, are evidence of its equivocation (SPEC 8), emitted
// once per instance. A signature not yet checked is checked here.
func (nd *Node) noteKnown(in *instance, kp *knownProposal, digest [32]byte) {
	if _, ok := in.known[digest]; ok {
		return
	}
	if len(in.known) >= maxKnown && (in.evidence || in.lock == nil || in.lock.Digest != digest) {
		return // only the leader can send these: it fills its own instance
	}
	in.known[digest] = kp
	if in.evidence || len(in.known) < 2 {
		return
	}
	ds := make([][32]byte, 0, len(in.known))
	for d := range in.known {
		ds = append(ds, d)
	}
	sort.Slice(ds, func(i, j int) bool { return bytes.Compare(ds[i][:], ds[j][:]) < 0 })
	pk := nd.members[in.key.leader].PublicKey
	var signed [][32]byte
	for _, d := range ds {
		p := in.known[d]
		if !p.verified {
			p.verified = true
			if !nd.cfg.Verifier.Verify(pk, d, p.sig) {
				p.sig = [wire.SigSize]byte{} // proves nothing
				nd.rejected[ErrBadSignature]++
				nd.log.Warn("proposal with a bad leader signature", "leader", in.key.leader, "attempt", in.key.attempt)
			}
		}
		if p.sig != ([wire.SigSize]byte{}) {
			signed = append(signed, d)
		}
	}
	if len(signed) < 2 {
		return
	}
	a, b := in.known[signed[0]], in.known[signed[1]]
	nd.rd.Evidence = append(nd.rd.Evidence, wire.NewEvidence(in.key.leader, a.encoded, a.sig, b.encoded, b.sig))
	in.evidence = true
	nd.log.Warn("leader equivocated", "leader", in.key.leader, "attempt", in.key.attempt)
}

func (nd *Node) nack(in *instance, reason uint8, disputed []uint16) {
	if in.nacked {
		return
	}
	in.nacked = true
	m := &wire.Nack{Header: nd.header(in.key.leader, in.key.attempt), Reason: reason, Disputed: disputed}
	nd.signMessage(m)
	nd.send(in.key.leader, m)
}

// onEcho counts echoes towards the quorum that releases this keeper's vote, and
// watches for digests other than the locked one (a sign of equivocation: fetch that
// proposal to prove it).
func (nd *Node) onEcho(from uint32, m *wire.Echo) error {
	L := m.Leader
	if L == nd.cfg.Self {
		return nil // the leader counts votes, not echoes
	}
	if _, err := nd.checkLeader(L, m.Attempt); err != nil {
		return err
	}
	if !nd.attemptInRange(L, m.Attempt) {
		return fmt.Errorf("%w: echo for attempt %d", ErrStale, m.Attempt)
	}
	in := nd.instance(L, m.Attempt)
	if prev, ok := in.echoes[from]; ok && prev != m.Digest {
		return fmt.Errorf("%w: echo of a second digest", ErrConflict)
	}
	in.echoes[from] = m.Digest
	if _, ok := in.firstEcho[m.Digest]; !ok {
		in.firstEcho[m.Digest] = nd.now
	}
	if m.Reply && nd.durableLock(in) {
		nd.send(from, &wire.Echo{Header: nd.header(L, m.Attempt), Digest: in.lock.Digest})
	}
	if !in.seen[m.Digest] && (in.lock != nil || len(in.known) > 0) {
		nd.requestPropose(in, from, m.Digest)
	}
	nd.checkEchoQuorum(in)
	return nil
}

// requestPropose asks a keeper for the proposal with digest (at most twice per
// digest).
func (nd *Node) requestPropose(in *instance, to uint32, digest [32]byte) {
	if in.requested[digest] >= 2 {
		return
	}
	in.requested[digest]++
	m := &wire.ProposeRequest{Header: nd.header(in.key.leader, in.key.attempt), Digest: digest}
	nd.signMessage(m)
	nd.send(to, m)
}

// checkEchoQuorum signs the locked report once q keepers (this one and the leader
// included) echoed its digest: with every honest keeper echoing at most one digest
// per instance, two digests cannot both reach q, so no two honest keepers sign
// different reports of one instance.
func (nd *Node) checkEchoQuorum(in *instance) {
	if in.voted || !nd.durableLock(in) {
		return
	}
	c := 0
	for _, d := range in.echoes {
		if d == in.lock.Digest {
			c++
		}
	}
	if c < nd.q {
		return
	}
	sig := nd.cfg.Keys.Sign(in.lock.Digest) // the lock is durable: its write was reported
	in.voteMsg = wire.Encode(&wire.Vote{Header: nd.header(in.key.leader, in.key.attempt), Digest: in.lock.Digest, Sig: sig})
	in.voted = true
	nd.sendBytes(in.key.leader, wire.TypeVote, in.voteMsg)
}

// onProposeRequest answers with a proposal this keeper holds.
func (nd *Node) onProposeRequest(from uint32, m *wire.ProposeRequest) error {
	if err := nd.verifyMessage(m); err != nil {
		return err
	}
	var raw []byte
	if l := nd.lead; m.Leader == nd.cfg.Self && l != nil && l.prop != nil && l.attempt == m.Attempt && l.digest == m.Digest {
		raw = l.propBytes
	} else if in, ok := nd.insts[instKey{m.Leader, m.Attempt}]; ok {
		if kp := in.known[m.Digest]; kp != nil {
			raw = kp.raw
		}
	}
	if raw == nil {
		return ErrUnknownInstance
	}
	nd.send(from, &wire.ProposeForward{Header: nd.header(m.Leader, m.Attempt), Propose: raw})
	return nil
}

// onProposeForward handles a relayed proposal as if from its leader (its signature
// authenticates it).
func (nd *Node) onProposeForward(from uint32, m *wire.ProposeForward) error {
	inner, err := m.Inner()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return nd.onPropose(from, inner, m.Propose, true)
}

// followerTick: answer an observation deferred by round 4, re-echo a durably locked
// digest that has not reached quorum (peers may have lost echoes, or restarted), and fetch
// a proposal that others echo but that never arrived.
func (nd *Node) followerTick(in *instance) {
	if in.deferred && nd.now-in.deferSince >= nd.cfg.RoundTicks {
		nd.answerObserve(in)
	}
	if nd.durableLock(in) && !in.voted && nd.now-in.echoTick >= nd.cfg.RoundTicks && in.echoRetries < nd.cfg.Retransmits {
		in.echoTick = nd.now
		in.echoRetries++
		nd.broadcast(&wire.Echo{Header: nd.header(in.key.leader, in.key.attempt), Digest: in.lock.Digest, Reply: true})
	}
	if in.lock == nil && in.prop == nil {
		ds := make([][32]byte, 0, len(in.firstEcho))
		for d := range in.firstEcho {
			ds = append(ds, d)
		}
		sort.Slice(ds, func(i, j int) bool { return bytes.Compare(ds[i][:], ds[j][:]) < 0 })
		for _, d := range ds {
			if in.seen[d] || nd.now-in.firstEcho[d] < nd.cfg.RoundTicks/2 || in.requested[d] >= 2 {
				continue
			}
			// Ask an echoer of d: the lowest index first, the next one on the retry.
			var cands []uint32
			for k, ed := range in.echoes {
				if ed == d && k != nd.cfg.Self {
					cands = append(cands, k)
				}
			}
			if len(cands) == 0 {
				continue
			}
			sort.Slice(cands, func(i, j int) bool { return cands[i] < cands[j] })
			nd.requestPropose(in, cands[in.requested[d]%len(cands)], d)
			in.firstEcho[d] = nd.now
		}
	}
}
