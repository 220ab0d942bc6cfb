package upkeeping

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
)

// split is what one report must credit, computed here independently of the contract
// from the rule in the package doc.
type split struct {
	provider    []*big.Int // per entry, the remainder included in the first
	keeperShare *big.Int
	leaderBonus *big.Int
	remainder   *big.Int
	total       *big.Int
}

func expectedSplit(amounts []*big.Int, provBps, leaderBps int64, paidKeepers int64) split {
	s := split{total: new(big.Int)}
	provTotal := new(big.Int)
	for _, a := range amounts {
		p := new(big.Int).Div(new(big.Int).Mul(a, big.NewInt(provBps)), big.NewInt(10000))
		s.provider = append(s.provider, p)
		provTotal.Add(provTotal, p)
		s.total.Add(s.total, a)
	}
	bonus := new(big.Int).Div(new(big.Int).Mul(s.total, big.NewInt(leaderBps)), big.NewInt(10000))
	pool := new(big.Int).Sub(new(big.Int).Sub(s.total, provTotal), bonus)
	s.keeperShare = new(big.Int).Div(pool, big.NewInt(paidKeepers))
	s.remainder = new(big.Int).Sub(pool, new(big.Int).Mul(s.keeperShare, big.NewInt(paidKeepers)))
	s.leaderBonus = bonus
	s.provider[0].Add(s.provider[0], s.remainder)
	return s
}

func (d *deployment) balanceOf(a common.Address) *big.Int {
	d.t.Helper()
	b, err := d.c.BalanceOf(d.ctx, a)
	if err != nil {
		d.t.Fatal(err)
	}
	return b
}

func wantEq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// TestPayEtherSplitAndWithdraw: a report signed by q = 3 of 4 keepers (herumi
// signatures) pays exactly floor(st × price / 1e18), split 90% to each provider, the
// rest equally among the 4 keepers with the remainder to the first entry's provider;
// every party withdraws exactly its credit; the owner takes only the surplus, in two
// steps.
func TestPayEtherSplitAndWithdraw(t *testing.T) {
	e := newEnv(t, 1+4+2)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 2})
	funding := big.NewInt(1_000_000)
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), funding))

	te := d.params.Start + d.params.Period
	e.advanceTo(te + d.params.Finality)
	r := d.report(te, 1, 1000, 777)
	signers, sig := d.sign(r, 0, 1, 3)
	rc := e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[1].account), r, signers, sig))
	t.Logf("pay gas (N=4, 3 signers, 2 entries): %d", rc.GasUsed)

	want := expectedSplit([]*big.Int{big.NewInt(3000), big.NewInt(2331)}, 9000, 0, 4)
	if want.remainder.Sign() == 0 {
		t.Fatal("test amounts should leave a remainder")
	}
	for i, p := range d.providers {
		wantEq(t, "provider balance", d.balanceOf(p.addr), want.provider[i])
		lp, err := d.c.LastPaid(e.ctx, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if lp != te {
			t.Errorf("lastPaid[%d] = %d, want %d", i, lp, te)
		}
	}
	for _, k := range d.keepers {
		wantEq(t, "keeper balance", d.balanceOf(k.addr), want.keeperShare)
	}
	owed, _ := d.c.Owed(e.ctx)
	wantEq(t, "owed", owed, want.total)
	wantEq(t, "total", want.total, big.NewInt(5331))

	// Events: one EntryPaid per entry and one ReportPaid.
	pays, err := d.c.FilterPayments(e.ctx, 0, nil)
	if err != nil || len(pays) != 2 {
		t.Fatalf("payments: %v %v", pays, err)
	}
	if pays[0].Ts != d.params.Start || pays[0].Te != te || pays[0].Amount.Int64() != 3000 || pays[1].St.Int64() != 777 {
		t.Errorf("EntryPaid events: %+v", pays)
	}
	reps, err := d.c.FilterReports(e.ctx, 0, nil, te)
	if err != nil || len(reps) != 1 {
		t.Fatalf("reports: %v %v", reps, err)
	}
	if reps[0].Digest != r.Digest() || reps[0].Te != te || reps[0].Total.Cmp(want.total) != 0 || reps[0].KeeperShare.Cmp(want.keeperShare) != 0 {
		t.Errorf("ReportPaid: %+v", reps[0])
	}

	// The same interval again: rejected.
	signers, sig = d.sign(r, 0, 1, 2)
	tx, err := d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, signers, sig)
	e.expectRevert("same interval twice", tx, err, ErrStaleInterval)

	// Withdrawals: each party gets exactly its credit, once.
	for i, a := range append([]account{d.providers[0], d.providers[1]}, d.keepers[0].account, d.keepers[1].account) {
		credit := d.balanceOf(a.addr)
		before := e.balance(a.addr)
		txs, err := d.c.Withdraw(e.ctx, e.opts(a))
		if err != nil || len(txs) != 1 {
			t.Fatalf("withdraw %d: %v", i, err)
		}
		rc := e.mine(txs[0], nil)
		got := new(big.Int).Sub(e.balance(a.addr), before)
		got.Add(got, gasCost(rc))
		wantEq(t, "withdrawn", got, credit)
		wantEq(t, "balance after withdraw", d.balanceOf(a.addr), new(big.Int))
		if _, err := d.c.Withdraw(e.ctx, e.opts(a)); !isErr(err, ErrNothingToWithdraw) {
			t.Fatalf("second withdraw: %v", err)
		}
	}

	// Owner: only the surplus, in two steps.
	surplus, _ := d.c.Surplus(e.ctx)
	owed, _ = d.c.Owed(e.ctx)
	funds, _ := d.c.Funds(e.ctx)
	wantEq(t, "funds = owed + surplus", funds, new(big.Int).Add(owed, surplus))
	wantEq(t, "surplus", surplus, new(big.Int).Sub(funding, want.total))
	tx, err = d.c.RequestSurplus(e.ctx, e.opts(d.keepers[0].account), d.keepers[0].addr, big.NewInt(1))
	e.expectRevert("non-owner takes surplus", tx, err, ErrNotOwner)
	e.mine(d.c.RequestSurplus(e.ctx, e.opts(d.owner), d.owner.addr, new(big.Int).Add(surplus, big.NewInt(1))))
	tx, err = d.c.ExecuteSurplus(e.ctx, e.opts(d.owner))
	e.expectRevert("surplus executed early", tx, err, ErrSurplusNotYet)
	rq, _ := d.c.SurplusRequest(e.ctx)
	e.advanceTo(rq.NotBefore)
	before := e.balance(d.owner.addr)
	rc = e.mine(d.c.ExecuteSurplus(e.ctx, e.opts(d.owner)))
	got := new(big.Int).Sub(e.balance(d.owner.addr), before)
	wantEq(t, "surplus withdrawn (at most the surplus)", got.Add(got, gasCost(rc)), surplus)
	funds, _ = d.c.Funds(e.ctx)
	wantEq(t, "funds left = owed", funds, owed)
	// The keepers who have not withdrawn still can.
	for _, k := range d.keepers[2:] {
		credit := d.balanceOf(k.addr)
		if credit.Sign() == 0 {
			t.Fatal("keeper 2 and 3 should still be owed")
		}
		e.mineAll(d.c.Withdraw(e.ctx, e.opts(k.account)))
	}
	owed, _ = d.c.Owed(e.ctx)
	funds, _ = d.c.Funds(e.ctx)
	if owed.Sign() != 0 || funds.Sign() != 0 {
		t.Errorf("after all withdrawals: owed %v, funds %v", owed, funds)
	}
}

// TestPayERC20: the same accounting in an ERC-20, with the approve-and-fund path.
func TestPayERC20(t *testing.T) {
	e := newEnv(t, 1+7+1)
	addr, tx, tok, err := bindings.DeployTestToken(e.opts(e.accts[0]), e.client, "Test", "TST")
	e.mine(tx, err)
	d := e.deploy(deployOpts{nKeepers: 7, nProviders: 1, price: new(big.Int).Mul(big.NewInt(1_000_000_007), PriceScale), token: addr, leaderBps: 100})
	e.mine(tok.Mint(e.opts(d.owner), d.owner.addr, eth(10)))
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), eth(1)))
	funds, _ := d.c.Funds(e.ctx)
	wantEq(t, "token funds", funds, eth(1))

	te := d.params.Start + 3*d.params.Period
	e.advanceTo(te + d.params.Finality)
	r := d.report(te, 4, 123_456_789)
	r.FailedBitmap = bitmap(2)               // keeper 2's window ended before the leader's
	signers, sig := d.sign(r, 0, 1, 3, 4, 5) // q = 7*2/3+1 = 5
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[4].account), r, signers, sig))

	amount := new(big.Int).Mul(big.NewInt(123_456_789), big.NewInt(1_000_000_007))
	want := expectedSplit([]*big.Int{amount}, 9000, 100, 6)
	wantEq(t, "provider", d.balanceOf(d.providers[0].addr), want.provider[0])
	for i, k := range d.keepers {
		w := new(big.Int).Set(want.keeperShare)
		switch i {
		case 2:
			w.SetInt64(0)
		case 4:
			w.Add(w, want.leaderBonus)
		}
		wantEq(t, "keeper", d.balanceOf(k.addr), w)
	}
	// Withdraw in tokens.
	e.mineAll(d.c.Withdraw(e.ctx, e.opts(d.providers[0])))
	got, err := tok.BalanceOf(nil, d.providers[0].addr)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "provider token balance", got, want.provider[0])
	e.mineAll(d.c.Withdraw(e.ctx, e.opts(d.keepers[4].account)))
	got, _ = tok.BalanceOf(nil, d.keepers[4].addr)
	wantEq(t, "leader token balance", got, new(big.Int).Add(want.keeperShare, want.leaderBonus))
	// Ether is refused by a token contract.
	o := e.opts(d.owner)
	o.Value = big.NewInt(1)
	tx, err = d.c.Bindings().Fund(o, big.NewInt(1))
	err = wrap("fund", err)
	e.expectRevert("ether to a token contract", tx, err, ErrUnexpectedEther)
	funds, _ = d.c.Funds(e.ctx)
	owed, _ := d.c.Owed(e.ctx)
	surplus, _ := d.c.Surplus(e.ctx)
	wantEq(t, "funds = owed + surplus", funds, new(big.Int).Add(owed, surplus))
}
