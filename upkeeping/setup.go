package upkeeping

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/internal/bls"
)

// KeeperSigner is a keeper able to register itself: its account's transactor and its
// BLS key.
type KeeperSigner struct {
	Opts *bind.TransactOpts
	BLS  *bls.SecretKey
}

// Setup deploys a whole chain set-up in order (docs/contracts.md): the stack (as the
// deployer), each keeper's registration (from its own account, in the order given, so
// that positions in the group follow that order), the keepers' group, and one user
// contract through the factory (owner p.Owner, the providers, funded with fund in
// ether when non-nil; p.Start 0: the block after the one it is created in at the
// earliest, so that its first period starts after it exists). wait mines a transaction and returns its error (on a simulated
// backend: commit, then Wait). It is how the devnet, the tools and the tests of other
// packages get a contract exactly as users do.
func Setup(ctx context.Context, b Backend, deployer *bind.TransactOpts, keepers []KeeperSigner, p Params, providers []ProviderReg, fund *big.Int, wait func(*types.Transaction) error) (*Contract, *Stack, error) {
	st, txs, err := DeployStack(ctx, b, deployer, false)
	if err != nil {
		return nil, nil, err
	}
	for _, tx := range txs {
		if err := wait(tx); err != nil {
			return nil, nil, fmt.Errorf("upkeeping: deploy the stack: %w", err)
		}
	}
	ids := make([]uint32, len(keepers))
	for i, k := range keepers {
		tx, err := st.Registry.RegisterKeeper(ctx, k.Opts, k.BLS)
		if err != nil {
			return nil, nil, err
		}
		if err := wait(tx); err != nil {
			return nil, nil, fmt.Errorf("upkeeping: register keeper %s: %w", k.Opts.From, err)
		}
		id, _, err := st.Registry.KeeperOf(ctx, k.Opts.From)
		if err != nil {
			return nil, nil, err
		}
		ids[i] = id
	}
	tx, err := st.Registry.CreateGroup(ctx, deployer, ids)
	if err != nil {
		return nil, nil, err
	}
	if err := wait(tx); err != nil {
		return nil, nil, fmt.Errorf("upkeeping: create the group: %w", err)
	}
	gid, err := st.Registry.GroupOf(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	f, err := NewFactory(ctx, b, st.Factory)
	if err != nil {
		return nil, nil, err
	}
	if p.Start == 0 {
		head, err := b.BlockNumber(ctx)
		if err != nil {
			return nil, nil, err
		}
		p.Start = head + 2 // the contract exists from head + 1 at the earliest
	}
	addr, tx, err := f.Create(ctx, deployer, p, gid, providers, SaltFromString("setup"), fund)
	if err != nil {
		return nil, nil, err
	}
	if err := wait(tx); err != nil {
		return nil, nil, fmt.Errorf("upkeeping: create the contract: %w", err)
	}
	c, err := New(ctx, b, addr)
	if err != nil {
		return nil, nil, err
	}
	return c, st, nil
}
