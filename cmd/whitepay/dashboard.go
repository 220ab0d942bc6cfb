package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/dashboard"
	"github.com/whitepay/whitepay/dashboard/web"
	"github.com/whitepay/whitepay/devnet"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/statement"
	"github.com/whitepay/whitepay/upkeeping"
)

// newUserDashboardCmd is `whitepay user dashboard` (issue 17): the user page of one
// contract, read-only and without keys.
func newUserDashboardCmd() *cobra.Command {
	var contractHex, rpc, addr, daURI, inboxHex string
	var from, runwayWarn uint64
	cmd := &cobra.Command{
		Use:   "dashboard --contract ADDR --rpc URL [--addr HOST:PORT] [--da URI]",
		Short: "Serve the user's dashboard page of a contract (read-only, no keys)",
		Long: `Serve the user page of an upkeeping contract on --addr until interrupted: its
providers with their prices per TiB-month, the space proven and the amount paid per
period, the funds, the runway (periods and time the surplus covers at the last
period's rate, warned below --runway-warn periods as in ` + "`user status`" + `) and the
scheduled changes (keeper group, prices, removals, surplus withdrawal), and,
with --da, the detector's verdict on the contract's SCP ledger (re-checked every 15 s).
It reads the chain only: no key is needed. While the RPC does not answer the page
says so over the last figures it read. Prints the page's URL on standard output.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !common.IsHexAddress(contractHex) {
				return usagef("--contract: %q is not an address", contractHex)
			}
			if rpc == "" {
				return usagef("--rpc is required")
			}
			ctx := cmd.Context()
			eth, _, err := chain.Dial(ctx, rpc)
			if err != nil {
				return err
			}
			defer eth.Close()
			c, err := upkeeping.New(ctx, eth, common.HexToAddress(contractHex))
			if err != nil {
				return err
			}
			h, err := dashboard.NewHistory(eth, c, from)
			if err != nil {
				return err
			}
			cfg := web.Config{Role: web.RoleUser, Histories: []*dashboard.History{h}, RunwayWarn: runwayWarn}
			if daURI != "" {
				vw, stop, err := startVerdict(ctx, daURI, inboxHex, c.Address, eth)
				if err != nil {
					return err
				}
				defer stop()
				cfg.Verdict = func(common.Address) *dashboard.Verdict { return vw.Verdict() }
			}
			return serveDashboard(ctx, cmd.OutOrStdout(), addr, cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&contractHex, "contract", "", "the upkeeping contract (required)")
	f.StringVar(&rpc, "rpc", "", "JSON-RPC URL of the chain (required)")
	f.StringVar(&addr, "addr", "127.0.0.1:7070", "address to serve the page on")
	f.StringVar(&daURI, "da", "", "the contract's SCP ledger (dir:PATH, eth:0xINBOX, eth or arweave:URL): show the detector's verdict")
	f.StringVar(&inboxHex, "inbox", "", "BatchInbox address for --da eth")
	f.Uint64Var(&from, "from-block", 0, "first block to read the contract's events from (its deployment)")
	f.Uint64Var(&runwayWarn, "runway-warn", statement.DefaultRunwayWarn, "warn when the surplus covers fewer periods than this")
	return cmd
}

// startVerdict opens the ledger layer and runs the detector over it in the background.
func startVerdict(ctx context.Context, daURI, inboxHex string, contract common.Address, eth chain.Client) (*dashboard.VerdictWatch, func(), error) {
	if _, err := da.ParseURI(daURI); err != nil {
		return nil, nil, usagef("--da: %v", err)
	}
	if inboxHex != "" && !common.IsHexAddress(inboxHex) {
		return nil, nil, usagef("--inbox: %q is not an address", inboxHex)
	}
	store, err := da.Open(ctx, daURI, da.OpenOptions{Client: eth, Inbox: common.HexToAddress(inboxHex)})
	if err != nil {
		return nil, nil, err
	}
	vw := &dashboard.VerdictWatch{Contract: contract, Store: store, Chain: eth, Ledger: daURI,
		Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))}
	vctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); vw.Run(vctx) }()
	return vw, func() { cancel(); <-done; store.Close() }, nil
}

// serveDashboard serves cfg's page on addr until ctx ends, after printing its URL.
func serveDashboard(ctx context.Context, out io.Writer, addr string, cfg web.Config) error {
	ln, err := listenDashboard(addr)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	web.Mount(mux, cfg)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	fmt.Fprintf(out, "%s dashboard: http://%s/dashboard/\n", cfg.Role, ln.Addr())
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

func listenDashboard(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("dashboard: listen %s: %w", addr, err)
	}
	return ln, nil
}

// runDevnetDashboard is `whitepay devnet --dashboard`: start the devnet, print every
// page's URL (each keeper's and provider's on its status address, the user page on
// addr), follow the contract until the periods are paid, then keep the network and
// the pages running until interrupted.
func runDevnetDashboard(cmd *cobra.Command, o devnet.Options, addr string) error {
	ctx := cmd.Context()
	out := cmd.OutOrStdout()
	o.Timeout = 0
	d, err := devnet.New(ctx, o)
	if err != nil {
		if errors.Is(err, devnet.ErrOptions) {
			return usagef("%v", err)
		}
		return err
	}
	defer d.CloseWithin(30 * time.Second)
	if err := d.Start(ctx); err != nil {
		return err
	}
	h, err := dashboard.NewHistory(d.Client(), d.Contract(), d.DeployBlock())
	if err != nil {
		return err
	}
	ln, err := listenDashboard(addr)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	cfg := web.Config{Role: web.RoleUser, Histories: []*dashboard.History{h}}
	if ledger := devnetLedger(d, o); ledger != "" {
		if vw, stop, err := startVerdict(ctx, ledger, "", d.Contract().Address, d.Client()); err == nil {
			defer stop()
			cfg.Verdict = func(common.Address) *dashboard.Verdict { return vw.Verdict() }
		}
	}
	web.Mount(mux, cfg)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	fmt.Fprintf(out, "user dashboard:       http://%s/dashboard/\n", ln.Addr())
	for _, m := range d.Keepers {
		fmt.Fprintf(out, "keeper %-13s http://%s/dashboard/\n", m.Name+":", m.Status)
	}
	for _, m := range d.Providers {
		fmt.Fprintf(out, "provider %-11s http://%s/dashboard/\n", m.Name+":", m.Status)
	}
	fmt.Fprintln(out, "serving until interrupted (Ctrl-C)")
	s, err := d.Run(ctx)
	if s != nil && ctx.Err() == nil {
		devnet.PrintSummary(cmd.ErrOrStderr(), s)
	}
	if err != nil && ctx.Err() == nil {
		fmt.Fprintln(cmd.ErrOrStderr(), "devnet:", err, "(the pages keep serving)")
	}
	<-ctx.Done()
	return nil
}

// devnetLedger is the devnet's SCP ledger for the detector's verdict ("" if unknown).
func devnetLedger(d *devnet.Devnet, o devnet.Options) string {
	if o.DA != "" {
		if u, err := da.ParseURI(o.DA); err == nil && u.Kind == da.KindDir {
			return o.DA
		}
		return ""
	}
	return "dir:" + d.DataDir() + "/ledger"
}
