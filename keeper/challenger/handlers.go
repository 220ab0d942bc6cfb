package challenger

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/keeper/records"
)

// handleOrder accepts a user's signed order (/whitepay/order/1): request = the
// challenge.SignedOrder encoding, response = the order id.
func (s *Service) handleOrder(ctx context.Context, from p2p.Peer, req []byte) ([]byte, error) {
	so, err := challenge.DecodeSignedOrder(req)
	if err != nil {
		s.rejected("order_malformed")
		return nil, err
	}
	id, added, err := s.acceptOrder(ctx, so)
	if err != nil {
		s.rejected("order_refused")
		return nil, err
	}
	if added {
		if m := s.cfg.Metrics; m != nil {
			how := "gossip"
			if !s.isKeeper(ctx, so.Contract, from.Address) {
				how = "user"
			}
			m.OrdersLearned.WithLabelValues(so.Contract.Hex(), how).Inc()
		}
		s.gossipOrder(context.WithoutCancel(ctx), so) // reconcile.go
	}
	return id[:], nil
}

func (s *Service) isKeeper(ctx context.Context, contract, a common.Address) bool {
	ks, err := s.group.Keepers(ctx, contract)
	return err == nil && slices.Contains(ks, a)
}

// AcceptOrder checks and stores a signed order: a served contract, signed by its
// owner, for one of its providers (when they are known), within max_orders.
func (s *Service) AcceptOrder(ctx context.Context, so *challenge.SignedOrder) ([32]byte, error) {
	id, _, err := s.acceptOrder(ctx, so)
	return id, err
}

func (s *Service) acceptOrder(ctx context.Context, so *challenge.SignedOrder) ([32]byte, bool, error) {
	if _, ok := s.contracts[so.Contract]; !ok {
		return [32]byte{}, false, fmt.Errorf("%w: %s", ErrUnknownContract, so.Contract)
	}
	owner, err := s.group.Owner(ctx, so.Contract)
	if err != nil {
		return [32]byte{}, false, err
	}
	if err := so.Verify(s.domain(so.Contract), owner); err != nil {
		return [32]byte{}, false, fmt.Errorf("challenger: order not signed by the contract owner %s: %w", owner, err)
	}
	provs, err := s.group.Providers(ctx, so.Contract)
	if err != nil {
		return [32]byte{}, false, err
	}
	if len(provs) > 0 && !slices.Contains(provs, so.Provider) {
		return [32]byte{}, false, fmt.Errorf("%w: %s", ErrNotProvider, so.Provider)
	}
	id, added, err := s.st.PutOrder(so, s.cfg.MaxOrders)
	if err != nil {
		return [32]byte{}, false, err
	}
	if added {
		s.log.Info("order stored", "contract", so.Contract, "provider", so.Provider, "order", common.Hash(id), "size", so.Size, "blocks", fmt.Sprintf("[%d,%d)", so.StartBlock, so.EndBlock))
	}
	return id, added, nil
}

func (s *Service) rejected(reason string) {
	if s.cfg.Metrics != nil {
		s.cfg.Metrics.MessagesRejected.WithLabelValues(reason).Inc()
	}
}

// handleRecord receives a record from a group member (/whitepay/record/1).
func (s *Service) handleRecord(ctx context.Context, from p2p.Peer, req []byte) ([]byte, error) {
	msg, err := records.DecodeSyncMessage(req)
	if err != nil {
		s.rejected("record_malformed")
		return nil, err
	}
	if err := s.ReceiveRecord(ctx, from.Address, msg); err != nil {
		if s.cfg.Metrics != nil {
			s.cfg.Metrics.RecordsRejected.WithLabelValues(msg.Contract.Hex(), reason(err)).Inc()
		}
		return nil, err
	}
	return nil, nil
}

func reason(err error) string {
	for _, r := range []struct {
		err  error
		name string
	}{
		{challenge.ErrBadSignature, "signature"}, {records.ErrNotMember, "not_member"},
		{records.ErrUnknownOrder, "unknown_order"}, {records.ErrForgedProof, "forged_proof"},
		{records.ErrConflict, "conflict"}, {ErrNotFinal, "not_final"}, {records.ErrOrdersMismatch, "orders_mismatch"},
	} {
		if errors.Is(err, r.err) {
			return r.name
		}
	}
	return "other"
}

// ReceiveRecord checks a record sent by group member sender and stores it (SPEC 3
// Sync): a served contract; the sender and the record's keeper in the group; a
// height final in this keeper's view; every order it names held here
// (records.ErrUnknownOrder otherwise); then records.VerifyRecord with this keeper's
// own block hash; then a durable write (records.ErrConflict for an equivocation).
func (s *Service) ReceiveRecord(ctx context.Context, sender common.Address, msg *records.SyncMessage) error {
	return s.receive(ctx, sender, msg, true)
}

// ImportRecord checks and stores a record received without its response (the
// agreement's full sync, SPEC 7 round 4): every check of ReceiveRecord except the
// proofs themselves (records.VerifyRecordWithoutProofs).
func (s *Service) ImportRecord(ctx context.Context, sender, contract common.Address, e *records.Entry) error {
	return s.receive(ctx, sender, &records.SyncMessage{Contract: contract, Entry: *e}, false)
}

func (s *Service) receive(ctx context.Context, sender common.Address, msg *records.SyncMessage, proofs bool) error {
	c, ok := s.contracts[msg.Contract]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownContract, msg.Contract)
	}
	d := s.domain(c.Address)
	rec := msg.Record
	if err := rec.Verify(d); err != nil {
		return fmt.Errorf("challenger: record signature: %w", err)
	}
	keepers, err := s.group.Keepers(ctx, c.Address)
	if err != nil {
		return fmt.Errorf("%w: keepers: %w", ErrChainUnavailable, err)
	}
	if !slices.Contains(keepers, sender) {
		return fmt.Errorf("%w: sender %s", records.ErrNotMember, sender)
	}
	head, err := s.chain.Head(ctx)
	if err != nil {
		return fmt.Errorf("%w: head: %w", ErrChainUnavailable, err)
	}
	if rec.Height+c.Finality > head {
		return fmt.Errorf("%w: height %d, head %d, finality %d", ErrNotFinal, rec.Height, head, c.Finality)
	}
	// A record below the pruning watermark is of a paid, published interval
	// (keeper/prune): acknowledged, neither checked (its orders may be gone) nor kept.
	if settled, err := s.st.Settled(c.Address, rec.Provider, rec.Height); err != nil || settled {
		return err
	}
	orders, missing, err := s.st.OrdersByID(c.Address, rec.Provider, msg.OrderIDs)
	if err != nil {
		return err
	}
	if len(missing) > 0 {
		// Fetch what the record names and this keeper lacks (reconcile.go).
		s.fetchUnknown(ctx, c.Address, rec.Provider, sender, missing)
		if orders, missing, err = s.st.OrdersByID(c.Address, rec.Provider, msg.OrderIDs); err != nil {
			return err
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: %d of the %d orders named, first %x", records.ErrUnknownOrder, len(missing), len(msg.OrderIDs), missing[0])
	}
	hash, err := s.chain.BlockHash(ctx, rec.Height)
	if err != nil {
		return fmt.Errorf("%w: block hash %d: %w", ErrChainUnavailable, rec.Height, err)
	}
	if proofs {
		var resp *challenge.Response
		if len(msg.Response) > 0 {
			if resp, err = challenge.DecodeResponse(msg.Response); err != nil {
				return fmt.Errorf("%w: response: %w", records.ErrForgedProof, err)
			}
		}
		if _, err := records.VerifyRecord(d, s.cfg.Params, &msg.Entry, resp, keepers, orders, hash); err != nil {
			return err
		}
	} else if _, err := records.VerifyRecordWithoutProofs(d, s.cfg.Params, &msg.Entry, keepers, orders, hash); err != nil {
		return err
	}
	added, err := s.st.PutRecord(c.Address, &msg.Entry, nil)
	if err != nil {
		return err
	}
	if added {
		if s.cfg.Metrics != nil {
			s.cfg.Metrics.RecordsStored.WithLabelValues(c.Address.Hex(), "synced").Inc()
		}
		s.log.Debug("record received", "from", sender, "keeper", rec.Keeper, "provider", rec.Provider, "height", rec.Height, "result", rec.Result)
	}
	return nil
}

// Observe is the keeper's space-time observation for provider over [ts, te) (SPEC
// 4, 7 round 1): the integral of every record it holds, keepers indexed by the
// group.
func (s *Service) Observe(ctx context.Context, contract, provider common.Address, ts, te uint64) (*big.Int, error) {
	c, ok := s.contracts[contract]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownContract, contract)
	}
	keepers, err := s.group.Keepers(ctx, contract)
	if err != nil {
		return nil, err
	}
	return s.st.SpaceTime(contract, provider, keepers, ts, te, c.Stale)
}
