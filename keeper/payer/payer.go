package payer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/keeper/schedule"
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
	// Poll is how often the chain head is read (default 200 ms).
	Poll        time.Duration
	RoundTicks  uint64 // agreement.Config.RoundTicks (default agreement.DefaultRoundTicks)
	Retransmits int    // agreement.Config.Retransmits
	Tolerance   agreement.Tolerance
	// InboxLen bounds the inbound messages queued per contract (default 1024).
	InboxLen int
	// Challenge are the challenge parameters (m, c) the records were made with.
	Challenge challenge.Params
}

// Config is what the payer is built from.
type Config struct {
	Client    chain.Client
	ChainID   *big.Int
	Account   common.Address     // the keeper's account
	Tx        *txmgr.Manager     // sends every transaction of the keeper (shared)
	Keyring   agreement.Keyring  // the keeper's BLS key
	Verifier  agreement.Verifier // nil: agreement.NewBLSVerifier()
	DB        *store.DB
	Records   *records.Store
	Chain     chainview.Chain // heads and block hashes
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

	mu      sync.Mutex
	drivers map[common.Address]*driver
	order   []common.Address
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
		cfg.Verifier = agreement.NewBLSVerifier()
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
	return &Payer{cfg: cfg, log: cfg.Logger.With("keeper", cfg.Account), group: NewGroup(), drivers: map[common.Address]*driver{}}, nil
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
		label: contract.Hex(), log: p.log.With("contract", contract),
		slashed: map[slashKey]bool{}, orphaned: map[[32]byte]bool{}, inFlight: map[[32]byte]bool{}}
	d.obs = NewObserver(c.Domain(), p.cfg.Records, v, p.cfg.Chain, p.cfg.Options.Challenge, d.log)
	d.votes = NewVoteStore(p.cfg.DB, contract)
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.drivers[contract]; ok {
		return old.view, nil
	}
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

// ContractStatus is the payer's state for one contract (the /status endpoint).
type ContractStatus struct {
	Contract    common.Address    `json:"contract"`
	Self        *uint32           `json:"self,omitempty"` // registration index; nil if not a member
	Height      uint64            `json:"height"`
	Te          uint64            `json:"te"`           // period end the core works on
	Window      *uint64           `json:"window"`       // leader window at Height
	Leader      *uint32           `json:"leader"`       // its leader
	Leading     bool              `json:"leading"`      // this keeper leads now
	Phase       string            `json:"phase"`        // leader's phase: observe, propose, sync, done
	Attempt     uint32            `json:"attempt"`      // leader's attempt
	LastPaidTe  uint64            `json:"last_paid_te"` // lowest lastPaid among providers
	LastTx      *common.Hash      `json:"last_tx,omitempty"`
	LastOutcome string            `json:"last_outcome,omitempty"`
	LastLatency float64           `json:"last_latency_s,omitempty"` // Observe → q signatures of our last lead
	Submitted   int               `json:"submitted"`                // reports this keeper submitted
	Paid        int               `json:"paid"`                     // of which paid by our transaction
	Rejections  map[string]uint64 `json:"rejections,omitempty"`
}

// Status returns the state of every served contract.
func (p *Payer) Status() []ContractStatus {
	p.mu.Lock()
	ds := make([]*driver, 0, len(p.order))
	for _, a := range p.order {
		ds = append(ds, p.drivers[a])
	}
	p.mu.Unlock()
	out := make([]ContractStatus, len(ds))
	for i, d := range ds {
		out[i] = d.status()
	}
	return out
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

type inbound struct {
	from    common.Address
	payload []byte
}

type slashKey struct {
	signer          uint32
	te              uint64
	leader, attempt uint32
}

// driver runs the agreement core of one contract.
type driver struct {
	p     *Payer
	c     *upkeeping.Contract
	view  *View
	obs   *Observer
	votes *VoteStore
	inbox chan inbound
	label string
	log   *slog.Logger

	core   *agreement.Node // owned by run's goroutine
	self   uint32
	warned bool // not-a-member warning logged

	// leader-side bookkeeping for metrics (run's goroutine)
	leadKey   [2]uint64 // te, window
	leadStart time.Time
	lastPhase string

	// reorg handling (run's goroutine): the last head seen, and the reports this
	// keeper submitted, retained so that a payment orphaned by a reorg is paid
	// again with the same report.
	headNum     uint64
	headHash    common.Hash
	recheckFrom uint64 // first height after the last reorg's fork point
	rechecks    int    // polls left that re-run the records' discard
	retained    []agreement.Submit
	orphaned    map[[32]byte]bool // retained digests to re-check after a reorg

	mu       sync.Mutex
	st       ContractStatus
	paid     []PaidReport
	slashed  map[slashKey]bool
	inFlight map[[32]byte]bool // digests being submitted
	// discarded counts records dropped after deep reorgs
	discarded int
}

// retainReports bounds the reports a driver keeps for re-submission after a reorg.
const retainReports = 8

// enqueue queues an inbound message without blocking. Messages from accounts that
// are not active keepers of the contract are dropped here, so outsiders cannot
// fill the inbox.
func (d *driver) enqueue(from common.Address, payload []byte) bool {
	if _, ok := d.view.KeeperIndex(from); !ok {
		d.p.cfg.Metrics.MessagesRejected.WithLabelValues("not_member").Inc()
		return true
	}
	select {
	case d.inbox <- inbound{from, payload}:
		return true
	default:
		return false
	}
}

func (d *driver) params() schedule.Params {
	pr := d.view.Params()
	return schedule.Params{Start: pr.Start, Period: pr.Period, Finality: pr.Finality, Window: pr.Window}
}

// newCore builds the core once this keeper is an active member.
func (d *driver) newCore() bool {
	self, ok := d.view.KeeperIndex(d.p.cfg.Account)
	if !ok {
		if !d.warned {
			d.warned = true
			d.log.Warn("this keeper is not an active member of the contract's group: no agreement until it is")
		}
		return false
	}
	o := d.p.cfg.Options
	n, err := agreement.New(agreement.Config{
		Domain: d.c.Domain(), Self: self, Params: d.params(), Tolerance: o.Tolerance,
		RoundTicks: o.RoundTicks, Retransmits: o.Retransmits,
		// The first leader waits up to D blocks for the records of [te − 2D, te)
		// (bounded by the core so that a short period is never skipped).
		SettleBlocks: d.params().Finality,
		Chain:        d.view, Observer: d.obs, Store: d.votes, Keys: d.p.cfg.Keyring, Verifier: d.p.cfg.Verifier,
		Logger: d.log,
	})
	if err != nil {
		d.log.Error("agreement core", "err", err)
		return false
	}
	d.core, d.self = n, self
	d.log.Info("agreement core started", "self", self)
	return true
}

func (d *driver) run(ctx context.Context) {
	d.obs.Bind(ctx) // a stopped keeper abandons a record-set check (round 4)
	o := d.p.cfg.Options
	tick := time.NewTicker(o.Tick)
	defer tick.Stop()
	poll := time.NewTicker(o.Poll)
	defer poll.Stop()
	d.poll(ctx)
	for {
		select {
		case <-ctx.Done():
			return
		case m := <-d.inbox:
			if d.core == nil {
				continue
			}
			from, ok := d.view.KeeperIndex(m.from)
			if !ok {
				d.p.cfg.Metrics.MessagesRejected.WithLabelValues("not_member").Inc()
				continue
			}
			if err := d.core.Step(from, m.payload); err != nil {
				d.p.cfg.Metrics.MessagesRejected.WithLabelValues(reasonOf(err)).Inc()
			}
		case <-tick.C:
			if d.core != nil {
				d.core.Tick()
			}
		case <-poll.C:
			d.poll(ctx)
		}
		d.drain(ctx)
	}
}

func reasonOf(err error) string {
	for _, r := range []error{agreement.ErrOversized, agreement.ErrMalformed, agreement.ErrForeignDomain, agreement.ErrNotMember,
		agreement.ErrSender, agreement.ErrWrongPeriod, agreement.ErrNotLeader, agreement.ErrStale, agreement.ErrBadSignature,
		agreement.ErrBadEntry, agreement.ErrBadReport, agreement.ErrBadValue, agreement.ErrTolerance, agreement.ErrConflict,
		agreement.ErrUnknownInstance, agreement.ErrUnexpected, agreement.ErrBadRecords, agreement.ErrLocal} {
		if errors.Is(err, r) {
			return r.Error()
		}
	}
	return "other"
}

func (d *driver) poll(ctx context.Context) {
	hdr, err := d.p.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		if ctx.Err() == nil {
			d.log.Warn("chain head", "err", err)
		}
		return
	}
	h := hdr.Number.Uint64()
	reorg, err := d.reorged(ctx, hdr)
	if err != nil {
		if ctx.Err() == nil {
			d.log.Warn("checking for a reorg", "err", err)
		}
		return
	}
	oldNum, oldHash := d.headNum, d.headHash
	d.headNum, d.headHash = h, hdr.Hash()
	if reorg {
		if fp, err := d.forkPoint(ctx, oldHash); err != nil {
			d.log.Warn("reorg: fork point not found; records not re-checked", "err", err)
		} else {
			d.recheckFrom, d.rechecks = fp+1, recheckPolls
		}
	}
	if d.rechecks > 0 {
		// A record verified just before the reorg may be stored just after the
		// first pass: the pass is repeated on the next few polls.
		d.rechecks--
		d.discardOrphaned(ctx, d.recheckFrom, oldNum)
	}
	if reorg {
		// The cached contract state may come from an orphaned branch: re-read it
		// at the new head (lastPaid may have gone back), and re-check the reports
		// this keeper submitted.
		if err := d.view.Reload(ctx, h); err != nil {
			if ctx.Err() == nil {
				d.log.Warn("reloading the contract view after a reorg", "err", err)
			}
			d.headHash = common.Hash{} // retry the reload on the next poll
			return
		}
		for _, s := range d.retained {
			d.orphaned[s.Digest] = true
		}
		d.log.Warn("chain reorganised: contract view reloaded", "head", h, "hash", hdr.Hash(), "retained", len(d.retained))
	}
	if len(d.orphaned) > 0 {
		d.resubmitOrphaned(ctx, h)
	}
	if h <= d.view.Height() && d.core != nil {
		return
	}
	if err := d.view.Refresh(ctx, h); err != nil {
		if ctx.Err() == nil {
			d.log.Warn("refreshing the contract view", "err", err)
		}
		return
	}
	d.p.cfg.Metrics.ChainHeight.Set(float64(h))
	if d.core == nil && !d.newCore() {
		return
	}
	d.core.SetHeight(h)
}

// reorged reports whether the chain was reorganised since the last poll: the head
// went back, or the block at the last head's height is no longer the one seen.
func (d *driver) reorged(ctx context.Context, hdr *types.Header) (bool, error) {
	if d.headHash == (common.Hash{}) {
		return false, nil
	}
	h := hdr.Number.Uint64()
	switch {
	case h < d.headNum:
		return true, nil
	case h == d.headNum:
		return hdr.Hash() != d.headHash, nil
	}
	old, err := d.p.cfg.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(d.headNum))
	if err != nil {
		return false, err
	}
	return old.Hash() != d.headHash, nil
}

// recheckPolls is how many polls after a reorg re-run the records' discard.
const recheckPolls = 10

// maxReorgWalk bounds how far back forkPoint follows an orphaned branch.
const maxReorgWalk = 1024

// forkPoint returns the highest block of the branch ending at (num, hash) that is
// still canonical.
func (d *driver) forkPoint(ctx context.Context, hash common.Hash) (uint64, error) {
	cl := d.p.cfg.Client
	hdr, err := cl.HeaderByHash(ctx, hash)
	if err != nil {
		return 0, err
	}
	for range maxReorgWalk {
		canon, err := cl.HeaderByNumber(ctx, hdr.Number)
		if err == nil && canon.Hash() == hdr.Hash() {
			return hdr.Number.Uint64(), nil
		}
		if hdr.Number.Sign() == 0 {
			break
		}
		if hdr, err = cl.HeaderByHash(ctx, hdr.ParentHash); err != nil {
			return 0, err
		}
	}
	return 0, fmt.Errorf("payer: no common ancestor within %d blocks of %s", maxReorgWalk, hash)
}

// discardOrphaned applies keeper/records' reorg rule after a reorg: the ok records
// of heights from the one after the fork point on are
// re-verified against the canonical hashes and those that no longer verify are
// discarded (records.Store.DiscardOrphaned), so that no observation counts them.
// Records exist above the fork point only if the reorg was deeper than D (seeds
// use D-deep blocks), so a shallow reorg re-checks nothing. The range is open
// above: the challenger may have seen a later head than this driver's last poll.
func (d *driver) discardOrphaned(ctx context.Context, from, oldNum uint64) {
	cl := d.p.cfg.Client
	hashOf := func(h uint64) ([32]byte, error) {
		hdr, err := cl.HeaderByNumber(ctx, new(big.Int).SetUint64(h))
		if errors.Is(err, ethereum.NotFound) {
			return [32]byte{}, nil // above the new head: no canonical block yet
		}
		if err != nil {
			return [32]byte{}, err
		}
		return hdr.Hash(), nil
	}
	gone, err := d.p.cfg.Records.DiscardOrphaned(d.c.Domain(), d.p.cfg.Options.Challenge, d.view.ProviderAddresses(),
		d.view.KeeperAddresses(), from, math.MaxUint64, hashOf)
	if err != nil {
		d.log.Warn("reorg: re-checking records", "err", err)
	}
	d.mu.Lock()
	d.discarded += len(gone)
	d.mu.Unlock()
	if len(gone) > 0 {
		d.log.Warn("reorg deeper than D: records on orphaned seeds discarded", "from", from, "head_before", oldNum, "discarded", len(gone))
	}
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

// resubmitOrphaned re-checks, after a reorg, the reports this keeper submitted:
// one whose every entry is unpaid again (lastPaid = its ts, as the contract
// requires) is submitted again — the same report, digest and aggregate signature,
// so no keeper signs anything new — once te + D ≤ head; one paid again (by the
// re-included transaction or by anyone) or superseded (some lastPaid moved
// elsewhere) is dropped from the re-check.
func (d *driver) resubmitOrphaned(ctx context.Context, h uint64) {
	fin := d.view.Params().Finality
	for _, s := range d.retained {
		if !d.orphaned[s.Digest] {
			continue
		}
		unpaid, paid := 0, 0
		for _, e := range s.Report.Entries {
			lp, ok, _ := d.view.LastPaid(e.Provider)
			switch {
			case !ok:
			case lp == e.Ts:
				unpaid++
			case lp >= s.Report.Te:
				paid++
			}
		}
		n := len(s.Report.Entries)
		if paid == n || unpaid != n {
			delete(d.orphaned, s.Digest)
			continue
		}
		if h < s.Report.Te+fin {
			continue // premature on the new branch: wait
		}
		d.mu.Lock()
		busy := d.inFlight[s.Digest]
		if !busy {
			d.inFlight[s.Digest] = true
		}
		d.mu.Unlock()
		if busy {
			continue
		}
		delete(d.orphaned, s.Digest)
		d.log.Warn("payment orphaned by a reorg: submitting the same report again", "te", s.Report.Te,
			"leader", s.Report.Leader, "attempt", s.Report.Attempt, "digest", common.Hash(s.Digest))
		d.p.bg.Add(1)
		go func() {
			defer d.p.bg.Done()
			d.submit(ctx, s, 0, true)
		}()
	}
}

// drain executes the core's Ready in the order it requires: the locks are already
// durable (the core calls VoteStore.Put before producing anything that depends on
// them), so messages go to the per-peer queues, then reports are submitted and
// evidence published, each in its own goroutine (the core never waits on a
// transaction).
func (d *driver) drain(ctx context.Context) {
	if d.core == nil {
		return
	}
	d.trackLead()
	if !d.core.HasReady() {
		return
	}
	rd := d.core.Ready()
	for _, m := range rd.Messages {
		if m.Broadcast {
			for _, k := range d.view.KeeperAddresses() {
				if k != d.p.cfg.Account {
					d.p.cfg.Transport.Send(k, m.Payload)
				}
			}
			continue
		}
		if a, ok := d.view.KeeperAddress(m.To); ok {
			d.p.cfg.Transport.Send(a, m.Payload)
		}
	}
	for _, s := range rd.Submits {
		lat := time.Duration(0)
		if !d.leadStart.IsZero() {
			lat = time.Since(d.leadStart)
			d.p.cfg.Metrics.AgreementLatency.WithLabelValues(d.label).Observe(lat.Seconds())
		}
		d.log.Info("report agreed", "te", s.Report.Te, "leader", s.Report.Leader, "attempt", s.Report.Attempt,
			"entries", len(s.Report.Entries), "signers", s.Signers.Text(2), "latency", lat)
		d.retained = append(d.retained, s)
		if len(d.retained) > retainReports {
			delete(d.orphaned, d.retained[0].Digest)
			d.retained = d.retained[1:]
		}
		d.mu.Lock()
		d.inFlight[s.Digest] = true
		d.mu.Unlock()
		d.p.bg.Add(1)
		go func() {
			defer d.p.bg.Done()
			d.submit(ctx, s, lat, false)
		}()
	}
	for _, ev := range rd.Evidence {
		d.p.bg.Add(1)
		go func() {
			defer d.p.bg.Done()
			d.slash(ctx, ev)
		}()
	}
}

// trackLead updates the round metrics and the status from the core's state.
func (d *driver) trackLead() {
	s := d.core.Status()
	if s.Leading {
		k := [2]uint64{s.Te, s.Window}
		if k != d.leadKey {
			d.leadKey, d.leadStart, d.lastPhase = k, time.Now(), ""
			d.log.Info("leading", "te", s.Te, "window", s.Window, "attempt", s.Attempt)
		}
		if s.Phase != d.lastPhase {
			d.lastPhase = s.Phase
			if s.Phase != "done" {
				d.p.cfg.Metrics.AgreementRounds.WithLabelValues(d.label, s.Phase).Inc()
			}
		}
	}
	var win *uint64
	var leader *uint32
	if ks, err := d.view.Keepers(); err == nil && len(ks) > 0 && s.Te != 0 {
		sk := make([]schedule.Keeper, len(ks))
		for i, k := range ks {
			sk[i] = schedule.Keeper{Index: k.Index, Address: k.Address}
		}
		if sch, err := schedule.New(d.params(), s.Te, sk); err == nil {
			if i, l, ok := sch.WindowAt(s.Height); ok {
				win, leader = &i, &l.Index
			}
		}
	}
	low := uint64(0)
	for i, a := range d.view.ProviderAddresses() {
		_ = a
		if lp, ok, _ := d.view.LastPaid(uint32(i)); ok && (i == 0 || lp < low) {
			low = lp
		}
	}
	self := d.self
	d.mu.Lock()
	d.st.Contract, d.st.Self = d.c.Address, &self
	d.st.Height, d.st.Te, d.st.Leading, d.st.Phase, d.st.Attempt = s.Height, s.Te, s.Leading, s.Phase, s.Attempt
	d.st.Window, d.st.Leader, d.st.LastPaidTe = win, leader, low
	d.mu.Unlock()
}

func (d *driver) status() ContractStatus {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.st
	s.Contract = d.c.Address
	return s
}

var upkeepingABI = func() *abi.ABI {
	a, err := bindings.UpkeepingMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}()

// paidThrough is the Done check of a report: every entry's lastPaid ≥ te, read
// from the chain (not the cache).
func (d *driver) paidThrough(te uint64, providers []uint32) txmgr.Done {
	return func(ctx context.Context) (bool, error) {
		for _, p := range providers {
			lp, err := d.c.LastPaid(ctx, p)
			if err != nil {
				return false, err
			}
			if lp < te {
				return false, nil
			}
		}
		return true, nil
	}
}

// submit sends pay(report, signers, signature) through txmgr (SPEC 8). A report
// already paid — by anyone, or by an earlier version of our transaction — is
// success; never double-pays: the contract rejects a second report for the same
// ts, and the Done check stops resubmission as soon as lastPaid ≥ te.
//
// The receipt counts only once its block is D deep and canonical
// (txmgr.Call.Confirmations = the contract's finality): a payment orphaned before
// that is re-broadcast by txmgr; one orphaned later is found by the driver's reorg
// check and submitted again (resubmitOrphaned; again is then true).
func (d *driver) submit(ctx context.Context, s agreement.Submit, lat time.Duration, again bool) {
	d.p.cfg.Proposals.Put(d.c.Address, s.Digest, s.Propose)
	r := s.Report
	log := d.log.With("te", r.Te, "leader", r.Leader, "attempt", r.Attempt, "entries", len(r.Entries), "again", again)
	outcome := "failed"
	rep := PaidReport{Te: r.Te, Leader: r.Leader, Attempt: r.Attempt, Latency: lat, Repaid: again}
	if len(r.Entries) > 0 {
		rep.Ts = r.Entries[0].Ts
	}
	defer func() {
		d.p.cfg.Metrics.ReportsSubmitted.WithLabelValues(d.label, outcome).Inc()
		rep.Outcome = outcome
		d.mu.Lock()
		d.st.Submitted++
		d.st.LastOutcome = outcome
		if outcome == "paid" {
			d.st.Paid++
			h := rep.Tx
			d.st.LastTx = &h
			d.paid = append(d.paid, rep)
		}
		d.st.LastLatency = lat.Seconds()
		delete(d.inFlight, s.Digest)
		d.mu.Unlock()
	}()
	// A copy of its own: cgo must not see the struct's Go pointers.
	sig, err := bls.SignatureFromBytes(bytes.Clone(s.Signature[:]))
	if err != nil {
		log.Error("aggregate signature does not decode", "err", err)
		return
	}
	e := sig.EIP2537()
	data, err := upkeepingABI.Pack("pay", s.Encoded, s.Signers, e[:])
	if err != nil {
		log.Error("packing pay", "err", err)
		return
	}
	provs := make([]uint32, len(r.Entries))
	for i, en := range r.Entries {
		provs[i] = en.Provider
	}
	done := d.paidThrough(r.Te, provs)
	res, err := d.p.cfg.Tx.Send(ctx, txmgr.Call{To: d.c.Address, Data: data, Confirmations: d.view.Params().Finality}, done)
	if res.Reorged > 0 {
		log.Warn("payment orphaned by a reorg while confirming; sent again", "reorged", res.Reorged)
	}
	if res.Receipt != nil {
		d.p.cfg.Metrics.GasSpent.WithLabelValues(d.label, "pay").Add(float64(res.Receipt.GasUsed))
		rep.Tx, rep.GasUsed = res.Receipt.TxHash, res.Receipt.GasUsed
	}
	switch {
	case err == nil && res.AlreadyDone:
		outcome = "already_paid"
		log.Info("report already paid", "sent", res.Sent)
	case err == nil:
		outcome = "paid"
		rep.Entries = d.entriesPaid(res.Receipt)
		total := new(big.Int)
		for _, p := range rep.Entries {
			total.Add(total, p.Amount)
		}
		d.p.cfg.Metrics.Payments.WithLabelValues(d.label).Add(float64(len(rep.Entries)))
		d.p.cfg.Metrics.PaidWei.Add(d.label, total)
		log.Info("report paid", "tx", res.Receipt.TxHash, "block", res.Receipt.BlockNumber, "gas", res.Receipt.GasUsed,
			"paid", total, "latency", lat, "sent", res.Sent)
	default:
		// A revert may be a lost race: someone else's report paid the interval.
		cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		ok, derr := done(cctx)
		cancel()
		var re *txmgr.RevertError
		reason := err
		if errors.As(err, &re) {
			if dr := upkeeping.DecodeRevert(re.Data); dr != nil {
				reason = dr
			}
		}
		if derr == nil && ok && (errors.Is(reason, upkeeping.ErrStaleInterval) || errors.Is(reason, upkeeping.ErrIntervalNotBeforeEnd) || errors.Is(err, txmgr.ErrFailed)) {
			outcome = "already_paid"
			log.Info("report paid by another keeper", "reason", reason)
			return
		}
		if ctx.Err() != nil {
			outcome = "aborted"
			return
		}
		log.Error("report not paid", "err", reason)
	}
}

func (d *driver) entriesPaid(r *types.Receipt) []upkeeping.Payment {
	var out []upkeeping.Payment
	for _, l := range r.Logs {
		if l.Address != d.c.Address {
			continue
		}
		e, err := d.c.Bindings().ParseEntryPaid(*l)
		if err != nil {
			continue
		}
		out = append(out, upkeeping.Payment{Provider: e.Provider, Ts: e.Ts, Te: e.Te, St: e.St, Amount: e.Amount,
			Block: l.BlockNumber, TxHash: l.TxHash})
	}
	return out
}

// slash publishes equivocation evidence (SPEC 8), once per (signer, instance).
func (d *driver) slash(ctx context.Context, ev *wire.Evidence) {
	a, _, _, _, err := ev.Check()
	if err != nil {
		d.log.Warn("evidence does not check", "err", err)
		return
	}
	k := slashKey{ev.Signer, a.Te, a.Leader, a.Attempt}
	d.mu.Lock()
	if d.slashed[k] {
		d.mu.Unlock()
		return
	}
	d.slashed[k] = true
	d.mu.Unlock()
	d.p.cfg.Metrics.EquivocationsSeen.WithLabelValues(d.label).Inc()
	sa, err := bls.SignatureFromBytes(bytes.Clone(ev.SigA[:]))
	if err != nil {
		return
	}
	sb, err := bls.SignatureFromBytes(bytes.Clone(ev.SigB[:]))
	if err != nil {
		return
	}
	ea, eb := sa.EIP2537(), sb.EIP2537()
	data, err := upkeepingABI.Pack("slash", ev.Signer, ev.ReportA, ea[:], ev.ReportB, eb[:])
	if err != nil {
		d.log.Error("packing slash", "err", err)
		return
	}
	done := func(ctx context.Context) (bool, error) {
		ki, err := d.c.Keeper(ctx, ev.Signer)
		if err != nil {
			return false, err
		}
		return ki.Status == upkeeping.KeeperSlashed, nil
	}
	res, err := d.p.cfg.Tx.Send(ctx, txmgr.Call{To: d.c.Address, Data: data}, done)
	if res.Receipt != nil {
		d.p.cfg.Metrics.GasSpent.WithLabelValues(d.label, "slash").Add(float64(res.Receipt.GasUsed))
	}
	d.log.Warn("equivocation slashed", "keeper", ev.Signer, "te", a.Te, "leader", a.Leader, "attempt", a.Attempt,
		"already", res.AlreadyDone, "err", err)
}
