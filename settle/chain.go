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

// ReadGroup reads the group of the upkeeping contract at block (the pay block of
// the batch being built): its parameters, keepers (account, key, status; proofs of
// possession from lp.PoPs or recovered from the registration calldata) and
// providers (account, price, and the lastPaid the ProviderAdded event gave it).
func ReadGroup(ctx context.Context, c chain.Client, contract common.Address, block uint64, lp LedgerParams) (*Group, error) {
	up, err := bindings.NewUpkeeping(contract, c)
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}
	cfg, err := up.Params(opts)
	if err != nil {
		return nil, fmt.Errorf("settle: reading params at block %d: %w", block, err)
	}
	counts, err := up.Counts(opts)
	if err != nil {
		return nil, fmt.Errorf("settle: reading counts: %w", err)
	}
	g := &Group{
		Owner: cfg.Owner, Token: cfg.Token, Start: cfg.Start, Period: cfg.Period, Finality: cfg.Finality,
		Window: cfg.Window, Stale: cfg.Stale, ProviderShareBps: cfg.ProviderShareBps, LeaderBonusBps: cfg.LeaderBonusBps,
		Pieces: lp.Pieces, Leaves: lp.Leaves, TolNum: lp.TolNum, TolDen: lp.TolDen,
	}
	var recovered map[common.Address][SigSize]byte
	for i := uint64(0); i < counts.Keepers.Uint64(); i++ {
		info, err := up.KeeperInfo(opts, new(big.Int).SetUint64(i))
		if err != nil {
			return nil, fmt.Errorf("settle: keeper %d: %w", i, err)
		}
		pk, err := bls.PublicKeyFromEIP2537(info.Pubkey)
		if err != nil {
			return nil, fmt.Errorf("settle: keeper %d key: %w", i, err)
		}
		k := GroupKeeper{Account: info.Account, Status: info.Status}
		copy(k.PubKey[:], pk.Bytes())
		pop, ok := lp.PoPs[info.Account]
		if !ok {
			if recovered == nil {
				if recovered, err = RecoverPoPs(ctx, c, contract, block); err != nil {
					return nil, err
				}
			}
			if pop, ok = recovered[info.Account]; !ok {
				return nil, fmt.Errorf("settle: no proof of possession for keeper %d (%s)", i, info.Account)
			}
		}
		k.PoP = pop
		g.Keepers = append(g.Keepers, k)
	}
	since := map[uint32]uint64{}
	it, err := up.FilterProviderAdded(&bind.FilterOpts{Context: ctx, End: &block}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("settle: ProviderAdded events: %w", err)
	}
	for it.Next() {
		since[it.Event.Index] = it.Event.LastPaid
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	for i := uint64(0); i < counts.Providers.Uint64(); i++ {
		info, err := up.ProviderInfo(opts, new(big.Int).SetUint64(i))
		if err != nil {
			return nil, fmt.Errorf("settle: provider %d: %w", i, err)
		}
		s, ok := since[uint32(i)]
		if !ok {
			return nil, fmt.Errorf("settle: no ProviderAdded event for provider %d", i)
		}
		g.Providers = append(g.Providers, GroupProvider{Account: info.Account, Price: info.Price.Uint64(), Since: s})
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return g, nil
}

// RecoverPoPs returns the proofs of possession (compressed) of the keepers
// registered up to block, from the calldata of the transactions that registered
// them (the constructor, addKeeper or addKeepers called directly).
func RecoverPoPs(ctx context.Context, c chain.Client, contract common.Address, block uint64) (map[common.Address][SigSize]byte, error) {
	up, err := bindings.NewUpkeeping(contract, c)
	if err != nil {
		return nil, err
	}
	it, err := up.FilterKeeperAdded(&bind.FilterOpts{Context: ctx, End: &block}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("settle: KeeperAdded events: %w", err)
	}
	txs := map[common.Hash]bool{}
	var order []common.Hash
	for it.Next() {
		if h := it.Event.Raw.TxHash; !txs[h] {
			txs[h] = true
			order = append(order, h)
		}
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	bin := common.FromHex(bindings.UpkeepingMetaData.Bin)
	out := map[common.Address][SigSize]byte{}
	for _, h := range order {
		tx, _, err := c.TransactionByHash(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("settle: registration tx %s: %w", h, err)
		}
		var inits []bindings.UpkeepingKeeperInit
		in := tx.Data()
		switch {
		case tx.To() == nil && bytes.HasPrefix(in, bin):
			vals, err := upkeepingABI.Constructor.Inputs.Unpack(in[len(bin):])
			if err != nil || len(vals) != 3 {
				return nil, fmt.Errorf("settle: constructor arguments of %s: %v", h, err)
			}
			if err := convert(vals[1], &inits); err != nil {
				return nil, err
			}
		case len(in) >= 4:
			m, err := upkeepingABI.MethodById(in[:4])
			if err != nil {
				return nil, fmt.Errorf("settle: registration tx %s does not call the contract directly", h)
			}
			vals, err := m.Inputs.Unpack(in[4:])
			if err != nil {
				return nil, fmt.Errorf("settle: %s arguments of %s: %w", m.Name, h, err)
			}
			switch m.Name {
			case "addKeeper":
				inits = []bindings.UpkeepingKeeperInit{{Account: vals[0].(common.Address), Pubkey: vals[1].([]byte), Pop: vals[2].([]byte)}}
			case "addKeepers":
				if err := convert(vals[0], &inits); err != nil {
					return nil, err
				}
			default:
				return nil, fmt.Errorf("settle: registration tx %s calls %s", h, m.Name)
			}
		default:
			return nil, fmt.Errorf("settle: registration tx %s has no calldata", h)
		}
		for _, k := range inits {
			s, err := bls.SignatureFromEIP2537(k.Pop)
			if err != nil {
				return nil, fmt.Errorf("settle: proof of possession of %s: %w", k.Account, err)
			}
			var pop [SigSize]byte
			copy(pop[:], s.Bytes())
			out[k.Account] = pop
		}
	}
	return out, nil
}

func convert(v any, out *[]bindings.UpkeepingKeeperInit) error {
	c, ok := abi.ConvertType(v, out).(*[]bindings.UpkeepingKeeperInit)
	if !ok {
		return errors.New("settle: unexpected keeper registration arguments")
	}
	*out = *c
	return nil
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
