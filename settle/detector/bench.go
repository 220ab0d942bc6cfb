package detector

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/ledgergen"
)

// BenchConfig is the shape of the ledger `whitepay bench detector` replays.
type BenchConfig struct {
	Settlements     int    // report entries in total (default 1,000,000)
	Entries         int    // entries per report, one per provider (default 1000)
	RecordsPerEntry int    // new challenge records per entry (default 1)
	Keepers         int    // N (default 4; q = ⌊2N/3⌋+1 observations per report)
	Dir             string // the dir layer's directory (default: a temporary one, removed)
	Workers         int    // the detector's record workers (0: GOMAXPROCS)
	Progress        io.Writer
}

// BenchResult is the figure and the shape it was measured on.
//
// A settlement is one report entry — one provider paid for one period — replayed
// with everything it depends on verified: its new records (challenge re-derived
// from the orders and block hash, keeper and provider secp256k1 signatures, space),
// its carried records (matched by id with the previous batch), its value against the
// lower median of the q BLS-signed observations and against the records' space-time
// within τ, and the payment replay; plus its share of the batch's work (decoding,
// hashing, the q observation signatures and the aggregate signature in one BLS
// batch verification, the state root).
type BenchResult struct {
	Settlements      uint64  `json:"settlements"`
	Batches          uint64  `json:"batches"`
	EntriesPerBatch  int     `json:"entries_per_batch"`
	RecordsPerEntry  int     `json:"new_records_per_entry"`
	RecordsCarried   float64 `json:"carried_records_per_entry"`
	RecordsVerified  uint64  `json:"records_verified"`
	Keepers          int     `json:"keepers"`
	Observations     int     `json:"observations_per_batch"`
	AvgBatchBytes    int     `json:"avg_batch_bytes"`
	Workers          int     `json:"workers"`
	GOMAXPROCS       int     `json:"gomaxprocs"`
	GenerateSeconds  float64 `json:"generate_seconds"`
	ReplaySeconds    float64 `json:"replay_seconds"`
	ReplayCPUSeconds float64 `json:"replay_cpu_seconds"` // user+system CPU of the process during the replay
	LoadAverage      string  `json:"load_average"`       // /proc/loadavg before the replay: other processes' share of the cores
	SettlementsPerS  float64 `json:"settlements_per_s"`  // wall clock: the figure
	// SettlementsPerCPUS is settlements per CPU-second, and SettlementsPerSFree
	// that times GOMAXPROCS: the rate with every core free for the detector (a
	// bound the wall-clock figure reaches on an idle machine).
	SettlementsPerCPUS  float64 `json:"settlements_per_cpu_s"`
	SettlementsPerSFree float64 `json:"settlements_per_s_cores_free"`
	RecordsVerifiedPer  float64 `json:"records_verified_per_s"`
	// FloorPerS is the signature-verification floor measured in the same run, just
	// after the replay (SigFloor: the same ledger shape's secp256k1 and BLS checks
	// alone, on the same workers), and FloorRatio = SettlementsPerS / FloorPerS: the
	// share of the bare signature rate the full replay reaches. Absolute rates swing
	// with the machine's load; the ratio does much less.
	FloorPerS          float64 `json:"sig_floor_settlements_per_s"`
	FloorSigsPerSettle int     `json:"sig_floor_sigs_per_settlement"`
	FloorRatio         float64 `json:"floor_ratio"`
	Target             float64 `json:"target_settlements_per_s"`
	MeetsTarget        bool    `json:"meets_target"`
}

// cpuSeconds returns the process's user and system CPU time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// BenchTarget is the replay rate the detector must reach on the reference 2-core
// machine (issue 7).
const BenchTarget = 20000

// RunBench generates a ledger of cfg's shape (real keys and signatures, Synthetic
// chain) into a dir layer, then replays it with Run (no chain, no checkpoint) and
// measures the replay alone.
func RunBench(ctx context.Context, cfg BenchConfig) (*BenchResult, error) {
	if cfg.Settlements <= 0 {
		cfg.Settlements = 1_000_000
	}
	if cfg.Entries <= 0 {
		cfg.Entries = 1000
	}
	if cfg.RecordsPerEntry <= 0 {
		cfg.RecordsPerEntry = 1
	}
	if cfg.Keepers <= 0 {
		cfg.Keepers = 4
	}
	dir := cfg.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "whitepay-bench-detector-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	store, err := da.OpenDir(dir)
	if err != nil {
		return nil, err
	}
	contract := common.HexToAddress("0x00000000000000000000000000000000bE9C4000")
	g, err := ledgergen.New(ledgergen.Config{Contract: contract, Keepers: cfg.Keepers, Providers: cfg.Entries,
		RecordsPerEntry: cfg.RecordsPerEntry, Period: 100, OrdersPerProvider: 2})
	if err != nil {
		return nil, err
	}
	batches := (cfg.Settlements + cfg.Entries - 1) / cfg.Entries
	chain := &ledgergen.Synthetic{}
	t0 := time.Now()
	var bytes int64
	for i := 0; i < batches; i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var provs []int
		if rest := cfg.Settlements - i*cfg.Entries; rest < cfg.Entries {
			for p := 0; p < rest; p++ {
				provs = append(provs, p)
			}
		}
		s, err := g.NextFor(ctx, chain, provs, nil)
		if err != nil {
			return nil, err
		}
		b, err := g.Build(s)
		if err != nil {
			return nil, err
		}
		if err := store.Put(ctx, contract, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
			return nil, err
		}
		g.Apply(b)
		bytes += int64(len(b.Encoded))
		if cfg.Progress != nil {
			fmt.Fprintf(cfg.Progress, "\rbench: generating batch %d/%d   ", i+1, batches)
		}
	}
	gen := time.Since(t0)
	if cfg.Progress != nil {
		fmt.Fprintln(cfg.Progress)
	}
	load, _ := os.ReadFile("/proc/loadavg")
	runtime.GC()
	cpu0 := cpuSeconds()
	t1 := time.Now()
	res, err := Run(ctx, Config{Contract: contract, Store: store, Workers: cfg.Workers, Progress: cfg.Progress})
	if err != nil {
		return nil, err
	}
	replay := time.Since(t1)
	cpu := cpuSeconds() - cpu0
	if res.Head.StateRoot != g.State.Head().StateRoot {
		return nil, fmt.Errorf("detector: bench replay ends at another state root")
	}
	q, _ := settle.Quorum(cfg.Keepers)
	w := cfg.Workers
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	out := &BenchResult{
		Settlements: res.Settlements, Batches: res.Batches, EntriesPerBatch: cfg.Entries,
		RecordsPerEntry: cfg.RecordsPerEntry, Keepers: cfg.Keepers, Observations: q,
		RecordsVerified: uint64(cfg.Settlements) * uint64(cfg.RecordsPerEntry),
		AvgBatchBytes:   int(bytes / int64(batches)), Workers: w, GOMAXPROCS: runtime.GOMAXPROCS(0),
		GenerateSeconds: gen.Seconds(), ReplaySeconds: replay.Seconds(), Target: BenchTarget,
		ReplayCPUSeconds: cpu, LoadAverage: strings.TrimSpace(string(load)),
	}
	if cpu > 0 {
		out.SettlementsPerCPUS = float64(res.Settlements) / cpu
		out.SettlementsPerSFree = out.SettlementsPerCPUS * float64(out.GOMAXPROCS)
	}
	if res.Settlements > 0 {
		out.RecordsCarried = float64(res.Records)/float64(res.Settlements) - float64(cfg.RecordsPerEntry)
	}
	out.SettlementsPerS = float64(res.Settlements) / replay.Seconds()
	out.RecordsVerifiedPer = float64(out.RecordsVerified) / replay.Seconds()
	out.MeetsTarget = out.SettlementsPerS >= BenchTarget
	// Every generated record is ok: a keeper and a provider signature each.
	out.FloorSigsPerSettle = 2 * cfg.RecordsPerEntry
	budget := min(max(replay, time.Second), 10*time.Second)
	floor, err := SigFloor(ctx, FloorShape{SigsPerSettlement: out.FloorSigsPerSettle, EntriesPerBatch: cfg.Entries,
		Observations: q, Workers: w}, budget)
	if err != nil {
		return nil, err
	}
	out.FloorPerS = floor
	out.FloorRatio = out.SettlementsPerS / floor
	return out, nil
}
