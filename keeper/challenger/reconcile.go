package challenger

// Order reconciliation on the keeper side (SPEC 3, "Orders reach every keeper";
// issue 13 finding 3: a keeper that was down during an upload never learned the
// order and the provider was paid short).
//
// Decisions taken where SPEC is silent:
//
//   - Gossip. An order this keeper stores for the first time through
//     /whitepay/order/1 — from the user or from another keeper's gossip — is
//     forwarded once to every other keeper of the group, in the background; an
//     order already held is not forwarded again, so each order crosses each link
//     at most once per direction.
//   - Anti-entropy. At start and every Reconcile interval, for every (contract,
//     provider): compare the digest of the orders ending after head − horizon
//     with the provider's (which holds every order it stores) and with one other
//     keeper's, a different one each round; when they differ, list the peer's ids
//     and fetch the missing orders. Orders from a peer are verified exactly as
//     from a user (AcceptOrder: served contract, the owner's signature, a provider
//     of the contract, the max_orders bound), so a peer can withhold but not forge.
//   - Fetch on an unknown order. A synced record naming orders this keeper does
//     not hold makes it fetch them from the sender (which challenged with them),
//     then from the provider, before verifying the record; the record is then
//     accepted in the same exchange instead of being retried later.
//   - The horizon of a contract is 2 periods + G + D (Contract.Horizon): orders
//     that ended before it no longer count for any interval a payment can still
//     cover in normal operation, and may have been pruned.

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/client"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/p2p"
)

// ReconcileResult is what one reconciliation with one peer did.
type ReconcileResult struct {
	Same    bool // digests equal: nothing to do
	Missing int  // ids the peer holds that this keeper lacked
	Added   int  // orders fetched, verified and stored
}

// minEnd is the lower bound of the end blocks compared for contract c.
func (s *Service) minEnd(ctx context.Context, c Contract) (uint64, error) {
	head, err := s.chain.Head(ctx)
	if err != nil {
		return 0, err
	}
	if c.Horizon == 0 || head <= c.Horizon {
		return 0, nil
	}
	return head - c.Horizon, nil
}

// heldOrders is this keeper's order set for (contract, provider) above minEnd.
func (s *Service) heldOrders(contract, prov common.Address, minEnd uint64) ([]wire.HeldOrder, error) {
	sos, err := s.st.SignedOrders(contract, prov)
	if err != nil {
		return nil, err
	}
	return wire.SelectOrders(s.cfg.ChainID, sos, contract, prov, minEnd), nil
}

// ReconcileWith compares this keeper's orders of (contract, provider) with peer's
// (a keeper of the group or the provider) and fetches, verifies and stores what it
// lacks.
func (s *Service) ReconcileWith(ctx context.Context, contract, prov, peerAcct common.Address) (ReconcileResult, error) {
	var res ReconcileResult
	c, ok := s.contract(contract)
	if !ok {
		return res, fmt.Errorf("%w: %s", ErrUnknownContract, contract)
	}
	id, err := s.peerOf(peerAcct)
	if err != nil {
		return res, err
	}
	minEnd, err := s.minEnd(ctx, c)
	if err != nil {
		return res, err
	}
	held, err := s.heldOrders(contract, prov, minEnd)
	if err != nil {
		return res, err
	}
	rctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	n, digest, err := client.OrdersDigest(rctx, s.host, id, contract, prov, minEnd)
	cancel()
	if err != nil {
		return res, err
	}
	if digest == wire.OrderSetDigest(held) {
		res.Same = true
		return res, nil
	}
	if n == 0 {
		return res, nil // the peer lacks orders this keeper has: its own round fetches them
	}
	rctx, cancel = context.WithTimeout(ctx, 2*s.cfg.Timeout)
	ids, err := client.OrderIDs(rctx, s.host, id, contract, prov, minEnd, s.cfg.MaxOrders)
	cancel()
	if err != nil {
		return res, err
	}
	have := make(map[[32]byte]bool, len(held))
	for _, h := range held {
		have[h.ID] = true
	}
	var missing [][32]byte
	for _, x := range ids {
		if !have[x] {
			missing = append(missing, x)
		}
	}
	res.Missing = len(missing)
	added, err := s.fetchOrders(ctx, id, contract, prov, missing, "reconcile")
	res.Added = added
	return res, err
}

// fetchOrders fetches the given orders from peer id, verifies and stores each
// (AcceptOrder) and returns how many were new.
func (s *Service) fetchOrders(ctx context.Context, id peer.ID, contract, prov common.Address, ids [][32]byte, how string) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	rctx, cancel := context.WithTimeout(ctx, 2*s.cfg.Timeout)
	sos, err := client.FetchOrders(rctx, s.host, id, s.cfg.ChainID, contract, prov, ids)
	cancel()
	added := 0
	var errs []error
	if err != nil {
		errs = append(errs, err)
	}
	for _, so := range sos {
		_, isNew, aerr := s.acceptOrder(ctx, so)
		if aerr != nil {
			errs = append(errs, fmt.Errorf("fetched order %x: %w", so.ID(s.cfg.ChainID), aerr))
			continue
		}
		if isNew {
			added++
			if m := s.cfg.Metrics; m != nil {
				m.OrdersLearned.WithLabelValues(contract.Hex(), how).Inc()
			}
		}
	}
	if added > 0 {
		s.log.Info("orders learned from a peer", "contract", contract, "provider", prov, "peer", id, "added", added, "how", how)
	}
	return added, errors.Join(errs...)
}

// ReconcileAll reconciles every (contract, provider) once: with the provider and
// with one other keeper of the group (round-robin by round).
func (s *Service) ReconcileAll(ctx context.Context) {
	round := s.reconcileRound.Add(1)
	for _, c := range s.contractList() {
		keepers, err := s.group.Keepers(ctx, c.Address)
		if err != nil {
			s.log.Debug("reconcile: keepers", "contract", c.Address, "err", err)
			continue
		}
		provs, err := s.group.Providers(ctx, c.Address)
		if err != nil {
			s.log.Debug("reconcile: providers", "contract", c.Address, "err", err)
			continue
		}
		others := slices.DeleteFunc(slices.Clone(keepers), func(a common.Address) bool { return a == s.addr })
		for _, p := range provs {
			peers := []common.Address{p}
			if len(others) > 0 {
				peers = append(peers, others[int(round)%len(others)])
			}
			for _, pa := range peers {
				res, err := s.ReconcileWith(ctx, c.Address, p, pa)
				if err != nil && ctx.Err() == nil {
					s.log.Debug("reconcile", "contract", c.Address, "provider", p, "peer", pa, "err", err)
				}
				_ = res
			}
		}
	}
}

// runReconcile runs ReconcileAll at start and every interval until ctx ends.
func (s *Service) runReconcile(ctx context.Context) {
	if s.cfg.Reconcile <= 0 {
		return
	}
	t := time.NewTicker(s.cfg.Reconcile)
	defer t.Stop()
	for {
		s.ReconcileAll(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// gossipOrder forwards an order this keeper just learned to the other keepers of
// its group, in the background.
func (s *Service) gossipOrder(ctx context.Context, so *challenge.SignedOrder) {
	keepers, err := s.group.Keepers(ctx, so.Contract)
	if err != nil {
		return
	}
	s.bg.Go(func() {
		for _, k := range keepers {
			if k == s.addr {
				continue
			}
			id, err := s.peerOf(k)
			if err != nil {
				continue
			}
			rctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
			err = client.SendOrder(rctx, s.host, id, s.cfg.ChainID, so)
			cancel()
			if err != nil && ctx.Err() == nil {
				s.log.Debug("order gossip", "to", k, "err", err)
			}
		}
	})
}

// fetchUnknown fetches the orders a synced record names that this keeper lacks:
// from the sender, then from the provider.
func (s *Service) fetchUnknown(ctx context.Context, contract, prov, sender common.Address, missing [][32]byte) {
	for _, from := range []common.Address{sender, prov} {
		id, err := s.peerOf(from)
		if err != nil {
			continue
		}
		if _, err := s.fetchOrders(ctx, id, contract, prov, missing, "record"); err != nil {
			s.log.Debug("fetch of a record's orders", "from", from, "err", err)
		}
		_, still, err := s.st.OrdersByID(contract, prov, missing)
		if err != nil || len(still) == 0 {
			return
		}
		missing = still
	}
}

// FetchOrders fetches orders of (contract, prov) this keeper lacks from sender,
// then from the provider, verifying and storing each: payer.OrderFetcher, for the
// records of round 4's record sets that name orders this keeper lacks (SPEC 3: a
// record naming an unknown order makes the keeper fetch that order).
func (s *Service) FetchOrders(ctx context.Context, contract, prov, sender common.Address, ids [][32]byte) {
	s.fetchUnknown(ctx, contract, prov, sender, ids)
}

// handleOrders answers /whitepay/orders/1 (digest, list, fetch) from the orders
// this keeper holds; admission restricts it to keepers of the served groups, and
// the requester must be a keeper of the contract asked about.
func (s *Service) handleOrders(ctx context.Context, from p2p.Peer, req []byte) ([]byte, error) {
	r, err := wire.DecodeOrdersRequest(req)
	if err != nil {
		s.rejected("orders_malformed")
		return nil, err
	}
	if _, ok := s.contract(r.Contract); !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownContract, r.Contract)
	}
	keepers, err := s.group.Keepers(ctx, r.Contract)
	if err != nil {
		return nil, fmt.Errorf("%w: keepers: %w", ErrChainUnavailable, err)
	}
	if !slices.Contains(keepers, from.Address) {
		return nil, fmt.Errorf("challenger: %s is not a keeper of %s", from.Address, r.Contract)
	}
	held, err := s.st.SignedOrders(r.Contract, r.Provider)
	if err != nil {
		return nil, err
	}
	return wire.AnswerOrders(s.cfg.ChainID, r, held)
}
