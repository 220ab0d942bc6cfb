package upkeeping

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestParamsValidate(t *testing.T) {
	owner := common.HexToAddress("0x01")
	good := DefaultParams(owner, 100, 10, 2, 5, 20)
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	if good.ProviderShareBps != 9000 || good.LeaderBonusBps != 0 {
		t.Fatalf("defaults %+v", good)
	}
	for name, mut := range map[string]func(*Params){
		"zero owner":  func(p *Params) { p.Owner = common.Address{} },
		"zero period": func(p *Params) { p.Period = 0 },
		"zero window": func(p *Params) { p.Window = 0 },
		"shares":      func(p *Params) { p.LeaderBonusBps = 1001 },
		"slash bps":   func(p *Params) { p.SlashRewardBps = 10001 },
		"vesting":     func(p *Params) { p.VestPeriods = MaxVestPeriods + 1 },
		"block time":  func(p *Params) { p.BlockTimeMs = 0 },
	} {
		p := good
		mut(&p)
		if err := p.Validate(); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
	for te, want := range map[uint64]bool{90: false, 100: true, 105: false, 110: true, 1000: true} {
		if got := good.IsBoundary(te); got != want {
			t.Errorf("IsBoundary(%d) = %v", te, got)
		}
	}
	// A change sent in block b takes effect at the first boundary ≥ b + H.
	for b, want := range map[uint64]uint64{50: 100, 90: 100, 91: 110, 100: 110, 101: 120, 109: 120, 110: 120} {
		if got := good.ChangeBoundary(b); got != want {
			t.Errorf("ChangeBoundary(%d) = %d, want %d", b, got, want)
		}
	}
}

// TestLeaderKeyPacking pins SPEC 6's packing: keccak256 of te as 8 big-endian bytes
// followed by the 20-byte address.
func TestLeaderKeyPacking(t *testing.T) {
	a := common.HexToAddress("0x00112233445566778899aabbccddeeff00112233")
	want := crypto.Keccak256Hash(append([]byte{0, 0, 0, 0, 0, 0, 0x01, 0x02}, a[:]...))
	if got := LeaderKey(0x0102, a); got != want {
		t.Fatalf("LeaderKey = %x, want %x", got, want)
	}
	ms := []Member{{Index: 0, Account: common.HexToAddress("0xa")}, {Index: 1, Account: common.HexToAddress("0xb")},
		{Index: 2, Account: common.HexToAddress("0xc")}, {Index: 3, Account: a}}
	o1 := LeaderOrder(7, ms)
	o2 := LeaderOrder(7, []Member{ms[3], ms[1], ms[0], ms[2]})
	for i := range o1 {
		if o1[i].Index != o2[i].Index || o1[i].Account != o2[i].Account {
			t.Fatal("order depends on the input order")
		}
	}
	if ms[0].Index != 0 || ms[3].Account != a {
		t.Fatal("input modified")
	}
}

// TestActiveEpochIndex: the epoch in force at a height is the last one started by
// then (From ≤ height), the first before any has started.
func TestActiveEpochIndex(t *testing.T) {
	eps := []EpochInfo{{From: 10}, {From: 50}, {From: 90}}
	for _, c := range []struct {
		h    uint64
		want int
	}{{0, 0}, {10, 0}, {49, 0}, {50, 1}, {89, 1}, {90, 2}, {1000, 2}} {
		if got := ActiveEpochIndex(eps, c.h); got != c.want {
			t.Errorf("height %d: epoch %d, want %d", c.h, got, c.want)
		}
	}
	if got := ActiveEpochIndex(nil, 5); got != 0 {
		t.Errorf("no epochs: %d", got)
	}
}
