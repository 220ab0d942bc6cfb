package agreementsim

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/records"
)

// SynthObserver is a synthetic space-time (benchmarks and small tests): provider p's
// st over [ts, te) is Rate(p)·(te − ts), seen by the keeper scaled by (1 +
// Skew[p]/10⁶); a record set carries the skew, and merging any sets clears it. It
// is a stand-in with no record semantics; the property simulation uses World.
type SynthObserver struct {
	Index uint32
	Rate  func(p uint32) *big.Int
	Skew  map[uint32]int64 // ppm per provider
	// Lie, when set, replaces every answer (a faulty keeper).
	Lie func(p uint32, honest *big.Int) *big.Int
	// Seen, when not nil, records every value SpaceTime returned, per (provider,
	// ts, te).
	Seen map[[3]uint64][]*big.Int
	// Merges counts MergeRecords calls; SingleSetMerges those with one set (a set
	// merged after the quorum's).
	Merges, SingleSetMerges int
	table                   map[[3]uint64]*big.Int
}

// SpaceTime returns the keeper's st for p over [ts, te).
func (o *SynthObserver) SpaceTime(p uint32, ts, te uint64) (*big.Int, error) {
	v := o.honest(p, ts, te)
	if o.Lie != nil {
		v = o.Lie(p, v)
	}
	if o.Seen != nil {
		k := [3]uint64{uint64(p), ts, te}
		o.Seen[k] = append(o.Seen[k], v)
	}
	return v, nil
}

func (o *SynthObserver) honest(p uint32, ts, te uint64) *big.Int {
	if o.Skew[p] == 0 && o.table != nil {
		if v, ok := o.table[[3]uint64{uint64(p), ts, te}]; ok {
			return v
		}
	}
	v := new(big.Int).Mul(o.Rate(p), new(big.Int).SetUint64(te-ts))
	if sk := o.Skew[p]; sk != 0 {
		d := new(big.Int).Mul(v, big.NewInt(sk))
		d.Quo(d, big.NewInt(1_000_000))
		v.Add(v, d)
		if v.Sign() < 0 {
			v.SetInt64(0)
		}
	} else if o.table != nil {
		o.table[[3]uint64{uint64(p), ts, te}] = v
	}
	return v
}

// ExportRecords encodes the keeper's skew.
func (o *SynthObserver) ExportRecords(p uint32, ts, te uint64, _ int) ([][]byte, error) {
	return [][]byte{big.NewInt(o.Skew[p]).Bytes()}, nil
}

// CheckRecords accepts any set.
func (o *SynthObserver) CheckRecords(uint32, uint32, uint64, uint64, []byte) error { return nil }

// MergeRecords makes this keeper's data complete.
func (o *SynthObserver) MergeRecords(p uint32, _, _ uint64, sets [][]byte) error {
	delete(o.Skew, p)
	o.Merges++
	if len(sets) == 1 {
		o.SingleSetMerges++
	}
	return nil
}

// RecordsConfig is the challenge model of a simulation with real records (World).
type RecordsConfig struct {
	// Every is the blocks between two challenges of a provider by one keeper
	// (keepers are staggered). Default 6.
	Every uint64
	// Stale is SPEC 4's G. Default 2·Every.
	Stale uint64
	// Fail is the probability that a challenge fails (a record of 0 bytes).
	Fail float64
	// SpaceChange is the probability, per provider and block, that its stored size
	// changes (by up to ±50%).
	SpaceChange float64
	// Lost is the probability that a record never reaches a given keeper through the
	// challenger's sync: only round 4 can bring it.
	Lost float64
	// MaxSyncDelay: a record reaches each keeper 1..MaxSyncDelay blocks after it is
	// made. Default 2.
	MaxSyncDelay uint64
	// ResyncDelay: blocks after a partition heals (or a keeper restarts) until the
	// records held back reach it. Default 2.
	ResyncDelay uint64
}

func (c *RecordsConfig) defaults() {
	if c.Every == 0 {
		c.Every = 6
	}
	if c.Stale == 0 {
		c.Stale = 2 * c.Every
	}
	if c.MaxSyncDelay == 0 {
		c.MaxSyncDelay = 2
	}
	if c.ResyncDelay == 0 {
		c.ResyncDelay = 2
	}
}

// RecordFault is how a faulty keeper treats the records it makes.
type RecordFault uint8

// Record faults.
const (
	RecordsHonest   RecordFault = iota
	RecordsWithhold             // its records reach only half of the keepers
	RecordsZero                 // it records every challenge as failed (0 bytes)
	RecordsTwoFaced             // two versions of each record (ok and 0), one to each half of the keepers
)

// simRecord is one record made in the simulation, with when each keeper holds it
// through the challenger's sync (-1: never).
type simRecord struct {
	e      *records.Entry
	enc    []byte
	prov   uint32
	arrive []int64
}

type provHeldKey struct {
	p uint32
	k records.HeldKey
}

type recKey struct {
	keeper   uint32
	provider uint32
	height   uint64
}

// World is the challenge side of a simulation: providers whose stored size changes
// over time, keepers that challenge them every few blocks and sync the records
// (with delays, losses, partitions and downtime), and per keeper the records it
// holds. Its Observers run keeper/records' real record-set code: EncodeSet,
// DecodeSet, CheckSetShape, MergeSets and Observe, the functions keeper/payer runs
// over its badger store.
type World struct {
	cfg      RecordsConfig
	sim      *Sim
	rng      *rand.Rand
	provAddr []common.Address
	keepAddr []common.Address
	offset   [][]uint64 // per keeper, per provider
	size     []*big.Int // per provider, now
	byProv   [][]*simRecord
	byKey    map[provHeldKey][]*simRecord // every version of a (provider, keeper, height)
	byEnc    map[string]*simRecord
	genuine  map[recKey][][]byte
	merged   []map[*simRecord]uint64 // per keeper: records merged in round 4, and when
	decoded  map[string]*records.Set
	faults   map[uint32]RecordFault
	made     uint64 // last block whose challenges were made
	// Made counts the records made; Merged the records added by merges.
	Made, Merged int
}

func newWorld(s *Sim, cfg RecordsConfig) *World {
	cfg.defaults()
	w := &World{cfg: cfg, sim: s, rng: rand.New(rand.NewSource(s.Cfg.Seed ^ 0x7265636f7264)),
		byEnc: map[string]*simRecord{}, byKey: map[provHeldKey][]*simRecord{}, genuine: map[recKey][][]byte{}, faults: map[uint32]RecordFault{},
		decoded: map[string]*records.Set{}}
	for p := 0; p < s.Cfg.Providers; p++ {
		var a common.Address
		a[0], a[18], a[19] = 0x9a, byte(p>>8), byte(p)
		w.provAddr = append(w.provAddr, a)
		w.size = append(w.size, new(big.Int).Lsh(big.NewInt(1+w.rng.Int63n(1023)), 30))
		w.byProv = append(w.byProv, nil)
	}
	for i := range s.Keepers {
		w.keepAddr = append(w.keepAddr, s.Keepers[i].Address)
		offs := make([]uint64, s.Cfg.Providers)
		for p := range offs {
			offs[p] = uint64(w.rng.Int63n(int64(cfg.Every)))
		}
		w.offset = append(w.offset, offs)
		w.merged = append(w.merged, map[*simRecord]uint64{})
	}
	w.made = s.Height()
	return w
}

// SetRecordFault makes keeper i treat its records with f.
func (w *World) SetRecordFault(i uint32, f RecordFault) { w.faults[i] = f }

// Provider returns provider p's account.
func (w *World) Provider(p uint32) common.Address { return w.provAddr[p] }

// advance makes the challenges of the blocks up to h: keeper k challenges provider p
// at block b when (b + offset) is a multiple of Every; the record is for height
// b − D (the seed's block is D deep), made at b. A keeper that is down makes none.
func (w *World) advance(h uint64) {
	d := w.sim.Cfg.Params.Finality
	for w.made < h {
		w.made++
		b := w.made
		for p := range w.size {
			if w.cfg.SpaceChange > 0 && w.rng.Float64() < w.cfg.SpaceChange {
				// ±50%, at least a KiB.
				f := 500 + w.rng.Int63n(1001)
				w.size[p] = new(big.Int).Div(new(big.Int).Mul(w.size[p], big.NewInt(f)), big.NewInt(1000))
				if w.size[p].Cmp(big.NewInt(1024)) < 0 {
					w.size[p] = big.NewInt(1024)
				}
			}
		}
		if b < d {
			continue
		}
		for k := range w.keepAddr {
			if !w.sim.up(uint32(k)) {
				continue
			}
			for p := range w.size {
				if (b+w.offset[k][p])%w.cfg.Every != 0 {
					continue
				}
				w.challenge(uint32(k), uint32(p), b-d)
			}
		}
	}
}

// challenge makes keeper k's record of provider p at height h and schedules its
// sync to the other keepers.
func (w *World) challenge(k, p uint32, h uint64) {
	space := new(big.Int)
	if w.rng.Float64() >= w.cfg.Fail {
		space.Set(w.size[p])
	}
	switch w.faults[k] {
	case RecordsZero:
		space = new(big.Int)
	case RecordsTwoFaced:
		ok, zero := w.make(k, p, h, w.size[p]), w.make(k, p, h, new(big.Int))
		for j := range w.keepAddr {
			r := ok
			if j%2 == 1 {
				r = zero
			}
			if uint32(j) == k {
				r.arrive[j] = int64(w.sim.Now)
				continue
			}
			r.arrive[j] = w.syncArrival(k, uint32(j))
		}
		return
	}
	r := w.make(k, p, h, space)
	for j := range w.keepAddr {
		switch {
		case uint32(j) == k:
			r.arrive[j] = int64(w.sim.Now)
		case w.faults[k] == RecordsWithhold && j%2 == 1:
		case w.rng.Float64() < w.cfg.Lost:
		default:
			r.arrive[j] = w.syncArrival(k, uint32(j))
		}
	}
}

// make registers a new genuine record.
func (w *World) make(k, p uint32, h uint64, space *big.Int) *simRecord {
	rec := &challenge.ChalRecord{Keeper: w.keepAddr[k], Provider: w.provAddr[p], Height: h, Space: space, Result: challenge.ResultMissing}
	if space.Sign() > 0 {
		rec.Result, rec.ProviderSig = challenge.ResultOK, make([]byte, challenge.SigLen)
		rec.ProofDigest[0] = 1
	}
	rec.KeeperSig[0] = byte(k) // distinct records of distinct keepers
	e := &records.Entry{Record: rec}
	enc, err := e.MarshalBinary()
	if err != nil {
		panic(fmt.Sprintf("agreementsim: record: %v", err))
	}
	r := &simRecord{e: e, enc: enc, prov: p, arrive: make([]int64, len(w.keepAddr))}
	for i := range r.arrive {
		r.arrive[i] = -1
	}
	w.byProv[p] = append(w.byProv[p], r)
	hk := provHeldKey{p, records.HeldKey{Keeper: rec.Keeper, Height: rec.Height}}
	w.byKey[hk] = append(w.byKey[hk], r)
	w.byEnc[string(enc)] = r
	key := recKey{k, p, h}
	w.genuine[key] = append(w.genuine[key], enc)
	w.Made++
	return r
}

// syncArrival is when keeper j gets a record keeper k made now through the
// challenger's sync: after a random delay, held back while the two are separated by
// a partition or either is down (the sender's outbox retries).
func (w *World) syncArrival(k, j uint32) int64 {
	tpb := w.sim.Cfg.TicksPerBlock
	t := w.sim.Now + (1+uint64(w.rng.Int63n(int64(w.cfg.MaxSyncDelay))))*tpb
	for range 8 {
		until, blocked := w.sim.blockedUntil(k, j, t)
		if !blocked {
			return int64(t)
		}
		t = until + w.cfg.ResyncDelay*tpb
	}
	return int64(t)
}

// held returns the entries keeper j holds now for provider p with heights in
// [lo, te): each record that reached it by sync or a merge, the Preferred one when
// two versions of one (keeper, height) reached it (as records.Store keeps).
func (w *World) held(j, p uint32, lo, te uint64) []*records.Entry {
	rs := w.heldRecords(j, p, lo, te)
	out := make([]*records.Entry, len(rs))
	for i, r := range rs {
		out[i] = r.e
	}
	return out
}

// heldIndexOf is records.Held of what keeper j holds (from the encodings kept),
// restricted to the (keeper, height) keys of sets: what records.MergeSets looks up
// when it merges them (round 4 merges chunk by chunk,
// and indexing everything held for each chunk made the simulation crawl).
func (w *World) heldIndexOf(j, p uint32, lo, te uint64, sets []*records.Set) map[records.HeldKey][]byte {
	now := int64(w.sim.Now)
	m := map[records.HeldKey][]byte{}
	for _, set := range sets {
		for _, e := range set.Entries {
			k := records.HeldKey{Keeper: e.Record.Keeper, Height: e.Record.Height}
			if _, ok := m[k]; ok || k.Height < lo || k.Height >= te {
				continue
			}
			var best *simRecord
			for _, r := range w.byKey[provHeldKey{p, k}] {
				at := r.arrive[j]
				if mt, ok := w.merged[j][r]; ok && (at < 0 || int64(mt) < at) {
					at = int64(mt)
				}
				if at < 0 || at > now {
					continue
				}
				if best == nil || records.Preferred(r.e.Record, best.e.Record) {
					best = r
				}
			}
			if best != nil {
				m[k] = best.enc
			}
		}
	}
	return m
}

// heldRecords is held's records, in (height, keeper) order.
func (w *World) heldRecords(j, p uint32, lo, te uint64) []*simRecord {
	now := int64(w.sim.Now)
	type pick struct {
		r  *simRecord
		at int64
	}
	var picks []pick
	idx := map[records.HeldKey]int{}
	for _, r := range w.byProv[p] {
		h := r.e.Record.Height
		if h < lo || h >= te {
			continue
		}
		at := r.arrive[j]
		if m, ok := w.merged[j][r]; ok && (at < 0 || int64(m) < at) {
			at = int64(m)
		}
		if at < 0 || at > now {
			continue
		}
		k := records.HeldKey{Keeper: r.e.Record.Keeper, Height: h}
		if i, ok := idx[k]; ok {
			if records.Preferred(r.e.Record, picks[i].r.e.Record) {
				picks[i] = pick{r, at}
			}
			continue
		}
		idx[k] = len(picks)
		picks = append(picks, pick{r, at})
	}
	out := make([]*simRecord, len(picks))
	for i, x := range picks {
		out[i] = x.r
	}
	sort.Slice(out, func(a, b int) bool {
		ra, rb := out[a].e.Record, out[b].e.Record
		if ra.Height != rb.Height {
			return ra.Height < rb.Height
		}
		return bytes.Compare(ra.Keeper[:], rb.Keeper[:]) < 0
	})
	return out
}

// Observer returns keeper i's observer.
func (w *World) Observer(i uint32) *RecordsObserver { return &RecordsObserver{w: w, i: i} }

// ErrNotSigned stands in for a record whose keeper signature does not verify: the
// simulation does not sign records, it knows which ones their keepers made.
var ErrNotSigned = errors.New("sim: record not signed by its keeper")

// RecordsObserver is one keeper's agreement.Observer over the World: keeper/records'
// record-set code over the records it holds.
type RecordsObserver struct {
	w *World
	i uint32
	// Lie, when set, replaces every space-time it returns (a faulty keeper).
	Lie func(p uint32, honest *big.Int) *big.Int
	// Seen records every value SpaceTime returned, per (provider, ts, te).
	Seen map[[3]uint64][]*big.Int
}

func (o *RecordsObserver) from(ts uint64) uint64 { return records.SetFrom(ts, o.w.cfg.Stale) }

// SpaceTime is records.Observe over the records held, from the keepers active in
// the keeper's view.
func (o *RecordsObserver) SpaceTime(p uint32, ts, te uint64) (*big.Int, error) {
	if int(p) >= len(o.w.provAddr) {
		return nil, fmt.Errorf("sim: unknown provider %d", p)
	}
	es := o.w.held(o.i, p, o.from(ts), te)
	recs := make([]*challenge.ChalRecord, len(es))
	for i, e := range es {
		recs[i] = e.Record
	}
	idx := map[common.Address]uint32{}
	for _, k := range o.w.sim.Views[o.i].c.active(o.w.sim.Views[o.i].height) {
		idx[k.Address] = k.Index
	}
	v, _, err := records.Observe(recs, o.w.provAddr[p], idx, ts, te, o.w.cfg.Stale)
	if err != nil {
		return nil, err
	}
	if o.Lie != nil {
		v = o.Lie(p, v)
	}
	if o.Seen != nil {
		k := [3]uint64{uint64(p), ts, te}
		o.Seen[k] = append(o.Seen[k], v)
	}
	return v, nil
}

// ExportRecords is records.EncodeSets of the records held over [ts − G, te).
func (o *RecordsObserver) ExportRecords(p uint32, ts, te uint64, limit int) ([][]byte, error) {
	return records.EncodeSets(o.w.held(o.i, p, o.from(ts), te), limit)
}

// CheckRecords checks that each record of the set was made by its keeper (the
// signature check of keeper/payer, which the simulation does without signatures,
// by looking the record's bytes up among the records made) and the set's shape
// (records.CheckSetShape). The framing is read as records.DecodeSet reads it; the
// records themselves are decoded by MergeRecords, with records.DecodeSet.
func (o *RecordsObserver) CheckRecords(from uint32, p uint32, ts, te uint64, set []byte) error {
	if int(p) >= len(o.w.provAddr) {
		return fmt.Errorf("sim: unknown provider %d", p)
	}
	if len(set) < 4 {
		return fmt.Errorf("%w: %d bytes", records.ErrBadSet, len(set))
	}
	n, rest := binary.BigEndian.Uint32(set), set[4:]
	es := make([]*records.Entry, 0, min(int(n), len(rest)/4))
	for range n {
		if len(rest) < 4 {
			return fmt.Errorf("%w: truncated", records.ErrBadSet)
		}
		l := binary.BigEndian.Uint32(rest)
		rest = rest[4:]
		if uint64(l) > uint64(len(rest)) {
			return fmt.Errorf("%w: truncated record", records.ErrBadSet)
		}
		r, ok := o.w.byEnc[string(rest[:l])]
		if !ok || r.prov != p {
			return fmt.Errorf("%w: a record of keeper %d's set", ErrNotSigned, from)
		}
		es = append(es, r.e)
		rest = rest[l:]
	}
	if len(rest) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", records.ErrBadSet, len(rest))
	}
	return records.CheckSetShape(es, o.w.provAddr[p], o.from(ts), te)
}

// MergeRecords is records.MergeSets of the sets into the records held.
func (o *RecordsObserver) MergeRecords(p uint32, ts, te uint64, sets [][]byte) error {
	var err error
	decoded := make([]*records.Set, len(sets))
	for i, set := range sets {
		if decoded[i], err = o.w.decode(set); err != nil {
			return err
		}
	}
	held := o.w.heldIndexOf(o.i, p, o.from(ts), te, decoded)
	_, err = records.MergeSets(held, decoded, func(e *records.Entry, enc []byte) (bool, error) {
		r, ok := o.w.byEnc[string(enc)]
		if !ok {
			return false, ErrNotSigned
		}
		if _, ok := o.w.merged[o.i][r]; ok {
			return false, nil
		}
		k := records.HeldKey{Keeper: e.Record.Keeper, Height: e.Record.Height}
		if cur, ok := held[k]; ok && string(cur) != string(enc) {
			if old := o.w.byEnc[string(cur)]; old != nil && !records.Preferred(e.Record, old.e.Record) {
				return false, records.ErrConflict
			}
		}
		o.w.merged[o.i][r] = o.w.sim.Now
		o.w.Merged++
		return true, nil
	})
	return err
}

// ForgedSet returns a record set for provider p over [ts, te) as keeper i holds it
// with every record's space doubled: records not signed by their keepers (a faulty
// keeper's RecordSet).
func (w *World) ForgedSet(i, p uint32, ts, te uint64) []byte {
	es := w.held(i, p, records.SetFrom(ts, w.cfg.Stale), te)
	forged := make([]*records.Entry, 0, len(es))
	for _, e := range es {
		r := *e.Record
		r.Space = new(big.Int).Add(new(big.Int).Mul(r.Space, big.NewInt(2)), big.NewInt(1))
		r.Result, r.ProviderSig = challenge.ResultOK, make([]byte, challenge.SigLen)
		forged = append(forged, &records.Entry{Record: &r, OrderIDs: e.OrderIDs})
	}
	set, _, _ := records.EncodeSet(forged, wire.MaxRecordBytes)
	return set
}

// ForgePiece returns piece (a record set) with every record's space doubled: records
// not signed by their keepers (a faulty keeper's chunk). A piece that does not
// decode comes back as it is.
func (w *World) ForgePiece(piece []byte) []byte {
	set, err := records.DecodeSet(piece)
	if err != nil {
		return piece
	}
	forged := make([]*records.Entry, 0, len(set.Entries))
	for _, e := range set.Entries {
		r := *e.Record
		r.Space = new(big.Int).Add(new(big.Int).Mul(r.Space, big.NewInt(2)), big.NewInt(1))
		r.Result, r.ProviderSig = challenge.ResultOK, make([]byte, challenge.SigLen)
		forged = append(forged, &records.Entry{Record: &r, OrderIDs: e.OrderIDs})
	}
	out, _, _ := records.EncodeSet(forged, 0)
	return out
}

// decode is records.DecodeSet, once per distinct set: a set is broadcast to every
// keeper, and each merges it (the entries are read-only).
func (w *World) decode(set []byte) (*records.Set, error) {
	if es, ok := w.decoded[string(set)]; ok {
		return es, nil
	}
	es, err := records.DecodeSet(set)
	if err != nil {
		return nil, err
	}
	if len(w.decoded) >= 256 {
		clear(w.decoded)
	}
	w.decoded[string(set)] = es
	return es, nil
}
