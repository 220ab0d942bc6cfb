package keys

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/p2p"
)

func TestAccountRoundTrip(t *testing.T) {
	path := AccountPath(t.TempDir())
	k, err := NewAccount(path, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	got, err := LoadAccount(path, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(k) {
		t.Fatal("loaded a different key")
	}
	if _, err := LoadAccount(path, "wrong"); err == nil {
		t.Fatal("wrong password accepted")
	}
	if _, err := NewAccount(path, "pw", true); !errors.Is(err, ErrExists) {
		t.Fatalf("overwrite: err = %v", err)
	}
	if _, err := NewAccount(path+"2", "", true); !errors.Is(err, ErrNoPassword) {
		t.Fatalf("empty password: err = %v", err)
	}
}

func TestPasswordSources(t *testing.T) {
	f := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(f, []byte("secret\nignored\n"), 0o600)
	if pw, err := Password(f, "X"); err != nil || pw != "secret" {
		t.Fatalf("file: %q %v", pw, err)
	}
	t.Setenv("WP_TEST_PW", "fromenv")
	if pw, err := Password("", "WP_TEST_PW"); err != nil || pw != "fromenv" {
		t.Fatalf("env: %q %v", pw, err)
	}
	if _, err := Password("", "WP_TEST_UNSET_VAR"); !errors.Is(err, ErrNoPassword) {
		t.Fatalf("unset env: %v", err)
	}
}

func TestRegistration(t *testing.T) {
	dir := t.TempDir()
	acct, err := NewAccount(AccountPath(dir), "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	sk, err := NewBLS(BLSPath(dir), "pw")
	if err != nil {
		t.Fatal(err)
	}
	sk2, err := LoadBLS(BLSPath(dir), "pw")
	if err != nil || !sk2.PublicKey().Equal(sk.PublicKey()) {
		t.Fatalf("LoadBLS: %v", err)
	}
	d := domain.New(1337, common.HexToAddress("0x1234"))
	r, err := NewRegistration("keeper", acct, sk, &d, []string{"/ip4/127.0.0.1/tcp/1"})
	if err != nil {
		t.Fatal(err)
	}
	addr := gethcrypto.PubkeyToAddress(acct.PublicKey)
	if r.Address != addr || r.ChainID != 1337 {
		t.Fatalf("registration %+v", r)
	}
	// The printed peer id names the account, and the PoP verifies for it.
	id, err := peer.Decode(r.PeerID)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := p2p.AddressOf(id); a != addr {
		t.Fatalf("peer id names %s", a)
	}
	pop, err := bls.SignatureFromBytes(common.FromHex(r.PoP))
	if err != nil {
		t.Fatal(err)
	}
	if !bls.VerifyPossession(d, addr, sk.PublicKey(), pop) {
		t.Fatal("PoP does not verify")
	}
	other := domain.New(1337, common.HexToAddress("0x9999"))
	if bls.VerifyPossession(other, addr, sk.PublicKey(), pop) {
		t.Fatal("PoP verifies for another contract")
	}
	r2, _ := NewRegistration("keeper", acct, sk, nil, nil)
	if r2.PoP != "" || r2.PoPHint == "" {
		t.Fatal("without a contract there is no PoP but a hint")
	}
}
