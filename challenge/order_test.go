package challenge

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/domain"
)

// testKey returns a deterministic secp256k1 key.
func testKey(t testing.TB, name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("whitepay test key " + name)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var (
	testChain    = big.NewInt(1337)
	testContract = common.HexToAddress("0x00000000000000000000000000000000000c0de1")
	testDomain   = domain.Domain{ChainID: testChain, Contract: testContract}
)

func testOrder(provider common.Address, seed byte, size uint64) Order {
	return Order{Contract: testContract, Provider: provider, Root: [32]byte{seed, 1, 2}, Size: size, StartBlock: 10, EndBlock: 1000}
}

func TestOrderDigestLayout(t *testing.T) {
	o := testOrder(common.HexToAddress("0xbeef"), 9, 12345)
	var chain [32]byte
	testChain.FillBytes(chain[:])
	want := crypto.Keccak256Hash([]byte("whitepay/order/v1"), chain[:], o.Contract[:], o.Provider[:], o.Root[:],
		appendU64(nil, 12345), appendU64(nil, 10), appendU64(nil, 1000))
	if o.Digest(testChain) != [32]byte(want) || o.ID(testChain) != [32]byte(want) {
		t.Fatal("order digest does not follow the documented layout")
	}
	if o.Digest(big.NewInt(1)) == o.Digest(testChain) {
		t.Fatal("digest ignores the chain id")
	}
}

func TestOrderSignVerify(t *testing.T) {
	user := testKey(t, "user")
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	o := testOrder(common.HexToAddress("0xbeef"), 1, 5000)
	so, err := SignOrder(testChain, o, user)
	if err != nil {
		t.Fatal(err)
	}
	if err := so.Verify(testDomain, userAddr); err != nil {
		t.Fatal(err)
	}
	if got, _ := so.Signer(testChain); got != userAddr {
		t.Fatal("Signer")
	}
	// Someone else, another chain, another contract.
	if err := so.Verify(testDomain, crypto.PubkeyToAddress(testKey(t, "x").PublicKey)); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("wrong user: %v", err)
	}
	if err := so.Verify(domain.Domain{ChainID: big.NewInt(1), Contract: testContract}, userAddr); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("other chain: %v", err)
	}
	if err := so.Verify(domain.Domain{ChainID: testChain, Contract: common.HexToAddress("0x1")}, userAddr); !errors.Is(err, ErrWrongDomain) {
		t.Fatalf("other contract: %v", err)
	}
	// Any field changed breaks the signature.
	for i, mut := range []func(*Order){
		func(o *Order) { o.Provider[0] ^= 1 },
		func(o *Order) { o.Root[5] ^= 1 },
		func(o *Order) { o.Size++ },
		func(o *Order) { o.StartBlock++ },
		func(o *Order) { o.EndBlock++ },
	} {
		c := *so
		mut(&c.Order)
		if err := c.Verify(testDomain, userAddr); !errors.Is(err, ErrBadSignature) {
			t.Fatalf("mutation %d accepted: %v", i, err)
		}
	}
	// A wallet signs personal_sign(digest): the EIP-191 hash computed here from its
	// definition, with v in {27, 28} as wallets return it.
	digest := o.Digest(testChain)
	h := crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n32"), digest[:])
	sig, _ := crypto.Sign(h, user)
	sig[64] += 27
	var ws SignedOrder
	ws.Order = o
	copy(ws.Sig[:], sig)
	if err := ws.Verify(testDomain, userAddr); err != nil {
		t.Fatalf("wallet signature rejected: %v", err)
	}
	// The malleable twin (s → n − s, v flipped) is rejected.
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(so.Sig[32:64])
	mal := *so
	new(big.Int).Sub(n, s).FillBytes(mal.Sig[32:64])
	mal.Sig[64] ^= 1
	if err := mal.Verify(testDomain, userAddr); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("high-s signature accepted: %v", err)
	}
	// Invalid orders are refused.
	for _, bad := range []Order{{Contract: testContract, Size: 0, EndBlock: 5}, {Contract: testContract, Size: 5, StartBlock: 5, EndBlock: 5}, {Contract: testContract, Size: MaxPieceSize + 1, EndBlock: 5}} {
		if _, err := SignOrder(testChain, bad, user); !errors.Is(err, ErrBadOrder) {
			t.Fatalf("bad order signed: %v", err)
		}
	}
}

func TestSignedOrderEncoding(t *testing.T) {
	so, _ := SignOrder(testChain, testOrder(common.HexToAddress("0xbeef"), 1, 5000), testKey(t, "user"))
	b, _ := so.MarshalBinary()
	if len(b) != SignedOrderLen {
		t.Fatal("length")
	}
	got, err := DecodeSignedOrder(b)
	if err != nil || *got != *so {
		t.Fatalf("round trip: %v", err)
	}
	for k := 0; k < len(b); k++ {
		if _, err := DecodeSignedOrder(b[:k]); !errors.Is(err, ErrMalformed) {
			t.Fatalf("truncation %d accepted", k)
		}
	}
	if _, err := DecodeSignedOrder(append(b, 0)); !errors.Is(err, ErrMalformed) {
		t.Fatal("trailing byte accepted")
	}
	bad := slices.Clone(b)
	bad[len(bad)-1] = 5
	if _, err := DecodeSignedOrder(bad); !errors.Is(err, ErrMalformed) {
		t.Fatal("v = 5 accepted")
	}
	bad = slices.Clone(b)
	copy(bad[72:80], make([]byte, 8)) // size 0
	if _, err := DecodeSignedOrder(bad); !errors.Is(err, ErrMalformed) {
		t.Fatal("size 0 accepted")
	}
}

func TestActiveOrders(t *testing.T) {
	p := common.HexToAddress("0xbeef")
	var orders []Order
	for i := range 10 {
		o := testOrder(p, byte(i), uint64(1000*(i+1)))
		o.StartBlock, o.EndBlock = uint64(100+i), uint64(200+i)
		orders = append(orders, o)
	}
	other := testOrder(common.HexToAddress("0xdead"), 50, 10)
	foreign := testOrder(p, 51, 10)
	foreign.Contract = common.HexToAddress("0x2")
	dup := orders[3]
	samePiece := orders[4]
	samePiece.EndBlock = 5000 // another order for the same piece
	all := append(slices.Clone(orders), other, foreign, dup, samePiece)

	set := ActiveOrders(testChain, testContract, p, 105, all)
	// Active at 105: orders 0..5 (start 100..105); 4 and its twin count once.
	if set.Len() != 6 {
		t.Fatalf("%d active orders, want 6", set.Len())
	}
	for i := 1; i < set.Len(); i++ {
		if bytes.Compare(set.IDs[i-1][:], set.IDs[i][:]) >= 0 {
			t.Fatal("ids not strictly ascending")
		}
	}
	for i, o := range set.Orders {
		if set.IDs[i] != o.ID(testChain) || o.Provider != p || !o.ActiveAt(105) {
			t.Fatal("wrong order in set")
		}
	}
	if got := set.TotalSize(); got.Cmp(big.NewInt(1000+2000+3000+4000+5000+6000)) != 0 {
		t.Fatalf("total size %s", got)
	}
	// Boundaries: EndBlock is exclusive, StartBlock inclusive.
	if ActiveOrders(testChain, testContract, p, 209, all).Len() != 1 || ActiveOrders(testChain, testContract, p, 99, all).Len() != 0 {
		t.Fatal("activity boundaries")
	}
	// Input order does not matter; any change of the set changes the root.
	rev := slices.Clone(all)
	slices.Reverse(rev)
	if ActiveOrders(testChain, testContract, p, 105, rev).Root() != set.Root() {
		t.Fatal("root depends on input order")
	}
	if ActiveOrders(testChain, testContract, p, 106, all).Root() == set.Root() {
		t.Fatal("root does not change with the set")
	}
	if ActiveOrders(big.NewInt(1), testContract, p, 105, all).Root() == set.Root() {
		t.Fatal("root does not bind the chain")
	}
	var cnt [8]byte
	if OrdersRoot(nil) != [32]byte(crypto.Keccak256Hash([]byte("whitepay/orders/v1"), cnt[:])) {
		t.Fatal("empty root layout")
	}
}
