package web_test

// The dashboard in a real browser (issue 17 "Tests"): a devnet on the embedded chain
// (4 keepers, 2 providers, 2 periods paid, in this process), a provider withdrawal,
// then each page opened in Debian's headless Chromium; the rendered DOM is checked
// against the contract read independently (charts drawn with one point per paid
// period; the table totals equal what the contract credited and paid), the user page
// is opened again with its RPC down (the outage is shown over the last figures) and
// on a chain that never answered (the charts say why they are empty), and the
// keeper's /metrics is scraped for every metric the alert rules name.
//
// Cost: about 60–90 s on 2 cores (the devnet pays 2 periods of 20 blocks at 0.5 s;
// 7 Chromium launches of 4–8 s each, one per page: DOM and screenshot together). With -screenshots DIR the screenshots are
// also written to DIR (the README's command writes docs/dashboard).

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/whitepay/whitepay/dashboard"
	"github.com/whitepay/whitepay/dashboard/web"
	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/ops"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/upkeeping"
)

var shotsDir = flag.String("screenshots", "", "also write the pages' screenshots to this directory (e.g. ../../docs/dashboard)")

func TestPagesInChromium(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("chromium not found: install it with scripts/deps.sh (Debian package chromium)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	const periods = 2
	d, err := devnet.New(ctx, devnet.Options{Keepers: 4, Providers: 2, Periods: periods, ServeRPC: true})
	if err != nil {
		t.Fatal(err)
	}
	defer d.CloseWithin(30 * time.Second)
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Run(ctx); err != nil {
		t.Fatalf("devnet: %v", err)
	}
	c := d.Contract()

	// A withdrawal, so that the provider's table must sum credits and withdrawals.
	p0 := d.Providers[0]
	opts, err := bind.NewKeyedTransactorWithChainID(p0.Key, d.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	txs, err := c.Withdraw(ctx, opts)
	if err != nil {
		t.Fatalf("withdraw: %v", err)
	}
	for _, tx := range txs {
		if _, err := c.Wait(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}

	if w := withdrawnBy(ctx, t, c, p0.Address, nil); w.Sign() <= 0 {
		t.Fatal("the withdrawal withdrew nothing")
	}
	pi, ok, err := c.ProviderIndex(ctx, p0.Address)
	if err != nil || !ok {
		t.Fatalf("provider index: %v %v", ok, err)
	}

	shots := t.TempDir()
	run := func(name, u string, w, h int) string {
		dom := chromium(ctx, t, browser, u, w, h, filepath.Join(shots, name+".png"))
		if !strings.Contains(dom, `data-ready="1"`) {
			t.Fatalf("%s: the page never rendered its data:\n%.2000s", name, dom)
		}
		return dom
	}

	// ---- provider page, on p0's status address. The payments go on meanwhile: each
	// page says at which block it read the chain, and the contract is read here
	// (without package dashboard) at that block.
	dom := run("provider", "http://"+p0.Status+"/dashboard/", 1280, 1500)
	at := onChain(ctx, t, c, dom, pi, p0.Address)
	p0Periods, tes, paidAll, withdrawn, bal := at.periods, at.tes, at.paid, at.withdrawn, at.balance
	if p0Periods < periods {
		t.Fatalf("provider p0 paid %d periods by block %d, want ≥ %d", p0Periods, at.height, periods)
	}
	credited := new(big.Int).Add(bal, withdrawn) // every wei credited to p0 by that block
	for _, id := range []string{"chart-earnings", "chart-space"} {
		if n := points(t, dom, id); n != p0Periods {
			t.Errorf("provider %s: %d points, want %d (one per paid period)", id, n, p0Periods)
		}
	}
	rows, foot := table(t, dom, "periods")
	if len(rows) != p0Periods {
		t.Fatalf("provider table: %d rows, want %d", len(rows), p0Periods)
	}
	net := new(big.Int)
	for _, r := range rows {
		net.Add(net, r[1]) // gross, net
	}
	if foot[1].Cmp(net) != 0 || foot[1].Cmp(credited) != 0 {
		t.Errorf("provider table: total net %s, rows sum %s, contract credited %s (balance %s + withdrawn %s)", foot[1], net, credited, bal, withdrawn)
	}
	wrows, wfoot := table(t, dom, "withdrawals")
	if len(wrows) != 1 || wfoot[0].Cmp(withdrawn) != 0 {
		t.Errorf("withdrawals table: %d rows, total %v, want 1 and %s", len(wrows), wfoot, withdrawn)
	}
	if !strings.Contains(dom, "<td>#0</td>") {
		t.Error("provider page names no ledger batch for its first period")
	}
	if !strings.Contains(dom, "yes: credited − withdrawn = balance") {
		t.Error("provider page does not show that its totals match the contract")
	}
	if !strings.Contains(dom, `href="/dashboard/explain?`) {
		t.Error("provider page links no period to its explanation")
	}
	// The price in force per TiB-month (the contract's price at that block, in the
	// contract's conversion) and every amount's wei beside its ether.
	pinfo, err := c.At(at.height).Provider(ctx, pi)
	if err != nil {
		t.Fatal(err)
	}
	if want := units.FormatPrice(pinfo.Price, units.EtherToken, d.Params().BlockTimeMs); !strings.Contains(dom, `data-price="`+pinfo.Price.String()+`"`) || !strings.Contains(dom, want) {
		t.Errorf("provider page does not show the price in force %s (%s)", want, pinfo.Price)
	}
	if !strings.Contains(dom, `<small class="wei">`) || !strings.Contains(dom, `id="provider-next">none<`) {
		t.Error("provider page: no wei beside the ether amounts, or a pending change where none is scheduled")
	}
	run("provider-phone", "http://"+p0.Status+"/dashboard/", 390, 1600)
	ex := run0(ctx, t, browser, "explain", "http://"+p0.Status+rowsExplain(dom), shots)
	if !strings.Contains(ex, "floor(st × price / 1e18) = gross") {
		t.Errorf("explain page does not check st × price:\n%.1500s", ex)
	}
	if !strings.Contains(ex, `<table id="samples">`) || !regexp.MustCompile(`integral of the samples[^<]*</td><td[^>]*>\d+ byte·blocks`).MatchString(ex) {
		t.Errorf("explain page shows no samples from the ledger or no integral:\n%.3000s", ex)
	}
	// Challenge results per keeper, from the ledger's records: every keeper that
	// challenged p0 is named with its count.
	cres := dom[strings.Index(dom, `<table id="challenges"`):]
	cres = cres[:strings.Index(cres, "</table>")]
	if n := strings.Count(cres, "<tr>") - 1; n < 3 {
		t.Errorf("provider page: challenge results of %d keepers, want ≥ 3 (q):\n%s", n, cres)
	}

	// ---- keeper page, on k0's status address
	k0 := d.Keepers[0]
	dom = run("keeper", "http://"+k0.Status+"/dashboard/", 1280, 1500)
	at = onChain(ctx, t, c, dom, pi, p0.Address)
	tes = at.tes
	for _, id := range []string{"chart-rewards", "chart-gas", "chart-latency"} {
		if n := points(t, dom, id); n != len(tes) {
			t.Errorf("keeper %s: %d points, want %d (one per paid period)", id, n, len(tes))
		}
	}
	k0id, _, err := c.Registry().KeeperOf(ctx, k0.Address)
	if err != nil {
		t.Fatal(err)
	}
	ktot, err := c.At(at.height).KeeperTotals(ctx, k0id)
	if err != nil {
		t.Fatal(err)
	}
	kearned := ktot.Earned // credited in total by that block, vesting or not, withdrawn or not
	rows, foot = table(t, dom, "periods")
	earned := new(big.Int)
	for _, r := range rows {
		earned.Add(earned, r[0])
	}
	if len(rows) != len(tes) || foot[0].Cmp(earned) != 0 || earned.Cmp(kearned) != 0 {
		t.Errorf("keeper table: %d rows (want %d), total %s, rows %s, contract %s", len(rows), len(tes), foot[0], earned, kearned)
	}
	// Vesting and bond as the contract accounts them at that block.
	kbond, err := c.At(at.height).BondOf(ctx, k0id)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]*big.Int{"keeper-locked": ktot.Locked, "keeper-bond": kbond} {
		if m := regexp.MustCompile(`id="` + id + `"><span class="money" data-wei="(\d+)"`).FindStringSubmatch(dom); m == nil || m[1] != want.String() {
			t.Errorf("keeper page %s: %v, contract %s", id, m, want)
		}
	}
	locked := new(big.Int)
	for _, r := range rows {
		locked.Add(locked, r[1]) // earned, locked, unlocked, withdrawn, gas
	}
	if locked.Cmp(ktot.Locked) != 0 || !strings.Contains(dom, "unlocks at block") {
		t.Errorf("keeper table: locked per period sums to %s, contract %s", locked, ktot.Locked)
	}
	for _, want := range []string{"ledger head", "records produced", "of 3 keepers"} {
		if !strings.Contains(dom, want) {
			t.Errorf("keeper page does not show %q", want)
		}
	}

	// ---- user page, served as `whitepay user dashboard` serves it, over an RPC
	// that the test can take down (a proxy in front of the devnet's endpoint).
	var down atomic.Bool
	target, _ := url.Parse(d.RPCURL())
	proxy := httputil.NewSingleHostReverseProxy(target)
	rpcSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "rpc down", http.StatusBadGateway)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	defer rpcSrv.Close()
	eth, err := ethclient.DialContext(ctx, rpcSrv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	uc, err := upkeeping.New(ctx, eth, c.Address)
	if err != nil {
		t.Fatal(err)
	}
	h, err := dashboard.NewHistory(eth, uc, d.DeployBlock())
	if err != nil {
		t.Fatal(err)
	}
	store, err := da.Open(ctx, "dir:"+filepath.Join(d.DataDir(), "ledger"), da.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	vw := &dashboard.VerdictWatch{Contract: c.Address, Store: store, Chain: d.Client(), Ledger: "dir:DATADIR/ledger", Interval: time.Hour}
	vctx, vcancel := context.WithCancel(ctx)
	vdone := make(chan struct{})
	go func() { defer close(vdone); vw.Run(vctx) }()
	defer func() { vcancel(); <-vdone }()
	for vw.Verdict().State == "unknown" && ctx.Err() == nil {
		time.Sleep(100 * time.Millisecond)
	}
	mux := http.NewServeMux()
	web.Mount(mux, web.Config{Role: web.RoleUser, Histories: []*dashboard.History{h},
		Verdict: func(common.Address) *dashboard.Verdict { return vw.Verdict() }})
	userSrv := httptest.NewServer(mux)
	defer userSrv.Close()
	// The owner schedules a price change, a keeper group change and a surplus
	// withdrawal: the page lists what is still pending at the block it read.
	uopts, err := bind.NewKeyedTransactorWithChainID(d.UserKey(), d.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	ep0, err := c.Epoch(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, send := range []func() (*types.Transaction, error){
		func() (*types.Transaction, error) { return c.SetPrice(ctx, uopts, 1, big.NewInt(3e15)) },
		func() (*types.Transaction, error) { return c.ScheduleGroup(ctx, uopts, ep0.GroupID) },
		func() (*types.Transaction, error) { return c.RequestSurplus(ctx, uopts, d.User(), big.NewInt(1e12)) },
	} {
		tx, err := send()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Wait(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	dom = run("user", userSrv.URL+"/dashboard/", 1280, 1500)
	at = onChain(ctx, t, c, dom, pi, p0.Address)
	tes, paidAll = at.tes, at.paid
	// Runway and pending changes, against the contract's views at that block.
	ca := c.At(at.height)
	rp, _, rok, err := ca.Runway(ctx)
	if err != nil || !rok {
		t.Fatalf("runway: %v %v", rok, err)
	}
	if m := regexp.MustCompile(`id="runway"[^>]*data-periods="(\d+)"`).FindStringSubmatch(dom); m == nil || m[1] != fmt.Sprint(rp) {
		t.Errorf("user page runway %v, contract %d periods", m, rp)
	}
	wantKinds := map[string]int{}
	eps, _ := ca.Epochs(ctx)
	for _, e := range eps {
		if e.From > at.height {
			wantKinds["group"]++
		}
	}
	provs, _ := ca.Providers(ctx)
	for _, pr := range provs {
		if pr.Next != nil && pr.Next.At > at.height {
			wantKinds["price"]++
		}
	}
	if rq, _ := ca.SurplusRequest(ctx); rq.To != (common.Address{}) {
		wantKinds["surplus"]++
	}
	if wantKinds["surplus"] != 1 {
		t.Errorf("the surplus request is not pending on chain: %v", wantKinds)
	}
	for _, k := range []string{"group", "price", "surplus", "removal"} {
		if n := strings.Count(dom, `data-kind="`+k+`"`); n != wantKinds[k] {
			t.Errorf("user page lists %d pending %s changes, the contract %d at block %d", n, k, wantKinds[k], at.height)
		}
	}
	if !strings.Contains(dom, "/TiB-month") || !strings.Contains(dom, `<small class="wei">`) {
		t.Error("user page: no prices per TiB-month, or no wei beside ether")
	}
	for _, id := range []string{"chart-space", "chart-paid"} {
		if n := points(t, dom, id); n != len(tes) {
			t.Errorf("user %s: %d points, want %d", id, n, len(tes))
		}
	}
	_, foot = table(t, dom, "periods")
	if foot[0].Cmp(paidAll) != 0 {
		t.Errorf("user periods table: total %s, contract paid %s", foot[0], paidAll)
	}
	if !strings.Contains(dom, `class="badge ok">ok`) {
		t.Errorf("user page does not show the detector's verdict ok (%+v)", vw.Verdict())
	}
	if !strings.Contains(dom, "runway") || strings.Contains(dom, "Chain unreachable") {
		t.Error("user page: no runway, or an outage while the RPC is up")
	}

	// RPC down: the outage over the last figures, not a blank chart.
	down.Store(true)
	h.MinInterval = 0
	dom = run("user-rpc-down", userSrv.URL+"/dashboard/", 1280, 1500)
	if !regexp.MustCompile(`id="outage"[^>]*>Chain unreachable`).MatchString(dom) {
		t.Errorf("user page with the RPC down shows no outage:\n%.3000s", dom)
	}
	if n := points(t, dom, "chart-paid"); n != len(onChain(ctx, t, c, dom, pi, p0.Address).tes) {
		t.Errorf("user page with the RPC down: chart has %d points, want the last figures' %d", n, len(tes))
	}
	// A chain that never answered: the charts say why they are empty.
	// (h3 has never read the chain: the proxy is still down.)
	mux2 := http.NewServeMux()
	h3, err := dashboard.NewHistory(eth, uc, 0) // never synced while the proxy is down
	if err != nil {
		t.Fatal(err)
	}
	web.Mount(mux2, web.Config{Role: web.RoleUser, Histories: []*dashboard.History{h3}})
	deadUser := httptest.NewServer(mux2)
	defer deadUser.Close()
	dom = run("user-never-synced", deadUser.URL+"/dashboard/", 1280, 900)
	if c := strings.Count(dom, `class="nodata"`); c != 2 {
		t.Errorf("user page on a chain that never answered: %d charts say why they are empty, want 2:\n%.3000s", c, dom)
	}

	// The alert rules' metrics exist on a real keeper's /metrics.
	body := get(ctx, t, "http://"+k0.Status+"/metrics")
	rules, err := os.ReadFile(filepath.Join("..", "..", "ops", "prometheus", "alerts.yml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ops.MetricNames(string(rules)) {
		if !regexp.MustCompile(`(?m)^` + m + `[{ ]`).MatchString(body) {
			t.Errorf("keeper /metrics has no %s, which the alert rules name", m)
		}
	}

	if *shotsDir != "" {
		if err := os.MkdirAll(*shotsDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range []string{"provider", "provider-phone", "keeper", "user", "user-rpc-down", "user-never-synced", "explain"} {
			b, err := os.ReadFile(filepath.Join(shots, n+".png"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(*shotsDir, n+".png"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// chromium runs Debian's headless Chromium on one page with a fresh profile, saves
// its screenshot to shot and returns the rendered DOM (--dump-dom). The virtual time
// budget lets the page fetch its data and draw (its polling timer fires within it).
func chromium(ctx context.Context, t *testing.T, browser, u string, w, h int, shot string) string {
	t.Helper()
	var errs []string
	for attempt := 1; attempt <= 3; attempt++ { // a browser that crashes on start is tried again, with a new profile
		cctx, cancel := context.WithTimeout(ctx, 90*time.Second)
		cmd := exec.CommandContext(cctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
			"--user-data-dir="+t.TempDir(), "--hide-scrollbars", fmt.Sprintf("--window-size=%d,%d", w, h),
			"--virtual-time-budget=6000", "--dump-dom", "--screenshot="+shot, u)
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		cancel()
		if err == nil {
			if _, err := os.Stat(shot); err != nil {
				t.Fatalf("chromium %s: no screenshot: %v\n%s", u, err, errb.String())
			}
			return out.String()
		}
		errs = append(errs, fmt.Sprintf("attempt %d: %v", attempt, err))
		t.Logf("chromium %s: attempt %d: %v", u, attempt, err)
		if ctx.Err() != nil {
			break
		}
	}
	t.Fatalf("chromium %s: %s", u, strings.Join(errs, "; "))
	return ""
}

func run0(ctx context.Context, t *testing.T, browser, name, u, shots string) string {
	return chromium(ctx, t, browser, u, 900, 1300, filepath.Join(shots, name+".png"))
}

// rowsExplain is the first explain link of a page.
func rowsExplain(dom string) string {
	m := regexp.MustCompile(`href="(/dashboard/explain\?[^"]+)"`).FindStringSubmatch(dom)
	if m == nil {
		return "/dashboard/explain"
	}
	return strings.ReplaceAll(m[1], "&amp;", "&")
}

// points is the number of points a chart drew (data-points, set from the uPlot
// instance's data after drawing).
func points(t *testing.T, dom, id string) int {
	t.Helper()
	m := regexp.MustCompile(`id="` + id + `"[^>]*data-points="(\d+)"`).FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("no chart %s in the page", id)
	}
	var n int
	fmt.Sscan(m[1], &n)
	return n
}

var weiAttr = regexp.MustCompile(`data-wei="(-?\d+)"`)

// table returns the exact amounts (data-wei) of each body row of table id, and of its
// footer.
func table(t *testing.T, dom, id string) ([][]*big.Int, []*big.Int) {
	t.Helper()
	i := strings.Index(dom, `<table id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no table %s in the page", id)
	}
	tb := dom[i:]
	tb = tb[:strings.Index(tb, "</table>")]
	body := tb[strings.Index(tb, "<tbody>"):strings.Index(tb, "</tbody>")]
	foot := tb[strings.Index(tb, "<tfoot>"):]
	amounts := func(s string) []*big.Int {
		var out []*big.Int
		for _, m := range weiAttr.FindAllStringSubmatch(s, -1) {
			v, _ := new(big.Int).SetString(m[1], 10)
			out = append(out, v)
		}
		return out
	}
	var rows [][]*big.Int
	for _, r := range strings.Split(body, "<tr>")[1:] {
		rows = append(rows, amounts(r))
	}
	return rows, amounts(foot)
}

// chainAt is what the contract says at one block, read without package dashboard.
type chainAt struct {
	height             uint64
	periods            int // paid entries of the provider
	tes                map[uint64]bool
	paid               *big.Int // Σ entry amounts, every provider
	withdrawn, balance *big.Int // of the provider
}

// onChain reads the contract at the block a page's data was read at (body
// data-height).
func onChain(ctx context.Context, t *testing.T, c *upkeeping.Contract, dom string, provider uint32, account common.Address) chainAt {
	t.Helper()
	m := regexp.MustCompile(`data-height="(\d+)"`).FindStringSubmatch(dom)
	if m == nil {
		t.Fatal("the page does not say which block its data was read at")
	}
	var at chainAt
	fmt.Sscan(m[1], &at.height)
	pays, err := c.FilterPayments(ctx, 0, &at.height)
	if err != nil {
		t.Fatal(err)
	}
	at.tes, at.paid = map[uint64]bool{}, new(big.Int)
	for _, p := range pays {
		at.paid.Add(at.paid, p.Amount)
		at.tes[p.Te] = true
		if p.Provider == provider {
			at.periods++
		}
	}
	at.withdrawn = withdrawnBy(ctx, t, c, account, &at.height)
	if at.balance, err = c.At(at.height).BalanceOf(ctx, account); err != nil {
		t.Fatal(err)
	}
	return at
}

func withdrawnBy(ctx context.Context, t *testing.T, c *upkeeping.Contract, a common.Address, to *uint64) *big.Int {
	t.Helper()
	ws, err := c.FilterWithdrawals(ctx, 0, to)
	if err != nil {
		t.Fatal(err)
	}
	sum := new(big.Int)
	for _, w := range ws {
		if w.Account == a {
			sum.Add(sum, w.Amount)
		}
	}
	return sum
}

func get(ctx context.Context, t *testing.T, u string) string {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}
