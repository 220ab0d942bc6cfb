package upkeeping

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"github.com/whitepay/whitepay/internal/chain"
	"math/big"

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
	EntryKeepers int   // N for the many-entry pays (default 21)
	Entries      []int // entry counts for the many-entry pays (default 16, 64, 128)
}

func (c *GasBenchConfig) defaults() {
	if c.Rules == "" {
		c.Rules = chain.RulesDev
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

// RunGasBench measures the gas of the contract's operations on a fresh simulated
// chain (a real EVM) with real herumi BLS signatures: deploy, keeper registration (one
// and a batch), adding a provider, funding in ether and in an ERC-20, pay with one
// entry at quorum for each N, pay with many entries, and withdrawals.
func RunGasBench(ctx context.Context, cfg GasBenchConfig) ([]GasSample, error) {
	cfg.defaults()
	maxEntries := 1
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

	// Deploy (empty), register one keeper, then a batch, add a provider, fund.
	c, err := b.deploy(0)
	if err != nil {
		return nil, err
	}
	regs, err := b.keeperRegs(c, 0, 21)
	if err != nil {
		return nil, err
	}
	if err := b.measure("register", 1, 0, 0, func() (*types.Transaction, error) {
		return c.AddKeeper(ctx, b.opts(b.owner), regs[0])
	}); err != nil {
		return nil, err
	}
	if err := b.measure("register-batch", 21, 0, 0, func() (*types.Transaction, error) {
		return c.AddKeepers(ctx, b.opts(b.owner), regs[1:])
	}); err != nil {
		return nil, err
	}
	if err := b.measure("add-provider", 21, 0, 0, func() (*types.Transaction, error) {
		return c.AddProvider(ctx, b.opts(b.owner), b.providers[0].addr, big.NewInt(1))
	}); err != nil {
		return nil, err
	}
	if err := b.measure("fund", 21, 0, 0, func() (*types.Transaction, error) {
		txs, err := c.Fund(ctx, b.opts(b.owner), big.NewInt(1e18))
		if err != nil {
			return nil, err
		}
		return txs[0], nil
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
		c, err := b.setup(n, 1)
		if err != nil {
			return nil, err
		}
		if err := b.pay(c, n, 1); err != nil {
			return nil, err
		}
	}
	// At N = EntryKeepers: 1 entry, then the many-entry reports, then withdrawals.
	n := cfg.EntryKeepers
	c, err = b.setup(n, maxEntries)
	if err != nil {
		return nil, err
	}
	if err := b.pay(c, n, 1); err != nil {
		return nil, err
	}
	for _, e := range cfg.Entries {
		if err := b.pay(c, n, e); err != nil {
			return nil, err
		}
	}
	if err := b.measure("withdraw-provider", n, 0, 0, func() (*types.Transaction, error) {
		return c.Withdraw(ctx, b.opts(b.providers[0]))
	}); err != nil {
		return nil, err
	}
	if err := b.measure("withdraw-keeper", n, 0, 0, func() (*types.Transaction, error) {
		return c.Withdraw(ctx, b.opts(b.keepers[1].benchAccount))
	}); err != nil {
		return nil, err
	}
	return b.samples, nil
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

// mine commits a block and waits for tx, which must succeed.
func (b *gasBench) mine(tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, err
	}
	b.sim.Commit()
	return Wait(b.ctx, b.client, tx)
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
	return p
}

// deploy deploys a contract with nProviders providers and no keepers, recording the
// "deploy" sample for the empty one.
func (b *gasBench) deploy(nProviders int) (*Contract, error) {
	head, err := b.client.BlockNumber(b.ctx)
	if err != nil {
		return nil, err
	}
	var provs []ProviderReg
	for _, p := range b.providers[:nProviders] {
		provs = append(provs, ProviderReg{Account: p.addr, Price: big.NewInt(1_000_000_000)})
	}
	c, tx, err := Deploy(b.ctx, b.client, b.opts(b.owner), b.params(head+1), nil, nil)
	r, err := b.mine(tx, err)
	if err != nil {
		return nil, fmt.Errorf("bench deploy: %w", err)
	}
	if nProviders == 0 {
		b.samples = append(b.samples, GasSample{Op: "deploy", Gas: r.GasUsed})
	}
	for i := 0; i < len(provs); i += 16 {
		if _, err := b.mine(c.AddProviders(b.ctx, b.opts(b.owner), provs[i:min(i+16, len(provs))])); err != nil {
			return nil, fmt.Errorf("bench add providers: %w", err)
		}
	}
	return c, nil
}

func (b *gasBench) keeperRegs(c *Contract, from, to int) ([]KeeperReg, error) {
	var regs []KeeperReg
	for _, k := range b.keepers[from:to] {
		regs = append(regs, NewKeeperReg(k.sk, k.addr, b.chainID.Uint64(), c.Address))
	}
	return regs, nil
}

// setup deploys a contract with nProviders providers and n keepers (registered in
// batches of 16, under the per-transaction gas cap of Osaka), funded.
func (b *gasBench) setup(n, nProviders int) (*Contract, error) {
	c, err := b.deploy(nProviders)
	if err != nil {
		return nil, err
	}
	for i := 0; i < n; i += 16 {
		regs, err := b.keeperRegs(c, i, min(i+16, n))
		if err != nil {
			return nil, err
		}
		if _, err := b.mine(c.AddKeepers(b.ctx, b.opts(b.owner), regs)); err != nil {
			return nil, fmt.Errorf("bench register: %w", err)
		}
	}
	txs, err := c.Fund(b.ctx, b.opts(b.owner), new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)))
	if err != nil {
		return nil, err
	}
	if _, err := b.mine(txs[0], nil); err != nil {
		return nil, err
	}
	return c, nil
}

// pay pays the next period with the first `entries` providers, signed by the first
// q keepers, leader 0, nobody failed.
func (b *gasBench) pay(c *Contract, n, entries int) error {
	p, err := c.Params(b.ctx)
	if err != nil {
		return err
	}
	var te uint64
	r := &report.Report{ChainID: b.chainID, Contract: c.Address, FailedBitmap: new(big.Int)}
	for i := range entries {
		lp, err := c.LastPaid(b.ctx, uint32(i))
		if err != nil {
			return err
		}
		te = max(te, lp+p.Period)
		r.Entries = append(r.Entries, report.Entry{Provider: uint32(i), Ts: lp, St: big.NewInt(int64(1_000_003 * (i + 1)))})
	}
	r.Te = te
	for {
		head, err := b.client.BlockNumber(b.ctx)
		if err != nil {
			return err
		}
		if head >= te+p.Finality {
			break
		}
		b.sim.Commit()
	}
	q := n*2/3 + 1
	digest := r.Digest()
	sigs := make([]*bls.Signature, q)
	signers := new(big.Int)
	for i := range q {
		sigs[i] = b.keepers[i].sk.Sign(digest[:])
		signers.SetBit(signers, i, 1)
	}
	agg, err := bls.AggregateSignatures(sigs)
	if err != nil {
		return err
	}
	return b.measure("pay", n, q, entries, func() (*types.Transaction, error) {
		return c.Pay(b.ctx, b.opts(b.keepers[0].benchAccount), r, signers, agg)
	})
}

// fundERC20 measures fund in an ERC-20 (after its approval) on a small contract.
func (b *gasBench) fundERC20(ctx context.Context) error {
	tokAddr, tx, tok, err := bindings.DeployTestToken(b.opts(b.owner), b.client, "Bench", "BNCH")
	if _, err := b.mine(tx, err); err != nil {
		return err
	}
	head, err := b.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	p := b.params(head + 1)
	p.Token = tokAddr
	c, tx, err := Deploy(ctx, b.client, b.opts(b.owner), p, nil, nil)
	if _, err := b.mine(tx, err); err != nil {
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
	b.sim.Commit()
	for i, tx := range txs {
		r, err := Wait(ctx, b.client, tx)
		if err != nil {
			return fmt.Errorf("bench fund-erc20: %w", err)
		}
		if i == len(txs)-1 {
			b.samples = append(b.samples, GasSample{Op: "fund-erc20", Gas: r.GasUsed})
		}
	}
	return nil
}
