package payer

import (
	"bytes"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// Proposals keeps the leaders' encoded Propose messages this keeper saw, by the
// digest of the report they propose: the observations the SCP ledger's batch of a
// paid report carries (SPEC 9). The leader's own comes from its Submit; a
// follower's from the Propose (or ProposeForward) it received, so that any keeper
// can publish the batch when the leader does not (settle.PublishDue).
//
// Decisions: a Propose is kept as received (the batch builder checks its
// signatures); at most MaxProposalsPerReport distinct ones per report digest (an
// equivocating leader cannot fill memory through one report), and the oldest
// reports are dropped beyond MaxProposalReports per contract. A nil *Proposals
// keeps nothing.
type Proposals struct {
	mu    sync.Mutex
	byC   map[common.Address]map[[32]byte][][]byte
	order map[common.Address][][32]byte
	// sent: the pay transactions this keeper sent and saw confirmed (PutSent),
	// per contract, bounded like the Proposes.
	sent      map[common.Address]map[common.Hash]SentPay
	sentOrder map[common.Address][]common.Hash
}

// SentPay is a pay transaction this keeper sent, mined and D deep: what the
// ledger's publisher — this keeper at once, as the paid report's leader — would
// otherwise read back from the chain (settle.PaymentFromTx: the transaction and
// its receipt, two calls per payment, issue 14).
type SentPay struct {
	Tx        common.Hash
	Block     uint64
	Index     uint // position in its block
	Encoded   []byte
	Signers   *big.Int
	Signature [wire.SigSize]byte // compressed aggregate
}

// PutSent keeps a confirmed pay transaction of this keeper for contract.
func (ps *Proposals) PutSent(contract common.Address, p SentPay) {
	if ps == nil {
		return
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.sent == nil {
		ps.sent, ps.sentOrder = map[common.Address]map[common.Hash]SentPay{}, map[common.Address][]common.Hash{}
	}
	m := ps.sent[contract]
	if m == nil {
		m = map[common.Hash]SentPay{}
		ps.sent[contract] = m
	}
	if _, ok := m[p.Tx]; !ok {
		ps.sentOrder[contract] = append(ps.sentOrder[contract], p.Tx)
		if o := ps.sentOrder[contract]; len(o) > MaxProposalReports {
			delete(m, o[0])
			ps.sentOrder[contract] = o[1:]
		}
	}
	p.Encoded, p.Signers = bytes.Clone(p.Encoded), new(big.Int).Set(p.Signers)
	m[p.Tx] = p
}

// Sent returns the confirmed pay transaction tx of this keeper, if kept.
func (ps *Proposals) Sent(contract common.Address, tx common.Hash) (SentPay, bool) {
	if ps == nil {
		return SentPay{}, false
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	p, ok := ps.sent[contract][tx]
	return p, ok
}

// Bounds of Proposals.
const (
	MaxProposalReports    = 4096
	MaxProposalsPerReport = 4
)

// NewProposals returns an empty book.
func NewProposals() *Proposals {
	return &Proposals{byC: map[common.Address]map[[32]byte][][]byte{}, order: map[common.Address][][32]byte{}}
}

// Put keeps raw, an encoded Propose of the report with digest, for contract.
func (ps *Proposals) Put(contract common.Address, digest [32]byte, raw []byte) {
	if ps == nil || len(raw) == 0 {
		return
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	m := ps.byC[contract]
	if m == nil {
		m = map[[32]byte][][]byte{}
		ps.byC[contract] = m
	}
	have, ok := m[digest]
	if !ok {
		ps.order[contract] = append(ps.order[contract], digest)
		if o := ps.order[contract]; len(o) > MaxProposalReports {
			delete(m, o[0])
			ps.order[contract] = o[1:]
		}
	}
	for _, h := range have {
		if bytes.Equal(h, raw) {
			return
		}
	}
	if len(have) >= MaxProposalsPerReport {
		return
	}
	m[digest] = append(have, bytes.Clone(raw))
}

// Saw inspects an inbound agreement message and keeps it if it is a Propose (or
// a relayed one) for contract.
func (ps *Proposals) Saw(contract common.Address, payload []byte) {
	if ps == nil {
		return
	}
	m, err := wire.Decode(payload)
	if err != nil {
		return
	}
	raw := payload
	if f, ok := m.(*wire.ProposeForward); ok {
		if m, err = wire.Decode(f.Propose); err != nil {
			return
		}
		raw = f.Propose
	}
	p, ok := m.(*wire.Propose)
	if !ok || p.Contract != contract {
		return
	}
	ps.Put(contract, p.Report().Digest(), raw)
}

// Get returns the Proposes kept for the report with digest.
func (ps *Proposals) Get(contract common.Address, digest [32]byte) [][]byte {
	if ps == nil {
		return nil
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return append([][]byte(nil), ps.byC[contract][digest]...)
}

// Tap returns a Transport tap (Transport.SetTap) keeping the Proposes this keeper
// sends (as leader) and those it receives from active keepers of the contract
// (member reports whether an account is one).
func (ps *Proposals) Tap(member func(contract, account common.Address) bool) func(contract, peer common.Address, payload []byte, outbound bool) {
	return func(contract, peer common.Address, payload []byte, outbound bool) {
		t, err := wire.Peek(payload)
		if err != nil || (t != wire.TypePropose && t != wire.TypeProposeForward) {
			return
		}
		if !outbound && (member == nil || !member(contract, peer)) {
			return
		}
		ps.Saw(contract, payload)
	}
}
