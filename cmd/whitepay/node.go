package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/internal/obs"
)

// Shared plumbing of `keeper` and `provider` (init and run): password flags, the
// registration printout, the run file.

// ConfigFile is the name of the configuration file init writes in the data dir.
const ConfigFile = "config.json"

// RunFile is written in the data dir by `run` once the node listens: its account,
// peer id and actual endpoints (JSON), for operators and scripts.
const RunFile = "run.json"

type passwordFlags struct {
	file string
	env  string
}

func (p *passwordFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&p.file, "password-file", "", "file whose first line is the keystore password")
	cmd.Flags().StringVar(&p.env, "password-env", config.DefaultPasswordEnv, "environment variable holding the keystore password")
}

func (p *passwordFlags) get() (string, error) {
	pw, err := keys.Password(p.file, p.env)
	if err != nil {
		return "", usagef("%v", err)
	}
	return pw, nil
}

type initFlags struct {
	dir        string
	listen     []string
	announce   []string
	port       int
	statusAddr string
	rpc        string
	chainID    uint64
	contracts  []string
	owner      string
	registry   string
	da         string
	lightKDF   bool
	asJSON     bool
	pw         passwordFlags
}

func (f *initFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.dir, "dir", "", "data directory to create (required)")
	fl.StringVar(&f.rpc, "rpc", "", "JSON-RPC URL of the chain (its chain id is read from it), written to the configuration")
	fl.Uint64Var(&f.chainID, "chain-id", 0, "chain id (checked against --rpc; needed for a proof of possession without --rpc)")
	fl.StringArrayVar(&f.contracts, "contract", nil, "upkeeping contract to serve (repeatable; the first also binds a keeper's proof of possession)")
	fl.IntVar(&f.port, "port", 0, "libp2p port, TCP and UDP/QUIC (default: a free port picked now, kept in the configuration)")
	fl.StringSliceVar(&f.listen, "listen", nil, "libp2p listen multiaddrs (default: /ip4/0.0.0.0/tcp/PORT and /ip4/0.0.0.0/udp/PORT/quic-v1)")
	fl.StringSliceVar(&f.announce, "announce", nil, "multiaddrs to announce on-chain instead of the listen addresses (a public address behind NAT)")
	fl.StringVar(&f.statusAddr, "status-addr", "", "host:port of the status, metrics and health endpoint (default: 127.0.0.1 and a free port picked now; \"off\": none)")
	fl.StringVar(&f.registry, "registry", "", "chain.registry: the registry of the endpoint directory (default: the one the contracts name)")
	fl.StringVar(&f.da, "da", "", "da: the ledger's layer for contracts that name none (eth:0xINBOX; default: the ledger each contract names)")
	fl.StringVar(&f.owner, "owner", "", "owner of --contract, only for an address without contract code (served from the configuration alone)")
	fl.BoolVar(&f.lightKDF, "light-kdf", false, "weak scrypt parameters for the account keystore (tests and throwaway devnets only)")
	fl.BoolVar(&f.asJSON, "json", false, "print the registration data as JSON")
	f.pw.register(cmd)
}

// check validates the flags, reads the chain id from --rpc when given, fixes the
// listen and status ports, and returns the domain of the PoP (nil without a
// contract).
func (f *initFlags) check(cmd *cobra.Command) (*domain.Domain, error) {
	if f.dir == "" {
		return nil, usagef("--dir is required")
	}
	for _, c := range f.contracts {
		if !common.IsHexAddress(c) {
			return nil, usagef("--contract %q is not an address", c)
		}
	}
	if f.owner != "" && !common.IsHexAddress(f.owner) {
		return nil, usagef("--owner %q is not an address", f.owner)
	}
	if f.registry != "" && !common.IsHexAddress(f.registry) {
		return nil, usagef("--registry %q is not an address", f.registry)
	}
	if f.rpc != "" {
		eth, id, err := chain.DialChain(cmd.Context(), f.rpc, f.chainID)
		if err != nil {
			return nil, err
		}
		eth.Close()
		f.chainID = id.Uint64()
	}
	if len(f.listen) == 0 {
		port := f.port
		if port == 0 {
			var err error
			if port, err = freeStablePort(); err != nil {
				return nil, err
			}
		}
		f.listen = []string{fmt.Sprintf("/ip4/0.0.0.0/tcp/%d", port), fmt.Sprintf("/ip4/0.0.0.0/udp/%d/quic-v1", port)}
	}
	switch f.statusAddr {
	case "off":
		f.statusAddr = ""
	case "":
		port, err := freeStablePort()
		if err != nil {
			return nil, err
		}
		f.statusAddr = fmt.Sprintf("127.0.0.1:%d", port)
	}
	if len(f.contracts) == 0 {
		return nil, nil
	}
	if f.chainID == 0 {
		return nil, usagef("--contract needs --rpc or --chain-id (the proof of possession binds both)")
	}
	d := domain.New(f.chainID, common.HexToAddress(f.contracts[0]))
	return &d, nil
}

// freeStablePort returns a port free now for both TCP and UDP on every interface,
// taken from 20000–32767: below Linux's ephemeral range, so that no outbound
// connection takes it between init and the node's start.
func freeStablePort() (int, error) {
	const lo, hi = 20000, 32768
	start := lo + rand.IntN(hi-lo)
	for i := range hi - lo {
		p := lo + (start-lo+i)%(hi-lo)
		t, err := net.Listen("tcp", fmt.Sprintf("0.0.0.0:%d", p))
		if err != nil {
			continue
		}
		u, err := net.ListenPacket("udp", fmt.Sprintf("0.0.0.0:%d", p))
		t.Close()
		if err != nil {
			continue
		}
		u.Close()
		return p, nil
	}
	return 0, errors.New("init: no free port in 20000–32767")
}

// writeConfig writes the node's initial configuration: every field, with its
// default where the flags set nothing (docs/config.md).
func (f *initFlags) writeConfig(role string) (string, error) {
	c := &config.Config{Role: role, DataDir: ".", Listen: f.listen, Announce: f.announce, PasswordFile: f.pw.file, PasswordEnv: f.pw.env,
		Chain: config.Chain{RPC: f.rpc, ChainID: f.chainID}, Contracts: []config.Contract{}, StatusAddr: f.statusAddr, DA: f.da}
	if f.registry != "" {
		c.Chain.Registry = common.HexToAddress(f.registry)
	}
	if f.pw.file != "" {
		c.PasswordEnv = ""
		if abs, err := filepath.Abs(f.pw.file); err == nil {
			c.PasswordFile = abs
		}
	}
	for _, a := range f.contracts {
		cc := config.Contract{Address: common.HexToAddress(a)}
		if f.owner != "" {
			cc.Owner = common.HexToAddress(f.owner)
		}
		c.Contracts = append(c.Contracts, cc)
	}
	c.ApplyDefaults()
	if err := c.Validate(); err != nil {
		return "", usagef("%v", err)
	}
	path := filepath.Join(f.dir, ConfigFile)
	if _, err := os.Stat(path); err == nil {
		return "", fmt.Errorf("%w: %s", keys.ErrExists, path)
	}
	return path, c.Save(path)
}

// endpoints returns the configured listen addresses with the node's /p2p/ part.
func endpoints(listen []string, id peer.ID) []string {
	out := make([]string, 0, len(listen))
	for _, a := range listen {
		out = append(out, strings.TrimSuffix(a, "/")+"/p2p/"+id.String())
	}
	return out
}

func printRegistration(w io.Writer, r *keys.Registration, dir, cfgPath string, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			*keys.Registration
			DataDir string `json:"data_dir"`
			Config  string `json:"config"`
		}{r, dir, cfgPath})
	}
	fmt.Fprintf(w, "%s initialised in %s\n", r.Role, dir)
	fmt.Fprintf(w, "  address            %s\n", r.Address)
	fmt.Fprintf(w, "  peer id            %s\n", r.PeerID)
	for i, e := range r.Endpoints {
		label := ""
		if i == 0 {
			label = "endpoints"
		}
		fmt.Fprintf(w, "  %-18s %s\n", label, e)
	}
	if r.BLSPubKey != "" {
		fmt.Fprintf(w, "  BLS public key     %s (48-byte compressed)\n", r.BLSPubKey)
		fmt.Fprintf(w, "  BLS EIP-2537       %s (128 bytes, for the contract)\n", r.BLSEIP2537)
		if r.PoP != "" {
			fmt.Fprintf(w, "  PoP                %s (96-byte compressed)\n", r.PoP)
			fmt.Fprintf(w, "  PoP EIP-2537       %s\n", r.PoPEIP2537)
			fmt.Fprintf(w, "                     for contract %s on chain %d\n", r.Contract, r.ChainID)
		} else {
			fmt.Fprintf(w, "  PoP                %s\n", r.PoPHint)
		}
	}
	fmt.Fprintf(w, "  config             %s (complete: every field with its default, see docs/config.md)\n", cfgPath)
	return nil
}

// runInfo is the content of RunFile.
type runInfo struct {
	Role      string         `json:"role"`
	Address   common.Address `json:"address"`
	PeerID    string         `json:"peer_id"`
	Endpoints []string       `json:"endpoints"`
	Status    string         `json:"status,omitempty"`
	PID       int            `json:"pid"`
	Started   time.Time      `json:"started"`
}

func writeRunFile(dir string, ri runInfo) error {
	b, err := json.MarshalIndent(ri, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, RunFile+".tmp")
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, RunFile))
}

// loadNodeConfig loads the configuration of `run` and checks its role.
func loadNodeConfig(path, role string) (*config.Config, error) {
	if path == "" {
		return nil, usagef("--config is required")
	}
	// A bad file is a start-up failure (exit 1), not a wrong command line.
	c, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	if c.Role != role {
		return nil, fmt.Errorf("%s is a %s configuration, not a %s one", path, c.Role, role)
	}
	if c.PasswordFile != "" && !filepath.IsAbs(c.PasswordFile) {
		c.PasswordFile = filepath.Join(filepath.Dir(path), c.PasswordFile)
	}
	return c, nil
}

// logLevelFlag is the root's persistent flag --log-level.
const logLevelFlag = "log-level"

// logLevel returns the level --log-level names (a usage error for another word).
func logLevel(cmd *cobra.Command) (slog.Level, error) {
	s, err := cmd.Flags().GetString(logLevelFlag)
	if err != nil {
		return slog.LevelInfo, nil // a command tree built without the root (tests)
	}
	l, err := obs.ParseLevel(s)
	if err != nil {
		return 0, usagef("--%s: %v", logLevelFlag, err)
	}
	return l, nil
}

// warnWindow is how long a repeated warning is suppressed (obs.DedupHandler).
const warnWindow = 30 * time.Second

// nodeLogger is a node's structured log on standard error, at the --log-level,
// with repeated warnings rate-limited (obs.DedupHandler).
func nodeLogger(cmd *cobra.Command, role string) *slog.Logger {
	l, _ := logLevel(cmd)
	h := slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: l})
	return slog.New(obs.NewDedupHandler(h, warnWindow)).With("role", role)
}

// waitDone blocks until ctx ends and returns nil (a signal is a clean stop).
func waitDone(ctx context.Context) error {
	<-ctx.Done()
	return nil
}
