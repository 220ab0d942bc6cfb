package settle

// The shared ledger (SPEC 9 revision 2): one ledger per contract, on the layer the
// contract names, to which every keeper of the contract publishes. The layer
// records every publication (da.Shared: one per keeper per seq) and the reader
// decides: the canonical batch at seq is the FIRST valid publication at seq in the
// layer's order. Valid means:
//
//   - its body is available and hashes to its header's body hash, and decodes
//     strictly as the batch at that seq, with the header's prev and state root;
//   - it chains to the canonical batch at seq − 1 and passes every rule of the
//     replay (State.Check, with the signatures re-verified: the publisher may be
//     any keeper, honest or not);
//   - it matches the chain (ChainCheck): its report and signatures are a payment
//     on the contract — the pay transaction succeeded at the batch's pay block,
//     called pay with this report, signer bitmap and aggregate signature — and the
//     group it carries has the contract's keepers (accounts and keys, by index) and
//     providers.
//
// Decisions taken where SPEC is silent:
//
//   - A publication that fails a rule is rejected for good (kept in Rejected with
//     its publisher and the reason, for status pages and the detector) and never
//     tried again. A failure that may pass later — the chain or the layer cannot be
//     read now — rejects nothing: the sync stops there and tries again at the next
//     call.
//   - A seq whose publications are all invalid ends the sync: the canonical ledger
//     stops before it until a valid publication arrives there (an honest keeper
//     publishes one: it publishes any seq that has no valid batch).
//   - The ledger never forks: a valid publication is never displaced (a later one at
//     the same seq, valid or not, is not read once the seq has a canonical batch).
//   - A reader that has only the chain and the contract's address finds the ledger
//     of a contract naming none (deployed before revision 2: its keepers were given
//     the inbox in their configuration) by the BatchPublished events for the
//     contract, trusting only emitters whose code is this build's BatchInbox
//     (FindLedger); publications in two such inboxes are ErrLedgerAmbiguous.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/settle/da"
)

// ErrNotOnChain: a batch does not match the chain (its payment or its group).
var ErrNotOnChain = errors.New("settle: batch does not match the chain")

// Rejected is a publication a reader skipped as invalid.
type Rejected struct {
	Seq       uint64         `json:"seq"`
	Publisher common.Address `json:"publisher"`
	Tx        common.Hash    `json:"tx"`
	Block     uint64         `json:"block"`
	Reason    string         `json:"reason"`
}

// ChainCheck checks a batch against the chain (see the file doc); nil when it
// matches, an error wrapping ErrNotOnChain when it does not, another error when
// the chain cannot be read.
type ChainCheck func(ctx context.Context, b *Batch) error

// NewChainCheck returns the ChainCheck of contract on chain c.
func NewChainCheck(c chain.Client, contract common.Address) ChainCheck {
	return func(ctx context.Context, b *Batch) error { return checkOnChain(ctx, c, contract, b, nil) }
}

// NewCachedChainCheck is NewChainCheck reading the group through gr (a keeper's
// ledger shares it with the group reads of the payments it publishes: the batches
// it checks are at the same pay blocks).
func NewCachedChainCheck(c chain.Client, contract common.Address, gr *GroupReader) ChainCheck {
	return func(ctx context.Context, b *Batch) error { return checkOnChain(ctx, c, contract, b, gr) }
}

func notOnChain(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrNotOnChain, fmt.Sprintf(format, a...))
}

func checkOnChain(ctx context.Context, c chain.Client, contract common.Address, b *Batch, gr *GroupReader) error {
	rc, err := c.TransactionReceipt(ctx, b.PayTx)
	if err != nil {
		if errors.Is(err, ethereum.NotFound) {
			return notOnChain("pay tx %s not mined", b.PayTx)
		}
		return fmt.Errorf("settle: pay tx %s receipt: %w", b.PayTx, err)
	}
	if rc.Status != types.ReceiptStatusSuccessful || rc.BlockNumber.Uint64() != b.PayBlock {
		return notOnChain("pay tx %s: status %d at block %s, the batch says block %d", b.PayTx, rc.Status, rc.BlockNumber, b.PayBlock)
	}
	pay, err := PaymentFromTx(ctx, c, contract, b.PayTx)
	if errors.Is(err, ErrNotPay) {
		return notOnChain("%v", err)
	}
	if err != nil {
		return err
	}
	if pay.Report.Digest() != b.Report().Digest() {
		return notOnChain("pay tx %s paid another report", b.PayTx)
	}
	if pay.Signers.Cmp(b.Signers) != 0 || pay.AggSig != b.AggSig {
		return notOnChain("pay tx %s: other signers or aggregate signature", b.PayTx)
	}
	if b.Group != nil {
		return checkGroupOnChain(ctx, c, contract, b, gr)
	}
	return nil
}

// checkGroupOnChain compares the group a batch carries with the contract's at the
// pay block (ReadBatchGroup: parameters, the epoch's members, keys and statuses,
// providers and the prices of the report's entries).
func checkGroupOnChain(ctx context.Context, c chain.Client, contract common.Address, b *Batch, gr *GroupReader) error {
	var want *Group
	var err error
	if gr != nil {
		want, err = gr.ReadBatch(ctx, b)
	} else {
		want, err = ReadBatchGroup(ctx, c, contract, b)
	}
	if err != nil {
		return notOnChain("the contract's group at block %d: %v", b.PayBlock, err)
	}
	if !want.Equal(b.Group) {
		return notOnChain("the batch's group (group %d from %d, %d keepers, %d providers) differs from the contract's at block %d (group %d from %d, %d keepers, %d providers)",
			b.Group.GroupID, b.Group.EpochFrom, len(b.Group.Keepers), len(b.Group.Providers), b.PayBlock,
			want.GroupID, want.EpochFrom, len(want.Keepers), len(want.Providers))
	}
	return nil
}

// transient reports whether err may pass on a later try (a read failure), as
// opposed to a rule the publication breaks.
func transient(err error) bool {
	var div *Divergence
	switch {
	case errors.As(err, &div), errors.Is(err, ErrNotOnChain), errors.Is(err, da.ErrUnavailable):
		return false
	}
	return true
}

// tryPublication checks publication p as the batch at st.Next() (see the file
// doc) and returns its effects.
func tryPublication(ctx context.Context, s da.Shared, st *State, p *da.Publication, opts CheckOptions, cc ChainCheck) (*Effects, *da.Item, error) {
	c := st.Domain().Contract
	it, err := s.Body(ctx, c, p)
	if err != nil {
		return nil, nil, err
	}
	b, err := DecodeItem(it) // the body hashes to the header's hash and is the batch at its seq
	if err != nil {
		return nil, nil, err
	}
	if b.Prev != p.Prev || b.StateRoot != p.StateRoot {
		return nil, nil, batchDiv(p.Seq, "header", "", "", "the inbox header's prev or state root differs from the body's")
	}
	eff, err := st.Check(b, it.Hash, opts)
	if err != nil {
		return nil, nil, err
	}
	if cc != nil {
		if err := cc(ctx, b); err != nil {
			return nil, nil, err
		}
	}
	return eff, it, nil
}

// Resolve returns the canonical batch at st.Next() on a shared layer: the first
// valid publication, with its effects (not applied) and the publications rejected
// on the way (those in skip are not tried again). canonical is nil when the seq has
// no valid publication (yet); err is a read failure (nothing is decided then).
func Resolve(ctx context.Context, s da.Shared, st *State, opts CheckOptions, cc ChainCheck, skip func(*da.Publication) bool) (canonical *da.Publication, eff *Effects, it *da.Item, rejected []Rejected, err error) {
	seq := st.Next()
	pubs, err := s.Publications(ctx, st.Domain().Contract, seq)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	for _, p := range pubs {
		if skip != nil && skip(p) {
			continue
		}
		e, item, err := tryPublication(ctx, s, st, p, opts, cc)
		if err == nil {
			return p, e, item, rejected, nil
		}
		if transient(err) {
			return nil, nil, nil, rejected, err
		}
		rejected = append(rejected, Rejected{Seq: seq, Publisher: p.Publisher, Tx: p.Tx, Block: p.Block, Reason: err.Error()})
	}
	return nil, nil, nil, rejected, nil
}

// ledgerSelector is the selector of the upkeeping contract's view ledger():
// the BatchInbox its keepers publish to (SPEC 9 revision 2).
var ledgerSelector = crypto.Keccak256([]byte("ledger()"))[:4]

// LedgerOf returns the ledger (BatchInbox) an upkeeping contract names, or the
// zero address when it names none — including a contract that has no ledger()
// view at all (deployed before SPEC 9 revision 2).
func LedgerOf(ctx context.Context, c chain.Client, contract common.Address) (common.Address, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &contract, Data: ledgerSelector}, nil)
	if err != nil {
		var de interface{ ErrorData() any }
		if errors.As(err, &de) || strings.Contains(err.Error(), "revert") {
			return common.Address{}, nil // no such view
		}
		return common.Address{}, fmt.Errorf("settle: ledger() of %s: %w", contract, err)
	}
	if len(out) != 32 {
		return common.Address{}, nil
	}
	return common.BytesToAddress(out[12:]), nil
}

// ErrLedgerAmbiguous: a contract that names no ledger has publications in more than
// one BatchInbox (FindLedger); the reader must say which one (--da).
var ErrLedgerAmbiguous = errors.New("settle: publications for the contract in more than one BatchInbox")

// FindLedger returns the ledger (BatchInbox) of an upkeeping contract: the one it
// names (LedgerOf) or, for a contract that names none (deployed before SPEC 9
// revision 2; its keepers were given the inbox in their configuration, da), the one
// genuine BatchInbox (da.IsInbox) that holds publications for it, found by its
// BatchPublished events from block from (the contract's start) to the head. Only
// the contract's active keepers can publish to a genuine inbox, so events from any
// other emitter are ignored. The zero address: no ledger found (yet).
//
// Decision where SPEC is silent: a reader — the detector, a statement — needs only
// the chain and the contract's address even for such a contract; the scan costs
// one log query per da.MaxLogRange blocks since the start.
func FindLedger(ctx context.Context, c chain.Client, contract common.Address, from uint64) (common.Address, error) {
	if inbox, err := LedgerOf(ctx, c, contract); err != nil || inbox != (common.Address{}) {
		return inbox, err
	}
	abi, err := bindings.BatchInboxMetaData.GetAbi()
	if err != nil {
		return common.Address{}, err
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return common.Address{}, fmt.Errorf("settle: head: %w", err)
	}
	topics := [][]common.Hash{{abi.Events["BatchPublished"].ID}, {common.BytesToHash(contract.Bytes())}}
	seen := map[common.Address]bool{}
	var found []common.Address
	for lo := from; lo <= head; lo += da.MaxLogRange {
		hi := min(lo+da.MaxLogRange-1, head)
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi), Topics: topics})
		if err != nil {
			return common.Address{}, fmt.Errorf("settle: BatchPublished events %d..%d: %w", lo, hi, err)
		}
		for _, l := range logs {
			if seen[l.Address] || l.Removed {
				continue
			}
			seen[l.Address] = true
			ok, err := da.IsInbox(ctx, c, l.Address)
			if err != nil {
				return common.Address{}, err
			}
			if ok {
				found = append(found, l.Address)
			}
		}
	}
	switch len(found) {
	case 0:
		return common.Address{}, nil
	case 1:
		return found[0], nil
	}
	return common.Address{}, fmt.Errorf("%w: %v", ErrLedgerAmbiguous, found)
}
