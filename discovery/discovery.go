// Package discovery is how WhitePay nodes find each other (SPEC 10 revision 2: a
// node needs only the RPC URL and the contract address; "peers' endpoints
// (announced on-chain by each node)" are read from the chain). Every keeper and
// provider announces its libp2p endpoints in the chain-wide registry's endpoint
// directory (contracts/src/Registry.sol); a keeper looks up the endpoints of its
// group's keepers and its contracts' providers there, and so does a user before an
// upload or a retrieval.
//
//	dir := discovery.NewRegistry(reg, sender)     // sender: the node's txmgr (nil: read-only)
//	changed, err := dir.Announce(ctx, endpoints)  // a transaction only when they changed
//	infos, err := dir.Lookup(ctx, accounts)       // account → peer.AddrInfo (announced ones)
//	r := discovery.NewResolver(dir, accounts, addPeer, log); go r.Run(ctx)
//
// Decisions taken where SPEC is silent:
//
//   - An endpoint is a multiaddr ending in /p2p/<peer id>; the peer id is the
//     account's secp256k1 key (internal/p2p), so an announcement naming another
//     account's peer id is ignored (an account cannot pose as another).
//   - What a node announces: its configured "announce" multiaddrs, else the
//     addresses its host listens on (every interface of a 0.0.0.0 listener, which
//     includes loopback), at most upkeeping.MaxEndpoints. It announces at start and
//     only when the set differs from what the directory holds, so a restart on the
//     configuration's fixed ports costs no transaction.
//   - Where the registry is: the configuration's chain.registry, else the one the
//     upkeeping contract names (its config()'s first word, SPEC 8.1 contracts);
//     without either, discovery is off and only configured peers are dialed.
//   - The resolver looks the accounts up at start and every Interval (30 s), and
//     adds a peer whenever its announced endpoints change; the accounts are a
//     function, re-read each time (group changes reach it).
package discovery

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/upkeeping"
)

// Directory is where nodes announce their endpoints and look up each other's.
//
// Contract: Lookup returns, for each account that announced valid endpoints, its
// peer info (accounts without announcement are absent); Announce publishes the
// caller's endpoints when they differ from the announced ones and reports whether
// it sent a transaction. Implementations are safe for concurrent use.
type Directory interface {
	Lookup(ctx context.Context, accounts []common.Address) (map[common.Address]peer.AddrInfo, error)
	Announce(ctx context.Context, endpoints []string) (bool, error)
}

// Registry is the Directory of the chain-wide registry's endpoint directory.
type Registry struct {
	reg    *upkeeping.Registry
	sender *txmgr.Manager
}

// NewRegistry returns the directory of reg; sender sends announcements (nil:
// read-only).
func NewRegistry(reg *upkeeping.Registry, sender *txmgr.Manager) *Registry {
	return &Registry{reg: reg, sender: sender}
}

// Address is the registry's address.
func (r *Registry) Address() common.Address { return r.reg.Address }

// Lookup implements Directory.
func (r *Registry) Lookup(ctx context.Context, accounts []common.Address) (map[common.Address]peer.AddrInfo, error) {
	out := map[common.Address]peer.AddrInfo{}
	if len(accounts) == 0 {
		return out, nil
	}
	eps, err := r.reg.EndpointsOf(ctx, accounts)
	if err != nil {
		return nil, err
	}
	for _, e := range eps {
		if info, ok := parse(e.Account, e.Addrs); ok {
			out[e.Account] = info
		}
	}
	return out, nil
}

// parse turns an account's announced multiaddrs into its peer info, keeping only
// those that name the account's own peer id.
func parse(account common.Address, addrs []string) (peer.AddrInfo, bool) {
	var info peer.AddrInfo
	for _, a := range addrs {
		i, acct, err := p2p.ParseEndpoint(a)
		if err != nil || acct != account {
			continue
		}
		info.ID = i.ID
		info.Addrs = append(info.Addrs, i.Addrs...)
	}
	return info, info.ID != "" && len(info.Addrs) > 0
}

// ErrReadOnly: Announce on a directory without a sender.
var ErrReadOnly = errors.New("discovery: read-only directory (no sender)")

// Announce implements Directory.
func (r *Registry) Announce(ctx context.Context, endpoints []string) (bool, error) {
	if r.sender == nil {
		return false, ErrReadOnly
	}
	if len(endpoints) > upkeeping.MaxEndpoints {
		endpoints = endpoints[:upkeeping.MaxEndpoints]
	}
	cur, err := r.reg.Endpoints(ctx, r.sender.From())
	if err != nil {
		return false, err
	}
	if slices.Equal(cur.Addrs, endpoints) {
		return false, nil
	}
	abi, err := bindings.RegistryMetaData.GetAbi()
	if err != nil {
		return false, err
	}
	data, err := abi.Pack("announce", endpoints)
	if err != nil {
		return false, err
	}
	done := func(ctx context.Context) (bool, error) {
		e, err := r.reg.Endpoints(ctx, r.sender.From())
		return err == nil && slices.Equal(e.Addrs, endpoints), err
	}
	if _, err := r.sender.Send(ctx, txmgr.Call{To: r.reg.Address, Data: data}, done); err != nil {
		return false, fmt.Errorf("discovery: announce: %w", err)
	}
	return true, nil
}

// Endpoints returns what a node announces: the configured multiaddrs (with the
// node's /p2p/ part added where missing), else its listen addresses, at most
// upkeeping.MaxEndpoints of them.
func Endpoints(configured, listening []string, id peer.ID) []string {
	src := listening
	if len(configured) > 0 {
		src = nil
		for _, a := range configured {
			if !strings.Contains(a, "/p2p/") {
				a = strings.TrimSuffix(a, "/") + "/p2p/" + id.String()
			}
			src = append(src, a)
		}
	}
	var out []string
	for _, a := range src {
		if len(a) <= upkeeping.MaxEndpointLength && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	if len(out) > upkeeping.MaxEndpoints {
		out = out[:upkeeping.MaxEndpoints]
	}
	return out
}

// configSelector is the upkeeping contract's config() view; its first word is the
// registry the contract's keepers are registered in (Upkeeping.sol Config).
var configSelector = crypto.Keccak256([]byte("config()"))[:4]

// RegistryOf returns the registry an upkeeping contract names, or the zero address
// (a contract without that view).
func RegistryOf(ctx context.Context, c chain.Client, contract common.Address) (common.Address, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &contract, Data: configSelector}, nil)
	if err != nil {
		var de interface{ ErrorData() any }
		if errors.As(err, &de) || strings.Contains(err.Error(), "revert") {
			return common.Address{}, nil
		}
		return common.Address{}, fmt.Errorf("discovery: config() of %s: %w", contract, err)
	}
	if len(out) < 32 {
		return common.Address{}, nil
	}
	return common.BytesToAddress(out[12:32]), nil
}

// Open returns the directory for a node: the registry at addr if set, else the one
// the first of the contracts names that names one; nil (no error) if none does.
func Open(ctx context.Context, c chain.Client, addr common.Address, contracts []common.Address, sender *txmgr.Manager) (*Registry, error) {
	if addr == (common.Address{}) {
		for _, ct := range contracts {
			a, err := RegistryOf(ctx, c, ct)
			if err != nil {
				return nil, err
			}
			if a != (common.Address{}) {
				addr = a
				break
			}
		}
	}
	if addr == (common.Address{}) {
		return nil, nil
	}
	reg, err := upkeeping.NewRegistry(ctx, c, addr)
	if err != nil {
		return nil, fmt.Errorf("discovery: registry %s: %w", addr, err)
	}
	return NewRegistry(reg, sender), nil
}

// Resolver keeps a node's peers reachable: it looks up accounts in a Directory
// and calls add for each account whose endpoints are new or changed.
type Resolver struct {
	dir      Directory
	accounts func(context.Context) []common.Address
	add      func(peer.AddrInfo) error
	log      *slog.Logger
	// Interval between lookups (default 30 s).
	Interval time.Duration

	mu   sync.Mutex
	seen map[common.Address]string // account → its endpoints, as last added
}

// NewResolver returns a resolver of the accounts the function lists.
func NewResolver(dir Directory, accounts func(context.Context) []common.Address, add func(peer.AddrInfo) error, log *slog.Logger) *Resolver {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Resolver{dir: dir, accounts: accounts, add: add, log: log, Interval: 30 * time.Second, seen: map[common.Address]string{}}
}

// Resolve looks the accounts up once and returns how many peers it added.
func (r *Resolver) Resolve(ctx context.Context) (int, error) {
	infos, err := r.dir.Lookup(ctx, r.accounts(ctx))
	if err != nil {
		return 0, err
	}
	added := 0
	for a, info := range infos {
		key := fmt.Sprint(info.Addrs)
		r.mu.Lock()
		same := r.seen[a] == key
		r.mu.Unlock()
		if same {
			continue
		}
		if err := r.add(info); err != nil {
			r.log.Warn("discovery: peer not added", "account", a, "err", err)
			continue
		}
		r.mu.Lock()
		r.seen[a] = key
		r.mu.Unlock()
		added++
		r.log.Info("peer found in the directory", "account", a, "endpoints", info.Addrs)
	}
	return added, nil
}

// Run resolves at start and every Interval until ctx ends.
func (r *Resolver) Run(ctx context.Context) {
	t := time.NewTicker(r.Interval)
	defer t.Stop()
	for {
		if _, err := r.Resolve(ctx); err != nil && ctx.Err() == nil {
			r.log.Warn("discovery: lookup", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// AnnounceLoop announces eps in dir, again every minute until it succeeds (a new
// node's account may not have its gas money yet), logging the outcome.
func AnnounceLoop(ctx context.Context, dir Directory, eps []string, log *slog.Logger) {
	for {
		changed, err := dir.Announce(ctx, eps)
		if err == nil {
			if changed {
				log.Info("endpoints announced in the directory", "endpoints", eps)
			}
			return
		}
		if ctx.Err() != nil {
			return
		}
		log.Warn("endpoints not announced (gas money?): trying again in a minute", "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
		}
	}
}
