package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/contracts/bindings"
)

// version is the release, set at link time (-ldflags "-X main.version=v1.2.3");
// empty: the module version from the build information ("(devel)" for a checkout).
var version string

// versionInfo is what `whitepay version --json` prints.
type versionInfo struct {
	Version string `json:"version"`
	Commit  string `json:"commit,omitempty"`
	// Modified: the working tree had uncommitted changes when built.
	Modified bool   `json:"modified,omitempty"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
	// Contracts identify the contract code this binary deploys and speaks to:
	// keccak256 of each creation bytecode (keepers and users must agree on it).
	Contracts map[string]string `json:"contracts"`
}

func buildVersion() versionInfo {
	v := versionInfo{Version: version, Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH,
		Contracts: map[string]string{}}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v.Version == "" {
			v.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Commit = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	if v.Version == "" {
		v.Version = "(devel)"
	}
	for name, bin := range map[string]string{"Upkeeping": bindings.UpkeepingMetaData.Bin, "BatchInbox": bindings.BatchInboxMetaData.Bin} {
		v.Contracts[name] = crypto.Keccak256Hash(common.FromHex(bin)).Hex()[:18]
	}
	return v
}

func newVersionCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version [--json]",
		Short: "Print the binary's version, commit, Go version and contract code identity",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := buildVersion()
			if asJSON {
				return printJSON(cmd.OutOrStdout(), v)
			}
			w := cmd.OutOrStdout()
			commit := v.Commit
			if commit == "" {
				commit = "unknown"
			} else if len(commit) > 12 {
				commit = commit[:12]
			}
			if v.Modified {
				commit += "+modified"
			}
			fmt.Fprintf(w, "whitepay %s (commit %s, %s, %s)\n", v.Version, commit, v.Go, v.Platform)
			fmt.Fprintf(w, "contracts: Upkeeping %s, BatchInbox %s\n", v.Contracts["Upkeeping"], v.Contracts["BatchInbox"])
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
