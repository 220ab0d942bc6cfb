package wire

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

func testOrders(t testing.TB, n int) ([]*challenge.SignedOrder, common.Address, common.Address) {
	k, _ := gethcrypto.GenerateKey()
	contract, prov := common.HexToAddress("0xc1"), common.HexToAddress("0xd1")
	var out []*challenge.SignedOrder
	for i := range n {
		so, err := challenge.SignOrder(chainID, challenge.Order{Contract: contract, Provider: prov, Root: [32]byte{byte(i + 1)}, Size: 4096, StartBlock: 1, EndBlock: uint64(10 + i)}, k)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, so)
	}
	// Another provider's order, which no request of (contract, prov) selects.
	other, _ := challenge.SignOrder(chainID, challenge.Order{Contract: contract, Provider: common.HexToAddress("0xd2"), Root: [32]byte{9}, Size: 4096, StartBlock: 1, EndBlock: 100}, k)
	return append(out, other), contract, prov
}

// The three requests answered from a held set: digest and count of the selected
// orders (MinEnd filters), ids listed after a cursor, orders fetched by id.
func TestOrdersAnswers(t *testing.T) {
	held, contract, prov := testOrders(t, 5) // end blocks 10..14
	ask := func(r *OrdersRequest) []byte {
		b, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		r2, err := DecodeOrdersRequest(b)
		if err != nil {
			t.Fatal(err)
		}
		out, err := AnswerOrders(chainID, r2, held)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	n, d, err := DecodeOrdersDigest(ask(&OrdersRequest{Kind: OrdersDigest, Contract: contract, Provider: prov, MinEnd: 11}))
	if err != nil || n != 3 {
		t.Fatalf("digest: %d orders, %v; want the 3 ending after block 11", n, err)
	}
	if d != OrderSetDigest(SelectOrders(chainID, held[1:5], contract, prov, 11)) {
		t.Fatal("digest differs from the set's")
	}
	if _, d0, _ := DecodeOrdersDigest(ask(&OrdersRequest{Kind: OrdersDigest, Contract: contract, Provider: prov})); d0 == d {
		t.Fatal("digests of different sets are equal")
	}
	ids, more, err := DecodeOrdersList(ask(&OrdersRequest{Kind: OrdersList, Contract: contract, Provider: prov}))
	if err != nil || more || len(ids) != 5 {
		t.Fatalf("list: %d ids, more %v, %v", len(ids), more, err)
	}
	rest, _, _ := DecodeOrdersList(ask(&OrdersRequest{Kind: OrdersList, Contract: contract, Provider: prov, After: ids[1]}))
	if len(rest) != 3 || rest[0] != ids[2] {
		t.Fatalf("list after a cursor: %x", rest)
	}
	got, err := DecodeOrdersFetch(ask(&OrdersRequest{Kind: OrdersFetch, Contract: contract, Provider: prov, IDs: ids[3:]}))
	if err != nil || len(got) != 2 || got[0].ID(chainID) != ids[3] {
		t.Fatalf("fetch: %d orders, %v", len(got), err)
	}
	if _, err := (&OrdersRequest{Kind: OrdersFetch, Contract: contract, IDs: [][32]byte{ids[1], ids[0]}}).MarshalBinary(); !errors.Is(err, ErrMalformed) {
		t.Fatal("unsorted fetch accepted")
	}
}

// FuzzOrdersMessages: the orders protocol's decoders (request, digest, list and
// fetch answers, chosen by the first byte) never panic, fail only with
// ErrMalformed, and a decoded request re-encodes to the same bytes.
func FuzzOrdersMessages(f *testing.F) {
	held, contract, prov := testOrders(f, 3)
	for _, r := range []*OrdersRequest{{Kind: OrdersDigest, Contract: contract, Provider: prov, MinEnd: 3},
		{Kind: OrdersList, Contract: contract, Provider: prov, After: [32]byte{1}},
		{Kind: OrdersFetch, Contract: contract, Provider: prov, IDs: [][32]byte{{1}, {2}}}} {
		b, _ := r.MarshalBinary()
		fuzzcorpus.Add(f, append([]byte{0}, b...))
		ans, _ := AnswerOrders(chainID, r, held)
		fuzzcorpus.Add(f, append([]byte{r.Kind}, ans...))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) == 0 {
			return
		}
		var err error
		switch b[0] % 4 {
		case 0:
			var r *OrdersRequest
			if r, err = DecodeOrdersRequest(b[1:]); err == nil {
				if e, err := r.MarshalBinary(); err != nil || !bytes.Equal(e, b[1:]) {
					t.Fatalf("request not canonical: %v", err)
				}
			}
		case 1:
			_, _, err = DecodeOrdersDigest(b[1:])
		case 2:
			_, _, err = DecodeOrdersList(b[1:])
		case 3:
			_, err = DecodeOrdersFetch(b[1:])
		}
		if err != nil && !errors.Is(err, ErrMalformed) {
			t.Fatalf("error class: %v", err)
		}
	})
}
