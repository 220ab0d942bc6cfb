package agreement

import (
	"fmt"
	"sort"

	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// syncState is round 4 (SPEC 7; seed 001 "将自己保存的挑战信息打包广播给组内所有节点")
// of one (leader, attempt): the disputed entries, the record sets received, and
// whether this keeper merged them.
type syncState struct {
	key       instKey
	entries   []wire.Entry
	request   []byte                     // the leader's encoded SyncRequest (leader only, for retransmission)
	exporting bool                       // this keeper's export job is in flight
	own       []byte                     // this keeper's encoded RecordSet
	sets      map[uint32]*wire.RecordSet // checked sets, this keeper's included
	checking  map[uint32]bool            // sets whose check job is in flight
	pending   map[uint32]*wire.RecordSet // arrived before the SyncRequest
	merging   bool                       // the quorum's merge job is in flight
	merged    bool
	resent    int    // re-broadcasts of own
	sentAt    uint64 // tick of the last (re-)broadcast of own
}

func (nd *Node) syncState(k instKey) *syncState {
	s, ok := nd.syncs[k]
	if !ok {
		s = &syncState{key: k, sets: map[uint32]*wire.RecordSet{}, checking: map[uint32]bool{}, pending: map[uint32]*wire.RecordSet{}}
		nd.syncs[k] = s
	}
	return s
}

// syncPending reports whether a round 4 of leader before attempt, started by that
// leader (its SyncRequest or its own RecordSet named the entries), has not merged
// yet: observations for attempt wait for it. Record sets that arrived without the
// leader's word (pending) do not count: another keeper, faulty or merely early,
// cannot hold back the observations of the leader's next attempt (issue 16 item 3).
func (nd *Node) syncPending(leader, attempt uint32) bool {
	for k, s := range nd.syncs {
		if k.leader == leader && k.attempt < attempt && s.entries != nil && !s.merged {
			return true
		}
	}
	return false
}

// startSync is the leader's round 4: SyncRequest for the disputed entries, and its
// own record set.
func (nd *Node) startSync(l *leading) {
	es := nd.disputedEntries(l)
	k := instKey{nd.cfg.Self, l.attempt}
	s := nd.syncState(k)
	s.entries = es
	req := &wire.SyncRequest{Header: nd.header(nd.cfg.Self, l.attempt), Entries: es}
	nd.signMessage(req)
	s.request = nd.broadcast(req)
	l.phase, l.syncKey, l.retries = phaseSync, k, 0
	l.deadline = nd.now + nd.cfg.RoundTicks
	nd.log.Debug("full sync", "attempt", l.attempt, "entries", len(es))
	nd.exportOwn(s)
	nd.processPending(s)
}

func (nd *Node) retransmitSync(l *leading) {
	s := nd.syncs[l.syncKey]
	if s == nil || s.merged {
		return
	}
	for _, k := range nd.sched.Order {
		if _, ok := s.sets[k.Index]; !ok && k.Index != nd.cfg.Self {
			nd.sendBytes(k.Index, wire.TypeSyncRequest, s.request)
			if s.own != nil {
				nd.sendBytes(k.Index, wire.TypeRecordSet, s.own)
			}
		}
	}
}

// onSyncRequest: send this keeper's records for the disputed providers to every
// keeper.
func (nd *Node) onSyncRequest(from uint32, m *wire.SyncRequest) error {
	if from != m.Leader {
		return fmt.Errorf("%w: sync request from %d for leader %d", ErrNotLeader, from, m.Leader)
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
	k := instKey{m.Leader, m.Attempt}
	if s, ok := nd.syncs[k]; ok && s.entries != nil {
		if !sameEntries(s.entries, m.Entries) {
			return fmt.Errorf("%w: second sync request with other entries", ErrConflict)
		}
		if s.own != nil {
			nd.sendBytes(from, wire.TypeRecordSet, s.own) // the leader lacks ours
		}
		return nil
	}
	if err := nd.verifyMessage(m); err != nil {
		return err
	}
	if err := nd.checkEntries(m.Entries); err != nil {
		return err
	}
	nd.noteAttempt(m.Leader, m.Attempt)
	s := nd.syncState(k)
	s.entries = m.Entries
	nd.exportOwn(s)
	nd.processPending(s)
	return nil
}

// exportOwn asks for this keeper's record sets of the sync's entries (an export job).
func (nd *Node) exportOwn(s *syncState) {
	if s.exporting || s.own != nil {
		return
	}
	s.exporting = true
	nd.addJob(&job{kind: JobExport, te: nd.te, key: s.key}, s.entries, nil)
}

// exportDone broadcasts this keeper's record sets, signed, and counts them towards
// its merge.
func (nd *Node) exportDone(s *syncState, d Done) {
	s.exporting = false
	if d.Err != nil || len(d.Data) != len(s.entries) {
		nd.log.Warn("own records", "leader", s.key.leader, "attempt", s.key.attempt, "err", d.Err, "sets", len(d.Data))
		return
	}
	rs := &wire.RecordSet{Header: nd.header(s.key.leader, s.key.attempt)}
	size := 0
	for i, e := range s.entries {
		size += len(d.Data[i])
		if size > wire.MaxRecordBytes {
			nd.log.Warn("own records", "err", fmt.Sprintf("record sets exceed %d bytes", wire.MaxRecordBytes))
			return
		}
		rs.Sets = append(rs.Sets, wire.ProviderRecords{Provider: e.Provider, Ts: e.Ts, Data: d.Data[i]})
	}
	nd.signMessage(rs)
	s.own = nd.broadcast(rs)
	s.sentAt = nd.now
	s.sets[nd.cfg.Self] = rs
	nd.maybeMerge(s)
}

// onRecordSet collects record sets; each is checked by the Observer before it
// counts.
func (nd *Node) onRecordSet(from uint32, m *wire.RecordSet) error {
	if _, err := nd.checkLeader(m.Leader, m.Attempt); err != nil {
		return err
	}
	if !nd.attemptInRange(m.Leader, m.Attempt) {
		return fmt.Errorf("%w: record set for attempt %d", ErrStale, m.Attempt)
	}
	k := instKey{m.Leader, m.Attempt}
	s := nd.syncs[k]
	if s != nil {
		if _, dup := s.sets[from]; dup || s.checking[from] {
			return nil
		}
	}
	if err := nd.verifyMessage(m); err != nil {
		return err
	}
	if s == nil {
		s = nd.syncState(k)
	}
	if s.entries == nil && from == m.Leader && m.Leader != nd.cfg.Self {
		// The leader's own set names the sync's entries: join the sync from it (the
		// SyncRequest may have been lost).
		es := make([]wire.Entry, len(m.Sets))
		for i, x := range m.Sets {
			es[i] = wire.Entry{Provider: x.Provider, Ts: x.Ts}
		}
		if err := nd.checkEntries(es); err != nil {
			return err
		}
		nd.noteAttempt(m.Leader, m.Attempt)
		s.entries = es
		nd.exportOwn(s)
		nd.processPending(s)
	}
	if s.entries == nil {
		s.pending[from] = m // checked once the request says what to expect
		return nil
	}
	return nd.acceptRecords(s, from, m)
}

func (nd *Node) processPending(s *syncState) {
	froms := make([]uint32, 0, len(s.pending))
	for f := range s.pending {
		froms = append(froms, f)
	}
	sort.Slice(froms, func(i, j int) bool { return froms[i] < froms[j] })
	for _, f := range froms {
		if err := nd.acceptRecords(s, f, s.pending[f]); err != nil {
			nd.rejected[ErrBadRecords]++
		}
	}
	clear(s.pending)
}

// acceptRecords checks that a set answers the sync's entries and has it checked by
// the Observer (a check job); it counts once the check passes.
func (nd *Node) acceptRecords(s *syncState, from uint32, m *wire.RecordSet) error {
	if _, dup := s.sets[from]; dup || s.checking[from] {
		return nil
	}
	if len(m.Sets) != len(s.entries) {
		return fmt.Errorf("%w: %d sets for %d entries", ErrBadRecords, len(m.Sets), len(s.entries))
	}
	data := make([][]byte, len(s.entries))
	for i, e := range s.entries {
		if m.Sets[i].Provider != e.Provider || m.Sets[i].Ts != e.Ts {
			return fmt.Errorf("%w: set %d for (%d, %d), want (%d, %d)", ErrBadRecords, i, m.Sets[i].Provider, m.Sets[i].Ts, e.Provider, e.Ts)
		}
		data[i] = m.Sets[i].Data
	}
	s.checking[from] = true
	nd.addJob(&job{kind: JobCheck, te: nd.te, key: s.key, from: from, set: m}, s.entries, [][][]byte{data})
	return nil
}

// checkDone: the Observer checked keeper from's set. A bad one is a rejection (and
// the sender may send a good one later); a good one counts towards the merge, or is
// merged on its own after it (mergeLate).
func (nd *Node) checkDone(s *syncState, from uint32, m *wire.RecordSet, err error) {
	delete(s.checking, from)
	if err != nil {
		nd.rejected[ErrBadRecords]++
		nd.log.Debug("record set refused", "from", from, "leader", s.key.leader, "attempt", s.key.attempt, "err", err)
		return
	}
	if _, dup := s.sets[from]; dup {
		return
	}
	s.sets[from] = m
	if s.merged || s.merging {
		nd.mergeLate(s, from)
		return
	}
	nd.maybeMerge(s)
}

// mergeLate merges a record set that arrived after this keeper merged q of them
// (decision where SPEC 7 is silent: the q sets are the minimum to proceed, not a
// cap). Records of a keeper whose own sync lags would otherwise stay missing at
// the keepers that merged without its set, and their observations would keep
// diverging beyond τ at the next attempt. Merging is idempotent (the Observer
// skips records it holds), so a late set costs only the records it adds.
func (nd *Node) mergeLate(s *syncState, from uint32) {
	m := s.sets[from]
	data := make([][]byte, len(s.entries))
	for i := range s.entries {
		data[i] = m.Sets[i].Data
	}
	nd.addJob(&job{kind: JobMerge, te: nd.te, key: s.key, from: from, late: true}, s.entries, [][][]byte{data})
}

// maybeMerge merges once q record sets (this keeper's included) are held (a merge
// job); when it is done the leader restarts at round 1 with attempt + 1, and keepers
// answer the observations they deferred.
func (nd *Node) maybeMerge(s *syncState) {
	if s.merged || s.merging || len(s.sets) < nd.q || s.sets[nd.cfg.Self] == nil {
		return
	}
	froms := make([]uint32, 0, len(s.sets))
	for f := range s.sets {
		froms = append(froms, f)
	}
	sort.Slice(froms, func(i, j int) bool { return froms[i] < froms[j] })
	sets := make([][][]byte, len(froms))
	for k, f := range froms {
		sets[k] = make([][]byte, len(s.entries))
		for i := range s.entries {
			sets[k][i] = s.sets[f].Sets[i].Data
		}
	}
	s.merging = true
	nd.addJob(&job{kind: JobMerge, te: nd.te, key: s.key}, s.entries, sets)
}

// mergeDone: a merge finished (a failure of some provider's merge is logged: the
// others are merged, and the protocol goes on with what the keeper holds).
func (nd *Node) mergeDone(s *syncState, late bool, err error) {
	if err != nil {
		nd.log.Warn("merge records", "leader", s.key.leader, "attempt", s.key.attempt, "err", err)
	}
	if late {
		nd.log.Debug("merged a late record set", "leader", s.key.leader, "attempt", s.key.attempt)
		return
	}
	s.merging, s.merged = false, true
	nd.log.Debug("merged records", "leader", s.key.leader, "attempt", s.key.attempt, "sets", len(s.sets))
	if l := nd.lead; l != nil && s.key.leader == nd.cfg.Self && l.phase == phaseSync && l.syncKey == s.key {
		l.attempt++
		nd.startObserve(l)
		return
	}
	for _, in := range nd.sortedInstances() {
		if in.key.leader == s.key.leader && in.deferred {
			nd.answerObserve(in)
		}
	}
}

// syncTick re-broadcasts this keeper's record set a few times (merged or not: others
// may still lack it), since keepers merge only once they hold q sets.
func (nd *Node) syncTick() {
	keys := make([]instKey, 0, len(nd.syncs))
	for k := range nd.syncs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].leader != keys[j].leader {
			return keys[i].leader < keys[j].leader
		}
		return keys[i].attempt < keys[j].attempt
	})
	for _, k := range keys {
		s := nd.syncs[k]
		if s.own == nil || s.resent >= nd.cfg.Retransmits || nd.now-s.sentAt < nd.cfg.RoundTicks {
			continue
		}
		s.resent++
		s.sentAt = nd.now
		nd.rd.Messages = append(nd.rd.Messages, Outbound{Broadcast: true, Type: wire.TypeRecordSet, Payload: s.own})
	}
}
