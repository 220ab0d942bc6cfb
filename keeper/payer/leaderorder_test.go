package payer

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
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
	alloc := types.GenesisAlloc{ownerAddr: {Balance: new(big.Int).Lsh(big.NewInt(1), 80)}}
	var keyPairs []*ecdsa.PrivateKey
	for range 8 {
		k, _ := gethcrypto.GenerateKey()
		keyPairs = append(keyPairs, k)
		alloc[gethcrypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 70)}
	}
	sim, err := chain.NewSim(chain.SimOptions{Alloc: alloc, GasLimit: 100_000_000})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	c := sim.Client()
	chainID, _ := c.ChainID(ctx)
	wait := func(tx *types.Transaction) error {
		sim.Commit()
		_, err := upkeeping.Wait(ctx, c, tx)
		return err
	}
	var signers []upkeeping.KeeperSigner
	var accounts []common.Address
	var keys []upkeeping.KeeperSigner
	for _, k := range keyPairs {
		sk, err := bls.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		ko, _ := bind.NewKeyedTransactorWithChainID(k, chainID)
		keys = append(keys, upkeeping.KeeperSigner{Opts: ko, BLS: sk})
		accounts = append(accounts, gethcrypto.PubkeyToAddress(k.PublicKey))
	}
	signers = keys[:7]
	opts, _ := bind.NewKeyedTransactorWithChainID(owner, chainID)
	p := upkeeping.DefaultParams(ownerAddr, 1, 10, 2, 3, 10)
	con, st, err := upkeeping.Setup(ctx, c, opts, signers, p, []upkeeping.ProviderReg{{Account: ownerAddr, Price: big.NewInt(1)}}, nil, wait)
	if err != nil {
		t.Fatal(err)
	}
	view, err := NewView(ctx, con)
	if err != nil {
		t.Fatal(err)
	}
	sp := schedule.Params{Start: p.Start, Period: p.Period, Finality: p.Finality, Window: p.Window}

	check := func(n int, after uint64) {
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
			if !sp.IsBoundary(te) || te <= after {
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
	check(7, 0)

	// A scheduled group without keeper 3 (and with an eighth): from its first period on
	// the view and the contract order the new group, numbered anew.
	for _, k := range []upkeeping.KeeperSigner{keys[7]} {
		tx, err := st.Registry.RegisterKeeper(ctx, k.Opts, k.BLS)
		if err != nil {
			t.Fatal(err)
		}
		if err := wait(tx); err != nil {
			t.Fatal(err)
		}
	}
	var ids []uint32
	for i, a := range accounts {
		if i == 3 {
			continue
		}
		id, _, _ := st.Registry.KeeperOf(ctx, a)
		ids = append(ids, id)
	}
	tx, err := st.Registry.CreateGroup(ctx, opts, ids)
	if err == nil {
		err = wait(tx)
	}
	if err != nil {
		t.Fatal(err)
	}
	gid, _ := st.Registry.GroupOf(ctx, ids)
	tx, err = con.ScheduleGroup(ctx, opts, gid)
	if err == nil {
		err = wait(tx)
	}
	if err != nil {
		t.Fatal(err)
	}
	eps, _ := con.Epochs(ctx)
	boundary := eps[1].From
	for {
		h, _ := c.BlockNumber(ctx)
		if h >= boundary+p.Period+p.Finality {
			break
		}
		sim.Commit()
	}
	h, _ := c.BlockNumber(ctx)
	if err := view.Refresh(ctx, h); err != nil {
		t.Fatal(err)
	}
	if _, ok := view.KeeperIndex(accounts[3]); ok {
		t.Fatal("the keeper left out is still in the view")
	}
	if i, ok := view.KeeperIndex(accounts[4]); !ok || i != 3 {
		t.Fatalf("keeper 4's position in the new group: %d %v", i, ok)
	}
	check(7, boundary)
}
