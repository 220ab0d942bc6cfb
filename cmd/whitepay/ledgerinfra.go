package main

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/upkeeping"
)

// deployLedgerInfra deploys, or checks and reuses, the chain's BatchInbox (the
// shared SCP ledger, SPEC 9 revision 2) and registry (the endpoint directory) for
// `user deploy`, after the contract (so that the deployer's nonce, which the
// keepers' proofs of possession were made for, is the contract's). One inbox and
// one registry serve every contract of the chain: reuse them (--inbox, --registry)
// once they exist.
func deployLedgerInfra(ctx context.Context, s *session, inboxFlag, registryFlag string) (inbox, registry common.Address, err error) {
	if inboxFlag != "" {
		if !common.IsHexAddress(inboxFlag) {
			return inbox, registry, usagef("--inbox %q is not an address", inboxFlag)
		}
		inbox = common.HexToAddress(inboxFlag)
		in, err := bindings.NewBatchInbox(inbox, s.eth)
		if err != nil {
			return inbox, registry, err
		}
		if _, err := in.DeployBlock(callOpts(ctx)); err != nil {
			return inbox, registry, fmt.Errorf("--inbox %s is not a BatchInbox: %w", inbox, err)
		}
	} else {
		opts, err := s.opts(ctx)
		if err != nil {
			return inbox, registry, err
		}
		addr, tx, err := da.DeployInbox(ctx, s.eth, opts)
		if err != nil {
			return inbox, registry, err
		}
		if _, err := waitTx(ctx, s, tx, "deploy inbox"); err != nil {
			return inbox, registry, err
		}
		inbox = addr
	}
	if registryFlag != "" {
		if !common.IsHexAddress(registryFlag) {
			return inbox, registry, usagef("--registry %q is not an address", registryFlag)
		}
		r, err := upkeeping.NewRegistry(ctx, s.eth, common.HexToAddress(registryFlag))
		if err != nil {
			return inbox, registry, fmt.Errorf("--registry: %w", err)
		}
		return inbox, r.Address, nil
	}
	opts, err := s.opts(ctx)
	if err != nil {
		return inbox, registry, err
	}
	r, tx, err := upkeeping.DeployRegistry(ctx, s.eth, opts)
	if err != nil {
		return inbox, registry, err
	}
	if _, err := r.Wait(ctx, tx); err != nil {
		return inbox, registry, fmt.Errorf("deploy registry: %w", err)
	}
	return inbox, r.Address, nil
}

func callOpts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }
