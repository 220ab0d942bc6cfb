package payer

import (
	"bytes"
	"context"
	"fmt"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/txmgr"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// slash publishes equivocation evidence (SPEC 8), once per (signer, instance).
func (d *driver) slash(ctx context.Context, ev *wire.Evidence) {
	a, _, _, _, err := ev.Check()
	if err != nil {
		d.log.Warn("evidence does not check", "err", err)
		return
	}
	k := slashKey{ev.Signer, a.Te, a.Part, a.Leader, a.Attempt}
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
	keeperID, err := d.keeperIDAt(ctx, a.Te, ev.Signer)
	if err != nil {
		d.log.Warn("evidence names no keeper", "te", a.Te, "signer", ev.Signer, "err", err)
		return
	}
	data, err := upkeepingAdminABI.Pack("slash", keeperID, ev.ReportA, ea[:], ev.ReportB, eb[:])
	if err != nil {
		d.log.Error("packing slash", "err", err)
		return
	}
	done := func(ctx context.Context) (bool, error) {
		return d.c.IsSlashed(ctx, keeperID)
	}
	res, err := d.p.cfg.Tx.Send(ctx, txmgr.Call{To: d.c.Address, Data: data}, done)
	if res.Receipt != nil {
		d.p.cfg.Metrics.GasSpent.WithLabelValues(d.label, "slash").Add(float64(res.Receipt.GasUsed))
	}
	d.log.Warn("equivocation slashed", "keeper", ev.Signer, "te", a.Te, "leader", a.Leader, "attempt", a.Attempt,
		"already", res.AlreadyDone, "err", err)
}

// keeperIDAt returns the registry id of the member at position pos of the group in
// force for te (reports name keepers by position; the contract slashes by id).
func (d *driver) keeperIDAt(ctx context.Context, te uint64, pos uint32) (uint32, error) {
	g, err := d.c.GroupFor(ctx, te)
	if err != nil {
		return 0, err
	}
	if int(pos) >= len(g.Members) {
		return 0, fmt.Errorf("payer: position %d outside the group of %d", pos, len(g.Members))
	}
	return g.Members[pos].KeeperID, nil
}
