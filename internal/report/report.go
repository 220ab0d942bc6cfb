// Package report is the payment report of SPEC 8, the one definition that the
// keepers (who sign it), the upkeeping contract (which verifies and pays it) and the
// detector (which replays it) share.
//
// The report is ABI-encoded as the parameter list
//
//	(bytes32 tag, uint256 chainId, address contract, uint64 te, uint32 leader,
//	 uint32 attempt, uint256 failedBitmap, (uint32 provider, uint64 ts, uint256 st)[] entries)
//
// — Solidity's abi.encode(tag, chainId, contract, te, leader, attempt, failedBitmap,
// entries), with no outer tuple offset — where tag = keccak256("whitepay/report/v1").
// Its digest is keccak256 of that encoding and is the 32-byte BLS message. Keepers
// and providers are numbered by their registration index in the contract; bit i of
// failedBitmap marks keeper i as failed for this report (SPEC 6).
//
// Decoding is strict: the encoding must re-encode to the same bytes, so every report
// has exactly one accepted encoding and one digest.
package report

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
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

// Tag is the report's domain tag: keccak256("whitepay/report/v1").
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
	Leader       uint32
	Attempt      uint32
	FailedBitmap *big.Int
	Entries      []Entry
}

// Domain returns the chain and contract the report is bound to.
func (r *Report) Domain() domain.Domain {
	return domain.Domain{ChainID: r.ChainID, Contract: r.Contract}
}

// abiEntry mirrors Entry with the field names the ABI tuple uses.
type abiEntry struct {
	Provider uint32
	Ts       uint64
	St       *big.Int
}

var arguments = func() abi.Arguments {
	mustType := func(t string, comps []abi.ArgumentMarshaling) abi.Type {
		typ, err := abi.NewType(t, "", comps)
		if err != nil {
			panic(err)
		}
		return typ
	}
	entries := mustType("tuple[]", []abi.ArgumentMarshaling{
		{Name: "provider", Type: "uint32"},
		{Name: "ts", Type: "uint64"},
		{Name: "st", Type: "uint256"},
	})
	return abi.Arguments{
		{Name: "tag", Type: mustType("bytes32", nil)},
		{Name: "chainId", Type: mustType("uint256", nil)},
		{Name: "contract", Type: mustType("address", nil)},
		{Name: "te", Type: mustType("uint64", nil)},
		{Name: "leader", Type: mustType("uint32", nil)},
		{Name: "attempt", Type: mustType("uint32", nil)},
		{Name: "failedBitmap", Type: mustType("uint256", nil)},
		{Name: "entries", Type: entries},
	}
}()

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
	seen := make(map[uint32]bool, len(r.Entries))
	for i, e := range r.Entries {
		if e.St == nil || e.St.Sign() < 0 || e.St.BitLen() > 256 {
			return fmt.Errorf("%w: entry %d: st out of range", ErrInvalid, i)
		}
		if e.Ts >= r.Te {
			return fmt.Errorf("%w: entry %d: ts %d not before te %d", ErrInvalid, i, e.Ts, r.Te)
		}
		if seen[e.Provider] {
			return fmt.Errorf("%w: entry %d: provider %d twice", ErrInvalid, i, e.Provider)
		}
		seen[e.Provider] = true
	}
	return nil
}

// Encode returns the ABI encoding of SPEC 8. It panics on a report that fails
// Validate; call Validate on reports built from untrusted values.
func (r *Report) Encode() []byte {
	if err := r.Validate(); err != nil {
		panic(err)
	}
	entries := make([]abiEntry, len(r.Entries))
	for i, e := range r.Entries {
		entries[i] = abiEntry(e)
	}
	out, err := arguments.Pack(Tag, r.ChainID, r.Contract, r.Te, r.Leader, r.Attempt, r.FailedBitmap, entries)
	if err != nil {
		panic(fmt.Sprintf("report: abi pack: %v", err))
	}
	return out
}

// Digest returns keccak256(Encode()), the message the keepers BLS-sign.
func (r *Report) Digest() [32]byte {
	return crypto.Keccak256Hash(r.Encode())
}

// MaxEncodedSize is the size of the encoding of a report with MaxEntries entries.
const MaxEncodedSize = 8*32 + 32 + MaxEntries*3*32

// Decode parses an encoding made by Encode. It rejects anything else: oversized or
// truncated input, a wrong tag, out-of-range values, and any input that does not
// re-encode to the same bytes (non-canonical offsets, dirty padding, trailing
// bytes).
func Decode(b []byte) (*Report, error) {
	if len(b) > MaxEncodedSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrMalformed, len(b), MaxEncodedSize)
	}
	// The entries array length sits behind its offset; bound it before unpacking so
	// a forged length cannot make the decoder allocate.
	if len(b) >= 9*32 {
		n := new(big.Int).SetBytes(b[8*32 : 9*32])
		if !n.IsUint64() || n.Uint64() > MaxEntries {
			return nil, fmt.Errorf("%w: entry count", ErrMalformed)
		}
	}
	vals, err := arguments.Unpack(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if tag := vals[0].([32]byte); tag != Tag {
		return nil, ErrTag
	}
	raw := *abi.ConvertType(vals[7], new([]abiEntry)).(*[]abiEntry)
	r := &Report{
		ChainID:      vals[1].(*big.Int),
		Contract:     vals[2].(common.Address),
		Te:           vals[3].(uint64),
		Leader:       vals[4].(uint32),
		Attempt:      vals[5].(uint32),
		FailedBitmap: vals[6].(*big.Int),
		Entries:      make([]Entry, len(raw)),
	}
	for i, e := range raw {
		r.Entries[i] = Entry(e)
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if !bytes.Equal(r.Encode(), b) {
		return nil, fmt.Errorf("%w: not the canonical encoding", ErrMalformed)
	}
	return r, nil
}

// InstanceID returns rid = keccak256(contract ‖ uint64 te ‖ uint32 leader ‖ uint32
// attempt), big-endian packed (SPEC 7): the name of one agreement instance.
func InstanceID(contract common.Address, te uint64, leader, attempt uint32) [32]byte {
	var buf [20 + 8 + 4 + 4]byte
	copy(buf[:20], contract[:])
	binary.BigEndian.PutUint64(buf[20:28], te)
	binary.BigEndian.PutUint32(buf[28:32], leader)
	binary.BigEndian.PutUint32(buf[32:36], attempt)
	return crypto.Keccak256Hash(buf[:])
}
