package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/challenge/client"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/upkeeping"
)

func keyAddress(k *ecdsa.PrivateKey) common.Address { return gethcrypto.PubkeyToAddress(k.PublicKey) }

// checkUploadTarget checks, before an upload, that contract is an upkeeping
// contract on the chain at rpc, that prov is one of its providers and that owner
// (the signing key) is its owner; it returns the chain's head.
func checkUploadTarget(ctx context.Context, rpc string, chainID uint64, contract, prov, owner common.Address) (uint64, error) {
	eth, id, err := chain.DialChain(ctx, rpc, chainID)
	if err != nil {
		return 0, fmt.Errorf("upload: %w", err)
	}
	defer eth.Close()
	c, err := upkeeping.New(ctx, eth, contract)
	if errors.Is(err, upkeeping.ErrNoContract) {
		return 0, fmt.Errorf("upload: %s: no contract code on chain %s", contract, id)
	}
	if err != nil {
		return 0, fmt.Errorf("upload: contract %s: %w", contract, err)
	}
	if _, ok, err := c.ProviderIndex(ctx, prov); err != nil {
		return 0, fmt.Errorf("upload: contract %s: %w", contract, err)
	} else if !ok {
		return 0, fmt.Errorf("upload: %s is not a provider of contract %s: the keepers would not count its space (register it first: whitepay user add-provider); nothing was sent", prov, contract)
	}
	p, err := c.Params(ctx)
	if err != nil {
		return 0, fmt.Errorf("upload: contract %s: %w", contract, err)
	}
	if p.Owner != owner {
		return 0, fmt.Errorf("upload: orders under contract %s must be signed by its owner %s, this key is %s; nothing was sent", contract, p.Owner, owner)
	}
	return eth.BlockNumber(ctx)
}

// retrieveResult is what `user retrieve --json` prints.
type retrieveResult struct {
	OrderID  string         `json:"order_id"`
	Contract common.Address `json:"contract"`
	Provider common.Address `json:"provider"`
	Root     string         `json:"root"`
	Size     uint64         `json:"size"`
	Offset   uint64         `json:"offset"`
	Length   uint64         `json:"length"`
	Out      string         `json:"out"`
	Seconds  float64        `json:"seconds"`
}

func newUserRetrieveCmd() *cobra.Command {
	var (
		f              uploadFlags
		out            string
		offset, length uint64
	)
	cmd := &cobra.Command{
		Use:   "retrieve ORDER_ID --provider ADDR --contract ADDR --out FILE (--key FILE | --keystore DIR) (--endpoint MULTIADDR | --config FILE) [--offset N --length N]",
		Short: "Fetch a stored piece back from its provider, every leaf checked against the order's Merkle root",
		Long: `Fetch the piece of order ORDER_ID (as ` + "`whitepay user upload`" + ` printed it) from the provider
(SPEC 3, retrieval): the user authenticates with its account key (the contract's owner)
over the libp2p handshake; the provider streams the piece — whole, or the bytes
[--offset, --offset+--length) — in 1 MiB chunks, each with its Merkle path, and every
chunk is checked against the root of the order the owner signed before it is written.
The output is written to FILE.part and renamed to FILE once complete; a chunk that
does not verify stops the retrieval with an error and leaves no FILE. Progress on
standard error.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			oid, err := hexutil.Decode(args[0])
			if err != nil || len(oid) != 32 {
				return usagef("ORDER_ID %q must be 32 bytes of hex", args[0])
			}
			if out == "" {
				return usagef("--out FILE is required")
			}
			contract, prov, provInfo, _, err := f.resolve()
			if err != nil {
				return err
			}
			if provInfo.ID == "" {
				if err := f.discover(ctx, contract, prov, &provInfo, map[common.Address]peer.AddrInfo{}); err != nil {
					return err
				}
			}
			key, err := f.userKey()
			if err != nil {
				return err
			}
			if f.rpc != "" {
				eth, id, err := chain.DialChain(ctx, f.rpc, f.chainID)
				if err != nil {
					return err
				}
				eth.Close()
				f.chainID = id.Uint64()
			}
			host, err := p2p.New(p2p.Config{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
			if err != nil {
				return err
			}
			defer host.Close()
			host.AddPeer(provInfo)
			tmp := out + ".part"
			file, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
			if err != nil {
				return err
			}
			defer os.Remove(tmp) // a no-op after the rename
			d := domain.Domain{ChainID: new(big.Int).SetUint64(f.chainID), Contract: contract}
			var bar *progressBar
			start := time.Now()
			so, err := client.Retrieve(ctx, host, provInfo.ID, d, keyAddress(key), [32]byte(oid), offset, length, file, client.RetrieveOptions{
				Progress: func(done, total uint64) {
					if bar == nil {
						bar = newProgressBar(cmd.ErrOrStderr(), "retrieve", total, !f.noProgres)
					}
					bar.update(done)
				}})
			if bar != nil {
				bar.done(err == nil)
			}
			if cerr := file.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("retrieve from provider %s: %w", prov, err)
			}
			if err := os.Rename(tmp, out); err != nil {
				return err
			}
			st, _ := os.Stat(out)
			res := retrieveResult{OrderID: hexutil.Encode(oid), Contract: contract, Provider: prov, Root: hexutil.Encode(so.Root[:]),
				Size: so.Size, Offset: offset, Length: uint64(st.Size()), Out: mustAbs(out), Seconds: time.Since(start).Seconds()}
			if f.asJSON {
				return printJSON(cmd.OutOrStdout(), res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d bytes of piece %s (%d bytes) from provider %s, every leaf checked\n",
				filepath.Clean(out), res.Length, res.Root, res.Size, prov)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.provider, "provider", "", "provider address (required)")
	fl.StringVar(&f.contract, "contract", "", "upkeeping contract address")
	fl.Uint64Var(&f.chainID, "chain-id", 0, "chain id (or --rpc)")
	fl.StringVar(&f.rpc, "rpc", "", "chain JSON-RPC URL (gives the chain id; finds the provider in the endpoint directory)")
	fl.StringVar(&f.registry, "registry", "", "registry whose endpoint directory to read (default: the one the contract names)")
	fl.StringVar(&f.keyFile, "key", "", "the user's go-ethereum keystore file (the contract's owner)")
	fl.StringVar(&f.keystore, "keystore", "", "a go-ethereum keystore directory")
	fl.StringVar(&f.from, "from", "", "account to use from --keystore")
	fl.StringVar(&f.endpoint, "endpoint", "", "provider endpoint multiaddr (…/p2p/<peer id>)")
	fl.StringVar(&f.cfgPath, "config", "", "node configuration to take chain id, contract and endpoints from")
	fl.StringVar(&out, "out", "", "file to write (required)")
	fl.Uint64Var(&offset, "offset", 0, "first byte of the range")
	fl.Uint64Var(&length, "length", 0, "bytes of the range (0: to the end of the piece)")
	fl.BoolVar(&f.asJSON, "json", false, "print the result as JSON")
	fl.BoolVar(&f.noProgres, "no-progress", false, "no progress bar")
	f.pw.register(cmd)
	return cmd
}
