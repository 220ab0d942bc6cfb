package payer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/blscrypto"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/chainwatch"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/upkeeping"
)

// ErrUnknownContract is returned for a contract the payer does not serve.
var ErrUnknownContract = chainview.ErrUnknownContract

// Defaults of Options.
const (
	DefaultTick     = 100 * time.Millisecond
	DefaultPoll     = 200 * time.Millisecond
	DefaultInboxLen = 1024
)

// Options tune the driver. The zero value is usable.
type Options struct {
	// Tick is the core's clock: one agreement.Node.Tick per Tick (default 100 ms).
	// A round lasts RoundTicks ticks.
	Tick time.Duration
	// Poll is how often the chain head is read (default 200 ms) by the watcher the
	// payer makes when Config.Watch is nil.
	Poll        time.Duration
	RoundTicks  uint64 // agreement.Config.RoundTicks (default agreement.DefaultRoundTicks)
	Retransmits int    // agreement.Config.Retransmits
	Tolerance   agreement.Tolerance
	// InboxLen bounds the inbound messages queued per contract (default 1024).
	InboxLen int
	// PartSize is the providers per part of a report (default parts.Size, derived
	// from the chain's limits; a smaller one lets tests split small contracts).
	// Every keeper of a contract must use the same.
	PartSize uint32
	// PartsPerPeriod is how many parts a period serves (default
	// parts.Capacity(H)); beyond it the parts rotate fairly (parts.Served).
	// Every keeper of a contract must use the same.
	PartsPerPeriod uint32
	// Challenge are the challenge parameters (m, c) the records were made with.
	Challenge challenge.Params
}

// Config is what the payer is built from.
type Config struct {
	Client   chain.Client
	ChainID  *big.Int
	Account  common.Address     // the keeper's account
	Tx       *txmgr.Manager     // sends every transaction of the keeper (shared)
	Keyring  agreement.Keyring  // the keeper's BLS key
	Verifier agreement.Verifier // nil: blscrypto.NewVerifier()
	DB       *store.DB
	Records  *records.Store
	Chain    chainview.Chain // heads and block hashes
	// Watch is the node's one reader of heads and logs (keeper/chainwatch), shared
	// with the ledgers and the challenger; nil: the payer makes its own from Client
	// (polling every Options.Poll) and runs it in Run.
	Watch     *chainwatch.Watcher
	Transport *Transport
	Metrics   *obs.Metrics // nil: a private registry
	// Proposals, if set, keeps the Propose of every report this keeper submits
	// (for the SCP ledger's batch, SPEC 9; settle_hook.go).
	Proposals *Proposals
	Logger    *slog.Logger
	Options   Options
}

// Payer drives the agreement for every contract the keeper serves, and submits the
// reports it leads (package doc).
type Payer struct {
	cfg   Config
	log   *slog.Logger
	group *Group

	ownWatch bool // cfg.Watch was made by New: Run runs it

	mu      sync.Mutex
	drivers map[common.Address]*driver
	order   []common.Address
	orders  OrderFetcher
	running bool
	bg      sync.WaitGroup
}

// New returns a payer serving no contract yet (see Serve).
func New(cfg Config) (*Payer, error) {
	if cfg.Client == nil || cfg.ChainID == nil || cfg.Tx == nil || cfg.Keyring == nil || cfg.DB == nil ||
		cfg.Records == nil || cfg.Chain == nil || cfg.Transport == nil {
		return nil, errors.New("payer: config: missing dependency")
	}
	if cfg.Verifier == nil {
		cfg.Verifier = blscrypto.NewVerifier()
	}
	if cfg.Metrics == nil {
		cfg.Metrics = obs.NewMetrics()
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	o := &cfg.Options
	if o.Tick <= 0 {
		o.Tick = DefaultTick
	}
	if o.Poll <= 0 {
		o.Poll = DefaultPoll
	}
	if o.InboxLen <= 0 {
		o.InboxLen = DefaultInboxLen
	}
	if o.Challenge == (challenge.Params{}) {
		o.Challenge = challenge.DefaultParams()
	}
	own := cfg.Watch == nil
	if own {
		cfg.Watch = chainwatch.New(cfg.Client, chainwatch.Options{Poll: o.Poll, Logger: cfg.Logger})
	}
	return &Payer{cfg: cfg, log: cfg.Logger.With("keeper", cfg.Account), group: NewGroup(), drivers: map[common.Address]*driver{}, ownWatch: own}, nil
}

// SetOrderFetcher makes the observers of every contract served, now and later,
// fetch the orders that synced records name and this keeper lacks (round 4;
// Observer.Orders). Call it before Run.
func (p *Payer) SetOrderFetcher(f OrderFetcher) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.orders = f
	for _, d := range p.drivers {
		d.obs.Orders = f
	}
}

// Group returns the membership of the served contracts as read from them (for the
// challenger).
func (p *Payer) Group() *Group { return p.group }

// Serve adds a contract: it reads its parameters and group, and registers its
// message route. Call it before Run.
func (p *Payer) Serve(ctx context.Context, contract common.Address) (*View, error) {
	p.mu.Lock()
	if d, ok := p.drivers[contract]; ok {
		p.mu.Unlock()
		return d.view, nil
	}
	p.mu.Unlock()
	c, err := upkeeping.New(ctx, p.cfg.Client, contract)
	if err != nil {
		return nil, err
	}
	if c.ChainID.Cmp(p.cfg.ChainID) != 0 {
		return nil, fmt.Errorf("payer: contract on chain %s, keeper configured for %s", c.ChainID, p.cfg.ChainID)
	}
	v, err := NewView(ctx, c)
	if err != nil {
		return nil, err
	}
	d := &driver{p: p, c: c, view: v, inbox: make(chan inbound, p.cfg.Options.InboxLen),
		done: make(chan agreement.Done, 64), jobs: make(chan struct{}, maxJobs),
		label: contract.Hex(), log: p.log.With("contract", contract),
		slashed: map[slashKey]bool{}, orphaned: map[[32]byte]bool{}, inFlight: map[[32]byte]bool{}}
	d.obs = NewObserver(c.Domain(), p.cfg.Records, v, p.cfg.Chain, p.cfg.Options.Challenge, d.log)
	d.votes = NewVoteStore(p.cfg.DB, contract)
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.drivers[contract]; ok {
		return old.view, nil
	}
	d.obs.Orders = p.orders
	d.sub = p.cfg.Watch.Subscribe(contract)
	p.drivers[contract] = d
	p.order = append(p.order, contract)
	p.group.Add(v)
	p.cfg.Transport.Register(contract, d.enqueue)
	return v, nil
}

// Run drives every served contract until ctx ends, then waits for submissions in
// flight.
func (p *Payer) Run(ctx context.Context) error {
	p.mu.Lock()
	ds := make([]*driver, 0, len(p.order))
	for _, a := range p.order {
		ds = append(ds, p.drivers[a])
	}
	p.running = true
	p.mu.Unlock()
	var wg sync.WaitGroup
	if p.ownWatch {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.cfg.Watch.Run(ctx)
		}()
	}
	for _, d := range ds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d.run(ctx)
		}()
	}
	wg.Wait()
	p.bg.Wait()
	return nil
}

// Payments returns the reports paid by this keeper's own transactions, in order
// (for the devnet's progress display and tests).
func (p *Payer) Payments(contract common.Address) []PaidReport {
	p.mu.Lock()
	d := p.drivers[contract]
	p.mu.Unlock()
	if d == nil {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]PaidReport(nil), d.paid...)
}

// Observed returns the distinct space-time values this keeper observed for a
// provider of contract over [ts, te) (the inputs of the agreement's median).
func (p *Payer) Observed(contract common.Address, provider uint32, ts, te uint64) []*big.Int {
	p.mu.Lock()
	d := p.drivers[contract]
	p.mu.Unlock()
	if d == nil {
		return nil
	}
	return d.obs.Observed(provider, ts, te)
}

// UsedRecords returns the records this keeper integrated in its observation of a
// provider of contract over [ts, te) closest to st (Observer.UsedRecords).
func (p *Payer) UsedRecords(contract common.Address, provider uint32, ts, te uint64, st *big.Int) (map[RecordKey]bool, bool) {
	p.mu.Lock()
	d := p.drivers[contract]
	p.mu.Unlock()
	if d == nil {
		return nil, false
	}
	return d.obs.UsedRecords(provider, ts, te, st)
}

// PaidReport is one report paid by this keeper's transaction.
type PaidReport struct {
	Te, Ts  uint64 // Ts of the first entry
	Part    uint32 // the report's part (SPEC 8.1)
	Leader  uint32
	Attempt uint32
	Tx      common.Hash
	GasUsed uint64
	Entries []upkeeping.Payment
	Latency time.Duration // Observe → q signatures
	Outcome string
	// Repaid is true for a retained report submitted again because a reorg
	// orphaned its payment (the same report, digest and aggregate signature).
	Repaid bool
}

// Discarded returns how many records the payer discarded after deep reorgs (their
// challenge seeds came from orphaned blocks).
func (p *Payer) Discarded(contract common.Address) int {
	p.mu.Lock()
	d := p.drivers[contract]
	p.mu.Unlock()
	if d == nil {
		return 0
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.discarded
}
