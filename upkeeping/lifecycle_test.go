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
	"github.com/whitepay/whitepay/internal/bls"
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
	e.mine(d.c.AddProvider(e.ctx, e.opts(d.owner), recvAddr, big.NewInt(7)))
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(1_000_000)))
	te := d.params.Start + d.params.Period
	e.advanceTo(te + d.params.Finality)
	r := &report.Report{ChainID: e.chainID, Contract: d.c.Address, Te: te, FailedBitmap: new(big.Int),
		Entries: []report.Entry{{Provider: 1, Ts: d.params.Start, St: big.NewInt(1000)}}}
	bm, sig := d.sign(r, 0, 1, 2)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	credit := d.balanceOf(recvAddr)
	wantEq(t, "receiver credit", credit, expectedSplit([]*big.Int{big.NewInt(7000)}, 9000, 0, 4).provider[0])

	withdrawData := mustPack(t, "withdraw")
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
	e.mine(d.c.AddProvider(e.ctx, e.opts(d.owner), tokAddr, big.NewInt(3)))
	e.mine(tok.Mint(e.opts(d.owner), d.owner.addr, big.NewInt(1_000_000)))
	// Approve once, so that each fund below is gas-estimated (the re-entry costs gas).
	e.mine(tok.Approve(e.opts(d.owner), d.c.Address, big.NewInt(1_000_000)))
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(500_000)))

	te := d.params.Start + d.params.Period
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
	if lp, _ := d.c.LastPaid(e.ctx, 0); lp != d.params.Start {
		t.Fatalf("re-entrant pay took effect: lastPaid %d", lp)
	}
	funds, _ := d.c.Funds(e.ctx)
	wantEq(t, "funds after funding", funds, big.NewInt(501_000))

	// The report pays normally.
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	p0, p1 := d.balanceOf(d.providers[0].addr), d.balanceOf(tokAddr)

	// Re-entering withdraw (as the token-provider) while provider 0 withdraws.
	e.mine(tok.Arm(e.opts(d.owner), d.c.Address, mustPack(t, "withdraw")))
	e.mine(d.c.Withdraw(e.ctx, e.opts(d.providers[0])))
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

// TestEquivocationSlash: a keeper that signed two different reports for the same
// (te, leader, attempt) is slashed by anyone: its unpaid rewards go back to the unowed
// pool and it leaves the group (N and q shrink, its signature no longer counts).
// Evidence that is not an equivocation, or whose signatures are not the keeper's, is
// refused.
func TestEquivocationSlash(t *testing.T) {
	e := newEnv(t, 1+4+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	reporter := e.accts[6]
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(1_000_000)))
	H := d.params.Period
	te := d.params.Start + H
	e.advanceTo(te + d.params.Finality)
	r := d.report(te, 0, 1000)
	bm, sig := d.sign(r, 0, 1, 2)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	owedTo2 := d.balanceOf(d.keepers[2].addr)
	if owedTo2.Sign() == 0 {
		t.Fatal("keeper 2 should have rewards to lose")
	}

	te2 := te + H
	e.advanceTo(te2 + d.params.Finality)
	a := d.report(te2, 1, 500)
	b := d.report(te2, 1, 501) // same (te, leader, attempt), different st
	da, db := a.Digest(), b.Digest()
	sa, sb := d.keepers[2].sk.Sign(da[:]), d.keepers[2].sk.Sign(db[:])
	slasher := e.opts(reporter)

	tx, err := d.c.Slash(e.ctx, slasher, 2, a.Encode(), sa, a.Encode(), sa)
	e.expectRevert("the same report twice", tx, err, ErrNotEquivocation)
	c := d.report(te2, 1, 501)
	c.Attempt = 1
	dc := c.Digest()
	tx, err = d.c.Slash(e.ctx, slasher, 2, a.Encode(), sa, c.Encode(), d.keepers[2].sk.Sign(dc[:]))
	e.expectRevert("another attempt", tx, err, ErrNotEquivocation)
	tx, err = d.c.Slash(e.ctx, slasher, 2, a.Encode(), sa, b.Encode(), d.keepers[3].sk.Sign(db[:]))
	e.expectRevert("another keeper's signature", tx, err, ErrInvalidEvidence)
	tx, err = d.c.Slash(e.ctx, slasher, 3, a.Encode(), sa, b.Encode(), sb)
	e.expectRevert("blaming the wrong keeper", tx, err, ErrInvalidEvidence)
	foreign := d.report(te2, 1, 500)
	foreign.Contract = common.HexToAddress("0x77")
	df := foreign.Digest()
	tx, err = d.c.Slash(e.ctx, slasher, 2, foreign.Encode(), d.keepers[2].sk.Sign(df[:]), b.Encode(), sb)
	e.expectRevert("another contract's report", tx, err, ErrWrongContract)

	owedBefore, _ := d.c.Owed(e.ctx)
	surplusBefore, _ := d.c.Surplus(e.ctx)
	rc := e.mine(d.c.Slash(e.ctx, slasher, 2, a.Encode(), sa, b.Encode(), sb))
	t.Logf("slash gas: %d", rc.GasUsed)
	owedAfter, _ := d.c.Owed(e.ctx)
	surplusAfter, _ := d.c.Surplus(e.ctx)
	wantEq(t, "owed drops by the forfeit", new(big.Int).Sub(owedBefore, owedAfter), owedTo2)
	wantEq(t, "surplus grows by the forfeit", new(big.Int).Sub(surplusAfter, surplusBefore), owedTo2)
	wantEq(t, "slashed keeper's balance", d.balanceOf(d.keepers[2].addr), new(big.Int))
	info, _ := d.c.Keeper(e.ctx, 2)
	if info.Status != KeeperSlashed {
		t.Fatalf("status %v", info.Status)
	}
	n, _ := d.c.Counts(e.ctx)
	q, _ := d.c.Quorum(e.ctx)
	if n.Active != 3 || n.Keepers != 4 || q != 3 {
		t.Fatalf("after slash: %+v q=%d", n, q)
	}
	tx, err = d.c.Slash(e.ctx, slasher, 2, a.Encode(), sa, b.Encode(), sb)
	e.expectRevert("slashing twice", tx, err, ErrUnknownKeeper)
	tx, err = d.c.Withdraw(e.ctx, e.opts(d.keepers[2].account))
	e.expectRevert("slashed keeper withdraws", tx, err, ErrNothingToWithdraw)

	// The slashed keeper's signature no longer counts; the three others pay, and
	// share the keepers' part among themselves.
	bm, sig = d.sign(a, 0, 1, 2)
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), a, bm, sig)
	e.expectRevert("slashed signer", tx, err, ErrUnknownSigner)
	before := d.balanceOf(d.keepers[3].addr)
	bm, sig = d.sign(a, 0, 1, 3)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), a, bm, sig))
	want := expectedSplit([]*big.Int{big.NewInt(1500)}, 9000, 0, 3)
	wantEq(t, "keeper 3 share", new(big.Int).Sub(d.balanceOf(d.keepers[3].addr), before), want.keeperShare)
	wantEq(t, "slashed keeper gets nothing", d.balanceOf(d.keepers[2].addr), new(big.Int))
}

// TestRemoveKeeperAndLeaderOrder: removal retires the index (N and q count active
// keepers only), keeps the removed keeper's rewards withdrawable, and the contract's
// leaderOrder matches the Go LeaderOrder of SPEC 6 before and after.
func TestRemoveKeeperAndLeaderOrder(t *testing.T) {
	e := newEnv(t, 1+7+1)
	d := e.deploy(deployOpts{nKeepers: 7, nProviders: 1})
	members := func() []Member {
		var ms []Member
		infos, err := d.c.Keepers(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range infos {
			if k.Status == KeeperActive {
				ms = append(ms, Member{Index: k.Index, Account: k.Account})
			}
		}
		return ms
	}
	checkOrder := func(te uint64) {
		t.Helper()
		idx, accts, err := d.c.LeaderOrder(e.ctx, te)
		if err != nil {
			t.Fatal(err)
		}
		want := LeaderOrder(te, members())
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
	for _, te := range []uint64{d.params.Start + 10, d.params.Start + 20, 1 << 40, ^uint64(0)} {
		checkOrder(te)
	}

	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(1_000_000)))
	te := d.params.Start + d.params.Period
	e.advanceTo(te + d.params.Finality)
	r := d.report(te, 0, 1000)
	bm, sig := d.sign(r, 0, 1, 2, 3, 4)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	earned := d.balanceOf(d.keepers[6].addr)

	tx, err := d.c.RemoveKeeper(e.ctx, e.opts(d.keepers[0].account), 6)
	e.expectRevert("non-owner removes", tx, err, ErrNotOwner)
	e.mine(d.c.RemoveKeeper(e.ctx, e.opts(d.owner), 6))
	tx, err = d.c.RemoveKeeper(e.ctx, e.opts(d.owner), 6)
	e.expectRevert("removed twice", tx, err, ErrKeeperNotActive)
	n, _ := d.c.Counts(e.ctx)
	q, _ := d.c.Quorum(e.ctx)
	if n.Active != 6 || n.Keepers != 7 || q != 5 {
		t.Fatalf("after removal: %+v q=%d", n, q)
	}
	checkOrder(te + d.params.Period)
	wantEq(t, "removed keeper keeps its rewards", d.balanceOf(d.keepers[6].addr), earned)

	te2 := te + d.params.Period
	e.advanceTo(te2 + d.params.Finality)
	r = d.report(te2, 1, 1000)
	bm, sig = d.sign(r, 1, 2, 3, 4, 6)
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("removed signer", tx, err, ErrUnknownSigner)
	bm, sig = d.sign(r, 1, 2, 3, 4, 5)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	wantEq(t, "removed keeper earns nothing more", d.balanceOf(d.keepers[6].addr), earned)
	e.mine(d.c.Withdraw(e.ctx, e.opts(d.keepers[6].account)))
	wantEq(t, "after withdraw", d.balanceOf(d.keepers[6].addr), new(big.Int))
}

// TestFailedKeepersGetNoShare: a keeper in failedBitmap gets nothing from that report
// but keeps what it had; later reports pay it again.
func TestFailedKeepersGetNoShare(t *testing.T) {
	e := newEnv(t, 1+4+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1, price: big.NewInt(1000)})
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

// TestQueriesAndEvents: parameters, counts, indices, keys, prices, and the event
// stream of a payment.
func TestQueriesAndEvents(t *testing.T) {
	e := newEnv(t, 1+4+2)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 2, leaderBps: 100})
	p, err := d.c.Params(e.ctx)
	if err != nil || p != d.params {
		t.Fatalf("params %+v %v, want %+v", p, err, d.params)
	}
	if c, _ := d.c.Counts(e.ctx); c != (Counts{Keepers: 4, Active: 4, Providers: 2}) {
		t.Fatalf("counts %+v", c)
	}
	for i, k := range d.keepers {
		idx, ok, err := d.c.KeeperIndex(e.ctx, k.addr)
		info, err2 := d.c.Keeper(e.ctx, uint32(i))
		if err != nil || err2 != nil || !ok || idx != uint32(i) || !info.PubKey.Equal(k.sk.PublicKey()) {
			t.Fatalf("keeper %d: %d %v %v %v", i, idx, ok, err, err2)
		}
	}
	// The contract's PoP message and report tag are internal/bls's and internal/report's.
	k0 := d.keepers[0]
	pk0 := k0.sk.PublicKey().EIP2537()
	popOnChain, err := d.c.Bindings().PopDigest(nil, k0.addr, pk0[:])
	if err != nil || popOnChain != bls.PopMessage(d.c.Domain(), k0.addr, k0.sk.PublicKey()) {
		t.Fatalf("popDigest %x differs from bls.PopMessage (%v)", popOnChain, err)
	}
	if tag, err := d.c.Bindings().REPORTTAG(nil); err != nil || tag != report.Tag {
		t.Fatalf("REPORT_TAG %x, want %x (%v)", tag, report.Tag, err)
	}
	if _, ok, _ := d.c.KeeperIndex(e.ctx, d.owner.addr); ok {
		t.Fatal("owner is not a keeper")
	}
	if _, err := d.c.Keeper(e.ctx, 9); !errors.Is(err, ErrUnknownKeeper) {
		t.Fatalf("keeper 9: %v", err)
	}
	idx, ok, _ := d.c.ProviderIndex(e.ctx, d.providers[1].addr)
	if !ok || idx != 1 {
		t.Fatal("provider index")
	}
	e.mine(d.c.SetPrice(e.ctx, e.opts(d.owner), 1, big.NewInt(11)))
	pi, _ := d.c.Provider(e.ctx, 1)
	if pi.Price.Int64() != 11 || pi.Account != d.providers[1].addr || pi.LastPaid != d.params.Start {
		t.Fatalf("provider 1: %+v", pi)
	}
	tx, err := d.c.SetPrice(e.ctx, e.opts(d.owner), 1, new(big.Int).Lsh(big.NewInt(1), 64))
	e.expectRevert("price above 2^64-1", tx, err, ErrPriceTooLarge)
	tx, err = d.c.AddProvider(e.ctx, e.opts(d.owner), d.providers[1].addr, big.NewInt(1))
	e.expectRevert("provider twice", tx, err, ErrProviderExists)
	c2, err := New(e.ctx, e.client, d.c.Address)
	if err != nil || c2.Token() != (common.Address{}) {
		t.Fatalf("New: %v", err)
	}
	if _, err := New(e.ctx, e.client, common.HexToAddress("0x1234")); !errors.Is(err, ErrNoContract) {
		t.Fatalf("New on an empty address: %v", err)
	}

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
	rc := e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[2].account), r, bm, sig))
	select {
	case p := <-sink:
		if p.Provider != 1 || p.St.Int64() != 2000 || p.Amount.Int64() != 22000 || p.Te != te || p.TxHash != rc.TxHash {
			t.Fatalf("payment event %+v", p)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no payment event")
	}
	select {
	case rp := <-reports:
		if rp.Digest != r.Digest() || rp.Leader != 2 || rp.Total.Int64() != 25000 {
			t.Fatalf("report event %+v", rp)
		}
		want := expectedSplit([]*big.Int{big.NewInt(3000), big.NewInt(22000)}, 9000, 100, 4)
		wantEq(t, "keeper share", rp.KeeperShare, want.keeperShare)
		wantEq(t, "remainder", rp.Remainder, want.remainder)
		wantEq(t, "leader", d.balanceOf(d.keepers[2].addr), new(big.Int).Add(want.keeperShare, want.leaderBonus))
	case <-time.After(10 * time.Second):
		t.Fatal("no report event")
	}
}

// TestEveryContractErrorHasASentinel: each custom error of the contract's ABI maps to
// a sentinel, so that no revert reaches a caller undecoded.
func TestEveryContractErrorHasASentinel(t *testing.T) {
	for _, md := range []*bind.MetaData{bindings.UpkeepingMetaData, bindings.RegistryMetaData, bindings.TestTokenMetaData} {
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
