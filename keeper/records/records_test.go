package records

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/store"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

var (
	chainID  = big.NewInt(1337)
	contract = common.HexToAddress("0xc0")
	dom      = domain.Domain{ChainID: chainID, Contract: contract}
)

type fixture struct {
	user, prov, keeper *ecdsa.PrivateKey
	provAddr, keepAddr common.Address
	orders             []*challenge.SignedOrder
	data               map[[32]byte][]byte
	levels             map[[32]byte]*challenge.Levels
}

func key(t testing.TB) *ecdsa.PrivateKey {
	k, err := gethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func newFixture(t testing.TB, sizes ...int) *fixture {
	f := &fixture{user: key(t), prov: key(t), keeper: key(t), data: map[[32]byte][]byte{}, levels: map[[32]byte]*challenge.Levels{}}
	f.provAddr, f.keepAddr = gethcrypto.PubkeyToAddress(f.prov.PublicKey), gethcrypto.PubkeyToAddress(f.keeper.PublicKey)
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range sizes {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		l, root, err := challenge.BuildLevels(bytes.NewReader(b), uint64(n))
		if err != nil {
			t.Fatal(err)
		}
		so, err := challenge.SignOrder(chainID, challenge.Order{Contract: contract, Provider: f.provAddr, Root: root, Size: uint64(n), StartBlock: 1, EndBlock: 100}, f.user)
		if err != nil {
			t.Fatal(err)
		}
		f.orders = append(f.orders, so)
		f.data[root], f.levels[root] = b, l
	}
	return f
}

func (f *fixture) plain() []challenge.Order {
	var out []challenge.Order
	for _, so := range f.orders {
		out = append(out, so.Order)
	}
	return out
}

// round makes an honest challenge, response and signed record at height h.
func (f *fixture) round(t testing.TB, h uint64, hash [32]byte) (*Entry, *challenge.Response, *challenge.Challenge) {
	set := challenge.ActiveOrders(chainID, contract, f.provAddr, h, f.plain())
	c, err := challenge.Derive(set, f.keepAddr, h, hash, challenge.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	resp := f.respond(t, c)
	rec := c.Evaluate(dom, resp, false)
	if err := challenge.SignRecord(dom, rec, f.keeper); err != nil {
		t.Fatal(err)
	}
	return &Entry{Record: rec, OrderIDs: set.IDs}, resp, c
}

func (f *fixture) respond(t testing.TB, c *challenge.Challenge) *challenge.Response {
	resp := &challenge.Response{}
	for _, pc := range c.Pieces {
		pr, err := challenge.ProvePiece(f.levels[pc.Order.Root], bytes.NewReader(f.data[pc.Order.Root]), pc)
		if err != nil {
			t.Fatal(err)
		}
		resp.Pieces = append(resp.Pieces, pr)
	}
	if err := resp.Sign(dom, c, f.prov); err != nil {
		t.Fatal(err)
	}
	return resp
}

func TestVerifyRecord(t *testing.T) {
	f := newFixture(t, 5000, 3*4096, 40000, 100, 9000)
	e, resp, _ := f.round(t, 10, [32]byte{1})
	keepers := []common.Address{common.HexToAddress("0x1"), f.keepAddr}
	if _, err := VerifyRecord(dom, challenge.DefaultParams(), e, resp, keepers, f.plain(), [32]byte{1}); err != nil {
		t.Fatalf("honest record: %v", err)
	}
	if e.Record.Space.Int64() != 5000+3*4096+40000+100+9000 {
		t.Fatalf("space %s", e.Record.Space)
	}

	// A keeper outside the group.
	if _, err := VerifyRecord(dom, challenge.DefaultParams(), e, resp, keepers[:1], f.plain(), [32]byte{1}); !errors.Is(err, ErrNotMember) {
		t.Fatalf("non-member: %v", err)
	}
	// Another block hash than the receiver's: the provider signed another seed.
	if _, err := VerifyRecord(dom, challenge.DefaultParams(), e, resp, keepers, f.plain(), [32]byte{2}); !errors.Is(err, challenge.ErrBadSignature) {
		t.Fatalf("wrong block hash: %v", err)
	}
	// A record altered after signing.
	bad := *e.Record
	bad.Space = new(big.Int).Add(bad.Space, big.NewInt(1))
	if _, err := VerifyRecord(dom, challenge.DefaultParams(), &Entry{Record: &bad, OrderIDs: e.OrderIDs}, resp, keepers, f.plain(), [32]byte{1}); !errors.Is(err, challenge.ErrBadSignature) {
		t.Fatalf("wrong signature: %v", err)
	}
	// Order ids that are not the active set.
	if _, err := VerifyRecord(dom, challenge.DefaultParams(), &Entry{Record: e.Record, OrderIDs: e.OrderIDs[1:]}, resp, keepers, f.plain(), [32]byte{1}); !errors.Is(err, ErrOrdersMismatch) {
		t.Fatalf("orders mismatch: %v", err)
	}
	// An ok record must come with its response.
	if _, err := VerifyRecord(dom, challenge.DefaultParams(), e, nil, keepers, f.plain(), [32]byte{1}); !errors.Is(err, ErrNoResponse) {
		t.Fatalf("no response: %v", err)
	}
}

// A forged proof: a provider colluding with a keeper signs a response whose leaves
// are wrong, and the keeper claims full space. The response's signature and the
// record's signature verify; the proofs do not.
func TestForgedProofRejected(t *testing.T) {
	f := newFixture(t, 5000, 3*4096, 40000)
	set := challenge.ActiveOrders(chainID, contract, f.provAddr, 10, f.plain())
	c, _ := challenge.Derive(set, f.keepAddr, 10, [32]byte{1}, challenge.DefaultParams())
	resp := f.respond(t, c)
	resp.Pieces[0].Leaves[0].Data[0] ^= 1
	if err := resp.Sign(dom, c, f.prov); err != nil {
		t.Fatal(err)
	}
	pd, _ := resp.ProofDigest()
	rec := &challenge.ChalRecord{Keeper: f.keepAddr, Provider: f.provAddr, Height: 10, Space: c.TotalSize, Result: challenge.ResultOK, ProofDigest: pd, ProviderSig: resp.Sig[:]}
	if err := challenge.SignRecord(dom, rec, f.keeper); err != nil {
		t.Fatal(err)
	}
	_, err := VerifyRecord(dom, challenge.DefaultParams(), &Entry{Record: rec, OrderIDs: set.IDs}, resp, []common.Address{f.keepAddr}, f.plain(), [32]byte{1})
	if !errors.Is(err, ErrForgedProof) {
		t.Fatalf("forged proof: %v", err)
	}
	// The honest evaluation of the same response gives less space and verifies.
	honest := c.Evaluate(dom, resp, false)
	challenge.SignRecord(dom, honest, f.keeper)
	if honest.Space.Cmp(c.TotalSize) >= 0 {
		t.Fatal("tampered response valued in full")
	}
	if _, err := VerifyRecord(dom, challenge.DefaultParams(), &Entry{Record: honest, OrderIDs: set.IDs}, resp, []common.Address{f.keepAddr}, f.plain(), [32]byte{1}); err != nil {
		t.Fatalf("honest valuation of a bad response: %v", err)
	}
}

func TestStoreRecordsAndSpaceTime(t *testing.T) {
	f := newFixture(t, 8192)
	db, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := NewStore(db, chainID)
	for _, so := range f.orders {
		if _, added, err := s.PutOrder(so, 10); err != nil || !added {
			t.Fatalf("PutOrder %v %v", added, err)
		}
		if _, added, _ := s.PutOrder(so, 10); added {
			t.Fatal("order added twice")
		}
	}
	if _, missing, _ := s.OrdersByID(contract, f.provAddr, [][32]byte{f.orders[0].ID(chainID), {9}}); len(missing) != 1 {
		t.Fatalf("missing %v", missing)
	}
	var entries []*Entry
	for _, h := range []uint64{10, 20, 30} {
		e, _, _ := f.round(t, h, [32]byte{byte(h)})
		added, err := s.PutRecord(contract, e, &Outbox{Pending: []common.Address{{1}}, Message: []byte("m")})
		if err != nil || !added {
			t.Fatalf("PutRecord %v %v", added, err)
		}
		entries = append(entries, e)
	}
	// The same record again is a no-op; another record for the same triple is a conflict.
	if added, err := s.PutRecord(contract, entries[0], nil); err != nil || added {
		t.Fatalf("same record: %v %v", added, err)
	}
	// Two versions of one record (an equivocating keeper): whichever order they
	// come in, the store ends up holding the Preferred one and refuses the other.
	other := *entries[0].Record
	other.Result, other.Space, other.ProviderSig, other.ProofDigest = challenge.ResultMissing, new(big.Int), nil, [32]byte{}
	challenge.SignRecord(dom, &other, f.keeper)
	versions := []*Entry{entries[0], {Record: &other, OrderIDs: entries[0].OrderIDs}}
	want := versions[0]
	if Preferred(versions[1].Record, versions[0].Record) {
		want = versions[1]
	}
	for i, order := range [][]*Entry{versions, {versions[1], versions[0]}} {
		c := common.Address{0xc2, byte(i)}
		if added, err := s.PutRecord(c, order[0], nil); err != nil || !added {
			t.Fatalf("first version: %v %v", added, err)
		}
		added, err := s.PutRecord(c, order[1], nil)
		if order[1] == want {
			if err != nil || !added {
				t.Fatalf("preferred second version: %v %v, want it to replace the first", added, err)
			}
		} else if !errors.Is(err, ErrConflict) {
			t.Fatalf("second version: %v, want ErrConflict", err)
		}
		got, err := s.Entry(c, f.provAddr, 10, f.keepAddr)
		if err != nil || !sameRecord(got.Record, want.Record) {
			t.Fatalf("order %d: the store holds the wrong version (%v)", i, err)
		}
	}
	// PutRecords gives each record PutRecord's answer in one transaction: new ones
	// added, the same again not, two versions in one batch end with the Preferred.
	c3 := common.Address{0xc3}
	added, errs, err := s.PutRecords(c3, []*Entry{entries[1], versions[0], entries[1], versions[1], entries[2]})
	if err != nil {
		t.Fatal(err)
	}
	if !added[0] || !added[1] || added[2] || errs[2] != nil || !added[4] {
		t.Fatalf("batch: added %v errs %v", added, errs)
	}
	if want == versions[1] {
		if !added[3] || errs[3] != nil {
			t.Fatalf("batch: preferred second version %v %v", added[3], errs[3])
		}
	} else if !errors.Is(errs[3], ErrConflict) {
		t.Fatalf("batch: second version %v, want ErrConflict", errs[3])
	}
	if got, err := s.Entry(c3, f.provAddr, 10, f.keepAddr); err != nil || !sameRecord(got.Record, want.Record) {
		t.Fatalf("batch: the store holds the wrong version (%v)", err)
	}
	if n, _ := s.CountRecords(c3, f.provAddr); n != 3 {
		t.Fatalf("batch: %d records held, want 3", n)
	}
	// Space-time over [15, 45) with G = 10: samples at 10, 20, 30 of 8192 bytes each
	// count on [15,20) via carry, [20,30), [30,40): 25 blocks.
	keepers := []common.Address{f.keepAddr}
	st, err := s.SpaceTime(contract, f.provAddr, keepers, 15, 45, 10)
	if err != nil || st.Int64() != 8192*25 {
		t.Fatalf("space-time %v %v", st, err)
	}
	// Records of keepers outside the group do not count.
	if st, _ := s.SpaceTime(contract, f.provAddr, []common.Address{{7}}, 15, 45, 10); st.Sign() != 0 {
		t.Fatalf("outsider records counted: %s", st)
	}
	obs, err := s.Outboxes(contract)
	if err != nil || len(obs) != 3 {
		t.Fatalf("outboxes %d %v", len(obs), err)
	}
	obs[0].Pending = nil
	s.UpdateOutbox(obs[0])
	if obs, _ := s.Outboxes(contract); len(obs) != 2 {
		t.Fatal("delivered outbox entry not removed")
	}
}

func TestMessagesRoundTrip(t *testing.T) {
	f := newFixture(t, 5000, 70000)
	e, resp, _ := f.round(t, 10, [32]byte{1})
	rb, _ := resp.MarshalBinary()
	m := &SyncMessage{Contract: contract, Entry: *e, Response: rb}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeSyncMessage(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := got.MarshalBinary()
	if !bytes.Equal(b, b2) {
		t.Fatal("sync message round trip differs")
	}
	eb, _ := e.MarshalBinary()
	if _, err := DecodeEntry(eb); err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeEntry(append(eb, 0)); !errors.Is(err, ErrMalformed) {
		t.Fatal("trailing byte accepted")
	}
}

func FuzzDecodeSyncMessage(ff *testing.F) {
	f := newFixture(ff, 5000, 9000)
	e, resp, _ := f.round(ff, 10, [32]byte{1})
	rb, _ := resp.MarshalBinary()
	b, _ := (&SyncMessage{Contract: contract, Entry: *e, Response: rb}).MarshalBinary()
	fuzzcorpus.Add(ff, b)
	b2, _ := (&SyncMessage{Contract: contract, Entry: *e}).MarshalBinary()
	fuzzcorpus.Add(ff, b2)
	fuzzcorpus.Add(ff, []byte{1, 2})
	ff.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeSyncMessage(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		out, err := m.MarshalBinary()
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("not canonical: %v", err)
		}
	})
}

func FuzzDecodeEntry(ff *testing.F) {
	f := newFixture(ff, 5000)
	e, _, _ := f.round(ff, 10, [32]byte{1})
	b, _ := e.MarshalBinary()
	fuzzcorpus.Add(ff, b)
	fuzzcorpus.Add(ff, []byte{1, 0, 0})
	ff.Fuzz(func(t *testing.T, b []byte) {
		e, err := DecodeEntry(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		out, err := e.MarshalBinary()
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("not canonical: %v", err)
		}
	})
}
