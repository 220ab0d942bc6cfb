package provider

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/keeper/chainwatch"
	"github.com/whitepay/whitepay/settle/ledgergen"
	"github.com/whitepay/whitepay/upkeeping"
)

// countingClient counts a provider's chain reads, by method.
type countingClient struct {
	chain.Client
	mu   sync.Mutex
	n    map[string]int
	down bool // contract calls fail (an RPC outage)
}

func (c *countingClient) count(m string) {
	c.mu.Lock()
	c.n[m]++
	c.mu.Unlock()
}

func (c *countingClient) snapshot() (map[string]int, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out, total := map[string]int{}, 0
	for k, v := range c.n {
		out[k] = v
		total += v
	}
	return out, total
}

func (c *countingClient) CallContract(ctx context.Context, m ethereum.CallMsg, b *big.Int) ([]byte, error) {
	c.count("eth_call")
	c.mu.Lock()
	down := c.down
	c.mu.Unlock()
	if down {
		return nil, errors.New("connection refused")
	}
	return c.Client.CallContract(ctx, m, b)
}
func (c *countingClient) CodeAt(ctx context.Context, a common.Address, b *big.Int) ([]byte, error) {
	c.count("eth_getCode")
	return c.Client.CodeAt(ctx, a, b)
}
func (c *countingClient) ChainID(ctx context.Context) (*big.Int, error) {
	c.count("eth_chainId")
	return c.Client.ChainID(ctx)
}
func (c *countingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.count("eth_getLogs")
	return c.Client.FilterLogs(ctx, q)
}
func (c *countingClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.count("eth_getBlockByNumber")
	return c.Client.HeaderByNumber(ctx, n)
}
func (c *countingClient) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	c.count("eth_getBlockByHash")
	return c.Client.HeaderByHash(ctx, h)
}
func (c *countingClient) BlockNumber(ctx context.Context) (uint64, error) {
	c.count("eth_blockNumber")
	return c.Client.BlockNumber(ctx)
}
func (c *countingClient) BalanceAt(ctx context.Context, a common.Address, b *big.Int) (*big.Int, error) {
	c.count("eth_getBalance")
	return c.Client.BalanceAt(ctx, a, b)
}
func (c *countingClient) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	c.count("eth_getTransactionReceipt")
	return c.Client.TransactionReceipt(ctx, h)
}

// followEnv is a provider's chain side (group cache, payment watchers, one
// follower) serving n contracts on the simulated backend through a counting client:
// contract 0 is paid by a generated ledger, the others are created through the
// same factory with the same keepers and providers (this provider is index 0 in
// each).
type followEnv struct {
	t         *testing.T
	s         *ledgergen.Sim
	cc        *countingClient
	group     *ChainGroup
	watchers  []*PaymentWatcher
	contracts []common.Address
	f         *Follower
	self      common.Address
}

func newFollowEnv(t *testing.T, n int) *followEnv {
	t.Helper()
	ctx := context.Background()
	s, err := ledgergen.NewSim(ctx, ledgergen.Config{Keepers: 4, Providers: 3, RecordsPerEntry: 2, Period: 20, Finality: 2,
		Price: new(big.Int).Mul(big.NewInt(3), upkeeping.PriceScale)}, ledgergen.SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	e := &followEnv{t: t, s: s, cc: &countingClient{Client: s.C, n: map[string]int{}}, self: s.Gen.Providers[0].Account}
	e.contracts = []common.Address{s.Up.Address}
	// The factory is the owner's third creation (upkeeping.DeployStack: registry,
	// admin, factory), the stack being its first transactions.
	fac, err := upkeeping.NewFactory(ctx, s.C, crypto.CreateAddress(s.Opts.From, 2))
	if err != nil {
		t.Fatal(err)
	}
	grp := s.Gen.Group()
	var provs []upkeeping.ProviderReg
	for _, p := range grp.Providers {
		provs = append(provs, upkeeping.ProviderReg{Account: p.Account, Price: new(big.Int).Set(p.Price)})
	}
	for i := 1; i < n; i++ {
		p := s.Up.Config()
		p.Start = 0
		a, tx, err := fac.Create(ctx, s.Opts, p, grp.GroupID, provs, upkeeping.SaltFromString("more"+string(rune('a'+i))), big.NewInt(1e18))
		if err != nil {
			t.Fatal(err)
		}
		e.mine(tx)
		e.contracts = append(e.contracts, a)
	}
	e.group = NewChainGroup(e.cc, 0)
	for _, a := range e.contracts {
		up, err := e.group.Bind(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		w, err := NewPaymentWatcher(WatcherConfig{Contract: a, Provider: e.self, Source: up, Head: e.cc, Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		e.watchers = append(e.watchers, w)
	}
	e.f = NewFollower(chainwatch.New(e.cc, chainwatch.Options{}), e.group, e.watchers, e.contracts, slog.New(slog.DiscardHandler))
	e.step()
	return e
}

func (e *followEnv) mine(tx *types.Transaction) {
	e.t.Helper()
	ctx := context.Background()
	for i := 0; ; i++ {
		if _, err := e.s.C.TransactionReceipt(ctx, tx.Hash()); err == nil {
			break
		}
		if i == 100 {
			e.t.Fatalf("tx %s not mined", tx.Hash())
		}
		e.s.Sim.Commit()
	}
	if _, err := upkeeping.Wait(ctx, e.s.C, tx); err != nil {
		e.t.Fatal(err)
	}
}

// step lets the follower read the chain, then answers a challenge round: every
// contract's owner and keepers are asked for (from the cache).
func (e *followEnv) step() {
	e.t.Helper()
	ctx := context.Background()
	if err := e.f.Step(ctx); err != nil {
		e.t.Fatal(err)
	}
	for _, a := range e.contracts {
		if _, err := e.group.Owner(ctx, a); err != nil {
			e.t.Fatal(err)
		}
		for range 2 {
			if _, err := e.group.Keepers(ctx, a); err != nil {
				e.t.Fatal(err)
			}
		}
	}
}

func (e *followEnv) head() uint64 {
	e.t.Helper()
	h, err := e.s.C.BlockNumber(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// payments mines block by block (a follower step per block) up to the end of
// each of k periods, and pays contract 0's period (every provider).
func (e *followEnv) payments(k int) {
	e.t.Helper()
	ctx := context.Background()
	cfg := e.s.Gen.Cfg
	for range k {
		for e.head() < e.s.Gen.Te()+cfg.Period+cfg.Finality {
			e.s.Sim.Commit()
			e.step()
		}
		st, err := e.s.Gen.NextFor(ctx, e.s, nil, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		b, err := e.s.Gen.Build(st)
		if err != nil {
			e.t.Fatal(err)
		}
		e.s.Gen.Apply(b)
		e.step()
	}
}

// check compares the watchers' and the group cache's view with the chain's.
func (e *followEnv) check(wantPaid int) {
	e.t.Helper()
	ctx := context.Background()
	for i, a := range e.contracts {
		up, err := upkeeping.New(ctx, e.s.C, a)
		if err != nil {
			e.t.Fatal(err)
		}
		ps, err := up.FilterPayments(ctx, 0, nil, 0)
		if err != nil {
			e.t.Fatal(err)
		}
		total := new(big.Int)
		for _, p := range ps {
			total.Add(total, p.Amount)
		}
		bal, err := up.BalanceOf(ctx, e.self)
		if err != nil {
			e.t.Fatal(err)
		}
		st := e.watchers[i].Status()
		want := 0
		if i == 0 {
			want = wantPaid
		}
		if !st.Registered || st.Index != 0 || st.Payments != want || len(ps) != want || st.TotalPaid != total.String() || st.Balance != bal.String() || st.LastError != "" {
			e.t.Fatalf("contract %d: status %+v; chain: %d payments, total %s, balance %s", i, st, len(ps), total, bal)
		}
		ag, err := up.ActiveGroup(ctx)
		if err != nil {
			e.t.Fatal(err)
		}
		var ks []common.Address
		for _, k := range ag.Keepers() {
			ks = append(ks, k.Account)
		}
		got, err := e.group.Keepers(ctx, a)
		if err != nil || !slices.Equal(got, ks) {
			e.t.Fatalf("contract %d: keepers %v (%v), chain %v", i, got, err, ks)
		}
		p, err := up.Params(ctx)
		if err != nil {
			e.t.Fatal(err)
		}
		if o, err := e.group.Owner(ctx, a); err != nil || o != p.Owner {
			e.t.Fatalf("contract %d: owner %s (%v), chain %s", i, o, err, p.Owner)
		}
	}
}

// TestFollowerTrafficFlat (issue 14): a provider serving 1 and then 5 contracts,
// its chain reads counted over the same stretch of blocks with two payments and a
// challenge round per block: the reads per block do not grow with the contracts
// (one head read and one log query per block for all of them; the balance read
// only after a payment to it; owner and keepers from the cache), and the
// payments, balances, owners and keepers are the chain's. The old node (a poll per
// contract: head, logs, balance, and the group re-read every 15 s) made at least
// five reads per contract per poll.
func TestFollowerTrafficFlat(t *testing.T) {
	type run struct {
		calls, blocks int
		by            map[string]int
	}
	measure := func(n int) run {
		e := newFollowEnv(t, n)
		e.payments(1) // warm-up: the first payment
		_, c0 := e.cc.snapshot()
		b0 := e.head()
		reads := e.group.Reads()
		e.payments(2)
		by1, c1 := e.cc.snapshot()
		r := run{calls: c1 - c0, blocks: int(e.head() - b0), by: by1}
		if d := e.group.Reads() - reads; d != 0 {
			t.Fatalf("%d contracts: %d group reads while only payments happened", n, d)
		}
		e.check(3)
		t.Logf("%d contracts: %d calls over %d blocks (%.2f per block); all calls so far %v", n, r.calls, r.blocks, float64(r.calls)/float64(r.blocks), by1)
		if n > 1 {
			// A change of one contract's group (an ownership transfer started):
			// that contract's group alone is read again, once.
			ctx := context.Background()
			up, err := upkeeping.New(ctx, e.s.C, e.contracts[1])
			if err != nil {
				t.Fatal(err)
			}
			tx, err := up.TransferOwnership(ctx, e.s.Opts, common.HexToAddress("0x1234"))
			if err != nil {
				t.Fatal(err)
			}
			reads := e.group.Reads()
			e.mine(tx)
			e.step()
			e.step()
			if d := e.group.Reads() - reads; d != 1 {
				t.Fatalf("after an ownership event: %d group reads, want 1", d)
			}
			e.check(3)
		}
		return r
	}
	one, five := measure(1), measure(5)
	if five.calls*one.blocks > one.calls*five.blocks {
		t.Fatalf("reads per block grow with the contracts: 1 contract %d/%d blocks, 5 contracts %d/%d blocks", one.calls, one.blocks, five.calls, five.blocks)
	}
	// Per block: a head read and a log query, plus the balance after each of the
	// two payments (its provider entry: one call).
	if five.calls > 2*five.blocks+2 {
		t.Fatalf("5 contracts: %d reads over %d blocks", five.calls, five.blocks)
	}
}

// TestChainGroupFollowsEpochs: followed by the chain watcher, a contract's owner
// and keepers are read again once after an EpochScheduled log and once when the
// head reaches the new epoch's start, and not otherwise; after a change the last
// answer is served through an RPC outage, up to MaxStale.
func TestChainGroupFollowsEpochs(t *testing.T) {
	ctx := context.Background()
	e := newFollowEnv(t, 1)
	a := e.contracts[0]
	reads := func() uint64 { return e.group.Reads() }
	r0 := reads()
	// Past the first epoch's start (a pending epoch is replaced, not appended).
	for e.head() <= e.s.Up.Config().Start {
		e.s.Sim.Commit()
		e.step()
	}
	if reads() != r0 {
		t.Fatalf("empty blocks: %d group reads", reads()-r0)
	}
	tx, err := e.s.Up.ScheduleGroup(ctx, e.s.Opts, e.s.Gen.Group().GroupID)
	if err != nil {
		t.Fatal(err)
	}
	e.mine(tx)
	e.step()
	if reads() != r0+1 {
		t.Fatalf("after EpochScheduled: %d group reads, want 1", reads()-r0)
	}
	eps, err := e.s.Up.Epochs(ctx)
	if err != nil || len(eps) != 2 {
		t.Fatalf("epochs %v (%v)", eps, err)
	}
	for e.head() < eps[1].From-1 {
		e.s.Sim.Commit()
		e.step()
	}
	if reads() != r0+1 {
		t.Fatalf("before the new epoch: %d group reads, want 1", reads()-r0)
	}
	e.s.Sim.Commit()
	e.step()
	e.s.Sim.Commit()
	e.step()
	if reads() != r0+2 {
		t.Fatalf("at the new epoch's start (%d, head %d): %d group reads, want 2", eps[1].From, e.head(), reads()-r0)
	}
	e.check(0)

	// An outage after a change: the last answer, until MaxStale.
	now := time.Now()
	e.group.now = func() time.Time { return now }
	tx, err = e.s.Up.TransferOwnership(ctx, e.s.Opts, common.HexToAddress("0x1234"))
	if err != nil {
		t.Fatal(err)
	}
	e.mine(tx)
	if err := e.f.Step(ctx); err != nil {
		t.Fatal(err)
	}
	e.cc.mu.Lock()
	e.cc.down = true
	e.cc.mu.Unlock()
	if ks, err := e.group.Keepers(ctx, a); err != nil || len(ks) != 4 {
		t.Fatalf("in an outage: keepers %v, %v; want the last answer", ks, err)
	}
	now = now.Add(e.group.maxStale + time.Second)
	if _, err := e.group.Keepers(ctx, a); err == nil {
		t.Fatal("an answer older than MaxStale was served")
	}
	e.cc.mu.Lock()
	e.cc.down = false
	e.cc.mu.Unlock()
	if ks, err := e.group.Keepers(ctx, a); err != nil || len(ks) != 4 {
		t.Fatalf("after the outage: keepers %v, %v", ks, err)
	}
}
