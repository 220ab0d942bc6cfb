package dashboard

import (
	"fmt"
	"math/big"
	"net/url"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/statement"
)

// Head is what every page carries about its data: the contract, the block it was
// read at, and the outage that keeps it from being current.
type Head struct {
	Role     string         `json:"role"` // provider, keeper, user
	Contract common.Address `json:"contract"`
	Token    string         `json:"token"` // "ETH" or the ERC-20 address
	// Symbol and Decimals say how the page writes amounts beside base units.
	Symbol      string    `json:"symbol"`
	Decimals    uint8     `json:"decimals"`
	BlockTimeMs uint32    `json:"block_time_ms"`
	Height      uint64    `json:"height"`
	Period      uint64    `json:"period"`   // H, blocks
	Finality    uint64    `json:"finality"` // D, blocks
	AsOf        time.Time `json:"as_of"`
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
	dec := s.Units.Decimals
	if s.Units == (units.Token{}) { // never synced
		dec = units.EtherToken.Decimals
	}
	return Head{Role: role, Contract: s.Contract, Token: tok, Symbol: s.Units.Symbol, Decimals: dec, BlockTimeMs: s.Params.BlockTimeMs,
		Height: s.Height, Period: s.Params.Period,
		Finality: s.Params.Finality, AsOf: s.SyncedAt, Outage: s.Outage, Stale: s.SyncedAt.IsZero()}
}

// ---------------------------------------------------------------- provider

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
	Provider   common.Address `json:"provider"`
	Index      uint32         `json:"index"`
	Registered bool           `json:"registered"`
	ShareBps   uint16         `json:"share_bps"`
	PriceNow   string         `json:"price_now"`
	// Terms: the price in force per TiB-month and any pending change (the
	// statement's, as `user status` shows them).
	Terms       *statement.Terms `json:"terms,omitempty"`
	LastPaid    uint64           `json:"last_paid"`
	Periods     []ProviderPeriod `json:"periods"`
	Totals      ProviderTotals   `json:"totals"`
	Withdrawals []TransferRow    `json:"withdrawals"`
	Next        *NextPayment     `json:"next,omitempty"`
	Challenges  []KeeperResults  `json:"challenges"`
}

// Provider computes the provider page of account from a snapshot; results are the
// challenge records the caller holds (nil: none known), l the contract's ledger
// (nil: none; it gives each period's batch).
func Provider(s Snapshot, account common.Address, results []KeeperResults, l ...*Ledger) ProviderPage {
	var led *Ledger
	if len(l) > 0 {
		led = l[0]
	}
	st := statement.Provider(s, account, led)
	for i := range st.Periods {
		st.Periods[i].Explain = ExplainURL(s.Contract, account, st.Periods[i].Te)
	}
	pg := ProviderPage{Head: headOf("provider", s), Provider: account, ShareBps: s.ShareBps, Index: st.Index, Registered: st.Registered,
		PriceNow: st.PriceNow, Terms: st.Terms, LastPaid: st.LastPaid, Periods: st.Periods, Totals: st.Totals, Withdrawals: st.Withdrawals, Challenges: results}
	if pg.Challenges == nil {
		pg.Challenges = []KeeperResults{}
	}
	if !st.Registered {
		return pg
	}
	if h := s.Params.Period; h > 0 {
		next := &NextPayment{Ts: st.LastPaid, Te: st.LastPaid + h}
		if !s.Params.IsBoundary(next.Te) { // not paid yet: lastPaid is the order's start
			next.Te = statement.NextBoundary(s.Params, st.LastPaid)
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

// ExplainURL is the page link of one period's explanation.
func ExplainURL(contract, provider common.Address, te uint64) string {
	q := url.Values{"contract": {contract.Hex()}, "provider": {provider.Hex()}, "te": {fmt.Sprint(te)}}
	return "/dashboard/explain?" + q.Encode()
}

// ---------------------------------------------------------------- keeper

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

// KeeperPage is the keeper page's data (GET /dashboard/api/keeper).
type KeeperPage struct {
	Head
	Keeper      common.Address `json:"keeper"`
	Index       uint32         `json:"index"`
	Registered  bool           `json:"registered"`
	Status      string         `json:"status"`
	VestPeriods uint16         `json:"vest_periods"`
	Bond        string         `json:"bond"`
	Periods     []KeeperPeriod `json:"periods"`
	Totals      KeeperTotals   `json:"totals"`
	Withdrawals []TransferRow  `json:"withdrawals"`
	Local       *KeeperLocal   `json:"local,omitempty"`
}

// Keeper computes the keeper page of account from a snapshot and what the node knows
// locally (nil on a page served by another node); l, when given, is the contract's
// ledger (each period's batch).
func Keeper(s Snapshot, account common.Address, local *KeeperLocal, l ...*Ledger) KeeperPage {
	var led *Ledger
	if len(l) > 0 {
		led = l[0]
	}
	st := statement.Keeper(s, account, led)
	return KeeperPage{Head: headOf("keeper", s), Keeper: account, Index: st.Index, Registered: st.Registered, Status: st.Status,
		VestPeriods: st.VestPeriods, Bond: st.Bond, Periods: st.Periods, Totals: st.Totals, Withdrawals: st.Withdrawals, Local: local}
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
	Index   uint32         `json:"index"`
	Account common.Address `json:"account"`
	Price   string         `json:"price"`
	// Terms: the price in force per TiB-month (and in the contract's unit), and the
	// pending change.
	Terms    statement.Terms `json:"terms"`
	LastPaid uint64          `json:"last_paid"`
	St       string          `json:"st"`
	Paid     string          `json:"paid"`
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
	// Runway is the contract's runway() in periods and time, with the warning of
	// `user status` (statement.RunwayOf); RunwayPeriods the same periods as a
	// number (−1: nothing paid yet), for the runway_periods metric.
	Runway        statement.Runway `json:"runway"`
	RunwayPeriods float64          `json:"runway_periods"`
	// Pending are the changes scheduled after Height (statement.PendingOf, as
	// `user status` shows them).
	Pending statement.Pending `json:"pending"`
	Verdict *Verdict          `json:"verdict,omitempty"`
}

// User computes the user page from a snapshot and the detector's verdict (nil: no
// detector runs); the runway warns below runwayWarn periods.
func User(s Snapshot, v *Verdict, runwayWarn uint64) UserPage {
	pg := UserPage{Head: headOf("user", s), Owner: s.Params.Owner, Providers: []UserProvider{}, Periods: []UserPeriod{},
		Verdict: v, Runway: s.Runway(runwayWarn), Pending: s.Pending()}
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
	for _, a := range byTe {
		a.p.St, a.p.Space, a.p.Paid = a.st.String(), a.space.String(), a.pd.String()
		pg.Periods = append(pg.Periods, a.p)
	}
	sort.Slice(pg.Periods, func(i, j int) bool { return pg.Periods[i].Te < pg.Periods[j].Te })
	for _, p := range s.Providers {
		up := UserProvider{Index: p.Index, Account: p.Account, LastPaid: p.LastPaid, St: "0", Paid: "0",
			Terms: statement.TermsOf(p, s.Height, s.Units, s.Params.BlockTimeMs)}
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
	pg.RunwayPeriods = -1
	if pg.Runway.Known {
		pg.RunwayPeriods = float64(pg.Runway.Periods)
	}
	return pg
}

func str(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// ---------------------------------------------------------------- explain

// Explain finds the period ending at te of the provider, with its samples and
// observations from the ledger l (nil: none): statement.Explain, with the page's
// links.
func Explain(s Snapshot, provider common.Address, te uint64, l *Ledger) (Explanation, bool) {
	e, ok := statement.Explain(s, provider, te, l)
	if e.Period != nil {
		e.Period.Explain = ExplainURL(s.Contract, provider, te)
	}
	return e, ok
}
