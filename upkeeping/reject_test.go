package upkeeping

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/report"
)

// TestPayRejections runs every rejection path of pay (SPEC 8) against one deployment
// and checks that each is refused with its own error and that nothing was paid.
func TestPayRejections(t *testing.T) {
	e := newEnv(t, 1+4+2)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 2})
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(1_000_000)))
	H := d.params.Period
	te := d.params.Start + H
	e.advanceTo(te + d.params.Finality)
	good := func() *report.Report { return d.report(te, 0, 100, 200) }
	submitter := e.opts(d.keepers[0].account)

	payReport := func(name string, r *report.Report, want error, signers ...int) {
		t.Helper()
		if signers == nil {
			signers = []int{0, 1, 2}
		}
		bm, sig := d.sign(r, signers...)
		tx, err := d.c.Pay(e.ctx, submitter, r, bm, sig)
		e.expectRevert(name, tx, err, want)
	}
	payRaw := func(name string, enc []byte, bm *big.Int, sig []byte, want error) {
		t.Helper()
		tx, err := d.c.PayEncoded(e.ctx, submitter, enc, bm, sig)
		e.expectRevert(name, tx, err, want)
	}
	signRaw := func(enc []byte, signers ...int) (*big.Int, []byte) {
		digest := crypto.Keccak256(enc)
		var sigs []*bls.Signature
		for _, s := range signers {
			sigs = append(sigs, d.keepers[s].sk.Sign(digest))
		}
		agg, err := bls.AggregateSignatures(sigs)
		if err != nil {
			t.Fatal(err)
		}
		s := agg.EIP2537()
		return bitmap(signers...), s[:]
	}

	// Domain: chain, contract, tag.
	r := good()
	r.ChainID = big.NewInt(1)
	payReport("wrong chain", r, ErrWrongChain)
	r = good()
	r.Contract = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	payReport("wrong contract", r, ErrWrongContract)
	enc := good().Encode()
	copy(enc[:32], crypto.Keccak256([]byte("whitepay/obs/v1")))
	bm, sig := signRaw(enc, 0, 1, 2)
	payRaw("wrong tag", enc, bm, sig, ErrWrongTag)

	// Timing: te not a boundary, te + D not reached.
	r = good()
	r.Te = te + 1
	payReport("te not a boundary", r, ErrNotPeriodBoundary)
	r = good()
	r.Te = te + 5*H
	payReport("te not final", r, ErrNotFinal)

	// Entries: ts != lastPaid, unknown provider, empty report.
	r = good()
	r.Entries[1].Ts = d.params.Start + 1
	payReport("ts != lastPaid", r, ErrStaleInterval)
	r = good()
	r.Entries[1].Provider = 9
	payReport("unknown provider", r, ErrUnknownProvider)
	r = good()
	r.Entries = nil
	payReport("empty report", r, ErrEmptyReport)

	// Signers: fewer than q, unregistered, a signature counted twice.
	payReport("fewer than q signers", good(), ErrNotEnoughSigners, 0, 1)
	r = good()
	digest := r.Digest()
	s5, _ := bls.GenerateKey()
	outsider := s5.Sign(digest[:])
	agg, _ := bls.AggregateSignatures([]*bls.Signature{d.keepers[0].sk.Sign(digest[:]), d.keepers[1].sk.Sign(digest[:]), outsider})
	a := agg.EIP2537()
	payRaw("unregistered signer", r.Encode(), bitmap(0, 1, 5), a[:], ErrUnknownSigner)
	dup, _ := bls.AggregateSignatures([]*bls.Signature{d.keepers[0].sk.Sign(digest[:]), d.keepers[0].sk.Sign(digest[:]), d.keepers[1].sk.Sign(digest[:])})
	a = dup.EIP2537()
	payRaw("signer counted twice", r.Encode(), bitmap(0, 1, 2), a[:], ErrInvalidSignature)

	// Signatures: on another report, infinity, off the curve, wrong length.
	other := good()
	other.Entries[0].St = big.NewInt(101)
	_, otherSig := d.sign(other, 0, 1, 2)
	o := otherSig.EIP2537()
	payRaw("signature on another report", r.Encode(), bitmap(0, 1, 2), o[:], ErrInvalidSignature)
	payRaw("infinity signature", r.Encode(), bitmap(0, 1, 2), make([]byte, 256), ErrInvalidSignature)
	bad := o
	bad[255] ^= 1
	payRaw("signature off the curve", r.Encode(), bitmap(0, 1, 2), bad[:], ErrInvalidSignature)
	payRaw("short signature", r.Encode(), bitmap(0, 1, 2), o[:255], ErrInvalidSignature)

	// Leader and failed bitmap.
	r = good()
	r.Leader = 7
	payReport("unregistered leader", r, ErrInvalidLeader)
	r = good()
	r.FailedBitmap = bitmap(0)
	payReport("leader failed", r, ErrInvalidFailedBitmap)
	r = good()
	r.FailedBitmap = bitmap(9)
	payReport("unregistered keeper failed", r, ErrInvalidFailedBitmap)

	// Malformed encodings, each signed so that only the encoding is wrong.
	enc = good().Encode()
	for name, mutate := range map[string]func([]byte) []byte{
		"truncated":       func(b []byte) []byte { return b[:len(b)-1] },
		"trailing byte":   func(b []byte) []byte { return append(b, 0) },
		"entries offset":  func(b []byte) []byte { b[0x100+31] = 0x40; return b },
		"te high bits":    func(b []byte) []byte { b[0x60] = 1; return b },
		"part high bits":  func(b []byte) []byte { b[0x80+27] = 1; return b },
		"address high":    func(b []byte) []byte { b[0x40] = 1; return b },
		"provider 2^32":   func(b []byte) []byte { b[0x140+27] = 1; return b },
		"ts 2^64":         func(b []byte) []byte { b[0x160+23] = 1; return b },
		"too short":       func(b []byte) []byte { return b[:0x120] },
		"entry count off": func(b []byte) []byte { b[0x120+31]++; return b },
	} {
		m := mutate(bytes.Clone(enc))
		bm, sig := signRaw(m, 0, 1, 2)
		payRaw("malformed: "+name, m, bm, sig, ErrMalformedReport)
	}

	// Nothing was paid by any of these.
	for i := range d.providers {
		lp, _ := d.c.LastPaid(e.ctx, uint32(i))
		if lp != d.params.Start {
			t.Fatalf("provider %d lastPaid moved to %d", i, lp)
		}
	}
	owed, _ := d.c.Owed(e.ctx)
	if owed.Sign() != 0 {
		t.Fatalf("owed %v after rejected reports", owed)
	}
	// And the good report still pays.
	r = good()
	bm, s := d.sign(r, 1, 2, 3)
	e.mine(d.c.Pay(e.ctx, submitter, r, bm, s))
	payReport("same interval twice", r, ErrStaleInterval)
}

// TestInsufficientFunds: a report worth more than the unowed funds reverts with
// InsufficientFunds, pays nothing, and pays in full once the contract is topped up.
func TestInsufficientFunds(t *testing.T) {
	e := newEnv(t, 1+4+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1, price: new(big.Int).Mul(big.NewInt(10), PriceScale)})
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(999)))
	te := d.params.Start + d.params.Period
	e.advanceTo(te + d.params.Finality)
	r := d.report(te, 0, 100) // 1000 wei
	bm, sig := d.sign(r, 0, 1, 2)
	tx, err := d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig)
	e.expectRevert("insufficient funds", tx, err, ErrInsufficientFunds)
	var re *RevertError
	if !asRevert(err, &re) || re.Args["needed"].(*big.Int).Int64() != 1000 || re.Args["available"].(*big.Int).Int64() != 999 {
		t.Fatalf("revert arguments: %v", err)
	}
	if lp, _ := d.c.LastPaid(e.ctx, 0); lp != d.params.Start {
		t.Fatalf("lastPaid moved to %d", lp)
	}
	if b := d.balanceOf(d.providers[0].addr); b.Sign() != 0 {
		t.Fatalf("provider credited %v", b)
	}
	// A transaction forced through (fixed gas limit, no estimation) fails on chain,
	// and Wait decodes the same error by replaying it.
	o := e.opts(d.keepers[0].account)
	o.GasLimit = 1_000_000
	tx, err = d.c.Pay(e.ctx, o, r, bm, sig)
	if err != nil {
		t.Fatal(err)
	}
	e.commitIncluding(tx)
	if _, err := d.c.Wait(e.ctx, tx); !isErr(err, ErrInsufficientFunds) {
		t.Fatalf("mined failure: %v", err)
	}
	e.mineAll(d.c.Fund(e.ctx, e.opts(d.owner), big.NewInt(1)))
	e.mine(d.c.Pay(e.ctx, e.opts(d.keepers[0].account), r, bm, sig))
	wantEq(t, "provider credit", d.balanceOf(d.providers[0].addr), big.NewInt(900))
	surplus, _ := d.c.Surplus(e.ctx)
	wantEq(t, "surplus", surplus, new(big.Int))
}
