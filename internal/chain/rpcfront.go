package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"
)

// ErrNoRPC is returned by Sim.RestartRPC when the chain serves no JSON-RPC
// endpoint (SimOptions.HTTPAddr empty).
var ErrNoRPC = errors.New("chain: the embedded chain serves no JSON-RPC endpoint")

// rpcFront is the embedded chain's public JSON-RPC address: a TCP relay to the
// go-ethereum node's HTTP server, which listens on a private loopback port.
//
// Decision: go-ethereum's node cannot stop and restart its HTTP server alone (only
// the whole node, which is the chain), so the endpoint other processes dial is this
// relay. Taking it down (Sim.RestartRPC, fault injection: restart-chain-rpc,
// issue 8) closes its listener — new connections are refused — and every relayed
// connection, in flight or idle, so clients see exactly what they would see of a
// restarting node; bringing it up listens on the same address again. Behind it
// the chain keeps its state and keeps producing blocks. The relay copies bytes and
// nothing else: HTTP and its keep-alive are the node's.
type rpcFront struct {
	addr    string // the public address (fixed at the first listen)
	backend string // the node's HTTP server

	mu    sync.Mutex
	ln    net.Listener // nil while down
	conns map[net.Conn]struct{}
	done  bool
	wg    sync.WaitGroup
}

func newRPCFront(addr, backend string) (*rpcFront, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("chain: http address %s: %w", addr, err)
	}
	f := &rpcFront{addr: ln.Addr().String(), backend: backend, conns: map[net.Conn]struct{}{}}
	f.serve(ln)
	return f, nil
}

func (f *rpcFront) serve(ln net.Listener) {
	f.ln = ln
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return // closed (down or close)
			}
			f.relay(c)
		}
	}()
}

// track adds c to the open connections; false when the front is going down (c is
// then closed).
func (f *rpcFront) track(c net.Conn) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ln == nil || f.done {
		c.Close()
		return false
	}
	f.conns[c] = struct{}{}
	return true
}

func (f *rpcFront) untrack(cs ...net.Conn) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range cs {
		delete(f.conns, c)
		c.Close()
	}
}

func (f *rpcFront) relay(c net.Conn) {
	if !f.track(c) {
		return
	}
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		b, err := net.DialTimeout("tcp", f.backend, 5*time.Second)
		if err != nil {
			f.untrack(c)
			return
		}
		if !f.track(b) {
			f.untrack(c)
			return
		}
		copied := make(chan struct{}, 2)
		pipe := func(dst, src net.Conn) {
			_, _ = io.Copy(dst, src)
			if tc, ok := dst.(*net.TCPConn); ok {
				_ = tc.CloseWrite()
			}
			copied <- struct{}{}
		}
		go pipe(b, c)
		go pipe(c, b)
		<-copied
		<-copied
		f.untrack(c, b)
	}()
}

// down closes the listener and every relayed connection (both of their ends).
func (f *rpcFront) down() {
	f.mu.Lock()
	ln := f.ln
	f.ln = nil
	for c := range f.conns {
		c.Close()
	}
	clear(f.conns)
	f.mu.Unlock()
	if ln != nil {
		ln.Close()
	}
}

// up listens on the same address again. The port was just released by this
// process; another one may take it meanwhile, which is retried until ctx ends.
func (f *rpcFront) up(ctx context.Context) error {
	for {
		f.mu.Lock()
		if f.done {
			f.mu.Unlock()
			return errors.New("chain: closed")
		}
		if f.ln != nil {
			f.mu.Unlock()
			return nil
		}
		ln, err := net.Listen("tcp", f.addr)
		if err == nil {
			f.serve(ln)
			f.mu.Unlock()
			return nil
		}
		f.mu.Unlock()
		select {
		case <-ctx.Done():
			return fmt.Errorf("chain: serving JSON-RPC again on %s: %w (last: %v)", f.addr, ctx.Err(), err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func (f *rpcFront) close() {
	f.mu.Lock()
	f.done = true
	f.mu.Unlock()
	f.down()
	f.wg.Wait()
}

// RestartRPC takes the chain's JSON-RPC endpoint down — the listener is closed, so
// new connections are refused, and every open connection is dropped, requests in
// flight included — for the given time, then serves it again on the same address
// (fault injection: restart-chain-rpc, issue 8). The chain itself is untouched:
// its state is kept and the block producer goes on. It returns once the endpoint
// serves again, or with ctx's error (the endpoint is then brought back before
// returning when possible). ErrNoRPC when the chain serves no endpoint.
func (s *Sim) RestartRPC(ctx context.Context, down time.Duration) error {
	if s.front == nil {
		return ErrNoRPC
	}
	s.front.down()
	var waitErr error
	select {
	case <-ctx.Done():
		waitErr = ctx.Err()
	case <-time.After(down):
	}
	uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	return errors.Join(waitErr, s.front.up(uctx))
}

// rpcDown reports whether the endpoint is down (tests).
func (s *Sim) rpcDown() bool {
	s.front.mu.Lock()
	defer s.front.mu.Unlock()
	return s.front.ln == nil
}
