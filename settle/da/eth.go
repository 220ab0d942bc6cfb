package da

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
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
	// MaxLogRange is the most blocks one log query spans (nodes limit eth_getLogs).
	MaxLogRange = 5000
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
	// store read-only (Put and Publish fail).
	Sender *txmgr.Manager
	// ChunkSize is the largest payload per transaction (default DefaultChunkSize).
	ChunkSize int
	// Lookback is how many blocks before the head a publisher looks for chunks
	// already sent (by an earlier attempt or another keeper) (default 256).
	Lookback uint64
	// Confirmations: publications are indexed only from blocks this deep (a
	// keeper passes D, SPEC 2: a publication a reorg can still remove does not
	// count yet); 0: from the head.
	Confirmations uint64
	// External fetches a body a publication locates on another layer (its locator
	// is not empty: LocatorArweave …); nil: such bodies are ErrUnavailable.
	External func(ctx context.Context, contract common.Address, h Header) ([]byte, error)
	// Head, when set, is the chain head as the node already knows it (a keeper's
	// chain watcher: no call); nil reads it from Client at every index refresh.
	Head func(ctx context.Context) (uint64, error)
}

// EthStore is the shared Ethereum layer (SPEC 9 revision 2): the BatchInbox
// contract (contracts/src/BatchInbox.sol) records every keeper's publications —
// one per keeper per seq, headers in its BatchPublished events — and the bodies
// travel as calldata (compressed with DEFLATE; large ones in chunk transactions) or
// on an external layer named by the header's locator. The store keeps an index of
// the publications per seq, built from the inbox's events by block ranges
// (incrementally: the first read scans from the inbox's deployment). It implements
// Shared: which publication is the canonical batch at a seq is for the reader to
// decide (settle.Ledger, the detector); Get returns the first publication at a seq,
// unjudged. Works on any node serving eth_getLogs and transactions: the simulated
// backend, geth --dev.
type EthStore struct {
	opts  EthOptions
	inbox *bindings.BatchInbox
	// pubMu guards pub: one publication at a time per contract (a store shared
	// by a node's contracts publishes theirs concurrently).
	pubMu   sync.Mutex
	pub     map[common.Address]*sync.Mutex
	idxMu   sync.Mutex
	idx     map[common.Address]*ethIndex
	scanned uint64 // the shared scan has read every block below this (0: none yet)
	from    uint64 // the inbox's deployment block
}

// ethIndex is what the store knows of one contract's publications.
type ethIndex struct {
	bySeq map[uint64][]*Publication
	max   uint64 // frontier: one past the highest seq published
}

// ErrReadOnly is returned by Put on a store without a sender.
var ErrReadOnly = errors.New("da: read-only Ethereum layer (no sender)")

var _ Shared = (*EthStore)(nil)

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
		return nil, fmt.Errorf("%w: eth needs the inbox address (eth:ADDRESS, or the contract's ledger)", ErrURI)
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
	from, err := in.DeployBlock(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("da: %s is not a BatchInbox: %w", opts.Inbox, err)
	}
	return &EthStore{opts: opts, inbox: in, idx: map[common.Address]*ethIndex{}, from: from}, nil
}

// Close implements Store.
func (s *EthStore) Close() error { return nil }

// Inbox returns the inbox address.
func (s *EthStore) Inbox() common.Address { return s.opts.Inbox }

// refresh brings the index up to the head − Confirmations and returns contract c's
// (the caller holds idxMu). One scan serves every contract the store indexes
// (issue 14: a keeper's ledger traffic flat in the number of contracts): the
// inbox's BatchPublished events of the new blocks, whatever their contract, are
// read once and filed under the contracts indexed (others are dropped); nothing
// is read while the head has not moved (with EthOptions.Head, not even the head).
// A contract indexed for the first time is caught up alone, once, from the inbox's
// deployment to where the shared scan is.
func (s *EthStore) refresh(ctx context.Context, c common.Address) (*ethIndex, error) {
	ix := s.idx[c]
	if ix == nil {
		ix = &ethIndex{bySeq: map[uint64][]*Publication{}}
		s.idx[c] = ix
		if s.scanned > s.from {
			if err := s.scan(ctx, s.from, s.scanned-1, []common.Address{c}); err != nil {
				delete(s.idx, c) // caught up again on the next call
				return nil, err
			}
		}
	}
	var head uint64
	var err error
	if s.opts.Head != nil {
		head, err = s.opts.Head(ctx)
	} else {
		head, err = s.opts.Client.BlockNumber(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("da: head: %w", err)
	}
	if head < s.opts.Confirmations {
		return ix, nil
	}
	head -= s.opts.Confirmations
	if from := max(s.from, s.scanned); from <= head {
		if err := s.scan(ctx, from, head, nil); err != nil {
			return nil, err
		}
	}
	return ix, nil
}

// scan files the BatchPublished events of blocks from..to under the contracts
// indexed (others are dropped); with contracts, it asks the node only for theirs.
// The shared scan (contracts nil) moves s.scanned past each range it filed, so a
// failure part-way never files a range twice.
func (s *EthStore) scan(ctx context.Context, from, to uint64, contracts []common.Address) error {
	for ; from <= to; from += MaxLogRange {
		end := min(from+MaxLogRange-1, to)
		it, err := s.inbox.FilterBatchPublished(&bind.FilterOpts{Context: ctx, Start: from, End: &end}, contracts, nil, nil)
		if err != nil {
			return fmt.Errorf("da: BatchPublished events %d..%d: %w", from, end, err)
		}
		for it.Next() {
			e := it.Event
			ix := s.idx[e.Upkeeping]
			if e.Raw.Removed || ix == nil {
				continue
			}
			p := &Publication{Header: Header{Seq: e.Seq, Prev: e.PrevHash, Hash: e.BodyHash, StateRoot: e.StateRoot, Locator: e.Locator},
				Publisher: e.Publisher, Tx: e.Raw.TxHash, Block: e.Raw.BlockNumber, Index: e.Raw.Index, chunks: e.Chunks, chunksFrom: e.ChunksFrom}
			ix.bySeq[e.Seq] = append(ix.bySeq[e.Seq], p)
			ix.max = max(ix.max, e.Seq+1)
		}
		err = it.Error()
		it.Close()
		if err != nil {
			return err
		}
		if contracts == nil {
			s.scanned = end + 1
		}
	}
	return nil
}

// Publications implements Shared: in chain order (block, log index).
func (s *EthStore) Publications(ctx context.Context, c common.Address, seq uint64) ([]*Publication, error) {
	s.idxMu.Lock()
	defer s.idxMu.Unlock()
	ix, err := s.refresh(ctx, c)
	if err != nil {
		return nil, err
	}
	ps := ix.bySeq[seq]
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Block != ps[j].Block {
			return ps[i].Block < ps[j].Block
		}
		return ps[i].Index < ps[j].Index
	})
	return append([]*Publication(nil), ps...), nil
}

// Frontier implements Shared.
func (s *EthStore) Frontier(ctx context.Context, c common.Address) (uint64, error) {
	s.idxMu.Lock()
	defer s.idxMu.Unlock()
	ix, err := s.refresh(ctx, c)
	if err != nil {
		return 0, err
	}
	return ix.max, nil
}

// Head implements Store loosely: Next is the frontier (one past the highest seq
// published by anyone), Hash is zero — on a shared layer the head of the canonical
// ledger is known only to a reader that replays it (settle.Ledger).
func (s *EthStore) Head(ctx context.Context, c common.Address) (Head, error) {
	n, err := s.Frontier(ctx, c)
	return Head{Next: n}, err
}

// LastIndexed reports the highest seq with a publication.
func (s *EthStore) LastIndexed(ctx context.Context, c common.Address) (uint64, bool, error) {
	n, err := s.Frontier(ctx, c)
	if err != nil || n == 0 {
		return 0, false, err
	}
	return n - 1, true, nil
}

// Get implements Store: the body of the first publication at seq (ErrNotFound if
// none), not judged — a reader of a shared layer uses Publications.
func (s *EthStore) Get(ctx context.Context, c common.Address, seq uint64) (*Item, error) {
	ps, err := s.Publications(ctx, c, seq)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, ErrNotFound
	}
	return s.Body(ctx, c, ps[0])
}

// Body implements Shared: the calldata payload (chunks, then publish's data), or
// the external body its locator names.
func (s *EthStore) Body(ctx context.Context, c common.Address, p *Publication) (*Item, error) {
	if len(p.Locator) > 0 {
		if s.opts.External == nil {
			return nil, fmt.Errorf("%w: batch %d: body on an external layer (locator %x) and no reader for it", ErrUnavailable, p.Seq, p.Locator)
		}
		enc, err := s.opts.External(ctx, c, p.Header)
		if err != nil {
			return nil, fmt.Errorf("%w: batch %d: external body: %w", ErrUnavailable, p.Seq, err)
		}
		return &Item{Seq: p.Seq, Hash: p.Hash, Enc: enc}, nil
	}
	args, err := s.calldata(ctx, p.Tx, "publish")
	if err != nil {
		return nil, fmt.Errorf("%w: batch %d: %w", ErrUnavailable, p.Seq, err)
	}
	var payload []byte
	if len(p.chunks) > 0 {
		found := map[[32]byte]common.Hash{}
		end := p.Block
		it, err := s.inbox.FilterChunk(&bind.FilterOpts{Context: ctx, Start: p.chunksFrom, End: &end}, []common.Address{c}, p.chunks)
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
		for i, h := range p.chunks {
			tx, ok := found[h]
			if !ok {
				return nil, fmt.Errorf("%w: batch %d: chunk %d (%x) not found in blocks %d..%d", ErrUnavailable, p.Seq, i, h, p.chunksFrom, end)
			}
			ca, err := s.calldata(ctx, tx, "chunk")
			if err != nil {
				return nil, fmt.Errorf("%w: batch %d chunk %d: %w", ErrUnavailable, p.Seq, i, err)
			}
			data := ca[1].([]byte)
			if crypto.Keccak256Hash(data) != h {
				return nil, fmt.Errorf("%w: batch %d chunk %d: calldata does not hash to the event's", ErrUnavailable, p.Seq, i)
			}
			payload = append(payload, data...)
		}
	}
	payload = append(payload, args[5].([]byte)...)
	enc, err := Decompress(payload)
	if err != nil {
		return nil, fmt.Errorf("%w: batch %d: %w", ErrUnavailable, p.Seq, err)
	}
	return &Item{Seq: p.Seq, Hash: p.Hash, Enc: enc}, nil
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

// BatchStateRoot reads the state root from an encoded batch's fixed prefix
// (package settle's format, versions 1 and 2 share it: "WPSB" ‖ version ‖ big chainId ‖ contract ‖
// seq ‖ prev ‖ te ‖ payTx ‖ payBlock ‖ stateRoot; version 3, a report's part > 0,
// has u32 part after te), so that Put can fill in the header of a batch it is
// given as bytes.
func BatchStateRoot(enc []byte) ([32]byte, error) {
	var root [32]byte
	if !batchPrefix(enc) {
		return root, fmt.Errorf("da: not a settle batch (version 1, 2 or 3)")
	}
	off := 5 + 1 + int(enc[5]) + 20 + 8 + 32 + 8 + 32 + 8
	if enc[4] == 3 {
		off += 4 // the part
	}
	if len(enc) < off+32 {
		return root, fmt.Errorf("da: batch too short")
	}
	copy(root[:], enc[off:off+32])
	return root, nil
}

// batchPrefix reports whether enc starts as a settle batch of a version whose fixed
// prefix this package reads (1; 2, issue 12's group format, keeps the prefix; 3, a
// part > 0, adds the part after te).
func batchPrefix(enc []byte) bool {
	return len(enc) >= 6 && string(enc[:4]) == "WPSB" && enc[4] >= 1 && enc[4] <= 3
}

// BatchSeq reads the seq from an encoded batch's fixed prefix (BatchStateRoot).
func BatchSeq(enc []byte) (uint64, error) {
	if !batchPrefix(enc) {
		return 0, fmt.Errorf("da: not a settle batch (version 1, 2 or 3)")
	}
	off := 5 + 1 + int(enc[5]) + 20
	if len(enc) < off+8 {
		return 0, fmt.Errorf("da: batch too short")
	}
	return binary.BigEndian.Uint64(enc[off:]), nil
}

// Put implements Store: Publish with the state root read from the batch.
func (s *EthStore) Put(ctx context.Context, c common.Address, seq uint64, prev, hash [32]byte, enc []byte) error {
	return putShared(ctx, s, c, seq, prev, hash, enc)
}

// putShared is Store.Put on a shared layer: Publish with the state root read from
// the batch.
func putShared(ctx context.Context, sh Shared, c common.Address, seq uint64, prev, hash [32]byte, enc []byte) error {
	root, err := BatchStateRoot(enc)
	if err != nil {
		return err
	}
	return sh.Publish(ctx, c, Header{Seq: seq, Prev: prev, Hash: hash, StateRoot: root}, enc)
}

// Publish implements Shared: compress, send the chunks not yet on chain (a payload
// under one chunk travels inline), then publish the header. A publication of this
// sender already at seq is success for the same body and ErrConflict for another.
func (s *EthStore) Publish(ctx context.Context, c common.Address, h Header, enc []byte) error {
	if crypto.Keccak256Hash(enc) != h.Hash {
		return ErrBadHash
	}
	if s.opts.Sender == nil {
		return ErrReadOnly
	}
	s.pubMu.Lock()
	if s.pub == nil {
		s.pub = map[common.Address]*sync.Mutex{}
	}
	mu := s.pub[c]
	if mu == nil {
		mu = new(sync.Mutex)
		s.pub[c] = mu
	}
	s.pubMu.Unlock()
	mu.Lock()
	defer mu.Unlock()
	if done, err := s.mine(ctx, c, h); done || err != nil {
		return err
	}
	var chunks [][32]byte
	var inline []byte
	chunksFrom := uint64(0)
	if len(h.Locator) == 0 {
		payload := Compress(enc)
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
				ph := crypto.Keccak256Hash(part)
				chunks = append(chunks, ph)
				at, err := s.chunkBlock(ctx, c, ph, from)
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
						return fmt.Errorf("da: chunk %d of batch %d: %w", len(chunks)-1, h.Seq, err)
					}
					at = res.Receipt.BlockNumber.Uint64()
				}
				chunksFrom = min(chunksFrom, at)
			}
		}
	}
	hdr := bindings.BatchInboxHeader{Seq: h.Seq, PrevHash: h.Prev, BodyHash: h.Hash, StateRoot: h.StateRoot}
	locator := h.Locator
	if locator == nil {
		locator = []byte{}
	}
	var data []byte
	var err error
	if len(locator) > 0 {
		data, err = inboxABI.Pack("publishLocated", c, hdr, locator)
	} else {
		data, err = inboxABI.Pack("publish", c, hdr, locator, chunks, chunksFrom, inline)
	}
	if err != nil {
		return err
	}
	done := func(ctx context.Context) (bool, error) {
		n, err := s.inbox.NextSeqOf(&bind.CallOpts{Context: ctx}, c, s.opts.Sender.From())
		return n > h.Seq, err
	}
	if _, err := s.opts.Sender.Send(ctx, txmgr.Call{To: s.opts.Inbox, Data: data}, done); err != nil {
		if ok, cerr := s.mine(ctx, c, h); ok || cerr != nil {
			return cerr
		}
		return fmt.Errorf("da: publish batch %d: %w", h.Seq, err)
	}
	if ok, err := s.mine(ctx, c, h); err != nil || !ok {
		if err == nil {
			err = fmt.Errorf("da: batch %d not published after its transaction", h.Seq)
		}
		return err
	}
	return nil
}

// mine reports whether this sender's publication at h.Seq exists with h's body
// (ErrConflict if it published another there). It reads the chain directly (not
// the index, which waits for Confirmations).
func (s *EthStore) mine(ctx context.Context, c common.Address, h Header) (bool, error) {
	me := s.opts.Sender.From()
	n, err := s.inbox.NextSeqOf(&bind.CallOpts{Context: ctx}, c, me)
	if err != nil {
		return false, fmt.Errorf("da: nextSeqOf: %w", err)
	}
	if n <= h.Seq {
		return false, nil
	}
	it, err := s.inbox.FilterBatchPublished(&bind.FilterOpts{Context: ctx, Start: s.from}, []common.Address{c}, []uint64{h.Seq}, []common.Address{me})
	if err != nil {
		return false, fmt.Errorf("da: BatchPublished events: %w", err)
	}
	defer it.Close()
	for it.Next() {
		if e := it.Event; !e.Raw.Removed {
			if e.BodyHash != h.Hash || e.PrevHash != h.Prev {
				return false, fmt.Errorf("%w: this keeper published %x at seq %d, not %x", ErrConflict, e.BodyHash, h.Seq, h.Hash)
			}
			return true, nil
		}
	}
	if err := it.Error(); err != nil {
		return false, err
	}
	// Its next seq is past h.Seq without a publication at h.Seq: it published a
	// later seq, and may not publish this one any more.
	return false, fmt.Errorf("%w: this keeper already published beyond seq %d (next %d)", ErrConflict, h.Seq, n)
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
