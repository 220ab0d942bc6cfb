package devnet

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	bindv2 "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/detector"
)

// The SCP ledger of the devnet (SPEC 9, issue 7). Decisions:
//
//   - Options.DA is "dir:PATH", "eth" or "eth:0xINBOX"; empty means
//     dir:DATADIR/ledger. All keepers publish to the same layer (one directory
//     on this host; one BatchInbox on the devnet's chain for "eth", deployed by
//     the user's account right after the upkeeping contract, each keeper sending
//     through its own txmgr).
//   - At the end of Run the devnet waits for the ledger to carry every payment
//     (up to D + 3W blocks plus 30 s), then runs the detector on it with the
//     devnet's chain (hash chain, signatures, records, medians, replayed state
//     roots, and the contract's). detector_divergences is 0 or 1 (the detector
//     stops at the first divergence); a detector that could not run (no batch,
//     layer unreadable) leaves it unset and says why in "detector".

func (o *Options) checkDA() error {
	if o.DA == "" {
		return nil
	}
	if _, err := da.ParseURI(o.DA); err != nil {
		return fmt.Errorf("%w: --da: %w", ErrOptions, err)
	}
	return nil
}

// DA is the URI of the keepers' ledger layer (with the inbox address for eth).
func (d *Devnet) DA() string { return d.da }

// setupDA fixes the layer's URI, deploying the BatchInbox for "eth".
func (d *Devnet) setupDA(ctx context.Context) error {
	uri := d.opts.DA
	if uri == "" {
		uri = "dir:" + filepath.Join(d.dataDir, "ledger")
	}
	u, err := da.ParseURI(uri)
	if err != nil {
		return fmt.Errorf("%w: --da: %w", ErrOptions, err)
	}
	switch u.Kind {
	case da.KindDir:
		p, err := filepath.Abs(u.Path)
		if err != nil {
			return err
		}
		d.da = "dir:" + p
	case da.KindEth:
		if u.Inbox == ([20]byte{}) {
			opts, err := bind.NewKeyedTransactorWithChainID(d.user, d.chainID)
			if err != nil {
				return err
			}
			addr, tx, err := da.DeployInbox(ctx, d.client, opts)
			if err != nil {
				return err
			}
			wctx, cancel := context.WithTimeout(ctx, time.Minute)
			_, err = bindv2.WaitDeployed(wctx, d.client, tx.Hash())
			cancel()
			if err != nil {
				return fmt.Errorf("devnet: batch inbox: %w", err)
			}
			u.Inbox = addr
			d.progressf("batch inbox deployed at %s\n", addr)
		}
		d.da = u.String()
	default:
		d.da = uri
	}
	return nil
}

// detect waits for the ledger to carry the run's payments and runs the detector
// on it (with the devnet's chain); it fills the summary's ledger fields.
func (d *Devnet) detect(ctx context.Context, s *Summary) {
	s.DA = d.da
	p := d.params
	wait := 30*time.Second + time.Duration(p.Finality+3*p.Window)*d.opts.BlockPeriod
	ctx, cancel := context.WithTimeout(ctx, wait+2*time.Minute)
	defer cancel()
	store, err := da.Open(ctx, d.da, da.OpenOptions{Client: d.client})
	if err != nil {
		s.Detector = "not run: " + err.Error()
		return
	}
	defer store.Close()
	deadline := time.Now().Add(wait)
	var res *detector.Result
	for {
		res, err = detector.Run(ctx, detector.Config{Contract: d.contract.Address, Store: store, Chain: d.client})
		pending := (err == nil && len(res.Pending) > 0) || errors.Is(err, detector.ErrNoLedger)
		if !pending || time.Now().After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
		if ctx.Err() != nil {
			break
		}
	}
	var div *settle.Divergence
	switch {
	case errors.As(err, &div):
		n := 1
		s.DetectorDivergences = &n
		if res != nil {
			s.LedgerBatches = res.Batches
		}
		s.Detector = "DIVERGENCE: " + err.Error()
	case err != nil:
		s.Detector = "not run: " + err.Error()
	default:
		n := 0
		s.DetectorDivergences = &n
		s.LedgerBatches = res.Batches
		s.Detector = fmt.Sprintf("0 divergences over %d batches (%d settlements, %d records), head seq %d",
			res.Batches, res.Settlements, res.Records, res.Head.Seq)
		if res.ContractChecked {
			s.Detector += ", state root matches the contract's"
		}
		if len(res.Pending) > 0 {
			s.Detector += fmt.Sprintf("; %d payments not yet published", len(res.Pending))
		}
	}
}
