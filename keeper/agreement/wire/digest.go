package wire

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/sha3"

	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/report"
)

// ObservationDigest is PartObservationDigest of part 0.
func ObservationDigest(d domain.Domain, te uint64, leader, attempt uint32, entries []Entry, values []*big.Int) [32]byte {
	return PartObservationDigest(d, te, 0, leader, attempt, entries, values)
}

// PartObservationDigest is the message a keeper BLS-signs for its observation (SPEC 7
// round 1), one digest for all entries of the instance:
//
//	keccak256("whitepay/obs/v1" ‖ uint256 chainId ‖ contract ‖ rid ‖ uint64 te ‖
//	          uint16 n ‖ n × (uint32 provider ‖ uint64 ts ‖ uint8 len ‖ st))
//
// with rid = report.PartInstanceID(contract, te, part, leader, attempt) and st as its minimal
// big-endian bytes after their length (the wire form: unambiguous, and less than
// half the bytes to hash of a 32-byte word for realistic values). It binds the
// chain, the contract, the instance, and every (provider, ts, st).
func PartObservationDigest(d domain.Domain, te uint64, part, leader, attempt uint32, entries []Entry, values []*big.Int) [32]byte {
	if len(entries) != len(values) {
		panic("wire: observation entries and values differ in length")
	}
	rid := report.PartInstanceID(d.Contract, te, part, leader, attempt)
	buf := make([]byte, 0, 32+8+2+len(entries)*(13+8))
	buf = append(buf, rid[:]...)
	buf = binary.BigEndian.AppendUint64(buf, te)
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(entries)))
	for i, x := range entries {
		buf = binary.BigEndian.AppendUint32(buf, x.Provider)
		buf = binary.BigEndian.AppendUint64(buf, x.Ts)
		v := values[i]
		if v.Sign() < 0 || v.BitLen() > 256 {
			panic("wire: observation value out of range")
		}
		n := (v.BitLen() + 7) / 8
		buf = append(buf, byte(n))
		buf = append(buf, make([]byte, n)...)
		v.FillBytes(buf[len(buf)-n:])
	}
	return domainDigest(d, domain.TagObs, buf)
}

// domainDigest is domain.Domain.Digest(tag, body) — the same bytes hashed — with
// the assembly keccak of golang.org/x/crypto/sha3, half again as fast on the bulk
// bodies of observations and reports.
func domainDigest(d domain.Domain, tag string, body []byte) (out [32]byte) {
	h := sha3.NewLegacyKeccak256()
	h.Write([]byte(tag))
	var id [32]byte
	if d.ChainID != nil {
		d.ChainID.FillBytes(id[:])
	}
	h.Write(id[:])
	h.Write(d.Contract[:])
	h.Write(body)
	h.Sum(out[:0])
	return out
}

// keccak256 hashes with golang.org/x/crypto/sha3.
func keccak256(b []byte) (out [32]byte) {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	h.Sum(out[:0])
	return out
}

// EncodeReport returns the SPEC 8 ABI encoding of r (report.Report.Encode), or an
// error for a report that fails Validate instead of Encode's panic.
func EncodeReport(r *report.Report) ([]byte, error) {
	return r.EncodeChecked()
}

// ReportDigest returns keccak256(EncodeReport(r)) — report.Report.Digest, fast — and
// the encoding.
func ReportDigest(r *report.Report) ([32]byte, []byte, error) {
	enc, err := EncodeReport(r)
	if err != nil {
		return [32]byte{}, nil, err
	}
	return keccak256(enc), enc, nil
}

// Evidence errors.
var (
	ErrNotEquivocation = errors.New("wire: not an equivocation")
	ErrEvidenceSig     = errors.New("wire: evidence signature does not verify")
)

// Evidence proves that keeper Signer signed two different reports for the same
// (chain, contract, te, leader, attempt): the two reports' SPEC 8 encodings and its
// two BLS signatures on their digests — the arguments of the contract's
// slash(keeper, reportA, sigA, reportB, sigB) (with the signatures converted to
// their EIP-2537 form). In the canonical encoding digest(A) < digest(B).
type Evidence struct {
	Signer  uint32
	ReportA []byte
	SigA    [SigSize]byte
	ReportB []byte
	SigB    [SigSize]byte
}

// NewEvidence orders the two signed reports canonically.
func NewEvidence(signer uint32, a []byte, sigA [SigSize]byte, b []byte, sigB [SigSize]byte) *Evidence {
	ha, hb := crypto.Keccak256Hash(a), crypto.Keccak256Hash(b)
	if bytes.Compare(ha[:], hb[:]) > 0 {
		a, b, sigA, sigB = b, a, sigB, sigA
	}
	return &Evidence{Signer: signer, ReportA: bytes.Clone(a), SigA: sigA, ReportB: bytes.Clone(b), SigB: sigB}
}

// EncodeEvidence returns version ‖ type ‖ signer u32 ‖ reportA (u32 length ‖ bytes) ‖
// sigA ‖ reportB ‖ sigB.
func EncodeEvidence(ev *Evidence) []byte {
	e := &encoder{}
	e.u8(Version)
	e.u8(uint8(TypeEvidence))
	e.u32(ev.Signer)
	e.bytes(ev.ReportA)
	e.raw(ev.SigA[:])
	e.bytes(ev.ReportB)
	e.raw(ev.SigB[:])
	return e.b
}

// DecodeEvidence parses evidence strictly (see Check for what it proves).
func DecodeEvidence(b []byte) (*Evidence, error) {
	if len(b) > 2*(report.MaxEncodedSize+4+SigSize)+6 {
		return nil, fmt.Errorf("%w: %d bytes", ErrOversized, len(b))
	}
	t, err := Peek(b)
	if err != nil {
		return nil, err
	}
	if t != TypeEvidence {
		return nil, fmt.Errorf("%w: %s, want evidence", ErrType, t)
	}
	d := &decoder{b: b, off: 2}
	ev := &Evidence{}
	ev.Signer = d.u32()
	ev.ReportA = bytes.Clone(d.bytes(report.MaxEncodedSize, "report A"))
	d.fixed(ev.SigA[:])
	ev.ReportB = bytes.Clone(d.bytes(report.MaxEncodedSize, "report B"))
	d.fixed(ev.SigB[:])
	d.end()
	if d.err != nil {
		return nil, d.err
	}
	if _, _, _, _, err := ev.Check(); err != nil {
		return nil, err
	}
	return ev, nil
}

// Check verifies everything but the signatures: both reports decode strictly (SPEC
// 8), are for the same chain, contract, te, leader and attempt, and differ, with
// digest(A) < digest(B). It returns the reports and their digests.
func (ev *Evidence) Check() (a, b *report.Report, da, db [32]byte, err error) {
	if a, err = report.Decode(ev.ReportA); err != nil {
		return nil, nil, da, db, fmt.Errorf("%w: report A: %w", ErrMalformed, err)
	}
	if b, err = report.Decode(ev.ReportB); err != nil {
		return nil, nil, da, db, fmt.Errorf("%w: report B: %w", ErrMalformed, err)
	}
	if !a.Domain().Equal(b.Domain()) || a.Te != b.Te || a.Part != b.Part || a.Leader != b.Leader || a.Attempt != b.Attempt {
		return nil, nil, da, db, fmt.Errorf("%w: reports of different instances", ErrNotEquivocation)
	}
	da, db = crypto.Keccak256Hash(ev.ReportA), crypto.Keccak256Hash(ev.ReportB)
	switch bytes.Compare(da[:], db[:]) {
	case 0:
		return nil, nil, da, db, fmt.Errorf("%w: the same report", ErrNotEquivocation)
	case 1:
		return nil, nil, da, db, fmt.Errorf("%w: reports not in canonical order", ErrMalformed)
	}
	return a, b, da, db, nil
}

// Verify checks the evidence: Check, then both signatures with verify (the
// signer's registered BLS key, e.g. agreement.Verifier.Verify bound to it).
func (ev *Evidence) Verify(verify func(digest [32]byte, sig [SigSize]byte) bool) error {
	_, _, da, db, err := ev.Check()
	if err != nil {
		return err
	}
	if !verify(da, ev.SigA) || !verify(db, ev.SigB) {
		return ErrEvidenceSig
	}
	return nil
}
