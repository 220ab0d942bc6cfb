package payer

import (
	"math/big"
	"math/rand"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/domain"
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

// TestPartsIndependent drives four keepers' cores (one agreement core per part:
// cores, with the real vote store) over a simulated network: 5 providers in parts
// of 2 (parts 0, 1, 2). Every message of part 1 is lost: parts 0 and 2 are agreed
// and paid all the same. Then part 1's messages flow again and a later window's
// leader pays it: parts are paid in any order (2 and 0 before 1), each by its own
// report carrying its part, and no provider is paid twice.
func TestPartsIndependent(t *testing.T) {
	const n, nprov, size = 4, 5, 2
	params := schedule.Params{Start: 0, Period: 100, Finality: 2, Window: 10}
	dom := domain.Domain{ChainID: big.NewInt(1337), Contract: common.HexToAddress("0xc0ffee")}
	fc := agreementsim.NewFastCrypto(n, 1)
	ch := &partsChain{te: 100, lastPaid: make([]uint64, nprov)}
	for i := range n {
		ch.keepers = append(ch.keepers, agreement.Keeper{Index: uint32(i), Address: common.BigToAddress(big.NewInt(int64(i + 1))),
			PublicKey: fc.Keyring(i).PublicKey()})
	}
	type keeper struct {
		c     *cores
		votes *VoteStore
		obs   *agreementsim.SynthObserver
	}
	ks := make([]*keeper, n)
	for i := range n {
		db := openDB(t, filepath.Join(t.TempDir(), "db"))
		t.Cleanup(func() { db.Close() })
		k := &keeper{votes: NewVoteStore(db, dom.Contract), obs: &agreementsim.SynthObserver{Index: uint32(i),
			Rate: func(p uint32) *big.Int { return big.NewInt(int64(1000 + p)) }}}
		c, err := newCores(func(part uint32) (*agreement.Node, error) {
			return agreement.New(agreement.Config{Domain: dom, Self: uint32(i), Params: params, RoundTicks: 5,
				Part: part, PartSize: size, Chain: ch, Keys: fc.Keyring(i), Verifier: fc.Verifier(i)})
		}, func() uint32 { return 3 })
		if err != nil {
			t.Fatal(err)
		}
		if c.Parts() != 3 {
			t.Fatalf("%d cores, want 3", c.Parts())
		}
		k.c = c
		ks[i] = k
	}
	rng := rand.New(rand.NewSource(7))
	var queue []partsMsg
	var paidParts []uint32
	dropPart1 := true
	drain := func(i int) {
		k := ks[i]
		for k.c.HasReady() {
			rd := k.c.Ready()
			for _, l := range rd.Locks {
				k.c.Advance(agreement.WriteLock(k.votes, l))
			}
			for _, j := range rd.Jobs {
				k.c.Advance(agreement.RunJob(k.obs, j))
			}
			for _, m := range rd.Messages {
				for to := range n {
					if to != i && (m.Broadcast || m.To == uint32(to)) {
						queue = append(queue, partsMsg{uint32(i), uint32(to), m.Payload})
					}
				}
			}
			for _, s := range rd.Submits {
				if s.Report.Part >= 3 || s.Report.Te != 100 {
					t.Fatalf("submit of part %d te %d", s.Report.Part, s.Report.Te)
				}
				for _, e := range s.Report.Entries {
					if e.Provider/size != s.Report.Part {
						t.Fatalf("part %d report pays provider %d", s.Report.Part, e.Provider)
					}
				}
				if ch.pay(s) {
					paidParts = append(paidParts, s.Report.Part)
				}
			}
		}
	}
	run := func(from, to uint64, until func() bool) {
		for h := from; h <= to; h++ {
			for i := range n {
				ks[i].c.SetHeight(h)
				drain(i)
			}
			for range 20 {
				for i := range n {
					ks[i].c.Tick()
					drain(i)
				}
				for len(queue) > 0 {
					rng.Shuffle(len(queue), func(a, b int) { queue[a], queue[b] = queue[b], queue[a] })
					m := queue[0]
					queue = queue[1:]
					if part, _ := wire.PeekPart(m.payload); dropPart1 && part == 1 {
						continue
					}
					_ = ks[m.to].c.Step(m.from, m.payload)
					drain(int(m.to))
				}
				if until() {
					return
				}
			}
		}
	}
	// Window 0 (heights 102–111): part 1's messages lost.
	run(98, 111, func() bool { return len(paidParts) == 2 })
	if len(paidParts) != 2 || paidParts[0] == 1 || paidParts[1] == 1 {
		t.Fatalf("with part 1 failing, paid parts %v (want 0 and 2)", paidParts)
	}
	for p, lp := range ch.lastPaid {
		if want := map[bool]uint64{true: 0, false: 100}[p/size == 1]; lp != want {
			t.Fatalf("provider %d lastPaid %d, want %d", p, lp, want)
		}
	}
	// Part 1 recovers: a later window's leader pays it.
	dropPart1 = false
	run(112, 160, func() bool { return len(paidParts) == 3 })
	if len(paidParts) != 3 || paidParts[2] != 1 {
		t.Fatalf("paid parts %v, want part 1 last", paidParts)
	}
	for p, lp := range ch.lastPaid {
		if lp != 100 {
			t.Fatalf("provider %d lastPaid %d after every part was paid", p, lp)
		}
	}
	// Each keeper's locks name their part.
	for i, k := range ks {
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
	t.Logf("parts paid in order %v", paidParts)
}
