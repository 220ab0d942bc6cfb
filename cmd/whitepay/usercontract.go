package main

// The contract side of `whitepay user` (deploy, fund, add-provider, status) and the
// `withdraw` of providers and keepers (SPEC 8, 10).
//
// Decisions taken where SPEC is silent:
//   - Every command reaches the chain with --rpc and signs with a go-ethereum
//     keystore (--key FILE, or --keystore DIR [--from ADDR]); a node's --config gives
//     rpc, contract and its own keystore instead.
//   - deploy takes each keeper from the JSON that `keeper init --json` or `keeper pop
//     --json` prints. The proofs of possession must sign the address the contract
//     will have (deploy --predict prints it, from the deployer's nonce); deploy checks
//     every PoP locally before sending. At most 16 keepers go to the constructor
//     (go-ethereum's dev rules cap a transaction at 2^24 gas), the rest follow in
//     batches of 16.
//   - Amounts are wei (token units for an ERC-20) as decimal integers, or ether with
//     an "eth" suffix ("1.5eth").
//   - status shows each provider's average proven space over its last paid interval
//     (st / (te − ts), from the EntryPaid events), and, given keepers' status
//     endpoints (--keeper-status host:port), the orders and records they hold.

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/upkeeping"
)

// chainFlags are the flags every contract command shares.
type chainFlags struct {
	rpc      string
	contract string
	key      string
	keystore string
	from     string
	cfgPath  string
	pw       passwordFlags
}

func (f *chainFlags) register(cmd *cobra.Command, withContract bool) {
	fl := cmd.Flags()
	fl.StringVar(&f.rpc, "rpc", "", "JSON-RPC URL of the chain")
	if withContract {
		fl.StringVar(&f.contract, "contract", "", "upkeeping contract address")
	}
	fl.StringVar(&f.key, "key", "", "go-ethereum keystore file of the signing account")
	fl.StringVar(&f.keystore, "keystore", "", "go-ethereum keystore directory (with --from when it holds several)")
	fl.StringVar(&f.from, "from", "", "account to use from --keystore")
	fl.StringVar(&f.cfgPath, "config", "", "a node configuration: its chain.rpc, first contract and keystore are used")
	f.pw.register(cmd)
}

// session is a connected chain with an optional signer and contract.
type session struct {
	eth      *ethclient.Client
	chainID  *big.Int
	key      *ecdsa.PrivateKey
	from     common.Address
	contract *upkeeping.Contract
}

func (s *session) close() { s.eth.Close() }

func (s *session) opts(ctx context.Context) (*bind.TransactOpts, error) {
	o, err := bind.NewKeyedTransactorWithChainID(s.key, s.chainID)
	if err != nil {
		return nil, err
	}
	o.Context = ctx
	return o, nil
}

// open resolves the flags, dials the chain, unlocks the key (if needKey) and binds
// the contract (if needContract).
func (f *chainFlags) open(ctx context.Context, needKey, needContract bool) (*session, error) {
	keyPath := f.key
	pwFile, pwEnv := f.pw.file, f.pw.env
	if f.cfgPath != "" {
		c, err := config.Load(f.cfgPath)
		if err != nil {
			return nil, usagef("%v", err)
		}
		if f.rpc == "" {
			f.rpc = c.Chain.RPC
		}
		if f.contract == "" && len(c.Contracts) > 0 {
			f.contract = c.Contracts[0].Address.Hex()
		}
		if keyPath == "" && f.keystore == "" {
			keyPath = keys.AccountPath(c.DataDir)
			if pwFile == "" && c.PasswordFile != "" {
				pwFile = c.PasswordFile
			} else if c.PasswordEnv != "" && pwFile == "" {
				pwEnv = c.PasswordEnv
			}
		}
	}
	if f.rpc == "" {
		return nil, usagef("--rpc is required (or chain.rpc in --config)")
	}
	if needContract && !common.IsHexAddress(f.contract) {
		return nil, usagef("--contract must be an address (or come from --config)")
	}
	s := &session{}
	if needKey {
		if keyPath == "" && f.keystore != "" {
			p, err := findKeyFile(f.keystore, f.from)
			if err != nil {
				return nil, err
			}
			keyPath = p
		}
		if keyPath == "" {
			return nil, usagef("--key, --keystore or --config is required to sign")
		}
		pw, err := keys.Password(pwFile, pwEnv)
		if err != nil {
			return nil, usagef("%v", err)
		}
		if s.key, err = keys.LoadAccount(keyPath, pw); err != nil {
			return nil, err
		}
		s.from = gethcrypto.PubkeyToAddress(s.key.PublicKey)
	}
	eth, id, err := chain.Dial(ctx, f.rpc)
	if err != nil {
		return nil, err
	}
	s.eth, s.chainID = eth, id
	if needContract {
		if s.contract, err = upkeeping.New(ctx, eth, common.HexToAddress(f.contract)); err != nil {
			eth.Close()
			return nil, err
		}
	}
	return s, nil
}

// parseAmount reads wei (a decimal integer) or ether ("1.5eth").
func parseAmount(s string) (*big.Int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	if v, ok := strings.CutSuffix(s, "eth"); ok {
		f, ok := new(big.Float).SetPrec(256).SetString(strings.TrimSpace(v))
		if !ok {
			return nil, fmt.Errorf("amount %q: not a number", s)
		}
		wei, _ := new(big.Float).Mul(f, new(big.Float).SetInt64(params.Ether)).Int(nil)
		if wei.Sign() <= 0 {
			return nil, fmt.Errorf("amount %q must be positive", s)
		}
		return wei, nil
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("amount %q must be a positive integer (wei) or end in \"eth\"", s)
	}
	return v, nil
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// txResult is what the transaction commands print with --json.
type txResult struct {
	Contract common.Address `json:"contract"`
	Tx       common.Hash    `json:"tx"`
	Block    uint64         `json:"block"`
	GasUsed  uint64         `json:"gas_used"`
	Amount   string         `json:"amount,omitempty"`
}

func waitTx(ctx context.Context, s *session, tx hashed, what string) (*txResult, error) {
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	t, _, err := s.eth.TransactionByHash(wctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	r, err := upkeeping.Wait(wctx, s.eth, t)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	res := &txResult{Tx: tx.Hash(), Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed}
	if s.contract != nil {
		res.Contract = s.contract.Address
	}
	return res, nil
}

// hashed is a sent transaction, as waitTx needs it.
type hashed = interface{ Hash() common.Hash }

// signed runs fn with a session that signs for the contract (the flags' chain,
// contract and key), closing it afterwards.
func (f *chainFlags) signed(cmd *cobra.Command, fn func(ctx context.Context, s *session) error) error {
	ctx := cmd.Context()
	s, err := f.open(ctx, true, true)
	if err != nil {
		return err
	}
	defer s.close()
	return fn(ctx, s)
}

// send makes the session's transact options, sends the transaction call makes
// with them and waits for it to be mined (waitTx; what names it in errors).
func (s *session) send(ctx context.Context, what string, call func(*bind.TransactOpts) (hashed, error)) (*txResult, error) {
	opts, err := s.opts(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := call(opts)
	if err != nil {
		return nil, err
	}
	return waitTx(ctx, s, tx, what)
}

// ---------------------------------------------------------------- deploy

// keeperFile is the part of `keeper init|pop --json` that deploy reads.
type keeperFile struct {
	Address    common.Address `json:"address"`
	BLSPubKey  string         `json:"bls_pubkey"`
	Contract   string         `json:"contract"`
	ChainID    uint64         `json:"chain_id"`
	PoP        string         `json:"pop"`
	PoPEIP2537 string         `json:"pop_eip2537"`
}

func decodeHex(s string) ([]byte, error) {
	return hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
}

// readKeeperFile loads a keeper's registration and checks its PoP for contract d.
func readKeeperFile(path string, d domain.Domain) (upkeeping.KeeperReg, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return upkeeping.KeeperReg{}, usagef("--keeper: %v", err)
	}
	var kf keeperFile
	if err := json.Unmarshal(b, &kf); err != nil {
		return upkeeping.KeeperReg{}, usagef("--keeper %s: not `keeper init --json` output: %v", path, err)
	}
	if kf.Address == (common.Address{}) || kf.BLSPubKey == "" {
		return upkeeping.KeeperReg{}, usagef("--keeper %s: no address or BLS public key (is it a keeper's file?)", path)
	}
	pkb, err := decodeHex(kf.BLSPubKey)
	if err != nil {
		return upkeeping.KeeperReg{}, usagef("--keeper %s: bls_pubkey: %v", path, err)
	}
	pk, err := bls.PublicKeyFromBytes(pkb)
	if err != nil {
		return upkeeping.KeeperReg{}, usagef("--keeper %s: %v", path, err)
	}
	hint := fmt.Sprintf("run `whitepay keeper pop --dir DIR --contract %s --chain-id %s --json` for this keeper", d.Contract, d.ChainID)
	if kf.PoP == "" {
		return upkeeping.KeeperReg{}, usagef("--keeper %s: no proof of possession; %s", path, hint)
	}
	if !common.IsHexAddress(kf.Contract) || common.HexToAddress(kf.Contract) != d.Contract || kf.ChainID != d.ChainID.Uint64() {
		return upkeeping.KeeperReg{}, usagef("--keeper %s: its proof of possession is for contract %s on chain %d, the contract will be %s on chain %s; %s", path, kf.Contract, kf.ChainID, d.Contract, d.ChainID, hint)
	}
	popb, err := decodeHex(kf.PoP)
	if err != nil {
		return upkeeping.KeeperReg{}, usagef("--keeper %s: pop: %v", path, err)
	}
	pop, err := bls.SignatureFromBytes(popb)
	if err != nil {
		return upkeeping.KeeperReg{}, usagef("--keeper %s: pop: %v", path, err)
	}
	if !bls.VerifyPossession(d, kf.Address, pk, pop) {
		return upkeeping.KeeperReg{}, usagef("--keeper %s: the proof of possession does not verify for %s", path, kf.Address)
	}
	return upkeeping.KeeperReg{Account: kf.Address, PubKey: pk, PoP: pop}, nil
}

// parseProvider reads ADDR or ADDR:PRICE.
func parseProvider(s string, defPrice *big.Int) (upkeeping.ProviderReg, error) {
	a, p, hasPrice := strings.Cut(s, ":")
	if !common.IsHexAddress(a) {
		return upkeeping.ProviderReg{}, usagef("--provider %q: not an address", s)
	}
	price := defPrice
	if hasPrice {
		v, ok := new(big.Int).SetString(p, 10)
		if !ok || v.Sign() < 0 {
			return upkeeping.ProviderReg{}, usagef("--provider %q: price must be a non-negative integer (wei per byte·block)", s)
		}
		price = v
	}
	if price == nil {
		return upkeeping.ProviderReg{}, usagef("--provider %q: no price (give ADDR:PRICE or --price)", s)
	}
	return upkeeping.ProviderReg{Account: common.HexToAddress(a), Price: price}, nil
}

type deployResult struct {
	Contract  common.Address `json:"contract"`
	ChainID   uint64         `json:"chain_id"`
	Owner     common.Address `json:"owner"`
	Token     common.Address `json:"token"`
	Block     uint64         `json:"block"`
	Tx        common.Hash    `json:"tx"`
	GasUsed   uint64         `json:"gas_used"`
	Start     uint64         `json:"start"`
	Period    uint64         `json:"period"`
	Finality  uint64         `json:"finality"`
	Window    uint64         `json:"window"`
	Stale     uint64         `json:"stale"`
	Keepers   int            `json:"keepers"`
	Providers int            `json:"providers"`
	Funded    string         `json:"funded,omitempty"`
	Inbox     common.Address `json:"inbox"`    // the shared SCP ledger's BatchInbox (SPEC 9 revision 2)
	Registry  common.Address `json:"registry"` // the registry whose endpoint directory the nodes use
}

func newUserDeployCmd() *cobra.Command {
	var (
		f                            chainFlags
		keeperFiles, providers       []string
		price, token, fund           string
		start, period, fin, win, stl uint64
		shareBps, bonusBps           uint16
		predict, asJSON              bool
		inboxFlag, registryFlag      string
	)
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL --key FILE --keeper FILE… --provider ADDR[:PRICE]… [--period H --finality D --window W --stale G]",
		Short: "Deploy an upkeeping contract with its keepers and providers (and fund it)",
		Long: `Deploy the user's upkeeping contract (SPEC 8). Each --keeper is the JSON printed by
` + "`whitepay keeper init --json` or `keeper pop --json`" + `; its proof of possession must sign the
address the contract will have, which --predict prints (it depends on the deployer's
next nonce: send no other transaction from the deployer in between). Each --provider
is ADDR or ADDR:PRICE (token units per byte·block; --price is the default). The payment
token is ether, or the ERC-20 at --token. --fund AMOUNT funds the contract after the
deployment. Prints the contract address (JSON with --json).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			s, err := f.open(ctx, true, false)
			if err != nil {
				return err
			}
			defer s.close()
			addr, nonce, err := upkeeping.PredictAddress(ctx, s.eth, s.from)
			if err != nil {
				return err
			}
			if predict {
				if asJSON {
					return printJSON(cmd.OutOrStdout(), map[string]any{"contract": addr, "chain_id": s.chainID.Uint64(), "deployer": s.from, "nonce": nonce})
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s\n", addr)
				fmt.Fprintf(cmd.ErrOrStderr(), "the next contract deployed by %s (nonce %d) on chain %s will be %s;\nkeepers: whitepay keeper pop --dir DIR --contract %s --chain-id %s --json > keeper.json\n", s.from, nonce, s.chainID, addr, addr, s.chainID)
				return nil
			}
			if len(keeperFiles) == 0 {
				return usagef("at least one --keeper is required")
			}
			if period == 0 || win == 0 {
				return usagef("--period and --window must be positive")
			}
			var defPrice *big.Int
			if price != "" {
				v, ok := new(big.Int).SetString(price, 10)
				if !ok || v.Sign() < 0 {
					return usagef("--price %q must be a non-negative integer", price)
				}
				defPrice = v
			}
			d := domain.Domain{ChainID: s.chainID, Contract: addr}
			var ks []upkeeping.KeeperReg
			for _, kf := range keeperFiles {
				k, err := readKeeperFile(kf, d)
				if err != nil {
					return err
				}
				ks = append(ks, k)
			}
			var ps []upkeeping.ProviderReg
			for _, p := range providers {
				pr, err := parseProvider(p, defPrice)
				if err != nil {
					return err
				}
				ps = append(ps, pr)
			}
			var fundAmt *big.Int
			if fund != "" {
				if fundAmt, err = parseAmount(fund); err != nil {
					return usagef("--fund: %v", err)
				}
			}
			if token != "" && !common.IsHexAddress(token) {
				return usagef("--token %q is not an address", token)
			}
			if !cmd.Flags().Changed("start") {
				head, err := s.eth.BlockNumber(ctx)
				if err != nil {
					return err
				}
				start = head
			}
			p := upkeeping.DefaultParams(s.from, start, period, fin, win, stl)
			p.ProviderShareBps, p.LeaderBonusBps = shareBps, bonusBps
			if token != "" {
				p.Token = common.HexToAddress(token)
			}
			if err := p.Validate(); err != nil {
				return usagef("%v", err)
			}
			opts, err := s.opts(ctx)
			if err != nil {
				return err
			}
			opts.Nonce = new(big.Int).SetUint64(nonce)
			const batch = 16
			c, tx, err := upkeeping.Deploy(ctx, s.eth, opts, p, ks[:min(batch, len(ks))], ps)
			if err != nil {
				return err
			}
			r, err := c.Wait(ctx, tx)
			if err != nil {
				return fmt.Errorf("deploy: %w", err)
			}
			s.contract = c
			opts.Nonce = nil
			for i := batch; i < len(ks); i += batch {
				tx, err := c.AddKeepers(ctx, opts, ks[i:min(i+batch, len(ks))])
				if err != nil {
					return err
				}
				if _, err := c.Wait(ctx, tx); err != nil {
					return fmt.Errorf("add keepers: %w", err)
				}
			}
			res := deployResult{Contract: c.Address, ChainID: s.chainID.Uint64(), Owner: s.from, Token: p.Token,
				Block: r.BlockNumber.Uint64(), Tx: tx.Hash(), GasUsed: r.GasUsed, Start: p.Start, Period: p.Period,
				Finality: p.Finality, Window: p.Window, Stale: p.Stale, Keepers: len(ks), Providers: len(ps)}
			if fundAmt != nil {
				txs, err := c.Fund(ctx, opts, fundAmt)
				if err != nil {
					return fmt.Errorf("fund: %w", err)
				}
				if _, err := c.Wait(ctx, txs[len(txs)-1]); err != nil {
					return fmt.Errorf("fund: %w", err)
				}
				res.Funded = fundAmt.String()
			}
			// The shared ledger's inbox and the registry (ledgerinfra.go).
			if res.Inbox, res.Registry, err = deployLedgerInfra(ctx, s, inboxFlag, registryFlag); err != nil {
				return err
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s\n", c.Address)
			fmt.Fprintf(cmd.ErrOrStderr(), "deployed in block %d (tx %s, gas %d): %d keepers, %d providers, periods of %d blocks from %d (D=%d W=%d G=%d)\n",
				res.Block, res.Tx, res.GasUsed, res.Keepers, res.Providers, p.Period, p.Start, p.Finality, p.Window, p.Stale)
			if res.Funded != "" {
				fmt.Fprintf(cmd.ErrOrStderr(), "funded with %s\n", res.Funded)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "ledger inbox %s, registry %s\n", res.Inbox, res.Registry)
			return nil
		},
	}
	f.register(cmd, false)
	fl := cmd.Flags()
	fl.StringArrayVar(&keeperFiles, "keeper", nil, "a keeper's `keeper init|pop --json` output file (repeatable, in index order)")
	fl.StringArrayVar(&providers, "provider", nil, "provider ADDR or ADDR:PRICE (repeatable, in index order)")
	fl.StringVar(&price, "price", "", "default provider price, token units per byte·block")
	fl.StringVar(&token, "token", "", "ERC-20 payment token (default: ether)")
	fl.StringVar(&fund, "fund", "", "fund the contract with this amount after deploying (wei, or e.g. 1.5eth)")
	fl.Uint64Var(&start, "start", 0, "start block (default: the current head)")
	fl.Uint64Var(&period, "period", 100, "period H, blocks")
	fl.Uint64Var(&fin, "finality", 6, "finality D, blocks")
	fl.Uint64Var(&win, "window", 10, "leader window W, blocks")
	fl.Uint64Var(&stl, "stale", 100, "stale span G, blocks")
	fl.Uint16Var(&shareBps, "provider-share-bps", upkeeping.DefaultProviderShareBps, "providers' share of each amount, basis points")
	fl.Uint16Var(&bonusBps, "leader-bonus-bps", upkeeping.DefaultLeaderBonusBps, "leader's bonus, basis points")
	fl.BoolVar(&predict, "predict", false, "only print the address the contract will have (for the keepers' PoPs)")
	fl.StringVar(&inboxFlag, "inbox", "", "the chain's BatchInbox to reuse for the contract's shared ledger (default: deploy one)")
	fl.StringVar(&registryFlag, "registry", "", "the chain's registry to reuse for the nodes' endpoint directory (default: deploy one)")
	fl.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// ---------------------------------------------------------------- fund, add-provider

func newUserFundCmd() *cobra.Command {
	var (
		f      chainFlags
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "fund AMOUNT --rpc URL --contract ADDR --key FILE",
		Short: "Add funds to the contract (wei or e.g. 2eth; token units for an ERC-20 contract)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			amt, err := parseAmount(args[0])
			if err != nil {
				return usagef("%v", err)
			}
			return f.signed(cmd, func(ctx context.Context, s *session) error {
				res, err := s.send(ctx, "fund", func(opts *bind.TransactOpts) (hashed, error) {
					txs, err := s.contract.Fund(ctx, opts, amt)
					if err != nil {
						return nil, err
					}
					return txs[len(txs)-1], nil
				})
				if err != nil {
					return err
				}
				res.Amount = amt.String()
				return printTx(cmd, res, asJSON, "funded with "+amt.String())
			})
		},
	}
	f.register(cmd, true)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func printTx(cmd *cobra.Command, res *txResult, asJSON bool, what string) error {
	if asJSON {
		return printJSON(cmd.OutOrStdout(), res)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s: tx %s in block %d (gas %d)\n", what, res.Tx.Hex(), res.Block, res.GasUsed)
	return nil
}

func newUserAddProviderCmd() *cobra.Command {
	var (
		f      chainFlags
		price  string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "add-provider ADDR --price P --rpc URL --contract ADDR --key FILE",
		Short: "Register a provider with its price (owner only)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !common.IsHexAddress(args[0]) {
				return usagef("%q is not an address", args[0])
			}
			p, ok := new(big.Int).SetString(price, 10)
			if !ok || p.Sign() < 0 {
				return usagef("--price %q must be a non-negative integer (token units per byte·block)", price)
			}
			return f.signed(cmd, func(ctx context.Context, s *session) error {
				res, err := s.send(ctx, "add-provider", func(opts *bind.TransactOpts) (hashed, error) {
					return s.contract.AddProvider(ctx, opts, common.HexToAddress(args[0]), p)
				})
				if err != nil {
					return err
				}
				idx, _, _ := s.contract.ProviderIndex(ctx, common.HexToAddress(args[0]))
				return printTx(cmd, res, asJSON, fmt.Sprintf("provider %s registered as index %d", args[0], idx))
			})
		},
	}
	f.register(cmd, true)
	cmd.Flags().StringVar(&price, "price", "", "price, token units per byte·block (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	_ = cmd.MarkFlagRequired("price")
	return cmd
}

// ---------------------------------------------------------------- withdraw

// newWithdrawCmd is `whitepay provider withdraw` and `whitepay keeper withdraw`.
func newWithdrawCmd(role string) *cobra.Command {
	var (
		f      chainFlags
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "withdraw (--config FILE | --rpc URL --contract ADDR --key FILE)",
		Short: "Withdraw everything the contract owes this " + role,
		Long: `Withdraw everything the upkeeping contract owes the account (pull payments, SPEC 8): its
provider share or keeper rewards. With --config the node's configuration gives the
chain, the first contract and the node's own keystore.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.signed(cmd, func(ctx context.Context, s *session) error {
				owed, err := s.contract.BalanceOf(ctx, s.from)
				if err != nil {
					return err
				}
				if owed.Sign() == 0 {
					if asJSON {
						return printJSON(cmd.OutOrStdout(), txResult{Contract: s.contract.Address, Amount: "0"})
					}
					fmt.Fprintf(cmd.OutOrStdout(), "nothing to withdraw for %s\n", s.from)
					return nil
				}
				res, err := s.send(ctx, "withdraw", func(opts *bind.TransactOpts) (hashed, error) {
					return s.contract.Withdraw(ctx, opts)
				})
				if err != nil {
					return err
				}
				res.Amount = owed.String()
				u := readTokenUnits(ctx, s.eth, s.contract.Token())
				return printTx(cmd, res, asJSON, fmt.Sprintf("withdrew %s wei (%s) to %s", owed, unitsString(owed, u.Decimals, u.Symbol), s.from))
			})
		},
	}
	f.register(cmd, true)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// ---------------------------------------------------------------- status

type statusProvider struct {
	Index        uint32         `json:"index"`
	Address      common.Address `json:"address"`
	Price        string         `json:"price"`
	LastPaid     uint64         `json:"last_paid"`
	Balance      string         `json:"balance"`
	Payments     int            `json:"payments"`
	TotalPaid    string         `json:"total_paid"`
	ProvenSpace  string         `json:"proven_space"` // bytes: st / (te − ts) of the last payment
	LastPaidTx   string         `json:"last_paid_tx,omitempty"`
	Orders       *int           `json:"orders,omitempty"`  // from a keeper's status
	Records      *int           `json:"records,omitempty"` // from a keeper's status
	OrdersSource string         `json:"orders_source,omitempty"`
}

type statusKeeper struct {
	Index   uint32         `json:"index"`
	Address common.Address `json:"address"`
	Status  string         `json:"status"`
	Rewards string         `json:"rewards"` // withdrawable now
}

type statusResult struct {
	Contract  common.Address   `json:"contract"`
	ChainID   uint64           `json:"chain_id"`
	Head      uint64           `json:"head"`
	Params    upkeeping.Params `json:"params"`
	Quorum    int              `json:"quorum"`
	Funds     string           `json:"funds"`
	Owed      string           `json:"owed"`
	Surplus   string           `json:"surplus"`
	Providers []statusProvider `json:"providers"`
	Keepers   []statusKeeper   `json:"keepers"`
	Warnings  []string         `json:"warnings,omitempty"`
}

func newUserStatusCmd() *cobra.Command {
	var (
		f            chainFlags
		keeperStatus []string
		from         uint64
		asJSON       bool
	)
	cmd := &cobra.Command{
		Use:   "status --rpc URL --contract ADDR [--keeper-status HOST:PORT…] [--json]",
		Short: "Show the contract: funds, providers (orders, proven space, last paid, balance), keepers (rewards)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			s, err := f.open(ctx, false, true)
			if err != nil {
				return err
			}
			defer s.close()
			res, err := contractStatus(ctx, s, from, keeperStatus)
			if err != nil {
				return err
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), res)
			}
			printStatus(cmd.OutOrStdout(), res)
			return nil
		},
	}
	f.register(cmd, true)
	cmd.Flags().StringSliceVar(&keeperStatus, "keeper-status", nil, "a keeper's status endpoint host:port, for orders and records (repeatable)")
	cmd.Flags().Uint64Var(&from, "from-block", 0, "first block to read payment events from")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func contractStatus(ctx context.Context, s *session, from uint64, keeperStatus []string) (*statusResult, error) {
	c := s.contract
	head, err := s.eth.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	p, err := c.Params(ctx)
	if err != nil {
		return nil, err
	}
	res := &statusResult{Contract: c.Address, ChainID: s.chainID.Uint64(), Head: head, Params: p}
	if res.Quorum, err = c.Quorum(ctx); err != nil {
		return nil, err
	}
	for _, q := range []struct {
		dst *string
		fn  func(context.Context) (*big.Int, error)
	}{{&res.Funds, c.Funds}, {&res.Owed, c.Owed}, {&res.Surplus, c.Surplus}} {
		v, err := q.fn(ctx)
		if err != nil {
			return nil, err
		}
		*q.dst = v.String()
	}
	counts, err := c.Counts(ctx)
	if err != nil {
		return nil, err
	}
	pays, err := c.FilterPayments(ctx, from, &head)
	if err != nil {
		return nil, err
	}
	// Orders and records per provider from the first keeper status that answers.
	type pstat struct{ orders, records int }
	held := map[common.Address]pstat{}
	source := ""
	for _, addr := range keeperStatus {
		st, err := fetchStatus(ctx, addr)
		if err != nil {
			res.Warnings = append(res.Warnings, fmt.Sprintf("keeper status %s: %v", addr, err))
			continue
		}
		// Two shapes: {"contracts": {contract: {provider: {orders, records}}}} and
		// {"providers": {contract: [{provider, orders, records}]}}.
		if cs, ok := st["contracts"].(map[string]any); ok {
			for contract, v := range cs {
				if !strings.EqualFold(contract, c.Address.Hex()) {
					continue
				}
				byProv, _ := v.(map[string]any)
				for a, x := range byProv {
					m, _ := x.(map[string]any)
					o, _ := m["orders"].(float64)
					r, _ := m["records"].(float64)
					held[common.HexToAddress(a)] = pstat{int(o), int(r)}
				}
			}
		}
		ps, _ := st["providers"].(map[string]any)
		for contract, list := range ps {
			if !strings.EqualFold(contract, c.Address.Hex()) {
				continue
			}
			arr, _ := list.([]any)
			for _, x := range arr {
				m, _ := x.(map[string]any)
				a, _ := m["provider"].(string)
				o, _ := m["orders"].(float64)
				r, _ := m["records"].(float64)
				held[common.HexToAddress(a)] = pstat{int(o), int(r)}
			}
		}
		source = addr
		break
	}
	for i := 0; i < counts.Providers; i++ {
		pi, err := c.Provider(ctx, uint32(i))
		if err != nil {
			return nil, err
		}
		sp := statusProvider{Index: pi.Index, Address: pi.Account, Price: pi.Price.String(), LastPaid: pi.LastPaid,
			Balance: pi.Balance.String(), TotalPaid: "0", ProvenSpace: "0"}
		total := new(big.Int)
		for _, py := range pays {
			if py.Provider != pi.Index {
				continue
			}
			sp.Payments++
			total.Add(total, py.Amount)
			if py.Te > py.Ts {
				sp.ProvenSpace = new(big.Int).Div(py.St, new(big.Int).SetUint64(py.Te-py.Ts)).String()
			}
			sp.LastPaidTx = py.TxHash.Hex()
		}
		sp.TotalPaid = total.String()
		if h, ok := held[pi.Account]; ok {
			o, r := h.orders, h.records
			sp.Orders, sp.Records, sp.OrdersSource = &o, &r, source
		}
		res.Providers = append(res.Providers, sp)
	}
	ks, err := c.Keepers(ctx)
	if err != nil {
		return nil, err
	}
	for _, k := range ks {
		res.Keepers = append(res.Keepers, statusKeeper{Index: k.Index, Address: k.Account, Status: k.Status.String(), Rewards: k.Withdrawable.String()})
	}
	return res, nil
}

func fetchStatus(ctx context.Context, addr string) (map[string]any, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if !strings.Contains(addr, "://") {
		addr = "http://" + addr
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(addr, "/")+"/status", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&out)
}

func printStatus(w io.Writer, r *statusResult) {
	p := r.Params
	token := "ETH (wei)"
	if p.Token != (common.Address{}) {
		token = "token " + p.Token.Hex()
	}
	fmt.Fprintf(w, "contract %s on chain %d at block %d\n", r.Contract, r.ChainID, r.Head)
	fmt.Fprintf(w, "  owner %s, paid in %s; periods of %d blocks from %d (D=%d W=%d G=%d), provider share %d bps, leader bonus %d bps, quorum %d\n",
		p.Owner, token, p.Period, p.Start, p.Finality, p.Window, p.Stale, p.ProviderShareBps, p.LeaderBonusBps, r.Quorum)
	fmt.Fprintf(w, "  funds %s, owed %s, surplus %s\n\n", r.Funds, r.Owed, r.Surplus)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PROVIDER\tADDRESS\tPRICE\tORDERS\tRECORDS\tPROVEN SPACE (B)\tLAST PAID\tPAYMENTS\tTOTAL PAID\tBALANCE")
	for _, sp := range r.Providers {
		o, rc := "-", "-"
		if sp.Orders != nil {
			o, rc = fmt.Sprint(*sp.Orders), fmt.Sprint(*sp.Records)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s\n", sp.Index, sp.Address, sp.Price, o, rc, sp.ProvenSpace, sp.LastPaid, sp.Payments, sp.TotalPaid, sp.Balance)
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KEEPER\tADDRESS\tSTATUS\tREWARDS")
	for _, k := range r.Keepers {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", k.Index, k.Address, k.Status, k.Rewards)
	}
	tw.Flush()
	for _, w2 := range r.Warnings {
		fmt.Fprintf(w, "warning: %s\n", w2)
	}
}
