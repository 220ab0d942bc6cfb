package upkeeping

// The contract's money invariants, checked over random sequences of operations on the
// simulated backend (issue 12 "Tests"): fund, pay (valid reports signed by a quorum,
// now and then an invalid one), scheduled changes (group, price, removal, a new
// provider), surplus request/execute/cancel, withdrawals (providers, keepers, bonds),
// bonds and slashes, and the chain moving on. A model written here from the rules of
// docs/contracts.md predicts every credit; after every step:
//
//   - the contract's balance, funds(), surplus() and owed() equal the model's, and
//     owed = every provider's balance + every keeper's unwithdrawn rewards (available
//     and locked) + bonds: every unit held is owed to someone or is surplus;
//   - each provider's and keeper's credited total (withdrawals included) equals the
//     model's and never decreases, except a keeper's by its own slash (and then by
//     exactly the forfeited rewards the contract reports);
//   - each withdrawal pays exactly what was withdrawable, to the payout address;
//   - the slashed keepers are exactly the members marked noShare.
//
// Replay: the seed is printed on failure; run
//
//	go test ./upkeeping/ -run TestContractInvariants -invariant.seed=N [-invariant.steps=M]
//
// (or WHITEPAY_INVARIANT_SEED / WHITEPAY_INVARIANT_STEPS). Without them each run
// takes a fresh seed. Cost: the default 300 steps take 4–10 s on a 2-core machine.
// Against the contract before the slash fixes of this branch it failed 6 seeds of 10
// (keeper earnings off the model within 20–212 steps).

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/internal/report"
)

var (
	invSeed  = flag.Uint64("invariant.seed", 0, "TestContractInvariants: the seed (0: a fresh one)")
	invSteps = flag.Int("invariant.steps", 0, "TestContractInvariants: steps (0: 300)")
)

const defaultInvariantSteps = 300

func invariantConfig(t *testing.T) (seed uint64, steps int) {
	seed, steps = *invSeed, *invSteps
	if v := os.Getenv("WHITEPAY_INVARIANT_SEED"); v != "" && seed == 0 {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("WHITEPAY_INVARIANT_SEED: %v", err)
		}
		seed = s
	}
	if v := os.Getenv("WHITEPAY_INVARIANT_STEPS"); v != "" && steps == 0 {
		s, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("WHITEPAY_INVARIANT_STEPS: %v", err)
		}
		steps = s
	}
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	if steps <= 0 {
		steps = defaultInvariantSteps
	}
	return seed, steps
}

// invChange is a provider's pending change in the model.
type invChange struct {
	price  *big.Int
	remove bool
	at     uint64
}

type invProvider struct {
	account   account
	payout    common.Address
	price     *big.Int
	next      *invChange
	removed   bool
	lastPaid  uint64
	credited  *big.Int // in total, withdrawals included
	withdrawn *big.Int
}

type invKeeper struct {
	keeper
	id       uint32
	payout   common.Address
	earned   *big.Int // credited in total (withdrawals included), less forfeits
	claimed  *big.Int
	bond     *big.Int
	slashed  bool
	lastSeen *big.Int // Earned as last read from the contract
}

type invSurplusReq struct {
	amount    *big.Int
	notBefore uint64
}

// invariantRun is one random run: the deployment, the model and the random source.
type invariantRun struct {
	t       *testing.T
	d       *deployment
	rng     *rand.Rand
	step    int
	op      string
	sink    common.Address
	report  account
	spare   []account // accounts for new providers
	provs   []*invProvider
	keepers []*invKeeper // by registry id order
	byID    map[uint32]*invKeeper
	surplus *big.Int
	holding *big.Int
	request *invSurplusReq
	bond    *big.Int
	leader  int64 // leaderBonusBps
}

func TestContractInvariants(t *testing.T) {
	seed, steps := invariantConfig(t)
	t.Logf("seed %d, %d steps", seed, steps)
	defer func() {
		if t.Failed() {
			t.Logf("replay: go test ./upkeeping/ -run 'TestContractInvariants$' -invariant.seed=%d -invariant.steps=%d", seed, steps)
		}
	}()
	start := time.Now()
	run := newInvariantRun(t, seed)
	run.check()
	counts := map[string]int{}
	for run.step = 1; run.step <= steps && !t.Failed(); run.step++ {
		run.randomStep()
		counts[run.op]++
		run.check()
	}
	t.Logf("%d steps in %v: %v", steps, time.Since(start).Round(time.Millisecond), counts)
}

func newInvariantRun(t *testing.T, seed uint64) *invariantRun {
	e := newEnv(t, 1+5+3+2+2+1+1)
	bond := big.NewInt(50_000)
	d := e.deploy(deployOpts{nKeepers: 5, nProviders: 3, vest: 2, bond: bond, slashBps: 3000, leaderBps: 200, price: price(2)})
	r := &invariantRun{
		t: t, d: d, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		sink: common.HexToAddress("0x5111c0000000000000000000000000000000005c"), report: e.accts[13],
		spare: e.accts[11:13], byID: map[uint32]*invKeeper{}, surplus: new(big.Int), holding: new(big.Int),
		bond: bond, leader: 200,
	}
	extra := newKeepers(t, e.accts[9:11])
	all := append(append([]keeper{}, d.keepers...), extra...)
	d.newGroup(all) // registers the two extra keepers
	for i, k := range all {
		ik := &invKeeper{keeper: k, id: d.idOf(k), earned: new(big.Int), claimed: new(big.Int), bond: new(big.Int), lastSeen: new(big.Int)}
		ik.payout = common.BigToAddress(big.NewInt(int64(0xbee000 + i)))
		d.mine(d.stack.Registry.SetPayout(d.ctx, d.opts(k.account), ik.payout))
		r.keepers = append(r.keepers, ik)
		r.byID[ik.id] = ik
	}
	for _, a := range d.providers {
		r.addProviderModel(a, price(2), d.params.Start)
	}
	return r
}

func (r *invariantRun) addProviderModel(a account, p *big.Int, lastPaid uint64) {
	idx := uint32(len(r.provs))
	pv := &invProvider{account: a, price: new(big.Int).Set(p), lastPaid: lastPaid, credited: new(big.Int), withdrawn: new(big.Int)}
	pv.payout = common.BigToAddress(big.NewInt(int64(0xfee000 + idx)))
	r.d.mine(r.d.c.SetProviderPayout(r.d.ctx, r.d.opts(a), idx, pv.payout))
	r.provs = append(r.provs, pv)
}

func (r *invariantRun) fatalf(format string, args ...any) {
	r.t.Helper()
	r.t.Fatalf("step %d (%s): %s", r.step, r.op, fmt.Sprintf(format, args...))
}

func (r *invariantRun) ctx() context.Context { return r.d.ctx }

// send mines tx; a transaction a loaded machine left out of the block is mined in the
// next (a few tries). It returns the receipt and the decoded revert, if any.
func (r *invariantRun) send(tx *types.Transaction, err error) (*types.Receipt, error) {
	r.t.Helper()
	if err != nil {
		return nil, err
	}
	for try := 0; try < 5; try++ {
		r.d.sim.Commit()
		rc, err := r.d.client.TransactionReceipt(r.ctx(), tx.Hash())
		if err == nil {
			if rc.Status == types.ReceiptStatusSuccessful {
				return rc, nil
			}
			_, werr := Wait(r.ctx(), r.d.client, tx)
			return rc, werr
		}
	}
	r.fatalf("tx %s not mined after 5 blocks", tx.Hash())
	return nil, nil
}

// expect checks that a step succeeded (want nil) or failed with want.
func (r *invariantRun) expect(what string, err, want error) bool {
	r.t.Helper()
	if want == nil {
		if err != nil {
			r.fatalf("%s: %v", what, err)
		}
		return true
	}
	if !errors.Is(err, want) {
		r.fatalf("%s: got %v, want %v", what, err, want)
	}
	return false
}

func (r *invariantRun) head() uint64 { return r.d.block() }

// opts sends from a with a fixed gas limit: nothing is estimated, every transaction is
// mined and judged in the block it lands in (gas estimation runs on the head block,
// and a transaction whose path changes at the next block's boundary can run out of
// the estimated gas: the client's ScheduleGroup (a pending epoch replaced at the head,
// appended in the next block) and Slash (a new epoch appended) do).
func (r *invariantRun) opts(a account) *bind.TransactOpts {
	o := r.d.opts(a)
	o.GasLimit = 8_000_000
	return o
}

// landed is the block a receipt's transaction landed in (the failing ones too).
func (r *invariantRun) landed(rc *types.Receipt) uint64 {
	r.t.Helper()
	if rc == nil {
		r.fatalf("no receipt")
	}
	return rc.BlockNumber.Uint64()
}

func (r *invariantRun) randomStep() {
	switch x := r.rng.IntN(100); {
	case x < 10:
		r.op = "fund"
		r.fund()
	case x < 45:
		r.op = "pay"
		r.pay()
	case x < 53:
		r.op = "advance"
		n := 1 + r.rng.IntN(int(2*r.d.params.Period))
		for i := 0; i < n; i++ {
			r.d.sim.Commit()
		}
	case x < 57:
		r.op = "scheduleGroup"
		r.scheduleGroup()
	case x < 63:
		r.op = "providerChange"
		r.providerChange()
	case x < 65:
		r.op = "addProvider"
		r.addProvider()
	case x < 69:
		r.op = "requestSurplus"
		r.requestSurplus()
	case x < 74:
		r.op = "executeSurplus"
		r.executeSurplus()
	case x < 75:
		r.op = "cancelSurplus"
		_, err := r.send(r.d.c.CancelSurplus(r.ctx(), r.opts(r.d.owner)))
		r.expect("cancel", err, nil)
		r.request = nil
	case x < 82:
		r.op = "withdrawProvider"
		r.withdrawProvider()
	case x < 89:
		r.op = "withdrawKeeper"
		r.withdrawKeeper()
	case x < 93:
		r.op = "postBond"
		r.postBond()
	case x < 96:
		r.op = "withdrawBond"
		r.withdrawBond()
	default:
		r.op = "slash"
		r.slash()
	}
}

func (r *invariantRun) fund() {
	amount := big.NewInt(int64(1 + r.rng.IntN(20_000_000)))
	txs, err := r.d.c.Fund(r.ctx(), r.opts(r.d.owner), amount)
	if err != nil {
		r.fatalf("fund: %v", err)
	}
	_, err = r.send(txs[0], nil)
	r.expect("fund", err, nil)
	r.surplus.Add(r.surplus, amount)
	r.holding.Add(r.holding, amount)
}

// terms is the model's price for provider p's entry [ts, te), or the error the
// contract refuses it with (SPEC 8.1 per-interval terms).
func (r *invariantRun) terms(p int, ts, te uint64) (*big.Int, error) {
	pv := r.provs[p]
	if pv.removed {
		return nil, ErrProviderRemoved
	}
	if pv.next != nil {
		if ts >= pv.next.at {
			if pv.next.remove {
				return nil, ErrProviderRemoved
			}
			return pv.next.price, nil
		}
		if te > pv.next.at {
			return nil, ErrStraddlesChange
		}
	}
	return pv.price, nil
}

// entryError is the model's verdict on an entry of provider p from its lastPaid to te
// under an epoch starting at from.
func (r *invariantRun) entryError(p int, te, from uint64) error {
	ts := r.provs[p].lastPaid
	if ts >= te {
		return ErrIntervalNotBeforeEnd
	}
	if ts < from {
		return ErrBeforeEpoch
	}
	_, err := r.terms(p, ts, te)
	return err
}

func (r *invariantRun) pay() {
	d := r.d
	H, D := d.params.Period, d.params.Finality
	x := r.head() + 1 // the block it lands in (sent with a fixed gas limit: no estimation)
	eps, err := d.c.Epochs(r.ctx())
	if err != nil {
		r.fatalf("epochs: %v", err)
	}
	// A provider to pay and a te for it.
	p0 := r.rng.IntN(len(r.provs))
	var te uint64
	var e int
	found := false
	for _, k := range r.rng.Perm(3) {
		te = r.provs[p0].lastPaid + uint64(k+1)*H
		if te+D > x {
			continue
		}
		e, _ = EpochIndexFor(eps, te)
		if r.entryError(p0, te, eps[e].From) == nil || r.rng.IntN(8) == 0 {
			found = true
			break
		}
	}
	if !found {
		r.op = "pay (nothing due)"
		return
	}
	// p0's entry (valid, or now and then refused) and valid ones of other providers.
	var entries []report.Entry
	for _, p := range r.rng.Perm(len(r.provs)) {
		if p != p0 && (r.rng.IntN(2) == 0 || r.entryError(p, te, eps[e].From) != nil) {
			continue
		}
		entries = append(entries, report.Entry{Provider: uint32(p), Ts: r.provs[p].lastPaid, St: big.NewInt(int64(r.rng.IntN(1_000_001)))})
	}
	// The contract checks entries in order: the first refused entry names the error.
	var want error
	for _, en := range entries {
		if err := r.entryError(int(en.Provider), te, eps[e].From); err != nil {
			want = err
			break
		}
	}
	g, err := d.c.EpochGroup(r.ctx(), uint64(e))
	if err != nil {
		r.fatalf("epoch group: %v", err)
	}
	var active []int
	for i, m := range g.Members {
		if !m.Removed {
			active = append(active, i)
		}
	}
	n := len(active)
	if n == 0 { // every member slashed: nothing pays until the owner schedules a group
		r.op = "pay (no keepers)"
		return
	}
	q := n*2/3 + 1
	perm := r.rng.Perm(n)
	nSigners := q + r.rng.IntN(n-q+1)
	if want == nil && q > 1 && r.rng.IntN(12) == 0 {
		nSigners = q - 1
		want = ErrNotEnoughSigners
	}
	signers := make([]int, nSigners)
	for i := range signers {
		signers[i] = active[perm[i]]
	}
	ks := make([]keeper, len(g.Members))
	for i, m := range g.Members {
		ks[i] = r.byID[m.KeeperID].keeper
	}
	leader := active[r.rng.IntN(n)]
	failed := new(big.Int)
	for _, i := range active {
		if i != leader && r.rng.IntN(6) == 0 {
			failed.SetBit(failed, i, 1)
		}
	}
	rep := &report.Report{ChainID: d.chainID, Contract: d.c.Address, Te: te, Leader: uint32(leader), FailedBitmap: failed, Entries: entries}

	// The model's split (docs/contracts.md "pay" step 5).
	bps := big.NewInt(10000)
	total, provPart := new(big.Int), new(big.Int)
	shares := make([]*big.Int, len(entries))
	if want == nil {
		for i, en := range entries {
			pr, _ := r.terms(int(en.Provider), en.Ts, te)
			amount := new(big.Int).Mul(en.St, pr)
			amount.Quo(amount, PriceScale)
			total.Add(total, amount)
			shares[i] = new(big.Int).Quo(new(big.Int).Mul(amount, big.NewInt(int64(d.params.ProviderShareBps))), bps)
			provPart.Add(provPart, shares[i])
		}
	}
	excluded := func(i int) bool {
		return g.Members[i].Removed || g.Members[i].NoShare || failed.Bit(i) == 1
	}
	bonus := new(big.Int)
	if !excluded(leader) {
		bonus.Quo(new(big.Int).Mul(total, big.NewInt(r.leader)), bps)
	}
	pool := new(big.Int).Sub(total, provPart)
	pool.Sub(pool, bonus)
	payees := 0
	for _, i := range active {
		if !excluded(i) {
			payees++
		}
	}
	charged := new(big.Int).Set(total)
	share, remainder := new(big.Int), new(big.Int)
	if payees == 0 {
		charged.Sub(charged, pool)
	} else {
		share.Quo(pool, big.NewInt(int64(payees)))
		remainder.Sub(pool, new(big.Int).Mul(share, big.NewInt(int64(payees))))
	}
	if want == nil && charged.Cmp(r.surplus) > 0 {
		want = ErrInsufficientFunds
	}
	bm, sig := signWith(r.t, rep, ks, signers...)
	_, err = r.send(d.c.Pay(r.ctx(), r.opts(ks[signers[0]].account), rep, bm, sig))
	if !r.expect(fmt.Sprintf("pay te %d (epoch %d, %d entries, %d/%d signers)", te, e, len(entries), nSigners, n), err, want) {
		r.op = "pay refused: " + want.Error()
		return
	}
	r.surplus.Sub(r.surplus, charged)
	for i, en := range entries {
		pv := r.provs[en.Provider]
		pv.credited.Add(pv.credited, shares[i])
		if pv.next != nil && en.Ts >= pv.next.at { // the contract settles the change
			pv.price, pv.next = pv.next.price, nil
		}
		pv.lastPaid = te
	}
	r.provs[entries[0].Provider].credited.Add(r.provs[entries[0].Provider].credited, remainder)
	for _, i := range active {
		if !excluded(i) {
			k := r.byID[g.Members[i].KeeperID]
			k.earned.Add(k.earned, share)
		}
	}
	lk := r.byID[g.Members[leader].KeeperID]
	lk.earned.Add(lk.earned, bonus)
}

func (r *invariantRun) scheduleGroup() {
	d := r.d
	var ids []uint32
	want := error(nil)
	for _, i := range r.rng.Perm(len(r.keepers))[:1+r.rng.IntN(len(r.keepers))] {
		k := r.keepers[i]
		if k.slashed && r.rng.IntN(3) != 0 {
			continue // mostly leave slashed keepers out
		}
		ids = append(ids, k.id)
		if k.slashed {
			want = ErrKeeperSlashedHere
		}
	}
	if len(ids) == 0 {
		r.op = "scheduleGroup (empty)"
		return
	}
	_, err := r.send(d.stack.Registry.CreateGroup(r.ctx(), r.opts(d.owner), ids))
	r.expect("createGroup", err, nil)
	gid, err := d.stack.Registry.GroupOf(r.ctx(), ids)
	if err != nil {
		r.fatalf("groupOf: %v", err)
	}
	rc, err := r.send(d.c.ScheduleGroup(r.ctx(), r.opts(d.owner), gid))
	if r.expect("scheduleGroup", err, want) {
		eps, _ := d.c.Epochs(r.ctx())
		last := eps[len(eps)-1]
		if last.GroupID != gid || last.From != d.params.ChangeBoundary(rc.BlockNumber.Uint64()) {
			r.fatalf("scheduled epoch %+v, want group %d from %d", last, gid, d.params.ChangeBoundary(rc.BlockNumber.Uint64()))
		}
	}
}

// scheduleVerdict mirrors _settleChange before a new change of provider p is
// scheduled at block x: the error the contract refuses it with, if any.
func (r *invariantRun) scheduleVerdict(p int, x uint64) error {
	pv := r.provs[p]
	if pv.next != nil {
		if pv.lastPaid >= pv.next.at {
			if pv.next.remove {
				return ErrProviderRemoved // the contract applies it and refuses (reverted: nothing stored)
			}
		} else if x >= pv.next.at {
			return ErrChangePending
		}
	}
	if pv.removed {
		return ErrProviderRemoved
	}
	return nil
}

func (r *invariantRun) providerChange() {
	d := r.d
	p := r.rng.IntN(len(r.provs))
	remove := r.rng.IntN(5) == 0
	newPrice := []*big.Int{new(big.Int), big.NewInt(1), price(1), price(3), big.NewInt(2_105_179_000_000_000)}[r.rng.IntN(5)]
	var rc *types.Receipt
	var err error
	if remove {
		rc, err = r.send(d.c.RemoveProvider(r.ctx(), r.opts(d.owner), uint32(p)))
	} else {
		rc, err = r.send(d.c.SetPrice(r.ctx(), r.opts(d.owner), uint32(p), newPrice))
	}
	want := r.scheduleVerdict(p, r.landed(rc))
	if !r.expect(fmt.Sprintf("change provider %d (remove %v)", p, remove), err, want) {
		return
	}
	pv := r.provs[p]
	if pv.next != nil && pv.lastPaid >= pv.next.at {
		pv.price = pv.next.price
	}
	pv.next = &invChange{price: newPrice, remove: remove, at: d.params.ChangeBoundary(rc.BlockNumber.Uint64())}
	if remove {
		pv.next.price = new(big.Int)
	}
}

func (r *invariantRun) addProvider() {
	if len(r.spare) == 0 {
		r.op = "addProvider (none left)"
		return
	}
	a := r.spare[0]
	r.spare = r.spare[1:]
	rc, err := r.send(r.d.c.AddProvider(r.ctx(), r.opts(r.d.owner), a.addr, price(1)))
	r.expect("addProvider", err, nil)
	r.addProviderModel(a, price(1), r.d.params.FirstBoundaryAtOrAfter(rc.BlockNumber.Uint64()))
}

func (r *invariantRun) requestSurplus() {
	amount := new(big.Int).Mul(r.surplus, big.NewInt(int64(r.rng.IntN(15))))
	amount.Quo(amount, big.NewInt(10))
	rc, err := r.send(r.d.c.RequestSurplus(r.ctx(), r.opts(r.d.owner), r.sink, amount))
	r.expect("requestSurplus", err, nil)
	r.request = &invSurplusReq{amount: amount, notBefore: r.d.params.FirstBoundaryAtOrAfter(rc.BlockNumber.Uint64()+1) + r.d.params.Period}
}

func (r *invariantRun) executeSurplus() {
	before := r.d.balance(r.sink)
	rc, err := r.send(r.d.c.ExecuteSurplus(r.ctx(), r.opts(r.d.owner)))
	x := r.landed(rc)
	amount := new(big.Int)
	var want error
	switch {
	case r.request == nil:
		want = ErrNoSurplusRequest
	case x < r.request.notBefore:
		want = ErrSurplusNotYet
	default:
		amount.Set(r.request.amount)
		if amount.Cmp(r.surplus) > 0 {
			amount.Set(r.surplus)
		}
		if amount.Sign() == 0 {
			want = ErrNothingToWithdraw
		}
	}
	if !r.expect("executeSurplus", err, want) {
		return
	}
	got := new(big.Int).Sub(r.d.balance(r.sink), before)
	if got.Cmp(amount) != 0 {
		r.fatalf("surplus paid %v, want min(request, surplus) = %v", got, amount)
	}
	r.surplus.Sub(r.surplus, amount)
	r.holding.Sub(r.holding, amount)
	r.request = nil
}

func (r *invariantRun) withdrawProvider() {
	p := r.rng.IntN(len(r.provs))
	pv := r.provs[p]
	owed := new(big.Int).Sub(pv.credited, pv.withdrawn)
	var want error
	if owed.Sign() == 0 {
		want = ErrNothingToWithdraw
	}
	before := r.d.balance(pv.payout)
	_, err := r.send(r.d.c.WithdrawProvider(r.ctx(), r.opts(pv.account), uint32(p)))
	if !r.expect(fmt.Sprintf("withdraw provider %d", p), err, want) {
		return
	}
	if got := new(big.Int).Sub(r.d.balance(pv.payout), before); got.Cmp(owed) != 0 {
		r.fatalf("provider %d received %v, want %v", p, got, owed)
	}
	pv.withdrawn.Add(pv.withdrawn, owed)
	r.holding.Sub(r.holding, owed)
}

func (r *invariantRun) withdrawKeeper() {
	k := r.keepers[r.rng.IntN(len(r.keepers))]
	tot, err := r.d.c.KeeperTotals(r.ctx(), k.id)
	if err != nil {
		r.fatalf("totals: %v", err)
	}
	if len(tot.Epochs) == 0 {
		r.op = "withdrawKeeper (no epochs)"
		return
	}
	h := r.head()
	before := r.d.balance(k.payout)
	rc, err := r.send(r.d.c.WithdrawKeeper(r.ctx(), r.opts(k.account), k.id, tot.Epochs))
	// Read at the head; if the block it landed in starts a period, more may unlock.
	sameBucket := r.d.params.Bucket(r.landed(rc)) == r.d.params.Bucket(h)
	if !sameBucket && errors.Is(err, ErrNothingToWithdraw) {
		return
	}
	var want error
	if tot.Available.Sign() == 0 && sameBucket {
		want = ErrNothingToWithdraw
	}
	if !r.expect(fmt.Sprintf("withdraw keeper %d", k.id), err, want) {
		return
	}
	got := new(big.Int).Sub(r.d.balance(k.payout), before)
	if sameBucket && got.Cmp(tot.Available) != 0 {
		r.fatalf("keeper %d received %v, want its available %v", k.id, got, tot.Available)
	}
	if got.Sign() <= 0 || got.Cmp(new(big.Int).Sub(k.earned, k.claimed)) > 0 {
		r.fatalf("keeper %d received %v of %v earned, %v claimed", k.id, got, k.earned, k.claimed)
	}
	k.claimed.Add(k.claimed, got)
	r.holding.Sub(r.holding, got)
}

func (r *invariantRun) postBond() {
	k := r.keepers[r.rng.IntN(len(r.keepers))]
	var want error
	if k.bond.Sign() != 0 || k.slashed {
		want = ErrBondAlreadyPosted
	}
	txs, err := r.d.c.PostBond(r.ctx(), r.opts(k.account))
	if err == nil {
		_, err = r.send(txs[0], nil)
	}
	if !r.expect(fmt.Sprintf("postBond %d", k.id), err, want) {
		return
	}
	k.bond.Set(r.bond)
	r.holding.Add(r.holding, r.bond)
}

func (r *invariantRun) withdrawBond() {
	k := r.keepers[r.rng.IntN(len(r.keepers))]
	eps, _ := r.d.c.Epochs(r.ctx())
	last := eps[len(eps)-1]
	g, err := r.d.c.EpochGroup(r.ctx(), last.Index)
	if err != nil {
		r.fatalf("group: %v", err)
	}
	before := r.d.balance(k.payout)
	rc, err := r.send(r.d.c.WithdrawBond(r.ctx(), r.opts(k.account), k.id))
	x := r.landed(rc)
	var want error
	switch {
	case k.bond.Sign() == 0:
		want = ErrNothingToWithdraw
	case x < last.From+uint64(r.d.params.VestPeriods)*r.d.params.Period:
		want = ErrBondLocked
	}
	for _, m := range g.Members {
		if want == nil && m.KeeperID == k.id && !m.Removed {
			want = ErrBondLocked
		}
	}
	if !r.expect(fmt.Sprintf("withdrawBond %d", k.id), err, want) {
		return
	}
	if got := new(big.Int).Sub(r.d.balance(k.payout), before); got.Cmp(k.bond) != 0 {
		r.fatalf("bond returned %v, want %v", got, k.bond)
	}
	r.holding.Sub(r.holding, k.bond)
	k.bond = new(big.Int)
}

func (r *invariantRun) slash() {
	d := r.d
	k := r.keepers[r.rng.IntN(len(r.keepers))]
	H := d.params.Period
	h := r.head()
	x := h + 1
	eps, _ := d.c.Epochs(r.ctx())
	// A te whose epoch has k as a member.
	var te uint64
	for _, c := range r.rng.Perm(int((x-d.params.Start)/H) + 3) {
		cand := d.params.Start + uint64(c+1)*H
		e, _ := EpochIndexFor(eps, cand)
		g, err := d.c.Group(r.ctx(), eps[e].GroupID)
		if err != nil {
			r.fatalf("group: %v", err)
		}
		for _, id := range g.Members {
			if id == k.id {
				te = cand
			}
		}
		if te != 0 {
			break
		}
	}
	if te == 0 {
		r.op = "slash (no epoch)"
		return
	}
	var want error
	if k.slashed {
		want = ErrAlreadySlashed
	}
	tot, err := d.c.KeeperTotals(r.ctx(), k.id)
	if err != nil {
		r.fatalf("totals: %v", err)
	}
	a, b, sa, sb := d.equivocation(k.keeper, te)
	before := d.balance(r.report.addr)
	rc, err := r.send(d.c.Slash(r.ctx(), r.opts(r.report), k.id, a, sa, b, sb))
	if !r.expect(fmt.Sprintf("slash keeper %d (te %d)", k.id, te), err, want) {
		return
	}
	var ev *struct{ rewards, bond, reward *big.Int }
	for _, l := range rc.Logs {
		if s, err := d.c.AdminBindings().ParseKeeperSlashed(*l); err == nil {
			ev = &struct{ rewards, bond, reward *big.Int }{s.ForfeitedRewards, s.ForfeitedBond, s.Reward}
		}
	}
	if ev == nil {
		r.fatalf("no KeeperSlashed event")
	}
	if ev.bond.Cmp(k.bond) != 0 {
		r.fatalf("forfeited bond %v, want %v", ev.bond, k.bond)
	}
	if d.params.Bucket(r.landed(rc)) == d.params.Bucket(h) && ev.rewards.Cmp(tot.Locked) != 0 {
		r.fatalf("forfeited rewards %v, want the locked %v", ev.rewards, tot.Locked)
	}
	unclaimed := new(big.Int).Sub(k.earned, k.claimed)
	if ev.rewards.Cmp(unclaimed) > 0 {
		r.fatalf("forfeited %v of %v unclaimed", ev.rewards, unclaimed)
	}
	forfeited := new(big.Int).Add(ev.rewards, ev.bond)
	reward := new(big.Int).Quo(new(big.Int).Mul(forfeited, big.NewInt(int64(d.params.SlashRewardBps))), big.NewInt(10000))
	if ev.reward.Cmp(reward) != 0 {
		r.fatalf("reporter's reward %v, want %v", ev.reward, reward)
	}
	got := new(big.Int).Sub(d.balance(r.report.addr), before)
	if got.Add(got, gasCost(rc)).Cmp(reward) != 0 {
		r.fatalf("reporter received %v, want %v", got, reward)
	}
	k.slashed = true
	k.earned.Sub(k.earned, ev.rewards)
	k.lastSeen.Sub(k.lastSeen, ev.rewards)
	k.bond = new(big.Int)
	r.surplus.Add(r.surplus, new(big.Int).Sub(forfeited, reward))
	r.holding.Sub(r.holding, reward)
}

// check compares the contract with the model (see the file comment).
func (r *invariantRun) check() {
	r.t.Helper()
	d, ctx := r.d, r.ctx()
	eq := func(what string, got, want *big.Int) {
		r.t.Helper()
		if got.Cmp(want) != 0 {
			r.fatalf("%s = %v, want %v", what, got, want)
		}
	}
	holding, err := d.c.Holding(ctx)
	if err != nil {
		r.fatalf("holding: %v", err)
	}
	funds, _ := d.c.Funds(ctx)
	surplus, _ := d.c.Surplus(ctx)
	owed, _ := d.c.Owed(ctx)
	eq("contract balance", holding, r.holding)
	eq("funds()", funds, r.holding)
	eq("surplus()", surplus, r.surplus)
	eq("owed()", owed, new(big.Int).Sub(r.holding, r.surplus))
	sum := new(big.Int)
	for i, pv := range r.provs {
		info, err := d.c.Provider(ctx, uint32(i))
		if err != nil {
			r.fatalf("provider %d: %v", i, err)
		}
		eq(fmt.Sprintf("provider %d balance", i), info.Balance, new(big.Int).Sub(pv.credited, pv.withdrawn))
		if info.LastPaid != pv.lastPaid {
			r.fatalf("provider %d lastPaid %d, want %d", i, info.LastPaid, pv.lastPaid)
		}
		sum.Add(sum, info.Balance)
	}
	eps, err := d.c.Epochs(ctx)
	if err != nil {
		r.fatalf("epochs: %v", err)
	}
	type acct struct{ earned, avail, locked, claimed *big.Int }
	tot := map[uint32]*acct{}
	for _, k := range r.keepers {
		tot[k.id] = &acct{new(big.Int), new(big.Int), new(big.Int), new(big.Int)}
	}
	for _, ep := range eps {
		g, err := d.c.EpochGroup(ctx, ep.Index)
		if err != nil {
			r.fatalf("epoch %d: %v", ep.Index, err)
		}
		for _, m := range g.Members {
			k := r.byID[m.KeeperID]
			if m.NoShare != k.slashed {
				r.fatalf("epoch %d member %d (keeper %d): noShare %v, slashed %v", ep.Index, m.Index, k.id, m.NoShare, k.slashed)
			}
			kb, err := d.c.KeeperAccount(ctx, ep.Index, m.Index)
			if err != nil {
				r.fatalf("keeper account: %v", err)
			}
			if kb.Available.Sign() < 0 || kb.Locked.Sign() < 0 {
				r.fatalf("epoch %d member %d: %+v", ep.Index, m.Index, kb)
			}
			a := tot[k.id]
			a.earned.Add(a.earned, kb.Earned)
			a.avail.Add(a.avail, kb.Available)
			a.locked.Add(a.locked, kb.Locked)
			a.claimed.Add(a.claimed, kb.Claimed)
		}
	}
	for _, k := range r.keepers {
		a := tot[k.id]
		eq(fmt.Sprintf("keeper %d earned", k.id), a.earned, k.earned)
		eq(fmt.Sprintf("keeper %d claimed", k.id), a.claimed, k.claimed)
		eq(fmt.Sprintf("keeper %d available + locked", k.id), new(big.Int).Add(a.avail, a.locked), new(big.Int).Sub(k.earned, k.claimed))
		if a.earned.Cmp(k.lastSeen) < 0 {
			r.fatalf("keeper %d's credited total fell from %v to %v", k.id, k.lastSeen, a.earned)
		}
		k.lastSeen.Set(a.earned)
		bond, _ := d.c.BondOf(ctx, k.id)
		eq(fmt.Sprintf("keeper %d bond", k.id), bond, k.bond)
		sum.Add(sum, a.avail).Add(sum, a.locked).Add(sum, bond)
	}
	eq("owed = providers + keepers + bonds", owed, sum)
}
