// Package report is the payment report of SPEC 8, the one definition that the
// keepers (who sign it), the upkeeping contract (which verifies and pays it) and the
// detector (which replays it) share.
//
// The report is ABI-encoded as the parameter list
//
//	(bytes32 tag, uint256 chainId, address contract, uint64 te, uint32 part,
//	 uint32 leader, uint32 attempt, uint256 failedBitmap,
//	 (uint32 provider, uint64 ts, uint256 st)[] entries)
//
// — Solidity's abi.encode(tag, chainId, contract, te, part, leader, attempt,
// failedBitmap, entries), with no outer tuple offset — where tag =
// keccak256("whitepay/report/v2"). Its digest is keccak256 of that encoding and is
// the 32-byte BLS message. Providers are numbered by their index in the contract;
// keepers by their position in the group of the epoch in force for the report's
// interval (docs/contracts.md); bit i of failedBitmap marks keeper i as failed for
// this report (SPEC 6).
//
// Part (SPEC 8.1 "Large groups", issue 15): a period's entries may be split into
// several reports, each its own agreement instance; part numbers them. Keepers use
// part 0 until reports are split. Version 2 of the tag added the field.
//
// Decoding is strict: the encoding must re-encode to the same bytes, so every report
// has exactly one accepted encoding and one digest.
package report

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/domain"
)

// Limits of a report.
const (
	// MaxEntries bounds the entries of one report (one per provider due).
	MaxEntries = 4096
	// MaxKeepers is the most keepers a contract has (SPEC 8), so failedBitmap fits in
	// a uint256.
	MaxKeepers = 256
)

// Tag is the report's domain tag: keccak256("whitepay/report/v2").
var Tag = crypto.Keccak256Hash([]byte(domain.TagReport))

// Errors of Decode and Validate.
var (
	ErrMalformed = errors.New("report: malformed encoding")
	ErrTag       = errors.New("report: wrong domain tag")
	ErrInvalid   = errors.New("report: invalid report")
)

// Entry pays one provider for [Ts, te): St byte·blocks of space-time (SPEC 4).
type Entry struct {
	Provider uint32
	Ts       uint64
	St       *big.Int
}

// Report is one payment report (SPEC 8).
type Report struct {
	ChainID      *big.Int
	Contract     common.Address
	Te           uint64
	Part         uint32 // which part of the period's report (SPEC 8.1); 0 when unsplit
	Leader       uint32
	Attempt      uint32
	FailedBitmap *big.Int
	Entries      []Entry
}

// Domain returns the chain and contract the report is bound to.
func (r *Report) Domain() domain.Domain {
	return domain.Domain{ChainID: r.ChainID, Contract: r.Contract}
}

// Validate checks what every report must satisfy before it is encoded or signed:
// chain id and bitmap present and in range, st non-negative and within uint256,
// at most MaxEntries entries, each ts < te, and no provider twice.
func (r *Report) Validate() error {
	if r.ChainID == nil || r.ChainID.Sign() < 0 || r.ChainID.BitLen() > 256 {
		return fmt.Errorf("%w: chain id", ErrInvalid)
	}
	if r.FailedBitmap == nil || r.FailedBitmap.Sign() < 0 || r.FailedBitmap.BitLen() > MaxKeepers {
		return fmt.Errorf("%w: failed bitmap", ErrInvalid)
	}
	if len(r.Entries) > MaxEntries {
		return fmt.Errorf("%w: %d entries, at most %d", ErrInvalid, len(r.Entries), MaxEntries)
	}
	ascending := true // the usual case (keepers sort entries): distinct without a map
	for i, e := range r.Entries {
		if e.St == nil || e.St.Sign() < 0 || e.St.BitLen() > 256 {
			return fmt.Errorf("%w: entry %d: st out of range", ErrInvalid, i)
		}
		if e.Ts >= r.Te {
			return fmt.Errorf("%w: entry %d: ts %d not before te %d", ErrInvalid, i, e.Ts, r.Te)
		}
		ascending = ascending && (i == 0 || e.Provider > r.Entries[i-1].Provider)
	}
	if ascending {
		return nil
	}
	seen := make(map[uint32]bool, len(r.Entries))
	for i, e := range r.Entries {
		if seen[e.Provider] {
			return fmt.Errorf("%w: entry %d: provider %d twice", ErrInvalid, i, e.Provider)
		}
		seen[e.Provider] = true
	}
	return nil
}

// Encode returns the ABI encoding of SPEC 8, written word by word (the layout is
// fixed: nine head words, the entries' length, three words per entry; the tests
// check it against go-ethereum's ABI packer). It panics on a report that fails
// Validate; call Validate on reports built from untrusted values.
func (r *Report) Encode() []byte {
	if err := r.Validate(); err != nil {
		panic(err)
	}
	return r.encode()
}

// EncodeChecked is Encode returning Validate's error instead of panicking.
func (r *Report) EncodeChecked() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return r.encode(), nil
}

func (r *Report) encode() []byte {
	n := len(r.Entries)
	out := make([]byte, headWords*32+n*entryWords*32)
	w := func(i int) []byte { return out[i*32 : (i+1)*32] }
	copy(w(0), Tag[:])
	r.ChainID.FillBytes(w(1))
	copy(w(2)[12:], r.Contract[:])
	binary.BigEndian.PutUint64(w(3)[24:], r.Te)
	binary.BigEndian.PutUint32(w(4)[28:], r.Part)
	binary.BigEndian.PutUint32(w(5)[28:], r.Leader)
	binary.BigEndian.PutUint32(w(6)[28:], r.Attempt)
	r.FailedBitmap.FillBytes(w(7))
	binary.BigEndian.PutUint64(w(8)[24:], entriesOffset)
	binary.BigEndian.PutUint64(w(9)[24:], uint64(n))
	for i, e := range r.Entries {
		base := headWords + entryWords*i
		binary.BigEndian.PutUint32(w(base)[28:], e.Provider)
		binary.BigEndian.PutUint64(w(base + 1)[24:], e.Ts)
		e.St.FillBytes(w(base + 2))
	}
	return out
}

// Digest returns keccak256(Encode()), the message the keepers BLS-sign.
func (r *Report) Digest() [32]byte {
	return crypto.Keccak256Hash(r.Encode())
}

// Layout of the encoding, in 32-byte words.
const (
	headWords     = 10     // nine parameters (the last an offset) and the entries' length
	entryWords    = 3      // provider, ts, st
	entriesOffset = 9 * 32 // where the entries array starts, after the nine head words
)

// MaxEncodedSize is the size of the encoding of a report with MaxEntries entries.
const MaxEncodedSize = headWords*32 + MaxEntries*entryWords*32

// Decode parses an encoding made by Encode and rejects anything else: oversized or
// truncated input, a wrong tag, another offset, dirty padding in any word, values out
// of range, and trailing bytes. Every report thus has exactly one accepted encoding.
func Decode(b []byte) (*Report, error) {
	if len(b) > MaxEncodedSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrMalformed, len(b), MaxEncodedSize)
	}
	if len(b) < headWords*32 || (len(b)-headWords*32)%(entryWords*32) != 0 {
		return nil, fmt.Errorf("%w: %d bytes is not a report's length", ErrMalformed, len(b))
	}
	w := func(i int) []byte { return b[i*32 : (i+1)*32] }
	if [32]byte(w(0)) != Tag {
		return nil, ErrTag
	}
	n := (len(b) - headWords*32) / (entryWords * 32)
	if u, ok := uintWord(w(8), 8); !ok || u != entriesOffset {
		return nil, fmt.Errorf("%w: entries offset", ErrMalformed)
	}
	if u, ok := uintWord(w(9), 8); !ok || u != uint64(n) {
		return nil, fmt.Errorf("%w: entry count does not match the length", ErrMalformed)
	}
	if !clean(w(2), 20) {
		return nil, fmt.Errorf("%w: contract address padding", ErrMalformed)
	}
	te, ok1 := uintWord(w(3), 8)
	part, ok2 := uintWord(w(4), 4)
	leader, ok3 := uintWord(w(5), 4)
	attempt, ok4 := uintWord(w(6), 4)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return nil, fmt.Errorf("%w: te, part, leader or attempt out of range", ErrMalformed)
	}
	r := &Report{
		ChainID:      new(big.Int).SetBytes(w(1)),
		Contract:     common.BytesToAddress(w(2)),
		Te:           te,
		Part:         uint32(part),
		Leader:       uint32(leader),
		Attempt:      uint32(attempt),
		FailedBitmap: new(big.Int).SetBytes(w(7)),
		Entries:      make([]Entry, n),
	}
	for i := range r.Entries {
		base := headWords + entryWords*i
		p, ok1 := uintWord(w(base), 4)
		ts, ok2 := uintWord(w(base+1), 8)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%w: entry %d: provider or ts out of range", ErrMalformed, i)
		}
		r.Entries[i] = Entry{Provider: uint32(p), Ts: ts, St: new(big.Int).SetBytes(w(base + 2))}
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return r, nil
}

// uintWord reads a 32-byte word holding an unsigned integer of size bytes,
// reporting false when the padding above it is not zero.
func uintWord(word []byte, size int) (uint64, bool) {
	if !clean(word, size) {
		return 0, false
	}
	var buf [8]byte
	copy(buf[8-size:], word[32-size:])
	return binary.BigEndian.Uint64(buf[:]), true
}

// clean reports whether the word is zero above its low `size` bytes.
func clean(word []byte, size int) bool {
	for _, c := range word[:32-size] {
		if c != 0 {
			return false
		}
	}
	return true
}

// InstanceID returns the id of instance (te, leader, attempt) of part 0 (see
// PartInstanceID): what keepers run until reports are split (issue 15).
func InstanceID(contract common.Address, te uint64, leader, attempt uint32) [32]byte {
	return PartInstanceID(contract, te, 0, leader, attempt)
}

// PartInstanceID returns rid = keccak256(contract ‖ uint64 te ‖ uint32 part ‖ uint32
// leader ‖ uint32 attempt), big-endian packed (SPEC 7, 8.1): the name of one agreement
// instance; each part of a split period is its own instance.
func PartInstanceID(contract common.Address, te uint64, part, leader, attempt uint32) [32]byte {
	var buf [20 + 8 + 4 + 4 + 4]byte
	copy(buf[:20], contract[:])
	binary.BigEndian.PutUint64(buf[20:28], te)
	binary.BigEndian.PutUint32(buf[28:32], part)
	binary.BigEndian.PutUint32(buf[32:36], leader)
	binary.BigEndian.PutUint32(buf[36:40], attempt)
	return crypto.Keccak256Hash(buf[:])
}
