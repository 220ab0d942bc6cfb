// Package config is the configuration file of a WhitePay keeper or provider node
// (SPEC 10).
//
// The file is JSON (encoding/json, no extra dependency), decoded strictly: an
// unknown field, a malformed address or multiaddr, or an invalid cron spec is an
// error naming the field. Durations are strings in Go syntax ("30s", "2m").
//
// Fields (defaults in brackets):
//
//	role            "keeper" or "provider"
//	data_dir        directory of keystores, database and pieces [the config file's directory]
//	listen          libp2p listen multiaddrs [/ip4/127.0.0.1/tcp/0, /ip4/127.0.0.1/udp/0/quic-v1]
//	peers           endpoints of other nodes: multiaddrs ending in /p2p/<peer id>; the
//	                peer id names the node's account, so a peer is found by address
//	password_file   file holding the keystore password (or password_env) [env WHITEPAY_PASSWORD]
//	password_env    environment variable holding it
//	chain.rpc       JSON-RPC URL of the chain (http://, ws:// or a geth IPC path)
//	chain.chain_id  chain id (checked against the node at start)
//	contracts[]     every upkeeping contract the node serves (SPEC 1):
//	  address       the contract
//	  owner         the user who deployed it; orders must be signed by this account
//	  keepers       the keeper group in registration order (index = position); until
//	                the node reads it from the contract, the configuration is the source
//	  providers     the providers in registration order
//	  finality      D, blocks [6]
//	  stale         G, blocks [100]
//	challenge       keeper only (SPEC 3):
//	  cron          robfig/cron spec, with seconds field optional ["@every 1m"]
//	  jitter        random delay added to every run, uniform in [0, jitter) ["5s"]
//	  timeout       wall-clock deadline of a response ["20s"]
//	  pieces        m, pieces per challenge [4]
//	  leaves        c, leaves per piece [4]
//	  sync_retry    how often undelivered records are retried ["30s"]
//	limits:
//	  max_message        bytes of any framed message [4 MiB]
//	  max_uploads        concurrent uploads a provider accepts [4]
//	  max_piece_size     bytes of one piece a provider accepts [1 GiB]
//	  upload_idle        an upload stalled this long is dropped ["30s"]
//	  max_orders         orders a keeper or provider keeps per contract and provider [100000]
//	status_addr      host:port of the JSON status endpoint ["" = off]
package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/robfig/cron/v3"

	"github.com/whitepay/whitepay/internal/p2p"
)

// Roles.
const (
	RoleKeeper   = "keeper"
	RoleProvider = "provider"
)

// DefaultPasswordEnv is the environment variable read when neither password_file nor
// password_env is set.
const DefaultPasswordEnv = "WHITEPAY_PASSWORD"

// ErrInvalid wraps every validation error.
var ErrInvalid = errors.New("config: invalid")

// Duration is a time.Duration written as a Go duration string in JSON.
type Duration time.Duration

// MarshalJSON writes d as a string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads a Go duration string.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string such as \"30s\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	if v < 0 {
		return fmt.Errorf("negative duration %q", s)
	}
	*d = Duration(v)
	return nil
}

// D returns d as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// Config is a node's configuration file.
type Config struct {
	Role         string     `json:"role"`
	DataDir      string     `json:"data_dir,omitempty"`
	Listen       []string   `json:"listen,omitempty"`
	Peers        []string   `json:"peers,omitempty"`
	PasswordFile string     `json:"password_file,omitempty"`
	PasswordEnv  string     `json:"password_env,omitempty"`
	Chain        Chain      `json:"chain"`
	Contracts    []Contract `json:"contracts"`
	Challenge    Challenge  `json:"challenge"`
	Limits       Limits     `json:"limits"`
	StatusAddr   string     `json:"status_addr,omitempty"`
	// DA is a keeper's SCP ledger layer (SPEC 9, settle/da): "dir:PATH", "eth",
	// "eth:0xINBOX" or "arweave:URL" (a gateway); empty: dir:DATA_DIR/ledger.
	DA string `json:"da,omitempty"`
	// ArweaveWallet is the Arweave wallet (JWK file, as Arweave's tools write it) a
	// keeper signs its ledger publications with when DA is arweave:URL; a relative
	// path is relative to the file's directory. Keep it private (mode 0600).
	ArweaveWallet string `json:"arweave_wallet,omitempty"`
}

// Chain is the chain the node reads.
type Chain struct {
	RPC     string `json:"rpc"`
	ChainID uint64 `json:"chain_id"`
}

// Contract is one upkeeping contract the node serves.
type Contract struct {
	Address   common.Address   `json:"address"`
	Owner     common.Address   `json:"owner"`
	Keepers   []common.Address `json:"keepers,omitempty"`
	Providers []common.Address `json:"providers,omitempty"`
	Finality  uint64           `json:"finality,omitempty"`
	Stale     uint64           `json:"stale,omitempty"`
}

// Challenge configures a keeper's challenger.
type Challenge struct {
	Cron      string   `json:"cron,omitempty"`
	Jitter    Duration `json:"jitter,omitempty"`
	Timeout   Duration `json:"timeout,omitempty"`
	Pieces    int      `json:"pieces,omitempty"`
	Leaves    int      `json:"leaves,omitempty"`
	SyncRetry Duration `json:"sync_retry,omitempty"`
}

// Limits bounds what a node accepts.
type Limits struct {
	MaxMessage   int      `json:"max_message,omitempty"`
	MaxUploads   int      `json:"max_uploads,omitempty"`
	MaxPieceSize uint64   `json:"max_piece_size,omitempty"`
	UploadIdle   Duration `json:"upload_idle,omitempty"`
	MaxOrders    int      `json:"max_orders,omitempty"`
}

// Defaults.
const (
	DefaultFinality     = 6
	DefaultStale        = 100
	DefaultCron         = "@every 1m"
	DefaultJitter       = Duration(5 * time.Second)
	DefaultTimeout      = Duration(20 * time.Second)
	DefaultPieces       = 4
	DefaultLeaves       = 4
	DefaultSyncRetry    = Duration(30 * time.Second)
	DefaultMaxMessage   = 4 << 20
	DefaultMaxUploads   = 4
	DefaultMaxPieceSize = 1 << 30
	DefaultUploadIdle   = Duration(30 * time.Second)
	DefaultMaxOrders    = 100000
)

// Load reads, defaults and validates the configuration at path. A relative
// data_dir is relative to the file's directory; an empty one is that directory.
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	base, _ := filepath.Abs(filepath.Dir(path))
	if c.DataDir == "" {
		c.DataDir = base
	} else if !filepath.IsAbs(c.DataDir) {
		c.DataDir = filepath.Join(base, c.DataDir)
	}
	if c.ArweaveWallet != "" && !filepath.IsAbs(c.ArweaveWallet) {
		c.ArweaveWallet = filepath.Join(base, c.ArweaveWallet)
	}
	return c, nil
}

// Parse decodes a configuration strictly, applies defaults and validates it.
func Parse(b []byte) (*Config, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the JSON object", ErrInvalid)
	}
	c.ApplyDefaults()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// ApplyDefaults fills every unset field with its default.
func (c *Config) ApplyDefaults() {
	if len(c.Listen) == 0 {
		c.Listen = append([]string(nil), p2p.DefaultListenAddrs...)
	}
	if c.PasswordFile == "" && c.PasswordEnv == "" {
		c.PasswordEnv = DefaultPasswordEnv
	}
	for i := range c.Contracts {
		if c.Contracts[i].Finality == 0 {
			c.Contracts[i].Finality = DefaultFinality
		}
		if c.Contracts[i].Stale == 0 {
			c.Contracts[i].Stale = DefaultStale
		}
	}
	ch := &c.Challenge
	if ch.Cron == "" {
		ch.Cron = DefaultCron
	}
	if ch.Jitter == 0 {
		ch.Jitter = DefaultJitter
	}
	if ch.Timeout == 0 {
		ch.Timeout = DefaultTimeout
	}
	if ch.Pieces == 0 {
		ch.Pieces = DefaultPieces
	}
	if ch.Leaves == 0 {
		ch.Leaves = DefaultLeaves
	}
	if ch.SyncRetry == 0 {
		ch.SyncRetry = DefaultSyncRetry
	}
	l := &c.Limits
	if l.MaxMessage == 0 {
		l.MaxMessage = DefaultMaxMessage
	}
	if l.MaxUploads == 0 {
		l.MaxUploads = DefaultMaxUploads
	}
	if l.MaxPieceSize == 0 {
		l.MaxPieceSize = DefaultMaxPieceSize
	}
	if l.UploadIdle == 0 {
		l.UploadIdle = DefaultUploadIdle
	}
	if l.MaxOrders == 0 {
		l.MaxOrders = DefaultMaxOrders
	}
}

// CronParser parses challenge.cron: standard five fields with an optional leading
// seconds field, and descriptors such as "@every 30s".
var CronParser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// Validate checks every field.
func (c *Config) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, a...))
	}
	if c.Role != RoleKeeper && c.Role != RoleProvider {
		return bad("role %q (want %q or %q)", c.Role, RoleKeeper, RoleProvider)
	}
	if c.ArweaveWallet != "" && c.Role != RoleKeeper {
		return bad("arweave_wallet is a keeper's (it signs ledger publications)")
	}
	if c.ArweaveWallet != "" && !strings.HasPrefix(c.DA, "arweave:") {
		return bad("arweave_wallet is set but da %q is not arweave:URL", c.DA)
	}
	for _, p := range c.Peers {
		if _, _, err := p2p.ParseEndpoint(p); err != nil {
			return bad("peers: %v", err)
		}
	}
	seen := map[common.Address]bool{}
	for i, k := range c.Contracts {
		if k.Address == (common.Address{}) {
			return bad("contracts[%d].address is missing", i)
		}
		if seen[k.Address] {
			return bad("contracts[%d]: %s listed twice", i, k.Address)
		}
		seen[k.Address] = true
		if k.Owner == (common.Address{}) {
			return bad("contracts[%d].owner is missing", i)
		}
		if len(k.Keepers) > 256 {
			return bad("contracts[%d]: %d keepers (at most 256)", i, len(k.Keepers))
		}
		if dup := firstDup(k.Keepers); dup != nil {
			return bad("contracts[%d].keepers: %s listed twice", i, *dup)
		}
		if dup := firstDup(k.Providers); dup != nil {
			return bad("contracts[%d].providers: %s listed twice", i, *dup)
		}
	}
	if _, err := CronParser.Parse(c.Challenge.Cron); err != nil {
		return bad("challenge.cron %q: %v", c.Challenge.Cron, err)
	}
	if c.Challenge.Pieces < 1 || c.Challenge.Pieces > 64 {
		return bad("challenge.pieces %d (1..64)", c.Challenge.Pieces)
	}
	if c.Challenge.Leaves < 1 || c.Challenge.Leaves > 64 {
		return bad("challenge.leaves %d (1..64)", c.Challenge.Leaves)
	}
	if c.Limits.MaxMessage < 64<<10 || c.Limits.MaxMessage > p2p.MaxFrame {
		return bad("limits.max_message %d (64 KiB..%d)", c.Limits.MaxMessage, p2p.MaxFrame)
	}
	if c.Limits.MaxUploads < 1 {
		return bad("limits.max_uploads %d", c.Limits.MaxUploads)
	}
	if c.Limits.MaxOrders < 1 {
		return bad("limits.max_orders %d", c.Limits.MaxOrders)
	}
	return nil
}

func firstDup(list []common.Address) *common.Address {
	seen := map[common.Address]bool{}
	for _, a := range list {
		if seen[a] {
			return &a
		}
		seen[a] = true
	}
	return nil
}

// Contract returns the configuration of the contract at addr.
func (c *Config) Contract(addr common.Address) (*Contract, bool) {
	for i := range c.Contracts {
		if c.Contracts[i].Address == addr {
			return &c.Contracts[i], true
		}
	}
	return nil, false
}

// Save writes c as indented JSON to path (mode 0600), atomically.
func (c *Config) Save(path string) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	return nil
}
