package statement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/settle"
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
	// Price is the price the contract applied: base units per byte·block × 1e18,
	// in force for an entry starting at Ts (termsAt before the pay block; SPEC 8.1).
	Price *big.Int
}

// Report is one paid report (ReportPaid) with what its transaction says: who sent
// it, the failed and signer bitmaps, the gas it cost.
type Report struct {
	Te          uint64
	Part        uint32
	Leader      uint32
	Attempt     uint32
	Epoch       uint64 // the epoch in force for te: its group's positions index Leader and Failed
	Total       *big.Int
	KeeperShare *big.Int
	Remainder   *big.Int // settle.SplitReport's, recomputed: the event leaves it out
	Block       uint64
	Tx          common.Hash
	From        common.Address
	Failed      *big.Int
	Signers     *big.Int
	GasUsed     uint64
	GasWei      *big.Int
}

// KeeperInfo is one keeper of the contract: its position in the group in force now,
// its registry id and account, its status there, and its money over every epoch it
// is a member of (upkeeping.Contract.KeeperTotals).
type KeeperInfo struct {
	Index        uint32
	KeeperID     uint32
	Account      common.Address
	Status       string // "active", "removed" or "slashed"
	Earned       *big.Int
	Withdrawable *big.Int // unlocked and not withdrawn
	Locked       *big.Int // credited, still vesting (a slash forfeits it)
	Claimed      *big.Int
	Bond         *big.Int // its bond held by the contract (bondOf)
}

// Transfer is a Withdrawn, KeeperWithdrawn or Funded event.
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
	Keepers     []KeeperInfo            // the group in force now
	Epochs      []*upkeeping.EpochGroup // every epoch with its members (reports index them)
	Surplus     *big.Int
	Owed        *big.Int
	Funds       *big.Int
	Balances    map[common.Address]*big.Int // BalanceOf for the accounts asked (Watch)
	Token       common.Address
	Units       units.Token // the token's symbol and decimals (TokenUnits)
	// RunwayPeriods and RunwayRate are the contract's runway() at Height (rate nil
	// or 0: nothing paid yet); SurplusRequest its pending surplus withdrawal.
	RunwayPeriods  uint64
	RunwayRate     *big.Int
	SurplusRequest upkeeping.SurplusRequestInfo
	SyncedAt       time.Time
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
	var tok units.Token
	if needParams {
		if params, err = h.c.Params(ctx); err != nil {
			return err
		}
		if tok, err = TokenUnits(ctx, h.chain, h.c.Token()); err != nil {
			return err
		}
	}
	cfg := h.c.Config() // immutable
	bps, lbps := cfg.ProviderShareBps, cfg.LeaderBonusBps
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
	at := h.c.At(head)
	pinfo, err := at.Providers(ctx)
	if err != nil {
		return err
	}
	eps, err := at.Epochs(ctx)
	if err != nil {
		return err
	}
	groups := make([]*upkeeping.EpochGroup, len(eps))
	for i := range eps {
		if groups[i], err = at.EpochGroup(ctx, uint64(i)); err != nil {
			return err
		}
	}
	active, err := at.ActiveGroup(ctx)
	if err != nil {
		return err
	}
	var kinfo []KeeperInfo
	for _, m := range active.Members {
		t, err := at.KeeperTotals(ctx, m.KeeperID)
		if err != nil {
			return err
		}
		status := "active"
		switch {
		case t.Slashed || m.NoShare:
			status = "slashed"
		case m.Removed:
			status = "removed"
		}
		bond, err := at.BondOf(ctx, m.KeeperID)
		if err != nil {
			return err
		}
		kinfo = append(kinfo, KeeperInfo{Index: m.Index, KeeperID: m.KeeperID, Account: m.Account, Status: status,
			Earned: t.Earned, Withdrawable: t.Available, Locked: t.Locked, Claimed: t.Claimed, Bond: bond})
	}
	for i := range reps {
		reps[i].Epoch = epochOf(eps, reps[i].Te)
		h.remainder(&reps[i], ents, groups, bps, lbps)
	}
	surplus, err := at.Surplus(ctx)
	if err != nil {
		return err
	}
	owed, err := at.Owed(ctx)
	if err != nil {
		return err
	}
	funds, err := at.Funds(ctx)
	if err != nil {
		return err
	}
	runway, rate, _, err := at.Runway(ctx)
	if err != nil {
		return err
	}
	rq, err := at.SurplusRequest(ctx)
	if err != nil {
		return err
	}
	h.mu.Lock()
	watch := make([]common.Address, 0, len(h.watch))
	for a := range h.watch {
		watch = append(watch, a)
	}
	h.mu.Unlock()
	bals := map[common.Address]*big.Int{}
	for _, a := range watch {
		v, err := at.BalanceOf(ctx, a)
		if err != nil {
			return err
		}
		bals[a] = v
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if needParams {
		h.snap.Params, h.snap.ShareBps, h.snap.LeaderBps, h.snap.Units = params, bps, lbps, tok
	}
	h.next = next
	h.snap.Height = head
	h.snap.Entries = append(h.snap.Entries, ents...)
	h.snap.Reports = append(h.snap.Reports, reps...)
	h.snap.Withdrawals = append(h.snap.Withdrawals, wds...)
	h.snap.Fundings = append(h.snap.Fundings, fds...)
	h.snap.Providers, h.snap.Keepers, h.snap.Epochs = pinfo, kinfo, groups
	h.snap.Surplus, h.snap.Owed, h.snap.Funds, h.snap.Balances = surplus, owed, funds, bals
	h.snap.RunwayPeriods, h.snap.RunwayRate, h.snap.SurplusRequest = runway, rate, rq
	return nil
}

// scan reads the events of blocks [from, to] (through the upkeeping client's
// filters: the one reading of the contract's events).
func (h *History) scan(ctx context.Context, from, to uint64) ([]Entry, []Report, []Transfer, []Transfer, error) {
	pays, err := h.c.FilterPayments(ctx, from, &to)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	ents := make([]Entry, 0, len(pays))
	seen := map[common.Hash]bool{}
	for _, p := range pays {
		price, _, _, err := h.c.At(p.Block-1).TermsAt(ctx, p.Provider, p.Ts)
		if err != nil {
			return nil, nil, nil, nil, fmt.Errorf("the price of provider %d's entry at %d: %w", p.Provider, p.Ts, err)
		}
		ents = append(ents, Entry{Provider: p.Provider, Ts: p.Ts, Te: p.Te, St: p.St, Amount: p.Amount, Block: p.Block, Tx: p.TxHash,
			First: !seen[p.TxHash], Price: price})
		seen[p.TxHash] = true
	}
	rs, err := h.c.FilterReports(ctx, from, &to)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	reps := make([]Report, 0, len(rs))
	for _, r := range rs {
		rep := Report{Te: r.Te, Total: r.Total, KeeperShare: r.KeeperShare, Block: r.Block, Tx: r.TxHash}
		if err := h.payTx(ctx, &rep); err != nil {
			return nil, nil, nil, nil, err
		}
		reps = append(reps, rep)
	}
	conv := func(ts []upkeeping.Transfer) []Transfer {
		out := make([]Transfer, 0, len(ts))
		for _, t := range ts {
			out = append(out, Transfer{Account: t.Account, Amount: t.Amount, Block: t.Block, Tx: t.TxHash})
		}
		return out
	}
	ws, err := h.c.FilterWithdrawals(ctx, from, &to)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	fs, err := h.c.FilterFundings(ctx, from, &to)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	return ents, reps, conv(ws), conv(fs), nil
}

// epochOf is the epoch in force for te (the last epoch starting before te).
func epochOf(eps []upkeeping.EpochInfo, te uint64) uint64 {
	e, _ := upkeeping.EpochIndexFor(eps, te)
	return uint64(e)
}

// remainder recomputes r's remainder with the contract's split (settle.SplitReport):
// the report's entries' amounts, the leader's and the payees' standing in its
// epoch's group.
func (h *History) remainder(r *Report, ents []Entry, groups []*upkeeping.EpochGroup, shareBps, leaderBps uint16) {
	r.Remainder = new(big.Int)
	if int(r.Epoch) >= len(groups) {
		return
	}
	g := groups[r.Epoch]
	var amounts []*big.Int
	for _, e := range ents {
		if e.Tx == r.Tx {
			amounts = append(amounts, e.Amount)
		}
	}
	payees := 0
	for _, m := range g.Members {
		if !m.Removed && !m.NoShare && (r.Failed == nil || r.Failed.Bit(int(m.Index)) == 0) {
			payees++
		}
	}
	leader := int(r.Leader) < len(g.Members) && !g.Members[r.Leader].Removed && !g.Members[r.Leader].NoShare
	r.Remainder = settle.SplitReport(amounts, shareBps, leaderBps, leader, payees).Remainder
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
				if rep, err := report.Decode(rb); err == nil {
					r.Part, r.Leader, r.Attempt = rep.Part, rep.Leader, rep.Attempt
					if rep.FailedBitmap != nil {
						r.Failed = rep.FailedBitmap
					}
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

// KeeperAt returns the account of the keeper at position i of the group in force for
// te (the index challenge records and observations use; zero if unknown).
func (s Snapshot) KeeperAt(te uint64, i uint32) common.Address {
	infos := make([]upkeeping.EpochInfo, len(s.Epochs))
	for k, g := range s.Epochs {
		infos[k] = g.EpochInfo
	}
	e, ok := upkeeping.EpochIndexFor(infos, te)
	if !ok && len(infos) > 0 {
		e = 0
	}
	if e < len(s.Epochs) && int(i) < len(s.Epochs[e].Members) {
		return s.Epochs[e].Members[i].Account
	}
	return common.Address{}
}

func (s Snapshot) copy() Snapshot {
	c := s
	c.Entries = append([]Entry(nil), s.Entries...)
	c.Reports = append([]Report(nil), s.Reports...)
	c.Withdrawals = append([]Transfer(nil), s.Withdrawals...)
	c.Fundings = append([]Transfer(nil), s.Fundings...)
	c.Providers = append([]upkeeping.ProviderInfo(nil), s.Providers...)
	c.Keepers = append([]KeeperInfo(nil), s.Keepers...)
	c.Epochs = append([]*upkeeping.EpochGroup(nil), s.Epochs...)
	c.Balances = make(map[common.Address]*big.Int, len(s.Balances))
	for a, b := range s.Balances {
		c.Balances[a] = b
	}
	return c
}
