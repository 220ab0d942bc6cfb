package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/challenge"
	"github.com/whitepay/whitepay/challenge/client"
	"github.com/whitepay/whitepay/discovery"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/upkeeping"
)

// newUserCmd is `whitepay user` (SPEC 10). The storage side is `upload`; the
// contract side (deploy, fund, add-provider, status) registers here too.
func newUserCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "user",
		Short: "User tools: upload, dashboard (and the contract commands)",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newUserInitCmd(), newUserUploadCmd(), newUserRetrieveCmd(), newUserDeployCmd(), newUserFundCmd(), newUserAddProviderCmd(),
		newUserSetPriceCmd(), newUserSurplusCmd(), newUserStatusCmd(), newUserDashboardCmd())
	return listChildren(cmd, "User tools")
}

type uploadFlags struct {
	provider  string
	contract  string
	chainID   uint64
	keyFile   string
	keystore  string
	from      string
	endpoint  string
	keepers   []string
	cfgPath   string
	rpc       string
	registry  string
	start     uint64
	end       uint64
	blocks    uint64
	asJSON    bool
	noProgres bool
	pw        passwordFlags
}

// uploadResult is what `user upload --json` prints.
type uploadResult struct {
	OrderID  string         `json:"order_id"`
	Root     string         `json:"root"`
	Size     uint64         `json:"size"`
	Contract common.Address `json:"contract"`
	Provider common.Address `json:"provider"`
	Start    uint64         `json:"start_block"`
	End      uint64         `json:"end_block"`
	Sent     bool           `json:"data_sent"`
	Keepers  []keeperAck    `json:"keepers"`
}

type keeperAck struct {
	Address common.Address `json:"address"`
	OK      bool           `json:"ok"`
	Error   string         `json:"error,omitempty"`
}

func newUserUploadCmd() *cobra.Command {
	var f uploadFlags
	cmd := &cobra.Command{
		Use:   "upload FILE --provider ADDR --contract ADDR --rpc URL (--key FILE | --keystore DIR) [--endpoint MULTIADDR] [--keeper MULTIADDR…]",
		Short: "Store FILE with a provider under a signed order and hand the order to the keepers",
		Long: `Commit FILE (SPEC 3), check with --rpc that the provider is one of the contract's and
that the signing key is the contract's owner (nothing is sent otherwise), sign the
order {contract, provider, root, size, start, end} with the user's key (go-ethereum
keystore given by --key FILE, or --keystore DIR with --from ADDR when it holds
several), stream FILE to the provider over libp2p with a progress bar on standard
error, and once the provider acknowledges that piece and order are durable, hand the
order to every keeper of the contract (the keepers also pass it on to each other).

Endpoints come from the chain's endpoint directory (each node announces its own;
--rpc), or are given: --endpoint for the provider and --keeper for keepers
(multiaddrs ending in /p2p/<peer id>), or --config, a node configuration whose peers,
chain id and first contract are used. The order covers blocks [--start, --end); with
--rpc the start defaults to the chain's head and the end to start + --blocks.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runUpload(cmd, args[0], &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.provider, "provider", "", "provider address (required)")
	fl.StringVar(&f.contract, "contract", "", "upkeeping contract address")
	fl.Uint64Var(&f.chainID, "chain-id", 0, "chain id")
	fl.StringVar(&f.keyFile, "key", "", "the user's go-ethereum keystore file")
	fl.StringVar(&f.keystore, "keystore", "", "a go-ethereum keystore directory")
	fl.StringVar(&f.from, "from", "", "account to use from --keystore")
	fl.StringVar(&f.endpoint, "endpoint", "", "provider endpoint multiaddr (…/p2p/<peer id>)")
	fl.StringSliceVar(&f.keepers, "keeper", nil, "keeper endpoint multiaddr (repeatable)")
	fl.StringVar(&f.cfgPath, "config", "", "node configuration to take chain id, contract and endpoints from")
	fl.StringVar(&f.rpc, "rpc", "", "chain JSON-RPC URL: checks the provider against the contract, finds endpoints in the directory, gives the start block")
	fl.StringVar(&f.registry, "registry", "", "registry whose endpoint directory to read (default: the one the contract names)")
	fl.Uint64Var(&f.start, "start", 0, "first block of the order")
	fl.Uint64Var(&f.end, "end", 0, "end block of the order (exclusive)")
	fl.Uint64Var(&f.blocks, "blocks", 100_000, "order length in blocks when --end is not given")
	fl.BoolVar(&f.asJSON, "json", false, "print the result as JSON")
	fl.BoolVar(&f.noProgres, "no-progress", false, "no progress bar")
	f.pw.register(cmd)
	return cmd
}

// resolve fills contract, chain id and endpoints from --config where not given.
func (f *uploadFlags) resolve() (contract, prov common.Address, provInfo peer.AddrInfo, keepers map[common.Address]peer.AddrInfo, err error) {
	if !common.IsHexAddress(f.provider) {
		return contract, prov, provInfo, nil, usagef("--provider must be an address")
	}
	prov = common.HexToAddress(f.provider)
	keepers = map[common.Address]peer.AddrInfo{}
	var all map[common.Address]peer.AddrInfo
	if f.cfgPath != "" {
		c, err := config.Load(f.cfgPath)
		if err != nil {
			return contract, prov, provInfo, nil, usagef("%v", err)
		}
		if all, err = p2p.ParseEndpoints(c.Peers); err != nil {
			return contract, prov, provInfo, nil, usagef("%v", err)
		}
		if f.chainID == 0 {
			f.chainID = c.Chain.ChainID
		}
		if f.rpc == "" {
			f.rpc = c.Chain.RPC
		}
		if f.contract == "" && len(c.Contracts) > 0 {
			f.contract = c.Contracts[0].Address.Hex()
		}
		if k, ok := c.Contract(common.HexToAddress(f.contract)); ok {
			for _, a := range k.Keepers {
				if info, ok := all[a]; ok {
					keepers[a] = info
				}
			}
		}
	}
	if !common.IsHexAddress(f.contract) {
		return contract, prov, provInfo, nil, usagef("--contract must be an address (or come from --config)")
	}
	contract = common.HexToAddress(f.contract)
	if f.chainID == 0 && f.rpc != "" {
		eth, id, err := chain.Dial(context.Background(), f.rpc)
		if err != nil {
			return contract, prov, provInfo, nil, err
		}
		eth.Close()
		f.chainID = id.Uint64()
	}
	if f.chainID == 0 {
		return contract, prov, provInfo, nil, usagef("--chain-id or --rpc is required (or chain.chain_id in --config)")
	}
	if f.endpoint != "" {
		info, a, err := p2p.ParseEndpoint(f.endpoint)
		if err != nil {
			return contract, prov, provInfo, nil, usagef("--endpoint: %v", err)
		}
		if a != prov {
			return contract, prov, provInfo, nil, usagef("--endpoint is the peer of account %s, not of provider %s", a, prov)
		}
		provInfo = info
	} else if info, ok := all[prov]; ok {
		provInfo = info
	} else if f.rpc == "" {
		return contract, prov, provInfo, nil, usagef("no endpoint for provider %s: give --rpc (the endpoint directory), --endpoint or a --config listing it in peers", prov)
	}
	for _, k := range f.keepers {
		info, a, err := p2p.ParseEndpoint(k)
		if err != nil {
			return contract, prov, provInfo, nil, usagef("--keeper: %v", err)
		}
		keepers[a] = info
	}
	return contract, prov, provInfo, keepers, nil
}

// announceWait is how long discover waits for a provider's first announcement.
const announceWait = 30 * time.Second

// discover fills in, from the chain's endpoint directory (discovery), the
// provider's endpoint when none was given and the endpoints of the contract's
// active keepers not given with --keeper.
func (f *uploadFlags) discover(ctx context.Context, contract, prov common.Address, provInfo *peer.AddrInfo, keepers map[common.Address]peer.AddrInfo) error {
	if f.rpc == "" {
		return nil
	}
	eth, _, err := chain.DialChain(ctx, f.rpc, f.chainID)
	if err != nil {
		return err
	}
	defer eth.Close()
	var reg common.Address
	if f.registry != "" {
		if !common.IsHexAddress(f.registry) {
			return usagef("--registry %q is not an address", f.registry)
		}
		reg = common.HexToAddress(f.registry)
	}
	dir, err := discovery.Open(ctx, eth, reg, []common.Address{contract}, nil)
	if err != nil {
		return err
	}
	want := []common.Address{prov}
	if c, err := upkeeping.New(ctx, eth, contract); err == nil {
		if g, err := c.ActiveGroup(ctx); err == nil {
			for _, k := range g.Keepers() {
				if _, given := keepers[k.Account]; !given {
					want = append(want, k.Account)
				}
			}
		}
	}
	found := map[common.Address]peer.AddrInfo{}
	// A provider that has just started may not have announced yet: wait for it a
	// little (its announcement is one transaction).
	for deadline := time.Now().Add(announceWait); dir != nil; {
		if found, err = dir.Lookup(ctx, want); err != nil {
			return err
		}
		if _, ok := found[prov]; ok || provInfo.ID != "" || time.Now().After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
	if provInfo.ID == "" {
		info, ok := found[prov]
		if !ok {
			return fmt.Errorf("provider %s announced no endpoint in the directory: give --endpoint", prov)
		}
		*provInfo = info
	}
	for _, a := range want[1:] {
		if info, ok := found[a]; ok {
			keepers[a] = info
		}
	}
	return nil
}

func (f *uploadFlags) userKey() (*ecdsa.PrivateKey, error) {
	path := f.keyFile
	if path == "" && f.keystore != "" {
		p, err := findKeyFile(f.keystore, f.from)
		if err != nil {
			return nil, err
		}
		path = p
	}
	if path == "" {
		return nil, usagef("--key or --keystore is required")
	}
	pw, err := f.pw.get()
	if err != nil {
		return nil, err
	}
	return keys.LoadAccount(path, pw)
}

// findKeyFile picks the keystore file of from (or the only one) in dir.
func findKeyFile(dir, from string) (string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var found []string
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		var k struct {
			Address string `json:"address"`
		}
		if json.Unmarshal(b, &k) != nil || k.Address == "" {
			continue
		}
		if from == "" || strings.EqualFold(strings.TrimPrefix(k.Address, "0x"), strings.TrimPrefix(from, "0x")) {
			found = append(found, filepath.Join(dir, e.Name()))
		}
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) == 0:
		return "", usagef("no keystore file for %q in %s", from, dir)
	default:
		return "", usagef("%s holds %d keys: choose one with --from", dir, len(found))
	}
}

func runUpload(cmd *cobra.Command, path string, f *uploadFlags) error {
	ctx := cmd.Context()
	contract, prov, provInfo, keeperInfos, err := f.resolve()
	if err != nil {
		return err
	}
	if err := f.discover(ctx, contract, prov, &provInfo, keeperInfos); err != nil {
		return err
	}
	key, err := f.userKey()
	if err != nil {
		return err
	}
	if f.rpc != "" {
		// Check the provider against the contract before sending a byte (issue 13
		// finding 5: an upload to a provider outside the contract was stored and
		// only then failed at the keepers).
		head, err := checkUploadTarget(ctx, f.rpc, f.chainID, contract, prov, keyAddress(key))
		if err != nil {
			return err
		}
		if f.start == 0 {
			f.start = head
		}
	} else {
		fmt.Fprintln(cmd.ErrOrStderr(), "warning: no --rpc: the provider and the owner are not checked against the contract before the upload")
	}
	if f.end == 0 {
		f.end = f.start + f.blocks
	}
	if f.end <= f.start {
		return usagef("--end %d must be above --start %d", f.end, f.start)
	}
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	id, err := challenge.CommitParallel(file, runtime.GOMAXPROCS(0))
	if err != nil {
		return fmt.Errorf("upload: %s: %w", path, err)
	}
	chainID := new(big.Int).SetUint64(f.chainID)
	so, err := challenge.SignOrder(chainID, challenge.Order{Contract: contract, Provider: prov, Root: id.Root, Size: id.Size, StartBlock: f.start, EndBlock: f.end}, key)
	if err != nil {
		return err
	}
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	host, err := p2p.New(p2p.Config{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		return err
	}
	defer host.Close()
	host.AddPeer(provInfo)

	bar := newProgressBar(cmd.ErrOrStderr(), "upload", id.Size, !f.noProgres)
	sent, err := client.Upload(ctx, host, provInfo.ID, chainID, so, file, client.UploadOptions{Progress: bar.update})
	bar.done(err == nil)
	if err != nil {
		return fmt.Errorf("upload to provider %s: %w", prov, err)
	}
	orderID := so.ID(chainID)
	res := uploadResult{OrderID: hexutil.Encode(orderID[:]), Root: hexutil.Encode(id.Root[:]), Size: id.Size,
		Contract: contract, Provider: prov, Start: f.start, End: f.end, Sent: sent, Keepers: []keeperAck{}}
	var failed []error
	for a, info := range keeperInfos {
		host.AddPeer(info)
		kctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		err := client.SendOrder(kctx, host, info.ID, chainID, so)
		cancel()
		ack := keeperAck{Address: a, OK: err == nil}
		if err != nil {
			ack.Error = err.Error()
			failed = append(failed, fmt.Errorf("keeper %s: %w", a, err))
		}
		res.Keepers = append(res.Keepers, ack)
	}
	if f.asJSON {
		enc := json.NewEncoder(cmd.OutOrStdout())
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
	} else {
		w := cmd.OutOrStdout()
		fmt.Fprintf(w, "order %s\n  piece %s (%d bytes), blocks [%d, %d)\n  provider %s: stored (data sent: %v)\n", res.OrderID, res.Root, res.Size, res.Start, res.End, prov, sent)
		for _, k := range res.Keepers {
			status := "order received"
			if !k.OK {
				status = "FAILED: " + k.Error
			}
			fmt.Fprintf(w, "  keeper %s: %s\n", k.Address, status)
		}
	}
	if len(keeperInfos) == 0 {
		fmt.Fprintln(cmd.ErrOrStderr(), "warning: no keeper endpoint known: no keeper knows the order, so the piece earns nothing")
		return nil
	}
	// The keepers pass an order on to each other and reconcile their order sets
	// (SPEC 3): one that received it is enough; the others are warnings.
	if len(failed) == len(keeperInfos) {
		return fmt.Errorf("no keeper received the order: %w", errors.Join(failed...))
	}
	for _, err := range failed {
		fmt.Fprintf(cmd.ErrOrStderr(), "warning: %v (the other keepers pass the order on)\n", err)
	}
	return nil
}

// progressBar draws "upload [=====>    ] 45% 12.0 MiB / 27.0 MiB 5.1 MiB/s" on w,
// at most ten times a second.
type progressBar struct {
	w     io.Writer
	verb  string
	total uint64
	on    bool
	start time.Time
	last  time.Time
	sent  uint64
}

func newProgressBar(w io.Writer, verb string, total uint64, on bool) *progressBar {
	return &progressBar{w: w, verb: verb, total: total, on: on, start: time.Now()}
}

func (p *progressBar) update(sent uint64) {
	p.sent = sent
	if !p.on || time.Since(p.last) < 100*time.Millisecond && sent < p.total {
		return
	}
	p.last = time.Now()
	const width = 30
	frac := float64(sent) / float64(max(p.total, 1))
	n := int(frac * width)
	bar := strings.Repeat("=", n) + strings.Repeat(" ", width-n)
	if n < width {
		bar = bar[:n] + ">" + bar[n+1:]
	}
	rate := float64(sent) / max(time.Since(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r%s [%s] %3.0f%% %s / %s %s/s ", p.verb, bar, 100*frac, mib(float64(sent)), mib(float64(p.total)), mib(rate))
}

func (p *progressBar) done(ok bool) {
	if !p.on {
		return
	}
	if ok {
		p.last = time.Time{}
		p.update(p.total)
	}
	fmt.Fprintln(p.w)
}

func mib(b float64) string { return fmt.Sprintf("%.1f MiB", b/(1<<20)) }
