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

	// The chain's stack, each keeper registering itself (its PoP binds the registry),
	// their group, and the user's contract through the factory with its funding.
	st, txs, err := DeployStack(ctx, client, opts(owner), true)
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range txs {
		wait(tx, nil)
	}
	var ids []uint32
	for _, k := range keepers {
		wait(st.Registry.RegisterKeeper(ctx, opts(k.account), k.sk))
		id, _, _ := st.Registry.KeeperOf(ctx, k.addr)
		ids = append(ids, id)
	}
	wait(st.Registry.CreateGroup(ctx, opts(owner), ids))
	gid, err := st.Registry.GroupOf(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	f, err := NewFactory(ctx, client, st.Factory)
	if err != nil {
		t.Fatal(err)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := DefaultParams(owner.addr, head+2, 3, 1, 2, 6)
	p.Ledger, p.VestPeriods = st.Inbox, 0
	price := new(big.Int).Mul(big.NewInt(1_000_000_007), PriceScale)
	addr, tx, err := f.Create(ctx, opts(owner), p, gid, []ProviderReg{{Account: provider.addr, Price: price}}, SaltFromString("geth"), eth(1))
	rc := wait(tx, err)
	t.Logf("user-setup on geth --dev (clone, 4 keepers by reference, 1 provider, fund): %d gas", rc.GasUsed)
	c, err := New(ctx, client, addr)
	if err != nil {
		t.Fatal(err)
	}
	if led, _ := c.Bindings().Ledger(nil); led != st.Inbox {
		t.Fatalf("ledger %s, want the inbox %s", led, st.Inbox)
	}
	if ok, err := c.IsActiveKeeper(ctx, owner.addr); err != nil || ok {
		t.Fatalf("isActiveKeeper(owner): %v %v", ok, err)
	}
	p.Start = c.Config().Start

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
	stv := big.NewInt(123_456)
	r := &report.Report{ChainID: chainID, Contract: c.Address, Te: te, Leader: 1, FailedBitmap: new(big.Int),
		Entries: []report.Entry{{Provider: 0, Ts: p.Start, St: stv}}}
	digest := r.Digest()
	var sigs []*bls.Signature
	for _, k := range keepers[1:] {
		sigs = append(sigs, k.sk.Sign(digest[:]))
	}
	agg, _ := bls.AggregateSignatures(sigs)
	rc = wait(c.Pay(ctx, opts(keepers[1].account), r, bitmap(1, 2, 3), agg))
	t.Logf("pay on geth --dev: %d gas", rc.GasUsed)
	if ok, err := c.IsActiveKeeper(ctx, keepers[3].addr); err != nil || !ok {
		t.Fatalf("isActiveKeeper: %v %v", ok, err)
	}

	// A second submission of the same interval is refused, with the decoded error.
	if _, err := c.Pay(ctx, opts(keepers[1].account), r, bitmap(1, 2, 3), agg); !errors.Is(err, ErrStaleInterval) {
		t.Fatalf("second pay: %v", err)
	}
	amount := new(big.Int).Mul(stv, big.NewInt(1_000_000_007))
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
		txs, err := c.Withdraw(ctx, opts(who.a))
		if err != nil {
			t.Fatal(err)
		}
		rc := wait(txs[0], nil)
		after, _ := client.BalanceAt(ctx, who.a.addr, nil)
		got := new(big.Int).Add(new(big.Int).Sub(after, before), gasCost(rc))
		if got.Cmp(who.want) != 0 {
			t.Fatalf("withdrew %v, want %v", got, who.want)
		}
	}
	owed, _ := c.Owed(ctx)
	funds, _ := c.Funds(ctx)
	surplus, _ := c.Surplus(ctx)
	if new(big.Int).Add(owed, surplus).Cmp(funds) != 0 {
		t.Fatalf("funds %v != owed %v + surplus %v", funds, owed, surplus)
	}
}
