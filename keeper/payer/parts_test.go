package payer

import (
	"errors"
	"math/big"
	"math/rand"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/parts"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// partsChain is the contract as the keepers of this test see it: fixed keepers,
// providers with lastPaid, paid through pay (a unit-test stand-in for View).
type partsChain struct {
	mu       sync.Mutex
	keepers  []agreement.Keeper
	lastPaid []uint64
	te       uint64
}

func (c *partsChain) Keepers() ([]agreement.Keeper, error) { return c.keepers, nil }

func (c *partsChain) Providers() ([]uint32, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []uint32
	for p, lp := range c.lastPaid {
		if lp < c.te {
			out = append(out, uint32(p))
		}
	}
	return out, nil
}

func (c *partsChain) LastPaid(p uint32) (uint64, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if int(p) >= len(c.lastPaid) {
		return 0, false, nil
	}
	return c.lastPaid[p], c.lastPaid[p] < c.te, nil
}

// pay applies a report as the contract does: every entry's ts must be its
// provider's lastPaid (else the report is refused: a second report for a part).
func (c *partsChain) pay(s agreement.Submit) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range s.Report.Entries {
		if c.lastPaid[e.Provider] != e.Ts {
			return false
		}
	}
	for _, e := range s.Report.Entries {
		c.lastPaid[e.Provider] = s.Report.Te
	}
	return true
}

type partsMsg struct {
	from, to uint32
	payload  []byte
}

// partsNet is four keepers' per-part cores (cores, with the real vote store and a
// synthetic observer) over a simulated network that delivers in random order,
// driven synchronously: the agreement of several parts at once.
type partsNet struct {
	t     *testing.T
	n     int
	size  uint32
	ch    *partsChain
	ks    []*partsKeeper
	rng   *rand.Rand
	queue []partsMsg
	paid  []agreement.Submit // reports the chain accepted, in order
	drop  func(part uint32) bool
	// nparts is the contract's parts (cores' count).
	nparts uint32
}

type partsKeeper struct {
	c     *cores
	votes *VoteStore
	obs   *agreementsim.SynthObserver
}

var partsParams = schedule.Params{Start: 0, Period: 100, Finality: 2, Window: 10}

func newPartsNet(t *testing.T, nprov int, size, nparts uint32, served func(part uint32) func(te uint64) bool) *partsNet {
	const n = 4
	dom := domain.Domain{ChainID: big.NewInt(1337), Contract: common.HexToAddress("0xc0ffee")}
	fc := agreementsim.NewFastCrypto(n, 1)
	net := &partsNet{t: t, n: n, size: size, ch: &partsChain{te: 100, lastPaid: make([]uint64, nprov)},
		rng: rand.New(rand.NewSource(7)), drop: func(uint32) bool { return false }, nparts: nparts}
	for i := range n {
		net.ch.keepers = append(net.ch.keepers, agreement.Keeper{Index: uint32(i), Address: common.BigToAddress(big.NewInt(int64(i + 1))),
			PublicKey: fc.Keyring(i).PublicKey()})
	}
	for i := range n {
		db := openDB(t, filepath.Join(t.TempDir(), "db"))
		t.Cleanup(func() { db.Close() })
		k := &partsKeeper{votes: NewVoteStore(db, dom.Contract), obs: &agreementsim.SynthObserver{Index: uint32(i),
			Rate: func(p uint32) *big.Int { return big.NewInt(int64(1000 + p)) }}}
		c, err := newCores(func(part uint32) (*agreement.Node, error) {
			var sv func(uint64) bool
			if served != nil {
				sv = served(part)
			}
			return agreement.New(agreement.Config{Domain: dom, Self: uint32(i), Params: partsParams, RoundTicks: 5,
				Part: part, PartSize: size, Served: sv, Chain: net.ch, Keys: fc.Keyring(i), Verifier: fc.Verifier(i)})
		}, func() uint32 { return net.nparts })
		if err != nil {
			t.Fatal(err)
		}
		if c.Parts() != int(nparts) {
			t.Fatalf("%d cores, want %d", c.Parts(), nparts)
		}
		k.c = c
		net.ks = append(net.ks, k)
	}
	return net
}

func (net *partsNet) drain(i int) {
	t, k := net.t, net.ks[i]
	for k.c.HasReady() {
		rd := k.c.Ready()
		for _, l := range rd.Locks {
			k.c.Advance(agreement.WriteLock(k.votes, l))
		}
		for _, j := range rd.Jobs {
			k.c.Advance(agreement.RunJob(k.obs, j))
		}
		for _, m := range rd.Messages {
			for to := range net.n {
				if to != i && (m.Broadcast || m.To == uint32(to)) {
					net.queue = append(net.queue, partsMsg{uint32(i), uint32(to), m.Payload})
				}
			}
		}
		for _, s := range rd.Submits {
			for _, e := range s.Report.Entries {
				if e.Provider/net.size != s.Report.Part {
					t.Fatalf("part %d report pays provider %d", s.Report.Part, e.Provider)
				}
			}
			if net.ch.pay(s) {
				net.paid = append(net.paid, s)
			}
		}
	}
}

// run drives heights from..to, 20 ticks a block, until until() holds.
func (net *partsNet) run(from, to uint64, until func() bool) {
	for h := from; h <= to; h++ {
		for i := range net.n {
			net.ks[i].c.SetHeight(h)
			net.drain(i)
		}
		for range 20 {
			for i := range net.n {
				net.ks[i].c.Tick()
				net.drain(i)
			}
			for len(net.queue) > 0 {
				net.rng.Shuffle(len(net.queue), func(a, b int) { net.queue[a], net.queue[b] = net.queue[b], net.queue[a] })
				m := net.queue[0]
				net.queue = net.queue[1:]
				if part, _ := wire.PeekPart(m.payload); net.drop(part) {
					continue
				}
				_ = net.ks[m.to].c.Step(m.from, m.payload)
				net.drain(int(m.to))
			}
			if until() {
				return
			}
		}
	}
}

func (net *partsNet) paidParts() []uint32 {
	var out []uint32
	for _, s := range net.paid {
		out = append(out, s.Report.Part)
	}
	return out
}

// TestPartsIndependent: 5 providers in parts of 2 (parts 0, 1, 2). Every message
// of part 1 is lost: parts 0 and 2 are agreed and paid all the same. Then part 1's
// messages flow again and a later window's leader pays it: parts are paid in any
// order (2 and 0 before 1), each by its own report of its part's providers, and no
// provider is paid twice.
func TestPartsIndependent(t *testing.T) {
	const size = 2
	net := newPartsNet(t, 5, size, 3, nil)
	net.drop = func(part uint32) bool { return part == 1 }
	// Window 0 (heights 102–111): part 1's messages lost.
	net.run(98, 111, func() bool { return len(net.paid) == 2 })
	if pp := net.paidParts(); len(pp) != 2 || pp[0] == 1 || pp[1] == 1 {
		t.Fatalf("with part 1 failing, paid parts %v (want 0 and 2)", pp)
	}
	for p, lp := range net.ch.lastPaid {
		if want := map[bool]uint64{true: 0, false: 100}[p/size == 1]; lp != want {
			t.Fatalf("provider %d lastPaid %d, want %d", p, lp, want)
		}
	}
	// Part 1 recovers: a later window's leader pays it.
	net.drop = func(uint32) bool { return false }
	net.run(112, 160, func() bool { return len(net.paid) == 3 })
	if pp := net.paidParts(); len(pp) != 3 || pp[2] != 1 {
		t.Fatalf("paid parts %v, want part 1 last", pp)
	}
	for p, lp := range net.ch.lastPaid {
		if lp != 100 {
			t.Fatalf("provider %d lastPaid %d after every part was paid", p, lp)
		}
	}
	// Each keeper's locks name their part.
	for i, k := range net.ks {
		ls, err := k.votes.Locks(0)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[uint32]bool{}
		for _, l := range ls {
			seen[l.Part] = true
		}
		if len(seen) < 2 {
			t.Fatalf("keeper %d locked in parts %v only", i, seen)
		}
	}
	t.Logf("parts paid in order %v", net.paidParts())
}

// TestPartsRotation: 3 parts, one part per period (agreement.Config.Served =
// parts.Served): each period pays exactly the part the rotation names — period j
// part j mod 3 — no other part's leader proposes, and after three periods every
// provider was paid, each from its lastPaid (a part unserved for two periods is
// paid for all three at once).
func TestPartsRotation(t *testing.T) {
	const size, nparts, perPeriod = 2, 3, 1
	net := newPartsNet(t, 6, size, nparts, func(part uint32) func(uint64) bool {
		return func(te uint64) bool {
			return parts.Served((te-partsParams.Start)/partsParams.Period, nparts, perPeriod, part)
		}
	})
	for j := uint64(1); j <= 3; j++ {
		te := j * partsParams.Period
		net.ch.mu.Lock()
		net.ch.te = te
		net.ch.mu.Unlock()
		before := len(net.paid)
		// The period's windows: every leader has its window; only one part is paid.
		net.run(te-2, te+partsParams.Finality+4*partsParams.Window, func() bool { return false })
		got := net.paid[before:]
		if len(got) != 1 || got[0].Report.Part != uint32(j%nparts) || got[0].Report.Te != te {
			t.Fatalf("period %d: paid %v, want part %d only", j, net.paidParts()[before:], j%nparts)
		}
		for _, e := range got[0].Report.Entries {
			if e.Ts != 0 { // each part's first service: from the start
				t.Fatalf("period %d: provider %d from ts %d", j, e.Provider, e.Ts)
			}
		}
	}
	for p, lp := range net.ch.lastPaid {
		if lp == 0 {
			t.Fatalf("provider %d never paid in three periods of a three-part rotation", p)
		}
	}
	t.Logf("parts paid in order %v", net.paidParts())
}

// TestPartsRefuseForeign: a part's core refuses an Observe naming a provider of
// another part (ErrBadEntry) and a message of another part (ErrUnknownInstance);
// cores refuses a part the contract does not have.
func TestPartsRefuseForeign(t *testing.T) {
	net := newPartsNet(t, 5, 2, 3, nil)
	for i := range net.n {
		net.ks[i].c.SetHeight(103)
	}
	st := net.ks[0].c.Status()
	if !st.InWindow {
		t.Fatalf("status %+v", st)
	}
	leader := st.WindowLeader
	to := (leader + 1) % uint32(net.n)
	dom := domain.Domain{ChainID: big.NewInt(1337), Contract: common.HexToAddress("0xc0ffee")}
	obs := func(part uint32, es ...wire.Entry) []byte {
		return wire.Encode(&wire.Observe{Header: wire.Header{ChainID: dom.ChainID, Contract: dom.Contract, Te: 100, Part: part,
			Leader: leader, Attempt: 0, Sender: leader}, Entries: es})
	}
	c := net.ks[to].c
	if err := c.Step(leader, obs(0, wire.Entry{Provider: 0}, wire.Entry{Provider: 2})); !errors.Is(err, agreement.ErrBadEntry) {
		t.Fatalf("part 0 Observe with provider 2 (part 1): %v", err)
	}
	if err := c.nodes[1].Step(leader, obs(0, wire.Entry{Provider: 0})); !errors.Is(err, agreement.ErrUnknownInstance) {
		t.Fatalf("part 0 message stepped into part 1's core: %v", err)
	}
	if err := c.Step(leader, obs(7, wire.Entry{Provider: 14})); !errors.Is(err, agreement.ErrUnknownInstance) {
		t.Fatalf("part 7 of 3: %v", err)
	}
	if err := c.Step(leader, obs(1, wire.Entry{Provider: 2}, wire.Entry{Provider: 3})); err != nil {
		t.Fatalf("a valid part 1 Observe: %v", err)
	}
}

// TestPartsGrow: a provider registered beyond the last part adds a part; every
// keeper's cores start its core at the current height, and it is agreed and paid
// like the others.
func TestPartsGrow(t *testing.T) {
	net := newPartsNet(t, 4, 2, 2, nil)
	net.run(98, 101, func() bool { return false })
	net.ch.mu.Lock()
	net.ch.lastPaid = append(net.ch.lastPaid, 0) // provider 4: part 2
	net.ch.mu.Unlock()
	net.nparts = 3
	net.run(102, 140, func() bool { return len(net.paid) == 3 })
	for i, k := range net.ks {
		if k.c.Parts() != 3 {
			t.Fatalf("keeper %d runs %d cores", i, k.c.Parts())
		}
	}
	for p, lp := range net.ch.lastPaid {
		if lp != 100 {
			t.Fatalf("provider %d lastPaid %d (paid parts %v)", p, lp, net.paidParts())
		}
	}
}
