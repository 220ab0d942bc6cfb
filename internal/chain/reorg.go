package chain

import (
	"errors"

	"github.com/ethereum/go-ethereum/common"
)

// Reorganisations on the embedded chain (issue 8, reorgs). Findings on
// go-ethereum v1.17.10's simulated backend, checked by reorg_test.go:
//
//   - Fork(parent) calls BlockChain.SetCanonical(parent): the head moves back to
//     parent at once (the block number drops); the orphaned blocks stay readable by
//     hash, their transactions' lookup entries are deleted, so TransactionReceipt
//     answers "not found" for them. Fork refuses while the pool has pending
//     transactions ("pending block dirty").
//   - The txpool's reset from the old head to parent re-injects the orphaned
//     branch's transactions (legacypool.reset, reorgs up to 64 blocks deep), so the
//     next Commit includes them again unless they became invalid. A node that lost
//     them (a reorg deeper than 64 blocks, a restarted node, another node that
//     never saw them) does not: DropPending models that.

// DropPending removes every transaction from the pool, after waiting for the
// pool's pending reset (so that transactions re-injected by a Fork are dropped
// too). It models a node that does not re-include an orphaned branch's
// transactions unless their senders resend them.
func (s *Sim) DropPending() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.backend.Rollback()
}

// ForkDropping is Fork followed by DropPending under one lock, so that the block
// producer cannot re-include the orphaned transactions in between: the new branch
// starts at parent without them.
func (s *Sim) ForkDropping(parent common.Hash) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errors.New("chain: closed")
	}
	if err := s.backend.Fork(parent); err != nil {
		return err
	}
	s.backend.Rollback()
	return nil
}
