// Package web serves the dashboard pages (issue 17) on a node's status address:
//
//	GET /dashboard/                 the page of the node's role (HTML, embedded)
//	GET /dashboard/api/page         its data as JSON (?contract=0x… picks one of
//	                                several contracts; default the first)
//	GET /dashboard/api/contracts    the contracts the page can show
//	GET /dashboard/explain          one period's explanation (?contract&provider&te)
//	GET /dashboard/assets/…         the page's script and style, and the vendored
//	                                charting library (uPlot, npm, pinned; no CDN)
//
// Every number comes from package dashboard: a History per contract read from the
// chain, turned into a page by dashboard.Provider, dashboard.Keeper or
// dashboard.User. The page polls the data every PollSeconds (live updates without a
// connection per viewer); while the chain cannot be read the data carries the outage
// and the last good figures, and the page shows the outage over them.
//
// Decisions taken where SPEC is silent: polling rather than server-sent events (one
// short request per viewer every 2 s is cheap, survives proxies and node restarts,
// and needs no per-connection state in the node); amounts travel as exact decimal
// strings of wei and the page formats them with BigInt, so nothing is rounded
// before a person reads it (charts plot floats, tables print exact values).
package web

import (
	"context"
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/dashboard"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/statement"
	"github.com/whitepay/whitepay/upkeeping"
)

//go:embed assets
var assets embed.FS

// PollSeconds is how often the page refreshes its data.
const PollSeconds = 2

// Roles of the pages.
const (
	RoleProvider = "provider"
	RoleKeeper   = "keeper"
	RoleUser     = "user"
)

// Config is one node's (or the user command's) dashboard.
type Config struct {
	Role      string
	Account   common.Address       // the provider's or keeper's account (unused for user)
	Histories []*dashboard.History // one per contract, in display order
	// Keeper returns what the keeper node knows locally (keeper role; nil: none).
	Keeper func() *dashboard.KeeperLocal
	// Challenges returns the challenge results per keeper of the provider on a
	// contract (provider role; nil: none known).
	Challenges func(contract common.Address) []dashboard.KeeperResults
	// Ledgers are the contracts' SCP ledgers, when the page can read them: the
	// provider page's challenge results and the samples of each explanation.
	Ledgers map[common.Address]*dashboard.Ledger
	// Verdict returns the detector's last verdict on a contract's ledger (user role;
	// nil: no detector runs).
	Verdict func(contract common.Address) *dashboard.Verdict
	// RunwayWarn is the runway in periods below which the user page warns
	// (default statement.DefaultRunwayWarn, as `user status`).
	RunwayWarn uint64
	// Timeout bounds one chain read (default 10 s).
	Timeout time.Duration
}

// Mux is where the handlers go (*http.ServeMux and *obs.Server satisfy it).
type Mux interface {
	Handle(pattern string, h http.Handler)
}

// Mount serves the dashboard on m.
func Mount(m Mux, c Config) {
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	if c.RunwayWarn == 0 {
		c.RunwayWarn = statement.DefaultRunwayWarn
	}
	sub, _ := fs.Sub(assets, "assets")
	m.Handle("GET /dashboard/assets/", http.StripPrefix("/dashboard/assets/", http.FileServerFS(sub)))
	m.Handle("GET /dashboard/{$}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := assets.ReadFile("assets/index.html")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(b)
	}))
	m.Handle("GET /dashboard", http.RedirectHandler("/dashboard/", http.StatusFound))
	m.Handle("GET /dashboard/explain", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := assets.ReadFile("assets/explain.html")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(b)
	}))
	m.Handle("GET /dashboard/api/contracts", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		out := []common.Address{}
		for _, h := range c.Histories {
			out = append(out, h.Contract())
		}
		writeJSON(w, http.StatusOK, map[string]any{"role": c.Role, "account": c.Account, "contracts": out, "poll_seconds": PollSeconds})
	}))
	m.Handle("GET /dashboard/api/page", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, ok := c.pick(r.URL.Query().Get("contract"))
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such contract on this dashboard"})
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), c.Timeout)
		defer cancel()
		writeJSON(w, http.StatusOK, c.Page(ctx, h))
	}))
	m.Handle("GET /dashboard/api/explain", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		h, ok := c.pick(q.Get("contract"))
		te, err := strconv.ParseUint(q.Get("te"), 10, 64)
		if !ok || err != nil || !common.IsHexAddress(q.Get("provider")) {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "want ?contract=0x…&provider=0x…&te=N of a contract on this dashboard"})
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), c.Timeout)
		defer cancel()
		s, _ := h.Sync(ctx)
		l := c.ledger(ctx, h.Contract())
		e, found := dashboard.Explain(s, common.HexToAddress(q.Get("provider")), te, l)
		if !found {
			writeJSON(w, http.StatusNotFound, e)
			return
		}
		writeJSON(w, http.StatusOK, e)
	}))
}

func (c Config) pick(contract string) (*dashboard.History, bool) {
	if len(c.Histories) == 0 {
		return nil, false
	}
	if contract == "" {
		return c.Histories[0], true
	}
	if !common.IsHexAddress(contract) {
		return nil, false
	}
	a := common.HexToAddress(contract)
	for _, h := range c.Histories {
		if h.Contract() == a {
			return h, true
		}
	}
	return nil, false
}

// Page is the data of the configured role's page for one contract: the same value
// GET /dashboard/api/page returns.
func (c Config) Page(ctx context.Context, h *dashboard.History) any {
	s, _ := h.Sync(ctx) // on an error s carries the outage and the last good figures
	switch c.Role {
	case RoleProvider:
		var res []dashboard.KeeperResults
		l := c.ledger(ctx, h.Contract())
		if c.Challenges != nil {
			res = c.Challenges(h.Contract())
		} else if l != nil {
			for _, p := range s.Providers {
				if p.Account == c.Account {
					res = l.Results(p.Index, s.KeeperAt)
				}
			}
		}
		return dashboard.Provider(s, c.Account, res, l)
	case RoleKeeper:
		var local *dashboard.KeeperLocal
		if c.Keeper != nil {
			local = c.Keeper()
		}
		return dashboard.Keeper(s, c.Account, local, c.ledger(ctx, h.Contract()))
	default:
		var v *dashboard.Verdict
		if c.Verdict != nil {
			v = c.Verdict(h.Contract())
		}
		warn := c.RunwayWarn
		if warn == 0 {
			warn = statement.DefaultRunwayWarn
		}
		return dashboard.User(s, v, warn)
	}
}

// ledger returns the contract's ledger, synced (nil: none; a failed sync keeps what
// was read).
func (c Config) ledger(ctx context.Context, contract common.Address) *dashboard.Ledger {
	l := c.Ledgers[contract]
	if l != nil {
		_ = l.Sync(ctx)
	}
	return l
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	_ = enc.Encode(v)
}

// Histories returns one chain history per contract, each watching the given accounts'
// withdrawable balances.
func Histories(ch dashboard.Chain, contracts []*upkeeping.Contract, watch ...common.Address) ([]*dashboard.History, error) {
	out := make([]*dashboard.History, 0, len(contracts))
	for _, c := range contracts {
		h, err := dashboard.NewHistory(ch, c, 0)
		if err != nil {
			return nil, err
		}
		h.Watch(watch...)
		out = append(out, h)
	}
	return out, nil
}

// OpenLedgers opens the SCP ledger layer uri ("": none) for the contracts; close
// releases it.
func OpenLedgers(ctx context.Context, uri string, client chain.Client, contracts ...common.Address) (map[common.Address]*dashboard.Ledger, func(), error) {
	if uri == "" {
		return nil, func() {}, nil
	}
	store, err := da.Open(ctx, uri, da.OpenOptions{Client: client})
	if err != nil {
		return nil, nil, err
	}
	out := map[common.Address]*dashboard.Ledger{}
	for _, c := range contracts {
		l := dashboard.NewLedger(store, c)
		if client != nil {
			l.WithChainCheck(settle.NewChainCheck(client, c)) // a shared ledger's publications are checked against the chain
		}
		out[c] = l
	}
	return out, func() { store.Close() }, nil
}
