package chain

import (
	"context"
	"errors"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// TestRestartRPC takes the embedded chain's JSON-RPC endpoint down and up again:
// during the outage a client's call fails and an open connection is dropped, the
// chain keeps its state and advances, and afterwards the same client, on the same
// address, reads the same balance and the advanced head.
func TestRestartRPC(t *testing.T) {
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	sim, err := NewSim(SimOptions{Alloc: types.GenesisAlloc{addr: {Balance: big.NewInt(params.Ether)}}, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	url := sim.URL()
	sim.Commit()
	c, _, err := Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	before, err := c.BlockNumber(ctx)
	if err != nil || before != 1 {
		t.Fatalf("head over RPC: %d %v", before, err)
	}
	hostPort := strings.TrimPrefix(url, "http://")
	open, err := net.Dial("tcp", hostPort) // a connection open across the outage
	if err != nil {
		t.Fatal(err)
	}
	defer open.Close()

	restarted := make(chan error, 1)
	go func() { restarted <- sim.RestartRPC(ctx, 2*time.Second) }()
	for !sim.rpcDown() { // RestartRPC has closed the endpoint
		time.Sleep(5 * time.Millisecond)
	}
	// Down: the open connection is dropped, new ones are refused, calls fail.
	open.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := open.Read(make([]byte, 1)); err == nil || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("an open connection survived the outage: %v", err)
	}
	if _, err := net.Dial("tcp", hostPort); err == nil {
		t.Fatal("a new connection was accepted during the outage")
	}
	cctx, ccancel := context.WithTimeout(ctx, time.Second)
	_, err = c.BlockNumber(cctx)
	ccancel()
	if err == nil {
		t.Fatal("a JSON-RPC call succeeded during the outage")
	}
	// The chain goes on behind it.
	sim.Commit()
	sim.Commit()

	if err := <-restarted; err != nil {
		t.Fatal(err)
	}
	if sim.URL() != url {
		t.Fatalf("address changed: %s → %s", url, sim.URL())
	}
	after, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("call after the restart: %v", err)
	}
	if after != before+2 {
		t.Fatalf("head after the restart %d, want %d (state kept, blocks made during the outage)", after, before+2)
	}
	bal, err := c.BalanceAt(ctx, addr, nil)
	if err != nil || bal.Cmp(big.NewInt(params.Ether)) != 0 {
		t.Fatalf("balance after the restart: %v %v", bal, err)
	}
}

func TestRestartRPCWithoutEndpoint(t *testing.T) {
	sim, err := NewSim(SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	if err := sim.RestartRPC(context.Background(), time.Millisecond); !errors.Is(err, ErrNoRPC) {
		t.Fatalf("err %v, want ErrNoRPC", err)
	}
}
