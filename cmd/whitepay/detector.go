package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/detector"
)

// newDetectorCmd is `whitepay detector` (SPEC 9, 10): the SCP detector.
func newDetectorCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:  "detector",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(newDetectorRunCmd())
	return listChildren(cmd, "Replay a contract's SCP ledger and check the keepers and the contract")
}

func newDetectorRunCmd() *cobra.Command {
	var contractHex, rpc, daURI, inboxHex, stateDir string
	var asJSON, quiet bool
	var maxLag uint64
	var workers int
	var arOwners []string
	var arBodies string
	cmd := &cobra.Command{
		Use:   "run --contract ADDR --rpc URL [--da URI] [--state DIR]",
		Short: "Fetch, replay and check every batch of a contract's ledger",
		Long: `Fetch the batches of the upkeeping contract's SCP ledger in order from the
data-availability layer, check the hash chain, re-verify every order, record,
observation and aggregate signature, recompute the space-time from the records and each
report value from its observations, replay the payments, and compare the state root
with the publisher's — and, with --rpc, with the contract (its views and events, the
pay receipts, the block hashes), flagging payments on chain that the ledger lacks.

The ledger is the one the contract names (SPEC 9 revision 2: its shared BatchInbox,
read with --rpc); --da names another layer:

--da URI   dir:PATH            a directory layer
           eth:0xINBOX | eth   Ethereum calldata through a BatchInbox contract (needs
                               --rpc; the inbox is the URI's address or --inbox)
           arweave:URL         batch bodies on Arweave, read through the gateway at
                               URL (http[s]://HOST[:PORT]); --arweave-owner limits
                               the publishers that count to those wallet addresses
--arweave-bodies URL   with an eth layer: the inbox's headers name bodies on Arweave,
                       read through the gateway at URL (the composite layer)

On the shared ledger every keeper of the contract publishes; the canonical batch at
each seq is the first valid publication, and the invalid ones skipped on the way are
listed with their publishers (they are not divergences: the ledger is intact).
Without --rpc a --da ledger is checked by itself (its chain is batch 0's). With --state
DIR the detector keeps its replayed state there and the next run resumes from it.
Progress goes to stderr. Exit status 0: no divergence; 1: a divergence (the first
batch, entry and field that differ are printed) or a failure; 2: a bad command line.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !common.IsHexAddress(contractHex) {
				return usagef("--contract: %q is not an address", contractHex)
			}
			if daURI == "" && rpc == "" {
				return usagef("--rpc is required (the ledger is the one the contract names), or --da URI")
			}
			if inboxHex != "" && !common.IsHexAddress(inboxHex) {
				return usagef("--inbox: %q is not an address", inboxHex)
			}
			ctx := cmd.Context()
			var client chain.Client
			if rpc != "" {
				c, _, err := chain.Dial(ctx, rpc)
				if err != nil {
					return err
				}
				defer c.Close()
				client = c
			}
			if daURI == "" {
				inbox, err := settle.LedgerOf(ctx, client, common.HexToAddress(contractHex))
				if err != nil {
					return err
				}
				if inbox == (common.Address{}) {
					return fmt.Errorf("contract %s names no shared ledger: give --da URI", contractHex)
				}
				daURI = "eth:" + inbox.Hex()
			}
			u, err := da.ParseURI(daURI)
			if err != nil {
				return usagef("--da: %v", err)
			}
			if u.Kind == da.KindEth && rpc == "" {
				return usagef("--da %s needs --rpc", daURI)
			}
			if arBodies != "" && u.Kind != da.KindEth {
				return usagef("--arweave-bodies goes with an eth layer")
			}
			store, err := da.Open(ctx, daURI, da.OpenOptions{Client: client, Inbox: common.HexToAddress(inboxHex),
				Arweave: da.ArweaveOptions{Owners: arOwners, Gateway: arBodies}})
			if err != nil {
				return err
			}
			defer store.Close()
			var progress io.Writer
			if !quiet {
				progress = cmd.ErrOrStderr()
			}
			res, err := detector.Run(ctx, detector.Config{
				Contract: common.HexToAddress(contractHex), Store: store, Chain: client, StateDir: stateDir,
				Progress: progress, Workers: workers, MaxLag: maxLag,
				Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
			})
			return reportDetector(cmd.OutOrStdout(), asJSON, res, err)
		},
	}
	f := cmd.Flags()
	f.StringVar(&contractHex, "contract", "", "the upkeeping contract whose ledger is checked (required)")
	f.StringVar(&rpc, "rpc", "", "JSON-RPC endpoint of the chain: finds the contract's ledger and compares with the contract")
	f.StringVar(&daURI, "da", "", "another data-availability layer than the contract's ledger: dir:PATH, eth:0xINBOX, eth or arweave:URL")
	f.StringVar(&arBodies, "arweave-bodies", "", "with an eth layer: the Arweave gateway the inbox's headers name bodies on")
	f.StringSliceVar(&arOwners, "arweave-owner", nil, "for --da arweave: the Arweave wallet addresses whose publications count (repeatable; default any)")
	f.StringVar(&inboxHex, "inbox", "", "BatchInbox address for --da eth")
	f.StringVar(&stateDir, "state", "", "directory keeping the detector's state between runs")
	f.BoolVar(&asJSON, "json", false, "print the result (or the divergence) as JSON")
	f.BoolVar(&quiet, "quiet", false, "no progress display")
	f.Uint64Var(&maxLag, "max-lag", 64, "blocks a payment may stay unpublished before it is a divergence")
	f.IntVar(&workers, "workers", 0, "record-verification workers (0: one per core)")
	return cmd
}

// reportDetector prints the outcome of a run: the summary, or the divergence.
func reportDetector(w io.Writer, asJSON bool, res *detector.Result, err error) error {
	d, isDiv := settle.AsDivergence(err)
	if err != nil && !isDiv {
		return err
	}
	if asJSON {
		out := map[string]any{"ok": err == nil, "result": res}
		if isDiv {
			out["divergence"] = d
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if e := enc.Encode(out); e != nil {
			return e
		}
	} else if isDiv {
		fmt.Fprintf(w, "DIVERGENCE at batch %d\n", d.Seq)
		if d.Entry >= 0 {
			fmt.Fprintf(w, "  entry:    %d (provider %d)\n", d.Entry, d.Provider)
		}
		if d.Record >= 0 {
			fmt.Fprintf(w, "  record:   %d\n", d.Record)
		}
		fmt.Fprintf(w, "  field:    %s\n", d.Field)
		if d.Want != "" || d.Got != "" {
			fmt.Fprintf(w, "  expected: %s\n  ledger:   %s\n", d.Want, d.Got)
		}
		if d.Detail != "" {
			fmt.Fprintf(w, "  detail:   %s\n", d.Detail)
		}
	} else {
		h := res.Head
		fmt.Fprintf(w, "ledger OK: %d batches checked (from batch %d), %d settlements, %d records\n", res.Batches, res.From, res.Settlements, res.Records)
		fmt.Fprintf(w, "head: batch %d  hash %s  state root %s\n", h.Seq, common.Hash(h.Hash).Hex(), common.Hash(h.StateRoot).Hex())
		if res.ContractChecked {
			fmt.Fprintf(w, "contract: state root matches (compared at %d pay blocks and at the head)\n", res.RootsAtBlocks)
		}
		for _, p := range res.Pending {
			fmt.Fprintf(w, "pending: payment in tx %s (block %d, te %d) not yet published\n", p.Tx.Hex(), p.Block, p.Te)
		}
	}
	if res != nil && !asJSON {
		for _, r := range res.Rejected {
			fmt.Fprintf(w, "rejected: publication at seq %d by %s (tx %s, block %d): %s\n", r.Seq, r.Publisher.Hex(), r.Tx.Hex(), r.Block, oneLine(r.Reason))
		}
	}
	if isDiv {
		return fmt.Errorf("ledger diverges: %w", d)
	}
	return nil
}
