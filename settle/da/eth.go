package da

import (
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/txmgr"
)

// Limits of the Ethereum layer.
const (
	// DefaultChunkSize keeps every transaction under go-ethereum's 128 KiB pool
	// limit (txMaxSize) with room for the ABI framing.
	DefaultChunkSize = 96 << 10
	// MaxDecoded bounds a decompressed batch (settle.MaxBatchSize).
	MaxDecoded = 64 << 20
	// CompressionLevel is the DEFLATE level (compress/flate, deterministic for a
	// given Go version: honest publishers send the same chunks).
	CompressionLevel = 6
)

var inboxABI = func() *abi.ABI {
	a, err := bindings.BatchInboxMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}()

// EthOptions configure the Ethereum layer.
type EthOptions struct {
	Client chain.Client
	Inbox  common.Address
	// Sender sends the publication transactions (a keeper's account); nil makes the
	// store read-only (Put fails).
	Sender *txmgr.Manager
	// ChunkSize is the largest payload per transaction (default DefaultChunkSize).
	ChunkSize int
	// Lookback is how many blocks before the head a publisher looks for chunks
	// already sent (by an earlier attempt or another keeper) (default 256).
	Lookback uint64
}

// EthStore is the Ethereum-calldata layer: batches compressed (DEFLATE) and sent as
// calldata to the BatchInbox contract (contracts/src/BatchInbox.sol), which keeps
// the chain of batch hashes and emits an event per batch; the reader finds a batch
// by the block the inbox recorded (publishedAt), its BatchPublished event, and the
// calldata of the publish and chunk transactions (TransactionByHash). Works on any
// node serving eth_getLogs and transactions: the simulated backend, geth --dev.
type EthStore struct {
	opts  EthOptions
	inbox *bindings.BatchInbox
	mu    sync.Mutex // one publication at a time
}

// ErrReadOnly is returned by Put on a store without a sender.
var ErrReadOnly = errors.New("da: read-only Ethereum layer (no sender)")

// DeployInbox deploys a BatchInbox and waits for it to be mined.
func DeployInbox(ctx context.Context, c chain.Client, opts *bind.TransactOpts) (common.Address, *types.Transaction, error) {
	o := *opts
	o.Context = ctx
	addr, tx, _, err := bindings.DeployBatchInbox(&o, c)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("da: deploy inbox: %w", err)
	}
	return addr, tx, nil
}

// OpenEth opens the layer at the inbox (which must have code).
func OpenEth(ctx context.Context, opts EthOptions) (*EthStore, error) {
	if opts.Client == nil {
		return nil, fmt.Errorf("%w: eth needs a chain (--rpc)", ErrURI)
	}
	if opts.Inbox == (common.Address{}) {
		return nil, fmt.Errorf("%w: eth needs the inbox address (eth:ADDRESS or --inbox)", ErrURI)
	}
	code, err := opts.Client.CodeAt(ctx, opts.Inbox, nil)
	if err != nil {
		return nil, fmt.Errorf("da: inbox code: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("da: no inbox contract at %s", opts.Inbox)
	}
	if opts.ChunkSize <= 0 {
		opts.ChunkSize = DefaultChunkSize
	}
	if opts.Lookback == 0 {
		opts.Lookback = 256
	}
	in, err := bindings.NewBatchInbox(opts.Inbox, opts.Client)
	if err != nil {
		return nil, err
	}
	return &EthStore{opts: opts, inbox: in}, nil
}

// Close implements Store.
func (s *EthStore) Close() error { return nil }

// Head implements Store.
func (s *EthStore) Head(ctx context.Context, c common.Address) (Head, error) {
	h, err := s.inbox.Head(&bind.CallOpts{Context: ctx}, c)
	if err != nil {
		return Head{}, fmt.Errorf("da: inbox head: %w", err)
	}
	return Head{Next: h.Next, Hash: h.Hash}, nil
}

// published returns the BatchPublished event of batch seq (ErrNotFound if none).
func (s *EthStore) published(ctx context.Context, c common.Address, seq uint64) (*bindings.BatchInboxBatchPublished, error) {
	at, err := s.inbox.PublishedAt(&bind.CallOpts{Context: ctx}, c, seq)
	if err != nil {
		return nil, fmt.Errorf("da: publishedAt: %w", err)
	}
	if at == 0 {
		return nil, ErrNotFound
	}
	it, err := s.inbox.FilterBatchPublished(&bind.FilterOpts{Context: ctx, Start: at, End: &at}, []common.Address{c}, []uint64{seq})
	if err != nil {
		return nil, fmt.Errorf("da: BatchPublished events: %w", err)
	}
	defer it.Close()
	if !it.Next() {
		if err := it.Error(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: batch %d: no BatchPublished event in block %d", ErrUnavailable, seq, at)
	}
	return it.Event, nil
}

// Get implements Store: the publish transaction's calldata and the chunks it names.
func (s *EthStore) Get(ctx context.Context, c common.Address, seq uint64) (*Item, error) {
	ev, err := s.published(ctx, c, seq)
	if err != nil {
		return nil, err
	}
	args, err := s.calldata(ctx, ev.Raw.TxHash, "publish")
	if err != nil {
		return nil, fmt.Errorf("%w: batch %d: %w", ErrUnavailable, seq, err)
	}
	var payload []byte
	if len(ev.Chunks) > 0 {
		found := map[[32]byte]common.Hash{}
		end := ev.Raw.BlockNumber
		it, err := s.inbox.FilterChunk(&bind.FilterOpts{Context: ctx, Start: ev.ChunksFrom, End: &end}, []common.Address{c}, ev.Chunks)
		if err != nil {
			return nil, fmt.Errorf("da: Chunk events: %w", err)
		}
		for it.Next() {
			if _, ok := found[it.Event.ChunkHash]; !ok {
				found[it.Event.ChunkHash] = it.Event.Raw.TxHash
			}
		}
		if err := it.Error(); err != nil {
			return nil, err
		}
		it.Close()
		for i, h := range ev.Chunks {
			tx, ok := found[h]
			if !ok {
				return nil, fmt.Errorf("%w: batch %d: chunk %d (%x) not found in blocks %d..%d", ErrUnavailable, seq, i, h, ev.ChunksFrom, end)
			}
			ca, err := s.calldata(ctx, tx, "chunk")
			if err != nil {
				return nil, fmt.Errorf("%w: batch %d chunk %d: %w", ErrUnavailable, seq, i, err)
			}
			data := ca[1].([]byte)
			if crypto.Keccak256Hash(data) != h {
				return nil, fmt.Errorf("%w: batch %d chunk %d: calldata does not hash to the event's", ErrUnavailable, seq, i)
			}
			payload = append(payload, data...)
		}
	}
	payload = append(payload, args[6].([]byte)...)
	enc, err := Decompress(payload)
	if err != nil {
		return nil, fmt.Errorf("%w: batch %d: %w", ErrUnavailable, seq, err)
	}
	return &Item{Seq: seq, Hash: ev.BatchHash, Enc: enc}, nil
}

// calldata returns the arguments of a direct call of the inbox's method in tx.
func (s *EthStore) calldata(ctx context.Context, hash common.Hash, method string) ([]any, error) {
	tx, _, err := s.opts.Client.TransactionByHash(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("transaction %s: %w", hash, err)
	}
	in := tx.Data()
	m := inboxABI.Methods[method]
	if tx.To() == nil || *tx.To() != s.opts.Inbox || len(in) < 4 || !bytes.Equal(in[:4], m.ID) {
		return nil, fmt.Errorf("transaction %s is not a direct %s call of the inbox", hash, method)
	}
	return m.Inputs.Unpack(in[4:])
}

// Compress returns the layer's payload for an encoded batch.
func Compress(enc []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, CompressionLevel)
	w.Write(enc)
	w.Close()
	return buf.Bytes()
}

// Decompress inflates a payload, refusing one above MaxDecoded.
func Decompress(p []byte) ([]byte, error) {
	r := flate.NewReader(bytes.NewReader(p))
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, MaxDecoded+1))
	if err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	if len(out) > MaxDecoded {
		return nil, fmt.Errorf("inflates to more than %d bytes", MaxDecoded)
	}
	return out, nil
}

// Put implements Store: compress, send the chunks not yet on chain (a payload under
// one chunk travels inline), then publish. The inbox refuses a wrong seq or prev,
// so concurrent publishers cannot fork the chain.
func (s *EthStore) Put(ctx context.Context, c common.Address, seq uint64, prev, hash [32]byte, enc []byte) error {
	if crypto.Keccak256Hash(enc) != hash {
		return ErrBadHash
	}
	if s.opts.Sender == nil {
		return ErrReadOnly
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if done, err := s.check(ctx, c, seq, prev, hash); done || err != nil {
		return err
	}
	payload := Compress(enc)
	var chunks [][32]byte
	var inline []byte
	chunksFrom := uint64(0)
	if len(payload) <= s.opts.ChunkSize {
		inline = payload
	} else {
		head, err := s.opts.Client.BlockNumber(ctx)
		if err != nil {
			return err
		}
		from := uint64(0)
		if head > s.opts.Lookback {
			from = head - s.opts.Lookback
		}
		chunksFrom = head + 1
		for off := 0; off < len(payload); off += s.opts.ChunkSize {
			part := payload[off:min(off+s.opts.ChunkSize, len(payload))]
			h := crypto.Keccak256Hash(part)
			chunks = append(chunks, h)
			at, err := s.chunkBlock(ctx, c, h, from)
			if err != nil {
				return err
			}
			if at == 0 {
				data, err := inboxABI.Pack("chunk", c, part)
				if err != nil {
					return err
				}
				res, err := s.opts.Sender.Send(ctx, txmgr.Call{To: s.opts.Inbox, Data: data}, nil)
				if err != nil {
					return fmt.Errorf("da: chunk %d of batch %d: %w", len(chunks)-1, seq, err)
				}
				at = res.Receipt.BlockNumber.Uint64()
			}
			chunksFrom = min(chunksFrom, at)
		}
	}
	data, err := inboxABI.Pack("publish", c, seq, prev, hash, chunks, chunksFrom, inline)
	if err != nil {
		return err
	}
	done := func(ctx context.Context) (bool, error) {
		h, err := s.Head(ctx, c)
		return h.Next > seq, err
	}
	if _, err := s.opts.Sender.Send(ctx, txmgr.Call{To: s.opts.Inbox, Data: data}, done); err != nil {
		var re *txmgr.RevertError
		if !errors.As(err, &re) && !errors.Is(err, txmgr.ErrFailed) {
			return fmt.Errorf("da: publish batch %d: %w", seq, err)
		}
		// Refused: find out why (lost a race, or a wrong seq / prev).
		if done, cerr := s.check(ctx, c, seq, prev, hash); done || cerr != nil {
			return cerr
		}
		return fmt.Errorf("da: publish batch %d: %w", seq, err)
	}
	if done, err := s.check(ctx, c, seq, prev, hash); err != nil || !done {
		if err == nil {
			err = fmt.Errorf("da: batch %d not published after its transaction", seq)
		}
		return err
	}
	return nil
}

// check compares batch seq with the inbox: done (nil) if the same batch is
// published, ErrConflict if another one is, ErrGap or ErrPrev if it cannot be
// published next; not done and nil if it can.
func (s *EthStore) check(ctx context.Context, c common.Address, seq uint64, prev, hash [32]byte) (bool, error) {
	h, err := s.Head(ctx, c)
	if err != nil {
		return false, err
	}
	switch {
	case seq < h.Next:
		ev, err := s.published(ctx, c, seq)
		if err != nil {
			return false, err
		}
		if ev.BatchHash != hash {
			return false, fmt.Errorf("%w: seq %d holds %x, not %x", ErrConflict, seq, ev.BatchHash, hash)
		}
		return true, nil
	case seq > h.Next:
		return false, fmt.Errorf("%w: seq %d, the inbox has %d batches", ErrGap, seq, h.Next)
	}
	if prev != h.Hash {
		return false, fmt.Errorf("%w: batch %d names %x, the inbox's head is %x", ErrPrev, seq, prev, h.Hash)
	}
	return false, nil
}

// chunkBlock returns the block of a Chunk event with this hash since block from
// (0: none).
func (s *EthStore) chunkBlock(ctx context.Context, c common.Address, h [32]byte, from uint64) (uint64, error) {
	it, err := s.inbox.FilterChunk(&bind.FilterOpts{Context: ctx, Start: from}, []common.Address{c}, [][32]byte{h})
	if err != nil {
		return 0, fmt.Errorf("da: Chunk events: %w", err)
	}
	defer it.Close()
	for it.Next() {
		// Only a direct call's calldata is readable.
		if _, err := s.calldata(ctx, it.Event.Raw.TxHash, "chunk"); err == nil {
			return it.Event.Raw.BlockNumber, nil
		}
	}
	return 0, it.Error()
}

// Inbox returns the inbox address.
func (s *EthStore) Inbox() common.Address { return s.opts.Inbox }
