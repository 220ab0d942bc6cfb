package settle

import (
	"bytes"
	"fmt"
	"math/big"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// CheckOptions choose how much of a batch Check re-verifies.
type CheckOptions struct {
	// Crypto re-verifies every signature: the records (keeper and provider, with
	// their challenges re-derived), the orders newly carried, the keepers' proofs of
	// possession, the observations and the aggregate signature. Without it Check
	// verifies everything else (a keeper applying batches it helped make, or a
	// builder computing a state root).
	Crypto bool
	// Workers verifies records in parallel (0: GOMAXPROCS).
	Workers int
	// ComputeRoot skips the comparison of the batch's StateRoot with the replayed
	// one (the builder sets it from Effects.Root).
	ComputeRoot bool

	// faulty skips the value and records rules of step 5 (BuildFaulty).
	faulty bool
}

var (
	bps    = big.NewInt(10000)
	two112 = new(big.Int).Lsh(big.NewInt(1), 112)
)

func hexOf(h [32]byte) string { return common.Hash(h).Hex() }

// Check validates batch b, whose encoding hashes to hash, against the state and
// returns its effects, or a *Divergence naming the first rule it breaks. The rules,
// in the order they are checked (the first one broken is reported):
//
//  1. chain, contract, seq (the next one) and prev (the head's hash);
//  2. the group: present in batch 0, then only when it changed, and then a possible
//     transition (Group.CheckTransition); with Crypto, new keepers' proofs of
//     possession;
//  3. the orders newly carried: not carried before, for a registered provider, and
//     (Crypto) signed by the owner; the order sets: orders of one provider, in
//     ascending id, one per piece;
//  4. the report as the contract checks it (SPEC 8): te a period boundary, the
//     pay block at least te + D and not before the previous batch's, the leader
//     active and not failed, failed keepers active, at least q distinct active
//     signers;
//  5. per entry, in order: a registered provider, ts = lastPaid; the observations
//     (q ≤ k ≤ N, by active keepers) and st = their lower median (ModeMedian) or
//     in their trimmed range with f+1 support within τ (ModeReconcile); the records:
//     by registered keepers, heights in [ts − G, te), every record the previous
//     batch paying this provider carried in that range carried again, order sets
//     of this provider active at the record's height, and (Crypto) each record's
//     challenge re-derived and its keeper and provider signatures and space
//     verified (challenge.ChalRecord.VerifyChallenge); then st within τ of the
//     space-time the records give (SPEC 4);
//  6. (Crypto) the observations' and the aggregate BLS signatures;
//  7. the payment replay (st × price, no uint128 overflow) and the state root.
func (s *State) Check(b *Batch, hash [32]byte, opts CheckOptions) (*Effects, error) {
	seq := b.Seq
	if !s.domain.Equal(b.Domain()) {
		return nil, batchDiv(seq, "contract", fmt.Sprintf("%s on chain %s", s.domain.Contract, s.domain.ChainID),
			fmt.Sprintf("%s on chain %s", b.Contract, b.ChainID), "")
	}
	if b.Seq != s.next {
		return nil, batchDiv(s.next, "seq", fmt.Sprint(s.next), fmt.Sprint(b.Seq), "batch out of order")
	}
	if b.Prev != s.head {
		return nil, batchDiv(seq, "prev", hexOf(s.head), hexOf(b.Prev), "hash chain broken")
	}
	e := &Effects{Batch: b, Hash: hash, group: s.group, keys: s.keys, accounts: s.accounts}

	// 2. group
	if b.Group != nil {
		if s.group != nil {
			if b.Group.Equal(s.group) {
				return nil, batchDiv(seq, "group", "absent (unchanged)", "present", "")
			}
			if err := s.group.CheckTransition(b.Group); err != nil {
				return nil, batchDiv(seq, "group", "", "", err.Error())
			}
		}
		if len(b.Group.Providers) < len(s.lastPaid) {
			return nil, batchDiv(seq, "group.providers", "", "", "providers dropped")
		}
		e.group = b.Group
		e.accounts = sortedAccounts(b.Group, s.accounts)
		e.keys = nil
	}
	g := e.group
	if g == nil {
		return nil, batchDiv(seq, "group", "present", "absent", "no group before this batch")
	}
	e.newEpoch = s.epochChanged(g)
	if opts.Crypto && (e.keys == nil || len(e.keys) != len(g.Keepers)) {
		from := 0
		if s.keys != nil && b.Group != nil && s.group != nil {
			from = len(s.group.Keepers)
		}
		keys, err := g.VerifyPossessions(s.domain, from)
		if err != nil {
			return nil, batchDiv(seq, "group.keepers", "", "", err.Error())
		}
		e.keys = keys
	}
	e.lastPaid = make([]uint64, len(g.Providers))
	copy(e.lastPaid, s.lastPaid)
	for i := len(s.lastPaid); i < len(g.Providers); i++ {
		e.lastPaid[i] = g.Providers[i].Since
	}
	provIdx := make(map[common.Address]uint32, len(g.Providers))
	for i, p := range g.Providers {
		provIdx[p.Account] = uint32(i)
	}

	// 3. orders and order sets
	if d := s.checkOrders(b, g, provIdx, opts, e); d != nil {
		return nil, d
	}
	sets, d := s.checkOrderSets(b, e)
	if d != nil {
		return nil, d
	}

	// 4. the report as the contract checks it
	active, n := g.Active()
	q, f := Quorum(n)
	if b.Te < g.Start || (b.Te-g.Start)%g.Period != 0 {
		return nil, batchDiv(seq, "te", "a period boundary", fmt.Sprint(b.Te), "")
	}
	if b.PayBlock < b.Te+g.Finality {
		return nil, batchDiv(seq, "payBlock", fmt.Sprintf("≥ te + D = %d", b.Te+g.Finality), fmt.Sprint(b.PayBlock), "")
	}
	if s.next > 0 && b.PayBlock < s.payBlock {
		return nil, batchDiv(seq, "payBlock", fmt.Sprintf("≥ %d (the previous batch's)", s.payBlock), fmt.Sprint(b.PayBlock), "")
	}
	if _, dup := s.payTxs[b.PayTx]; dup {
		return nil, batchDiv(seq, "payTx", "a new transaction", b.PayTx.Hex(), "already carried by an earlier batch")
	}
	if new(big.Int).AndNot(b.Signers, active).Sign() != 0 {
		return nil, batchDiv(seq, "signers", "active keepers only", b.Signers.Text(16), "")
	}
	if c := popcount(b.Signers); c < q {
		return nil, batchDiv(seq, "signers", fmt.Sprintf("≥ %d signers", q), fmt.Sprint(c), "")
	}
	if b.Leader >= MaxKeepers || active.Bit(int(b.Leader)) == 0 {
		return nil, batchDiv(seq, "leader", "an active keeper", fmt.Sprint(b.Leader), "")
	}
	for i := range b.Entries {
		if x := &b.Entries[i]; x.Ts < g.EpochFrom {
			return nil, entryDiv(seq, i, x.Provider, "ts", fmt.Sprintf("≥ the epoch's start %d", g.EpochFrom), fmt.Sprint(x.Ts),
				"the contract refuses an entry before its epoch (BeforeEpoch)")
		}
	}
	if new(big.Int).AndNot(b.FailedBitmap, active).Sign() != 0 || b.FailedBitmap.Bit(int(b.Leader)) != 0 {
		return nil, batchDiv(seq, "failedBitmap", "active keepers other than the leader", b.FailedBitmap.Text(16), "")
	}
	k := len(b.Obs)
	if k < q || k > n {
		return nil, batchDiv(seq, "observations", fmt.Sprintf("%d to %d", q, n), fmt.Sprint(k), "")
	}
	for i, o := range b.Obs {
		if active.Bit(int(o.Sender)) == 0 {
			return nil, batchDiv(seq, fmt.Sprintf("observations[%d].sender", i), "an active keeper", fmt.Sprint(o.Sender), "")
		}
	}

	// 5. entries, on workers (an entry's checks read the state and write only its
	// result; records an earlier batch carried, with the same id, are not verified
	// again); BLS alongside.
	var blsDiv *Divergence
	var wg sync.WaitGroup
	if opts.Crypto {
		wg.Add(1)
		go func() {
			defer wg.Done()
			blsDiv = s.verifyBLS(b, e.keys)
		}()
	}
	results := s.checkEntries(b, g, sets, e.lastPaid, f, opts)
	wg.Wait()
	e.RecordSt = make([]*big.Int, len(b.Entries))
	e.tails = make(map[uint32][]TailRecord, len(b.Entries))
	lo := sat(b.Te, g.Stale)
	for i := range results {
		r := &results[i]
		if r.div != nil {
			return nil, r.div
		}
		x := &b.Entries[i]
		e.RecordSt[i] = r.st
		var tail []TailRecord
		for j, rec := range x.Records {
			if rec.Height >= lo {
				tail = append(tail, TailRecord{Height: rec.Height, Keeper: rec.Keeper, ID: r.ids[j]})
			}
		}
		e.tails[x.Provider] = tail
	}

	// 6. BLS
	if blsDiv != nil {
		return nil, blsDiv
	}

	// 7. payments and root
	if d := s.replayPayments(b, g, n, e); d != nil {
		return nil, d
	}
	e.Root = ComputeRoot(s.domain, e.lastPaid, s.balancesAfter(e))
	if !opts.ComputeRoot && e.Root != b.StateRoot {
		return nil, batchDiv(seq, "stateRoot", hexOf(e.Root), hexOf(b.StateRoot), "the replayed state differs from the publisher's")
	}
	return e, nil
}

// sat returns a − b, or 0 when b > a.
func sat(a, b uint64) uint64 {
	if b > a {
		return 0
	}
	return a - b
}

func popcount(x *big.Int) int {
	c := 0
	for _, w := range x.Bits() {
		for v := uint64(w); v != 0; v &= v - 1 {
			c++
		}
	}
	return c
}

func (s *State) checkOrders(b *Batch, g *Group, provIdx map[common.Address]uint32, opts CheckOptions, e *Effects) *Divergence {
	for i, so := range b.Orders {
		id := so.ID(s.domain.ChainID)
		if _, ok := s.orderIdx[id]; ok {
			return batchDiv(b.Seq, fmt.Sprintf("orders[%d]", i), "an order not carried before", hexOf(id), "")
		}
		p, ok := provIdx[so.Provider]
		if !ok {
			return batchDiv(b.Seq, fmt.Sprintf("orders[%d].provider", i), "a registered provider", so.Provider.Hex(), "")
		}
		if opts.Crypto {
			if err := so.Verify(s.domain, g.Owner); err != nil {
				return batchDiv(b.Seq, fmt.Sprintf("orders[%d].sig", i), "signed by the owner "+g.Owner.Hex(), "", err.Error())
			}
		}
		e.orders = append(e.orders, orderEntry{Order: so.Order, ID: id, Provider: p})
	}
	return nil
}

// orderSet is a checked order set of one batch.
type orderSet struct {
	provider uint32
	orders   []challenge.Order
	ids      [][32]byte
	root     [32]byte // challenge.OrdersRoot(ids)
	size     *big.Int // total size of the orders
}

func (s *State) orderAt(i uint32, e *Effects) (*orderEntry, bool) {
	if int(i) < len(s.orders) {
		return &s.orders[i], true
	}
	j := int(i) - len(s.orders)
	if j < len(e.orders) {
		return &e.orders[j], true
	}
	return nil, false
}

func (s *State) checkOrderSets(b *Batch, e *Effects) ([]orderSet, *Divergence) {
	sets := make([]orderSet, len(b.OrderSets))
	for i, idx := range b.OrderSets {
		set := &sets[i]
		pieces := make(map[challenge.PieceID]bool, len(idx))
		for j, x := range idx {
			o, ok := s.orderAt(x, e)
			if !ok {
				return nil, batchDiv(b.Seq, fmt.Sprintf("orderSets[%d][%d]", i, j), fmt.Sprintf("< %d", len(s.orders)+len(e.orders)), fmt.Sprint(x), "unknown order")
			}
			if j == 0 {
				set.provider = o.Provider
			} else if o.Provider != set.provider || bytes.Compare(o.ID[:], set.ids[j-1][:]) <= 0 || pieces[o.Order.Piece()] {
				return nil, batchDiv(b.Seq, fmt.Sprintf("orderSets[%d][%d]", i, j), "", "", "not one provider's orders in ascending id, one per piece")
			}
			pieces[o.Order.Piece()] = true
			set.orders = append(set.orders, o.Order)
			set.ids = append(set.ids, o.ID)
		}
		set.root = challenge.OrdersRoot(set.ids)
		set.size = new(big.Int)
		for _, o := range set.orders {
			set.size.Add(set.size, new(big.Int).SetUint64(o.Size))
		}
	}
	return sets, nil
}

// entryResult is the outcome of one entry's checks.
type entryResult struct {
	div *Divergence
	st  *big.Int   // the space-time the records give
	ids [][32]byte // RecordID of each record
}

// checkEntries runs checkEntry on every entry, on workers that take entries in
// turn.
func (s *State) checkEntries(b *Batch, g *Group, sets []orderSet, lastPaid []uint64, f int, opts CheckOptions) []entryResult {
	out := make([]entryResult, len(b.Entries))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(b.Entries)))
	params := challenge.Params{Pieces: int(g.Pieces), Leaves: int(g.Leaves)}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			obs := make([]*big.Int, len(b.Obs))
			for {
				i := int(next.Add(1) - 1)
				if i >= len(b.Entries) {
					return
				}
				out[i] = s.checkEntry(b, g, i, sets, lastPaid, f, opts, params, obs)
			}
		}()
	}
	wg.Wait()
	return out
}

// checkEntry is step 5 of Check for entry i.
func (s *State) checkEntry(b *Batch, g *Group, i int, sets []orderSet, lastPaid []uint64, f int, opts CheckOptions, params challenge.Params, obs []*big.Int) (res entryResult) {
	seq := b.Seq
	x := &b.Entries[i]
	p := x.Provider
	if int(p) >= len(g.Providers) {
		res.div = entryDiv(seq, i, p, "provider", fmt.Sprintf("< %d", len(g.Providers)), fmt.Sprint(p), "unknown provider")
		return
	}
	if x.Ts != lastPaid[p] {
		res.div = entryDiv(seq, i, p, "ts", fmt.Sprint(lastPaid[p]), fmt.Sprint(x.Ts), "ts must equal lastPaid")
		return
	}
	if !opts.faulty {
		for j, o := range b.Obs {
			obs[j] = b.Vectors[o.Vector][i]
		}
		if b.Mode == ModeMedian {
			if m := LowerMedian(obs); m.Cmp(x.St) != 0 {
				res.div = entryDiv(seq, i, p, "st", m.String(), x.St.String(), "not the median of the observations")
				return
			}
		} else if !ReconcileOK(x.St, obs, f, g.TolNum, g.TolDen) {
			res.div = entryDiv(seq, i, p, "st", "", x.St.String(), fmt.Sprintf("not in the trimmed range of the observations with %d supporting within τ", f+1))
			return
		}
	}
	lo := sat(x.Ts, g.Stale)
	samples := make([]challenge.Sample, 0, len(x.Records))
	res.ids = make([][32]byte, len(x.Records))
	for j := range x.Records {
		r := &x.Records[j]
		rd := func(field, want, got, detail string) *Divergence {
			return &Divergence{Seq: seq, Entry: i, Provider: int64(p), Record: j, Field: fmt.Sprintf("records[%d].%s", j, field), Want: want, Got: got, Detail: detail}
		}
		if int(r.Keeper) >= len(g.Keepers) {
			res.div = rd("keeper", "a registered keeper", fmt.Sprint(r.Keeper), "")
			return
		}
		if r.Height < lo || r.Height >= b.Te {
			res.div = rd("height", fmt.Sprintf("in [%d, %d)", lo, b.Te), fmt.Sprint(r.Height), "")
			return
		}
		if int(r.OrderSet) >= len(sets) {
			res.div = rd("orderSet", fmt.Sprintf("< %d", len(sets)), fmt.Sprint(r.OrderSet), "")
			return
		}
		set := &sets[r.OrderSet]
		if len(set.orders) > 0 && set.provider != p {
			res.div = rd("orderSet", fmt.Sprintf("orders of provider %d", p), fmt.Sprintf("orders of provider %d", set.provider), "")
			return
		}
		for _, o := range set.orders {
			if !o.ActiveAt(r.Height) {
				res.div = rd("orderSet", "orders active at the record's height", "", "an order of the set is not active")
				return
			}
		}
		bh, ok := b.BlockHashAt(r.Height)
		if !ok {
			res.div = rd("height", "a height with a block hash", fmt.Sprint(r.Height), "")
			return
		}
		res.ids[j] = RecordID(p, r, set.root, bh)
		if opts.Crypto && !s.inTail(g, p, r, res.ids[j]) {
			if err := s.verifyRecord(g, x, r, set, bh, params); err != nil {
				res.div = rd("signature", "", "", err.Error())
				return
			}
		}
		if g.Keepers[r.Keeper].Counts() {
			samples = append(samples, challenge.Sample{Height: r.Height, Keeper: uint64(r.Keeper), Space: r.Space})
		}
	}
	// Every record the previous batch paying p carried in [ts − G, ts) again
	// (those of keepers that still count; none after an epoch change, whose group
	// numbers keepers anew).
	if !opts.faulty && !s.epochChanged(g) {
		for _, t := range s.tail[p] {
			if t.Height < lo || int(t.Keeper) >= len(g.Keepers) || !g.Keepers[t.Keeper].Counts() {
				continue
			}
			found := false
			for j := range x.Records {
				r := &x.Records[j]
				if r.Height == t.Height && r.Keeper == t.Keeper {
					if res.ids[j] != t.ID {
						res.div = &Divergence{Seq: seq, Entry: i, Provider: int64(p), Record: j, Field: fmt.Sprintf("records[%d]", j),
							Detail: fmt.Sprintf("keeper %d's record at height %d differs from the one an earlier batch carried", t.Keeper, t.Height)}
						return
					}
					found = true
					break
				}
			}
			if !found {
				res.div = entryDiv(seq, i, p, "records", fmt.Sprintf("keeper %d's record at height %d", t.Keeper, t.Height), "none",
					"a record an earlier batch carried for this provider is omitted")
				return
			}
		}
	}
	st, err := challenge.SpaceTime(samples, x.Ts, b.Te, g.Stale)
	if err != nil {
		res.div = entryDiv(seq, i, p, "records", "", "", err.Error())
		return
	}
	res.st = st
	if !opts.faulty && !Within(x.St, st, g.TolNum, g.TolDen) {
		res.div = entryDiv(seq, i, p, "st", st.String(), x.St.String(),
			fmt.Sprintf("the records give %s byte·blocks: not within τ = %d/%d", st, g.TolNum, g.TolDen))
	}
	return
}

// epochChanged reports whether g is another epoch's group than the state's (its
// keepers are numbered anew: earlier tails name other keepers).
func (s *State) epochChanged(g *Group) bool {
	return s.group != nil && (g.EpochFrom != s.group.EpochFrom || g.GroupID != s.group.GroupID)
}

// inTail reports whether the provider's tail holds this record with this id.
func (s *State) inTail(g *Group, p uint32, r *Record, id [32]byte) bool {
	if s.epochChanged(g) {
		return false // tails number keepers in another group
	}
	for _, t := range s.tail[p] {
		if t.Height == r.Height && t.Keeper == r.Keeper {
			return t.ID == id
		}
	}
	return false
}

func (s *State) verifyRecord(g *Group, x *Entry, r *Record, set *orderSet, bh [32]byte, params challenge.Params) error {
	prov := g.Providers[x.Provider].Account
	keeper := g.Keepers[r.Keeper].Account
	return VerifyRecord(s.domain, r.ChalRecord(keeper, prov), bh, set.root, len(set.orders), set.size, params.Pieces)
}

// verifyBLS checks the observations' signatures and the aggregate signature, all
// in one randomised batch; when the batch fails, one by one to name the culprit.
func (s *State) verifyBLS(b *Batch, keys []*bls.PublicKey) *Divergence {
	rep := b.Report()
	digest, _, err := wire.ReportDigest(rep)
	if err != nil {
		return batchDiv(b.Seq, "report", "", "", err.Error())
	}
	es := make([]wire.Entry, len(b.Entries))
	for i, x := range b.Entries {
		es[i] = wire.Entry{Provider: x.Provider, Ts: x.Ts}
	}
	obsDigests := make([][32]byte, len(b.Vectors))
	for v := range b.Vectors {
		obsDigests[v] = wire.PartObservationDigest(s.domain, b.Te, b.Part, b.Leader, b.ObsAttempt, es, b.Vectors[v])
	}
	// The observations verify as the keepers check them before they lock
	// (keeper/agreement, issue 12.6): each vector's aggregate signature against its
	// observers' keys — a valid aggregate proves each of them observed those
	// values — all vectors and the signers' aggregate on the report digest in one
	// batch.
	groupPKs := make([][]*bls.PublicKey, len(b.Vectors))
	for _, o := range b.Obs {
		groupPKs[o.Vector] = append(groupPKs[o.Vector], keys[o.Sender])
	}
	var pks []*bls.PublicKey
	var msgs [][32]byte
	var sigs []*bls.Signature
	for v := range b.Vectors {
		apk, err := bls.AggregatePublicKeys(groupPKs[v])
		if err != nil {
			return batchDiv(b.Seq, fmt.Sprintf("vectors[%d]", v), "", "", "no observation of these values")
		}
		asig, err := bls.SignatureFromBytes(bytes.Clone(b.VectorSigs[v][:]))
		if err != nil {
			return batchDiv(b.Seq, fmt.Sprintf("vectorSigs[%d]", v), "", "", err.Error())
		}
		pks, msgs, sigs = append(pks, apk), append(msgs, obsDigests[v]), append(sigs, asig)
	}
	agg, err := bls.SignatureFromBytes(bytes.Clone(b.AggSig[:]))
	if err != nil {
		return batchDiv(b.Seq, "aggregateSignature", "", "", err.Error())
	}
	var signers []*bls.PublicKey
	for i := 0; i < b.Signers.BitLen(); i++ {
		if b.Signers.Bit(i) == 1 {
			signers = append(signers, keys[i])
		}
	}
	aggPK, err := bls.AggregatePublicKeys(signers)
	if err != nil {
		return batchDiv(b.Seq, "signers", "", "", err.Error())
	}
	if bls.BatchVerify(append(pks, aggPK), append(msgs, digest), append(sigs, agg)) {
		return nil
	}
	for v := range pks {
		if !bls.Verify(pks[v], msgs[v][:], sigs[v]) {
			return batchDiv(b.Seq, fmt.Sprintf("vectorSigs[%d]", v), "", "", "the aggregate signature of the observations of these values does not verify")
		}
	}
	return batchDiv(b.Seq, "aggregateSignature", "", "", "the signers' aggregate signature on the report digest does not verify")
}

// replayPayments replays the contract's pay (SPEC 8, 8.1; Upkeeping.sol _payEntry and
// _creditKeepers): per entry amount = floor(st × price / 1e18) (below 2^112), the
// provider's share floor(amount × providerShareBps / 10000), lastPaid = te; then the
// leader's bonus floor(total × leaderBonusBps / 10000) (none for a slashed leader),
// the rest split equally among the payees — the epoch's keepers neither failed nor
// slashed — and the remainder of that division to the first entry's provider; with no
// payee the keepers' pool is not paid at all. Credits are eager (the contract's lazy
// per-epoch accumulator gives the same totals; vesting changes when they can be
// withdrawn, not what is credited).
func (s *State) replayPayments(b *Batch, g *Group, n int, e *Effects) *Divergence {
	credits := map[common.Address]*big.Int{}
	credit := func(a common.Address, v *big.Int) {
		if v.Sign() == 0 {
			return
		}
		cur, ok := credits[a]
		if !ok {
			cur = new(big.Int)
			if old := s.credited[a]; old != nil {
				cur.Set(old)
			}
			credits[a] = cur
		}
		cur.Add(cur, v)
	}
	e.Amounts = make([]*big.Int, len(b.Entries))
	for i := range b.Entries {
		x := &b.Entries[i]
		amount := PaymentAmount(x.St, g.Providers[x.Provider].Price)
		if amount.Cmp(two112) >= 0 {
			return entryDiv(b.Seq, i, x.Provider, "st", "st × price / 1e18 < 2^112", amount.String(), "the contract reverts with AmountOverflow")
		}
		e.Amounts[i] = amount
		e.lastPaid[x.Provider] = b.Te
	}
	payees := 0
	for i, k := range g.Keepers {
		if k.Status == KeeperActive && b.FailedBitmap.Bit(i) == 0 {
			payees++
		}
	}
	sp := SplitReport(e.Amounts, g.ProviderShareBps, g.LeaderBonusBps, g.Keepers[b.Leader].Status == KeeperActive, payees)
	e.Shares, e.Total, e.LeaderBonus, e.KeeperShare, e.Remainder = sp.Shares, sp.Total, sp.Bonus, sp.KeeperShare, sp.Remainder
	for i := range b.Entries {
		credit(g.Providers[b.Entries[i].Provider].Account, sp.Shares[i])
	}
	if payees > 0 {
		for i, k := range g.Keepers {
			if k.Status == KeeperActive && b.FailedBitmap.Bit(i) == 0 {
				credit(k.Account, e.KeeperShare)
			}
		}
	}
	credit(g.Keepers[b.Leader].Account, e.LeaderBonus)
	credit(g.Providers[b.Entries[0].Provider].Account, e.Remainder)
	e.credits = credits
	return nil
}

// PaymentAmount is what an entry pays (SPEC 4, 8.1): floor(st × price / 1e18) — the
// one computation (units.Amount) the CLI and the devnet show too.
func PaymentAmount(st, price *big.Int) *big.Int { return units.Amount(st, price) }

func (s *State) balancesAfter(e *Effects) []AccountBalance {
	out := make([]AccountBalance, len(e.accounts))
	for i, a := range e.accounts {
		v := e.credits[a]
		if v == nil {
			v = s.credited[a]
		}
		if v == nil {
			v = new(big.Int)
		}
		out[i] = AccountBalance{a, v}
	}
	return out
}
