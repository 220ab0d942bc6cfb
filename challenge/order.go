package challenge

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/domain"
)

// ErrBadOrder is returned for an order that cannot be valid: empty or oversized
// piece, or an empty block range.
var ErrBadOrder = errors.New("challenge: bad order")

// Order is a user's storage order (SPEC 3): provider Provider stores the piece
// (Root, Size) for the upkeeping contract Contract during blocks
// [StartBlock, EndBlock).
type Order struct {
	Contract   common.Address
	Provider   common.Address
	Root       [32]byte
	Size       uint64
	StartBlock uint64
	EndBlock   uint64
}

// Validate checks the order's own consistency.
func (o *Order) Validate() error {
	switch {
	case o.Size == 0:
		return fmt.Errorf("%w: empty piece", ErrBadOrder)
	case o.Size > MaxPieceSize:
		return fmt.Errorf("%w: piece of %d bytes exceeds %d", ErrBadOrder, o.Size, uint64(MaxPieceSize))
	case o.StartBlock >= o.EndBlock:
		return fmt.Errorf("%w: empty block range [%d, %d)", ErrBadOrder, o.StartBlock, o.EndBlock)
	}
	return nil
}

// Piece returns the ordered piece's id.
func (o *Order) Piece() PieceID { return PieceID{Root: o.Root, Size: o.Size} }

// ActiveAt reports whether the order is active at height h: StartBlock ≤ h < EndBlock.
func (o *Order) ActiveAt(h uint64) bool { return o.StartBlock <= h && h < o.EndBlock }

// Digest returns the order digest, which is also the order id:
//
//	keccak256("whitepay/order/v1" ‖ uint256 chainId ‖ contract ‖ provider ‖ root ‖
//	          uint64 size ‖ uint64 startBlock ‖ uint64 endBlock)
//
// (package domain's layout, integers big-endian).
func (o *Order) Digest(chainID *big.Int) [32]byte {
	d := domain.Domain{ChainID: chainID, Contract: o.Contract}
	return d.Digest(domain.TagOrder, o.Provider[:], o.Root[:], appendU64(nil, o.Size),
		appendU64(nil, o.StartBlock), appendU64(nil, o.EndBlock))
}

// ID is the order id: its digest.
func (o *Order) ID(chainID *big.Int) [32]byte { return o.Digest(chainID) }

// SigningHash returns the hash the user's key signs: the EIP-191 personal-message
// hash of the digest, so that a wallet's personal_sign over the 32 digest bytes
// produces a valid order signature.
func (o *Order) SigningHash(chainID *big.Int) [32]byte { return personalHash(o.Digest(chainID)) }

// SignedOrder is an order with the user's signature (r ‖ s ‖ v, v in {0,1} or, as
// wallets produce it, {27,28}).
type SignedOrder struct {
	Order
	Sig [SigLen]byte
}

// SignOrder signs o with the user's key.
func SignOrder(chainID *big.Int, o Order, key *ecdsa.PrivateKey) (*SignedOrder, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	sig, err := signHash(o.SigningHash(chainID), key)
	if err != nil {
		return nil, err
	}
	return &SignedOrder{Order: o, Sig: sig}, nil
}

// Signer recovers the account that signed the order.
func (s *SignedOrder) Signer(chainID *big.Int) (common.Address, error) {
	return recoverHash(s.SigningHash(chainID), s.Sig[:])
}

// Verify checks the signed order in domain d: the order is for d's contract
// (ErrWrongDomain otherwise), is consistent (ErrBadOrder), and was signed by user
// (ErrBadSignature) — the contract's owner, for whom the keepers and providers
// accept orders.
func (s *SignedOrder) Verify(d domain.Domain, user common.Address) error {
	if s.Contract != d.Contract {
		return fmt.Errorf("%w: order for contract %s, domain %s", ErrWrongDomain, s.Contract, d.Contract)
	}
	if err := s.Validate(); err != nil {
		return err
	}
	return verifyHash(s.SigningHash(d.ChainID), s.Sig[:], user)
}

// SignedOrderLen is the length of a signed order's encoding.
const SignedOrderLen = 20 + 20 + 32 + 8 + 8 + 8 + SigLen

// MarshalBinary encodes the signed order as
//
//	contract ‖ provider ‖ root ‖ uint64 size ‖ uint64 start ‖ uint64 end ‖ sig(65)
//
// (SignedOrderLen bytes, big-endian).
func (s *SignedOrder) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, SignedOrderLen)
	b = append(b, s.Contract[:]...)
	b = append(b, s.Provider[:]...)
	b = append(b, s.Root[:]...)
	b = appendU64(b, s.Size)
	b = appendU64(b, s.StartBlock)
	b = appendU64(b, s.EndBlock)
	return append(b, s.Sig[:]...), nil
}

// DecodeSignedOrder decodes a signed order strictly: exact length, a consistent
// order and v in {0, 1, 27, 28}. It does not check the signature (Verify does).
func DecodeSignedOrder(b []byte) (*SignedOrder, error) {
	r := &reader{b: b}
	s := &SignedOrder{}
	s.Contract = r.addr("contract")
	s.Provider = r.addr("provider")
	s.Root = r.hash("root")
	s.Size = r.u64("size")
	s.StartBlock = r.u64("start block")
	s.EndBlock = r.u64("end block")
	copy(s.Sig[:], r.take(SigLen, "signature"))
	if err := r.end(); err != nil {
		return nil, err
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if v := s.Sig[64]; v > 1 && v != 27 && v != 28 {
		return nil, fmt.Errorf("%w: signature v = %d", ErrMalformed, v)
	}
	return s, nil
}

// ordersRootTag prefixes the orders-root hash (a commitment, not a signed payload:
// the order ids it hashes already bind chain and contract).
const ordersRootTag = "whitepay/orders/v1"

// OrderSet is the set of one provider's orders active at one height under one
// contract, sorted by order id without duplicates: the population a challenge draws
// from (SPEC 3).
type OrderSet struct {
	ChainID  *big.Int
	Contract common.Address
	Provider common.Address
	Height   uint64
	Orders   []Order    // sorted by id, ascending (bytewise), one per piece
	IDs      [][32]byte // IDs[i] is the id of Orders[i]
}

// ActiveOrders selects, from orders, those for contract and provider that are
// consistent and active at height, sorted by order id. A piece counts once: of
// several active orders naming the same (root, size) — or the same order twice —
// only the one with the smallest id is kept, so duplicate orders cannot inflate the
// provider's space. Orders are taken as given: verify their signatures when they
// are received.
func ActiveOrders(chainID *big.Int, contract, provider common.Address, height uint64, orders []Order) *OrderSet {
	set := &OrderSet{ChainID: chainID, Contract: contract, Provider: provider, Height: height}
	type entry struct {
		id [32]byte
		o  Order
	}
	var es []entry
	for _, o := range orders {
		if o.Contract != contract || o.Provider != provider || !o.ActiveAt(height) || o.Validate() != nil {
			continue
		}
		es = append(es, entry{o.ID(chainID), o})
	}
	slices.SortFunc(es, func(a, b entry) int { return bytes.Compare(a.id[:], b.id[:]) })
	seen := make(map[PieceID]bool, len(es))
	for _, e := range es {
		if seen[e.o.Piece()] {
			continue // same order twice, or a second order for a piece already counted
		}
		seen[e.o.Piece()] = true
		set.Orders = append(set.Orders, e.o)
		set.IDs = append(set.IDs, e.id)
	}
	return set
}

// Len returns the number of active orders.
func (s *OrderSet) Len() int { return len(s.Orders) }

// Root returns ordersRoot, the commitment of the set that enters the challenge seed:
//
//	keccak256("whitepay/orders/v1" ‖ uint64 count ‖ id_1 ‖ … ‖ id_count)
//
// with the ids in ascending order. The empty set has a root too.
func (s *OrderSet) Root() [32]byte { return OrdersRoot(s.IDs) }

// OrdersRoot hashes a list of order ids that is already sorted ascending and free of
// duplicates (see OrderSet.Root).
func OrdersRoot(sortedIDs [][32]byte) [32]byte {
	h := crypto.NewKeccakState()
	h.Write([]byte(ordersRootTag))
	h.Write(appendU64(nil, uint64(len(sortedIDs))))
	for i := range sortedIDs {
		h.Write(sortedIDs[i][:])
	}
	var out [32]byte
	h.Read(out[:])
	return out
}

// TotalSize returns the sum of the sizes of the active orders, in bytes (exact).
func (s *OrderSet) TotalSize() *big.Int {
	t, v := new(big.Int), new(big.Int)
	for i := range s.Orders {
		t.Add(t, v.SetUint64(s.Orders[i].Size))
	}
	return t
}
