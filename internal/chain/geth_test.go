package chain

import (
	"context"
	"errors"
	"math/big"
	"net"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestGethRestartAfter restarts a geth --dev node the way the devnet's
// restart-chain-rpc fault does: the endpoint is refused while it is down, comes
// back on the same port as a new process, with the chain (head, a balance set
// before) intact and the dev account still able to send; after Stop the process is
// gone and a restart is refused.
func TestGethRestartAfter(t *testing.T) {
	if _, err := FindGeth(); err != nil {
		t.Fatalf("%v: run scripts/deps.sh to install geth %s", err, GethVersion)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	g, err := StartGeth(ctx, GethOptions{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Stop()
	url, port, pid := g.URL(), g.Port(), g.PID()
	if pid == 0 || port == 0 || g.DataDir() != dir {
		t.Fatalf("pid %d port %d datadir %s", pid, port, g.DataDir())
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	if err := g.Fund(ctx, big.NewInt(777), to); err != nil {
		t.Fatal(err)
	}
	c, _, err := Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	before, err := c.BlockNumber(ctx)
	c.Close()
	if err != nil {
		t.Fatal(err)
	}

	// Watch the port while geth restarts: it must be refused at some point.
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	stopWatch := make(chan struct{})
	sawDown := make(chan bool, 1)
	go func() {
		down := false
		for !down {
			select {
			case <-stopWatch:
				sawDown <- false
				return
			case <-time.After(50 * time.Millisecond):
			}
			if conn, err := net.DialTimeout("tcp", addr, time.Second); err != nil {
				down = true
			} else {
				conn.Close()
			}
		}
		sawDown <- true
	}()
	const downtime = time.Second
	t0 := time.Now()
	if err := g.RestartAfter(ctx, downtime); err != nil {
		t.Fatal(err)
	}
	took := time.Since(t0)
	close(stopWatch)
	if !<-sawDown {
		t.Error("the endpoint was never refused during the restart")
	}
	if took < downtime {
		t.Errorf("restart took %s, less than the downtime %s", took, downtime)
	}
	if g.URL() != url || g.Port() != port {
		t.Errorf("endpoint moved: %s -> %s", url, g.URL())
	}
	if g.PID() == pid || g.PID() == 0 {
		t.Errorf("pid %d -> %d: not a new process", pid, g.PID())
	}
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("the old geth (pid %d) still exists: %v", pid, err)
	}

	c, _, err = Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	after, err := c.BlockNumber(ctx)
	if err != nil || after < before {
		t.Fatalf("chain lost on restart: head %d -> %d (%v)", before, after, err)
	}
	bal, err := c.BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 777 {
		t.Fatalf("balance set before the restart: %v (%v), want 777", bal, err)
	}
	// The same dev account still sends, and the chain goes on from where it was.
	if err := g.Fund(ctx, big.NewInt(1), to); err != nil {
		t.Fatal(err)
	}
	bal, err = c.BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 778 {
		t.Fatalf("balance after a transfer following the restart: %v (%v), want 778", bal, err)
	}
	if head, err := c.BlockNumber(ctx); err != nil || head <= after {
		t.Fatalf("no block mined after the restart: %d -> %d (%v)", after, head, err)
	}
	t.Logf("restart: pid %d -> %d on port %d in %s, head %d -> %d", pid, g.PID(), port, took.Round(time.Millisecond), before, after)

	last := g.PID()
	if err := g.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(last, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("geth (pid %d) still exists after Stop: %v", last, err)
	}
	if err := g.Restart(ctx); !errors.Is(err, ErrGethStopped) {
		t.Errorf("restart after Stop: %v, want ErrGethStopped", err)
	}
}

// TestFundAcrossBlocks funds many addresses in a few calls while geth --dev mines a
// block every second, so sends straddle blocks: every transfer must land with its
// exact amount (the dev account's nonces are assigned by FundFromDev, not by the
// node's pool, which once gave two transfers the same nonce across a block).
func TestFundAcrossBlocks(t *testing.T) {
	if _, err := FindGeth(); err != nil {
		t.Fatalf("%v: run scripts/deps.sh to install geth %s", err, GethVersion)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	g, err := StartGeth(ctx, GethOptions{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Stop()
	c, _, err := Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var all []common.Address
	for round := 0; round < 4; round++ {
		var to []common.Address
		for i := 0; i < 25; i++ {
			var a common.Address
			a[0], a[1], a[19] = 0xfd, byte(round), byte(i+1)
			to = append(to, a)
		}
		if err := g.Fund(ctx, big.NewInt(int64(1000+round)), to...); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		all = append(all, to...)
	}
	for _, a := range all {
		bal, err := c.BalanceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := int64(1000 + int(a[1])); bal.Int64() != want {
			t.Fatalf("%s holds %s wei, want %d", a, bal, want)
		}
	}
}
