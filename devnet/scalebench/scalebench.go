// Package scalebench is `whitepay bench scale` (issue 15): one contract with P
// providers and K keepers, C challenges per keeper per provider per period, run for
// several periods on the simulated chain (real EVM, its block gas limit and geth's
// transaction size limit) with a real Upkeeping contract, reporting per period what
// the issue asks: providers paid, gas per provider payment, the keeper database
// size, and the ledger's bytes and settlement-chain gas on each data-availability
// layer (dir: bytes; eth: the whole batch as calldata; arweave: the body on a
// gateway and a header naming it on the inbox).
//
// Each period's report is split into parts (internal/parts: Size providers by
// index per part, sized from the transaction size and gas limits), each paid by its
// own transaction and published as its own ledger batch; the figures sum the parts.
// Round 4's bytes and seconds are measured once, in period 0, by payer.BenchRound4
// (Round4Providers providers disputed, K·C records each). Decisions:
//
//   - The ledger is generated (settle/ledgergen: real keys, signatures, records and
//     agreement signatures), paid on the contract and built as a keeper would.
//   - The arweave layer is the composite one (settle/da EthArweave): the body on
//     the gateway, the header naming it on a BatchInbox of its own.
//   - The keeper database is one keeper's (KeeperLoad: records, outbox, orders,
//     locks of the same shape), pruned by keeper/prune against the generated
//     ledger's state, with badger's fsync off (NoSync) so that large P stays
//     affordable: the size is the figure, not the write latency.
package scalebench

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/parts"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/payer"
	"github.com/whitepay/whitepay/keeper/prune"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/da/arweave"
	"github.com/whitepay/whitepay/settle/ledgergen"
	"github.com/whitepay/whitepay/upkeeping"
)

// Config is the shape of the run.
type Config struct {
	Providers  int    `json:"providers"`  // P (default 3)
	Keepers    int    `json:"keepers"`    // K (default 7)
	Challenges int    `json:"challenges"` // per keeper per provider per period (default 6)
	Periods    int    `json:"periods"`    // default 3
	Period     uint64 `json:"period"`     // H in blocks (default 20)
	GasLimit   uint64 `json:"gas_limit"`  // the simulated chain's block gas limit (default 36,000,000)
	// PartSize is the providers per part (0: parts.Size, from the chain's limits);
	// PartsPerPeriod the parts a period pays (0: every part; fewer: the fair
	// rotation of parts.Served).
	PartSize       uint32 `json:"part_size,omitempty"`
	PartsPerPeriod uint32 `json:"parts_per_period,omitempty"`
	// NoEth leaves the eth layer (every batch as calldata) out: at thousands of
	// providers it is hundreds of millions of gas per period to simulate.
	NoEth bool `json:"no_eth,omitempty"`
	// Round4Providers is how many providers are disputed in the round-4
	// measurement (default min(P, 3): a few disputed providers, as in issue 15's
	// example, not all P — 5,000 disputed providers would be minutes of signing
	// and checking that no period sees).
	Round4Providers int `json:"round4_providers"`
	// Arweave is a gateway URL for the arweave layer ("" leaves it out); Mine asks
	// it to mine after each body (arlocal).
	Arweave     string    `json:"arweave,omitempty"`
	ArweaveMine bool      `json:"-"`
	Dir         string    `json:"-"` // working directory (default: a temporary one, removed)
	Progress    io.Writer `json:"-"`
}

func (c *Config) fill() {
	if c.Providers <= 0 {
		c.Providers = 3
	}
	if c.Keepers <= 0 {
		c.Keepers = 7
	}
	if c.Round4Providers <= 0 || c.Round4Providers > c.Providers {
		c.Round4Providers = min(c.Providers, 3)
	}
	if c.Challenges <= 0 {
		c.Challenges = 6
	}
	if c.Periods <= 0 {
		c.Periods = 3
	}
	if c.Period == 0 {
		c.Period = 20
	}
	if c.GasLimit == 0 {
		c.GasLimit = 36_000_000
	}
}

// Layer is one data-availability layer's cost for a period.
type Layer struct {
	Bytes     int    `json:"bytes"`                // what the layer stores
	Gas       uint64 `json:"gas"`                  // settlement-chain gas (0 for dir)
	Txs       int    `json:"txs,omitempty"`        // settlement-chain transactions
	ArweaveID string `json:"arweave_id,omitempty"` // arweave: the body's transaction
}

// Period is one period's figures.
type Period struct {
	Period        int    `json:"period"`
	Te            uint64 `json:"te"`
	PaidProviders int    `json:"paid_providers"`
	// Parts is the reports (parts) paid in the period, PartGas and PartTxBytes
	// each one's gas and transaction size (geth's limit: 131,072 bytes).
	Parts         int      `json:"parts"`
	PartGas       []uint64 `json:"part_gas"`
	PartTxBytes   []int    `json:"part_tx_bytes"`
	PayGas        uint64   `json:"pay_gas"`
	GasPerPayment float64  `json:"gas_per_provider_payment"`
	Records       int      `json:"records_per_provider"`
	LedgerBytes   int      `json:"ledger_bytes"`
	// Layers: "dir", "eth" (the batch as calldata), "arweave" (body on Arweave,
	// header on the inbox).
	Layers map[string]Layer `json:"layers"`
	// KeeperDBBytes is one keeper's database on disk at the end of the period
	// (running: including badger's memtable log), after pruning.
	KeeperDBBytes int64 `json:"keeper_db_bytes"`
	Pruned        int   `json:"keeper_keys_pruned"`
	// Round4 is round 4's cost for this shape (measured once, in period 0; null
	// in the others, and with fewer than 4 keepers).
	Round4 *Round4 `json:"round4"`
	Error  string  `json:"error,omitempty"`
}

// Round4 is what a disputed period costs in round 4 (payer.BenchRound4): K
// agreement cores with the keeper's Observer over badger stores on disk,
// Config.Round4Providers providers disputed (q − 1 keepers hold each one's K·C
// records, the others half), until the report is agreed.
type Round4 struct {
	Providers int `json:"providers"` // disputed

	Bytes       int64   `json:"bytes"`        // every agreement message, once per recipient
	RecordBytes int64   `json:"record_bytes"` // of which record chunks
	Chunks      int     `json:"record_chunks"`
	Seconds     float64 `json:"seconds"` // from round 1 to the report (records checked and merged)
}

// Result is a run's outcome.
type Result struct {
	Config  Config   `json:"config"`
	Periods []Period `json:"periods"`
	// KeeperDBAtRest is the keeper database after the last period, closed and
	// reopened once with its space reclaimed.
	KeeperDBAtRest int64 `json:"keeper_db_at_rest_bytes"`
	// AllPaid: every provider was paid in every period.
	AllPaid bool `json:"all_paid"`
	// MaxUnpaidPeriods is the most consecutive periods any provider went unpaid
	// (0 when AllPaid; with a rotation, at most ⌈parts/PartsPerPeriod⌉ − 1).
	MaxUnpaidPeriods int `json:"max_unpaid_periods"`
	// LastPaid is every provider's lastPaid at the end, the contract's, checked
	// equal to the ledger's replay.
	LastPaid []uint64 `json:"-"`
	// Pending lists what the benchmark does not measure (none now: parts and
	// round 4 are both measured; kept so that readers of the JSON see it empty).
	Pending []string `json:"pending"`
}

// Run runs the benchmark.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	cfg.fill()
	dir := cfg.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "whitepay-bench-scale-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	progress := func(f string, a ...any) {
		if cfg.Progress != nil {
			fmt.Fprintf(cfg.Progress, f+"\n", a...)
		}
	}
	progress("bench scale: %d providers, %d keepers, %d challenges per keeper per provider per period, %d periods",
		cfg.Providers, cfg.Keepers, cfg.Challenges, cfg.Periods)
	sim, err := ledgergen.NewSim(ctx, ledgergen.Config{Keepers: cfg.Keepers, Providers: cfg.Providers,
		RecordsPerEntry: cfg.Keepers * cfg.Challenges, Period: cfg.Period, Finality: 2, Price: new(big.Int).Mul(big.NewInt(3), upkeeping.PriceScale)},
		ledgergen.SimOptions{GasLimit: cfg.GasLimit})
	if err != nil {
		return nil, err
	}
	defer sim.Close()
	defer sim.AutoMine()()
	contract := sim.Up.Address

	// The layers.
	dirStore, err := da.OpenDir(dir + "/ledger")
	if err != nil {
		return nil, err
	}
	full, err := deployInbox(ctx, sim)
	if err != nil {
		return nil, err
	}
	header, err := deployInbox(ctx, sim)
	if err != nil {
		return nil, err
	}
	k0 := sim.Gen.Keepers[0]
	if err := sim.SendEther(ctx, k0.Account, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))); err != nil {
		return nil, err
	}
	kopts, err := bind.NewKeyedTransactorWithChainID(k0.Key, big.NewInt(chain.SimulatedChainID))
	if err != nil {
		return nil, err
	}
	sender := txmgr.New(sim.C, k0.Account, kopts.Signer, txmgr.Options{Poll: 20 * time.Millisecond})
	ethStore, err := da.OpenEth(ctx, da.EthOptions{Client: sim.C, Inbox: full, Sender: sender})
	if err != nil {
		return nil, err
	}
	var comp *da.EthArweave
	if cfg.Arweave != "" {
		w, err := arweave.GenerateWallet()
		if err != nil {
			return nil, err
		}
		comp, err = da.OpenEthArweave(ctx, da.EthOptions{Client: sim.C, Inbox: header, Sender: sender},
			da.ArweaveOptions{Gateway: cfg.Arweave, Wallet: w, Mine: cfg.ArweaveMine})
		if err != nil {
			return nil, err
		}
	}

	// One keeper's database.
	dbDir := dir + "/keeper-db"
	quiet := slog.New(slog.DiscardHandler)
	db, err := store.Open(dbDir, store.Options{NoSync: true, Logger: quiet})
	if err != nil {
		return nil, err
	}
	defer func() { db.Close() }()
	recs := records.NewStore(db, big.NewInt(chain.SimulatedChainID))
	load, err := NewKeeperLoad(contract, big.NewInt(chain.SimulatedChainID), cfg.Keepers, cfg.Providers, cfg.Challenges, cfg.Period)
	if err != nil {
		return nil, err
	}
	votes := payer.NewVoteStore(db, contract)
	pruner := prune.New(recs, quiet)
	grp := sim.Gen.Group()
	load.Start = grp.Start

	size := cfg.PartSize
	if size == 0 {
		size = parts.Size
	}
	// publish puts one batch on every layer and adds its figures to the period's.
	publish := func(ctx context.Context, pr *Period, b *settle.Built) error {
		pr.LedgerBytes += len(b.Encoded)
		if err := dirStore.Put(ctx, contract, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
			return err
		}
		pr.Layers["dir"] = addLayer(pr.Layers["dir"], Layer{Bytes: len(b.Encoded)})
		if !cfg.NoEth {
			h1, _ := sim.C.BlockNumber(ctx)
			if err := ethStore.Put(ctx, contract, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
				pr.Error = fmt.Sprintf("eth layer: %v", err)
			} else {
				h2, _ := sim.C.BlockNumber(ctx)
				gas, txs, err := sim.GasTo(ctx, h1, h2, full)
				if err != nil {
					return err
				}
				pr.Layers["eth"] = addLayer(pr.Layers["eth"], Layer{Bytes: len(da.Compress(b.Encoded)), Gas: gas, Txs: txs})
			}
		}
		if comp != nil {
			h3, _ := sim.C.BlockNumber(ctx)
			if err := comp.Put(ctx, contract, b.Batch.Seq, b.Batch.Prev, b.Hash, b.Encoded); err != nil {
				return fmt.Errorf("scalebench: eth+arweave layer: %w", err)
			}
			h4, _ := sim.C.BlockNumber(ctx)
			gas, txs, err := sim.GasTo(ctx, h3, h4, header)
			if err != nil {
				return err
			}
			l := Layer{Bytes: len(da.Compress(b.Encoded)), Gas: gas, Txs: txs}
			if pubs, err := comp.Publications(ctx, contract, b.Batch.Seq); err == nil && len(pubs) > 0 && len(pubs[0].Locator) == 33 {
				l.ArweaveID = arweave.ID(pubs[0].Locator[1:]).String()
			}
			pr.Layers["arweave"] = addLayer(pr.Layers["arweave"], l)
		}
		return nil
	}
	paidAt := make(map[uint32]int, cfg.Providers) // provider → the last period it was paid in
	for p := range cfg.Providers {
		paidAt[uint32(p)] = -1
	}

	res := &Result{Config: cfg, AllPaid: true, Pending: []string{}}
	for i := range cfg.Periods {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pr := Period{Period: i, Records: cfg.Keepers * cfg.Challenges, Layers: map[string]Layer{}}
		if i == 0 && cfg.Keepers >= 4 {
			r4, err := payer.BenchRound4(ctx, payer.Round4Config{Keepers: cfg.Keepers, Providers: cfg.Round4Providers,
				Records: cfg.Keepers * cfg.Challenges, Dir: dir + "/round4"})
			if err != nil {
				return nil, fmt.Errorf("scalebench: round 4: %w", err)
			}
			pr.Round4 = &Round4{Providers: cfg.Round4Providers, Bytes: r4.Bytes, RecordBytes: r4.RecordBytes, Chunks: r4.Chunks, Seconds: r4.Seconds}
			progress("round 4 (%d providers disputed): %d bytes (%d in %d record chunks) in %.1f s", cfg.Round4Providers, r4.Bytes, r4.RecordBytes, r4.Chunks, r4.Seconds)
		}
		// The keeper's writes of the period, and its pruning by the published ledger.
		if err := load.Period(recs, votes, uint64(i)); err != nil {
			return nil, err
		}
		// The period's parts (internal/parts): the providers by index, Size per
		// part; the parts the period serves (all, or the rotation's share), paid
		// one report each, in order.
		n := parts.Count(cfg.Providers, size)
		served := parts.ServedParts(uint64(i), n, cfg.PartsPerPeriod)
		groups := make([][]int, len(served))
		for gi, k := range served {
			lo, hi := parts.Range(k, size)
			for p := lo; p < hi && p < uint64(cfg.Providers); p++ {
				groups[gi] = append(groups[gi], int(p))
			}
		}
		ss, err := sim.Gen.NextParts(ctx, sim, groups, served, nil)
		pr.Parts = len(ss)
		if err != nil {
			pr.Error = fmt.Sprintf("pay: %v", err)
			res.AllPaid = false
			res.Periods = append(res.Periods, pr)
			progress("period %d: %s", i, pr.Error)
			break
		}
		for _, s := range ss {
			pr.Te = s.Report.Te
			pr.PaidProviders += len(s.Report.Entries)
			for _, e := range s.Report.Entries {
				paidAt[e.Provider] = i
			}
			rc, err := sim.C.TransactionReceipt(ctx, s.PayTx)
			if err != nil {
				return nil, err
			}
			pr.PayGas += rc.GasUsed
			pr.PartGas = append(pr.PartGas, rc.GasUsed)
			if tx, _, err := sim.C.TransactionByHash(ctx, s.PayTx); err == nil {
				pr.PartTxBytes = append(pr.PartTxBytes, int(tx.Size()))
			}
			b, err := sim.Gen.Build(s)
			if err != nil {
				return nil, err
			}
			if err := publish(ctx, &pr, b); err != nil {
				return nil, err
			}
			sim.Gen.Apply(b)
		}
		if pr.PaidProviders > 0 {
			pr.GasPerPayment = float64(pr.PayGas) / float64(pr.PaidProviders)
		}
		if pr.PaidProviders != cfg.Providers {
			res.AllPaid = false
		}
		for _, last := range paidAt {
			res.MaxUnpaidPeriods = max(res.MaxUnpaidPeriods, i-last)
		}
		// Prune by the published ledger (the generated one), providers by index.
		st := sim.Gen.State
		h := st.Head()
		stats, err := pruner.Apply(contract, prune.Ledger{Te: h.Te, Providers: load.Providers, LastPaid: st.LastPaidAll()},
			prune.Params{Stale: grp.Stale, Period: cfg.Period})
		if err != nil {
			return nil, err
		}
		pr.Pruned = stats.Records + stats.Outbox + stats.Orders + stats.Votes
		if pr.KeeperDBBytes, _, _, err = db.DiskUsage(); err != nil {
			return nil, err
		}
		res.Periods = append(res.Periods, pr)
		progress("period %d: paid %d providers in %d parts (%d gas, %.0f per payment); ledger %d bytes, eth %d gas; keeper db %d bytes",
			i, pr.PaidProviders, pr.Parts, pr.PayGas, pr.GasPerPayment, pr.LedgerBytes, pr.Layers["eth"].Gas, pr.KeeperDBBytes)
	}
	if len(res.Periods) < cfg.Periods {
		res.AllPaid = false
	}
	// The ledger's replayed lastPaid of every provider is the contract's.
	lp := sim.Gen.State.LastPaidAll()
	for p := range cfg.Providers {
		got, err := sim.Up.LastPaid(ctx, uint32(p))
		if err != nil {
			return nil, err
		}
		if p >= len(lp) || lp[p] != got {
			return nil, fmt.Errorf("scalebench: provider %d: contract lastPaid %d, ledger %v", p, got, lp[min(p, len(lp)-1):min(p+1, len(lp))])
		}
		res.LastPaid = append(res.LastPaid, got)
	}
	// The keeper database at rest.
	if err := db.Close(); err != nil {
		return nil, err
	}
	if db, err = store.Open(dbDir, store.Options{NoSync: true, Logger: quiet}); err != nil {
		return nil, err
	}
	if err := db.Reclaim(); err != nil {
		return nil, err
	}
	if res.KeeperDBAtRest, _, _, err = db.DiskUsage(); err != nil {
		return nil, err
	}
	return res, nil
}

func deployInbox(ctx context.Context, sim *ledgergen.Sim) (common.Address, error) {
	addr, tx, err := da.DeployInbox(ctx, sim.C, sim.Opts)
	if err != nil {
		return common.Address{}, err
	}
	if _, err := bind.WaitMined(ctx, sim.C, tx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// addLayer sums two batches' figures on one layer (a period of several parts
// publishes one batch per part); the Arweave id is the last body's.
func addLayer(a, b Layer) Layer {
	a.Bytes += b.Bytes
	a.Gas += b.Gas
	a.Txs += b.Txs
	if b.ArweaveID != "" {
		a.ArweaveID = b.ArweaveID
	}
	return a
}
