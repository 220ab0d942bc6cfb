package chainview

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// TestEthChainDeepReorg: hashes cached before a reorg deeper than D are not served
// after it. Blocks 3..6 are replaced by a longer branch; once Head has seen the
// new branch, BlockHash answers the canonical hashes (those of the new branch).
func TestEthChainDeepReorg(t *testing.T) {
	sim := simulated.NewBackend(types.GenesisAlloc{})
	defer sim.Close()
	var old []common.Hash
	for range 6 {
		old = append(old, sim.Commit())
	}
	c := NewEthChain(sim.Client())
	ctx := context.Background()
	if h, err := c.Head(ctx); err != nil || h != 6 {
		t.Fatalf("head %d %v", h, err)
	}
	for i := range old {
		if got, err := c.BlockHash(ctx, uint64(i+1)); err != nil || got != old[i] {
			t.Fatalf("block %d: %x %v", i+1, got, err)
		}
	}
	if err := sim.Fork(old[1]); err != nil { // parent: block 2
		t.Fatal(err)
	}
	var fresh []common.Hash
	for range 6 {
		fresh = append(fresh, sim.Commit()) // blocks 3..8
	}
	if h, err := c.Head(ctx); err != nil || h != 8 {
		t.Fatalf("head %d %v", h, err)
	}
	if c.Reorgs() != 1 {
		t.Fatalf("%d reorgs noticed", c.Reorgs())
	}
	if got, _ := c.BlockHash(ctx, 2); got != old[1] {
		t.Fatal("block 2 changed")
	}
	for i, want := range fresh {
		got, err := c.BlockHash(ctx, uint64(i+3))
		if err != nil || got != want {
			t.Fatalf("block %d after the reorg: %x, canonical %x (%v)", i+3, got, want, err)
		}
		if i < 4 && got == old[i+2] {
			t.Fatalf("block %d: orphaned hash served", i+3)
		}
	}
	// A head that only grows is not a reorg.
	sim.Commit()
	if _, err := c.Head(ctx); err != nil || c.Reorgs() != 1 {
		t.Fatalf("reorgs %d %v", c.Reorgs(), err)
	}
}
