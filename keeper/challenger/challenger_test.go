package challenger

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/client"
	"github.com/whitepay/whitepay/challenge/wire"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/provider"
)

var chainID = big.NewInt(1337) // the simulated backend's

const (
	finality = 2
	stale    = 10
	timeout  = time.Second
)

type provNode struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	node *provider.Node
	host *p2p.Host
}

type keepNode struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	dir  string
	svc  *Service
	host *p2p.Host
	db   *store.DB
}

type testNet struct {
	t        *testing.T
	sim      *simulated.Backend
	chain    *chainview.EthChain
	user     *ecdsa.PrivateKey
	contract common.Address
	group    *chainview.StaticGroup
	provs    []*provNode
	keeps    []*keepNode
}

func key(t testing.TB) *ecdsa.PrivateKey {
	k, err := gethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func host(t *testing.T, k *ecdsa.PrivateKey) *p2p.Host {
	h, err := p2p.New(p2p.Config{Key: k, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func newNet(t *testing.T, nProv, nKeep int) *testNet {
	sim := simulated.NewBackend(types.GenesisAlloc{})
	t.Cleanup(func() { sim.Close() })
	n := &testNet{t: t, sim: sim, chain: chainview.NewEthChain(sim.Client()), user: key(t), contract: common.HexToAddress("0xc0ffee")}
	cc := config.Contract{Address: n.contract, Owner: gethcrypto.PubkeyToAddress(n.user.PublicKey), Finality: finality, Stale: stale}
	for range nProv {
		p := &provNode{key: key(t)}
		p.addr = gethcrypto.PubkeyToAddress(p.key.PublicKey)
		n.provs = append(n.provs, p)
		cc.Providers = append(cc.Providers, p.addr)
	}
	for range nKeep {
		k := &keepNode{key: key(t), dir: t.TempDir()}
		k.addr = gethcrypto.PubkeyToAddress(k.key.PublicKey)
		n.keeps = append(n.keeps, k)
		cc.Keepers = append(cc.Keepers, k.addr)
	}
	n.group = chainview.NewStaticGroup([]config.Contract{cc})
	for _, p := range n.provs {
		db, err := store.Open(t.TempDir(), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		ps, err := provider.OpenPieceStore(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		p.host = host(t, p.key)
		p.node, err = provider.New(provider.Config{ChainID: chainID, Key: p.key,
			Contracts: map[common.Address]provider.Contract{n.contract: {Owner: cc.Owner, Keepers: cc.Keepers}}}, p.host, db, ps)
		if err != nil {
			t.Fatal(err)
		}
		p.node.Register()
	}
	for _, k := range n.keeps {
		n.startKeeper(k)
	}
	return n
}

func (n *testNet) startKeeper(k *keepNode) {
	t := n.t
	db, err := store.Open(filepath.Join(k.dir, "db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.New(p2p.Config{Key: k.key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	svc, err := New(Config{
		ChainID: chainID, Key: k.key, Contracts: []Contract{{Address: n.contract, Finality: finality, Stale: stale}},
		Params: challenge.DefaultParams(), Timeout: timeout, MaxMessage: 256 << 10,
	}, h, records.NewStore(db, chainID), n.chain, n.group)
	if err != nil {
		t.Fatal(err)
	}
	svc.Register()
	k.svc, k.host, k.db = svc, h, db
	t.Cleanup(func() { k.stop() })
	n.link()
}

func (k *keepNode) stop() {
	if k.host != nil {
		k.host.Close()
		k.db.Close()
		k.host, k.db = nil, nil
	}
}

// link tells every keeper where every other node is.
func (n *testNet) link() {
	for _, k := range n.keeps {
		if k.host == nil {
			continue
		}
		for _, p := range n.provs {
			k.svc.AddPeer(peer.AddrInfo{ID: p.host.ID(), Addrs: p.host.Libp2p().Addrs()})
		}
		for _, o := range n.keeps {
			if o != k && o.host != nil {
				k.svc.AddPeer(peer.AddrInfo{ID: o.host.ID(), Addrs: o.host.Libp2p().Addrs()})
			}
		}
	}
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

func piece(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 9))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// store gives provider p a piece under a fresh order and hands the order to the
// keepers listed (all if none).
func (n *testNet) store(p *provNode, data []byte, keepers ...*keepNode) *challenge.SignedOrder {
	t := n.t
	id, _ := challenge.Commit(bytes.NewReader(data))
	so, err := challenge.SignOrder(chainID, challenge.Order{Contract: n.contract, Provider: p.addr, Root: id.Root, Size: id.Size, StartBlock: 1, EndBlock: 10000}, n.user)
	if err != nil {
		t.Fatal(err)
	}
	user := host(t, key(t))
	user.AddPeer(peer.AddrInfo{ID: p.host.ID(), Addrs: p.host.Libp2p().Addrs()})
	if _, err := client.Upload(ctx(t), user, p.host.ID(), chainID, so, bytes.NewReader(data), client.UploadOptions{}); err != nil {
		t.Fatal(err)
	}
	if len(keepers) == 0 {
		keepers = n.keeps
	}
	for _, k := range keepers {
		user.AddPeer(peer.AddrInfo{ID: k.host.ID(), Addrs: k.host.Libp2p().Addrs()})
		if err := client.SendOrder(ctx(t), user, k.host.ID(), chainID, so); err != nil {
			t.Fatal(err)
		}
	}
	return so
}

func (n *testNet) commit(blocks int) {
	for range blocks {
		n.sim.Commit()
	}
}

// round runs one challenge round on every keeper, then drains the outboxes.
func (n *testNet) round() map[common.Address][]*challenge.ChalRecord {
	out := map[common.Address][]*challenge.ChalRecord{}
	results := make([]*RoundResult, len(n.keeps))
	errs := make([]error, len(n.keeps))
	var wg sync.WaitGroup
	for i, k := range n.keeps {
		wg.Go(func() { results[i], errs[i] = k.svc.Round(ctx(n.t)) })
	}
	wg.Wait()
	for i, k := range n.keeps {
		if errs[i] != nil {
			n.t.Fatal(errs[i])
		}
		if results[i].Failed != 0 {
			n.t.Fatalf("keeper %s: %d challenges failed", k.addr, results[i].Failed)
		}
		out[k.addr] = results[i].Records
	}
	for _, k := range n.keeps {
		k.svc.SyncOutbox(ctx(n.t))
	}
	return out
}

func (n *testNet) countRecords(k *keepNode, p *provNode) int {
	recs, err := k.svc.Store().Records(n.contract, p.addr, 0, 1<<62)
	if err != nil {
		n.t.Fatal(err)
	}
	return len(recs)
}

func TestChallengeSyncObserve(t *testing.T) {
	n := newNet(t, 2, 3)
	p0, p1 := n.provs[0], n.provs[1]
	n.store(p0, piece(1, 20000))
	n.store(p0, piece(2, 5*challenge.LeafSize))
	so1 := n.store(p1, piece(3, 33333))
	s0, s1 := int64(20000+5*challenge.LeafSize), int64(33333)

	// Rounds at b = 3, 6: everything healthy.
	for _, h := range []uint64{5, 8} {
		n.commit(int(h) - int(mustHead(t, n)))
		recs := n.round()
		for _, k := range n.keeps {
			if len(recs[k.addr]) != 2 {
				t.Fatalf("keeper %s made %d records", k.addr, len(recs[k.addr]))
			}
			for _, r := range recs[k.addr] {
				want := s0
				if r.Provider == p1.addr {
					want = s1
				}
				if r.Result != challenge.ResultOK || r.Space.Int64() != want || r.Height != h-finality {
					t.Fatalf("record %v %s at %d", r.Result, r.Space, r.Height)
				}
			}
		}
	}
	// Every keeper holds every keeper's records.
	for _, k := range n.keeps {
		for _, p := range n.provs {
			if c := n.countRecords(k, p); c != 2*3 {
				t.Fatalf("keeper holds %d records of a provider, want 6", c)
			}
		}
	}
	// A round at the same head does not challenge again.
	if res, _ := n.keeps[0].svc.Round(ctx(t)); res.Challenges != 0 || res.Skipped != 2 {
		t.Fatalf("repeat round: %+v", res)
	}

	// Provider 1 loses its piece: s = 0 from b = 9 on.
	if err := p1.node.Pieces().Delete(so1.Piece()); err != nil {
		t.Fatal(err)
	}
	// Provider 0 answers late at b = 9 (after the timeout, within twice it).
	p0.host.Handle(p2p.ProtoChallenge, wire.MaxChallengeRequestLen, 0, func(ctx context.Context, from p2p.Peer, req []byte) ([]byte, error) {
		time.Sleep(timeout * 3 / 2)
		return p0.node.Answer(ctx, from, req)
	})
	n.commit(3)
	recs := n.round()
	for _, k := range n.keeps {
		for _, r := range recs[k.addr] {
			wantResult := challenge.ResultLate
			if r.Provider == p1.addr {
				wantResult = challenge.ResultOK // it answered, proving nothing
			}
			if r.Result != wantResult || r.Space.Sign() != 0 {
				t.Fatalf("provider %s: record %v space %s", r.Provider, r.Result, r.Space)
			}
		}
	}
	p0.node.Register() // back on time
	n.commit(3)
	n.round()

	// Observations over [3, 15), G = 10: samples at 3, 6, 9, 12.
	for _, k := range n.keeps {
		st0, err := k.svc.Observe(ctx(t), n.contract, p0.addr, 3, 15)
		if err != nil {
			t.Fatal(err)
		}
		st1, err := k.svc.Observe(ctx(t), n.contract, p1.addr, 3, 15)
		if err != nil {
			t.Fatal(err)
		}
		// p0: full on [3,9) and [12,15), 0 on [9,12) (late); p1: full on [3,9) only.
		if st0.Int64() != s0*9 || st1.Int64() != s1*6 {
			t.Fatalf("keeper %s observes %s and %s, want %d and %d", k.addr, st0, st1, s0*9, s1*6)
		}
	}

	// Restart keeper 1: nothing acknowledged is lost.
	k1 := n.keeps[1]
	before := n.countRecords(k1, p0)
	k1.stop()
	n.startKeeper(k1)
	if after := n.countRecords(k1, p0); after != before {
		t.Fatalf("records after restart %d, before %d", after, before)
	}
	if st, _ := k1.svc.Observe(ctx(t), n.contract, p0.addr, 3, 15); st.Int64() != s0*9 {
		t.Fatalf("observation after restart %s", st)
	}
}

func mustHead(t *testing.T, n *testNet) uint64 {
	h, err := n.chain.Head(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// Records that must be refused, sent over libp2p to keeper 1.
func TestRecordRejections(t *testing.T) {
	n := newNet(t, 1, 2)
	p, k0, k1 := n.provs[0], n.keeps[0], n.keeps[1]
	n.store(p, piece(5, 12000))
	n.commit(5)
	d := domain.Domain{ChainID: chainID, Contract: n.contract}

	// Keeper 0 challenges but its record is not synced yet; take its message.
	if _, err := k0.svc.Round(ctx(t)); err != nil {
		t.Fatal(err)
	}
	items, _ := k0.svc.Store().Outboxes(n.contract)
	if len(items) != 1 {
		t.Fatalf("%d outbox items", len(items))
	}
	good, err := records.DecodeSyncMessage(items[0].Message)
	if err != nil {
		t.Fatal(err)
	}
	send := func(from *p2p.Host, m *records.SyncMessage) error {
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		from.AddPeer(peer.AddrInfo{ID: k1.host.ID(), Addrs: k1.host.Libp2p().Addrs()})
		_, err = from.Request(ctx(t), k1.host.ID(), p2p.ProtoRecord, b, 64)
		return err
	}
	expect := func(what string, err error, want string) {
		t.Helper()
		if !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), want) {
			t.Fatalf("%s: err = %v, want a refusal containing %q", what, err, want)
		}
	}

	// Wrong signature: the space changed after the keeper signed.
	bad := *good
	rec := *good.Record
	rec.Space = new(big.Int).Sub(rec.Space, big.NewInt(1))
	bad.Record = &rec
	expect("wrong-signature record", send(k0.host, &bad), "bad signature")

	// Forged proof: the provider's signature over a tampered response, full space
	// claimed (a provider colluding with keeper 0).
	set := challenge.ActiveOrders(chainID, n.contract, p.addr, good.Record.Height, mustOrders(t, k0, p))
	hash, _ := n.chain.BlockHash(ctx(t), good.Record.Height)
	c, _ := challenge.Derive(set, k0.addr, good.Record.Height, hash, challenge.DefaultParams())
	resp, _ := challenge.DecodeResponse(good.Response)
	resp.Pieces[0].Leaves[0].Data[7] ^= 0xff
	if err := resp.Sign(d, c, p.key); err != nil {
		t.Fatal(err)
	}
	pd, _ := resp.ProofDigest()
	forged := &challenge.ChalRecord{Keeper: k0.addr, Provider: p.addr, Height: c.Height, Space: c.TotalSize, Result: challenge.ResultOK, ProofDigest: pd, ProviderSig: resp.Sig[:]}
	challenge.SignRecord(d, forged, k0.key)
	rb, _ := resp.MarshalBinary()
	expect("forged proof", send(k0.host, &records.SyncMessage{Contract: n.contract, Entry: records.Entry{Record: forged, OrderIDs: good.OrderIDs}, Response: rb}), "forged proof")

	// A record naming an order that neither keeper 1, the sender nor the provider
	// holds (an order keeper 1 merely missed is fetched: reconcile_test.go).
	unknown := &records.SyncMessage{Contract: n.contract, Entry: records.Entry{Record: good.Record, OrderIDs: [][32]byte{{0xde, 0xad}}}, Response: good.Response}
	expect("unknown order", send(k0.host, unknown), "unknown order")

	// An oversized message.
	k0.host.AddPeer(peer.AddrInfo{ID: k1.host.ID(), Addrs: k1.host.Libp2p().Addrs()})
	_, err = k0.host.Request(ctx(t), k1.host.ID(), p2p.ProtoRecord, make([]byte, 256<<10+1), 64)
	expect("oversized message", err, "message too large")

	// A sender outside the group.
	expect("outsider", send(host(t, key(t)), good), "not a member")

	// Nothing of that was stored. (Round drains the outbox in the background, so
	// the honest record may already have arrived; it is the only one held.)
	if e, err := k1.svc.Store().Entry(n.contract, p.addr, good.Record.Height, k0.addr); err == nil {
		if h1, h2 := hashOf(t, e.Record), hashOf(t, good.Record); h1 != h2 {
			t.Fatal("keeper 1 holds a refused record")
		}
	}
	if err := send(k0.host, good); err != nil {
		t.Fatalf("honest record: %v", err)
	}
	if ok, _ := k1.svc.Store().HasRecord(n.contract, p.addr, good.Record.Height, k0.addr); !ok {
		t.Fatal("honest record not stored")
	}
	// Full-sync imports (no response) get every check but the proofs.
	if err := k1.svc.ImportRecord(ctx(t), k0.addr, n.contract, &bad.Entry); !errors.Is(err, challenge.ErrBadSignature) {
		t.Fatalf("import of a wrong-signature record: %v", err)
	}
	if err := k1.svc.ImportRecord(ctx(t), k0.addr, n.contract, &good.Entry); err != nil {
		t.Fatalf("import of the honest record: %v", err)
	}
	if err := k1.svc.ReceiveRecord(ctx(t), k0.addr, &records.SyncMessage{Contract: n.contract, Entry: good.Entry}); !errors.Is(err, records.ErrNoResponse) {
		t.Fatalf("fresh record without its response: %v", err)
	}
	// A different record for the same (keeper, provider, height): equivocation. The
	// store keeps the Preferred version (so that every keeper that sees both keeps
	// the same): the other is refused.
	missing := &challenge.ChalRecord{Keeper: k0.addr, Provider: p.addr, Height: good.Record.Height, Space: new(big.Int), Result: challenge.ResultMissing}
	challenge.SignRecord(d, missing, k0.key)
	err = send(k0.host, &records.SyncMessage{Contract: n.contract, Entry: records.Entry{Record: missing, OrderIDs: good.OrderIDs}})
	held, herr := k1.svc.Store().Entry(n.contract, p.addr, good.Record.Height, k0.addr)
	if herr != nil {
		t.Fatal(herr)
	}
	if records.Preferred(missing, good.Record) {
		if err != nil || held.Record.Result != challenge.ResultMissing {
			t.Fatalf("preferred second version: %v, held %v", err, held.Record.Result)
		}
	} else {
		expect("equivocation", err, "conflicting record")
		if held.Record.Result != good.Record.Result {
			t.Fatal("the refused version replaced the held one")
		}
	}
}

func mustOrders(t *testing.T, k *keepNode, p *provNode) []challenge.Order {
	os, err := k.svc.Store().Orders(k.svc.cfg.Contracts[0].Address, p.addr)
	if err != nil {
		t.Fatal(err)
	}
	return os
}

// Orders from someone other than the contract's owner are refused.
func TestOrderIntake(t *testing.T) {
	n := newNet(t, 1, 1)
	k := n.keeps[0]
	so, _ := challenge.SignOrder(chainID, challenge.Order{Contract: n.contract, Provider: n.provs[0].addr, Root: [32]byte{1}, Size: 10, StartBlock: 1, EndBlock: 5}, key(t))
	user := host(t, key(t))
	user.AddPeer(peer.AddrInfo{ID: k.host.ID(), Addrs: k.host.Libp2p().Addrs()})
	if err := client.SendOrder(ctx(t), user, k.host.ID(), chainID, so); !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "not signed by the contract owner") {
		t.Fatalf("foreign order: %v", err)
	}
	so, _ = challenge.SignOrder(chainID, challenge.Order{Contract: n.contract, Provider: common.HexToAddress("0x5"), Root: [32]byte{1}, Size: 10, StartBlock: 1, EndBlock: 5}, n.user)
	if err := client.SendOrder(ctx(t), user, k.host.ID(), chainID, so); !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "outside the contract") {
		t.Fatalf("order for a stranger: %v", err)
	}
	if _, err := user.Request(ctx(t), k.host.ID(), p2p.ProtoOrder, []byte{1, 2, 3}, 32); !errors.Is(err, p2p.ErrRemote) || !strings.Contains(err.Error(), "malformed") {
		t.Fatalf("malformed order: %v", err)
	}
}

func hashOf(t *testing.T, r *challenge.ChalRecord) [32]byte {
	h, err := r.Hash()
	if err != nil {
		t.Fatal(err)
	}
	return h
}
