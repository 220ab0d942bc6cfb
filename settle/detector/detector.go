// Package detector is the SCP detector of SPEC 9 (`whitepay detector run`): it
// fetches a contract's ledger batch by batch from a data-availability layer, checks
// the hash chain, replays every batch with the ledger's rules (settle.State.Check
// with every signature re-verified), and — given a chain — compares the ledger with
// the upkeeping contract. The first divergence is returned as a *settle.Divergence
// naming the batch, the entry and the field.
//
// Without a chain the detector checks everything the ledger proves by itself: the
// hash chain, the group's proofs of possession, every order, record, observation
// and aggregate signature, the medians, the space-time recomputed from the records,
// the payment replay and the publisher's state roots. With a chain it also checks,
// per batch: the pay transaction succeeded at the batch's block and paid exactly
// this report (ReportPaid digest, signers, failed bitmap); that no payment on chain
// precedes it without being in the ledger; the group's immutable parts (parameters,
// keeper accounts and keys, provider accounts) against the contract; the block
// hashes of the records against the chain's headers; the state root against the
// contract's state at the pay block (when the node serves that state, and the batch
// is the last payment of its block); and the amounts, keeper share and remainder
// against the EntryPaid and ReportPaid events. At the end, payments on chain after
// the last batch are pending (reported) until they are MaxLag blocks old, after
// which they are a divergence; and with none pending, the state root is compared
// with the contract's current state.
//
// The contract's side of the state root (ContractRoot): lastPaid from its views,
// and per account credited = balanceOf(account) + Σ Withdrawn(account) + Σ
// forfeited of KeeperSlashed(account), up to the block — balanceOf including the
// lazily accounted keeper share (cumPerKeeper − snapshot).
//
// State: with a state directory, the replayed state is checkpointed (settle.State
// snapshot, checksummed, written atomically) every CheckpointEvery and at the end,
// and a later run resumes from it after checking that the layer still holds the
// checkpoint's head batch under the same hash (history is not rewritten).
package detector

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
)

// Config configures a run.
type Config struct {
	Contract common.Address // the upkeeping contract whose ledger is checked
	Store    da.Store
	// Chain, when set, is compared with (the contract's views and events, receipts,
	// headers). Without it the ledger is checked on its own.
	Chain chain.Client
	// StateDir keeps the detector's state between runs (empty: start from batch 0).
	StateDir string
	// Progress receives a one-line progress display (nil: none).
	Progress io.Writer
	// Workers verify records in parallel (0: GOMAXPROCS).
	Workers int
	// MaxLag is how many blocks a payment may stay unpublished before it is a
	// divergence (0: 64).
	MaxLag uint64
	// CheckpointEvery is the checkpoint interval (0: 5 s).
	CheckpointEvery time.Duration
	Log             *slog.Logger
}

// Pending is a payment on chain that no batch carries yet.
type Pending struct {
	Tx    common.Hash `json:"tx"`
	Block uint64      `json:"block"`
	Te    uint64      `json:"te"`
}

// Result summarises a run.
type Result struct {
	From            uint64      `json:"from"`    // first batch checked by this run
	Batches         uint64      `json:"batches"` // batches checked by this run
	Settlements     uint64      `json:"settlements"`
	Records         uint64      `json:"records"`
	Head            settle.Head `json:"head"`
	ContractChecked bool        `json:"contractChecked"` // the final state root was compared with the contract
	RootsAtBlocks   int         `json:"rootsAtBlocks"`   // per-batch comparisons with the contract's state
	Pending         []Pending   `json:"pending,omitempty"`
	// Rejected are the publications of a shared layer skipped as invalid (SPEC 9
	// revision 2: readers skip them; the detector names them with their publisher).
	Rejected []settle.Rejected `json:"rejected,omitempty"`
	Elapsed  time.Duration     `json:"elapsed"`
}

// ErrNoLedger is returned when the layer holds no batch for the contract.
var ErrNoLedger = errors.New("detector: no ledger for this contract on the data-availability layer")

// Run checks the ledger from where the last run stopped to the layer's head. A
// divergence is returned as an error wrapping *settle.Divergence (the result then
// covers what was checked before it).
func Run(ctx context.Context, cfg Config) (*Result, error) {
	start := time.Now()
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxLag == 0 {
		cfg.MaxLag = 64
	}
	if cfg.CheckpointEvery == 0 {
		cfg.CheckpointEvery = 5 * time.Second
	}
	st, err := loadState(cfg)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	var dom domain.Domain
	var cc *chainCheck
	if cfg.Chain != nil {
		id, err := cfg.Chain.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("detector: chain id: %w", err)
		}
		dom = domain.Domain{ChainID: id, Contract: cfg.Contract}
		if cc, err = newChainCheck(ctx, cfg.Chain, cfg.Contract); err != nil {
			return nil, err
		}
	} else if st != nil {
		dom = st.Domain()
	} else if _, shared := cfg.Store.(da.Shared); shared {
		return nil, errors.New("detector: a shared layer needs the chain (--rpc) to tell valid publications")
	} else {
		// The ledger names its chain: batch 0 carries it.
		it, err := cfg.Store.Get(ctx, cfg.Contract, 0)
		if errors.Is(err, da.ErrNotFound) {
			return nil, ErrNoLedger
		}
		if err != nil {
			return nil, unavailable(0, err)
		}
		b, err := settle.DecodeItem(it)
		if err != nil {
			return res, err
		}
		dom = b.Domain()
	}
	if st == nil {
		st = settle.NewState(dom)
	} else if !st.Domain().Equal(dom) {
		return nil, fmt.Errorf("detector: the state in %s is for chain %s, not %s", cfg.StateDir, st.Domain().ChainID, dom.ChainID)
	}
	res.From = st.Next()
	if sh, ok := cfg.Store.(da.Shared); ok {
		return runShared(ctx, cfg, sh, st, cc, res, start)
	}
	if st.Next() > 0 {
		// Resuming: the layer must still hold the head batch under the same hash.
		h := st.Head()
		it, err := cfg.Store.Get(ctx, cfg.Contract, h.Seq)
		if err != nil {
			return res, unavailable(h.Seq, err)
		}
		if it.Hash != h.Hash {
			return res, settle.BatchDivergence(h.Seq, "hash", common.Hash(h.Hash).Hex(), common.Hash(it.Hash).Hex(), "the layer now holds another batch at this seq than when it was checked (history rewritten)")
		}
	}

	prog := newProgress(cfg.Progress, cfg.Store, cfg.Contract, st.Next())
	defer prog.done()
	lastSave := time.Now()
	save := func() error { return saveState(cfg, st) }
	fail := func(err error) (*Result, error) {
		res.Head = st.Head()
		res.Elapsed = time.Since(start)
		if serr := save(); serr != nil {
			cfg.Log.Warn("detector: checkpoint", "err", serr)
		}
		return res, err
	}
	copts := settle.CheckOptions{Crypto: true, Workers: cfg.Workers}
	// A fetcher reads, hash-checks and decodes the next batches while the current
	// one is checked.
	fctx, stopFetch := context.WithCancel(ctx)
	defer stopFetch()
	fetched := fetch(fctx, cfg.Store, cfg.Contract, st.Next())
	for f := range fetched {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		if f.end {
			if d := missingBeyond(ctx, cfg.Store, cfg.Contract, f.seq); d != nil {
				return fail(d)
			}
			break
		}
		if f.err != nil {
			return fail(f.err)
		}
		b, it := f.batch, f.item
		seq := b.Seq
		if cc != nil {
			if err := cc.before(ctx, st, b); err != nil {
				return fail(err)
			}
		}
		eff, err := st.Check(b, it.Hash, copts)
		if err != nil {
			return fail(err)
		}
		if cc != nil {
			n, err := cc.after(ctx, st, b, eff)
			res.RootsAtBlocks += n
			if err != nil {
				return fail(err)
			}
		}
		st.Apply(eff)
		res.Batches++
		res.Settlements += uint64(len(b.Entries))
		res.Records += uint64(b.NumRecords())
		prog.update(seq, res.Settlements)
		if cfg.StateDir != "" && time.Since(lastSave) > cfg.CheckpointEvery {
			if err := save(); err != nil {
				return fail(err)
			}
			lastSave = time.Now()
		}
	}
	if st.Next() == 0 {
		return fail(ErrNoLedger)
	}
	if cc != nil {
		pending, checked, err := cc.final(ctx, st, cfg.MaxLag)
		res.Pending, res.ContractChecked = pending, checked
		if err != nil {
			return fail(err)
		}
	}
	res.Head = st.Head()
	res.Elapsed = time.Since(start)
	if err := save(); err != nil {
		return res, err
	}
	return res, nil
}

// fetched is one step of the fetcher: a decoded batch, an error at seq, or the end
// of the ledger (no batch at seq).
type fetched struct {
	seq   uint64
	item  *da.Item
	batch *settle.Batch
	err   error
	end   bool
}

// fetch reads batches from seq on, in order, two ahead of the consumer; it stops
// after the first error or the end.
func fetch(ctx context.Context, s da.Store, c common.Address, seq uint64) <-chan fetched {
	out := make(chan fetched, 2)
	go func() {
		defer close(out)
		for ; ; seq++ {
			f := fetched{seq: seq}
			it, err := s.Get(ctx, c, seq)
			switch {
			case errors.Is(err, da.ErrNotFound):
				f.end = true
			case err != nil:
				f.err = unavailable(seq, err)
			default:
				f.item = it
				f.batch, f.err = settle.DecodeItem(it)
			}
			select {
			case out <- f:
			case <-ctx.Done():
				return
			}
			if f.end || f.err != nil {
				return
			}
		}
	}()
	return out
}

// unavailable turns a layer failure at seq into a divergence when it is one (the
// batch is indexed but its data is gone).
func unavailable(seq uint64, err error) error {
	if errors.Is(err, da.ErrUnavailable) {
		return settle.BatchDivergence(seq, "data", "", "", err.Error())
	}
	return err
}

// lastIndexed is implemented by layers that can tell the highest seq they index,
// contiguous or not (a gap is a missing batch).
type lastIndexed interface {
	LastIndexed(ctx context.Context, contract common.Address) (uint64, bool, error)
}

func missingBeyond(ctx context.Context, s da.Store, c common.Address, seq uint64) error {
	li, ok := s.(lastIndexed)
	if !ok {
		return nil
	}
	last, any, err := li.LastIndexed(ctx, c)
	if err != nil || !any || last < seq {
		return err
	}
	// The layer may be live: batch seq can have been published between the read
	// that did not find it and the listing. Only a seq that is still unreadable
	// while a later one is indexed is missing.
	if _, err := s.Get(ctx, c, seq); err == nil {
		return nil
	} else if !errors.Is(err, da.ErrNotFound) {
		return unavailable(seq, err)
	}
	return settle.BatchDivergence(seq, "seq", fmt.Sprintf("batch %d", seq), "none",
		fmt.Sprintf("batch %d is missing while the layer holds batches up to %d", seq, last))
}

func statePath(cfg Config) string {
	return filepath.Join(cfg.StateDir, strings.ToLower(cfg.Contract.Hex()[2:])+".state")
}

func loadState(cfg Config) (*settle.State, error) {
	if cfg.StateDir == "" {
		return nil, nil
	}
	raw, err := os.ReadFile(statePath(cfg))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("detector: %w", err)
	}
	st, err := settle.UnmarshalState(raw)
	if err != nil {
		return nil, fmt.Errorf("detector: state %s: %w (remove it to start over)", statePath(cfg), err)
	}
	if st.Domain().Contract != cfg.Contract {
		return nil, fmt.Errorf("detector: state %s is for contract %s", statePath(cfg), st.Domain().Contract)
	}
	return st, nil
}

func saveState(cfg Config, st *settle.State) error {
	if cfg.StateDir == "" || st.Next() == 0 {
		return nil
	}
	raw, err := st.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.StateDir, 0o755); err != nil {
		return fmt.Errorf("detector: %w", err)
	}
	path := statePath(cfg)
	f, err := os.CreateTemp(cfg.StateDir, ".state-*")
	if err != nil {
		return fmt.Errorf("detector: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(raw); err != nil {
		f.Close()
		return fmt.Errorf("detector: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("detector: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("detector: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("detector: %w", err)
	}
	d, err := os.Open(cfg.StateDir)
	if err != nil {
		return fmt.Errorf("detector: %w", err)
	}
	defer d.Close()
	return d.Sync()
}

// progress is the one-line display: batches done of the layer's head, settlements
// and their rate, redrawn at most every 200 ms.
type progress struct {
	w     io.Writer
	total uint64
	start time.Time
	last  time.Time
	from  uint64
	drawn bool
	seq   uint64
	setts uint64
}

func newProgress(w io.Writer, s da.Store, c common.Address, from uint64) *progress {
	p := &progress{w: w, start: time.Now(), from: from}
	if w != nil {
		if h, err := s.Head(context.Background(), c); err == nil {
			p.total = h.Next
		}
	}
	return p
}

func (p *progress) update(seq, settlements uint64) {
	p.seq, p.setts = seq, settlements
	if p.w == nil || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.draw()
}

func (p *progress) draw() {
	p.last = time.Now()
	el := time.Since(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(p.setts) / el
	}
	total := ""
	if p.total > 0 {
		total = fmt.Sprintf("/%d (%.1f%%)", p.total, 100*float64(p.seq+1)/float64(p.total))
	}
	fmt.Fprintf(p.w, "\rdetector: batch %d%s  %d settlements  %.0f/s   ", p.seq, total, p.setts, rate)
	p.drawn = true
}

func (p *progress) done() {
	if p.w == nil || p.setts == 0 {
		return
	}
	p.draw()
	fmt.Fprintln(p.w)
}

// runShared is Run on a shared layer (da.Shared, SPEC 9 revision 2): at each seq
// the canonical batch is the first valid publication — it decodes, matches its
// header, passes the chain's checks before replay (its payment, group and block
// hashes: chainCheck.before) and the replay (State.Check, every signature
// re-verified). Invalid publications are skipped and named in Result.Rejected
// with their publisher; a batch that is valid but whose replay disagrees with the
// contract's state or events (chainCheck.after) is a divergence, as on any layer.
// The ledger ends at the first seq without a valid publication.
func runShared(ctx context.Context, cfg Config, sh da.Shared, st *settle.State, cc *chainCheck, res *Result, start time.Time) (*Result, error) {
	res.From = st.Next()
	prog := newProgress(cfg.Progress, cfg.Store, cfg.Contract, st.Next())
	defer prog.done()
	fail := func(err error) (*Result, error) {
		res.Head = st.Head()
		res.Elapsed = time.Since(start)
		if serr := saveState(cfg, st); serr != nil {
			cfg.Log.Warn("detector: checkpoint", "err", serr)
		}
		return res, err
	}
	copts := settle.CheckOptions{Crypto: true, Workers: cfg.Workers}
	for {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		seq := st.Next()
		pubs, err := sh.Publications(ctx, cfg.Contract, seq)
		if err != nil {
			return fail(err)
		}
		var applied bool
		for _, p := range pubs {
			reject := func(err error) {
				res.Rejected = append(res.Rejected, settle.Rejected{Seq: seq, Publisher: p.Publisher, Tx: p.Tx, Block: p.Block, Reason: err.Error()})
			}
			it, err := sh.Body(ctx, cfg.Contract, p)
			if errors.Is(err, da.ErrUnavailable) {
				reject(err)
				continue
			}
			if err != nil {
				return fail(err)
			}
			b, err := settle.DecodeItem(it)
			if err != nil {
				reject(err)
				continue
			}
			if b.Prev != p.Prev || b.StateRoot != p.StateRoot {
				reject(settle.BatchDivergence(seq, "header", "", "", "the inbox header's prev or state root differs from the body's"))
				continue
			}
			if err := cc.before(ctx, st, b); err != nil {
				var div *settle.Divergence
				if !errors.As(err, &div) {
					return fail(err)
				}
				reject(err)
				continue
			}
			eff, err := st.Check(b, it.Hash, copts)
			if err != nil {
				var div *settle.Divergence
				if !errors.As(err, &div) {
					return fail(err)
				}
				reject(err)
				continue
			}
			n, err := cc.after(ctx, st, b, eff)
			res.RootsAtBlocks += n
			if err != nil {
				return fail(err)
			}
			st.Apply(eff)
			res.Batches++
			res.Settlements += uint64(len(b.Entries))
			res.Records += uint64(b.NumRecords())
			prog.update(seq, res.Settlements)
			applied = true
			break
		}
		if !applied {
			break
		}
	}
	if st.Next() == 0 {
		return fail(ErrNoLedger)
	}
	pending, checked, err := cc.final(ctx, st, cfg.MaxLag)
	res.Pending, res.ContractChecked = pending, checked
	if err != nil {
		return fail(err)
	}
	res.Head = st.Head()
	res.Elapsed = time.Since(start)
	if err := saveState(cfg, st); err != nil {
		return res, err
	}
	return res, nil
}
