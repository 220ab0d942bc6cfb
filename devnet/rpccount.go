package devnet

import (
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/whitepay/whitepay/contracts/bindings"

	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sort"
	"strings"
	"sync"
)

// The JSON-RPC request counter (issue 14: "JSON-RPC requests per block, counted at
// the RPC endpoint the devnet serves, not in the client"). Decisions:
//
//   - It is an HTTP reverse proxy in front of the chain's endpoint (the embedded
//     chain's relay, or an external node's URL); every member process dials it at
//     its own path, URL/n/NAME, which identifies the caller (the proxy forwards to
//     the target's own path). The devnet's own client (monitor, set-up) does not go
//     through it, so only the nodes' traffic is counted.
//   - A call is one JSON-RPC request object: a batch of k calls counts k calls and
//     one HTTP request (both are reported). A body that is not JSON-RPC is counted
//     as the method "(unparsed)" and forwarded unchanged: the node answers it.
//   - It is on whenever member processes dial the chain over JSON-RPC (--procs),
//     except with fault injection, whose restart-chain-rpc must reach the members'
//     connections directly (chainrpc.go).
type rpcCounter struct {
	target *url.URL
	proxy  *httputil.ReverseProxy
	ln     net.Listener
	srv    *http.Server

	mu      sync.Mutex
	callers map[string]*callerCount
}

type callerCount struct {
	requests uint64            // HTTP requests
	calls    map[string]uint64 // JSON-RPC method → calls
	ethCalls map[string]uint64 // eth_call by contract function (ethCallName)
}

// selectors names the 4-byte selectors of the devnet's contracts' functions.
var selectors = func() map[[4]byte]string {
	out := map[[4]byte]string{}
	for _, md := range []*bind.MetaData{bindings.UpkeepingMetaData, bindings.UpkeepingAdminMetaData, bindings.RegistryMetaData,
		bindings.FactoryMetaData, bindings.BatchInboxMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			continue
		}
		for _, m := range a.Methods {
			out[[4]byte(m.ID)] = m.Name
		}
	}
	return out
}()

// ethCallName names an eth_call's function from its calldata's selector.
func ethCallName(params json.RawMessage) string {
	var ps []json.RawMessage // [call, block]
	var c struct {
		Data  string `json:"data"`
		Input string `json:"input"`
	}
	if json.Unmarshal(params, &ps) != nil || len(ps) == 0 || json.Unmarshal(ps[0], &c) != nil {
		return "(unparsed)"
	}
	d := c.Input
	if d == "" {
		d = c.Data
	}
	b, err := hexutil.Decode(d)
	if err != nil || len(b) < 4 {
		return "(no selector)"
	}
	if n, ok := selectors[[4]byte(b[:4])]; ok {
		return n
	}
	return hexutil.Encode(b[:4])
}

// rpcCallerPrefix is the path under which a caller names itself.
const rpcCallerPrefix = "/n/"

func newRPCCounter(target string) (*rpcCounter, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, fmt.Errorf("devnet: rpc counter target %q: %w", target, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("devnet: rpc counter: target %q is not an HTTP endpoint", target)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("devnet: rpc counter: %w", err)
	}
	c := &rpcCounter{target: u, ln: ln, callers: map[string]*callerCount{}}
	c.proxy = &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(u)
		r.Out.URL.Path, r.Out.URL.RawPath = u.Path, u.RawPath
		r.Out.Host = u.Host
	}}
	c.srv = &http.Server{Handler: c}
	go func() { _ = c.srv.Serve(ln) }()
	return c, nil
}

// URL is the endpoint a caller named name dials.
func (c *rpcCounter) URL(name string) string {
	return "http://" + c.ln.Addr().String() + rpcCallerPrefix + url.PathEscape(name)
}

// ServeHTTP counts the request's calls under its caller and forwards it.
func (c *rpcCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	caller := "(unnamed)"
	if rest, ok := strings.CutPrefix(r.URL.Path, rpcCallerPrefix); ok && rest != "" {
		caller, _, _ = strings.Cut(rest, "/")
	}
	var body []byte
	if r.Body != nil {
		b, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
		r.Body.Close()
		if err != nil {
			http.Error(w, "reading the request: "+err.Error(), http.StatusBadRequest)
			return
		}
		body = b
		r.Body = io.NopCloser(bytes.NewReader(b))
		r.ContentLength = int64(len(b))
	}
	c.count(caller, r.Method, body)
	c.proxy.ServeHTTP(w, r)
}

func (c *rpcCounter) count(caller, httpMethod string, body []byte) {
	var methods, ethCalls []string
	type call struct {
		Method string          `json:"method"`
		Params json.RawMessage `json:"params"`
	}
	t := bytes.TrimLeft(body, " \t\r\n")
	switch {
	case httpMethod != http.MethodPost:
		methods = []string{"(http " + httpMethod + ")"}
	case len(t) > 0 && t[0] == '[':
		var cs []call
		if json.Unmarshal(t, &cs) != nil {
			methods = []string{"(unparsed)"}
		}
		for _, x := range cs {
			methods = append(methods, x.Method)
			if x.Method == "eth_call" {
				ethCalls = append(ethCalls, ethCallName(x.Params))
			}
		}
	default:
		var x call
		if json.Unmarshal(t, &x) != nil || x.Method == "" {
			methods = []string{"(unparsed)"}
		} else {
			methods = []string{x.Method}
			if x.Method == "eth_call" {
				ethCalls = []string{ethCallName(x.Params)}
			}
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	cc := c.callers[caller]
	if cc == nil {
		cc = &callerCount{calls: map[string]uint64{}, ethCalls: map[string]uint64{}}
		c.callers[caller] = cc
	}
	cc.requests++
	for _, m := range methods {
		cc.calls[m]++
	}
	for _, f := range ethCalls {
		cc.ethCalls[f]++
	}
}

// RPCCount is what one caller (a member process) sent to the chain endpoint.
type RPCCount struct {
	Caller string `json:"caller"`
	// Requests are HTTP requests; Calls JSON-RPC calls (a batch counts each).
	Requests uint64 `json:"requests"`
	Calls    uint64 `json:"calls"`
	// CallsPerBlock is Calls over the blocks the count covers (RPCSummary.Blocks).
	CallsPerBlock float64           `json:"calls_per_block"`
	Methods       map[string]uint64 `json:"methods"`
	// EthCalls breaks eth_call down by the contract function called (its
	// selector's name in the devnet's contracts, else the selector).
	EthCalls map[string]uint64 `json:"eth_calls,omitempty"`
}

// RPCSummary is the JSON-RPC traffic of the member processes at the chain
// endpoint (rpccount.go), from the members' start to the end of the run.
type RPCSummary struct {
	FromBlock uint64     `json:"from_block"`
	ToBlock   uint64     `json:"to_block"`
	Blocks    uint64     `json:"blocks"`
	Contracts int        `json:"contracts"`
	Callers   []RPCCount `json:"callers"`
	// KeeperCallsPerBlock is the mean over the keepers of their calls per block.
	KeeperCallsPerBlock float64 `json:"keeper_calls_per_block"`
	// ProviderCallsPerBlock is the mean over the providers.
	ProviderCallsPerBlock float64 `json:"provider_calls_per_block"`
	// Steady is the same count from the block at which every contract had its
	// first period paid (start-up behind: reading every contract, the first
	// records) to the end (costs.go); nil with a single period.
	Steady *RPCSummary `json:"steady,omitempty"`
}

// counts returns a copy of the calls so far, caller → method → calls (the
// requests under the key "").
func (c *rpcCounter) counts() map[string]map[string]uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]map[string]uint64, len(c.callers))
	for name, cc := range c.callers {
		m := map[string]uint64{"": cc.requests}
		for k, v := range cc.calls {
			m[k] = v
		}
		for k, v := range cc.ethCalls {
			m["eth_call:"+k] = v
		}
		out[name] = m
	}
	return out
}

// snapshot returns the counts so far less those of base (nil: none; see counts)
// over blocks blocks, callers sorted by name; isKeeper tells keepers' names from
// providers'.
func (c *rpcCounter) snapshot(blocks uint64, base map[string]map[string]uint64, isKeeper func(string) (keeper, known bool)) (out []RPCCount, keeperMean, providerMean float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var nk, np int
	for name, cc := range c.callers {
		b := base[name]
		r := RPCCount{Caller: name, Requests: cc.requests - min(cc.requests, b[""]), Methods: map[string]uint64{}}
		for m, n := range cc.calls {
			if n -= min(n, b[m]); n > 0 {
				r.Methods[m] = n
				r.Calls += n
			}
		}
		for f, n := range cc.ethCalls {
			if n -= min(n, b["eth_call:"+f]); n > 0 {
				if r.EthCalls == nil {
					r.EthCalls = map[string]uint64{}
				}
				r.EthCalls[f] = n
			}
		}
		if blocks > 0 {
			r.CallsPerBlock = float64(r.Calls) / float64(blocks)
		}
		out = append(out, r)
		switch k, known := isKeeper(name); {
		case known && k:
			keeperMean += r.CallsPerBlock
			nk++
		case known:
			providerMean += r.CallsPerBlock
			np++
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Caller < out[j].Caller })
	if nk > 0 {
		keeperMean /= float64(nk)
	}
	if np > 0 {
		providerMean /= float64(np)
	}
	return out, keeperMean, providerMean
}

func (c *rpcCounter) close() error {
	err := c.srv.Close()
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
