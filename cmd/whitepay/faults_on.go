//go:build faults

package main

import (
	"context"
	"crypto/ecdsa"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/whitepay/whitepay/devnet/faultinject"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/node"
)

// This file is compiled only into a binary built with `-tags faults` (the fault
// devnet's keepers and the tests that run them): it wires the keeper side of fault
// injection (package devnet/faultinject) into `keeper run` and adds `devnet --faults`
// (devnet_faults.go) and the hidden `byzantine` command (byzantine.go). The product
// binary has faults_off.go instead.

// faultsBuilt reports whether this binary has fault injection.
const faultsBuilt = true

// faultCommands are the fault-injection commands of this build.
func faultCommands() []*cobra.Command { return []*cobra.Command{newByzantineCmd()} }

// keeperTxOptions returns the keeper's txmgr options with the faults of
// DATADIR/faults.json applied (the zero options when there is none).
func keeperTxOptions(ctx context.Context, c *config.Config, log *slog.Logger) (txmgr.Options, error) {
	f, ok, err := faultinject.Load(c.DataDir)
	if err != nil || !ok {
		return txmgr.Options{}, err
	}
	return faultinject.TxOptions(ctx, f, c.Chain.RPC, log)
}

// startKeeperFaults starts the runtime faults of DATADIR/faults.json inside a
// running keeper node (nothing when there is none); the returned function stops them.
func startKeeperFaults(ctx context.Context, c *config.Config, n *node.Node, acct *ecdsa.PrivateKey, sk *bls.SecretKey, log *slog.Logger) (func(), error) {
	f, ok, err := faultinject.Load(c.DataDir)
	if err != nil || !ok {
		return func() {}, err
	}
	cl, _, err := chain.Dial(ctx, c.Chain.RPC)
	if err != nil {
		return nil, err
	}
	cs := make([]common.Address, len(c.Contracts))
	for i, x := range c.Contracts {
		cs[i] = x.Address
	}
	stop, err := faultinject.Start(ctx, f, faultinject.Keeper{
		Dir: c.DataDir, RPC: c.Chain.RPC, Contracts: cs, Peers: c.Peers, Account: acct, BLS: sk,
		Host: n.Host(), Transport: n.Transport(), Head: cl.BlockNumber,
	}, log)
	if err != nil {
		cl.Close()
		return nil, err
	}
	return func() {
		stop()
		cl.Close()
	}, nil
}
