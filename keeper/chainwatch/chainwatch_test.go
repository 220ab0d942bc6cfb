package chainwatch

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/whitepay/whitepay/contracts/bindings"
)

// counting counts the watcher's reads of the chain (a test double around the
// real simulated backend's client: it only counts).
type counting struct {
	Client
	headers, logs atomic.Int64
}

func (c *counting) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.headers.Add(1)
	return c.Client.HeaderByNumber(ctx, n)
}

func (c *counting) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.logs.Add(1)
	return c.Client.FilterLogs(ctx, q)
}

type env struct {
	t     *testing.T
	nonce uint64 // the next nonce of opts.From (set explicitly: many txs per block)
	sim   *simulated.Backend
	opts  *bind.TransactOpts
	toks  []*bindings.TestToken
	addr  []common.Address
}

// newEnv deploys n ERC-20 test tokens (each Mint emits a Transfer log).
func newEnv(t *testing.T, n int) *env {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	t.Cleanup(func() { sim.Close() })
	opts, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, sim: sim, opts: opts}
	for range n {
		opts.Nonce = new(big.Int).SetUint64(e.nonce)
		e.nonce++
		a, _, tok, err := bindings.DeployTestToken(opts, sim.Client(), "T", "T")
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		e.toks, e.addr = append(e.toks, tok), append(e.addr, a)
	}
	return e
}

func (e *env) mint(i int, amount int64) {
	e.opts.Nonce = new(big.Int).SetUint64(e.nonce)
	e.nonce++
	if _, err := e.toks[i].Mint(e.opts, e.opts.From, big.NewInt(amount)); err != nil {
		e.t.Fatal(err)
	}
}

func take(t *testing.T, s *Sub) Update {
	t.Helper()
	select {
	case <-s.C():
	default:
		t.Fatal("no update signalled")
	}
	u, ok := s.Take()
	if !ok {
		t.Fatal("signalled but no update")
	}
	return u
}

// TestOneReadPerHeadForAllContracts: a poll costs one header read and one log
// query whatever the number of contracts watched, and each subscriber gets its own
// contract's logs only.
func TestOneReadPerHeadForAllContracts(t *testing.T) {
	const n = 20
	e := newEnv(t, n)
	cc := &counting{Client: e.sim.Client()}
	w := New(cc, Options{})
	subs := make([]*Sub, n)
	for i := range subs {
		subs[i] = w.Subscribe(e.addr[i])
	}
	heads := w.Subscribe()
	ctx := context.Background()
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	first := take(t, heads)
	if first.Reorg || len(first.Logs) != 0 {
		t.Fatalf("first update %+v", first)
	}
	for i := range n {
		if i%2 == 0 {
			e.mint(i, int64(i+1))
		}
	}
	e.sim.Commit()
	cc.headers.Store(0)
	cc.logs.Store(0)
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if h, l := cc.headers.Load(), cc.logs.Load(); h != 1 || l != 1 {
		t.Fatalf("one poll over %d contracts: %d header reads, %d log queries; want 1 and 1", n, h, l)
	}
	for i, s := range subs {
		u := take(t, s)
		if u.Head != first.Head+1 {
			t.Fatalf("contract %d: head %d, want %d", i, u.Head, first.Head+1)
		}
		want := 0
		if i%2 == 0 {
			want = 1
		}
		if len(u.Logs) != want {
			t.Fatalf("contract %d: %d logs, want %d", i, len(u.Logs), want)
		}
		for _, l := range u.Logs {
			if l.Address != e.addr[i] {
				t.Fatalf("contract %d got a log of %s", i, l.Address)
			}
		}
	}
	if u := take(t, heads); len(u.Logs) != 0 {
		t.Fatal("a heads-only subscriber got logs")
	}
	// An unchanged head costs one header read and nothing else.
	cc.headers.Store(0)
	cc.logs.Store(0)
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if h, l := cc.headers.Load(), cc.logs.Load(); h != 1 || l != 0 {
		t.Fatalf("unchanged head: %d header reads, %d log queries", h, l)
	}
	if _, ok := subs[0].Take(); ok {
		t.Fatal("an update for an unchanged head")
	}
	if h, err := w.Head(ctx); err != nil || h != first.Head+1 {
		t.Fatalf("Head %d %v", h, err)
	}
	if cc.headers.Load() != 1 {
		t.Fatal("Head read the chain although the last poll is fresh")
	}
}

// TestUpdatesMerge: updates a subscriber has not taken merge: the latest head and
// every log in order, none lost, across several blocks read in one query.
func TestUpdatesMerge(t *testing.T) {
	e := newEnv(t, 1)
	w := New(e.sim.Client(), Options{MaxRange: 2})
	s := w.Subscribe(e.addr[0])
	ctx := context.Background()
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	start := take(t, s).Head
	for i := range 5 {
		e.mint(0, int64(i+1))
		e.sim.Commit()
		if i%2 == 1 {
			if err := w.Poll(ctx); err != nil { // some polls skip blocks (jump > 1)
				t.Fatal(err)
			}
		}
	}
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	u := take(t, s)
	if u.Head != start+5 || u.Reorg {
		t.Fatalf("head %d reorg %v, want %d", u.Head, u.Reorg, start+5)
	}
	if len(u.Logs) != 5 {
		t.Fatalf("%d logs, want 5", len(u.Logs))
	}
	for i, l := range u.Logs {
		if l.BlockNumber != start+uint64(i)+1 {
			t.Fatalf("log %d in block %d, want %d", i, l.BlockNumber, start+uint64(i)+1)
		}
	}
}

// TestReorg: a reorganisation is noticed once, with its fork point; the
// subscriber's pending logs of the orphaned branch are dropped and the canonical
// branch's delivered; block hashes served are the canonical ones.
func TestReorg(t *testing.T) {
	e := newEnv(t, 1)
	w := New(e.sim.Client(), Options{})
	s := w.Subscribe(e.addr[0])
	ctx := context.Background()
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	base := take(t, s).Head
	baseHdr, err := e.sim.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(base))
	if err != nil {
		t.Fatal(err)
	}
	e.mint(0, 1)
	e.sim.Commit() // base+1, orphaned below
	e.sim.Commit() // base+2
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	// Not taken: the orphaned log is pending when the reorg comes.
	old, err := w.BlockHash(ctx, base+2)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.sim.Fork(baseHdr.Hash()); err != nil {
		t.Fatal(err)
	}
	e.sim.Commit() // new base+1, without the mint (the fork dropped it)
	e.mint(0, 2)
	e.sim.Commit() // new base+2
	e.sim.Commit() // base+3: longer than the old branch
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	u := take(t, s)
	if !u.Reorg || !u.ForkKnown || u.ForkPoint != base || u.Head != base+3 || u.OldHead != base+2 {
		t.Fatalf("update %+v, want a reorg at fork point %d to head %d", u, base, base+3)
	}
	if w.Reorgs() != 1 {
		t.Fatalf("%d reorgs", w.Reorgs())
	}
	canon, err := e.sim.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(base+2))
	if err != nil {
		t.Fatal(err)
	}
	// The logs delivered are exactly the canonical branch's above the fork point
	// (the simulated backend re-includes the orphaned mint on the new branch).
	want, err := e.sim.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(base + 1), Addresses: e.addr})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != 2 || len(u.Logs) != len(want) {
		t.Fatalf("logs after the reorg: %d, canonical %d (want 2)", len(u.Logs), len(want))
	}
	for i := range want {
		if u.Logs[i].BlockHash != want[i].BlockHash || u.Logs[i].TxHash != want[i].TxHash {
			t.Fatalf("log %d: block %x tx %x, canonical block %x tx %x", i, u.Logs[i].BlockHash, u.Logs[i].TxHash, want[i].BlockHash, want[i].TxHash)
		}
	}
	got, err := w.BlockHash(ctx, base+2)
	if err != nil || got != canon.Hash() || got == old {
		t.Fatalf("block %d after the reorg: %x (orphaned %x, canonical %x) %v", base+2, got, old, canon.Hash(), err)
	}
}
