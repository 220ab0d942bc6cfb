package statement

import (
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/upkeeping"
)

// ProviderPeriod is one paid interval of one provider: amounts in token base units
// (wei), exact decimal strings.
type ProviderPeriod struct {
	Ts    uint64 `json:"ts"`
	Te    uint64 `json:"te"`
	St    string `json:"st"`    // byte·blocks
	Space string `json:"space"` // average bytes proven over [ts, te): st / (te − ts), rounded down
	Price string `json:"price"` // the contract's price: base units per byte·block × 1e18 (gross = floor(st × price / 1e18))
	// PriceMonth is Price per TiB-month in token units (PriceOf).
	PriceMonth string `json:"price_tib_month"`
	Gross      string `json:"gross"` // st × price, the entry's amount
	// Net is what the contract credited the provider for this entry
	// (ProviderCredit).
	Net       string      `json:"net"`
	Remainder string      `json:"remainder"`
	Tx        common.Hash `json:"tx"`
	Block     uint64      `json:"block"`
	// Batch is the seq of the SCP ledger batch carrying the payment (nil: not in
	// the ledger yet, or no ledger read).
	Batch *uint64 `json:"batch,omitempty"`
	// Explain is a link to this period's explanation (set by the dashboard).
	Explain string `json:"explain,omitempty"`
}

// ProviderTotals sum the periods; Balance is read from the contract, and Consistent
// says credited − withdrawn equals it exactly.
type ProviderTotals struct {
	Gross      string `json:"gross"`
	Credited   string `json:"credited"` // Σ net
	Withdrawn  string `json:"withdrawn"`
	Balance    string `json:"balance"` // BalanceOf(provider), on chain
	St         string `json:"st"`
	Consistent bool   `json:"consistent"`
}

// TransferRow is a withdrawal or a funding.
type TransferRow struct {
	Account common.Address `json:"account"`
	Amount  string         `json:"amount"`
	Block   uint64         `json:"block"`
	Tx      common.Hash    `json:"tx"`
}

// ProviderStatement is a provider's statement for one contract.
type ProviderStatement struct {
	Contract   common.Address `json:"contract"`
	Provider   common.Address `json:"provider"`
	Index      uint32         `json:"index"`
	Registered bool           `json:"registered"`
	Token      common.Address `json:"token"` // zero: ether
	ShareBps   uint16         `json:"share_bps"`
	PriceNow   string         `json:"price_now"`
	// Terms are the price in force at the snapshot's height, per TiB-month beside
	// the contract's unit, and the change scheduled after it (TermsOf: the figures
	// of `user status`).
	Terms       *Terms           `json:"terms,omitempty"`
	LastPaid    uint64           `json:"last_paid"`
	Periods     []ProviderPeriod `json:"periods"`
	Totals      ProviderTotals   `json:"totals"`
	Withdrawals []TransferRow    `json:"withdrawals"`
}

// Provider computes the statement of provider account from a snapshot; l, when not
// nil, gives each period's ledger batch.
func Provider(s Snapshot, account common.Address, l *Ledger) ProviderStatement {
	ps := ProviderStatement{Contract: s.Contract, Provider: account, Token: s.Token, ShareBps: s.ShareBps,
		Periods: []ProviderPeriod{}, Withdrawals: []TransferRow{}}
	zero := "0"
	ps.Totals = ProviderTotals{Gross: zero, Credited: zero, Withdrawn: zero, Balance: zero, St: zero}
	var info *upkeeping.ProviderInfo
	for i := range s.Providers {
		if s.Providers[i].Account == account {
			info = &s.Providers[i]
		}
	}
	if info == nil {
		return ps
	}
	ps.Registered, ps.Index, ps.LastPaid = true, info.Index, info.LastPaid
	if info.Price != nil {
		ps.PriceNow = info.Price.String()
	}
	terms := TermsOf(*info, s.Height, s.Units, s.Params.BlockTimeMs)
	ps.Terms = &terms
	rem := map[common.Hash]*big.Int{}
	for _, r := range s.Reports {
		rem[r.Tx] = r.Remainder
	}
	gross, credited, st, withdrawn := new(big.Int), new(big.Int), new(big.Int), new(big.Int)
	for _, e := range s.Entries {
		if e.Provider != info.Index {
			continue
		}
		r := new(big.Int)
		if e.First && rem[e.Tx] != nil {
			r.Set(rem[e.Tx])
		}
		net := ProviderCredit(e.Amount, s.ShareBps, r)
		price, space := new(big.Int), new(big.Int)
		if e.Price != nil {
			price.Set(e.Price)
		}
		if e.Te > e.Ts {
			space.Quo(e.St, new(big.Int).SetUint64(e.Te-e.Ts))
		}
		ps.Periods = append(ps.Periods, ProviderPeriod{Ts: e.Ts, Te: e.Te, St: e.St.String(), Space: space.String(),
			Price: price.String(), PriceMonth: PriceOf(price, s.Units, s.Params.BlockTimeMs).PerTiBMonth, Gross: e.Amount.String(), Net: net.String(), Remainder: r.String(), Tx: e.Tx, Block: e.Block,
			Batch: l.batchOf(e.Tx)})
		gross.Add(gross, e.Amount)
		credited.Add(credited, net)
		st.Add(st, e.St)
	}
	sort.SliceStable(ps.Periods, func(i, j int) bool { return ps.Periods[i].Te < ps.Periods[j].Te })
	for _, w := range s.Withdrawals {
		if w.Account == account {
			withdrawn.Add(withdrawn, w.Amount)
			ps.Withdrawals = append(ps.Withdrawals, TransferRow{Account: w.Account, Amount: w.Amount.String(), Block: w.Block, Tx: w.Tx})
		}
	}
	bal := s.Balances[account]
	if bal == nil {
		bal = info.Balance
	}
	ps.Totals = ProviderTotals{Gross: gross.String(), Credited: credited.String(), Withdrawn: withdrawn.String(), St: st.String()}
	if bal != nil {
		ps.Totals.Balance = bal.String()
		ps.Totals.Consistent = new(big.Int).Sub(credited, withdrawn).Cmp(bal) == 0
	}
	return ps
}

// KeeperPeriod is one paid report's rewards of one keeper (one per te until reports
// are split into parts).
type KeeperPeriod struct {
	Te      uint64 `json:"te"`
	Reports int    `json:"reports"` // paid reports (parts) for te
	St      string `json:"st"`      // Σ st of the reports' entries
	Gross   string `json:"gross"`   // Σ the reports' totals
	// Earned is what the contract credited this keeper for te (KeeperCredit); Net
	// is the same figure under the statement's column name.
	Earned string `json:"earned"`
	Net    string `json:"net"`
	// Locked and Unlocked split Earned by vesting (SPEC 8.1): what is paid during
	// period b unlocks at the start of period b + vestPeriods.
	Locked   string `json:"locked"`
	Unlocked string `json:"unlocked"`
	// UnlocksAt is the block from which Earned is unlocked: the start of period
	// b + vestPeriods, b the period of the block it was paid in (the contract's
	// vesting bucket).
	UnlocksAt uint64 `json:"unlocks_at"`
	Withdrawn string `json:"withdrawn"` // withdrawals made during this period
	Failed    bool   `json:"failed"`    // named failed in a report for te
	Led       bool   `json:"led"`
	// LatencyBlocks is the agreement latency on chain: blocks from te to the block
	// the (last) report for te was paid in; Rounds is the attempts it took.
	LatencyBlocks uint64      `json:"latency_blocks"`
	Rounds        uint32      `json:"rounds"`
	GasWei        string      `json:"gas_wei"` // gas this keeper paid for te's reports
	Tx            common.Hash `json:"tx"`
	Batch         *uint64     `json:"batch,omitempty"`
}

// KeeperTotals sum the periods; Withdrawable is read from the contract and
// Consistent says earned − withdrawn equals it exactly.
type KeeperTotals struct {
	Earned       string `json:"earned"`
	Withdrawn    string `json:"withdrawn"`
	Withdrawable string `json:"withdrawable"`
	Locked       string `json:"locked"` // still vesting (SPEC 8.1)
	GasWei       string `json:"gas_wei"`
	Consistent   bool   `json:"consistent"`
}

// KeeperStatement is a keeper's statement for one contract.
type KeeperStatement struct {
	Contract    common.Address `json:"contract"`
	Keeper      common.Address `json:"keeper"`
	Index       uint32         `json:"index"`
	Registered  bool           `json:"registered"`
	Status      string         `json:"status"`
	Token       common.Address `json:"token"`
	LeaderBps   uint16         `json:"leader_bps"`
	VestPeriods uint16         `json:"vest_periods"` // a share unlocks this many periods after the period it was paid in
	// Bond is the keeper's bond the contract holds (bondOf; "0": none posted).
	Bond        string         `json:"bond"`
	Periods     []KeeperPeriod `json:"periods"`
	Totals      KeeperTotals   `json:"totals"`
	Withdrawals []TransferRow  `json:"withdrawals"`
}

// Keeper computes the statement of keeper account from a snapshot; l, when not nil,
// gives each period's ledger batch.
func Keeper(s Snapshot, account common.Address, l *Ledger) KeeperStatement {
	ks := KeeperStatement{Contract: s.Contract, Keeper: account, Token: s.Token, LeaderBps: s.LeaderBps, VestPeriods: s.Params.VestPeriods,
		Bond: "0", Periods: []KeeperPeriod{}, Withdrawals: []TransferRow{}}
	ks.Totals = KeeperTotals{Earned: "0", Withdrawn: "0", Withdrawable: "0", Locked: "0", GasWei: "0"}
	var info *KeeperInfo
	for i := range s.Keepers {
		if s.Keepers[i].Account == account {
			info = &s.Keepers[i]
		}
	}
	if info == nil {
		return ks
	}
	ks.Registered, ks.Index, ks.Status = true, info.Index, info.Status
	if info.Bond != nil {
		ks.Bond = info.Bond.String()
	}
	// posOf is the keeper's position in epoch e's group (reports index it so).
	posOf := func(e uint64) (uint32, bool) {
		if int(e) >= len(s.Epochs) {
			return 0, false
		}
		return s.Epochs[e].Position(account)
	}
	stOf := map[common.Hash]*big.Int{}
	for _, e := range s.Entries {
		if stOf[e.Tx] == nil {
			stOf[e.Tx] = new(big.Int)
		}
		stOf[e.Tx].Add(stOf[e.Tx], e.St)
	}
	type acc struct {
		p                              KeeperPeriod
		st, gross, earned, gas, withdr *big.Int
		paidAt                         uint64 // the block of its last pay (its vesting bucket)
	}
	byTe := map[uint64]*acc{}
	get := func(te uint64) *acc {
		a := byTe[te]
		if a == nil {
			a = &acc{p: KeeperPeriod{Te: te}, st: new(big.Int), gross: new(big.Int), earned: new(big.Int), gas: new(big.Int), withdr: new(big.Int)}
			byTe[te] = a
		}
		return a
	}
	earned, gas, withdrawn := new(big.Int), new(big.Int), new(big.Int)
	for _, r := range s.Reports {
		idx, member := posOf(r.Epoch)
		if !member {
			continue
		}
		a := get(r.Te)
		a.p.Reports++
		a.p.Tx = r.Tx
		a.p.Batch = l.batchOf(r.Tx)
		if r.Block > r.Te && r.Block-r.Te > a.p.LatencyBlocks {
			a.p.LatencyBlocks = r.Block - r.Te
		}
		a.p.Rounds = max(a.p.Rounds, r.Attempt+1)
		if r.Failed != nil && r.Failed.Bit(int(idx)) == 1 {
			a.p.Failed = true
		}
		a.p.Led = a.p.Led || r.Leader == idx
		a.earned.Add(a.earned, KeeperCredit(r, s.Epochs[r.Epoch], idx, s.LeaderBps))
		if r.Total != nil {
			a.gross.Add(a.gross, r.Total)
		}
		if st := stOf[r.Tx]; st != nil {
			a.st.Add(a.st, st)
		}
		a.paidAt = max(a.paidAt, r.Block)
		if r.From == account && r.GasWei != nil {
			a.gas.Add(a.gas, r.GasWei)
		}
	}
	for _, w := range s.Withdrawals {
		if w.Account != account {
			continue
		}
		te := w.Block
		if s.Params.Period > 0 {
			te = NextBoundary(s.Params, w.Block)
		}
		a := get(te)
		a.withdr.Add(a.withdr, w.Amount)
		withdrawn.Add(withdrawn, w.Amount)
		ks.Withdrawals = append(ks.Withdrawals, TransferRow{Account: w.Account, Amount: w.Amount.String(), Block: w.Block, Tx: w.Tx})
	}
	for _, a := range byTe {
		e := a.earned.String()
		a.p.Earned, a.p.Net, a.p.Unlocked, a.p.Locked = e, e, e, "0"
		if s.Params.Period > 0 && a.paidAt > 0 {
			// unlocks at the start of period b + vestPeriods (SPEC 8.1; Upkeeping.sol's bucket)
			a.p.UnlocksAt = s.Params.Start + (s.Params.Bucket(a.paidAt)+uint64(s.Params.VestPeriods))*s.Params.Period
			if s.Height < a.p.UnlocksAt {
				a.p.Unlocked, a.p.Locked = "0", e
			}
		}
		a.p.St, a.p.Gross = a.st.String(), a.gross.String()
		a.p.GasWei, a.p.Withdrawn = a.gas.String(), a.withdr.String()
		earned.Add(earned, a.earned)
		gas.Add(gas, a.gas)
		ks.Periods = append(ks.Periods, a.p)
	}
	sort.Slice(ks.Periods, func(i, j int) bool { return ks.Periods[i].Te < ks.Periods[j].Te })
	ks.Totals = KeeperTotals{Earned: earned.String(), Withdrawn: withdrawn.String(), GasWei: gas.String(), Withdrawable: "0", Locked: "0"}
	if info.Withdrawable != nil && info.Locked != nil {
		// Earned − withdrawn is what the contract still owes it: withdrawable now plus
		// still vesting (a slash freezes the claim: then the figures differ).
		ks.Totals.Withdrawable = info.Withdrawable.String()
		ks.Totals.Locked = info.Locked.String()
		owes := new(big.Int).Add(info.Withdrawable, info.Locked)
		ks.Totals.Consistent = new(big.Int).Sub(earned, withdrawn).Cmp(owes) == 0
	}
	return ks
}

// NextBoundary is the first period boundary after block b.
func NextBoundary(p upkeeping.Params, b uint64) uint64 {
	if b < p.Start {
		return p.Start + p.Period
	}
	return p.Start + ((b-p.Start)/p.Period+1)*p.Period
}
