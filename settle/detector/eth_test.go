package detector_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
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
	inbox, tx, err := da.DeployInbox(ctx, e.c, e.opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, e.c, tx); err != nil {
		t.Fatal(err)
	}
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
