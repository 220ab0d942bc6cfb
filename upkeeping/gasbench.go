package upkeeping

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"github.com/whitepay/whitepay/internal/chain"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/report"
)

// GasSample is one measured transaction: the operation, the keepers registered (N),
// the signers of a pay, the entries of a pay, and the gas used (receipt).
type GasSample struct {
	Op      string `json:"op"`
	Keepers int    `json:"keepers"`
	Signers int    `json:"signers"`
	Entries int    `json:"entries"`
	Gas     uint64 `json:"gas"`
}

// GasBenchConfig selects what RunGasBench measures.
type GasBenchConfig struct {
	Rules        chain.Rules
	PayKeepers   []int // N for the 1-entry pays at quorum (default 4, 7, 21, 64)
	EntryKeepers int   // N for the many-entry pays and the signer sweep (default 21)
	Entries      []int // entry counts for the many-entry pays (default 16, 64, 128)
}

func (c *GasBenchConfig) defaults() {
	if c.Rules == "" {
		c.Rules = chain.RulesOsaka
	}
	if len(c.PayKeepers) == 0 {
		c.PayKeepers = []int{4, 7, 21, 64}
	}
	if c.EntryKeepers == 0 {
		c.EntryKeepers = 21
	}
	if len(c.Entries) == 0 {
		c.Entries = []int{16, 64, 128}
	}
}

// Gas bench operations (GasSample.Op).
const (
	OpDeployRegistry = "deploy-registry" // the chain's keeper registry (once per chain)
	OpDeployFactory  = "deploy-factory"  // the factory with the implementation (once per chain)
	OpRegister       = "register"        // a keeper's key and PoP, once per chain
	OpGroupCreate    = "group-create"    // a keeper group (once per chain and set)
	OpUserSetup      = "user-setup"      // factory clone + group by reference + providers + fund, one tx
	OpAddProvider    = "add-provider"
	OpFund           = "fund"
	OpFundERC20      = "fund-erc20"
	OpScheduleGroup  = "schedule-group"
	OpSetPrice       = "set-price"
	OpPay            = "pay"
	OpWithdrawProv   = "withdraw-provider"
	OpWithdrawKeeper = "withdraw-keeper"
	OpAnnounce       = "announce"
)

// RunGasBench measures the gas of the contracts' operations on a fresh simulated chain
// (a real EVM) with real herumi BLS signatures: the chain-wide contracts, a keeper's
// registration, group creation, a user's whole set-up (one factory transaction:
// clone, group by reference, 3 providers, funding), funding, scheduled changes, pay
// with one entry at quorum for each N, pay at N = EntryKeepers with 15..21 signers and
// with many entries, and withdrawals. Each pay measured is the first of its period on
// a contract that has been paid before (the steady state: every storage slot it
// touches is already non-zero, as on a running contract).
func RunGasBench(ctx context.Context, cfg GasBenchConfig) ([]GasSample, error) {
	cfg.defaults()
	maxEntries := 4
	for _, e := range cfg.Entries {
		maxEntries = max(maxEntries, e)
	}
	maxKeepers := cfg.EntryKeepers
	for _, n := range cfg.PayKeepers {
		maxKeepers = max(maxKeepers, n)
	}
	if maxKeepers > MaxKeepers {
		return nil, fmt.Errorf("upkeeping: at most %d keepers", MaxKeepers)
	}
	b, err := newGasBench(ctx, cfg.Rules, maxKeepers, maxEntries)
	if err != nil {
		return nil, err
	}
	defer b.sim.Close()
	if err := b.deployStack(); err != nil {
		return nil, err
	}
	for i := range b.keepers {
		op := ""
		if i == 0 {
			op = OpRegister
		}
		if err := b.measure(op, 1, 0, 0, func() (*types.Transaction, error) {
			return b.stack.Registry.RegisterKeeper(ctx, b.opts(b.keepers[i].benchAccount), b.keepers[i].sk)
		}); err != nil {
			return nil, err
		}
	}
	if err := b.measure(OpAnnounce, 0, 0, 0, func() (*types.Transaction, error) {
		return b.stack.Registry.Announce(ctx, b.opts(b.keepers[0].benchAccount), []string{"/ip4/203.0.113.7/tcp/4001/p2p/12D3KooWExampleExampleExampleExampleExampleExample"})
	}); err != nil {
		return nil, err
	}
	groups := map[int]uint32{}
	for _, n := range append(append([]int(nil), cfg.PayKeepers...), cfg.EntryKeepers) {
		if _, ok := groups[n]; ok {
			continue
		}
		if groups[n], err = b.group(n); err != nil {
			return nil, err
		}
	}

	// A user's set-up at N = EntryKeepers with 3 providers, funded in the same tx.
	n := cfg.EntryKeepers
	c, err := b.create(groups[n], 3, OpUserSetup, n)
	if err != nil {
		return nil, err
	}
	if err := b.measure(OpAddProvider, n, 0, 0, func() (*types.Transaction, error) {
		return c.AddProvider(ctx, b.opts(b.owner), b.providers[3].addr, big.NewInt(2_000_000_000_000_000))
	}); err != nil {
		return nil, err
	}
	if err := b.measure(OpFund, n, 0, 0, func() (*types.Transaction, error) {
		txs, err := c.Fund(ctx, b.opts(b.owner), big.NewInt(1e18))
		if err != nil {
			return nil, err
		}
		return txs[0], nil
	}); err != nil {
		return nil, err
	}
	if err := b.measure(OpSetPrice, n, 0, 0, func() (*types.Transaction, error) {
		return c.SetPrice(ctx, b.opts(b.owner), 3, big.NewInt(3_000_000_000_000_000))
	}); err != nil {
		return nil, err
	}
	if err := b.measure(OpScheduleGroup, n, 0, 0, func() (*types.Transaction, error) {
		return c.ScheduleGroup(ctx, b.opts(b.owner), groups[cfg.PayKeepers[0]])
	}); err != nil {
		return nil, err
	}
	if err := b.fundERC20(ctx); err != nil {
		return nil, err
	}

	// pay with one entry at quorum, for each N.
	for _, n := range cfg.PayKeepers {
		if n == cfg.EntryKeepers {
			continue // measured below on the many-entry contract
		}
		c, err := b.create(groups[n], 1, "", n)
		if err != nil {
			return nil, err
		}
		if err := b.pay(c, n, n*2/3+1, 1, false); err != nil {
			return nil, err
		}
		if err := b.pay(c, n, n*2/3+1, 1, true); err != nil {
			return nil, err
		}
	}
	// At N = EntryKeepers: 1 entry with q..N signers, then the many-entry reports, then
	// withdrawals.
	c, err = b.create(groups[n], maxEntries, "", n)
	if err != nil {
		return nil, err
	}
	q := n*2/3 + 1
	if err := b.pay(c, n, q, 1, false); err != nil {
		return nil, err
	}
	for signers := q; signers <= n; signers++ {
		if err := b.pay(c, n, signers, 1, true); err != nil {
			return nil, err
		}
	}
	for _, e := range cfg.Entries {
		if err := b.pay(c, n, q, e, false); err != nil { // the first pay of these providers
			return nil, err
		}
		if err := b.pay(c, n, q, e, true); err != nil {
			return nil, err
		}
	}
	if err := b.measure(OpWithdrawProv, n, 0, 0, func() (*types.Transaction, error) {
		return c.WithdrawProvider(ctx, b.opts(b.providers[0]), 0)
	}); err != nil {
		return nil, err
	}
	// The keepers' shares unlock vestPeriods periods after they were paid.
	p := c.Config()
	if err := b.advance(b.head() + uint64(p.VestPeriods+1)*p.Period); err != nil {
		return nil, err
	}
	if err := b.measure(OpWithdrawKeeper, n, 0, 0, func() (*types.Transaction, error) {
		return c.WithdrawKeeper(ctx, b.opts(b.keepers[1].benchAccount), 2, []uint64{0})
	}); err != nil {
		return nil, err
	}
	var out []GasSample
	for _, s := range b.samples {
		if s.Op != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

type benchAccount struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

type benchKeeper struct {
	benchAccount
	sk *bls.SecretKey
}

type gasBench struct {
	ctx       context.Context
	sim       *simulated.Backend
	client    simulated.Client
	chainID   *big.Int
	owner     benchAccount
	keepers   []benchKeeper
	providers []benchAccount
	samples   []GasSample
	stack     *Stack
	salt      int
}

func newBenchAccount() (benchAccount, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return benchAccount{}, err
	}
	return benchAccount{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}, nil
}

func newGasBench(ctx context.Context, rules chain.Rules, nKeepers, nProviders int) (*gasBench, error) {
	b := &gasBench{ctx: ctx}
	alloc := types.GenesisAlloc{}
	fund := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	var err error
	if b.owner, err = newBenchAccount(); err != nil {
		return nil, err
	}
	alloc[b.owner.addr] = types.Account{Balance: fund}
	for range nKeepers {
		a, err := newBenchAccount()
		if err != nil {
			return nil, err
		}
		sk, err := bls.GenerateKey()
		if err != nil {
			return nil, err
		}
		alloc[a.addr] = types.Account{Balance: fund}
		b.keepers = append(b.keepers, benchKeeper{benchAccount: a, sk: sk})
	}
	for range nProviders {
		a, err := newBenchAccount()
		if err != nil {
			return nil, err
		}
		alloc[a.addr] = types.Account{Balance: fund}
		b.providers = append(b.providers, a)
	}
	b.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(200_000_000), rules.SimulatedOption())
	b.client = b.sim.Client()
	if b.chainID, err = b.client.ChainID(ctx); err != nil {
		b.sim.Close()
		return nil, err
	}
	return b, nil
}

func (b *gasBench) opts(a benchAccount) *bind.TransactOpts {
	o, _ := bind.NewKeyedTransactorWithChainID(a.key, b.chainID)
	o.Context = b.ctx
	return o
}

// mine commits blocks until tx is mined, and checks that it succeeded.
func (b *gasBench) mine(tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, err
	}
	if err := b.commitUntil(tx); err != nil {
		return nil, err
	}
	return Wait(b.ctx, b.client, tx)
}

// commitUntil commits blocks until every tx has a receipt: the simulated backend's
// pool may take a sent transaction after the next Commit (a Commit then a wait on
// the receipt would hang).
func (b *gasBench) commitUntil(txs ...*types.Transaction) error {
	for _, tx := range txs {
		for i := 0; ; i++ {
			if _, err := b.client.TransactionReceipt(b.ctx, tx.Hash()); err == nil {
				break
			}
			if i == 500 {
				return fmt.Errorf("upkeeping: bench: tx %s not mined after %d blocks", tx.Hash(), i)
			}
			if i > 0 {
				time.Sleep(10 * time.Millisecond)
			}
			b.sim.Commit()
		}
	}
	return nil
}

func (b *gasBench) measure(op string, keepers, signers, entries int, send func() (*types.Transaction, error)) error {
	r, err := b.mine(send())
	if err != nil {
		return fmt.Errorf("bench %s (N=%d): %w", op, keepers, err)
	}
	b.samples = append(b.samples, GasSample{Op: op, Keepers: keepers, Signers: signers, Entries: entries, Gas: r.GasUsed})
	return nil
}

func (b *gasBench) params(start uint64) Params {
	p := DefaultParams(b.owner.addr, start, 10, 2, 5, 20)
	p.BlockTimeMs = 12000
	return p
}

func (b *gasBench) head() uint64 {
	h, _ := b.client.BlockNumber(b.ctx)
	return h
}

// advance commits empty blocks until the head is at least n.
func (b *gasBench) advance(n uint64) error {
	for {
		h, err := b.client.BlockNumber(b.ctx)
		if err != nil {
			return err
		}
		if h >= n {
			return nil
		}
		b.sim.Commit()
	}
}

// deployStack deploys the registry and the factory, recording their gas.
func (b *gasBench) deployStack() error {
	st, txs, err := DeployStack(b.ctx, b.client, b.opts(b.owner), false)
	if err != nil {
		return err
	}
	if err := b.commitUntil(txs...); err != nil {
		return err
	}
	ops := []string{OpDeployRegistry, "", OpDeployFactory}
	for i, tx := range txs {
		r, err := Wait(b.ctx, b.client, tx)
		if err != nil {
			return fmt.Errorf("bench deploy: %w", err)
		}
		gas := r.GasUsed
		if i == 2 {
			gas += b.samples[len(b.samples)-1].Gas // the factory needs its cold half
			b.samples = b.samples[:len(b.samples)-1]
		}
		b.samples = append(b.samples, GasSample{Op: ops[i], Gas: gas})
	}
	b.stack = st
	return nil
}

// group creates the group of the first n keepers (registry ids 1..n), recording its gas.
func (b *gasBench) group(n int) (uint32, error) {
	ids := make([]uint32, n)
	for i := range ids {
		ids[i] = uint32(i + 1)
	}
	if err := b.measure(OpGroupCreate, n, 0, 0, func() (*types.Transaction, error) {
		return b.stack.Registry.CreateGroup(b.ctx, b.opts(b.owner), ids)
	}); err != nil {
		return 0, err
	}
	return b.stack.Registry.GroupOf(b.ctx, ids)
}

// create deploys and funds a user's contract on group gid with the first nProviders
// providers (recording the transaction as op unless op is empty).
func (b *gasBench) create(gid uint32, nProviders int, op string, n int) (*Contract, error) {
	f, err := NewFactory(b.ctx, b.client, b.stack.Factory)
	if err != nil {
		return nil, err
	}
	var provs []ProviderReg
	for _, p := range b.providers[:nProviders] {
		provs = append(provs, ProviderReg{Account: p.addr, Price: big.NewInt(2_000_000_000_000_000)}) // ~0.0005 ETH/TiB-month at 12 s
	}
	b.salt++
	var addr common.Address
	fund := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	if err := b.measure(op, n, 0, nProviders, func() (*types.Transaction, error) {
		a, tx, err := f.Create(b.ctx, b.opts(b.owner), b.params(b.head()+1), gid, provs, SaltFromString(fmt.Sprint(b.salt)), fund)
		addr = a
		return tx, err
	}); err != nil {
		return nil, err
	}
	return New(b.ctx, b.client, addr)
}

// pay pays the next period of the first `entries` providers, signed by the first
// `signers` members, leader 0, nobody failed; measured unless warm is false (a
// first pay, which also makes the contract's slots non-zero).
func (b *gasBench) pay(c *Contract, n, signers, entries int, measured bool) error {
	p := c.Config()
	var te uint64
	r := &report.Report{ChainID: b.chainID, Contract: c.Address, FailedBitmap: new(big.Int)}
	for i := range entries {
		lp, err := c.LastPaid(b.ctx, uint32(i))
		if err != nil {
			return err
		}
		te = max(te, lp+p.Period)
		r.Entries = append(r.Entries, report.Entry{Provider: uint32(i), Ts: lp, St: big.NewInt(int64(1_000_003_000_000 * (i + 1)))})
	}
	r.Te = te
	if err := b.advance(te + p.Finality); err != nil {
		return err
	}
	digest := r.Digest()
	sigs := make([]*bls.Signature, signers)
	bitmap := new(big.Int)
	for i := range signers {
		sigs[i] = b.keepers[i].sk.Sign(digest[:])
		bitmap.SetBit(bitmap, i, 1)
	}
	agg, err := bls.AggregateSignatures(sigs)
	if err != nil {
		return err
	}
	op := ""
	if measured {
		op = OpPay
	}
	return b.measure(op, n, signers, entries, func() (*types.Transaction, error) {
		return c.Pay(b.ctx, b.opts(b.keepers[0].benchAccount), r, bitmap, agg)
	})
}

// fundERC20 measures fund in an ERC-20 (after its approval) on a small contract.
func (b *gasBench) fundERC20(ctx context.Context) error {
	tokAddr, tx, tok, err := bindings.DeployTestToken(b.opts(b.owner), b.client, "Bench", "BNCH")
	if _, err := b.mine(tx, err); err != nil {
		return err
	}
	f, err := NewFactory(ctx, b.client, b.stack.Factory)
	if err != nil {
		return err
	}
	p := b.params(b.head() + 1)
	p.Token = tokAddr
	gid, err := b.stack.Registry.GroupOf(ctx, []uint32{1, 2, 3, 4})
	if err != nil {
		return err
	}
	addr, tx, err := f.Create(ctx, b.opts(b.owner), p, gid, nil, SaltFromString("erc20"), nil)
	if _, err := b.mine(tx, err); err != nil {
		return err
	}
	c, err := New(ctx, b.client, addr)
	if err != nil {
		return err
	}
	amount := big.NewInt(1e18)
	if _, err := b.mine(tok.Mint(b.opts(b.owner), b.owner.addr, amount)); err != nil {
		return err
	}
	txs, err := c.Fund(ctx, b.opts(b.owner), amount) // approve, then fund
	if err != nil {
		return err
	}
	if err := b.commitUntil(txs...); err != nil {
		return err
	}
	for i, tx := range txs {
		r, err := Wait(ctx, b.client, tx)
		if err != nil {
			return fmt.Errorf("bench fund-erc20: %w", err)
		}
		if i == len(txs)-1 {
			b.samples = append(b.samples, GasSample{Op: OpFundERC20, Gas: r.GasUsed})
		}
	}
	return nil
}
