package da

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/settle/da/arweave"
)

// Tags of a batch body on Arweave (ArweaveStore). Values are UTF-8; hashes and
// addresses lower-case 0x-hex, seq decimal.
const (
	TagApp      = "App-Name"          // "WhitePay"
	TagLedger   = "WhitePay-Ledger"   // "<contract>:<seq>": the one tag readers query
	TagContract = "WhitePay-Contract" // the upkeeping contract
	TagSeq      = "WhitePay-Seq"      // the batch's seq
	TagPrev     = "WhitePay-Prev"     // the hash of batch seq−1 (zero for batch 0)
	TagBatch    = "WhitePay-Batch"    // the body hash: keccak256 of the encoded batch
	AppName     = "WhitePay"
)

// ArweaveOptions configure the Arweave layer.
type ArweaveOptions struct {
	// Gateway is the Arweave gateway or node URL (arlocal in tests).
	Gateway string
	// Client overrides the client built from Gateway (tests record its posts).
	Client *arweave.Client
	// Wallet signs the publications; nil makes the store read-only (Put fails).
	Wallet *arweave.Wallet
	// Owners, if not empty, are the wallet addresses whose publications count (the
	// keepers' Arweave wallets); others are ignored. Empty: any owner (devnets,
	// tests). The composite layer (eth header + Arweave body) does not need it: the
	// inbox on chain decides which body a seq has.
	Owners []string
	// Mine asks the gateway to mine after each publication (arlocal: tests and
	// devnets; a real gateway refuses it and the publisher waits for the network).
	Mine bool
	// ConfirmTimeout is how long Put waits for its transaction to be mined
	// (default 30 min: Arweave blocks come every ~2 min).
	ConfirmTimeout time.Duration
	// Poll is the interval of that wait (default 2 s).
	Poll time.Duration
	// MaxBody bounds the body fetched (compressed; default 64 MiB).
	MaxBody int64
}

// ArweaveStore is the Arweave layer (URI arweave:URL): each batch's body, compressed
// (DEFLATE, as on the Ethereum layer), is the data of one Arweave transaction tagged
// with the contract, the seq, the previous batch's hash and the body hash (the Tag*
// constants). The bodies serve two uses:
//
//   - alone (this Store): the index is Arweave itself. The canonical batch at seq is
//     the first mined transaction (by block height, then the gateway's order) tagged
//     "<contract>:<seq>" whose signature verifies, whose owner is allowed (Owners),
//     whose tags are well formed and whose prev tag names the canonical batch at
//     seq−1. The choice reads only signed headers, so a gateway cannot forge a
//     candidate; it can hide some (its query answers are not proofs) and it orders
//     the candidates mined in one block. Owners narrows who counts; the composite
//     layer below removes the gateway from the choice. The body a gateway serves
//     is returned as fetched and the reader checks its hash (Item.Check): other
//     bytes are a tampered batch, none (or fewer than the signed data_size) an
//     unavailable one (ErrUnavailable naming the Arweave transaction).
//   - as the body layer of a header ledger on chain (PutBody, GetBody): the inbox
//     keeps (seq, prev, body hash, the Arweave id, state root) and the body is
//     fetched by id and checked against the body hash.
type ArweaveStore struct {
	opts  ArweaveOptions
	c     *arweave.Client
	mu    sync.Mutex                       // one publication at a time
	idx   sync.Mutex                       // guards index
	heads map[common.Address][]*bodyHeader // canonical headers of seq 0, 1, … resolved so far
}

// bodyHeader is what a body transaction's signed header says.
type bodyHeader struct {
	id       arweave.ID
	seq      uint64
	prev     [32]byte
	hash     [32]byte
	size     int64 // compressed body size (data_size)
	height   int64 // −1: not mined
	owner    string
	contract common.Address
}

// OpenArweave opens the Arweave layer.
func OpenArweave(opts ArweaveOptions) (*ArweaveStore, error) {
	c := opts.Client
	if c == nil {
		var err error
		if c, err = arweave.NewClient(opts.Gateway); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrURI, err)
		}
	}
	if opts.ConfirmTimeout <= 0 {
		opts.ConfirmTimeout = 30 * time.Minute
	}
	if opts.Poll <= 0 {
		opts.Poll = 2 * time.Second
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = MaxDecoded
	}
	return &ArweaveStore{opts: opts, c: c, heads: map[common.Address][]*bodyHeader{}}, nil
}

// Close implements Store.
func (s *ArweaveStore) Close() error { return nil }

// Client returns the Arweave client.
func (s *ArweaveStore) Client() *arweave.Client { return s.c }

func ledgerKey(c common.Address, seq uint64) string {
	return strings.ToLower(c.Hex()) + ":" + strconv.FormatUint(seq, 10)
}

func hex32(h [32]byte) string { return strings.ToLower(common.Hash(h).Hex()) }

func parseHex32(s string) ([32]byte, bool) {
	var h [32]byte
	if len(s) != 66 || !strings.HasPrefix(s, "0x") || strings.ToLower(s) != s {
		return h, false
	}
	b := common.FromHex(s)
	if len(b) != 32 {
		return h, false
	}
	copy(h[:], b)
	return h, true
}

// bodyTags are the tags of batch (c, seq) with hash and prev.
func bodyTags(c common.Address, seq uint64, prev, hash [32]byte) []arweave.Tag {
	return []arweave.Tag{
		arweave.NewTag(TagApp, AppName),
		arweave.NewTag(TagLedger, ledgerKey(c, seq)),
		arweave.NewTag(TagContract, strings.ToLower(c.Hex())),
		arweave.NewTag(TagSeq, strconv.FormatUint(seq, 10)),
		arweave.NewTag(TagPrev, hex32(prev)),
		arweave.NewTag(TagBatch, hex32(hash)),
		arweave.NewTag("Content-Type", "application/octet-stream"),
		arweave.NewTag("Content-Encoding", "deflate"),
	}
}

// parseHeader checks a body transaction's header: signature, and tags naming batch
// (c, seq). An error says why it is not a body of that batch.
func parseHeader(tx *arweave.Tx, c common.Address, seq uint64) (*bodyHeader, error) {
	if err := tx.Verify(); err != nil {
		return nil, err
	}
	h := &bodyHeader{id: tx.ID, seq: seq, size: tx.DataSize, owner: tx.OwnerAddress(), contract: c, height: -1}
	tag := func(name string) string { v, _ := tx.Tag(name); return v }
	if tag(TagApp) != AppName || tag(TagLedger) != ledgerKey(c, seq) || tag(TagContract) != strings.ToLower(c.Hex()) ||
		tag(TagSeq) != strconv.FormatUint(seq, 10) {
		return nil, fmt.Errorf("transaction %s: tags do not name batch %d of %s", tx.ID, seq, c)
	}
	var ok1, ok2 bool
	h.prev, ok1 = parseHex32(tag(TagPrev))
	h.hash, ok2 = parseHex32(tag(TagBatch))
	if !ok1 || !ok2 || h.hash == ([32]byte{}) {
		return nil, fmt.Errorf("transaction %s: malformed %s or %s tag", tx.ID, TagPrev, TagBatch)
	}
	if tx.DataSize <= 0 {
		return nil, fmt.Errorf("transaction %s: no data", tx.ID)
	}
	return h, nil
}

func (s *ArweaveStore) allowed(owner string) bool {
	if len(s.opts.Owners) == 0 {
		return true
	}
	for _, o := range s.opts.Owners {
		if o == owner {
			return true
		}
	}
	return false
}

// candidates returns the well-formed, allowed body headers published for (c, seq),
// mined ones first in order, then pending ones.
func (s *ArweaveStore) candidates(ctx context.Context, c common.Address, seq uint64) ([]*bodyHeader, error) {
	found, err := s.c.FindByTag(ctx, TagLedger, ledgerKey(c, seq), 1000)
	if err != nil {
		return nil, fmt.Errorf("da: arweave query for batch %d: %w", seq, err)
	}
	var out []*bodyHeader
	for _, f := range found {
		tx, err := s.c.Tx(ctx, f.ID)
		if errors.Is(err, arweave.ErrNotFound) || errors.Is(err, arweave.ErrPending) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("da: arweave header of batch %d: %w", seq, err)
		}
		h, err := parseHeader(tx, c, seq)
		if err != nil || !s.allowed(h.owner) {
			continue // not a body of this batch, or not from a publisher that counts
		}
		h.height = f.Height
		out = append(out, h)
	}
	return out, nil
}

// resolve returns the canonical header of batch seq (ErrNotFound if none is mined
// yet), resolving every seq below it first.
func (s *ArweaveStore) resolve(ctx context.Context, c common.Address, seq uint64) (*bodyHeader, error) {
	s.idx.Lock()
	defer s.idx.Unlock()
	for {
		chain := s.heads[c]
		if uint64(len(chain)) > seq {
			return chain[seq], nil
		}
		next := uint64(len(chain))
		var prev [32]byte
		if next > 0 {
			prev = chain[next-1].hash
		}
		cands, err := s.candidates(ctx, c, next)
		if err != nil {
			return nil, err
		}
		var pick *bodyHeader
		for _, h := range cands {
			if h.height >= 0 && h.prev == prev {
				pick = h
				break
			}
		}
		if pick == nil {
			return nil, ErrNotFound
		}
		s.heads[c] = append(chain, pick)
	}
}

// Head implements Store.
func (s *ArweaveStore) Head(ctx context.Context, c common.Address) (Head, error) {
	s.idx.Lock()
	n := uint64(len(s.heads[c]))
	s.idx.Unlock()
	for ; ; n++ {
		if _, err := s.resolve(ctx, c, n); errors.Is(err, ErrNotFound) {
			break
		} else if err != nil {
			return Head{}, err
		}
	}
	if n == 0 {
		return Head{}, nil
	}
	h, err := s.resolve(ctx, c, n-1)
	if err != nil {
		return Head{}, err
	}
	return Head{Next: n, Hash: h.hash}, nil
}

// Get implements Store.
func (s *ArweaveStore) Get(ctx context.Context, c common.Address, seq uint64) (*Item, error) {
	h, err := s.resolve(ctx, c, seq)
	if err != nil {
		return nil, err
	}
	return s.GetBody(ctx, c, seq, h.hash, h.id)
}

// GetBody fetches the body of batch seq from Arweave transaction id and returns it
// under hash, the body hash its index (this store, or the inbox on chain) names. The
// header must be a signed body of (c, seq) carrying that hash; the data is what the
// gateway serves: if it matches the signed data root it is inflated, otherwise it is
// returned as it came (the reader's hash check reports it as tampered). A
// transaction or data the gateway lacks is ErrUnavailable naming the transaction.
func (s *ArweaveStore) GetBody(ctx context.Context, c common.Address, seq uint64, hash [32]byte, id arweave.ID) (*Item, error) {
	where := fmt.Sprintf("batch %d: body in Arweave transaction %s at %s", seq, id, s.c.Base())
	tx, err := s.c.Tx(ctx, id)
	if errors.Is(err, arweave.ErrNotFound) || errors.Is(err, arweave.ErrPending) {
		return nil, fmt.Errorf("%w: %s: %w", ErrUnavailable, where, err)
	}
	if err != nil {
		return nil, fmt.Errorf("da: %s: %w", where, err)
	}
	h, err := parseHeader(tx, c, seq)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUnavailable, where, err)
	}
	if h.hash != hash {
		return nil, fmt.Errorf("%w: %s carries body hash %x, the index names %x", ErrUnavailable, where, h.hash, hash)
	}
	if h.size > s.opts.MaxBody {
		return nil, fmt.Errorf("%w: %s: %d bytes, over the %d-byte bound", ErrUnavailable, where, h.size, s.opts.MaxBody)
	}
	data, err := s.c.Data(ctx, id, s.opts.MaxBody)
	if errors.Is(err, arweave.ErrNotFound) || errors.Is(err, arweave.ErrPending) {
		return nil, fmt.Errorf("%w: %s: missing (%w)", ErrUnavailable, where, err)
	}
	if err != nil {
		return nil, fmt.Errorf("da: %s: %w", where, err)
	}
	if int64(len(data)) < h.size {
		return nil, fmt.Errorf("%w: %s: missing, the gateway served %d of its %d bytes", ErrUnavailable, where, len(data), h.size)
	}
	if tx.VerifyData(data) != nil {
		return &Item{Seq: seq, Hash: hash, Enc: data}, nil // tampered: the hash check fails
	}
	enc, err := Decompress(data)
	if err != nil {
		// Signed by the publisher, but not a body: the batch itself is bad.
		return &Item{Seq: seq, Hash: hash, Enc: data}, nil
	}
	return &Item{Seq: seq, Hash: hash, Enc: enc}, nil
}

// PutBody uploads the body of batch (c, seq) unless a transaction of this store's
// wallet (or an allowed owner) already carries it, and returns the id of the body
// transaction (pending or mined). It does not wait for mining.
func (s *ArweaveStore) PutBody(ctx context.Context, c common.Address, seq uint64, prev, hash [32]byte, enc []byte) (arweave.ID, error) {
	if crypto.Keccak256Hash(enc) != hash {
		return arweave.ID{}, ErrBadHash
	}
	if s.opts.Wallet == nil {
		return arweave.ID{}, ErrReadOnly
	}
	cands, err := s.candidates(ctx, c, seq)
	if err != nil {
		return arweave.ID{}, err
	}
	for _, h := range cands {
		if h.hash == hash && h.prev == prev {
			return h.id, nil // an earlier attempt (or another keeper) sent it
		}
	}
	tx, err := s.c.Submit(ctx, s.opts.Wallet, Compress(enc), bodyTags(c, seq, prev, hash))
	if err != nil {
		return arweave.ID{}, fmt.Errorf("da: arweave body of batch %d: %w", seq, err)
	}
	if s.opts.Mine {
		if err := s.c.Mine(ctx); err != nil {
			return tx.ID, fmt.Errorf("da: arweave mine: %w", err)
		}
	}
	return tx.ID, nil
}

// Put implements Store: the body transaction is sent (once) and Put returns when
// it is the canonical, mined batch at seq (ErrConflict if another batch won).
func (s *ArweaveStore) Put(ctx context.Context, c common.Address, seq uint64, prev, hash [32]byte, enc []byte) error {
	if crypto.Keccak256Hash(enc) != hash {
		return ErrBadHash
	}
	if s.opts.Wallet == nil {
		return ErrReadOnly
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if done, err := s.check(ctx, c, seq, prev, hash); done || err != nil {
		return err
	}
	if _, err := s.PutBody(ctx, c, seq, prev, hash, enc); err != nil {
		return err
	}
	wait, cancel := context.WithTimeout(ctx, s.opts.ConfirmTimeout)
	defer cancel()
	for {
		h, err := s.resolve(wait, c, seq)
		if err == nil {
			if h.hash != hash {
				return fmt.Errorf("%w: seq %d holds %x, not %x", ErrConflict, seq, h.hash, hash)
			}
			return nil
		}
		if !errors.Is(err, ErrNotFound) {
			return err
		}
		select {
		case <-wait.Done():
			return fmt.Errorf("da: batch %d not mined on Arweave within %s: %w", seq, s.opts.ConfirmTimeout, wait.Err())
		case <-time.After(s.opts.Poll):
		}
	}
}

// check compares batch seq with the layer (as EthStore.check).
func (s *ArweaveStore) check(ctx context.Context, c common.Address, seq uint64, prev, hash [32]byte) (bool, error) {
	h, err := s.Head(ctx, c)
	if err != nil {
		return false, err
	}
	switch {
	case seq < h.Next:
		have, err := s.resolve(ctx, c, seq)
		if err != nil {
			return false, err
		}
		if have.hash != hash {
			return false, fmt.Errorf("%w: seq %d holds %x, not %x", ErrConflict, seq, have.hash, hash)
		}
		return true, nil
	case seq > h.Next:
		return false, fmt.Errorf("%w: seq %d, the layer has %d batches", ErrGap, seq, h.Next)
	}
	if prev != h.Hash {
		return false, fmt.Errorf("%w: batch %d names %x, the layer's head is %x", ErrPrev, seq, prev, h.Hash)
	}
	return false, nil
}

// LastIndexed implements the detector's gap check: the highest seq with a mined,
// well-formed body transaction, whether or not the seqs below it resolve.
func (s *ArweaveStore) LastIndexed(ctx context.Context, c common.Address) (uint64, bool, error) {
	h, err := s.Head(ctx, c)
	if err != nil {
		return 0, false, err
	}
	// Look a few seqs past the head for bodies that do not chain (a missing batch).
	var last uint64
	found := h.Next > 0
	if found {
		last = h.Next - 1
	}
	for seq := h.Next; seq < h.Next+16; seq++ {
		cands, err := s.candidates(ctx, c, seq)
		if err != nil {
			return 0, false, err
		}
		for _, x := range cands {
			if x.height >= 0 {
				last, found = seq, true
				break
			}
		}
	}
	return last, found, nil
}
