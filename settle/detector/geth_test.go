package detector_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/detector"
	"github.com/whitepay/whitepay/settle/ledgergen"
	"github.com/whitepay/whitepay/upkeeping"
)

// gethChain is ledgergen.Chain on a geth --dev node (blocks every second).
type gethChain struct {
	c    chain.Client
	up   *upkeeping.Contract
	opts *bind.TransactOpts
}

func (g *gethChain) BlockHash(ctx context.Context, h uint64) ([32]byte, error) {
	hd, err := g.c.HeaderByNumber(ctx, new(big.Int).SetUint64(h))
	if err != nil {
		return [32]byte{}, err
	}
	return hd.Hash(), nil
}

func (g *gethChain) AdvanceTo(ctx context.Context, h uint64) error {
	for {
		n, err := g.c.BlockNumber(ctx)
		if err != nil || n >= h {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func (g *gethChain) Pay(ctx context.Context, r *report.Report, signers *big.Int, sig *bls.Signature) (common.Hash, uint64, error) {
	tx, err := g.up.Pay(ctx, g.opts, r, signers, sig)
	if err != nil {
		return common.Hash{}, 0, err
	}
	rc, err := g.up.Wait(ctx, tx)
	if err != nil {
		return common.Hash{}, 0, err
	}
	return tx.Hash(), rc.BlockNumber.Uint64(), nil
}

// TestGethDevEthLayer publishes a ledger of a real contract to the Ethereum layer of
// a real geth --dev node over JSON-RPC (chunked calldata) and checks it with the
// detector against the contract (scripts/deps.sh installs geth).
func TestGethDevEthLayer(t *testing.T) {
	if _, err := chain.FindGeth(); err != nil {
		t.Fatalf("%v: run scripts/deps.sh to install geth %s", err, chain.GethVersion)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	logf, _ := os.Create(filepath.Join(t.TempDir(), "geth.log"))
	g, err := chain.StartGeth(ctx, chain.GethOptions{DataDir: t.TempDir(), Log: logf})
	if err != nil {
		t.Fatalf("start geth: %v", err)
	}
	t.Cleanup(func() { _ = g.Stop() })
	client, chainID, err := chain.Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)

	owner, _ := crypto.GenerateKey()
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if err := g.Fund(ctx, new(big.Int).Mul(big.NewInt(100), eth), ownerAddr); err != nil {
		t.Fatal(err)
	}
	up, gen, opts := setupGenContract(t, client, owner, 40, ledgergen.Config{Keepers: 4, Providers: 3, RecordsPerEntry: 2, Period: 4, Finality: 1,
		Price: new(big.Int).Mul(big.NewInt(2), upkeeping.PriceScale)},
		func(tx *types.Transaction) error { _, err := upkeeping.Wait(ctx, client, tx); return err },
		func(a common.Address) {
			if err := g.Fund(ctx, new(big.Int).Mul(big.NewInt(10), eth), a); err != nil {
				t.Fatal(err)
			}
		})
	addr := up.Address
	inbox, itx, err := da.DeployInbox(ctx, client, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, client, itx); err != nil {
		t.Fatal(err)
	}
	k0 := gen.Keepers[0]
	kopts, _ := bind.NewKeyedTransactorWithChainID(k0.Key, chainID)
	sender := txmgr.New(client, k0.Account, kopts.Signer, txmgr.Options{Poll: 100 * time.Millisecond})
	store, err := da.OpenEth(ctx, da.EthOptions{Client: client, Inbox: inbox, Sender: sender, ChunkSize: 1 << 10})
	if err != nil {
		t.Fatal(err)
	}
	ch := &gethChain{c: client, up: up, opts: opts}
	for i := 0; i < 2; i++ {
		s, err := gen.Next(ctx, ch, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := gen.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := store.Put(ctx, addr, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
			t.Fatal(err)
		}
		gen.Apply(b)
	}
	reader, err := da.Open(ctx, "eth:"+inbox.Hex(), da.OpenOptions{Client: client})
	if err != nil {
		t.Fatal(err)
	}
	res, err := detector.Run(ctx, detector.Config{Contract: addr, Store: reader, Chain: client})
	if err != nil {
		t.Fatalf("detector on geth --dev: %v", err)
	}
	if res.Batches != 2 || !res.ContractChecked || res.Head.StateRoot != gen.State.Head().StateRoot {
		t.Fatalf("result %+v", res)
	}
	t.Logf("geth --dev: %d batches via calldata, contract compared at %d pay blocks and the head", res.Batches, res.RootsAtBlocks)
	_ = settle.Version
}
