package statement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/upkeeping"
)

// Chain is the chain access of a History: the upkeeping client's backend plus
// transaction lookup (the pay transaction's input names the failed keepers and the
// signers, which the ReportPaid event leaves out to save gas). *ethclient.Client,
// the simulated backend's client and internal/chain.Client satisfy it.
type Chain interface {
	upkeeping.Backend
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// MaxLogRange is the most blocks one log query spans (nodes limit eth_getLogs).
const MaxLogRange = 5000

// Entry is one paid report entry (EntryPaid): the provider's gross Amount = St × price
// for [Ts, Te). First marks the first entry of its report, whose provider is also
// credited the report's remainder (Upkeeping.sol _creditKeepers).
type Entry struct {
	Provider uint32
	Ts, Te   uint64
	St       *big.Int
	Amount   *big.Int
	Block    uint64
	Tx       common.Hash
	First    bool
}

// Report is one paid report (ReportPaid) with what its transaction says: who sent
// it, the failed and signer bitmaps, the gas it cost.
type Report struct {
	Te          uint64
	Leader      uint32
	Attempt     uint32
	Total       *big.Int
	KeeperShare *big.Int
	Remainder   *big.Int
	Block       uint64
	Tx          common.Hash
	From        common.Address
	Failed      *big.Int
	Signers     *big.Int
	GasUsed     uint64
	GasWei      *big.Int
}

// Transfer is a Withdrawn or Funded event.
type Transfer struct {
	Account common.Address
	Amount  *big.Int
	Block   uint64
	Tx      common.Hash
}

// Snapshot is the history as of one scan: copies the page functions read without
// locks.
type Snapshot struct {
	Contract    common.Address
	Params      upkeeping.Params
	ShareBps    uint16 // providerShareBps
	LeaderBps   uint16 // leaderBonusBps
	Height      uint64 // last block scanned
	Entries     []Entry
	Reports     []Report
	Withdrawals []Transfer
	Fundings    []Transfer
	Providers   []upkeeping.ProviderInfo
	Keepers     []upkeeping.KeeperInfo
	Surplus     *big.Int
	Owed        *big.Int
	Funds       *big.Int
	Balances    map[common.Address]*big.Int // BalanceOf for the accounts asked (Watch)
	Token       common.Address
	SyncedAt    time.Time
	// Outage is the last sync's error (the RPC is down): the snapshot is the last
	// good one, as of SyncedAt.
	Outage string
}

// History follows one upkeeping contract's payments, withdrawals and fundings,
// scanning the chain's logs incrementally (each Sync reads only the blocks since the
// last). It is the one source of the dashboard's numbers; safe for concurrent use.
type History struct {
	c     *upkeeping.Contract
	chain Chain
	from  uint64

	// MinInterval: a Sync within this long of the last successful one returns the
	// cached snapshot (several pages polling one node read the chain once).
	MinInterval time.Duration

	syncMu sync.Mutex // one Sync at a time
	mu     sync.Mutex
	snap   Snapshot
	next   uint64
	watch  map[common.Address]bool
	last   time.Time
	payABI abi.Method
}

// NewHistory returns a history of the contract c, scanning from block from (the
// contract's deployment, or 0).
func NewHistory(ch Chain, c *upkeeping.Contract, from uint64) (*History, error) {
	if ch == nil || c == nil {
		return nil, errors.New("statement: history needs a chain and a contract")
	}
	a, err := bindings.UpkeepingMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	pay, ok := a.Methods["pay"]
	if !ok {
		return nil, errors.New("statement: the upkeeping ABI has no pay method")
	}
	return &History{c: c, chain: ch, from: from, next: from, MinInterval: time.Second,
		watch: map[common.Address]bool{}, payABI: pay,
		snap: Snapshot{Contract: c.Address, Token: c.Token(), Balances: map[common.Address]*big.Int{}}}, nil
}

// Contract is the contract followed.
func (h *History) Contract() common.Address { return h.c.Address }

// Watch adds accounts whose withdrawable balance each Sync reads (BalanceOf).
func (h *History) Watch(accounts ...common.Address) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, a := range accounts {
		h.watch[a] = true
	}
}

// Snapshot returns the last snapshot (without syncing).
func (h *History) Snapshot() Snapshot {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.snap.copy()
}

// Sync scans the chain up to its head and returns the new snapshot. On an error (the
// RPC is down) it returns the last good snapshot with Outage set, and the error.
func (h *History) Sync(ctx context.Context) (Snapshot, error) {
	h.syncMu.Lock()
	defer h.syncMu.Unlock()
	h.mu.Lock()
	fresh := !h.last.IsZero() && time.Since(h.last) < h.MinInterval && h.snap.Outage == ""
	h.mu.Unlock()
	if fresh {
		return h.Snapshot(), nil
	}
	err := h.sync(ctx)
	h.mu.Lock()
	if err != nil {
		h.snap.Outage = err.Error()
	} else {
		h.snap.Outage, h.snap.SyncedAt, h.last = "", time.Now().UTC(), time.Now()
	}
	s := h.snap.copy()
	h.mu.Unlock()
	return s, err
}

func (h *History) sync(ctx context.Context) error {
	head, err := h.chain.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the head: %w", err)
	}
	h.mu.Lock()
	needParams := h.snap.Params.Period == 0
	h.mu.Unlock()
	var params upkeeping.Params
	var bps, lbps uint16
	if needParams {
		if params, err = h.c.Params(ctx); err != nil {
			return err
		}
		if bps, err = h.c.Bindings().ProviderShareBps(&bind.CallOpts{Context: ctx}); err != nil {
			return fmt.Errorf("providerShareBps: %w", err)
		}
		if lbps, err = h.c.Bindings().LeaderBonusBps(&bind.CallOpts{Context: ctx}); err != nil {
			return fmt.Errorf("leaderBonusBps: %w", err)
		}
	}
	var ents []Entry
	var reps []Report
	var wds, fds []Transfer
	next := h.next
	for next <= head {
		to := min(head, next+MaxLogRange-1)
		e, r, w, f, err := h.scan(ctx, next, to)
		if err != nil {
			return err
		}
		ents, reps, wds, fds = append(ents, e...), append(reps, r...), append(wds, w...), append(fds, f...)
		next = to + 1
	}
	// Every view is read at head, the block the logs were scanned to, so that the
	// balances match the events exactly even while payments go on.
	at := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head)}
	b := h.c.Bindings()
	counts, err := b.Counts(at)
	if err != nil {
		return fmt.Errorf("counts: %w", err)
	}
	var pinfo []upkeeping.ProviderInfo
	for i := int64(0); i < counts.Providers.Int64(); i++ {
		r, err := b.ProviderInfo(at, big.NewInt(i))
		if err != nil {
			return fmt.Errorf("providerInfo %d: %w", i, err)
		}
		pinfo = append(pinfo, upkeeping.ProviderInfo{Index: uint32(i), Account: r.Account, Price: r.Price, LastPaid: r.PaidUntil, Balance: r.Balance})
	}
	var kinfo []upkeeping.KeeperInfo
	for i := int64(0); i < counts.Keepers.Int64(); i++ {
		r, err := b.KeeperInfo(at, big.NewInt(i))
		if err != nil {
			return fmt.Errorf("keeperInfo %d: %w", i, err)
		}
		kinfo = append(kinfo, upkeeping.KeeperInfo{Index: uint32(i), Account: r.Account, Status: upkeeping.KeeperStatus(r.Status), Withdrawable: r.Withdrawable})
	}
	surplus, err := b.Surplus(at)
	if err != nil {
		return fmt.Errorf("surplus: %w", err)
	}
	owed, err := b.Owed(at)
	if err != nil {
		return fmt.Errorf("owed: %w", err)
	}
	funds := new(big.Int).Add(surplus, owed) // surplus = funds − owed when positive (Upkeeping.sol surplus())
	if h.c.Token() == (common.Address{}) {
		if funds, err = h.chain.BalanceAt(ctx, h.c.Address, at.BlockNumber); err != nil {
			return fmt.Errorf("funds: %w", err)
		}
	}
	h.mu.Lock()
	watch := make([]common.Address, 0, len(h.watch))
	for a := range h.watch {
		watch = append(watch, a)
	}
	h.mu.Unlock()
	bals := map[common.Address]*big.Int{}
	for _, a := range watch {
		v, err := b.BalanceOf(at, a)
		if err != nil {
			return fmt.Errorf("balanceOf: %w", err)
		}
		bals[a] = v
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if needParams {
		h.snap.Params, h.snap.ShareBps, h.snap.LeaderBps = params, bps, lbps
	}
	h.next = next
	h.snap.Height = head
	h.snap.Entries = append(h.snap.Entries, ents...)
	h.snap.Reports = append(h.snap.Reports, reps...)
	h.snap.Withdrawals = append(h.snap.Withdrawals, wds...)
	h.snap.Fundings = append(h.snap.Fundings, fds...)
	h.snap.Providers, h.snap.Keepers = pinfo, kinfo
	h.snap.Surplus, h.snap.Owed, h.snap.Funds, h.snap.Balances = surplus, owed, funds, bals
	return nil
}

// scan reads the events of blocks [from, to].
func (h *History) scan(ctx context.Context, from, to uint64) ([]Entry, []Report, []Transfer, []Transfer, error) {
	b := h.c.Bindings()
	opts := &bind.FilterOpts{Context: ctx, Start: from, End: &to}
	var ents []Entry
	firstOf := map[common.Hash]uint{} // tx → lowest EntryPaid log index
	ei, err := b.FilterEntryPaid(opts, nil)
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("EntryPaid logs: %w", err)
	}
	var idx []uint
	for ei.Next() {
		e := ei.Event
		ents = append(ents, Entry{Provider: e.Provider, Ts: e.Ts, Te: e.Te, St: e.St, Amount: e.Amount, Block: e.Raw.BlockNumber, Tx: e.Raw.TxHash})
		idx = append(idx, e.Raw.Index)
		if li, ok := firstOf[e.Raw.TxHash]; !ok || e.Raw.Index < li {
			firstOf[e.Raw.TxHash] = e.Raw.Index
		}
	}
	if err := ei.Error(); err != nil {
		return nil, nil, nil, nil, fmt.Errorf("EntryPaid logs: %w", err)
	}
	ei.Close()
	for i := range ents {
		ents[i].First = firstOf[ents[i].Tx] == idx[i]
	}
	var reps []Report
	ri, err := b.FilterReportPaid(opts, nil, nil)
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("ReportPaid logs: %w", err)
	}
	for ri.Next() {
		e := ri.Event
		reps = append(reps, Report{Te: e.Te, Leader: e.Leader, Attempt: e.Attempt, Total: e.Total, KeeperShare: e.KeeperShare,
			Remainder: e.Remainder, Block: e.Raw.BlockNumber, Tx: e.Raw.TxHash})
	}
	if err := ri.Error(); err != nil {
		return nil, nil, nil, nil, fmt.Errorf("ReportPaid logs: %w", err)
	}
	ri.Close()
	for i := range reps {
		if err := h.payTx(ctx, &reps[i]); err != nil {
			return nil, nil, nil, nil, err
		}
	}
	var wds []Transfer
	wi, err := b.FilterWithdrawn(opts, nil)
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("Withdrawn logs: %w", err)
	}
	for wi.Next() {
		e := wi.Event
		wds = append(wds, Transfer{Account: e.Account, Amount: e.Amount, Block: e.Raw.BlockNumber, Tx: e.Raw.TxHash})
	}
	if err := wi.Error(); err != nil {
		return nil, nil, nil, nil, fmt.Errorf("Withdrawn logs: %w", err)
	}
	wi.Close()
	var fds []Transfer
	fi, err := b.FilterFunded(opts, nil)
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("Funded logs: %w", err)
	}
	for fi.Next() {
		e := fi.Event
		fds = append(fds, Transfer{Account: e.From, Amount: e.Amount, Block: e.Raw.BlockNumber, Tx: e.Raw.TxHash})
	}
	if err := fi.Error(); err != nil {
		return nil, nil, nil, nil, fmt.Errorf("Funded logs: %w", err)
	}
	fi.Close()
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Block < ents[j].Block })
	return ents, reps, wds, fds, nil
}

// payTx reads a paid report's transaction: its sender, the failed and signer bitmaps
// from pay's input, the gas from its receipt.
func (h *History) payTx(ctx context.Context, r *Report) error {
	tx, _, err := h.chain.TransactionByHash(ctx, r.Tx)
	if err != nil {
		return fmt.Errorf("pay transaction %s: %w", r.Tx, err)
	}
	if from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx); err == nil {
		r.From = from
	}
	r.Failed, r.Signers = new(big.Int), new(big.Int)
	if in := tx.Data(); len(in) > 4 {
		if args, err := h.payABI.Inputs.Unpack(in[4:]); err == nil && len(args) == 3 {
			if rb, ok := args[0].([]byte); ok {
				if rep, err := report.Decode(rb); err == nil && rep.FailedBitmap != nil {
					r.Failed = rep.FailedBitmap
				}
			}
			if s, ok := args[1].(*big.Int); ok {
				r.Signers = s
			}
		}
	}
	rc, err := h.chain.TransactionReceipt(ctx, r.Tx)
	if err != nil {
		return fmt.Errorf("pay receipt %s: %w", r.Tx, err)
	}
	r.GasUsed = rc.GasUsed
	price := rc.EffectiveGasPrice
	if price == nil {
		price = tx.GasPrice()
	}
	r.GasWei = new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), price)
	return nil
}

func (s Snapshot) copy() Snapshot {
	c := s
	c.Entries = append([]Entry(nil), s.Entries...)
	c.Reports = append([]Report(nil), s.Reports...)
	c.Withdrawals = append([]Transfer(nil), s.Withdrawals...)
	c.Fundings = append([]Transfer(nil), s.Fundings...)
	c.Providers = append([]upkeeping.ProviderInfo(nil), s.Providers...)
	c.Keepers = append([]upkeeping.KeeperInfo(nil), s.Keepers...)
	c.Balances = make(map[common.Address]*big.Int, len(s.Balances))
	for a, b := range s.Balances {
		c.Balances[a] = b
	}
	return c
}
