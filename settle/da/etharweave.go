package da

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/settle/da/arweave"
)

// EthArweave is the composite layer "eth header + Arweave body" (issue 15): the
// shared inbox on the settlement chain records each publication's header — seq,
// previous hash, body hash, state root and the locator of the body
// (LocatorArweave ‖ Arweave id) — and the body is an Arweave transaction
// (ArweaveStore.PutBody: compressed, tagged, signed by the keeper's Arweave
// wallet). The chain decides which publication a seq has (EthStore, settle.Resolve:
// the first valid one), so no gateway can choose; a gateway can only serve a body
// or fail to: a body that does not hash to the header's is a tampered batch, one it
// cannot serve is ErrUnavailable naming the Arweave transaction. The settlement
// chain pays for a header (tens of thousands of gas), not for the records.
//
// Publication order: the body is posted and mined on Arweave first, then the
// header is published, so a header never names a body that is not yet there.
type EthArweave struct {
	*EthStore
	bodies *ArweaveStore
}

// OpenEthArweave opens the composite layer: eo configures the inbox side (its
// External is set here), ao the Arweave side (a Wallet to publish).
func OpenEthArweave(ctx context.Context, eo EthOptions, ao ArweaveOptions) (*EthArweave, error) {
	bodies, err := OpenArweave(ao)
	if err != nil {
		return nil, err
	}
	eo.External = func(ctx context.Context, c common.Address, h Header) ([]byte, error) {
		if len(h.Locator) != 33 || h.Locator[0] != LocatorArweave {
			return nil, fmt.Errorf("locator %x is not an Arweave id", h.Locator)
		}
		it, err := bodies.GetBody(ctx, c, h.Seq, h.Hash, arweave.ID(h.Locator[1:]))
		if err != nil {
			return nil, err
		}
		return it.Enc, nil // as served: the reader's hash check judges it
	}
	eth, err := OpenEth(ctx, eo)
	if err != nil {
		return nil, err
	}
	return &EthArweave{EthStore: eth, bodies: bodies}, nil
}

// Bodies returns the Arweave side.
func (s *EthArweave) Bodies() *ArweaveStore { return s.bodies }

// Put implements Store: Publish with the state root read from the batch.
func (s *EthArweave) Put(ctx context.Context, c common.Address, seq uint64, prev, hash [32]byte, enc []byte) error {
	return putShared(ctx, s, c, seq, prev, hash, enc)
}

// Publish implements Shared: the body to Arweave (once: an earlier attempt's body
// is reused), mined, then the header naming it to the inbox.
func (s *EthArweave) Publish(ctx context.Context, c common.Address, h Header, enc []byte) error {
	if crypto.Keccak256Hash(enc) != h.Hash {
		return ErrBadHash
	}
	id, err := s.bodies.PutBody(ctx, c, h.Seq, h.Prev, h.Hash, enc)
	if err != nil {
		return err
	}
	if err := s.bodies.waitMined(ctx, c, h.Seq, id); err != nil {
		return err
	}
	h.Locator = ArweaveLocator(id)
	return s.EthStore.Publish(ctx, c, h, enc)
}

// waitMined waits until body transaction id of (c, seq) is mined (ConfirmTimeout).
func (s *ArweaveStore) waitMined(ctx context.Context, c common.Address, seq uint64, id arweave.ID) error {
	wait, cancel := context.WithTimeout(ctx, s.opts.ConfirmTimeout)
	defer cancel()
	for {
		cands, err := s.candidates(wait, c, seq)
		if err != nil && !errors.Is(wait.Err(), context.DeadlineExceeded) {
			return err
		}
		for _, h := range cands {
			if h.id == id && h.height >= 0 {
				return nil
			}
		}
		select {
		case <-wait.Done():
			return fmt.Errorf("da: body of batch %d (Arweave transaction %s) not mined within %s: %w", seq, id, s.opts.ConfirmTimeout, wait.Err())
		case <-time.After(s.opts.Poll):
		}
	}
}
