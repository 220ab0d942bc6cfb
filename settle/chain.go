package settle

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/upkeeping"
)

// LedgerParams are the ledger's off-chain parameters, which every keeper of the
// contract shares by configuration: the challenge sizes m, c (SPEC 3) and the
// tolerance τ (SPEC 7). PoPs optionally gives keepers' proofs of possession
// (compressed); ReadGroup recovers the others from their registration
// transactions.
type LedgerParams struct {
	Pieces, Leaves uint8
	TolNum, TolDen uint32
	PoPs           map[common.Address][SigSize]byte
}

// DefaultLedgerParams are m = c = 4 and τ = 1%.
func DefaultLedgerParams() LedgerParams {
	return LedgerParams{Pieces: 4, Leaves: 4, TolNum: 1, TolDen: 100}
}

var upkeepingABI = func() *abi.ABI {
	a, err := bindings.UpkeepingMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}()

var registryABI = func() *abi.ABI {
	a, err := bindings.RegistryMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}()

// ReadGroup reads the group a report is checked against (SPEC 8.1), as of block (the
// pay block of the batch being built): the contract's parameters and owner; the
// members of the group of the epoch in force for r.Te, by position, with their keys,
// statuses (removed, slashed) and proofs of possession (from lp.PoPs or recovered
// from their registry registration); and every provider with Since (the ProviderAdded
// event) and the price of its entry in r (the terms in force for its interval: read
// before the pay block, when the change the pay may apply is still pending). r nil:
// the epoch in force at block, current prices.
func ReadGroup(ctx context.Context, c chain.Client, contract common.Address, block uint64, r *report.Report, lp LedgerParams) (*Group, error) {
	up, err := upkeeping.New(ctx, c, contract)
	if err != nil {
		return nil, err
	}
	g, _, err := readGroup(ctx, c, up, block, r, lp, nil)
	return g, err
}

// groupState is the chain state a group is built from (ReadGroup), as of the state
// after one block: the configuration, the owner, the epoch group, the providers'
// Since (ProviderAdded events) and their infos.
type groupState struct {
	cfg   upkeeping.Params
	owner common.Address
	eg    *upkeeping.EpochGroup
	since map[uint32]uint64
	provs []upkeeping.ProviderInfo
}

// readGroup is ReadGroup with a contract handle; it also returns the state read and
// the provider infos read before the block (those of r's entries).
func readGroup(ctx context.Context, c chain.Client, up *upkeeping.Contract, block uint64, r *report.Report, lp LedgerParams,
	known map[common.Address][SigSize]byte) (*Group, *readResult, error) {
	at := up.At(block)
	st := &groupState{cfg: up.Config()}
	p, err := at.Params(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("settle: reading the owner at block %d: %w", block, err)
	}
	st.owner = p.Owner
	if r != nil {
		st.eg, err = at.GroupFor(ctx, r.Te)
	} else {
		st.eg, err = groupAt(ctx, at, block)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("settle: reading the keeper group: %w", err)
	}
	st.since = map[uint32]uint64{}
	it, err := up.Bindings().FilterProviderAdded(&bind.FilterOpts{Context: ctx, End: &block}, nil, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("settle: ProviderAdded events: %w", err)
	}
	for it.Next() {
		st.since[it.Event.Index] = it.Event.LastPaid
	}
	if err := it.Error(); err != nil {
		return nil, nil, err
	}
	if st.provs, err = at.Providers(ctx); err != nil {
		return nil, nil, fmt.Errorf("settle: providers: %w", err)
	}
	res := &readResult{st: st, before: map[uint32]upkeeping.ProviderInfo{}}
	before := up.At(block - 1)
	g, err := st.build(ctx, c, block, r, lp, known, func(i uint32) (upkeeping.ProviderInfo, error) {
		info, err := before.Provider(ctx, i)
		if err == nil {
			res.before[i] = info
		}
		return info, err
	})
	if err != nil {
		return nil, nil, err
	}
	return g, res, nil
}

// readResult is what a full read leaves for a cache: the state and the provider
// infos read before the block.
type readResult struct {
	st     *groupState
	before map[uint32]upkeeping.ProviderInfo
}

// build makes the group of st for r at block: the keepers' proofs of possession from
// lp.PoPs, else known, else recovered from the registry; each provider with the price
// in force now, or for a provider paid by r the price of its entry's interval from
// its info before the block (before).
func (st *groupState) build(ctx context.Context, c chain.Client, block uint64, r *report.Report, lp LedgerParams,
	known map[common.Address][SigSize]byte, before func(uint32) (upkeeping.ProviderInfo, error)) (*Group, error) {
	cfg, eg := st.cfg, st.eg
	g := &Group{
		Owner: st.owner, Token: cfg.Token, Registry: cfg.Registry, GroupID: eg.GroupID, EpochFrom: eg.From,
		Start: cfg.Start, Period: cfg.Period, Finality: cfg.Finality, Window: cfg.Window, Stale: cfg.Stale,
		ProviderShareBps: cfg.ProviderShareBps, LeaderBonusBps: cfg.LeaderBonusBps,
		Pieces: lp.Pieces, Leaves: lp.Leaves, TolNum: lp.TolNum, TolDen: lp.TolDen,
	}
	var recovered map[common.Address][SigSize]byte
	var err error
	for _, m := range eg.Members {
		k := GroupKeeper{Account: m.Account, Status: KeeperActive}
		switch {
		case m.Removed:
			k.Status = KeeperRemoved
		case m.NoShare:
			k.Status = KeeperNoShare
		}
		copy(k.PubKey[:], m.PubKey.Bytes())
		pop, ok := lp.PoPs[m.Account]
		if !ok {
			pop, ok = known[m.Account]
		}
		if !ok {
			if recovered == nil {
				if recovered, err = RecoverPoPs(ctx, c, cfg.Registry, block); err != nil {
					return nil, err
				}
			}
			if pop, ok = recovered[m.Account]; !ok {
				return nil, fmt.Errorf("settle: no proof of possession for keeper %d (%s)", m.KeeperID, m.Account)
			}
		}
		k.PoP = pop
		g.Keepers = append(g.Keepers, k)
	}
	tsOf := map[uint32]uint64{}
	if r != nil {
		for _, e := range r.Entries {
			tsOf[e.Provider] = e.Ts
		}
	}
	for i, info := range st.provs {
		s, ok := st.since[uint32(i)]
		if !ok {
			return nil, fmt.Errorf("settle: no ProviderAdded event for provider %d", i)
		}
		price := info.Price
		if ts, paid := tsOf[uint32(i)]; paid {
			prev, err := before(uint32(i))
			if err != nil {
				return nil, fmt.Errorf("settle: provider %d before the pay: %w", i, err)
			}
			price, _ = prev.PriceFor(ts)
		}
		g.Providers = append(g.Providers, GroupProvider{Account: info.Account, Price: new(big.Int).Set(price), Since: s})
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return g, nil
}

// ReadBatchGroup is ReadGroup for the batch b carries a group for: as of its pay
// block, for its report, with the batch's own proofs of possession and off-chain
// parameters (the contract holds neither). The keeper ledger's chain check and the
// detector compare b.Group with it (Group.Equal).
func ReadBatchGroup(ctx context.Context, c chain.Client, contract common.Address, b *Batch) (*Group, error) {
	return ReadGroup(ctx, c, contract, b.PayBlock, b.Report(), batchLedgerParams(b))
}

// batchLedgerParams are the ledger parameters and proofs of possession of the group
// batch b carries.
func batchLedgerParams(b *Batch) LedgerParams {
	g := b.Group
	pops := make(map[common.Address][SigSize]byte, len(g.Keepers))
	for _, k := range g.Keepers {
		pops[k.Account] = k.PoP
	}
	return LedgerParams{Pieces: g.Pieces, Leaves: g.Leaves, TolNum: g.TolNum, TolDen: g.TolDen, PoPs: pops}
}

// groupAt is the epoch group in force at block (the last epoch started by then).
func groupAt(ctx context.Context, at *upkeeping.Contract, block uint64) (*upkeeping.EpochGroup, error) {
	eps, err := at.Epochs(ctx)
	if err != nil {
		return nil, err
	}
	return at.EpochGroup(ctx, uint64(upkeeping.ActiveEpochIndex(eps, block)))
}

// RecoverPoPs returns the proofs of possession (compressed) of the keepers registered
// in the registry up to block, from the calldata of their registerKeeper transactions
// (called directly; a registration through another contract is not recovered: pass
// its PoP in LedgerParams.PoPs).
func RecoverPoPs(ctx context.Context, c chain.Client, registry common.Address, block uint64) (map[common.Address][SigSize]byte, error) {
	reg, err := bindings.NewRegistry(registry, c)
	if err != nil {
		return nil, err
	}
	it, err := reg.FilterKeeperRegistered(&bind.FilterOpts{Context: ctx, End: &block}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("settle: KeeperRegistered events: %w", err)
	}
	type reg1 struct {
		account common.Address
		tx      common.Hash
	}
	var regs []reg1
	for it.Next() {
		regs = append(regs, reg1{it.Event.Account, it.Event.Raw.TxHash})
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	m := registryABI.Methods["registerKeeper"]
	out := map[common.Address][SigSize]byte{}
	for _, rg := range regs {
		tx, _, err := c.TransactionByHash(ctx, rg.tx)
		if err != nil {
			return nil, fmt.Errorf("settle: registration tx %s: %w", rg.tx, err)
		}
		in := tx.Data()
		if tx.To() == nil || *tx.To() != registry || len(in) < 4 || !bytes.Equal(in[:4], m.ID) {
			return nil, fmt.Errorf("settle: registration tx %s does not call registerKeeper directly", rg.tx)
		}
		vals, err := m.Inputs.Unpack(in[4:])
		if err != nil || len(vals) != 2 {
			return nil, fmt.Errorf("settle: registerKeeper arguments of %s: %v", rg.tx, err)
		}
		sig, err := bls.SignatureFromEIP2537(vals[1].([]byte))
		if err != nil {
			return nil, fmt.Errorf("settle: proof of possession of %s: %w", rg.account, err)
		}
		var pop [SigSize]byte
		copy(pop[:], sig.Bytes())
		out[rg.account] = pop
	}
	return out, nil
}

// Payment is a pay transaction as mined: the report it paid, the signer bitmap and
// the aggregate signature (compressed), and where it was mined.
type Payment struct {
	Report  *report.Report
	Encoded []byte
	Signers *big.Int
	AggSig  [SigSize]byte
	Tx      common.Hash
	Block   uint64
	Index   uint // position in its block
}

// ErrNotPay is returned for a transaction that is not a successful direct call of
// the contract's pay.
var ErrNotPay = errors.New("settle: not a successful pay call")

// PaymentFromTx decodes a mined pay transaction: what a keeper that did not lead
// the report needs (with the Propose it voted on) to build the batch as the
// leader would (the fallback publisher).
func PaymentFromTx(ctx context.Context, c chain.Client, contract common.Address, hash common.Hash) (*Payment, error) {
	tx, _, err := c.TransactionByHash(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("settle: pay tx %s: %w", hash, err)
	}
	rc, err := c.TransactionReceipt(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("settle: pay tx %s receipt: %w", hash, err)
	}
	if rc.Status != types.ReceiptStatusSuccessful || tx.To() == nil || *tx.To() != contract || len(tx.Data()) < 4 {
		return nil, fmt.Errorf("%w: %s", ErrNotPay, hash)
	}
	m, err := upkeepingABI.MethodById(tx.Data()[:4])
	if err != nil || m.Name != "pay" {
		return nil, fmt.Errorf("%w: %s", ErrNotPay, hash)
	}
	vals, err := m.Inputs.Unpack(tx.Data()[4:])
	if err != nil || len(vals) != 3 {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotPay, hash, err)
	}
	enc := vals[0].([]byte)
	r, err := report.Decode(enc)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: report: %w", ErrNotPay, hash, err)
	}
	sig, err := bls.SignatureFromEIP2537(vals[2].([]byte))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: signature: %w", ErrNotPay, hash, err)
	}
	p := &Payment{Report: r, Encoded: enc, Signers: vals[1].(*big.Int), Tx: hash, Block: rc.BlockNumber.Uint64(), Index: rc.TransactionIndex}
	copy(p.AggSig[:], sig.Bytes())
	return p, nil
}

// BlockHashes returns the hashes of the given heights from the chain.
func BlockHashes(ctx context.Context, c chain.Client, heights []uint64) (map[uint64][32]byte, error) {
	out := make(map[uint64][32]byte, len(heights))
	for _, h := range heights {
		if _, ok := out[h]; ok {
			continue
		}
		hd, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(h))
		if err != nil {
			return nil, fmt.Errorf("settle: header %d: %w", h, err)
		}
		out[h] = hd.Hash()
	}
	return out, nil
}
