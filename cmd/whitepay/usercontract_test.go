package main

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/keys"
)

// TestUserContractCLI drives the user's contract commands against the embedded
// chain served over JSON-RPC: predict, keepers' `keeper init --json` with PoPs for
// the predicted address, deploy (a PoP for another address is refused), fund,
// add-provider and status.
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
	var pred struct {
		Contract common.Address `json:"contract"`
		ChainID  uint64         `json:"chain_id"`
	}
	if err := json.Unmarshal([]byte(run(append([]string{"user", "deploy", "--predict", "--json"}, common_...)...)), &pred); err != nil {
		t.Fatal(err)
	}
	var keeperFiles []string
	for i, contract := range []string{pred.Contract.Hex(), pred.Contract.Hex(), "0x000000000000000000000000000000000000dead"} {
		out := run("keeper", "init", "--dir", filepath.Join(dir, "k"+string(rune('0'+i))), "--contract", contract, "--chain-id", "1337",
			"--json", "--light-kdf", "--password-file", pw)
		f := filepath.Join(dir, "k"+string(rune('0'+i))+".json")
		os.WriteFile(f, []byte(out), 0o600)
		keeperFiles = append(keeperFiles, f)
	}
	prov1, prov2 := common.HexToAddress("0x1111111111111111111111111111111111111111"), common.HexToAddress("0x2222222222222222222222222222222222222222")
	deployArgs := append([]string{"user", "deploy", "--provider", prov1.Hex() + ":5", "--period", "10", "--window", "3", "--finality", "2", "--stale", "20", "--json", "--fund", "1eth"}, common_...)
	// A keeper whose PoP signs another contract is refused before anything is sent.
	_, err = execRoot(t, "", append(deployArgs, "--keeper", keeperFiles[0], "--keeper", keeperFiles[2])...)
	if err == nil || !strings.Contains(err.Error(), "keeper pop") {
		t.Fatalf("foreign PoP accepted: %v", err)
	}
	var dep deployResult
	if err := json.Unmarshal([]byte(run(append(deployArgs, "--keeper", keeperFiles[0], "--keeper", keeperFiles[1])...)), &dep); err != nil {
		t.Fatal(err)
	}
	if dep.Contract != pred.Contract || dep.Keepers != 2 || dep.Providers != 1 || dep.Funded != ether.String() || dep.Period != 10 {
		t.Fatalf("deploy: %+v, predicted %s", dep, pred.Contract)
	}
	withContract := append([]string{"--contract", dep.Contract.Hex()}, common_...)
	run(append([]string{"user", "add-provider", prov2.Hex(), "--price", "7"}, withContract...)...)
	run(append([]string{"user", "fund", "0.5eth"}, withContract...)...)
	var st statusResult
	if err := json.Unmarshal([]byte(run("user", "status", "--rpc", sim.URL(), "--contract", dep.Contract.Hex(), "--json")), &st); err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Div(new(big.Int).Mul(big.NewInt(15), ether), big.NewInt(10))
	if st.Funds != want.String() || st.Surplus != want.String() || st.Owed != "0" || st.Quorum != 2 ||
		len(st.Keepers) != 2 || st.Keepers[0].Status != "active" || len(st.Providers) != 2 ||
		st.Providers[0].Price != "5" || st.Providers[1].Price != "7" || st.Providers[1].Address != prov2 {
		t.Fatalf("status: %+v", st)
	}
	text := run("user", "status", "--rpc", sim.URL(), "--contract", dep.Contract.Hex())
	if !strings.Contains(text, "PROVIDER") || !strings.Contains(text, prov2.Hex()) || !strings.Contains(text, "KEEPER") {
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
