package faultinject

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/devnet/byzantine"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// TxOptions returns the keeper's txmgr options with the transaction faults of f
// applied: the resubmission delay, and drop-tx, whose transactions that are not
// dropped go over a connection of their own to rpc.
func TxOptions(ctx context.Context, f Faults, rpc string, log *slog.Logger) (txmgr.Options, error) {
	var o txmgr.Options
	if f.ResubmitAfter != "" {
		d, err := time.ParseDuration(f.ResubmitAfter)
		if err != nil {
			return o, fmt.Errorf("%s: resubmit_after: %w", FileName, err)
		}
		o.ResubmitAfter = d
	}
	if f.DropFirstTx {
		log.Warn("fault injection: the first submission of every pay() is dropped", "file", FileName)
		cl, _, err := chain.Dial(ctx, rpc)
		if err != nil {
			return o, err
		}
		o.SendTx = DropFirstPay(cl.SendTransaction, log)
	}
	return o, nil
}

// DropFirstPay wraps send: the first transaction carrying a given pay() calldata is
// silently not sent; any later one (a resubmission of the same report, fee-bumped)
// and every other transaction is sent.
func DropFirstPay(send func(context.Context, *types.Transaction) error, log *slog.Logger) func(context.Context, *types.Transaction) error {
	payID := func() []byte {
		a, err := bindings.UpkeepingMetaData.GetAbi()
		if err != nil {
			return nil
		}
		return a.Methods["pay"].ID
	}()
	var mu sync.Mutex
	seen := map[[32]byte]bool{}
	return func(ctx context.Context, tx *types.Transaction) error {
		d := tx.Data()
		if payID != nil && len(d) >= 4 && string(d[:4]) == string(payID) {
			k := crypto.Keccak256Hash(d)
			mu.Lock()
			first := !seen[k]
			seen[k] = true
			mu.Unlock()
			if first {
				log.Warn("fault injection: pay() submission dropped", "tx", tx.Hash(), "nonce", tx.Nonce())
				return nil
			}
		}
		return send(ctx, tx)
	}
}

// Cutter is the host side of a partition (internal/p2p.Host).
type Cutter interface {
	Cut(accounts []common.Address) int
	Heal()
	CutRefused() uint64
}

// Tapper sees the agreement messages a keeper sends and receives (keeper/payer.Transport).
type Tapper interface {
	AddTap(fn func(contract, peer common.Address, payload []byte, outbound bool))
}

// WatchPartition applies the partition control file at path to host until ctx ends
// or the returned stop is called: every `every` it re-reads the file and the chain
// head (head) and cuts the host off (no connection, dial or stream with the
// accounts of the file, both directions) while the partition is active, and heals
// it otherwise. Everything else of the keeper keeps running — the challenger, the
// payer's clock and chain reads, the status server — so it rejoins with its state
// when healed. stop heals.
func WatchPartition(ctx context.Context, path string, every time.Duration, host Cutter, head func(context.Context) (uint64, error), log *slog.Logger) (stop func()) {
	if every <= 0 {
		every = 250 * time.Millisecond
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	log = log.With("component", "partition", "file", path)
	go func() {
		defer close(done)
		t := time.NewTicker(every)
		defer t.Stop()
		var (
			cut, lastHead uint64
			active        bool
			p             Partition
			badFile       string
		)
		for {
			np, err := ReadPartition(path)
			switch {
			case err != nil && err.Error() != badFile:
				badFile = err.Error()
				log.Warn("fault injection: partition file unreadable, keeping the current state", "err", err)
			case err == nil:
				p, badFile = np, ""
			}
			hctx, hcancel := context.WithTimeout(ctx, 2*time.Second)
			h, herr := head(hctx)
			hcancel()
			if herr != nil {
				h = lastHead // chain unreachable: judge by the last head seen
			}
			switch want := p.Active(h); {
			case want && !active:
				closed := host.Cut(p.Cut)
				active, cut = true, h
				log.Warn("fault injection: partitioned, cut off from peers (no connection either way)",
					"peers", len(p.Cut), "closed_conns", closed, "head", h, "from", p.From, "until", p.Until)
			case want:
				if closed := host.Cut(p.Cut); closed > 0 { // the gate refuses new ones; none should be open
					log.Warn("fault injection: closed connections that crossed the partition", "closed_conns", closed)
				}
				if herr == nil && h != lastHead {
					log.Info("fault injection: partitioned, still running", "head", h, "since", cut, "until", p.Until,
						"refused", host.CutRefused())
				}
			case active:
				host.Heal()
				active = false
				log.Warn("fault injection: partition healed", "head", h, "cut_blocks", h-cut, "refused", host.CutRefused())
			}
			if herr == nil {
				lastHead = h
			}
			select {
			case <-ctx.Done():
				if active {
					host.Heal()
				}
				return
			case <-t.C:
			}
		}
	}()
	return func() {
		cancel()
		<-done
	}
}

// CrashAfterPropose arms, from DIR/crash.json (polled every 100 ms), a tap on the
// keeper's agreement transport: the first Propose this keeper sends for the armed
// period end triggers kill (SIGKILL of its own process in a keeper) 5 ms later —
// after it locked its proposal (the keeper persists the lock before the Propose
// leaves) and while the round is running. The returned function stops the watcher.
func CrashAfterPropose(ctx context.Context, dir string, tr Tapper, kill func(), log *slog.Logger) func() {
	path := filepath.Join(dir, CrashFile)
	var armed atomic.Uint64
	var fired atomic.Bool
	tr.AddTap(func(_, _ common.Address, payload []byte, outbound bool) {
		te := armed.Load()
		if !outbound || te == 0 || fired.Load() {
			return
		}
		if t, err := wire.Peek(payload); err != nil || t != wire.TypePropose {
			return
		}
		m, err := wire.Decode(payload)
		if err != nil {
			return
		}
		p, ok := m.(*wire.Propose)
		if !ok || p.Te != te || !fired.CompareAndSwap(false, true) {
			return
		}
		log.Warn("fault injection: killing this keeper mid-round, after its Propose", "te", te, "attempt", p.Attempt)
		go func() {
			time.Sleep(5 * time.Millisecond)
			kill()
		}()
	})
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			var c Crash
			if b, err := os.ReadFile(path); err == nil && json.Unmarshal(b, &c) == nil {
				if armed.Swap(c.Te) != c.Te && c.Te != 0 {
					log.Warn("fault injection: armed to die after its Propose", "te", c.Te)
				}
			} else if errors.Is(err, os.ErrNotExist) {
				armed.Store(0)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return func() {
		cancel()
		<-done
	}
}

// KillSelf sends SIGKILL to this process (CrashAfterPropose's kill in a keeper).
func KillSelf() { _ = syscall.Kill(os.Getpid(), syscall.SIGKILL) }

// Keeper is what Start needs of a running keeper process.
type Keeper struct {
	Dir       string // data directory (faults.json, partition.json, crash.json)
	RPC       string // the chain's JSON-RPC endpoint
	Contracts []common.Address
	Peers     []string // multiaddrs of the other nodes
	Account   *ecdsa.PrivateKey
	BLS       *bls.SecretKey
	Host      *p2p.Host
	Transport Tapper
	Head      func(context.Context) (uint64, error)
}

// Start starts the runtime faults of f inside a running keeper: the partition
// watcher, the mid-round crash and the hostile keeper (nothing when f asks for none
// of them); the returned function stops them.
func Start(ctx context.Context, f Faults, k Keeper, log *slog.Logger) (func(), error) {
	stopPartition := func() {}
	if f.PartitionControl {
		path := filepath.Join(k.Dir, PartitionFile)
		log.Warn("fault injection: the devnet may cut this keeper off from its peers", "control", path)
		stopPartition = WatchPartition(ctx, path, 250*time.Millisecond, k.Host, k.Head, log)
	}
	stopCrash := func() {}
	if f.CrashControl {
		stopCrash = CrashAfterPropose(ctx, k.Dir, k.Transport, KillSelf, log)
	}
	stopByz, err := startByzantine(ctx, f, k, log)
	if err != nil {
		stopCrash()
		stopPartition()
		return nil, err
	}
	return func() {
		stopByz()
		stopCrash()
		stopPartition()
	}, nil
}

// startByzantine starts the hostile keeper of f (nothing when f does not ask for
// it); the returned function stops it.
func startByzantine(ctx context.Context, f Faults, k Keeper, log *slog.Logger) (func(), error) {
	if f.Byzantine == "" || len(k.Contracts) == 0 {
		return func() {}, nil
	}
	modes, err := byzantine.ParseModes(f.Byzantine)
	if err != nil {
		return nil, err
	}
	cl, id, err := chain.Dial(ctx, k.RPC)
	if err != nil {
		return nil, err
	}
	b, err := byzantine.New(ctx, byzantine.Config{Client: cl, ChainID: new(big.Int).Set(id), Contract: k.Contracts[0], Account: k.Account, BLS: k.BLS,
		Peers: k.Peers, Modes: modes, Host: k.Host, EquivocateFrom: f.ByzantineFrom, Logger: log.With("component", "byzantine")})
	if err != nil {
		cl.Close()
		return nil, err
	}
	log.Warn("fault injection: this keeper runs hostile", "modes", f.Byzantine)
	bctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = b.Run(bctx)
	}()
	return func() {
		cancel()
		<-done
		s := b.Stats()
		log.Warn("fault injection: hostile keeper stopped", "forged", s.Forged, "extreme", s.Extreme, "replayed", s.Replayed, "garbage", s.Garbage, "oversized", s.Oversized)
		b.Close()
		cl.Close()
	}, nil
}
