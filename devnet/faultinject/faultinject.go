// Package faultinject is the keeper side of fault injection (issue 8: `whitepay
// devnet --procs --faults LIST`): the control files a fault devnet writes into a
// keeper's data directory and the hooks a keeper process runs because of them. It is
// never the product's path: only a whitepay binary built with `-tags faults`
// (cmd/whitepay faults_on.go) calls Start; the product binary refuses to start a
// keeper whose data directory holds a faults file (cmd/whitepay faults_off.go).
//
// Files in a keeper's data directory:
//
//   - faults.json (FileName, Faults): which faults the keeper injects into itself,
//     written once by the devnet before the keeper starts.
//   - partition.json (PartitionFile, Partition): the peers the keeper is cut off
//     from and for which heights, rewritten by the devnet while it runs.
//   - crash.json (CrashFile, Crash): arms the keeper to kill itself right after it
//     sends its Propose for a period end.
//
// Both runtime files are written atomically (a temporary file renamed over the
// path) and polled by the keeper; a missing file is no partition, no crash.
package faultinject

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// FileName is the faults file in a keeper's data directory.
const FileName = "faults.json"

// Faults are the faults a keeper process injects into itself.
type Faults struct {
	// DropFirstTx: the first submission of each pay() calldata is never sent to the
	// node (txmgr believes it was broadcast; it is never mined); later versions go
	// through (drop-tx).
	DropFirstTx bool `json:"drop_first_tx,omitempty"`
	// ResubmitAfter overrides txmgr's resubmission delay (e.g. "5s").
	ResubmitAfter string `json:"resubmit_after,omitempty"`
	// Byzantine: hostile modes (devnet/byzantine) run inside the keeper process,
	// over its own host, e.g. "all".
	Byzantine string `json:"byzantine,omitempty"`
	// ByzantineFrom: equivocate only for periods ending at or after this block.
	ByzantineFrom uint64 `json:"byzantine_from,omitempty"`
	// PartitionControl: watch DATADIR/partition.json, through which the devnet cuts
	// this keeper's transport off from other peers while it runs (partition).
	PartitionControl bool `json:"partition_control,omitempty"`
	// CrashControl: watch DATADIR/crash.json, through which the devnet arms this
	// keeper to kill itself (SIGKILL) right after it sends its Propose for a
	// period end: a leader killed mid-round (kill-leader).
	CrashControl bool `json:"crash_control,omitempty"`
}

// Load reads DIR/faults.json; a missing file is no faults (ok false).
func Load(dir string) (f Faults, ok bool, err error) {
	b, err := os.ReadFile(filepath.Join(dir, FileName))
	if errors.Is(err, os.ErrNotExist) {
		return f, false, nil
	}
	if err != nil {
		return f, false, err
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return f, false, fmt.Errorf("%s: %w", FileName, err)
	}
	return f, true, nil
}

// Write writes DIR/faults.json.
func Write(dir string, f Faults) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, FileName), append(b, '\n'), 0o600)
}

// PartitionFile is the partition control file in a keeper's data directory.
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
		return Partition{}, fmt.Errorf("faultinject: %s: %w", filepath.Base(path), err)
	}
	return p, nil
}

// WritePartition writes a partition control file atomically.
func WritePartition(path string, p Partition) error { return writeControlFile(path, p) }

// CrashFile is the crash control file in a keeper's data directory.
const CrashFile = "crash.json"

// Crash is the content of CrashFile: the period end whose Propose is the keeper's
// last (0: disarmed).
type Crash struct {
	Te uint64 `json:"te"`
}

// WriteCrash arms the crash of the keeper whose data directory holds path for the
// period ending at te (atomically).
func WriteCrash(path string, te uint64) error { return writeControlFile(path, Crash{Te: te}) }

// writeControlFile writes v as JSON atomically (a temporary file renamed over path),
// so that a watcher never reads half of it.
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
