package payer

import (
	"bytes"
	"context"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/upkeeping"
)

// slash publishes equivocation evidence (SPEC 8), once per (signer, instance).
func (d *driver) slash(ctx context.Context, ev *wire.Evidence) {
	a, _, _, _, err := ev.Check()
	if err != nil {
		d.log.Warn("evidence does not check", "err", err)
		return
	}
	k := slashKey{ev.Signer, a.Te, a.Leader, a.Attempt}
	d.mu.Lock()
	if d.slashed[k] {
		d.mu.Unlock()
		return
	}
	d.slashed[k] = true
	d.mu.Unlock()
	d.p.cfg.Metrics.EquivocationsSeen.WithLabelValues(d.label).Inc()
	sa, err := bls.SignatureFromBytes(bytes.Clone(ev.SigA[:]))
	if err != nil {
		return
	}
	sb, err := bls.SignatureFromBytes(bytes.Clone(ev.SigB[:]))
	if err != nil {
		return
	}
	ea, eb := sa.EIP2537(), sb.EIP2537()
	data, err := upkeepingABI.Pack("slash", ev.Signer, ev.ReportA, ea[:], ev.ReportB, eb[:])
	if err != nil {
		d.log.Error("packing slash", "err", err)
		return
	}
	done := func(ctx context.Context) (bool, error) {
		ki, err := d.c.Keeper(ctx, ev.Signer)
		if err != nil {
			return false, err
		}
		return ki.Status == upkeeping.KeeperSlashed, nil
	}
	res, err := d.p.cfg.Tx.Send(ctx, txmgr.Call{To: d.c.Address, Data: data}, done)
	if res.Receipt != nil {
		d.p.cfg.Metrics.GasSpent.WithLabelValues(d.label, "slash").Add(float64(res.Receipt.GasUsed))
	}
	d.log.Warn("equivocation slashed", "keeper", ev.Signer, "te", a.Te, "leader", a.Leader, "attempt", a.Attempt,
		"already", res.AlreadyDone, "err", err)
}
