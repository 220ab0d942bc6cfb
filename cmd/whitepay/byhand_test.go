package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/statement"
)

// readmeStep is one "# step NAME: what" block of the README's "Run a network by
// hand" section.
type readmeStep struct {
	name, what, script string
}

// readmeSteps reads the shell block of the README section "Run a network by hand".
func readmeSteps(t *testing.T) []readmeStep {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	i := strings.Index(text, "\n## Run a network by hand\n")
	if i < 0 {
		t.Fatal(`README.md has no section "Run a network by hand"`)
	}
	text = text[i:]
	start := strings.Index(text, "```sh\n")
	end := strings.Index(text[start+6:], "\n```")
	if start < 0 || end < 0 {
		t.Fatal("the section has no ```sh block")
	}
	head := regexp.MustCompile(`^# step ([a-z0-9-]+): (.*)$`)
	var steps []readmeStep
	for _, line := range strings.Split(text[start+6:start+6+end], "\n") {
		if m := head.FindStringSubmatch(line); m != nil {
			steps = append(steps, readmeStep{name: m[1], what: m[2]})
			continue
		}
		if len(steps) == 0 {
			if strings.TrimSpace(line) != "" {
				t.Fatalf("a command before the first step: %q", line)
			}
			continue
		}
		steps[len(steps)-1].script += line + "\n"
	}
	return steps
}

// byHandSteps are the steps of the README's walkthrough, in order (TestRunByHand
// runs each by name).
var byHandSteps = []string{"chain", "init", "fund", "deploy", "run", "upload", "paid", "check", "withdraw", "statements", "stop"}

// TestRunByHandScript checks, without running it, the README's walkthrough that
// TestRunByHand runs: bash parses it, it has exactly the steps the test runs, in
// order, each with commands, and every whitepay subcommand it calls exists.
func TestRunByHandScript(t *testing.T) {
	steps := readmeSteps(t)
	var names []string
	var all strings.Builder
	for _, s := range steps {
		names = append(names, s.name)
		if strings.TrimSpace(s.script) == "" {
			t.Errorf("step %s has no commands", s.name)
		}
		all.WriteString(s.script)
	}
	if strings.Join(names, " ") != strings.Join(byHandSteps, " ") {
		t.Fatalf("the README's steps are %v, the test runs %v", names, byHandSteps)
	}
	if out, err := exec.Command("bash", "-n", "-c", all.String()).CombinedOutput(); err != nil {
		t.Fatalf("bash -n: %v\n%s", err, out)
	}
	root := newRootCmd()
	for _, m := range regexp.MustCompile(`whitepay ((?:[a-z][a-z-]* ?)+)`).FindAllStringSubmatch(all.String(), -1) {
		c, rest, err := root.Find(strings.Fields(m[1]))
		if err != nil || c == root || (c.HasSubCommands() && len(rest) > 0) {
			t.Errorf("%q is not a whitepay command: %v", m[0], err)
		}
	}
}

// shell is one bash session running the README's steps in order: variables and
// background jobs persist from step to step; a failing command ends it (set -e).
type shell struct {
	t     *testing.T
	cmd   *exec.Cmd
	in    io.WriteCloser
	lines chan string
	log   *syncBuffer
}

func startShell(t *testing.T, env []string) *shell {
	t.Helper()
	cmd := exec.Command("bash", "--noprofile", "--norc")
	cmd.Env = env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	sh := &shell{t: t, cmd: cmd, in: in, lines: make(chan string, 1024), log: &syncBuffer{}}
	cmd.Stdout, cmd.Stderr = pw, sh.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			sh.log.Write([]byte(sc.Text() + "\n"))
			sh.lines <- sc.Text()
		}
		close(sh.lines)
	}()
	go func() { cmd.Wait(); pw.Close() }()
	fmt.Fprintln(in, "set -e")
	return sh
}

// run runs one step and returns its standard output; the step must finish
// within d.
func (sh *shell) run(s readmeStep, d time.Duration) string {
	sh.t.Helper()
	marker := fmt.Sprintf("__STEP_DONE_%s__", s.name)
	fmt.Fprintf(sh.in, "%s\necho %s\n", s.script, marker)
	var out strings.Builder
	start := time.Now()
	defer func() { sh.t.Logf("step %s: %.0f s", s.name, time.Since(start).Seconds()) }()
	timeout := time.After(d)
	for {
		select {
		case l, ok := <-sh.lines:
			if !ok {
				sh.t.Fatalf("step %s (%s): the shell exited (a command failed); output:\n%s", s.name, s.what, sh.log.String())
			}
			if l == marker {
				return out.String()
			}
			out.WriteString(l + "\n")
		case <-timeout:
			sh.t.Fatalf("step %s (%s): not done after %s; output:\n%s", s.name, s.what, d, sh.log.String())
		}
	}
}

// runInfoOf reads a node's run file.
func runInfoOf(t *testing.T, dir string) runInfo {
	t.Helper()
	var ri runInfo
	b, err := os.ReadFile(filepath.Join(dir, RunFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &ri); err != nil {
		t.Fatal(err)
	}
	return ri
}

// nodeStatus reads a running node's /status document.
func nodeStatus(addr string) (map[string]any, error) {
	resp, err := http.Get("http://" + addr + "/status")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var m map[string]any
	return m, json.NewDecoder(resp.Body).Decode(&m)
}

// TestRunByHand is issue 13's end-to-end walkthrough: the README's "Run a network
// by hand" commands, run as they are written (a bash session, the whitepay binary
// and geth on PATH), against a real `geth --dev`: 4 keeper and 2 provider
// processes and a user, set up from nothing but the CLI. Between the steps it
// SIGKILLs keeper k4 before the uploads and restarts it after a payment, then checks
// that k4 learned the orders it missed, caught up the shared ledger and published
// nothing twice; after the README's checks (detector, retrievals) it checks every
// node's statement against what it withdrew and explains every payment. It measures
// the time from init to the first paid period. Cost: 2½–3½ minutes (measured 145–209 s).
func TestRunByHand(t *testing.T) {
	if testing.Short() {
		t.Skip("a whole network of processes on geth --dev (about 3 minutes)")
	}
	geth, err := exec.LookPath("geth")
	if err != nil {
		if gp, gerr := exec.Command("go", "env", "GOPATH").Output(); gerr == nil {
			geth = filepath.Join(strings.TrimSpace(string(gp)), "bin", "geth")
		}
	}
	for _, tool := range []string{geth, "jq", "curl"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed (scripts/deps.sh installs the tools): %v", tool, err)
		}
	}
	steps := readmeSteps(t)
	byName := map[string]readmeStep{}
	for _, s := range steps {
		byName[s.name] = s
	}
	for _, n := range byHandSteps {
		if _, ok := byName[n]; !ok {
			t.Fatalf("the README's walkthrough has no step %q", n)
		}
	}
	// whitepay on PATH: the binary, built from this package as `go build` builds it.
	bin := t.TempDir()
	whitepay := filepath.Join(bin, "whitepay")
	if out, err := exec.Command("go", "build", "-o", whitepay, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	w := t.TempDir()
	port := freePort(t)
	env := append(os.Environ(), "PATH="+bin+":"+filepath.Dir(geth)+":"+os.Getenv("PATH"), "W="+w,
		fmt.Sprintf("GETH_PORT=%d", port), "WHITEPAY_PASSWORD=by-hand-test")
	sh := startShell(t, env)
	var restarted *exec.Cmd
	t.Cleanup(func() {
		// Stop whatever still runs: the nodes (by their run files), geth, the shell.
		for _, n := range []string{"k1", "k2", "k3", "k4", "p1", "p2"} {
			if b, err := os.ReadFile(filepath.Join(w, n, RunFile)); err == nil {
				var ri runInfo
				if json.Unmarshal(b, &ri) == nil && ri.PID > 0 {
					syscall.Kill(ri.PID, syscall.SIGKILL)
				}
			}
		}
		if b, err := os.ReadFile(filepath.Join(w, "geth.pid")); err == nil {
			var pid int
			fmt.Sscan(string(b), &pid)
			if pid > 0 {
				syscall.Kill(pid, syscall.SIGKILL)
			}
		}
		if restarted != nil && restarted.Process != nil {
			restarted.Process.Kill()
			restarted.Wait()
		}
		syscall.Kill(-sh.cmd.Process.Pid, syscall.SIGKILL)
		if t.Failed() {
			for _, n := range []string{"k1", "k2", "k3", "k4", "p1", "p2"} {
				if b, err := os.ReadFile(filepath.Join(w, n+".log")); err == nil {
					t.Logf("--- %s.log (last 40 lines)\n%s", n, lastLines(string(b), 40))
				}
			}
		}
	})
	rpc := fmt.Sprintf("http://127.0.0.1:%d", port)
	ctx := context.Background()
	watch, cancelWatch := context.WithCancel(ctx)
	defer cancelWatch()

	sh.run(byName["chain"], time.Minute)
	eth, _, err := chain.Dial(ctx, rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	initAt := time.Now()
	for _, n := range []string{"init", "fund", "deploy", "run"} {
		sh.run(byName[n], 3*time.Minute)
	}
	var dep deployResult
	if b, err := os.ReadFile(filepath.Join(w, "contract.json")); err != nil || json.Unmarshal(b, &dep) != nil {
		t.Fatalf("contract.json: %v", err)
	}
	up, err := bindings.NewUpkeeping(dep.Contract, eth)
	if err != nil {
		t.Fatal(err)
	}
	// entries counts the contract's paid entries, and those paying for stored bytes.
	entries := func() (all, stored int) {
		it, err := up.FilterEntryPaid(&bind.FilterOpts{Context: ctx}, nil)
		if err != nil {
			return 0, 0
		}
		defer it.Close()
		for it.Next() {
			all++
			if it.Event.St.Sign() > 0 {
				stored++
			}
		}
		return all, stored
	}
	// The time from init to the first paid period (it pays for nothing: the files
	// are uploaded after it) and to the first period paying for the files.
	var firstPaid, firstStored time.Duration
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		for watch.Err() == nil && firstStored == 0 {
			all, stored := entries()
			if all > 0 && firstPaid == 0 {
				firstPaid = time.Since(initAt)
			}
			if stored > 0 {
				firstStored = time.Since(initAt)
			}
			time.Sleep(time.Second)
		}
	}()

	// Keeper k4 goes down before the uploads: it misses the orders.
	k4 := filepath.Join(w, "k4")
	syscall.Kill(runInfoOf(t, k4).PID, syscall.SIGKILL)
	sh.run(byName["upload"], 2*time.Minute)
	// After a payment that k4 missed too, it comes back.
	before, _ := entries()
	waitFor(t, "a payment while keeper k4 is down", 3*time.Minute, func() bool { n, _ := entries(); return n > before })
	os.Remove(filepath.Join(k4, RunFile))
	restarted = exec.Command(whitepay, "keeper", "run", "--config", filepath.Join(k4, ConfigFile)) // as the README runs it
	restarted.Env = env
	logf, _ := os.OpenFile(filepath.Join(w, "k4.log"), os.O_APPEND|os.O_WRONLY, 0o600)
	restarted.Stdout, restarted.Stderr = logf, logf
	if err := restarted.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "keeper k4 running again", time.Minute, func() bool { _, err := os.Stat(filepath.Join(k4, RunFile)); return err == nil })
	k4Status := runInfoOf(t, k4).Status
	var p1, p2 map[string]any
	json.Unmarshal(mustRead(t, filepath.Join(w, "p1.json")), &p1)
	json.Unmarshal(mustRead(t, filepath.Join(w, "p2.json")), &p2)
	orders := func(prov string) int {
		st, err := nodeStatus(k4Status)
		if err != nil {
			return -1
		}
		cs, _ := st["contracts"].(map[string]any)
		ps, _ := cs[dep.Contract.Hex()].(map[string]any)
		pv, _ := ps[common.HexToAddress(prov).Hex()].(map[string]any)
		o, _ := pv["orders"].(float64)
		return int(o)
	}
	waitFor(t, "keeper k4 learning both orders it missed", time.Minute, func() bool {
		return orders(p1["address"].(string)) == 1 && orders(p2["address"].(string)) == 1
	})

	sh.run(byName["paid"], 5*time.Minute)
	cancelWatch()
	<-watchDone
	t.Logf("time from init to the first paid period: %.0f s; to the first period paying for the files: %.0f s",
		firstPaid.Seconds(), firstStored.Seconds())
	// publications lists the inbox's publications for the contract: the first
	// publisher at each seq, and whether keeper k4 published at a seq another keeper
	// had published at before it.
	k4Addr := runInfoOf(t, k4).Address
	inbox, err := bindings.NewBatchInbox(dep.Inbox, eth)
	if err != nil {
		t.Fatal(err)
	}
	publications := func() (first map[uint64]common.Address, pubs int) {
		it, err := inbox.FilterBatchPublished(&bind.FilterOpts{Context: ctx}, []common.Address{dep.Contract}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer it.Close()
		first = map[uint64]common.Address{}
		for it.Next() {
			e := it.Event
			pubs++
			if _, ok := first[e.Seq]; !ok {
				first[e.Seq] = e.Publisher
			} else if e.Publisher == k4Addr {
				t.Fatalf("keeper k4 published at seq %d, which %s had published already", e.Seq, first[e.Seq])
			}
		}
		return first, pubs
	}
	first, _ := publications()
	waitFor(t, "keeper k4's ledger caught up", time.Minute, func() bool {
		st, err := nodeStatus(k4Status)
		if err != nil {
			return false
		}
		ls, _ := st["ledger"].([]any)
		if len(ls) != 1 {
			return false
		}
		l, _ := ls[0].(map[string]any)
		h, _ := l["head"].(map[string]any)
		seq, ok := h["seq"].(float64)
		return ok && int(seq)+1 >= len(first) && l["shared"] == true
	})

	out := sh.run(byName["check"], 3*time.Minute)
	if !strings.Contains(out, "ledger OK") || strings.Contains(out, "rejected:") {
		t.Fatalf("detector:\n%s", out)
	}
	// So that explain can check every entry, the withdraw step starts when every
	// payment made so far is in the shared ledger (a payment that slips in before
	// the nodes stop stays unpublished: only the last period may lack its batch).
	reports := func() int {
		it, err := up.FilterReportPaid(&bind.FilterOpts{Context: ctx}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer it.Close()
		n := 0
		for it.Next() {
			n++
		}
		return n
	}
	waitFor(t, "every payment in the shared ledger", 2*time.Minute, func() bool { f, _ := publications(); return len(f) >= reports() })
	// The withdraw step stops every node (the restarted k4 too, by its run file) and
	// prints what each account withdrew.
	out = sh.run(byName["withdraw"], 3*time.Minute)
	restarted.Wait()
	withdrew := map[common.Address]*big.Int{}
	// "withdrew 0.000000077404950012 ETH (77404950012) for 0x…": the wei in brackets.
	for _, m := range regexp.MustCompile(`withdrew \S+ \S+ \(([0-9]+)\) for (0x[0-9a-fA-F]{40})`).FindAllStringSubmatch(out, -1) {
		withdrew[common.HexToAddress(m[2])], _ = new(big.Int).SetString(m[1], 10)
	}
	// Both providers withdraw what they earned; a keeper withdraws what has vested
	// (SPEC 8.1: a share stays locked vestPeriods periods), which may be nothing yet:
	// its statement says so below.
	if len(withdrew) < 2 {
		t.Fatalf("withdraw step: %d withdrawals, want both providers':\n%s", len(withdrew), out)
	}
	// sumOf adds decimal amounts.
	sumOf := func(vs []string) *big.Int {
		sum := new(big.Int)
		for _, v := range vs {
			x, ok := new(big.Int).SetString(v, 10)
			if !ok {
				t.Fatalf("amount %q", v)
			}
			sum.Add(sum, x)
		}
		return sum
	}
	first, pubs := publications()
	t.Logf("ledger: %d publications for %d batches; keeper k4 published none at a seq published before", pubs, len(first))

	// Every node's statement sums to what it withdrew.
	statementOf := func(role, node string, v any) {
		args := []string{"provider", "payments"}
		if role == "keeper" {
			args = []string{"keeper", "rewards"}
		}
		out, errOut, code := runBin(t, whitepay, env, append(args, "--config", filepath.Join(w, node, ConfigFile), "--json")...)
		if code != 0 || json.Unmarshal([]byte(out), v) != nil {
			t.Fatalf("%s statement of %s: exit %d: %s", role, node, code, errOut)
		}
	}
	for _, n := range []string{"p1", "p2"} {
		var ss []statement.ProviderStatement
		statementOf("provider", n, &ss)
		s := ss[0]
		if len(s.Periods) < 2 || !s.Totals.Consistent || s.Totals.Withdrawn != s.Totals.Credited || s.Totals.Balance != "0" {
			t.Fatalf("provider %s: %d periods, totals %+v", n, len(s.Periods), s.Totals)
		}
		var nets []string
		for _, p := range s.Periods {
			nets = append(nets, p.Net)
		}
		if sum := sumOf(nets); withdrew[s.Provider] == nil || sum.Cmp(withdrew[s.Provider]) != 0 {
			t.Fatalf("provider %s: its periods sum to %s wei, it withdrew %v", n, sum, withdrew[s.Provider])
		}
		explained := 0
		for i, p := range s.Periods {
			if p.Batch == nil {
				// Only the last payment may lack its batch: the nodes stopped before
				// it was D blocks deep and published.
				if i != len(s.Periods)-1 {
					t.Fatalf("provider %s: period %d (not the last) has no ledger batch", n, p.Te)
				}
				continue
			}
			out, errOut, code := runBin(t, whitepay, env, "explain", "--contract", dep.Contract.Hex(), "--provider", s.Provider.Hex(),
				"--te", fmt.Sprint(p.Te), "--rpc", rpc, "--json") // the ledger found from the contract alone
			var e statement.Explanation
			if code != 0 || json.Unmarshal([]byte(out), &e) != nil || !e.Explained || e.Period.St != p.St {
				t.Fatalf("explain %s te %d: exit %d, %+v\n%s", n, p.Te, code, e, errOut)
			}
			explained++
		}
		t.Logf("provider %s: %d periods (%d explained from the ledger), credited and withdrew %s wei", n, len(s.Periods), explained, s.Totals.Credited)
	}
	for _, n := range []string{"k1", "k2", "k3", "k4"} {
		var ss []statement.KeeperStatement
		statementOf("keeper", n, &ss)
		s := ss[0]
		// What it earned is what it withdrew, plus what has vested since (the chain
		// moves on after the withdraw step), plus what is still locked (vesting).
		if !s.Totals.Consistent ||
			sumOf([]string{s.Totals.Withdrawn, s.Totals.Withdrawable, s.Totals.Locked}).String() != s.Totals.Earned {
			t.Fatalf("keeper %s: totals %+v", n, s.Totals)
		}
		var earned []string
		for _, p := range s.Periods {
			earned = append(earned, p.Earned)
		}
		got := withdrew[s.Keeper]
		if got == nil {
			got = new(big.Int)
		}
		if sum := sumOf(earned); sum.String() != s.Totals.Earned || got.String() != s.Totals.Withdrawn {
			t.Fatalf("keeper %s: its periods sum to %s wei (earned %s), it withdrew %v (statement: %s)", n, sum, s.Totals.Earned, got, s.Totals.Withdrawn)
		}
		t.Logf("keeper %s: %d periods, earned %s wei, withdrew %s, vested since %s, locked %s", n, len(s.Periods), s.Totals.Earned, s.Totals.Withdrawn, s.Totals.Withdrawable, s.Totals.Locked)
	}
	out = sh.run(byName["statements"], 2*time.Minute)
	if !strings.Contains(out, "explained") || !strings.Contains(out, "matches") {
		t.Fatalf("statements step:\n%s", out)
	}
	sh.run(byName["stop"], time.Minute)

}

// runBin runs the built whitepay binary with env and returns its stdout, stderr
// and exit code.
func runBin(t *testing.T, bin string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}
