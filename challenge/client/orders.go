package client

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/p2p"
)

// The keeper side of order reconciliation (/whitepay/orders/1, challenge/wire's
// orders.go): the digest, the ids and the orders a peer (a keeper of the group, or
// the provider) holds for (contract, provider).

func ordersRequest(ctx context.Context, h *p2p.Host, to peer.ID, r *wire.OrdersRequest) ([]byte, error) {
	req, err := r.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return h.Request(ctx, to, p2p.ProtoOrders, req, wire.MaxOrdersResponseLen)
}

// OrdersDigest asks to for the count and digest of its orders of (contract,
// provider) ending after minEnd.
func OrdersDigest(ctx context.Context, h *p2p.Host, to peer.ID, contract, provider common.Address, minEnd uint64) (uint32, [32]byte, error) {
	b, err := ordersRequest(ctx, h, to, &wire.OrdersRequest{Kind: wire.OrdersDigest, Contract: contract, Provider: provider, MinEnd: minEnd})
	if err != nil {
		return 0, [32]byte{}, err
	}
	return wire.DecodeOrdersDigest(b)
}

// OrderIDs lists every id to holds for (contract, provider) ending after minEnd,
// ascending (page by page; at most limit ids, 0: no limit).
func OrderIDs(ctx context.Context, h *p2p.Host, to peer.ID, contract, provider common.Address, minEnd uint64, limit int) ([][32]byte, error) {
	var out [][32]byte
	var after [32]byte
	for {
		b, err := ordersRequest(ctx, h, to, &wire.OrdersRequest{Kind: wire.OrdersList, Contract: contract, Provider: provider, MinEnd: minEnd, After: after})
		if err != nil {
			return nil, err
		}
		ids, more, err := wire.DecodeOrdersList(b)
		if err != nil {
			return nil, err
		}
		if len(ids) > 0 && string(ids[0][:]) <= string(after[:]) && len(out) > 0 {
			return nil, fmt.Errorf("%w: list page does not continue after the cursor", wire.ErrMalformed)
		}
		out = append(out, ids...)
		if !more || len(ids) == 0 || (limit > 0 && len(out) >= limit) {
			return out, nil
		}
		after = ids[len(ids)-1]
	}
}

// FetchOrders fetches the orders with the given ids from to (in requests of at most
// wire.MaxOrdersFetch), keeping only answers that are orders of (contract,
// provider) with a requested id. Signatures are the caller's to verify.
func FetchOrders(ctx context.Context, h *p2p.Host, to peer.ID, chainID *big.Int, contract, provider common.Address, ids [][32]byte) ([]*challenge.SignedOrder, error) {
	sorted := append([][32]byte(nil), ids...)
	slices.SortFunc(sorted, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	sorted = slices.Compact(sorted)
	want := make(map[[32]byte]bool, len(sorted))
	for _, id := range sorted {
		want[id] = true
	}
	var out []*challenge.SignedOrder
	for len(sorted) > 0 {
		part := sorted[:min(len(sorted), wire.MaxOrdersFetch)]
		sorted = sorted[len(part):]
		b, err := ordersRequest(ctx, h, to, &wire.OrdersRequest{Kind: wire.OrdersFetch, Contract: contract, Provider: provider, IDs: part})
		if err != nil {
			return out, err
		}
		got, err := wire.DecodeOrdersFetch(b)
		if err != nil {
			return out, err
		}
		for _, so := range got {
			id := so.ID(chainID)
			if so.Contract != contract || so.Provider != provider || !want[id] {
				return out, fmt.Errorf("%w: fetched an order that was not asked for (%x)", wire.ErrMalformed, id)
			}
			delete(want, id)
			out = append(out, so)
		}
	}
	return out, nil
}
