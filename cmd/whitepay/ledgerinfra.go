package main

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/settle/da"
)

// inboxFor checks and reuses the chain's BatchInbox (the shared SCP ledger, SPEC 9
// revision 2) named by inboxFlag, or deploys one when it is empty, for `user deploy`.
// It runs before the contract is created: the contract names its ledger at
// initialisation (immutable args), so the inbox must exist first. One inbox serves
// every contract of the chain: reuse it (--inbox) once it exists. The registry (the
// endpoint directory) is the factory's, set up once per chain by `contracts deploy`.
func inboxFor(ctx context.Context, s *session, inboxFlag string) (common.Address, error) {
	if inboxFlag != "" {
		if !common.IsHexAddress(inboxFlag) {
			return common.Address{}, usagef("--inbox %q is not an address", inboxFlag)
		}
		inbox := common.HexToAddress(inboxFlag)
		in, err := bindings.NewBatchInbox(inbox, s.eth)
		if err != nil {
			return inbox, err
		}
		if _, err := in.DeployBlock(callOpts(ctx)); err != nil {
			return inbox, fmt.Errorf("--inbox %s is not a BatchInbox: %w", inbox, err)
		}
		return inbox, nil
	}
	opts, err := s.opts(ctx)
	if err != nil {
		return common.Address{}, err
	}
	addr, tx, err := da.DeployInbox(ctx, s.eth, opts)
	if err != nil {
		return common.Address{}, err
	}
	if _, err := waitTx(ctx, s, tx, "deploy inbox"); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

func callOpts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }
