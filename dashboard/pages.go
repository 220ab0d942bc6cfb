package dashboard

import (
	"fmt"
	"math/big"
	"net/url"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/upkeeping"
)

// bps is the denominator of the contract's shares (Upkeeping.sol BPS).
const bps = 10000

// Head is what every page carries about its data: the contract, the block it was
// read at, and the outage that keeps it from being current.
type Head struct {
	Role     string         `json:"role"` // provider, keeper, user
	Contract common.Address `json:"contract"`
	Token    string         `json:"token"` // "ETH" or the ERC-20 address
	Height   uint64         `json:"height"`
	Period   uint64         `json:"period"`   // H, blocks
	Finality uint64         `json:"finality"` // D, blocks
	AsOf     time.Time      `json:"as_of"`
	// Outage is set while the chain cannot be read: the figures are those of AsOf.
	Outage string `json:"outage,omitempty"`
	// Stale: no figures could be read at all yet (the page shows the outage only).
	Stale bool `json:"stale,omitempty"`
}

func headOf(role string, s Snapshot) Head {
	tok := "ETH"
	if s.Token != (common.Address{}) {
		tok = s.Token.Hex()
	}
	return Head{Role: role, Contract: s.Contract, Token: tok, Height: s.Height, Period: s.Params.Period,
		Finality: s.Params.Finality, AsOf: s.SyncedAt, Outage: s.Outage, Stale: s.SyncedAt.IsZero()}
}

// ---------------------------------------------------------------- provider

// ProviderPeriod is one paid interval of one provider: amounts in token base units
// (wei), exact decimal strings.
type ProviderPeriod struct {
	Ts    uint64 `json:"ts"`
	Te    uint64 `json:"te"`
	St    string `json:"st"`    // byte·blocks
	Space string `json:"space"` // average bytes proven over [ts, te): st / (te − ts), rounded down
	Price string `json:"price"` // wei per byte·block (gross / st)
	Gross string `json:"gross"` // st × price, the entry's amount
	// Net is what the contract credited the provider for this entry: floor(gross ×
	// providerShareBps / 10000), plus the report's remainder when the entry was the
	// report's first (Upkeeping.sol _creditKeepers).
	Net       string      `json:"net"`
	Remainder string      `json:"remainder"`
	Tx        common.Hash `json:"tx"`
	Block     uint64      `json:"block"`
	Explain   string      `json:"explain"` // the page's explain link for this period
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

// NextPayment is the next interval the provider is due for.
type NextPayment struct {
	Ts        uint64 `json:"ts"`
	Te        uint64 `json:"te"`
	FromBlock uint64 `json:"from_block"`          // te + D: the first block a report for it can be paid in
	Estimate  string `json:"estimate,omitempty"`  // gross of the last period (same space and price)
	InBlocks  int64  `json:"in_blocks,omitempty"` // from the current height
}

// ProviderPage is the provider page's data (GET /dashboard/api/provider).
type ProviderPage struct {
	Head
	Provider    common.Address   `json:"provider"`
	Index       uint32           `json:"index"`
	Registered  bool             `json:"registered"`
	ShareBps    uint16           `json:"share_bps"`
	PriceNow    string           `json:"price_now"`
	LastPaid    uint64           `json:"last_paid"`
	Periods     []ProviderPeriod `json:"periods"`
	Totals      ProviderTotals   `json:"totals"`
	Withdrawals []TransferRow    `json:"withdrawals"`
	Next        *NextPayment     `json:"next,omitempty"`
	Challenges  []KeeperResults  `json:"challenges"`
}

// TransferRow is a withdrawal or a funding.
type TransferRow struct {
	Account common.Address `json:"account"`
	Amount  string         `json:"amount"`
	Block   uint64         `json:"block"`
	Tx      common.Hash    `json:"tx"`
}

// KeeperResults are one keeper's challenge results for a provider, with the reason of
// every failure (from the challenge records).
type KeeperResults struct {
	Keeper   common.Address  `json:"keeper"`
	OK       int             `json:"ok"`
	Failed   int             `json:"failed"`
	Failures []FailureRecord `json:"failures"`
}

// FailureRecord is one failed challenge.
type FailureRecord struct {
	Block  uint64 `json:"block"`
	Result string `json:"result"`
	Reason string `json:"reason"`
}

// Provider computes the provider page of account from a snapshot; results are the
// challenge records the caller holds (nil: none known).
func Provider(s Snapshot, account common.Address, results []KeeperResults) ProviderPage {
	pg := ProviderPage{Head: headOf("provider", s), Provider: account, ShareBps: s.ShareBps,
		Periods: []ProviderPeriod{}, Withdrawals: []TransferRow{}, Challenges: results}
	if pg.Challenges == nil {
		pg.Challenges = []KeeperResults{}
	}
	var info *upkeeping.ProviderInfo
	for i := range s.Providers {
		if s.Providers[i].Account == account {
			info = &s.Providers[i]
		}
	}
	zero := "0"
	pg.Totals = ProviderTotals{Gross: zero, Credited: zero, Withdrawn: zero, Balance: zero, St: zero}
	if info == nil {
		return pg
	}
	pg.Registered, pg.Index, pg.LastPaid = true, info.Index, info.LastPaid
	if info.Price != nil {
		pg.PriceNow = info.Price.String()
	}
	rem := map[common.Hash]*big.Int{}
	for _, r := range s.Reports {
		rem[r.Tx] = r.Remainder
	}
	gross, credited, st, withdrawn := new(big.Int), new(big.Int), new(big.Int), new(big.Int)
	for _, e := range s.Entries {
		if e.Provider != info.Index {
			continue
		}
		net := new(big.Int).Mul(e.Amount, big.NewInt(int64(s.ShareBps)))
		net.Quo(net, big.NewInt(bps))
		r := new(big.Int)
		if e.First && rem[e.Tx] != nil {
			r.Set(rem[e.Tx])
		}
		net.Add(net, r)
		price, space := new(big.Int), new(big.Int)
		if e.St.Sign() > 0 {
			price.Quo(e.Amount, e.St)
		}
		if e.Te > e.Ts {
			space.Quo(e.St, new(big.Int).SetUint64(e.Te-e.Ts))
		}
		pg.Periods = append(pg.Periods, ProviderPeriod{Ts: e.Ts, Te: e.Te, St: e.St.String(), Space: space.String(),
			Price: price.String(), Gross: e.Amount.String(), Net: net.String(), Remainder: r.String(), Tx: e.Tx, Block: e.Block,
			Explain: ExplainURL(s.Contract, account, e.Te)})
		gross.Add(gross, e.Amount)
		credited.Add(credited, net)
		st.Add(st, e.St)
	}
	sort.Slice(pg.Periods, func(i, j int) bool { return pg.Periods[i].Te < pg.Periods[j].Te })
	for _, w := range s.Withdrawals {
		if w.Account == account {
			withdrawn.Add(withdrawn, w.Amount)
			pg.Withdrawals = append(pg.Withdrawals, TransferRow{Account: w.Account, Amount: w.Amount.String(), Block: w.Block, Tx: w.Tx})
		}
	}
	bal := s.Balances[account]
	if bal == nil {
		bal = info.Balance
	}
	pg.Totals = ProviderTotals{Gross: gross.String(), Credited: credited.String(), Withdrawn: withdrawn.String(), St: st.String()}
	if bal != nil {
		pg.Totals.Balance = bal.String()
		pg.Totals.Consistent = new(big.Int).Sub(credited, withdrawn).Cmp(bal) == 0
	}
	if h := s.Params.Period; h > 0 {
		next := &NextPayment{Ts: info.LastPaid, Te: info.LastPaid + h}
		if !s.Params.IsBoundary(next.Te) { // not paid yet: lastPaid is the order's start
			next.Te = nextBoundary(s.Params, info.LastPaid)
		}
		next.FromBlock = next.Te + s.Params.Finality
		next.InBlocks = int64(next.FromBlock) - int64(s.Height)
		if n := len(pg.Periods); n > 0 {
			next.Estimate = pg.Periods[n-1].Gross
		}
		pg.Next = next
	}
	return pg
}

// nextBoundary is the first period boundary after b.
func nextBoundary(p upkeeping.Params, b uint64) uint64 {
	if b < p.Start {
		return p.Start + p.Period
	}
	return p.Start + ((b-p.Start)/p.Period+1)*p.Period
}

// ExplainURL is the page link of one period's explanation.
func ExplainURL(contract, provider common.Address, te uint64) string {
	q := url.Values{"contract": {contract.Hex()}, "provider": {provider.Hex()}, "te": {fmt.Sprint(te)}}
	return "/dashboard/explain?" + q.Encode()
}

// ---------------------------------------------------------------- keeper

// KeeperPeriod is one period's rewards and agreement of one keeper.
type KeeperPeriod struct {
	Te      uint64 `json:"te"`
	Reports int    `json:"reports"` // paid reports (parts) for te
	// Earned is what the contract credited this keeper for te: its equal share of
	// each report it was not failed in, plus the leader's bonus where it led.
	Earned string `json:"earned"`
	// Locked and Unlocked split Earned by vesting (SPEC 8.1). The deployed contract
	// has no vesting yet: everything is unlocked when credited.
	Locked    string `json:"locked"`
	Unlocked  string `json:"unlocked"`
	Withdrawn string `json:"withdrawn"` // withdrawals made during this period
	Failed    bool   `json:"failed"`    // named failed in a report for te
	Led       bool   `json:"led"`
	// LatencyBlocks is the agreement latency on chain: blocks from te to the block
	// the (last) report for te was paid in; Rounds is the attempts it took.
	LatencyBlocks uint64      `json:"latency_blocks"`
	Rounds        uint32      `json:"rounds"`
	GasWei        string      `json:"gas_wei"` // gas this keeper paid for te's reports
	Tx            common.Hash `json:"tx"`
}

// KeeperLocal is what only the keeper node itself knows, for its page.
type KeeperLocal struct {
	Ledger        []LedgerState  `json:"ledger"`
	Peers         []PeerState    `json:"peers"`
	RecordsOwn    uint64         `json:"records_own"`    // challenge records this keeper produced
	RecordsSynced uint64         `json:"records_synced"` // records synced from other keepers
	Phase         string         `json:"phase,omitempty"`
	LastLatencyS  float64        `json:"last_latency_s,omitempty"`
	Extra         map[string]any `json:"extra,omitempty"`
}

// LedgerState is the SCP ledger head of one contract (SPEC 9).
type LedgerState struct {
	Contract common.Address `json:"contract"`
	DA       string         `json:"da"`
	Seq      *uint64        `json:"seq"`     // nil: no batch yet
	Te       uint64         `json:"te"`      // te of the head batch
	Pending  int            `json:"pending"` // final payments not yet in the ledger
	Stopped  string         `json:"stopped,omitempty"`
	CaughtUp bool           `json:"caught_up"`
}

// PeerState is the keeper's connections for one contract.
type PeerState struct {
	Contract  common.Address `json:"contract"`
	Connected int            `json:"connected"`
	Others    int            `json:"others"`
	Needed    int            `json:"needed"` // q − 1
}

// KeeperTotals sum the periods; Withdrawable is read from the contract and
// Consistent says earned − withdrawn equals it exactly.
type KeeperTotals struct {
	Earned       string `json:"earned"`
	Withdrawn    string `json:"withdrawn"`
	Withdrawable string `json:"withdrawable"`
	GasWei       string `json:"gas_wei"`
	Consistent   bool   `json:"consistent"`
}

// KeeperPage is the keeper page's data (GET /dashboard/api/keeper).
type KeeperPage struct {
	Head
	Keeper      common.Address `json:"keeper"`
	Index       uint32         `json:"index"`
	Registered  bool           `json:"registered"`
	Status      string         `json:"status"`
	Periods     []KeeperPeriod `json:"periods"`
	Totals      KeeperTotals   `json:"totals"`
	Withdrawals []TransferRow  `json:"withdrawals"`
	Local       *KeeperLocal   `json:"local,omitempty"`
}

// Keeper computes the keeper page of account from a snapshot and what the node knows
// locally (nil on a page served by another node).
func Keeper(s Snapshot, account common.Address, local *KeeperLocal) KeeperPage {
	pg := KeeperPage{Head: headOf("keeper", s), Keeper: account, Periods: []KeeperPeriod{}, Withdrawals: []TransferRow{}, Local: local}
	pg.Totals = KeeperTotals{Earned: "0", Withdrawn: "0", Withdrawable: "0", GasWei: "0"}
	var info *upkeeping.KeeperInfo
	for i := range s.Keepers {
		if s.Keepers[i].Account == account {
			info = &s.Keepers[i]
		}
	}
	if info == nil {
		return pg
	}
	pg.Registered, pg.Index, pg.Status = true, info.Index, info.Status.String()
	type acc struct {
		p                    KeeperPeriod
		earned, gas, withdrn *big.Int
	}
	byTe := map[uint64]*acc{}
	get := func(te uint64) *acc {
		a := byTe[te]
		if a == nil {
			a = &acc{p: KeeperPeriod{Te: te}, earned: new(big.Int), gas: new(big.Int), withdrn: new(big.Int)}
			byTe[te] = a
		}
		return a
	}
	earned, gas, withdrawn := new(big.Int), new(big.Int), new(big.Int)
	for _, r := range s.Reports {
		a := get(r.Te)
		a.p.Reports++
		a.p.Tx = r.Tx
		if r.Block > r.Te && r.Block-r.Te > a.p.LatencyBlocks {
			a.p.LatencyBlocks = r.Block - r.Te
		}
		a.p.Rounds = max(a.p.Rounds, r.Attempt+1)
		if r.Failed != nil && r.Failed.Bit(int(info.Index)) == 1 {
			a.p.Failed = true
		} else {
			a.earned.Add(a.earned, r.KeeperShare)
		}
		if r.Leader == info.Index {
			a.p.Led = true
			bonus := new(big.Int).Mul(r.Total, big.NewInt(int64(s.LeaderBps)))
			a.earned.Add(a.earned, bonus.Quo(bonus, big.NewInt(bps)))
		}
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
			te = nextBoundary(s.Params, w.Block)
		}
		a := get(te)
		a.withdrn.Add(a.withdrn, w.Amount)
		withdrawn.Add(withdrawn, w.Amount)
		pg.Withdrawals = append(pg.Withdrawals, TransferRow{Account: w.Account, Amount: w.Amount.String(), Block: w.Block, Tx: w.Tx})
	}
	for _, a := range byTe {
		a.p.Earned, a.p.Unlocked, a.p.Locked = a.earned.String(), a.earned.String(), "0"
		a.p.GasWei, a.p.Withdrawn = a.gas.String(), a.withdrn.String()
		earned.Add(earned, a.earned)
		gas.Add(gas, a.gas)
		pg.Periods = append(pg.Periods, a.p)
	}
	sort.Slice(pg.Periods, func(i, j int) bool { return pg.Periods[i].Te < pg.Periods[j].Te })
	pg.Totals = KeeperTotals{Earned: earned.String(), Withdrawn: withdrawn.String(), GasWei: gas.String(), Withdrawable: "0"}
	if info.Withdrawable != nil {
		pg.Totals.Withdrawable = info.Withdrawable.String()
		pg.Totals.Consistent = new(big.Int).Sub(earned, withdrawn).Cmp(info.Withdrawable) == 0
	}
	return pg
}

// ---------------------------------------------------------------- user

// UserPeriod is one period of the whole contract.
type UserPeriod struct {
	Te        uint64 `json:"te"`
	Providers int    `json:"providers"` // entries paid
	St        string `json:"st"`
	Space     string `json:"space"` // Σ over providers of st / (te − ts)
	Paid      string `json:"paid"`  // Σ gross
}

// UserProvider is one provider of the contract.
type UserProvider struct {
	Index    uint32         `json:"index"`
	Account  common.Address `json:"account"`
	Price    string         `json:"price"`
	LastPaid uint64         `json:"last_paid"`
	St       string         `json:"st"`
	Paid     string         `json:"paid"`
}

// Verdict is the detector's last verdict on the contract's SCP ledger.
type Verdict struct {
	State      string    `json:"state"` // ok, divergence, error, unknown
	Detail     string    `json:"detail,omitempty"`
	Batches    uint64    `json:"batches"`
	Head       *uint64   `json:"head,omitempty"`
	CheckedAt  time.Time `json:"checked_at"`
	LedgerDesc string    `json:"ledger,omitempty"`
}

// ScheduledChange is a change the contract will apply at a boundary (SPEC 8.1).
type ScheduledChange struct {
	What string `json:"what"`
	At   uint64 `json:"at"`
}

// UserPage is the user page's data (GET /dashboard/api/user).
type UserPage struct {
	Head
	Owner     common.Address `json:"owner"`
	Providers []UserProvider `json:"providers"`
	Periods   []UserPeriod   `json:"periods"`
	Funded    string         `json:"funded"`
	Paid      string         `json:"paid"`
	Funds     string         `json:"funds"`
	Owed      string         `json:"owed"`
	Surplus   string         `json:"surplus"`
	// LastPeriodCost is the gross paid for the last paid te; RunwayPeriods the periods
	// the surplus covers at that rate (−1: nothing paid yet).
	LastPeriodCost string            `json:"last_period_cost"`
	RunwayPeriods  float64           `json:"runway_periods"`
	Scheduled      []ScheduledChange `json:"scheduled"`
	// ScheduledNote says why Scheduled is empty when the contract cannot schedule.
	ScheduledNote string   `json:"scheduled_note,omitempty"`
	Verdict       *Verdict `json:"verdict,omitempty"`
}

// User computes the user page from a snapshot and the detector's verdict (nil: no
// detector runs).
func User(s Snapshot, v *Verdict) UserPage {
	pg := UserPage{Head: headOf("user", s), Owner: s.Params.Owner, Providers: []UserProvider{}, Periods: []UserPeriod{},
		Scheduled: []ScheduledChange{}, Verdict: v,
		ScheduledNote: "this contract version applies keeper and price changes when they are made; it has no schedule"}
	provSt, provPaid := map[uint32]*big.Int{}, map[uint32]*big.Int{}
	type acc struct {
		p             UserPeriod
		st, space, pd *big.Int
	}
	byTe := map[uint64]*acc{}
	paid := new(big.Int)
	for _, e := range s.Entries {
		a := byTe[e.Te]
		if a == nil {
			a = &acc{p: UserPeriod{Te: e.Te}, st: new(big.Int), space: new(big.Int), pd: new(big.Int)}
			byTe[e.Te] = a
		}
		a.p.Providers++
		a.st.Add(a.st, e.St)
		a.pd.Add(a.pd, e.Amount)
		if e.Te > e.Ts {
			a.space.Add(a.space, new(big.Int).Quo(e.St, new(big.Int).SetUint64(e.Te-e.Ts)))
		}
		if provSt[e.Provider] == nil {
			provSt[e.Provider], provPaid[e.Provider] = new(big.Int), new(big.Int)
		}
		provSt[e.Provider].Add(provSt[e.Provider], e.St)
		provPaid[e.Provider].Add(provPaid[e.Provider], e.Amount)
		paid.Add(paid, e.Amount)
	}
	var last *acc
	for _, a := range byTe {
		a.p.St, a.p.Space, a.p.Paid = a.st.String(), a.space.String(), a.pd.String()
		pg.Periods = append(pg.Periods, a.p)
		if last == nil || a.p.Te > last.p.Te {
			last = a
		}
	}
	sort.Slice(pg.Periods, func(i, j int) bool { return pg.Periods[i].Te < pg.Periods[j].Te })
	for _, p := range s.Providers {
		up := UserProvider{Index: p.Index, Account: p.Account, LastPaid: p.LastPaid, St: "0", Paid: "0"}
		if p.Price != nil {
			up.Price = p.Price.String()
		}
		if provSt[p.Index] != nil {
			up.St, up.Paid = provSt[p.Index].String(), provPaid[p.Index].String()
		}
		pg.Providers = append(pg.Providers, up)
	}
	funded := new(big.Int)
	for _, f := range s.Fundings {
		funded.Add(funded, f.Amount)
	}
	pg.Funded, pg.Paid = funded.String(), paid.String()
	pg.Funds, pg.Owed, pg.Surplus = str(s.Funds), str(s.Owed), str(s.Surplus)
	pg.LastPeriodCost, pg.RunwayPeriods = "0", -1
	if last != nil {
		pg.LastPeriodCost = last.pd.String()
		pg.RunwayPeriods = Runway(s.Surplus, last.pd)
	}
	return pg
}

// Runway is the number of periods surplus covers at cost per period, rounded down to
// hundredths; −1 when there is no cost yet (SPEC 8.1 runway()).
func Runway(surplus, cost *big.Int) float64 {
	if cost == nil || cost.Sign() <= 0 || surplus == nil {
		return -1
	}
	h := new(big.Int).Mul(surplus, big.NewInt(100))
	h.Quo(h, cost)
	if !h.IsInt64() {
		return 1e18
	}
	return float64(h.Int64()) / 100
}

func str(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// ---------------------------------------------------------------- explain

// Explanation is one paid period of one provider, as the contract computed it:
// amount = st × price, credited = floor(amount × providerShareBps / 10000) (+ the
// report's remainder for its first entry). The samples behind st are in the SCP
// ledger's records (`whitepay explain`, issue 13).
type Explanation struct {
	Contract common.Address  `json:"contract"`
	Provider common.Address  `json:"provider"`
	Te       uint64          `json:"te"`
	Period   *ProviderPeriod `json:"period,omitempty"`
	ShareBps uint16          `json:"share_bps"`
	Check    string          `json:"check,omitempty"` // "st × price = gross" verified, or what differs
	Outage   string          `json:"outage,omitempty"`
	// The samples behind st, from the SCP ledger (when the page has it): the
	// challenge records of [ts − G, te), their integral (SPEC 4) and the batch.
	Stale       uint64   `json:"stale"`
	Batch       *uint64  `json:"batch,omitempty"`
	Samples     []Sample `json:"samples,omitempty"`
	Integral    string   `json:"integral,omitempty"`
	SamplesNote string   `json:"samples_note,omitempty"`
}

// Explain finds the period ending at te of the provider in a snapshot, with its
// samples from the ledger l (nil: none).
func Explain(s Snapshot, provider common.Address, te uint64, l *Ledger) (Explanation, bool) {
	e := Explanation{Contract: s.Contract, Provider: provider, Te: te, ShareBps: s.ShareBps, Outage: s.Outage, Stale: s.Params.Stale}
	if l == nil {
		e.SamplesNote = "this page has no SCP ledger to read the samples from"
	}
	pg := Provider(s, provider, nil)
	for i := range pg.Periods {
		if p := pg.Periods[i]; p.Te == te {
			e.Period = &p
			st, _ := new(big.Int).SetString(p.St, 10)
			price, _ := new(big.Int).SetString(p.Price, 10)
			gross, _ := new(big.Int).SetString(p.Gross, 10)
			if new(big.Int).Mul(st, price).Cmp(gross) == 0 {
				e.Check = "st × price = gross: " + p.St + " × " + p.Price + " = " + p.Gross
			} else {
				e.Check = "st × price ≠ gross (the price changed inside the interval)"
			}
			if l != nil {
				l.explainSamples(&e, pg.Index, s.Params.Stale, s.Keepers)
			}
			return e, true
		}
	}
	return e, false
}
