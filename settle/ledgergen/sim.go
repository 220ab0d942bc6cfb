package ledgergen

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/upkeeping"
)

// Sim is a generated ledger's contract on the simulated backend (real EVM): a
// Chain whose Pay sends the report to a real Upkeeping contract deployed for the
// generator's group. Tests (settle/detector) and benchmarks (bench scale) use it.
type Sim struct {
	Sim   *chain.Sim
	C     chain.Client
	Up    *upkeeping.Contract
	Opts  *bind.TransactOpts // the owner's account: it deploys, funds and pays (anyone may pay)
	Owner *ecdsa.PrivateKey
	Gen   *Gen
}

// ProvidersPerTx is how many providers the creating transaction carries (through
// the factory); the rest are added one transaction each, many per block (a
// registration costs tens of thousands of gas, and a transaction at most 2^24 under
// EIP-7825).
const ProvidersPerTx = 100

// SimOptions shape NewSim.
type SimOptions struct {
	GasLimit uint64   // the block gas limit (default 60,000,000)
	Fund     *big.Int // wei the owner funds the contract with (default 10 ether)
	HTTP     bool     // serve JSON-RPC on a loopback port (Sim.URL)
	// VestPeriods is the contract's vesting (default 0: a keeper's share is
	// withdrawable at once, as the generated ledger's replay assumes nothing else).
	VestPeriods uint16
}

// NewSim starts a simulated chain, deploys the chain's stack (registry, factory),
// generates the ledger cfg describes for a user contract on it (cfg.ChainID,
// Contract, Owner, Registry and Start are set here), registers the generated keepers
// and their group, and creates and funds that contract through the factory, as
// users do (upkeeping.Setup's order).
func NewSim(ctx context.Context, cfg Config, o SimOptions) (*Sim, error) {
	owner, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	if o.GasLimit == 0 {
		o.GasLimit = 60_000_000
	}
	if o.Fund == nil {
		o.Fund = new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	}
	alloc := new(big.Int).Add(o.Fund, new(big.Int).Mul(big.NewInt(100_000), big.NewInt(1e18)))
	so := chain.SimOptions{Alloc: types.GenesisAlloc{ownerAddr: {Balance: alloc}}, GasLimit: o.GasLimit}
	if o.HTTP {
		so.HTTPAddr = "127.0.0.1:0"
	}
	sim, err := chain.NewSim(so)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			sim.Close()
		}
	}()
	c := sim.Client()
	chainID := big.NewInt(chain.SimulatedChainID)
	opts, err := bind.NewKeyedTransactorWithChainID(owner, chainID)
	if err != nil {
		return nil, err
	}
	mine := func(what string, txs []*types.Transaction) error {
		if err := commitUntil(ctx, sim, c, txs...); err != nil {
			return fmt.Errorf("ledgergen: %s: %w", what, err)
		}
		for _, tx := range txs {
			if _, err := upkeeping.Wait(ctx, c, tx); err != nil {
				return fmt.Errorf("ledgergen: %s: %w", what, err)
			}
		}
		return nil
	}
	// send signs and sends every transaction, mines and checks them all.
	send := func(what string, sends ...func() (*types.Transaction, error)) error {
		var txs []*types.Transaction
		for _, f := range sends {
			tx, err := f()
			if err != nil {
				return fmt.Errorf("ledgergen: %s: %w", what, err)
			}
			txs = append(txs, tx)
		}
		return mine(what, txs)
	}
	st, txs, err := upkeeping.DeployStack(ctx, c, opts, false)
	if err != nil {
		return nil, err
	}
	if err := mine("deploy the stack", txs); err != nil {
		return nil, err
	}
	f, err := upkeeping.NewFactory(ctx, c, st.Factory)
	if err != nil {
		return nil, err
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	// The set-up's blocks: gas money, registrations, the group, the contract and
	// the funding, and the providers beyond the first transaction (sent 400 at a
	// time, each with a 200,000 gas limit: a block holds GasLimit/200,000 of them,
	// and each batch of 400 may end with a partial block). Providers registered
	// before the start count from the start (Since = start, as the generated group
	// says).
	cfg.ChainID, cfg.Owner, cfg.Registry = chainID, owner, st.Registry.Address
	more := uint64(max(0, cfg.Providers-ProvidersPerTx))
	perBlock := max(1, o.GasLimit/200_000)
	cfg.Start = max(cfg.Start, head+8+(more+perBlock-1)/perBlock+(more+399)/400+4)
	cfg.fill()
	pr := upkeeping.DefaultParams(ownerAddr, cfg.Start, cfg.Period, cfg.Finality, 10, cfg.Stale())
	pr.ProviderShareBps, pr.LeaderBonusBps, pr.VestPeriods, pr.Registry = 9000, 100, o.VestPeriods, st.Registry.Address
	salt := upkeeping.SaltFromString("ledgergen")
	if cfg.Contract, err = f.Predict(ctx, pr, ownerAddr, salt); err != nil {
		return nil, err
	}
	g, err := New(cfg)
	if err != nil {
		return nil, err
	}
	grp := g.Group()
	if grp.Stale != pr.Stale || grp.Window != pr.Window || grp.LeaderBonusBps != pr.LeaderBonusBps || grp.ProviderShareBps != pr.ProviderShareBps {
		return nil, fmt.Errorf("ledgergen: the generated group %+v does not match the parameters %+v", grp, pr)
	}
	s := &Sim{Sim: sim, C: c, Opts: opts, Owner: owner, Gen: g}
	gas := make([]func() (*types.Transaction, error), len(g.Keepers))
	nonce, err := c.PendingNonceAt(ctx, ownerAddr)
	if err != nil {
		return nil, err
	}
	for i, k := range g.Keepers {
		gas[i] = func() (*types.Transaction, error) {
			return s.signEther(ctx, nonce+uint64(i), k.Account, big.NewInt(1e18))
		}
	}
	if err := send("gas money", gas...); err != nil {
		return nil, err
	}
	regs := make([]func() (*types.Transaction, error), len(g.Keepers))
	for i, k := range g.Keepers {
		ko, err := bind.NewKeyedTransactorWithChainID(k.Key, chainID)
		if err != nil {
			return nil, err
		}
		regs[i] = func() (*types.Transaction, error) { return st.Registry.RegisterKeeper(ctx, ko, k.BLS) }
	}
	// One block: ids follow the sending order only per block's order, so read them.
	if err := send("register keepers", regs...); err != nil {
		return nil, err
	}
	ids := make([]uint32, len(g.Keepers))
	for i, k := range g.Keepers {
		if ids[i], _, err = st.Registry.KeeperOf(ctx, k.Account); err != nil {
			return nil, err
		}
	}
	if err := send("create the group", func() (*types.Transaction, error) { return st.Registry.CreateGroup(ctx, opts, ids) }); err != nil {
		return nil, err
	}
	if gid, err := st.Registry.GroupOf(ctx, ids); err != nil || gid != grp.GroupID {
		return nil, fmt.Errorf("ledgergen: group %d (%v), the generator assumed %d", gid, err, grp.GroupID)
	}
	var ps []upkeeping.ProviderReg
	for _, p := range grp.Providers {
		ps = append(ps, upkeeping.ProviderReg{Account: p.Account, Price: new(big.Int).Set(p.Price)})
	}
	first := ps[:min(len(ps), ProvidersPerTx)]
	var created common.Address
	if err := send("create the contract", func() (*types.Transaction, error) {
		a, tx, err := f.Create(ctx, opts, pr, grp.GroupID, first, salt, o.Fund)
		created = a
		return tx, err
	}); err != nil {
		return nil, err
	}
	if created != cfg.Contract {
		return nil, fmt.Errorf("ledgergen: created at %s, predicted %s", created, cfg.Contract)
	}
	if s.Up, err = upkeeping.New(ctx, c, created); err != nil {
		return nil, err
	}
	for i := len(first); i < len(ps); i += 400 {
		nonce, err := c.PendingNonceAt(ctx, ownerAddr)
		if err != nil {
			return nil, err
		}
		var adds []func() (*types.Transaction, error)
		for j := i; j < min(len(ps), i+400); j++ {
			o := *opts
			o.Nonce = new(big.Int).SetUint64(nonce + uint64(j-i))
			o.GasLimit = 200_000
			adds = append(adds, func() (*types.Transaction, error) { return s.Up.AddProvider(ctx, &o, ps[j].Account, ps[j].Price) })
		}
		if err := send(fmt.Sprintf("providers %d…", i), adds...); err != nil {
			return nil, err
		}
	}
	if head, err := c.BlockNumber(ctx); err != nil || head >= cfg.Start {
		return nil, fmt.Errorf("ledgergen: set up by block %d, not before the start %d (%v)", head, cfg.Start, err)
	}
	ok = true
	return s, nil
}

// commitUntil commits blocks until every tx has a receipt: the simulated backend's
// pool may take a sent transaction only after the next Commit, so one Commit and a
// wait on the receipt can hang.
func commitUntil(ctx context.Context, sim *chain.Sim, c chain.Client, txs ...*types.Transaction) error {
	for _, tx := range txs {
		for i := 0; ; i++ {
			if _, err := c.TransactionReceipt(ctx, tx.Hash()); err == nil {
				break
			}
			if i == 500 {
				return fmt.Errorf("tx %s not mined after %d blocks", tx.Hash(), i)
			}
			if i > 0 {
				time.Sleep(10 * time.Millisecond)
			}
			sim.Commit()
		}
	}
	return nil
}

// Close stops the chain.
func (s *Sim) Close() { s.Sim.Close() }

// BlockHash implements Chain.
func (s *Sim) BlockHash(ctx context.Context, h uint64) ([32]byte, error) {
	hd, err := s.C.HeaderByNumber(ctx, new(big.Int).SetUint64(h))
	if err != nil {
		return [32]byte{}, err
	}
	return hd.Hash(), nil
}

// AdvanceTo implements Chain: it mines empty blocks up to h.
func (s *Sim) AdvanceTo(ctx context.Context, h uint64) error {
	for {
		n, err := s.C.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if n >= h {
			return nil
		}
		s.Sim.Commit()
	}
}

// Pay implements Chain: the report goes to the contract, from the owner's account.
func (s *Sim) Pay(ctx context.Context, r *report.Report, signers *big.Int, sig *bls.Signature) (common.Hash, uint64, error) {
	tx, err := s.Up.Pay(ctx, s.Opts, r, signers, sig)
	if err != nil {
		return common.Hash{}, 0, err
	}
	if err := commitUntil(ctx, s.Sim, s.C, tx); err != nil {
		return common.Hash{}, 0, err
	}
	rc, err := s.Up.Wait(ctx, tx)
	if err != nil {
		return common.Hash{}, 0, err
	}
	return tx.Hash(), rc.BlockNumber.Uint64(), nil
}

// SendEther sends wei from the owner to an account (e.g. gas for a keeper that
// publishes on the eth layer) and waits for it.
func (s *Sim) SendEther(ctx context.Context, to common.Address, amount *big.Int) error {
	nonce, err := s.C.PendingNonceAt(ctx, crypto.PubkeyToAddress(s.Owner.PublicKey))
	if err != nil {
		return err
	}
	tx, err := s.signEther(ctx, nonce, to, amount)
	if err != nil {
		return err
	}
	if err := commitUntil(ctx, s.Sim, s.C, tx); err != nil {
		return err
	}
	_, err = bind.WaitMined(ctx, s.C, tx)
	return err
}

// signEther signs and sends a transfer from the owner with the given nonce.
func (s *Sim) signEther(ctx context.Context, nonce uint64, to common.Address, amount *big.Int) (*types.Transaction, error) {
	tip, err := s.C.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	head, err := s.C.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chain.SimulatedChainID), Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip), Gas: 21000, To: &to, Value: amount})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(chain.SimulatedChainID)), s.Owner)
	if err != nil {
		return nil, err
	}
	return signed, s.C.SendTransaction(ctx, signed)
}

// AutoMine commits a block whenever a transaction is pending, as a dev chain would,
// until the returned function is called.
func (s *Sim) AutoMine() (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(10 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				if n, err := s.C.PendingTransactionCount(ctx); err == nil && n > 0 {
					s.Sim.Commit()
				}
			}
		}
	}()
	return func() { cancel(); <-done }
}

// GasTo sums the gas of the transactions to addr mined in blocks (from, to]; a
// failed one is an error.
func (s *Sim) GasTo(ctx context.Context, from, to uint64, addr common.Address) (gas uint64, txs int, err error) {
	for n := from + 1; n <= to; n++ {
		b, err := s.C.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, 0, err
		}
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != addr {
				continue
			}
			r, err := s.C.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return 0, 0, err
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return 0, 0, fmt.Errorf("ledgergen: transaction %s to %s failed", tx.Hash(), addr)
			}
			gas += r.GasUsed
			txs++
		}
	}
	return gas, txs, nil
}
