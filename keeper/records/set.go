package records

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
)

// This file is the record set of the agreement's full sync (SPEC 7 round 4) without
// I/O: its encoding, the shape check of a received set, the merge of checked sets
// into what a keeper holds, and the observation (SPEC 4) over held records. The
// keeper's payer runs them over its badger store (keeper/payer.Observer); the
// agreement simulation runs the very same functions over in-memory records
// (keeper/agreement/agreementsim), so that what converges there is what converges
// in a keeper.

// ErrBadSet is returned for a record set that does not decode or holds a record
// outside what was asked for.
var ErrBadSet = errors.New("records: invalid record set")

// EncodeSet encodes entries as a record set:
//
//	u32 count ‖ (u32 length ‖ Entry encoding)…
//
// in the given order, stopping before the set would exceed limit bytes (0: no
// limit); n is the number of entries included.
func EncodeSet(es []*Entry, limit int) (set []byte, n int, err error) {
	out := binary.BigEndian.AppendUint32(nil, 0)
	for _, e := range es {
		b, err := e.MarshalBinary()
		if err != nil {
			return nil, 0, err
		}
		if limit > 0 && len(out)+4+len(b) > limit {
			break
		}
		out = binary.BigEndian.AppendUint32(out, uint32(len(b)))
		out = append(out, b...)
		n++
	}
	binary.BigEndian.PutUint32(out, uint32(n))
	return out, n, nil
}

// EncodeSets encodes entries, in order, as one or more record sets (EncodeSet's
// format) of at most limit bytes each: the pieces a keeper sends in round 4's
// chunks (issue 15: no size at which a keeper stays silent). No entries give one
// empty set; an entry that does not fit in limit on its own is an error.
func EncodeSets(es []*Entry, limit int) ([][]byte, error) {
	if limit < 8 {
		return nil, fmt.Errorf("records: set limit %d too small", limit)
	}
	var out [][]byte
	cur := binary.BigEndian.AppendUint32(nil, 0)
	n := uint32(0)
	for _, e := range es {
		b, err := e.MarshalBinary()
		if err != nil {
			return nil, err
		}
		if 8+len(b) > limit {
			return nil, fmt.Errorf("records: a record of %d bytes exceeds the set limit %d", len(b), limit)
		}
		if len(cur)+4+len(b) > limit {
			binary.BigEndian.PutUint32(cur, n)
			out = append(out, cur)
			cur, n = binary.BigEndian.AppendUint32(nil, 0), 0
		}
		cur = binary.BigEndian.AppendUint32(cur, uint32(len(b)))
		cur = append(cur, b...)
		n++
	}
	binary.BigEndian.PutUint32(cur, n)
	return append(out, cur), nil
}

// Tail returns the suffix of es (sorted by height) that keeps at most max records,
// dropping the oldest: when a set has to be bounded, what stays is the records
// nearest te — those a disagreement over [ts, te) is about (late responses near
// te, records synced after a restart) — while the oldest records of [ts − G, ts)
// only carry space into the interval (issue 15). max ≤ 0: no bound.
func Tail(es []*Entry, max int) []*Entry {
	if max <= 0 || len(es) <= max {
		return es
	}
	return es[len(es)-max:]
}

// Set is a decoded record set: each entry with its encoding as the set carried it.
type Set struct {
	Entries []*Entry
	Raw     [][]byte
}

// DecodeSet decodes a record set strictly (every entry decodes, nothing trails).
func DecodeSet(set []byte) (*Set, error) {
	if len(set) < 4 {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadSet, len(set))
	}
	n := binary.BigEndian.Uint32(set)
	rest := set[4:]
	if uint64(n)*4 > uint64(len(rest)) {
		return nil, fmt.Errorf("%w: %d records in %d bytes", ErrBadSet, n, len(rest))
	}
	out := &Set{Entries: make([]*Entry, 0, n), Raw: make([][]byte, 0, n)}
	for range n {
		if len(rest) < 4 {
			return nil, fmt.Errorf("%w: truncated", ErrBadSet)
		}
		l := binary.BigEndian.Uint32(rest)
		rest = rest[4:]
		if uint64(l) > uint64(len(rest)) {
			return nil, fmt.Errorf("%w: truncated record", ErrBadSet)
		}
		e, err := DecodeEntry(rest[:l])
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadSet, err)
		}
		out.Entries = append(out.Entries, e)
		out.Raw = append(out.Raw, rest[:l:l])
		rest = rest[l:]
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrBadSet, len(rest))
	}
	return out, nil
}

// CheckSetShape checks that every record of a set is for provider with a height in
// [lo, te): what was asked for. The records' own validity (signatures, orders, the
// challenge) is the caller's check.
func CheckSetShape(es []*Entry, provider common.Address, lo, te uint64) error {
	for _, e := range es {
		r := e.Record
		if r == nil || r.Provider != provider || r.Height < lo || r.Height >= te {
			return fmt.Errorf("%w: record outside provider %s, [%d, %d)", ErrBadSet, provider, lo, te)
		}
	}
	return nil
}

// HeldKey names a held record of a provider: its keeper and height.
type HeldKey struct {
	Keeper common.Address
	Height uint64
}

// Held indexes entries by (keeper, height) with their encodings.
func Held(es []*Entry) (map[HeldKey][]byte, error) {
	m := make(map[HeldKey][]byte, len(es))
	for _, e := range es {
		b, err := e.MarshalBinary()
		if err != nil {
			return nil, err
		}
		m[HeldKey{e.Record.Keeper, e.Record.Height}] = b
	}
	return m, nil
}

// MergeStats counts what MergeSets did.
type MergeStats struct {
	Records   int // records in the sets
	Added     int // stored by put
	Conflicts int // refused: another record held for the same (keeper, height)
}

// MergeSets adds the records of checked sets that held lacks, calling put for each
// new one and for each other version of a record held (put stores it; added false:
// it was there already; ErrConflict: another version is held for the same keeper,
// provider and height and stays — the store keeps the Preferred version). Records
// held byte for byte are skipped without a put, and each record is considered once
// however many sets carry it; held is updated with what put stored.
func MergeSets(held map[HeldKey][]byte, sets []*Set, put func(e *Entry, raw []byte) (added bool, err error)) (MergeStats, error) {
	var st MergeStats
	for _, set := range sets {
		for i, e := range set.Entries {
			st.Records++
			b := set.Raw[i]
			k := HeldKey{e.Record.Keeper, e.Record.Height}
			old, ok := held[k]
			if ok && bytes.Equal(old, b) {
				continue
			}
			if ok {
				// Two versions of one record: the store keeps the Preferred one.
				st.Conflicts++
			}
			added, err := put(e, b)
			if errors.Is(err, ErrConflict) {
				if !ok {
					st.Conflicts++
				}
				continue
			}
			if err != nil {
				return st, err
			}
			held[k] = b
			if added {
				st.Added++
			}
		}
	}
	return st, nil
}

// Observe is a keeper's observation of SPEC 4 from records it holds: the space-time
// of provider over [ts, te) from the records of the keepers in idx (account →
// registration index; others are left out), and the records it integrated.
func Observe(recs []*challenge.ChalRecord, provider common.Address, idx map[common.Address]uint32, ts, te, stale uint64) (*big.Int, map[HeldKey]bool, error) {
	if te < ts {
		return nil, nil, challenge.ErrInterval
	}
	kept := make([]*challenge.ChalRecord, 0, len(recs))
	used := make(map[HeldKey]bool, len(recs))
	for _, r := range recs {
		if _, ok := idx[r.Keeper]; ok {
			kept = append(kept, r)
			used[HeldKey{r.Keeper, r.Height}] = true
		}
	}
	v, err := challenge.RecordsSpaceTime(kept, provider, idx, ts, te, stale)
	if err != nil {
		return nil, nil, err
	}
	return v, used, nil
}

// SetFrom returns the first height whose records can count in [ts, te) with stale
// span G: ts − G (0 below G).
func SetFrom(ts, stale uint64) uint64 {
	if ts > stale {
		return ts - stale
	}
	return 0
}
