package faultnet

import (
	"errors"
	"strings"
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement"
)

type fakeLocks map[[3]uint64]*agreement.Lock

// floorKey holds the vote floor of a fakeLocks (its Te).
var floorKey = [3]uint64{^uint64(0)}

func (f fakeLocks) Floor() (uint64, error) {
	if l := f[floorKey]; l != nil {
		return l.Te, nil
	}
	return 0, nil
}

func (f fakeLocks) Get(te uint64, leader, attempt uint32) (*agreement.Lock, error) {
	if te == 999 {
		return nil, errors.New("disk on fire")
	}
	return f[[3]uint64{te, uint64(leader), uint64(attempt)}], nil
}

// The vote-store audit tells a lock on the paid digest (fine), a signer without a
// lock or with a lock on another digest (a double sign), and a non-signer that
// locked another digest (conflicting locks).
func TestVoteAudit(t *testing.T) {
	paidA := paidReport{te: 40, leader: 1, attempt: 0, digest: [32]byte{0xa}, signers: map[int]bool{0: true, 1: true, 2: true}}
	paidB := paidReport{te: 60, leader: 2, attempt: 0, digest: [32]byte{0xb}, signers: map[int]bool{0: true, 1: true, 3: true}}
	reports := []paidReport{paidA, paidB}
	lock := func(p paidReport, d byte) *agreement.Lock {
		return &agreement.Lock{Te: p.te, Leader: p.leader, Attempt: p.attempt, Digest: [32]byte{d}}
	}
	var a VoteAudit
	// k0 locked both paid digests: nothing to report.
	if err := a.check("k0", 0, fakeLocks{{40, 1, 0}: lock(paidA, 0xa), {60, 2, 0}: lock(paidB, 0xb)}, reports); err != nil {
		t.Fatal(err)
	}
	if a.Checked != 2 || a.SignedOutsideLock != 0 || a.ConflictingLocks != 0 {
		t.Fatalf("honest keeper: %s", a)
	}
	// k1 signed B without a lock.
	if err := a.check("k1", 1, fakeLocks{{40, 1, 0}: lock(paidA, 0xa)}, reports); err != nil {
		t.Fatal(err)
	}
	// k2 did not sign B but locked another digest of its instance.
	if err := a.check("k2", 2, fakeLocks{{40, 1, 0}: lock(paidA, 0xa), {60, 2, 0}: lock(paidB, 0xc)}, reports); err != nil {
		t.Fatal(err)
	}
	// k3 signed B while its lock names another digest.
	if err := a.check("k3", 3, fakeLocks{{60, 2, 0}: lock(paidB, 0xd)}, reports); err != nil {
		t.Fatal(err)
	}
	if a.Checked != 8 || a.SignedOutsideLock != 2 || a.ConflictingLocks != 2 || len(a.Problems) != 3 {
		t.Fatalf("audit: %s", a)
	}
	if !strings.Contains(a.String(), "k1 signed the report of (te 60, leader 2, attempt 0) without a lock") {
		t.Fatalf("audit text: %s", a)
	}
	if err := a.check("k4", 4, fakeLocks{}, []paidReport{{te: 999}}); err == nil {
		t.Fatal("a vote store error was not returned")
	}
	// k5 pruned its locks below te 50 (keeper/prune): A's missing lock is not a
	// finding, B's still is.
	var b VoteAudit
	if err := b.check("k5", 0, fakeLocks{floorKey: {Te: 50}}, reports); err != nil {
		t.Fatal(err)
	}
	if b.Pruned != 1 || b.Checked != 1 || b.SignedOutsideLock != 1 || !strings.Contains(b.String(), "pruned") {
		t.Fatalf("audit with a vote floor: %s", b)
	}
}
