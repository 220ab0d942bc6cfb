package da

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/chain"
)

// IsInbox reports whether the code at addr is this build's BatchInbox
// (contracts/src/BatchInbox.sol), which accepts publications only from the active
// keepers of the contract they are for. Its only immutable is deployBlock, so the
// expected code is what the creation code returns when run (in an in-memory EVM)
// in the block the candidate's deployBlock() names; the candidate's code must equal
// it byte for byte. A reader that finds an inbox by its events (settle.FindLedger)
// trusts no other emitter of the same event.
func IsInbox(ctx context.Context, c chain.Client, addr common.Address) (bool, error) {
	code, err := c.CodeAt(ctx, addr, nil)
	if err != nil {
		return false, fmt.Errorf("da: code of %s: %w", addr, err)
	}
	if len(code) == 0 {
		return false, nil
	}
	in, err := bindings.NewBatchInbox(addr, c)
	if err != nil {
		return false, err
	}
	block, err := in.DeployBlock(&bind.CallOpts{Context: ctx})
	if err != nil {
		return false, nil // no such view: not an inbox
	}
	want, err := inboxRuntime(block)
	if err != nil {
		return false, err
	}
	return string(code) == string(want), nil
}

// inboxRuntime is BatchInbox's runtime code as deployed in block n.
func inboxRuntime(n uint64) ([]byte, error) {
	zero := uint64(0)
	cfg := *params.TestChainConfig
	cfg.ShanghaiTime, cfg.CancunTime, cfg.PragueTime = &zero, &zero, &zero // the contracts' evmVersion (contracts/scripts/compile.js)
	cfg.OsakaTime, cfg.AmsterdamTime = nil, nil
	code, _, _, err := runtime.Create(common.FromHex(bindings.BatchInboxMetaData.Bin),
		&runtime.Config{ChainConfig: &cfg, BlockNumber: new(big.Int).SetUint64(n)})
	if err != nil {
		return nil, fmt.Errorf("da: BatchInbox creation code: %w", err)
	}
	return code, nil
}
