package upkeeping

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/report"
)

// TestGethDevFlow runs deploy → register → fund → pay → withdraw over JSON-RPC
// against a real `geth --dev` node started here (scripts/deps.sh installs geth).
func TestGethDevFlow(t *testing.T) {
	if _, err := chain.FindGeth(); err != nil {
		t.Fatalf("%v: run scripts/deps.sh to install geth %s", err, chain.GethVersion)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	logf, err := os.Create(filepath.Join(t.TempDir(), "geth.log"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := chain.StartGeth(ctx, chain.GethOptions{DataDir: t.TempDir(), Log: logf})
	if err != nil {
		t.Fatalf("start geth: %v", err)
	}
	t.Cleanup(func() { _ = g.Stop() })
	client, chainID, err := chain.Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)

	newAcct := func() account {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		return account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	}
	owner, provider := newAcct(), newAcct()
	keepers := make([]keeper, 4)
	addrs := []common.Address{owner.addr, provider.addr}
	for i := range keepers {
		sk, err := bls.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keepers[i] = keeper{account: newAcct(), sk: sk}
		addrs = append(addrs, keepers[i].addr)
	}
	if err := g.Fund(ctx, eth(100), addrs...); err != nil {
		t.Fatal(err)
	}
	opts := func(a account) *bind.TransactOpts { return a.opts(chainID) }
	wait := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		r, err := Wait(ctx, client, tx)
		if err != nil {
			t.Fatalf("tx %s: %v", tx.Hash(), err)
		}
		return r
	}

	// Deploy with the keepers in the constructor (PoPs for the predicted address).
	predicted, _, err := PredictAddress(ctx, client, owner.addr)
	if err != nil {
		t.Fatal(err)
	}
	var regs []KeeperReg
	for _, k := range keepers[:3] {
		regs = append(regs, NewKeeperReg(k.sk, k.addr, chainID.Uint64(), predicted))
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := DefaultParams(owner.addr, head+2, 3, 1, 2, 6)
	price := big.NewInt(1_000_000_007)
	c, tx, err := Deploy(ctx, client, opts(owner), p, regs, []ProviderReg{{Account: provider.addr, Price: price}})
	wait(tx, err)
	if c.Address != predicted {
		t.Fatalf("deployed at %s, predicted %s", c.Address, predicted)
	}
	// Register the fourth keeper afterwards (PoP for the deployed address).
	wait(c.AddKeeper(ctx, opts(owner), NewKeeperReg(keepers[3].sk, keepers[3].addr, chainID.Uint64(), c.Address)))
	if n, err := c.Counts(ctx); err != nil || n.Active != 4 {
		t.Fatalf("counts %+v %v", n, err)
	}
	txs, err := c.Fund(ctx, opts(owner), eth(1))
	if err != nil {
		t.Fatal(err)
	}
	wait(txs[len(txs)-1], nil)

	// Wait for the first period to end and become final, then pay it.
	te := p.Start + p.Period
	for {
		n, err := client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= te+p.Finality {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
	st := big.NewInt(123_456)
	r := &report.Report{ChainID: chainID, Contract: c.Address, Te: te, Leader: 1, FailedBitmap: new(big.Int),
		Entries: []report.Entry{{Provider: 0, Ts: p.Start, St: st}}}
	digest := r.Digest()
	var sigs []*bls.Signature
	for _, k := range keepers[1:] {
		sigs = append(sigs, k.sk.Sign(digest[:]))
	}
	agg, _ := bls.AggregateSignatures(sigs)
	rc := wait(c.Pay(ctx, opts(keepers[1].account), r, bitmap(1, 2, 3), agg))
	t.Logf("pay on geth --dev: %d gas", rc.GasUsed)

	// A second submission of the same interval is refused, with the decoded error.
	if _, err := c.Pay(ctx, opts(keepers[1].account), r, bitmap(1, 2, 3), agg); !errors.Is(err, ErrStaleInterval) {
		t.Fatalf("second pay: %v", err)
	}
	amount := new(big.Int).Mul(st, price)
	want := expectedSplit([]*big.Int{amount}, DefaultProviderShareBps, 0, 4)
	if lp, err := c.LastPaid(ctx, 0); err != nil || lp != te {
		t.Fatalf("lastPaid %d %v", lp, err)
	}
	reps, err := c.FilterReports(ctx, 0, nil)
	if err != nil || len(reps) != 1 || reps[0].Total.Cmp(amount) != 0 {
		t.Fatalf("reports %+v %v", reps, err)
	}

	// Withdraw: the provider and a keeper get exactly their credit.
	for _, who := range []struct {
		a    account
		want *big.Int
	}{{provider, want.provider[0]}, {keepers[2].account, want.keeperShare}} {
		credit, err := c.BalanceOf(ctx, who.a.addr)
		if err != nil || credit.Cmp(who.want) != 0 {
			t.Fatalf("credit %v %v, want %v", credit, err, who.want)
		}
		before, _ := client.BalanceAt(ctx, who.a.addr, nil)
		rc := wait(c.Withdraw(ctx, opts(who.a)))
		after, _ := client.BalanceAt(ctx, who.a.addr, nil)
		got := new(big.Int).Add(new(big.Int).Sub(after, before), gasCost(rc))
		if got.Cmp(who.want) != 0 {
			t.Fatalf("withdrew %v, want %v", got, who.want)
		}
	}
	// The owner can take the surplus, not more.
	surplus, _ := c.Surplus(ctx)
	if _, err := c.WithdrawSurplus(ctx, opts(owner), owner.addr, new(big.Int).Add(surplus, big.NewInt(1))); !errors.Is(err, ErrSurplusExceeded) {
		t.Fatalf("owner over-withdrawal: %v", err)
	}
	wait(c.WithdrawSurplus(ctx, opts(owner), owner.addr, surplus))
	owed, _ := c.Owed(ctx)
	funds, _ := c.Funds(ctx)
	if owed.Cmp(funds) != 0 {
		t.Fatalf("after the owner's withdrawal: funds %v, owed %v", funds, owed)
	}
}
