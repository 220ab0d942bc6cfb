package provider

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
)

// Errors the provider returns to peers (their text reaches the peer).
var (
	ErrUnknownContract = errors.New("provider: contract not served by this provider")
	ErrNotForMe        = errors.New("provider: order names another provider")
	ErrTooLarge        = errors.New("provider: piece larger than this provider accepts")
	ErrBusy            = errors.New("provider: too many uploads in progress")
	ErrNotKeeper       = errors.New("provider: requester is not a keeper of the contract")
	// ErrChainUnavailable: the provider could not read the contract's owner or
	// keepers from the chain now; the peer may retry.
	ErrChainUnavailable = errors.New("provider: cannot read the chain now")
)

// Contract is the provider's view of one contract it serves.
type Contract struct {
	// Owner is the user: only orders signed by this account are accepted. Zero:
	// read from the chain (Config.Group).
	Owner common.Address
	// Keepers, when not empty, restricts who may challenge (others are refused).
	// Empty with a Group: the contract's active keepers, read from the chain.
	Keepers []common.Address
}

// Group reads a contract's owner and active keepers from the chain (SPEC 10 revision
// 2: a node needs only the contract address). ChainGroup implements it over the
// upkeeping contract; chainview.Group has the same methods.
type Group interface {
	Owner(ctx context.Context, contract common.Address) (common.Address, error)
	Keepers(ctx context.Context, contract common.Address) ([]common.Address, error)
}

// Config configures a provider node.
type Config struct {
	ChainID   *big.Int
	Key       *ecdsa.PrivateKey // the provider's account key (signs responses)
	Contracts map[common.Address]Contract
	// MaxUploads bounds concurrent uploads; further ones are refused with ErrBusy.
	MaxUploads int
	// MaxPieceSize bounds one piece.
	MaxPieceSize uint64
	// UploadIdle drops an upload that makes no progress for this long.
	UploadIdle time.Duration
	// ChallengeTimeout bounds answering one challenge.
	ChallengeTimeout time.Duration
	Logger           *slog.Logger
	Metrics          *obs.Metrics // optional
	// Group, when set, gives the owner and keepers of every contract whose
	// Contract entry leaves them unset.
	Group Group
	// Head, when set, is the chain's head: a retrieval is served only for an order
	// active at it.
	Head HeadReader
}

// Node is a provider node: piece store, upload intake and challenge responder. Its
// state (orders in the database, pieces on disk) survives restarts.
type Node struct {
	cfg     Config
	addr    common.Address
	host    *p2p.Host
	db      *store.DB
	pieces  *PieceStore
	uploads chan struct{}
	log     *slog.Logger

	mu        sync.RWMutex
	contracts map[common.Address]Contract
}

// New returns a provider node over host, db and pieces. Call Register to serve.
func New(cfg Config, host *p2p.Host, db *store.DB, pieces *PieceStore) (*Node, error) {
	if cfg.Key == nil || cfg.ChainID == nil {
		return nil, errors.New("provider: key and chain id are required")
	}
	if cfg.MaxUploads <= 0 {
		cfg.MaxUploads = 4
	}
	if cfg.MaxPieceSize == 0 {
		cfg.MaxPieceSize = 1 << 30
	}
	if cfg.UploadIdle <= 0 {
		cfg.UploadIdle = 30 * time.Second
	}
	if cfg.ChallengeTimeout <= 0 {
		cfg.ChallengeTimeout = 20 * time.Second
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	addr := gethcrypto.PubkeyToAddress(cfg.Key.PublicKey)
	if host != nil && host.Address() != addr {
		return nil, fmt.Errorf("provider: host identity %s is not the provider account %s", host.Address(), addr)
	}
	n := &Node{cfg: cfg, addr: addr, host: host, db: db, pieces: pieces,
		uploads: make(chan struct{}, cfg.MaxUploads), log: log.With("provider", addr), contracts: map[common.Address]Contract{}}
	for a, c := range cfg.Contracts {
		n.contracts[a] = c
	}
	return n, nil
}

// AddContract serves another contract from now on (an operator adding a contract
// to a running node).
func (n *Node) AddContract(addr common.Address, c Contract) {
	n.mu.Lock()
	n.contracts[addr] = c
	n.mu.Unlock()
}

// Contracts returns the served contracts.
func (n *Node) Contracts() []common.Address {
	n.mu.RLock()
	defer n.mu.RUnlock()
	out := make([]common.Address, 0, len(n.contracts))
	for a := range n.contracts {
		out = append(out, a)
	}
	return out
}

// contract returns the served contract at addr.
func (n *Node) contract(addr common.Address) (Contract, bool) {
	n.mu.RLock()
	defer n.mu.RUnlock()
	c, ok := n.contracts[addr]
	return c, ok
}

// owner returns a served contract's owner (configured, or read from the chain).
func (n *Node) owner(ctx context.Context, addr common.Address) (common.Address, error) {
	c, ok := n.contract(addr)
	if !ok {
		return common.Address{}, fmt.Errorf("%w: %s", ErrUnknownContract, addr)
	}
	if c.Owner != (common.Address{}) || n.cfg.Group == nil {
		return c.Owner, nil
	}
	o, err := n.cfg.Group.Owner(ctx, addr)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: owner of %s: %w", ErrChainUnavailable, addr, err)
	}
	return o, nil
}

// isKeeper reports whether account may challenge for a served contract: a
// configured keeper list, else the contract's active keepers (with a Group), else
// anyone.
func (n *Node) isKeeper(ctx context.Context, addr, account common.Address) (bool, error) {
	c, ok := n.contract(addr)
	if !ok {
		return false, fmt.Errorf("%w: %s", ErrUnknownContract, addr)
	}
	if len(c.Keepers) > 0 {
		return slices.Contains(c.Keepers, account), nil
	}
	if n.cfg.Group == nil {
		return true, nil
	}
	ks, err := n.cfg.Group.Keepers(ctx, addr)
	if err != nil {
		return false, fmt.Errorf("%w: keepers of %s: %w", ErrChainUnavailable, addr, err)
	}
	return slices.Contains(ks, account), nil
}

// Address returns the provider's account.
func (n *Node) Address() common.Address { return n.addr }

// Pieces returns the piece store.
func (n *Node) Pieces() *PieceStore { return n.pieces }

// Register installs the upload and challenge handlers on the host.
func (n *Node) Register() {
	n.host.HandleStream(p2p.ProtoUpload, n.handleUpload)
	n.host.HandleStream(p2p.ProtoRetrieve, n.handleRetrieve)
	n.host.Handle(p2p.ProtoChallenge, wire.MaxChallengeRequestLen, n.cfg.ChallengeTimeout, n.Answer)
	n.host.Handle(p2p.ProtoOrders, wire.MaxOrdersRequestLen, n.cfg.ChallengeTimeout, n.AnswerOrders)
}

// AnswerOrders answers a keeper's order reconciliation request (/whitepay/orders/1,
// SPEC 3: the provider "holds every order it stores") from the orders stored for a
// served contract; only a keeper of that contract is answered.
func (n *Node) AnswerOrders(ctx context.Context, from p2p.Peer, req []byte) ([]byte, error) {
	r, err := wire.DecodeOrdersRequest(req)
	if err != nil {
		return nil, err
	}
	ok, err := n.isKeeper(ctx, r.Contract, from.Address)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotKeeper, from.Address)
	}
	held, err := n.Orders(r.Contract)
	if err != nil {
		return nil, err
	}
	return wire.AnswerOrders(n.cfg.ChainID, r, held)
}

func (n *Node) domain(contract common.Address) domain.Domain {
	return domain.Domain{ChainID: n.cfg.ChainID, Contract: contract}
}

func orderKey(contract common.Address, id [32]byte) []byte {
	return store.ContractKey(contract, store.KindOrder, id[:])
}

// CheckOrder decides whether the provider accepts a signed order: a served
// contract, this provider, signed by the contract's owner, a piece within limits.
func (n *Node) CheckOrder(so *challenge.SignedOrder) error {
	return n.checkOrder(context.Background(), so)
}

func (n *Node) checkOrder(ctx context.Context, so *challenge.SignedOrder) error {
	owner, err := n.owner(ctx, so.Contract)
	if err != nil {
		return err
	}
	if so.Provider != n.addr {
		return fmt.Errorf("%w: %s, this is %s", ErrNotForMe, so.Provider, n.addr)
	}
	if so.Size > n.cfg.MaxPieceSize {
		return fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, so.Size, n.cfg.MaxPieceSize)
	}
	if err := so.Verify(n.domain(so.Contract), owner); err != nil {
		return fmt.Errorf("provider: order not signed by the contract owner %s: %w", owner, err)
	}
	return nil
}

// Order returns a stored order by contract and id.
func (n *Node) Order(contract common.Address, id [32]byte) (*challenge.SignedOrder, error) {
	b, err := n.db.Get(orderKey(contract, id))
	if err != nil {
		return nil, err
	}
	return challenge.DecodeSignedOrder(b)
}

// Orders returns every stored order of a contract.
func (n *Node) Orders(contract common.Address) ([]*challenge.SignedOrder, error) {
	var out []*challenge.SignedOrder
	err := n.db.Iterate(store.ContractKey(contract, store.KindOrder), func(_, v []byte) error {
		so, err := challenge.DecodeSignedOrder(v)
		if err != nil {
			return err
		}
		out = append(out, so)
		return nil
	})
	return out, err
}

// handleUpload runs the upload protocol (/whitepay/upload/1):
//
//	user → provider: frame(upload request: version ‖ signed order)
//	provider → user: frame(response: 0x01 send the data | 0x00 piece already stored, order stored)
//	user → provider: exactly size raw bytes, then close-write
//	provider → user: frame(response: order id), sent only once piece and order are durable
//
// Every failure is answered with an error response naming the reason.
func (n *Node) handleUpload(from p2p.Peer, s network.Stream) {
	defer s.Close()
	conn := p2p.IdleConn{S: s, Idle: n.cfg.UploadIdle}
	fail := func(err error) {
		n.log.Info("upload refused", "from", from.Address, "err", err)
		if n.cfg.Metrics != nil {
			n.cfg.Metrics.MessagesRejected.WithLabelValues("upload").Inc()
		}
		p2p.WriteFrame(conn, p2p.EncodeError(err))
	}
	req, err := p2p.ReadFrame(conn, wire.UploadRequestLen)
	if err != nil {
		fail(fmt.Errorf("provider: reading upload request: %w", err))
		return
	}
	so, err := wire.DecodeUploadRequest(req)
	if err != nil {
		fail(err)
		return
	}
	if err := n.CheckOrder(so); err != nil {
		fail(err)
		return
	}
	// The slot is freed before the final acknowledgement is written, so that a
	// client's next upload, sent as soon as it reads the acknowledgement, does
	// not find it still taken.
	release := sync.OnceFunc(func() { <-n.uploads })
	select {
	case n.uploads <- struct{}{}:
		defer release()
	default:
		fail(fmt.Errorf("%w (limit %d)", ErrBusy, n.cfg.MaxUploads))
		return
	}
	id := so.ID(n.cfg.ChainID)
	if n.pieces.Has(so.Piece()) {
		if err := n.storeOrder(so); err != nil {
			fail(err)
			return
		}
		release()
		p2p.WriteFrame(conn, p2p.EncodeOK([]byte{0}))
		n.log.Info("order accepted for a piece already stored", "order", common.Hash(id), "size", so.Size)
		return
	}
	if err := p2p.WriteFrame(conn, p2p.EncodeOK([]byte{1})); err != nil {
		return
	}
	start := time.Now()
	if err := n.pieces.Put(conn, so.Piece()); err != nil {
		fail(fmt.Errorf("provider: receiving piece: %w", err))
		return
	}
	var extra [1]byte
	if k, _ := conn.Read(extra[:]); k != 0 {
		fail(fmt.Errorf("%w: more than the ordered %d bytes", ErrPieceMismatch, so.Size))
		return
	}
	if err := n.storeOrder(so); err != nil {
		fail(err)
		return
	}
	release()
	if err := p2p.WriteFrame(conn, p2p.EncodeOK(id[:])); err != nil {
		n.log.Warn("upload stored but not acknowledged", "order", common.Hash(id), "err", err)
		return
	}
	n.log.Info("piece stored", "order", common.Hash(id), "root", common.Hash(so.Root), "size", so.Size, "took", time.Since(start))
}

// AddOrder accepts an order for a piece already stored, without an upload (an
// operator importing orders received out of band, or a second order for a piece):
// CheckOrder, then the piece must be held (ErrNoPiece), then the order is stored
// durably.
func (n *Node) AddOrder(so *challenge.SignedOrder) error {
	if err := n.CheckOrder(so); err != nil {
		return err
	}
	if !n.pieces.Has(so.Piece()) {
		return fmt.Errorf("%w: %x (%d bytes)", ErrNoPiece, so.Root, so.Size)
	}
	return n.storeOrder(so)
}

func (n *Node) storeOrder(so *challenge.SignedOrder) error {
	b, _ := so.MarshalBinary()
	if err := n.db.Put(orderKey(so.Contract, so.ID(n.cfg.ChainID)), b); err != nil {
		return fmt.Errorf("provider: storing order: %w", err)
	}
	return nil
}

// Answer answers a challenge request (/whitepay/challenge/1) from keeper from: for
// each challenged piece it holds under a stored order, the challenged leaves with
// their proofs, read from the piece's levels and data; a piece it cannot prove is
// sent with no leaves (it fails alone). The response is signed with the provider's
// key over the challenge (challenge.ResponseDigest), the keeper being the
// authenticated sender.
func (n *Node) Answer(ctx context.Context, from p2p.Peer, req []byte) ([]byte, error) {
	cr, err := wire.DecodeChallengeRequest(req)
	if err != nil {
		return nil, err
	}
	ok, err := n.isKeeper(ctx, cr.Contract, from.Address)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotKeeper, from.Address)
	}
	ch := &challenge.Challenge{
		Keeper: from.Address, Provider: n.addr, Height: cr.Height,
		BlockHash: cr.BlockHash, OrdersRoot: cr.OrdersRoot,
		Seed: challenge.Seed(cr.BlockHash, from.Address, n.addr, cr.OrdersRoot),
	}
	resp := &challenge.Response{Pieces: make([]challenge.PieceResponse, 0, len(cr.Pieces))}
	for _, p := range cr.Pieces {
		pr, err := n.prove(cr.Contract, p)
		if err != nil {
			n.log.Warn("cannot prove a challenged piece", "order", common.Hash(p.OrderID), "err", err)
			pr = challenge.PieceResponse{OrderID: p.OrderID}
		}
		resp.Pieces = append(resp.Pieces, pr)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	if err := resp.Sign(n.domain(cr.Contract), ch, n.cfg.Key); err != nil {
		return nil, err
	}
	return resp.MarshalBinary()
}

func (n *Node) prove(contract common.Address, p wire.ChallengedPiece) (challenge.PieceResponse, error) {
	so, err := n.Order(contract, p.OrderID)
	if err != nil {
		return challenge.PieceResponse{}, fmt.Errorf("order: %w", err)
	}
	piece, err := n.pieces.Open(so.Piece())
	if err != nil {
		return challenge.PieceResponse{}, err
	}
	defer piece.Close()
	return challenge.ProvePiece(piece.Levels, piece.Data(), challenge.PieceChallenge{OrderID: p.OrderID, Order: so.Order, Leaves: p.Leaves})
}

// Status is the provider's JSON status.
type Status struct {
	Address common.Address `json:"address"`
	PeerID  string         `json:"peer_id"`
	Addrs   []string       `json:"addrs"`
	Pieces  int            `json:"pieces"`
	Orders  map[string]int `json:"orders"`
}

// Status reports the provider's state.
func (n *Node) Status(context.Context) any {
	st := Status{Address: n.addr, Orders: map[string]int{}}
	if n.host != nil {
		st.PeerID, st.Addrs = n.host.ID().String(), n.host.Addrs()
	}
	if ids, err := n.pieces.List(); err == nil {
		st.Pieces = len(ids)
	}
	for _, c := range n.Contracts() {
		if ords, err := n.Orders(c); err == nil {
			st.Orders[c.Hex()] = len(ords)
		}
	}
	return st
}
