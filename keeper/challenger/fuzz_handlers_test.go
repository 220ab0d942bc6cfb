package challenger

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"log/slog"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/fuzzcorpus"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/records"
)

// fixedChain is a chain whose head is 100 and whose block hashes are a function of
// the height, so that the committed corpus stays valid (a stand-in for the chain
// view inside this package's fuzz tests only).
type fixedChain struct{}

func (fixedChain) Head(context.Context) (uint64, error) { return 100, nil }
func (fixedChain) BlockHash(_ context.Context, h uint64) ([32]byte, error) {
	return gethcrypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, h)), nil
}

// handlerFixture is a keeper's challenger with two orders of one provider, and
// what a second keeper of the group sends it.
type handlerFixture struct {
	svc            *Service
	st             *records.Store
	contract, prov common.Address
	sender         common.Address
	orders         []*challenge.SignedOrder
	messages       [][]byte          // valid sync messages from sender
	signed         map[[32]byte]bool // digests of the records sender signed
	orderHashes    map[[32]byte]bool // signing hashes of the user's orders
}

func newHandlerFixture(f *testing.F) *handlerFixture {
	detKey := func(seed byte) *ecdsa.PrivateKey {
		k, err := gethcrypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
		if err != nil {
			f.Fatal(err)
		}
		return k
	}
	addr := func(k *ecdsa.PrivateKey) common.Address { return gethcrypto.PubkeyToAddress(k.PublicKey) }
	user, provKey, me, other := detKey(1), detKey(2), detKey(3), detKey(4)
	fx := &handlerFixture{contract: common.HexToAddress("0xc0ffee"), prov: addr(provKey), sender: addr(other),
		signed: map[[32]byte]bool{}, orderHashes: map[[32]byte]bool{}}
	const finality = 4
	group := chainview.NewStaticGroup([]config.Contract{{Address: fx.contract, Owner: addr(user), Keepers: []common.Address{addr(me), fx.sender},
		Providers: []common.Address{fx.prov}, Finality: finality, Stale: 50}})
	db, err := store.Open(f.TempDir(), store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	h, err := p2p.New(p2p.Config{Key: me, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, TCPOnly: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { h.Close() })
	fx.st = records.NewStore(db, chainID)
	fx.svc, err = New(Config{ChainID: chainID, Key: me, Contracts: []Contract{{Address: fx.contract, Finality: finality, Stale: 50}},
		Params: challenge.DefaultParams(), MaxMessage: 256 << 10, Logger: slog.New(slog.DiscardHandler)}, h, fx.st, fixedChain{}, group)
	if err != nil {
		f.Fatal(err)
	}
	d := domain.Domain{ChainID: chainID, Contract: fx.contract}
	rng := rand.New(rand.NewPCG(3, 4))
	data := map[[32]byte][]byte{}
	levels := map[[32]byte]*challenge.Levels{}
	var plain []challenge.Order
	for _, size := range []int{100, 5000} {
		b := make([]byte, size)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		l, root, err := challenge.BuildLevels(bytes.NewReader(b), uint64(size))
		if err != nil {
			f.Fatal(err)
		}
		so, err := challenge.SignOrder(chainID, challenge.Order{Contract: fx.contract, Provider: fx.prov, Root: root, Size: uint64(size), StartBlock: 1, EndBlock: 1000}, user)
		if err != nil {
			f.Fatal(err)
		}
		if _, err := fx.svc.AcceptOrder(context.Background(), so); err != nil {
			f.Fatal(err)
		}
		fx.orders = append(fx.orders, so)
		fx.orderHashes[so.SigningHash(chainID)] = true
		data[root], levels[root] = b, l
		plain = append(plain, so.Order)
	}
	for i, height := range []uint64{90, 92, 94, 96} { // ok and missing records, by turns
		set := challenge.ActiveOrders(chainID, fx.contract, fx.prov, height, plain)
		hash, _ := fixedChain{}.BlockHash(context.Background(), height)
		c, err := challenge.Derive(set, fx.sender, height, hash, challenge.DefaultParams())
		if err != nil {
			f.Fatal(err)
		}
		resp := &challenge.Response{}
		for _, pc := range c.Pieces {
			pr, err := challenge.ProvePiece(levels[pc.Order.Root], bytes.NewReader(data[pc.Order.Root]), pc)
			if err != nil {
				f.Fatal(err)
			}
			resp.Pieces = append(resp.Pieces, pr)
		}
		if err := resp.Sign(d, c, provKey); err != nil {
			f.Fatal(err)
		}
		r := resp
		if i%2 == 1 {
			r = nil
		}
		rec := c.Evaluate(d, r, false)
		if err := challenge.SignRecord(d, rec, other); err != nil {
			f.Fatal(err)
		}
		fx.signed[rec.Digest(d)] = true
		m := &records.SyncMessage{Contract: fx.contract, Entry: records.Entry{Record: rec, OrderIDs: set.IDs}}
		if r != nil {
			m.Response, _ = r.MarshalBinary()
		}
		b, err := m.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		fx.messages = append(fx.messages, b)
	}
	return fx
}

// FuzzHandleRecord: the record sync handler (/whitepay/record/1) receives
// untrusted bytes from the network. It never panics, and it stores a record only
// if it is one the sending group member signed (its digest), with the proofs the
// provider signed; it answers an error for anything else and stores nothing then.
func FuzzHandleRecord(f *testing.F) {
	fx := newHandlerFixture(f)
	for _, m := range fx.messages {
		fuzzcorpus.Add(f, m)
	}
	from := p2p.Peer{Address: fx.sender}
	d := domain.Domain{ChainID: chainID, Contract: fx.contract}
	for i, m := range fx.messages { // the seeds are accepted: the target reaches the store
		if _, err := fx.svc.handleRecord(context.Background(), from, m); err != nil {
			f.Fatalf("seed %d refused: %v", i, err)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := fx.svc.handleRecord(context.Background(), from, b); err != nil {
			return
		}
		m, err := records.DecodeSyncMessage(b)
		if err != nil {
			t.Fatalf("accepted a message that does not decode: %v", err)
		}
		if !fx.signed[m.Record.Digest(d)] {
			t.Fatal("accepted a record the sender never signed")
		}
		e, err := fx.st.Entry(m.Contract, m.Record.Provider, m.Record.Height, m.Record.Keeper)
		if err != nil || e == nil || e.Record.Digest(d) != m.Record.Digest(d) {
			t.Fatalf("accepted record not stored: %v", err)
		}
	})
}

// FuzzHandleOrder: the order handler (/whitepay/order/1) stores only orders that
// the contract's owner signed; anything else is refused without panicking.
func FuzzHandleOrder(f *testing.F) {
	fx := newHandlerFixture(f)
	for _, so := range fx.orders {
		b, _ := so.MarshalBinary()
		fuzzcorpus.Add(f, b)
	}
	from := p2p.Peer{Address: common.HexToAddress("0x5e1f")}
	for i, so := range fx.orders {
		b, _ := so.MarshalBinary()
		if _, err := fx.svc.handleOrder(context.Background(), from, b); err != nil {
			f.Fatalf("seed %d refused: %v", i, err)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		id, err := fx.svc.handleOrder(context.Background(), from, b)
		if err != nil {
			return
		}
		so, err := challenge.DecodeSignedOrder(b)
		if err != nil {
			t.Fatalf("accepted an order that does not decode: %v", err)
		}
		if !fx.orderHashes[so.SigningHash(chainID)] {
			t.Fatal("accepted an order the owner never signed")
		}
		if want := so.ID(chainID); !bytes.Equal(id, want[:]) {
			t.Fatalf("answered order id %x, want %x", id, want)
		}
	})
}
