package upkeeping

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/report"
)

// ether is 10^18 wei.
var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// account is a funded secp256k1 account of the simulated chain.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func (a account) opts(chainID *big.Int) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(a.key, chainID)
	if err != nil {
		panic(err)
	}
	return o
}

// env is one simulated chain (a real EVM with Prague) and its funded accounts.
type env struct {
	t       testing.TB
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	accts   []account
}

func newEnv(t testing.TB, nAccounts int) *env {
	t.Helper()
	alloc := types.GenesisAlloc{}
	accts := make([]account, nAccounts)
	for i := range accts {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		accts[i] = account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		alloc[accts[i].addr] = types.Account{Balance: eth(1_000_000)}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(100_000_000), chain.RulesOsaka.SimulatedOption())
	t.Cleanup(func() { _ = sim.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	c := sim.Client()
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, ctx: ctx, sim: sim, client: c, chainID: id, accts: accts}
}

func (e *env) opts(a account) *bind.TransactOpts { return a.opts(e.chainID) }

// commitIncluding commits a block and, should a transaction not be in it, more
// blocks until it is: the simulated backend's pool may not have promoted a
// transaction sent just before the commit, and a test that then waits for its
// receipt would wait forever (seen once in CI: TestQueriesAndEvents, 300 s). Every
// transaction is mined in the first block as a rule; an extra block is logged.
func (e *env) commitIncluding(txs ...*types.Transaction) {
	e.t.Helper()
	e.sim.Commit()
	for _, tx := range txs {
		for i := 0; ; i++ {
			if _, err := e.client.TransactionReceipt(e.ctx, tx.Hash()); err == nil {
				break
			}
			if i == 200 {
				e.t.Fatalf("tx %s not mined after %d blocks", tx.Hash(), i)
			}
			time.Sleep(10 * time.Millisecond)
			e.t.Logf("tx %s not in the block just committed: committing another", tx.Hash())
			e.sim.Commit()
		}
	}
}

// mine commits a block and returns the receipt of tx, failing the test if it reverted.
func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("send: %v", err)
	}
	e.commitIncluding(tx)
	r, err := Wait(e.ctx, e.client, tx)
	if err != nil {
		e.t.Fatalf("tx %s: %v", tx.Hash(), err)
	}
	return r
}

// mineAll commits a block and waits for every transaction.
func (e *env) mineAll(txs []*types.Transaction, err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("send: %v", err)
	}
	e.commitIncluding(txs...)
	for _, tx := range txs {
		if _, err := Wait(e.ctx, e.client, tx); err != nil {
			e.t.Fatalf("tx %s: %v", tx.Hash(), err)
		}
	}
}

// expectRevert checks that sending failed with the sentinel want (the revert is
// reported by gas estimation, before anything is sent).
func (e *env) expectRevert(what string, tx *types.Transaction, err error, want error) {
	e.t.Helper()
	if err == nil {
		e.commitIncluding(tx)
		_, err = Wait(e.ctx, e.client, tx)
	}
	if !errors.Is(err, want) {
		e.t.Fatalf("%s: got %v, want %v", what, err, want)
	}
	var re *RevertError
	if errors.As(err, &re) && re.Name == "" {
		e.t.Fatalf("%s: revert not decoded: %v", what, err)
	}
}

func (e *env) block() uint64 {
	n, err := e.client.BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// advanceTo commits empty blocks until the head is at least n.
func (e *env) advanceTo(n uint64) {
	for e.block() < n {
		e.sim.Commit()
	}
}

func (e *env) balance(a common.Address) *big.Int {
	b, err := e.client.BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// keeper is a test keeper: an account and a BLS key.
type keeper struct {
	account
	sk *bls.SecretKey
}

func newKeepers(t testing.TB, accts []account) []keeper {
	t.Helper()
	ks := make([]keeper, len(accts))
	for i, a := range accts {
		sk, err := bls.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		ks[i] = keeper{account: a, sk: sk}
	}
	return ks
}

// deployment is a deployed contract with its keepers and providers.
type deployment struct {
	*env
	c         *Contract
	owner     account
	keepers   []keeper // keepers[i] is member i of the group (registry ids ascending)
	providers []account
	params    Params
	stack     *Stack
	factory   *Factory
	groupID   uint32
	ids       []uint32 // registry ids of keepers[i]
}

type deployOpts struct {
	nKeepers   int
	nProviders int
	price      *big.Int // ×1e18 (default 3e18: 3 units per byte·block)
	token      common.Address
	leaderBps  uint16
	provBps    uint16
	slashBps   uint16
	vest       uint16   // vestPeriods (default 0: shares unlock at once)
	bond       *big.Int // keeperBond (default none)
	start      uint64   // 0: the block after deployment
	period     uint64
	finality   uint64
	fund       *big.Int // ether sent with the factory transaction (ether contracts)
	inbox      bool     // deploy the chain's BatchInbox and name it the ledger
}

// deploy sets up a chain (registry, factory), registers the keepers (each from its own
// account, so ids ascend with their order), creates their group and deploys a user
// contract through the factory. Accounts: 0 is the owner, then the keepers, then the
// providers.
func (e *env) deploy(o deployOpts) *deployment {
	e.t.Helper()
	if o.period == 0 {
		o.period = 10
	}
	if o.finality == 0 {
		o.finality = 2
	}
	if o.price == nil {
		o.price = new(big.Int).Mul(big.NewInt(3), PriceScale)
	}
	if o.provBps == 0 {
		o.provBps = DefaultProviderShareBps
	}
	owner := e.accts[0]
	keepers := newKeepers(e.t, e.accts[1:1+o.nKeepers])
	provAccts := e.accts[1+o.nKeepers : 1+o.nKeepers+o.nProviders]
	st, txs, err := DeployStack(e.ctx, e.client, e.opts(owner), o.inbox)
	e.mineAll(txs, err)
	d := &deployment{env: e, owner: owner, keepers: keepers, providers: provAccts, stack: st}
	for _, k := range keepers {
		e.mine(st.Registry.RegisterKeeper(e.ctx, e.opts(k.account), k.sk))
		id, ok, err := st.Registry.KeeperOf(e.ctx, k.addr)
		if err != nil || !ok {
			e.t.Fatalf("keeper %s: %v", k.addr, err)
		}
		d.ids = append(d.ids, id)
	}
	e.mine(st.Registry.CreateGroup(e.ctx, e.opts(owner), d.ids))
	if d.groupID, err = st.Registry.GroupOf(e.ctx, d.ids); err != nil {
		e.t.Fatal(err)
	}
	if d.factory, err = NewFactory(e.ctx, e.client, st.Factory); err != nil {
		e.t.Fatal(err)
	}
	start := o.start
	if start == 0 {
		start = e.block() + 1
	}
	p := DefaultParams(owner.addr, start, o.period, o.finality, 5, 20)
	p.Token, p.ProviderShareBps, p.LeaderBonusBps, p.SlashRewardBps, p.VestPeriods = o.token, o.provBps, o.leaderBps, o.slashBps, o.vest
	if o.inbox {
		p.Ledger = st.Inbox
	}
	if o.bond != nil {
		p.KeeperBond = o.bond
	}
	var provs []ProviderReg
	for _, a := range provAccts {
		provs = append(provs, ProviderReg{Account: a.addr, Price: o.price})
	}
	addr, tx, err := d.factory.Create(e.ctx, e.opts(owner), p, d.groupID, provs, SaltFromString(fmt.Sprint(len(e.accts), start)), o.fund)
	e.mine(tx, err)
	if d.c, err = New(e.ctx, e.client, addr); err != nil {
		e.t.Fatal(err)
	}
	if d.params, err = d.c.Params(e.ctx); err != nil {
		e.t.Fatal(err)
	}
	return d
}

// newGroup registers the keepers not yet registered (by their own accounts) and
// creates the group of all of them; it returns the group id.
func (d *deployment) newGroup(ks []keeper) uint32 {
	d.t.Helper()
	var ids []uint32
	for _, k := range ks {
		id, ok, err := d.stack.Registry.KeeperOf(d.ctx, k.addr)
		if err != nil {
			d.t.Fatal(err)
		}
		if !ok {
			d.mine(d.stack.Registry.RegisterKeeper(d.ctx, d.opts(k.account), k.sk))
			id, _, _ = d.stack.Registry.KeeperOf(d.ctx, k.addr)
		}
		ids = append(ids, id)
	}
	d.mine(d.stack.Registry.CreateGroup(d.ctx, d.opts(d.owner), ids))
	gid, err := d.stack.Registry.GroupOf(d.ctx, ids)
	if err != nil {
		d.t.Fatal(err)
	}
	return gid
}

// bitmap returns the bitmap of the given keeper indices.
func bitmap(idx ...int) *big.Int {
	b := new(big.Int)
	for _, i := range idx {
		b.SetBit(b, i, 1)
	}
	return b
}

// sign returns the aggregate signature of the given keepers (positions in the group
// of the deployment's first epoch) on r's digest and their bitmap.
func (d *deployment) sign(r *report.Report, signers ...int) (*big.Int, *bls.Signature) {
	d.t.Helper()
	return signWith(d.t, r, d.keepers, signers...)
}

// signWith signs r by members (by position) of a group whose keepers are ks.
func signWith(t testing.TB, r *report.Report, ks []keeper, signers ...int) (*big.Int, *bls.Signature) {
	t.Helper()
	digest := r.Digest()
	sigs := make([]*bls.Signature, len(signers))
	for i, s := range signers {
		sigs[i] = ks[s].sk.Sign(digest[:])
	}
	agg, err := bls.AggregateSignatures(sigs)
	if err != nil {
		t.Fatal(err)
	}
	return bitmap(signers...), agg
}

// report builds a report for te over the given providers with their current lastPaid.
func (d *deployment) report(te uint64, leader uint32, st ...int64) *report.Report {
	d.t.Helper()
	r := &report.Report{
		ChainID: d.chainID, Contract: d.c.Address, Te: te, Leader: leader, FailedBitmap: new(big.Int),
	}
	for i, v := range st {
		lp, err := d.c.LastPaid(d.ctx, uint32(i))
		if err != nil {
			d.t.Fatal(err)
		}
		r.Entries = append(r.Entries, report.Entry{Provider: uint32(i), Ts: lp, St: big.NewInt(v)})
	}
	return r
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func bigU(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func asRevert(err error, re **RevertError) bool { return errors.As(err, re) }

func isErr(err, target error) bool { return errors.Is(err, target) }
