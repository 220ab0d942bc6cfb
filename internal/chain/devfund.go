package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Transfer is one payment from a dev node's unlocked account.
type Transfer struct {
	To     common.Address
	Amount *big.Int
}

// FundFromDev sends each transfer from the node's first account (eth_accounts[0],
// unlocked on a `geth --dev` node) with eth_sendTransaction and waits until every one
// is mined successfully.
//
// Nonces are assigned here, one after the other from the account's pending count,
// and not left to the node: geth fills a missing nonce from its pool, which lags a
// block being mined between two sends and then gives two transfers the same nonce
// ("replacement transaction underpriced"). A send refused for a stale nonce is
// retried with the count read again.
func FundFromDev(ctx context.Context, raw *rpc.Client, c Client, transfers []Transfer) error {
	var accounts []common.Address
	if err := raw.CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		return fmt.Errorf("chain: the node's dev account: eth_accounts: %w", err)
	}
	if len(accounts) == 0 {
		return fmt.Errorf("chain: the node has no unlocked dev account (is it `geth --dev`?)")
	}
	from := accounts[0]
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("chain: nonce of %s: %w", from, err)
	}
	hashes := make([]common.Hash, 0, len(transfers))
	for _, t := range transfers {
		for attempt := 0; ; attempt++ {
			var h common.Hash
			tx := map[string]any{"from": from, "to": t.To, "value": (*hexutil.Big)(t.Amount), "nonce": hexutil.Uint64(nonce)}
			err := raw.CallContext(ctx, &h, "eth_sendTransaction", tx)
			if err == nil {
				hashes = append(hashes, h)
				nonce++
				break
			}
			if attempt >= 20 || !staleNonce(err) {
				return fmt.Errorf("chain: fund %s from %s: %w", t.To, from, err)
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("chain: fund %s from %s: %w", t.To, from, ctx.Err())
			case <-time.After(100 * time.Millisecond):
			}
			if n, err := c.PendingNonceAt(ctx, from); err == nil && n > nonce {
				nonce = n
			} else if err == nil {
				nonce++ // the pool holds a transfer of ours at this nonce already
			}
		}
	}
	for _, h := range hashes {
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		r, err := WaitMined(wctx, c, h)
		cancel()
		if err != nil {
			return fmt.Errorf("chain: funding tx %s: %w", h, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("chain: funding tx %s failed", h)
		}
	}
	return nil
}

// staleNonce reports whether a node refused a transaction because its nonce is
// already used (mined or pending).
func staleNonce(err error) bool {
	s := err.Error()
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "replacement transaction underpriced") ||
		strings.Contains(s, "already known")
}
