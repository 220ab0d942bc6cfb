package payer

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// Transport carries agreement messages (SPEC 7) between keepers over the libp2p
// protocol /whitepay/agreement/1 (package internal/p2p): one request frame per
// message, answered with an empty acknowledgement. The sender is the account the
// Noise handshake authenticated (p2p.Peer.Address); the driver maps it to the
// keeper's registration index.
//
// Inbound: the handler routes a message by the contract named in its header to the
// driver serving it, which queues it without blocking (a full inbox drops it; the
// core retransmits). Outbound: one bounded queue and one sender goroutine per peer;
// a full queue drops its oldest message, so a slow or dead peer never blocks the
// core or the other peers. Messages to one peer are sent in order.
type Transport struct {
	host    *p2p.Host
	log     *slog.Logger
	metrics *obs.Metrics
	qlen    int
	timeout time.Duration

	mu       sync.Mutex
	ids      map[common.Address]peer.ID
	queues   map[common.Address]*outQueue
	handlers map[common.Address]func(from common.Address, payload []byte) bool
	tap      func(contract, from common.Address, payload []byte, outbound bool) // SetTap
	closed   bool
	wg       sync.WaitGroup
}

// Defaults of the transport.
const (
	DefaultQueueLen    = 256
	DefaultSendTimeout = 5 * time.Second
)

// NewTransport installs the agreement handler on host. queueLen bounds each peer's
// outbound queue (DefaultQueueLen if ≤ 0).
func NewTransport(host *p2p.Host, queueLen int, metrics *obs.Metrics, log *slog.Logger) *Transport {
	if queueLen <= 0 {
		queueLen = DefaultQueueLen
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t := &Transport{host: host, log: log, metrics: metrics, qlen: queueLen, timeout: DefaultSendTimeout,
		ids: map[common.Address]peer.ID{}, queues: map[common.Address]*outQueue{},
		handlers: map[common.Address]func(common.Address, []byte) bool{}}
	host.Handle(p2p.ProtoAgreement, wire.MaxMessageSize, 0, t.handle)
	return t
}

// ContractOf returns the contract named in an encoded message's header (version,
// type, chain id as a length-prefixed integer, then the contract).
func ContractOf(payload []byte) (common.Address, error) {
	if len(payload) < 3 {
		return common.Address{}, fmt.Errorf("%w: %d bytes", wire.ErrMalformed, len(payload))
	}
	n := int(payload[2])
	if n > 32 || len(payload) < 3+n+common.AddressLength {
		return common.Address{}, fmt.Errorf("%w: header", wire.ErrMalformed)
	}
	return common.BytesToAddress(payload[3+n : 3+n+common.AddressLength]), nil
}

func (t *Transport) handle(_ context.Context, from p2p.Peer, req []byte) ([]byte, error) {
	contract, err := ContractOf(req)
	if err != nil {
		t.reject("malformed")
		return nil, err
	}
	t.mu.Lock()
	if _, ok := t.ids[from.Address]; !ok {
		t.ids[from.Address] = from.ID // learn the way back to an unknown peer
	}
	h, tap := t.handlers[contract], t.tap
	t.mu.Unlock()
	if h == nil {
		t.reject("unknown_contract")
		return nil, fmt.Errorf("%w: %s", ErrUnknownContract, contract)
	}
	if tap != nil {
		tap(contract, from.Address, req, false)
	}
	if !h(from.Address, req) {
		t.reject("inbox_full")
	}
	return nil, nil
}

func (t *Transport) reject(reason string) {
	if t.metrics != nil {
		t.metrics.MessagesRejected.WithLabelValues(reason).Inc()
	}
}

// Register routes the messages of contract to fn, which must not block; it returns
// false when it dropped the message.
func (t *Transport) Register(contract common.Address, fn func(from common.Address, payload []byte) bool) {
	t.mu.Lock()
	t.handlers[contract] = fn
	t.mu.Unlock()
}

// AddPeer records where a keeper is reached (its account is its peer id's key).
func (t *Transport) AddPeer(info peer.AddrInfo) error {
	a, err := p2p.AddressOf(info.ID)
	if err != nil {
		return err
	}
	t.host.AddPeer(info)
	t.mu.Lock()
	t.ids[a] = info.ID
	t.mu.Unlock()
	return nil
}

// SetTap installs fn, called synchronously with every inbound message of a
// registered contract (from its sender) and every outbound one (to its
// recipient) before it is handled or queued; fn must be quick and must not keep
// payload without copying it. The SCP ledger keeps the Proposes it sees
// (Proposals.Tap).
func (t *Transport) SetTap(fn func(contract, peer common.Address, payload []byte, outbound bool)) {
	t.mu.Lock()
	t.tap = fn
	t.mu.Unlock()
}

// AddTap adds fn after the taps installed so far (same contract as SetTap; a later
// SetTap replaces them all). Fault injection taps outbound messages this way.
func (t *Transport) AddTap(fn func(contract, peer common.Address, payload []byte, outbound bool)) {
	t.mu.Lock()
	defer t.mu.Unlock()
	prev := t.tap
	if prev == nil {
		t.tap = fn
		return
	}
	t.tap = func(c, p common.Address, b []byte, out bool) {
		prev(c, p, b, out)
		fn(c, p, b, out)
	}
}

// Send queues payload for the keeper with account to. It never blocks.
func (t *Transport) Send(to common.Address, payload []byte) {
	t.mu.Lock()
	if t.closed {
		t.mu.Unlock()
		return
	}
	if tap := t.tap; tap != nil {
		if c, err := ContractOf(payload); err == nil {
			tap(c, to, payload, true)
		}
	}
	q := t.queues[to]
	if q == nil {
		q = &outQueue{wake: make(chan struct{}, 1), done: make(chan struct{})}
		t.queues[to] = q
		t.wg.Add(1)
		go t.sender(to, q)
	}
	t.mu.Unlock()
	if q.push(payload, t.qlen) {
		t.reject("outbox_overflow")
		t.log.Debug("outbound queue full, oldest message dropped", "to", to)
	}
}

func (t *Transport) sender(to common.Address, q *outQueue) {
	defer t.wg.Done()
	for {
		msg, ok := q.pop()
		if !ok {
			return
		}
		t.mu.Lock()
		id, known := t.ids[to]
		t.mu.Unlock()
		if !known {
			t.log.Debug("no endpoint for keeper, message dropped", "to", to)
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), t.timeout)
		go func() {
			select {
			case <-q.done:
				cancel()
			case <-ctx.Done():
			}
		}()
		_, err := t.host.Request(ctx, id, p2p.ProtoAgreement, msg, 0)
		cancel()
		if err != nil {
			t.log.Debug("agreement send failed", "to", to, "err", err)
		}
	}
}

// Close stops the senders (queued messages are dropped) and waits for them.
func (t *Transport) Close() {
	t.mu.Lock()
	if t.closed {
		t.mu.Unlock()
		return
	}
	t.closed = true
	qs := t.queues
	t.mu.Unlock()
	for _, q := range qs {
		q.close()
	}
	t.wg.Wait()
}

// outQueue is a bounded FIFO that drops its oldest element on overflow.
type outQueue struct {
	mu     sync.Mutex
	items  [][]byte
	closed bool
	wake   chan struct{}
	done   chan struct{}
}

// push appends b and reports whether the oldest message was dropped.
func (q *outQueue) push(b []byte, limit int) (dropped bool) {
	q.mu.Lock()
	if len(q.items) >= limit {
		q.items = q.items[1:]
		dropped = true
	}
	q.items = append(q.items, b)
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
	return dropped
}

func (q *outQueue) pop() ([]byte, bool) {
	for {
		q.mu.Lock()
		if q.closed {
			q.mu.Unlock()
			return nil, false
		}
		if len(q.items) > 0 {
			b := q.items[0]
			q.items = q.items[1:]
			q.mu.Unlock()
			return b, true
		}
		q.mu.Unlock()
		select {
		case <-q.wake:
		case <-q.done:
		}
	}
}

func (q *outQueue) close() {
	q.mu.Lock()
	if !q.closed {
		q.closed = true
		close(q.done)
	}
	q.mu.Unlock()
}
