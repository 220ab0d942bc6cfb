package agreement

import (
	"fmt"
	"sort"

	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// syncState is round 4 (SPEC 7; seed 001 "将自己保存的挑战信息打包广播给组内所有节点")
// of one (leader, attempt): the disputed entries, the chunks received from each
// keeper, and whether this keeper holds q complete record sets.
//
// Decision (issue 15, where SPEC 7 is silent on sizes): a keeper's records travel
// as signed chunks (wire.RecordSet) of at most Config.ChunkBytes record bytes;
// each chunk is checked (a check job) and then merged (a merge job) on its own, so
// a receiver holds at most the chunks in flight, never a whole set. Merging a
// checked chunk before q sets are in is safe — every record was verified, merging
// is idempotent — and SPEC 7's "once a keeper holds q record sets it merges them"
// becomes: once q keepers' sets (its own included) are complete, merged chunk by
// chunk, the keeper goes on (the leader restarts at round 1, keepers answer the
// observations they deferred). Chunks of a set completed later are still merged.
type syncState struct {
	key       instKey
	entries   []wire.Entry
	request   []byte   // the leader's encoded SyncRequest (leader only, for retransmission)
	exporting bool     // this keeper's export job is in flight
	own       [][]byte // this keeper's encoded chunks
	peers     map[uint32]*peerChunks
	complete  map[uint32]bool              // keepers whose every chunk is merged (this one once exported)
	pending   map[uint32][]*wire.RecordSet // arrived before the SyncRequest (at most maxPendingChunks per sender)
	merged    bool                         // q complete sets held
	abandoned bool                         // the leader gave this sync up (leader only)
	resent    int                          // re-broadcasts of own
	sentAt    uint64                       // tick of the last (re-)broadcast of own
}

// peerChunks is what a keeper received of another's record set.
type peerChunks struct {
	chunks uint32          // the sender's chunk count (from its first chunk)
	done   map[uint32]bool // chunks checked and merged
	busy   map[uint32]bool // chunks whose check or merge job is in flight
}

// maxPendingChunks bounds the chunks kept per sender before the sync's request is
// known (the sender re-sends the others).
const maxPendingChunks = 4

func (nd *Node) syncState(k instKey) *syncState {
	s, ok := nd.syncs[k]
	if !ok {
		s = &syncState{key: k, peers: map[uint32]*peerChunks{}, complete: map[uint32]bool{}, pending: map[uint32][]*wire.RecordSet{}}
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

// retransmitSync re-sends the request and this leader's chunks to the keepers whose
// set is not complete here.
func (nd *Node) retransmitSync(l *leading) {
	s := nd.syncs[l.syncKey]
	if s == nil || s.merged {
		return
	}
	for _, k := range nd.sched.Order {
		if !s.complete[k.Index] && k.Index != nd.cfg.Self {
			nd.sendBytes(k.Index, wire.TypeSyncRequest, s.request)
			for _, c := range s.own {
				nd.sendBytes(k.Index, wire.TypeRecordSet, c)
			}
		}
	}
}

// syncTimeout is the leader's round-4 timeout: a bounded number of re-sends
// (Config.Retransmits), then the leader gives this sync up and moves on
// (abandonSync) instead of waiting for the end of its window.
func (nd *Node) syncTimeout(l *leading) {
	if l.retries >= nd.cfg.Retransmits {
		nd.abandonSync(l)
		return
	}
	l.retries++
	nd.retransmitSync(l)
}

// abandonSync: round 4 could not complete (fewer than q complete record sets after
// the re-sends: keepers silent, sets that never check). Decision (issue 15, where
// SPEC 7 is silent; package doc): the leader keeps what it merged and starts round
// 1 again with attempt + 1 without the still-disputed providers, so the others are
// paid in this window; the dropped providers keep their lastPaid and are paid by
// a later report (the next leader's window or the next period, whose interval
// [ts, te') covers theirs). When every entry was disputed nothing is left to drop:
// the next attempt observes them all again with the records merged so far.
func (nd *Node) abandonSync(l *leading) {
	s := nd.syncs[l.syncKey]
	if s != nil {
		s.abandoned = true
		if l.exclude == nil {
			l.exclude = map[uint32]bool{}
		}
		for _, e := range s.entries {
			l.exclude[e.Provider] = true
		}
	}
	sets := 0
	if s != nil {
		sets = len(s.complete)
	}
	nd.log.Warn("full sync incomplete: moving on without the disputed providers", "attempt", l.attempt, "sets", sets, "quorum", nd.q, "dropped", len(l.exclude))
	if l.attempt&0xffff == 0xffff {
		l.phase = phaseDone
		return
	}
	l.attempt++
	nd.startObserve(l)
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
		for _, c := range s.own {
			nd.sendBytes(from, wire.TypeRecordSet, c) // the leader lacks ours
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

// exportDone broadcasts this keeper's records as signed chunks, and counts its own
// set (held already: nothing to merge) towards the quorum.
func (nd *Node) exportDone(s *syncState, d Done) {
	s.exporting = false
	if d.Err != nil || len(d.Data) != len(s.entries) {
		nd.log.Warn("own records", "leader", s.key.leader, "attempt", s.key.attempt, "err", d.Err, "sets", len(d.Data))
		return
	}
	chunks, err := wire.ChunkRecords(nd.header(s.key.leader, s.key.attempt), s.entries, d.Data, nd.cfg.ChunkBytes)
	if err != nil {
		nd.log.Warn("own records", "leader", s.key.leader, "attempt", s.key.attempt, "err", err)
		return
	}
	s.own = make([][]byte, len(chunks))
	for i, c := range chunks {
		nd.signMessage(c)
		s.own[i] = nd.broadcast(c)
	}
	s.sentAt = nd.now
	s.complete[nd.cfg.Self] = true
	nd.log.Debug("own records sent", "leader", s.key.leader, "attempt", s.key.attempt, "chunks", len(chunks))
	nd.maybeMerged(s)
}

// onRecordSet collects record chunks; each is checked by the Observer, then merged,
// before it counts.
func (nd *Node) onRecordSet(from uint32, m *wire.RecordSet) error {
	if _, err := nd.checkLeader(m.Leader, m.Attempt); err != nil {
		return err
	}
	if !nd.attemptInRange(m.Leader, m.Attempt) {
		return fmt.Errorf("%w: record set for attempt %d", ErrStale, m.Attempt)
	}
	k := instKey{m.Leader, m.Attempt}
	s := nd.syncs[k]
	if s != nil && s.seen(from, m.Chunk) {
		return nil
	}
	if err := nd.verifyMessage(m); err != nil {
		return err
	}
	if s == nil {
		s = nd.syncState(k)
	}
	if s.entries == nil && from == m.Leader && m.Leader != nd.cfg.Self {
		// The leader's chunks name the sync's entries: join the sync from one (the
		// SyncRequest may have been lost).
		if err := nd.checkEntries(m.Entries); err != nil {
			return err
		}
		nd.noteAttempt(m.Leader, m.Attempt)
		s.entries = m.Entries
		nd.exportOwn(s)
		nd.processPending(s)
	}
	if s.entries == nil {
		if len(s.pending[from]) < maxPendingChunks {
			s.pending[from] = append(s.pending[from], m) // checked once the request says what to expect
		}
		return nil
	}
	return nd.acceptRecords(s, from, m)
}

// seen reports whether chunk of from's set is merged, in flight, or the set complete.
func (s *syncState) seen(from, chunk uint32) bool {
	if s.complete[from] {
		return true
	}
	p := s.peers[from]
	return p != nil && (p.done[chunk] || p.busy[chunk])
}

func (nd *Node) processPending(s *syncState) {
	froms := make([]uint32, 0, len(s.pending))
	for f := range s.pending {
		froms = append(froms, f)
	}
	sort.Slice(froms, func(i, j int) bool { return froms[i] < froms[j] })
	for _, f := range froms {
		for _, m := range s.pending[f] {
			if err := nd.acceptRecords(s, f, m); err != nil {
				nd.rejected[ErrBadRecords]++
			}
		}
	}
	clear(s.pending)
}

// acceptRecords checks that a chunk answers the sync's entries, consistently with
// the sender's other chunks, and has it checked by the Observer (a check job).
func (nd *Node) acceptRecords(s *syncState, from uint32, m *wire.RecordSet) error {
	if s.seen(from, m.Chunk) {
		return nil
	}
	if !sameEntries(m.Entries, s.entries) {
		return fmt.Errorf("%w: chunk for other entries than the sync's", ErrBadRecords)
	}
	p := s.peers[from]
	if p == nil {
		p = &peerChunks{chunks: m.Chunks, done: map[uint32]bool{}, busy: map[uint32]bool{}}
		s.peers[from] = p
	}
	if p.chunks != m.Chunks {
		// A sender exports once per sync; another count is a sender that
		// restarted and exported again (or a faulty one): its first set stands,
		// and the chunks of it merged so far stay merged.
		return fmt.Errorf("%w: chunk %d of %d, the sender's set has %d", ErrBadRecords, m.Chunk, m.Chunks, p.chunks)
	}
	p.busy[m.Chunk] = true
	es, data := chunkJob(s.entries, m)
	nd.addJob(&job{kind: JobCheck, te: nd.te, key: s.key, from: from, set: m}, es, [][][]byte{data})
	return nil
}

// chunkJob returns the entries a chunk's parts are for and their records.
func chunkJob(entries []wire.Entry, m *wire.RecordSet) ([]wire.Entry, [][]byte) {
	es := make([]wire.Entry, len(m.Parts))
	data := make([][]byte, len(m.Parts))
	for i, p := range m.Parts {
		es[i], data[i] = entries[p.Entry], p.Data
	}
	return es, data
}

// checkDone: the Observer checked a chunk of keeper from's set. A bad one is a
// rejection (the sender may re-send it); a good one is merged (a merge job).
func (nd *Node) checkDone(s *syncState, from uint32, m *wire.RecordSet, err error) {
	p := s.peers[from]
	if p == nil || !p.busy[m.Chunk] {
		return
	}
	if err != nil {
		delete(p.busy, m.Chunk)
		nd.rejected[ErrBadRecords]++
		nd.log.Debug("record chunk refused", "from", from, "chunk", m.Chunk, "leader", s.key.leader, "attempt", s.key.attempt, "err", err)
		return
	}
	es, data := chunkJob(s.entries, m)
	nd.addJob(&job{kind: JobMerge, te: nd.te, key: s.key, from: from, set: m}, es, [][][]byte{data})
}

// mergeDone: a chunk was merged (a failure of some provider's merge is logged: the
// others are merged, and the protocol goes on with what the keeper holds). The
// sender's set is complete once all its chunks are.
func (nd *Node) mergeDone(s *syncState, from uint32, m *wire.RecordSet, err error) {
	if err != nil {
		nd.log.Warn("merge records", "from", from, "chunk", m.Chunk, "leader", s.key.leader, "attempt", s.key.attempt, "err", err)
	}
	p := s.peers[from]
	if p == nil || !p.busy[m.Chunk] {
		return
	}
	delete(p.busy, m.Chunk)
	p.done[m.Chunk] = true
	if uint32(len(p.done)) < p.chunks {
		return
	}
	s.complete[from] = true
	delete(s.peers, from)
	if s.merged {
		nd.log.Debug("merged a late record set", "from", from, "leader", s.key.leader, "attempt", s.key.attempt)
		return
	}
	nd.maybeMerged(s)
}

// maybeMerged: with q complete sets (this keeper's own included) the sync is
// merged; the leader restarts at round 1 with attempt + 1, and keepers answer the
// observations they deferred.
func (nd *Node) maybeMerged(s *syncState) {
	if s.merged || len(s.complete) < nd.q || !s.complete[nd.cfg.Self] {
		return
	}
	s.merged = true
	nd.log.Debug("merged records", "leader", s.key.leader, "attempt", s.key.attempt, "sets", len(s.complete))
	if l := nd.lead; l != nil && s.key.leader == nd.cfg.Self && l.phase == phaseSync && l.syncKey == s.key && !s.abandoned {
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

// syncTick re-broadcasts this keeper's chunks a few times (merged or not: others
// may still lack them), since keepers go on only once they hold q sets.
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
		for _, c := range s.own {
			nd.rd.Messages = append(nd.rd.Messages, Outbound{Broadcast: true, Type: wire.TypeRecordSet, Payload: c})
		}
	}
}
