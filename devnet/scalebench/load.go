package scalebench

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/payer"
	"github.com/whitepay/whitepay/keeper/records"
)

// KeeperLoad is what one keeper of a contract writes to its database per period:
// the records of K keepers × P providers × C challenges (its own, keeper Self, also
// go to the outbox for the K−1 others, the last of which never acknowledges), one
// new order per provider lasting three periods, and one agreement lock per period
// holding a report of P entries. The records are made up (their signatures are not
// checked by the store): the load measures the database, not the protocol.
type KeeperLoad struct {
	Contract  common.Address
	ChainID   *big.Int
	Keepers   []common.Address
	Providers []common.Address
	C         int    // challenges per keeper per provider per period
	H         uint64 // period
	Start     uint64 // the first period's first height (the contract's start)
	Self      int    // this keeper's index

	user     *ecdsa.PrivateKey
	ordersOf map[common.Address][][32]byte // active order ids, newest last
}

// NewKeeperLoad returns the load of k keepers and p providers (made-up accounts)
// with c challenges each per period of h blocks.
func NewKeeperLoad(contract common.Address, chainID *big.Int, k, p, c int, h uint64) (*KeeperLoad, error) {
	user, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	l := &KeeperLoad{Contract: contract, ChainID: chainID, C: c, H: h, user: user, ordersOf: map[common.Address][][32]byte{}}
	for i := range k {
		l.Keepers = append(l.Keepers, common.BigToAddress(big.NewInt(int64(0x1000+i))))
	}
	for i := range p {
		l.Providers = append(l.Providers, common.BigToAddress(big.NewInt(int64(0x2000+i))))
	}
	return l, nil
}

func madeUpSig(seed uint64) []byte {
	b := crypto.Keccak256(binary.BigEndian.AppendUint64(nil, seed))
	return append(append(b, b...)[:64], 0)
}

// Period writes period k's load (heights [Start + kH, Start + (k+1)H)).
func (l *KeeperLoad) Period(st *records.Store, votes *payer.VoteStore, k uint64) error {
	start := l.Start + k*l.H
	sorted := map[common.Address][][32]byte{}
	for pi, p := range l.Providers {
		root := [32]byte(crypto.Keccak256([]byte(strconv.Itoa(pi)), binary.BigEndian.AppendUint64(nil, k)))
		so, err := challenge.SignOrder(l.ChainID, challenge.Order{Contract: l.Contract, Provider: p, Root: root,
			Size: 1 << 30, StartBlock: start, EndBlock: start + 3*l.H}, l.user)
		if err != nil {
			return err
		}
		id, _, err := st.PutOrder(so, 0)
		if err != nil {
			return err
		}
		ids := append(l.ordersOf[p], id)
		if len(ids) > 3 {
			ids = ids[len(ids)-3:]
		}
		l.ordersOf[p] = ids
		s := slices.Clone(ids)
		slices.SortFunc(s, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
		sorted[p] = s
	}
	step := max(l.H/uint64(l.C), 1)
	for c := range l.C {
		for ki, kp := range l.Keepers {
			h := start + uint64(c)*step + uint64(ki) // keepers challenge at nearby heights
			for pi, p := range l.Providers {
				seed := h<<24 | uint64(ki)<<16 | uint64(pi)
				e := &records.Entry{Record: &challenge.ChalRecord{Keeper: kp, Provider: p, Height: h, Space: big.NewInt(1 << 30),
					Result: challenge.ResultOK, ProofDigest: [32]byte(crypto.Keccak256(madeUpSig(seed))), ProviderSig: madeUpSig(seed + 1),
					KeeperSig: [65]byte(madeUpSig(seed + 2))}, OrderIDs: sorted[p]}
				var out *records.Outbox
				if ki == l.Self && len(l.Keepers) > 1 {
					peers := slices.Delete(slices.Clone(l.Keepers), l.Self, l.Self+1)
					out = &records.Outbox{Pending: peers, Message: make([]byte, 300)}
				}
				if _, err := st.PutRecord(l.Contract, e, out); err != nil {
					return fmt.Errorf("scalebench: record: %w", err)
				}
			}
		}
	}
	// Delivery: every peer but the last acknowledges.
	obs, err := st.Outboxes(l.Contract)
	if err != nil {
		return err
	}
	for _, it := range obs {
		if len(it.Pending) > 1 {
			it.Pending = it.Pending[len(it.Pending)-1:]
			if err := st.UpdateOutbox(it); err != nil {
				return err
			}
		}
	}
	rep := make([]byte, 200+64*len(l.Providers))
	binary.BigEndian.PutUint64(rep, k)
	return votes.Put(&agreement.Lock{Te: start + l.H, Leader: uint32(k % uint64(len(l.Keepers))),
		Digest: [32]byte(crypto.Keccak256(rep)), Report: rep})
}
