// Package wire is the binary encoding of the agreement protocol's messages (SPEC 7)
// and of equivocation evidence.
//
// Format. A message is
//
//	version u8 (=2) ‖ type u8 ‖ header ‖ body
//	header = chainId (u8 length ‖ minimal big-endian bytes, ≤ 32) ‖ contract [20]
//	         ‖ te u64 ‖ part u32 ‖ leader u32 ‖ attempt u32 ‖ sender u32
//
// Version 2 added the part (SPEC 8.1 "Large groups", issue 15): a period's entries
// are split into parts, each its own agreement instance (te, part, leader, attempt),
// so the messages of different parts never mix.
//
// Integers are fixed-width big-endian; lists carry a u16 count; byte strings a u32
// length; st values and the failed bitmap are non-negative integers of at most 256
// bits written as a one-byte length and their minimal big-endian bytes (zero is the
// empty string); in a Propose, an entry's st equal to its value in the first
// observation vector (the median, usually) is the single byte 0xff instead (no
// length is 255) — a keeper reading a thousand entries decodes one vector, not
// two. Every list is bounded (MaxEntries, MaxKeepers, MaxRecordBytes) and a
// message is at most MaxMessageSize bytes. Decoding is strict: the input must be
// exactly one canonical encoding — unknown versions or types, truncation, trailing
// bytes, non-minimal integers, wrong lengths, unsorted or duplicate list members and
// out-of-range values are all ErrMalformed — so every message has one encoding.
//
// Authentication. The transport authenticates the sending keeper (internal/p2p:
// Noise over the keeper's own account key), and header.Sender must name it. On top of
// that every message that anyone must be able to check later carries BLS signatures
// (herumi, SPEC 5), each domain-separated by package internal/domain:
//
//   - Observation: the keeper's signature under TagObs on ObservationDigest — the rid,
//     te and every (provider, ts, st) of the instance — one signature for all entries.
//   - Propose: the q (or more) observations, as distinct value vectors with, per
//     vector, its observers and the aggregate of their signatures, and the leader's
//     own signature on the report digest (the report's ABI encoding hashed; SPEC 8):
//     the leader's vote, and what makes two conflicting proposals
//     contract-verifiable evidence.
//   - Vote: the keeper's signature on the report digest.
//   - Nack, SyncRequest, RecordSet, ProposeRequest: the sender's signature under
//     TagMessage on the message's encoding up to the signature.
//   - ProposeForward: the forwarded Propose, authenticated by its own leader signature.
//   - Observe and Echo are the two hot-path requests that carry no signature: they are
//     authenticated by the transport only. Neither commits its receiver to anything
//     that a third party checks (an Observe is answered with the receiver's own
//     deterministic observation, sent only to the scheduled leader; an Echo is counted
//     towards a quorum before voting and never used as evidence), and a BLS check of
//     each would cost every keeper a pairing per instance — more than its whole
//     signing budget of two signatures (see package agreement).
//
// Evidence of equivocation is self-contained: two full report encodings for the same
// (chain, contract, te, leader, attempt) with different digests, and the signer's two
// signatures — exactly the arguments of the contract's slash().
package wire

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/report"
)

// Version is the wire format version.
const Version = 2

// Limits of the format.
const (
	MaxMessageSize = 16 << 20          // any message
	MaxEntries     = report.MaxEntries // entries of one instance
	MaxKeepers     = report.MaxKeepers // observations, vectors
	MaxRecordBytes = 8 << 20           // record bytes in one RecordSet chunk
	MaxChunks      = 1 << 16           // chunks of one keeper's record set for one sync
	ChunkBytes     = 1 << 20           // record bytes a keeper puts in one chunk (default; ≤ MaxRecordBytes)
	SigSize        = 96                // compressed BLS signature
	DigestSize     = 32                // keccak256
)

// Errors of the decoders.
var (
	ErrMalformed = errors.New("wire: malformed message")
	ErrOversized = errors.New("wire: message too large")
	ErrVersion   = errors.New("wire: unknown version")
	ErrType      = errors.New("wire: unknown message type")
)

// Type is a message type.
type Type uint8

// Message types.
const (
	TypeObserve        Type = 1  // leader → all: round 1 request
	TypeObservation    Type = 2  // keeper → leader: signed observation
	TypePropose        Type = 3  // leader → all: report + observations (rounds 2, 3)
	TypeEcho           Type = 4  // keeper → all: "I accept this digest" (before voting)
	TypeVote           Type = 5  // keeper → leader: signature on the report digest
	TypeNack           Type = 6  // keeper → leader: disputed entries
	TypeSyncRequest    Type = 7  // leader → all: round 4
	TypeRecordSet      Type = 8  // keeper → all: records for the disputed providers
	TypeProposeRequest Type = 9  // keeper → keeper: send me the Propose with this digest
	TypeProposeForward Type = 10 // keeper → keeper: a Propose received from the leader
	TypeEvidence       Type = 11 // equivocation evidence (not a protocol message)
)

func (t Type) String() string {
	switch t {
	case TypeObserve:
		return "observe"
	case TypeObservation:
		return "observation"
	case TypePropose:
		return "propose"
	case TypeEcho:
		return "echo"
	case TypeVote:
		return "vote"
	case TypeNack:
		return "nack"
	case TypeSyncRequest:
		return "sync-request"
	case TypeRecordSet:
		return "record-set"
	case TypeProposeRequest:
		return "propose-request"
	case TypeProposeForward:
		return "propose-forward"
	case TypeEvidence:
		return "evidence"
	}
	return fmt.Sprintf("type(%d)", uint8(t))
}

// Header names the instance a message belongs to and its sender.
type Header struct {
	ChainID  *big.Int
	Contract common.Address
	Te       uint64
	Part     uint32 // the report's part (internal/parts); 0 when unsplit
	Leader   uint32
	Attempt  uint32
	Sender   uint32
}

// Domain returns the chain and contract the message is bound to.
func (h *Header) Domain() domain.Domain {
	return domain.Domain{ChainID: h.ChainID, Contract: h.Contract}
}

// RID returns the instance id keccak256(contract ‖ te ‖ part ‖ leader ‖ attempt)
// (SPEC 7, 8.1: report.PartInstanceID).
func (h *Header) RID() [32]byte {
	return report.PartInstanceID(h.Contract, h.Te, h.Part, h.Leader, h.Attempt)
}

// SameInstance reports whether two headers name the same (chain, contract, te,
// part, leader, attempt).
func (h *Header) SameInstance(o *Header) bool {
	return h.Domain().Equal(o.Domain()) && h.Te == o.Te && h.Part == o.Part && h.Leader == o.Leader && h.Attempt == o.Attempt
}

// Message is one protocol message.
type Message interface {
	Type() Type
	Hdr() *Header
	body(e *encoder)
	decodeBody(d *decoder)
}

// Entry is one (provider, ts) pair of an Observe or SyncRequest.
type Entry struct {
	Provider uint32
	Ts       uint64
}

// Observe is round 1 (SPEC 7): the leader asks every keeper for its space-time of
// each provider over [Ts, Te). Entries are sorted by provider, without repeats.
type Observe struct {
	Header
	Entries []Entry
}

// Observation is a keeper's answer to an Observe: its st for each entry, in the
// Observe's order, and its BLS signature on ObservationDigest.
type Observation struct {
	Header
	Values []*big.Int
	Sig    [SigSize]byte
}

// Proposal modes.
const (
	ModeMedian    uint8 = 0 // round 2: each st is the median of the observations
	ModeReconcile uint8 = 1 // round 3: each st is supported by f+1 observations within τ
)

// ObsRef is one observation inside a Propose: its signer and the index of its value
// vector in Propose.Vectors. Its signature is in the vector's aggregate
// (Propose.Aggs).
type ObsRef struct {
	Sender uint32
	Vector uint16
}

// sameAsFirstVector, in place of an entry's st in a Propose, says that the st is the
// entry's value in vector 0 (no integer is 255 bytes long: it cannot be a length).
const sameAsFirstVector = 0xff

// Propose is rounds 2 and 3 (SPEC 7): the report (its chain, contract, te, leader and
// attempt are the header's) with the observations it was computed from, and the
// leader's signature on the report digest. The observations are for attempt
// ObsAttempt (≤ Attempt; a reconcile proposal reuses the observations of the failed
// attempt) and are stored as distinct value vectors referenced by index, so that
// keepers who observed the same values cost one vector. Obs is sorted by sender;
// vectors appear in the order of their first reference. Aggs[v] is the aggregate
// (sum) of the observation signatures of the keepers that observed Vectors[v]: a
// valid aggregate proves each of them signed those values (keeper/agreement,
// "Authentication"), and checking it costs a keeper one signature decode and one
// pairing whatever the number of observations.
type Propose struct {
	Header
	Mode         uint8
	ObsAttempt   uint32
	FailedBitmap *big.Int
	Entries      []report.Entry
	Vectors      [][]*big.Int
	Obs          []ObsRef
	Aggs         [][SigSize]byte
	LeaderSig    [SigSize]byte
}

// Echo tells every keeper that the sender has validated, and durably locked, the
// proposal with this report digest. A keeper signs only after q echoes of one digest
// (its own included), so no two honest keepers sign different reports of one
// instance. Reply asks the receivers to answer with their own echo (a keeper that
// lost its in-memory state on restart).
type Echo struct {
	Header
	Digest [DigestSize]byte
	Reply  bool
}

// Vote is a keeper's BLS signature on the report digest, for the leader.
type Vote struct {
	Header
	Digest [DigestSize]byte
	Sig    [SigSize]byte
}

// Nack reasons.
const (
	NackTolerance uint8 = 1 // the disputed entries are not within τ of the sender's st
	NackInvalid   uint8 = 2 // the proposal is invalid (bad median, range, signatures)
)

// Nack tells the leader why the sender does not sign: the indices (into the report's
// entries) of the disputed entries. Signed under TagMessage.
type Nack struct {
	Header
	Reason   uint8
	Disputed []uint16
	Sig      [SigSize]byte
}

// SyncRequest is round 4 (SPEC 7): every keeper sends its records for these
// providers over [ts, te). Signed under TagMessage.
type SyncRequest struct {
	Header
	Entries []Entry
	Sig     [SigSize]byte
}

// RecordPart is one piece of one sync entry's records in a RecordSet chunk:
// opaque bytes (a record set on its own, which the receiver's Observer decodes,
// checks and merges without the other pieces).
type RecordPart struct {
	Entry uint16 // index into the chunk's Entries
	Data  []byte
}

// RecordSet is one signed chunk of the sender's records for a sync (SPEC 7 round
// 4), signed under TagMessage. A keeper's records for the sync's entries travel as
// Chunks chunks (Chunk = 0 … Chunks−1) of at most MaxRecordBytes record bytes each,
// so that no amount of records makes a keeper stay silent; every chunk names the
// sync's entries (those of the SyncRequest), so a keeper that missed the request
// can join the sync from any chunk of the leader's, and is checked and merged on
// its own. Parts are sorted by entry index, at most one per entry; an entry's
// records may span several chunks.
type RecordSet struct {
	Header
	Entries []Entry
	Chunk   uint32
	Chunks  uint32
	Parts   []RecordPart
	Sig     [SigSize]byte
}

// ProposeRequest asks a keeper for the Propose it holds with this digest (to build
// evidence, or to recover a lost Propose). Signed under TagMessage.
type ProposeRequest struct {
	Header
	Digest [DigestSize]byte
	Sig    [SigSize]byte
}

// ProposeForward carries an encoded Propose, received from its leader, to another
// keeper. The inner Propose must be for the header's instance.
type ProposeForward struct {
	Header
	Propose []byte
}

func (m *Observe) Type() Type        { return TypeObserve }
func (m *Observation) Type() Type    { return TypeObservation }
func (m *Propose) Type() Type        { return TypePropose }
func (m *Echo) Type() Type           { return TypeEcho }
func (m *Vote) Type() Type           { return TypeVote }
func (m *Nack) Type() Type           { return TypeNack }
func (m *SyncRequest) Type() Type    { return TypeSyncRequest }
func (m *RecordSet) Type() Type      { return TypeRecordSet }
func (m *ProposeRequest) Type() Type { return TypeProposeRequest }
func (m *ProposeForward) Type() Type { return TypeProposeForward }

func (h *Header) Hdr() *Header { return h }

// Signed is a message with a TagMessage signature as its last field.
type Signed interface {
	Message
	sig() *[SigSize]byte
}

func (m *Nack) sig() *[SigSize]byte           { return &m.Sig }
func (m *SyncRequest) sig() *[SigSize]byte    { return &m.Sig }
func (m *RecordSet) sig() *[SigSize]byte      { return &m.Sig }
func (m *ProposeRequest) sig() *[SigSize]byte { return &m.Sig }

// Encode returns the encoding of m. It panics on a message that cannot be encoded
// (values out of range, lists too long): messages are built by this process.
func Encode(m Message) []byte {
	e := &encoder{b: make([]byte, 0, 256)}
	e.u8(Version)
	e.u8(uint8(m.Type()))
	encodeHeader(e, m.Hdr())
	m.body(e)
	if len(e.b) > MaxMessageSize {
		panic(fmt.Sprintf("wire: %s message of %d bytes exceeds %d", m.Type(), len(e.b), MaxMessageSize))
	}
	return e.b
}

// SigningDigest returns the TagMessage digest that a Signed message's signature
// covers: the message's encoding up to (without) the signature, domain-separated by
// its header's chain and contract.
func SigningDigest(m Signed) [32]byte {
	b := Encode(m)
	return domainDigest(m.Hdr().Domain(), domain.TagMessage, b[:len(b)-SigSize])
}

// SigningDigestOf is SigningDigest of a Signed message received as raw, its strict
// (hence canonical) encoding: the digest is taken over the bytes as received, with
// no re-encoding.
func SigningDigestOf(m Signed, raw []byte) [32]byte {
	if len(raw) < SigSize {
		return SigningDigest(m)
	}
	return domainDigest(m.Hdr().Domain(), domain.TagMessage, raw[:len(raw)-SigSize])
}

// Sign sets m's signature with sign (the sender's BLS key).
func Sign(m Signed, sign func([32]byte) [SigSize]byte) {
	*m.sig() = sign(SigningDigest(m))
}

// SignatureOf returns a Signed message's signature.
func SignatureOf(m Signed) [SigSize]byte { return *m.sig() }

// Peek returns the type of an encoded message without decoding it.
func Peek(b []byte) (Type, error) {
	if len(b) < 2 {
		return 0, fmt.Errorf("%w: %d bytes", ErrMalformed, len(b))
	}
	if b[0] != Version {
		return 0, fmt.Errorf("%w: %d", ErrVersion, b[0])
	}
	return Type(b[1]), nil
}

// Decode parses one message strictly.
func Decode(b []byte) (Message, error) {
	if len(b) > MaxMessageSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrOversized, len(b), MaxMessageSize)
	}
	t, err := Peek(b)
	if err != nil {
		return nil, err
	}
	var m Message
	switch t {
	case TypeObserve:
		m = new(Observe)
	case TypeObservation:
		m = new(Observation)
	case TypePropose:
		m = new(Propose)
	case TypeEcho:
		m = new(Echo)
	case TypeVote:
		m = new(Vote)
	case TypeNack:
		m = new(Nack)
	case TypeSyncRequest:
		m = new(SyncRequest)
	case TypeRecordSet:
		m = new(RecordSet)
	case TypeProposeRequest:
		m = new(ProposeRequest)
	case TypeProposeForward:
		m = new(ProposeForward)
	default:
		return nil, fmt.Errorf("%w: %d", ErrType, uint8(t))
	}
	d := &decoder{b: b, off: 2}
	decodeHeader(d, m.Hdr())
	m.decodeBody(d)
	d.end()
	if d.err != nil {
		return nil, fmt.Errorf("%s: %w", t, d.err)
	}
	return m, nil
}

func encodeHeader(e *encoder, h *Header) {
	if h.ChainID == nil || h.ChainID.Sign() < 0 || h.ChainID.BitLen() > 256 {
		panic("wire: chain id out of range")
	}
	e.bigint(h.ChainID)
	e.raw(h.Contract[:])
	e.u64(h.Te)
	e.u32(h.Part)
	e.u32(h.Leader)
	e.u32(h.Attempt)
	e.u32(h.Sender)
}

func decodeHeader(d *decoder, h *Header) {
	h.ChainID = d.bigint("chain id")
	d.fixed(h.Contract[:])
	h.Te = d.u64()
	h.Part = d.u32()
	h.Leader = d.u32()
	h.Attempt = d.u32()
	h.Sender = d.u32()
}

// ---- entries (Observe, SyncRequest)

func encodeEntries(e *encoder, es []Entry) {
	checkEntries(len(es))
	e.u16(uint16(len(es)))
	for i, x := range es {
		if i > 0 && x.Provider <= es[i-1].Provider {
			panic("wire: entries not sorted by provider")
		}
		e.u32(x.Provider)
		e.u64(x.Ts)
	}
}

func checkEntries(n int) {
	if n < 1 || n > MaxEntries {
		panic(fmt.Sprintf("wire: %d entries, want 1..%d", n, MaxEntries))
	}
}

func decodeEntries(d *decoder, te uint64) []Entry {
	n := d.count(1, MaxEntries, 12, "entries")
	if d.err != nil {
		return nil
	}
	if d.remaining() < 12*n {
		d.take(12 * n) // fails: truncated
		return nil
	}
	es := make([]Entry, n)
	b := d.take(12 * n) // read in place: count checked the room
	for i := range es {
		es[i].Provider = binary.BigEndian.Uint32(b[12*i:])
		es[i].Ts = binary.BigEndian.Uint64(b[12*i+4:])
		if i > 0 && es[i].Provider <= es[i-1].Provider {
			d.fail("entries: provider %d not above %d", es[i].Provider, es[i-1].Provider)
			return nil
		}
		if es[i].Ts >= te {
			d.fail("entries: ts %d not before te %d", es[i].Ts, te)
			return nil
		}
	}
	return es
}

func (m *Observe) body(e *encoder) { encodeEntries(e, m.Entries) }
func (m *Observe) decodeBody(d *decoder) {
	m.Entries = decodeEntries(d, m.Te)
}

func (m *SyncRequest) body(e *encoder) {
	encodeEntries(e, m.Entries)
	e.raw(m.Sig[:])
}
func (m *SyncRequest) decodeBody(d *decoder) {
	m.Entries = decodeEntries(d, m.Te)
	d.fixed(m.Sig[:])
}

// ---- values

func checkValue(v *big.Int) {
	if v == nil || v.Sign() < 0 || v.BitLen() > 256 {
		panic("wire: value out of range")
	}
}

func encodeValues(e *encoder, vs []*big.Int) {
	for _, v := range vs {
		checkValue(v)
		e.bigint(v)
	}
}

func decodeValues(d *decoder, n int, what string) []*big.Int {
	return d.bigints(n, what)
}

func (m *Observation) body(e *encoder) {
	checkEntries(len(m.Values))
	e.u16(uint16(len(m.Values)))
	encodeValues(e, m.Values)
	e.raw(m.Sig[:])
}

func (m *Observation) decodeBody(d *decoder) {
	n := d.count(1, MaxEntries, 1, "values")
	m.Values = decodeValues(d, n, "values")
	d.fixed(m.Sig[:])
}

// ---- Propose

func (m *Propose) body(e *encoder) {
	if m.Mode > ModeReconcile {
		panic("wire: unknown mode")
	}
	checkEntries(len(m.Entries))
	if len(m.Vectors) < 1 || len(m.Vectors) > MaxKeepers || len(m.Obs) < 1 || len(m.Obs) > MaxKeepers || len(m.Aggs) != len(m.Vectors) {
		panic("wire: propose observation counts out of range")
	}
	e.u8(m.Mode)
	e.u32(m.ObsAttempt)
	checkValue(m.FailedBitmap)
	e.bigint(m.FailedBitmap)
	for _, v := range m.Vectors {
		if len(v) != len(m.Entries) {
			panic("wire: vector length differs from the entries")
		}
	}
	e.u16(uint16(len(m.Entries)))
	for i, x := range m.Entries {
		if i > 0 && x.Provider <= m.Entries[i-1].Provider {
			panic("wire: entries not sorted by provider")
		}
		checkValue(x.St)
		e.u32(x.Provider)
		e.u64(x.Ts)
		if x.St.Cmp(m.Vectors[0][i]) == 0 {
			e.u8(sameAsFirstVector) // the usual case: the median is vector 0's value
			continue
		}
		e.bigint(x.St)
	}
	e.u16(uint16(len(m.Vectors)))
	for _, v := range m.Vectors {
		encodeValues(e, v)
	}
	e.u16(uint16(len(m.Obs)))
	for _, o := range m.Obs {
		e.u32(o.Sender)
		e.u16(o.Vector)
	}
	for _, a := range m.Aggs {
		e.raw(a[:])
	}
	e.raw(m.LeaderSig[:])
}

func (m *Propose) decodeBody(d *decoder) {
	m.Mode = d.u8()
	if d.err == nil && m.Mode > ModeReconcile {
		d.fail("mode %d", m.Mode)
		return
	}
	m.ObsAttempt = d.u32()
	if d.err == nil && m.ObsAttempt > m.Attempt {
		d.fail("observation attempt %d after attempt %d", m.ObsAttempt, m.Attempt)
		return
	}
	m.FailedBitmap = d.bigint("failed bitmap")
	n := d.count(1, MaxEntries, 13, "entries")
	if d.err != nil {
		return
	}
	m.Entries = make([]report.Entry, n)
	sts := make([][]byte, n) // the values become one slab of big.Ints below
	same := make([]bool, n)  // st is vector 0's value (resolved once the vectors are read)
	for i := range m.Entries {
		x := &m.Entries[i]
		x.Provider = d.u32()
		x.Ts = d.u64()
		if d.err == nil && d.off < len(d.b) && d.b[d.off] == sameAsFirstVector {
			d.off++
			same[i] = true
		} else {
			sts[i] = d.c().UintBytes("st")
		}
		if d.err != nil {
			return
		}
		if i > 0 && x.Provider <= m.Entries[i-1].Provider {
			d.fail("entries: provider %d not above %d", x.Provider, m.Entries[i-1].Provider)
			return
		}
		if x.Ts >= m.Te {
			d.fail("entries: ts %d not before te %d", x.Ts, m.Te)
			return
		}
	}
	for i, v := range intsFromBytes(sts, 0) {
		if !same[i] {
			m.Entries[i].St = v
		}
	}
	nv := d.count(1, MaxKeepers, n, "vectors")
	if d.err != nil {
		return
	}
	m.Vectors = make([][]*big.Int, nv)
	// Vectors must be distinct: index their encodings by a keyed hash, and compare
	// the bytes of equal hashes.
	type span struct{ from, to int }
	seen := make(map[uint64][]span, nv)
	seed := maphash.MakeSeed()
	for i := range m.Vectors {
		from := d.off
		m.Vectors[i] = decodeValues(d, n, "vector")
		if d.err != nil {
			return
		}
		enc := d.b[from:d.off]
		h := maphash.Bytes(seed, enc)
		for _, sp := range seen[h] {
			if bytes.Equal(d.b[sp.from:sp.to], enc) {
				d.fail("vector %d repeated", i)
				return
			}
		}
		seen[h] = append(seen[h], span{from, d.off})
	}
	// Entries' st: vector 0's value when so marked; otherwise a value that must
	// differ from it (canonical: the encoder marks every equal one).
	for i := range m.Entries {
		v0 := m.Vectors[0][i]
		if same[i] {
			m.Entries[i].St = v0
		} else if m.Entries[i].St.Cmp(v0) == 0 {
			d.fail("entries: st %d spelled out though equal to vector 0", i)
			return
		}
	}
	no := d.count(1, MaxKeepers, 4+2, "observations")
	if d.err != nil {
		return
	}
	m.Obs = make([]ObsRef, no)
	next := 0 // vectors must be referenced first in index order
	for i := range m.Obs {
		o := &m.Obs[i]
		o.Sender = d.u32()
		o.Vector = d.u16()
		if d.err != nil {
			return
		}
		if i > 0 && o.Sender <= m.Obs[i-1].Sender {
			d.fail("observations: sender %d not above %d", o.Sender, m.Obs[i-1].Sender)
			return
		}
		switch {
		case int(o.Vector) == next:
			next++
		case int(o.Vector) > next:
			d.fail("observations: vector %d referenced before vector %d", o.Vector, next)
			return
		}
	}
	if next != nv {
		d.fail("observations: %d of %d vectors referenced", next, nv)
		return
	}
	m.Aggs = make([][SigSize]byte, nv)
	for i := range m.Aggs {
		d.fixed(m.Aggs[i][:])
	}
	d.fixed(m.LeaderSig[:])
}

// Values returns the st values of the observation of Obs[i].
func (m *Propose) Values(i int) []*big.Int { return m.Vectors[m.Obs[i].Vector] }

// Report returns the report the Propose carries.
func (m *Propose) Report() *report.Report {
	return &report.Report{
		ChainID:      m.ChainID,
		Contract:     m.Contract,
		Te:           m.Te,
		Part:         m.Part,
		Leader:       m.Leader,
		Attempt:      m.Attempt,
		FailedBitmap: m.FailedBitmap,
		Entries:      m.Entries,
	}
}

// ObsEntries returns the (provider, ts) pairs of the report, the entries its
// observations were made for.
func (m *Propose) ObsEntries() []Entry {
	out := make([]Entry, len(m.Entries))
	for i, x := range m.Entries {
		out[i] = Entry{x.Provider, x.Ts}
	}
	return out
}

// ---- small messages

func (m *Echo) body(e *encoder) {
	e.raw(m.Digest[:])
	if m.Reply {
		e.u8(1)
	} else {
		e.u8(0)
	}
}

func (m *Echo) decodeBody(d *decoder) {
	d.fixed(m.Digest[:])
	switch d.u8() {
	case 0:
	case 1:
		m.Reply = true
	default:
		d.fail("echo: reply flag")
	}
}

func (m *Vote) body(e *encoder) {
	e.raw(m.Digest[:])
	e.raw(m.Sig[:])
}

func (m *Vote) decodeBody(d *decoder) {
	d.fixed(m.Digest[:])
	d.fixed(m.Sig[:])
}

func (m *Nack) body(e *encoder) {
	if m.Reason != NackTolerance && m.Reason != NackInvalid {
		panic("wire: unknown nack reason")
	}
	if len(m.Disputed) > MaxEntries {
		panic("wire: too many disputed entries")
	}
	e.u8(m.Reason)
	e.u16(uint16(len(m.Disputed)))
	for i, x := range m.Disputed {
		if i > 0 && x <= m.Disputed[i-1] {
			panic("wire: disputed entries not sorted")
		}
		e.u16(x)
	}
	e.raw(m.Sig[:])
}

func (m *Nack) decodeBody(d *decoder) {
	m.Reason = d.u8()
	if d.err == nil && m.Reason != NackTolerance && m.Reason != NackInvalid {
		d.fail("nack reason %d", m.Reason)
		return
	}
	n := d.count(0, MaxEntries, 2, "disputed")
	if d.err != nil {
		return
	}
	m.Disputed = make([]uint16, n)
	for i := range m.Disputed {
		m.Disputed[i] = d.u16()
		if d.err == nil && i > 0 && m.Disputed[i] <= m.Disputed[i-1] {
			d.fail("disputed entries not sorted")
			return
		}
	}
	d.fixed(m.Sig[:])
}

func (m *RecordSet) body(e *encoder) {
	encodeEntries(e, m.Entries)
	if m.Chunks < 1 || m.Chunks > MaxChunks || m.Chunk >= m.Chunks {
		panic(fmt.Sprintf("wire: record chunk %d of %d", m.Chunk, m.Chunks))
	}
	if len(m.Parts) < 1 || len(m.Parts) > len(m.Entries) {
		panic("wire: record parts count out of range")
	}
	e.u32(m.Chunk)
	e.u32(m.Chunks)
	total := 0
	e.u16(uint16(len(m.Parts)))
	for i, p := range m.Parts {
		if int(p.Entry) >= len(m.Entries) || (i > 0 && p.Entry <= m.Parts[i-1].Entry) {
			panic("wire: record parts not sorted by entry")
		}
		total += len(p.Data)
		e.u16(p.Entry)
		e.bytes(p.Data)
	}
	if total > MaxRecordBytes {
		panic("wire: record chunk too large")
	}
	e.raw(m.Sig[:])
}

func (m *RecordSet) decodeBody(d *decoder) {
	m.Entries = decodeEntries(d, m.Te)
	m.Chunk = d.u32()
	m.Chunks = d.u32()
	if d.err != nil {
		return
	}
	if m.Chunks < 1 || m.Chunks > MaxChunks || m.Chunk >= m.Chunks {
		d.fail("record set: chunk %d of %d (at most %d chunks)", m.Chunk, m.Chunks, MaxChunks)
		return
	}
	n := d.count(1, len(m.Entries), 6, "record parts")
	if d.err != nil {
		return
	}
	m.Parts = make([]RecordPart, n)
	total := 0
	for i := range m.Parts {
		p := &m.Parts[i]
		p.Entry = d.u16()
		if d.err != nil {
			return
		}
		if int(p.Entry) >= len(m.Entries) || (i > 0 && p.Entry <= m.Parts[i-1].Entry) {
			d.fail("record parts: entry %d not above the previous and below %d", p.Entry, len(m.Entries))
			return
		}
		p.Data = d.bytes(MaxRecordBytes-total, "record part")
		if d.err != nil {
			return
		}
		total += len(p.Data)
	}
	d.fixed(m.Sig[:])
}

// ChunkRecords splits sets — sets[i] the pieces of entries[i]'s records, each
// piece an opaque record set of at most limit bytes — into the RecordSet chunks of
// one keeper (header, entries, chunk numbering and parts set; unsigned): pieces
// are packed in entry order, at most one per entry per chunk, a chunk closed
// before it would pass limit record bytes. An entry without pieces gets none.
// limit ≤ 0 or above MaxRecordBytes means MaxRecordBytes.
func ChunkRecords(h Header, entries []Entry, sets [][][]byte, limit int) ([]*RecordSet, error) {
	if limit <= 0 || limit > MaxRecordBytes {
		limit = MaxRecordBytes
	}
	if len(sets) != len(entries) {
		return nil, fmt.Errorf("wire: %d record sets for %d entries", len(sets), len(entries))
	}
	var out []*RecordSet
	var cur *RecordSet
	size := 0
	for i, pieces := range sets {
		for _, p := range pieces {
			if len(p) > limit {
				return nil, fmt.Errorf("wire: record piece of %d bytes above the chunk limit %d", len(p), limit)
			}
			if cur == nil || size+len(p) > limit || cur.Parts[len(cur.Parts)-1].Entry == uint16(i) {
				cur = &RecordSet{Header: h, Entries: entries}
				out = append(out, cur)
				size = 0
			}
			cur.Parts = append(cur.Parts, RecordPart{Entry: uint16(i), Data: p})
			size += len(p)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("wire: no records to send")
	}
	if len(out) > MaxChunks {
		return nil, fmt.Errorf("wire: %d chunks, at most %d", len(out), MaxChunks)
	}
	for i, c := range out {
		c.Chunk, c.Chunks = uint32(i), uint32(len(out))
	}
	return out, nil
}

func (m *ProposeRequest) body(e *encoder) {
	e.raw(m.Digest[:])
	e.raw(m.Sig[:])
}

func (m *ProposeRequest) decodeBody(d *decoder) {
	d.fixed(m.Digest[:])
	d.fixed(m.Sig[:])
}

func (m *ProposeForward) body(e *encoder) { e.bytes(m.Propose) }

func (m *ProposeForward) decodeBody(d *decoder) {
	p := d.bytes(MaxMessageSize, "forwarded propose")
	if d.err != nil {
		return
	}
	inner, err := Decode(p)
	if err != nil {
		d.fail("forwarded propose: %v", err)
		return
	}
	ip, ok := inner.(*Propose)
	if !ok {
		d.fail("forwarded %s, want propose", inner.Type())
		return
	}
	if !ip.Header.SameInstance(&m.Header) {
		d.fail("forwarded propose for another instance")
		return
	}
	m.Propose = bytes.Clone(p)
}

// Inner decodes the forwarded Propose (validated when the ProposeForward was decoded).
func (m *ProposeForward) Inner() (*Propose, error) {
	inner, err := Decode(m.Propose)
	if err != nil {
		return nil, err
	}
	p, ok := inner.(*Propose)
	if !ok {
		return nil, fmt.Errorf("%w: forwarded %s", ErrMalformed, inner.Type())
	}
	return p, nil
}
