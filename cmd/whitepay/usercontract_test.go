package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/internal/units"
)

// TestUserContractCLI drives the chain set-up and the user's contract commands
// against the embedded chain served over JSON-RPC, in real units: contracts deploy
// (registry, factory), two keepers' `keeper init` and `keeper register` (once per
// chain), user deploy through the factory naming the keepers by account (an
// unregistered one is refused) at 0.0005eth/TiB-month, add-provider at
// 0.001eth/TiB-month, fund, set-price (a pending change), and status: prices per
// TiB-month, funds in ether beside wei, the pending change. Cost: a few seconds.
func TestUserContractCLI(t *testing.T) {
	dir := t.TempDir()
	user, _ := gethcrypto.GenerateKey()
	userAddr := gethcrypto.PubkeyToAddress(user.PublicKey)
	ether := big.NewInt(params.Ether)
	sim, err := chain.NewSim(chain.SimOptions{
		Alloc:       types.GenesisAlloc{userAddr: {Balance: new(big.Int).Mul(big.NewInt(100), ether)}},
		BlockPeriod: 100 * time.Millisecond, HTTPAddr: "127.0.0.1:0",
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("secret\n"), 0o600)
	keyFile := filepath.Join(dir, "user.json")
	if err := keys.WriteAccount(keyFile, user, "secret", true); err != nil {
		t.Fatal(err)
	}
	common_ := []string{"--rpc", sim.URL(), "--key", keyFile, "--password-file", pw}
	run := func(args ...string) string {
		t.Helper()
		out, err := execRoot(t, "", args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return out
	}
	var stack chainSetupResult
	if err := json.Unmarshal([]byte(run(append([]string{"contracts", "deploy", "--json"}, common_...)...)), &stack); err != nil {
		t.Fatal(err)
	}
	if stack.Registry == (common.Address{}) || stack.Factory == (common.Address{}) {
		t.Fatalf("contracts deploy: %+v", stack)
	}
	var keeperAddrs []string
	for i := range 2 {
		kdir := filepath.Join(dir, "k"+string(rune('0'+i)))
		var reg struct {
			Address common.Address `json:"address"`
		}
		if err := json.Unmarshal([]byte(run("keeper", "init", "--dir", kdir, "--json", "--light-kdf", "--password-file", pw)), &reg); err != nil {
			t.Fatal(err)
		}
		sendEther(t, sim, user, reg.Address, ether) // the keeper pays its registration
		run("keeper", "register", "--dir", kdir, "--rpc", sim.URL(), "--registry", stack.Registry.Hex(), "--password-file", pw, "--json")
		keeperAddrs = append(keeperAddrs, reg.Address.Hex())
	}
	// Registering twice is refused.
	if _, err := execRoot(t, "", "keeper", "register", "--dir", filepath.Join(dir, "k0"), "--rpc", sim.URL(), "--registry", stack.Registry.Hex(),
		"--password-file", pw); err == nil || !strings.Contains(err.Error(), "already registered") {
		t.Fatalf("second registration: %v", err)
	}
	prov1, prov2 := common.HexToAddress("0x1111111111111111111111111111111111111111"), common.HexToAddress("0x2222222222222222222222222222222222222222")
	deployArgs := append([]string{"user", "deploy", "--factory", stack.Factory.Hex(), "--provider", prov1.Hex(), "--price", "0.0005eth/TiB-month",
		"--block-time", "12s", "--period", "10", "--window", "3", "--finality", "2", "--stale", "20", "--json", "--fund", "1eth"}, common_...)
	// A keeper that is not registered is refused before anything is sent.
	_, err = execRoot(t, "", append(deployArgs, "--keeper", keeperAddrs[0], "--keeper", "0x000000000000000000000000000000000000dEaD")...)
	if err == nil || !strings.Contains(err.Error(), "keeper register") {
		t.Fatalf("unregistered keeper accepted: %v", err)
	}
	var dep deployResult
	if err := json.Unmarshal([]byte(run(append(deployArgs, "--keeper", keeperAddrs[0], "--keeper", keeperAddrs[1])...)), &dep); err != nil {
		t.Fatal(err)
	}
	price1, _ := units.ParsePrice("0.0005eth/TiB-month", units.EtherToken, 12000)
	if dep.Keepers != 2 || dep.Providers != 1 || dep.Funded != ether.String() || dep.Period != 10 || dep.BlockTimeMs != 12000 ||
		dep.Registry != stack.Registry || dep.Inbox == (common.Address{}) || len(dep.Prices) != 1 || !strings.HasSuffix(dep.Prices[0], "("+price1.String()+")") {
		t.Fatalf("deploy: %+v (want price %s)", dep, price1)
	}
	withContract := append([]string{"--contract", dep.Contract.Hex()}, common_...)
	run(append([]string{"user", "add-provider", prov2.Hex(), "--price", "0.001eth/TiB-month"}, withContract...)...)
	run(append([]string{"user", "fund", "0.5eth"}, withContract...)...)
	run(append([]string{"user", "set-price", "0", "--price", "0.0007eth/TiB-month"}, withContract...)...)
	var st statusResult
	if err := json.Unmarshal([]byte(run("user", "status", "--rpc", sim.URL(), "--contract", dep.Contract.Hex(), "--json")), &st); err != nil {
		t.Fatal(err)
	}
	price2, _ := units.ParsePrice("0.001eth/TiB-month", units.EtherToken, 12000)
	want := new(big.Int).Div(new(big.Int).Mul(big.NewInt(15), ether), big.NewInt(10))
	if st.Funds != want.String() || st.Surplus != want.String() || st.Owed != "0" || st.Quorum != 2 || !strings.HasPrefix(st.FundsUnits, "1.5 ETH") ||
		len(st.Keepers) != 2 || st.Keepers[0].Status != "active" || len(st.Providers) != 2 ||
		st.Providers[0].Price != price1.String() || st.Providers[1].Price != price2.String() || st.Providers[1].Address != prov2 ||
		!strings.HasPrefix(st.Providers[0].PriceMonth, "0.0005") && !strings.HasPrefix(st.Providers[0].PriceMonth, "0.000499") ||
		st.Providers[0].NextPrice == "" || st.Providers[0].NextAt == 0 {
		t.Fatalf("status: %+v", st)
	}
	text := run("user", "status", "--rpc", sim.URL(), "--contract", dep.Contract.Hex())
	if !strings.Contains(text, "PROVIDER") || !strings.Contains(text, prov2.Hex()) || !strings.Contains(text, "KEEPER") || !strings.Contains(text, "TiB-month") {
		t.Fatalf("status table:\n%s", text)
	}
	// Bad input: an amount that is not one, a price that is not one.
	if _, err := execRoot(t, "", append([]string{"user", "fund", "lots"}, withContract...)...); err == nil {
		t.Fatal("fund lots accepted")
	}
	if _, err := execRoot(t, "", append([]string{"user", "add-provider", prov2.Hex(), "--price", "-1"}, withContract...)...); err == nil {
		t.Fatal("negative price accepted")
	}
}

// sendEther sends wei from key to an account on the simulated chain and waits.
func sendEther(t *testing.T, sim *chain.Sim, key *ecdsa.PrivateKey, to common.Address, amount *big.Int) {
	t.Helper()
	ctx := context.Background()
	c := sim.Client()
	from := gethcrypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chain.SimulatedChainID), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)), Gas: 21000, To: &to, Value: amount})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(chain.SimulatedChainID)), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, c, signed); err != nil {
		t.Fatal(err)
	}
}
