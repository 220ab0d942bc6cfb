package agreement

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"

	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// Ready is what the core asks its driver to do (etcd-io/raft's Ready). Nothing in a
// Ready depends on the completion of anything else in it, so the driver may start
// all of it at once:
//
//   - Locks: write each to the VoteStore durably (WriteLock), off the core's loop,
//     and report the write with Advance. What depends on a lock — a keeper's Echo
//     and Vote, a leader's Propose, which carries its signature — is emitted only
//     after that Advance, in a later Ready.
//   - Jobs: work on the keeper's records (space-time integrals, record sets to
//     export, check or merge), to be run against the Observer off the core's loop
//     (RunJob) and answered with Advance. What depends on a job (an Observation, a
//     proposal's tolerance check and lock, a RecordSet, a merge's restart) waits
//     for its Advance.
//   - Messages to send, reports to submit, evidence to publish.
type Ready struct {
	Locks    []*Lock
	Jobs     []Job
	Messages []Outbound
	Submits  []Submit
	Evidence []*wire.Evidence
}

// Empty reports whether there is nothing to do.
func (r *Ready) Empty() bool {
	return len(r.Locks) == 0 && len(r.Jobs) == 0 && len(r.Messages) == 0 && len(r.Submits) == 0 && len(r.Evidence) == 0
}

// JobKind says what a Job asks of the Observer.
type JobKind uint8

// Job kinds.
const (
	// JobSpaceTime: Done.Values[i] = st of Entries[i] over [Ts, Te) (Observer.SpaceTime).
	JobSpaceTime JobKind = iota + 1
	// JobExport: Done.Data[i] = this keeper's records of Entries[i], as pieces of
	// at most Limit bytes (Observer.ExportRecords).
	JobExport
	// JobCheck: Done.Err nil when Sets[0][i], a piece of keeper From's records of
	// Entries[i] (one chunk's), checks for every i (Observer.CheckRecords).
	JobCheck
	// JobMerge: merge the sets Sets[k][i] of every k into the records of Entries[i]
	// (Observer.MergeRecords); Done.Err is the first failure, if any.
	JobMerge
)

func (k JobKind) String() string {
	switch k {
	case JobSpaceTime:
		return "space-time"
	case JobExport:
		return "export"
	case JobCheck:
		return "check"
	case JobMerge:
		return "merge"
	}
	return fmt.Sprintf("job(%d)", uint8(k))
}

// Job is work on the keeper's records that the core needs done. ID names it in the
// Done that answers it.
//
// Decision (issue 15): a job is answered by exactly one Done; round 4's bounded
// memory comes from the jobs' size, not from partial answers: a check or merge job
// carries one received chunk (at most wire.MaxRecordBytes of records), and an
// export returns pieces of at most Limit bytes that the core sends as chunks.
// Orders a checked record names and the keeper lacks are fetched inside the check
// job (the Observer's business), so no job kind was added for them.
type Job struct {
	ID      uint64
	Kind    JobKind
	Te      uint64
	Entries []wire.Entry
	From    uint32
	Sets    [][][]byte
	Limit   int // JobExport: bytes per piece
}

// Done reports to the core (Node.Advance) the completion of a lock write (Lock set)
// or of a job (Job set to its ID).
type Done struct {
	Lock   *Lock
	Job    uint64
	Values []*big.Int // JobSpaceTime
	Data   [][][]byte // JobExport: per entry, its pieces
	Err    error
}

// RunJob runs j against o: what a driver does, off the core's loop, for each of
// Ready.Jobs. The result goes back to the core with Advance.
func RunJob(o Observer, j Job) Done {
	d := Done{Job: j.ID}
	switch j.Kind {
	case JobSpaceTime:
		d.Values = make([]*big.Int, len(j.Entries))
		for i, e := range j.Entries {
			v, err := o.SpaceTime(e.Provider, e.Ts, j.Te)
			if err != nil {
				return Done{Job: j.ID, Err: fmt.Errorf("space-time of provider %d: %w", e.Provider, err)}
			}
			d.Values[i] = v
		}
	case JobExport:
		d.Data = make([][][]byte, len(j.Entries))
		for i, e := range j.Entries {
			b, err := o.ExportRecords(e.Provider, e.Ts, j.Te, j.Limit)
			if err != nil {
				return Done{Job: j.ID, Err: fmt.Errorf("records of provider %d: %w", e.Provider, err)}
			}
			d.Data[i] = b
		}
	case JobCheck:
		if len(j.Sets) != 1 || len(j.Sets[0]) != len(j.Entries) {
			d.Err = fmt.Errorf("%w: check of %d sets for %d entries", ErrBadRecords, len(j.Sets), len(j.Entries))
			break
		}
		for i, e := range j.Entries {
			if err := o.CheckRecords(j.From, e.Provider, e.Ts, j.Te, j.Sets[0][i]); err != nil {
				return Done{Job: j.ID, Err: fmt.Errorf("provider %d: %w", e.Provider, err)}
			}
		}
	case JobMerge:
		for i, e := range j.Entries {
			sets := make([][]byte, len(j.Sets))
			for k := range j.Sets {
				sets[k] = j.Sets[k][i]
			}
			if err := o.MergeRecords(e.Provider, e.Ts, j.Te, sets); err != nil && d.Err == nil {
				d.Err = fmt.Errorf("merging provider %d: %w", e.Provider, err) // the other entries are merged still
			}
		}
	default:
		d.Err = fmt.Errorf("agreement: unknown job kind %d", j.Kind)
	}
	return d
}

// WriteLock writes l to s durably: what a driver does, off the core's loop, for each
// of Ready.Locks. The result goes back to the core with Advance.
func WriteLock(s VoteStore, l *Lock) Done {
	return Done{Lock: l, Err: s.Put(l)}
}

// RestoreFrom returns the lowest period end a node started at head can work on:
// Config.Locks must hold every stored lock with te ≥ RestoreFrom (older ones are
// never needed; SetHeight never moves below it).
func RestoreFrom(p schedule.Params, head uint64) uint64 {
	ahead := head
	if head <= math.MaxUint64-p.Window {
		ahead = head + p.Window
	}
	te, ok := p.LatestPayable(ahead)
	if !ok {
		return 0
	}
	return te
}

// job is a Job in flight with what the core does when it completes.
type job struct {
	kind JobKind
	te   uint64
	key  instKey         // the instance (space-time) or the sync (export, check, merge)
	lead bool            // space-time of the leader's own observation of key.attempt
	from uint32          // check: the sender
	set  *wire.RecordSet // check, merge: the chunk
}

// addJob registers a job and puts it in the Ready.
func (nd *Node) addJob(j *job, entries []wire.Entry, sets [][][]byte) uint64 {
	nd.nextJob++
	id := nd.nextJob
	nd.jobs[id] = j
	limit := 0
	if j.kind == JobExport {
		limit = nd.cfg.ChunkBytes
	}
	nd.rd.Jobs = append(nd.rd.Jobs, Job{ID: id, Kind: j.kind, Te: j.te, Entries: entries, From: j.from, Sets: sets, Limit: limit})
	return id
}

// Pending returns how many lock writes and jobs the core is waiting for.
func (nd *Node) Pending() (locks, jobs int) {
	for k := range nd.locks {
		if !nd.durable[k] {
			locks++
		}
	}
	return locks, len(nd.jobs)
}

// Advance tells the core that a lock write or a job of an earlier Ready completed.
// A Done for something the core no longer waits for (another period, an abandoned
// instance, a job answered already) is ignored.
func (nd *Node) Advance(d Done) {
	if d.Lock != nil {
		nd.lockDone(d.Lock, d.Err)
		return
	}
	j, ok := nd.jobs[d.Job]
	if !ok {
		return
	}
	delete(nd.jobs, d.Job)
	if j.te != nd.te || nd.sched == nil {
		return
	}
	switch j.kind {
	case JobSpaceTime:
		if j.lead {
			nd.ownObservationDone(j.key.attempt, d)
		} else {
			nd.valuesDone(j.key, d)
		}
	case JobExport:
		if s := nd.syncs[j.key]; s != nil {
			nd.exportDone(s, d)
		}
	case JobCheck:
		if s := nd.syncs[j.key]; s != nil {
			nd.checkDone(s, j.from, j.set, d.Err)
		}
	case JobMerge:
		if s := nd.syncs[j.key]; s != nil {
			nd.mergeDone(s, j.from, j.set, d.Err)
		}
	}
}

// ---- locks

type lockKey struct {
	te              uint64
	leader, attempt uint32
}

func keyOf(l *Lock) lockKey { return lockKey{l.Te, l.Leader, l.Attempt} }

// restoreLocks indexes the locks of Config.Locks (durable by definition).
func (nd *Node) restoreLocks(ls []*Lock) error {
	for _, l := range ls {
		if l.Part != nd.cfg.Part {
			continue // another part's instance (its own Node)
		}
		k := keyOf(l)
		if old, ok := nd.locks[k]; ok && old.Digest != l.Digest {
			return fmt.Errorf("%w: te %d leader %d attempt %d", ErrLockConflict, l.Te, l.Leader, l.Attempt)
		}
		cp := *l
		nd.locks[k], nd.durable[k] = &cp, true
	}
	return nil
}

// putLock records a new lock (in memory at once: the instance can never lock
// another report) and asks the driver to write it.
func (nd *Node) putLock(l *Lock) {
	k := keyOf(l)
	nd.locks[k] = l
	nd.rd.Locks = append(nd.rd.Locks, l)
}

// lastAttempt returns the highest attempt this node locked (or restored) for
// (te, leader).
func (nd *Node) lastAttempt(te uint64, leader uint32) (uint32, bool) {
	var last uint32
	found := false
	for k := range nd.locks {
		if k.te == te && k.leader == leader && (!found || k.attempt > last) {
			last, found = k.attempt, true
		}
	}
	return last, found
}

// lockDone: a lock write finished. A failed write is retried a round later (the lock
// stays in memory: the instance never locks another report); a durable one releases
// what waited for it.
func (nd *Node) lockDone(l *Lock, err error) {
	k := keyOf(l)
	cur, ok := nd.locks[k]
	if !ok || cur.Digest != l.Digest || nd.durable[k] {
		return
	}
	if err != nil {
		if errors.Is(err, ErrLockConflict) {
			// The store holds another report for this instance (written before a
			// restart the driver did not tell us about): never sign this one.
			nd.log.Error("lock conflicts with the stored one: instance abandoned", "te", l.Te, "leader", l.Leader, "attempt", l.Attempt)
			delete(nd.lockRetry, k)
			return
		}
		nd.log.Warn("lock not written; retrying", "te", l.Te, "leader", l.Leader, "attempt", l.Attempt, "err", err)
		nd.lockRetry[k] = nd.now + nd.cfg.RoundTicks
		return
	}
	nd.durable[k] = true
	delete(nd.lockRetry, k)
	if l.Te != nd.te {
		return
	}
	if l.Leader == nd.cfg.Self {
		nd.leaderLockDone(l)
		return
	}
	if in := nd.insts[instKey{l.Leader, l.Attempt}]; in != nil && in.lock != nil && in.lock.Digest == l.Digest {
		nd.followerLockDone(in)
	}
}

// retryLocks re-emits, a round after the failure, the lock writes that failed.
func (nd *Node) retryLocks() {
	if len(nd.lockRetry) == 0 {
		return
	}
	keys := make([]lockKey, 0, len(nd.lockRetry))
	for k, at := range nd.lockRetry {
		if nd.now >= at {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.te != b.te {
			return a.te < b.te
		}
		if a.leader != b.leader {
			return a.leader < b.leader
		}
		return a.attempt < b.attempt
	})
	for _, k := range keys {
		delete(nd.lockRetry, k)
		if l := nd.locks[k]; l != nil && !nd.durable[k] && k.te == nd.te {
			nd.rd.Locks = append(nd.rd.Locks, l)
		}
	}
}
