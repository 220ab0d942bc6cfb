package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/whitepay/whitepay/internal/chain"
)

// reverter always reverts with the 4-byte error 0xdeadbeef.
var reverter = common.HexToAddress("0x000000000000000000000000000000000000dead")

type env struct {
	sim  *chain.Sim
	key  *ecdsa.PrivateKey
	from common.Address
}

func newEnv(t *testing.T) *env {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim, err := chain.NewSim(chain.SimOptions{
		Alloc: types.GenesisAlloc{
			from:     {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))},
			reverter: {Code: common.FromHex("63deadbeef60e01b60005260046000fd"), Balance: new(big.Int)},
		},
		BlockPeriod: 50 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	return &env{sim: sim, key: key, from: from}
}

func (e *env) manager(opts Options) *Manager {
	signer := bind.NewKeyedTransactor(e.key, big.NewInt(chain.SimulatedChainID)).Signer
	if opts.ResubmitAfter == 0 {
		opts.ResubmitAfter = 2 * time.Second
	}
	opts.Poll = 20 * time.Millisecond
	return New(e.sim.Client(), e.from, signer, opts)
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return c
}

func TestSendMinesInOrder(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Options{})
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	for i := 1; i <= 3; i++ {
		res, err := m.Send(ctx(t), Call{To: to, Value: big.NewInt(int64(i))}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Receipt == nil || res.Receipt.Status != 1 || res.Sent != 1 {
			t.Fatalf("send %d: %+v", i, res)
		}
	}
	bal, _ := e.sim.Client().BalanceAt(ctx(t), to, nil)
	if bal.Int64() != 6 {
		t.Fatalf("balance %v, want 6", bal)
	}
}

// TestDroppedTransactionIsResubmitted: the first version never reaches the chain;
// the manager sends a fee-bumped second version under the same nonce, which is mined.
func TestDroppedTransactionIsResubmitted(t *testing.T) {
	e := newEnv(t)
	var calls atomic.Int32
	var first, second *types.Transaction
	m := e.manager(Options{ResubmitAfter: 500 * time.Millisecond, SendTx: func(c context.Context, tx *types.Transaction) error {
		if calls.Add(1) == 1 {
			first = tx
			return nil // dropped: never mined
		}
		second = tx
		return e.sim.Client().SendTransaction(c, tx)
	}})
	res, err := m.Send(ctx(t), Call{To: common.HexToAddress("0xbb"), Value: big.NewInt(1)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Sent != 2 || res.Receipt.TxHash != second.Hash() {
		t.Fatalf("sent %d, mined %s", res.Sent, res.Receipt.TxHash)
	}
	if first.Nonce() != second.Nonce() || second.GasTipCap().Cmp(first.GasTipCap()) <= 0 || second.GasFeeCap().Cmp(first.GasFeeCap()) <= 0 {
		t.Fatalf("replacement not same-nonce fee-bumped: %d/%d tip %v/%v cap %v/%v",
			first.Nonce(), second.Nonce(), first.GasTipCap(), second.GasTipCap(), first.GasFeeCap(), second.GasFeeCap())
	}
}

func TestDoneSkipsAndStops(t *testing.T) {
	e := newEnv(t)
	var sends atomic.Int32
	m := e.manager(Options{SendTx: func(c context.Context, tx *types.Transaction) error {
		sends.Add(1)
		return nil // never mined
	}, ResubmitAfter: 200 * time.Millisecond})
	res, err := m.Send(ctx(t), Call{To: common.HexToAddress("0xbb")}, func(context.Context) (bool, error) { return true, nil })
	if err != nil || !res.AlreadyDone || sends.Load() != 0 {
		t.Fatalf("done before sending: %+v %v sends=%d", res, err, sends.Load())
	}
	// Done becomes true after the first version was sent (someone else paid):
	// the manager stops instead of resubmitting.
	var checks atomic.Int32
	res, err = m.Send(ctx(t), Call{To: common.HexToAddress("0xbb")}, func(context.Context) (bool, error) { return checks.Add(1) > 1, nil })
	if err != nil || !res.AlreadyDone || sends.Load() != 1 {
		t.Fatalf("done after first send: %+v %v sends=%d", res, err, sends.Load())
	}
}

func TestRevertDataReturned(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Options{})
	_, err := m.Send(ctx(t), Call{To: reverter, Data: []byte{1, 2, 3, 4}}, nil)
	var re *RevertError
	if !errors.As(err, &re) {
		t.Fatalf("want RevertError, got %v", err)
	}
	if common.Bytes2Hex(re.Data) != "deadbeef" {
		t.Fatalf("revert data %x", re.Data)
	}
}

func TestMinedRevertIsFailure(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Options{})
	res, err := m.Send(ctx(t), Call{To: reverter, Gas: 100000}, nil)
	if !errors.Is(err, ErrFailed) || res.Receipt == nil || res.Receipt.Status != 0 {
		t.Fatalf("mined revert: %+v %v", res, err)
	}
	// The nonce moved on: the next send works.
	if _, err := m.Send(ctx(t), Call{To: common.HexToAddress("0xbb")}, nil); err != nil {
		t.Fatal(err)
	}
}

// TestNonceResync: another sender with the same key uses our cached nonce; the
// manager resynchronises and its call is still mined.
func TestNonceResync(t *testing.T) {
	e := newEnv(t)
	m1, m2 := e.manager(Options{}), e.manager(Options{})
	to := common.HexToAddress("0xcc")
	if _, err := m1.Send(ctx(t), Call{To: to, Value: big.NewInt(1)}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := m2.Send(ctx(t), Call{To: to, Value: big.NewInt(1)}, nil); err != nil {
		t.Fatal(err)
	}
	res, err := m1.Send(ctx(t), Call{To: to, Value: big.NewInt(1)}, nil)
	if err != nil || res.Receipt == nil {
		t.Fatalf("after another sender used the nonce: %+v %v", res, err)
	}
	bal, _ := e.sim.Client().BalanceAt(ctx(t), to, nil)
	if bal.Int64() != 3 {
		t.Fatalf("balance %v, want 3", bal)
	}
}
