package upkeeping

import (
	"bytes"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/contracts/bindings/testcontracts"
	"github.com/whitepay/whitepay/internal/report"
)

// revertName is the name of the custom error in revert data.
func revertName(t *testing.T, data []byte) string {
	t.Helper()
	return DecodeRevert(data).Name
}

// TestReentrancyThroughReceiver: a provider that is a contract re-enters withdraw
// from its receive hook; the re-entry is refused, the outer withdrawal pays exactly
// the credit once.
func TestReentrancyThroughReceiver(t *testing.T) {
	e := newEnv(t, 1+4+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	recvAddr, tx, recv, err := testcontracts.DeployReentrantReceiver(e.opts(e.accts[5]), e.client)
	e.mine(tx, err)
	e.mine(d.c.AddProvider(e.ctx, e.opts(d.owner), recvAddr, new(big.Int).Mul(big.NewInt(7), PriceScale)))
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(1_000_000)))
	rp, _ := d.c.Provider(e.ctx, 1)
	te := rp.LastPaid + d.params.Period
	e.advanceTo(te + d.params.Finality)
	r := &report.Report{ChainID: e.chainID, Contract: d.c.Address, Te: te, FailedBitmap: new(big.Int),
		Entries: []report.Entry{{Provider: 1, Ts: rp.LastPaid, St: big.NewInt(1000)}}}
	bm, sig := d.sign(r, 0, 1, 2)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	credit := d.balanceOf(recvAddr)
	wantEq(t, "receiver credit", credit, expectedSplit([]*big.Int{big.NewInt(7000)}, 9000, 0, 4).provider[0])

	withdrawData := mustPack(t, "withdrawProvider", uint32(1))
	e.mine(recv.Arm(e.opts(e.accts[5]), d.c.Address, withdrawData))
	e.mine(recv.Execute(e.opts(e.accts[5]), d.c.Address, withdrawData))
	call := &bind.CallOpts{}
	attempts, _ := recv.Attempts(call)
	successes, _ := recv.Successes(call)
	received, _ := recv.Received(call)
	last, _ := recv.LastRevert(call)
	if attempts.Int64() != 1 || successes.Int64() != 0 {
		t.Fatalf("re-entry attempts %v successes %v", attempts, successes)
	}
	if name := revertName(t, last); name != "ReentrancyGuardReentrantCall" {
		t.Fatalf("re-entry refused with %q, want ReentrancyGuardReentrantCall", name)
	}
	wantEq(t, "received", received, credit)
	wantEq(t, "credit after", d.balanceOf(recvAddr), new(big.Int))
	if !errors.Is(DecodeRevert(last), ErrReentrant) {
		t.Fatal("ReentrancyGuardReentrantCall does not map to ErrReentrant")
	}
}

// TestReentrancyThroughToken: the payment token calls back into the contract during
// its transfers — into withdraw while a provider withdraws, and into pay while the
// owner funds. Both re-entries are refused; the outer calls complete exactly once.
func TestReentrancyThroughToken(t *testing.T) {
	e := newEnv(t, 1+4+1)
	tokAddr, tx, tok, err := testcontracts.DeployReentrantToken(e.opts(e.accts[0]), e.client)
	e.mine(tx, err)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1, token: tokAddr})
	// The token contract itself is a provider, so that a re-entrant withdraw by it
	// would pay out if it were let in.
	e.mine(d.c.AddProvider(e.ctx, e.opts(d.owner), tokAddr, new(big.Int).Mul(big.NewInt(3), PriceScale)))
	e.mine(tok.Mint(e.opts(d.owner), d.owner.addr, big.NewInt(1_000_000)))
	// Approve once, so that each fund below is gas-estimated (the re-entry costs gas).
	e.mine(tok.Approve(e.opts(d.owner), d.c.Address, big.NewInt(1_000_000)))
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(500_000)))

	tp, _ := d.c.Provider(e.ctx, 1)
	te := tp.LastPaid + d.params.Period
	e.advanceTo(te + d.params.Finality)
	r := d.report(te, 0, 1000, 2000) // providers 0 (EOA) and 1 (the token)
	bm, sig := d.sign(r, 0, 1, 2)

	// Re-entering pay while the owner funds (transferFrom into the contract).
	s := sig.EIP2537()
	payData := mustPack(t, "pay", r.Encode(), bm, s[:])
	e.mine(tok.Arm(e.opts(d.owner), d.c.Address, payData))
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(1000)))
	call := &bind.CallOpts{}
	if n, _ := tok.Attempts(call); n.Int64() != 1 {
		t.Fatalf("attempts %v", n)
	}
	if n, _ := tok.Successes(call); n.Int64() != 0 {
		t.Fatal("pay re-entered through transferFrom")
	}
	last, _ := tok.LastRevert(call)
	if name := revertName(t, last); name != "ReentrancyGuardReentrantCall" {
		t.Fatalf("re-entry refused with %q", name)
	}
	if lp, _ := d.c.LastPaid(e.ctx, 0); lp != r.Entries[0].Ts {
		t.Fatalf("re-entrant pay took effect: lastPaid %d", lp)
	}
	funds, _ := d.c.Funds(e.ctx)
	wantEq(t, "funds after funding", funds, big.NewInt(501_000))

	// The report pays normally.
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	p0, p1 := d.balanceOf(d.providers[0].addr), d.balanceOf(tokAddr)

	// Re-entering withdrawProvider (as the token-provider) while provider 0 withdraws.
	e.mine(tok.Arm(e.opts(d.owner), d.c.Address, mustPack(t, "withdrawProvider", uint32(1))))
	e.mine(d.c.WithdrawProvider(e.ctx, e.opts(d.providers[0]), 0))
	if n, _ := tok.Successes(call); n.Int64() != 0 {
		t.Fatal("withdraw re-entered through transfer")
	}
	last, _ = tok.LastRevert(call)
	if name := revertName(t, last); name != "ReentrancyGuardReentrantCall" {
		t.Fatalf("re-entry refused with %q", name)
	}
	got, _ := tok.BalanceOf(call, d.providers[0].addr)
	wantEq(t, "provider 0 tokens", got, p0)
	wantEq(t, "token-provider still owed", d.balanceOf(tokAddr), p1)
	owed, _ := d.c.Owed(e.ctx)
	funds, _ = d.c.Funds(e.ctx)
	surplus, _ := d.c.Surplus(e.ctx)
	wantEq(t, "funds = owed + surplus", funds, new(big.Int).Add(owed, surplus))
}

func mustPack(t *testing.T, method string, args ...any) []byte {
	t.Helper()
	a, err := bindings.UpkeepingMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestEquivocationSlash (issue 12 finding 4, written as the attack): keeper 2 signs
// two different reports for one instance. It has withdrawn what had unlocked, and has a
// share locked and a bond posted. A slash by anyone forfeits the locked share and the
// bond at once, pays the reporter slashRewardBps of them and returns the rest to the
// surplus; keeper 2 gets no share of later pays, and from the next boundary on it is
// no longer a keeper (its signature does not count). Evidence that is not an
// equivocation, or not the keeper's, is refused.
func TestEquivocationSlash(t *testing.T) {
	e := newEnv(t, 1+4+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1, vest: 2, bond: big.NewInt(50_000), slashBps: 5000})
	reporter := e.accts[6]
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	H := d.params.Period
	k2 := d.keepers[2]
	e.mineAll(d.c.PostBond(e.ctx, e.opts(k2.account)))
	payAt := func(te uint64, st int64, signers ...int) {
		t.Helper()
		e.advanceTo(te + d.params.Finality)
		r := d.report(te, 0, st)
		bm, sig := d.sign(r, signers...)
		e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	}
	te1 := d.params.Start + H
	payAt(te1, 1000, 0, 1, 2)
	share := expectedSplit([]*big.Int{big.NewInt(3000)}, 9000, 0, 4).keeperShare
	kb, _ := d.c.KeeperAccount(e.ctx, 0, 2)
	wantEq(t, "earned, locked", kb.Locked, share)
	wantEq(t, "nothing unlocked yet", kb.Available, new(big.Int))
	// Two periods later the first share has unlocked; keeper 2 takes it. A second share
	// is paid and stays locked.
	te3 := te1 + 2*H
	payAt(te3, 1000, 0, 1, 2)
	kb, _ = d.c.KeeperAccount(e.ctx, 0, 2)
	wantEq(t, "first share unlocked", kb.Available, share)
	wantEq(t, "second share locked", kb.Locked, share)
	e.mineAll(d.c.Withdraw(e.ctx, e.opts(k2.account)))

	te4 := te3 + H
	e.advanceTo(te4 + d.params.Finality)
	a := d.report(te4, 1, 500)
	b := d.report(te4, 1, 501) // same (te, part, leader, attempt), different st
	da, db := a.Digest(), b.Digest()
	sa, sb := k2.sk.Sign(da[:]), k2.sk.Sign(db[:])
	slasher := e.opts(reporter)
	id2 := d.ids[2]

	tx, err := d.c.Slash(e.ctx, slasher, id2, a.Encode(), sa, a.Encode(), sa)
	e.expectRevert("the same report twice", tx, err, ErrNotEquivocation)
	c := d.report(te4, 1, 501)
	c.Attempt = 1
	dc := c.Digest()
	tx, err = d.c.Slash(e.ctx, slasher, id2, a.Encode(), sa, c.Encode(), k2.sk.Sign(dc[:]))
	e.expectRevert("another attempt", tx, err, ErrNotEquivocation)
	pa := d.report(te4, 1, 501)
	pa.Part = 1
	dpa := pa.Digest()
	tx, err = d.c.Slash(e.ctx, slasher, id2, a.Encode(), sa, pa.Encode(), k2.sk.Sign(dpa[:]))
	e.expectRevert("another part", tx, err, ErrNotEquivocation)
	tx, err = d.c.Slash(e.ctx, slasher, id2, a.Encode(), sa, b.Encode(), d.keepers[3].sk.Sign(db[:]))
	e.expectRevert("another keeper's signature", tx, err, ErrInvalidEvidence)
	tx, err = d.c.Slash(e.ctx, slasher, d.ids[3], a.Encode(), sa, b.Encode(), sb)
	e.expectRevert("blaming the wrong keeper", tx, err, ErrInvalidEvidence)
	foreign := d.report(te4, 1, 500)
	foreign.Contract = common.HexToAddress("0x77")
	df := foreign.Digest()
	tx, err = d.c.Slash(e.ctx, slasher, id2, foreign.Encode(), k2.sk.Sign(df[:]), b.Encode(), sb)
	e.expectRevert("another contract's report", tx, err, ErrWrongContract)

	owedBefore, _ := d.c.Owed(e.ctx)
	surplusBefore, _ := d.c.Surplus(e.ctx)
	reporterBefore := e.balance(reporter.addr)
	rc := e.mine(d.c.Slash(e.ctx, slasher, id2, a.Encode(), sa, b.Encode(), sb))
	t.Logf("slash gas: %d", rc.GasUsed)
	forfeited := new(big.Int).Add(share, big.NewInt(50_000)) // the locked share and the bond
	reward := new(big.Int).Div(forfeited, big.NewInt(2))
	owedAfter, _ := d.c.Owed(e.ctx)
	surplusAfter, _ := d.c.Surplus(e.ctx)
	wantEq(t, "owed drops by the forfeit", new(big.Int).Sub(owedBefore, owedAfter), forfeited)
	wantEq(t, "surplus grows by the forfeit less the reward", new(big.Int).Sub(surplusAfter, surplusBefore), new(big.Int).Sub(forfeited, reward))
	got := new(big.Int).Sub(e.balance(reporter.addr), reporterBefore)
	wantEq(t, "reporter's reward", got.Add(got, gasCost(rc)), reward)
	kb, _ = d.c.KeeperAccount(e.ctx, 0, 2)
	if !kb.Slashed || kb.Available.Sign() != 0 || kb.Locked.Sign() != 0 {
		t.Fatalf("slashed keeper's account %+v", kb)
	}
	if bond, _ := d.c.BondOf(e.ctx, id2); bond.Sign() != 0 {
		t.Fatalf("bond left %v", bond)
	}
	tx, err = d.c.Slash(e.ctx, slasher, id2, a.Encode(), sa, b.Encode(), sb)
	e.expectRevert("slashing twice", tx, err, ErrAlreadySlashed)
	if _, err := d.c.Withdraw(e.ctx, e.opts(k2.account)); !isErr(err, ErrNothingToWithdraw) {
		t.Fatalf("slashed keeper withdraws: %v", err)
	}

	// In the current epoch keeper 2 still counts (N = 4, q = 3) but shares nothing.
	before, _ := d.c.KeeperAccount(e.ctx, 0, 3)
	bm, sig := d.sign(a, 0, 1, 2)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), a, bm, sig))
	want := expectedSplit([]*big.Int{big.NewInt(1500)}, 9000, 0, 3)
	kb3, _ := d.c.KeeperAccount(e.ctx, 0, 3)
	wantEq(t, "keeper 3 share among 3", new(big.Int).Sub(kb3.Earned, before.Earned), want.keeperShare)
	kb, _ = d.c.KeeperAccount(e.ctx, 0, 2)
	wantEq(t, "slashed keeper earns nothing more", kb.Earned, share)
	// From the next boundary a new epoch: the same group without keeper 2 (N = 3, q = 3).
	eps, _ := d.c.Epochs(e.ctx)
	if len(eps) != 2 || eps[1].Removed.Bit(2) != 1 || eps[1].N() != 3 || eps[1].From != te4+H {
		t.Fatalf("epochs after the slash: %+v", eps)
	}
	te5 := te4 + 2*H
	e.advanceTo(te5 + d.params.Finality)
	r5 := d.report(te5, 0, 700)
	// the entry [te4+... lastPaid is te4 after a; [te4, te5) straddles the new epoch's start
	r5.Entries[0].Ts = te4
	bm, sig = d.sign(r5, 0, 1, 3)
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r5, bm, sig)
	e.expectRevert("an entry across the epoch change", tx, err, ErrBeforeEpoch)
	r4 := d.report(te4+H, 0, 700)
	bm, sig = d.sign(r4, 0, 1, 3)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r4, bm, sig)) // up to the boundary, old epoch
	r5 = d.report(te5, 0, 700)
	bm, sig = d.sign(r5, 0, 1, 2)
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r5, bm, sig)
	e.expectRevert("a removed keeper's signature", tx, err, ErrUnknownSigner)
	bm, sig = d.sign(r5, 0, 1, 3)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r5, bm, sig))
	checkFunds(t, d)
}

// checkFunds checks that every unit held is owed to someone or is surplus: funds =
// owed + surplus = the actual holding, and owed = the providers' balances + the
// keepers' unwithdrawn rewards + bonds.
func checkFunds(t *testing.T, d *deployment) {
	t.Helper()
	funds, _ := d.c.Funds(d.ctx)
	owed, _ := d.c.Owed(d.ctx)
	surplus, _ := d.c.Surplus(d.ctx)
	holding, _ := d.c.Holding(d.ctx)
	wantEq(t, "funds = owed + surplus", funds, new(big.Int).Add(owed, surplus))
	wantEq(t, "funds = holding", funds, holding)
	sum := new(big.Int)
	provs, _ := d.c.Providers(d.ctx)
	for _, p := range provs {
		sum.Add(sum, p.Balance)
	}
	ids := map[uint32]bool{}
	eps, _ := d.c.Epochs(d.ctx)
	for _, ep := range eps {
		g, err := d.c.Group(d.ctx, ep.GroupID)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range g.Members {
			ids[id] = true
		}
	}
	for id := range ids {
		kt, err := d.c.KeeperTotals(d.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		sum.Add(sum, kt.Available).Add(sum, kt.Locked)
		b, _ := d.c.BondOf(d.ctx, id)
		sum.Add(sum, b)
	}
	wantEq(t, "owed = balances + rewards + bonds", owed, sum)
}

// TestScheduledGroupAndLeaderOrder: a group change takes effect at the first boundary
// one full period later; a report for an interval before it is checked against the old
// group (signed before the change, paid after it: issue 12 finding 5); one after it
// against the new; leaderOrder matches the Go LeaderOrder of SPEC 6 for each epoch.
func TestScheduledGroupAndLeaderOrder(t *testing.T) {
	e := newEnv(t, 1+7+1+2)
	d := e.deploy(deployOpts{nKeepers: 7, nProviders: 1})
	extra := newKeepers(t, e.accts[9:11])
	checkOrder := func(te uint64) {
		t.Helper()
		g, err := d.c.GroupFor(e.ctx, te)
		if err != nil {
			t.Fatal(err)
		}
		idx, accts, err := d.c.LeaderOrder(e.ctx, te)
		if err != nil {
			t.Fatal(err)
		}
		want := LeaderOrder(te, g.Keepers())
		if len(idx) != len(want) {
			t.Fatalf("te %d: %d leaders, want %d", te, len(idx), len(want))
		}
		for i := range want {
			if idx[i] != want[i].Index || accts[i] != want[i].Account {
				t.Fatalf("te %d position %d: contract %d %s, Go %d %s", te, i, idx[i], accts[i], want[i].Index, want[i].Account)
			}
		}
		for i := 1; i < len(want); i++ {
			a, b := LeaderKey(te, want[i-1].Account), LeaderKey(te, want[i].Account)
			if bytes.Compare(a[:], b[:]) >= 0 {
				t.Fatal("Go order not ascending")
			}
		}
	}
	H := d.params.Period
	for _, te := range []uint64{d.params.Start + H, d.params.Start + 2*H, 1 << 40} {
		checkOrder(te)
	}
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	te := d.params.Start + H
	e.advanceTo(te + d.params.Finality)
	// A report for te signed now (q = 5 of 7)...
	signed := d.report(te, 0, 1000)
	bm, sig := d.sign(signed, 0, 1, 2, 3, 4)
	// ...then the owner schedules a group of keepers 0..3 and two new ones.
	newGroup := append(append([]keeper{}, d.keepers[:4]...), extra...)
	gid := d.newGroup(newGroup)
	tx, err := d.c.ScheduleGroup(e.ctx, e.opts(d.keepers[0].account), gid)
	e.expectRevert("non-owner schedules", tx, err, ErrNotOwner)
	rc := e.mine(d.c.ScheduleGroup(e.ctx, e.opts(d.owner), gid))
	boundary := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	eps, _ := d.c.Epochs(e.ctx)
	if len(eps) != 2 || eps[1].From != boundary || eps[1].GroupID != gid || boundary < rc.BlockNumber.Uint64()+H {
		t.Fatalf("epochs %+v, boundary %d (tx in block %d)", eps, boundary, rc.BlockNumber)
	}
	// The report signed before the change pays after it, with the old group.
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), signed, bm, sig))
	checkOrder(boundary)
	checkOrder(boundary + H)
	// Up to the boundary the old group pays; after it only the new one.
	for t1 := te + H; t1 <= boundary; t1 += H {
		e.advanceTo(t1 + d.params.Finality)
		r := d.report(t1, 0, 1000)
		bm, sig := d.sign(r, 0, 1, 2, 5, 6)
		e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	}
	after := boundary + H
	e.advanceTo(after + d.params.Finality)
	r := d.report(after, 0, 1000)
	bm, sig = d.sign(r, 0, 1, 2, 4, 5) // old keepers 4, 5 at positions now held by the new ones
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("the old group after the change", tx, err, ErrInvalidSignature)
	bm, sig = d.sign(r, 0, 1, 2, 4, 6) // position 6 is no member of the new group
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("a position outside the new group", tx, err, ErrUnknownSigner)
	bm, sig = signWith(t, r, sortedByID(t, d, newGroup), 0, 1, 2, 3, 4)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	checkFunds(t, d)
}

// sortedByID orders keepers by their registry ids (their positions in a group).
func sortedByID(t *testing.T, d *deployment, ks []keeper) []keeper {
	t.Helper()
	type kid struct {
		k  keeper
		id uint32
	}
	var l []kid
	for _, k := range ks {
		id, _, err := d.stack.Registry.KeeperOf(d.ctx, k.addr)
		if err != nil {
			t.Fatal(err)
		}
		l = append(l, kid{k, id})
	}
	for i := 1; i < len(l); i++ {
		for j := i; j > 0 && l[j].id < l[j-1].id; j-- {
			l[j], l[j-1] = l[j-1], l[j]
		}
	}
	out := make([]keeper, len(l))
	for i := range l {
		out[i] = l[i].k
	}
	return out
}

// TestFailedKeepersGetNoShare: a keeper in failedBitmap gets nothing from that report
// but keeps what it had; later reports pay it again.
func TestFailedKeepersGetNoShare(t *testing.T) {
	e := newEnv(t, 1+4+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1, price: new(big.Int).Mul(big.NewInt(1000), PriceScale)})
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(100_000_000)))
	H := d.params.Period
	pay := func(te uint64, leader uint32, failed []int, st int64) {
		t.Helper()
		e.advanceTo(te + d.params.Finality)
		r := d.report(te, leader, st)
		r.FailedBitmap = bitmap(failed...)
		bm, sig := d.sign(r, 0, 1, 3)
		e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	}
	pay(d.params.Start+H, 0, nil, 1000)
	share1 := d.balanceOf(d.keepers[2].addr)
	pay(d.params.Start+2*H, 3, []int{0, 2}, 1000) // keepers 0 and 2 failed; 1 and 3 share
	wantEq(t, "failed keeper 2 unchanged", d.balanceOf(d.keepers[2].addr), share1)
	wantEq(t, "failed keeper 0 unchanged", d.balanceOf(d.keepers[0].addr), share1)
	want := expectedSplit([]*big.Int{big.NewInt(1_000_000)}, 9000, 0, 2)
	wantEq(t, "keeper 1", d.balanceOf(d.keepers[1].addr), new(big.Int).Add(share1, want.keeperShare))
	pay(d.params.Start+3*H, 1, nil, 1000)
	want3 := expectedSplit([]*big.Int{big.NewInt(1_000_000)}, 9000, 0, 4)
	wantEq(t, "keeper 2 paid again", d.balanceOf(d.keepers[2].addr), new(big.Int).Add(share1, want3.keeperShare))
	// Every unit is accounted for.
	owed, _ := d.c.Owed(e.ctx)
	sum := d.balanceOf(d.providers[0].addr)
	for _, k := range d.keepers {
		sum.Add(sum, d.balanceOf(k.addr))
	}
	wantEq(t, "owed = sum of balances", owed, sum)
	wantEq(t, "owed = 3 reports", owed, big.NewInt(3_000_000))
}

// TestQueriesAndEvents: configuration, epochs and groups, prices and scheduled
// changes, the clone's immutability guards, and the event stream of a payment.
func TestQueriesAndEvents(t *testing.T) {
	e := newEnv(t, 1+4+2)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 2, leaderBps: 100})
	c2, err := New(e.ctx, e.client, d.c.Address)
	if err != nil || c2.Token() != (common.Address{}) {
		t.Fatalf("New: %v", err)
	}
	p, err := c2.Params(e.ctx)
	if err != nil || p.Owner != d.owner.addr || p.Registry != d.stack.Registry.Address || p.Period != d.params.Period ||
		p.VestPeriods != d.params.VestPeriods || p.BlockTimeMs != DefaultBlockTimeMs {
		t.Fatalf("params %+v %v, want %+v", p, err, d.params)
	}
	g, err := d.c.EpochGroup(e.ctx, 0)
	if err != nil || g.GroupID != d.groupID || g.From != d.params.Start || g.N() != 4 || g.Quorum() != 3 {
		t.Fatalf("epoch 0: %+v %v", g, err)
	}
	for i, k := range d.keepers {
		m := g.Members[i]
		if m.Account != k.addr || m.KeeperID != d.ids[i] || !m.PubKey.Equal(k.sk.PublicKey()) {
			t.Fatalf("member %d: %+v", i, m)
		}
	}
	if tag, err := d.c.Bindings().REPORTTAG(nil); err != nil || tag != report.Tag {
		t.Fatalf("REPORT_TAG %x, want %x (%v)", tag, report.Tag, err)
	}
	idx, ok, _ := d.c.ProviderIndex(e.ctx, d.providers[1].addr)
	if !ok || idx != 1 {
		t.Fatal("provider index")
	}
	// A price change is scheduled, not immediate.
	newPrice := new(big.Int).Mul(big.NewInt(11), PriceScale)
	rc := e.mine(d.c.SetPrice(e.ctx, e.opts(d.owner), 1, newPrice))
	pi, _ := d.c.Provider(e.ctx, 1)
	at := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	if pi.Price.Cmp(d.params3()) != 0 || pi.Next == nil || pi.Next.Price.Cmp(newPrice) != 0 || pi.Next.At != at || pi.Account != d.providers[1].addr {
		t.Fatalf("provider 1: %+v next %+v (at %d)", pi, pi.Next, at)
	}
	price, removed, boundary, err := d.c.TermsAt(e.ctx, 1, at)
	if err != nil || price.Cmp(newPrice) != 0 || removed || boundary != 0 {
		t.Fatalf("terms at %d: %v %v %d %v", at, price, removed, boundary, err)
	}
	price, _, boundary, _ = d.c.TermsAt(e.ctx, 1, d.params.Start)
	if price.Cmp(d.params3()) != 0 || boundary != at {
		t.Fatalf("terms at start: %v, boundary %d", price, boundary)
	}
	tx, err := d.c.Bindings().SetProviderPayout(e.opts(d.owner), 1, d.owner.addr)
	e.expectRevert("someone else moves a provider's payout", tx, wrap("x", err), ErrUnauthorized)
	tx, err = d.c.AddProvider(e.ctx, e.opts(d.owner), d.providers[1].addr, big.NewInt(1))
	e.expectRevert("provider twice", tx, err, ErrProviderExists)
	tx, err = d.c.AddProvider(e.ctx, e.opts(d.owner), d.owner.addr, new(big.Int).Lsh(big.NewInt(1), 96))
	e.expectRevert("price above 2^96-1", tx, err, ErrPriceTooLarge)
	if _, err := New(e.ctx, e.client, common.HexToAddress("0x1234")); !errors.Is(err, ErrNoContract) {
		t.Fatalf("New on an empty address: %v", err)
	}
	// The implementation can be neither initialised nor used.
	impl, err := bindings.NewUpkeeping(d.factory.Implementation, e.client)
	if err != nil {
		t.Fatal(err)
	}
	o := e.opts(d.owner)
	o.Value = big.NewInt(1)
	tx, err = impl.Fund(o, big.NewInt(1))
	e.expectRevert("funding the implementation", tx, wrap("x", err), ErrImplementation)
	tx, err = impl.Initialize(e.opts(d.owner), d.owner.addr, d.groupID, nil)
	e.expectRevert("initialising the implementation", tx, wrap("x", err), ErrImplementation)
	tx, err = d.c.Bindings().Initialize(e.opts(d.owner), d.owner.addr, d.groupID, nil)
	e.expectRevert("initialising a clone twice", tx, wrap("x", err), ErrNotFactory)
	tx, err = d.c.AdminBindings().RenounceOwnership(e.opts(d.owner))
	e.expectRevert("renounceOwnership", tx, wrap("x", err), ErrRenounceDisabled)

	// Watch the payment events.
	sink := make(chan Payment, 4)
	sub, err := d.c.WatchPayments(e.ctx, sink, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	reports := make(chan ReportPaid, 1)
	sub2, err := d.c.WatchReports(e.ctx, reports)
	if err != nil {
		t.Fatal(err)
	}
	defer sub2.Unsubscribe()
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(1_000_000)))
	te := d.params.Start + d.params.Period
	e.advanceTo(te + d.params.Finality)
	r := d.report(te, 2, 1000, 2000)
	bm, sig := d.sign(r, 0, 1, 2)
	rc = e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[2].account), r, bm, sig))
	select {
	case p := <-sink:
		if p.Provider != 1 || p.St.Int64() != 2000 || p.Amount.Int64() != 6000 || p.Te != te || p.TxHash != rc.TxHash {
			t.Fatalf("payment event %+v", p)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no payment event")
	}
	select {
	case rp := <-reports:
		if rp.Digest != r.Digest() || rp.Te != te || rp.Total.Int64() != 9000 {
			t.Fatalf("report event %+v", rp)
		}
		want := expectedSplit([]*big.Int{big.NewInt(3000), big.NewInt(6000)}, 9000, 100, 4)
		wantEq(t, "keeper share", rp.KeeperShare, want.keeperShare)
		wantEq(t, "leader", d.balanceOf(d.keepers[2].addr), new(big.Int).Add(want.keeperShare, want.leaderBonus))
		wantEq(t, "first provider with the remainder", d.balanceOf(d.providers[0].addr), want.provider[0])
	case <-time.After(10 * time.Second):
		t.Fatal("no report event")
	}
}

func (d *deployment) params3() *big.Int { return new(big.Int).Mul(big.NewInt(3), PriceScale) }

// TestEveryContractErrorHasASentinel: each custom error of the contract's ABI maps to
// a sentinel, so that no revert reaches a caller undecoded.
func TestEveryContractErrorHasASentinel(t *testing.T) {
	for _, md := range []*bind.MetaData{bindings.UpkeepingMetaData, bindings.UpkeepingAdminMetaData, bindings.FactoryMetaData, bindings.RegistryMetaData, bindings.TestTokenMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		for name, ae := range a.Errors {
			if _, ok := sentinels[name]; !ok {
				t.Errorf("error %s has no sentinel", name)
			}
			re := DecodeRevert(append(ae.ID[:4:4], make([]byte, 32*len(ae.Inputs))...))
			if re.Name != name || errors.Is(re, ErrReverted) {
				t.Errorf("error %s decodes as %q", name, re.Name)
			}
		}
	}
	if re := DecodeRevert([]byte{1, 2, 3, 4}); !errors.Is(re, ErrReverted) || re.Name != "" {
		t.Errorf("unknown selector: %v", re)
	}
}
