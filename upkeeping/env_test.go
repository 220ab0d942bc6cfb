package upkeeping

import (
	"context"
	"crypto/ecdsa"
	"errors"
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

// mine commits a block and returns the receipt of tx, failing the test if it reverted.
func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("send: %v", err)
	}
	e.sim.Commit()
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
	e.sim.Commit()
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
		e.sim.Commit()
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
	keepers   []keeper
	providers []account
	params    Params
}

type deployOpts struct {
	nKeepers   int
	nProviders int
	price      *big.Int
	token      common.Address
	leaderBps  uint16
	provBps    uint16
	start      uint64 // 0: the block after deployment
	period     uint64
	finality   uint64
	viaAdd     bool // register keepers after deployment instead of in the constructor
}

// deploy deploys a contract whose keepers are registered in the constructor (PoPs for
// the predicted address) or, with viaAdd, by addKeepers afterwards. Accounts: 0 is
// the owner, then the keepers, then the providers.
func (e *env) deploy(o deployOpts) *deployment {
	e.t.Helper()
	if o.period == 0 {
		o.period = 10
	}
	if o.finality == 0 {
		o.finality = 2
	}
	if o.price == nil {
		o.price = big.NewInt(3)
	}
	if o.provBps == 0 {
		o.provBps = DefaultProviderShareBps
	}
	owner := e.accts[0]
	keepers := newKeepers(e.t, e.accts[1:1+o.nKeepers])
	provAccts := e.accts[1+o.nKeepers : 1+o.nKeepers+o.nProviders]
	start := o.start
	if start == 0 {
		start = e.block() + 1
	}
	p := Params{
		Owner: owner.addr, Token: o.token, Start: start, Period: o.period, Finality: o.finality,
		Window: 5, Stale: 20, ProviderShareBps: o.provBps, LeaderBonusBps: o.leaderBps,
	}
	predicted, _, err := PredictAddress(e.ctx, e.client, owner.addr)
	if err != nil {
		e.t.Fatal(err)
	}
	var regs []KeeperReg
	for _, k := range keepers {
		regs = append(regs, NewKeeperReg(k.sk, k.addr, e.chainID.Uint64(), predicted))
	}
	var provs []ProviderReg
	for _, a := range provAccts {
		provs = append(provs, ProviderReg{Account: a.addr, Price: o.price})
	}
	ctorKeepers := regs
	if o.viaAdd {
		ctorKeepers = nil
	}
	c, tx, err := Deploy(e.ctx, e.client, e.opts(owner), p, ctorKeepers, provs)
	e.mine(tx, err)
	if c.Address != predicted {
		e.t.Fatalf("deployed at %s, predicted %s", c.Address, predicted)
	}
	if o.viaAdd {
		for i := 0; i < len(regs); i += 16 {
			j := min(i+16, len(regs))
			tx, err := c.AddKeepers(e.ctx, e.opts(owner), regs[i:j])
			e.mine(tx, err)
		}
	}
	return &deployment{env: e, c: c, owner: owner, keepers: keepers, providers: provAccts, params: p}
}

// bitmap returns the bitmap of the given keeper indices.
func bitmap(idx ...int) *big.Int {
	b := new(big.Int)
	for _, i := range idx {
		b.SetBit(b, i, 1)
	}
	return b
}

// sign returns the aggregate signature of the given keepers on r's digest and their
// bitmap.
func (d *deployment) sign(r *report.Report, signers ...int) (*big.Int, *bls.Signature) {
	d.t.Helper()
	digest := r.Digest()
	sigs := make([]*bls.Signature, len(signers))
	for i, s := range signers {
		sigs[i] = d.keepers[s].sk.Sign(digest[:])
	}
	agg, err := bls.AggregateSignatures(sigs)
	if err != nil {
		d.t.Fatal(err)
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
