package challenge_test

import (
	"bytes"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
)

// The whole flow: a provider stores a piece and its levels on disk, a keeper
// challenges it, the provider answers from the levels and the challenged leaves
// only, the keeper values the answer and signs a record, and anyone holding the
// orders re-verifies the record.
func Example() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	d := domain.New(1337, common.HexToAddress("0xc0de"))
	userKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("user")))
	provKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("provider")))
	keeperKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("keeper")))
	prov, keeper := crypto.PubkeyToAddress(provKey.PublicKey), crypto.PubkeyToAddress(keeperKey.PublicKey)

	// Provider: receive the piece, write it and its levels, keep both files.
	piece := bytes.Repeat([]byte("whitepay"), 10000) // 80,000 bytes, 20 leaves
	os.WriteFile(filepath.Join(dir, "piece"), piece, 0o600)
	lf, _ := os.Create(filepath.Join(dir, "levels"))
	root, _ := challenge.WriteLevels(lf, bytes.NewReader(piece), uint64(len(piece)))

	// User: sign the order; keeper and provider verify it against the contract owner.
	so, _ := challenge.SignOrder(d.ChainID, challenge.Order{Contract: d.Contract, Provider: prov, Root: root,
		Size: uint64(len(piece)), StartBlock: 10, EndBlock: 1000}, userKey)
	fmt.Println("order ok:", so.Verify(d, crypto.PubkeyToAddress(userKey.PublicKey)) == nil)

	// Keeper and provider derive the same challenge at block 100.
	set := challenge.ActiveOrders(d.ChainID, d.Contract, prov, 100, []challenge.Order{so.Order})
	blockHash := [32]byte{0xb1}
	c, _ := challenge.Derive(set, keeper, 100, blockHash, challenge.DefaultParams())

	// Provider: answer from the levels file and the piece file.
	levels, _ := challenge.OpenLevels(lf)
	pf, _ := os.Open(filepath.Join(dir, "piece"))
	resp := &challenge.Response{}
	for _, pc := range c.Pieces {
		pr, _ := challenge.ProvePiece(levels, pf, pc)
		resp.Pieces = append(resp.Pieces, pr)
	}
	resp.Sign(d, c, provKey)
	wire, _ := resp.MarshalBinary()

	// Keeper: decode, value, sign the record.
	got, _ := challenge.DecodeResponse(wire)
	rec := c.Evaluate(d, got, false)
	challenge.SignRecord(d, rec, keeperKey)
	fmt.Println("result:", rec.Result, "space:", rec.Space)

	// Anyone with the orders: re-verify, and integrate.
	fmt.Println("record ok:", rec.VerifyChallenge(d, c) == nil)
	st, _ := challenge.RecordsSpaceTime([]*challenge.ChalRecord{rec}, prov, map[common.Address]uint32{keeper: 0}, 100, 200, 30)
	fmt.Println("st:", st, "=", new(big.Int).Mul(big.NewInt(80000), big.NewInt(30)))
	lf.Close()
	pf.Close()
	// Output:
	// order ok: true
	// result: ok space: 80000
	// record ok: true
	// st: 2400000 = 2400000
}
