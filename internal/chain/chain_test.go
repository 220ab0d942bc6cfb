package chain

import (
	"context"
	"github.com/ethereum/go-ethereum"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

func TestSimProducesBlocksAndServesRPC(t *testing.T) {
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	sim, err := NewSim(SimOptions{
		Alloc:       types.GenesisAlloc{addr: {Balance: big.NewInt(params.Ether)}},
		BlockPeriod: 20 * time.Millisecond,
		HTTPAddr:    "127.0.0.1:0",
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	// The producer advances the chain without anyone calling Commit.
	for {
		n, err := sim.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= 3 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("no blocks produced")
		case <-time.After(10 * time.Millisecond):
		}
	}

	// Another process would reach the same chain over JSON-RPC.
	c, id, err := Dial(ctx, sim.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if id.Uint64() != SimulatedChainID {
		t.Fatalf("chain id %v", id)
	}
	bal, err := c.BalanceAt(ctx, addr, nil)
	if err != nil || bal.Cmp(big.NewInt(params.Ether)) != 0 {
		t.Fatalf("balance over RPC: %v %v", bal, err)
	}
	// Prague is on: the EIP-2537 pairing precompile answers (one pair of points at
	// infinity is a valid, true pairing check; before Prague the call returns nothing).
	out, err := c.CallContract(ctx, ethereumCall(common.BytesToAddress([]byte{0x0f}), make([]byte, 384)), nil)
	if err != nil || len(out) != 32 || out[31] != 1 {
		t.Fatalf("EIP-2537 pairing precompile: %x %v", out, err)
	}
}

func TestSimFork(t *testing.T) {
	sim, err := NewSim(SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	ctx := context.Background()
	base := sim.Commit()
	orphan := sim.Commit()
	if err := sim.Fork(base); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	sim.Commit()
	h, err := sim.Client().HeaderByNumber(ctx, big.NewInt(2))
	if err != nil {
		t.Fatal(err)
	}
	if h.Hash() == orphan {
		t.Fatal("the longer fork did not replace block 2")
	}
}

func TestGethDev(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	g, err := StartGeth(ctx, GethOptions{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err) // scripts/deps.sh installs geth; the test command runs it first
	}
	defer g.Stop()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if err := g.Fund(ctx, big.NewInt(12345), to); err != nil {
		t.Fatal(err)
	}
	c, id, err := Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	if id.Uint64() != 1337 {
		t.Fatalf("geth --dev chain id %v", id)
	}
	before, err := c.BlockNumber(ctx)
	c.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	c, _, err = Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	after, err := c.BlockNumber(ctx)
	if err != nil || after < before {
		t.Fatalf("chain lost on restart: %d -> %d (%v)", before, after, err)
	}
	bal, err := c.BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 12345 {
		t.Fatalf("funded balance after restart: %v %v", bal, err)
	}
}

func ethereumCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
