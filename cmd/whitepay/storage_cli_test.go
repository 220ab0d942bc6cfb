package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/internal/p2p"
)

func TestKeeperInitRegistration(t *testing.T) {
	t.Setenv("WHITEPAY_PASSWORD", "pw")
	dir := filepath.Join(t.TempDir(), "k")
	contract := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	out, err := execRoot(t, "", "keeper", "init", "--dir", dir, "--light-kdf", "--json", "--contract", contract.Hex(), "--chain-id", "1337")
	if err != nil {
		t.Fatal(err)
	}
	var reg keys.Registration
	if err := json.Unmarshal([]byte(out), &reg); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// The address is the keystore's, the peer id names it, the PoP verifies.
	acct, err := keys.LoadAccount(keys.AccountPath(dir), "pw")
	if err != nil {
		t.Fatal(err)
	}
	if reg.Address != keysAddress(acct) {
		t.Fatalf("address %s", reg.Address)
	}
	id, err := peer.Decode(reg.PeerID)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := p2p.AddressOf(id); a != reg.Address {
		t.Fatalf("peer id names %s", a)
	}
	pk, err := bls.PublicKeyFromEIP2537(common.FromHex(reg.BLSEIP2537))
	if err != nil {
		t.Fatal(err)
	}
	pop, err := bls.SignatureFromEIP2537(common.FromHex(reg.PoPEIP2537))
	if err != nil {
		t.Fatal(err)
	}
	if !bls.VerifyPossession(domain.New(1337, contract), reg.Address, pk, pop) {
		t.Fatal("printed PoP does not verify")
	}
	if len(reg.Endpoints) != 2 || !strings.HasSuffix(reg.Endpoints[0], "/p2p/"+reg.PeerID) {
		t.Fatalf("endpoints %v", reg.Endpoints)
	}
	// keeper pop reproduces a PoP for another contract.
	other := common.HexToAddress("0x00000000000000000000000000000000000000c2")
	out, err = execRoot(t, "", "keeper", "pop", "--dir", dir, "--contract", other.Hex(), "--chain-id", "1337", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var reg2 keys.Registration
	json.Unmarshal([]byte(out), &reg2)
	pop2, err := bls.SignatureFromBytes(common.FromHex(reg2.PoP))
	if err != nil || !bls.VerifyPossession(domain.New(1337, other), reg.Address, pk, pop2) {
		t.Fatalf("keeper pop: %v", err)
	}
	// Human-readable output names the same things.
	out, err = execRoot(t, "", "provider", "init", "--dir", filepath.Join(t.TempDir(), "p"), "--light-kdf")
	if err != nil || !strings.Contains(out, "provider initialised") || !strings.Contains(out, "peer id") {
		t.Fatalf("provider init: %v\n%s", err, out)
	}
}

func TestStorageCLIUsageErrors(t *testing.T) {
	dir := t.TempDir()
	cases := [][]string{
		{"keeper", "init", "--dir", filepath.Join(dir, "a"), "--password-env", "WHITEPAY_TEST_UNSET"},
		{"keeper", "init", "--dir", filepath.Join(dir, "b"), "--contract", "0x01"},
		{"keeper", "run"},
		{"provider", "run", "--config", filepath.Join(dir, "missing.json")},
		{"user", "upload", "f", "--provider", "nope"},
		{"user", "upload", "f", "--provider", "0x00000000000000000000000000000000000000c1", "--contract", "0x00000000000000000000000000000000000000c1", "--chain-id", "1", "--endpoint", "/ip4/127.0.0.1/tcp/1/p2p/16Uiu2HAmBdxcxUHirdWikpdmsy77aKjD4BpWqdxfM5pVLbDh3qs8"},
	}
	for _, args := range cases {
		_, errOut, code := runWhitepay(t, "", args...)
		if code == 0 {
			t.Errorf("%v: exit 0", args)
		}
		if code == 2 && errOut == "" {
			t.Errorf("%v: no message", args)
		}
		if args[1] != "run" && code != 2 {
			t.Errorf("%v: exit %d, want 2 (usage): %s", args, code, errOut)
		}
	}
	// The wrong-endpoint case names the mismatch.
	_, errOut, _ := runWhitepay(t, "", cases[5]...)
	if !strings.Contains(errOut, "not of provider") {
		t.Errorf("endpoint mismatch message: %s", errOut)
	}
}

func TestBenchChallengeSmall(t *testing.T) {
	out, err := execRoot(t, "", "bench", "challenge", "--providers", "3", "--rounds", "2", "--pieces", "2", "--piece-size", "100000", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var r benchChallengeResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	// Every challenge proved the full space; the measurements were taken.
	if r.Challenges != 6 || r.ChallengesOK != 6 || r.LeavesPerChallenge != 8 {
		t.Fatalf("result %+v", r)
	}
	if r.VerifyPerS <= 0 || r.SHA256BytesPerS <= 0 || r.ChallengesPerS <= 0 || r.PeakRSSBytes == 0 || r.LeafProofs == 0 {
		t.Fatalf("missing measurements %+v", r)
	}
}
