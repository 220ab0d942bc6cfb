package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whitepay/whitepay/internal/fuzzcorpus"
)

const sample = `{
  "role": "keeper",
  "data_dir": "data",
  "listen": ["/ip4/127.0.0.1/tcp/4001"],
  "chain": {"rpc": "http://127.0.0.1:8545", "chain_id": 1337},
  "contracts": [{
    "address": "0x00000000000000000000000000000000000000c1",
    "owner": "0x00000000000000000000000000000000000000a1",
    "keepers": ["0x00000000000000000000000000000000000000b1", "0x00000000000000000000000000000000000000b2"],
    "providers": ["0x00000000000000000000000000000000000000d1"],
    "finality": 3
  }],
  "challenge": {"cron": "*/10 * * * * *", "jitter": "2s"},
  "limits": {"max_uploads": 2}
}`

func TestLoadDefaults(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.json")
	os.WriteFile(path, []byte(sample), 0o600)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.DataDir != filepath.Join(dir, "data") {
		t.Fatalf("data dir %s", c.DataDir)
	}
	k := c.Contracts[0]
	if k.Finality != 3 || k.Stale != DefaultStale || len(k.Keepers) != 2 {
		t.Fatalf("contract %+v", k)
	}
	if c.Challenge.Jitter.D() != 2*time.Second || c.Challenge.Timeout != DefaultTimeout || c.Limits.MaxUploads != 2 || c.Limits.MaxMessage != DefaultMaxMessage {
		t.Fatalf("defaults %+v %+v", c.Challenge, c.Limits)
	}
	if c.PasswordEnv != DefaultPasswordEnv {
		t.Fatal("password env default")
	}
	// Save and load again gives the same configuration.
	if err := c.Save(path); err != nil {
		t.Fatal(err)
	}
	c2, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c2.Challenge != c.Challenge || c2.Contracts[0].Address != k.Address {
		t.Fatal("round trip changed the configuration")
	}
}

func TestRejects(t *testing.T) {
	cases := map[string]string{
		"unknown field":                     strings.Replace(sample, `"role"`, `"rolez": 1, "role"`, 1),
		"bad role":                          strings.Replace(sample, `"keeper"`, `"miner"`, 1),
		"bad cron":                          strings.Replace(sample, `*/10 * * * * *`, `every minute`, 1),
		"bad duration":                      strings.Replace(sample, `"2s"`, `"2 parsecs"`, 1),
		"bad address":                       strings.Replace(sample, `0x00000000000000000000000000000000000000c1`, `0xzz`, 1),
		"rpc no scheme":                     strings.Replace(sample, `"http://127.0.0.1:8545"`, `"127.0.0.1:8545"`, 1),
		"duplicate":                         strings.Replace(sample, `00b2`, `00b1`, 1),
		"bad peer":                          strings.Replace(sample, `"chain"`, `"peers": ["/ip4/127.0.0.1/tcp/1"], "chain"`, 1),
		"trailing":                          sample + "{}",
		"tiny max_message":                  strings.Replace(sample, `"max_uploads": 2`, `"max_message": 10`, 1),
		"arweave wallet without arweave da": strings.Replace(sample, `"role"`, `"arweave_wallet": "w.json", "role"`, 1),
		"arweave bodies not a URL":          strings.Replace(sample, `"role"`, `"arweave_bodies": "arweave.net", "role"`, 1),
		"arweave bodies with a dir layer": strings.Replace(sample, `"role"`,
			`"da": "dir:ledger", "arweave_bodies": "http://127.0.0.1:1984", "arweave_wallet": "w.json", "role"`, 1),
		"arweave wallet of a provider": strings.Replace(strings.Replace(sample, `"keeper"`, `"provider"`, 1), `"role"`,
			`"da": "arweave:http://127.0.0.1:1984", "arweave_wallet": "w.json", "role"`, 1),
	}
	for name, text := range cases {
		if _, err := Parse([]byte(text)); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
}

func TestArweaveBodies(t *testing.T) {
	for _, da := range []string{``, `"da": "eth:0x00000000000000000000000000000000000000e1", `} {
		c, err := Parse([]byte(strings.Replace(sample, `"role"`, da+`"arweave_bodies": "http://127.0.0.1:1984", "arweave_wallet": "w.json", "role"`, 1)))
		if err != nil || c.ArweaveBodies != "http://127.0.0.1:1984" {
			t.Fatalf("%s: %v", da, err)
		}
	}
}

func TestArweaveWalletPath(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.json")
	os.WriteFile(path, []byte(strings.Replace(sample, `"role"`, `"da": "arweave:http://127.0.0.1:1984", "arweave_wallet": "keys/ar.json", "role"`, 1)), 0o600)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.ArweaveWallet != filepath.Join(dir, "keys", "ar.json") {
		t.Fatalf("wallet path %s", c.ArweaveWallet)
	}
}

func FuzzParse(f *testing.F) {
	fuzzcorpus.Add(f, []byte(sample))
	fuzzcorpus.Add(f, []byte(`{"role":"provider"}`))
	fuzzcorpus.Add(f, []byte(`{`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Parse(b)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error class: %v", err)
			}
			return
		}
		// A parsed configuration is valid and stays valid through defaults.
		c.ApplyDefaults()
		if err := c.Validate(); err != nil {
			t.Fatalf("parsed configuration invalid: %v", err)
		}
	})
}
