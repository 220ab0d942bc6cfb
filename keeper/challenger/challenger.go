package challenger

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/robfig/cron/v3"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/client"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/records"
)

// Errors returned to peers and callers.
var (
	ErrUnknownContract = errors.New("challenger: contract not served by this keeper")
	ErrNotFinal        = errors.New("challenger: record height not final in this keeper's view yet")
	// ErrChainUnavailable: the receiver could not read the chain (its node is
	// restarting, …); the sender retries.
	ErrChainUnavailable = errors.New("challenger: the receiving keeper cannot read the chain now")
	ErrNotProvider      = errors.New("challenger: order names a provider outside the contract")
	ErrNoEndpoint       = errors.New("challenger: no endpoint known for peer")
)

// Contract is a contract the keeper serves, with its chain parameters.
type Contract struct {
	Address  common.Address
	Finality uint64 // D
	Stale    uint64 // G
	// Horizon: order reconciliation compares the orders ending after head −
	// Horizon (reconcile.go); 0 compares all.
	Horizon uint64
}

// Config configures the challenger.
type Config struct {
	ChainID   *big.Int
	Key       *ecdsa.PrivateKey // the keeper's account key: signs records
	Contracts []Contract
	Params    challenge.Params
	Cron      string        // robfig/cron spec
	Jitter    time.Duration // random delay before each run
	Timeout   time.Duration // wall-clock response deadline
	SyncRetry time.Duration
	// MaxMessage bounds an inbound sync message.
	MaxMessage int
	// MaxOrders bounds the orders kept per contract and provider.
	MaxOrders int
	// Parallel bounds concurrent challenges in a run (default 64).
	Parallel int
	// Reconcile is the interval of order reconciliation (reconcile.go); 0: none.
	Reconcile time.Duration
	Logger    *slog.Logger
	Metrics   *obs.Metrics // optional
}

// Service is a keeper's challenger. Create it with New, install its handlers with
// Register, and drive it with Run (or RunRound and SyncOutbox directly).
type Service struct {
	cfg       Config
	addr      common.Address
	host      *p2p.Host
	st        *records.Store
	chain     chainview.Chain
	group     chainview.Group
	contracts map[common.Address]Contract
	log       *slog.Logger

	mu    sync.RWMutex
	peers map[common.Address]peer.ID // endpoints by account

	syncMu sync.Mutex     // one outbox drain at a time
	bg     sync.WaitGroup // background work: drains started by rounds, order gossip

	reconcileRound atomic.Uint64
}

// contract returns the served contract at addr.
func (s *Service) contract(addr common.Address) (Contract, bool) {
	c, ok := s.contracts[addr]
	return c, ok
}

// contractList returns the served contracts in configuration order.
func (s *Service) contractList() []Contract { return s.cfg.Contracts }

// New returns a challenger.
func New(cfg Config, host *p2p.Host, st *records.Store, chain chainview.Chain, group chainview.Group) (*Service, error) {
	if cfg.Key == nil || cfg.ChainID == nil {
		return nil, errors.New("challenger: key and chain id are required")
	}
	if err := cfg.Params.Validate(); err != nil {
		return nil, err
	}
	if cfg.Cron == "" {
		cfg.Cron = config.DefaultCron
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = config.DefaultTimeout.D()
	}
	if cfg.SyncRetry <= 0 {
		cfg.SyncRetry = config.DefaultSyncRetry.D()
	}
	if cfg.MaxMessage <= 0 {
		cfg.MaxMessage = config.DefaultMaxMessage
	}
	if cfg.MaxOrders <= 0 {
		cfg.MaxOrders = config.DefaultMaxOrders
	}
	if cfg.Parallel <= 0 {
		cfg.Parallel = 64
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	addr := gethcrypto.PubkeyToAddress(cfg.Key.PublicKey)
	if host.Address() != addr {
		return nil, fmt.Errorf("challenger: host identity %s is not the keeper account %s", host.Address(), addr)
	}
	s := &Service{cfg: cfg, addr: addr, host: host, st: st, chain: chain, group: group,
		contracts: map[common.Address]Contract{}, log: log.With("keeper", addr), peers: map[common.Address]peer.ID{}}
	for _, c := range cfg.Contracts {
		s.contracts[c.Address] = c
	}
	return s, nil
}

// Address returns the keeper's account.
func (s *Service) Address() common.Address { return s.addr }

// Store returns the keeper's record store.
func (s *Service) Store() *records.Store { return s.st }

// AddPeer makes a peer reachable by its account (from an endpoint multiaddr).
func (s *Service) AddPeer(info peer.AddrInfo) error {
	a, err := p2p.AddressOf(info.ID)
	if err != nil {
		return err
	}
	s.host.AddPeer(info)
	s.mu.Lock()
	s.peers[a] = info.ID
	s.mu.Unlock()
	return nil
}

// AddEndpoints adds peers from endpoint multiaddrs (configuration "peers").
func (s *Service) AddEndpoints(list []string) error {
	m, err := p2p.ParseEndpoints(list)
	if err != nil {
		return err
	}
	for _, info := range m {
		if err := s.AddPeer(info); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) peerOf(a common.Address) (peer.ID, error) {
	s.mu.RLock()
	id, ok := s.peers[a]
	s.mu.RUnlock()
	if !ok {
		return "", fmt.Errorf("%w: %s", ErrNoEndpoint, a)
	}
	return id, nil
}

func (s *Service) domain(contract common.Address) domain.Domain {
	return domain.Domain{ChainID: s.cfg.ChainID, Contract: contract}
}

// Register installs the order and record handlers on the host.
func (s *Service) Register() {
	s.host.Handle(p2p.ProtoOrder, challenge.SignedOrderLen, 0, s.handleOrder)
	s.host.Handle(p2p.ProtoRecord, s.cfg.MaxMessage, 0, s.handleRecord)
	s.host.Handle(p2p.ProtoOrders, wire.MaxOrdersRequestLen, 0, s.handleOrders)
}

// Run runs the cron schedule and the outbox retry loop until ctx ends.
func (s *Service) Run(ctx context.Context) error {
	c := cron.New(cron.WithParser(config.CronParser), cron.WithChain(cron.SkipIfStillRunning(cron.DiscardLogger)))
	if _, err := c.AddFunc(s.cfg.Cron, func() {
		if s.cfg.Jitter > 0 {
			select {
			case <-time.After(rand.N(s.cfg.Jitter)):
			case <-ctx.Done():
				return
			}
		}
		if err := s.RunRound(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("challenge round", "err", err)
		}
	}); err != nil {
		return fmt.Errorf("challenger: cron spec %q: %w", s.cfg.Cron, err)
	}
	c.Start()
	var rw sync.WaitGroup
	rw.Go(func() { s.runReconcile(ctx) })
	defer func() {
		<-c.Stop().Done()
		rw.Wait()
		s.bg.Wait()
	}()
	t := time.NewTicker(s.cfg.SyncRetry)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			s.SyncOutbox(ctx)
		}
	}
}

// RoundResult summarises one run.
type RoundResult struct {
	Height     map[common.Address]uint64 // challenge height per contract
	Records    []*challenge.ChalRecord
	Skipped    int // providers already challenged at this height or without orders
	Failed     int // providers that could not be challenged (no endpoint, store error)
	Challenges int
}

// RunRound challenges every provider of every contract once (at b = head − D per
// contract), stores and syncs the records, and returns them.
func (s *Service) RunRound(ctx context.Context) error {
	_, err := s.Round(ctx)
	return err
}

// Round is RunRound returning what it did.
func (s *Service) Round(ctx context.Context) (*RoundResult, error) {
	head, err := s.chain.Head(ctx)
	if err != nil {
		return nil, err
	}
	if s.cfg.Metrics != nil {
		s.cfg.Metrics.ChainHeight.Set(float64(head))
	}
	res := &RoundResult{Height: map[common.Address]uint64{}}
	var mu sync.Mutex
	var errs []error
	sem := make(chan struct{}, s.cfg.Parallel)
	var wg sync.WaitGroup
	for _, c := range s.cfg.Contracts {
		if head < c.Finality {
			continue
		}
		b := head - c.Finality
		hash, err := s.chain.BlockHash(ctx, b)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		keepers, err := s.group.Keepers(ctx, c.Address)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		providers, err := s.group.Providers(ctx, c.Address)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		res.Height[c.Address] = b
		for _, p := range providers {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				rec, err := s.challengeOne(ctx, c, keepers, p, head, b, hash)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err != nil:
					res.Failed++
					s.log.Warn("challenge", "contract", c.Address, "provider", p, "err", err)
				case rec == nil:
					res.Skipped++
				default:
					res.Challenges++
					res.Records = append(res.Records, rec)
				}
			}()
		}
	}
	wg.Wait()
	s.bg.Go(func() { s.SyncOutbox(ctx) })
	return res, errors.Join(errs...)
}

// ChallengeProvider challenges one provider now (at b = head − D) and stores and
// syncs the record. It returns nil, nil if there is nothing to challenge.
func (s *Service) ChallengeProvider(ctx context.Context, contract, prov common.Address) (*challenge.ChalRecord, error) {
	c, ok := s.contracts[contract]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownContract, contract)
	}
	head, err := s.chain.Head(ctx)
	if err != nil {
		return nil, err
	}
	if head < c.Finality {
		return nil, fmt.Errorf("challenger: chain at %d, not yet %d blocks deep", head, c.Finality)
	}
	b := head - c.Finality
	hash, err := s.chain.BlockHash(ctx, b)
	if err != nil {
		return nil, err
	}
	keepers, err := s.group.Keepers(ctx, contract)
	if err != nil {
		return nil, err
	}
	rec, err := s.challengeOne(ctx, c, keepers, prov, head, b, hash)
	if err == nil && rec != nil {
		s.SyncOutbox(ctx)
	}
	return rec, err
}

// challengeOne runs one challenge at height b (head when issued: head) and stores
// the signed record with its outbox entry. It returns nil, nil when the provider
// has no active order or was already challenged at b.
func (s *Service) challengeOne(ctx context.Context, c Contract, keepers []common.Address, prov common.Address, head, b uint64, hash [32]byte) (*challenge.ChalRecord, error) {
	if done, err := s.st.HasRecord(c.Address, prov, b, s.addr); err != nil || done {
		return nil, err
	}
	orders, err := s.st.Orders(c.Address, prov)
	if err != nil {
		return nil, err
	}
	set := challenge.ActiveOrders(s.cfg.ChainID, c.Address, prov, b, orders)
	if set.Len() == 0 {
		return nil, nil
	}
	ch, err := challenge.Derive(set, s.addr, b, hash, s.cfg.Params)
	if err != nil {
		return nil, err
	}
	d := s.domain(c.Address)
	resp, late, respBytes := s.ask(ctx, c, prov, ch, head)
	rec := ch.Evaluate(d, resp, late)
	// A reorg deeper than D while the provider answered orphans the seed: the
	// record would not verify on the canonical chain (keeper/records' reorg rule),
	// so it is not made; the next round challenges at a canonical height.
	if now, err := s.chain.Head(ctx); err == nil {
		orphaned := now < b // the new branch is still below the challenge's block
		if !orphaned {
			cur, err := s.chain.BlockHash(ctx, b)
			orphaned = err == nil && cur != hash
		}
		if orphaned {
			s.log.Warn("challenge seed orphaned by a reorg: no record", "contract", c.Address, "provider", prov, "height", b)
			return nil, nil
		}
	}
	if err := challenge.SignRecord(d, rec, s.cfg.Key); err != nil {
		return nil, err
	}
	msg := &records.SyncMessage{Contract: c.Address, Entry: records.Entry{Record: rec, OrderIDs: set.IDs}}
	if rec.Result == challenge.ResultOK {
		msg.Response = respBytes
	}
	mb, err := msg.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var pending []common.Address
	for _, k := range keepers {
		if k != s.addr {
			pending = append(pending, k)
		}
	}
	if _, err := s.st.PutRecord(c.Address, &msg.Entry, &records.Outbox{Pending: pending, Message: mb}); err != nil {
		return nil, err
	}
	if m := s.cfg.Metrics; m != nil {
		m.Challenges.WithLabelValues(c.Address.Hex(), rec.Result.String()).Inc()
		m.RecordsStored.WithLabelValues(c.Address.Hex(), "own").Inc()
	}
	s.log.Debug("challenged", "contract", c.Address, "provider", prov, "height", b, "result", rec.Result, "space", rec.Space)
	return rec, nil
}

// lateFactor: a response after the timeout but within lateFactor × timeout is
// recorded as late rather than missing.
const lateFactor = 3

// ask sends the challenge and classifies the answer: a response within the
// timeout and before block head + D is timely; one within lateFactor × the timeout,
// or after that block, is late; none is missing (nil).
func (s *Service) ask(ctx context.Context, c Contract, prov common.Address, ch *challenge.Challenge, head uint64) (resp *challenge.Response, late bool, raw []byte) {
	id, err := s.peerOf(prov)
	if err != nil {
		s.log.Info("provider unreachable", "provider", prov, "err", err)
		return nil, false, nil
	}
	start := time.Now()
	// A provider that is restarting is dialed again within the response deadline
	// (its challenge counts the same whether it answers at once or a second later).
	rctx, cancel := context.WithTimeout(p2p.WithDialRetry(ctx, start.Add(s.cfg.Timeout/2)), lateFactor*s.cfg.Timeout)
	defer cancel()
	resp, body, err := client.Challenge(rctx, s.host, id, c.Address, ch)
	took := time.Since(start)
	if errors.Is(err, challenge.ErrMalformed) {
		s.log.Info("malformed response", "provider", prov, "err", err)
		return nil, false, nil
	}
	if err != nil {
		s.log.Info("no response", "provider", prov, "err", err)
		return nil, false, nil
	}
	late = took > s.cfg.Timeout
	if !late && c.Finality > 0 {
		if now, err := s.chain.Head(ctx); err == nil && now >= head+c.Finality {
			late = true
		}
	}
	return resp, late, body
}

// SyncOutbox offers every undelivered record to the group members still pending.
func (s *Service) SyncOutbox(ctx context.Context) {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	for _, c := range s.cfg.Contracts {
		items, err := s.st.Outboxes(c.Address)
		if err != nil {
			s.log.Warn("reading outbox", "err", err)
			continue
		}
		// Items are delivered syncParallel at a time: one at a time, a group of K
		// keepers challenging P providers every few seconds makes K·(K−1)·P
		// deliveries per round, and sequential round trips on a loaded machine fall
		// behind the challenges — records then reach the others minutes late and
		// the keepers' observations of a period keep diverging (SPEC 7 round 4 on
		// every attempt).
		sem := make(chan struct{}, syncParallel)
		var wg sync.WaitGroup
		for _, it := range items {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				s.deliver(ctx, it)
			}()
		}
		wg.Wait()
	}
}

// syncParallel bounds the records delivered at once by SyncOutbox.
const syncParallel = 8

const maxSyncAttempts = 20

func (s *Service) deliver(ctx context.Context, it records.OutboxItem) {
	var still []common.Address
	it.Attempts++
	for _, k := range it.Pending {
		id, err := s.peerOf(k)
		if err == nil {
			rctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
			_, err = s.host.Request(rctx, id, p2p.ProtoRecord, it.Message, 64)
			cancel()
		}
		var re *p2p.RemoteError
		switch {
		case err == nil:
		case errors.As(err, &re) && !retryable(re):
			s.log.Warn("record refused by group member", "member", k, "err", err)
		case it.Attempts >= maxSyncAttempts:
			s.log.Warn("giving up delivering a record", "member", k, "attempts", it.Attempts, "err", err)
		default:
			still = append(still, k)
		}
	}
	it.Pending = still
	if err := s.st.UpdateOutbox(it); err != nil {
		s.log.Warn("updating outbox", "err", err)
	}
}

// retryable tells refusals that may pass later (the receiver lacks an order, is
// behind the chain or cannot read it, is still loading its groups after a restart or has not yet
// seen this keeper's registration: p2p.ErrNotAdmitted) from definite ones.
func retryable(re *p2p.RemoteError) bool {
	for _, e := range []error{records.ErrUnknownOrder, ErrNotFinal, ErrChainUnavailable, p2p.ErrNotAdmitted} {
		if containsErr(re.Msg, e) {
			return true
		}
	}
	return containsErr(re.Msg, p2p.ErrTimeout)
}

func containsErr(msg string, e error) bool { return strings.Contains(msg, e.Error()) }
