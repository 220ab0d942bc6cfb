package faultnet

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"

	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/payer"
)

// VoteAudit is what the honest keepers' vote stores say about the reports paid,
// read after the keepers stopped (SPEC 7 step 3: a keeper locks one digest per
// instance, durably, before it signs, and signs only its lock — across kill -9 and
// restarts).
type VoteAudit struct {
	// Checked counts (paid report, honest keeper) pairs read.
	Checked int `json:"votes_checked"`
	// SignedOutsideLock counts honest signers of a paid report whose vote store
	// holds no lock on the report's instance, or a lock on another digest: a
	// signature the keeper's own rules forbid — a double sign.
	SignedOutsideLock int `json:"votes_signed_outside_lock"`
	// ConflictingLocks counts honest keepers (signers or not) whose lock on a paid
	// report's instance names another digest: two honest keepers locked different
	// reports of one instance, which the echo round must prevent.
	ConflictingLocks int `json:"votes_conflicting_locks"`
	// Pruned counts (paid report, keeper) pairs whose lock the keeper deleted by
	// design: the instance lies below its vote floor (keeper/prune), where it no
	// longer votes. They are neither checked nor counted as findings.
	Pruned int `json:"votes_pruned"`
	// Problems lists the first few findings, for people.
	Problems []string `json:"vote_problems,omitempty"`
}

// auditVotes stops every keeper and reads the honest ones' vote stores (badger
// refuses a second opener, so the processes must be gone) for every report the run
// paid. The Byzantine keepers are skipped: their locks prove nothing.
func auditVotes(ctx context.Context, d *devnet.Devnet, s *devnet.Summary, byzantine []int) (VoteAudit, error) {
	a := VoteAudit{}
	if s == nil {
		return a, nil
	}
	for _, k := range d.Keepers {
		if err := d.StopMember(k); err != nil {
			return a, fmt.Errorf("faultnet: stopping %s: %w", k.Name, err)
		}
	}
	byz := map[int]bool{}
	for _, b := range byzantine {
		byz[b] = true
	}
	var reports []paidReport
	for _, r := range s.Reports {
		rep, bitmap, err := d.DecodePay(ctx, r.Tx)
		if err != nil {
			return a, fmt.Errorf("faultnet: report of te %d: %w", r.Te, err)
		}
		p := paidReport{te: rep.Te, leader: rep.Leader, attempt: rep.Attempt, digest: rep.Digest(), signers: map[int]bool{}}
		for _, k := range d.Keepers {
			if bitmap.Bit(k.Index) == 1 {
				p.signers[k.Index] = true
			}
		}
		reports = append(reports, p)
	}
	contract := d.Contract().Address
	quiet := slog.New(slog.DiscardHandler)
	for i, k := range d.Keepers {
		if byz[i] {
			continue
		}
		db, err := store.Open(filepath.Join(k.Dir, "db"), store.Options{Logger: quiet})
		if err != nil {
			return a, fmt.Errorf("faultnet: %s's database: %w", k.Name, err)
		}
		err = a.check(k.Name, k.Index, payer.NewVoteStore(db, contract), reports)
		if cerr := db.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return a, err
		}
	}
	return a, nil
}

// paidReport is a report the run paid, as the pay transaction carried it.
type paidReport struct {
	te      uint64
	leader  uint32
	attempt uint32
	digest  [32]byte
	signers map[int]bool // registration indices
}

// lockReader is the part of payer.VoteStore the audit reads.
type lockReader interface {
	Get(te uint64, leader, attempt uint32) (*agreement.Lock, error)
	Floor() (uint64, error)
}

// check adds keeper (name, registration index)'s locks on the paid reports.
func (a *VoteAudit) check(name string, index int, votes lockReader, reports []paidReport) error {
	floor, err := votes.Floor()
	if err != nil {
		return fmt.Errorf("faultnet: %s's vote store: %w", name, err)
	}
	for _, p := range reports {
		l, err := votes.Get(p.te, p.leader, p.attempt)
		if err != nil {
			return fmt.Errorf("faultnet: %s's vote store: %w", name, err)
		}
		if l == nil && p.te < floor {
			a.Pruned++
			continue
		}
		a.Checked++
		switch {
		case l != nil && l.Digest != p.digest:
			a.ConflictingLocks++
			if p.signers[index] {
				a.SignedOutsideLock++
			}
			a.note("%s locked %x for (te %d, leader %d, attempt %d), the paid report is %x", name, l.Digest[:4], p.te, p.leader, p.attempt, p.digest[:4])
		case l == nil && p.signers[index]:
			a.SignedOutsideLock++
			a.note("%s signed the report of (te %d, leader %d, attempt %d) without a lock", name, p.te, p.leader, p.attempt)
		}
	}
	return nil
}

func (a *VoteAudit) note(format string, args ...any) {
	if len(a.Problems) < 10 {
		a.Problems = append(a.Problems, fmt.Sprintf(format, args...))
	}
}

// String is the audit in one line.
func (a VoteAudit) String() string {
	s := fmt.Sprintf("%d (report, keeper) votes checked, %d signed outside a lock, %d conflicting locks", a.Checked, a.SignedOutsideLock, a.ConflictingLocks)
	if a.Pruned > 0 {
		s += fmt.Sprintf(" (%d below the vote floor, pruned)", a.Pruned)
	}
	if len(a.Problems) > 0 {
		s += ": " + strings.Join(a.Problems, "; ")
	}
	return s
}
