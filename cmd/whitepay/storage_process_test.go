package main

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/keys"
)

// startWhitepay starts `whitepay args…` as a child process (the test binary in
// helper mode, like runWhitepay) and returns it running; stderr goes to logw.
func startWhitepay(t *testing.T, logw *syncBuffer, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCLIHelperProcess$")
	enc, _ := json.Marshal(args)
	cmd.Env = append(os.Environ(), "WHITEPAY_CLI_HELPER=1", "WHITEPAY_CLI_ARGS="+string(enc))
	cmd.Stdout, cmd.Stderr = logw, logw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

type procNode struct {
	role string
	dir  string
	reg  struct {
		Address common.Address `json:"address"`
		PeerID  string         `json:"peer_id"`
	}
	port int
	cmd  *exec.Cmd
	log  *syncBuffer
}

func (n *procNode) endpoint() string {
	return fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", n.port, n.reg.PeerID)
}

func (n *procNode) cfgPath() string { return filepath.Join(n.dir, ConfigFile) }

func (n *procNode) start(t *testing.T) {
	os.Remove(filepath.Join(n.dir, RunFile))
	n.cmd = startWhitepay(t, n.log, n.role, "run", "--config", n.cfgPath())
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(filepath.Join(n.dir, RunFile)); err == nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s did not start:\n%s", n.role, n.log.String())
}

func (n *procNode) status(t *testing.T) string {
	b, err := os.ReadFile(filepath.Join(n.dir, RunFile))
	if err != nil {
		t.Fatal(err)
	}
	var ri runInfo
	json.Unmarshal(b, &ri)
	return ri.Status
}

// records asks a running keeper's status endpoint how many records it holds of
// provider under contract.
func (n *procNode) records(t *testing.T, contract, prov common.Address) int {
	resp, err := http.Get("http://" + n.status(t) + "/status")
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	var st struct {
		Contracts map[string]map[string]struct{ Orders, Records int } `json:"contracts"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return -1
	}
	return st.Contracts[contract.Hex()][prov.Hex()].Records
}

func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

// TestStorageProcesses runs a provider and two keepers as separate processes on
// loopback against a chain served over JSON-RPC (the simulated backend with its
// HTTP endpoint): init, upload through `user upload`, scheduled challenges, record
// sync, a keeper and the provider killed and restarted, and the observations.
func TestStorageProcesses(t *testing.T) {
	t.Setenv("WHITEPAY_PASSWORD", "correct horse")
	rpcPort := freePort(t)
	sim := simulated.NewBackend(types.GenesisAlloc{}, func(nc *node.Config, _ *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPVirtualHosts, nc.HTTPModules = "127.0.0.1", rpcPort, []string{"*"}, []string{"eth", "net", "web3"}
	})
	defer sim.Close()
	rpc := fmt.Sprintf("http://127.0.0.1:%d", rpcPort)
	// A block every 300 ms.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(300 * time.Millisecond):
				sim.Commit()
			}
		}
	}()

	root := t.TempDir()
	userKey := filepath.Join(root, "user.json")
	user, err := keys.NewAccount(userKey, "correct horse", true)
	if err != nil {
		t.Fatal(err)
	}
	owner := keysAddress(user)
	contract := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")

	prov := &procNode{role: "provider", dir: filepath.Join(root, "provider"), log: &syncBuffer{}}
	k1 := &procNode{role: "keeper", dir: filepath.Join(root, "keeper1"), log: &syncBuffer{}}
	k2 := &procNode{role: "keeper", dir: filepath.Join(root, "keeper2"), log: &syncBuffer{}}
	nodes := []*procNode{prov, k1, k2}
	for _, n := range nodes {
		out, errOut, code := runWhitepay(t, "", n.role, "init", "--dir", n.dir, "--light-kdf", "--json", "--contract", contract.Hex(), "--chain-id", "1337", "--owner", owner.Hex())
		if code != 0 {
			t.Fatalf("%s init: exit %d: %s", n.role, code, errOut)
		}
		if err := json.Unmarshal([]byte(out), &n.reg); err != nil {
			t.Fatalf("%s init output: %v\n%s", n.role, err, out)
		}
		n.port = freePort(t)
	}
	for _, n := range nodes {
		raw, _ := os.ReadFile(n.cfgPath())
		var cfg config.Config
		if err := json.Unmarshal(raw, &cfg); err != nil {
			t.Fatal(err)
		}
		cfg.Listen = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", n.port)}
		cfg.Peers = nil
		for _, o := range nodes {
			if o != n {
				cfg.Peers = append(cfg.Peers, o.endpoint())
			}
		}
		cfg.Chain = config.Chain{RPC: rpc, ChainID: 1337}
		cfg.Contracts = []config.Contract{{Address: contract, Owner: owner, Keepers: []common.Address{k1.reg.Address, k2.reg.Address},
			Providers: []common.Address{prov.reg.Address}, Finality: 2, Stale: 20}}
		cfg.Challenge.Cron, cfg.Challenge.Jitter, cfg.Challenge.Timeout, cfg.Challenge.SyncRetry = "@every 1s", config.Duration(200*time.Millisecond), config.Duration(3*time.Second), config.Duration(time.Second)
		cfg.StatusAddr = "127.0.0.1:0"
		if err := cfg.Save(n.cfgPath()); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range nodes {
		n.start(t)
	}

	// The user uploads a piece and hands the order to both keepers.
	data := make([]byte, 300_000)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	file := filepath.Join(root, "piece.bin")
	os.WriteFile(file, data, 0o600)
	out, errOut, code := runWhitepay(t, "", "user", "upload", file, "--provider", prov.reg.Address.Hex(), "--contract", contract.Hex(),
		"--chain-id", "1337", "--key", userKey, "--endpoint", prov.endpoint(), "--keeper", k1.endpoint(), "--keeper", k2.endpoint(),
		"--start", "1", "--end", "1000000", "--json")
	if code != 0 {
		t.Fatalf("upload: exit %d: %s\n%s", code, errOut, prov.log.String())
	}
	var up uploadResult
	if err := json.Unmarshal([]byte(out), &up); err != nil {
		t.Fatal(err)
	}
	if !up.Sent || up.Size != uint64(len(data)) || len(up.Keepers) != 2 || !up.Keepers[0].OK || !up.Keepers[1].OK {
		t.Fatalf("upload result %+v", up)
	}
	if !strings.Contains(errOut, "100%") {
		t.Fatalf("no progress bar on stderr: %q", errOut)
	}

	// The user gets the file back, whole and a range, byte-identical (SPEC 3).
	back := filepath.Join(root, "back.bin")
	_, errOut, code = runWhitepay(t, "", "user", "retrieve", up.OrderID, "--provider", prov.reg.Address.Hex(), "--contract", contract.Hex(),
		"--chain-id", "1337", "--key", userKey, "--endpoint", prov.endpoint(), "--out", back)
	if got, _ := os.ReadFile(back); code != 0 || !bytes.Equal(got, data) || !strings.Contains(errOut, "retrieve [") {
		t.Fatalf("retrieve: exit %d, %d bytes back of %d: %s\n%s", code, len(got), len(data), errOut, prov.log.String())
	}
	_, errOut, code = runWhitepay(t, "", "user", "retrieve", up.OrderID, "--provider", prov.reg.Address.Hex(), "--contract", contract.Hex(),
		"--chain-id", "1337", "--key", userKey, "--endpoint", prov.endpoint(), "--out", back, "--offset", "4000", "--length", "70000", "--no-progress")
	if got, _ := os.ReadFile(back); code != 0 || !bytes.Equal(got, data[4000:74000]) {
		t.Fatalf("retrieve a range: exit %d, %d bytes: %s", code, len(got), errOut)
	}

	// Both keepers challenge and sync: each holds its own records and the other's.
	waitFor(t, "records on both keepers", 60*time.Second, func() bool {
		return k1.records(t, contract, prov.reg.Address) >= 6 && k2.records(t, contract, prov.reg.Address) >= 6
	})

	// Kill keeper 2 (no clean shutdown) and restart it: no record is lost.
	before := k2.records(t, contract, prov.reg.Address)
	k2.cmd.Process.Signal(syscall.SIGKILL)
	k2.cmd.Wait()
	mid, _ := sim.Client().BlockNumber(ctx)
	k2.start(t)
	waitFor(t, "keeper 2 status after restart", 20*time.Second, func() bool { return k2.records(t, contract, prov.reg.Address) >= 0 })
	if after := k2.records(t, contract, prov.reg.Address); after < before {
		t.Fatalf("keeper 2 held %d records before the crash, %d after", before, after)
	}

	// Kill the provider and restart it: the piece and order survive, challenges pass.
	prov.cmd.Process.Signal(syscall.SIGKILL)
	prov.cmd.Wait()
	prov.start(t)
	n1 := k1.records(t, contract, prov.reg.Address)
	waitFor(t, "new records after the restarts", 60*time.Second, func() bool {
		return k1.records(t, contract, prov.reg.Address) >= n1+4 && k2.records(t, contract, prov.reg.Address) >= before+4
	})
	for _, n := range []*procNode{k1, k2} {
		n.cmd.Process.Signal(syscall.SIGKILL)
		n.cmd.Wait()
	}
	end, _ := sim.Client().BlockNumber(ctx)

	// Observations from each keeper's records (keepers stopped: the database is free).
	observe := func(n *procNode, ts, te uint64) (st string, recs int) {
		out, errOut, code := runWhitepay(t, "", "keeper", "observe", "--config", n.cfgPath(), "--contract", contract.Hex(),
			"--provider", prov.reg.Address.Hex(), "--ts", fmt.Sprint(ts), "--te", fmt.Sprint(te))
		if code != 0 {
			t.Fatalf("observe: exit %d: %s", code, errOut)
		}
		var o struct {
			Spacetime string `json:"spacetime"`
			Records   int    `json:"records"`
		}
		json.Unmarshal([]byte(out), &o)
		return o.Spacetime, o.Records
	}
	st1, r1 := observe(k1, 1, mid-3)
	st2, r2 := observe(k2, 1, mid-3)
	t.Logf("observations over [1, %d): %s (%d records) and %s (%d records); blocks to %d", mid-3, st1, r1, st2, r2, end)
	if st1 != st2 || st1 == "0" || st1 == "" {
		t.Fatalf("observations over [1, %d): keeper 1 %s, keeper 2 %s", mid-3, st1, st2)
	}
	// The piece was proven after the provider's restart too.
	late1, _ := observe(k1, mid+5, end)
	if late1 == "0" || late1 == "" {
		t.Fatalf("no space-time after the restarts (keeper 1, [%d, %d)):\n%s", mid+5, end, k1.log.String())
	}
}

func keysAddress(k interface{ Public() crypto.PublicKey }) common.Address {
	return gethcrypto.PubkeyToAddress(*k.Public().(*ecdsa.PublicKey))
}
