package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/store"
)

// TestStartupErrors is issue 13's table test: every start-up error of `keeper run`
// and `provider run` exits 1 with one line naming the cause, never a panic. The
// chain is the embedded one served over JSON-RPC (a real chain id, a real contract
// that is not an upkeeping one); each case breaks one thing in a working
// configuration. Cost: one process per case and role (about 1 s each).
func TestStartupErrors(t *testing.T) {
	const pw = "correct horse"
	t.Setenv("WHITEPAY_PASSWORD", pw)
	deployer, _ := gethcrypto.GenerateKey()
	from := gethcrypto.PubkeyToAddress(deployer.PublicKey)
	sim, err := chain.NewSim(chain.SimOptions{HTTPAddr: "127.0.0.1:0",
		Alloc: types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))}}})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	// A contract that is not an upkeeping contract (a BatchInbox).
	opts := bind.NewKeyedTransactor(deployer, big.NewInt(chain.SimulatedChainID))
	other, _, _, err := bindings.DeployBatchInbox(opts, sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	closedPort := freePort(t) // nothing listens there
	busy := freePort(t)
	busyLn, err := netListen(fmt.Sprintf("127.0.0.1:%d", busy))
	if err != nil {
		t.Fatal(err)
	}
	defer busyLn.Close()

	root := t.TempDir()
	for _, role := range []string{"keeper", "provider"} {
		dir := filepath.Join(root, role)
		if _, errOut, code := runWhitepay(t, "", role, "init", "--dir", dir, "--light-kdf", "--json"); code != 0 {
			t.Fatalf("%s init: exit %d: %s", role, code, errOut)
		}
		base, err := config.Load(filepath.Join(dir, ConfigFile))
		if err != nil {
			t.Fatal(err)
		}
		base.Chain = config.Chain{RPC: sim.URL(), ChainID: chain.SimulatedChainID}
		// A contract served from the configuration alone (no code at the address,
		// owner and keepers given): everything else works.
		static := common.HexToAddress("0x00000000000000000000000000000000005ea1ed")
		base.Contracts = []config.Contract{{Address: static, Owner: from, Keepers: []common.Address{from}}}
		base.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
		typo := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
		for _, tc := range []struct {
			name   string
			edit   func(c *config.Config) // on a copy of base
			raw    func(b []byte) []byte  // on the written JSON
			before func(t *testing.T) func()
			want   []string // every one in the message
		}{
			{name: "rpc down", edit: func(c *config.Config) { c.Chain.RPC = fmt.Sprintf("http://127.0.0.1:%d", closedPort) },
				want: []string{"unreachable", fmt.Sprint(closedPort), "connection refused"}},
			{name: "url without scheme", edit: func(c *config.Config) { c.Chain.RPC = strings.TrimPrefix(sim.URL(), "http://") },
				want: []string{"chain.rpc", "without scheme", "write http://"}},
			{name: "wrong chain id", edit: func(c *config.Config) { c.Chain.ChainID = 5 },
				want: []string{"wrong chain id", "1337", "5"}},
			{name: "contract typo", edit: func(c *config.Config) { c.Contracts = []config.Contract{{Address: typo}} },
				want: []string{"contracts[0].address", typo.Hex(), "no contract code"}},
			{name: "contract malformed", raw: func(b []byte) []byte {
				return []byte(strings.Replace(string(b), "5ea1ed", "5ea1e", 1))
			}, want: []string{"contracts[0].address", "hex string"}},
			{name: "not an upkeeping contract", edit: func(c *config.Config) { c.Contracts = []config.Contract{{Address: other}} }, want: []string{other.Hex(), "not an upkeeping contract"}},
			{name: "data dir in use", before: func(t *testing.T) func() {
				unlock, err := store.LockDir(dir)
				if err != nil {
					t.Fatal(err)
				}
				return func() { unlock() }
			}, want: []string{"data dir", "in use", dir, fmt.Sprintf("pid %d", os.Getpid())}},
			{name: "wrong password", before: func(t *testing.T) func() {
				t.Setenv("WHITEPAY_PASSWORD", "wrong")
				return func() {}
			}, want: []string{"password", "account.json"}},
			{name: "status address in use", edit: func(c *config.Config) { c.StatusAddr = fmt.Sprintf("127.0.0.1:%d", busy) },
				want: []string{"status", fmt.Sprint(busy), "in use"}},
			{name: "missing config", raw: func([]byte) []byte { return nil }, want: []string{"config", "no such file"}},
		} {
			t.Run(role+"/"+tc.name, func(t *testing.T) {
				c := *base
				c.Contracts = append([]config.Contract(nil), base.Contracts...)
				if tc.edit != nil {
					tc.edit(&c)
				}
				path := filepath.Join(t.TempDir(), "config.json")
				b, _ := json.MarshalIndent(&c, "", "  ")
				b = []byte(strings.Replace(string(b), `"role"`, fmt.Sprintf(`"data_dir": %q, "role"`, dir), 1))
				if tc.raw != nil {
					b = tc.raw(b)
				}
				if b != nil {
					os.WriteFile(path, b, 0o600)
				}
				if tc.before != nil {
					defer tc.before(t)()
				}
				start := time.Now()
				_, errOut, code := runWhitepay(t, "", role, "run", "--config", path)
				if code != exitFail {
					t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFail, errOut)
				}
				if strings.Contains(errOut, "panic") || strings.Contains(errOut, "goroutine ") {
					t.Fatalf("panicked:\n%s", errOut)
				}
				// The error is one line, the last; anything before it is the node's
				// structured log (a warning, say), never a trace.
				lines := strings.Split(strings.TrimSpace(errOut), "\n")
				last := lines[len(lines)-1]
				if !strings.HasPrefix(last, "whitepay: ") {
					t.Fatalf("last line is not the error:\n%s", errOut)
				}
				for _, l := range lines[:len(lines)-1] {
					if !strings.Contains(l, "level=") {
						t.Fatalf("a line that is neither the error nor a log line:\n%s", errOut)
					}
				}
				for _, w := range tc.want {
					if !strings.Contains(last, w) {
						t.Errorf("message does not name %q: %s", w, last)
					}
				}
				t.Logf("%s (%.1fs)", last, time.Since(start).Seconds())
			})
		}
	}
}

func netListen(addr string) (interface{ Close() error }, error) { return net.Listen("tcp", addr) }
