package upkeeping

// Attack tests (issue 12 "Tests"): one test per finding of the review, each written as
// the attack an owner, a keeper or an outsider would try, each checking that what has
// been earned is intact and that the attacking transaction is refused with its named
// error or has no effect. Cost: about 1 s of simulated chain per test.

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/internal/units"
)

// payWith pays a report for te covering the given providers (entries from their
// lastPaid, st each) signed by `signers` (positions in the group whose keepers, by
// position, are ks); it fails the test if the pay does not succeed.
func (d *deployment) payWith(te uint64, ks []keeper, leader uint32, signers []int, provs []uint32, st ...int64) *report.Report {
	d.t.Helper()
	d.advanceTo(te + d.params.Finality)
	r := d.reportFor(te, leader, provs, st...)
	bm, sig := signWith(d.t, r, ks, signers...)
	d.mine(d.c.Pay(d.ctx, d.opts(ks[signers[0]].account), r, bm, sig))
	return r
}

// reportFor builds a report for te over providers provs with their current lastPaid.
func (d *deployment) reportFor(te uint64, leader uint32, provs []uint32, st ...int64) *report.Report {
	d.t.Helper()
	r := &report.Report{ChainID: d.chainID, Contract: d.c.Address, Te: te, Leader: leader, FailedBitmap: new(big.Int)}
	for i, p := range provs {
		lp, err := d.c.LastPaid(d.ctx, p)
		if err != nil {
			d.t.Fatal(err)
		}
		r.Entries = append(r.Entries, report.Entry{Provider: p, Ts: lp, St: big.NewInt(st[i])})
	}
	return r
}

// equivocation returns two reports for the same (te, part, leader, attempt) that
// differ, each signed by k alone: evidence anyone can submit to slash k.
func (d *deployment) equivocation(k keeper, te uint64) (a, b []byte, sa, sb *bls.Signature) {
	ra := &report.Report{ChainID: d.chainID, Contract: d.c.Address, Te: te, FailedBitmap: new(big.Int),
		Entries: []report.Entry{{Provider: 0, Ts: te - d.params.Period, St: big.NewInt(1)}}}
	rb := &report.Report{ChainID: d.chainID, Contract: d.c.Address, Te: te, FailedBitmap: new(big.Int),
		Entries: []report.Entry{{Provider: 0, Ts: te - d.params.Period, St: big.NewInt(2)}}}
	da, db := ra.Digest(), rb.Digest()
	return ra.Encode(), rb.Encode(), k.sk.Sign(da[:]), k.sk.Sign(db[:])
}

// totals is KeeperTotals of keeper k of the deployment's registry.
func (d *deployment) totals(k keeper) KeeperBalance {
	d.t.Helper()
	id, ok, err := d.stack.Registry.KeeperOf(d.ctx, k.addr)
	if err != nil || !ok {
		d.t.Fatalf("keeper %s: %v", k.addr, err)
	}
	kt, err := d.c.KeeperTotals(d.ctx, id)
	if err != nil {
		d.t.Fatal(err)
	}
	return kt
}

func (d *deployment) providerBalance(p uint32) *big.Int {
	d.t.Helper()
	info, err := d.c.Provider(d.ctx, p)
	if err != nil {
		d.t.Fatal(err)
	}
	return info.Balance
}

func price(units int64) *big.Int { return new(big.Int).Mul(big.NewInt(units), PriceScale) }

func amounts(a ...int64) []*big.Int {
	out := make([]*big.Int, len(a))
	for i, v := range a {
		out[i] = big.NewInt(v)
	}
	return out
}

// TestAttackOwnerFrontRunsPayWithZeroPrice (finding 2): the keepers have signed the
// report for te; the owner sees the pay coming and lands setPrice(P, 0) and a
// provider's removal first. Both are only scheduled, for a boundary at least one full
// period after the owner's transaction: the pay goes through at the old price, and so
// does every interval up to the boundary. An entry across the boundary is refused
// (StraddlesChange), the scheduled change cannot be rewritten once its boundary has
// passed with earlier intervals unpaid (ChangePending), and only the intervals from
// the boundary on are paid at the new terms.
func TestAttackOwnerFrontRunsPayWithZeroPrice(t *testing.T) {
	e := newEnv(t, 1+4+2)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 2})
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	H, D := d.params.Period, d.params.Finality
	te := d.params.Start + H
	e.advanceTo(te + D)
	signed := d.report(te, 0, 1000, 2000)
	bm, sig := d.sign(signed, 0, 1, 2)

	// The front-run.
	rc := e.mine(d.c.SetPrice(e.ctx, e.opts(d.owner), 0, new(big.Int)))
	e.mine(d.c.RemoveProvider(e.ctx, e.opts(d.owner), 1))
	at := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	if at < rc.BlockNumber.Uint64()+H || at <= te+H {
		t.Fatalf("change at %d for a transaction in block %d (te %d)", at, rc.BlockNumber, te)
	}
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), signed, bm, sig))
	want := expectedSplit(amounts(3000, 6000), 9000, 0, 4)
	wantEq(t, "provider 0 paid at the old price", d.providerBalance(0), want.provider[0])
	wantEq(t, "provider 1 paid though its removal is scheduled", d.providerBalance(1), want.provider[1])
	wantEq(t, "keeper share", d.totals(d.keepers[3]).Earned, want.keeperShare)

	// The next interval ends before the boundary: still the old terms.
	d.payWith(te+H, d.keepers, 0, []int{0, 1, 2}, []uint32{0, 1}, 1000, 2000)
	wantEq(t, "provider 0, second period at the old price", d.providerBalance(0), new(big.Int).Mul(want.provider[0], big.NewInt(2)))

	// Past the boundary: one entry across it is refused; the owner cannot replace the
	// change while the interval before it is unpaid.
	e.advanceTo(at + H + D)
	r := d.reportFor(at+H, 0, []uint32{0}, 1000)
	if r.Entries[0].Ts >= at {
		t.Fatal("fixture: the entry should start before the change")
	}
	bm, sig = d.sign(r, 0, 1, 2)
	tx, err := d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("an entry across the price change", tx, err, ErrStraddlesChange)
	tx, err = d.c.SetPrice(e.ctx, e.opts(d.owner), 0, price(7))
	e.expectRevert("rewriting a change in force over unpaid time", tx, err, ErrChangePending)
	// Up to the boundary at the old price, then the new terms.
	d.payWith(at, d.keepers, 0, []int{0, 1, 2}, []uint32{0, 1}, 1000, 2000)
	wantEq(t, "provider 0, three periods at the old price", d.providerBalance(0), new(big.Int).Mul(want.provider[0], big.NewInt(3)))
	d.payWith(at+H, d.keepers, 0, []int{0, 1, 2}, []uint32{0}, 1000)
	wantEq(t, "provider 0 after the boundary: price 0", d.providerBalance(0), new(big.Int).Mul(want.provider[0], big.NewInt(3)))
	r = d.reportFor(at+H, 0, []uint32{1}, 2000)
	bm, sig = d.sign(r, 0, 1, 2)
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("a removed provider after its removal", tx, err, ErrProviderRemoved)
	wantEq(t, "provider 1 keeps three periods", d.providerBalance(1), new(big.Int).Mul(want.provider[1], big.NewInt(3)))
	checkFunds(t, d)
}

// TestAttackOwnerSwapsGroupMidPeriod (finding 2): the owner registers a sybil keeper
// and schedules a group of the sybil alone (q = 1), dropping every honest keeper. The
// swap takes effect at a boundary at least one full period later; until then the
// sybil cannot pay anything, and the honest group's reports for every interval before
// the boundary pay, even after it. The sybil can only pay from the boundary on.
func TestAttackOwnerSwapsGroupMidPeriod(t *testing.T) {
	e := newEnv(t, 1+4+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	sybil := newKeepers(t, e.accts[6:7])
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	H, D := d.params.Period, d.params.Finality
	te := d.params.Start + H
	e.advanceTo(te + D) // the period [te, te+H) is in progress, [start, te) is unpaid

	gid := d.newGroup(sybil)
	rc := e.mine(d.c.ScheduleGroup(e.ctx, e.opts(d.owner), gid))
	B := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	if B < rc.BlockNumber.Uint64()+H || B <= te+H {
		t.Fatalf("swap at %d for a transaction in block %d", B, rc.BlockNumber)
	}
	// The sybil pays the finished period alone, or claiming the honest keepers' bits.
	r := d.reportFor(te, 0, []uint32{0}, 1000)
	bm, sig := signWith(t, r, sybil, 0)
	tx, err := d.c.Pay(e.ctx, e.opts(sybil[0].account), r, bm, sig)
	e.expectRevert("the sybil alone before the swap", tx, err, ErrNotEnoughSigners)
	digest := r.Digest()
	tx, err = d.c.Pay(e.ctx, e.opts(sybil[0].account), r, bitmap(0, 1, 2), sybil[0].sk.Sign(digest[:]))
	e.expectRevert("the sybil posing as three keepers", tx, err, ErrInvalidSignature)

	// Past the swap: the honest keepers still pay everything up to it, with their group.
	e.advanceTo(B + H + D)
	late := d.reportFor(B+H, 0, []uint32{0}, 1000) // [te0, B+H): starts before the swap
	bm, sig = signWith(t, late, sybil, 0)
	tx, err = d.c.Pay(e.ctx, e.opts(sybil[0].account), late, bm, sig)
	e.expectRevert("the sybil pays time before the swap", tx, err, ErrBeforeEpoch)
	d.payWith(te, d.keepers, 1, []int{0, 1, 2}, []uint32{0}, 1000)
	d.payWith(B, d.keepers, 1, []int{1, 2, 3}, []uint32{0}, 2000) // [te, B) in one entry
	wantEq(t, "provider credit for the time before the swap", d.providerBalance(0),
		new(big.Int).Add(expectedSplit(amounts(3000), 9000, 0, 4).provider[0], expectedSplit(amounts(6000), 9000, 0, 4).provider[0]))
	for i, k := range d.keepers {
		kt := d.totals(k)
		if kt.Earned.Cmp(new(big.Int).Add(expectedSplit(amounts(3000), 9000, 0, 4).keeperShare, expectedSplit(amounts(6000), 9000, 0, 4).keeperShare)) != 0 {
			t.Errorf("honest keeper %d earned %v", i, kt.Earned)
		}
	}
	// From the boundary the sybil's group is in force (the owner's right, with notice).
	d.payWith(B+H, sybil, 0, []int{0}, []uint32{0}, 1000)
	checkFunds(t, d)
}

// TestAttackSurplusWithdrawalBeforePay (finding 2): the owner tries to empty the
// contract while the period in progress is unpaid. The withdrawal is a request,
// executable two boundaries later; the keepers pay in between and the execution pays
// at most what is left unowed. Everything earned stays withdrawable.
func TestAttackSurplusWithdrawalBeforePay(t *testing.T) {
	e := newEnv(t, 1+4+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	sink := e.accts[6].addr
	funding := big.NewInt(100_000)
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), funding))
	H, D := d.params.Period, d.params.Finality
	te := d.params.Start + H
	e.advanceTo(te + 1) // [start, te) finished but not payable yet; [te, te+H) in progress

	tx, err := d.c.RequestSurplus(e.ctx, e.opts(d.keepers[0].account), sink, funding)
	e.expectRevert("a keeper requests the surplus", tx, err, ErrNotOwner)
	e.mine(d.c.RequestSurplus(e.ctx, e.opts(d.owner), sink, funding))
	rq, _ := d.c.SurplusRequest(e.ctx)
	if rq.NotBefore < te+2*H || rq.To != sink {
		t.Fatalf("surplus request %+v: executable before two boundaries after te %d", rq, te)
	}
	tx, err = d.c.ExecuteSurplus(e.ctx, e.opts(d.owner))
	e.expectRevert("executing at once", tx, err, ErrSurplusNotYet)
	// The keepers pay both periods in the window.
	e.advanceTo(te + H + D)
	d.payWith(te, d.keepers, 0, []int{0, 1, 2}, []uint32{0}, 1000)
	d.payWith(te+H, d.keepers, 0, []int{0, 1, 2}, []uint32{0}, 1000)
	e.advanceTo(rq.NotBefore - 1)
	tx, err = d.c.ExecuteSurplus(e.ctx, e.opts(d.owner))
	e.expectRevert("executing one block early", tx, err, ErrSurplusNotYet)
	before := e.balance(sink)
	e.advanceTo(rq.NotBefore)
	e.mine(d.c.ExecuteSurplus(e.ctx, e.opts(d.owner)))
	wantEq(t, "the owner gets the surplus only", new(big.Int).Sub(e.balance(sink), before), big.NewInt(100_000-6000))
	tx, err = d.c.ExecuteSurplus(e.ctx, e.opts(d.owner))
	e.expectRevert("executing twice", tx, err, ErrNoSurplusRequest)
	// A late pay now finds no unowed funds: refused, nothing moved, earned intact.
	e.advanceTo(te + 2*H + D)
	r := d.reportFor(te+2*H, 0, []uint32{0}, 1000)
	bm, sig := d.sign(r, 0, 1, 2)
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("a pay after the surplus left", tx, err, ErrInsufficientFunds)
	want := expectedSplit(amounts(3000), 9000, 0, 4)
	wantEq(t, "provider credit", d.providerBalance(0), new(big.Int).Mul(want.provider[0], big.NewInt(2)))
	checkFunds(t, d)
	for _, a := range append([]account{d.providers[0]}, d.keepers[0].account, d.keepers[3].account) {
		e.mineAll(d.c.Withdraw(e.ctx, e.opts(a)))
	}
	checkFunds(t, d)
}

// TestAttackWithdrawThenSlash (finding 4): a keeper that expects to be slashed takes
// what has unlocked, tries to take its locked rewards and its bond (refused), and is
// slashed: its locked rewards in both epochs it served and its bond are forfeited at
// once, the reporter gets slashRewardBps of them, the rest returns to the surplus; the
// other keepers' earnings are untouched and the slashed keeper can take nothing more.
func TestAttackWithdrawThenSlash(t *testing.T) {
	e := newEnv(t, 1+4+1+1+1)
	bond := big.NewInt(40_000)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1, vest: 2, bond: bond, slashBps: 2500})
	extra := newKeepers(t, e.accts[6:7])
	reporter := e.accts[7]
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	H := d.params.Period
	k := d.keepers[2]
	e.mineAll(d.c.PostBond(e.ctx, e.opts(k.account)))
	all := []int{0, 1, 2, 3}
	te := d.params.Start + H
	e.advanceTo(te + d.params.Finality)
	d.payWith(te, d.keepers, 0, all, []uint32{0}, 1000)
	// The group grows by one keeper (keeper 2 stays, at the same position).
	rc := e.mine(d.c.ScheduleGroup(e.ctx, e.opts(d.owner), d.newGroup(append(append([]keeper{}, d.keepers...), extra...))))
	B := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	for t1 := te + H; t1 <= B; t1 += H {
		e.advanceTo(t1 + d.params.Finality)
		d.payWith(t1, d.keepers, 0, all, []uint32{0}, 1000)
	}
	five := append(append([]keeper{}, d.keepers...), extra...)
	e.advanceTo(B + H + d.params.Finality)
	d.payWith(B+H, five, 0, []int{0, 1, 2, 3, 4}, []uint32{0}, 1000) // epoch 1, locked
	kt := d.totals(k)
	if kt.Available.Sign() == 0 || kt.Locked.Sign() == 0 || len(kt.Epochs) != 2 {
		t.Fatalf("fixture: keeper 2 should have unlocked and locked rewards in two epochs: %+v", kt)
	}
	e.mineAll(d.c.Withdraw(e.ctx, e.opts(k.account)))
	tx, err := d.c.WithdrawKeeper(e.ctx, e.opts(k.account), d.ids[2], nil)
	e.expectRevert("taking the locked rewards", tx, err, ErrNothingToWithdraw)
	tx, err = d.c.WithdrawBond(e.ctx, e.opts(k.account), d.ids[2])
	e.expectRevert("taking the bond while a keeper", tx, err, ErrBondLocked)
	kt = d.totals(k)
	locked := kt.Locked
	others := make([]*big.Int, len(d.keepers))
	for i, o := range d.keepers {
		others[i] = d.totals(o).Earned
	}
	provider := d.providerBalance(0)

	a, b, sa, sb := d.equivocation(k, B+2*H)
	surplus, _ := d.c.Surplus(e.ctx)
	before := e.balance(reporter.addr)
	rc = e.mine(d.c.Slash(e.ctx, e.opts(reporter), d.ids[2], a, sa, b, sb))
	forfeited := new(big.Int).Add(locked, bond)
	reward := new(big.Int).Div(new(big.Int).Mul(forfeited, big.NewInt(2500)), big.NewInt(10000))
	got := new(big.Int).Sub(e.balance(reporter.addr), before)
	wantEq(t, "reporter's reward", got.Add(got, gasCost(rc)), reward)
	after, _ := d.c.Surplus(e.ctx)
	wantEq(t, "surplus gains the rest", new(big.Int).Sub(after, surplus), new(big.Int).Sub(forfeited, reward))
	kt = d.totals(k)
	if kt.Locked.Sign() != 0 || kt.Available.Sign() != 0 || !kt.Slashed {
		t.Fatalf("after the slash: %+v", kt)
	}
	for i, o := range d.keepers {
		if i != 2 {
			wantEq(t, "an honest keeper's earnings", d.totals(o).Earned, others[i])
		}
	}
	wantEq(t, "provider's credit", d.providerBalance(0), provider)
	if _, err := d.c.Withdraw(e.ctx, e.opts(k.account)); !isErr(err, ErrNothingToWithdraw) {
		t.Fatalf("slashed keeper withdraws: %v", err)
	}
	tx, err = d.c.WithdrawBond(e.ctx, e.opts(k.account), d.ids[2])
	e.expectRevert("slashed keeper takes its bond", tx, err, ErrNothingToWithdraw)
	if _, err := d.c.PostBond(e.ctx, e.opts(k.account)); !isErr(err, ErrBondAlreadyPosted) {
		t.Fatalf("slashed keeper posts a new bond: %v", err)
	}
	checkFunds(t, d)
	// Long after, its forfeited rewards never come back.
	e.advanceTo(e.block() + 4*H)
	if kt := d.totals(k); kt.Available.Sign() != 0 {
		t.Fatalf("slashed keeper's rewards unlocked later: %+v", kt)
	}
	checkFunds(t, d)
}

// TestAttackSecondSlashLeavesNoPhantomShare (finding 4): two keepers are slashed in
// turn. The first slash creates an epoch without the first keeper; the second creates
// one without either. The first keeper, removed from both later epochs, must not
// appear to earn the equal share of the epoch the second slash created (it would be
// paid money no report gave it, out of everyone else's funds).
func TestAttackSecondSlashLeavesNoPhantomShare(t *testing.T) {
	e := newEnv(t, 1+5+1+1)
	d := e.deploy(deployOpts{nKeepers: 5, nProviders: 1})
	reporter := e.accts[7]
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	H, D := d.params.Period, d.params.Finality
	te := d.params.Start + H
	e.advanceTo(te + D)
	a, b, sa, sb := d.equivocation(d.keepers[3], te)
	e.mine(d.c.Slash(e.ctx, e.opts(reporter), d.ids[3], a, sa, b, sb))
	eps, _ := d.c.Epochs(e.ctx)
	if len(eps) != 2 {
		t.Fatalf("epochs after the first slash: %+v", eps)
	}
	e.advanceTo(eps[1].From + H + D)
	d.payWith(eps[1].From, d.keepers, 0, []int{0, 1, 2, 4}, []uint32{0}, 1000) // epoch 0
	first := d.totals(d.keepers[3])
	a, b, sa, sb = d.equivocation(d.keepers[4], eps[1].From+H)
	e.mine(d.c.Slash(e.ctx, e.opts(reporter), d.ids[4], a, sa, b, sb))
	eps, _ = d.c.Epochs(e.ctx)
	if len(eps) != 3 || eps[2].N() != 3 {
		t.Fatalf("epochs after the second slash: %+v", eps)
	}
	e.advanceTo(eps[2].From + H + D)
	d.payWith(eps[2].From, d.keepers, 0, []int{0, 1, 2, 4}, []uint32{0}, 1000) // epoch 1
	d.payWith(eps[2].From+H, d.keepers, 0, []int{0, 1, 2}, []uint32{0}, 1000)  // epoch 2
	wantEq(t, "first slashed keeper's earnings", d.totals(d.keepers[3]).Earned, first.Earned)
	share := expectedSplit(amounts(3000), 9000, 0, 3).keeperShare
	kb, err := d.c.KeeperAccount(e.ctx, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "an honest keeper's share of epoch 2", kb.Earned, share)
	for _, i := range []uint32{3, 4} {
		kb, err := d.c.KeeperAccount(e.ctx, 2, i)
		if err != nil {
			t.Fatal(err)
		}
		if kb.Earned.Sign() != 0 || kb.Available.Sign() != 0 {
			t.Errorf("slashed member %d of epoch 2: %+v", i, kb)
		}
	}
	if _, err := d.c.Withdraw(e.ctx, e.opts(d.keepers[3].account)); !isErr(err, ErrNothingToWithdraw) {
		t.Fatalf("first slashed keeper withdraws: %v", err)
	}
	checkFunds(t, d)
}

// TestAttackSlashThenReplacePendingGroup (finding 4/5): a slash schedules an epoch
// without the slashed keeper; the owner then replaces that pending epoch with a new
// group in which an honest keeper holds the slashed keeper's old position. The honest
// keeper must earn and withdraw its pay in full: nothing of the slash may stick to the
// position.
func TestAttackSlashThenReplacePendingGroup(t *testing.T) {
	e := newEnv(t, 1+4+1+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	extra := newKeepers(t, e.accts[6:7])
	reporter := e.accts[7]
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	H, D := d.params.Period, d.params.Finality
	te := d.params.Start + H
	e.advanceTo(te + D)
	a, b, sa, sb := d.equivocation(d.keepers[1], te)
	e.mine(d.c.Slash(e.ctx, e.opts(reporter), d.ids[1], a, sa, b, sb))
	// The owner replaces the pending epoch: keepers 0, 2, 3 and a new one; keeper 2
	// now holds position 1.
	g := []keeper{d.keepers[0], d.keepers[2], d.keepers[3], extra[0]}
	gid := d.newGroup(g)
	rc := e.mine(d.c.ScheduleGroup(e.ctx, e.opts(d.owner), gid))
	eps, _ := d.c.Epochs(e.ctx)
	B := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	if len(eps) != 2 || eps[1].GroupID != gid || eps[1].From != B {
		t.Fatalf("epochs %+v", eps)
	}
	e.advanceTo(B + H + D)
	d.payWith(B, d.keepers, 0, []int{0, 2, 3}, []uint32{0}, 1000) // epoch 0, keeper 1 no share
	before := d.totals(d.keepers[2]).Earned
	d.payWith(B+H, g, 0, []int{0, 1, 2, 3}, []uint32{0}, 1000) // epoch 1
	share := expectedSplit(amounts(3000), 9000, 0, 4).keeperShare
	kb, err := d.c.KeeperAccount(e.ctx, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if kb.Slashed {
		t.Errorf("keeper 2 at the slashed keeper's old position is marked slashed: %+v", kb)
	}
	wantEq(t, "keeper 2's share in the new epoch", new(big.Int).Sub(d.totals(d.keepers[2]).Earned, before), share)
	wantEq(t, "keeper 2 can withdraw it", kb.Available, share)
	checkFunds(t, d)
}

// TestAttackAddedKeeperTakesPastShare (finding 5): the owner adds a keeper; it gets no
// share of any period before the group change — neither by signing a past report
// (its bit is no member of the old epoch) nor from a late report paid after the
// change (credited to the old epoch, where it is no member).
func TestAttackAddedKeeperTakesPastShare(t *testing.T) {
	e := newEnv(t, 1+4+2+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 2})
	added := newKeepers(t, e.accts[7:8])
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	H, D := d.params.Period, d.params.Finality
	five := append(append([]keeper{}, d.keepers...), added...)
	rc := e.mine(d.c.ScheduleGroup(e.ctx, e.opts(d.owner), d.newGroup(five)))
	B := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	e.advanceTo(B + H + D)
	// The added keeper signs a report for a period before it joined, as position 4.
	r := d.reportFor(d.params.Start+H, 0, []uint32{0}, 1000)
	bm, sig := signWith(t, r, five, 0, 1, 2, 4)
	tx, err := d.c.Pay(e.ctx, e.opts(added[0].account), r, bm, sig)
	e.expectRevert("the added keeper signs a past period", tx, err, ErrUnknownSigner)
	// The new group pays the time after the change for provider 0 (epoch 1 becomes the
	// hot epoch), then the old group's late report for provider 1's past periods.
	d.payWith(B, d.keepers, 0, []int{0, 1, 2}, []uint32{0}, 1000)
	d.payWith(B+H, five, 4, []int{0, 1, 2, 4}, []uint32{0}, 1000)
	newShare := expectedSplit(amounts(3000), 9000, 0, 5).keeperShare
	wantEq(t, "added keeper's share after joining", d.totals(added[0]).Earned, newShare)
	d.payWith(B, d.keepers, 0, []int{1, 2, 3}, []uint32{1}, 5000) // late, epoch 0
	wantEq(t, "added keeper's earnings after the late report", d.totals(added[0]).Earned, newShare)
	oldShares := new(big.Int).Add(expectedSplit(amounts(3000), 9000, 0, 4).keeperShare, expectedSplit(amounts(15000), 9000, 0, 4).keeperShare)
	kb, _ := d.c.KeeperAccount(e.ctx, 0, 3)
	wantEq(t, "keeper 3's epoch-0 share", kb.Earned, oldShares)
	if ids, _ := d.c.KeeperEpochs(e.ctx, d.idOf(added[0])); len(ids) != 1 || ids[0] != 1 {
		t.Fatalf("added keeper's epochs %v", ids)
	}
	checkFunds(t, d)
}

func (d *deployment) idOf(k keeper) uint32 {
	d.t.Helper()
	id, ok, err := d.stack.Registry.KeeperOf(d.ctx, k.addr)
	if err != nil || !ok {
		d.t.Fatalf("keeper %s: %v", k.addr, err)
	}
	return id
}

// TestAttackReportSignedBeforeGroupChange (finding 5): a report signed by 3 of 4
// keepers (q = 3) before the owner grows the group to 5 (q = 4) still pays after the
// change is in force, against its interval's group; an entry straddling the change is
// refused (BeforeEpoch): the keepers pay up to the boundary first.
func TestAttackReportSignedBeforeGroupChange(t *testing.T) {
	e := newEnv(t, 1+4+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	added := newKeepers(t, e.accts[6:7])
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	H, D := d.params.Period, d.params.Finality
	te := d.params.Start + H
	e.advanceTo(te + D)
	signed := d.report(te, 0, 1000)
	bm, sig := d.sign(signed, 0, 1, 2)
	five := append(append([]keeper{}, d.keepers...), added...)
	rc := e.mine(d.c.ScheduleGroup(e.ctx, e.opts(d.owner), d.newGroup(five)))
	B := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	e.advanceTo(B + 2*H + D)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), signed, bm, sig))
	want := expectedSplit(amounts(3000), 9000, 0, 4)
	wantEq(t, "provider paid for the old report", d.providerBalance(0), want.provider[0])
	// [te, B+H) straddles the change: refused, even signed by the new group's quorum.
	r := d.reportFor(B+H, 0, []uint32{0}, 1000)
	bm, sig = signWith(t, r, five, 0, 1, 2, 4)
	tx, err := d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("an entry straddling the group change", tx, err, ErrBeforeEpoch)
	// 3 of 5 is not the new quorum.
	d.payWith(B, d.keepers, 0, []int{0, 1, 2}, []uint32{0}, 1000)
	r = d.reportFor(B+H, 0, []uint32{0}, 1000)
	bm, sig = signWith(t, r, five, 0, 1, 4)
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("3 of 5 after the change", tx, err, ErrNotEnoughSigners)
	d.payWith(B+H, five, 0, []int{0, 1, 2, 4}, []uint32{0}, 1000)
	checkFunds(t, d)
}

// TestAttackRemovedSignerCannotBlockPay (finding 5): a pay signed by keepers 0, 1, 2
// is on its way. (a) The owner drops keeper 2 from the group; (b) a reporter holding
// evidence slashes keeper 2 first. Neither makes the pay fail: keeper 2 stays a
// keeper of the report's interval (the removal starts at a later boundary) and the
// pay credits the provider in full.
func TestAttackRemovedSignerCannotBlockPay(t *testing.T) {
	e := newEnv(t, 1+4+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	reporter := e.accts[6]
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	H, D := d.params.Period, d.params.Finality
	te := d.params.Start + H
	e.advanceTo(te + D)
	signed := d.report(te, 0, 1000)
	bm, sig := d.sign(signed, 0, 1, 2)
	// (a) The owner drops keeper 2; the pay lands after the change is in force.
	rc := e.mine(d.c.ScheduleGroup(e.ctx, e.opts(d.owner), d.newGroup([]keeper{d.keepers[0], d.keepers[1], d.keepers[3]})))
	B := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	e.advanceTo(B + D)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), signed, bm, sig))
	want := expectedSplit(amounts(3000), 9000, 0, 4)
	wantEq(t, "provider", d.providerBalance(0), want.provider[0])
	wantEq(t, "dropped keeper's share", d.totals(d.keepers[2]).Earned, want.keeperShare)

	// (b) The next report, signed by 0, 1, 2; keeper 2 is slashed before it lands.
	signed = d.reportFor(te+H, 0, []uint32{0}, 1000)
	bm, sig = d.sign(signed, 0, 1, 2)
	a, b, sa, sb := d.equivocation(d.keepers[2], te+H)
	e.mine(d.c.Slash(e.ctx, e.opts(reporter), d.ids[2], a, sa, b, sb))
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), signed, bm, sig))
	want3 := expectedSplit(amounts(3000), 9000, 0, 3)
	wantEq(t, "provider after the second pay", d.providerBalance(0), new(big.Int).Add(want.provider[0], want3.provider[0]))
	wantEq(t, "keeper 3's share (the slashed keeper shares nothing)", d.totals(d.keepers[3]).Earned, new(big.Int).Add(want.keeperShare, want3.keeperShare))
	checkFunds(t, d)
}

// TestAttackNegatedKeyRegistration (finding 7): an attacker holding sk registers pk
// and then −pk from a second account (with a valid proof of possession made with
// −sk), which would let its two keys cancel in any aggregate; and the other order.
// Both are refused with KeyBarred.
func TestAttackNegatedKeyRegistration(t *testing.T) {
	e := newRegEnv(t, 5)
	sk, _ := bls.GenerateKey()
	e.mine(e.reg.RegisterKeeper(e.ctx, e.opts(e.accts[1]), sk))
	tx, err := e.reg.RegisterKeeper(e.ctx, e.opts(e.accts[2]), negate(t, sk))
	e.expectRevert("−pk after pk", tx, err, ErrKeyBarred)
	sk2, _ := bls.GenerateKey()
	e.mine(e.reg.RegisterKeeper(e.ctx, e.opts(e.accts[3]), negate(t, sk2)))
	tx, err = e.reg.RegisterKeeper(e.ctx, e.opts(e.accts[4]), sk2)
	e.expectRevert("pk after −pk", tx, err, ErrKeyBarred)
	tx, err = e.reg.RegisterKeeper(e.ctx, e.opts(e.accts[4]), sk)
	e.expectRevert("pk again", tx, err, ErrKeyBarred)
	if n, _ := e.reg.KeeperCount(e.ctx); n != 2 {
		t.Fatalf("%d keepers registered, want 2", n)
	}
}

// TestAttackOwnershipCannotBeLostOrMisdirected (finding 7): renounceOwnership is
// refused (a contract without an owner cannot be wound down); a transfer to a wrong
// address does nothing until accepted, so the owner can redirect it; the wrong address
// cannot accept; after acceptance only the new owner acts.
func TestAttackOwnershipCannotBeLostOrMisdirected(t *testing.T) {
	e := newEnv(t, 1+4+1+2)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	wrong, right := e.accts[6], e.accts[7]
	tx, err := d.c.AdminBindings().RenounceOwnership(e.opts(d.owner))
	e.expectRevert("renounceOwnership", tx, wrap("renounceOwnership", err), ErrRenounceDisabled)
	e.mine(d.c.TransferOwnership(e.ctx, e.opts(d.owner), wrong.addr))
	if p, _ := d.c.Params(e.ctx); p.Owner != d.owner.addr {
		t.Fatalf("owner moved before acceptance: %s", p.Owner)
	}
	e.mine(d.c.SetPrice(e.ctx, e.opts(d.owner), 0, price(4))) // still the owner
	e.mine(d.c.TransferOwnership(e.ctx, e.opts(d.owner), right.addr))
	tx, err = d.c.AcceptOwnership(e.ctx, e.opts(wrong))
	e.expectRevert("the wrong address accepts", tx, err, ErrNotOwner)
	e.mine(d.c.AcceptOwnership(e.ctx, e.opts(right)))
	if p, _ := d.c.Params(e.ctx); p.Owner != right.addr {
		t.Fatalf("owner %s, want %s", p.Owner, right.addr)
	}
	tx, err = d.c.SetPrice(e.ctx, e.opts(d.owner), 0, price(1))
	e.expectRevert("the old owner acts", tx, err, ErrNotOwner)
	if pending, _ := d.c.PendingOwner(e.ctx); pending != (common.Address{}) {
		t.Fatalf("pending owner left: %s", pending)
	}
}

// TestAttackPayoutMoves (finding 7): a provider and a keeper move their payout
// addresses; nobody else can move them (the contract's owner included) and nobody else
// can withdraw; what was earned before the move is paid to the new address.
func TestAttackPayoutMoves(t *testing.T) {
	e := newEnv(t, 1+4+1+3)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	thief, provPayout, keepPayout := e.accts[6], e.accts[7].addr, e.accts[8].addr
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(10_000_000)))
	te := d.params.Start + d.params.Period
	e.advanceTo(te + d.params.Finality)
	d.payWith(te, d.keepers, 0, []int{0, 1, 2}, []uint32{0}, 1000)
	want := expectedSplit(amounts(3000), 9000, 0, 4)

	tx, err := d.c.SetProviderPayout(e.ctx, e.opts(d.owner), 0, d.owner.addr)
	e.expectRevert("the owner moves a provider's payout", tx, err, ErrUnauthorized)
	tx, err = d.c.SetProviderPayout(e.ctx, e.opts(thief), 0, thief.addr)
	e.expectRevert("a stranger moves a provider's payout", tx, err, ErrUnauthorized)
	tx, err = d.c.WithdrawProvider(e.ctx, e.opts(thief), 0)
	e.expectRevert("a stranger withdraws a provider's balance", tx, err, ErrUnauthorized)
	tx, err = d.c.SetProviderPayout(e.ctx, e.opts(d.providers[0]), 0, common.Address{})
	e.expectRevert("payout to zero", tx, err, ErrZeroAddress)
	e.mine(d.c.SetProviderPayout(e.ctx, e.opts(d.providers[0]), 0, provPayout))
	before := e.balance(provPayout)
	e.mine(d.c.WithdrawProvider(e.ctx, e.opts(d.providers[0]), 0))
	wantEq(t, "provider's earnings at the new payout", new(big.Int).Sub(e.balance(provPayout), before), want.provider[0])

	k := d.keepers[1]
	tx, err = d.stack.Registry.SetPayout(e.ctx, e.opts(thief), thief.addr)
	e.expectRevert("a stranger moves a keeper's payout", tx, err, ErrNotRegistered)
	tx, err = d.c.WithdrawKeeper(e.ctx, e.opts(thief), d.ids[1], nil)
	e.expectRevert("a stranger withdraws a keeper's rewards", tx, err, ErrUnauthorized)
	e.mine(d.stack.Registry.SetPayout(e.ctx, e.opts(k.account), keepPayout))
	before = e.balance(keepPayout)
	e.mine(d.c.WithdrawKeeper(e.ctx, e.opts(k.account), d.ids[1], nil))
	wantEq(t, "keeper's earnings at the new payout", new(big.Int).Sub(e.balance(keepPayout), before), want.keeperShare)
	checkFunds(t, d)
}

// TestPricesExpressRealCosts (finding 3): with scaled prices the smallest non-zero
// price is a fraction of a base unit per TiB-month; realistic prices in ether and in a
// 6-decimal token convert to non-zero contract prices with a fine resolution; and
// pays are exactly floor(st × price / 1e18) on chain (units.Amount), for realistic
// and for huge st, an overflowing product being refused rather than wrapped.
func TestPricesExpressRealCosts(t *testing.T) {
	const blockMs = 12_000
	blocksPerMonth := int64(units.MonthMs / blockMs)
	tibMonth := new(big.Int).Mul(big.NewInt(units.TiB), big.NewInt(blocksPerMonth)) // byte·blocks
	// The smallest non-zero price: under one base unit per TiB-month.
	if one := units.BasePerTiBMonth(big.NewInt(1), blockMs); one.Cmp(big.NewRat(1, 1)) >= 0 {
		t.Fatalf("price 1 is %s base units per TiB-month: not fine enough", one.FloatString(3))
	}
	usdc := units.Token{Symbol: "USDC", Decimals: 6}
	ethPrice, err := units.ParsePrice("0.0005eth/TiB-month", units.EtherToken, blockMs)
	if err != nil {
		t.Fatal(err)
	}
	usdcPrice, err := units.ParsePrice("1.5/TiB-month", usdc, blockMs)
	if err != nil {
		t.Fatal(err)
	}
	cheap, err := units.ParsePrice("0.001/TiB-month", usdc, blockMs) // a tenth of a cent
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		price *big.Int
		want  *big.Int // base units per TiB-month
	}{
		{"0.0005 ETH", ethPrice, big.NewInt(500_000_000_000_000)},
		{"1.5 USDC", usdcPrice, big.NewInt(1_500_000)},
		{"0.001 USDC", cheap, big.NewInt(1_000)},
	} {
		if c.price.Sign() <= 0 || c.price.BitLen() > 96 {
			t.Fatalf("%s/TiB-month: contract price %v out of range", c.name, c.price)
		}
		// One TiB held a month pays the asked amount less at most one base unit.
		got := units.Amount(tibMonth, c.price)
		if got.Cmp(c.want) > 0 || new(big.Int).Sub(c.want, got).Cmp(big.NewInt(1)) > 0 {
			t.Errorf("%s/TiB-month: a TiB-month pays %v base units, want %v (at most 1 less)", c.name, got, c.want)
		}
		t.Logf("%s/TiB-month = price %v (×1e18 per byte·block)", c.name, c.price)
	}

	// On chain, in an ERC-20 (the contract never reads decimals: they only matter to
	// the conversion above), at the 6-decimal price.
	e := newEnv(t, 1+4+2)
	tokAddr, tx, tok, err := bindings.DeployTestToken(e.opts(e.accts[0]), e.client, "USD Coin", "USDC")
	e.mine(tx, err)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 2, price: usdcPrice, token: tokAddr})
	e.mine(tok.Mint(e.opts(d.owner), d.owner.addr, new(big.Int).Lsh(big.NewInt(1), 200)))
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), new(big.Int).Lsh(big.NewInt(1), 120)))
	te := d.params.Start + d.params.Period
	e.advanceTo(te + d.params.Finality)
	oneTiB := new(big.Int).Mul(big.NewInt(units.TiB), new(big.Int).SetUint64(d.params.Period)) // 1 TiB over the period
	huge := new(big.Int).Lsh(big.NewInt(1), 140)                                               // pays about 2^103
	r := &report.Report{ChainID: e.chainID, Contract: d.c.Address, Te: te, FailedBitmap: new(big.Int), Entries: []report.Entry{
		{Provider: 0, Ts: d.params.Start, St: oneTiB},
		{Provider: 1, Ts: d.params.Start, St: huge},
	}}
	bm, sig := d.sign(r, 0, 1, 2)
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	pays, err := d.c.FilterPayments(e.ctx, 0, nil)
	if err != nil || len(pays) != 2 {
		t.Fatalf("payments %v %v", pays, err)
	}
	for i, p := range pays {
		want := units.Amount(r.Entries[i].St, usdcPrice)
		wantEq(t, "amount = floor(st × price / 1e18)", p.Amount, want)
		if want.Sign() == 0 {
			t.Fatal("fixture: a realistic entry should pay")
		}
	}
	// The product st × price overflowing 256 bits is refused, not wrapped.
	e.advanceTo(te + d.params.Period + d.params.Finality)
	r = d.reportFor(te+d.params.Period, 0, []uint32{0}, 1)
	r.Entries[0].St = new(big.Int).Lsh(big.NewInt(1), 240) // st × price > 2^256: the mulDiv path
	bm, sig = d.sign(r, 0, 1, 2)
	tx, err = d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("st × price beyond 2^256", tx, err, ErrAmountOverflow)
	checkFunds(t, d)
}
