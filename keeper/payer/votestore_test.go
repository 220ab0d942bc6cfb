package payer

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/agreement"
)

func openDB(t *testing.T, dir string) *store.DB {
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestVoteStoreDurableAcrossReopen: after the database is closed and reopened (a
// clean restart), the same instance cannot be locked on another digest, the same
// one is a no-op, and LastAttempt survives. (A clean close flushes: durability
// without it is TestVoteStoreSurvivesKill.)
func TestVoteStoreDurableAcrossReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	contract := common.HexToAddress("0xc0ffee")
	db := openDB(t, dir)
	vs := NewVoteStore(db, contract)
	if l, err := vs.Get(100, 2, 0); err != nil || l != nil {
		t.Fatalf("empty store: %v %v", l, err)
	}
	if _, ok, err := vs.LastAttempt(100, 2); err != nil || ok {
		t.Fatalf("empty LastAttempt: %v %v", ok, err)
	}
	a := &agreement.Lock{Te: 100, Leader: 2, Attempt: 1, Digest: [32]byte{1}, Report: []byte("report A")}
	a.LeaderSig[0] = 9
	if err := vs.Put(a); err != nil {
		t.Fatal(err)
	}
	if err := vs.Put(&agreement.Lock{Te: 100, Leader: 2, Attempt: 3, Digest: [32]byte{3}, Report: []byte("r3")}); err != nil {
		t.Fatal(err)
	}
	// Other contract, other leader: independent.
	if err := NewVoteStore(db, common.HexToAddress("0xbeef")).Put(&agreement.Lock{Te: 100, Leader: 2, Attempt: 1, Digest: [32]byte{7}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = openDB(t, dir)
	defer db.Close()
	vs = NewVoteStore(db, contract)
	got, err := vs.Get(100, 2, 1)
	if err != nil || got == nil {
		t.Fatalf("lock lost across reopen: %v %v", got, err)
	}
	if got.Digest != a.Digest || string(got.Report) != "report A" || got.LeaderSig != a.LeaderSig || got.Te != 100 || got.Leader != 2 || got.Attempt != 1 {
		t.Fatalf("lock changed: %+v", got)
	}
	b := *a
	b.Digest = [32]byte{2}
	if err := vs.Put(&b); !errors.Is(err, agreement.ErrLockConflict) {
		t.Fatalf("second digest for the instance: %v, want ErrLockConflict", err)
	}
	if err := vs.Put(a); err != nil {
		t.Fatalf("same lock again: %v", err)
	}
	if got, _ := vs.Get(100, 2, 1); got.Digest != a.Digest {
		t.Fatal("conflicting Put changed the lock")
	}
	last, ok, err := vs.LastAttempt(100, 2)
	if err != nil || !ok || last != 3 {
		t.Fatalf("LastAttempt %d %v %v, want 3", last, ok, err)
	}
	if _, ok, _ := vs.LastAttempt(100, 1); ok {
		t.Fatal("LastAttempt of another leader")
	}
}

// TestVoteStoreSurvivesKill: a lock is durable the moment Put returns — a keeper
// process killed right after (SIGKILL: no Close, no flush) loses nothing — and the
// database under the vote store syncs every write (badger SyncWrites), which is
// what makes "durable" true on a power loss too (the kill alone cannot tell).
func TestVoteStoreSurvivesKill(t *testing.T) {
	if dir := os.Getenv("WHITEPAY_VOTE_KILL_DIR"); dir != "" {
		// The child: write a lock, then die at once.
		db := openDB(t, dir)
		if !db.Badger().Opts().SyncWrites {
			os.Exit(3)
		}
		if err := NewVoteStore(db, common.HexToAddress("0xc0ffee")).Put(&agreement.Lock{Te: 7, Leader: 1, Attempt: 2, Digest: [32]byte{5}, Report: []byte("r")}); err != nil {
			os.Exit(4)
		}
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	}
	dir := filepath.Join(t.TempDir(), "db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestVoteStoreSurvivesKill$")
	cmd.Env = append(os.Environ(), "WHITEPAY_VOTE_KILL_DIR="+dir)
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != -1 {
		t.Fatalf("child: %v (exit 3: the store does not sync writes; 4: Put failed)", err)
	}
	db := openDB(t, dir)
	defer db.Close()
	l, err := NewVoteStore(db, common.HexToAddress("0xc0ffee")).Get(7, 1, 2)
	if err != nil || l == nil || l.Digest != [32]byte{5} {
		t.Fatalf("lock after a kill -9: %+v %v", l, err)
	}
	locks, err := NewVoteStore(db, common.HexToAddress("0xc0ffee")).Locks(7)
	if err != nil || len(locks) != 1 {
		t.Fatalf("Locks(7) after the kill: %d %v", len(locks), err)
	}
	if none, _ := NewVoteStore(db, common.HexToAddress("0xc0ffee")).Locks(8); len(none) != 0 {
		t.Fatal("Locks(8) returned a lock of te 7")
	}
}

// TestVoteStoreParts: each part is its own instance (SPEC 8.1): the same (te,
// leader, attempt) locks one report per part, a second digest for a part conflicts
// within that part only, Locks returns every part's locks with their part, Prune
// deletes them all below the floor, and part 0 keeps the key it had before parts.
func TestVoteStoreParts(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "db"))
	defer db.Close()
	vs := NewVoteStore(db, common.HexToAddress("0xc0ffee"))
	for part := uint32(0); part < 3; part++ {
		if err := vs.Put(&agreement.Lock{Te: 100, Part: part, Leader: 2, Attempt: 1, Digest: [32]byte{byte(part + 1)}}); err != nil {
			t.Fatalf("part %d: %v", part, err)
		}
	}
	if err := vs.Put(&agreement.Lock{Te: 100, Part: 1, Leader: 2, Attempt: 1, Digest: [32]byte{9}}); !errors.Is(err, agreement.ErrLockConflict) {
		t.Fatalf("second digest in part 1: %v", err)
	}
	if err := vs.Put(&agreement.Lock{Te: 200, Part: 2, Leader: 0, Attempt: 0, Digest: [32]byte{4}}); err != nil {
		t.Fatal(err)
	}
	if l, err := vs.Get(100, 2, 1); err != nil || l == nil || l.Digest != ([32]byte{1}) || l.Part != 0 {
		t.Fatalf("part 0 by Get: %+v %v", l, err)
	}
	if l, err := vs.GetPart(100, 2, 2, 1); err != nil || l == nil || l.Digest != ([32]byte{3}) || l.Part != 2 {
		t.Fatalf("part 2: %+v %v", l, err)
	}
	if last, ok, err := vs.LastAttempt(100, 2); err != nil || !ok || last != 1 {
		t.Fatalf("LastAttempt with parts stored: %d %v %v", last, ok, err)
	}
	ls, err := vs.Locks(0)
	if err != nil || len(ls) != 4 {
		t.Fatalf("Locks: %d %v", len(ls), err)
	}
	for i, want := range []uint32{0, 1, 2, 2} {
		if ls[i].Part != want || ls[i].Digest[0] != []byte{1, 2, 3, 4}[i] {
			t.Fatalf("lock %d: part %d digest %x", i, ls[i].Part, ls[i].Digest[0])
		}
	}
	if n, err := vs.Prune(150); err != nil || n != 3 {
		t.Fatalf("Prune: %d %v", n, err)
	}
	if ls, _ := vs.Locks(0); len(ls) != 1 || ls[0].Te != 200 {
		t.Fatalf("after Prune: %+v", ls)
	}
}
