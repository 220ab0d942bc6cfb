package agreementsim

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// Crypto provides each simulated keeper's keyring and the verifier.
type Crypto interface {
	Keyring(i int) agreement.Keyring
	Verifier() agreement.Verifier
	// VerifyAggregate checks an aggregate signature of pks on msg (the contract's
	// check of a submitted report).
	VerifyAggregate(pks [][]byte, msg [32]byte, agg [wire.SigSize]byte) bool
}

// BLSCrypto is real BLS (herumi): one key per keeper.
type BLSCrypto struct {
	keys  []*bls.SecretKey
	rings []*agreement.BLSKeyring
	ver   *agreement.BLSVerifier
}

// NewBLSCrypto generates n BLS keys.
func NewBLSCrypto(n int) (*BLSCrypto, error) {
	c := &BLSCrypto{ver: agreement.NewBLSVerifier()}
	for range n {
		sk, err := bls.GenerateKey()
		if err != nil {
			return nil, err
		}
		c.keys = append(c.keys, sk)
		c.rings = append(c.rings, agreement.NewBLSKeyring(sk))
	}
	return c, nil
}

// Keyring returns keeper i's keyring.
func (c *BLSCrypto) Keyring(i int) agreement.Keyring { return c.rings[i] }

// Verifier returns the shared BLS verifier.
func (c *BLSCrypto) Verifier() agreement.Verifier { return c.ver }

// Secret returns keeper i's secret key (for benchmarks measuring the primitives).
func (c *BLSCrypto) Secret(i int) *bls.SecretKey { return c.keys[i] }

// VerifyAggregate is FastAggregateVerify.
func (c *BLSCrypto) VerifyAggregate(pkb [][]byte, msg [32]byte, agg [wire.SigSize]byte) bool {
	pks := make([]*bls.PublicKey, len(pkb))
	for i, b := range pkb {
		pk, err := bls.PublicKeyFromBytes(b)
		if err != nil {
			return false
		}
		pks[i] = pk
	}
	s, err := bls.SignatureFromBytes(agg[:])
	if err != nil {
		return false
	}
	return bls.FastAggregateVerify(pks, msg[:], s)
}

// Chain is the simulated upkeeping contract: the keeper set, the providers and their
// lastPaid, and the pay() checks of SPEC 8 (period boundary, te + D ≤ height, ts ==
// lastPaid, ≥ q distinct signers, aggregate signature). Every node reads it directly
// (a chain view without lag).
type Chain struct {
	mu        sync.Mutex
	keepers   []agreement.Keeper
	providers []uint32
	lastPaid  map[uint32]uint64
	height    uint64
	params    Params
	crypto    Crypto
	Paid      []Payment
}

// Params mirrors schedule.Params for the chain's checks.
type Params struct{ Start, Period, Finality, Window uint64 }

// Payment is one accepted pay() call.
type Payment struct {
	Height  uint64
	Te      uint64
	Leader  uint32
	Attempt uint32
	Digest  [32]byte
	Entries int
	Signers int
}

// Pay errors.
var (
	ErrPayTooEarly = errors.New("sim chain: not payable yet")
	ErrPayTs       = errors.New("sim chain: ts is not lastPaid")
	ErrPaySigners  = errors.New("sim chain: too few signers")
	ErrPaySig      = errors.New("sim chain: aggregate signature invalid")
	ErrPayDigest   = errors.New("sim chain: digest does not match the report")
)

// Keepers returns the active keepers.
func (c *Chain) Keepers() ([]agreement.Keeper, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]agreement.Keeper(nil), c.keepers...), nil
}

// RemoveKeeper takes keeper index out of the active set (a slash or a removal on
// the contract).
func (c *Chain) RemoveKeeper(index uint32) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, k := range c.keepers {
		if k.Index == index {
			c.keepers = append(c.keepers[:i:i], c.keepers[i+1:]...)
			return
		}
	}
}

// Providers returns the registered providers.
func (c *Chain) Providers() ([]uint32, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]uint32(nil), c.providers...), nil
}

// LastPaid returns a provider's lastPaid.
func (c *Chain) LastPaid(p uint32) (uint64, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ts, ok := c.lastPaid[p]
	return ts, ok, nil
}

// Pay applies a submitted report.
func (c *Chain) Pay(s agreement.Submit) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := s.Report
	if d, _, err := wire.ReportDigest(r); err != nil || d != s.Digest {
		return ErrPayDigest
	}
	if (r.Te-c.params.Start)%c.params.Period != 0 || r.Te+c.params.Finality > c.height {
		return ErrPayTooEarly
	}
	for _, e := range r.Entries {
		if ts, ok := c.lastPaid[e.Provider]; !ok || ts != e.Ts {
			return fmt.Errorf("%w: provider %d", ErrPayTs, e.Provider)
		}
	}
	var pks [][]byte
	for _, k := range c.keepers {
		if s.Signers.Bit(int(k.Index)) == 1 {
			pks = append(pks, k.PublicKey)
		}
	}
	if s.Signers.BitLen() > 256 || len(pks) != bitCount(s.Signers) || len(pks) < agreement.Quorum(len(c.keepers)) {
		return ErrPaySigners
	}
	if !c.crypto.VerifyAggregate(pks, s.Digest, s.Signature) {
		return ErrPaySig
	}
	for _, e := range r.Entries {
		c.lastPaid[e.Provider] = r.Te
	}
	c.Paid = append(c.Paid, Payment{Height: c.height, Te: r.Te, Leader: r.Leader, Attempt: r.Attempt, Digest: s.Digest, Entries: len(r.Entries), Signers: len(pks)})
	return nil
}

func bitCount(b *big.Int) int {
	n := 0
	for i := 0; i < b.BitLen(); i++ {
		n += int(b.Bit(i))
	}
	return n
}

// MemStore is an in-memory VoteStore that outlives the Node using it (so a
// simulated crash loses the node's memory but not its locks). OnPut, when set, is
// called after each new lock is stored.
type MemStore struct {
	mu    sync.Mutex
	locks map[[16]byte]*agreement.Lock
	OnPut func(l *agreement.Lock)
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore { return &MemStore{locks: map[[16]byte]*agreement.Lock{}} }

func lockKey(te uint64, leader, attempt uint32) (k [16]byte) {
	binary.BigEndian.PutUint64(k[:8], te)
	binary.BigEndian.PutUint32(k[8:12], leader)
	binary.BigEndian.PutUint32(k[12:], attempt)
	return
}

// Get returns the lock of an instance.
func (s *MemStore) Get(te uint64, leader, attempt uint32) (*agreement.Lock, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.locks[lockKey(te, leader, attempt)], nil
}

// Put stores a lock, refusing a different digest for the same instance.
func (s *MemStore) Put(l *agreement.Lock) error {
	s.mu.Lock()
	k := lockKey(l.Te, l.Leader, l.Attempt)
	if old, ok := s.locks[k]; ok {
		s.mu.Unlock()
		if old.Digest != l.Digest {
			return agreement.ErrLockConflict
		}
		return nil
	}
	cp := *l
	s.locks[k] = &cp
	hook := s.OnPut
	s.mu.Unlock()
	if hook != nil {
		hook(&cp)
	}
	return nil
}

// LastAttempt returns the highest attempt locked for (te, leader).
func (s *MemStore) LastAttempt(te uint64, leader uint32) (uint32, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var best uint32
	found := false
	for k, l := range s.locks {
		if binary.BigEndian.Uint64(k[:8]) == te && l.Leader == leader && (!found || l.Attempt > best) {
			best, found = l.Attempt, true
		}
	}
	return best, found, nil
}

// Locks returns every lock, ordered by instance.
func (s *MemStore) Locks() []*agreement.Lock {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*agreement.Lock, 0, len(s.locks))
	for _, l := range s.locks {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := lockKey(out[i].Te, out[i].Leader, out[i].Attempt), lockKey(out[j].Te, out[j].Leader, out[j].Attempt)
		return string(a[:]) < string(b[:])
	})
	return out
}

// Observer is the synthetic space-time of one keeper: provider p's true st over
// [ts, te) is Rate(p)·(te − ts); the keeper sees it scaled by (1 + Skew[p]/10⁶)
// (negative skew models missing records). A record set is (keeper, provider, ts, te,
// skew); merging q sets (SPEC 7 round 4) gives the keeper the complete records, so
// its skew for p becomes zero: "the merge makes data agree".
type Observer struct {
	mu    sync.Mutex
	Index uint32
	Rate  func(p uint32) *big.Int
	Skew  map[uint32]int64 // ppm per provider
	// Lie, when set, replaces every answer (a Byzantine observer).
	Lie    func(p uint32, honest *big.Int) *big.Int
	Merges int
	// SingleSetMerges counts MergeRecords calls with one set (a set merged after
	// the quorum's).
	SingleSetMerges int
	table           *stTable               // shared true values (read-only *big.Int), when set
	cache           map[[3]uint64]*big.Int // honest answers without skew (read-only values)
	// Seen, when not nil, records every value SpaceTime returned, per provider
	// (for checking Validity).
	Seen map[uint32][]*big.Int
}

// SpaceTime returns the keeper's st for p over [ts, te).
func (o *Observer) SpaceTime(p uint32, ts, te uint64) (*big.Int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.table != nil && o.Skew[p] == 0 && o.Lie == nil && o.Seen == nil {
		return o.table.get(p, ts, te), nil
	}
	v := new(big.Int).Mul(o.Rate(p), new(big.Int).SetUint64(te-ts))
	if sk := o.Skew[p]; sk != 0 {
		d := new(big.Int).Mul(v, big.NewInt(sk))
		d.Quo(d, big.NewInt(1_000_000))
		v.Add(v, d)
		if v.Sign() < 0 {
			v.SetInt64(0)
		}
	}
	if o.Lie != nil {
		v = o.Lie(p, v)
	}
	if o.Seen != nil {
		o.Seen[p] = append(o.Seen[p], v)
	}
	return v, nil
}

// ExportRecords encodes (index, provider, ts, te, skew).
func (o *Observer) ExportRecords(p uint32, ts, te uint64) ([]byte, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	b := make([]byte, 0, 32)
	b = binary.BigEndian.AppendUint32(b, o.Index)
	b = binary.BigEndian.AppendUint32(b, p)
	b = binary.BigEndian.AppendUint64(b, ts)
	b = binary.BigEndian.AppendUint64(b, te)
	b = binary.BigEndian.AppendUint64(b, uint64(o.Skew[p]))
	return b, nil
}

// ErrRecords is returned by CheckRecords for a set that is not what it claims.
var ErrRecords = errors.New("sim observer: invalid record set")

// CheckRecords validates a set's framing and that it is the sender's, for p and
// [ts, te).
func (o *Observer) CheckRecords(from uint32, p uint32, ts, te uint64, set []byte) error {
	if len(set) != 32 || binary.BigEndian.Uint32(set[:4]) != from || binary.BigEndian.Uint32(set[4:8]) != p ||
		binary.BigEndian.Uint64(set[8:16]) != ts || binary.BigEndian.Uint64(set[16:24]) != te {
		return ErrRecords
	}
	return nil
}

// MergeRecords makes this keeper's data for p complete.
func (o *Observer) MergeRecords(p uint32, ts, te uint64, sets [][]byte) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	delete(o.Skew, p)
	o.Merges++
	if len(sets) == 1 {
		o.SingleSetMerges++
	}
	return nil
}

// stTable caches the true space-time values, shared by the observers of one
// simulation (the core treats values as read-only).
type stTable struct {
	mu    sync.Mutex
	rates []*big.Int
	vals  map[[3]uint64]*big.Int
}

func (t *stTable) get(p uint32, ts, te uint64) *big.Int {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := [3]uint64{uint64(p), ts, te}
	if v, ok := t.vals[k]; ok {
		return v
	}
	v := new(big.Int).Mul(t.rates[p], new(big.Int).SetUint64(te-ts))
	t.vals[k] = v
	return v
}
