// Package chainview is the keeper's narrow view of the outside world (SPEC 2, 3):
// the chain's height and block hashes, the membership of each contract's keeper
// group, and where peers are reached. Each is a small interface so that the
// challenger and the record sync do no chain or directory I/O of their own.
//
// Decisions taken where SPEC is silent:
//
//   - EthChain reads headers with HeaderByNumber, the one call that go-ethereum's
//     ethclient, the simulated backend's client and a geth node all serve. Hashes of
//     heights at least D below the head are final by assumption (SPEC 2) and are
//     cached (a bounded map), so receivers of many records ask the chain once per
//     height. A reorg deeper than D breaks that assumption: Head notices one (the
//     head went back, or the block at the last head's height changed) and clears
//     the cache, so that hashes are re-read from the canonical chain (records and
//     challenges then follow keeper/records' reorg rule).
//   - Until the node reads groups from the upkeeping contract, StaticGroup serves
//     them from the configuration: keepers and providers in registration order (a
//     keeper's index is its position), and the contract's owner (the user whose
//     signature makes an order count).
package chainview

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/internal/config"
)

// ErrUnknownContract is returned for a contract the node does not serve.
var ErrUnknownContract = errors.New("chainview: contract not served")

// Chain is what a keeper reads from the chain for challenges.
//
// Head returns the height of the latest block. BlockHash returns the hash of the
// canonical block at height, or an error if the chain has no such block yet.
// Implementations are safe for concurrent use.
type Chain interface {
	Head(ctx context.Context) (uint64, error)
	BlockHash(ctx context.Context, height uint64) ([32]byte, error)
}

// HeaderReader is the part of go-ethereum's ethclient (and of the simulated
// backend's client) that EthChain needs.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// EthChain implements Chain over a HeaderReader.
type EthChain struct {
	r HeaderReader

	mu       sync.Mutex
	hashes   map[uint64][32]byte
	headNum  uint64
	headHash common.Hash
	reorgs   uint64
}

const hashCacheSize = 4096

// NewEthChain returns a Chain reading r.
func NewEthChain(r HeaderReader) *EthChain {
	return &EthChain{r: r, hashes: map[uint64][32]byte{}}
}

// Head implements Chain.
func (c *EthChain) Head(ctx context.Context) (uint64, error) {
	h, err := c.r.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("chainview: head: %w", err)
	}
	num, hash := h.Number.Uint64(), h.Hash()
	c.mu.Lock()
	lastNum, lastHash := c.headNum, c.headHash
	c.mu.Unlock()
	if lastHash == hash {
		return num, nil
	}
	reorg := false
	if lastHash != (common.Hash{}) {
		switch {
		case num <= lastNum:
			reorg = true // went back, or the same height with another block
		default:
			old, err := c.r.HeaderByNumber(ctx, new(big.Int).SetUint64(lastNum))
			reorg = err == nil && old.Hash() != lastHash
		}
	}
	c.mu.Lock()
	if reorg {
		clear(c.hashes)
		c.reorgs++
	}
	c.headNum, c.headHash = num, hash
	c.mu.Unlock()
	return num, nil
}

// Reorgs returns how many reorganisations Head has noticed.
func (c *EthChain) Reorgs() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reorgs
}

// BlockHash implements Chain. Callers ask only for final heights, whose hashes are
// cached.
func (c *EthChain) BlockHash(ctx context.Context, height uint64) ([32]byte, error) {
	c.mu.Lock()
	h, ok := c.hashes[height]
	c.mu.Unlock()
	if ok {
		return h, nil
	}
	h, err := HashAt(ctx, c.r, height)
	if err != nil {
		return [32]byte{}, err
	}
	c.mu.Lock()
	if len(c.hashes) >= hashCacheSize {
		clear(c.hashes)
	}
	c.hashes[height] = h
	c.mu.Unlock()
	return h, nil
}

// HashAt reads the hash of the canonical block at height.
func HashAt(ctx context.Context, r HeaderReader, height uint64) ([32]byte, error) {
	hdr, err := r.HeaderByNumber(ctx, new(big.Int).SetUint64(height))
	if err != nil {
		return [32]byte{}, fmt.Errorf("chainview: block %d: %w", height, err)
	}
	if hdr.Number.Uint64() != height {
		return [32]byte{}, fmt.Errorf("chainview: asked for block %d, got %d", height, hdr.Number.Uint64())
	}
	return hdr.Hash(), nil
}

// Group is the membership of the contracts a keeper serves.
//
// Keepers returns the keeper group in registration order: a keeper's index is its
// position (SPEC 8). Providers returns the providers likewise. Owner returns the
// user who owns the contract. All fail with ErrUnknownContract for a contract the
// node does not serve.
type Group interface {
	Keepers(ctx context.Context, contract common.Address) ([]common.Address, error)
	Providers(ctx context.Context, contract common.Address) ([]common.Address, error)
	Owner(ctx context.Context, contract common.Address) (common.Address, error)
}

// StaticGroup serves Group from configuration.
type StaticGroup struct {
	contracts map[common.Address]config.Contract
}

// NewStaticGroup returns the groups of the configured contracts.
func NewStaticGroup(cs []config.Contract) *StaticGroup {
	g := &StaticGroup{contracts: map[common.Address]config.Contract{}}
	for _, c := range cs {
		g.contracts[c.Address] = c
	}
	return g
}

func (g *StaticGroup) get(contract common.Address) (config.Contract, error) {
	c, ok := g.contracts[contract]
	if !ok {
		return c, fmt.Errorf("%w: %s", ErrUnknownContract, contract)
	}
	return c, nil
}

// Keepers implements Group.
func (g *StaticGroup) Keepers(_ context.Context, contract common.Address) ([]common.Address, error) {
	c, err := g.get(contract)
	return slices.Clone(c.Keepers), err
}

// Providers implements Group.
func (g *StaticGroup) Providers(_ context.Context, contract common.Address) ([]common.Address, error) {
	c, err := g.get(contract)
	return slices.Clone(c.Providers), err
}

// Owner implements Group.
func (g *StaticGroup) Owner(_ context.Context, contract common.Address) (common.Address, error) {
	c, err := g.get(contract)
	return c.Owner, err
}

// KeeperIndex maps each keeper of a group to its index.
func KeeperIndex(keepers []common.Address) map[common.Address]uint32 {
	m := make(map[common.Address]uint32, len(keepers))
	for i, k := range keepers {
		m[k] = uint32(i)
	}
	return m
}
