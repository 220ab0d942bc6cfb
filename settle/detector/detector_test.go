package detector_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/detector"
	"github.com/whitepay/whitepay/settle/ledgergen"
	"github.com/whitepay/whitepay/upkeeping"
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// ---------------------------------------------------------------- without a chain

func synthLedger(t *testing.T, n int) (*ledgergen.Gen, *da.DirStore, common.Address) {
	t.Helper()
	c := common.HexToAddress("0x00000000000000000000000000000000000c0de2")
	g, err := ledgergen.New(ledgergen.Config{Contract: c, Keepers: 4, Providers: 5, RecordsPerEntry: 2, Period: 40})
	if err != nil {
		t.Fatal(err)
	}
	store, err := da.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ch := &ledgergen.Synthetic{}
	for i := 0; i < n; i++ {
		publish(t, g, ch, store, nil, nil)
	}
	return g, store, c
}

// publish generates the next period and publishes its batch (built faultily when
// the settlement is tampered with).
func publish(t *testing.T, g *ledgergen.Gen, ch ledgergen.Chain, store da.Store, provs []int, tamper ledgergen.Tamper) *settle.Built {
	t.Helper()
	ctx := context.Background()
	s, err := g.NextFor(ctx, ch, provs, tamper)
	if err != nil {
		t.Fatal(err)
	}
	var b *settle.Built
	if tamper != nil {
		b, err = settle.BuildFaulty(g.State, s)
	} else {
		b, err = g.Build(s)
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Put(ctx, g.Domain.Contract, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
		t.Fatal(err)
	}
	g.Apply(b)
	return b
}

func wantDiv(t *testing.T, err error, seq uint64, entry int, field string) *settle.Divergence {
	t.Helper()
	d, ok := settle.AsDivergence(err)
	if !ok {
		t.Fatalf("want a divergence at batch %d entry %d field %q, got %v", seq, entry, field, err)
	}
	if d.Seq != seq || d.Entry != entry || !strings.Contains(d.Field, field) {
		t.Fatalf("divergence %v; want batch %d entry %d field %q", d, seq, entry, field)
	}
	t.Logf("caught: %v", d)
	return d
}

func TestDirLedgerAndResume(t *testing.T) {
	ctx := context.Background()
	g, store, c := synthLedger(t, 3)
	stateDir := t.TempDir()
	var prog bytes.Buffer
	res, err := detector.Run(ctx, detector.Config{Contract: c, Store: store, StateDir: stateDir, Progress: &prog})
	if err != nil {
		t.Fatal(err)
	}
	if res.Batches != 3 || res.Settlements != 15 || res.Head.Seq != 2 || res.From != 0 {
		t.Fatalf("result %+v", res)
	}
	if !strings.Contains(prog.String(), "batch 2/3") {
		t.Fatalf("progress %q", prog.String())
	}
	// Two more batches; the next run resumes at batch 3.
	ch := &ledgergen.Synthetic{}
	ch.AdvanceTo(ctx, g.Te())
	publish(t, g, ch, store, nil, nil)
	publish(t, g, ch, store, nil, nil)
	res, err = detector.Run(ctx, detector.Config{Contract: c, Store: store, StateDir: stateDir})
	if err != nil {
		t.Fatal(err)
	}
	if res.From != 3 || res.Batches != 2 || res.Head.StateRoot != g.State.Head().StateRoot {
		t.Fatalf("resumed result %+v", res)
	}
	// History rewritten under the checkpoint: caught on resume.
	raw, _ := os.ReadFile(store.SeqPath(c, 4))
	b1, _ := os.ReadFile(store.SeqPath(c, 3))
	os.WriteFile(store.SeqPath(c, 4), b1, 0o644)
	_, err = detector.Run(ctx, detector.Config{Contract: c, Store: store, StateDir: stateDir})
	wantDiv(t, err, 4, -1, "hash")
	os.WriteFile(store.SeqPath(c, 4), raw, 0o644)
}

func TestDirTamperedByteAnyBatch(t *testing.T) {
	ctx := context.Background()
	_, store, c := synthLedger(t, 3)
	for seq := uint64(0); seq < 3; seq++ {
		it, _ := store.Get(ctx, c, seq)
		path := store.BatchPath(c, it.Hash)
		raw, _ := os.ReadFile(path)
		for _, off := range []int{0, len(raw) / 2, len(raw) - 1} {
			bad := bytes.Clone(raw)
			bad[off] ^= 0x01
			os.WriteFile(path, bad, 0o644)
			_, err := detector.Run(ctx, detector.Config{Contract: c, Store: store})
			wantDiv(t, err, seq, -1, "hash")
		}
		os.WriteFile(path, raw, 0o644)
	}
	if _, err := detector.Run(ctx, detector.Config{Contract: c, Store: store}); err != nil {
		t.Fatalf("restored ledger: %v", err)
	}
}

func TestDirMissingBatch(t *testing.T) {
	ctx := context.Background()
	_, store, c := synthLedger(t, 4)
	os.Remove(store.SeqPath(c, 2))
	_, err := detector.Run(ctx, detector.Config{Contract: c, Store: store})
	wantDiv(t, err, 2, -1, "seq")
	// Index present, file gone: unavailable data.
	_, store, c = synthLedger(t, 2)
	it, _ := store.Get(ctx, c, 1)
	os.Remove(store.BatchPath(c, it.Hash))
	_, err = detector.Run(ctx, detector.Config{Contract: c, Store: store})
	wantDiv(t, err, 1, -1, "data")
}

// lateStore hides batch seq from the first Get, as if it were published between
// the detector's read and its listing of the index.
type lateStore struct {
	*da.DirStore
	seq    uint64
	hidden bool
}

func (s *lateStore) Get(ctx context.Context, c common.Address, seq uint64) (*da.Item, error) {
	if seq == s.seq && !s.hidden {
		s.hidden = true
		return nil, da.ErrNotFound
	}
	return s.DirStore.Get(ctx, c, seq)
}

// TestDirBatchPublishedDuringRun: a batch that appears while the detector reads a
// live layer is not a missing batch; the next run reads it.
func TestDirBatchPublishedDuringRun(t *testing.T) {
	ctx := context.Background()
	_, dir, c := synthLedger(t, 4)
	res, err := detector.Run(ctx, detector.Config{Contract: c, Store: &lateStore{DirStore: dir, seq: 3}})
	if err != nil || res.Batches != 3 {
		t.Fatalf("live layer: %d batches, %v", res.Batches, err)
	}
	res, err = detector.Run(ctx, detector.Config{Contract: c, Store: dir})
	if err != nil || res.Batches != 4 {
		t.Fatalf("next run: %d batches, %v", res.Batches, err)
	}
}

func TestEmptyLayer(t *testing.T) {
	store, _ := da.OpenDir(t.TempDir())
	_, err := detector.Run(context.Background(), detector.Config{Contract: common.HexToAddress("0x1"), Store: store})
	if !errors.Is(err, detector.ErrNoLedger) {
		t.Fatalf("empty layer: %v", err)
	}
}

// ---------------------------------------------------------------- with the contract

// setupGenContract deploys the chain's stack, predicts the user's contract address
// (its reports bind it), makes the generated ledger for it (cfg: the contract and
// registry addresses, the owner and a start `ahead` blocks from now are filled in),
// registers the generated keepers (fund gives each gas money) and their group, and
// creates the contract through the factory, funded with 10 ether. wait mines a
// transaction.
func setupGenContract(t *testing.T, c chain.Client, owner *ecdsa.PrivateKey, ahead uint64, cfg ledgergen.Config, wait func(*types.Transaction) error, fund func(common.Address)) (*upkeeping.Contract, *ledgergen.Gen, *bind.TransactOpts) {
	t.Helper()
	ctx := context.Background()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	opts, _ := bind.NewKeyedTransactorWithChainID(owner, chainID)
	mine := func(tx *types.Transaction, err error) {
		t.Helper()
		if err == nil {
			err = wait(tx)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	st, txs, err := upkeeping.DeployStack(ctx, c, opts, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range txs {
		mine(tx, nil)
	}
	head, _ := c.BlockNumber(ctx)
	cfg.ChainID, cfg.Owner, cfg.Registry, cfg.Start = chainID, owner, st.Registry.Address, head+ahead
	stale := max(1, cfg.Period/uint64(cfg.RecordsPerEntry))
	p := upkeeping.DefaultParams(ownerAddr, cfg.Start, cfg.Period, cfg.Finality, 10, stale)
	p.LeaderBonusBps, p.VestPeriods, p.Registry = 100, 0, st.Registry.Address
	f, err := upkeeping.NewFactory(ctx, c, st.Factory)
	if err != nil {
		t.Fatal(err)
	}
	salt := upkeeping.SaltFromString("detector")
	if cfg.Contract, err = f.Predict(ctx, p, ownerAddr, salt); err != nil {
		t.Fatal(err)
	}
	g, err := ledgergen.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	grp := g.Group()
	if grp.Stale != p.Stale || grp.Window != p.Window || grp.LeaderBonusBps != p.LeaderBonusBps {
		t.Fatalf("ledgergen's group %+v does not match the parameters %+v", grp, p)
	}
	var ids []uint32
	for _, k := range g.Keepers {
		fund(k.Account)
		ko, _ := bind.NewKeyedTransactorWithChainID(k.Key, chainID)
		mine(st.Registry.RegisterKeeper(ctx, ko, k.BLS))
		id, _, _ := st.Registry.KeeperOf(ctx, k.Account)
		ids = append(ids, id)
	}
	mine(st.Registry.CreateGroup(ctx, opts, ids))
	if gid, err := st.Registry.GroupOf(ctx, ids); err != nil || gid != grp.GroupID {
		t.Fatalf("group %d %v, ledgergen assumed %d", gid, err, grp.GroupID)
	}
	var ps []upkeeping.ProviderReg
	for _, pr := range grp.Providers {
		ps = append(ps, upkeeping.ProviderReg{Account: pr.Account, Price: pr.Price})
	}
	created, tx, err := f.Create(ctx, opts, p, grp.GroupID, ps, salt, new(big.Int).Mul(big.NewInt(10), ether))
	mine(tx, err)
	if created != cfg.Contract {
		t.Fatalf("created at %s, predicted %s", created, cfg.Contract)
	}
	up, err := upkeeping.New(ctx, c, created)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := c.BlockNumber(ctx); b >= cfg.Start {
		t.Fatalf("set-up ended at block %d, after the start %d: raise ahead", b, cfg.Start)
	}
	return up, g, opts
}

// chainEnv is a generated ledger's contract on the simulated backend
// (ledgergen.Sim: Pay goes to a real Upkeeping contract), with short names for the
// tests and a dir layer.
type chainEnv struct {
	*ledgergen.Sim
	sim   *chain.Sim
	c     chain.Client
	up    *upkeeping.Contract
	opts  *bind.TransactOpts // the owner's account pays (anyone may)
	gen   *ledgergen.Gen
	store *da.DirStore
	owner *ecdsa.PrivateKey
}

// newChainEnv deploys an Upkeeping contract for a generated group (4 keepers, 4
// providers, 2 records per entry) on the simulated backend, funds it, and returns
// the environment.
func newChainEnv(t *testing.T) *chainEnv {
	t.Helper()
	return newChainEnvShape(t, 4, 4, 2, 20)
}

// newChainEnvShape is newChainEnv for a group of keepers, providers, records per
// entry and period.
func newChainEnvShape(t *testing.T, keepers, providers, records int, period uint64) *chainEnv {
	t.Helper()
	s, err := ledgergen.NewSim(context.Background(), ledgergen.Config{Keepers: keepers, Providers: providers,
		RecordsPerEntry: records, Period: period, Finality: 2, Price: new(big.Int).Mul(big.NewInt(3), upkeeping.PriceScale)}, ledgergen.SimOptions{HTTP: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	store, _ := da.OpenDir(t.TempDir())
	return &chainEnv{Sim: s, sim: s.Sim, c: s.C, up: s.Up, opts: s.Opts, gen: s.Gen, store: store, owner: s.Owner}
}

func (e *chainEnv) run(t *testing.T) (*detector.Result, error) {
	return detector.Run(context.Background(), detector.Config{Contract: e.up.Address, Store: e.store, Chain: e.c, MaxLag: 8})
}

// sendEther funds an account from the owner.
func (e *chainEnv) sendEther(t *testing.T, to common.Address, amount *big.Int) {
	t.Helper()
	if err := e.SendEther(context.Background(), to, amount); err != nil {
		t.Fatal(err)
	}
}

func TestHonestHistoryWithContract(t *testing.T) {
	ctx := context.Background()
	e := newChainEnv(t)
	publish(t, e.gen, e, e.store, nil, nil)
	publish(t, e.gen, e, e.store, nil, nil)
	// A provider withdraws between batches: balances drop, credited totals do not.
	prov := e.gen.Providers[1]
	e.sendEther(t, prov.Account, ether)
	popts, _ := bind.NewKeyedTransactorWithChainID(prov.Key, big.NewInt(chain.SimulatedChainID))
	txs, err := e.up.Withdraw(ctx, popts)
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	if _, err := e.up.Wait(ctx, txs[0]); err != nil {
		t.Fatal(err)
	}
	publish(t, e.gen, e, e.store, nil, nil)
	// The owner schedules a price change and adds a provider: once the change is in
	// force the batch carries the group read from the contract at its pay block, with
	// the price of the report's interval.
	newPrice := new(big.Int).Mul(big.NewInt(7), upkeeping.PriceScale)
	tx, err := e.up.SetPrice(ctx, e.opts, 2, newPrice)
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	rc, err := e.up.Wait(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	boundary := e.up.Config().ChangeBoundary(rc.BlockNumber.Uint64())
	newProv, _ := crypto.GenerateKey()
	if tx, err := e.up.AddProvider(ctx, e.opts, crypto.PubkeyToAddress(newProv.PublicKey), new(big.Int).Mul(big.NewInt(4), upkeeping.PriceScale)); err != nil {
		t.Fatal(err)
	} else {
		e.sim.Commit()
		if _, err := e.up.Wait(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	carried := 0
	var grp *settle.Group
	for e.gen.Te() < boundary+e.gen.Cfg.Period {
		s, err := e.gen.Next(ctx, e, nil)
		if err != nil {
			t.Fatal(err)
		}
		if grp, err = settle.ReadGroup(ctx, e.c, e.up.Address, s.PayBlock, s.Report, settle.DefaultLedgerParams()); err != nil {
			t.Fatal(err)
		}
		s.Group = grp
		e.gen.SetGroup(grp)
		b, err := e.gen.Build(s)
		if err != nil {
			t.Fatal(err)
		}
		if b.Batch.Group != nil {
			carried++
		}
		if err := e.store.Put(ctx, e.up.Address, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
			t.Fatal(err)
		}
		e.gen.Apply(b)
	}
	if len(grp.Providers) != 5 || grp.Providers[2].Price.Cmp(newPrice) != 0 || carried != 2 {
		t.Fatalf("group read %+v, carried %d times (want: the new provider, then the new price)", grp.Providers, carried)
	}
	publish(t, e.gen, e, e.store, nil, nil)
	res, err := e.run(t)
	if err != nil {
		t.Fatalf("honest history diverges: %v", err)
	}
	if res.Batches != e.gen.State.Head().Seq+1 || !res.ContractChecked || len(res.Pending) != 0 {
		t.Fatalf("result %+v", res)
	}
	t.Logf("honest: %d batches, %d settlements, %d records, contract state compared at %d pay blocks and at the head", res.Batches, res.Settlements, res.Records, res.RootsAtBlocks)
	// The contract's root equals the ledger's.
	var accounts []common.Address
	for _, b := range e.gen.State.Balances() {
		accounts = append(accounts, b.Account)
	}
	root, err := detector.ContractRoot(ctx, e.c, e.up.Address, e.gen.Domain, e.gen.State.Group(), accounts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if root != e.gen.State.Head().StateRoot {
		t.Fatal("contract root differs from the ledger's")
	}
	// The group read from the contract is the ledger's (PoPs recovered from the
	// keepers' registration calldata in the registry).
	last := e.gen.State.Head()
	it0, _ := e.store.Get(ctx, e.up.Address, last.Seq)
	lb0, _ := settle.Decode(it0.Enc)
	grp, err = settle.ReadGroup(ctx, e.c, e.up.Address, lb0.PayBlock, lb0.Report(), settle.DefaultLedgerParams())
	if err != nil {
		t.Fatal(err)
	}
	if !grp.Equal(e.gen.State.Group()) {
		t.Fatalf("ReadGroup %+v\nledger %+v", grp, e.gen.State.Group())
	}
	// A pay transaction decodes to its report and signatures (the fallback publisher).
	it, _ := e.store.Get(ctx, e.up.Address, last.Seq)
	lb, _ := settle.Decode(it.Enc)
	pay, err := settle.PaymentFromTx(ctx, e.c, e.up.Address, lb.PayTx)
	if err != nil {
		t.Fatal(err)
	}
	if pay.AggSig != lb.AggSig || pay.Signers.Cmp(lb.Signers) != 0 || pay.Report.Digest() != lb.Report().Digest() {
		t.Fatal("PaymentFromTx differs from the batch")
	}
}

func TestColludingQuorumInflates(t *testing.T) {
	// Three of four keepers observe and sign twice provider 2's space-time: the
	// contract verifies the aggregate and pays; the detector flags the entry against
	// the records.
	e := newChainEnv(t)
	publish(t, e.gen, e, e.store, nil, nil)
	b := publish(t, e.gen, e, e.store, nil, func(vals [][]*big.Int, st []*big.Int) {
		for k := range vals {
			vals[k][2].Mul(vals[k][2], big.NewInt(2))
		}
		st[2].Mul(st[2], big.NewInt(2))
	})
	// The contract paid it.
	pays, err := e.up.FilterPayments(context.Background(), b.Batch.PayBlock, nil, 2)
	if err != nil || len(pays) != 1 || pays[0].St.Cmp(b.Batch.Entries[2].St) != 0 {
		t.Fatalf("the contract did not pay the inflated entry: %v %v", pays, err)
	}
	_, err = e.run(t)
	d := wantDiv(t, err, 1, 2, "st")
	if !strings.Contains(d.Detail, "records give") {
		t.Fatalf("detail %q", d.Detail)
	}
}

func TestPaymentMissingFromLedger(t *testing.T) {
	e := newChainEnv(t)
	ctx := context.Background()
	publish(t, e.gen, e, e.store, nil, nil)
	// Providers 0 and 1 are paid on chain, but the batch is never published...
	s, err := e.gen.NextFor(ctx, e, []int{0, 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	skipped := s.PayTx
	// ...while the next payment (providers 2 and 3, from the earlier lastPaid) is.
	s2, err := e.gen.NextFor(ctx, e, []int{2, 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.gen.Build(s2)
	if err != nil {
		t.Fatal(err)
	}
	e.store.Put(ctx, e.up.Address, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded)
	_, err = e.run(t)
	d := wantDiv(t, err, 1, -1, "payment")
	if !strings.Contains(d.Detail, skipped.Hex()) {
		t.Fatalf("the missing payment is not named: %v", d)
	}
	// A payment after the last batch is pending until it is MaxLag blocks old.
	e2 := newChainEnv(t)
	publish(t, e2.gen, e2, e2.store, nil, nil)
	if _, err := e2.gen.Next(ctx, e2, nil); err != nil {
		t.Fatal(err)
	}
	res, err := e2.run(t)
	if err != nil || len(res.Pending) != 1 || res.ContractChecked {
		t.Fatalf("pending payment: %+v %v", res, err)
	}
	e2.AdvanceTo(ctx, e2.gen.Te()+40)
	_, err = e2.run(t)
	wantDiv(t, err, 1, -1, "payment")
}

func TestStateRootDiffersFromContract(t *testing.T) {
	// The owner raises provider 3's price on chain (scheduled, SPEC 8.1); the
	// publisher's ledger keeps the old price (a self-consistent ledger: its state roots
	// replay), so from the change on it credits provider 3 less than the contract did.
	e := newChainEnv(t)
	ctx := context.Background()
	publish(t, e.gen, e, e.store, nil, nil)
	tx, err := e.up.SetPrice(ctx, e.opts, 3, new(big.Int).Mul(big.NewInt(5), upkeeping.PriceScale))
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	rc, err := e.up.Wait(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	boundary := e.up.Config().ChangeBoundary(rc.BlockNumber.Uint64())
	seq := uint64(0)
	for e.gen.Te() < boundary+e.gen.Cfg.Period {
		b := publish(t, e.gen, e, e.store, nil, nil)
		seq = b.Batch.Seq
	}
	_, err = e.run(t)
	wantDiv(t, err, seq, 3, "contract")
}

func TestWrongBlockHashAgainstChain(t *testing.T) {
	// A ledger whose records cite a block hash the chain does not have. Without the
	// chain the provider's signature catches it (the seed changes); with it, the
	// hash itself is named.
	e := newChainEnv(t)
	ctx := context.Background()
	s, err := e.gen.Next(ctx, e, nil)
	if err != nil {
		t.Fatal(err)
	}
	for h := range s.BlockHashes {
		s.BlockHashes[h] = [32]byte{1}
		break
	}
	b, err := e.gen.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	e.store.Put(ctx, e.up.Address, 0, [32]byte{}, b.Hash, b.Encoded)
	_, err = e.run(t)
	wantDiv(t, err, 0, -1, "blockHashes")
	_, err = detector.Run(ctx, detector.Config{Contract: e.up.Address, Store: e.store})
	if d, ok := settle.AsDivergence(err); !ok || d.Seq != 0 || !strings.Contains(d.Field, "records") {
		t.Fatalf("without a chain: %v", err)
	}
}

var _ = time.Second

// TestPartsLedger: a period paid in parts is one batch per part (SPEC 8.1 "Large
// groups"), in pay order whatever the part numbers: period 1 pays part 1 then part
// 0, period 2 only part 0 (part 1 failed), period 3 both, part 1's providers
// from their lastPaid two periods back. The detector replays every batch against
// the contract (digests with the part, the observations' instance with the part,
// state roots); a batch whose part is rewritten is caught.
func TestPartsLedger(t *testing.T) {
	ctx := context.Background()
	e := newChainEnv(t)
	n := len(e.gen.Providers)
	p0, p1 := []int{0, 1, 2}, []int{}
	for p := 3; p < n; p++ {
		p1 = append(p1, p)
	}
	periods := []struct {
		parts [][]int
		nums  []uint32
	}{
		{[][]int{p1, p0}, []uint32{1, 0}},
		{[][]int{p0}, []uint32{0}},
		{[][]int{p0, p1}, []uint32{0, 1}},
	}
	var built []*settle.Built
	for _, pr := range periods {
		ss, err := e.gen.NextParts(ctx, e, pr.parts, pr.nums, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range ss {
			if s.Report.Part != pr.nums[i] {
				t.Fatalf("report part %d, want %d", s.Report.Part, pr.nums[i])
			}
			b, err := e.gen.Build(s)
			if err != nil {
				t.Fatal(err)
			}
			if b.Batch.Part != pr.nums[i] {
				t.Fatalf("batch part %d", b.Batch.Part)
			}
			if err := e.store.Put(ctx, e.up.Address, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
				t.Fatal(err)
			}
			e.gen.Apply(b)
			built = append(built, b)
		}
	}
	res, err := e.run(t)
	if err != nil {
		t.Fatalf("a ledger of parts diverges: %v", err)
	}
	if res.Batches != 5 || !res.ContractChecked {
		t.Fatalf("result %+v", res)
	}
	// Part 1's providers were paid once across periods 2 and 3 (ts two periods back).
	last := built[4].Batch
	if last.Part != 1 || last.Entries[0].Ts != built[0].Batch.Te || last.Te != built[0].Batch.Te+2*e.gen.Cfg.Period {
		t.Fatalf("part 1 in period 3: part %d ts %d te %d", last.Part, last.Entries[0].Ts, last.Te)
	}
	// A batch naming another part than the one paid: its report digest is not the
	// payment's.
	lb, err := settle.Decode(built[0].Encoded)
	if err != nil || lb.Part != 1 {
		t.Fatalf("decode part-1 batch: part %d, %v", lb.Part, err)
	}
	// Part 0 is written as version 2 (byte for byte as before parts), part > 0 as
	// version 3; a part-1 batch relabelled version 2 does not decode.
	if built[0].Encoded[4] != settle.VersionParts || built[1].Encoded[4] != settle.Version {
		t.Fatalf("versions %d (part 1), %d (part 0)", built[0].Encoded[4], built[1].Encoded[4])
	}
	if root, err := da.BatchStateRoot(built[0].Encoded); err != nil || root != built[0].Batch.StateRoot {
		t.Fatalf("da reads a part-1 batch's state root %x, %v", root, err)
	}
	if seq, err := da.BatchSeq(built[0].Encoded); err != nil || seq != built[0].Batch.Seq {
		t.Fatalf("da reads a part-1 batch's seq %d, %v", seq, err)
	}
	relabelled := bytes.Clone(built[0].Encoded)
	relabelled[4] = settle.Version
	if _, err := settle.Decode(relabelled); err == nil {
		t.Fatal("a part-1 batch relabelled version 2 decodes")
	}
	e2 := newChainEnv(t)
	ss, err := e2.gen.NextParts(ctx, e2, [][]int{p1}, []uint32{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ss[0].Report.Part = 2
	b, err := settle.BuildFaulty(e2.gen.State, ss[0])
	if err != nil {
		t.Fatal(err)
	}
	e2.store.Put(ctx, e2.up.Address, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded)
	_, err = e2.run(t)
	if _, ok := settle.AsDivergence(err); !ok {
		t.Fatalf("a batch with a rewritten part: %v", err)
	}
	t.Logf("caught: %v", err)
}
