// Package domain fixes the domain separation of every WhitePay signature (SPEC 5).
//
// Every signed payload is the 32-byte digest
//
//	keccak256(tag ‖ uint256(chainId) ‖ contract ‖ body…)
//
// where tag is the raw ASCII of one of the Tag constants below, chainId is 32 bytes
// big-endian and contract is the 20-byte upkeeping contract address. The body parts
// are concatenated as given; each role defines a fixed layout for them, so the
// concatenation is unambiguous. No tag is a prefix of another (they all end in
// "/v<N>" and differ before it), so a digest computed for one role never equals one
// for another role, chain or contract unless keccak256 collides.
//
// The payment report is the one exception to the layout: its digest is keccak256 of
// its ABI encoding (SPEC 8, package report), which begins with keccak256(TagReport),
// the chain id and the contract, and so binds the same three things.
//
// The proof of possession uses this layout exactly as SPEC 5 writes it:
// keccak256("whitepay/pop/v2" ‖ chainId ‖ contract ‖ keeperAddress ‖ pubkey), with the
// public key in its 128-byte EIP-2537 form so that the contract can recompute it
// without decompressing a point. Since v2 the contract is the chain-wide keeper
// registry (contracts/src/Registry.sol): a keeper proves possession once per chain,
// and upkeeping contracts name registered keepers (issue 14).
package domain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Tags of the signed roles. A new role gets a new tag; a changed layout gets a new
// version.
const (
	TagPoP      = "whitepay/pop/v2"      // keeper BLS proof of possession
	TagObs      = "whitepay/obs/v1"      // keeper BLS observation of a space-time value (SPEC 7 round 1)
	TagReport   = "whitepay/report/v2"   // payment report (SPEC 8; hashed, then ABI-encoded)
	TagRecord   = "whitepay/record/v1"   // keeper signature on a challenge record (SPEC 3)
	TagResponse = "whitepay/response/v1" // provider signature on a challenge response (SPEC 3)
	TagOrder    = "whitepay/order/v1"    // user signature on a storage order (SPEC 3)
	TagMessage  = "whitepay/msg/v1"      // sender signature on a protocol message envelope
)

// Domain is the chain and contract that a signature is bound to.
type Domain struct {
	ChainID  *big.Int
	Contract common.Address
}

// New returns the domain of contract on the chain with the given id.
func New(chainID uint64, contract common.Address) Domain {
	return Domain{ChainID: new(big.Int).SetUint64(chainID), Contract: contract}
}

// Digest returns keccak256(tag ‖ uint256(chainId) ‖ contract ‖ parts…), the 32-byte
// message that a signature in the role named by tag signs.
func (d Domain) Digest(tag string, parts ...[]byte) [32]byte {
	h := crypto.NewKeccakState()
	h.Write([]byte(tag))
	var id [32]byte
	if d.ChainID != nil {
		d.ChainID.FillBytes(id[:])
	}
	h.Write(id[:])
	h.Write(d.Contract[:])
	for _, p := range parts {
		h.Write(p)
	}
	var out [32]byte
	h.Read(out[:])
	return out
}

// Equal reports whether two domains name the same chain and contract.
func (d Domain) Equal(o Domain) bool {
	if d.Contract != o.Contract {
		return false
	}
	if d.ChainID == nil || o.ChainID == nil {
		return d.ChainID == nil && o.ChainID == nil
	}
	return d.ChainID.Cmp(o.ChainID) == 0
}
