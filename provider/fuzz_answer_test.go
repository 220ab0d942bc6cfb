package provider

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/fuzzcorpus"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
)

// FuzzAnswer: a challenge request is network input from a keeper. The provider
// never panics on it; whenever it answers, the answer is a response signed for
// the challenge the request describes, and each piece passes exactly when the
// provider holds its order and every challenged leaf is in the piece.
func FuzzAnswer(f *testing.F) {
	detKey := func(seed byte) *ecdsaKey {
		k, err := gethcrypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
		if err != nil {
			f.Fatal(err)
		}
		return k
	}
	user, provKey, keeperKey := detKey(1), detKey(2), detKey(3)
	keeper := gethcrypto.PubkeyToAddress(keeperKey.PublicKey)
	contract := common.HexToAddress("0xc0ffee")
	dir := f.TempDir()
	db, err := store.Open(filepath.Join(dir, "db"), store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	ps, err := OpenPieceStore(filepath.Join(dir, "pieces"))
	if err != nil {
		f.Fatal(err)
	}
	h, err := p2p.New(p2p.Config{Key: provKey, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, TCPOnly: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { h.Close() })
	n, err := New(Config{ChainID: chainID, Key: provKey, Logger: slog.New(slog.DiscardHandler),
		Contracts: map[common.Address]Contract{contract: {Owner: gethcrypto.PubkeyToAddress(user.PublicKey), Keepers: []common.Address{keeper}}}}, h, db, ps)
	if err != nil {
		f.Fatal(err)
	}
	held := map[[32]byte]challenge.Order{}
	rng := rand.New(rand.NewPCG(5, 6))
	var ids [][32]byte
	for _, size := range []int{100, 3*challenge.LeafSize + 7} {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		id, err := challenge.Commit(bytes.NewReader(data))
		if err != nil {
			f.Fatal(err)
		}
		if err := ps.Put(bytes.NewReader(data), id); err != nil {
			f.Fatal(err)
		}
		so, err := challenge.SignOrder(chainID, challenge.Order{Contract: contract, Provider: n.Address(), Root: id.Root, Size: id.Size, StartBlock: 1, EndBlock: 1000}, user)
		if err != nil {
			f.Fatal(err)
		}
		if err := n.AddOrder(so); err != nil {
			f.Fatal(err)
		}
		oid := so.ID(chainID)
		held[oid] = so.Order
		ids = append(ids, oid)
	}
	seed := func(r *wire.ChallengeRequest) {
		b, err := r.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		fuzzcorpus.Add(f, b)
	}
	seed(&wire.ChallengeRequest{Contract: contract, Height: 9, BlockHash: [32]byte{1}, Pieces: []wire.ChallengedPiece{{OrderID: ids[0], Leaves: []uint64{0}}, {OrderID: ids[1], Leaves: []uint64{0, 3}}}})
	seed(&wire.ChallengeRequest{Contract: contract, Height: 9, Pieces: []wire.ChallengedPiece{{OrderID: ids[1], Leaves: []uint64{4}}}})      // leaf out of range
	seed(&wire.ChallengeRequest{Contract: contract, Height: 9, Pieces: []wire.ChallengedPiece{{OrderID: [32]byte{9}, Leaves: []uint64{0}}}}) // unknown order
	d := domain.Domain{ChainID: chainID, Contract: contract}
	from := p2p.Peer{Address: keeper}
	f.Fuzz(func(t *testing.T, req []byte) {
		resp, err := n.Answer(context.Background(), from, req)
		if err != nil {
			return
		}
		cr, err := wire.DecodeChallengeRequest(req)
		if err != nil {
			t.Fatalf("answered a request that does not decode: %v", err)
		}
		r, err := challenge.DecodeResponse(resp)
		if err != nil {
			t.Fatalf("answer does not decode: %v", err)
		}
		c := &challenge.Challenge{Keeper: keeper, Provider: n.Address(), Height: cr.Height, BlockHash: cr.BlockHash, OrdersRoot: cr.OrdersRoot,
			Seed: challenge.Seed(cr.BlockHash, keeper, n.Address(), cr.OrdersRoot)}
		want := 0
		for _, p := range cr.Pieces {
			o, ok := held[p.OrderID]
			inRange := ok
			for _, l := range p.Leaves {
				inRange = inRange && l < challenge.LeafCount(o.Size)
			}
			if inRange && cr.Contract == contract {
				want++
			}
			c.Pieces = append(c.Pieces, challenge.PieceChallenge{OrderID: p.OrderID, Order: o, Leaves: p.Leaves})
		}
		passed, err := c.Verify(d, r)
		if err != nil {
			t.Fatalf("the provider's answer does not verify: %v", err)
		}
		if passed != want {
			t.Fatalf("%d pieces pass, want %d", passed, want)
		}
	})
}

type ecdsaKey = ecdsa.PrivateKey
