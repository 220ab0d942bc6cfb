package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
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
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/byzantine"
	"github.com/whitepay/whitepay/keeper/node"
)

// KeeperFaultsFile is the file in a keeper's data directory that `whitepay devnet
// --faults` writes to make `keeper run` misbehave on purpose (issue 8). It is absent
// in every other setting, and `keeper run` is then unchanged.
const KeeperFaultsFile = "faults.json"

// keeperFaults are the faults a keeper process injects into itself.
type keeperFaults struct {
	// DropFirstTx: the first submission of each pay() calldata is never sent to the
	// node (txmgr believes it was broadcast; it is never mined); later versions go
	// through (drop-tx).
	DropFirstTx bool `json:"drop_first_tx,omitempty"`
	// ResubmitAfter overrides txmgr's resubmission delay (e.g. "5s").
	ResubmitAfter string `json:"resubmit_after,omitempty"`
	// Byzantine: hostile modes (keeper/byzantine) run inside the keeper process,
	// over its own host, e.g. "all".
	Byzantine string `json:"byzantine,omitempty"`
	// ByzantineFrom: equivocate only for periods ending at or after this block.
	ByzantineFrom uint64 `json:"byzantine_from,omitempty"`
	// PartitionControl: watch DATADIR/partition.json (keeper/node.PartitionFile),
	// through which the devnet cuts this keeper's transport off from other peers
	// while it runs (partition).
	PartitionControl bool `json:"partition_control,omitempty"`
	// CrashControl: watch DATADIR/crash.json (node.CrashFile), through which the devnet
	// arms this keeper to kill itself (SIGKILL) right after it sends its Propose
	// for a period end: a leader killed mid-round (kill-leader).
	CrashControl bool `json:"crash_control,omitempty"`
}

// crashAfterPropose arms, from DATADIR/crash.json (polled every 100 ms), a tap on
// the node's agreement transport: the first Propose this keeper sends for the
// armed period end triggers a SIGKILL of its own process 5 ms later — after it
// locked its proposal (the core persists the lock before sending) and while the
// round is running: the keepers have its proposal, or part of them have, and no
// votes have been aggregated. The returned function stops the watcher.
func crashAfterPropose(ctx context.Context, dir string, n *node.Node, log *slog.Logger) func() {
	path := filepath.Join(dir, node.CrashFile)
	var armed atomic.Uint64
	var fired atomic.Bool
	n.Transport().AddTap(func(_, _ common.Address, payload []byte, outbound bool) {
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
			_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		}()
	})
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			var c node.Crash
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

// loadKeeperFaults reads DATADIR/faults.json; a missing file is no faults.
func loadKeeperFaults(dir string) (keeperFaults, error) {
	var f keeperFaults
	b, err := os.ReadFile(filepath.Join(dir, KeeperFaultsFile))
	if errors.Is(err, os.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return f, fmt.Errorf("%s: %w", KeeperFaultsFile, err)
	}
	return f, nil
}

// keeperTxOptions returns the keeper's txmgr options with the faults of
// DATADIR/faults.json applied (the zero options when there is none). What is not
// dropped is sent over a connection of its own to the configured chain.
func keeperTxOptions(ctx context.Context, c *config.Config, log *slog.Logger) (txmgr.Options, error) {
	var o txmgr.Options
	f, err := loadKeeperFaults(c.DataDir)
	if err != nil {
		return o, err
	}
	if f.ResubmitAfter != "" {
		if o.ResubmitAfter, err = time.ParseDuration(f.ResubmitAfter); err != nil {
			return o, fmt.Errorf("%s: resubmit_after: %w", KeeperFaultsFile, err)
		}
	}
	if f.DropFirstTx {
		log.Warn("fault injection: the first submission of every pay() is dropped", "file", KeeperFaultsFile)
		cl, _, err := chain.Dial(ctx, c.Chain.RPC)
		if err != nil {
			return o, err
		}
		o.SendTx = dropFirstPay(cl.SendTransaction, log)
	}
	return o, nil
}

// dropFirstPay wraps send: the first transaction carrying a given pay() calldata is
// silently not sent; any later one (a resubmission of the same report, fee-bumped)
// and every other transaction is sent.
func dropFirstPay(send func(context.Context, *types.Transaction) error, log *slog.Logger) func(context.Context, *types.Transaction) error {
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

// startKeeperFaults starts the runtime faults of DATADIR/faults.json inside a
// running keeper node: the partition control watcher, the mid-round crash and the
// hostile keeper
// (nothing when the file asks for neither); the returned function stops them.
func startKeeperFaults(ctx context.Context, c *config.Config, n *node.Node, acct *ecdsa.PrivateKey, sk *bls.SecretKey, log *slog.Logger) (func(), error) {
	f, err := loadKeeperFaults(c.DataDir)
	if err != nil {
		return nil, err
	}
	stopPartition := func() {}
	if f.PartitionControl {
		path := filepath.Join(c.DataDir, node.PartitionFile)
		log.Warn("fault injection: the devnet may cut this keeper off from its peers", "control", path)
		stopPartition = n.WatchPartition(ctx, path, 250*time.Millisecond)
	}
	stopCrash := func() {}
	if f.CrashControl {
		stopCrash = crashAfterPropose(ctx, c.DataDir, n, log)
	}
	stopByz, err := startByzantine(ctx, c, f, n, acct, sk, log)
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

// startByzantine starts the hostile keeper of faults.json (nothing when the file
// does not ask for it); the returned function stops it.
func startByzantine(ctx context.Context, c *config.Config, f keeperFaults, n *node.Node, acct *ecdsa.PrivateKey, sk *bls.SecretKey, log *slog.Logger) (func(), error) {
	if f.Byzantine == "" || len(c.Contracts) == 0 {
		return func() {}, nil
	}
	modes, err := byzantine.ParseModes(f.Byzantine)
	if err != nil {
		return nil, err
	}
	cl, id, err := chain.Dial(ctx, c.Chain.RPC)
	if err != nil {
		return nil, err
	}
	k, err := byzantine.New(ctx, byzantine.Config{Client: cl, ChainID: id, Contract: c.Contracts[0].Address, Account: acct, BLS: sk,
		Peers: c.Peers, Modes: modes, Host: n.Host(), EquivocateFrom: f.ByzantineFrom, Logger: log.With("component", "byzantine")})
	if err != nil {
		cl.Close()
		return nil, err
	}
	log.Warn("fault injection: this keeper runs hostile", "modes", f.Byzantine)
	bctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = k.Run(bctx)
	}()
	return func() {
		cancel()
		<-done
		s := k.Stats()
		log.Warn("fault injection: hostile keeper stopped", "forged", s.Forged, "extreme", s.Extreme, "replayed", s.Replayed, "garbage", s.Garbage, "oversized", s.Oversized)
		k.Close()
		cl.Close()
	}, nil
}
