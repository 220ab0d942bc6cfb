package agreement_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// handNet drives four cores by hand: messages are routed at once, in order; lock
// writes and jobs are only collected — nothing completes unless the test completes
// it (complete*), so no call into a core can wait on a disk or a record store.
type handNet struct {
	t      *testing.T
	s      *agreementsim.Sim
	locks  map[uint32][]*agreement.Lock
	jobs   map[uint32][]agreement.Job
	sent   map[uint32][]agreement.Outbound
	submit []agreement.Submit
}

func newHandNet(t *testing.T) *handNet {
	s := newRejSim(t)
	h := &handNet{t: t, s: s, locks: map[uint32][]*agreement.Lock{}, jobs: map[uint32][]agreement.Job{}, sent: map[uint32][]agreement.Outbound{}}
	for i := range s.Nodes {
		h.collect(uint32(i))
	}
	return h
}

// collect takes node i's Ready: messages are delivered (recursively, in order),
// locks and jobs kept pending.
func (h *handNet) collect(i uint32) {
	var queue []struct {
		from uint32
		o    agreement.Outbound
	}
	take := func(i uint32) {
		rd := h.s.Nodes[i].Ready()
		h.locks[i] = append(h.locks[i], rd.Locks...)
		h.jobs[i] = append(h.jobs[i], rd.Jobs...)
		h.submit = append(h.submit, rd.Submits...)
		for _, o := range rd.Messages {
			h.sent[i] = append(h.sent[i], o)
			queue = append(queue, struct {
				from uint32
				o    agreement.Outbound
			}{i, o})
		}
	}
	take(i)
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		for _, e := range h.s.Expand(m.from, m.o) {
			if err := h.s.Nodes[e.To].Step(e.From, e.Payload); err != nil {
				h.t.Fatalf("keeper %d refused %s from %d: %v", e.To, e.Type, e.From, err)
			}
			take(e.To)
		}
	}
}

// count returns how many messages of type t keeper i sent.
func (h *handNet) count(i uint32, t wire.Type) int {
	c := 0
	for _, o := range h.sent[i] {
		if o.Type == t {
			c++
		}
	}
	return c
}

func (h *handNet) total(t wire.Type) int {
	c := 0
	for i := range h.s.Nodes {
		c += h.count(uint32(i), t)
	}
	return c
}

// completeJobs runs keeper i's pending jobs and advances its core with them.
func (h *handNet) completeJobs(i uint32) int {
	js := h.jobs[i]
	h.jobs[i] = nil
	for _, j := range js {
		h.s.Nodes[i].Advance(agreement.RunJob(h.s.Observers[i], j))
	}
	h.collect(i)
	return len(js)
}

// completeLocks writes keeper i's pending locks and advances its core with them.
func (h *handNet) completeLocks(i uint32) int {
	ls := h.locks[i]
	h.locks[i] = nil
	for _, l := range ls {
		h.s.Nodes[i].Advance(agreement.WriteLock(h.s.Stores[i], l))
	}
	h.collect(i)
	return len(ls)
}

// tickAll ticks every core n times (rounds time out, retransmissions go) with
// nothing completed.
func (h *handNet) tickAll(n int) {
	for range n {
		for i, nd := range h.s.Nodes {
			nd.Tick()
			h.collect(uint32(i))
		}
	}
}

// TestCoreWaitsForItsIO drives a whole instance among four cores whose VoteStore
// and record store never complete anything on their own: the test completes each
// lock write and each space-time job by feeding Advance. Nothing that depends on
// a lock or a job leaves a core before its Advance — no Observation before the
// keeper's space-time, no Propose before the leader's lock is written, no Echo
// (hence no Vote) before the keeper's lock is written — however long the cores
// tick in between; then the report is agreed and the chain pays it.
func TestCoreWaitsForItsIO(t *testing.T) {
	h := newHandNet(t)
	s := h.s
	for i, nd := range s.Nodes {
		nd.SetHeight(simTe + simParams.Finality)
		h.collect(uint32(i))
	}
	var leader uint32
	for i, nd := range s.Nodes {
		if nd.Status().Leading {
			leader = uint32(i)
		}
	}
	followers := []uint32{(leader + 1) % 4, (leader + 2) % 4, (leader + 3) % 4}
	if h.count(leader, wire.TypeObserve) != 1 || len(h.jobs[leader]) != 1 || h.jobs[leader][0].Kind != agreement.JobSpaceTime {
		t.Fatalf("leader %d: %d Observe, jobs %v", leader, h.count(leader, wire.TypeObserve), h.jobs[leader])
	}
	// Every follower asked for its space-time and sent nothing yet.
	for _, f := range followers {
		if len(h.jobs[f]) != 1 || h.count(f, wire.TypeObservation) != 0 {
			t.Fatalf("follower %d: jobs %v, %d observations before its space-time came back", f, h.jobs[f], h.count(f, wire.TypeObservation))
		}
	}
	h.tickAll(3 * 10) // three rounds: retransmissions, but no observation
	if h.total(wire.TypeObservation) != 0 {
		t.Fatal("an observation left before its space-time job completed")
	}
	for _, f := range followers {
		h.completeJobs(f)
		if h.count(f, wire.TypeObservation) == 0 {
			t.Fatalf("follower %d: no observation once its space-time came back", f)
		}
	}
	// The leader holds q observations but not its own: no proposal, no lock.
	if h.count(leader, wire.TypePropose) != 0 || len(h.locks[leader]) != 0 {
		t.Fatal("the leader proposed before its own space-time came back")
	}
	h.completeJobs(leader)
	if len(h.locks[leader]) != 1 || h.count(leader, wire.TypePropose) != 0 {
		t.Fatalf("leader: %d locks pending, %d Propose; want its lock asked for and no Propose", len(h.locks[leader]), h.count(leader, wire.TypePropose))
	}
	if len(s.Stores[leader].All()) != 0 {
		t.Fatal("a lock reached the store without the driver writing it")
	}
	h.tickAll(5)
	if h.count(leader, wire.TypePropose) != 0 {
		t.Fatal("the Propose left before the leader's lock was written")
	}
	h.completeLocks(leader)
	if h.count(leader, wire.TypePropose) != 1 {
		t.Fatal("no Propose once the leader's lock was written")
	}
	// Followers lock (in memory, a write asked for) and echo nothing yet.
	for _, f := range followers {
		if len(h.locks[f]) != 1 || h.count(f, wire.TypeEcho) != 0 || h.count(f, wire.TypeVote) != 0 {
			t.Fatalf("follower %d: %d locks pending, %d echoes, %d votes", f, len(h.locks[f]), h.count(f, wire.TypeEcho), h.count(f, wire.TypeVote))
		}
	}
	h.tickAll(3 * 10)
	if h.total(wire.TypeEcho)+h.total(wire.TypeVote) != 0 || len(h.submit) != 0 {
		t.Fatal("an echo or a vote left before its keeper's lock was written")
	}
	// Writing one follower's lock: it echoes; q echoes need two followers.
	h.completeLocks(followers[0])
	if h.count(followers[0], wire.TypeEcho) == 0 || h.total(wire.TypeVote) != 0 {
		t.Fatalf("after one lock: %d echoes, %d votes", h.count(followers[0], wire.TypeEcho), h.total(wire.TypeVote))
	}
	h.completeLocks(followers[1])
	if len(h.submit) != 1 {
		t.Fatalf("%d submits once q keepers locked and echoed (votes %d)", len(h.submit), h.total(wire.TypeVote))
	}
	for _, f := range followers[:2] {
		if l := s.Stores[f].Get(simTe, leader, 0); l == nil || l.Digest != h.submit[0].Digest {
			t.Fatalf("follower %d signed without its lock in the store", f)
		}
	}
	if l := s.Stores[followers[2]].Get(simTe, leader, 0); l != nil || h.count(followers[2], wire.TypeVote) != 0 {
		t.Fatal("the third follower's lock was written or its vote sent though its write never completed")
	}
	s.Chain.Advance(simTe + simParams.Finality)
	if err := s.Chain.Pay(h.submit[0]); err != nil {
		t.Fatalf("the agreed report does not pay: %v", err)
	}
}

// TestUnsolicitedRecordSetDoesNotDelay (issue 16 item 3): a RecordSet for
// (L, a−1) that L never asked for — sent by another keeper — does not hold back a
// keeper's observation of L's attempt a; one from L itself (L's own full sync)
// does, until the merge or a round.
func TestUnsolicitedRecordSetDoesNotDelay(t *testing.T) {
	for _, fromLeader := range []bool{false, true} {
		h := newHandNet(t)
		s := h.s
		for i, nd := range s.Nodes {
			nd.SetHeight(simTe + simParams.Finality)
			h.collect(uint32(i))
		}
		c := capture(t)
		L := c.leader
		f := (L + 1) % 4
		sender := (L + 2) % 4
		if fromLeader {
			sender = L
		}
		obs := decodeObserve(t, c.observe)
		// Attempt 1 of L; a signed record set for attempt 0 precedes it.
		hd := obs.Header
		hd.Sender = sender
		var data [][][]byte
		for _, e := range obs.Entries {
			pieces, err := s.Observers[sender].ExportRecords(e.Provider, e.Ts, simTe, wire.ChunkBytes)
			if err != nil {
				t.Fatal(err)
			}
			data = append(data, pieces)
		}
		chunks, err := wire.ChunkRecords(hd, obs.Entries, data, wire.ChunkBytes)
		if err != nil {
			t.Fatal(err)
		}
		rs := chunks[0]
		wire.Sign(rs, s.Keyrings[sender].Sign)
		nd := s.Nodes[f]
		jobs := len(h.jobs[f])
		if err := nd.Step(sender, wire.Encode(rs)); err != nil {
			t.Fatalf("record set: %v", err)
		}
		rd := nd.Ready()
		h.jobs[f] = append(h.jobs[f], rd.Jobs...)
		obs.Attempt = 1
		if err := nd.Step(L, wire.Encode(obs)); err != nil {
			t.Fatalf("observe of attempt 1: %v", err)
		}
		rd = nd.Ready()
		asked := false
		for _, j := range rd.Jobs {
			asked = asked || j.Kind == agreement.JobSpaceTime
		}
		if fromLeader == asked {
			t.Fatalf("record set from the leader %v: space-time asked at once %v (jobs before %d)", fromLeader, asked, jobs)
		}
	}
}

func decodeObserve(t *testing.T, b []byte) *wire.Observe {
	m, err := wire.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return m.(*wire.Observe)
}

// TestCoreImportsNoIO: the core (keeper/agreement) imports no database, network or
// chain client — `go list -deps` names none of them: no badger (or other store),
// no net (hence no HTTP, libp2p or RPC), no go-ethereum client, no cryptographic
// library either (BLS is keeper/agreement/blscrypto, behind the Verifier and
// Keyring interfaces). (database/sql itself appears: holiman/uint256, under
// go-ethereum's common types, implements its Scanner interface; no driver does.)
func TestCoreImportsNoIO(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/whitepay/whitepay/keeper/agreement").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 20 {
		t.Fatalf("go list named %d packages: the check saw nothing", len(deps))
	}
	forbidden := []string{
		"github.com/dgraph-io/", "github.com/syndtr/goleveldb/", "github.com/cockroachdb/pebble", "go.etcd.io/bbolt",
		"net", "net/http", "crypto/tls", "os/exec",
		"github.com/herumi/", "github.com/whitepay/whitepay/internal/bls",
		"github.com/ethereum/go-ethereum/ethclient", "github.com/ethereum/go-ethereum/rpc", "github.com/ethereum/go-ethereum/core",
		"github.com/libp2p/", "github.com/multiformats/",
		"github.com/whitepay/whitepay/internal/store", "github.com/whitepay/whitepay/internal/chain",
		"github.com/whitepay/whitepay/internal/p2p", "github.com/whitepay/whitepay/internal/txmgr",
		"github.com/whitepay/whitepay/keeper/records", "github.com/whitepay/whitepay/upkeeping",
	}
	for _, d := range deps {
		for _, f := range forbidden {
			if d == f || strings.HasSuffix(f, "/") && strings.HasPrefix(d, f) {
				t.Errorf("keeper/agreement depends on %s", d)
			}
		}
	}
}

// TestIdleOnlyWithoutWork (issue 14: a driver leaves an idle core unticked): a
// core is idle before its period is scheduled, busy from its window or the first
// message of an instance until the instance is over, and idle again once the
// report is paid and its windows are behind.
func TestIdleOnlyWithoutWork(t *testing.T) {
	h := newHandNet(t)
	s := h.s
	for i, nd := range s.Nodes {
		if !nd.Idle() {
			t.Fatalf("keeper %d busy before its period", i)
		}
	}
	for i, nd := range s.Nodes {
		nd.SetHeight(simTe + simParams.Finality)
		h.collect(uint32(i))
	}
	for i, nd := range s.Nodes {
		if nd.Idle() {
			t.Fatalf("keeper %d idle with an instance under way (status %+v)", i, nd.Status())
		}
	}
	// Run the instance to its report: jobs and locks completed, rounds ticked.
	for range 20 {
		for i := range s.Nodes {
			h.completeJobs(uint32(i))
			h.completeLocks(uint32(i))
		}
		if len(h.submit) > 0 {
			break
		}
		h.tickAll(1)
	}
	if len(h.submit) == 0 {
		t.Fatal("no report")
	}
	s.Chain.Advance(simTe + simParams.Finality)
	if err := s.Chain.Pay(h.submit[0]); err != nil {
		t.Fatal(err)
	}
	// Two windows later the instance is abandoned as stale and nothing is due.
	later := simTe + simParams.Finality + 3*simParams.Window
	s.Chain.Advance(later)
	for i, nd := range s.Nodes {
		s.Views[i].Advance(later) // the keepers' chain views show the payment
		nd.SetHeight(later)
	}
	for i := range s.Nodes {
		h.collect(uint32(i))
	}
	for i, nd := range s.Nodes {
		if !nd.Idle() {
			t.Fatalf("keeper %d busy after the paid report's windows (status %+v)", i, nd.Status())
		}
	}
}
