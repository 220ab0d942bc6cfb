package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// PartitionFile is the control file, in a keeper's data directory, through which
// fault injection (`whitepay devnet --faults partition`, issue 8) cuts a running
// keeper off from other peers. `keeper run` watches it only when the keeper's
// faults.json asks for it; on the product path nothing reads it.
const PartitionFile = "partition.json"

// Partition is the content of PartitionFile: the keeper is cut off from the
// accounts in Cut while From ≤ head < Until (Until 0: until the file changes).
// A missing file, or an empty Cut, is no partition.
type Partition struct {
	Cut   []common.Address `json:"cut"`
	From  uint64           `json:"from"`
	Until uint64           `json:"until,omitempty"`
}

// Active reports whether the partition is in force at head.
func (p Partition) Active(head uint64) bool {
	return len(p.Cut) > 0 && head >= p.From && (p.Until == 0 || head < p.Until)
}

// ReadPartition reads a partition control file; a missing file is no partition.
func ReadPartition(path string) (Partition, error) {
	var p Partition
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return Partition{}, fmt.Errorf("node: %s: %w", filepath.Base(path), err)
	}
	return p, nil
}

// WritePartition writes a partition control file atomically (a watcher never reads
// half of it).
func WritePartition(path string, p Partition) error { return writeControlFile(path, p) }

// writeControlFile writes v as JSON to a fault-injection control file atomically
// (a temporary file renamed over path).
func writeControlFile(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// WatchPartition applies the partition control file at path to the node's host
// until ctx ends or the returned stop is called: every `every` it re-reads the file
// and the chain head and cuts the host off (p2p.Host.Cut: no connection, dial or
// stream with the accounts of the file, both directions) while the partition is
// active, and heals it otherwise. Everything else keeps running — the challenger,
// the payer's clock and chain reads, the status server — so the keeper rejoins
// with its state when healed. Fault injection only (issue 8); stop heals.
func (n *Node) WatchPartition(ctx context.Context, path string, every time.Duration) (stop func()) {
	if every <= 0 {
		every = 250 * time.Millisecond
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	log := n.log.With("component", "partition", "file", path)
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
			head, herr := n.client.BlockNumber(hctx)
			hcancel()
			if herr != nil {
				head = lastHead // chain unreachable: judge by the last head seen
			}
			switch want := p.Active(head); {
			case want && !active:
				closed := n.host.Cut(p.Cut)
				active, cut = true, head
				log.Warn("fault injection: partitioned, cut off from peers (no connection either way)",
					"peers", len(p.Cut), "closed_conns", closed, "head", head, "from", p.From, "until", p.Until)
			case want:
				if closed := n.host.Cut(p.Cut); closed > 0 { // the gate refuses new ones; none should be open
					log.Warn("fault injection: closed connections that crossed the partition", "closed_conns", closed)
				}
				if herr == nil && head != lastHead {
					log.Info("fault injection: partitioned, still running", "head", head, "since", cut, "until", p.Until,
						"refused", n.host.CutRefused())
				}
			case active:
				n.host.Heal()
				active = false
				log.Warn("fault injection: partition healed", "head", head, "cut_blocks", head-cut, "refused", n.host.CutRefused())
			}
			if herr == nil {
				lastHead = head
			}
			select {
			case <-ctx.Done():
				if active {
					n.host.Heal()
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
