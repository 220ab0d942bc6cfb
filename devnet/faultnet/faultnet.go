// Package faultnet runs a devnet under injected faults (issue 8: `whitepay devnet
// --procs --faults LIST`): it implements devnet/faults.Target over a
// *devnet.Devnet run with processes, configures the static faults before the
// keepers start (drop-tx through DATADIR/kN/faults.json, read by `keeper run`;
// byzantine: f keepers' faults.json asks `keeper run` to run devnet/byzantine over
// its own host; partition: every keeper's faults.json asks `keeper run` to watch
// DATADIR/kN/partition.json; kill-leader: every keeper's faults.json asks it to
// watch DATADIR/kN/crash.json, through which the scheduler arms the next first
// leader to kill itself right after its Propose — faults.Crasher), drives the
// scheduler with the chain's head, and adds the safety figures to the summary.
//
// Decisions taken where the issue is silent:
//
//   - Faults need --procs: an in-process node cannot be killed -9 (its "kill" is a
//     clean stop), so the run would not test crash safety.
//   - The Byzantine keepers are f = ⌊(N−1)/3⌋ keepers that lead the first window of
//     a period (in the leader order the contract computes before any slash), so
//     that each leads a window and equivocates there: periods 2, 3, … when the group
//     keeps f ≥ 1 once they are slashed (N ≥ 7), else the second-to-last periods
//     (with N = 4 a slash leaves f = 0 and crash faults stop).
//   - drop-tx applies to every keeper; its pay() resubmission delay is 5 s (txmgr's
//     default 15 s exceeds the devnet's leader windows).
//   - partition is a transport cut (see package faults): Cut writes the victim's
//     DATADIR/kN/partition.json (devnet/faultinject.Partition: the other keepers'
//     accounts, until te + D + W), which the running keeper applies to its libp2p
//     host within a quarter second (no connection, dial or stream with them, either
//     way) and lifts by itself at that height; Heal removes the file. The process is
//     never stopped: it ticks, reads the chain and challenges providers throughout.
//   - restart-chain-rpc: on the embedded chain (the default), the JSON-RPC endpoint
//     the keeper and provider processes use goes down for RPCDowntime (4 s, eight
//     blocks at the default block period) and comes back on the same address; the
//     devnet's own in-process client, the chain's state and its block production
//     are untouched (chain.Sim.RestartRPC). The nodes poll the chain over HTTP
//     (heads, logs, receipts: nothing subscribes), so they see refused connections,
//     log them, and carry on once it answers. The restart runs beside the
//     scheduler, which keeps injecting on time. With --rpc geth (the devnet's own
//     geth --dev, devnet.GethRPC) it is the literal fault: the geth process is
//     stopped (SIGTERM, waited for), kept down for RPCDowntime and started again
//     on the same port and data directory — a new process with the same chain;
//     no block is produced meanwhile, and the devnet's own client sees the outage
//     too (the monitor and the scheduler retry). The summary's chain_restarts
//     lists each restart (old and new pid, heads before and after). With --rpc URL
//     (an external node the devnet does not own and cannot restart) the fault is
//     refused up front.
//   - double_signs counts honest keepers the contract slashed (two of their
//     signatures on different reports of one instance, submitted by any keeper's
//     payer) plus honest signers of a paid report whose vote store, read after the
//     run (the keepers stopped; VoteAudit), holds no lock on its instance or a lock
//     on another digest; votes_conflicting_locks counts honest keepers that locked
//     another report of a paid instance.
package faultnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/devnet/faultinject"
	"github.com/whitepay/whitepay/devnet/faults"
)

// Summary is the devnet summary with the fault figures (one flat JSON object).
type Summary struct {
	*devnet.Summary
	faults.Report
	faults.Outcome
	VoteAudit
	Dropped     int `json:"txs_dropped"`
	ByzantineTx int `json:"byzantine_forged_proposals"`
	// ChainRestarts are the restart-chain-rpc restarts, as performed.
	ChainRestarts []devnet.ChainRestart `json:"chain_restarts,omitempty"`
	// DetectorMissing is set when the devnet did not run the detector.
	DetectorMissing bool `json:"detector_missing,omitempty"`
}

// Run runs a whole devnet (devnet.New, Start, Run, Close) with the faults of list
// injected. report, if set, is called with the summary before the nodes close.
func Run(ctx context.Context, opts devnet.Options, list []string, report func(*Summary)) (*Summary, error) {
	if !opts.Procs {
		return nil, fmt.Errorf("%w: --faults needs --procs (an in-process node cannot be killed -9)", devnet.ErrOptions)
	}
	plan := faults.Plan{Faults: list, Seed: uint64(time.Now().UnixNano())}
	if plan.Has(faults.RestartChainRPC) && opts.RPC != "" && opts.RPC != devnet.GethRPC {
		return nil, fmt.Errorf("%w: %s: the chain is the external node %s, which the devnet does not own and cannot restart (%w); use the embedded chain or --rpc geth",
			devnet.ErrOptions, faults.RestartChainRPC, opts.RPC, faults.ErrUnsupported)
	}
	d, err := devnet.New(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer d.CloseWithin(30 * time.Second)
	n := &net{d: d, progress: opts.Progress}
	defer n.chainRestarts.Wait() // before the chain closes
	if plan.Has(faults.Byzantine) {
		if plan.Byzantine, n.byzFrom, err = n.chooseByzantine(ctx); err != nil {
			return nil, err
		}
	}
	byz := map[int]uint64{}
	for j, i := range plan.Byzantine {
		byz[i] = n.byzFrom[j]
	}
	for i, k := range d.Keepers {
		var kf faultinject.Faults
		if plan.Has(faults.DropTx) {
			kf.DropFirstTx, kf.ResubmitAfter = true, "5s"
		}
		kf.PartitionControl = plan.Has(faults.Partition)
		kf.CrashControl = plan.Has(faults.KillLeader)
		if from, ok := byz[i]; ok {
			kf.Byzantine, kf.ByzantineFrom = "all", from
			n.progressf("faults: %s runs hostile (extreme observations, replay, garbage, oversized; equivocation as leader from the period ending at %d)", k.Name, from)
		}
		if kf == (faultinject.Faults{}) {
			continue
		}
		if err := faultinject.Write(k.Dir, kf); err != nil {
			return nil, err
		}
	}
	if err := d.Start(ctx); err != nil {
		return nil, err
	}
	p := d.Params()
	sched, err := faults.New(n, plan, faults.Timing{Start: p.Start, Period: p.Period, Finality: p.Finality, Window: p.Window, Periods: len(d.PeriodEnds())})
	if err != nil {
		return nil, err
	}
	n.progressf("faults: %s", strings.Join(list, ","))
	sctx, stop := context.WithCancel(ctx)
	stepped := make(chan struct{})
	go func() {
		defer close(stepped)
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		var last uint64
		var logged int
		for {
			if head, err := d.Client().BlockNumber(sctx); err == nil && head != last {
				last = head
				if err := sched.Step(sctx, head); err != nil && sctx.Err() == nil {
					n.progressf("faults: %v", err)
				}
				for _, e := range sched.Events()[logged:] {
					n.progressf("block %d: fault %s: %s %s %s%s", e.Block, e.Fault, e.Action, e.Member, e.Detail, errText(e.Failure))
					logged++
				}
			}
			select {
			case <-sctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	s, runErr := d.Run(ctx)
	stop()
	<-stepped
	n.chainRestarts.Wait()
	head, _ := d.Client().BlockNumber(context.WithoutCancel(ctx))
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
	defer cancel()
	out := &Summary{Summary: s, Report: sched.Finish(fctx, head)}
	if out.Outcome, err = faults.Check(fctx, d.Contract(), d.DeployBlock(), plan.Byzantine); err != nil {
		runErr = errors.Join(runErr, err)
	}
	if out.VoteAudit, err = auditVotes(fctx, d, s, plan.Byzantine); err != nil {
		runErr = errors.Join(runErr, err)
	}
	out.DoubleSigns += out.SignedOutsideLock
	out.Dropped = countLines(d, "pay() submission dropped", "node.log")
	out.ByzantineTx = countLines(d, "byzantine: equivocating", "node.log")
	out.DetectorMissing = s == nil || s.DetectorDivergences == nil
	out.ChainRestarts = d.ChainRestarts()
	if report != nil && s != nil {
		report(out)
	}
	return out, runErr
}

func errText(s string) string {
	if s == "" {
		return ""
	}
	return " (error: " + s + ")"
}

// RPCDowntime is how long restart-chain-rpc keeps the chain's JSON-RPC endpoint
// down.
const RPCDowntime = 4 * time.Second

// net is the faults.Target of a devnet run with processes.
type net struct {
	byzFrom       []uint64
	d             *devnet.Devnet
	progress      interface{ Write([]byte) (int, error) }
	chainRestarts sync.WaitGroup
}

func (n *net) progressf(format string, a ...any) {
	if n.progress != nil {
		fmt.Fprintf(n.progress, format+"\n", a...)
	}
}

func (n *net) Keepers() int   { return len(n.d.Keepers) }
func (n *net) Providers() int { return len(n.d.Providers) }

func (n *net) KillKeeper(i int) error { return n.d.KillMember(n.d.Keepers[i]) }
func (n *net) RestartKeeper(ctx context.Context, i int) error {
	return n.d.StartMember(ctx, n.d.Keepers[i])
}
func (n *net) KillProvider(i int) error { return n.d.KillMember(n.d.Providers[i]) }
func (n *net) RestartProvider(ctx context.Context, i int) error {
	return n.d.StartMember(ctx, n.d.Providers[i])
}

// ArmCrash arms keeper i to kill itself right after it sends its Propose for te
// (faultinject.CrashFile; the keeper's faults.json has crash_control).
func (n *net) ArmCrash(i int, te uint64) error {
	return faultinject.WriteCrash(filepath.Join(n.d.Keepers[i].Dir, faultinject.CrashFile), te)
}

// Disarm removes keeper i's crash control file.
func (n *net) Disarm(i int) error {
	err := os.Remove(filepath.Join(n.d.Keepers[i].Dir, faultinject.CrashFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

// Exited reports whether keeper i's process has exited.
func (n *net) Exited(i int) bool { return n.d.MemberExited(n.d.Keepers[i]) }

func (n *net) partitionFile(i int) string {
	return filepath.Join(n.d.Keepers[i].Dir, faultinject.PartitionFile)
}

// Cut writes keeper i's partition control file: cut off from the others' accounts
// from now until block until (the keeper lifts it by itself there if Heal does
// not come first).
func (n *net) Cut(_ context.Context, i int, others []int, until uint64) error {
	p := faultinject.Partition{Until: until}
	for _, o := range others {
		p.Cut = append(p.Cut, n.d.Keepers[o].Address)
	}
	return faultinject.WritePartition(n.partitionFile(i), p)
}

// Heal removes keeper i's partition control file.
func (n *net) Heal(_ context.Context, i int) error {
	if err := os.Remove(n.partitionFile(i)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// RestartChain takes the chain endpoint down for RPCDowntime in the background
// (the scheduler goes on meanwhile) and returns at once: the embedded chain's
// JSON-RPC relay, or the devnet's own geth process (--rpc geth);
// faults.ErrUnsupported on an external chain the devnet does not own.
func (n *net) RestartChain(ctx context.Context) error {
	if !n.d.OwnsChainRPC() {
		return faults.ErrUnsupported
	}
	n.chainRestarts.Add(1)
	go func() {
		defer n.chainRestarts.Done()
		if pid := n.d.GethPID(); pid != 0 {
			n.progressf("faults: geth (pid %d) behind %s restarts, down for at least %s", pid, n.d.RPCURL(), RPCDowntime)
		} else {
			n.progressf("faults: chain JSON-RPC %s down for %s", n.d.RPCURL(), RPCDowntime)
		}
		// Not ctx: the endpoint must come back even when the run ends meanwhile.
		err := n.d.RestartChainRPC(context.WithoutCancel(ctx), RPCDowntime)
		if err != nil {
			n.progressf("faults: restart-chain-rpc: the endpoint did not come back: %v", err)
			return
		}
		head, _ := n.d.Client().BlockNumber(context.WithoutCancel(ctx))
		if pid := n.d.GethPID(); pid != 0 {
			n.progressf("faults: chain JSON-RPC %s serves again from geth pid %d (head %d)", n.d.RPCURL(), pid, head)
		} else {
			n.progressf("faults: chain JSON-RPC %s serves again (head %d)", n.d.RPCURL(), head)
		}
	}()
	return nil
}

// Active is N of the epoch in force at the head.
func (n *net) Active(ctx context.Context) (int, error) {
	c := n.d.Contract()
	head, err := c.Backend().BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	eps, err := c.Epochs(ctx)
	if err != nil {
		return 0, err
	}
	active := 0
	for _, e := range eps {
		if e.From <= head {
			active = e.N()
		}
	}
	return active, nil
}

// Leader returns the keeper leading the window the chain is in at head (SPEC 6).
func (n *net) Leader(ctx context.Context, head uint64) (int, bool, error) {
	p := n.d.Params()
	if head < p.Start+p.Period+p.Finality {
		return 0, false, nil
	}
	te := p.Start + (head-p.Finality-p.Start)/p.Period*p.Period
	order, _, err := n.d.Contract().LeaderOrder(ctx, te)
	if err != nil || len(order) == 0 {
		return 0, false, err
	}
	j := (head - te - p.Finality) / p.Window
	return n.position(order[j%uint64(len(order))])
}

func (n *net) position(index uint32) (int, bool, error) {
	for i, k := range n.d.Keepers {
		if uint32(k.Index) == index {
			return i, true, nil
		}
	}
	return 0, false, fmt.Errorf("faultnet: no keeper with index %d", index)
}

// RecordCounts reads the records a keeper's status reports per provider.
func (n *net) RecordCounts(ctx context.Context, i int) (map[string]int, error) {
	st, err := n.d.MemberStatus(ctx, n.d.Keepers[i])
	if err != nil {
		return nil, err
	}
	cs, _ := st["contracts"].(map[string]any)
	out := map[string]int{}
	for c, v := range cs {
		if common.HexToAddress(c) != n.d.Contract().Address {
			continue
		}
		ps, _ := v.(map[string]any)
		for p, x := range ps {
			if m, ok := x.(map[string]any); ok {
				if r, ok := m["records"].(float64); ok {
					// Pruned records were settled and published, not lost.
					pr, _ := m["records_pruned"].(float64)
					out[strings.ToLower(p)] = int(r) + int(pr)
				}
			}
		}
	}
	if len(out) == 0 {
		return nil, errors.New("faultnet: no record counts in the status")
	}
	return out, nil
}

// chooseByzantine picks f keepers: the first leaders of periods 2, 3, ….
func (n *net) chooseByzantine(ctx context.Context) ([]int, []uint64, error) {
	f := (len(n.d.Keepers) - 1) / 3
	if f == 0 {
		return nil, nil, fmt.Errorf("%w: byzantine needs at least 4 keepers (f ≥ 1)", devnet.ErrOptions)
	}
	chosen := map[int]bool{}
	var out []int
	var from []uint64
	ends := n.d.PeriodEnds()
	// Early (period 2) when the group keeps f ≥ 1 after the slashes, so that crash
	// faults go on with a budget; otherwise (4–6 keepers) late, the second-to-last
	// periods, so that crash faults run before the slash takes f to 0.
	start := 1
	if (len(n.d.Keepers)-f-1)/3 < 1 {
		start = max(1, len(ends)-1-f)
	}
	for k := start; len(out) < f && k < len(ends)+len(n.d.Keepers); k++ {
		te := ends[min(k, len(ends)-1)] + uint64(max(0, k-len(ends)+1))*n.d.Params().Period
		order, _, err := n.d.Contract().LeaderOrder(ctx, te)
		if err != nil {
			return nil, nil, err
		}
		for _, idx := range order {
			i, ok, err := n.position(idx)
			if err != nil || !ok {
				return nil, nil, err
			}
			if !chosen[i] {
				chosen[i] = true
				out = append(out, i)
				from = append(from, te)
				break
			}
		}
	}
	return out, from, nil
}

// countLines counts the lines containing s in every member's file name.
func countLines(d *devnet.Devnet, s, name string) int {
	n := 0
	for _, k := range d.Keepers {
		b, err := os.ReadFile(filepath.Join(k.Dir, name))
		if err != nil {
			continue
		}
		n += strings.Count(string(b), s)
	}
	return n
}
