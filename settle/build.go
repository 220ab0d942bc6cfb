package settle

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// Errors of the builder.
var (
	ErrMissingOrder     = errors.New("settle: a record names an order the publisher does not hold")
	ErrMissingBlockHash = errors.New("settle: no block hash for a record's height")
	ErrConflictRecords  = errors.New("settle: two different records for one keeper, provider and height")
	ErrUnsorted         = errors.New("settle: report entries not in ascending provider order")
	ErrPayOrder         = errors.New("settle: payment older than the ledger's head")
	// ErrUnbuildable: the settlement's inputs do not replay to the paid report (the
	// publisher's records do not give the paid values within τ, …). It is this
	// publisher's problem, not a divergence of the ledger: another keeper, whose
	// records do, publishes the batch.
	ErrUnbuildable = errors.New("settle: the batch would not replay")
)

// RecordInput is a challenge record as a keeper stores it: the record and the ids of
// the active orders its challenge was derived from, ascending (records.Entry).
type RecordInput struct {
	Record   *challenge.ChalRecord
	OrderIDs [][32]byte
}

// Settlement is everything a batch is built from: the paid report with its
// observations and signatures, the pay transaction, the group at the pay block, and
// the publisher's records with the orders and block hashes they need. Given the same
// Settlement and the same ledger, every keeper builds the same bytes.
type Settlement struct {
	Report     *report.Report
	Mode       uint8
	ObsAttempt uint32
	Vectors    [][]*big.Int    // distinct value vectors, one value per entry
	Obs        []Observation   // ascending sender; Vector indexes Vectors
	VectorSigs [][SigSize]byte // per vector, the aggregate of its observers' signatures
	Signers    *big.Int        // the signer bitmap sent to pay
	AggSig     [SigSize]byte   // the aggregate signature sent to pay (compressed)
	PayTx      common.Hash
	PayBlock   uint64

	// Group is the contract's group at PayBlock (ReadGroup), with the ledger's
	// off-chain parameters (challenge sizes, τ).
	Group *Group
	// Records are the publisher's records; those of the entries' providers with
	// heights in [ts − G, te) are carried, the others ignored.
	Records []RecordInput
	// Orders are signed orders covering every id those records name (extra ones
	// and ones the ledger already carried are ignored).
	Orders []*challenge.SignedOrder
	// BlockHashes has the hash of every height of those records.
	BlockHashes map[uint64][32]byte
}

// FromPropose fills the report and observations of s from the agreement's Propose
// message (keeper/agreement/wire), which every keeper that voted holds.
func (s *Settlement) FromPropose(p *wire.Propose) {
	s.Report = p.Report()
	s.Mode = p.Mode
	s.ObsAttempt = p.ObsAttempt
	s.Vectors = p.Vectors
	s.Obs = make([]Observation, len(p.Obs))
	for i, o := range p.Obs {
		s.Obs[i] = Observation{Sender: o.Sender, Vector: o.Vector}
	}
	s.VectorSigs = p.Aggs
}

// FromEncodedPropose is FromPropose on an encoded Propose (agreement.Submit.Propose).
func (s *Settlement) FromEncodedPropose(raw []byte) error {
	m, err := wire.Decode(raw)
	if err != nil {
		return fmt.Errorf("settle: propose: %w", err)
	}
	p, ok := m.(*wire.Propose)
	if !ok {
		return fmt.Errorf("settle: a %s message, not a propose", m.Type())
	}
	s.FromPropose(p)
	return nil
}

// Built is a batch built and checked against the ledger, ready to publish.
type Built struct {
	Batch   *Batch
	Encoded []byte
	Hash    [32]byte
	effects *Effects
}

// Effects returns the batch's effects on the state it was built on.
func (b *Built) Effects() *Effects { return b.effects }

// Build makes the next batch of the ledger whose replayed state is st from in,
// deterministically: the entries' records sorted by (height, keeper index), new
// orders by id, order sets and block hashes in canonical order, and the state root
// computed by replaying the batch (State.Check without signatures). It fails if the
// batch would break a rule of Check.
func Build(st *State, in *Settlement) (*Built, error) { return build(st, in, false) }

// BuildFaulty is Build without the rules on values and records (the median, the
// tolerance against the records, the carried records): it builds the batch a
// faulty or colluding publisher would publish. It exists for fault injection (the
// detector's tests, the devnet's fault modes); honest keepers use Build.
func BuildFaulty(st *State, in *Settlement) (*Built, error) { return build(st, in, true) }

func build(st *State, in *Settlement, faulty bool) (*Built, error) {
	r := in.Report
	if r == nil || in.Group == nil {
		return nil, fmt.Errorf("%w: settlement without report or group", ErrInvalid)
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	for i := 1; i < len(r.Entries); i++ {
		if r.Entries[i].Provider <= r.Entries[i-1].Provider {
			return nil, ErrUnsorted
		}
	}
	if h := st.Head(); !h.Empty && in.PayBlock < h.PayBlock {
		return nil, fmt.Errorf("%w: paid at block %d, head batch %d paid at %d", ErrPayOrder, in.PayBlock, h.Seq, h.PayBlock)
	}
	g := in.Group
	d := st.Domain()
	b := &Batch{
		ChainID: d.ChainID, Contract: d.Contract, Seq: st.Next(), Prev: st.head, Te: r.Te, Part: r.Part,
		PayTx: in.PayTx, PayBlock: in.PayBlock,
		Leader: r.Leader, Attempt: r.Attempt, FailedBitmap: r.FailedBitmap,
		Mode: in.Mode, ObsAttempt: in.ObsAttempt, Vectors: in.Vectors, Obs: in.Obs, VectorSigs: in.VectorSigs,
		Signers: in.Signers, AggSig: in.AggSig,
	}
	if st.Group() == nil || !st.Group().Equal(g) {
		b.Group = g.Clone()
	}
	keeperIdx := g.KeeperIndex()
	provAcc := make(map[uint32]common.Address, len(r.Entries))
	for _, e := range r.Entries {
		if int(e.Provider) >= len(g.Providers) {
			return nil, fmt.Errorf("%w: entry for unknown provider %d", ErrInvalid, e.Provider)
		}
		provAcc[e.Provider] = g.Providers[e.Provider].Account
	}

	// Records per entry.
	type rec struct {
		in  *RecordInput
		idx uint8
	}
	byProv := make(map[common.Address][]rec)
	for i := range in.Records {
		ri := &in.Records[i]
		k, ok := keeperIdx[ri.Record.Keeper]
		if !ok {
			continue // not a keeper of the group: not the group's record
		}
		byProv[ri.Record.Provider] = append(byProv[ri.Record.Provider], rec{ri, uint8(k)})
	}
	perEntry := make([][]rec, len(r.Entries))
	for i, e := range r.Entries {
		lo := sat(e.Ts, g.Stale)
		var rs []rec
		for _, x := range byProv[provAcc[e.Provider]] {
			if h := x.in.Record.Height; h >= lo && h < r.Te {
				rs = append(rs, x)
			}
		}
		slices.SortFunc(rs, func(a, b rec) int {
			if c := cmpU64(a.in.Record.Height, b.in.Record.Height); c != 0 {
				return c
			}
			return int(a.idx) - int(b.idx)
		})
		out := rs[:0]
		for _, x := range rs {
			if n := len(out); n > 0 && out[n-1].idx == x.idx && out[n-1].in.Record.Height == x.in.Record.Height {
				ha, _ := out[n-1].in.Record.Hash()
				hb, _ := x.in.Record.Hash()
				if ha != hb {
					return nil, fmt.Errorf("%w: keeper %s, height %d", ErrConflictRecords, x.in.Record.Keeper, x.in.Record.Height)
				}
				continue
			}
			out = append(out, x)
		}
		perEntry[i] = out
	}

	// New orders: every id the records name that the ledger has not carried, sorted.
	held := make(map[[32]byte]*challenge.SignedOrder, len(in.Orders))
	for _, so := range in.Orders {
		held[so.ID(d.ChainID)] = so
	}
	newIDs := map[[32]byte]bool{}
	for _, rs := range perEntry {
		for _, x := range rs {
			for _, id := range x.in.OrderIDs {
				if st.HasOrder(id) || newIDs[id] {
					continue
				}
				if held[id] == nil {
					return nil, fmt.Errorf("%w: %x", ErrMissingOrder, id)
				}
				newIDs[id] = true
			}
		}
	}
	ids := make([][32]byte, 0, len(newIDs))
	for id := range newIDs {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	newIdx := make(map[[32]byte]uint32, len(ids))
	for i, id := range ids {
		b.Orders = append(b.Orders, held[id])
		newIdx[id] = uint32(st.NumOrders() + i)
	}
	index := func(id [32]byte) uint32 {
		if i, ok := st.OrderIndex(id); ok {
			return i
		}
		return newIdx[id]
	}

	// Order sets in first-reference order, block hashes of the heights used.
	setIdx := map[string]uint32{}
	heights := map[uint64]bool{}
	b.Entries = make([]Entry, len(r.Entries))
	for i, e := range r.Entries {
		be := Entry{Provider: e.Provider, Ts: e.Ts, St: e.St, Records: make([]Record, len(perEntry[i]))}
		for j, x := range perEntry[i] {
			cr := x.in.Record
			sorted := slices.Clone(x.in.OrderIDs)
			slices.SortFunc(sorted, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
			var key strings.Builder
			set := make([]uint32, len(sorted))
			for k, id := range sorted {
				set[k] = index(id)
				key.Write(id[:])
			}
			si, ok := setIdx[key.String()]
			if !ok {
				si = uint32(len(b.OrderSets))
				setIdx[key.String()] = si
				b.OrderSets = append(b.OrderSets, set)
			}
			heights[cr.Height] = true
			be.Records[j] = Record{
				Keeper: x.idx, Height: cr.Height, Result: cr.Result, Space: cr.Space, ProofDigest: cr.ProofDigest,
				ProviderSig: slices.Clone(cr.ProviderSig), KeeperSig: cr.KeeperSig, OrderSet: si,
			}
		}
		b.Entries[i] = be
	}
	hs := make([]uint64, 0, len(heights))
	for h := range heights {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	for _, h := range hs {
		bh, ok := in.BlockHashes[h]
		if !ok {
			return nil, fmt.Errorf("%w: %d", ErrMissingBlockHash, h)
		}
		b.BlockHashes = append(b.BlockHashes, BlockHash{Height: h, Hash: bh})
	}

	// Replay (no signatures) for the state root, then encode.
	eff, err := st.Check(b, [32]byte{}, CheckOptions{ComputeRoot: true, faulty: faulty})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnbuildable, err)
	}
	b.StateRoot = eff.Root
	enc, err := b.Encode()
	if err != nil {
		return nil, err
	}
	eff.Hash = Hash(enc)
	return &Built{Batch: b, Encoded: enc, Hash: eff.Hash, effects: eff}, nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
