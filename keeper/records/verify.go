package records

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
)

// Reasons a received record is refused. Signature failures wrap
// challenge.ErrBadSignature.
var (
	ErrNotMember      = errors.New("records: keeper is not a member of the contract's group")
	ErrUnknownOrder   = errors.New("records: record for an unknown order")
	ErrOrdersMismatch = errors.New("records: order ids are not the provider's active orders at the record's height")
	ErrNoResponse     = errors.New("records: ok record without the provider's response")
	ErrForgedProof    = errors.New("records: forged proof")
)

// VerifyRecord is the check a keeper makes before storing a record another keeper
// sent (SPEC 3 Sync); it is pure (no I/O). orders are the receiver's own orders for
// the ids the entry names (the caller returns ErrUnknownOrder for an id it does not
// hold), blockHash is the receiver's own hash of the record's height, keepers the
// contract's group. It checks, in order:
//
//  1. the record's consistency and the keeper's signature in domain d;
//  2. that the keeper is a member of the group (ErrNotMember);
//  3. that the ids are exactly the active orders of the provider at the height
//     (ErrOrdersMismatch);
//  4. with the challenge derived from them: the record is about it, the
//     provider's signature over the response digest, a possible space
//     (challenge.ChalRecord.VerifyChallenge);
//  5. for an ok record, the response: its proofDigest is the record's, it is the
//     provider's signed answer to this challenge, and the space its proofs prove
//     is the space the record claims (ErrForgedProof otherwise).
//
// It returns the derived challenge.
func VerifyRecord(d domain.Domain, params challenge.Params, e *Entry, resp *challenge.Response, keepers []common.Address, orders []challenge.Order, blockHash [32]byte) (*challenge.Challenge, error) {
	c, err := VerifyRecordWithoutProofs(d, params, e, keepers, orders, blockHash)
	if err != nil {
		return nil, err
	}
	r := e.Record
	if r.Result != challenge.ResultOK {
		return c, nil
	}
	if resp == nil {
		return nil, ErrNoResponse
	}
	pd, err := resp.ProofDigest()
	if err != nil || pd != r.ProofDigest {
		return nil, fmt.Errorf("%w: the response is not the one the record names", ErrForgedProof)
	}
	passed, err := c.Verify(d, resp)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrForgedProof, err)
	}
	if s := c.Space(passed); s.Cmp(r.Space) != 0 {
		return nil, fmt.Errorf("%w: the record claims %s bytes, its proofs prove %s (%d of %d pieces)", ErrForgedProof, r.Space, s, passed, len(c.Pieces))
	}
	return c, nil
}

// VerifyRecordWithoutProofs is steps 1–4 of VerifyRecord: everything checkable from
// a stored record, whose response is no longer kept (records exchanged in the
// agreement's full sync, SPEC 7 round 4, or replayed by a detector). The provider's
// signature binds the proofDigest to this challenge and the space must be one the
// challenge can give; whether the proofs behind it were valid rests on the
// recording keeper (and was checked by every keeper that received the record
// fresh).
func VerifyRecordWithoutProofs(d domain.Domain, params challenge.Params, e *Entry, keepers []common.Address, orders []challenge.Order, blockHash [32]byte) (*challenge.Challenge, error) {
	r := e.Record
	if err := r.Verify(d); err != nil {
		return nil, fmt.Errorf("records: record signature: %w", err)
	}
	if !slices.Contains(keepers, r.Keeper) {
		return nil, fmt.Errorf("%w: %s", ErrNotMember, r.Keeper)
	}
	set := challenge.ActiveOrders(d.ChainID, d.Contract, r.Provider, r.Height, orders)
	if !slices.Equal(set.IDs, e.OrderIDs) {
		return nil, fmt.Errorf("%w: %d ids named, %d of them active for provider %s at %d", ErrOrdersMismatch, len(e.OrderIDs), set.Len(), r.Provider, r.Height)
	}
	c, err := challenge.Derive(set, r.Keeper, r.Height, blockHash, params)
	if err != nil {
		return nil, err
	}
	if err := r.VerifyChallenge(d, c); err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	return c, nil
}
