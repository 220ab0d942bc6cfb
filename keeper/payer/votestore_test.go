package payer

import (
	"errors"
	"path/filepath"
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

// TestVoteStoreDurableAcrossReopen: a lock is on disk when Put returns; after the
// database is closed and reopened (a restart), the same instance cannot be locked
// on another digest, the same one is a no-op, and LastAttempt survives.
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
