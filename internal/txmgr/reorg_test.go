package txmgr

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/whitepay/whitepay/internal/chain"
)

// stepper commits a block every few milliseconds; the test pauses it (by holding
// mu) to reorganise the chain between two blocks.
type stepper struct {
	sim  *chain.Sim
	mu   sync.Mutex
	stop chan struct{}
	done chan struct{}
}

func newStepper(t *testing.T) (*stepper, *ecdsa.PrivateKey, common.Address) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim, err := chain.NewSim(chain.SimOptions{Alloc: types.GenesisAlloc{
		from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}}})
	if err != nil {
		t.Fatal(err)
	}
	s := &stepper{sim: sim, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		for {
			select {
			case <-s.stop:
				return
			case <-time.After(30 * time.Millisecond):
			}
			s.mu.Lock()
			sim.Commit()
			s.mu.Unlock()
		}
	}()
	t.Cleanup(func() { close(s.stop); <-s.done; sim.Close() })
	return s, key, from
}

// testReorgDuringConfirmation sends a transfer with Confirmations 4, orphans the
// block that mined it as soon as its receipt appears, and checks that Send returns
// a receipt on the canonical chain, at the required depth, and that the transfer
// happened exactly once. drop models a node that does not re-inject the orphaned
// transaction (the manager must re-broadcast it).
func testReorgDuringConfirmation(t *testing.T, drop bool) {
	s, key, from := newStepper(t)
	c := s.sim.Client()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	seen := &signalHandler{msg: "mined, waiting for confirmations", ch: make(chan struct{})}
	m := New(c, from, bind.NewKeyedTransactor(key, big.NewInt(chain.SimulatedChainID)).Signer,
		Options{ResubmitAfter: 2 * time.Second, Poll: 10 * time.Millisecond, Log: slog.New(seen)})
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	type out struct {
		res Result
		err error
	}
	ch := make(chan out, 1)
	go func() {
		res, err := m.Send(ctx, Call{To: to, Value: big.NewInt(7), Confirmations: 4}, nil)
		ch <- out{res, err}
	}()
	// Wait for the transfer to be mined, pause the chain, wait for Send to see the
	// receipt, then orphan its block.
	var mined *types.Header
	for mined == nil {
		if bal, _ := c.BalanceAt(ctx, to, nil); bal != nil && bal.Sign() > 0 {
			s.mu.Lock()
			select {
			case <-seen.ch:
			case <-ctx.Done():
				t.Fatal("Send never saw its receipt")
			}
			head, err := c.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			// Find the block that holds the transfer (the head or just below).
			for h := head; ; {
				pb, _ := c.BalanceAt(ctx, to, new(big.Int).Sub(h.Number, big.NewInt(1)))
				if pb.Sign() == 0 {
					mined = h
					break
				}
				h, _ = c.HeaderByNumber(ctx, new(big.Int).Sub(h.Number, big.NewInt(1)))
			}
			if head.Number.Uint64() >= mined.Number.Uint64()+4 {
				s.mu.Unlock()
				t.Fatal("the chain ran past the confirmation depth before the reorg")
			}
			if err := s.sim.Fork(mined.ParentHash); err != nil {
				s.mu.Unlock()
				t.Fatal(err)
			}
			if drop {
				s.sim.DropPending()
			}
			s.mu.Unlock()
			break
		}
		time.Sleep(2 * time.Millisecond)
	}
	o := <-ch
	if o.err != nil {
		t.Fatal(o.err)
	}
	r := o.res.Receipt
	if r == nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("result %+v", o.res)
	}
	if o.res.Reorged == 0 {
		t.Fatal("Send did not notice the orphaned receipt")
	}
	if r.BlockHash == mined.Hash() {
		t.Fatal("receipt of the orphaned block returned")
	}
	hdr, err := c.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil || hdr.Hash() != r.BlockHash {
		t.Fatalf("receipt block %d %s is not canonical (%v)", r.BlockNumber, r.BlockHash, err)
	}
	head, _ := c.BlockNumber(ctx)
	if head < r.BlockNumber.Uint64()+4 {
		t.Fatalf("returned at head %d for a receipt in block %d", head, r.BlockNumber)
	}
	if bal, _ := c.BalanceAt(ctx, to, nil); bal.Int64() != 7 {
		t.Fatalf("balance %s, want 7 (transferred exactly once)", bal)
	}
	t.Logf("mined in %d, orphaned, final in %d (%s); versions sent %d, reorged %d", mined.Number, r.BlockNumber, r.TxHash, o.res.Sent, o.res.Reorged)
}

// signalHandler closes ch when a record with message msg is logged.
type signalHandler struct {
	msg  string
	once sync.Once
	ch   chan struct{}
}

func (h *signalHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *signalHandler) Handle(_ context.Context, r slog.Record) error {
	if r.Message == h.msg {
		h.once.Do(func() { close(h.ch) })
	}
	return nil
}
func (h *signalHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *signalHandler) WithGroup(string) slog.Handler      { return h }

func TestConfirmationsSurviveReorgReinjected(t *testing.T) { testReorgDuringConfirmation(t, false) }

func TestConfirmationsSurviveReorgDropped(t *testing.T) { testReorgDuringConfirmation(t, true) }
