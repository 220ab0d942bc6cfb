package upkeeping

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
)

// Registry is a client of the chain-wide keeper registry (contracts/src/Registry.sol):
// keepers' BLS keys with proofs of possession (checked once per chain), keeper
// groups, payout addresses, and the endpoint directory (each node's libp2p
// multiaddrs, announced on chain).
type Registry struct {
	Address common.Address
	ChainID *big.Int
	b       Backend
	bound   *bindings.Registry
}

// Limits of the registry (Registry.sol constants).
const (
	MaxGroupSize      = 256 // keepers in a group
	KeysInStore0      = 128 // keys in a group's first data contract
	MaxEndpoints      = 8   // multiaddrs one account announces
	MaxEndpointLength = 256 // bytes per multiaddr
)

// ErrNoGroup is returned by GroupOf when the set has no group yet.
var ErrNoGroup = errors.New("upkeeping: no such keeper group")

// DeployRegistry deploys a registry; it is usable once tx is mined.
func DeployRegistry(ctx context.Context, b Backend, opts *bind.TransactOpts) (*Registry, *types.Transaction, error) {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("upkeeping: chain id: %w", err)
	}
	addr, tx, bound, err := bindings.DeployRegistry(withContext(ctx, opts), b)
	if err != nil {
		return nil, nil, wrap("deploy registry", err)
	}
	return &Registry{Address: addr, ChainID: chainID, b: b, bound: bound}, tx, nil
}

// NewRegistry binds to a deployed registry and checks that it has code.
func NewRegistry(ctx context.Context, b Backend, address common.Address) (*Registry, error) {
	code, err := b.CodeAt(ctx, address, nil)
	if err != nil {
		return nil, fmt.Errorf("upkeeping: code at %s: %w", address, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w (registry) at %s", ErrNoContract, address)
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("upkeeping: chain id: %w", err)
	}
	bound, err := bindings.NewRegistry(address, b)
	if err != nil {
		return nil, err
	}
	return &Registry{Address: address, ChainID: chainID, b: b, bound: bound}, nil
}

// Bindings returns the abigen binding (events and calls this client does not wrap).
func (r *Registry) Bindings() *bindings.Registry { return r.bound }

// Domain is the registry's signature domain: proofs of possession bind it (SPEC 5).
func (r *Registry) Domain() domain.Domain {
	return domain.Domain{ChainID: new(big.Int).Set(r.ChainID), Contract: r.Address}
}

// Wait waits for tx and decodes a revert (see Wait).
func (r *Registry) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	return Wait(ctx, r.b, tx)
}

func (r *Registry) call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// ---------------------------------------------------------------- keepers

// RegisterKeeper registers sk's public key for the account opts.From, signing the
// proof of possession (bls.PopMessage in the registry's domain) here.
func (r *Registry) RegisterKeeper(ctx context.Context, opts *bind.TransactOpts, sk *bls.SecretKey) (*types.Transaction, error) {
	return r.RegisterKeeperKey(ctx, opts, sk.PublicKey(), sk.ProvePossession(r.Domain(), opts.From))
}

// RegisterKeeperKey registers pk with a proof of possession made elsewhere (by the
// holder of the key, for the account opts.From and this registry).
func (r *Registry) RegisterKeeperKey(ctx context.Context, opts *bind.TransactOpts, pk *bls.PublicKey, pop *bls.Signature) (*types.Transaction, error) {
	if pk == nil || pop == nil {
		return nil, fmt.Errorf("%w: key or proof of possession missing", ErrInvalidPublicKey)
	}
	k, p := pk.EIP2537(), pop.EIP2537()
	tx, err := r.bound.RegisterKeeper(withContext(ctx, opts), k[:], p[:])
	return tx, wrap("registerKeeper", err)
}

// SetPayout moves the calling keeper's payout address.
func (r *Registry) SetPayout(ctx context.Context, opts *bind.TransactOpts, payout common.Address) (*types.Transaction, error) {
	tx, err := r.bound.SetPayout(withContext(ctx, opts), payout)
	return tx, wrap("setPayout", err)
}

// KeeperOf returns account's keeper id (found false if it has none).
func (r *Registry) KeeperOf(ctx context.Context, account common.Address) (uint32, bool, error) {
	id, err := r.bound.KeeperOf(r.call(ctx), account)
	if err != nil {
		return 0, false, wrap("keeperOf", err)
	}
	return id, id != 0, nil
}

// RegisteredKeeper is a registry entry.
type RegisteredKeeper struct {
	ID           uint32
	Account      common.Address
	Payout       common.Address
	PubKey       *bls.PublicKey
	RegisteredAt uint64
}

// Keeper reads keeper id.
func (r *Registry) Keeper(ctx context.Context, id uint32) (RegisteredKeeper, error) {
	k, err := r.bound.Keeper(r.call(ctx), id)
	if err != nil {
		return RegisteredKeeper{}, wrap("keeper", err)
	}
	pk, err := bls.PublicKeyFromEIP2537(k.Pubkey)
	if err != nil {
		return RegisteredKeeper{}, fmt.Errorf("upkeeping: keeper %d key: %w", id, err)
	}
	return RegisteredKeeper{ID: id, Account: k.Account, Payout: k.Payout, PubKey: pk, RegisteredAt: k.RegisteredAt}, nil
}

// KeeperCount is the number of registered keepers (ids 1..count).
func (r *Registry) KeeperCount(ctx context.Context) (uint32, error) {
	n, err := r.bound.KeeperCount(r.call(ctx))
	return n, wrap("keeperCount", err)
}

// ---------------------------------------------------------------- groups

// CreateGroup creates (or, if it exists, leaves as it is) the group of the keepers
// ids, which it sorts; it reads their keys from the registry. The group's id is
// GroupOf(ids) once tx is mined.
func (r *Registry) CreateGroup(ctx context.Context, opts *bind.TransactOpts, ids []uint32) (*types.Transaction, error) {
	sorted, err := SortGroup(ids)
	if err != nil {
		return nil, err
	}
	keys := make([]byte, 0, 128*len(sorted))
	for _, id := range sorted {
		k, err := r.Keeper(ctx, id)
		if err != nil {
			return nil, err
		}
		enc := k.PubKey.EIP2537()
		keys = append(keys, enc[:]...)
	}
	tx, err := r.bound.CreateGroup(withContext(ctx, opts), sorted, keys)
	return tx, wrap("createGroup", err)
}

// SortGroup returns ids ascending, refusing an empty or oversized set, id 0 and
// duplicates: the canonical member list of a group.
func SortGroup(ids []uint32) ([]uint32, error) {
	if len(ids) == 0 || len(ids) > MaxGroupSize {
		return nil, fmt.Errorf("%w: a group has 1 to %d keepers, not %d", ErrBadGroupSize, MaxGroupSize, len(ids))
	}
	out := append([]uint32(nil), ids...)
	for i := 1; i < len(out); i++ { // insertion sort: groups are small
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	for i, id := range out {
		if id == 0 || (i > 0 && id == out[i-1]) {
			return nil, fmt.Errorf("%w: keeper id %d", ErrBadGroupSize, id)
		}
	}
	return out, nil
}

// GroupOf returns the id of the group of ids (any order), or ErrNoGroup.
func (r *Registry) GroupOf(ctx context.Context, ids []uint32) (uint32, error) {
	sorted, err := SortGroup(ids)
	if err != nil {
		return 0, err
	}
	id, err := r.bound.GroupOf(r.call(ctx), sorted)
	if err != nil {
		return 0, wrap("groupOf", err)
	}
	if id == 0 {
		return 0, ErrNoGroup
	}
	return id, nil
}

// GroupCount is the number of groups created (ids 1..count).
func (r *Registry) GroupCount(ctx context.Context) (uint32, error) {
	n, err := r.bound.GroupCount(r.call(ctx))
	return n, wrap("groupCount", err)
}

// KeeperGroup is a registered group as its data contracts hold it: the members
// (keeper ids, ascending: member i is index i of reports' bitmaps), their keys and
// the aggregate of all keys.
type KeeperGroup struct {
	ID        uint32
	Members   []uint32
	Accounts  []common.Address // filled by Contract.Group (registry accounts never change)
	Keys      []*bls.PublicKey
	Aggregate *bls.PublicKey
	Store0    common.Address
	Store1    common.Address
}

// Group reads group id from its data contracts (one code read each), checking the
// layout documented in Registry.sol.
func (r *Registry) Group(ctx context.Context, id uint32) (*KeeperGroup, error) {
	st, err := r.bound.GroupStores(r.call(ctx), id)
	if err != nil {
		return nil, wrap("groupStores", err)
	}
	code0, err := r.b.CodeAt(ctx, st.Store0, nil)
	if err != nil {
		return nil, fmt.Errorf("upkeeping: group %d store: %w", id, err)
	}
	var code1 []byte
	if st.Store1 != (common.Address{}) {
		if code1, err = r.b.CodeAt(ctx, st.Store1, nil); err != nil {
			return nil, fmt.Errorf("upkeeping: group %d store: %w", id, err)
		}
	}
	g, err := ParseGroupStores(code0, code1)
	if err != nil {
		return nil, fmt.Errorf("upkeeping: group %d: %w", id, err)
	}
	if len(g.Members) != int(st.Size) {
		return nil, fmt.Errorf("upkeeping: group %d: store holds %d members, registry says %d", id, len(g.Members), st.Size)
	}
	g.ID, g.Store0, g.Store1 = id, st.Store0, st.Store1
	return g, nil
}

// ParseGroupStores decodes a group's data contracts' code (Registry.sol layout):
//
//	store0 = 0x00 ‖ uint16 n ‖ uint32 ids[n] ‖ G1 aggregate ‖ G1 key[0 .. min(n,128))
//	store1 = 0x00 ‖ G1 key[128 .. n)                        (only when n > 128)
func ParseGroupStores(code0, code1 []byte) (*KeeperGroup, error) {
	if len(code0) < 3 || code0[0] != 0 {
		return nil, fmt.Errorf("%w: not a group store", ErrMalformedGroup)
	}
	n := int(binary.BigEndian.Uint16(code0[1:3]))
	in0 := min(n, KeysInStore0)
	if n == 0 || len(code0) != 3+4*n+128+128*in0 {
		return nil, fmt.Errorf("%w: store0 is %d bytes for %d members", ErrMalformedGroup, len(code0), n)
	}
	want1 := 0
	if n > KeysInStore0 {
		want1 = 1 + 128*(n-KeysInStore0)
	}
	if len(code1) != want1 || (want1 > 0 && code1[0] != 0) {
		return nil, fmt.Errorf("%w: store1 is %d bytes, want %d", ErrMalformedGroup, len(code1), want1)
	}
	g := &KeeperGroup{Members: make([]uint32, n), Keys: make([]*bls.PublicKey, n)}
	for i := range n {
		g.Members[i] = binary.BigEndian.Uint32(code0[3+4*i:])
	}
	off := 3 + 4*n
	agg, err := bls.PublicKeyFromEIP2537(code0[off : off+128])
	if err != nil {
		return nil, fmt.Errorf("%w: aggregate key: %v", ErrMalformedGroup, err)
	}
	g.Aggregate = agg
	off += 128
	for i := range n {
		var raw []byte
		if i < KeysInStore0 {
			raw = code0[off+128*i : off+128*(i+1)]
		} else {
			j := i - KeysInStore0
			raw = code1[1+128*j : 1+128*(j+1)]
		}
		if g.Keys[i], err = bls.PublicKeyFromEIP2537(raw); err != nil {
			return nil, fmt.Errorf("%w: key %d: %v", ErrMalformedGroup, i, err)
		}
	}
	return g, nil
}

// ---------------------------------------------------------------- endpoints

// Announce publishes the caller's libp2p multiaddrs (replacing earlier ones).
func (r *Registry) Announce(ctx context.Context, opts *bind.TransactOpts, addrs []string) (*types.Transaction, error) {
	if len(addrs) > MaxEndpoints {
		return nil, fmt.Errorf("%w: %d multiaddrs, at most %d", ErrBadEndpoint, len(addrs), MaxEndpoints)
	}
	for i, a := range addrs {
		if len(a) == 0 || len(a) > MaxEndpointLength {
			return nil, fmt.Errorf("%w: multiaddr %d is %d bytes (1..%d)", ErrBadEndpoint, i, len(a), MaxEndpointLength)
		}
	}
	tx, err := sendPadded(ctx, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.bound.Announce(o, addrs)
	})
	return tx, wrap("announce", err)
}

// Endpoint is an account's announced multiaddrs and the block of the announcement
// (0 and none: never announced).
type Endpoint struct {
	Account   common.Address
	Addrs     []string
	UpdatedAt uint64
}

// Endpoints reads account's announcement.
func (r *Registry) Endpoints(ctx context.Context, account common.Address) (Endpoint, error) {
	e, err := r.bound.Endpoints(r.call(ctx), account)
	if err != nil {
		return Endpoint{}, wrap("endpoints", err)
	}
	return Endpoint{Account: account, Addrs: e.Addrs, UpdatedAt: e.UpdatedAt}, nil
}

// EndpointsOf reads several accounts' announcements in one call.
func (r *Registry) EndpointsOf(ctx context.Context, accounts []common.Address) ([]Endpoint, error) {
	e, err := r.bound.EndpointsOf(r.call(ctx), accounts)
	if err != nil {
		return nil, wrap("endpointsOf", err)
	}
	if len(e.Addrs) != len(accounts) || len(e.UpdatedAt) != len(accounts) {
		return nil, fmt.Errorf("upkeeping: endpointsOf returned %d entries for %d accounts", len(e.Addrs), len(accounts))
	}
	out := make([]Endpoint, len(accounts))
	for i, a := range accounts {
		out[i] = Endpoint{Account: a, Addrs: e.Addrs[i], UpdatedAt: e.UpdatedAt[i]}
	}
	return out, nil
}

// FilterAnnouncements returns the announcements in blocks [from, to] (to nil: the
// head), optionally only those of the given accounts, oldest first.
func (r *Registry) FilterAnnouncements(ctx context.Context, from uint64, to *uint64, accounts ...common.Address) ([]Endpoint, error) {
	it, err := r.bound.FilterEndpointsAnnounced(filterOpts(ctx, from, to), accounts)
	if err != nil {
		return nil, wrap("filter EndpointsAnnounced", err)
	}
	defer it.Close()
	var out []Endpoint
	for it.Next() {
		e := it.Event
		out = append(out, Endpoint{Account: e.Account, Addrs: e.Addrs, UpdatedAt: e.Raw.BlockNumber})
	}
	return out, wrap("filter EndpointsAnnounced", it.Error())
}
