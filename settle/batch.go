package settle

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/report"
)

// ErrInvalid is returned for a value that encodes but breaks a rule of the format.
var ErrInvalid = errors.New("settle: invalid batch")

// Format constants and limits.
const (
	Magic   = "WPSB" // WhitePay SCP batch
	Version = 2
	// VersionParts is the format of a batch paying a part k > 0 of its period
	// (SPEC 8.1 "Large groups", issue 15): version 2's layout with the part (u32)
	// after te. A part-0 batch is written as version 2, byte for byte as before
	// parts existed, so one batch still has exactly one encoding.
	VersionParts = 3

	MaxBatchSize       = 64 << 20 // bytes of one encoded batch
	MaxEntries         = report.MaxEntries
	MaxRecordsPerEntry = 1 << 16
	MaxRecords         = 1 << 20 // records of one batch
	MaxOrders          = 1 << 16 // new orders carried by one batch
	MaxOrderSets       = 1 << 16
	MaxOrderSetLen     = 1 << 16
	MaxBlockHashes     = MaxRecords
	MaxObservations    = MaxKeepers
	SigSize            = 96 // compressed BLS signature
	ecdsaSigSize       = challenge.SigLen
)

// Proposal modes (SPEC 7; the values of keeper/agreement/wire).
const (
	ModeMedian    uint8 = 0 // each st is the lower median of the observations
	ModeReconcile uint8 = 1 // each st is in the trimmed range and supported by f+1 observations within τ
)

// Record is a challenge record (challenge.ChalRecord) as a batch carries it: the
// keeper by registration index and the provider by the entry it sits in, and the
// active orders its challenge was derived from as an index into the batch's order
// sets. ProofDigest is zero for a missing response.
type Record struct {
	Keeper      uint8
	Height      uint64
	Result      challenge.Result
	Space       *big.Int
	ProofDigest [32]byte
	ProviderSig []byte // empty or 65 bytes
	KeeperSig   [ecdsaSigSize]byte
	OrderSet    uint32
}

// ChalRecord rebuilds the challenge record with the keeper's and provider's accounts.
func (r *Record) ChalRecord(keeper, provider common.Address) *challenge.ChalRecord {
	return &challenge.ChalRecord{
		Keeper: keeper, Provider: provider, Height: r.Height, Space: r.Space, Result: r.Result,
		ProofDigest: r.ProofDigest, ProviderSig: r.ProviderSig, KeeperSig: r.KeeperSig,
	}
}

// Entry is one report entry (provider, ts, st) with the records of that provider
// the publisher held for heights in [ts − G, te): the records the space-time is
// recomputed from (SPEC 4), sorted by (height, keeper index), one per pair.
type Entry struct {
	Provider uint32
	Ts       uint64
	St       *big.Int
	Records  []Record
}

// Observation is one observation (SPEC 7 round 1): its keeper and the index of its
// value vector in Batch.Vectors. Its BLS signature on wire.ObservationDigest(domain,
// te, leader, obsAttempt, entries, vector) is part of the vector's aggregate
// (Batch.VectorSigs), as the agreement's Propose carries it.
type Observation struct {
	Sender uint32
	Vector uint16
}

// BlockHash is the hash of a block at which records were made (the challenge seed's
// randomness, SPEC 3).
type BlockHash struct {
	Height uint64
	Hash   [32]byte
}

// Batch is one settlement of the SCP ledger (SPEC 9): a paid report with everything
// needed to re-check it, hash-chained to the previous batch.
type Batch struct {
	ChainID  *big.Int
	Contract common.Address
	Seq      uint64   // 0, 1, 2, …
	Prev     [32]byte // hash of batch Seq−1; zero for batch 0
	Te       uint64
	// Part is the report's part (internal/parts): a period split into parts has
	// one batch per part paid, in the order they were paid.
	Part      uint32
	PayTx     common.Hash // the pay transaction
	PayBlock  uint64      // its block
	StateRoot [32]byte    // StateRoot after this batch (see State.Root)

	// Group is the contract's group after the pay; present in batch 0 and whenever
	// it changed since the previous batch, nil otherwise.
	Group *Group
	// Orders are the user-signed orders the records need that no earlier batch
	// carried, in ascending order id. The ledger's order table is the
	// concatenation of every batch's Orders; an order's index is its position.
	Orders []*challenge.SignedOrder
	// OrderSets are sets of orders (ledger order-table indices, in ascending order
	// id) from which challenges were derived, in the order records first refer to
	// them; every set is referred to.
	OrderSets [][]uint32
	// BlockHashes holds the hash of every height a record was made at, exactly
	// those, ascending.
	BlockHashes []BlockHash

	// The report (SPEC 8): chain, contract and te are the batch's.
	Leader       uint32
	Attempt      uint32
	FailedBitmap *big.Int
	Entries      []Entry // ascending provider

	// The signed observations the report was computed from (SPEC 7): for attempt
	// ObsAttempt ≤ Attempt, in Mode; distinct value vectors (one value per entry)
	// in the order of their first reference; observations by ascending sender;
	// per vector, the aggregate (compressed) of its observers' signatures.
	Mode       uint8
	ObsAttempt uint32
	Vectors    [][]*big.Int
	Obs        []Observation
	VectorSigs [][SigSize]byte

	// The payment (SPEC 8): signer bitmap and aggregate BLS signature (compressed)
	// on the report digest.
	Signers *big.Int
	AggSig  [SigSize]byte
}

// Domain returns the chain and contract of the batch.
func (b *Batch) Domain() domain.Domain {
	return domain.Domain{ChainID: b.ChainID, Contract: b.Contract}
}

// Report returns the payment report the batch carries.
func (b *Batch) Report() *report.Report {
	r := &report.Report{
		ChainID: b.ChainID, Contract: b.Contract, Te: b.Te, Part: b.Part, Leader: b.Leader, Attempt: b.Attempt,
		FailedBitmap: b.FailedBitmap, Entries: make([]report.Entry, len(b.Entries)),
	}
	for i, e := range b.Entries {
		r.Entries[i] = report.Entry{Provider: e.Provider, Ts: e.Ts, St: e.St}
	}
	return r
}

// NumRecords returns the number of records the batch carries.
func (b *Batch) NumRecords() int {
	n := 0
	for i := range b.Entries {
		n += len(b.Entries[i].Records)
	}
	return n
}

// Hash is keccak256 of an encoded batch.
func Hash(encoded []byte) [32]byte { return crypto.Keccak256Hash(encoded) }

// Encode returns the batch's canonical encoding (see the package doc for the
// layout). It fails on a batch that Decode would refuse.
func (b *Batch) Encode() ([]byte, error) {
	w := &writer{b: make([]byte, 0, 4096+len(b.Entries)*256)}
	w.raw([]byte(Magic))
	if b.Part != 0 {
		w.u8(VersionParts)
	} else {
		w.u8(Version)
	}
	if !isUint256(b.ChainID) {
		return nil, fmt.Errorf("%w: chain id", ErrInvalid)
	}
	w.big(b.ChainID)
	w.addr(b.Contract)
	w.u64(b.Seq)
	w.raw(b.Prev[:])
	w.u64(b.Te)
	if b.Part != 0 {
		w.u32(b.Part)
	}
	w.raw(b.PayTx[:])
	w.u64(b.PayBlock)
	w.raw(b.StateRoot[:])
	if b.Group != nil {
		w.u8(1)
		w.b = b.Group.encode(w.b)
	} else {
		w.u8(0)
	}
	w.u32(uint32(len(b.Orders)))
	for _, o := range b.Orders {
		enc, err := o.MarshalBinary()
		if err != nil {
			return nil, err
		}
		w.raw(enc)
	}
	w.u32(uint32(len(b.OrderSets)))
	for _, s := range b.OrderSets {
		w.u32(uint32(len(s)))
		for _, x := range s {
			w.u32(x)
		}
	}
	w.u32(uint32(len(b.BlockHashes)))
	for _, h := range b.BlockHashes {
		w.u64(h.Height)
		w.raw(h.Hash[:])
	}
	w.u32(b.Leader)
	w.u32(b.Attempt)
	if !isUint256(b.FailedBitmap) {
		return nil, fmt.Errorf("%w: failed bitmap", ErrInvalid)
	}
	w.big(b.FailedBitmap)
	w.u16(uint16(len(b.Entries)))
	for i := range b.Entries {
		e := &b.Entries[i]
		if !isUint256(e.St) {
			return nil, fmt.Errorf("%w: entry %d st", ErrInvalid, i)
		}
		w.u32(e.Provider)
		w.u64(e.Ts)
		w.big(e.St)
		w.u32(uint32(len(e.Records)))
		for j := range e.Records {
			r := &e.Records[j]
			if !isUint256(r.Space) {
				return nil, fmt.Errorf("%w: entry %d record %d space", ErrInvalid, i, j)
			}
			w.u8(r.Keeper)
			w.u64(r.Height)
			w.u8(uint8(r.Result))
			w.big(r.Space)
			if r.Result != challenge.ResultMissing {
				w.raw(r.ProofDigest[:])
			}
			w.u8(uint8(len(r.ProviderSig)))
			w.raw(r.ProviderSig)
			w.raw(r.KeeperSig[:])
			w.u32(r.OrderSet)
		}
	}
	w.u8(b.Mode)
	w.u32(b.ObsAttempt)
	w.u16(uint16(len(b.Vectors)))
	for v, vec := range b.Vectors {
		if len(vec) != len(b.Entries) {
			return nil, fmt.Errorf("%w: vector %d has %d values for %d entries", ErrInvalid, v, len(vec), len(b.Entries))
		}
		for _, x := range vec {
			if !isUint256(x) {
				return nil, fmt.Errorf("%w: vector %d value", ErrInvalid, v)
			}
			w.big(x)
		}
	}
	w.u16(uint16(len(b.Obs)))
	for _, o := range b.Obs {
		w.u32(o.Sender)
		w.u16(o.Vector)
	}
	if len(b.VectorSigs) != len(b.Vectors) {
		return nil, fmt.Errorf("%w: %d vector signatures for %d vectors", ErrInvalid, len(b.VectorSigs), len(b.Vectors))
	}
	for _, sig := range b.VectorSigs {
		w.raw(sig[:])
	}
	if !isUint256(b.Signers) {
		return nil, fmt.Errorf("%w: signer bitmap", ErrInvalid)
	}
	w.big(b.Signers)
	w.raw(b.AggSig[:])
	// The encoder and the decoder share one definition of validity: what does not
	// decode is not encoded.
	if _, err := Decode(w.b); err != nil {
		return nil, err
	}
	return w.b, nil
}

// Minimum encoded sizes, which bound the counts a decoder accepts.
const (
	minRecordSize = 1 + 8 + 1 + 1 + 1 + ecdsaSigSize + 4
	minEntrySize  = 4 + 8 + 1 + 4
	minObsSize    = 4 + 2
)

// Decode parses an encoded batch strictly: the magic and version, every limit, the
// structural rules the package doc lists (sorted and unique lists, consistent
// records, canonical references), and no trailing bytes. It does not need the
// ledger: rules that depend on earlier batches (the group, the order table, the
// provider's lastPaid) are checked by State.Check. Errors wrap ErrMalformed or
// ErrTooLarge.
func Decode(enc []byte) (*Batch, error) {
	if len(enc) > MaxBatchSize {
		return nil, fmt.Errorf("%w: batch of %d bytes (limit %d)", ErrTooLarge, len(enc), MaxBatchSize)
	}
	r := &reader{b: enc}
	if m := r.take(len(Magic), "magic"); r.err == nil && string(m) != Magic {
		r.fail("magic %q", m)
	}
	v := r.u8("version")
	if r.err == nil && v != Version && v != VersionParts {
		r.fail("version %d (this detector reads %d and %d)", v, Version, VersionParts)
	}
	b := &Batch{}
	b.ChainID = r.big("chain id")
	b.Contract = r.addr("contract")
	b.Seq = r.u64("seq")
	b.Prev = r.hash("prev")
	b.Te = r.u64("te")
	if v == VersionParts {
		if b.Part = r.u32("part"); r.err == nil && b.Part == 0 {
			r.fail("part 0 in a version %d batch (written as version %d)", VersionParts, Version)
		}
	}
	copy(b.PayTx[:], r.take(32, "pay tx"))
	b.PayBlock = r.u64("pay block")
	b.StateRoot = r.hash("state root")
	if r.err != nil {
		return nil, r.err
	}
	if b.Seq == 0 && b.Prev != ([32]byte{}) {
		r.fail("batch 0 with a previous hash")
	}
	if b.Seq > 0 && b.Prev == ([32]byte{}) {
		r.fail("batch %d without a previous hash", b.Seq)
	}
	if r.flag("group") {
		b.Group = decodeGroup(r)
	} else if b.Seq == 0 {
		r.fail("batch 0 without the group")
	}
	decodeOrders(r, b)
	decodeOrderSets(r, b)
	nh := r.count(uint64(r.u32("block hashes")), MaxBlockHashes, 40, "block hashes")
	if r.err != nil {
		return nil, r.err
	}
	b.BlockHashes = make([]BlockHash, nh)
	for i := range b.BlockHashes {
		b.BlockHashes[i].Height = r.u64("block height")
		b.BlockHashes[i].Hash = r.hash("block hash")
		if r.err == nil && i > 0 && b.BlockHashes[i].Height <= b.BlockHashes[i-1].Height {
			r.fail("block hashes not in ascending height")
		}
	}
	b.Leader = r.u32("leader")
	b.Attempt = r.u32("attempt")
	b.FailedBitmap = r.big("failed bitmap")
	decodeEntries(r, b)
	decodeObservations(r, b)
	b.Signers = r.big("signer bitmap")
	r.fixed(b.AggSig[:], "aggregate signature")
	if err := r.end(); err != nil {
		return nil, err
	}
	if err := b.checkReferences(); err != nil {
		return nil, err
	}
	return b, nil
}

func decodeOrders(r *reader, b *Batch) {
	n := r.count(uint64(r.u32("orders")), MaxOrders, challenge.SignedOrderLen, "orders")
	if r.err != nil {
		return
	}
	b.Orders = make([]*challenge.SignedOrder, n)
	var prev [32]byte
	for i := range b.Orders {
		raw := r.take(challenge.SignedOrderLen, "order")
		if r.err != nil {
			return
		}
		so, err := challenge.DecodeSignedOrder(raw)
		if err != nil {
			r.fail("order %d: %v", i, err)
			return
		}
		if so.Contract != b.Contract {
			r.fail("order %d is for contract %s", i, so.Contract)
			return
		}
		id := so.ID(b.ChainID)
		if i > 0 && bytes.Compare(id[:], prev[:]) <= 0 {
			r.fail("orders not in ascending id")
			return
		}
		prev = id
		b.Orders[i] = so
	}
}

func decodeOrderSets(r *reader, b *Batch) {
	n := r.count(uint64(r.u32("order sets")), MaxOrderSets, 4, "order sets")
	if r.err != nil {
		return
	}
	b.OrderSets = make([][]uint32, n)
	for i := range b.OrderSets {
		m := r.count(uint64(r.u32("order set length")), MaxOrderSetLen, 4, "orders in a set")
		if r.err != nil {
			return
		}
		s := make([]uint32, m)
		for j := range s {
			s[j] = r.u32("order index")
		}
		b.OrderSets[i] = s
	}
}

func decodeEntries(r *reader, b *Batch) {
	n := r.count(uint64(r.u16("entries")), MaxEntries, minEntrySize, "entries")
	if r.err != nil {
		return
	}
	if n == 0 {
		r.fail("a report without entries")
		return
	}
	b.Entries = make([]Entry, n)
	total := 0
	for i := range b.Entries {
		e := &b.Entries[i]
		e.Provider = r.u32("provider")
		e.Ts = r.u64("ts")
		e.St = r.big("st")
		if r.err != nil {
			return
		}
		if i > 0 && e.Provider <= b.Entries[i-1].Provider {
			r.fail("entry %d: provider %d not above %d", i, e.Provider, b.Entries[i-1].Provider)
			return
		}
		if e.Ts >= b.Te {
			r.fail("entry %d: ts %d not before te %d", i, e.Ts, b.Te)
			return
		}
		nr := r.count(uint64(r.u32("records")), MaxRecordsPerEntry, minRecordSize, "records")
		total += nr
		if total > MaxRecords {
			r.fail("more than %d records", MaxRecords)
		}
		if r.err != nil {
			return
		}
		e.Records = make([]Record, nr)
		for j := range e.Records {
			decodeRecord(r, &e.Records[j])
			if r.err != nil {
				r.err = fmt.Errorf("entry %d record %d: %w", i, j, r.err)
				return
			}
			if j > 0 {
				p := &e.Records[j-1]
				if e.Records[j].Height < p.Height || (e.Records[j].Height == p.Height && e.Records[j].Keeper <= p.Keeper) {
					r.fail("entry %d: records not in ascending (height, keeper)", i)
					return
				}
			}
		}
	}
}

func decodeRecord(r *reader, x *Record) {
	x.Keeper = r.u8("keeper")
	x.Height = r.u64("height")
	x.Result = challenge.Result(r.u8("result"))
	x.Space = r.big("space")
	if r.err != nil {
		return
	}
	if x.Result < challenge.ResultOK || x.Result > challenge.ResultInvalid {
		r.fail("result %d", x.Result)
		return
	}
	if x.Result != challenge.ResultMissing {
		x.ProofDigest = r.hash("proof digest")
	}
	n := int(r.u8("provider signature length"))
	if r.err == nil && n != 0 && n != ecdsaSigSize {
		r.fail("provider signature of %d bytes", n)
		return
	}
	if n > 0 {
		x.ProviderSig = append([]byte(nil), r.take(n, "provider signature")...)
	}
	r.fixed(x.KeeperSig[:], "keeper signature")
	x.OrderSet = r.u32("order set")
	if r.err != nil {
		return
	}
	// The consistency rules of challenge.ChalRecord.Validate.
	if err := x.ChalRecord(common.Address{}, common.Address{}).Validate(); err != nil {
		r.fail("%v", err)
	}
}

func decodeObservations(r *reader, b *Batch) {
	b.Mode = r.u8("mode")
	if r.err == nil && b.Mode > ModeReconcile {
		r.fail("mode %d", b.Mode)
		return
	}
	b.ObsAttempt = r.u32("observation attempt")
	if r.err == nil && b.ObsAttempt > b.Attempt {
		r.fail("observation attempt %d after attempt %d", b.ObsAttempt, b.Attempt)
		return
	}
	nv := r.count(uint64(r.u16("vectors")), MaxObservations, len(b.Entries), "vectors")
	if r.err != nil {
		return
	}
	if nv == 0 {
		r.fail("no observation vectors")
		return
	}
	b.Vectors = make([][]*big.Int, nv)
	seen := make(map[[32]byte]bool, nv)
	for v := range b.Vectors {
		from := r.off
		vec := make([]*big.Int, len(b.Entries))
		for i := range vec {
			vec[i] = r.big("observed value")
		}
		if r.err != nil {
			return
		}
		h := crypto.Keccak256Hash(r.b[from:r.off])
		if seen[h] {
			r.fail("vector %d repeated", v)
			return
		}
		seen[h] = true
		b.Vectors[v] = vec
	}
	no := r.count(uint64(r.u16("observations")), MaxObservations, minObsSize, "observations")
	if r.err != nil {
		return
	}
	b.Obs = make([]Observation, no)
	next := 0
	for i := range b.Obs {
		o := &b.Obs[i]
		o.Sender = r.u32("observation sender")
		o.Vector = r.u16("observation vector")
		if r.err != nil {
			return
		}
		if o.Sender >= MaxKeepers || (i > 0 && o.Sender <= b.Obs[i-1].Sender) {
			r.fail("observation %d: sender %d out of order or range", i, o.Sender)
			return
		}
		switch {
		case int(o.Vector) == next:
			next++
		case int(o.Vector) > next:
			r.fail("observation %d: vector %d referenced before vector %d", i, o.Vector, next)
			return
		}
	}
	if r.err == nil && next != nv {
		r.fail("%d of %d vectors referenced", next, nv)
		return
	}
	b.VectorSigs = make([][SigSize]byte, nv)
	for v := range b.VectorSigs {
		r.fixed(b.VectorSigs[v][:], "vector signature")
	}
}

// checkReferences checks the canonical references of a decoded batch: order sets
// are referred to in first-reference order and all of them, and the block hashes
// are exactly the record heights.
func (b *Batch) checkReferences() error {
	next := uint32(0)
	heights := make(map[uint64]bool)
	for i := range b.Entries {
		for j := range b.Entries[i].Records {
			x := &b.Entries[i].Records[j]
			switch {
			case x.OrderSet == next:
				next++
			case x.OrderSet > next:
				return fmt.Errorf("%w: entry %d record %d: order set %d referenced before set %d", ErrMalformed, i, j, x.OrderSet, next)
			}
			heights[x.Height] = true
		}
	}
	if int(next) != len(b.OrderSets) {
		return fmt.Errorf("%w: %d of %d order sets referenced", ErrMalformed, next, len(b.OrderSets))
	}
	if len(heights) != len(b.BlockHashes) {
		return fmt.Errorf("%w: %d block hashes for %d record heights", ErrMalformed, len(b.BlockHashes), len(heights))
	}
	for _, h := range b.BlockHashes {
		if !heights[h.Height] {
			return fmt.Errorf("%w: block hash for height %d, which no record has", ErrMalformed, h.Height)
		}
	}
	return nil
}

// BlockHashAt returns the batch's hash of block height (binary search).
func (b *Batch) BlockHashAt(height uint64) ([32]byte, bool) {
	lo, hi := 0, len(b.BlockHashes)
	for lo < hi {
		m := (lo + hi) / 2
		switch h := b.BlockHashes[m].Height; {
		case h == height:
			return b.BlockHashes[m].Hash, true
		case h < height:
			lo = m + 1
		default:
			hi = m
		}
	}
	return [32]byte{}, false
}
