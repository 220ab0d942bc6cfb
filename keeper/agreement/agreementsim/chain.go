package agreementsim

import (
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// Chain is the simulated upkeeping contract: the keeper set, the providers and their
// lastPaid, with the history of both, and the pay() checks of SPEC 8 (period
// boundary, te + D ≤ height, ts == lastPaid, ≥ q distinct signers of the active set,
// aggregate signature). Keepers read it through their own lagging views (View).
type Chain struct {
	keepers   []agreement.Keeper // ever registered, by index
	removedAt map[uint32]uint64  // height from which a keeper is no longer active
	providers []uint32
	start     map[uint32]uint64 // lastPaid at registration
	payments  []payment         // lastPaid changes, in height order
	height    uint64
	params    Params
	crypto    Crypto
	Paid      []Payment
}

// Params mirrors schedule.Params for the chain's checks.
type Params struct{ Start, Period, Finality, Window uint64 }

type payment struct {
	height   uint64
	provider uint32
	te       uint64
}

// Payment is one accepted pay() call.
type Payment struct {
	Height  uint64
	Te      uint64
	Leader  uint32
	Attempt uint32
	Digest  [32]byte
	Entries int
	Signers int
	Report  *agreement.Submit
}

// Pay errors.
var (
	ErrPayTooEarly = errors.New("sim chain: not payable yet (te + D > height)")
	ErrPayBoundary = errors.New("sim chain: te is not a period boundary")
	ErrPayTs       = errors.New("sim chain: ts is not lastPaid")
	ErrPaySigners  = errors.New("sim chain: too few signers")
	ErrPaySig      = errors.New("sim chain: aggregate signature invalid")
	ErrPayDigest   = errors.New("sim chain: digest does not match the report")
)

// Height returns the chain's height.
func (c *Chain) Height() uint64 { return c.height }

// Advance moves the chain to height h if it is higher (tests that drive cores by
// hand; a running simulation moves it with its clock).
func (c *Chain) Advance(h uint64) {
	if h > c.height {
		c.height = h
	}
}

// active returns the keepers active at height h.
func (c *Chain) active(h uint64) []agreement.Keeper {
	out := make([]agreement.Keeper, 0, len(c.keepers))
	for _, k := range c.keepers {
		if at, gone := c.removedAt[k.Index]; gone && at <= h {
			continue
		}
		out = append(out, k)
	}
	return out
}

// Keepers returns the keepers active now.
func (c *Chain) Keepers() []agreement.Keeper { return c.active(c.height) }

// RemoveKeeper takes keeper index out of the active set from the current height on
// (a slash or a removal on the contract).
func (c *Chain) RemoveKeeper(index uint32) {
	if _, ok := c.removedAt[index]; !ok {
		c.removedAt[index] = c.height
	}
}

// lastPaidAt returns provider p's lastPaid at height h.
func (c *Chain) lastPaidAt(p uint32, h uint64) (uint64, bool) {
	ts, ok := c.start[p]
	if !ok {
		return 0, false
	}
	for _, x := range c.payments {
		if x.height > h {
			break
		}
		if x.provider == p {
			ts = x.te
		}
	}
	return ts, true
}

// LastPaid returns provider p's lastPaid now.
func (c *Chain) LastPaid(p uint32) (uint64, bool) { return c.lastPaidAt(p, c.height) }

// Pay applies a submitted report at the current height, checking it as the
// contract does.
func (c *Chain) Pay(s agreement.Submit) error {
	r := s.Report
	if d, _, err := wire.ReportDigest(r); err != nil || d != s.Digest {
		return ErrPayDigest
	}
	if r.Te < c.params.Start || (r.Te-c.params.Start)%c.params.Period != 0 {
		return ErrPayBoundary
	}
	if r.Te+c.params.Finality > c.height {
		return fmt.Errorf("%w: te %d, height %d", ErrPayTooEarly, r.Te, c.height)
	}
	for _, e := range r.Entries {
		if ts, ok := c.LastPaid(e.Provider); !ok || ts != e.Ts || ts >= r.Te {
			return fmt.Errorf("%w: provider %d", ErrPayTs, e.Provider)
		}
	}
	act := c.Keepers()
	var pks [][]byte
	for _, k := range act {
		if s.Signers.Bit(int(k.Index)) == 1 {
			pks = append(pks, k.PublicKey)
		}
	}
	if s.Signers.BitLen() > wire.MaxKeepers || len(pks) != bitCount(s.Signers) || len(pks) < agreement.Quorum(len(act)) {
		return ErrPaySigners
	}
	if !c.crypto.VerifyAggregate(pks, s.Digest, s.Signature) {
		return ErrPaySig
	}
	for _, e := range r.Entries {
		c.payments = append(c.payments, payment{height: c.height, provider: e.Provider, te: r.Te})
	}
	cp := s
	c.Paid = append(c.Paid, Payment{Height: c.height, Te: r.Te, Leader: r.Leader, Attempt: r.Attempt, Digest: s.Digest,
		Entries: len(r.Entries), Signers: len(pks), Report: &cp})
	return nil
}

// PaidThrough reports whether every provider's lastPaid is at least te.
func (c *Chain) PaidThrough(te uint64) bool {
	for _, p := range c.providers {
		if ts, _ := c.LastPaid(p); ts < te {
			return false
		}
	}
	return true
}

func bitCount(b *big.Int) int {
	n := 0
	for i := 0; i < b.BitLen(); i++ {
		n += int(b.Bit(i))
	}
	return n
}

// View is one keeper's view of the chain: the contract as of the height the keeper
// has seen (its own, lagging, view height), served from memory (agreement.ChainView).
type View struct {
	c      *Chain
	height uint64
}

// Height returns the height this view shows.
func (v *View) Height() uint64 { return v.height }

// Advance moves the view to height h (never back): for tests that drive the
// cores' heights by hand instead of through Step.
func (v *View) Advance(h uint64) { v.height = max(v.height, h) }

// Keepers implements agreement.ChainView.
func (v *View) Keepers() ([]agreement.Keeper, error) { return v.c.active(v.height), nil }

// Providers implements agreement.ChainView.
func (v *View) Providers() ([]uint32, error) {
	out := append([]uint32(nil), v.c.providers...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// LastPaid implements agreement.ChainView.
func (v *View) LastPaid(p uint32) (uint64, bool, error) {
	ts, ok := v.c.lastPaidAt(p, v.height)
	return ts, ok, nil
}
