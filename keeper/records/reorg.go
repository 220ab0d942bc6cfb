package records

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/store"
)

// Records and reorganisations (issue 8). The rule:
//
//   - A challenge at height b uses blockhash(b) only once b is D deep (SPEC 2), so a
//     reorg at most D blocks deep never changes a seed: records are untouched.
//   - After a deeper reorg, a record whose challenge was derived from a hash that is
//     no longer canonical at its height is invalid on the canonical chain:
//     receivers verify every record against their own canonical hash (VerifyRecord,
//     VerifyRecordWithoutProofs) and refuse it; a keeper that holds such records
//     discards them (DiscardOrphaned), so the space-time integral ignores them;
//     its next challenge runs at a canonical height and covers the provider again
//     (the keeper "re-challenges"; SPEC 4's stale span G makes the gap count as 0
//     space if it is longer than G).
//   - Only ok records can be told apart: the provider's signature binds the seed.
//     A record with s = 0 (missing, late, invalid response) signs no seed; it is
//     kept, and counts as the zero sample it claims.
//   - Records are discarded only after a reorg deeper than D, which SPEC 2 assumes
//     does not happen; acknowledged records are otherwise never deleted.

// DiscardOrphaned re-verifies the ok records held for contract's providers at
// heights in [from, to) against hashOf (the canonical hash of a height) and
// deletes, with their outbox entries, those whose challenge no longer verifies —
// their seed came from an orphaned block. It returns the records discarded.
// Records it cannot re-check (an order no longer held, a keeper no longer in
// keepers) are kept. hashOf returns the zero hash for a height the canonical chain
// has not reached (the new branch is still shorter): a record there came from an
// orphaned block and is discarded.
func (s *Store) DiscardOrphaned(d domain.Domain, params challenge.Params, providers, keepers []common.Address, from, to uint64, hashOf func(height uint64) ([32]byte, error)) ([]*Entry, error) {
	var gone []*Entry
	for _, p := range providers {
		es, err := s.Entries(d.Contract, p, from, to)
		if err != nil {
			return gone, err
		}
		for _, e := range es {
			r := e.Record
			if r.Result != challenge.ResultOK {
				continue
			}
			orders, missing, err := s.OrdersByID(d.Contract, p, e.OrderIDs)
			if err != nil {
				return gone, err
			}
			if len(missing) > 0 {
				continue
			}
			hash, err := hashOf(r.Height)
			if err != nil {
				return gone, fmt.Errorf("records: hash of %d: %w", r.Height, err)
			}
			_, verr := VerifyRecordWithoutProofs(d, params, e, keepers, orders, hash)
			if verr == nil || errors.Is(verr, ErrNotMember) || errors.Is(verr, ErrOrdersMismatch) {
				continue
			}
			if err := s.db.Update(func(t *store.Txn) error {
				if err := t.Delete(recordKey(store.KindRecord, d.Contract, p, r.Height, r.Keeper)); err != nil {
					return err
				}
				return t.Delete(recordKey(store.KindOutbox, d.Contract, p, r.Height, r.Keeper))
			}); err != nil {
				return gone, err
			}
			gone = append(gone, e)
		}
	}
	return gone, nil
}
