package settle_test

import (
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/settle"
)

// TestVerifyRecordAgreesWithChallenge: the detector's record check accepts exactly
// what challenge.ChalRecord.VerifyChallenge accepts, on honest and forged records.
func TestVerifyRecordAgreesWithChallenge(t *testing.T) {
	d := domain.New(1337, common.HexToAddress("0xc0de"))
	user, _ := crypto.GenerateKey()
	pk, _ := crypto.GenerateKey()
	kk, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	prov, keeper := crypto.PubkeyToAddress(pk.PublicKey), crypto.PubkeyToAddress(kk.PublicKey)
	params := challenge.DefaultParams()
	for nOrders := 0; nOrders <= 6; nOrders++ {
		var orders []challenge.Order
		for i := 0; i < nOrders; i++ {
			var root [32]byte
			rand.Read(root[:])
			so, _ := challenge.SignOrder(d.ChainID, challenge.Order{Contract: d.Contract, Provider: prov, Root: root,
				Size: uint64(1000 + 4096*i), StartBlock: 0, EndBlock: 1000}, user)
			orders = append(orders, so.Order)
		}
		set := challenge.ActiveOrders(d.ChainID, d.Contract, prov, 50, orders)
		bh := [32]byte{7}
		c, err := challenge.Derive(set, keeper, 50, bh, params)
		if err != nil {
			t.Fatal(err)
		}
		type variant struct {
			name string
			make func() *challenge.ChalRecord
		}
		var pd [32]byte
		rand.Read(pd[:])
		sign := func(space *big.Int, seed [32]byte, provKey, keeperKey interface{}) *challenge.ChalRecord {
			rd := challenge.ResponseDigest(d, keeper, prov, 50, seed, pd)
			psig, _ := crypto.Sign(rd[:], pk)
			if provKey != nil {
				psig, _ = crypto.Sign(rd[:], other)
			}
			r := &challenge.ChalRecord{Keeper: keeper, Provider: prov, Height: 50, Space: space, Result: challenge.ResultOK, ProofDigest: pd, ProviderSig: psig}
			if keeperKey != nil {
				dg := r.Digest(d)
				sig, _ := crypto.Sign(dg[:], other)
				copy(r.KeeperSig[:], sig)
				return r
			}
			if err := challenge.SignRecord(d, r, kk); err != nil {
				t.Fatal(err)
			}
			return r
		}
		vs := []variant{
			{"honest, all passed", func() *challenge.ChalRecord { return sign(c.Space(len(c.Pieces)), c.Seed, nil, nil) }},
			{"honest, one passed", func() *challenge.ChalRecord { return sign(c.Space(1), c.Seed, nil, nil) }},
			{"honest, none passed", func() *challenge.ChalRecord { return sign(c.Space(0), c.Seed, nil, nil) }},
			{"impossible space", func() *challenge.ChalRecord {
				return sign(new(big.Int).Add(c.Space(len(c.Pieces)), big.NewInt(1)), c.Seed, nil, nil)
			}},
			{"wrong seed", func() *challenge.ChalRecord { return sign(c.Space(len(c.Pieces)), [32]byte{9}, nil, nil) }},
			{"wrong provider key", func() *challenge.ChalRecord { return sign(c.Space(len(c.Pieces)), c.Seed, true, nil) }},
			{"wrong keeper key", func() *challenge.ChalRecord { return sign(c.Space(len(c.Pieces)), c.Seed, nil, true) }},
			{"high s", func() *challenge.ChalRecord {
				r := sign(c.Space(len(c.Pieces)), c.Seed, nil, nil)
				n := crypto.S256().Params().N
				s := new(big.Int).SetBytes(r.KeeperSig[32:64])
				new(big.Int).Sub(n, s).FillBytes(r.KeeperSig[32:64])
				r.KeeperSig[64] ^= 1
				return r
			}},
			{"flipped v", func() *challenge.ChalRecord {
				r := sign(c.Space(len(c.Pieces)), c.Seed, nil, nil)
				r.KeeperSig[64] ^= 1
				return r
			}},
			{"missing", func() *challenge.ChalRecord {
				r := &challenge.ChalRecord{Keeper: keeper, Provider: prov, Height: 50, Space: new(big.Int), Result: challenge.ResultMissing}
				challenge.SignRecord(d, r, kk)
				return r
			}},
		}
		for _, v := range vs {
			r := v.make()
			want := r.VerifyChallenge(d, c) == nil
			got := settle.VerifyRecord(d, r, bh, set.Root(), set.Len(), set.TotalSize(), params.Pieces) == nil
			if want != got {
				t.Errorf("%d orders, %s: challenge says %v, settle says %v", nOrders, v.name, want, got)
			}
			if v.name == "honest, all passed" && !got {
				t.Errorf("%d orders: honest record refused", nOrders)
			}
		}
	}
}
