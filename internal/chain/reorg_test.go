package chain

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// reorgSetup mines one value transfer in block n and returns the chain, the
// transaction and the block's parent.
func reorgSetup(t *testing.T) (*Sim, *types.Transaction, *types.Header, common.Address) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	sim, err := NewSim(SimOptions{Alloc: types.GenesisAlloc{addr: {Balance: big.NewInt(params.Ether)}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	ctx := context.Background()
	c := sim.Client()
	for range 3 {
		sim.Commit()
	}
	parent, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(SimulatedChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(SimulatedChainID), Nonce: 0, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	r, err := c.TransactionReceipt(ctx, tx.Hash())
	if err != nil || r.BlockNumber.Uint64() != parent.Number.Uint64()+1 {
		t.Fatalf("receipt %+v %v", r, err)
	}
	sim.Commit()
	return sim, tx, parent, to
}

// TestForkReinjectsOrphanedTransactions records the simulated backend's reorg
// behaviour: Fork moves the head back at once, the orphaned receipt disappears,
// and the pool re-includes the orphaned transaction in the new branch.
func TestForkReinjectsOrphanedTransactions(t *testing.T) {
	sim, tx, parent, to := reorgSetup(t)
	ctx := context.Background()
	c := sim.Client()
	if err := sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Hash() != parent.Hash() {
		t.Fatalf("after Fork the head is %d %s, not the parent %d", head.Number, head.Hash(), parent.Number)
	}
	if _, err := c.TransactionReceipt(ctx, tx.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("orphaned receipt still served: %v", err)
	}
	if bal, _ := c.BalanceAt(ctx, to, nil); bal.Sign() != 0 {
		t.Fatalf("orphaned transfer still in the state: %s", bal)
	}
	sim.Commit()
	r, err := c.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatalf("the orphaned transaction was not re-included: %v", err)
	}
	nh, _ := c.HeaderByNumber(ctx, r.BlockNumber)
	if r.BlockNumber.Uint64() != parent.Number.Uint64()+1 || nh.Hash() != r.BlockHash {
		t.Fatalf("re-included in block %d %s (canonical %s)", r.BlockNumber, r.BlockHash, nh.Hash())
	}
	if bal, _ := c.BalanceAt(ctx, to, nil); bal.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("balance %s after the re-inclusion", bal)
	}
}

// TestDropPendingLosesOrphanedTransactions: with DropPending after the Fork the
// orphaned transaction is gone until it is resent, and resending the same signed
// transaction includes it again (its nonce is free again on the new branch).
func TestDropPendingLosesOrphanedTransactions(t *testing.T) {
	sim, tx, parent, to := reorgSetup(t)
	ctx := context.Background()
	c := sim.Client()
	if err := sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	sim.DropPending()
	for range 3 {
		sim.Commit()
	}
	if _, err := c.TransactionReceipt(ctx, tx.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("dropped transaction mined: %v", err)
	}
	if bal, _ := c.BalanceAt(ctx, to, nil); bal.Sign() != 0 {
		t.Fatalf("balance %s", bal)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("resending the orphaned transaction: %v", err)
	}
	sim.Commit()
	if _, err := c.TransactionReceipt(ctx, tx.Hash()); err != nil {
		t.Fatalf("resent transaction not mined: %v", err)
	}
}
