package settle

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
)

// snapshotMagic prefixes a state snapshot; the last 32 bytes are keccak256 of the
// rest, so a torn or altered snapshot is refused rather than replayed from.
const snapshotMagic = "WPSS\x01"

type snapshot struct {
	Accounts []common.Address // every account in the state root (those of earlier epochs too)
	ChainID  []byte
	Contract common.Address
	Next     uint64
	Head     [32]byte
	Root     [32]byte
	Te       uint64
	PayBlock uint64
	Group    []byte // Group.encode, empty before batch 0
	Orders   []snapOrder
	LastPaid []uint64
	Credited []snapBalance
	Tail     []snapTail
	PayTxs   []snapPay
}

type snapOrder struct {
	Order    challenge.Order
	ID       [32]byte
	Provider uint32
}

type snapBalance struct {
	Account common.Address
	Amount  []byte
}

type snapTail struct {
	Provider uint32
	Records  []TailRecord
}

type snapPay struct {
	Tx  common.Hash
	Seq uint64
}

// MarshalBinary encodes the state for a checkpoint (the detector's --state): gob,
// then a keccak256 checksum. Derived data (parsed keys) is rebuilt on load.
func (s *State) MarshalBinary() ([]byte, error) {
	sn := snapshot{
		ChainID: s.domain.ChainID.Bytes(), Contract: s.domain.Contract, Next: s.next, Head: s.head, Root: s.root,
		Te: s.te, PayBlock: s.payBlock, LastPaid: s.lastPaid,
	}
	if s.group != nil {
		sn.Group = s.group.encode(nil)
	}
	for _, o := range s.orders {
		sn.Orders = append(sn.Orders, snapOrder(o))
	}
	sn.Accounts = s.accounts
	for _, a := range s.accounts {
		if v := s.credited[a]; v != nil && v.Sign() > 0 {
			sn.Credited = append(sn.Credited, snapBalance{a, v.Bytes()})
		}
	}
	for p := uint32(0); int(p) < len(s.lastPaid); p++ {
		if t := s.tail[p]; len(t) > 0 {
			sn.Tail = append(sn.Tail, snapTail{p, t})
		}
	}
	for tx, seq := range s.payTxs {
		sn.PayTxs = append(sn.PayTxs, snapPay{tx, seq})
	}
	var buf bytes.Buffer
	buf.WriteString(snapshotMagic)
	if err := gob.NewEncoder(&buf).Encode(&sn); err != nil {
		return nil, err
	}
	sum := crypto.Keccak256(buf.Bytes())
	return append(buf.Bytes(), sum...), nil
}

// UnmarshalState decodes a checkpoint written by MarshalBinary.
func UnmarshalState(b []byte) (*State, error) {
	if len(b) < len(snapshotMagic)+32 || string(b[:len(snapshotMagic)]) != snapshotMagic {
		return nil, fmt.Errorf("%w: not a state snapshot", ErrMalformed)
	}
	body, sum := b[:len(b)-32], b[len(b)-32:]
	if !bytes.Equal(crypto.Keccak256(body), sum) {
		return nil, fmt.Errorf("%w: state snapshot checksum mismatch", ErrMalformed)
	}
	var sn snapshot
	if err := gob.NewDecoder(bytes.NewReader(body[len(snapshotMagic):])).Decode(&sn); err != nil {
		return nil, fmt.Errorf("%w: state snapshot: %v", ErrMalformed, err)
	}
	s := NewState(domain.Domain{ChainID: new(big.Int).SetBytes(sn.ChainID), Contract: sn.Contract})
	s.next, s.head, s.root, s.te, s.payBlock = sn.Next, sn.Head, sn.Root, sn.Te, sn.PayBlock
	if len(sn.Group) > 0 {
		r := &reader{b: sn.Group}
		g := decodeGroup(r)
		if err := r.end(); err != nil {
			return nil, err
		}
		s.group = g
		s.accounts = sortedAccounts(g, sn.Accounts)
	}
	for _, o := range sn.Orders {
		s.orderIdx[o.ID] = uint32(len(s.orders))
		s.orders = append(s.orders, orderEntry(o))
	}
	s.lastPaid = sn.LastPaid
	for _, c := range sn.Credited {
		s.credited[c.Account] = new(big.Int).SetBytes(c.Amount)
	}
	for _, t := range sn.Tail {
		s.tail[t.Provider] = t.Records
	}
	for _, p := range sn.PayTxs {
		s.payTxs[p.Tx] = p.Seq
	}
	if s.next > 0 && s.Root() != s.root {
		return nil, fmt.Errorf("%w: state snapshot does not reproduce its root", ErrMalformed)
	}
	return s, nil
}
