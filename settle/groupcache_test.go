package settle_test

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/ledgergen"
	"github.com/whitepay/whitepay/upkeeping"
)

// countingClient counts the chain reads a GroupReader makes.
type countingClient struct {
	chain.Client
	n   atomic.Int64
	txs atomic.Int64 // TransactionByHash alone (proofs of possession)
}

func (c *countingClient) CallContract(ctx context.Context, m ethereum.CallMsg, b *big.Int) ([]byte, error) {
	c.n.Add(1)
	return c.Client.CallContract(ctx, m, b)
}

func (c *countingClient) CodeAt(ctx context.Context, a common.Address, b *big.Int) ([]byte, error) {
	c.n.Add(1)
	return c.Client.CodeAt(ctx, a, b)
}

func (c *countingClient) ChainID(ctx context.Context) (*big.Int, error) {
	c.n.Add(1)
	return c.Client.ChainID(ctx)
}

func (c *countingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.n.Add(1)
	return c.Client.FilterLogs(ctx, q)
}

func (c *countingClient) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	c.n.Add(1)
	c.txs.Add(1)
	return c.Client.TransactionByHash(ctx, h)
}

func (c *countingClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.n.Add(1)
	return c.Client.HeaderByNumber(ctx, n)
}

func (c *countingClient) BlockNumber(ctx context.Context) (uint64, error) {
	c.n.Add(1)
	return c.Client.BlockNumber(ctx)
}

// groupCacheEnv is a contract on the simulated backend paid by a generated ledger,
// a GroupReader on a counting client, and a log follower feeding it as the node's
// chain watcher does (one log query per step, outside the count).
type groupCacheEnv struct {
	t    *testing.T
	s    *ledgergen.Sim
	cc   *countingClient
	gr   *settle.GroupReader
	last uint64 // logs fed through this block
}

func newGroupCacheEnv(t *testing.T) *groupCacheEnv {
	t.Helper()
	ctx := context.Background()
	s, err := ledgergen.NewSim(ctx, ledgergen.Config{Keepers: 4, Providers: 3, RecordsPerEntry: 2, Period: 20, Finality: 2,
		Price: new(big.Int).Mul(big.NewInt(3), upkeeping.PriceScale)}, ledgergen.SimOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	e := &groupCacheEnv{t: t, s: s, cc: &countingClient{Client: s.C}}
	e.gr = settle.NewGroupReader(e.cc, s.Up.Address, nil)
	head, err := s.C.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.gr.Note(head, false, 0, nil) // the watcher's first head: logs from the next block
	e.last = head
	return e
}

// feed delivers the contract's logs of the blocks since the last feed.
func (e *groupCacheEnv) feed() {
	e.t.Helper()
	ctx := context.Background()
	head, err := e.s.C.BlockNumber(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	if head == e.last {
		return
	}
	logs, err := e.s.C.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(e.last + 1),
		ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{e.s.Up.Address}})
	if err != nil {
		e.t.Fatal(err)
	}
	e.gr.Note(head, false, 0, logs)
	e.last = head
}

// mine commits until every tx is mined and checks them.
func (e *groupCacheEnv) mine(txs []*types.Transaction, err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	ctx := context.Background()
	for _, tx := range txs {
		for i := 0; ; i++ {
			if _, err := e.s.C.TransactionReceipt(ctx, tx.Hash()); err == nil {
				break
			}
			if i == 100 {
				e.t.Fatalf("tx %s not mined", tx.Hash())
			}
			e.s.Sim.Commit()
		}
		if _, err := e.s.Up.Wait(ctx, tx); err != nil {
			e.t.Fatal(err)
		}
	}
}

func one(tx *types.Transaction, err error) ([]*types.Transaction, error) {
	return []*types.Transaction{tx}, err
}

type readKind int

const (
	wantCached readKind = iota // no chain call
	wantFull                   // a full read
)

// check reads the group of settlement s through the cache and uncached
// (settle.ReadGroup at the same block): they must be Equal, and the cached read
// must be what want says. It returns the uncached group.
func (e *groupCacheEnv) check(what string, s *settle.Settlement, want readKind) *settle.Group {
	e.t.Helper()
	ctx := context.Background()
	lp := settle.DefaultLedgerParams()
	ref, err := settle.ReadGroup(ctx, e.s.C, e.s.Up.Address, s.PayBlock, s.Report, lp)
	if err != nil {
		e.t.Fatalf("%s: ReadGroup: %v", what, err)
	}
	calls, full := e.cc.n.Load(), e.gr.Stats().Full
	got, err := e.gr.Read(ctx, s.PayBlock, s.Report, lp)
	if err != nil {
		e.t.Fatalf("%s: cached read: %v", what, err)
	}
	calls, full = e.cc.n.Load()-calls, e.gr.Stats().Full-full
	if !got.Equal(ref) {
		e.t.Fatalf("%s (te %d, block %d): the cached group differs from ReadGroup's\ncached %+v\n        %v\nchain  %+v\n        %v",
			what, s.Report.Te, s.PayBlock, *got, got.Providers, *ref, ref.Providers)
	}
	switch want {
	case wantCached:
		if calls != 0 || full != 0 {
			e.t.Fatalf("%s: %d chain calls, %d full reads: want the cache (0 calls)", what, calls, full)
		}
	case wantFull:
		if full != 1 {
			e.t.Fatalf("%s: %d full reads (%d calls), want one", what, full, calls)
		}
	}
	e.t.Logf("%s: te %d block %d: %d calls (full %v)", what, s.Report.Te, s.PayBlock, calls, full == 1)
	return ref
}

// pay pays the next period (providers provs; nil: all) and checks the group read
// for it; the generator goes on with the chain's group.
func (e *groupCacheEnv) pay(what string, provs []int, want readKind) *settle.Group {
	e.t.Helper()
	ctx := context.Background()
	s, err := e.s.Gen.NextFor(ctx, e.s, provs, nil)
	if err != nil {
		e.t.Fatalf("%s: %v", what, err)
	}
	e.feed()
	grp := e.check(what, s, want)
	// The same payment again (the ledger's retry, a chain check of its batch):
	// served from the cache at the same block.
	e.check(what+" (again)", s, wantCached)
	s.Group = grp
	e.s.Gen.SetGroup(grp)
	b, err := e.s.Gen.Build(s)
	if err != nil {
		e.t.Fatalf("%s: build: %v", what, err)
	}
	e.s.Gen.Apply(b)
	// The chain check of the batch (a shared ledger's sync) through the same
	// cache: no full read, and a batch whose group differs is not on chain.
	chk := settle.NewCachedChainCheck(e.s.C, e.s.Up.Address, e.gr)
	bb := *b.Batch
	bb.Group = grp.Clone()
	full := e.gr.Stats().Full
	if err := chk(ctx, &bb); err != nil {
		e.t.Fatalf("%s: chain check: %v", what, err)
	}
	if n := e.gr.Stats().Full - full; n != 0 {
		e.t.Fatalf("%s: the chain check read the group in full", what)
	}
	bb.Group.Providers[0].Price = new(big.Int).Add(bb.Group.Providers[0].Price, big.NewInt(1))
	if err := chk(ctx, &bb); !errors.Is(err, settle.ErrNotOnChain) {
		e.t.Fatalf("%s: chain check of a batch with another price: %v", what, err)
	}
	return grp
}

// TestGroupReaderCache: payments interleaved with changes of the group; after each
// the cached group equals ReadGroup's at the same block, with no chain call after
// harmless logs only and a full read after a log that may change the group.
func TestGroupReaderCache(t *testing.T) {
	ctx := context.Background()
	e := newGroupCacheEnv(t)
	s, opts := e.s, e.s.Opts
	e.pay("first payment", nil, wantFull)
	e.pay("second payment", nil, wantCached)

	// Fund and a provider's withdrawal (Funded, Withdrawn): harmless.
	e.mine(s.Up.Fund(ctx, opts, big.NewInt(1e18)))
	prov := s.Gen.Providers[0]
	if err := s.SendEther(ctx, prov.Account, big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	popts, _ := bind.NewKeyedTransactorWithChainID(prov.Key, big.NewInt(chain.SimulatedChainID))
	e.mine(s.Up.Withdraw(ctx, popts))
	e.pay("after fund and withdraw", nil, wantCached)

	// A price change of provider 1 (ProviderChangeScheduled): a full read; then the
	// cache serves the payments while the change is pending and once it is in force
	// (entries at or after the boundary are priced from the pending change).
	newPrice := new(big.Int).Mul(big.NewInt(7), upkeeping.PriceScale)
	tx, err := s.Up.SetPrice(ctx, opts, 1, newPrice)
	e.mine(one(tx, err))
	rc, _ := s.C.TransactionReceipt(ctx, tx.Hash())
	boundary := s.Up.Config().ChangeBoundary(rc.BlockNumber.Uint64())
	e.pay("after setPrice", nil, wantFull)
	var grp *settle.Group
	for s.Gen.Te()+s.Gen.Cfg.Period <= boundary {
		if grp = e.pay("change pending", nil, wantCached); grp.Providers[1].Price.Cmp(newPrice) == 0 {
			t.Fatal("the new price before its boundary")
		}
	}
	// The first entry from the boundary on is priced from the pending change (and
	// applies it in the contract: EntryPaid).
	if grp = e.pay("change in force", nil, wantCached); grp.Providers[1].Price.Cmp(newPrice) != 0 {
		t.Fatalf("provider 1 at %s from the boundary, want %s", grp.Providers[1].Price, newPrice)
	}
	// A report that does not pay provider 1 carries its price now: the new one,
	// which the cache has from applying that EntryPaid log to its infos.
	if grp = e.pay("provider 1 not paid", []int{0, 2}, wantCached); grp.Providers[1].Price.Cmp(newPrice) != 0 {
		t.Fatalf("provider 1 at %s after its change, want %s", grp.Providers[1].Price, newPrice)
	}
	e.pay("provider 1 paid again", nil, wantCached)

	// A new provider (ProviderAdded): a full read.
	k, _ := crypto.GenerateKey()
	e.mine(one(s.Up.AddProvider(ctx, opts, crypto.PubkeyToAddress(k.PublicKey), new(big.Int).Mul(big.NewInt(4), upkeeping.PriceScale))))
	grp = e.pay("after addProvider", nil, wantFull)
	if len(grp.Providers) != 4 {
		t.Fatalf("%d providers after addProvider", len(grp.Providers))
	}
	e.pay("after addProvider, next", nil, wantCached)

	// A new epoch (EpochScheduled, the same registry group): a full read; then the
	// cache until the first report in the new epoch, which is another full read.
	tx, err = s.Up.ScheduleGroup(ctx, opts, s.Gen.Group().GroupID)
	e.mine(one(tx, err))
	rc, _ = s.C.TransactionReceipt(ctx, tx.Hash())
	from := s.Up.Config().ChangeBoundary(rc.BlockNumber.Uint64())
	grp = e.pay("after scheduleGroup", nil, wantFull)
	for s.Gen.Te()+s.Gen.Cfg.Period <= from {
		grp = e.pay("epoch scheduled", nil, wantCached)
	}
	old := grp.EpochFrom
	grp = e.pay("first report of the new epoch", nil, wantFull)
	if grp.EpochFrom != from || old == from {
		t.Fatalf("epoch from %d (before %d), want %d", grp.EpochFrom, old, from)
	}
	e.pay("new epoch, next", nil, wantCached)

	// A new owner (OwnershipTransferStarted, OwnershipTransferred): full reads. The
	// generator's orders are the old owner's: the last payment is only read.
	nk, _ := crypto.GenerateKey()
	newOwner := crypto.PubkeyToAddress(nk.PublicKey)
	if err := s.SendEther(ctx, newOwner, big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	e.mine(one(s.Up.TransferOwnership(ctx, opts, newOwner)))
	nopts, _ := bind.NewKeyedTransactorWithChainID(nk, big.NewInt(chain.SimulatedChainID))
	e.mine(one(s.Up.AcceptOwnership(ctx, nopts)))
	last, err := s.Gen.Next(ctx, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.feed()
	if grp := e.check("after an ownership transfer", last, wantFull); grp.Owner != newOwner {
		t.Fatalf("owner %s, want %s", grp.Owner, newOwner)
	}
	st := e.gr.Stats()
	t.Logf("reads: %d full, %d cached", st.Full, st.Cached)
}

// TestGroupReaderReorg: a reorganisation drops the cache (the next read is a full
// one), and a read whose block's logs were not delivered is a full one.
func TestGroupReaderReorg(t *testing.T) {
	ctx := context.Background()
	e := newGroupCacheEnv(t)
	e.pay("first payment", nil, wantFull)
	e.pay("second payment", nil, wantCached)
	s, err := e.s.Gen.Next(ctx, e.s, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.feed()
	// A reorganisation below the payment (the chain watcher would deliver the
	// canonical branch's logs with it; the payment's are the same here).
	logs, err := e.s.C.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(s.PayBlock - 1),
		ToBlock: new(big.Int).SetUint64(e.last), Addresses: []common.Address{e.s.Up.Address}})
	if err != nil {
		t.Fatal(err)
	}
	e.gr.Note(e.last, true, s.PayBlock-2, logs)
	grp := e.check("after a reorg", s, wantFull)
	s.Group = grp
	e.s.Gen.SetGroup(grp)
	b, err := e.s.Gen.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	e.s.Gen.Apply(b)
	// A payment in a block whose logs the reader has not been given: a full read.
	s2, err := e.s.Gen.Next(ctx, e.s, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.check("logs not delivered", s2, wantFull)
	e.feed()
	e.check("logs delivered", s2, wantCached)
}

// TestPoPCacheShared (issue 14): the keepers' proofs of possession are recovered
// from the registry (a registration transaction per keeper) once per node, not once
// per contract: a second reader sharing the cache — another contract naming the
// same registry — reads its group in full without a transaction lookup, and gets
// the same proofs; a reader without the shared cache recovers them again.
func TestPoPCacheShared(t *testing.T) {
	e := newGroupCacheEnv(t)
	ctx := context.Background()
	s, err := e.s.Gen.NextFor(ctx, e.s, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	lp := settle.DefaultLedgerParams()
	pops := settle.NewPoPCache()
	read := func(what string, gr *settle.GroupReader) (*settle.Group, int64) {
		t.Helper()
		before := e.cc.txs.Load()
		g, err := gr.Read(ctx, s.PayBlock, s.Report, lp)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return g, e.cc.txs.Load() - before
	}
	first, n1 := read("first reader", settle.NewGroupReader(e.cc, e.s.Up.Address, pops))
	if n1 < int64(len(first.Keepers)) {
		t.Fatalf("first reader: %d transaction lookups for %d keepers' proofs", n1, len(first.Keepers))
	}
	second, n2 := read("second reader, shared cache", settle.NewGroupReader(e.cc, e.s.Up.Address, pops))
	if n2 != 0 {
		t.Fatalf("second reader sharing the cache: %d transaction lookups, want 0", n2)
	}
	if !second.Equal(first) {
		t.Fatal("the group read with shared proofs differs")
	}
	if _, n3 := read("reader of its own", settle.NewGroupReader(e.cc, e.s.Up.Address, nil)); n3 != n1 {
		t.Fatalf("a reader without the shared cache: %d lookups, want %d", n3, n1)
	}
}
