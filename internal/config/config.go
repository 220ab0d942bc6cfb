// Package config is the configuration file of a WhitePay keeper or provider node
// (SPEC 10). Every field, its default and its meaning are documented in
// docs/config.md (TestDocumentsEveryField keeps the two in step); `keeper init` and
// `provider init` write a complete file, every field present with its default.
//
// The file is JSON (encoding/json, no extra dependency), decoded strictly: an
// unknown field, a malformed address or multiaddr, an RPC URL without scheme or an
// invalid cron spec is an error naming the field. Durations are strings in Go
// syntax ("30s", "2m"); amounts are wei or ether with an "eth" suffix.
//
// Decisions taken where SPEC is silent:
//
//   - A node needs only chain.rpc and its contracts' addresses: the owner, keepers,
//     providers and chain-time parameters of an upkeeping contract are read from
//     it. A contract's owner/keepers/providers/finality/stale fields serve only an
//     address without contract code (tests and record-sync-only set-ups).
//   - Listen ports are fixed at init (a free port picked then) so that the
//     endpoints a node announces stay valid across restarts; "announce" overrides
//     what is announced (a public address behind NAT).
package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/robfig/cron/v3"

	"github.com/whitepay/whitepay/internal/chain"
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

// Config is a node's configuration file (docs/config.md).
type Config struct {
	Role    string   `json:"role"`
	DataDir string   `json:"data_dir"`
	Listen  []string `json:"listen"`
	// Announce are the multiaddrs the node announces on-chain (the registry's
	// endpoint directory); empty: the addresses it listens on.
	Announce     []string   `json:"announce"`
	Peers        []string   `json:"peers"`
	PasswordFile string     `json:"password_file"`
	PasswordEnv  string     `json:"password_env"`
	Chain        Chain      `json:"chain"`
	Contracts    []Contract `json:"contracts"`
	Challenge    Challenge  `json:"challenge"`
	Limits       Limits     `json:"limits"`
	StatusAddr   string     `json:"status_addr"`
	// DA is a keeper's SCP ledger layer (SPEC 9, settle/da): empty, the ledger each
	// contract names (the shared one); "dir:PATH" a directory (devnets and tests);
	// "arweave:URL" batch bodies on an Arweave gateway. A provider given one reads
	// its challenge results and each payment's samples from it (dashboard page).
	DA string `json:"da"`
	// ArweaveWallet is the Arweave wallet (JWK file, as Arweave's tools write it) a
	// keeper signs its ledger publications with when DA is arweave:URL or
	// ArweaveBodies is set; a relative path is relative to the file's directory.
	// Keep it private (mode 0600).
	ArweaveWallet string `json:"arweave_wallet"`
	// ArweaveBodies is an Arweave gateway URL: with an Ethereum layer (DA empty or
	// eth:…) the batch bodies go to Arweave and the inbox records only headers
	// naming them (settle/da EthArweave, issue 15); empty: bodies as calldata.
	ArweaveBodies string `json:"arweave_bodies"`
}

// Chain is the chain the node reads.
type Chain struct {
	RPC     string `json:"rpc"`
	ChainID uint64 `json:"chain_id"`
	// MinBalance is the gas money below which the node warns (an amount: wei, or
	// ether with an "eth" suffix).
	MinBalance string `json:"min_balance"`
	// Registry is the chain-wide registry whose endpoint directory the node
	// announces in and looks peers up in; zero: the one the contracts name.
	Registry common.Address `json:"registry"`
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
	// Reconcile is how often the keeper compares its order sets with its peers'
	// and the providers' (SPEC 3).
	Reconcile Duration `json:"reconcile,omitempty"`
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
	DefaultReconcile    = Duration(time.Minute)
	// DefaultMinBalance: about ten periods led at 20 gwei (≈ 300,000 gas each for
	// the payment and the ledger batch).
	DefaultMinBalance = "0.05eth"
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
		// Name the field: encoding/json does not for errors of a field's own
		// decoder (a malformed address, a duration).
		if path, ferr := locate(b, reflect.TypeOf(c), ""); ferr != nil && path != "" {
			return nil, fmt.Errorf("%w: %s: %w", ErrInvalid, path, ferr)
		}
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
	if ch.Reconcile == 0 {
		ch.Reconcile = DefaultReconcile
	}
	if c.Chain.MinBalance == "" {
		c.Chain.MinBalance = DefaultMinBalance
	}
	if c.Listen == nil {
		c.Listen = []string{}
	}
	if c.Announce == nil {
		c.Announce = []string{}
	}
	if c.Peers == nil {
		c.Peers = []string{}
	}
	if c.Contracts == nil {
		c.Contracts = []Contract{}
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
	if c.ArweaveBodies != "" {
		if !strings.HasPrefix(c.ArweaveBodies, "http://") && !strings.HasPrefix(c.ArweaveBodies, "https://") {
			return bad("arweave_bodies %q is not a gateway URL (http[s]://HOST[:PORT])", c.ArweaveBodies)
		}
		if c.DA != "" && !strings.HasPrefix(c.DA, "eth") {
			return bad("arweave_bodies needs an Ethereum layer (da \"\" or eth:…), not %q", c.DA)
		}
	}
	if c.ArweaveWallet != "" && !strings.HasPrefix(c.DA, "arweave:") && c.ArweaveBodies == "" {
		return bad("arweave_wallet is set but da %q is not arweave:URL and arweave_bodies is empty", c.DA)
	}
	for _, p := range c.Peers {
		if _, _, err := p2p.ParseEndpoint(p); err != nil {
			return bad("peers: %v", err)
		}
	}
	if c.Chain.RPC != "" {
		if err := chain.CheckURL(c.Chain.RPC); err != nil {
			return bad("chain.rpc: %v", err)
		}
	}
	if _, err := ParseAmount(c.Chain.MinBalance); err != nil {
		return bad("chain.min_balance: %v", err)
	}
	for _, a := range c.Announce {
		if _, err := ma.NewMultiaddr(a); err != nil {
			return bad("announce: %q: %v", a, err)
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

// locate finds the first field of raw (JSON for a value of type t at path) that
// does not decode, and its error.
func locate(raw []byte, t reflect.Type, path string) (string, error) {
	join := func(name string) string {
		if path == "" {
			return name
		}
		return path + "." + name
	}
	if reflect.PointerTo(t).Implements(reflect.TypeOf((*json.Unmarshaler)(nil)).Elem()) {
		return path, json.Unmarshal(raw, reflect.New(t).Interface())
	}
	switch {
	case t.Kind() == reflect.Struct:
		var m map[string]json.RawMessage
		if err := json.Unmarshal(raw, &m); err != nil {
			return path, err
		}
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if v, ok := m[name]; ok && name != "" && name != "-" {
				if p, err := locate(v, f.Type, join(name)); err != nil {
					return p, err
				}
			}
		}
		return "", nil
	case t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8:
		var list []json.RawMessage
		if err := json.Unmarshal(raw, &list); err != nil {
			return path, err
		}
		for i, v := range list {
			if p, err := locate(v, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return p, err
			}
		}
		return "", nil
	}
	return path, json.Unmarshal(raw, reflect.New(t).Interface())
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

// ParseAmount reads an amount: wei as a decimal integer, or ether with an "eth"
// suffix ("0.05eth"); exact (no float rounding).
func ParseAmount(s string) (*big.Int, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if v, ok := strings.CutSuffix(t, "eth"); ok {
		r, ok := new(big.Rat).SetString(strings.TrimSpace(v))
		if !ok || r.Sign() < 0 {
			return nil, fmt.Errorf("amount %q: not a non-negative number of ether", s)
		}
		r.Mul(r, new(big.Rat).SetInt(big.NewInt(1e18)))
		if !r.IsInt() {
			return nil, fmt.Errorf("amount %q: finer than one wei", s)
		}
		return new(big.Int).Set(r.Num()), nil
	}
	v, ok := new(big.Int).SetString(t, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("amount %q: want wei (an integer) or ether (\"0.05eth\")", s)
	}
	return v, nil
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

// FieldPaths lists every field of the configuration file by dotted JSON path
// ("chain.rpc", "contracts.address", …): what docs/config.md documents and init
// writes (both checked by tests).
func FieldPaths() []string {
	var out []string
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			ft := f.Type
			if ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				walk(ft, prefix+name+".")
				continue
			}
			out = append(out, prefix+name)
		}
	}
	walk(reflect.TypeOf(Config{}), "")
	return out
}
