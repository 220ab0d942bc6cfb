package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/dashboard"
	"github.com/whitepay/whitepay/dashboard/web"
	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/upkeeping"
)

var (
	buildOnce sync.Once
	buildPath string
	buildErr  error
)

// whitepayBinary builds the whitepay binary once per test run (the devnet's --procs
// mode runs it as the keeper and provider processes). It is built with -tags faults,
// so that the fault devnets (faultnet) can use it too: without a faults.json in a
// keeper's data directory it behaves as the product binary (faults_on.go). The
// product build itself is this test binary (runWhitepay), whose refusal of fault
// injection TestProductHasNoFaults checks.
func whitepayBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "whitepay-bin-")
		if err != nil {
			buildErr = err
			return
		}
		buildPath = filepath.Join(dir, "whitepay")
		out, err := exec.Command("go", "build", "-tags", "faults", "-o", buildPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return buildPath
}

// payReport decodes the report a pay transaction carried.
func payReport(t *testing.T, d *devnet.Devnet, tx common.Hash) *report.Report {
	t.Helper()
	ctx := context.Background()
	txn, _, err := d.Client().TransactionByHash(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	abi, err := bindings.UpkeepingMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	args, err := abi.Methods["pay"].Inputs.Unpack(txn.Data()[4:])
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Decode(args[0].([]byte))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func bigOf(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("not a number: %q", s)
	}
	return v
}

// TestDevnetPaysExactly runs the in-process devnet on the embedded chain (3
// periods, 4 keepers, 3 providers with 2 pieces each; provider 2 loses a piece
// after the first payment) and checks every payment against the contract's rules
// and against `whitepay spacetime` fed with the keepers' records; then the user,
// provider and keeper CLIs against the same chain.
func TestDevnetPaysExactly(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var progress syncBuffer
	var lostAt uint64
	var heldMu sync.Mutex
	heldAt := map[uint64]map[*devnet.Member]map[common.Address][]*challenge.ChalRecord{}
	opts := devnet.Options{
		Keepers: 4, Providers: 3, Periods: 3, Pieces: 2, PieceSize: 64 << 10,
		BlockPeriod: 250 * time.Millisecond, DataDir: t.TempDir(), ServeRPC: true, Progress: &progress,
		OnReport: func(d *devnet.Devnet, r devnet.ReportSummary) {
			if lostAt == 0 {
				if err := d.LosePiece(2, 1); err != nil {
					t.Errorf("lose piece: %v", err)
				}
				lostAt = r.Te
			}
			// The records each keeper holds below te when te is paid: a keeper prunes
			// a period's records once later batches are published (keeper/prune), so
			// the check of every entry below reads them as they were at its payment.
			snap := map[*devnet.Member]map[common.Address][]*challenge.ChalRecord{}
			for _, k := range d.Keepers {
				n := d.KeeperNode(k)
				if n == nil {
					continue
				}
				snap[k] = map[common.Address][]*challenge.ChalRecord{}
				for _, m := range d.Providers {
					recs, err := n.Records().Records(d.Contract().Address, m.Address, 0, r.Te)
					if err != nil {
						t.Errorf("records of %s at te %d: %v", k.Name, r.Te, err)
						continue
					}
					snap[k][m.Address] = recs
				}
			}
			heldMu.Lock()
			heldAt[r.Te] = snap
			heldMu.Unlock()
		},
	}
	d, err := devnet.New(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := d.Run(ctx)
	if err != nil {
		t.Fatalf("%v\n%s", err, progress.String())
	}
	if s.PeriodsPaid != 3 || s.FailedPayments != 0 || len(s.Reports) == 0 {
		t.Fatalf("summary: %+v\n%s", s, progress.String())
	}
	c := d.Contract()
	p := d.Params()

	// The devnet goes on paying after Run returns: take every keeper's records now,
	// then stop all keepers but k0 (whose status endpoint `user status` reads), so that
	// no further report reaches quorum while balances and withdrawals are checked.
	var lastTe uint64
	for _, rs := range s.Reports {
		lastTe = max(lastTe, rs.Te)
	}
	held := map[*devnet.Member]map[common.Address][]*challenge.ChalRecord{}
	for _, m := range d.Providers {
		for _, k := range d.Keepers {
			n := d.KeeperNode(k)
			if n == nil {
				t.Fatalf("keeper %s not running", k.Name)
			}
			recs, err := n.Records().Records(c.Address, m.Address, 0, lastTe)
			if err != nil {
				t.Fatal(err)
			}
			if held[k] == nil {
				held[k] = map[common.Address][]*challenge.ChalRecord{}
			}
			held[k][m.Address] = recs
		}
	}
	for _, k := range d.Keepers[1:] {
		if err := d.StopMember(k); err != nil {
			t.Fatal(err)
		}
	}

	// Every entry: amount = floor(st × price / 1e18); the split as the contract specifies (SPEC 8).
	wantBal := map[common.Address]*big.Int{}
	credit := func(a common.Address, v *big.Int) {
		if wantBal[a] == nil {
			wantBal[a] = new(big.Int)
		}
		wantBal[a].Add(wantBal[a], v)
	}
	provAddr := map[uint32]common.Address{}
	price := map[uint32]*big.Int{}
	for _, m := range d.Providers {
		info, err := c.Provider(ctx, uint32(m.Index))
		if err != nil {
			t.Fatal(err)
		}
		provAddr[uint32(m.Index)], price[uint32(m.Index)] = info.Account, info.Price
	}
	paidOnce := map[[2]uint64]bool{}
	lastSt := map[uint32]*big.Int{}
	total := new(big.Int)
	for _, rs := range s.Reports {
		r := payReport(t, d, rs.Tx)
		if r.Te != rs.Te || r.Leader != rs.Leader || len(r.Entries) != len(rs.Entries) {
			t.Fatalf("report %d: calldata %+v vs events %+v", rs.Te, r, rs)
		}
		rtotal, provShares := new(big.Int), new(big.Int)
		for i, e := range rs.Entries {
			st, amount := bigOf(t, e.St), bigOf(t, e.Amount)
			if want := new(big.Int).Quo(new(big.Int).Mul(st, price[e.Provider]), upkeeping.PriceScale); want.Cmp(amount) != 0 {
				t.Fatalf("report %d provider %d: amount %s, floor(st × price / 1e18) = %s", rs.Te, e.Provider, amount, want)
			}
			if r.Entries[i].St.Cmp(st) != 0 || r.Entries[i].Provider != e.Provider || r.Entries[i].Ts != e.Ts {
				t.Fatalf("report %d entry %d: calldata %+v vs event %+v", rs.Te, i, r.Entries[i], e)
			}
			key := [2]uint64{uint64(e.Provider), e.Ts}
			if paidOnce[key] {
				t.Fatalf("provider %d paid twice from %d", e.Provider, e.Ts)
			}
			paidOnce[key] = true
			share := new(big.Int).Div(new(big.Int).Mul(amount, big.NewInt(int64(p.ProviderShareBps))), big.NewInt(10000))
			credit(provAddr[e.Provider], share)
			provShares.Add(provShares, share)
			rtotal.Add(rtotal, amount)
			lastSt[e.Provider] = st
		}
		total.Add(total, rtotal)
		if bigOf(t, rs.Total).Cmp(rtotal) != 0 {
			t.Fatalf("report %d: total %s, entries sum to %s", rs.Te, rs.Total, rtotal)
		}
		bonus := new(big.Int).Div(new(big.Int).Mul(rtotal, big.NewInt(int64(p.LeaderBonusBps))), big.NewInt(10000))
		rest := new(big.Int).Sub(new(big.Int).Sub(rtotal, provShares), bonus)
		var paidKeepers []common.Address
		for _, k := range d.Keepers {
			if r.FailedBitmap.Bit(k.Index) == 0 {
				paidKeepers = append(paidKeepers, k.Address)
			}
			if uint32(k.Index) == r.Leader {
				credit(k.Address, bonus)
			}
		}
		each := new(big.Int).Div(rest, big.NewInt(int64(len(paidKeepers))))
		rem := new(big.Int).Sub(rest, new(big.Int).Mul(each, big.NewInt(int64(len(paidKeepers)))))
		if bigOf(t, rs.KeeperShare).Cmp(each) != 0 || bigOf(t, rs.Remainder).Cmp(rem) != 0 {
			t.Fatalf("report %d: keeper share %s remainder %s, want %s and %s", rs.Te, rs.KeeperShare, rs.Remainder, each, rem)
		}
		for _, a := range paidKeepers {
			credit(a, each)
		}
		credit(provAddr[rs.Entries[0].Provider], rem)
	}
	if total.String() != s.TotalPaidWei {
		t.Fatalf("total %s, summary says %s", total, s.TotalPaidWei)
	}
	for a, want := range wantBal {
		got, err := c.BalanceOf(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if id, isKeeper, err := c.Registry().KeeperOf(ctx, a); err != nil {
			t.Fatal(err)
		} else if isKeeper {
			// A keeper's credit vests (SPEC 8.1): what it has earned is withdrawable
			// now plus still locked.
			kt, err := c.KeeperTotals(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			got = new(big.Int).Add(kt.Available, kt.Locked)
		}
		if got.Cmp(want) != 0 {
			t.Fatalf("balance of %s: %s, want %s", a, got, want)
		}
	}
	if owed, _ := c.Owed(ctx); owed.Cmp(total) != 0 {
		t.Fatalf("owed %s, paid %s", owed, total)
	}
	// Provider 2 lost half its data after the first payment: paid less than provider 0.
	if lostAt == 0 || lastSt[2].Cmp(lastSt[0]) >= 0 {
		t.Fatalf("provider 2 lost a piece at %d but its last st %s is not below provider 0's %s", lostAt, lastSt[2], lastSt[0])
	}

	// Every entry's st and amount are what `whitepay spacetime` computes from the
	// records the keepers hold.
	dir := t.TempDir()
	for _, rs := range s.Reports {
		for _, e := range rs.Entries {
			type key struct {
				h uint64
				k common.Address
			}
			samples := map[key]string{}
			heldMu.Lock()
			atPay, ok := heldAt[e.Te]
			heldMu.Unlock()
			if !ok {
				atPay = held
			}
			for _, k := range d.Keepers {
				for _, r := range atPay[k][provAddr[e.Provider]] {
					if r.Height >= e.Te {
						break // records are in height order
					}
					idx := -1
					for _, kk := range d.Keepers {
						if kk.Address == r.Keeper {
							idx = kk.Index
						}
					}
					samples[key{r.Height, r.Keeper}] = fmt.Sprintf("%d,%d,%s", r.Height, idx, r.Space)
				}
			}
			lines := make([]string, 0, len(samples))
			for _, l := range samples {
				lines = append(lines, l)
			}
			sort.Strings(lines)
			path := filepath.Join(dir, fmt.Sprintf("p%d-%d.csv", e.Provider, e.Te))
			if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			out, err := execRoot(t, "", "spacetime", "--ts", strconv.FormatUint(e.Ts, 10), "--te", strconv.FormatUint(e.Te, 10),
				"--stale", strconv.FormatUint(p.Stale, 10), "--samples", path, "--price", price[e.Provider].String())
			if err != nil {
				t.Fatal(err)
			}
			var st spacetimeOutput
			if err := json.Unmarshal([]byte(out), &st); err != nil {
				t.Fatal(err)
			}
			if st.St != e.St || st.Amount != e.Amount {
				t.Errorf("provider %d [%d,%d): paid st %s amount %s; whitepay spacetime on %d records: st %s amount %s",
					e.Provider, e.Ts, e.Te, e.St, e.Amount, len(lines), st.St, st.Amount)
			}
		}
	}

	// The providers' payment watchers saw every payment.
	for _, m := range d.Providers {
		want := new(big.Int)
		for _, rs := range s.Reports {
			for _, e := range rs.Entries {
				if e.Provider == uint32(m.Index) {
					want.Add(want, bigOf(t, e.Amount))
				}
			}
		}
		waitFor(t, "payment watcher of "+m.Name, 10*time.Second, func() bool {
			st, err := d.MemberStatus(ctx, m)
			if err != nil {
				return false
			}
			ps, _ := st["payments"].([]any)
			if len(ps) != 1 {
				return false
			}
			got, _ := ps[0].(map[string]any)["total_paid"].(string)
			return got == want.String()
		})
	}

	// user status, provider withdraw and keeper withdraw against the same chain.
	out, err := execRoot(t, "", "user", "status", "--rpc", d.RPCURL(), "--contract", c.Address.Hex(), "--json",
		"--keeper-status", d.Keepers[0].Status, "--runway-warn", "1000000000")
	if err != nil {
		t.Fatal(err)
	}
	var st statusResult
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Providers) != 3 || len(st.Keepers) != 4 || st.Owed != total.String() {
		t.Fatalf("status: %s", out)
	}
	// Real units beside wei, the runway and its warning (issue 12 item 4).
	if !strings.Contains(st.FundsUnits, "ETH") || !strings.Contains(st.Providers[0].PriceMonth, "/TiB-month") ||
		st.RunwayPeriods == nil || len(st.Warnings) == 0 || !strings.Contains(strings.Join(st.Warnings, "\n"), "runway") {
		t.Fatalf("status units/runway: %s", out)
	}
	for _, sp := range st.Providers {
		if sp.Balance != wantBal[sp.Address].String() || sp.Orders == nil || *sp.Orders != 2 || sp.LastPaid < s.PeriodEnds[2] || sp.ProvenSpace == "0" {
			t.Fatalf("status of provider %d: %+v (want balance %s)\n%s", sp.Index, sp, wantBal[sp.Address], out)
		}
	}
	for _, m := range []*devnet.Member{d.Providers[0], d.Keepers[1]} {
		before := wantBal[m.Address]
		if m.Role == "keeper" {
			// A keeper withdraws what has vested (SPEC 8.1); the rest stays locked.
			if before, err = c.BalanceOf(ctx, m.Address); err != nil {
				t.Fatal(err)
			}
		}
		out, err := execRoot(t, "", m.Role, "withdraw", "--config", m.ConfigPath(), "--json")
		if err != nil {
			t.Fatalf("%s withdraw: %v", m.Role, err)
		}
		var res txResult
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		after, _ := c.BalanceOf(ctx, m.Address)
		if m.Role == "keeper" {
			// More may vest between the read and the withdrawal (a new period began).
			if got, ok := new(big.Int).SetString(res.Amount, 10); !ok || got.Cmp(before) < 0 || got.Sign() == 0 {
				t.Fatalf("keeper withdraw: %s, had %s vested", out, before)
			}
			continue
		}
		if res.Amount != before.String() || after.Sign() != 0 {
			t.Fatalf("%s withdraw: %s, had %s, left %s", m.Name, out, before, after)
		}
	}
	// The dashboard pages and the CLI statements show the same figures: one code
	// path (issue 17). The keepers that could pay are stopped, so nothing moves.
	head, err := d.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	comparePageWithCLI(t, d, d.Providers[0], head, "provider", "payments")
	comparePageWithCLI(t, d, d.Keepers[0], head, "keeper", "rewards")
	compareUserPageWithStatus(ctx, t, d)
	t.Logf("devnet: %d reports, agreement latency %.3fs, gas per provider payment %.0f, wall %.1fs",
		len(s.Reports), s.AgreementLatencyS, s.GasPerProviderPayment, s.WallS)
}

// devnetJSON runs the built binary with args and decodes its summary.
func devnetJSON(t *testing.T, bin string, args ...string) (*devnet.Summary, string) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"devnet"}, args...)...)
	var out, errb syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("whitepay devnet %v: %v\nstdout:\n%s\nstderr:\n%s", args, err, out.String(), errb.String())
	}
	var s devnet.Summary
	if err := json.Unmarshal([]byte(out.String()), &s); err != nil {
		t.Fatalf("summary: %v\n%s", err, out.String())
	}
	return &s, errb.String()
}

// TestDevnetBinary runs the built binary's `devnet --periods 3 --json` on the
// embedded chain, with --procs, and with --rpc against a geth --dev the test
// starts: each exits 0 with every period paid and nothing failed.
func TestDevnetBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("long (minutes): runs whole devnets; CI runs it without -short")
	}
	bin := whitepayBinary(t)
	check := func(t *testing.T, s *devnet.Summary, stderr string, providers int) {
		t.Helper()
		if s.PeriodsPaid != 3 || s.FailedPayments != 0 || s.Payments < 3*providers || bigOf(t, s.TotalPaidWei).Sign() <= 0 {
			t.Fatalf("summary %+v\n%s", s, stderr)
		}
		if !strings.Contains(stderr, "period 3/3 paid") {
			t.Fatalf("no live progress on stderr:\n%s", stderr)
		}
	}
	t.Run("embedded", func(t *testing.T) {
		// Issue 12 "must show": a real price per TiB-month, every period paid, every
		// amount floor(st × price / 1e18) for the price the CLI converted.
		s, stderr := devnetJSON(t, bin, "--price", "0.0005eth/TiB-month", "--periods", "3", "--json")
		check(t, s, stderr, 3)
		checkPriceUnits(t, s, "0.0005eth/TiB-month")
		t.Logf("embedded: wall %.1fs, agreement latency %.3fs, gas per provider payment %.0f", s.WallS, s.AgreementLatencyS, s.GasPerProviderPayment)
	})
	t.Run("procs", func(t *testing.T) {
		// Twenty users' contracts on one keeper group (issue 14): every contract
		// paid every period, and every node's JSON-RPC calls counted at the chain
		// endpoint. The keepers' chain reads that do not depend on payments are
		// flat in the number of contracts: one log query per new head for all of
		// them (was one per contract per block, and six eth_calls per contract per
		// block), and what remains is per payment.
		const users = 20
		// Periods of 40 blocks (20 s) and challenges every 4 s: twenty contracts
		// on four keeper processes of a 2-core machine.
		s, stderr := devnetJSON(t, bin, "--procs", "--users", strconv.Itoa(users), "--periods", "3", "--period", "40", "--challenge-every", "4s", "--json")
		check(t, s, stderr, 3)
		if !s.Procs {
			t.Fatal("not run as processes")
		}
		if len(s.ExtraContracts) != users-1 {
			t.Fatalf("%d extra contracts, want %d", len(s.ExtraContracts), users-1)
		}
		for _, c := range s.ExtraContracts {
			if c.PeriodsPaid != 3 || c.Payments < 3 {
				t.Fatalf("contract %s: %+v\n%s", c.Address, c, stderr)
			}
		}
		r := s.RPC
		if r == nil || r.Contracts != users || r.Blocks == 0 || len(r.Callers) != 7 {
			t.Fatalf("rpc count: %+v", r)
		}
		for _, c := range r.Callers {
			if c.Calls == 0 || c.Methods["eth_call"] == 0 || c.Requests == 0 {
				t.Fatalf("rpc count of %s: %+v", c.Caller, c)
			}
		}
		st := r.Steady
		if st == nil || st.Blocks == 0 || s.Costs == nil || s.Costs.Steady == nil || s.Costs.Steady.ContractPeriods != 2*users {
			t.Fatalf("no steady window: rpc %+v costs %+v", st, s.Costs)
		}
		cps := float64(s.Costs.Steady.ContractPeriods)
		for _, c := range st.Callers {
			if !strings.HasPrefix(c.Caller, "k") {
				continue
			}
			// Counts, not timings: one log query per new head at most (plus
			// a ledger's one-time backfill), whatever the number of contracts.
			if logs := float64(c.Methods["eth_getLogs"]) / float64(st.Blocks); logs > 2 {
				t.Errorf("%s: %.1f eth_getLogs per block for %d contracts (want ≤ 2: one query for all)", c.Caller, logs, users)
			}
			// The contract state is read on its events, not every block: a
			// contract-period (20 blocks) costs a few reads (the payment, its
			// ledger batch), not 6 per block.
			if calls := float64(c.Methods["eth_call"]) / cps; calls > 20 {
				t.Errorf("%s: %.1f eth_calls per contract-period (want ≤ 20): %v", c.Caller, calls, c.EthCalls)
			}
		}
		// Issue 14's bound: at most 10 calls per block per keeper (here half a
		// payment per block; 10 and 50 users at equal payments per block measure
		// the same). Providers follow the chain the same way (one watcher).
		if st.KeeperCallsPerBlock > 10 || st.ProviderCallsPerBlock > 10 {
			t.Errorf("steady JSON-RPC calls per block: %.1f per keeper, %.1f per provider (want ≤ 10 each, flat in the %d contracts)",
				st.KeeperCallsPerBlock, st.ProviderCallsPerBlock, users)
		}
		for _, k := range s.Costs.Steady.Keepers {
			if k.CPUS <= 0 || k.MaxRSSBytes == 0 || k.SentBytes == 0 {
				t.Fatalf("keeper costs not measured: %+v", k)
			}
		}
		t.Logf("procs (%d contracts): JSON-RPC calls per block per keeper %.1f over the run, %.1f steady (blocks %d..%d); per provider %.1f",
			users, r.KeeperCallsPerBlock, st.KeeperCallsPerBlock, st.FromBlock, st.ToBlock, r.ProviderCallsPerBlock)
		t.Logf("procs: keeper CPU %.3f s and %.0f libp2p bytes sent per contract-period (steady), max RSS %.0f MiB; wall %.1fs",
			s.Costs.Steady.CPUSPerContractPeriod, s.Costs.Steady.SentBytesPerContractPeriod, float64(s.Costs.Steady.MaxRSSBytes)/(1<<20), s.WallS)
	})
	t.Run("rpc", func(t *testing.T) {
		g := startGeth(t)
		s, stderr := devnetJSON(t, bin, "--rpc", g.URL(), "--periods", "3", "--json")
		check(t, s, stderr, 3)
		if s.Chain != g.URL() {
			t.Fatalf("chain %q", s.Chain)
		}
		t.Logf("rpc: wall %.1fs, agreement latency %.3fs", s.WallS, s.AgreementLatencyS)
	})
}

// TestDevnetUsage checks the devnet's command-line errors (exit 2).
func TestDevnetUsage(t *testing.T) {
	for _, args := range [][]string{
		{"devnet", "--keepers", "0", "--providers", "-1"},
		{"devnet", "--price", "x"},
		{"devnet", "--periods", "-2"},
	} {
		_, errOut, code := runWhitepay(t, "", args...)
		if code != exitUsage {
			t.Fatalf("%v: exit %d, want %d (%s)", args, code, exitUsage, errOut)
		}
	}
}

// startGeth starts a geth --dev node for the test (stopped at cleanup). Without a
// geth binary (scripts/deps.sh installs it) the test fails, saying so.
func startGeth(t *testing.T) *chain.Geth {
	t.Helper()
	if _, err := chain.FindGeth(); err != nil {
		t.Fatalf("%v: run scripts/deps.sh to install geth %s", err, chain.GethVersion)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	g, err := chain.StartGeth(ctx, chain.GethOptions{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Stop() })
	return g
}

// comparePageWithCLI checks that member m's dashboard page (GET /dashboard/api/page
// on its status address, read at a block ≥ head) shows exactly the periods, totals
// and withdrawals of `whitepay ROLE CMD --json` for the same account and ledger.
func comparePageWithCLI(t *testing.T, d *devnet.Devnet, m *devnet.Member, head uint64, role, cmd string) {
	t.Helper()
	var page map[string]any
	waitFor(t, m.Name+"'s dashboard page at block "+strconv.FormatUint(head, 10), 20*time.Second, func() bool {
		resp, err := http.Get("http://" + m.Status + "/dashboard/api/page")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		page = nil
		if json.NewDecoder(resp.Body).Decode(&page) != nil {
			return false
		}
		h, _ := page["height"].(float64)
		return uint64(h) >= head
	})
	out, err := execRoot(t, "", role, cmd, "--rpc", d.RPCURL(), "--account", m.Address.Hex(), "--contract", d.Contract().Address.Hex(),
		"--da", d.DA(), "--json")
	if err != nil {
		t.Fatalf("%s %s: %v", role, cmd, err)
	}
	var cli []map[string]any
	if err := json.Unmarshal([]byte(out), &cli); err != nil || len(cli) != 1 {
		t.Fatalf("%s %s --json: %v\n%s", role, cmd, err, out)
	}
	periods, _ := page["periods"].([]any)
	for _, p := range periods {
		delete(p.(map[string]any), "explain") // the page's link; the CLI prints the command instead
	}
	if len(periods) < 3 {
		t.Fatalf("%s page: %d periods, want ≥ 3", m.Name, len(periods))
	}
	keys := []string{"periods", "totals", "withdrawals", "terms"} // terms: price per TiB-month in force, pending change
	if role == "keeper" {
		keys = []string{"periods", "totals", "withdrawals", "bond", "vest_periods"}
	}
	for _, k := range keys {
		if _, ok := page[k]; !ok {
			t.Errorf("%s page has no %s", m.Name, k)
		}
		if !reflect.DeepEqual(page[k], cli[0][k]) {
			a, _ := json.MarshalIndent(page[k], "", " ")
			b, _ := json.MarshalIndent(cli[0][k], "", " ")
			t.Errorf("%s: the page's %s differ from `whitepay %s %s --json`:\npage:\n%s\ncli:\n%s", m.Name, k, role, cmd, a, b)
		}
	}
	if tot, _ := page["totals"].(map[string]any); tot["consistent"] != true {
		t.Errorf("%s page: totals not consistent with the contract: %v", m.Name, tot)
	}
	if p0, _ := periods[0].(map[string]any); p0["batch"] == nil {
		t.Errorf("%s page: period %v names no ledger batch", m.Name, p0["te"])
	}
}

// compareUserPageWithStatus schedules one change of each kind as the contract's
// owner (provider 1's new price, provider 2's removal, a keeper group change, a
// surplus withdrawal) and checks that the user page (GET /dashboard/api/page, served
// as `whitepay user dashboard` serves it) shows the runway and the pending changes
// exactly as `whitepay user status --json` does — the one code path of
// statement.RunwayOf and statement.PendingOf — and each provider's terms as status
// prints them. Nothing is paid meanwhile (the keepers are stopped).
func compareUserPageWithStatus(ctx context.Context, t *testing.T, d *devnet.Devnet) {
	t.Helper()
	c, p := d.Contract(), d.Params()
	const warn = "1000000000" // the runway warning shows on both
	h, err := dashboard.NewHistory(d.Client(), c, d.DeployBlock())
	if err != nil {
		t.Fatal(err)
	}
	h.MinInterval = 0
	mux := http.NewServeMux()
	web.Mount(mux, web.Config{Role: web.RoleUser, Histories: []*dashboard.History{h}, RunwayWarn: 1000000000})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	// Just after a boundary, so that the changes' boundary (the first one a full
	// period on) is nearly two periods away: time for both reads.
	waitFor(t, "a period boundary", time.Minute, func() bool {
		n, err := d.Client().BlockNumber(ctx)
		return err == nil && n > p.Start && (n-p.Start)%p.Period < 3
	})
	opts, err := bind.NewKeyedTransactorWithChainID(d.UserKey(), d.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	ep0, err := c.Epoch(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	p1, err := c.Provider(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, send := range []func() (*types.Transaction, error){
		func() (*types.Transaction, error) {
			return c.SetPrice(ctx, opts, 1, new(big.Int).Mul(p1.Price, big.NewInt(2)))
		},
		func() (*types.Transaction, error) { return c.RemoveProvider(ctx, opts, 2) },
		func() (*types.Transaction, error) { return c.ScheduleGroup(ctx, opts, ep0.GroupID) },
		func() (*types.Transaction, error) { return c.RequestSurplus(ctx, opts, d.User(), big.NewInt(1e9)) },
	} {
		tx, err := send()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Wait(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	for attempt := 1; ; attempt++ {
		resp, err := http.Get(srv.URL + "/dashboard/api/page")
		if err != nil {
			t.Fatal(err)
		}
		var page map[string]any
		err = json.NewDecoder(resp.Body).Decode(&page)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		out, err := execRoot(t, "", "user", "status", "--rpc", d.RPCURL(), "--contract", c.Address.Hex(), "--json", "--runway-warn", warn)
		if err != nil {
			t.Fatal(err)
		}
		var st map[string]any
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatal(err)
		}
		hp, _ := page["height"].(float64)
		hc, _ := st["head"].(float64)
		lo, hi := min(uint64(hp), uint64(hc)), max(uint64(hp), uint64(hc))
		pending, _ := page["pending"].(map[string]any)
		groups, _ := pending["groups"].([]any)
		prices, _ := pending["prices"].([]any)
		removals, _ := pending["removals"].([]any)
		if len(groups) != 1 || len(prices) != 1 || len(removals) != 1 || pending["surplus"] == nil {
			t.Fatalf("user page at block %d: pending %v, want one group change, price change, removal and the surplus withdrawal", lo, pending)
		}
		if at, _ := groups[0].(map[string]any)["at"].(float64); uint64(at) > lo && uint64(at) <= hi && attempt < 3 {
			continue // the two reads straddle the boundary: read both again
		}
		for _, k := range []string{"runway", "pending"} {
			if !reflect.DeepEqual(page[k], st[k]) {
				a, _ := json.MarshalIndent(page[k], "", " ")
				b, _ := json.MarshalIndent(st[k], "", " ")
				t.Errorf("the user page's %s differ from `whitepay user status --json`:\npage:\n%s\nstatus:\n%s", k, a, b)
			}
		}
		if r, _ := page["runway"].(map[string]any); r["known"] != true || r["warning"] == "" || r["time"] == "" {
			t.Errorf("user page runway: %v", r)
		}
		pps, _ := page["providers"].([]any)
		sps, _ := st["providers"].([]any)
		if len(pps) != len(sps) || len(pps) != 3 {
			t.Fatalf("providers: page %d, status %d", len(pps), len(sps))
		}
		for i := range pps {
			terms := pps[i].(map[string]any)["terms"].(map[string]any)
			sp := sps[i].(map[string]any)
			if terms["price"].(map[string]any)["per_tib_month"] != sp["price_tib_month"] || terms["price"].(map[string]any)["contract"] != sp["price"] {
				t.Errorf("provider %d: page price %v, status %v / %v", i, terms["price"], sp["price_tib_month"], sp["price"])
			}
			next, _ := terms["next"].(map[string]any)
			if (next != nil) != (sp["next_at"] != nil) || next != nil && next["at"] != sp["next_at"] {
				t.Errorf("provider %d: page's pending change %v, status next %v at %v", i, next, sp["next_price"], sp["next_at"])
			}
		}
		return
	}
}

// checkPriceUnits checks a devnet summary run with --price spec: the contract's price
// is spec converted at the contract's block time (units.ParsePrice, the CLI's one
// conversion), shown back per TiB-month, and every entry paid exactly
// floor(st × price / 1e18) (settle.PaymentAmount, the explain/statement path's
// computation, and the same formula written out here).
func checkPriceUnits(t *testing.T, s *devnet.Summary, spec string) {
	t.Helper()
	want, err := units.ParsePrice(spec, units.EtherToken, s.BlockTimeMs)
	if err != nil || want.Sign() <= 0 {
		t.Fatalf("price %q at %d ms: %v %v", spec, s.BlockTimeMs, want, err)
	}
	if s.Price != want.String() {
		t.Fatalf("contract price %s, want %s (%s at %d ms blocks)", s.Price, want, spec, s.BlockTimeMs)
	}
	// Shown exactly as what the contract charges: at most 0.0005 ETH, short of it by
	// the rounding down of the conversion (under one contract unit per byte·block).
	num, ok := strings.CutSuffix(s.PricePerTiBMonth, " ETH/TiB-month")
	shown, ok2 := new(big.Rat).SetString(num)
	asked, _ := new(big.Rat).SetString("0.0005")
	if !ok || !ok2 || shown.Cmp(asked) > 0 || new(big.Rat).Sub(asked, shown).Cmp(big.NewRat(1, 1e12)) > 0 {
		t.Fatalf("price shown as %q, want 0.0005 ETH/TiB-month rounded down", s.PricePerTiBMonth)
	}
	paid := map[uint64]int{}
	total := new(big.Int)
	for _, r := range s.Reports {
		for _, e := range r.Entries {
			st, amount := bigOf(t, e.St), bigOf(t, e.Amount)
			floor := new(big.Int).Quo(new(big.Int).Mul(st, want), big.NewInt(1e18))
			if amount.Cmp(floor) != 0 || settle.PaymentAmount(st, want).Cmp(amount) != 0 {
				t.Fatalf("te %d provider %d: amount %s, floor(st %s × price %s / 1e18) = %s", r.Te, e.Provider, amount, st, want, floor)
			}
			if st.Sign() > 0 && amount.Sign() == 0 {
				t.Fatalf("te %d provider %d: st %s paid nothing: the price rounds away", r.Te, e.Provider, st)
			}
			paid[r.Te]++
			total.Add(total, amount)
		}
	}
	for _, te := range s.PeriodEnds {
		if paid[te] == 0 {
			t.Fatalf("period ending %d not paid: %v", te, paid)
		}
	}
	if total.String() != s.TotalPaidWei {
		t.Fatalf("entries sum to %s, summary says %s", total, s.TotalPaidWei)
	}
}
