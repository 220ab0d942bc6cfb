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

// ProvidersPerTx is how many providers one registration transaction carries: the
// deployment takes the first ones, addProviders the rest (a registration costs tens
// of thousands of gas, and a transaction at most 2^24 under EIP-7825).
const ProvidersPerTx = 100

// SimOptions shape NewSim.
type SimOptions struct {
	GasLimit uint64   // the block gas limit (default 60,000,000)
	Fund     *big.Int // wei the owner funds the contract with (default 10 ether)
	HTTP     bool     // serve JSON-RPC on a loopback port (Sim.URL)
}

// NewSim starts a simulated chain, generates the ledger cfg describes for a
// contract deployed on it (cfg.ChainID, Contract and Owner are set here), deploys
// and funds that contract.
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
	alloc := new(big.Int).Add(o.Fund, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)))
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
	addr, _, err := upkeeping.PredictAddress(ctx, c, ownerAddr)
	if err != nil {
		return nil, err
	}
	cfg.ChainID, cfg.Contract, cfg.Owner = big.NewInt(chain.SimulatedChainID), addr, owner
	if batches := (cfg.Providers + ProvidersPerTx - 1) / ProvidersPerTx; batches > 1 {
		// Providers registered before the start count from the start (Since =
		// start, as the generated group says): start after the last batch.
		head, err := c.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		cfg.Start = max(cfg.Start, head+uint64(batches)+8)
	}
	g, err := New(cfg)
	if err != nil {
		return nil, err
	}
	grp := g.Group()
	p := upkeeping.Params{Owner: ownerAddr, Start: grp.Start, Period: grp.Period, Finality: grp.Finality, Window: grp.Window,
		Stale: grp.Stale, ProviderShareBps: grp.ProviderShareBps, LeaderBonusBps: grp.LeaderBonusBps}
	var ks []upkeeping.KeeperReg
	for _, k := range g.Keepers {
		ks = append(ks, upkeeping.NewKeeperReg(k.BLS, k.Account, chain.SimulatedChainID, addr))
	}
	var ps []upkeeping.ProviderReg
	for _, pr := range grp.Providers {
		ps = append(ps, upkeeping.ProviderReg{Account: pr.Account, Price: new(big.Int).SetUint64(pr.Price)})
	}
	opts, err := bind.NewKeyedTransactorWithChainID(owner, big.NewInt(chain.SimulatedChainID))
	if err != nil {
		return nil, err
	}
	first := ps[:min(len(ps), ProvidersPerTx)]
	up, tx, err := upkeeping.Deploy(ctx, c, opts, p, ks, first)
	if err != nil {
		return nil, fmt.Errorf("ledgergen: deploy: %w", err)
	}
	sim.Commit()
	if _, err := up.Wait(ctx, tx); err != nil {
		return nil, fmt.Errorf("ledgergen: deploy: %w", err)
	}
	if up.Address != addr {
		return nil, fmt.Errorf("ledgergen: deployed at %s, predicted %s", up.Address, addr)
	}
	for i := len(first); i < len(ps); i += ProvidersPerTx {
		tx, err := up.AddProviders(ctx, opts, ps[i:min(len(ps), i+ProvidersPerTx)])
		if err != nil {
			return nil, fmt.Errorf("ledgergen: providers %d…: %w", i, err)
		}
		sim.Commit()
		if _, err := up.Wait(ctx, tx); err != nil {
			return nil, fmt.Errorf("ledgergen: providers %d…: %w", i, err)
		}
	}
	if head, err := c.BlockNumber(ctx); err != nil || (len(ps) > ProvidersPerTx && head >= cfg.Start) {
		return nil, fmt.Errorf("ledgergen: providers registered at block %d, not before the start %d (%v)", head, cfg.Start, err)
	}
	txs, err := up.Fund(ctx, opts, o.Fund)
	if err != nil {
		return nil, fmt.Errorf("ledgergen: fund: %w", err)
	}
	sim.Commit()
	for _, tx := range txs {
		if _, err := up.Wait(ctx, tx); err != nil {
			return nil, fmt.Errorf("ledgergen: fund: %w", err)
		}
	}
	ok = true
	return &Sim{Sim: sim, C: c, Up: up, Opts: opts, Owner: owner, Gen: g}, nil
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
	s.Sim.Commit()
	rc, err := s.Up.Wait(ctx, tx)
	if err != nil {
		return common.Hash{}, 0, err
	}
	return tx.Hash(), rc.BlockNumber.Uint64(), nil
}

// SendEther sends wei from the owner to an account (e.g. gas for a keeper that
// publishes on the eth layer) and waits for it.
func (s *Sim) SendEther(ctx context.Context, to common.Address, amount *big.Int) error {
	from := crypto.PubkeyToAddress(s.Owner.PublicKey)
	nonce, err := s.C.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	tip, err := s.C.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := s.C.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chain.SimulatedChainID), Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip), Gas: 21000, To: &to, Value: amount})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(chain.SimulatedChainID)), s.Owner)
	if err != nil {
		return err
	}
	if err := s.C.SendTransaction(ctx, signed); err != nil {
		return err
	}
	s.Sim.Commit()
	_, err = bind.WaitMined(ctx, s.C, signed)
	return err
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
