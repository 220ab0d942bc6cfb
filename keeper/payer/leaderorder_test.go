package payer

import (
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/keeper/schedule"
	"github.com/whitepay/whitepay/upkeeping"
)

// TestLeaderOrderMatchesContract: for many te, the leader order and the failed set
// of every window that the Go schedule (keeper/schedule, over the keepers the View
// reads from the contract) computes equal the contract's leaderOrder(te) and the
// failed set derived from it (SPEC 6: order[0..i−1] in the first pass, everyone
// but the leader after) — with 7 keepers, and again after a keeper is removed (its
// index retired, N = 6).
func TestLeaderOrderMatchesContract(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	owner, err := gethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	ownerAddr := gethcrypto.PubkeyToAddress(owner.PublicKey)
	sim, err := chain.NewSim(chain.SimOptions{Alloc: types.GenesisAlloc{ownerAddr: {Balance: new(big.Int).Lsh(big.NewInt(1), 80)}}, GasLimit: 100_000_000})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	c := sim.Client()
	chainID, _ := c.ChainID(ctx)
	addr, _, err := upkeeping.PredictAddress(ctx, c, ownerAddr)
	if err != nil {
		t.Fatal(err)
	}
	var regs []upkeeping.KeeperReg
	for range 7 {
		k, _ := gethcrypto.GenerateKey()
		sk, err := bls.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		regs = append(regs, upkeeping.NewKeeperReg(sk, gethcrypto.PubkeyToAddress(k.PublicKey), chainID.Uint64(), addr))
	}
	opts, _ := bind.NewKeyedTransactorWithChainID(owner, chainID)
	p := upkeeping.DefaultParams(ownerAddr, 1, 10, 2, 3, 10)
	con, tx, err := upkeeping.Deploy(ctx, c, opts, p, regs, []upkeeping.ProviderReg{{Account: ownerAddr, Price: big.NewInt(1)}})
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	if _, err := con.Wait(ctx, tx); err != nil {
		t.Fatal(err)
	}
	view, err := NewView(ctx, con)
	if err != nil {
		t.Fatal(err)
	}
	sp := schedule.Params{Start: p.Start, Period: p.Period, Finality: p.Finality, Window: p.Window}

	check := func(n int) {
		t.Helper()
		ks, _ := view.Keepers()
		if len(ks) != n {
			t.Fatalf("view has %d active keepers, want %d", len(ks), n)
		}
		sk := make([]schedule.Keeper, len(ks))
		for i, k := range ks {
			sk[i] = schedule.Keeper{Index: k.Index, Address: k.Address}
		}
		tes := []uint64{^uint64(0) - 9, 1 << 40}
		for k := uint64(1); k <= 40; k++ {
			tes = append(tes, p.Start+k*p.Period)
		}
		for _, te := range tes {
			if !sp.IsBoundary(te) {
				continue
			}
			idx, accts, err := con.LeaderOrder(ctx, te)
			if err != nil {
				t.Fatal(err)
			}
			s, err := schedule.New(sp, te, sk)
			if err != nil {
				t.Fatal(err)
			}
			if len(idx) != s.N() {
				t.Fatalf("te %d: contract orders %d keepers, Go %d", te, len(idx), s.N())
			}
			for i, k := range s.Order {
				if idx[i] != k.Index || accts[i] != k.Address {
					t.Fatalf("te %d position %d: contract %d %s, Go %d %s", te, i, idx[i], accts[i], k.Index, k.Address)
				}
			}
			for w := uint64(0); w < uint64(2*n+1); w++ {
				lead := idx[w%uint64(n)]
				var want []uint32
				if w < uint64(n) {
					want = append(want, idx[:w]...)
				} else {
					for _, x := range idx {
						if x != lead {
							want = append(want, x)
						}
					}
				}
				var got []uint32
				for _, k := range s.Failed(w) {
					got = append(got, k.Index)
				}
				if s.Leader(w).Index != lead || !slices.Equal(got, want) {
					t.Fatalf("te %d window %d: Go leader %d failed %v, contract order gives %d %v", te, w, s.Leader(w).Index, got, lead, want)
				}
				bm := s.FailedBitmap(w)
				if bm.Bit(int(lead)) != 0 || bm.BitLen() > 7 {
					t.Fatalf("te %d window %d: failed bitmap %b names the leader or an unknown keeper", te, w, bm)
				}
			}
		}
	}
	check(7)

	rm, err := con.RemoveKeeper(ctx, opts, 3)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	if _, err := con.Wait(ctx, rm); err != nil {
		t.Fatal(err)
	}
	h, _ := c.BlockNumber(ctx)
	if err := view.Refresh(ctx, h); err != nil {
		t.Fatal(err)
	}
	if _, ok := view.KeeperIndex(regs[3].Account); ok {
		t.Fatal("removed keeper still in the view")
	}
	if i, ok := view.KeeperIndex(regs[4].Account); !ok || i != 4 {
		t.Fatalf("keeper 4's index after removal: %d %v", i, ok)
	}
	check(6)
}
