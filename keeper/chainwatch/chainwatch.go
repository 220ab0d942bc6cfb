// Package chainwatch is a keeper node's one reader of the chain's progress (issue
// 14): one head poll per node, one reorganisation check, and one eth_getLogs per
// new block range over the addresses of every contract the node serves, fanned out
// to every subscriber (each contract's payer driver, its SCP ledger, the
// challenger's chain view). A node's chain traffic per block is then flat in the
// number of contracts: per new head, one header read and one log query, whatever
// their number; a contract's state is re-read only when its own logs show a change.
// A provider node reads the chain through it too (provider.Follower).
//
// Decisions taken where SPEC is silent:
//
//   - The head is read with HeaderByNumber(latest) every Options.Poll (the node
//     sets it from the contracts' block time: about twice per block). A head one
//     above the last is checked for a reorganisation by its parent hash (no extra
//     call); a jump of more than one block re-reads the header at the last head's
//     height; a head that went back, or the same height with another hash, is a
//     reorganisation. The fork point (highest block of the old branch still
//     canonical) is found once, by the watcher, walking parent hashes (at most
//     maxReorgWalk blocks), and is delivered to every subscriber.
//   - Logs are read for (last block read, head] over every watched address, all
//     topics, in chunks of at most Options.MaxRange blocks; after a reorganisation
//     the range restarts after the fork point, so subscribers get the canonical
//     branch's logs again (they drop the logs they hold above the fork point). A
//     failed log query leaves the head where it was: the next poll reads the range
//     again, so no log is ever skipped.
//   - Subscribers never block the watcher: each has a mailbox that merges the
//     updates it has not taken yet (latest head, earliest fork point, every log in
//     order) and a one-slot signal channel.
//   - The block hashes of the heads seen (and of their parents) are kept (bounded)
//     for BlockHash, so the challenger and the record checks rarely ask the chain;
//     a reorganisation clears them. Head serves the last head read when it is at
//     most two poll intervals old, else reads the chain itself (before Run, or if
//     the loop stalls), so it is never more stale than that.
package chainwatch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/keeper/chainview"
)

// Client is the part of go-ethereum's ethclient (and the simulated backend's
// client) the watcher reads.
type Client interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Defaults of Options.
const (
	DefaultPoll     = 200 * time.Millisecond
	DefaultMaxRange = 2000
	// maxReorgWalk bounds how far back the fork point is searched.
	maxReorgWalk = 1024
	// hashCacheSize bounds the block hashes kept.
	hashCacheSize = 4096
)

// Options tune a Watcher. The zero value is usable.
type Options struct {
	Poll     time.Duration // head poll interval (default 200 ms)
	MaxRange uint64        // blocks per log query (default 2000)
	Logger   *slog.Logger
}

// Update is what a subscriber gets: the head, whether the chain was reorganised
// since its last update (and where), and its addresses' logs since then.
type Update struct {
	Head uint64
	Hash common.Hash
	// Reorg: the chain was reorganised. ForkPoint is the highest block of the old
	// branch still canonical (ForkKnown false: not found within maxReorgWalk
	// blocks). Logs the subscriber holds above ForkPoint are gone; the canonical
	// branch's are in Logs. OldHead is the head before the reorganisation.
	Reorg     bool
	ForkPoint uint64
	ForkKnown bool
	OldHead   uint64
	// Logs of the subscriber's addresses in blocks after its previous update, in
	// chain order.
	Logs []types.Log
}

// Sub is one subscriber's mailbox.
type Sub struct {
	addrs []common.Address
	sig   chan struct{}

	mu      sync.Mutex
	pending Update
	has     bool
}

// C is signalled when an update is waiting (take it with Take).
func (s *Sub) C() <-chan struct{} { return s.sig }

// Take returns the waiting update (ok false: none).
func (s *Sub) Take() (Update, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.pending, s.has
	s.pending, s.has = Update{}, false
	return u, ok
}

func (s *Sub) push(u Update, logs []types.Log) {
	s.mu.Lock()
	if !s.has {
		s.pending, s.has = u, true
		s.pending.Logs = logs
	} else {
		p := &s.pending
		if u.Reorg {
			if !p.Reorg {
				p.Reorg, p.ForkPoint, p.ForkKnown, p.OldHead = true, u.ForkPoint, u.ForkKnown, u.OldHead
			} else {
				p.ForkPoint = min(p.ForkPoint, u.ForkPoint)
				p.ForkKnown = p.ForkKnown && u.ForkKnown
				p.OldHead = max(p.OldHead, u.OldHead)
			}
			p.Logs = slices.DeleteFunc(p.Logs, func(l types.Log) bool { return l.BlockNumber > u.ForkPoint })
		}
		p.Head, p.Hash = u.Head, u.Hash
		p.Logs = append(p.Logs, logs...)
	}
	s.mu.Unlock()
	select {
	case s.sig <- struct{}{}:
	default:
	}
}

// Watcher reads the chain's head and logs for every subscriber (package doc).
type Watcher struct {
	c    Client
	opts Options
	log  *slog.Logger

	poll sync.Mutex // serialises reads of the chain

	mu       sync.Mutex
	subs     []*Sub
	headNum  uint64
	headHash common.Hash
	polled   time.Time
	logsTo   uint64 // logs read through this block
	hashes   map[uint64][32]byte
	reorgs   uint64
	next     chan struct{} // closed when the next head is read (NewHead)
}

// New returns a watcher reading c. Nothing is read until Poll or Run.
func New(c Client, opts Options) *Watcher {
	if opts.Poll <= 0 {
		opts.Poll = DefaultPoll
	}
	if opts.MaxRange == 0 {
		opts.MaxRange = DefaultMaxRange
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Watcher{c: c, opts: opts, log: opts.Logger, hashes: map[uint64][32]byte{}, next: make(chan struct{})}
}

// Subscribe returns a mailbox receiving every update, with the logs of addrs
// (none: heads only). If a head was read already, a first update with it is
// waiting.
func (w *Watcher) Subscribe(addrs ...common.Address) *Sub {
	s := &Sub{addrs: slices.Clone(addrs), sig: make(chan struct{}, 1)}
	w.mu.Lock()
	w.subs = append(w.subs, s)
	num, hash := w.headNum, w.headHash
	w.mu.Unlock()
	if hash != (common.Hash{}) {
		s.push(Update{Head: num, Hash: hash}, nil)
	}
	return s
}

// NewHead returns a channel closed when a head other than the current one is
// read (the transaction manager's waiting sends wake on it: txmgr.Heads).
func (w *Watcher) NewHead() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.next
}

// Reorgs returns how many reorganisations the watcher has seen.
func (w *Watcher) Reorgs() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.reorgs
}

// SetPoll changes the poll interval (before Run).
func (w *Watcher) SetPoll(d time.Duration) {
	if d > 0 {
		w.mu.Lock()
		w.opts.Poll = d
		w.mu.Unlock()
	}
}

// Run polls until ctx ends.
func (w *Watcher) Run(ctx context.Context) {
	w.mu.Lock()
	every := w.opts.Poll
	w.mu.Unlock()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := w.Poll(ctx); err != nil && ctx.Err() == nil {
			w.log.Warn("reading the chain head", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Poll reads the head once and, if it changed, the logs of the new blocks, and
// delivers the update to every subscriber.
func (w *Watcher) Poll(ctx context.Context) error {
	w.poll.Lock()
	defer w.poll.Unlock()
	hdr, err := w.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("chainwatch: head: %w", err)
	}
	num, hash := hdr.Number.Uint64(), hdr.Hash()
	w.mu.Lock()
	lastNum, lastHash, logsTo := w.headNum, w.headHash, w.logsTo
	subs := slices.Clone(w.subs)
	if hash == lastHash {
		w.polled = time.Now()
		w.mu.Unlock()
		return nil
	}
	w.mu.Unlock()
	first := lastHash == (common.Hash{})
	u := Update{Head: num, Hash: hash}
	if !first {
		reorg := false
		switch {
		case num <= lastNum:
			reorg = true // went back, or the same height with another block
		case num == lastNum+1:
			reorg = hdr.ParentHash != lastHash
		default:
			old, err := w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(lastNum))
			if err != nil {
				return fmt.Errorf("chainwatch: block %d: %w", lastNum, err)
			}
			reorg = old.Hash() != lastHash
		}
		if reorg {
			u.Reorg, u.OldHead = true, lastNum
			fp, err := w.forkPoint(ctx, lastHash)
			if err != nil {
				w.log.Warn("reorg: fork point not found", "err", err)
				fp = 0
				if num > maxReorgWalk {
					fp = num - maxReorgWalk
				}
			} else {
				u.ForkKnown = true
			}
			u.ForkPoint = fp
			logsTo = min(logsTo, fp)
		}
	} else {
		logsTo = num // the subscribers read their state at start: logs from the next block
	}
	var logs []types.Log
	if addrs := w.addresses(subs); len(addrs) > 0 {
		for from := logsTo + 1; from <= num; {
			to := min(num, from+w.opts.MaxRange-1)
			got, err := w.c.FilterLogs(ctx, ethereum.FilterQuery{
				FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: addrs})
			if err != nil {
				return fmt.Errorf("chainwatch: logs %d..%d: %w", from, to, err)
			}
			logs = append(logs, got...)
			from = to + 1
		}
	}
	w.mu.Lock()
	if u.Reorg {
		clear(w.hashes)
		w.reorgs++
	}
	if len(w.hashes) >= hashCacheSize {
		clear(w.hashes)
	}
	w.hashes[num] = hash
	if num > 0 {
		w.hashes[num-1] = hdr.ParentHash
	}
	w.headNum, w.headHash, w.logsTo, w.polled = num, hash, num, time.Now()
	close(w.next)
	w.next = make(chan struct{})
	w.mu.Unlock()
	if u.Reorg {
		w.log.Warn("chain reorganised", "head", num, "hash", hash, "old_head", lastNum, "fork_point", u.ForkPoint, "fork_known", u.ForkKnown)
	}
	for _, s := range subs {
		s.push(u, logsOf(logs, s.addrs))
	}
	return nil
}

func (w *Watcher) addresses(subs []*Sub) []common.Address {
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, s := range subs {
		for _, a := range s.addrs {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

func logsOf(logs []types.Log, addrs []common.Address) []types.Log {
	if len(addrs) == 0 {
		return nil
	}
	var out []types.Log
	for _, l := range logs {
		if slices.Contains(addrs, l.Address) {
			out = append(out, l)
		}
	}
	return out
}

// forkPoint returns the highest block of the branch ending at hash that is still
// canonical.
func (w *Watcher) forkPoint(ctx context.Context, hash common.Hash) (uint64, error) {
	hdr, err := w.c.HeaderByHash(ctx, hash)
	if err != nil {
		return 0, err
	}
	for range maxReorgWalk {
		canon, err := w.c.HeaderByNumber(ctx, hdr.Number)
		if err == nil && canon.Hash() == hdr.Hash() {
			return hdr.Number.Uint64(), nil
		}
		if hdr.Number.Sign() == 0 {
			break
		}
		if hdr, err = w.c.HeaderByHash(ctx, hdr.ParentHash); err != nil {
			return 0, err
		}
	}
	return 0, fmt.Errorf("chainwatch: no common ancestor within %d blocks of %s", maxReorgWalk, hash)
}

// Head implements chainview.Chain: the last head read if at most two poll
// intervals old, else the chain's (read now).
func (w *Watcher) Head(ctx context.Context) (uint64, error) {
	w.mu.Lock()
	num, fresh := w.headNum, w.headHash != (common.Hash{}) && time.Since(w.polled) <= 2*w.opts.Poll+50*time.Millisecond
	w.mu.Unlock()
	if fresh {
		return num, nil
	}
	if err := w.Poll(ctx); err != nil {
		return 0, err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.headNum, nil
}

// ErrNoBlock is returned by BlockHash for a height above the chain's head.
var ErrNoBlock = errors.New("chainwatch: no such block yet")

// BlockHash implements chainview.Chain: the hash of the canonical block at
// height, from the heads seen or read from the chain (and kept).
func (w *Watcher) BlockHash(ctx context.Context, height uint64) ([32]byte, error) {
	w.mu.Lock()
	h, ok := w.hashes[height]
	w.mu.Unlock()
	if ok {
		return h, nil
	}
	h, err := chainview.HashAt(ctx, w.c, height)
	if errors.Is(err, ethereum.NotFound) {
		return [32]byte{}, fmt.Errorf("%w: %d", ErrNoBlock, height)
	}
	if err != nil {
		return [32]byte{}, err
	}
	w.mu.Lock()
	if len(w.hashes) >= hashCacheSize {
		clear(w.hashes)
	}
	w.hashes[height] = h
	w.mu.Unlock()
	return h, nil
}
