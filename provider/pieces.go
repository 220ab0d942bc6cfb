package provider

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/whitepay/whitepay/challenge"
)

// ErrPieceMismatch is returned when uploaded bytes do not commit to the ordered
// (root, size).
var ErrPieceMismatch = errors.New("provider: piece does not match its order")

// ErrNoPiece is returned when a piece is not stored.
var ErrNoPiece = errors.New("provider: piece not stored")

// PieceStore keeps pieces on disk: for a piece (root, size), the file
// <dir>/<root hex>-<size>.data holds its bytes and <root hex>-<size>.levels its
// Merkle levels (challenge.WriteLevels), so that a proof reads one hash per level
// and the challenged leaf, never the whole piece. Files appear only complete: they
// are written under <dir>/tmp, fsynced, renamed into place and the directory
// fsynced. It is safe for concurrent use; a piece is immutable once stored.
type PieceStore struct {
	dir string
}

// OpenPieceStore opens (creating) the piece directory and removes any partial
// upload left by a crash.
func OpenPieceStore(dir string) (*PieceStore, error) {
	if err := os.MkdirAll(filepath.Join(dir, "tmp"), 0o700); err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	tmps, _ := os.ReadDir(filepath.Join(dir, "tmp"))
	for _, e := range tmps {
		os.Remove(filepath.Join(dir, "tmp", e.Name()))
	}
	return &PieceStore{dir: dir}, nil
}

func pieceName(id challenge.PieceID) string {
	return hex.EncodeToString(id.Root[:]) + "-" + strconv.FormatUint(id.Size, 10)
}

func (p *PieceStore) dataPath(id challenge.PieceID) string {
	return filepath.Join(p.dir, pieceName(id)+".data")
}

func (p *PieceStore) levelsPath(id challenge.PieceID) string {
	return filepath.Join(p.dir, pieceName(id)+".levels")
}

// Has reports whether the piece is stored (both files, of the right sizes).
func (p *PieceStore) Has(id challenge.PieceID) bool {
	d, err := os.Stat(p.dataPath(id))
	if err != nil || uint64(d.Size()) != id.Size {
		return false
	}
	l, err := os.Stat(p.levelsPath(id))
	return err == nil && l.Size() == challenge.LevelsLen(id.Size)
}

// Put reads exactly want.Size bytes from r, computing the commitment while writing
// the data and levels to temporary files, and commits them only if the root is
// want.Root (ErrPieceMismatch otherwise; challenge.ErrSizeMismatch if r ends
// early). When Put returns nil the piece is durable. Storing a piece already held
// reads and checks the bytes again but keeps the stored files.
func (p *PieceStore) Put(r io.Reader, want challenge.PieceID) error {
	tmpData, err := os.CreateTemp(filepath.Join(p.dir, "tmp"), "data-*")
	if err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	defer os.Remove(tmpData.Name())
	defer tmpData.Close()
	tmpLevels, err := os.CreateTemp(filepath.Join(p.dir, "tmp"), "levels-*")
	if err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	defer os.Remove(tmpLevels.Name())
	defer tmpLevels.Close()

	root, err := challenge.WriteLevels(tmpLevels, io.TeeReader(r, tmpData), want.Size)
	if err != nil {
		return err
	}
	if root != want.Root {
		return fmt.Errorf("%w: the %d bytes received commit to root %x, the order names %x", ErrPieceMismatch, want.Size, root, want.Root)
	}
	if p.Has(want) {
		return nil
	}
	for _, f := range []*os.File{tmpData, tmpLevels} {
		if err := f.Sync(); err != nil {
			return fmt.Errorf("provider: syncing piece: %w", err)
		}
	}
	// Levels first: a data file is only ever visible with its levels beside it.
	if err := os.Rename(tmpLevels.Name(), p.levelsPath(want)); err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	if err := os.Rename(tmpData.Name(), p.dataPath(want)); err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	return syncDir(p.dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("provider: syncing %s: %w", dir, err)
	}
	return nil
}

// Piece is an open stored piece.
type Piece struct {
	Levels *challenge.Levels
	data   *os.File
	levels *os.File
}

// Data returns the piece's bytes.
func (pc *Piece) Data() io.ReaderAt { return pc.data }

// Close closes the piece's files.
func (pc *Piece) Close() error {
	return errors.Join(pc.data.Close(), pc.levels.Close())
}

// Open opens a stored piece (ErrNoPiece if it is not stored). The levels' header
// and size are checked against id.
func (p *PieceStore) Open(id challenge.PieceID) (*Piece, error) {
	data, err := os.Open(p.dataPath(id))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %x (%d bytes)", ErrNoPiece, id.Root, id.Size)
	}
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	lf, err := os.Open(p.levelsPath(id))
	if err != nil {
		data.Close()
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: levels of %x missing", ErrNoPiece, id.Root)
		}
		return nil, fmt.Errorf("provider: %w", err)
	}
	l, err := challenge.OpenLevels(lf)
	if err == nil && l.ID() != id {
		err = fmt.Errorf("%w: levels of another piece", challenge.ErrBadLevels)
	}
	if err != nil {
		data.Close()
		lf.Close()
		return nil, err
	}
	return &Piece{Levels: l, data: data, levels: lf}, nil
}

// Delete removes a piece (used by operators, and by tests of a provider that loses
// data).
func (p *PieceStore) Delete(id challenge.PieceID) error {
	err := errors.Join(os.Remove(p.dataPath(id)), os.Remove(p.levelsPath(id)))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("provider: %w", err)
	}
	return syncDir(p.dir)
}

// List returns the stored pieces.
func (p *PieceStore) List() ([]challenge.PieceID, error) {
	ents, err := os.ReadDir(p.dir)
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	var out []challenge.PieceID
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".data")
		if !ok {
			continue
		}
		rootHex, sizeStr, ok := strings.Cut(name, "-")
		root, err1 := hex.DecodeString(rootHex)
		size, err2 := strconv.ParseUint(sizeStr, 10, 64)
		if !ok || err1 != nil || err2 != nil || len(root) != 32 {
			continue
		}
		id := challenge.PieceID{Root: [32]byte(root), Size: size}
		if p.Has(id) {
			out = append(out, id)
		}
	}
	return out, nil
}
