// Package da holds the data-availability layers of the SCP ledger (SPEC 9): where
// the hash-chained batches of every upkeeping contract's ledger are published, and
// from where anyone fetches them. A Store holds raw encoded batches; it does not
// parse them (package settle does), but it keeps the chain: batch seq of a contract
// is accepted only after batch seq−1 and only if it names that batch's hash as its
// predecessor.
//
// URIs (Open):
//
//	dir:PATH   a directory (the embedded default). PATH may be relative. Layout, per
//	           contract C (lower-case hex, no 0x):
//	             PATH/C/batches/<hash>.bin  the batch, content-addressed (keccak256 hex)
//	             PATH/C/seq/<seq, 20 digits> the hash of batch seq (64 hex digits, LF)
//	             PATH/C/HEAD                 "<seq> <hash>\n": a hint, the seq/ files rule
//	             PATH/C/lock                 flock(2) serialising writers across processes
//	           Every file is written to a temporary name, fsync'd, and moved into place
//	           (rename, or link for the seq index so that the first writer wins),
//	           then the directory is fsync'd: a crash leaves either the old or the new
//	           file, and a batch is indexed only once its content is durable.
//	eth        Ethereum calldata through the BatchInbox contract (package doc of
//	eth:ADDR   EthStore): the inbox address is ADDR or Options.Inbox (--contract of
//	           the CLI); the node is Options.Client or Options.RPC (--rpc).
//	arweave:URL  Arweave (ArweaveStore): batch bodies are Arweave transactions
//	           (compressed, tagged with contract, seq, previous hash and body hash)
//	           on the gateway at URL (http[s]://HOST[:PORT]); the wallet that
//	           publishes, the allowed publishers and arlocal's mining are
//	           OpenOptions.Arweave. The same bodies serve a header ledger on chain
//	           (PutBody, GetBody: the inbox keeps seq, prev, body hash and the
//	           Arweave id), so that the chain carries 32-byte hashes, not records.
//
// Publication is idempotent: putting the batch already stored at a seq succeeds
// without writing; putting a different batch at a stored seq fails with ErrConflict,
// so a batch is never published twice and a fallback publisher that built the same
// bytes changes nothing.
package da

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/txmgr"
)

// Errors callers branch on.
var (
	// ErrNotFound: no batch at this seq (it is beyond the head).
	ErrNotFound = errors.New("da: no such batch")
	// ErrUnavailable: the seq is indexed but its data cannot be fetched (a file or a
	// calldata chunk is missing) — a data-availability failure.
	ErrUnavailable = errors.New("da: batch data unavailable")
	// ErrConflict: another batch is already stored at this seq.
	ErrConflict = errors.New("da: a different batch is already published at this seq")
	// ErrGap: the previous seq is not published yet.
	ErrGap = errors.New("da: batch published before its predecessor")
	// ErrPrev: the batch does not chain to the stored predecessor.
	ErrPrev = errors.New("da: batch does not chain to the published predecessor")
	// ErrBadHash: the hash given with a batch is not keccak256 of its bytes.
	ErrBadHash = errors.New("da: hash does not match the batch")
	// ErrURI: an unknown or malformed DA URI.
	ErrURI = errors.New("da: bad URI")
)

// Item is one published batch: its seq, the hash the layer indexes it under, and its
// bytes. A reader must check that keccak256(Enc) == Hash (Check): the layer returns
// what it holds, tampered or not.
type Item struct {
	Seq  uint64
	Hash [32]byte
	Enc  []byte
}

// Check reports whether the bytes hash to the indexed hash.
func (it *Item) Check() bool { return crypto.Keccak256Hash(it.Enc) == it.Hash }

// Head is the state of one ledger on a layer: Next batches are published, the last
// one (Next−1) has hash Hash.
type Head struct {
	Next uint64
	Hash [32]byte
}

// Store is a data-availability layer.
//
// Contract: Put(contract, seq, prev, hash, enc) publishes enc, which must hash to
// hash (ErrBadHash), as batch seq of contract's ledger. seq must be Head().Next
// (ErrGap above it) and prev the hash of batch seq−1 (zero for seq 0; ErrPrev
// otherwise). At an already published seq, Put succeeds and writes nothing if the
// batch is the same and fails with ErrConflict if it differs. Put returns once the
// batch is durable (fsync'd, or mined). Get returns the batch at seq (ErrNotFound
// beyond the head, ErrUnavailable if indexed but its data is gone) without checking
// its hash. Head returns the number of batches and the last hash. Implementations
// are safe for concurrent use.
type Store interface {
	Put(ctx context.Context, contract common.Address, seq uint64, prev, hash [32]byte, enc []byte) error
	Get(ctx context.Context, contract common.Address, seq uint64) (*Item, error)
	Head(ctx context.Context, contract common.Address) (Head, error)
	Close() error
}

// Header is what a shared layer records of a publication (SPEC 9 revision 2): the
// batch's seq, the hash of the batch before it, the hash of its body (keccak256 of
// the encoded batch) and the state root after it, and — when the body lives on
// another layer — its locator (LocatorArweave). The header alone lets a reader
// follow the chain of batch hashes; the body is checked against Hash.
type Header struct {
	Seq       uint64
	Prev      [32]byte
	Hash      [32]byte
	StateRoot [32]byte
	Locator   []byte
}

// Publication is one keeper's publication at a seq of a shared layer.
type Publication struct {
	Header
	Publisher common.Address
	Tx        common.Hash
	Block     uint64
	Index     uint // log index in the block: with Block, the chain order
	// chunks and chunksFrom locate a calldata body (EthStore).
	chunks     [][32]byte
	chunksFrom uint64
}

// Shared is a layer on which every keeper of a contract publishes (SPEC 9
// revision 2: one shared ledger per contract, found from the contract): it records
// every publication, one per keeper per seq, and does not judge them. The
// canonical batch at seq is the first valid publication at seq in the layer's
// order — which only a reader that replays the ledger can tell (settle.Ledger,
// the detector).
//
// Contract: Publications returns the publications at seq in the layer's order
// (first first; none: nil). Body returns a publication's body as an Item whose
// Hash is the header's (the caller checks Item.Check), ErrUnavailable if it cannot
// be fetched. Publish records a publication by this store's sender and returns
// once it is mined; publishing twice at one seq is ErrConflict unless it is the
// same body (then nil). Frontier returns one past the highest seq with a
// publication (0: none).
type Shared interface {
	Store
	Publications(ctx context.Context, contract common.Address, seq uint64) ([]*Publication, error)
	Body(ctx context.Context, contract common.Address, p *Publication) (*Item, error)
	Publish(ctx context.Context, contract common.Address, h Header, enc []byte) error
	Frontier(ctx context.Context, contract common.Address) (uint64, error)
}

// LocatorArweave is the locator kind of a body on Arweave: the byte 0x01 followed
// by the 32-byte Arweave transaction id.
const LocatorArweave = 0x01

// ArweaveLocator returns the locator of a body stored as Arweave transaction id.
func ArweaveLocator(id [32]byte) []byte { return append([]byte{LocatorArweave}, id[:]...) }

// Iterate calls fn on every batch of contract from seq from on, in order, until the
// head (or fn's error; ErrStop ends without error).
func Iterate(ctx context.Context, s Store, contract common.Address, from uint64, fn func(*Item) error) error {
	for seq := from; ; seq++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		it, err := s.Get(ctx, contract, seq)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(it); err != nil {
			if errors.Is(err, ErrStop) {
				return nil
			}
			return err
		}
	}
}

// ErrStop, returned by an Iterate callback, ends the iteration without error.
var ErrStop = errors.New("da: stop")

// Kind names a layer.
type Kind string

// The layers.
const (
	KindDir     Kind = "dir"
	KindEth     Kind = "eth"
	KindArweave Kind = "arweave"
)

// URI is a parsed DA URI.
type URI struct {
	Kind    Kind
	Path    string         // dir
	Inbox   common.Address // eth, when given in the URI
	Gateway string         // arweave
}

// ParseURI parses "dir:PATH", "eth", "eth:0xADDRESS" or "arweave:URL".
func ParseURI(s string) (URI, error) {
	switch {
	case strings.HasPrefix(s, "arweave:"):
		g := strings.TrimPrefix(s, "arweave:")
		if !strings.HasPrefix(g, "http://") && !strings.HasPrefix(g, "https://") || len(g) <= len("https://") {
			return URI{}, fmt.Errorf("%w: %q: arweave: needs a gateway URL (arweave:http[s]://HOST[:PORT])", ErrURI, s)
		}
		return URI{Kind: KindArweave, Gateway: g}, nil
	case strings.HasPrefix(s, "dir:"):
		p := strings.TrimPrefix(s, "dir:")
		if p == "" {
			return URI{}, fmt.Errorf("%w: %q: dir: needs a path (dir:PATH)", ErrURI, s)
		}
		return URI{Kind: KindDir, Path: p}, nil
	case s == "eth":
		return URI{Kind: KindEth}, nil
	case strings.HasPrefix(s, "eth:"):
		a := strings.TrimPrefix(s, "eth:")
		if !common.IsHexAddress(a) {
			return URI{}, fmt.Errorf("%w: %q: eth:ADDRESS needs a 20-byte hex address", ErrURI, s)
		}
		return URI{Kind: KindEth, Inbox: common.HexToAddress(a)}, nil
	}
	return URI{}, fmt.Errorf("%w: %q (want dir:PATH, eth, eth:ADDRESS or arweave:URL)", ErrURI, s)
}

func (u URI) String() string {
	switch u.Kind {
	case KindDir:
		return "dir:" + u.Path
	case KindEth:
		if u.Inbox != (common.Address{}) {
			return "eth:" + u.Inbox.Hex()
		}
		return "eth"
	case KindArweave:
		return "arweave:" + u.Gateway
	}
	return string(u.Kind)
}

// OpenOptions are what Open needs besides the URI: for eth, the chain, the inbox
// address (unless the URI names it) and, to publish, a sender.
type OpenOptions struct {
	Client chain.Client
	Inbox  common.Address
	Sender *txmgr.Manager
	// Arweave configures arweave: (its Gateway is the URI's) and, for eth, the
	// composite layer: with a Gateway (or Client), bodies go to Arweave and the
	// inbox records headers naming them (EthArweave).
	Arweave ArweaveOptions
}

// Open opens the layer a URI names (see the package doc).
func Open(ctx context.Context, uri string, o OpenOptions) (Store, error) {
	u, err := ParseURI(uri)
	if err != nil {
		return nil, err
	}
	switch u.Kind {
	case KindDir:
		return OpenDir(u.Path)
	case KindEth:
		inbox := u.Inbox
		if inbox == (common.Address{}) {
			inbox = o.Inbox
		}
		eo := EthOptions{Client: o.Client, Inbox: inbox, Sender: o.Sender}
		if o.Arweave.Gateway != "" || o.Arweave.Client != nil {
			return OpenEthArweave(ctx, eo, o.Arweave) // bodies on Arweave, headers on the inbox
		}
		return OpenEth(ctx, eo)
	case KindArweave:
		ao := o.Arweave
		ao.Gateway = u.Gateway
		return OpenArweave(ao)
	}
	return nil, fmt.Errorf("%w: %q", ErrURI, uri)
}
