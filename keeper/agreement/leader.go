package agreement

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

type phase int

const (
	phaseObserve phase = iota // round 1: collecting observations
	phaseLock                 // rounds 2, 3: the proposal is locked, its write not yet reported
	phasePropose              // rounds 2, 3: collecting votes
	phaseSync                 // round 4: collecting record sets
	phaseDone                 // submitted, nothing due, or given up
)

func (p phase) String() string {
	return [...]string{"observe", "lock", "propose", "sync", "done"}[p]
}

// obsRec is an observation the leader received for its current observation attempt.
type obsRec struct {
	values   []*big.Int
	sig      [wire.SigSize]byte
	verified bool
	digest   [32]byte // the leader's own: its observation digest
}

// leading is the leader's side of its instance in its window (SPEC 7).
type leading struct {
	window  uint64
	attempt uint32 // current attempt (the proposal's, or the observation round's)
	phase   phase

	entries    []wire.Entry
	obsAttempt uint32
	observe    []byte // encoded Observe, for retransmission
	ownJob     uint64 // the space-time job of the leader's own observation
	obs        map[uint32]*obsRec
	arrival    []uint32 // senders in arrival order (own first once it is known)

	mode       uint8
	reconciled bool          // round 3 was tried for the current observations
	waitMore   bool          // the median was outside τ of the leader's own values: round 3 waits for more observations
	pending    *wire.Propose // phaseLock: the proposal whose lock is being written
	lockTries  int
	prop       *wire.Propose
	propBytes  []byte
	digest     [32]byte
	encoded    []byte
	votes      map[uint32][wire.SigSize]byte
	nacks      map[uint32]*wire.Nack

	syncKey  instKey
	exclude  map[uint32]bool // providers dropped from this window's attempts after an incomplete sync (abandonSync)
	deadline uint64
	retries  int
}

// maybeLead starts this keeper's instance when its window is open (SPEC 6).
func (nd *Node) maybeLead() {
	i := nd.ownWindow()
	if i < 0 || nd.done {
		return
	}
	w := uint64(i)
	if nd.sched.Leader(w).Index != nd.cfg.Self {
		return
	}
	if w == 0 {
		if nd.height < nd.te+nd.sched.Params.Finality+nd.settleBlocks() {
			return // records near te still in flight (Config.SettleBlocks)
		}
	}
	if nd.lead != nil && nd.lead.window == w {
		return
	}
	pass := w / uint64(nd.n)
	if pass > 0xffff {
		return
	}
	attempt := uint32(pass) << 16
	// After a restart in the same window, continue after the last attempt locked.
	if last, ok := nd.lastAttempt(nd.te, nd.cfg.Self); ok && last>>16 == uint32(pass) {
		if last&0xffff == 0xffff {
			return
		}
		attempt = last + 1
	}
	l := &leading{window: w, attempt: attempt}
	nd.lead = l
	nd.log.Debug("leading", "te", nd.te, "window", w, "attempt", attempt)
	nd.startObserve(l)
}

// settleBlocks is Config.SettleBlocks bounded so that the delay never costs the
// period its payment: at most W − 1 (the first leader keeps a block of its own
// window), and at most half of the Period − W blocks between te + D and the height
// at which the node moves on to the next period end (SetHeight: te' + D ≤ h + W),
// so the agreement keeps the other half. With Period ≤ W there is no delay.
func (nd *Node) settleBlocks() uint64 {
	p := nd.sched.Params
	s := min(nd.cfg.SettleBlocks, max(p.Window, 1)-1)
	if p.Period <= p.Window {
		return 0
	}
	return min(s, (p.Period-p.Window)/2)
}

// startObserve is round 1: Observe to all, and the leader's own observation (a
// space-time job; the leader proposes only once it has its own).
func (nd *Node) startObserve(l *leading) {
	es, err := nd.dueEntries()
	if err != nil {
		nd.log.Warn("due entries", "err", err)
		l.phase = phaseDone
		return
	}
	if len(l.exclude) > 0 {
		kept := make([]wire.Entry, 0, len(es))
		for _, e := range es {
			if !l.exclude[e.Provider] {
				kept = append(kept, e)
			}
		}
		if len(kept) > 0 {
			es = kept
		} // else every entry was disputed: observe them all again (abandonSync)
	}
	if len(es) == 0 {
		l.phase = phaseDone
		return
	}
	l.entries, l.obsAttempt = es, l.attempt
	l.obs = map[uint32]*obsRec{}
	l.arrival = nil
	l.reconciled, l.waitMore = false, false
	l.observe = nd.broadcast(&wire.Observe{Header: nd.header(nd.cfg.Self, l.attempt), Entries: es})
	l.phase, l.retries = phaseObserve, 0
	l.deadline = nd.now + nd.cfg.RoundTicks
	l.ownJob = nd.addJob(&job{kind: JobSpaceTime, te: nd.te, key: instKey{nd.cfg.Self, l.attempt}, lead: true}, es, nil)
}

// ownObservationDone: the leader's own values of attempt are known; sign them and
// propose once q observations verify.
func (nd *Node) ownObservationDone(attempt uint32, d Done) {
	l := nd.lead
	if l == nil || l.phase != phaseObserve || l.obsAttempt != attempt {
		return
	}
	l.ownJob = 0
	if err := checkValues(d, len(l.entries)); err != nil {
		nd.log.Warn("own observation", "err", err)
		l.phase = phaseDone
		return
	}
	dg := wire.PartObservationDigest(nd.cfg.Domain, nd.te, nd.cfg.Part, nd.cfg.Self, attempt, l.entries, d.Values)
	l.obs[nd.cfg.Self] = &obsRec{values: d.Values, sig: nd.cfg.Keys.Sign(dg), verified: true, digest: dg}
	l.arrival = append([]uint32{nd.cfg.Self}, l.arrival...)
	nd.tryPropose(l)
}

// onObservation collects observations at the leader.
func (nd *Node) onObservation(from uint32, m *wire.Observation) error {
	l := nd.lead
	if l == nil || m.Leader != nd.cfg.Self || l.obs == nil {
		return ErrUnknownInstance
	}
	if m.Attempt != l.obsAttempt {
		return fmt.Errorf("%w: observation for attempt %d, observing %d", ErrStale, m.Attempt, l.obsAttempt)
	}
	if len(m.Values) != len(l.entries) {
		return fmt.Errorf("%w: %d values for %d entries", ErrMalformed, len(m.Values), len(l.entries))
	}
	if prev, ok := l.obs[from]; ok {
		if prev.sig == m.Sig && sameValues(prev.values, m.Values) {
			return nil // retransmission
		}
		return ErrConflict
	}
	l.obs[from] = &obsRec{values: m.Values, sig: m.Sig}
	l.arrival = append(l.arrival, from)
	switch {
	case l.phase != phaseObserve:
	case l.waitMore && len(l.obs) == nd.n:
		l.waitMore = false
		nd.nextRound(l)
	case !l.waitMore:
		nd.tryPropose(l)
	}
	return nil
}

// verifyObs verifies the unverified observations among senders, grouped by equal
// value vectors: each group is one aggregate check, all groups one batch; on
// failure each member of the batch is checked alone and bad ones are dropped.
func (nd *Node) verifyObs(l *leading, senders []uint32) {
	type group struct {
		values []*big.Int
		who    []uint32
	}
	var groups []*group
	for _, s := range senders {
		o := l.obs[s]
		if o == nil || o.verified {
			continue
		}
		var g *group
		for _, c := range groups {
			if sameValues(c.values, o.values) {
				g = c
				break
			}
		}
		if g == nil {
			g = &group{values: o.values}
			groups = append(groups, g)
		}
		g.who = append(g.who, s)
	}
	if len(groups) == 0 {
		return
	}
	sgs := make([]SigGroup, len(groups))
	own := l.obs[nd.cfg.Self]
	for i, g := range groups {
		if own != nil && sameValues(own.values, g.values) {
			sgs[i].Msg = own.digest // the values the leader signed itself: not hashed again
		} else {
			sgs[i].Msg = wire.PartObservationDigest(nd.cfg.Domain, nd.te, nd.cfg.Part, nd.cfg.Self, l.obsAttempt, l.entries, g.values)
		}
		for _, s := range g.who {
			sgs[i].PKs = append(sgs[i].PKs, nd.members[s].PublicKey)
			sgs[i].Sigs = append(sgs[i].Sigs, l.obs[s].sig)
		}
	}
	if nd.cfg.Verifier.VerifyGroups(sgs) {
		for _, g := range groups {
			for _, s := range g.who {
				l.obs[s].verified = true
			}
		}
		return
	}
	for i, g := range groups {
		for j, s := range g.who {
			if nd.cfg.Verifier.Verify(sgs[i].PKs[j], sgs[i].Msg, sgs[i].Sigs[j]) {
				l.obs[s].verified = true
				continue
			}
			nd.rejected[ErrBadSignature]++
			nd.log.Debug("bad observation signature", "from", s)
			delete(l.obs, s)
		}
	}
}

// tryPropose is round 2: once q observations verify, propose their medians.
func (nd *Node) tryPropose(l *leading) {
	if l.obs[nd.cfg.Self] == nil {
		return // the leader signs only a proposal within τ of its own observation
	}
	for {
		if len(l.obs) < nd.q {
			return
		}
		// The first q in arrival order (own first); verify those not yet verified.
		var chosen []uint32
		for _, s := range l.arrival {
			if _, ok := l.obs[s]; ok {
				chosen = append(chosen, s)
				if len(chosen) == nd.q {
					break
				}
			}
		}
		if len(chosen) < nd.q {
			return
		}
		nd.verifyObs(l, chosen)
		ok := true
		for _, s := range chosen {
			if _, still := l.obs[s]; !still {
				ok = false
			}
		}
		if !ok {
			continue // a bad one was dropped; choose again
		}
		prop := nd.buildPropose(l, wire.ModeMedian, chosen, nil)
		if prop == nil {
			l.phase = phaseDone
			return
		}
		nd.sendProposal(l, prop)
		return
	}
}

// buildPropose assembles a Propose from the observations of senders: per entry,
// the median (round 2), or the reconcile value for the entries in recon (round 3),
// keeping the previous proposal's value for the others when it is still justified.
func (nd *Node) buildPropose(l *leading, mode uint8, senders []uint32, prev *wire.Propose) *wire.Propose {
	sort.Slice(senders, func(i, j int) bool { return senders[i] < senders[j] })
	p := &wire.Propose{
		Header:       nd.header(nd.cfg.Self, l.attempt),
		Mode:         mode,
		ObsAttempt:   l.obsAttempt,
		FailedBitmap: nd.sched.FailedBitmap(l.window),
	}
	// Distinct vectors in order of first reference.
	for _, s := range senders {
		vals := l.obs[s].values
		idx := -1
		for i, v := range p.Vectors {
			if sameValues(v, vals) {
				idx = i
				break
			}
		}
		if idx < 0 {
			idx = len(p.Vectors)
			p.Vectors = append(p.Vectors, vals)
		}
		p.Obs = append(p.Obs, wire.ObsRef{Sender: s, Vector: uint16(idx)})
	}
	// Each vector's observers' signatures travel as their aggregate: a keeper checks
	// one signature per vector, whatever q (wire.Propose).
	sigs := make([][][wire.SigSize]byte, len(p.Vectors))
	for _, o := range p.Obs {
		sigs[o.Vector] = append(sigs[o.Vector], l.obs[o.Sender].sig)
	}
	p.Aggs = make([][wire.SigSize]byte, len(p.Vectors))
	for v := range sigs {
		agg, err := nd.cfg.Verifier.Aggregate(sigs[v])
		if err != nil {
			nd.log.Warn("aggregating observations", "err", err)
			return nil
		}
		p.Aggs[v] = agg
	}
	counts := make([]int, len(p.Vectors))
	for _, o := range p.Obs {
		counts[o.Vector]++
	}
	p.Entries = make([]report.Entry, len(l.entries))
	ws := make([]weighted, len(p.Vectors))
	for i, e := range l.entries {
		for v := range p.Vectors {
			ws[v] = weighted{p.Vectors[v][i], counts[v]}
		}
		var st *big.Int
		if len(ws) == 1 {
			st = ws[0].v
		} else {
			sorted := append([]weighted(nil), ws...)
			sortWeighted(sorted)
			if mode == wire.ModeMedian {
				st = medianWeighted(sorted)
			} else if prev != nil && nd.tol.support(sorted, prev.Entries[i].St) >= nd.f+1 && !isDisputed(l, i) {
				st = prev.Entries[i].St
			} else {
				all := make([]*big.Int, 0, len(p.Obs))
				for _, w := range sorted {
					for k := 0; k < w.n; k++ {
						all = append(all, w.v)
					}
				}
				v, _, ok := nd.tol.ReconcileValue(all, nd.f)
				if !ok {
					return nil
				}
				st = v
			}
		}
		p.Entries[i] = report.Entry{Provider: e.Provider, Ts: e.Ts, St: st}
	}
	return p
}

// isDisputed reports whether some keeper's Nack disputed entry i.
func isDisputed(l *leading, i int) bool {
	for _, n := range l.nacks {
		for _, d := range n.Disputed {
			if int(d) == i {
				return true
			}
		}
	}
	return false
}

// sendProposal locks the leader's own vote (durably, before its signature leaves)
// and broadcasts the Propose with it. The leader's signature is its vote, so it
// applies a keeper's rule first: a proposal outside τ of its own observation is not
// signed; the round fails at once with the leader's own entries disputed.
func (nd *Node) sendProposal(l *leading, p *wire.Propose) {
	if own := l.obs[nd.cfg.Self]; own != nil {
		var disputed []uint16
		for i, e := range p.Entries {
			if !nd.tol.Within(e.St, own.values[i]) {
				disputed = append(disputed, uint16(i))
			}
		}
		if len(disputed) > 0 {
			nd.log.Debug("own proposal outside tolerance", "attempt", l.attempt, "mode", p.Mode, "entries", len(disputed))
			l.prop = p
			l.nacks = map[uint32]*wire.Nack{nd.cfg.Self: {Reason: wire.NackTolerance, Disputed: disputed}}
			if p.Mode == wire.ModeMedian && len(l.obs) < nd.n && nd.now < l.deadline {
				// Round 3 reconciles from every observation held: wait for the
				// others until the round's deadline (with only q of them the
				// trimmed range may be a single value, and round 3 nothing).
				l.waitMore = true
				return
			}
			nd.nextRound(l)
			return
		}
	}
	digest, enc, err := wire.ReportDigest(p.Report())
	if err != nil {
		nd.log.Warn("invalid own report", "err", err)
		l.phase = phaseDone
		return
	}
	sig := nd.cfg.Keys.Sign(digest)
	p.LeaderSig = sig
	nd.putLock(&Lock{Te: nd.te, Part: nd.cfg.Part, Leader: nd.cfg.Self, Attempt: l.attempt, Digest: digest, Report: enc, LeaderSig: sig})
	l.pending, l.digest, l.encoded, l.mode = p, digest, enc, p.Mode
	l.phase, l.lockTries = phaseLock, 0
	l.deadline = nd.now + nd.cfg.RoundTicks
}

// leaderLockDone: the leader's lock on its proposal is on disk; the Propose, which
// carries its signature (its vote), goes out.
func (nd *Node) leaderLockDone(lk *Lock) {
	l := nd.lead
	if l == nil || l.phase != phaseLock || l.attempt != lk.Attempt || l.digest != lk.Digest {
		return
	}
	p := l.pending
	l.pending = nil
	l.prop = p
	l.propBytes = nd.broadcast(p)
	l.votes = map[uint32][wire.SigSize]byte{nd.cfg.Self: p.LeaderSig}
	l.nacks = map[uint32]*wire.Nack{}
	l.phase, l.retries = phasePropose, 0
	l.deadline = nd.now + nd.cfg.RoundTicks
	nd.log.Debug("proposed", "attempt", l.attempt, "mode", p.Mode, "obs", len(p.Obs))
	nd.tryCommit(l)
}

// onVote collects votes at the leader.
func (nd *Node) onVote(from uint32, m *wire.Vote) error {
	l := nd.lead
	if l == nil || m.Leader != nd.cfg.Self {
		return ErrUnknownInstance
	}
	if l.phase != phasePropose || m.Attempt != l.attempt {
		if l.phase == phaseDone && m.Attempt == l.attempt {
			return nil // late vote after the submit
		}
		return fmt.Errorf("%w: vote for attempt %d", ErrStale, m.Attempt)
	}
	if m.Digest != l.digest {
		return fmt.Errorf("%w: vote for another digest", ErrConflict)
	}
	if prev, ok := l.votes[from]; ok {
		if prev == m.Sig {
			return nil
		}
		return ErrConflict
	}
	l.votes[from] = m.Sig
	nd.tryCommit(l)
	return nil
}

// tryCommit: with q votes, verify them as one aggregate (FastAggregateVerify) and
// submit; only if that fails check them one by one and drop the bad ones.
func (nd *Node) tryCommit(l *leading) {
	for len(l.votes) >= nd.q {
		signers := make([]uint32, 0, len(l.votes))
		for s := range l.votes {
			if s != nd.cfg.Self {
				signers = append(signers, s)
			}
		}
		sort.Slice(signers, func(i, j int) bool { return signers[i] < signers[j] })
		signers = append([]uint32{nd.cfg.Self}, signers[:nd.q-1]...)
		g := SigGroup{Msg: l.digest}
		for _, s := range signers {
			g.PKs = append(g.PKs, nd.members[s].PublicKey)
			g.Sigs = append(g.Sigs, l.votes[s])
		}
		agg, ok := nd.cfg.Verifier.AggregateVerify(g)
		if !ok {
			for i, s := range signers {
				if !nd.cfg.Verifier.Verify(g.PKs[i], l.digest, g.Sigs[i]) {
					nd.rejected[ErrBadSignature]++
					delete(l.votes, s)
				}
			}
			continue
		}
		bitmap := new(big.Int)
		for _, s := range signers {
			bitmap.SetBit(bitmap, int(s), 1)
		}
		nd.rd.Submits = append(nd.rd.Submits, Submit{
			Report: l.prop.Report(), Encoded: l.encoded, Digest: l.digest,
			Signers: bitmap, Signature: agg, Propose: l.propBytes,
		})
		l.phase = phaseDone
		nd.done = true
		nd.log.Info("report signed", "te", nd.te, "attempt", l.attempt, "signers", len(signers))
		return
	}
}

// onNack records a keeper's refusal; when a quorum is out of reach the round fails
// at once.
func (nd *Node) onNack(from uint32, m *wire.Nack) error {
	l := nd.lead
	if l == nil || m.Leader != nd.cfg.Self {
		return ErrUnknownInstance
	}
	if l.phase != phasePropose || m.Attempt != l.attempt {
		return fmt.Errorf("%w: nack for attempt %d", ErrStale, m.Attempt)
	}
	if _, ok := l.nacks[from]; ok {
		return nil
	}
	if _, voted := l.votes[from]; voted {
		return ErrConflict
	}
	for _, d := range m.Disputed {
		if int(d) >= len(l.entries) {
			return fmt.Errorf("%w: disputed entry %d of %d", ErrMalformed, d, len(l.entries))
		}
	}
	if err := nd.verifyMessage(m); err != nil {
		return err
	}
	l.nacks[from] = m
	if nd.n-len(l.nacks) < nd.q {
		nd.nextRound(l)
	}
	return nil
}

// leaderTimeout retransmits the current round's request to the keepers that have
// not answered; a proposal that still lacks q votes after Retransmits re-sends
// fails over to the next round.
func (nd *Node) leaderTimeout(l *leading) {
	l.deadline = nd.now + nd.cfg.RoundTicks
	switch l.phase {
	case phaseLock:
		// The lock's write is slow or failing (failures are retried a round later
		// by retryLocks); a leader whose disk never answers does not propose.
		if l.lockTries++; l.lockTries > nd.cfg.Retransmits+1 {
			nd.log.Warn("own lock never written: window given up", "attempt", l.attempt)
			l.phase = phaseDone
		}
	case phaseObserve:
		if l.waitMore {
			l.waitMore = false
			nd.nextRound(l)
			return
		}
		for _, k := range nd.sched.Order {
			if _, ok := l.obs[k.Index]; !ok && k.Index != nd.cfg.Self {
				nd.sendBytes(k.Index, wire.TypeObserve, l.observe)
			}
		}
	case phasePropose:
		if l.retries >= nd.cfg.Retransmits {
			nd.nextRound(l)
			return
		}
		l.retries++
		for _, k := range nd.sched.Order {
			_, voted := l.votes[k.Index]
			_, nacked := l.nacks[k.Index]
			if !voted && !nacked {
				nd.sendBytes(k.Index, wire.TypePropose, l.propBytes)
			}
		}
	case phaseSync:
		nd.syncTimeout(l)
	}
}

// nextRound moves a failed proposal on: round 2 → round 3 (reconcile, attempt+1,
// same observations) → round 4 (full sync, then round 1 with attempt+1).
func (nd *Node) nextRound(l *leading) {
	if l.attempt&0xffff == 0xffff {
		l.phase = phaseDone
		return
	}
	if !l.reconciled {
		l.reconciled = true
		var all []uint32
		for _, s := range l.arrival {
			if _, ok := l.obs[s]; ok {
				all = append(all, s)
			}
		}
		nd.verifyObs(l, all)
		var valid []uint32
		for _, s := range all {
			if _, ok := l.obs[s]; ok {
				valid = append(valid, s)
			}
		}
		if len(valid) >= nd.q {
			prev := l.prop
			l.attempt++
			if p := nd.buildPropose(l, wire.ModeReconcile, valid, prev); p != nil && !sameReportValues(p, prev) {
				nd.sendProposal(l, p)
				return
			}
			// No value found, or the same values again (the observations'
			// trimmed range is a single value): round 3 cannot help.
			l.attempt--
		}
	}
	nd.startSync(l)
}

// disputedEntries returns the entries some keeper disputed, or, without nacks,
// those whose observations do not all agree with the proposed value; failing that,
// all entries.
func (nd *Node) disputedEntries(l *leading) []wire.Entry {
	var out []wire.Entry
	for i, e := range l.entries {
		d := isDisputed(l, i)
		if !d && len(l.nacks) == 0 && l.prop != nil {
			for _, o := range l.obs {
				if !nd.tol.Within(o.values[i], l.prop.Entries[i].St) {
					d = true
					break
				}
			}
		}
		if d {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return l.entries
	}
	return out
}

// sameReportValues reports whether two proposals carry the same st values.
func sameReportValues(a, b *wire.Propose) bool {
	if a == nil || b == nil || len(a.Entries) != len(b.Entries) {
		return false
	}
	for i := range a.Entries {
		if a.Entries[i].St.Cmp(b.Entries[i].St) != 0 {
			return false
		}
	}
	return true
}
