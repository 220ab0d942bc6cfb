package devnet

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// What a keeper costs per contract (issue 14). With Procs each keeper is its own
// process: its CPU time (utime + stime of /proc/PID/stat), its resident memory
// (VmRSS, and the peak VmHWM of /proc/PID/status) and the bytes its libp2p host sent
// (node status p2p_traffic) are sampled twice: when every contract has its first
// period paid (the "steady" mark: start-up — reading every contract, dialing peers,
// the first records — is behind) and at the end. The steady window's costs are
// divided by the contract-periods paid in it (contracts × (periods − 1)); the
// whole run's by contracts × periods.

// userHZ is the unit of /proc/PID/stat's utime and stime (USER_HZ, 100 on Linux).
const userHZ = 100

// KeeperCost is one keeper process's use of the machine.
type KeeperCost struct {
	Keeper string `json:"keeper"`
	// CPUS is CPU seconds (user + system) over the window; RSSBytes the resident
	// memory at its end, MaxRSSBytes the process's peak.
	CPUS        float64 `json:"cpu_s"`
	RSSBytes    uint64  `json:"rss_bytes"`
	MaxRSSBytes uint64  `json:"max_rss_bytes"`
	SentBytes   uint64  `json:"p2p_sent_bytes"`
	// Per contract-period over the window.
	CPUSPerContractPeriod      float64 `json:"cpu_s_per_contract_period"`
	SentBytesPerContractPeriod float64 `json:"p2p_sent_bytes_per_contract_period"`
}

// CostWindow is the keepers' costs over a span of the run.
type CostWindow struct {
	FromBlock       uint64       `json:"from_block"`
	ToBlock         uint64       `json:"to_block"`
	WallS           float64      `json:"wall_s"`
	ContractPeriods int          `json:"contract_periods"`
	Keepers         []KeeperCost `json:"keepers"`
	// Means over the keepers.
	CPUSPerContractPeriod      float64 `json:"cpu_s_per_contract_period"`
	SentBytesPerContractPeriod float64 `json:"p2p_sent_bytes_per_contract_period"`
	MaxRSSBytes                uint64  `json:"max_rss_bytes"`
}

// Costs is Summary.Costs: the whole run and its steady part.
type Costs struct {
	Run    *CostWindow `json:"run"`
	Steady *CostWindow `json:"steady,omitempty"`
}

// costSample is one reading of every keeper process.
type costSample struct {
	block uint64
	at    float64 // seconds since the devnet started
	cpu   map[string]float64
	rss   map[string][2]uint64 // VmRSS, VmHWM
	sent  map[string]uint64
	rpc   map[string]map[string]uint64 // caller → method → calls (nil: not counting)
}

// sampleCosts reads every running keeper process (nothing without Procs).
func (d *Devnet) sampleCosts(ctx context.Context, block uint64) *costSample {
	s := &costSample{block: block, at: time.Since(d.start).Seconds(), cpu: map[string]float64{}, rss: map[string][2]uint64{}, sent: map[string]uint64{}}
	for _, k := range d.Keepers {
		r := k.runner()
		if r == nil || r.PID() == 0 {
			continue
		}
		if cpu, err := procCPU(r.PID()); err == nil {
			s.cpu[k.Name] = cpu
		}
		if rss, hwm, err := procRSS(r.PID()); err == nil {
			s.rss[k.Name] = [2]uint64{rss, hwm}
		}
		if st, err := r.Status(ctx); err == nil {
			if t, ok := st["p2p_traffic"].(map[string]any); ok {
				if v, ok := t["sent_bytes"].(float64); ok {
					s.sent[k.Name] = uint64(v)
				}
			}
		}
	}
	if d.rpcCount != nil {
		s.rpc = d.rpcCount.counts()
	}
	if len(s.cpu) == 0 {
		return nil
	}
	return s
}

// window is the costs between two samples (from nil: since the processes started).
func (d *Devnet) window(from, to *costSample, fromBlock uint64, contractPeriods int) *CostWindow {
	w := &CostWindow{FromBlock: fromBlock, ToBlock: to.block, WallS: to.at, ContractPeriods: contractPeriods}
	if from != nil {
		w.WallS -= from.at
	}
	for _, k := range d.Keepers {
		cpu, ok := to.cpu[k.Name]
		if !ok {
			continue
		}
		kc := KeeperCost{Keeper: k.Name, CPUS: cpu, RSSBytes: to.rss[k.Name][0], MaxRSSBytes: to.rss[k.Name][1], SentBytes: to.sent[k.Name]}
		if from != nil {
			kc.CPUS -= from.cpu[k.Name]
			kc.SentBytes -= min(kc.SentBytes, from.sent[k.Name])
		}
		if contractPeriods > 0 {
			kc.CPUSPerContractPeriod = kc.CPUS / float64(contractPeriods)
			kc.SentBytesPerContractPeriod = float64(kc.SentBytes) / float64(contractPeriods)
		}
		w.Keepers = append(w.Keepers, kc)
		w.CPUSPerContractPeriod += kc.CPUSPerContractPeriod
		w.SentBytesPerContractPeriod += kc.SentBytesPerContractPeriod
		w.MaxRSSBytes = max(w.MaxRSSBytes, kc.MaxRSSBytes)
	}
	if n := len(w.Keepers); n > 0 {
		w.CPUSPerContractPeriod /= float64(n)
		w.SentBytesPerContractPeriod /= float64(n)
	}
	return w
}

// procCPU returns a process's user + system CPU seconds.
func procCPU(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The command name (field 2) is in parentheses and may hold spaces.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("devnet: /proc/%d/stat: no command name", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 { // fields 3.. : utime is field 14, stime 15
		return 0, fmt.Errorf("devnet: /proc/%d/stat: %d fields", pid, len(f)+2)
	}
	ut, err1 := strconv.ParseUint(f[11], 10, 64)
	st, err2 := strconv.ParseUint(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("devnet: /proc/%d/stat: utime %q stime %q", pid, f[11], f[12])
	}
	return float64(ut+st) / userHZ, nil
}

// procRSS returns a process's resident set and its peak, in bytes.
func procRSS(pid int) (rss, hwm uint64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || k != "VmRSS" && k != "VmHWM" {
			continue
		}
		f := strings.Fields(v)
		if len(f) != 2 || f[1] != "kB" {
			return 0, 0, fmt.Errorf("devnet: /proc/%d/status: %s %q", pid, k, v)
		}
		n, err := strconv.ParseUint(f[0], 10, 64)
		if err != nil {
			return 0, 0, err
		}
		if k == "VmRSS" {
			rss = n << 10
		} else {
			hwm = n << 10
		}
	}
	return rss, hwm, nil
}
