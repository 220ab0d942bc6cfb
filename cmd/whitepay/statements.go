package main

// `whitepay provider payments`, `whitepay keeper rewards` and `whitepay explain`
// (SPEC 10 revision 2): per-period statements and the explanation of one payment,
// computed by package statement (the dashboard's code path too).
//
// Decisions taken where SPEC is silent:
//   - The account is the node's (its configuration's keystore address, no password
//     needed) or --account; the contracts are the configuration's or --contract.
//   - Amounts are printed in base units (wei) and in the token's units beside them
//     (ether, or an ERC-20's decimals and symbol read from the token).
//   - The ledger batch of each period comes from the contract's shared ledger (the
//     inbox it names), or --da; without either the column is empty.

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/keys"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/statement"
	"github.com/whitepay/whitepay/upkeeping"
)

// statementFlags are the flags of the statement commands.
type statementFlags struct {
	cfgPath   string
	rpc       string
	contracts []string
	account   string
	daURI     string
	from      uint64
	asCSV     bool
	asJSON    bool
	stderr    io.Writer
	cfgDA     string // da of --config: the ledger of its contracts that name none
}

func (f *statementFlags) warn(format string, a ...any) {
	if f.stderr != nil {
		fmt.Fprintf(f.stderr, "warning: "+format+"\n", a...)
	}
}

func (f *statementFlags) register(cmd *cobra.Command, who string) {
	fl := cmd.Flags()
	fl.StringVar(&f.cfgPath, "config", "", "the "+who+"'s configuration: its chain, contracts and account")
	fl.StringVar(&f.rpc, "rpc", "", "JSON-RPC URL of the chain (or chain.rpc of --config)")
	fl.StringArrayVar(&f.contracts, "contract", nil, "upkeeping contract (repeatable; default: the configuration's)")
	fl.StringVar(&f.account, "account", "", "the "+who+"'s account (default: the configuration's keystore)")
	fl.StringVar(&f.daURI, "da", "", "the SCP ledger's layer, for the batch column (default: the ledger each contract names)")
	fl.Uint64Var(&f.from, "from-block", 0, "first block to read the contract's events from")
	fl.BoolVar(&f.asCSV, "csv", false, "print CSV (one row per period)")
	fl.BoolVar(&f.asJSON, "json", false, "print JSON")
}

// target is one contract's chain session for a statement.
type target struct {
	eth      chain.Client
	contract *upkeeping.Contract
	snap     statement.Snapshot
	ledger   *statement.Ledger
	units    tokenUnits
}

// statementsOf builds, for every contract the flags name, the statement of the
// flags' account with build (statement.Provider or statement.Keeper), and the units
// its amounts are shown in.
func statementsOf[S any](ctx context.Context, f *statementFlags, build func(statement.Snapshot, common.Address, *statement.Ledger) S) ([]S, []tokenUnits, error) {
	eth, account, cs, done, err := f.resolve(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer done()
	var out []S
	var units []tokenUnits
	for _, c := range cs {
		t, err := f.open(ctx, eth, c, account)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, build(t.snap, account, t.ledger))
		units = append(units, t.units)
	}
	return out, units, nil
}

// resolve reads the flags: the chain, the account and the contracts.
func (f *statementFlags) resolve(ctx context.Context) (chain.Client, common.Address, []common.Address, func(), error) {
	var account common.Address
	var cs []common.Address
	if f.cfgPath != "" {
		c, err := config.Load(f.cfgPath)
		if err != nil {
			return nil, account, nil, nil, err
		}
		if f.rpc == "" {
			f.rpc = c.Chain.RPC
		}
		f.cfgDA = c.DA
		if f.account == "" {
			a, err := keystoreAddress(keys.AccountPath(c.DataDir))
			if err != nil {
				return nil, account, nil, nil, err
			}
			account = a
		}
		for _, k := range c.Contracts {
			cs = append(cs, k.Address)
		}
	}
	if f.account != "" {
		if !common.IsHexAddress(f.account) {
			return nil, account, nil, nil, usagef("--account %q is not an address", f.account)
		}
		account = common.HexToAddress(f.account)
	}
	if account == (common.Address{}) {
		return nil, account, nil, nil, usagef("--account or --config is required")
	}
	if len(f.contracts) > 0 {
		cs = nil
		for _, a := range f.contracts {
			if !common.IsHexAddress(a) {
				return nil, account, nil, nil, usagef("--contract %q is not an address", a)
			}
			cs = append(cs, common.HexToAddress(a))
		}
	}
	if len(cs) == 0 {
		return nil, account, nil, nil, usagef("--contract or a --config with contracts is required")
	}
	if f.rpc == "" {
		return nil, account, nil, nil, usagef("--rpc is required (or chain.rpc in --config)")
	}
	eth, _, err := chain.Dial(ctx, f.rpc)
	if err != nil {
		return nil, account, nil, nil, err
	}
	return eth, account, cs, eth.Close, nil
}

// open reads contract c's history (and ledger) for account.
func (f *statementFlags) open(ctx context.Context, eth chain.Client, c common.Address, account common.Address) (*target, error) {
	up, err := upkeeping.New(ctx, eth, c)
	if err != nil {
		return nil, fmt.Errorf("contract %s: %w", c, err)
	}
	h, err := statement.NewHistory(eth, up, f.from)
	if err != nil {
		return nil, err
	}
	h.Watch(account)
	snap, err := h.Sync(ctx)
	if err != nil {
		return nil, fmt.Errorf("contract %s: %w", c, err)
	}
	t := &target{eth: eth, contract: up, snap: snap, units: readTokenUnits(ctx, eth, up.Token())}
	uri := f.daURI
	if uri == "" {
		inbox, err := contractLedger(ctx, eth, c)
		if err != nil {
			return nil, err
		}
		if inbox == (common.Address{}) && f.cfgDA != "" {
			uri = f.cfgDA // the node's ledger, for contracts naming none
		}
		if inbox != (common.Address{}) {
			uri = "eth:" + inbox.Hex()
		}
	}
	if uri != "" {
		store, err := da.Open(ctx, uri, da.OpenOptions{Client: eth})
		if err != nil {
			return nil, fmt.Errorf("ledger %s: %w", uri, err)
		}
		l := statement.NewLedger(store, c).WithChainCheck(settle.NewChainCheck(eth, c))
		if err := l.Sync(ctx); err != nil {
			return nil, fmt.Errorf("ledger %s: %w", uri, err)
		}
		for _, r := range l.Rejected() {
			f.warn("ledger %s: publication at seq %d by %s skipped as invalid: %s", uri, r.Seq, r.Publisher, oneLine(r.Reason))
		}
		t.ledger = l
	}
	return t, nil
}

// keystoreAddress reads the address of a go-ethereum keystore file (no password).
func keystoreAddress(path string) (common.Address, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return common.Address{}, err
	}
	var k struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(b, &k); err != nil || !common.IsHexAddress(k.Address) {
		return common.Address{}, fmt.Errorf("%s: no address in the keystore", path)
	}
	return common.HexToAddress(k.Address), nil
}

// tokenUnits are how amounts of a contract's token are shown beside base units.
type tokenUnits struct {
	Decimals uint8
	Symbol   string
}

func (u tokenUnits) format(v string) string {
	n, ok := new(big.Int).SetString(v, 10)
	if !ok {
		return v
	}
	return unitsString(n, u.Decimals, u.Symbol)
}

// readTokenUnits reads an ERC-20's decimals and symbol (ether: 18, ETH); a token
// that does not answer is shown in base units.
func readTokenUnits(ctx context.Context, eth chain.Client, token common.Address) tokenUnits {
	if token == (common.Address{}) {
		return tokenUnits{18, "ETH"}
	}
	call := func(sig string) []byte {
		out, err := eth.CallContract(ctx, ethereum.CallMsg{To: &token, Data: crypto.Keccak256([]byte(sig))[:4]}, nil)
		if err != nil {
			return nil
		}
		return out
	}
	u := tokenUnits{0, "units"}
	if out := call("decimals()"); len(out) == 32 && out[31] <= 36 {
		u.Decimals = out[31]
	}
	if out := call("symbol()"); len(out) >= 96 {
		n := new(big.Int).SetBytes(out[32:64]).Int64()
		if n > 0 && n <= 32 && int(64+n) <= len(out) {
			u.Symbol = string(out[64 : 64+n])
		}
	}
	return u
}

func batchString(b *uint64) string {
	if b == nil {
		return ""
	}
	return fmt.Sprint(*b)
}

// ---------------------------------------------------------------- provider payments

func newProviderPaymentsCmd() *cobra.Command {
	var f statementFlags
	cmd := &cobra.Command{
		Use:   "payments (--config FILE | --rpc URL --account ADDR --contract ADDR) [--csv | --json]",
		Short: "The provider's payments per period: te, st, price, gross, net, transaction, ledger batch",
		Long: `Print, per upkeeping contract, every payment to the provider: the interval [ts, te),
the space-time st (byte·blocks), the price (per byte·block), the gross amount st × price,
the net the contract credited the provider (its share, plus the report's remainder on a
report's first entry), the pay transaction and the SCP ledger batch that carries it; then
the totals, the withdrawals and the balance the contract holds for it, checked: credited
− withdrawn = balance. Amounts in wei (token base units) and in ether (token units).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.stderr = cmd.ErrOrStderr()
			out, units, err := statementsOf(cmd.Context(), &f, statement.Provider)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			switch {
			case f.asJSON:
				return printJSON(w, out)
			case f.asCSV:
				cw := csv.NewWriter(w)
				cw.Write([]string{"contract", "ts", "te", "st", "price", "gross", "net", "gross_units", "net_units", "tx", "block", "batch"})
				for i, s := range out {
					for _, p := range s.Periods {
						cw.Write([]string{s.Contract.Hex(), fmt.Sprint(p.Ts), fmt.Sprint(p.Te), p.St, p.Price, p.Gross, p.Net,
							units[i].format(p.Gross), units[i].format(p.Net), p.Tx.Hex(), fmt.Sprint(p.Block), batchString(p.Batch)})
					}
				}
				cw.Flush()
				return cw.Error()
			}
			for i, s := range out {
				printProviderStatement(w, s, units[i])
			}
			return nil
		},
	}
	f.register(cmd, "provider")
	return cmd
}

func printProviderStatement(w io.Writer, s statement.ProviderStatement, u tokenUnits) {
	fmt.Fprintf(w, "provider %s under contract %s\n", s.Provider, s.Contract)
	if !s.Registered {
		fmt.Fprintln(w, "  not a provider of this contract")
		return
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  TS\tTE\tST (B·blocks)\tPRICE\tGROSS (wei)\tNET (wei)\tNET\tTX\tBATCH")
	for _, p := range s.Periods {
		fmt.Fprintf(tw, "  %d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.Ts, p.Te, p.St, p.Price, p.Gross, p.Net, u.format(p.Net), p.Tx.Hex(), batchString(p.Batch))
	}
	tw.Flush()
	t := s.Totals
	check := "matches"
	if !t.Consistent {
		check = "DOES NOT match"
	}
	fmt.Fprintf(w, "  %d payments: gross %s, credited %s wei (%s), withdrawn %s wei (%s), balance %s wei (%s): credited − withdrawn %s the balance\n",
		len(s.Periods), u.format(t.Gross), t.Credited, u.format(t.Credited), t.Withdrawn, u.format(t.Withdrawn), t.Balance, u.format(t.Balance), check)
}

// ---------------------------------------------------------------- keeper rewards

func newKeeperRewardsCmd() *cobra.Command {
	var f statementFlags
	cmd := &cobra.Command{
		Use:   "rewards (--config FILE | --rpc URL --account ADDR --contract ADDR) [--csv | --json]",
		Short: "The keeper's rewards per period: te, st, gross, net earned, led or failed, transaction, ledger batch",
		Long: `Print, per upkeeping contract, the keeper's rewards for every paid report: te, the
report's space-time (Σ st of its entries) and total amount (gross), what the contract
credited this keeper (net: its equal share unless the report names it failed, plus the
leader's bonus where it led), the gas it paid for the reports it submitted, the pay
transaction and the SCP ledger batch that carries it; then the totals, the withdrawals
and the amount the contract holds for it, checked: earned − withdrawn = withdrawable.
Amounts in wei (token base units) and in ether (token units).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.stderr = cmd.ErrOrStderr()
			out, units, err := statementsOf(cmd.Context(), &f, statement.Keeper)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			switch {
			case f.asJSON:
				return printJSON(w, out)
			case f.asCSV:
				cw := csv.NewWriter(w)
				cw.Write([]string{"contract", "te", "st", "gross", "net", "gross_units", "net_units", "led", "failed", "gas_wei", "tx", "batch"})
				for i, s := range out {
					for _, p := range s.Periods {
						cw.Write([]string{s.Contract.Hex(), fmt.Sprint(p.Te), p.St, p.Gross, p.Net, units[i].format(p.Gross), units[i].format(p.Net),
							fmt.Sprint(p.Led), fmt.Sprint(p.Failed), p.GasWei, p.Tx.Hex(), batchString(p.Batch)})
					}
				}
				cw.Flush()
				return cw.Error()
			}
			for i, s := range out {
				printKeeperStatement(w, s, units[i])
			}
			return nil
		},
	}
	f.register(cmd, "keeper")
	return cmd
}

func printKeeperStatement(w io.Writer, s statement.KeeperStatement, u tokenUnits) {
	fmt.Fprintf(w, "keeper %s under contract %s\n", s.Keeper, s.Contract)
	if !s.Registered {
		fmt.Fprintln(w, "  not a keeper of this contract")
		return
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  TE\tST (B·blocks)\tGROSS (wei)\tNET (wei)\tNET\tROLE\tTX\tBATCH")
	for _, p := range s.Periods {
		role := "member"
		switch {
		case p.Led:
			role = "leader"
		case p.Failed:
			role = "failed"
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.Te, p.St, p.Gross, p.Net, u.format(p.Net), role, p.Tx.Hex(), batchString(p.Batch))
	}
	tw.Flush()
	t := s.Totals
	check := "matches"
	if !t.Consistent {
		check = "DOES NOT match"
	}
	fmt.Fprintf(w, "  %d reports: earned %s wei (%s), withdrawn %s wei (%s), withdrawable %s wei (%s): earned − withdrawn %s the withdrawable amount; gas paid %s\n",
		len(s.Periods), t.Earned, u.format(t.Earned), t.Withdrawn, u.format(t.Withdrawn), t.Withdrawable, u.format(t.Withdrawable), check, etherString(mustBig(t.GasWei)))
}

func mustBig(s string) *big.Int {
	v, _ := new(big.Int).SetString(s, 10)
	return v
}

// ---------------------------------------------------------------- explain

// errNotExplained: explain found the payment but the ledger does not account for
// its st (see statement.Explanation).
var errNotExplained = errors.New("the st paid is not explained by the ledger")

func newExplainCmd() *cobra.Command {
	var (
		f        statementFlags
		provider string
		te       uint64
	)
	cmd := &cobra.Command{
		Use:   "explain --contract ADDR --provider ADDR --te N --rpc URL [--da URI] [--json]",
		Short: "Explain one payment: the samples from the SCP ledger, their integral, the keepers' observations, the amount",
		Long: `Explain the payment of the provider for the period ending at te under the contract
(SPEC 4, 7, 9): the gross amount st × price and the net the contract credited; the
challenge records the ledger batch carries for the provider over [ts − G, te), each
sample with the span it counts for inside [ts, te) and its contribution, and their
integral; the keepers' signed observations of the entry and their lower median. The
st paid is explained when it equals the integral, or — in median mode — the median of
the observations (the samples being the publishing keeper's records). Exit status 0:
explained; 1: not explained, not paid, or not in the ledger; 2: a bad command line.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(f.contracts) != 1 {
				return usagef("--contract ADDR is required")
			}
			if !common.IsHexAddress(provider) || te == 0 {
				return usagef("--provider ADDR and --te N are required")
			}
			if f.rpc == "" {
				return usagef("--rpc is required")
			}
			f.account = provider
			ctx := cmd.Context()
			f.stderr = cmd.ErrOrStderr()
			eth, account, cs, done, err := f.resolve(ctx)
			if err != nil {
				return err
			}
			defer done()
			t, err := f.open(ctx, eth, cs[0], account)
			if err != nil {
				return err
			}
			e, ok := statement.Explain(t.snap, account, te, t.ledger)
			if !ok {
				return fmt.Errorf("provider %s was not paid for a period ending at %d under %s", account, te, cs[0])
			}
			if f.asJSON {
				if err := printJSON(cmd.OutOrStdout(), e); err != nil {
					return err
				}
			} else {
				printExplanation(cmd.OutOrStdout(), e, t.units)
			}
			if !e.Explained {
				return fmt.Errorf("%w: %s", errNotExplained, e.SamplesNote)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.contracts, "contract", nil, "the upkeeping contract (required)")
	fl.StringVar(&provider, "provider", "", "the provider (required)")
	fl.Uint64Var(&te, "te", 0, "the period's end block (required)")
	fl.StringVar(&f.rpc, "rpc", "", "JSON-RPC URL of the chain (required)")
	fl.StringVar(&f.daURI, "da", "", "the SCP ledger's layer (default: the ledger the contract names)")
	fl.Uint64Var(&f.from, "from-block", 0, "first block to read the contract's events from")
	fl.BoolVar(&f.asJSON, "json", false, "print JSON")
	return cmd
}

func printExplanation(w io.Writer, e statement.Explanation, u tokenUnits) {
	p := e.Period
	fmt.Fprintf(w, "payment of provider %s for [%d, %d) under contract %s\n", e.Provider, p.Ts, p.Te, e.Contract)
	fmt.Fprintf(w, "  st %s byte·blocks × price %s = gross %s wei (%s); net credited %s wei (%s) at %d bps\n",
		p.St, p.Price, p.Gross, u.format(p.Gross), p.Net, u.format(p.Net), e.ShareBps)
	fmt.Fprintf(w, "  %s\n  paid in tx %s (block %d)", e.Check, p.Tx.Hex(), p.Block)
	if e.Batch != nil {
		fmt.Fprintf(w, ", ledger batch %d", *e.Batch)
	}
	fmt.Fprintln(w)
	if len(e.Samples) > 0 {
		fmt.Fprintf(w, "samples (stale span G = %d blocks):\n", e.Stale)
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  HEIGHT\tKEEPER\tRESULT\tSPACE (B)\tCOUNTS ON\tCONTRIBUTION (B·blocks)")
		for _, s := range e.Samples {
			span := "-"
			if s.To > s.From {
				span = fmt.Sprintf("[%d, %d)", s.From, s.To)
			}
			fmt.Fprintf(tw, "  %d\t%d %s\t%s\t%s\t%s\t%s\n", s.Height, s.Index, s.Keeper.Hex()[:10]+"…", s.Result, s.Space, span, s.Contribution)
		}
		tw.Flush()
		fmt.Fprintf(w, "  integral: %s byte·blocks\n", e.Integral)
	}
	if len(e.Observations) > 0 {
		var obs []string
		for _, o := range e.Observations {
			obs = append(obs, fmt.Sprintf("keeper %d: %s", o.Index, o.St))
		}
		fmt.Fprintf(w, "observations: %s; lower median %s\n", strings.Join(obs, ", "), e.Median)
	}
	verdict := "NOT EXPLAINED"
	if e.Explained {
		verdict = "explained"
	}
	fmt.Fprintf(w, "%s: %s\n", verdict, e.SamplesNote)
}

// contractLedger is the ledger (BatchInbox) of contract c for a reader that has only
// the chain: the one it names or, for a contract naming none, the one holding its
// keepers' publications since its start (settle.FindLedger).
func contractLedger(ctx context.Context, eth chain.Client, c common.Address) (common.Address, error) {
	up, err := upkeeping.New(ctx, eth, c)
	if err != nil {
		return common.Address{}, fmt.Errorf("contract %s: %w", c, err)
	}
	p, err := up.Params(ctx)
	if err != nil {
		return common.Address{}, fmt.Errorf("contract %s: %w", c, err)
	}
	return settle.FindLedger(ctx, eth, c, p.Start)
}
