package upkeeping

import (
	"bytes"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
)

// regEnv is a simulated chain with a deployed registry.
type regEnv struct {
	*env
	reg *Registry
}

func newRegEnv(t testing.TB, nAccounts int) *regEnv {
	t.Helper()
	e := newEnv(t, nAccounts)
	reg, tx, err := DeployRegistry(e.ctx, e.client, e.opts(e.accts[0]))
	e.mine(tx, err)
	return &regEnv{env: e, reg: reg}
}

// register registers a fresh key for account a and returns it and its id.
func (e *regEnv) register(a account) (*bls.SecretKey, uint32) {
	e.t.Helper()
	sk, err := bls.GenerateKey()
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine(e.reg.RegisterKeeper(e.ctx, e.opts(a), sk))
	id, ok, err := e.reg.KeeperOf(e.ctx, a.addr)
	if err != nil || !ok {
		e.t.Fatalf("keeperOf %s: %d %v %v", a.addr, id, ok, err)
	}
	return sk, id
}

// curveOrder is r, the order of the BLS12-381 groups.
var curveOrder, _ = new(big.Int).SetString("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16)

// negate returns −sk (its public key is −pk).
func negate(t testing.TB, sk *bls.SecretKey) *bls.SecretKey {
	t.Helper()
	x := new(big.Int).SetBytes(sk.Bytes())
	x.Sub(curveOrder, x)
	n, err := bls.SecretKeyFromBytes(x.FillBytes(make([]byte, 32)))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestRegistryKeeperRegistration(t *testing.T) {
	e := newRegEnv(t, 6)
	a, b, c := e.accts[1], e.accts[2], e.accts[3]
	sk, id := e.register(a)
	if id != 1 {
		t.Fatalf("first id %d", id)
	}
	k, err := e.reg.Keeper(e.ctx, id)
	if err != nil || k.Account != a.addr || k.Payout != a.addr || !k.PubKey.Equal(sk.PublicKey()) || k.RegisteredAt == 0 {
		t.Fatalf("keeper %+v %v", k, err)
	}
	// The PoP digest on chain is bls.PopMessage in the registry's domain, tag v2.
	pk := sk.PublicKey().EIP2537()
	onChain, err := e.reg.Bindings().PopDigest(e.reg.call(e.ctx), a.addr, pk[:])
	if err != nil || onChain != bls.PopMessage(e.reg.Domain(), a.addr, sk.PublicKey()) {
		t.Fatalf("popDigest %x differs from bls.PopMessage (%v)", onChain, err)
	}
	if domain.TagPoP != "whitepay/pop/v2" {
		t.Fatalf("tag %q", domain.TagPoP)
	}

	// Once per account.
	sk2, _ := bls.GenerateKey()
	tx, err := e.reg.RegisterKeeper(e.ctx, e.opts(a), sk2)
	e.expectRevert("second key for one account", tx, err, ErrAlreadyRegistered)
	// Once per key: another account cannot take it (with a valid PoP of its own).
	tx, err = e.reg.RegisterKeeper(e.ctx, e.opts(b), sk)
	e.expectRevert("same key, other account", tx, err, ErrKeyBarred)
	// The negation bar (SPEC 8.1): −pk, with a valid PoP made with −sk, is refused.
	neg := negate(t, sk)
	npk, ppk := neg.PublicKey().EIP2537(), sk.PublicKey().EIP2537()
	if !bytes.Equal(npk[:64], ppk[:64]) || bytes.Equal(npk[64:], ppk[64:]) {
		t.Fatal("fixture: −sk's key should share x and differ in y")
	}
	tx, err = e.reg.RegisterKeeper(e.ctx, e.opts(b), neg)
	e.expectRevert("negated key", tx, err, ErrKeyBarred)
	if barred, _ := e.reg.Bindings().IsBarred(e.reg.call(e.ctx), crypto.Keccak256Hash(npk[:])); !barred {
		t.Fatal("−pk not barred")
	}
	// A PoP for another account, or another registry, does not verify.
	sk3, _ := bls.GenerateKey()
	tx, err = e.reg.RegisterKeeperKey(e.ctx, e.opts(b), sk3.PublicKey(), sk3.ProvePossession(e.reg.Domain(), c.addr))
	e.expectRevert("PoP for another account", tx, err, ErrInvalidProofOfPossession)
	other := domain.New(e.chainID.Uint64(), common.HexToAddress("0x1234"))
	tx, err = e.reg.RegisterKeeperKey(e.ctx, e.opts(b), sk3.PublicKey(), sk3.ProvePossession(other, b.addr))
	e.expectRevert("PoP for another registry", tx, err, ErrInvalidProofOfPossession)
	// A non-canonical key (x + p) is refused before anything else.
	bad := sk3.PublicKey().EIP2537()
	bad[16] ^= 0xff
	tx, err = raw(e.reg.Bindings().RegisterKeeper(e.opts(b), bad[:], make([]byte, 256)))
	e.expectRevert("non-canonical key", tx, err, ErrInvalidPublicKey)
	tx, err = raw(e.reg.Bindings().RegisterKeeper(e.opts(b), make([]byte, 128), make([]byte, 256)))
	e.expectRevert("infinity key", tx, err, ErrInvalidPublicKey)
	_, id3 := e.register(b)
	if id3 != 2 {
		t.Fatalf("second id %d", id3)
	}

	// Payout moves, by the keeper only.
	e.mine(e.reg.SetPayout(e.ctx, e.opts(a), c.addr))
	if k, _ := e.reg.Keeper(e.ctx, id); k.Payout != c.addr || k.Account != a.addr {
		t.Fatalf("after setPayout: %+v", k)
	}
	tx, err = e.reg.SetPayout(e.ctx, e.opts(c), c.addr)
	e.expectRevert("setPayout by a non-keeper", tx, err, ErrNotRegistered)
	tx, err = e.reg.SetPayout(e.ctx, e.opts(a), common.Address{})
	e.expectRevert("setPayout to zero", tx, err, ErrZeroAddress)
}

func TestRegistryGroups(t *testing.T) {
	const n = 130 // past the first data contract's 128 keys
	e := newRegEnv(t, n+2)
	ids := make([]uint32, n)
	sks := make([]*bls.SecretKey, n)
	for i := range n {
		sks[i], ids[i] = e.register(e.accts[i+1])
	}
	small := []uint32{ids[4], ids[2], ids[9]}
	if _, err := e.reg.GroupOf(e.ctx, small); err != ErrNoGroup {
		t.Fatalf("groupOf before creation: %v", err)
	}
	r := e.mine(e.reg.CreateGroup(e.ctx, e.opts(e.accts[0]), small))
	t.Logf("createGroup(3): %d gas", r.GasUsed)
	gid, err := e.reg.GroupOf(e.ctx, small)
	if err != nil || gid != 1 {
		t.Fatalf("group id %d %v", gid, err)
	}
	g, err := e.reg.Group(e.ctx, gid)
	if err != nil {
		t.Fatal(err)
	}
	want := []uint32{ids[2], ids[4], ids[9]}
	if !slices.Equal(g.Members, want) {
		t.Fatalf("members %v, want %v (ascending)", g.Members, want)
	}
	for i, m := range []int{2, 4, 9} {
		if !g.Keys[i].Equal(sks[m].PublicKey()) {
			t.Fatalf("key %d", i)
		}
	}
	agg, _ := bls.AggregatePublicKeys([]*bls.PublicKey{sks[2].PublicKey(), sks[4].PublicKey(), sks[9].PublicKey()})
	if !g.Aggregate.Equal(agg) {
		t.Fatal("aggregate key differs from the sum of the members' keys")
	}
	members, err := e.reg.Bindings().GroupMembers(e.reg.call(e.ctx), gid)
	if err != nil || !slices.Equal(members, want) {
		t.Fatalf("groupMembers %v %v", members, err)
	}
	// Idempotent: the same set (any order) is the same group, and costs little.
	r = e.mine(e.reg.CreateGroup(e.ctx, e.opts(e.accts[0]), []uint32{ids[9], ids[4], ids[2]}))
	if cnt, _ := e.reg.GroupCount(e.ctx); cnt != 1 {
		t.Fatalf("group count %d after re-creating", cnt)
	}
	t.Logf("createGroup again: %d gas", r.GasUsed)

	// Raw calls with bad inputs.
	k := func(is ...int) []byte {
		var out []byte
		for _, i := range is {
			enc := sks[i].PublicKey().EIP2537()
			out = append(out, enc[:]...)
		}
		return out
	}
	tx, err := raw(e.reg.Bindings().CreateGroup(e.opts(e.accts[0]), []uint32{ids[4], ids[2]}, k(4, 2)))
	e.expectRevert("descending ids", tx, err, ErrBadGroupSize)
	tx, err = raw(e.reg.Bindings().CreateGroup(e.opts(e.accts[0]), []uint32{ids[2], ids[2]}, k(2, 2)))
	e.expectRevert("duplicate ids", tx, err, ErrBadGroupSize)
	tx, err = raw(e.reg.Bindings().CreateGroup(e.opts(e.accts[0]), []uint32{ids[2], ids[4]}, k(2, 5)))
	e.expectRevert("wrong key", tx, err, ErrKeyMismatch)
	tx, err = raw(e.reg.Bindings().CreateGroup(e.opts(e.accts[0]), []uint32{ids[2], 9999}, k(2, 5)))
	e.expectRevert("unregistered id", tx, err, ErrKeyMismatch)
	tx, err = raw(e.reg.Bindings().CreateGroup(e.opts(e.accts[0]), nil, nil))
	e.expectRevert("empty group", tx, err, ErrBadGroupSize)

	// A group over 128 keepers spans two data contracts.
	r = e.mine(e.reg.CreateGroup(e.ctx, e.opts(e.accts[0]), ids))
	t.Logf("createGroup(%d): %d gas", n, r.GasUsed)
	big, err := e.reg.GroupOf(e.ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	g, err = e.reg.Group(e.ctx, big)
	if err != nil {
		t.Fatal(err)
	}
	if g.Store1 == (common.Address{}) || len(g.Keys) != n {
		t.Fatalf("large group: store1 %s, %d keys", g.Store1, len(g.Keys))
	}
	pks := make([]*bls.PublicKey, n)
	for i := range n {
		if !g.Keys[i].Equal(sks[i].PublicKey()) {
			t.Fatalf("key %d of the large group", i)
		}
		pks[i] = sks[i].PublicKey()
	}
	agg, _ = bls.AggregatePublicKeys(pks)
	if !g.Aggregate.Equal(agg) {
		t.Fatal("large group aggregate")
	}
}

// TestGroupStoreLayout pins the data-contract layout pay reads (Registry.sol):
// byte for byte, from the code on chain.
func TestGroupStoreLayout(t *testing.T) {
	e := newRegEnv(t, 3)
	sk1, id1 := e.register(e.accts[1])
	sk2, id2 := e.register(e.accts[2])
	e.mine(e.reg.CreateGroup(e.ctx, e.opts(e.accts[0]), []uint32{id2, id1}))
	gid, _ := e.reg.GroupOf(e.ctx, []uint32{id1, id2})
	st, err := e.reg.Bindings().GroupStores(e.reg.call(e.ctx), gid)
	if err != nil {
		t.Fatal(err)
	}
	code, err := e.client.CodeAt(e.ctx, st.Store0, nil)
	if err != nil {
		t.Fatal(err)
	}
	agg, _ := bls.AggregatePublicKeys([]*bls.PublicKey{sk1.PublicKey(), sk2.PublicKey()})
	a, k1, k2 := agg.EIP2537(), sk1.PublicKey().EIP2537(), sk2.PublicKey().EIP2537()
	want := []byte{0x00, 0x00, 0x02, 0, 0, 0, byte(id1), 0, 0, 0, byte(id2)}
	want = append(want, a[:]...)
	want = append(want, k1[:]...)
	want = append(want, k2[:]...)
	if !bytes.Equal(code, want) {
		t.Fatalf("store0 code:\n%x\nwant\n%x", code, want)
	}
	if st.Store1 != (common.Address{}) || st.Size != 2 {
		t.Fatalf("stores %+v", st)
	}
}

func TestRegistryEndpoints(t *testing.T) {
	e := newRegEnv(t, 3)
	a, b := e.accts[1], e.accts[2]
	addrs := []string{"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWExample", "/ip6/::1/tcp/4001"}
	from := e.block()
	e.mine(e.reg.Announce(e.ctx, e.opts(a), addrs))
	got, err := e.reg.Endpoints(e.ctx, a.addr)
	if err != nil || !slices.Equal(got.Addrs, addrs) || got.UpdatedAt == 0 {
		t.Fatalf("endpoints %+v %v", got, err)
	}
	// Replaced by the next announcement, shorter.
	e.mine(e.reg.Announce(e.ctx, e.opts(a), addrs[1:]))
	all, err := e.reg.EndpointsOf(e.ctx, []common.Address{a.addr, b.addr})
	if err != nil || len(all) != 2 || !slices.Equal(all[0].Addrs, addrs[1:]) || len(all[1].Addrs) != 0 || all[1].UpdatedAt != 0 {
		t.Fatalf("endpointsOf %+v %v", all, err)
	}
	evs, err := e.reg.FilterAnnouncements(e.ctx, from, nil, a.addr)
	if err != nil || len(evs) != 2 || !slices.Equal(evs[0].Addrs, addrs) || !slices.Equal(evs[1].Addrs, addrs[1:]) {
		t.Fatalf("announcement events %+v %v", evs, err)
	}
	// Limits: the client refuses, and so does the contract.
	long := "/dns4/" + strings.Repeat("a", MaxEndpointLength)
	if _, err := e.reg.Announce(e.ctx, e.opts(b), []string{long}); !isErr(err, ErrBadEndpoint) {
		t.Fatalf("client accepted an oversized multiaddr: %v", err)
	}
	tx, err := raw(e.reg.Bindings().Announce(e.opts(b), []string{long}))
	e.expectRevert("oversized multiaddr", tx, err, ErrBadEndpoint)
	tx, err = raw(e.reg.Bindings().Announce(e.opts(b), make([]string, MaxEndpoints+1)))
	e.expectRevert("too many multiaddrs", tx, err, ErrBadEndpoint)
	tx, err = raw(e.reg.Bindings().Announce(e.opts(b), []string{""}))
	e.expectRevert("empty multiaddr", tx, err, ErrBadEndpoint)
	// Announcing nothing clears the list.
	e.mine(e.reg.Announce(e.ctx, e.opts(a), nil))
	if got, _ := e.reg.Endpoints(e.ctx, a.addr); len(got.Addrs) != 0 || got.UpdatedAt == 0 {
		t.Fatalf("after clearing: %+v", got)
	}
}

// raw decodes the revert of a call made through the bindings directly.
func raw(tx *types.Transaction, err error) (*types.Transaction, error) {
	return tx, wrap("raw", err)
}
