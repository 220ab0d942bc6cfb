package devnet

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestRPCCounter puts the counter in front of a real go-ethereum JSON-RPC server
// (package rpc, a test service) and calls it as two callers would: single calls
// and a batch from "k0", one call from "p0", a non-JSON body from "k0". Every call
// reaches the server and is answered, and the counts are per caller and method (a
// batch counts each call and one HTTP request).
func TestRPCCounter(t *testing.T) {
	srv := rpc.NewServer()
	if err := srv.RegisterName("test", new(echoService)); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	defer srv.Stop()
	c, err := newRPCCounter(hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.close()

	ctx := context.Background()
	k0, err := rpc.DialHTTP(c.URL("k0"))
	if err != nil {
		t.Fatal(err)
	}
	defer k0.Close()
	var got string
	for range 3 {
		if err := k0.CallContext(ctx, &got, "test_echo", "x"); err != nil {
			t.Fatal(err)
		}
		if got != "x" {
			t.Fatalf("echo returned %q", got)
		}
	}
	batch := []rpc.BatchElem{{Method: "test_echo", Args: []any{"a"}, Result: new(string)}, {Method: "test_other", Result: new(string)}}
	if err := k0.BatchCallContext(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if batch[0].Error != nil || *batch[0].Result.(*string) != "a" || batch[1].Error != nil {
		t.Fatalf("batch: %+v %+v", batch[0], batch[1])
	}
	p0, err := rpc.DialHTTP(c.URL("p0"))
	if err != nil {
		t.Fatal(err)
	}
	defer p0.Close()
	if err := p0.CallContext(ctx, &got, "test_other"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(c.URL("k0"), "application/json", strings.NewReader("not json"))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()

	isKeeper := func(n string) (bool, bool) { return n == "k0", n == "k0" || n == "p0" }
	base := c.counts() // the steady window's base: what was counted so far
	if err := k0.CallContext(ctx, &got, "test_other"); err != nil {
		t.Fatal(err)
	}
	since, _, _ := c.snapshot(1, base, isKeeper)
	if len(since) != 2 || since[0].Calls != 1 || since[0].Requests != 1 || since[0].Methods["test_other"] != 1 || len(since[0].Methods) != 1 || since[1].Calls != 0 {
		t.Fatalf("counted since the base: %+v", since)
	}

	out, km, pm := c.snapshot(2, nil, isKeeper)
	if len(out) != 2 || out[0].Caller != "k0" || out[1].Caller != "p0" {
		t.Fatalf("callers %+v", out)
	}
	k, p := out[0], out[1]
	if k.Requests != 6 || k.Calls != 7 || k.Methods["test_echo"] != 4 || k.Methods["test_other"] != 2 || k.Methods["(unparsed)"] != 1 {
		t.Fatalf("k0 counted %+v", k)
	}
	if p.Requests != 1 || p.Calls != 1 || p.Methods["test_other"] != 1 {
		t.Fatalf("p0 counted %+v", p)
	}
	if k.CallsPerBlock != 3.5 || km != 3.5 || pm != 0.5 {
		t.Fatalf("per block: k0 %v, keeper mean %v, provider mean %v", k.CallsPerBlock, km, pm)
	}
}

type echoService struct{}

func (echoService) Echo(s string) string { return s }
func (echoService) Other() string        { return "other" }
