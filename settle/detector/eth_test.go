package detector_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/detector"
)

// autoMine commits a block whenever a transaction is pending, as a dev chain would.
func autoMine(t *testing.T, e *chainEnv) { t.Cleanup(e.AutoMine()) }

// keeperStore opens the eth layer publishing as generated keeper i (funded).
func keeperStore(t *testing.T, e *chainEnv, inbox common.Address, i int) *da.EthStore {
	t.Helper()
	k := e.gen.Keepers[i]
	e.sendEther(t, k.Account, new(big.Int).Mul(big.NewInt(10), ether))
	kopts, _ := bind.NewKeyedTransactorWithChainID(k.Key, big.NewInt(chain.SimulatedChainID))
	sender := txmgr.New(e.c, k.Account, kopts.Signer, txmgr.Options{Poll: 20 * time.Millisecond})
	// A small chunk size so that batches travel in several chunks.
	store, err := da.OpenEth(context.Background(), da.EthOptions{Client: e.c, Inbox: inbox, Sender: sender, ChunkSize: 1 << 10})
	if err != nil {
		t.Fatal(err)
	}
	return store
}

// deployInbox deploys a BatchInbox on e's (auto-mining) chain.
func deployInbox(t *testing.T, e *chainEnv) common.Address {
	t.Helper()
	ctx := context.Background()
	inbox, tx, err := da.DeployInbox(ctx, e.c, e.opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, e.c, tx); err != nil {
		t.Fatal(err)
	}
	return inbox
}

// TestEthLayer is the shared ledger of SPEC 9 revision 2 on the Ethereum layer: the
// inbox accepts publications from the contract's active keepers only, one per keeper
// per seq; several keepers publish at one seq, invalid publications first (a body
// that does not decode; a valid-looking batch whose payment is not the one on
// chain); the canonical batch is the first valid one; a keeper's ledger and the
// detector agree on it, and the detector names the invalid publications with their
// publishers.
func TestEthLayer(t *testing.T) {
	ctx := context.Background()
	e := newChainEnv(t)
	autoMine(t, e)
	inbox := deployInbox(t, e)
	k0, k1, k2 := keeperStore(t, e, inbox, 0), keeperStore(t, e, inbox, 1), keeperStore(t, e, inbox, 2)
	var last *settle.Built
	for i := 0; i < 3; i++ {
		last = publish(t, e.gen, e, k0, nil, nil)
	}
	if n := len(da.Compress(last.Encoded)); n <= 1<<10 {
		t.Fatalf("payload of %d bytes: not chunked", n)
	}
	t.Logf("batch of %d bytes compressed to %d", len(last.Encoded), len(da.Compress(last.Encoded)))
	// The same publication again is a no-op; another one at a seq this keeper
	// published at is refused, and so is an earlier seq.
	if err := k0.Put(ctx, e.up.Address, last.Batch.Seq, last.Batch.Prev, last.Hash, last.Encoded); err != nil {
		t.Fatalf("republish: %v", err)
	}
	if err := k0.Put(ctx, e.up.Address, last.Batch.Seq, [32]byte{9}, last.Hash, last.Encoded); !errors.Is(err, da.ErrConflict) {
		t.Fatalf("a second publication at one seq: %v", err)
	}
	// A non-keeper cannot publish.
	outsider := txmgr.New(e.c, e.opts.From, e.opts.Signer, txmgr.Options{Poll: 20 * time.Millisecond})
	ostore, _ := da.OpenEth(ctx, da.EthOptions{Client: e.c, Inbox: inbox, Sender: outsider})
	if err := ostore.Put(ctx, e.up.Address, 3, last.Hash, last.Hash, last.Encoded); err == nil {
		t.Fatal("an outsider published")
	}

	// Seq 3: keeper 1 publishes garbage first, keeper 2 a well-formed batch that
	// names another payment, then keeper 0 the valid batch, then keeper 1 cannot
	// publish at seq 3 again.
	garbage := []byte("WPSB\x01 not a batch")
	gh := crypto.Keccak256Hash(garbage)
	if err := k1.Publish(ctx, e.up.Address, da.Header{Seq: 3, Prev: last.Hash, Hash: gh, StateRoot: [32]byte{1}}, garbage); err != nil {
		t.Fatal(err)
	}
	s, err := e.gen.NextFor(ctx, e, nil, nil) // pays on chain
	if err != nil {
		t.Fatal(err)
	}
	good, err := e.gen.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	forged := *good.Batch
	forged.PayTx = last.Batch.PayTx // another payment's transaction
	fenc, err := forged.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := k2.Publish(ctx, e.up.Address, da.Header{Seq: 3, Prev: last.Hash, Hash: settle.Hash(fenc), StateRoot: forged.StateRoot}, fenc); err != nil {
		t.Fatal(err)
	}
	if err := k0.Put(ctx, e.up.Address, 3, good.Batch.Prev, good.Hash, good.Encoded); err != nil {
		t.Fatal(err)
	}
	e.gen.Apply(good)
	if err := k1.Put(ctx, e.up.Address, 3, good.Batch.Prev, good.Hash, good.Encoded); !errors.Is(err, da.ErrConflict) {
		t.Fatalf("a keeper's second publication at seq 3: %v", err)
	}
	pubs, _ := k0.Publications(ctx, e.up.Address, 3)
	if len(pubs) != 3 || pubs[0].Publisher != e.gen.Keepers[1].Account || pubs[2].Publisher != e.gen.Keepers[0].Account {
		t.Fatalf("publications at seq 3: %+v", pubs)
	}

	// Read over JSON-RPC: a keeper's ledger and the detector take the valid one.
	rpc, _, err := chain.Dial(ctx, e.sim.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer rpc.Close()
	reader, err := da.Open(ctx, "eth:"+inbox.Hex(), da.OpenOptions{Client: rpc})
	if err != nil {
		t.Fatal(err)
	}
	l, err := settle.OpenLedger(ctx, reader, settle.NewState(e.gen.Domain), settle.LedgerOptions{ChainCheck: settle.NewChainCheck(rpc, e.up.Address)})
	if err != nil {
		t.Fatal(err)
	}
	if h := l.Head(); h.Seq != 3 || h.Hash != good.Hash {
		t.Fatalf("keeper ledger head %+v, want seq 3 %x", h, good.Hash)
	}
	if p, ok := l.Canonical(3); !ok || p.Publisher != e.gen.Keepers[0].Account {
		t.Fatalf("canonical publication at seq 3: %+v", p)
	}
	if rej := l.Rejected(); len(rej) != 2 || rej[0].Publisher != e.gen.Keepers[1].Account || rej[1].Publisher != e.gen.Keepers[2].Account {
		t.Fatalf("keeper ledger rejected %+v", rej)
	}
	res, err := detector.Run(ctx, detector.Config{Contract: e.up.Address, Store: reader, Chain: rpc})
	if err != nil {
		t.Fatalf("detector on the eth layer: %v", err)
	}
	if res.Batches != 4 || !res.ContractChecked || res.Head.Hash != good.Hash {
		t.Fatalf("result %+v", res)
	}
	if len(res.Rejected) != 2 || res.Rejected[0].Publisher != e.gen.Keepers[1].Account || res.Rejected[1].Publisher != e.gen.Keepers[2].Account ||
		!strings.Contains(res.Rejected[1].Reason, "(chain)") {
		t.Fatalf("detector rejected %+v", res.Rejected)
	}
	for _, r := range res.Rejected {
		t.Logf("rejected: seq %d by %s: %s", r.Seq, r.Publisher, r.Reason)
	}
	// A reader given only the contract finds the inbox by its events (the contract
	// names none); the code at another address is no inbox; a second genuine inbox
	// without publications changes nothing, one with publications makes it ambiguous.
	if got, err := settle.FindLedger(ctx, rpc, e.up.Address, 0); err != nil || got != inbox {
		t.Fatalf("FindLedger: %s, %v; want %s", got, err, inbox)
	}
	if ok, err := da.IsInbox(ctx, rpc, e.up.Address); ok || err != nil {
		t.Fatalf("the upkeeping contract taken for an inbox: %v, %v", ok, err)
	}
	inbox2, tx, err := da.DeployInbox(ctx, e.c, e.opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, e.c, tx); err != nil {
		t.Fatal(err)
	}
	if ok, err := da.IsInbox(ctx, rpc, inbox2); !ok || err != nil {
		t.Fatalf("a BatchInbox deployed in another block not recognised: %v, %v", ok, err)
	}
	if got, err := settle.FindLedger(ctx, rpc, e.up.Address, 0); err != nil || got != inbox {
		t.Fatalf("FindLedger with an empty second inbox: %s, %v", got, err)
	}
	if err := keeperStore(t, e, inbox2, 1).Publish(ctx, e.up.Address, da.Header{Seq: 0, Hash: gh}, garbage); err != nil {
		t.Fatal(err)
	}
	if _, err := settle.FindLedger(ctx, rpc, e.up.Address, 0); !errors.Is(err, settle.ErrLedgerAmbiguous) {
		t.Fatalf("FindLedger with publications in two inboxes: %v", err)
	}
	// Another upkeeping contract has its own (empty) ledger on the same inbox.
	if h, _ := reader.Head(ctx, common.HexToAddress("0x1234")); h.Next != 0 {
		t.Fatalf("foreign head %+v", h)
	}
	if _, err := reader.Get(ctx, e.up.Address, 4); !errors.Is(err, da.ErrNotFound) {
		t.Fatalf("beyond the head: %v", err)
	}
}

func TestDecompressBound(t *testing.T) {
	big := make([]byte, da.MaxDecoded+10)
	if _, err := da.Decompress(da.Compress(big)); err == nil {
		t.Fatal("oversized payload inflated")
	}
	if _, err := da.Decompress([]byte("not deflate")); err == nil {
		t.Fatal("garbage inflated")
	}
}

// countingLogs counts a client's eth_getLogs and eth_blockNumber calls.
type countingLogs struct {
	chain.Client
	logs, heads int
}

func (c *countingLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.logs++
	return c.Client.FilterLogs(ctx, q)
}

func (c *countingLogs) BlockNumber(ctx context.Context) (uint64, error) {
	c.heads++
	return c.Client.BlockNumber(ctx)
}

// TestEthLayerOneScanForAllContracts (issue 14): one store indexes every contract
// of a keeper with one eth_getLogs per new head range, whatever their number; with
// the node's head (EthOptions.Head) it reads nothing while the head stands still; a
// contract indexed late is caught up once, alone, and finds the publications made
// before it was indexed. A store scanning per contract (version 1) made one query
// per contract per refresh: the counts below would be 5, not 1.
func TestEthLayerOneScanForAllContracts(t *testing.T) {
	ctx := context.Background()
	e := newChainEnv(t)
	autoMine(t, e)
	inbox := deployInbox(t, e)
	k0 := keeperStore(t, e, inbox, 0)
	publish(t, e.gen, e, k0, nil, nil)
	cc := &countingLogs{Client: e.c}
	head := func(ctx context.Context) (uint64, error) { return e.c.BlockNumber(ctx) } // not counted: the node's watcher
	reader, err := da.OpenEth(ctx, da.EthOptions{Client: cc, Inbox: inbox, Head: head})
	if err != nil {
		t.Fatal(err)
	}
	others := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03"), common.HexToAddress("0x04")}
	for _, c := range others {
		if n, err := reader.Frontier(ctx, c); err != nil || n != 0 {
			t.Fatalf("foreign contract %s: frontier %d, %v", c, n, err)
		}
	}
	// Every contract indexed: the head has not moved, so nothing is read.
	before := cc.logs
	for range 3 {
		for _, c := range others {
			if _, err := reader.Frontier(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	if cc.logs != before || cc.heads != 0 {
		t.Fatalf("a standing head cost %d log queries and %d head reads", cc.logs-before, cc.heads)
	}
	// Publications of the served contract in new blocks: one query files them
	// for every contract indexed; the late contract is caught up once.
	publish(t, e.gen, e, k0, nil, nil)
	if n, err := reader.Frontier(ctx, e.up.Address); err != nil || n != 2 {
		t.Fatalf("late contract: frontier %d, %v; want 2 (the publication made before it was indexed, and the new one)", n, err)
	}
	before = cc.logs
	publish(t, e.gen, e, k0, nil, nil)
	for _, c := range append([]common.Address{e.up.Address}, others...) {
		if _, err := reader.Frontier(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if got := cc.logs - before; got != 1 {
		t.Fatalf("%d log queries to refresh 5 contracts over one new range, want 1", got)
	}
	if n, _ := reader.Frontier(ctx, e.up.Address); n != 3 {
		t.Fatalf("frontier %d, want 3", n)
	}
	for _, c := range others {
		if n, _ := reader.Frontier(ctx, c); n != 0 {
			t.Fatalf("another contract's publications filed under %s: frontier %d", c, n)
		}
	}
}
