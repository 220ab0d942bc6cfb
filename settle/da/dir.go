package da

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// maxFileSize bounds what Get reads from a batch file (a batch is at most
// settle.MaxBatchSize; a larger file is corrupt).
const maxFileSize = 64 << 20

// DirStore is the directory layer (see the package doc for the layout).
type DirStore struct {
	root string
	mu   sync.Mutex // serialises Puts within the process (flock serialises processes)
}

// OpenDir opens (creating it if needed) the directory layer at root.
func OpenDir(root string) (*DirStore, error) {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("da: %w", err)
	}
	return &DirStore{root: root}, nil
}

// Root returns the directory.
func (s *DirStore) Root() string { return s.root }

// Close implements Store.
func (s *DirStore) Close() error { return nil }

func (s *DirStore) dir(c common.Address) string {
	return filepath.Join(s.root, strings.ToLower(hex.EncodeToString(c[:])))
}

// BatchPath returns the file holding the batch with this hash.
func (s *DirStore) BatchPath(c common.Address, hash [32]byte) string {
	return filepath.Join(s.dir(c), "batches", hex.EncodeToString(hash[:])+".bin")
}

// SeqPath returns the index file of seq.
func (s *DirStore) SeqPath(c common.Address, seq uint64) string {
	return filepath.Join(s.dir(c), "seq", fmt.Sprintf("%020d", seq))
}

func (s *DirStore) readSeq(c common.Address, seq uint64) ([32]byte, error) {
	var h [32]byte
	b, err := os.ReadFile(s.SeqPath(c, seq))
	if errors.Is(err, fs.ErrNotExist) {
		return h, ErrNotFound
	}
	if err != nil {
		return h, fmt.Errorf("da: %w", err)
	}
	t := strings.TrimSuffix(string(b), "\n")
	raw, err := hex.DecodeString(t)
	if err != nil || len(raw) != 32 || len(b) != 65 {
		return h, fmt.Errorf("%w: index of batch %d is corrupt", ErrUnavailable, seq)
	}
	copy(h[:], raw)
	return h, nil
}

// Head implements Store: from the HEAD hint, forward while the next index exists.
func (s *DirStore) Head(_ context.Context, c common.Address) (Head, error) {
	var h Head
	if b, err := os.ReadFile(filepath.Join(s.dir(c), "HEAD")); err == nil {
		var seq uint64
		var hx string
		if _, err := fmt.Sscanf(string(b), "%d %s", &seq, &hx); err == nil {
			if hash, err := s.readSeq(c, seq); err == nil {
				h = Head{Next: seq + 1, Hash: hash}
			}
		}
	}
	// Without a usable hint, walk from 0 (the hint is rewritten by the next Put).
	for {
		hash, err := s.readSeq(c, h.Next)
		if errors.Is(err, ErrNotFound) {
			return h, nil
		}
		if err != nil {
			return h, err
		}
		h = Head{Next: h.Next + 1, Hash: hash}
	}
}

// LastIndexed returns the highest seq the index holds, contiguous or not: a seq
// below it that Get does not find is a missing batch (the detector reports it).
func (s *DirStore) LastIndexed(_ context.Context, c common.Address) (uint64, bool, error) {
	entries, err := os.ReadDir(filepath.Join(s.dir(c), "seq"))
	if errors.Is(err, fs.ErrNotExist) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("da: %w", err)
	}
	var last uint64
	found := false
	for _, e := range entries {
		var n uint64
		if len(e.Name()) != 20 {
			continue
		}
		if _, err := fmt.Sscanf(e.Name(), "%d", &n); err == nil && (!found || n > last) {
			last, found = n, true
		}
	}
	return last, found, nil
}

// Get implements Store.
func (s *DirStore) Get(_ context.Context, c common.Address, seq uint64) (*Item, error) {
	hash, err := s.readSeq(c, seq)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(s.BatchPath(c, hash))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: batch %d (%x): file missing", ErrUnavailable, seq, hash)
	}
	if err != nil {
		return nil, fmt.Errorf("da: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("da: %w", err)
	}
	if st.Size() > maxFileSize {
		return nil, fmt.Errorf("%w: batch %d file of %d bytes", ErrUnavailable, seq, st.Size())
	}
	enc := make([]byte, st.Size())
	if _, err := f.ReadAt(enc, 0); err != nil && st.Size() > 0 {
		return nil, fmt.Errorf("da: %w", err)
	}
	return &Item{Seq: seq, Hash: hash, Enc: enc}, nil
}

// Put implements Store.
func (s *DirStore) Put(ctx context.Context, c common.Address, seq uint64, prev, hash [32]byte, enc []byte) error {
	if crypto.Keccak256Hash(enc) != hash {
		return ErrBadHash
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	dir := s.dir(c)
	for _, d := range []string{filepath.Join(dir, "batches"), filepath.Join(dir, "seq")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("da: %w", err)
		}
	}
	unlock, err := flock(filepath.Join(dir, "lock"))
	if err != nil {
		return err
	}
	defer unlock()

	head, err := s.Head(ctx, c)
	if err != nil {
		return err
	}
	switch {
	case seq < head.Next:
		have, err := s.readSeq(c, seq)
		if err != nil {
			return err
		}
		if have != hash {
			return fmt.Errorf("%w: seq %d holds %x, not %x", ErrConflict, seq, have, hash)
		}
		// Already published; restore the file if it went missing.
		if _, err := os.Stat(s.BatchPath(c, hash)); errors.Is(err, fs.ErrNotExist) {
			return writeAtomic(s.BatchPath(c, hash), enc, false)
		}
		return nil
	case seq > head.Next:
		return fmt.Errorf("%w: seq %d, head has %d batches", ErrGap, seq, head.Next)
	}
	want := [32]byte{}
	if seq > 0 {
		want = head.Hash
	}
	if prev != want {
		return fmt.Errorf("%w: batch %d names %x, batch %d is %x", ErrPrev, seq, prev, seq-1, want)
	}
	path := s.BatchPath(c, hash)
	if old, err := os.ReadFile(path); err != nil || !bytes.Equal(old, enc) {
		if err := writeAtomic(path, enc, false); err != nil {
			return err
		}
	}
	if err := writeAtomic(s.SeqPath(c, seq), []byte(hex.EncodeToString(hash[:])+"\n"), true); err != nil {
		if errors.Is(err, fs.ErrExist) {
			if have, rerr := s.readSeq(c, seq); rerr == nil && have == hash {
				return nil
			}
			return fmt.Errorf("%w: seq %d written concurrently", ErrConflict, seq)
		}
		return err
	}
	return writeAtomic(filepath.Join(dir, "HEAD"), []byte(fmt.Sprintf("%d %s\n", seq, hex.EncodeToString(hash[:]))), false)
}

// writeAtomic writes data to a temporary file next to path, fsyncs it, moves it to
// path (rename; or link when exclusive, failing with fs.ErrExist if path exists) and
// fsyncs the directory.
func writeAtomic(path string, data []byte, exclusive bool) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("da: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("da: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("da: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("da: %w", err)
	}
	if exclusive {
		if err := os.Link(tmp, path); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return fs.ErrExist
			}
			return fmt.Errorf("da: %w", err)
		}
	} else if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("da: %w", err)
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("da: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("da: fsync %s: %w", dir, err)
	}
	return nil
}

// flock takes an exclusive advisory lock on path (created if needed).
func flock(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("da: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("da: lock %s: %w", path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
