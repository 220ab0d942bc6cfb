package chainview

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/whitepay/whitepay/internal/config"
)

// EthChain over the simulated backend: the real go-ethereum chain in process.
func TestEthChainSimulated(t *testing.T) {
	sim := simulated.NewBackend(types.GenesisAlloc{})
	defer sim.Close()
	var hashes []common.Hash
	for range 5 {
		hashes = append(hashes, sim.Commit())
	}
	c := NewEthChain(sim.Client())
	ctx := context.Background()
	head, err := c.Head(ctx)
	if err != nil || head != 5 {
		t.Fatalf("head %d, %v", head, err)
	}
	for i, want := range hashes {
		got, err := c.BlockHash(ctx, uint64(i+1))
		if err != nil || got != want {
			t.Fatalf("block %d: %x, %v; want %x", i+1, got, err, want)
		}
	}
	if _, err := c.BlockHash(ctx, 99); err == nil {
		t.Fatal("hash of a future block")
	}
}

func TestStaticGroup(t *testing.T) {
	a := common.HexToAddress("0xc1")
	g := NewStaticGroup([]config.Contract{{Address: a, Owner: common.HexToAddress("0xa1"), Keepers: []common.Address{common.HexToAddress("0xb1"), common.HexToAddress("0xb2")}}})
	ks, err := g.Keepers(context.Background(), a)
	if err != nil || len(ks) != 2 || KeeperIndex(ks)[common.HexToAddress("0xb2")] != 1 {
		t.Fatalf("keepers %v %v", ks, err)
	}
	if _, err := g.Owner(context.Background(), common.HexToAddress("0xc2")); err == nil {
		t.Fatal("unknown contract served")
	}
}
