package payer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	bindv2 "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/blscrypto"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/upkeeping"
)

type submitEnv struct {
	t       *testing.T
	ctx     context.Context
	client  chain.Client
	chainID *big.Int
	c       *upkeeping.Contract
	params  upkeeping.Params
	keys    []*ecdsa.PrivateKey
	bls     []*bls.SecretKey
	d       *driver
	first   uint64 // the providers' first lastPaid
}

func newSubmitEnv(t *testing.T) *submitEnv {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	e := &submitEnv{t: t, ctx: ctx}
	alloc := types.GenesisAlloc{}
	for range 5 { // owner + 4 keepers
		k, _ := gethcrypto.GenerateKey()
		e.keys = append(e.keys, k)
		alloc[gethcrypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 80)}
	}
	sim, err := chain.NewSim(chain.SimOptions{Alloc: alloc, BlockPeriod: 50 * time.Millisecond, GasLimit: 100_000_000})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	e.client = sim.Client()
	e.chainID, _ = e.client.ChainID(ctx)
	owner := gethcrypto.PubkeyToAddress(e.keys[0].PublicKey)
	var signers []upkeeping.KeeperSigner
	for _, k := range e.keys[1:] {
		sk, _ := bls.GenerateKey()
		e.bls = append(e.bls, sk)
		o, _ := bind.NewKeyedTransactorWithChainID(k, e.chainID)
		signers = append(signers, upkeeping.KeeperSigner{Opts: o, BLS: sk})
	}
	head, _ := e.client.BlockNumber(ctx)
	e.params = upkeeping.DefaultParams(owner, head+1, 5, 1, 5, 5)
	e.params.VestPeriods = 0
	var provs []upkeeping.ProviderReg
	for i := range 2 {
		provs = append(provs, upkeeping.ProviderReg{Account: common.BigToAddress(big.NewInt(int64(0x1000 + i))), Price: new(big.Int).Mul(big.NewInt(3), upkeeping.PriceScale)})
	}
	wait := func(tx *types.Transaction) error { _, err := upkeeping.Wait(ctx, e.client, tx); return err }
	c, _, err := upkeeping.Setup(ctx, e.client, e.opts(0), signers, e.params, provs, big.NewInt(1_000_000_000), wait)
	if err != nil {
		t.Fatal(err)
	}
	// The providers are paid from the first boundary after the set-up: the test's
	// periods start there.
	if e.first, err = c.LastPaid(ctx, 0); err != nil {
		t.Fatal(err)
	}
	e.c = c

	// The payer of keeper 0 (registration index 0).
	key := e.keys[1]
	me := gethcrypto.PubkeyToAddress(key.PublicKey)
	h, err := p2p.New(p2p.Config{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, TCPOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	db, err := store.Open("", store.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	tr := NewTransport(h, 0, nil, nil)
	t.Cleanup(tr.Close)
	p, err := New(Config{
		Client: e.client, ChainID: e.chainID, Account: me,
		Tx:      txmgr.New(e.client, me, bindv2.NewKeyedTransactor(key, e.chainID).Signer, txmgr.Options{ResubmitAfter: 2 * time.Second, Poll: 20 * time.Millisecond}),
		Keyring: blscrypto.NewKeyring(e.bls[0], nil), DB: db, Records: records.NewStore(db, e.chainID),
		Chain: chainview.NewEthChain(e.client), Transport: tr, Proposals: NewProposals(),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Serve(ctx, c.Address); err != nil {
		t.Fatal(err)
	}
	e.d = p.drivers[c.Address]
	return e
}

func (e *submitEnv) opts(i int) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(e.keys[i], e.chainID)
	if err != nil {
		e.t.Fatal(err)
	}
	return o
}

func (e *submitEnv) waitHeight(h uint64) {
	for {
		n, err := e.client.BlockNumber(e.ctx)
		if err != nil {
			e.t.Fatal(err)
		}
		if n >= h {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// submission signs r with keepers 0, 1 and 2 (q = 3 of 4).
func (e *submitEnv) submission(r *report.Report) agreement.Submit {
	dg := r.Digest()
	var sigs []*bls.Signature
	for _, sk := range e.bls[:3] {
		sigs = append(sigs, sk.Sign(dg[:]))
	}
	agg, err := bls.AggregateSignatures(sigs)
	if err != nil {
		e.t.Fatal(err)
	}
	s := agreement.Submit{Report: r, Encoded: r.Encode(), Digest: dg, Signers: big.NewInt(0b111)}
	copy(s.Signature[:], agg.Bytes())
	return s
}

func (e *submitEnv) report(te uint64, leader uint32, ts uint64) *report.Report {
	return &report.Report{ChainID: e.chainID, Contract: e.c.Address, Te: te, Leader: leader, FailedBitmap: new(big.Int),
		Entries: []report.Entry{{Provider: 0, Ts: ts, St: big.NewInt(100)}, {Provider: 1, Ts: ts, St: big.NewInt(250)}}}
}

func (e *submitEnv) nonce() uint64 {
	n, err := e.client.NonceAt(e.ctx, e.d.p.cfg.Account, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *submitEnv) outcome() string {
	return e.d.status().LastOutcome
}

// TestSubmitNeverDoublePays drives the submitter directly: a report is paid once
// (amounts st × price from the receipt's events); submitting it again, or another
// leader's report for the same period, or a report the contract already holds
// from someone else's transaction, sends nothing and is success; a report that
// reverts for another reason (a stale ts for a later period) is decoded, counted
// failed and sends nothing.
func TestSubmitNeverDoublePays(t *testing.T) {
	e := newSubmitEnv(t)
	te := e.first + e.params.Period
	e.waitHeight(te + e.params.Finality)

	e.d.submit(e.ctx, e.submission(e.report(te, 0, e.first)), time.Millisecond, false)
	if got := e.outcome(); got != "paid" {
		t.Fatalf("first submit: %s", got)
	}
	paid := e.d.p.Payments(e.c.Address)
	if len(paid) != 1 || len(paid[0].Entries) != 2 || paid[0].GasUsed == 0 {
		t.Fatalf("payments %+v", paid)
	}
	for i, want := range []int64{300, 750} {
		if paid[0].Entries[i].Amount.Cmp(big.NewInt(want)) != 0 {
			t.Fatalf("entry %d amount %s, want %d", i, paid[0].Entries[i].Amount, want)
		}
	}
	// The ledger's publisher takes the payment as sent (Proposals.Sent) instead of
	// reading it back: it must be what the chain holds (settle.PaymentFromTx).
	sp, ok := e.d.p.cfg.Proposals.Sent(e.c.Address, paid[0].Tx)
	if !ok {
		t.Fatal("the confirmed payment was not kept for the ledger")
	}
	onChain, err := settle.PaymentFromTx(e.ctx, e.client, e.c.Address, paid[0].Tx)
	if err != nil {
		t.Fatal(err)
	}
	if sp.Tx != onChain.Tx || sp.Block != onChain.Block || sp.Index != onChain.Index || !bytes.Equal(sp.Encoded, onChain.Encoded) ||
		sp.Signers.Cmp(onChain.Signers) != 0 || sp.Signature != onChain.AggSig {
		t.Fatalf("kept payment %+v differs from the chain's %+v", sp, onChain)
	}
	n := e.nonce()

	e.d.submit(e.ctx, e.submission(e.report(te, 0, e.first)), 0, false)
	if got := e.outcome(); got != "already_paid" {
		t.Fatalf("same report again: %s", got)
	}
	e.d.submit(e.ctx, e.submission(e.report(te, 2, e.first)), 0, false)
	if got := e.outcome(); got != "already_paid" {
		t.Fatalf("another leader's report for a paid period: %s", got)
	}

	// A stale ts for the next period reverts in estimation: decoded, failed, nothing sent.
	te2 := te + e.params.Period
	e.waitHeight(te2 + e.params.Finality)
	e.d.submit(e.ctx, e.submission(e.report(te2, 0, e.first)), 0, false)
	if got := e.outcome(); got != "failed" {
		t.Fatalf("stale report: %s", got)
	}
	if e.nonce() != n {
		t.Fatal("a transaction was sent for a paid or failing report")
	}

	// Paid by another keeper's transaction first: ours is success and sends nothing.
	r2 := e.report(te2, 1, te)
	s2 := e.submission(r2)
	sig, _ := bls.SignatureFromBytes(bytes.Clone(s2.Signature[:]))
	tx, err := e.c.Pay(e.ctx, e.opts(2), r2, s2.Signers, sig)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.Wait(e.ctx, tx); err != nil {
		t.Fatal(err)
	}
	e.d.submit(e.ctx, e.submission(e.report(te2, 0, te)), 0, false)
	if got := e.outcome(); got != "already_paid" {
		t.Fatalf("report paid by someone else: %s", got)
	}
	if e.nonce() != n {
		t.Fatal("a transaction was sent for a report already paid")
	}
	for p := range uint32(2) {
		lp, _ := e.c.LastPaid(e.ctx, p)
		if lp != te2 {
			t.Fatalf("provider %d lastPaid %d, want %d", p, lp, te2)
		}
	}
	pays, err := e.c.FilterPayments(e.ctx, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(pays) != 4 {
		t.Fatalf("%d entries paid, want 4 (two providers, two periods, once each)", len(pays))
	}
	st := e.d.status()
	if st.Submitted != 5 || st.Paid != 1 {
		t.Fatalf("status %+v", st)
	}
}
