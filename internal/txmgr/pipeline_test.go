package txmgr

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
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

// manualEnv is a simulated chain that makes a block only when the test commits,
// with a counting client and a Heads the test advances after each block (what the
// node's chain watcher does on its own).
type manualEnv struct {
	sim   *chain.Sim
	key   *ecdsa.PrivateKey
	from  common.Address
	calls *countingClient
	heads *testHeads
}

func newManualEnv(t *testing.T) *manualEnv {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim, err := chain.NewSim(chain.SimOptions{Alloc: types.GenesisAlloc{
		from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))},
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	e := &manualEnv{sim: sim, key: key, from: from, calls: &countingClient{Client: sim.Client()}}
	e.heads = &testHeads{c: sim.Client(), next: make(chan struct{})}
	e.heads.advance(t)
	return e
}

func (e *manualEnv) manager(heads bool) *Manager {
	o := Options{ResubmitAfter: time.Minute, Poll: 10 * time.Millisecond}
	if heads {
		// The fallback timer (5 polls) well above the test's block interval: a
		// waiting call wakes on heads only.
		o.Heads, o.Poll = e.heads, time.Second
	}
	return New(e.calls, e.from, bind.NewKeyedTransactor(e.key, big.NewInt(chain.SimulatedChainID)).Signer, o)
}

// commit makes a block and lets the manager see it.
func (e *manualEnv) commit(t *testing.T) {
	e.sim.Commit()
	e.heads.advance(t)
}

// countingClient counts the manager's calls by method.
type countingClient struct {
	chain.Client
	receipts, headers, tips, nonces atomic.Int32
}

func (c *countingClient) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	c.receipts.Add(1)
	return c.Client.TransactionReceipt(ctx, h)
}

func (c *countingClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.headers.Add(1)
	return c.Client.HeaderByNumber(ctx, n)
}

func (c *countingClient) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	c.tips.Add(1)
	return c.Client.SuggestGasTipCap(ctx)
}

func (c *countingClient) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	c.nonces.Add(1)
	return c.Client.PendingNonceAt(ctx, a)
}

// testHeads is Heads over the simulated chain, advanced by the test.
type testHeads struct {
	c chain.Client

	mu     sync.Mutex
	head   uint64
	hashes map[uint64][32]byte
	next   chan struct{}
}

func (h *testHeads) advance(t *testing.T) {
	t.Helper()
	hdr, err := h.c.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.hashes == nil {
		h.hashes = map[uint64][32]byte{}
	}
	h.head = hdr.Number.Uint64()
	h.hashes[h.head] = hdr.Hash()
	close(h.next)
	h.next = make(chan struct{})
}

func (h *testHeads) Head(context.Context) (uint64, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.head, nil
}

func (h *testHeads) BlockHash(ctx context.Context, n uint64) ([32]byte, error) {
	h.mu.Lock()
	hash, ok := h.hashes[n]
	h.mu.Unlock()
	if ok {
		return hash, nil
	}
	hdr, err := h.c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return [32]byte{}, err
	}
	return hdr.Hash(), nil
}

func (h *testHeads) NewHead() <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.next
}

// TestSendsInFlightTogether: calls made concurrently are all broadcast before any
// is mined (one nonce each, consecutive), and all are mined and confirmed in one
// block's time. A manager that held its lock through inclusion and confirmations
// (version 1) broadcast the second call only after the first's confirmations:
// the test would wait for three broadcasts forever (until its deadline).
func TestSendsInFlightTogether(t *testing.T) {
	for _, heads := range []bool{false, true} {
		t.Run(map[bool]string{false: "polling", true: "heads"}[heads], func(t *testing.T) {
			e := newManualEnv(t)
			m := e.manager(heads)
			const n = 3
			var mu sync.Mutex
			var nonces []uint64
			broadcast := make(chan struct{}, 16)
			m.opts.SendTx = func(c context.Context, tx *types.Transaction) error {
				mu.Lock()
				nonces = append(nonces, tx.Nonce())
				mu.Unlock()
				broadcast <- struct{}{}
				return e.sim.Client().SendTransaction(c, tx)
			}
			c := ctx(t)
			results := make(chan error, n)
			for i := range n {
				go func() {
					res, err := m.Send(c, Call{To: common.HexToAddress("0xaa"), Value: big.NewInt(int64(i + 1)), Confirmations: 2}, nil)
					if err == nil && (res.Receipt == nil || res.Sent != 1) {
						err = context.DeadlineExceeded
					}
					results <- err
				}()
			}
			for range n {
				select {
				case <-broadcast:
				case <-c.Done():
					t.Fatal("the calls were not all broadcast before one was mined: sends are serialised")
				}
			}
			mu.Lock()
			got := map[uint64]bool{}
			for _, nn := range nonces {
				got[nn] = true
			}
			mu.Unlock()
			if len(got) != n || !got[0] || !got[n-1] {
				t.Fatalf("nonces %v, want 0..%d once each", nonces, n-1)
			}
			// One block includes all three; two more confirm them.
			done := 0
			for done < n {
				e.commit(t)
				select {
				case err := <-results:
					if err != nil {
						t.Fatal(err)
					}
					done++
				case <-time.After(200 * time.Millisecond):
				}
				if c.Err() != nil {
					t.Fatal("not confirmed")
				}
			}
			bal, _ := e.sim.Client().BalanceAt(c, common.HexToAddress("0xaa"), nil)
			if bal.Int64() != 6 {
				t.Fatalf("balance %v, want 6", bal)
			}
			num, _ := e.sim.Client().BlockNumber(c)
			if num < 3 {
				t.Fatalf("confirmed at block %d, before two confirmations", num)
			}
		})
	}
}

// TestHeadsSpareCalls: with Heads, a confirmed call reads the tip and the head
// once, its receipt once per block until mined and never while it gathers
// confirmations; a second call within feeMaxAge blocks reuses the fee reading,
// and the nonce is read from the chain once.
func TestHeadsSpareCalls(t *testing.T) {
	e := newManualEnv(t)
	m := e.manager(true)
	c := ctx(t)
	for i := range 2 {
		res := make(chan error, 1)
		before := e.calls.receipts.Load()
		go func() {
			_, err := m.Send(c, Call{To: common.HexToAddress("0xbb"), Value: big.NewInt(1), Confirmations: 3}, nil)
			res <- err
		}()
		blocks := 0
	wait:
		for {
			select {
			case err := <-res:
				if err != nil {
					t.Fatal(err)
				}
				break wait
			case <-time.After(100 * time.Millisecond):
				e.commit(t)
				blocks++
			case <-c.Done():
				t.Fatal("not confirmed")
			}
		}
		if blocks < 4 {
			t.Fatalf("send %d returned after %d blocks: fewer than the 3 confirmations", i, blocks)
		}
		// Receipt queries: one per head seen before inclusion (at most the first
		// block's worth: the call is included in the first block), none after.
		if r := e.calls.receipts.Load() - before; r > 3 {
			t.Fatalf("send %d: %d receipt queries over %d blocks (want ≤ 3: none while confirming)", i, r, blocks)
		}
	}
	if h, tips, nonces := e.calls.headers.Load(), e.calls.tips.Load(), e.calls.nonces.Load(); tips > 2 || h > 2 || nonces != 1 {
		t.Fatalf("headers %d, tips %d, nonces %d; want ≤ 2, ≤ 2, 1", h, tips, nonces)
	}
}

// TestUnusedNonceGapFilled: a call whose only version never reaches the node and
// that someone else's transaction makes unnecessary (Done) leaves its nonce
// unused while a later call waits behind it; the next call takes the freed nonce,
// and the waiting call is mined after it.
func TestUnusedNonceGapFilled(t *testing.T) {
	e := newManualEnv(t)
	m := e.manager(true)
	m.opts.ResubmitAfter = 300 * time.Millisecond
	var drop atomic.Bool
	drop.Store(true)
	sentA := make(chan struct{})
	m.opts.SendTx = func(c context.Context, tx *types.Transaction) error {
		if tx.Nonce() == 0 && drop.Load() {
			select {
			case <-sentA:
			default:
				close(sentA)
			}
			return nil // lost on the way
		}
		return e.sim.Client().SendTransaction(c, tx)
	}
	c := ctx(t)
	var doneA atomic.Bool
	resA := make(chan Result, 1)
	go func() {
		res, err := m.Send(c, Call{To: common.HexToAddress("0xcc"), Value: big.NewInt(1)}, func(context.Context) (bool, error) { return doneA.Load(), nil })
		if err != nil {
			t.Error(err)
		}
		resA <- res
	}()
	<-sentA
	resB := make(chan error, 1)
	go func() {
		_, err := m.Send(c, Call{To: common.HexToAddress("0xcc"), Value: big.NewInt(10)}, nil)
		resB <- err
	}()
	// B (nonce 1) waits in the pool behind the missing nonce 0.
	for range 3 {
		e.commit(t)
		time.Sleep(50 * time.Millisecond)
	}
	if bal, _ := e.sim.Client().BalanceAt(c, common.HexToAddress("0xcc"), nil); bal.Sign() != 0 {
		t.Fatalf("balance %v before the gap is filled", bal)
	}
	doneA.Store(true) // A's work was done elsewhere: it stops without a version mined
	if res := <-resA; !res.AlreadyDone {
		t.Fatalf("A: %+v, want AlreadyDone", res)
	}
	drop.Store(false)
	resC := make(chan error, 1)
	go func() {
		_, err := m.Send(c, Call{To: common.HexToAddress("0xcc"), Value: big.NewInt(100)}, nil)
		resC <- err
	}()
	var errB, errC error
	for gotB, gotC := false, false; !gotB || !gotC; {
		select {
		case errB = <-resB:
			gotB = true
		case errC = <-resC:
			gotC = true
		case <-time.After(100 * time.Millisecond):
			e.commit(t)
		case <-c.Done():
			t.Fatal("the gap was not filled: the later call never mined")
		}
	}
	if errB != nil || errC != nil {
		t.Fatalf("B %v, C %v", errB, errC)
	}
	if bal, _ := e.sim.Client().BalanceAt(c, common.HexToAddress("0xcc"), nil); bal.Int64() != 110 {
		t.Fatalf("balance %v, want 110 (B and C, not A)", bal)
	}
}
