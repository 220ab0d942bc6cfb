package payer

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestSentPayBounded: the book keeps the last MaxProposalReports payments per
// contract, a copy of what it was given, and nothing of another contract's.
func TestSentPayBounded(t *testing.T) {
	ps := NewProposals()
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	tx := func(i int) common.Hash { return common.BigToHash(big.NewInt(int64(i + 1))) }
	enc := []byte{1, 2, 3}
	signers := big.NewInt(7)
	for i := range MaxProposalReports + 1 {
		ps.PutSent(a, SentPay{Tx: tx(i), Block: uint64(i), Encoded: enc, Signers: signers})
	}
	enc[0], signers = 9, signers.SetInt64(0)
	if _, ok := ps.Sent(a, tx(0)); ok {
		t.Fatal("the oldest payment was kept beyond the bound")
	}
	last, ok := ps.Sent(a, tx(MaxProposalReports))
	if !ok || last.Block != MaxProposalReports || last.Encoded[0] != 1 || last.Signers.Int64() != 7 {
		t.Fatalf("newest payment: %+v, %v (want a copy of what was put)", last, ok)
	}
	if _, ok := ps.Sent(b, tx(1)); ok {
		t.Fatal("another contract's payment found")
	}
	var nilBook *Proposals
	nilBook.PutSent(a, SentPay{Tx: tx(0), Signers: signers})
	if _, ok := nilBook.Sent(a, tx(0)); ok {
		t.Fatal("a nil book keeps nothing")
	}
}
