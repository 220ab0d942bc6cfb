package upkeeping

import (
	"bytes"
	"encoding/binary"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// LeaderKey is the sort key of SPEC 6: keccak256(uint64 te ‖ account), te as 8 bytes
// big-endian followed by the 20-byte address — the contract's
// keccak256(abi.encodePacked(uint64 te, address account)).
func LeaderKey(te uint64, account common.Address) [32]byte {
	var buf [8 + 20]byte
	binary.BigEndian.PutUint64(buf[:8], te)
	copy(buf[8:], account[:])
	return crypto.Keccak256Hash(buf[:])
}

// Member is an active keeper: its index and account.
type Member struct {
	Index   uint32
	Account common.Address
}

// LeaderOrder returns the members sorted ascending by LeaderKey(te, account), the
// order of SPEC 6 (window i after te + D is led by order[i mod N]); it matches the
// contract's leaderOrder(te) over the active keepers. The input is not modified.
func LeaderOrder(te uint64, members []Member) []Member {
	out := append([]Member(nil), members...)
	keys := make(map[common.Address][32]byte, len(out))
	for _, m := range out {
		keys[m.Account] = LeaderKey(te, m.Account)
	}
	sort.SliceStable(out, func(i, j int) bool {
		ki, kj := keys[out[i].Account], keys[out[j].Account]
		return bytes.Compare(ki[:], kj[:]) < 0
	})
	return out
}
