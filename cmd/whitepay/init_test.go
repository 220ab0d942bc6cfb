package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whitepay/whitepay/internal/config"
)

// TestInitWritesCompleteConfig: `keeper init` and `provider init` write every field
// of the configuration (config.FieldPaths, which docs/config.md documents), with
// fixed listen and status ports, and tell the operator about gas money.
func TestInitWritesCompleteConfig(t *testing.T) {
	t.Setenv("WHITEPAY_PASSWORD", "pw")
	for _, role := range []string{"keeper", "provider"} {
		dir := filepath.Join(t.TempDir(), role)
		_, errOut, code := runWhitepay(t, "", role, "init", "--dir", dir, "--light-kdf", "--contract", "0x00000000000000000000000000000000000000c1", "--chain-id", "1337")
		if code != 0 {
			t.Fatalf("%s init: exit %d: %s", role, code, errOut)
		}
		if !strings.Contains(errOut, "gas: fund 0x") {
			t.Errorf("%s init says nothing about gas money: %q", role, errOut)
		}
		b, err := os.ReadFile(filepath.Join(dir, ConfigFile))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		for _, path := range config.FieldPaths() {
			if strings.HasPrefix(path, "contracts.") {
				continue // per-contract fields other than address serve contracts without code only
			}
			var v any = m
			for _, k := range strings.Split(path, ".") {
				obj, ok := v.(map[string]any)
				if !ok {
					v = nil
					break
				}
				if v, ok = obj[k]; !ok {
					t.Errorf("%s init: %s missing from the configuration", role, path)
				}
			}
		}
		c, err := config.Load(filepath.Join(dir, ConfigFile))
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Listen) != 2 || strings.HasSuffix(c.Listen[0], "/tcp/0") || !strings.HasPrefix(c.StatusAddr, "127.0.0.1:") || strings.HasSuffix(c.StatusAddr, ":0") {
			t.Errorf("%s init: listen %v, status %q: want fixed ports", role, c.Listen, c.StatusAddr)
		}
		if c.DataDir != dir || len(c.Contracts) != 1 || c.Chain.ChainID != 1337 {
			t.Errorf("%s init: %+v", role, c)
		}
	}
}
