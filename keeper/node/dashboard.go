package node

// The keeper's dashboard page and the operator gauges (issue 17): the page is served
// on the status address (dashboard/web, role keeper) from the same chain history the
// user and provider pages read, plus what only this node knows (ledger head, peers,
// records); opsLoop keeps the gauges the alert rules read (ops/prometheus/alerts.yml).

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/dashboard"
	"github.com/whitepay/whitepay/dashboard/web"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/statement"
)

// opsInterval is how often opsLoop refreshes the local operator gauges; the runway,
// which reads the chain (the contract's new events and views), every runwayEvery
// ticks.
const (
	opsInterval = 5 * time.Second
	runwayEvery = 6
	// runwayMinAge is the least time between two syncs of a contract's history
	// for the runway gauge: with many contracts paying every period, syncing on
	// every payment would be a chain read per contract-period for a figure that
	// moves by one period per period.
	runwayMinAge = 10 * time.Minute
)

// mountDashboard serves the keeper page on the status server: one history per served
// contract with an upkeeping contract.
func (n *Node) mountDashboard() error {
	for _, c := range n.served {
		v, ok := n.pay.Group().View(c)
		if !ok {
			continue
		}
		h, err := dashboard.NewHistory(n.client, v.Contract(), 0)
		if err != nil {
			return err
		}
		n.histories = append(n.histories, h)
	}
	web.Mount(n.srv, web.Config{Role: web.RoleKeeper, Account: n.addr, Histories: n.histories, Keeper: n.dashboardLocal, Ledgers: n.dashboardLedgers()})
	return nil
}

// dashboardLedgers follows each contract's ledger on the layer this node publishes
// to, for the batch column of the keeper page (the statements' one code path).
func (n *Node) dashboardLedgers() map[common.Address]*dashboard.Ledger {
	out := map[common.Address]*dashboard.Ledger{}
	if n.ledger == nil || len(n.ledger.stores) != len(n.ledger.list) { // openLedgers appends both together
		return out
	}
	for i, cl := range n.ledger.list {
		out[cl.contract] = dashboard.NewLedger(n.ledger.stores[i], cl.contract).WithChainCheck(settle.NewChainCheck(n.client, cl.contract))
	}
	return out
}

// peerCounts is, per served contract with an upkeeping contract, the other keepers,
// how many are connected, and how many a quorum needs besides this one (q − 1).
func (n *Node) peerCounts() []dashboard.PeerState {
	var out []dashboard.PeerState
	for _, c := range n.served {
		if n.group.isStatic[c] {
			continue
		}
		v, ok := n.pay.Group().View(c)
		if !ok {
			continue
		}
		ps := dashboard.PeerState{Contract: c}
		for _, k := range v.KeeperAddresses() {
			if k == n.addr {
				continue
			}
			ps.Others++
			if n.host.ConnectedTo(k) {
				ps.Connected++
			}
		}
		ps.Needed = (2*(ps.Others+1))/3 + 1 - 1 // q − 1, q = ⌊2N/3⌋ + 1
		out = append(out, ps)
	}
	return out
}

// dashboardLocal is what the keeper page shows of this node.
func (n *Node) dashboardLocal() *dashboard.KeeperLocal {
	l := &dashboard.KeeperLocal{Peers: n.peerCounts()}
	for _, s := range n.ledger.status() {
		ls := dashboard.LedgerState{Contract: s.Contract, DA: s.DA, Pending: s.Pending, Stopped: s.Stopped, CaughtUp: s.Pending == 0 && s.Stopped == ""}
		if s.Head != nil {
			seq := s.Head.Seq
			ls.Seq, ls.Te = &seq, s.Head.Te
		}
		l.Ledger = append(l.Ledger, ls)
	}
	for _, c := range n.served {
		l.RecordsOwn += uint64(obs.CounterValue(n.metrics.RecordsStored.WithLabelValues(c.Hex(), "own")))
		l.RecordsSynced += uint64(obs.CounterValue(n.metrics.RecordsStored.WithLabelValues(c.Hex(), "synced")))
	}
	for _, s := range n.pay.Status() {
		l.Phase, l.LastLatencyS = s.Phase, s.LastLatency
	}
	return l
}

// opsLoop keeps the operator gauges current until ctx ends: peers, ledger lag and
// runway per contract (gas money: obs.WatchGasBalance).
func (n *Node) opsLoop(ctx context.Context) {
	t := time.NewTicker(opsInterval)
	defer t.Stop()
	// The runway changes only when the contract does (its events): a contract's
	// history is synced again only after the chain watcher saw one of its logs,
	// and at most every runwayMinAge, so the node's reads for the gauges do not
	// grow with idle contracts nor with every payment.
	var addrs []common.Address
	for _, h := range n.histories {
		addrs = append(addrs, h.Contract())
	}
	sub := n.watch.Subscribe(addrs...)
	dirty := map[common.Address]bool{}
	for _, a := range addrs {
		dirty[a] = true // the first sync
	}
	synced := map[common.Address]time.Time{}
	for i := 0; ; i++ {
		if u, ok := sub.Take(); ok {
			if u.Reorg {
				for _, a := range addrs {
					dirty[a] = true
				}
			}
			for _, l := range u.Logs {
				dirty[l.Address] = true
			}
		}
		n.sampleOps(ctx, i%runwayEvery == 0, dirty, synced)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (n *Node) sampleOps(ctx context.Context, runway bool, dirty map[common.Address]bool, synced map[common.Address]time.Time) {
	m := n.metrics
	for _, p := range n.peerCounts() {
		m.PeersUp.WithLabelValues(p.Contract.Hex()).Set(float64(p.Connected))
		m.PeersNeeded.WithLabelValues(p.Contract.Hex()).Set(float64(p.Needed))
	}
	for _, s := range n.ledger.status() {
		m.LedgerPending.WithLabelValues(s.Contract.Hex()).Set(float64(s.Pending))
	}
	for _, h := range n.histories {
		if !runway {
			break
		}
		if at, ok := synced[h.Contract()]; !dirty[h.Contract()] || ok && time.Since(at) < runwayMinAge {
			continue
		}
		rctx, cancel := context.WithTimeout(ctx, opsInterval)
		s, err := h.Sync(rctx)
		cancel()
		if err != nil {
			continue // the chain alert covers it; keep the last runway (retried)
		}
		delete(dirty, h.Contract())
		synced[h.Contract()] = time.Now()
		m.RunwayPeriods.WithLabelValues(h.Contract().Hex()).Set(dashboard.User(s, nil, statement.DefaultRunwayWarn).RunwayPeriods)
	}
}

// Histories are the chain histories behind the keeper page, one per contract.
func (n *Node) Histories() []*dashboard.History { return n.histories }
