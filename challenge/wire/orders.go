package wire

// Order reconciliation (SPEC 3, "Orders reach every keeper"): a keeper compares its
// order set for (contract, provider) with a peer's or the provider's by a digest,
// lists the peer's order ids when the digests differ, and fetches the orders it
// lacks. One protocol, /whitepay/orders/1, carries the three requests; keepers and
// providers answer it from the orders they hold (AnswerOrders).
//
// Decisions taken where SPEC is silent:
//
//   - The set compared is the orders whose end block is above MinEnd (the
//     requester's head − G, say): orders long expired are pruned at different
//     times by different nodes (issue 15) and must not be fetched back.
//   - Digest = keccak256("whitepay/orders/v1" ‖ the ids, ascending), with the
//     count: equal digests mean equal sets.
//   - Ids are listed in pages of at most MaxOrderIDs, ascending, after a cursor;
//     orders are fetched at most MaxOrdersFetch per request (each 223 bytes), so
//     every message stays far below the frame limit whatever the set's size.
//   - The receiver of fetched orders verifies each (the owner's signature, the
//     provider, the contract) as if a user had sent it: a peer can only withhold
//     orders, never forge one.

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
)

// Kinds of an orders request.
const (
	OrdersDigest uint8 = 1 // → count ‖ digest
	OrdersList   uint8 = 2 // → the ids after a cursor, ascending
	OrdersFetch  uint8 = 3 // → the signed orders with the given ids (those held)
)

// Limits of the orders protocol.
const (
	MaxOrderIDs    = 2048 // ids per list page
	MaxOrdersFetch = 128  // orders per fetch
	ordersFixed    = 1 + 1 + 20 + 20 + 8
	// MaxOrdersRequestLen bounds a request's encoding.
	MaxOrdersRequestLen = ordersFixed + 2 + 32*MaxOrdersFetch
	// MaxOrdersResponseLen bounds a response's encoding.
	MaxOrdersResponseLen = 2 + 1 + max(32*MaxOrderIDs, challenge.SignedOrderLen*MaxOrdersFetch)
)

// OrdersRequest is a request of /whitepay/orders/1.
type OrdersRequest struct {
	Kind     uint8
	Contract common.Address
	Provider common.Address
	// MinEnd: only orders with EndBlock > MinEnd are compared, listed or fetched.
	MinEnd uint64
	// After is the list cursor (OrdersList): ids strictly above it.
	After [32]byte
	// IDs are the orders to fetch (OrdersFetch), ascending, at most MaxOrdersFetch.
	IDs [][32]byte
}

// MarshalBinary encodes the request:
//
//	version (1) | kind (1) | contract (20) | provider (20) | minEnd (uint64) |
//	kind 2: after (32) | kind 3: count (uint16) ‖ ids (32 each, ascending)
func (r *OrdersRequest) MarshalBinary() ([]byte, error) {
	if err := r.validate(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, ordersFixed+2+32*len(r.IDs))
	b = append(b, wireVersion, r.Kind)
	b = append(b, r.Contract[:]...)
	b = append(b, r.Provider[:]...)
	b = binary.BigEndian.AppendUint64(b, r.MinEnd)
	switch r.Kind {
	case OrdersList:
		b = append(b, r.After[:]...)
	case OrdersFetch:
		b = binary.BigEndian.AppendUint16(b, uint16(len(r.IDs)))
		for _, id := range r.IDs {
			b = append(b, id[:]...)
		}
	}
	return b, nil
}

func (r *OrdersRequest) validate() error {
	switch r.Kind {
	case OrdersDigest, OrdersList:
		if len(r.IDs) != 0 {
			return fmt.Errorf("%w: orders request kind %d with ids", ErrMalformed, r.Kind)
		}
	case OrdersFetch:
		if len(r.IDs) == 0 || len(r.IDs) > MaxOrdersFetch {
			return fmt.Errorf("%w: fetch of %d orders (1..%d)", ErrMalformed, len(r.IDs), MaxOrdersFetch)
		}
		if !ascending(r.IDs) {
			return fmt.Errorf("%w: fetched ids not strictly ascending", ErrMalformed)
		}
	default:
		return fmt.Errorf("%w: orders request kind %d", ErrMalformed, r.Kind)
	}
	return nil
}

func ascending(ids [][32]byte) bool {
	for i := 1; i < len(ids); i++ {
		if string(ids[i][:]) <= string(ids[i-1][:]) {
			return false
		}
	}
	return true
}

// DecodeOrdersRequest decodes a request strictly.
func DecodeOrdersRequest(b []byte) (*OrdersRequest, error) {
	if len(b) < ordersFixed || len(b) > MaxOrdersRequestLen {
		return nil, fmt.Errorf("%w: orders request of %d bytes", ErrMalformed, len(b))
	}
	if b[0] != wireVersion {
		return nil, fmt.Errorf("%w: orders request version %d", ErrMalformed, b[0])
	}
	r := &OrdersRequest{Kind: b[1]}
	copy(r.Contract[:], b[2:22])
	copy(r.Provider[:], b[22:42])
	r.MinEnd = binary.BigEndian.Uint64(b[42:50])
	rest := b[ordersFixed:]
	switch r.Kind {
	case OrdersDigest:
	case OrdersList:
		if len(rest) != 32 {
			return nil, fmt.Errorf("%w: list request cursor of %d bytes", ErrMalformed, len(rest))
		}
		r.After = [32]byte(rest)
		rest = nil
	case OrdersFetch:
		if len(rest) < 2 {
			return nil, fmt.Errorf("%w: truncated fetch request", ErrMalformed)
		}
		n := int(binary.BigEndian.Uint16(rest))
		rest = rest[2:]
		if len(rest) != 32*n {
			return nil, fmt.Errorf("%w: fetch request of %d ids in %d bytes", ErrMalformed, n, len(rest))
		}
		for i := range n {
			r.IDs = append(r.IDs, [32]byte(rest[32*i:]))
		}
		rest = nil
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(rest))
	}
	if err := r.validate(); err != nil {
		return nil, err
	}
	return r, nil
}

// HeldOrder is an order as a node holds it, with its id.
type HeldOrder struct {
	ID    [32]byte
	Order *challenge.SignedOrder
}

// SelectOrders returns the orders of (contract, provider) with EndBlock > minEnd,
// with their ids, ascending by id.
func SelectOrders(chainID *big.Int, orders []*challenge.SignedOrder, contract, provider common.Address, minEnd uint64) []HeldOrder {
	var out []HeldOrder
	for _, so := range orders {
		if so.Contract == contract && so.Provider == provider && so.EndBlock > minEnd {
			out = append(out, HeldOrder{ID: so.ID(chainID), Order: so})
		}
	}
	sort.Slice(out, func(i, j int) bool { return string(out[i].ID[:]) < string(out[j].ID[:]) })
	return out
}

// OrderSetDigest is the digest of a selected set (SelectOrders' output).
func OrderSetDigest(set []HeldOrder) [32]byte {
	buf := make([]byte, 0, 18+32*len(set))
	buf = append(buf, "whitepay/orders/v1"...)
	for _, h := range set {
		buf = append(buf, h.ID[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// AnswerOrders answers request r from the orders a node holds (any contract or
// provider: the request selects).
func AnswerOrders(chainID *big.Int, r *OrdersRequest, held []*challenge.SignedOrder) ([]byte, error) {
	set := SelectOrders(chainID, held, r.Contract, r.Provider, r.MinEnd)
	switch r.Kind {
	case OrdersDigest:
		d := OrderSetDigest(set)
		b := binary.BigEndian.AppendUint32(nil, uint32(len(set)))
		return append(b, d[:]...), nil
	case OrdersList:
		i := sort.Search(len(set), func(i int) bool { return string(set[i].ID[:]) > string(r.After[:]) })
		page := set[i:]
		more := byte(0)
		if len(page) > MaxOrderIDs {
			page, more = page[:MaxOrderIDs], 1
		}
		b := binary.BigEndian.AppendUint16(nil, uint16(len(page)))
		for _, h := range page {
			b = append(b, h.ID[:]...)
		}
		return append(b, more), nil
	case OrdersFetch:
		byID := make(map[[32]byte]*challenge.SignedOrder, len(set))
		for _, h := range set {
			byID[h.ID] = h.Order
		}
		var found []*challenge.SignedOrder
		for _, id := range r.IDs {
			if so, ok := byID[id]; ok {
				found = append(found, so)
			}
		}
		b := binary.BigEndian.AppendUint16(nil, uint16(len(found)))
		for _, so := range found {
			e, _ := so.MarshalBinary()
			b = append(b, e...)
		}
		return b, nil
	}
	return nil, fmt.Errorf("%w: orders request kind %d", ErrMalformed, r.Kind)
}

// DecodeOrdersDigest decodes a digest answer.
func DecodeOrdersDigest(b []byte) (count uint32, digest [32]byte, err error) {
	if len(b) != 36 {
		return 0, digest, fmt.Errorf("%w: digest answer of %d bytes", ErrMalformed, len(b))
	}
	return binary.BigEndian.Uint32(b), [32]byte(b[4:]), nil
}

// DecodeOrdersList decodes a list answer: ids strictly ascending, at most
// MaxOrderIDs, and whether more follow.
func DecodeOrdersList(b []byte) (ids [][32]byte, more bool, err error) {
	if len(b) < 3 {
		return nil, false, fmt.Errorf("%w: list answer of %d bytes", ErrMalformed, len(b))
	}
	n := int(binary.BigEndian.Uint16(b))
	if n > MaxOrderIDs || len(b) != 2+32*n+1 || b[len(b)-1] > 1 {
		return nil, false, fmt.Errorf("%w: list answer of %d ids in %d bytes", ErrMalformed, n, len(b))
	}
	for i := range n {
		ids = append(ids, [32]byte(b[2+32*i:]))
	}
	if !ascending(ids) {
		return nil, false, fmt.Errorf("%w: listed ids not strictly ascending", ErrMalformed)
	}
	return ids, b[len(b)-1] == 1, nil
}

// DecodeOrdersFetch decodes a fetch answer (at most MaxOrdersFetch orders; their
// signatures are not checked here).
func DecodeOrdersFetch(b []byte) ([]*challenge.SignedOrder, error) {
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: fetch answer of %d bytes", ErrMalformed, len(b))
	}
	n := int(binary.BigEndian.Uint16(b))
	if n > MaxOrdersFetch || len(b) != 2+challenge.SignedOrderLen*n {
		return nil, fmt.Errorf("%w: fetch answer of %d orders in %d bytes", ErrMalformed, n, len(b))
	}
	out := make([]*challenge.SignedOrder, 0, n)
	for i := range n {
		so, err := challenge.DecodeSignedOrder(b[2+challenge.SignedOrderLen*i : 2+challenge.SignedOrderLen*(i+1)])
		if err != nil {
			return nil, fmt.Errorf("%w: order %d: %w", ErrMalformed, i, err)
		}
		out = append(out, so)
	}
	return out, nil
}
