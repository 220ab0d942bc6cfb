package payer

import (
	"fmt"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/agreementsim"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/schedule"
	"github.com/whitepay/whitepay/upkeeping"
)

// corePump drives agreement cores whose jobs run at once against this package's
// Observers (badger stores on disk) and whose messages are delivered in order; it
// counts the bytes of each message type on the wire (a broadcast counts once per
// recipient).
type corePump struct {
	t       testing.TB
	nodes   []*agreement.Node
	obs     []*Observer
	queue   []pumped
	bytes   map[wire.Type]int
	msgs    map[wire.Type]int
	submits []agreement.Submit
}

type pumped struct {
	from, to uint32
	payload  []byte
}

func (p *corePump) drain(i uint32) {
	nd := p.nodes[i]
	for nd.HasReady() {
		rd := nd.Ready()
		for _, l := range rd.Locks {
			nd.Advance(agreement.Done{Lock: l}) // durable at once (the votes are not what this test is about)
		}
		for _, j := range rd.Jobs {
			nd.Advance(agreement.RunJob(p.obs[i], j))
		}
		for _, m := range rd.Messages {
			for k := range p.nodes {
				if k == int(i) || (!m.Broadcast && m.To != uint32(k)) {
					continue
				}
				p.queue = append(p.queue, pumped{i, uint32(k), m.Payload})
				p.bytes[m.Type] += len(m.Payload)
				p.msgs[m.Type]++
			}
		}
		p.submits = append(p.submits, rd.Submits...)
	}
}

// run delivers messages and ticks the cores until one submits or maxTicks ticks.
func (p *corePump) run(maxTicks int) bool {
	for tick := 0; len(p.submits) == 0 && tick < maxTicks; {
		if len(p.queue) == 0 {
			tick++
			for i, nd := range p.nodes {
				nd.Tick()
				p.drain(uint32(i))
			}
			continue
		}
		m := p.queue[0]
		p.queue = p.queue[1:]
		_ = p.nodes[m.to].Step(m.from, m.payload) // refusals are counted by the core
		p.drain(m.to)
	}
	return len(p.submits) > 0
}

// TestRound4CoreFiftyThousandRecords (issue 15, "a disputed period with 50,000
// records per provider goes through round 4 and is paid"): four agreement cores,
// each with this package's Observer over its own badger store on disk; keepers 0
// and 1 hold a provider's 50,000 records, keepers 2 and 3 only the first half, so
// the observations split in two (rounds 2 and 3 cannot reach q = 3) and round 4
// runs: the records travel as 1 MiB chunks (13 MB per set, beyond the 8 MiB at
// which a keeper used to stay silent), every chunk is checked and merged, and the
// leader's next attempt gathers q votes on the full records' value: the core
// submits a report with q signers whose aggregate BLS signature verifies. Bytes on
// the wire and seconds are logged (no timed assertion). Cost: ~1–2 min on the
// 2-core machine (50,000 records signed, 2 × 25,000 verified); -short runs 5,000,
// WHITEPAY_ROUND4_RECORDS overrides.
func TestRound4CoreFiftyThousandRecords(t *testing.T) {
	n := 50_000
	if s := os.Getenv("WHITEPAY_ROUND4_RECORDS"); s != "" {
		fmt.Sscan(s, &n)
	}
	if testing.Short() {
		n = 5_000
	}
	const N = 4
	start := time.Now()
	f := newOKFixture(t, n, 0)
	cr, err := agreementsim.NewBLSCrypto(N)
	if err != nil {
		t.Fatal(err)
	}
	te := uint64(n + 20)
	view := &View{params: upkeeping.Params{Stale: 40}, loaded: true, byAddr: map[common.Address]uint32{},
		providers: []upkeepingProvider{{info: upkeeping.ProviderInfo{Account: f.prov, LastPaid: 0}, due: true}}}
	for i := range N {
		a := f.keeper // keeper 0 made the records
		if i > 0 {
			a = common.BigToAddress(big.NewInt(int64(0xabc0 + i)))
		}
		view.keepers = append(view.keepers, agreement.Keeper{Index: uint32(i), Address: a, PublicKey: cr.Keyring(i).PublicKey()})
		view.byAddr[a] = uint32(i)
	}
	f.view = view
	params := schedule.Params{Start: 0, Period: te, Finality: 2, Window: 40}
	p := &corePump{t: t, bytes: map[wire.Type]int{}, msgs: map[wire.Type]int{}}
	for i := range N {
		held := f.recs
		if i >= 2 {
			held = f.recs[:n/2]
		}
		o, _, _ := f.observer(t, held, 1)
		p.obs = append(p.obs, o)
		nd, err := agreement.New(agreement.Config{Domain: f.d, Self: uint32(i), Params: params, RoundTicks: 10,
			Chain: view, Keys: cr.Keyring(i), Verifier: cr.Verifier(i)})
		if err != nil {
			t.Fatal(err)
		}
		p.nodes = append(p.nodes, nd)
	}
	want, err := p.obs[0].SpaceTime(0, 0, te)
	if err != nil {
		t.Fatal(err)
	}
	if half, _ := p.obs[2].SpaceTime(0, 0, te); agreement.DefaultTolerance.Within(half, want) {
		t.Fatalf("no dispute: %v vs %v", half, want)
	}
	setup := time.Since(start)
	t0 := time.Now()
	for i, nd := range p.nodes {
		nd.SetHeight(te + params.Finality)
		p.drain(uint32(i))
	}
	if !p.run(2000) {
		t.Fatalf("no report submitted (messages %v)", p.msgs)
	}
	took := time.Since(t0)
	if p.msgs[wire.TypeSyncRequest] == 0 || p.msgs[wire.TypeRecordSet] == 0 {
		t.Fatalf("no round 4 (messages %v)", p.msgs)
	}
	sub := p.submits[0]
	if len(sub.Report.Entries) != 1 || sub.Report.Entries[0].St.Cmp(want) != 0 {
		t.Fatalf("report %v, want st %v (the full records)", sub.Report.Entries, want)
	}
	var pks [][]byte
	for i := range N {
		if sub.Signers.Bit(i) == 1 {
			pks = append(pks, cr.Keyring(i).PublicKey())
		}
	}
	if len(pks) < agreement.Quorum(N) || !cr.VerifyAggregate(pks, sub.Digest, sub.Signature) {
		t.Fatalf("%d signers, aggregate valid %v", len(pks), cr.VerifyAggregate(pks, sub.Digest, sub.Signature))
	}
	for i := 2; i < N; i++ {
		if got, _ := p.obs[i].SpaceTime(0, 0, te); got.Cmp(want) != 0 {
			t.Fatalf("keeper %d after round 4: %v, want %v", i, got, want)
		}
	}
	t.Logf("round 4 with %d records of one provider, 4 keepers (2 holding half): report submitted after %.1f s (setup %.1f s); on the wire %d bytes in %d record chunks (%d sync requests), %d bytes in all",
		n, took.Seconds(), setup.Seconds(), p.bytes[wire.TypeRecordSet], p.msgs[wire.TypeRecordSet], p.msgs[wire.TypeSyncRequest], sum(p.bytes))
}

func sum(m map[wire.Type]int) int {
	s := 0
	for _, v := range m {
		s += v
	}
	return s
}
