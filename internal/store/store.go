// Package store holds the badger helpers of a WhitePay node (SPEC 1): one database
// per node, shared by every contract the node serves.
//
// Decisions taken where SPEC is silent:
//
//   - Every write is synchronous (badger SyncWrites): a value is on disk when Put or
//     Update returns, so a node acknowledges only what survives a crash. Nodes
//     write little (orders, records, votes), so the fsync per write is affordable.
//   - Options for small machines: 16 MiB memtables (2 of them), 64 MiB value-log
//     files, a 16 MiB block cache, 2 compactors, values up to 64 KiB kept in the
//     LSM tree. Badger's own logs go to slog at debug level (warnings and errors at
//     their levels).
//   - Key layout. A per-contract key is
//     'c' ‖ contract (20 bytes) ‖ kind (1 byte) ‖ parts…, so that every piece of
//     per-contract state lies under the prefix ContractPrefix(contract), and one
//     kind of one contract under ContractKey(contract, kind). Node-wide state
//     (pieces, which several contracts may share) is 'g' ‖ kind ‖ parts…. The Kind
//     constants below are the one registry of kinds, so packages cannot collide.
//     Integers inside keys are big-endian so that iteration follows their order.
package store

import (
	"bytes"
	"encoding"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
)

// ErrNotFound is returned by the getters for a missing key.
var ErrNotFound = errors.New("store: not found")

// ErrStop, returned by an iteration callback, ends the iteration without an error.
var ErrStop = errors.New("store: stop iteration")

// Kind is the one-byte kind of a key (see the package doc).
type Kind byte

// The registry of kinds.
const (
	KindOrder    Kind = 'o' // per contract: signed orders (provider and keeper)
	KindRecord   Kind = 'r' // per contract: challenge records (keeper)
	KindOutbox   Kind = 'x' // per contract: records not yet delivered to a group member (keeper)
	KindVote     Kind = 'v' // per contract: agreement votes (keeper, SPEC 7)
	KindAgree    Kind = 'a' // per contract: other agreement state (keeper)
	KindPiece    Kind = 'p' // node-wide: stored pieces (provider)
	KindMeta     Kind = 'm' // node-wide: node metadata
	KindProvider Kind = 'P' // per contract: provider-side state (provider)
	KindPruned   Kind = 'w' // per contract: pruning watermarks (keeper; keeper/records, keeper/payer)
)

const (
	prefixContract = 'c'
	prefixGlobal   = 'g'
)

// ContractPrefix returns the prefix of every key of contract.
func ContractPrefix(contract common.Address) []byte {
	k := make([]byte, 0, 21)
	k = append(k, prefixContract)
	return append(k, contract[:]...)
}

// ContractKey returns 'c' ‖ contract ‖ kind ‖ parts….
func ContractKey(contract common.Address, kind Kind, parts ...[]byte) []byte {
	k := append(ContractPrefix(contract), byte(kind))
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

// GlobalKey returns 'g' ‖ kind ‖ parts….
func GlobalKey(kind Kind, parts ...[]byte) []byte {
	k := []byte{prefixGlobal, byte(kind)}
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

// U64 is the 8-byte big-endian form of v, for keys.
func U64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// U32 is the 4-byte big-endian form of v, for keys.
func U32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }

// Options configures Open.
type Options struct {
	// InMemory keeps the database in memory (tests and benchmarks only: nothing
	// survives Close).
	InMemory bool
	// Logger receives badger's logs (slog.Default() if nil).
	Logger *slog.Logger
	// NoSync skips the fsync of every write (tests and benchmarks that write a lot:
	// a crash may lose the last writes).
	NoSync bool
}

// DB is a node's database. It is safe for concurrent use.
type DB struct {
	db         *badger.DB
	dir        string      // "" in memory
	reclaiming atomic.Bool // Reclaim holds badger's writes: Update waits, not fails
	reclaimMu  sync.Mutex  // one Reclaim at a time
}

// Open opens (creating if needed) the database in dir.
func Open(dir string, o Options) (*DB, error) {
	log := o.Logger
	if log == nil {
		log = slog.Default()
	}
	opts := badger.DefaultOptions(dir).
		WithSyncWrites(!o.NoSync).
		WithLogger(slogLogger{log.With("component", "badger")}).
		WithMemTableSize(16 << 20).
		WithNumMemtables(2).
		WithValueLogFileSize(64 << 20).
		WithBlockCacheSize(16 << 20).
		WithNumCompactors(2).
		WithValueThreshold(64 << 10).
		WithNumGoroutines(4)
	if o.InMemory {
		opts = opts.WithDir("").WithValueDir("").WithInMemory(true)
		dir = ""
	}
	db, err := badger.Open(opts)
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", dir, err)
	}
	return &DB{db: db, dir: dir}, nil
}

// DeleteRange deletes every key k with prefix and start ≤ k < end (end nil: to the
// end of prefix), in transactions of at most batch keys, durably; keep, if not nil,
// spares the keys for which it returns true; also, if not nil, runs in each of
// those transactions with the number of keys it deletes (a counter kept with the
// deletion, crash or not). It returns the number deleted.
func (d *DB) DeleteRange(prefix, start, end []byte, keep func(key, val []byte) bool, also func(t *Txn, deleted int) error) (int, error) {
	const batch = 1000
	total := 0
	from := start
	for {
		var keys [][]byte
		var next []byte
		err := d.db.View(func(txn *badger.Txn) error {
			opts := badger.DefaultIteratorOptions
			opts.Prefix = prefix
			opts.PrefetchValues = keep != nil
			it := txn.NewIterator(opts)
			defer it.Close()
			for it.Seek(from); it.ValidForPrefix(prefix); it.Next() {
				k := it.Item().KeyCopy(nil)
				if end != nil && bytes.Compare(k, end) >= 0 {
					return nil
				}
				if len(keys) == batch {
					next = k
					return nil
				}
				if keep != nil {
					v, err := it.Item().ValueCopy(nil)
					if err != nil {
						return err
					}
					if keep(k, v) {
						continue
					}
				}
				keys = append(keys, k)
			}
			return nil
		})
		if err != nil {
			return total, fmt.Errorf("store: delete range: %w", err)
		}
		if len(keys) > 0 {
			if err := d.Update(func(t *Txn) error {
				for _, k := range keys {
					if err := t.Delete(k); err != nil {
						return err
					}
				}
				if also != nil {
					return also(t, len(keys))
				}
				return nil
			}); err != nil {
				return total, err
			}
			total += len(keys)
		}
		if next == nil {
			return total, nil
		}
		from = next
	}
}

// Reclaim gives the space of deleted and overwritten values back to the file
// system. Badger drops a deleted key or an old version only when a compaction
// rewrites its table, and compacts level 0 only once it holds several tables, so a
// small database would keep its garbage for ever: Reclaim flushes the memtable and
// compacts level 0 into the next level (badger's DropPrefix on a marker key written
// for it, the one public call that forces it) and rewrites value-log files at
// least half garbage. Deeper levels are left to badger's own compactions, whose
// level size ratios bound what garbage they hold (a Flatten would rewrite the
// whole database each time). Writes wait while badger holds them (Update retries;
// a moment for a small database). Meant to run after a large deletion
// (keeper/prune), not on every write. In memory it does nothing.
func (d *DB) Reclaim() error {
	if d.dir == "" {
		return nil
	}
	d.reclaimMu.Lock()
	defer d.reclaimMu.Unlock()
	mark := GlobalKey(KindMeta, []byte("reclaim"))
	if err := d.Put(mark, []byte{1}); err != nil {
		return err
	}
	d.reclaiming.Store(true)
	err := d.db.DropPrefix(mark)
	d.reclaiming.Store(false)
	if err != nil {
		return fmt.Errorf("store: compacting level 0: %w", err)
	}
	for range 16 {
		err := d.db.RunValueLogGC(0.5)
		if errors.Is(err, badger.ErrNoRewrite) || errors.Is(err, badger.ErrRejected) {
			break
		}
		if err != nil {
			return fmt.Errorf("store: value log GC: %w", err)
		}
	}
	return nil
}

// DiskUsage returns the bytes the database's files occupy on disk (allocated
// blocks, so a preallocated, sparse file counts for what it holds), and badger's
// own estimate of its LSM tree and value log. In memory all three are 0.
func (d *DB) DiskUsage() (disk, lsm, vlog int64, err error) {
	if d.dir == "" {
		return 0, 0, 0, nil
	}
	lsm, vlog = d.db.Size()
	disk, err = DirUsage(d.dir)
	return disk, lsm, vlog, err
}

// DirUsage returns the bytes the files under dir occupy on disk (allocated blocks).
func DirUsage(dir string) (int64, error) {
	var disk int64
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			return nil
		}
		info, err := e.Info()
		if err != nil {
			return err
		}
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			disk += st.Blocks * 512
		} else {
			disk += info.Size()
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: disk usage: %w", err)
	}
	return disk, nil
}

// Close flushes and closes the database.
func (d *DB) Close() error { return d.db.Close() }

// Badger exposes the underlying database.
func (d *DB) Badger() *badger.DB { return d.db }

// Put stores val under key, durably.
func (d *DB) Put(key, val []byte) error {
	return d.Update(func(t *Txn) error { return t.Put(key, val) })
}

// Get returns the value under key, or ErrNotFound.
func (d *DB) Get(key []byte) ([]byte, error) {
	var out []byte
	err := d.View(func(t *Txn) error {
		v, err := t.Get(key)
		out = v
		return err
	})
	return out, err
}

// Has reports whether key exists.
func (d *DB) Has(key []byte) (bool, error) {
	_, err := d.Get(key)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// Delete removes key, durably. Deleting a missing key is not an error.
func (d *DB) Delete(key []byte) error {
	return d.Update(func(t *Txn) error { return t.Delete(key) })
}

// Iterate calls fn for every key with prefix, in key order, until fn returns an
// error (returned by Iterate). key and val are copies that fn may keep.
func (d *DB) Iterate(prefix []byte, fn func(key, val []byte) error) error {
	return d.View(func(t *Txn) error { return t.Iterate(prefix, fn) })
}

// IterateFrom is Txn.IterateFrom in a read-only transaction.
func (d *DB) IterateFrom(prefix, start []byte, fn func(key, val []byte) error) error {
	return d.View(func(t *Txn) error { return t.IterateFrom(prefix, start, fn) })
}

// IterateKeys is Iterate without the values (it reads only the LSM tree).
func (d *DB) IterateKeys(prefix []byte, fn func(key []byte) error) error {
	return d.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = prefix
		opts.PrefetchValues = false
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
			if err := fn(it.Item().KeyCopy(nil)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Update runs fn in a read-write transaction and commits it durably. Conflicts
// between concurrent transactions are retried a few times.
func (d *DB) Update(fn func(*Txn) error) error {
	var err error
	for conflicts := 0; conflicts < 5; {
		err = d.db.Update(func(txn *badger.Txn) error { return fn(&Txn{txn}) })
		switch {
		case errors.Is(err, badger.ErrConflict):
			conflicts++
		case errors.Is(err, badger.ErrBlockedWrites) && d.reclaiming.Load():
			time.Sleep(5 * time.Millisecond) // Reclaim holds the writes for a moment
		default:
			return err
		}
	}
	return err
}

// View runs fn in a read-only transaction.
func (d *DB) View(fn func(*Txn) error) error {
	return d.db.View(func(txn *badger.Txn) error { return fn(&Txn{txn}) })
}

// Txn is a transaction.
type Txn struct{ t *badger.Txn }

// Put sets key to val.
func (t *Txn) Put(key, val []byte) error {
	if err := t.t.Set(key, val); err != nil {
		return fmt.Errorf("store: put: %w", err)
	}
	return nil
}

// Get returns a copy of the value under key, or ErrNotFound.
func (t *Txn) Get(key []byte) ([]byte, error) {
	item, err := t.t.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: get: %w", err)
	}
	return item.ValueCopy(nil)
}

// Delete removes key.
func (t *Txn) Delete(key []byte) error {
	if err := t.t.Delete(key); err != nil {
		return fmt.Errorf("store: delete: %w", err)
	}
	return nil
}

// Iterate calls fn for every key with prefix, in key order (see DB.Iterate).
func (t *Txn) Iterate(prefix []byte, fn func(key, val []byte) error) error {
	return t.IterateFrom(prefix, prefix, fn)
}

// IterateFrom is Iterate starting at the first key ≥ start (start should have
// prefix as a prefix). Return ErrStop from fn to end early without an error.
func (t *Txn) IterateFrom(prefix, start []byte, fn func(key, val []byte) error) error {
	opts := badger.DefaultIteratorOptions
	opts.Prefix = prefix
	it := t.t.NewIterator(opts)
	defer it.Close()
	for it.Seek(start); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		v, err := item.ValueCopy(nil)
		if err != nil {
			return fmt.Errorf("store: iterate: %w", err)
		}
		if err := fn(item.KeyCopy(nil), v); err != nil {
			if errors.Is(err, ErrStop) {
				return nil
			}
			return err
		}
	}
	return nil
}

// PutBinary stores v's binary encoding under key, durably.
func PutBinary(d *DB, key []byte, v encoding.BinaryMarshaler) error {
	b, err := v.MarshalBinary()
	if err != nil {
		return fmt.Errorf("store: encoding: %w", err)
	}
	return d.Put(key, b)
}

// GetBinary decodes the value under key into a new T. ErrNotFound if missing.
func GetBinary[T any, PT interface {
	*T
	encoding.BinaryUnmarshaler
}](d *DB, key []byte) (*T, error) {
	b, err := d.Get(key)
	if err != nil {
		return nil, err
	}
	v := PT(new(T))
	if err := v.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("store: decoding %x: %w", key, err)
	}
	return (*T)(v), nil
}

// PutJSON stores v as JSON under key, durably.
func PutJSON(d *DB, key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encoding: %w", err)
	}
	return d.Put(key, b)
}

// GetJSON decodes the JSON value under key into v. ErrNotFound if missing.
func GetJSON(d *DB, key []byte, v any) error {
	b, err := d.Get(key)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("store: decoding %x: %w", key, err)
	}
	return nil
}

// slogLogger adapts slog to badger's logger.
type slogLogger struct{ l *slog.Logger }

func (s slogLogger) Errorf(f string, a ...any)   { s.l.Error(fmt.Sprintf(f, a...)) }
func (s slogLogger) Warningf(f string, a ...any) { s.l.Warn(fmt.Sprintf(f, a...)) }
func (s slogLogger) Infof(f string, a ...any)    { s.l.Debug(fmt.Sprintf(f, a...)) }
func (s slogLogger) Debugf(f string, a ...any)   { s.l.Debug(fmt.Sprintf(f, a...)) }
