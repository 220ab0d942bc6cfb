package main

// The contract side of `whitepay user` (deploy, fund, add-provider, set-price,
// remove-provider, schedule-group, surplus, status) and the `withdraw` of providers
// and keepers (SPEC 8, 8.1, 10; docs/contracts.md).
//
// Decisions taken where SPEC is silent:
//   - Every command reaches the chain with --rpc and signs with a go-ethereum
//     keystore (--key FILE, or --keystore DIR [--from ADDR]); a node's --config gives
//     rpc, contract and its own keystore instead.
//   - deploy goes through the chain's factory (--factory; `whitepay contracts
//     deploy` sets a chain up): one transaction clones the implementation, names the
//     keeper group, adds the providers and funds the contract (ether). Keepers are
//     named by their accounts (each registered itself: `whitepay keeper register`) or
//     by a registry group id; a new set gets its group created first.
//   - Real units (SPEC 8.1, package internal/units): prices per TiB-month
//     ("0.0005eth/TiB-month", or "1.5/TiB-month" in the ERC-20's own units, read with
//     its decimals) or the contract's own unit (an integer: base units per byte·block
//     × 1e18); amounts in base units or with a unit ("1.5eth", "2usdc"). The block time
//     is a contract parameter (--block-time at deploy, defaulted from the chain: the
//     mean interval of its last 64 blocks, rounded to 100 ms, 1 s at least); every
//     figure shown converts with the contract's value.
//   - status shows each provider's price per TiB-month, average proven space over
//     its last paid interval (st / (te − ts), from the EntryPaid events), balances in
//     ether or token units beside base units, the runway (a warning below
//     --runway-warn periods) and the pending changes; given keepers' status endpoints
//     (--keeper-status host:port), the orders and records they hold.

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/statement"
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

// parseAmount reads a positive amount of token t: base units (an integer) or with a
// unit ("1.5eth", "2usdc": internal/units).
func parseAmount(s string, t units.Token) (*big.Int, error) {
	v, err := units.ParseAmount(s, t)
	if err != nil {
		return nil, err
	}
	if v.Sign() <= 0 {
		return nil, fmt.Errorf("amount %q must be positive", s)
	}
	return v, nil
}

// tokenOf describes a contract's payment token (ether, or the ERC-20's symbol and
// decimals read from it).
func tokenOf(ctx context.Context, b bind.ContractBackend, token common.Address) (units.Token, error) {
	return statement.TokenUnits(ctx, b, token)
}

// chainBlockTimeMs is the chain's block time: the mean interval of its last 64 blocks,
// rounded to 100 ms, at least 1 s (a dev chain that mines on demand has irregular
// blocks; a real chain is regular).
func chainBlockTimeMs(ctx context.Context, c interface {
	HeaderByNumber(context.Context, *big.Int) (*types.Header, error)
}) (uint32, error) {
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	n := head.Number.Uint64()
	back := min(n, 64)
	if back == 0 {
		return 1000, nil
	}
	old, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n-back))
	if err != nil {
		return 0, err
	}
	ms := (head.Time - old.Time) * 1000 / back
	ms = (ms + 50) / 100 * 100
	return uint32(max(ms, 1000)), nil
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

// parseProvider reads ADDR or ADDR:PRICE (a price as ParsePrice reads it).
func parseProvider(s string, defPrice *big.Int, t units.Token, blockTimeMs uint32) (upkeeping.ProviderReg, error) {
	a, p, hasPrice := strings.Cut(s, ":")
	if !common.IsHexAddress(a) {
		return upkeeping.ProviderReg{}, usagef("--provider %q: not an address", s)
	}
	price := defPrice
	if hasPrice {
		v, err := units.ParsePrice(p, t, blockTimeMs)
		if err != nil {
			return upkeeping.ProviderReg{}, usagef("--provider %q: %v", s, err)
		}
		price = v
	}
	if price == nil {
		return upkeeping.ProviderReg{}, usagef("--provider %q: no price (give ADDR:PRICE or --price)", s)
	}
	return upkeeping.ProviderReg{Account: common.HexToAddress(a), Price: price}, nil
}

type deployResult struct {
	Contract    common.Address `json:"contract"`
	ChainID     uint64         `json:"chain_id"`
	Owner       common.Address `json:"owner"`
	Token       common.Address `json:"token"`
	Factory     common.Address `json:"factory"`
	Registry    common.Address `json:"registry"`
	Inbox       common.Address `json:"inbox"` // the shared SCP ledger's BatchInbox the contract names (SPEC 9 revision 2)
	GroupID     uint32         `json:"group_id"`
	Block       uint64         `json:"block"`
	Tx          common.Hash    `json:"tx"`
	GasUsed     uint64         `json:"gas_used"`
	Start       uint64         `json:"start"`
	Period      uint64         `json:"period"`
	Finality    uint64         `json:"finality"`
	Window      uint64         `json:"window"`
	Stale       uint64         `json:"stale"`
	BlockTimeMs uint32         `json:"block_time_ms"`
	VestPeriods uint16         `json:"vest_periods"`
	Keepers     int            `json:"keepers"`
	Providers   int            `json:"providers"`
	Prices      []string       `json:"prices"` // per provider: per TiB-month, and the contract's unit
	Funded      string         `json:"funded,omitempty"`
}

func newUserDeployCmd() *cobra.Command {
	var (
		f                                chainFlags
		keepers, providers               []string
		factory, price, token, fund      string
		inboxFlag, salt, blockTime, bond string
		groupID                          uint32
		start, period, fin, win, stl     uint64
		shareBps, bonusBps, slashBps     uint16
		vest                             uint16
		predict, asJSON                  bool
	)
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL --key FILE --factory ADDR (--keeper ADDR… | --group ID) --provider ADDR[:PRICE]… [--price PRICE] [--fund AMOUNT]",
		Short: "Deploy an upkeeping contract through the chain's factory (keepers by reference, providers, funding)",
		Long: `Deploy the user's upkeeping contract (SPEC 8; docs/contracts.md) through the chain's
factory (--factory; ` + "`whitepay contracts deploy`" + ` sets a chain up) in one transaction:
the clone, its keeper group, its providers and, for ether, its first funding (--fund).

Keepers are registered once per chain (each runs ` + "`whitepay keeper register`" + `) and named
here by account (--keeper, repeatable) or by registry group (--group ID); a new set of
keepers gets its group created first (one transaction, paid once per set for the chain).

Each --provider is ADDR or ADDR:PRICE; --price is the default price. A price is per
TiB-month ("0.0005eth/TiB-month"; "1.5/TiB-month" in an ERC-20's own units) or the
contract's unit (an integer: base units per byte·block × 1e18). Prices per TiB-month
convert with the contract's block time (--block-time, default: measured on the chain).
The payment token is ether, or the ERC-20 at --token (fund it afterwards: user fund).
Amounts are base units or with a unit ("2eth"). Prints the contract address (JSON with
--json); --predict only prints the address it will have.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			s, err := f.open(ctx, true, false)
			if err != nil {
				return err
			}
			defer s.close()
			if !common.IsHexAddress(factory) {
				return usagef("--factory must be the chain's upkeeping factory address (whitepay contracts deploy)")
			}
			fac, err := upkeeping.NewFactory(ctx, s.eth, common.HexToAddress(factory))
			if err != nil {
				return err
			}
			if period == 0 || win == 0 {
				return usagef("--period and --window must be positive")
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
			p.ProviderShareBps, p.LeaderBonusBps, p.SlashRewardBps, p.VestPeriods = shareBps, bonusBps, slashBps, vest
			if token != "" {
				p.Token = common.HexToAddress(token)
			}
			if blockTime != "" {
				d, err := time.ParseDuration(blockTime)
				if err != nil || d < time.Millisecond {
					return usagef("--block-time %q: a duration such as 12s", blockTime)
				}
				p.BlockTimeMs = uint32(d.Milliseconds())
			} else if p.BlockTimeMs, err = chainBlockTimeMs(ctx, s.eth); err != nil {
				return err
			}
			tok, err := tokenOf(ctx, s.eth, p.Token)
			if err != nil {
				return err
			}
			if bond != "" {
				if p.KeeperBond, err = units.ParseAmount(bond, tok); err != nil {
					return usagef("--keeper-bond: %v", err)
				}
			}
			if err := p.Validate(); err != nil {
				return usagef("%v", err)
			}
			// The shared SCP ledger the contract names at initialisation (SPEC 9
			// revision 2): the chain's inbox (--inbox), or a new one.
			if predict && inboxFlag == "" {
				return usagef("--predict needs --inbox: the contract's address depends on the inbox it names")
			}
			if p.Ledger, err = inboxFor(ctx, s, inboxFlag); err != nil {
				return err
			}
			saltV := upkeeping.SaltFromString(salt)
			if predict {
				addr, err := fac.Predict(ctx, p, s.from, saltV)
				if err != nil {
					return err
				}
				if asJSON {
					return printJSON(cmd.OutOrStdout(), map[string]any{"contract": addr, "chain_id": s.chainID.Uint64(), "deployer": s.from})
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s\n", addr)
				return nil
			}
			var defPrice *big.Int
			if price != "" {
				if defPrice, err = units.ParsePrice(price, tok, p.BlockTimeMs); err != nil {
					return usagef("--price: %v", err)
				}
			}
			var ps []upkeeping.ProviderReg
			for _, pr := range providers {
				reg, err := parseProvider(pr, defPrice, tok, p.BlockTimeMs)
				if err != nil {
					return err
				}
				ps = append(ps, reg)
			}
			var value *big.Int
			if fund != "" {
				if value, err = parseAmount(fund, tok); err != nil {
					return usagef("--fund: %v", err)
				}
			}
			reg, err := upkeeping.NewRegistry(ctx, s.eth, fac.Registry)
			if err != nil {
				return err
			}
			opts, err := s.opts(ctx)
			if err != nil {
				return err
			}
			gid, n, err := resolveGroup(ctx, cmd, reg, opts, keepers, groupID, s)
			if err != nil {
				return err
			}
			createValue := value
			if p.Token != (common.Address{}) {
				createValue = nil // an ERC-20 is approved and funded after the contract exists
			}
			addr, tx, err := fac.Create(ctx, opts, p, gid, ps, saltV, createValue)
			if err != nil {
				return err
			}
			res0, err := waitTx(ctx, s, tx, "deploy")
			if err != nil {
				return err
			}
			c, err := upkeeping.New(ctx, s.eth, addr)
			if err != nil {
				return err
			}
			s.contract = c
			res := deployResult{Contract: addr, ChainID: s.chainID.Uint64(), Owner: s.from, Token: p.Token, Factory: fac.Address,
				Registry: fac.Registry, Inbox: p.Ledger, GroupID: gid, Block: res0.Block, Tx: tx.Hash(), GasUsed: res0.GasUsed,
				Start: p.Start, Period: p.Period, Finality: p.Finality, Window: p.Window, Stale: p.Stale,
				BlockTimeMs: p.BlockTimeMs, VestPeriods: p.VestPeriods, Keepers: n, Providers: len(ps)}
			for _, pr := range ps {
				res.Prices = append(res.Prices, units.FormatPrice(pr.Price, tok, p.BlockTimeMs)+" ("+pr.Price.String()+")")
			}
			if value != nil {
				if p.Token != (common.Address{}) {
					txs, err := c.Fund(ctx, opts, value)
					if err != nil {
						return fmt.Errorf("fund: %w", err)
					}
					if _, err := c.Wait(ctx, txs[len(txs)-1]); err != nil {
						return fmt.Errorf("fund: %w", err)
					}
				}
				res.Funded = value.String()
			}
			if asJSON {
				return printJSON(cmd.OutOrStdout(), res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s\n", c.Address)
			e := cmd.ErrOrStderr()
			fmt.Fprintf(e, "deployed in block %d (tx %s, gas %d): keeper group %d (%d keepers), %d providers, periods of %d blocks from %d (D=%d W=%d G=%d), block time %d ms\n",
				res.Block, res.Tx, res.GasUsed, gid, n, res.Providers, p.Period, p.Start, p.Finality, p.Window, p.Stale, p.BlockTimeMs)
			for i, pr := range res.Prices {
				fmt.Fprintf(e, "  provider %d: %s\n", i, pr)
			}
			if res.Funded != "" {
				fmt.Fprintf(e, "funded with %s (%s)\n", units.FormatAmount(value, tok), value)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "ledger inbox %s, registry %s\n", res.Inbox, res.Registry)
			return nil
		},
	}
	f.register(cmd, false)
	fl := cmd.Flags()
	fl.StringVar(&factory, "factory", "", "the chain's upkeeping factory (required)")
	fl.StringArrayVar(&keepers, "keeper", nil, "a registered keeper's account (repeatable)")
	fl.Uint32Var(&groupID, "group", 0, "a registry keeper group id (instead of --keeper)")
	fl.StringArrayVar(&providers, "provider", nil, "provider ADDR or ADDR:PRICE (repeatable, in index order)")
	fl.StringVar(&price, "price", "", "default provider price, e.g. 0.0005eth/TiB-month, 1.5/TiB-month (token units), or base units per byte·block × 1e18")
	fl.StringVar(&token, "token", "", "ERC-20 payment token (default: ether)")
	fl.StringVar(&fund, "fund", "", "fund the contract (base units, or e.g. 1.5eth / 100usdc)")
	fl.StringVar(&salt, "salt", "whitepay", "a label that makes the contract's address predictable (with the deployer and configuration)")
	fl.StringVar(&blockTime, "block-time", "", "the chain's block time for per-TiB-month prices, e.g. 12s (default: measured on the chain)")
	fl.StringVar(&bond, "keeper-bond", "", "the bond a keeper may post (default none)")
	fl.Uint64Var(&start, "start", 0, "start block (default: the current head)")
	fl.Uint64Var(&period, "period", 100, "period H, blocks")
	fl.Uint64Var(&fin, "finality", 6, "finality D, blocks")
	fl.Uint64Var(&win, "window", 10, "leader window W, blocks")
	fl.Uint64Var(&stl, "stale", 100, "stale span G, blocks")
	fl.Uint16Var(&shareBps, "provider-share-bps", upkeeping.DefaultProviderShareBps, "providers' share of each amount, basis points")
	fl.Uint16Var(&bonusBps, "leader-bonus-bps", upkeeping.DefaultLeaderBonusBps, "leader's bonus, basis points")
	fl.Uint16Var(&slashBps, "slash-reward-bps", upkeeping.DefaultSlashRewardBps, "share of a slash paid to who proves it, basis points")
	fl.Uint16Var(&vest, "vest-periods", upkeeping.DefaultVestPeriods, "periods a keeper's share stays locked (slashable)")
	fl.BoolVar(&predict, "predict", false, "only print the address the contract will have")
	fl.StringVar(&inboxFlag, "inbox", "", "the chain's BatchInbox to name as the contract's SCP ledger (SPEC 9; default: deploy one)")
	fl.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// resolveGroup returns the registry group of the keepers named by account (creating
// it if the set has none yet) or the group id given, and its size.
func resolveGroup(ctx context.Context, cmd *cobra.Command, reg *upkeeping.Registry, opts *bind.TransactOpts, accounts []string, groupID uint32, s *session) (uint32, int, error) {
	if groupID != 0 {
		if len(accounts) > 0 {
			return 0, 0, usagef("--group and --keeper exclude each other")
		}
		g, err := reg.Group(ctx, groupID)
		if err != nil {
			return 0, 0, err
		}
		return groupID, len(g.Members), nil
	}
	if len(accounts) == 0 {
		return 0, 0, usagef("name the keepers: --keeper ADDR (repeatable) or --group ID")
	}
	ids := make([]uint32, len(accounts))
	for i, a := range accounts {
		if !common.IsHexAddress(a) {
			return 0, 0, usagef("--keeper %q is not an address", a)
		}
		id, ok, err := reg.KeeperOf(ctx, common.HexToAddress(a))
		if err != nil {
			return 0, 0, err
		}
		if !ok {
			return 0, 0, usagef("--keeper %s is not registered in the registry %s: the keeper runs `whitepay keeper register`", a, reg.Address)
		}
		ids[i] = id
	}
	gid, err := reg.GroupOf(ctx, ids)
	if err == nil {
		return gid, len(ids), nil
	}
	if !errors.Is(err, upkeeping.ErrNoGroup) {
		return 0, 0, err
	}
	tx, err := reg.CreateGroup(ctx, opts, ids)
	if err != nil {
		return 0, 0, err
	}
	r, err := waitTx(ctx, s, tx, "create the keeper group")
	if err != nil {
		return 0, 0, err
	}
	gid, err = reg.GroupOf(ctx, ids)
	if err != nil {
		return 0, 0, err
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "keeper group %d created (tx %s, gas %d)\n", gid, r.Tx, r.GasUsed)
	return gid, len(ids), nil
}

// ---------------------------------------------------------------- fund, providers, changes

func newUserFundCmd() *cobra.Command {
	var (
		f      chainFlags
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "fund AMOUNT --rpc URL --contract ADDR --key FILE",
		Short: "Add funds to the contract (base units, or e.g. 2eth / 100usdc)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.signed(cmd, func(ctx context.Context, s *session) error {
				tok, err := tokenOf(ctx, s.eth, s.contract.Token())
				if err != nil {
					return err
				}
				amt, err := parseAmount(args[0], tok)
				if err != nil {
					return usagef("%v", err)
				}
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
				return printTx(cmd, res, asJSON, fmt.Sprintf("funded with %s (%s)", units.FormatAmount(amt, tok), amt))
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

// contractPrice parses a price for the session's contract (its token and block time).
func contractPrice(ctx context.Context, s *session, price string) (*big.Int, units.Token, error) {
	tok, err := tokenOf(ctx, s.eth, s.contract.Token())
	if err != nil {
		return nil, tok, err
	}
	p, err := units.ParsePrice(price, tok, s.contract.Config().BlockTimeMs)
	if err != nil {
		return nil, tok, usagef("--price: %v", err)
	}
	return p, tok, nil
}

func newUserAddProviderCmd() *cobra.Command {
	var (
		f      chainFlags
		price  string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "add-provider ADDR --price PRICE --rpc URL --contract ADDR --key FILE",
		Short: "Register a provider with its price, e.g. 0.0005eth/TiB-month (owner only)",
		Long: `Register a provider (owner only). It is paid from the first period boundary on or after
the block that adds it. PRICE is per TiB-month ("0.0005eth/TiB-month", "1.5/TiB-month"
in the ERC-20's own units; converted with the contract's block time) or the contract's
unit (an integer: base units per byte·block × 1e18).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !common.IsHexAddress(args[0]) {
				return usagef("%q is not an address", args[0])
			}
			return f.signed(cmd, func(ctx context.Context, s *session) error {
				p, tok, err := contractPrice(ctx, s, price)
				if err != nil {
					return err
				}
				res, err := s.send(ctx, "add-provider", func(opts *bind.TransactOpts) (hashed, error) {
					return s.contract.AddProvider(ctx, opts, common.HexToAddress(args[0]), p)
				})
				if err != nil {
					return err
				}
				idx, _, _ := s.contract.ProviderIndex(ctx, common.HexToAddress(args[0]))
				return printTx(cmd, res, asJSON, fmt.Sprintf("provider %s registered as index %d at %s (%s)", args[0], idx,
					units.FormatPrice(p, tok, s.contract.Config().BlockTimeMs), p))
			})
		},
	}
	f.register(cmd, true)
	cmd.Flags().StringVar(&price, "price", "", "price per TiB-month (e.g. 0.0005eth/TiB-month) or base units per byte·block × 1e18 (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	_ = cmd.MarkFlagRequired("price")
	return cmd
}

func newUserSetPriceCmd() *cobra.Command {
	var (
		f      chainFlags
		price  string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "set-price INDEX --price PRICE --rpc URL --contract ADDR --key FILE",
		Short: "Schedule a provider's new price (owner only; effective one full period later)",
		Long: `Schedule provider INDEX's new price (owner only). It takes effect at the first period
boundary at least one full period after the transaction (SPEC 8.1: never retroactive);
until then the old price pays.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			idx, err := strconv.ParseUint(args[0], 10, 32)
			if err != nil {
				return usagef("INDEX %q: %v", args[0], err)
			}
			return f.signed(cmd, func(ctx context.Context, s *session) error {
				p, tok, err := contractPrice(ctx, s, price)
				if err != nil {
					return err
				}
				res, err := s.send(ctx, "set-price", func(opts *bind.TransactOpts) (hashed, error) {
					return s.contract.SetPrice(ctx, opts, uint32(idx), p)
				})
				if err != nil {
					return err
				}
				info, _ := s.contract.Provider(ctx, uint32(idx))
				at := uint64(0)
				if info.Next != nil {
					at = info.Next.At
				}
				return printTx(cmd, res, asJSON, fmt.Sprintf("provider %d: %s from block %d", idx, units.FormatPrice(p, tok, s.contract.Config().BlockTimeMs), at))
			})
		},
	}
	f.register(cmd, true)
	cmd.Flags().StringVar(&price, "price", "", "the new price (as add-provider; required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	_ = cmd.MarkFlagRequired("price")
	return cmd
}

func newUserSurplusCmd() *cobra.Command {
	var (
		f       chainFlags
		to      string
		execute bool
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "surplus [AMOUNT --to ADDR | --execute] --rpc URL --contract ADDR --key FILE",
		Short: "Withdraw funds no one is owed, in two steps (owner only): request, then --execute",
		Long: `Withdraw surplus (owner only) in two steps (SPEC 8.1): "surplus AMOUNT --to ADDR"
requests it; "surplus --execute" pays, no earlier than two period boundaries after the
request, at most the surplus left then (payments in between come first).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.signed(cmd, func(ctx context.Context, s *session) error {
				tok, err := tokenOf(ctx, s.eth, s.contract.Token())
				if err != nil {
					return err
				}
				if execute {
					res, err := s.send(ctx, "execute surplus", func(opts *bind.TransactOpts) (hashed, error) {
						return s.contract.ExecuteSurplus(ctx, opts)
					})
					if err != nil {
						return err
					}
					return printTx(cmd, res, asJSON, "surplus withdrawn")
				}
				if len(args) != 1 || !common.IsHexAddress(to) {
					return usagef("give AMOUNT and --to ADDR to request, or --execute")
				}
				amt, err := parseAmount(args[0], tok)
				if err != nil {
					return usagef("%v", err)
				}
				res, err := s.send(ctx, "request surplus", func(opts *bind.TransactOpts) (hashed, error) {
					return s.contract.RequestSurplus(ctx, opts, common.HexToAddress(to), amt)
				})
				if err != nil {
					return err
				}
				rq, _ := s.contract.SurplusRequest(ctx)
				return printTx(cmd, res, asJSON, fmt.Sprintf("requested %s to %s, executable from block %d", units.FormatAmount(amt, tok), to, rq.NotBefore))
			})
		},
	}
	f.register(cmd, true)
	cmd.Flags().StringVar(&to, "to", "", "where the surplus goes")
	cmd.Flags().BoolVar(&execute, "execute", false, "execute the pending request")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
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
		Short: "Withdraw what the contract owes this " + role + " and has unlocked",
		Long: `Withdraw what the upkeeping contract owes the account (pull payments, SPEC 8): a
provider's balance, or a keeper's rewards that have vested (SPEC 8.1: a keeper's share
unlocks vestPeriods periods after it was paid). The money goes to the payout address.
With --config the node's configuration gives the chain, the first contract and the
node's own keystore.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.signed(cmd, func(ctx context.Context, s *session) error {
				tok, err := tokenOf(ctx, s.eth, s.contract.Token())
				if err != nil {
					return err
				}
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
					txs, err := s.contract.Withdraw(ctx, opts)
					if err != nil {
						return nil, err
					}
					return txs[len(txs)-1], nil
				})
				if err != nil {
					return err
				}
				res.Amount = owed.String()
				return printTx(cmd, res, asJSON, fmt.Sprintf("withdrew %s (%s) for %s", units.FormatAmount(owed, tok), owed, s.from))
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
	Payout       common.Address `json:"payout"`
	Price        string         `json:"price"`                // base units per byte·block × 1e18
	PriceMonth   string         `json:"price_tib_month"`      // per TiB-month, in token units
	NextPrice    string         `json:"next_price,omitempty"` // pending change, per TiB-month
	NextAt       uint64         `json:"next_at,omitempty"`
	Removed      bool           `json:"removed,omitempty"`
	LastPaid     uint64         `json:"last_paid"`
	Balance      string         `json:"balance"`
	BalanceUnits string         `json:"balance_units"`
	Payments     int            `json:"payments"`
	TotalPaid    string         `json:"total_paid"`
	ProvenSpace  string         `json:"proven_space"` // bytes: st / (te − ts) of the last payment
	LastPaidTx   string         `json:"last_paid_tx,omitempty"`
	Orders       *int           `json:"orders,omitempty"`  // from a keeper's status
	Records      *int           `json:"records,omitempty"` // from a keeper's status
	OrdersSource string         `json:"orders_source,omitempty"`
}

type statusKeeper struct {
	Index     uint32         `json:"index"` // position in the group
	ID        uint32         `json:"id"`    // registry id
	Address   common.Address `json:"address"`
	Status    string         `json:"status"`
	Earned    string         `json:"earned"`
	Available string         `json:"available"` // withdrawable now
	Locked    string         `json:"locked"`
	Bond      string         `json:"bond"`
}

type statusEpoch struct {
	Index   uint64 `json:"index"`
	GroupID uint32 `json:"group_id"`
	From    uint64 `json:"from"`
	Keepers int    `json:"keepers"`
	Quorum  int    `json:"quorum"`
	Pending bool   `json:"pending"`
}

type statusResult struct {
	Contract      common.Address   `json:"contract"`
	ChainID       uint64           `json:"chain_id"`
	Head          uint64           `json:"head"`
	Params        upkeeping.Params `json:"params"`
	Token         string           `json:"token"`
	Quorum        int              `json:"quorum"`
	Funds         string           `json:"funds"`
	Owed          string           `json:"owed"`
	Surplus       string           `json:"surplus"`
	FundsUnits    string           `json:"funds_units"`
	OwedUnits     string           `json:"owed_units"`
	SurplusUnits  string           `json:"surplus_units"`
	RunwayPeriods *uint64          `json:"runway_periods,omitempty"` // absent before the first payment
	Rate          string           `json:"rate,omitempty"`           // paid in the last period
	SurplusReq    string           `json:"surplus_request,omitempty"`
	// Runway and Pending are computed by package statement from the same views
	// as the user dashboard page (one code path).
	Runway    statement.Runway  `json:"runway"`
	Pending   statement.Pending `json:"pending"`
	Epochs    []statusEpoch     `json:"epochs"`
	Providers []statusProvider  `json:"providers"`
	Keepers   []statusKeeper    `json:"keepers"`
	Warnings  []string          `json:"warnings,omitempty"`
}

func newUserStatusCmd() *cobra.Command {
	var (
		f            chainFlags
		keeperStatus []string
		from         uint64
		runwayWarn   uint64
		asJSON       bool
	)
	cmd := &cobra.Command{
		Use:   "status --rpc URL --contract ADDR [--keeper-status HOST:PORT…] [--json]",
		Short: "Show the contract: funds and runway, prices per TiB-month, pending changes, providers, keepers",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			s, err := f.open(ctx, false, true)
			if err != nil {
				return err
			}
			defer s.close()
			res, err := contractStatus(ctx, s, from, keeperStatus, runwayWarn)
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
	cmd.Flags().Uint64Var(&runwayWarn, "runway-warn", statement.DefaultRunwayWarn, "warn when the surplus covers fewer periods than this")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func contractStatus(ctx context.Context, s *session, from uint64, keeperStatus []string, runwayWarn uint64) (*statusResult, error) {
	c := s.contract
	head, err := s.eth.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	p, err := c.Params(ctx)
	if err != nil {
		return nil, err
	}
	tok, err := tokenOf(ctx, s.eth, p.Token)
	if err != nil {
		return nil, err
	}
	res := &statusResult{Contract: c.Address, ChainID: s.chainID.Uint64(), Head: head, Params: p, Token: tok.Symbol}
	for _, q := range []struct {
		dst, dstUnits *string
		fn            func(context.Context) (*big.Int, error)
	}{{&res.Funds, &res.FundsUnits, c.Funds}, {&res.Owed, &res.OwedUnits, c.Owed}, {&res.Surplus, &res.SurplusUnits, c.Surplus}} {
		v, err := q.fn(ctx)
		if err != nil {
			return nil, err
		}
		*q.dst, *q.dstUnits = v.String(), units.FormatAmount(v, tok)
	}
	periods, rate, ok, err := c.Runway(ctx)
	if err != nil {
		return nil, err
	}
	res.Runway = statement.RunwayOf(periods, rate, ok, p, tok, runwayWarn)
	if res.Runway.Known {
		res.RunwayPeriods, res.Rate = &res.Runway.Periods, res.Runway.RateUnits+" ("+res.Runway.Rate+")"
	}
	if res.Runway.Warning != "" {
		res.Warnings = append(res.Warnings, res.Runway.Warning)
	}
	rq, err := c.SurplusRequest(ctx)
	if err != nil {
		return nil, err
	}
	eps, err := c.Epochs(ctx)
	if err != nil {
		return nil, err
	}
	provs, err := c.Providers(ctx)
	if err != nil {
		return nil, err
	}
	res.Pending = statement.PendingOf(head, p, eps, provs, rq, tok)
	if sr := res.Pending.Surplus; sr != nil {
		res.SurplusReq = fmt.Sprintf("%s to %s, executable from block %d", sr.AmountUnits, sr.To, sr.NotBefore)
	}
	res.Warnings = append(res.Warnings, res.Pending.Warnings()...)
	current := 0
	for i, e := range eps {
		pending := e.From > head
		if !pending {
			current = i
		}
		res.Epochs = append(res.Epochs, statusEpoch{Index: e.Index, GroupID: e.GroupID, From: e.From, Keepers: e.N(), Quorum: e.Quorum(), Pending: pending})
	}
	res.Quorum = eps[current].Quorum()
	pays, err := c.FilterPayments(ctx, from, &head)
	if err != nil {
		return nil, err
	}
	held, source := keeperHeld(ctx, c.Address, keeperStatus, res)
	for _, pi := range provs {
		terms := statement.TermsOf(pi, head, tok, p.BlockTimeMs)
		sp := statusProvider{Index: pi.Index, Address: pi.Account, Payout: pi.Payout, Price: terms.Price.Contract,
			PriceMonth: terms.Price.PerTiBMonth, Removed: terms.Removed, LastPaid: pi.LastPaid,
			Balance: pi.Balance.String(), BalanceUnits: units.FormatAmount(pi.Balance, tok), TotalPaid: "0", ProvenSpace: "0"}
		if n := terms.Next; n != nil {
			sp.NextAt = n.At
			if n.Remove {
				sp.NextPrice = "removed"
			} else {
				sp.NextPrice = n.Price.PerTiBMonth
			}
		}
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
	grp, err := c.EpochGroup(ctx, uint64(current))
	if err != nil {
		return nil, err
	}
	for _, m := range grp.Members {
		status := "active"
		switch {
		case m.Removed:
			status = "removed"
		case m.NoShare:
			status = "slashed"
		}
		t, err := c.KeeperTotals(ctx, m.KeeperID)
		if err != nil {
			return nil, err
		}
		bond, err := c.BondOf(ctx, m.KeeperID)
		if err != nil {
			return nil, err
		}
		res.Keepers = append(res.Keepers, statusKeeper{Index: m.Index, ID: m.KeeperID, Address: m.Account, Status: status,
			Earned: t.Earned.String(), Available: t.Available.String(), Locked: t.Locked.String(), Bond: bond.String()})
	}
	return res, nil
}

type pstat struct{ orders, records int }

// keeperHeld reads the orders and records per provider from the first keeper status
// that answers.
func keeperHeld(ctx context.Context, contract common.Address, keeperStatus []string, res *statusResult) (map[common.Address]pstat, string) {
	held := map[common.Address]pstat{}
	for _, addr := range keeperStatus {
		st, err := fetchStatus(ctx, addr)
		if err != nil {
			res.Warnings = append(res.Warnings, fmt.Sprintf("keeper status %s: %v", addr, err))
			continue
		}
		// Two shapes: {"contracts": {contract: {provider: {orders, records}}}} and
		// {"providers": {contract: [{provider, orders, records}]}}.
		if cs, ok := st["contracts"].(map[string]any); ok {
			for c, v := range cs {
				if !strings.EqualFold(c, contract.Hex()) {
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
		for c, list := range ps {
			if !strings.EqualFold(c, contract.Hex()) {
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
		return held, addr
	}
	return held, ""
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
	token := "ETH"
	if p.Token != (common.Address{}) {
		token = r.Token + " (" + p.Token.Hex() + ")"
	}
	fmt.Fprintf(w, "contract %s on chain %d at block %d\n", r.Contract, r.ChainID, r.Head)
	fmt.Fprintf(w, "  owner %s, paid in %s; periods of %d blocks from %d (D=%d W=%d G=%d), block time %d ms, provider share %d bps, leader bonus %d bps, vesting %d periods, quorum %d\n",
		p.Owner, token, p.Period, p.Start, p.Finality, p.Window, p.Stale, p.BlockTimeMs, p.ProviderShareBps, p.LeaderBonusBps, p.VestPeriods, r.Quorum)
	fmt.Fprintf(w, "  funds %s (%s), owed %s (%s), surplus %s (%s)\n", r.FundsUnits, r.Funds, r.OwedUnits, r.Owed, r.SurplusUnits, r.Surplus)
	if r.RunwayPeriods != nil {
		fmt.Fprintf(w, "  runway %d periods (%s) at %s per period\n", *r.RunwayPeriods, r.Runway.Time, r.Rate)
	} else {
		fmt.Fprintf(w, "  runway: no payment yet\n")
	}
	if r.SurplusReq != "" {
		fmt.Fprintf(w, "  surplus withdrawal requested: %s\n", r.SurplusReq)
	}
	for _, e := range r.Epochs {
		state := "in force"
		if e.Pending {
			state = "scheduled"
		}
		fmt.Fprintf(w, "  epoch %d: keeper group %d from block %d, %d keepers, quorum %d (%s)\n", e.Index, e.GroupID, e.From, e.Keepers, e.Quorum, state)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PROVIDER\tADDRESS\tPRICE/TiB-MONTH\tNEXT\tORDERS\tRECORDS\tPROVEN SPACE (B)\tLAST PAID\tPAYMENTS\tTOTAL PAID\tBALANCE")
	for _, sp := range r.Providers {
		o, rc := "-", "-"
		if sp.Orders != nil {
			o, rc = fmt.Sprint(*sp.Orders), fmt.Sprint(*sp.Records)
		}
		next := "-"
		if sp.NextPrice != "" {
			next = fmt.Sprintf("%s from %d", sp.NextPrice, sp.NextAt)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s (%s)\n", sp.Index, sp.Address, sp.PriceMonth, next, o, rc, sp.ProvenSpace, sp.LastPaid, sp.Payments, sp.TotalPaid, sp.BalanceUnits, sp.Balance)
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KEEPER\tID\tADDRESS\tSTATUS\tEARNED\tAVAILABLE\tLOCKED\tBOND")
	for _, k := range r.Keepers {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", k.Index, k.ID, k.Address, k.Status, k.Earned, k.Available, k.Locked, k.Bond)
	}
	tw.Flush()
	for _, w2 := range r.Warnings {
		fmt.Fprintf(w, "warning: %s\n", w2)
	}
}
