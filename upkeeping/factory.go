package upkeeping

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/contracts/bindings"
)

// Factory is a client of the chain's upkeeping factory (contracts/src/Factory.sol):
// it deploys users' contracts as clones of one implementation (issue 14).
type Factory struct {
	Address        common.Address
	Registry       common.Address
	Implementation common.Address
	b              Backend
	bound          *bindings.Factory
}

// NewFactory binds to a deployed factory.
func NewFactory(ctx context.Context, b Backend, address common.Address) (*Factory, error) {
	code, err := b.CodeAt(ctx, address, nil)
	if err != nil {
		return nil, fmt.Errorf("upkeeping: code at %s: %w", address, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w (factory) at %s", ErrNoContract, address)
	}
	bound, err := bindings.NewFactory(address, b)
	if err != nil {
		return nil, err
	}
	f := &Factory{Address: address, b: b, bound: bound}
	o := &bind.CallOpts{Context: ctx}
	if f.Registry, err = bound.Registry(o); err != nil {
		return nil, wrap("registry", err)
	}
	if f.Implementation, err = bound.Implementation(o); err != nil {
		return nil, wrap("implementation", err)
	}
	return f, nil
}

// Salt is a user's choice that makes a clone's address predictable (with the
// deployer's address and the configuration).
type Salt [32]byte

// SaltFromString hashes a label into a salt.
func SaltFromString(s string) Salt { return Salt(crypto.Keccak256Hash([]byte(s))) }

// prepare fills the registry and checks the configuration.
func (f *Factory) prepare(p Params) (Params, []byte, error) {
	if p.Registry == (common.Address{}) {
		p.Registry = f.Registry
	}
	if p.KeeperBond == nil {
		p.KeeperBond = new(big.Int)
	}
	if err := p.Validate(); err != nil {
		return p, nil, err
	}
	if p.Registry != f.Registry {
		return p, nil, fmt.Errorf("%w: registry %s is not the factory's %s", ErrInvalidConfig, p.Registry, f.Registry)
	}
	cfg, err := EncodeConfig(p)
	return p, cfg, err
}

// Predict returns the address Create(p, ..., salt) sent by deployer deploys to.
func (f *Factory) Predict(ctx context.Context, p Params, deployer common.Address, salt Salt) (common.Address, error) {
	_, cfg, err := f.prepare(p)
	if err != nil {
		return common.Address{}, err
	}
	a, err := f.bound.PredictAddress(&bind.CallOpts{Context: ctx}, cfg, deployer, salt)
	return a, wrap("predictAddress", err)
}

// Create sends one transaction that deploys a user's upkeeping contract (a clone),
// initialises it with owner p.Owner, keeper group groupID in force from p.Start and
// the providers, and funds it with `value` (ether contracts only; nil: none). It
// returns the address the clone gets (usable once tx is mined: New).
func (f *Factory) Create(ctx context.Context, opts *bind.TransactOpts, p Params, groupID uint32, providers []ProviderReg, salt Salt, value *big.Int) (common.Address, *types.Transaction, error) {
	p, cfg, err := f.prepare(p)
	if err != nil {
		return common.Address{}, nil, err
	}
	provs, err := encodeProviders(providers)
	if err != nil {
		return common.Address{}, nil, err
	}
	if value != nil && value.Sign() > 0 && p.Token != (common.Address{}) {
		return common.Address{}, nil, fmt.Errorf("%w: ether sent to a token contract", ErrUnexpectedEther)
	}
	addr, err := f.bound.PredictAddress(&bind.CallOpts{Context: ctx}, cfg, opts.From, salt)
	if err != nil {
		return common.Address{}, nil, wrap("predictAddress", err)
	}
	o := withContext(ctx, opts)
	if value != nil {
		o.Value = value
	}
	tx, err := f.bound.CreateUpkeeping(o, cfg, p.Owner, groupID, provs, salt)
	if err != nil {
		return common.Address{}, nil, wrap("createUpkeeping", err)
	}
	return addr, tx, nil
}

// Stack is the chain-wide set of WhitePay contracts: the keeper registry, the
// upkeeping factory (with its implementation and cold half) and, optionally, the
// ledger inbox (SPEC 9).
type Stack struct {
	Registry *Registry
	Factory  common.Address
	Admin    common.Address
	Inbox    common.Address // zero: not deployed
}

// DeployStack sends the transactions that deploy the stack from opts.From, with
// consecutive nonces (so it needs no wait between them): registry, UpkeepingAdmin,
// factory, and the BatchInbox if withInbox. The contracts are usable once the last
// transaction is mined (wait for all of them).
func DeployStack(ctx context.Context, b Backend, opts *bind.TransactOpts, withInbox bool) (*Stack, []*types.Transaction, error) {
	o := withContext(ctx, opts)
	if o.Nonce == nil {
		n, err := b.PendingNonceAt(ctx, o.From)
		if err != nil {
			return nil, nil, fmt.Errorf("upkeeping: nonce: %w", err)
		}
		o.Nonce = new(big.Int).SetUint64(n)
	}
	next := func() *bind.TransactOpts {
		c := *o
		c.Nonce = new(big.Int).Set(o.Nonce)
		o.Nonce = new(big.Int).Add(o.Nonce, big.NewInt(1))
		return &c
	}
	reg, tx1, err := DeployRegistry(ctx, b, next())
	if err != nil {
		return nil, nil, err
	}
	adminAddr, tx2, _, err := bindings.DeployUpkeepingAdmin(next(), b)
	if err != nil {
		return nil, nil, wrap("deploy UpkeepingAdmin", err)
	}
	// The factory's gas cannot be estimated before the registry and the admin exist.
	fo := next()
	if fo.GasLimit == 0 {
		fo.GasLimit = FactoryDeployGas
	}
	factoryAddr, tx3, _, err := bindings.DeployFactory(fo, b, reg.Address, adminAddr)
	if err != nil {
		return nil, nil, wrap("deploy Factory", err)
	}
	st := &Stack{Registry: reg, Factory: factoryAddr, Admin: adminAddr}
	txs := []*types.Transaction{tx1, tx2, tx3}
	if withInbox {
		inbox, tx4, _, err := bindings.DeployBatchInbox(next(), b)
		if err != nil {
			return nil, nil, wrap("deploy BatchInbox", err)
		}
		st.Inbox = inbox
		txs = append(txs, tx4)
	}
	return st, txs, nil
}

// FactoryDeployGas is the gas limit of the factory's deployment (it deploys the
// implementation too): about 4 M used.
const FactoryDeployGas = 6_000_000
