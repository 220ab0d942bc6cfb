package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/keeper/chainview"
	"github.com/whitepay/whitepay/keeper/chainwatch"
	"github.com/whitepay/whitepay/keeper/payer"
	"github.com/whitepay/whitepay/keeper/prune"
	"github.com/whitepay/whitepay/keeper/records"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/settle/da"
	"github.com/whitepay/whitepay/settle/da/arweave"
	"github.com/whitepay/whitepay/upkeeping"
)

// The SCP ledger of SPEC 9 on the keeper side (settle/doc.go, "What the keeper
// node calls"). Decisions taken where SPEC is silent:
//
//   - One ledger per served upkeeping contract, on the layer the contract names
//     (SPEC 9 revision 2: its ledger() view, a BatchInbox: eth:INBOX), which every
//     keeper of the contract reads and writes; a node configured with a DA URI
//     (config "da": devnets and tests) uses that instead, and a contract that names
//     no ledger gets dir:DATADIR/ledger with a warning. On the shared layer the
//     canonical batch at a seq is the first valid publication (settle/shared.go):
//     the node syncs every poll — at start and after any gap it catches up from
//     the layer — re-verifying each publication, checking it against the chain,
//     and skipping invalid ones (shown on /status with their publishers); it
//     publishes only at the seq that has no valid batch yet, then waits for its
//     batch (or another valid one) to become canonical before building the next
//     (settle.ErrAwaiting); the inbox takes one publication per keeper per seq, so
//     nothing is published twice. Publications count once D blocks deep.
//   - The node follows the contract's ReportPaid events up to head − D (a payment
//     that can still be reorged is not published) and handles them strictly in
//     payment order: a payment is published by this keeper when settle.PublishDue
//     says so (the leader at once, the next keepers of the report's leader order
//     one window W each later); a later payment waits for the earlier one's batch.
//   - The batch's observations come from the Propose this keeper holds for the
//     paid report (its own Submit, or the one it received as a follower:
//     payer.Proposals, fed by the payer and by a transport tap). A keeper without
//     it cannot publish and waits for another.
//   - The batch's records are "the records used" (SPEC 9): per entry, those this
//     keeper's observation closest to the paid value integrated
//     (payer.Observer.UsedRecords), not every record it holds when it publishes —
//     a challenge answered near te, or a record synced later, would otherwise make
//     the batch replay to another value than the one observed. If they do not
//     replay to the paid report within τ (settle.ErrUnbuildable: a keeper of the
//     observation was slashed before the payment and no longer counts), it tries
//     every record it holds; a keeper whose records still do not (it restarted
//     and lost its observation log, or its observation was an outlier) publishes
//     nothing and leaves the batch to the next publisher.
//   - Ledger batches and reorganisations (issue 8): a batch is published only for a
//     payment D blocks deep (head − D), and the records it carries have seeds at
//     least D deep when they were made (keeper/records/reorg.go), so a reorg of at
//     most D blocks never touches a published batch: a payment orphaned before
//     that is not in the ledger, and its re-payment on the canonical chain is
//     published in its place. A batch whose pay transaction a deeper reorg
//     (outside SPEC 2's model) removed is not rewritten — the ledger is
//     append-only — and the detector, checking it against the chain, names it
//     (payTx not mined, or at another block): a divergence for people, like any
//     other.
//   - A *settle.Divergence (a published batch breaking the rules) stops the ledger
//     of that contract for good, logged as an error: it needs people.
//   - Every keeper follows the ledger (Sync) every poll, so its status shows the
//     head even when others publish.
//   - The group of a payment (and of a synced publication, in the chain check) is
//     read through one settle.GroupReader per contract, fed the contract's logs by
//     the chain watcher: a payment after harmless logs only costs no chain call
//     (issue 14); its type doc has the invalidation rule.
//   - Pruning (issue 15, keeper/prune has the rule): each time the published
//     ledger's head moves, the keeper deletes what the rule says no unpaid interval,
//     ledger publication, record sync or round 4 can need — records, outbox
//     entries and ended orders below lastPaid − G − H of each provider in the
//     published ledger, and agreement locks eight periods below its te (behind the
//     vote floor) — and reclaims badger's space after large deletions. A stopped
//     ledger (divergence) prunes nothing; nor does a static devnet group, which has
//     no ledger.

// reportPaidID is the topic of the contract's ReportPaid event.
var reportPaidID = upkeeping.EventTopic("ReportPaid")

// ledgerPoll is how often a ledger step is retried while the head does not move.
const ledgerPoll = 500 * time.Millisecond

// LedgerStatus is a contract's ledger head on /status.
type LedgerStatus struct {
	Contract common.Address `json:"contract"`
	DA       string         `json:"da"`
	// Shared: the contract's shared ledger (SPEC 9 revision 2), not this keeper's own.
	Shared bool `json:"shared"`
	// Rejected are the invalid publications this keeper skipped (shared ledgers).
	Rejected []settle.Rejected `json:"rejected,omitempty"`
	Head     *settle.Head      `json:"head,omitempty"` // nil: no batch yet
	Pending  int               `json:"pending"`        // final payments not yet in the ledger
	Stopped  string            `json:"stopped,omitempty"`
}

type ledgers struct {
	log    *slog.Logger
	stores []da.Store
	list   []*contractLedger
}

type contractLedger struct {
	log      *slog.Logger
	client   chain.Client
	view     *payer.View
	self     common.Address
	recs     *records.Store
	props    *payer.Proposals
	metrics  *obs.Metrics
	l        *settle.Ledger
	lp       settle.LedgerParams
	uri      string
	shared   bool // the contract's shared ledger (da.Shared): SPEC 9 revision 2
	contract common.Address
	up       *bindings.Upkeeping
	hashes   chainview.Chain // block hashes (the node's chain watcher)
	// groups reads the group of a payment (settle.ReadGroup), cached between
	// payments while the contract's logs (noteLogs) show no change to it.
	groups *settle.GroupReader
	// used returns the records this keeper's observation of an entry integrated
	// (payer.Payer.UsedRecords for this contract).
	used func(provider uint32, ts, te uint64, st *big.Int) (map[payer.RecordKey]bool, bool)
	// unbuildable: payments this keeper cannot build a batch for (logged once).
	unbuildable map[common.Hash]bool
	// pruner deletes what the published ledger makes unneeded (nil: no pruning);
	// prunedSeq is the ledger head it last pruned at (+1; 0: never).
	pruner    *prune.Pruner
	prunedSeq uint64

	mu   sync.Mutex
	next uint64      // payments in blocks below are taken (pending or carried)
	seen []types.Log // ReportPaid logs not yet D blocks deep (chain watcher)
	// backfill: the logs of blocks [next, backfill) are read by a query, once
	// (0: done); the watcher delivers those after.
	backfill uint64
	pending  []pendingPay
	stopped  error
	orders   map[uint64][]uint32
}

type pendingPay struct {
	tx     common.Hash
	block  uint64
	te     uint64
	leader uint32
	digest [32]byte
}

// defaultDA is the DA URI of a node whose configuration names none.
func defaultDA(dataDir string) string { return "dir:" + filepath.Join(dataDir, "ledger") }

// openLedgers opens the SCP ledger of every served upkeeping contract on the
// node's DA layer (Config.DA) and taps the transport for the Proposes the batches
// need.
func (n *Node) openLedgers(ctx context.Context, po payer.Options, props *payer.Proposals) (*ledgers, error) {
	explicit := n.cfg.DA
	if explicit == "" {
		explicit = n.cfg.Config.DA
	}
	lp := settle.DefaultLedgerParams()
	if po.Challenge.Pieces > 0 && po.Challenge.Leaves > 0 {
		lp.Pieces, lp.Leaves = uint8(po.Challenge.Pieces), uint8(po.Challenge.Leaves)
	}
	if po.Tolerance.Den > 0 {
		lp.TolNum, lp.TolDen = uint32(po.Tolerance.Num), uint32(po.Tolerance.Den)
	}
	views := map[common.Address]*payer.View{}
	for _, c := range n.served {
		if n.group.isStatic[c] {
			continue
		}
		v, err := n.pay.Serve(ctx, c) // already served: returns its view
		if err != nil {
			return nil, err
		}
		views[c] = v
	}
	n.tr.SetTap(props.Tap(func(c, a common.Address) bool {
		v := views[c]
		if v == nil {
			return false
		}
		_, ok := v.KeeperIndex(a)
		return ok
	}))
	ls := &ledgers{log: n.log}
	// One store per layer, shared by every contract on it: an inbox is read by
	// one scan per new head for all of them (da.EthStore), not one per contract.
	layers := map[string]da.Store{}
	// The keepers' proofs of possession, recovered from their registry once for
	// every contract naming it (settle.PoPCache).
	pops := settle.NewPoPCache()
	for _, c := range n.served {
		v := views[c]
		if v == nil {
			continue
		}
		uri, err := n.ledgerURI(ctx, c, explicit)
		if err != nil {
			ls.close()
			return nil, err
		}
		key := fmt.Sprintf("%s|%d", uri, v.Params().Finality)
		s := layers[key]
		if s == nil {
			if s, err = n.openLayer(ctx, uri, v.Params().Finality); err != nil {
				ls.close()
				return nil, err
			}
			layers[key] = s
			ls.stores = append(ls.stores, s)
		}
		up, err := bindings.NewUpkeeping(c, n.client)
		if err != nil {
			ls.close()
			return nil, err
		}
		log := n.log.With("contract", c, "ledger", uri)
		_, shared := s.(da.Shared)
		// One group cache per contract, for the payments this keeper publishes and
		// the chain check of every publication it syncs (shared ledgers).
		groups := settle.NewGroupReader(n.client, c, pops)
		l, err := settle.OpenLedger(ctx, s, settle.NewState(v.Contract().Domain()), settle.LedgerOptions{Log: log, ChainCheck: settle.NewCachedChainCheck(n.client, c, groups)})
		cl := &contractLedger{log: log, client: n.client, hashes: n.watch, view: v, self: n.addr, recs: n.recs, props: props,
			metrics: n.metrics, l: l, lp: lp, uri: uri, shared: shared, contract: c, up: up, orders: map[uint64][]uint32{},
			groups:      groups,
			unbuildable: map[common.Hash]bool{}, pruner: n.pruner,
			used: func(p uint32, ts, te uint64, st *big.Int) (map[payer.RecordKey]bool, bool) {
				return n.pay.UsedRecords(c, p, ts, te, st)
			}}
		var div *settle.Divergence
		switch {
		case errors.As(err, &div):
			log.Error("ledger diverges: not publishing", "divergence", err)
			cl.stopped = err
		case err != nil:
			ls.close()
			return nil, fmt.Errorf("node: ledger of %s: %w", c, err)
		default:
			if h := l.Head(); !h.Empty {
				cl.next = h.PayBlock
			}
			cl.setMetric()
		}
		ls.list = append(ls.list, cl)
	}
	return ls, nil
}

// ledgerURI is the layer of contract c's ledger: the node's explicit DA URI if
// it has one (devnets and tests), else the shared ledger the contract names (SPEC
// 9 revision 2: eth:INBOX), else — a contract that names none — a directory in the
// data dir, with a warning (that ledger is this keeper's alone).
func (n *Node) ledgerURI(ctx context.Context, c common.Address, explicit string) (string, error) {
	if explicit != "" {
		return explicit, nil
	}
	inbox, err := settle.LedgerOf(ctx, n.client, c)
	if err != nil {
		return "", fmt.Errorf("node: the ledger of %s: %w", c, err)
	}
	if inbox != (common.Address{}) {
		return "eth:" + inbox.Hex(), nil
	}
	uri := defaultDA(n.cfg.Config.DataDir)
	n.log.Warn("the contract names no shared ledger: this keeper's ledger is a directory of its own", "contract", c, "ledger", uri)
	return uri, nil
}

// openLayer opens a ledger's data-availability layer. On the Ethereum layer,
// publications count once they are d blocks deep (a reorg cannot remove them).
func (n *Node) openLayer(ctx context.Context, uri string, d uint64) (da.Store, error) {
	u, err := da.ParseURI(uri)
	if err != nil {
		return nil, fmt.Errorf("node: ledger %q: %w", uri, err)
	}
	oo := da.OpenOptions{Client: n.client, Sender: n.tx}
	bodies := n.cfg.Config.ArweaveBodies // an Ethereum layer's bodies on Arweave
	if u.Kind == da.KindArweave || u.Kind == da.KindEth && bodies != "" {
		// Arweave publications are signed by the keeper's Arweave wallet.
		if n.cfg.Config.ArweaveWallet == "" {
			return nil, fmt.Errorf("node: ledger %q with Arweave bodies needs arweave_wallet in the configuration (a JWK wallet file)", uri)
		}
		w, err := arweave.LoadWallet(n.cfg.Config.ArweaveWallet)
		if err != nil {
			return nil, fmt.Errorf("node: ledger %q: %w", uri, err)
		}
		oo.Arweave = da.ArweaveOptions{Wallet: w, Mine: n.cfg.ArweaveMine}
		if u.Kind == da.KindArweave {
			n.log.Info("ledger on Arweave", "gateway", u.Gateway, "wallet", w.Address())
		} else {
			n.log.Info("ledger headers on the inbox, bodies on Arweave", "inbox", u.Inbox, "gateway", bodies, "wallet", w.Address())
		}
	}
	if u.Kind == da.KindEth {
		eo := da.EthOptions{Client: n.client, Inbox: u.Inbox, Sender: n.tx, Confirmations: d, Head: n.watch.Head}
		var s da.Store
		var err error
		if bodies != "" {
			oo.Arweave.Gateway = bodies
			s, err = da.OpenEthArweave(ctx, eo, oo.Arweave) // the composite layer (issue 15)
		} else {
			s, err = da.OpenEth(ctx, eo)
		}
		if err != nil {
			return nil, fmt.Errorf("node: ledger %q: %w", uri, err)
		}
		return s, nil
	}
	s, err := da.Open(ctx, uri, oo)
	if err != nil {
		return nil, fmt.Errorf("node: ledger %q: %w", uri, err)
	}
	return s, nil
}

func (ls *ledgers) run(ctx context.Context, wg *sync.WaitGroup, w *chainwatch.Watcher) {
	if ls == nil {
		return
	}
	for _, cl := range ls.list {
		sub := w.Subscribe(cl.contract)
		wg.Add(1)
		go func() {
			defer wg.Done()
			cl.run(ctx, sub)
		}()
	}
}

func (ls *ledgers) close() error {
	if ls == nil {
		return nil
	}
	var errs []error
	for _, s := range ls.stores {
		errs = append(errs, s.Close())
	}
	ls.stores = nil
	return errors.Join(errs...)
}

func (ls *ledgers) status() []LedgerStatus {
	if ls == nil {
		return nil
	}
	out := make([]LedgerStatus, 0, len(ls.list))
	for _, cl := range ls.list {
		out = append(out, cl.status())
	}
	return out
}

func (cl *contractLedger) status() LedgerStatus {
	s := LedgerStatus{Contract: cl.contract, DA: cl.uri, Shared: cl.shared}
	if cl.l != nil {
		s.Rejected = cl.l.Rejected()
	}
	if cl.l != nil {
		if h := cl.l.Head(); !h.Empty {
			s.Head = &h
		}
	}
	cl.mu.Lock()
	s.Pending = len(cl.pending)
	if cl.stopped != nil {
		s.Stopped = cl.stopped.Error()
	}
	cl.mu.Unlock()
	return s
}

func (cl *contractLedger) setMetric() {
	if h := cl.l.Head(); !h.Empty {
		cl.metrics.LedgerSeq.WithLabelValues(cl.contract.Hex()).Set(float64(h.Seq))
	}
}

func (cl *contractLedger) run(ctx context.Context, sub *chainwatch.Sub) {
	// A step runs on every new head, and is retried every ledgerPoll while the
	// head does not move only when it left work (a payment to publish, a batch
	// awaiting canonicity, a publication turn): an idle contract costs no wake-up
	// but its chain updates (issue 14).
	retry := time.NewTicker(ledgerPoll)
	defer retry.Stop()
	retrying := true
	var head uint64
	for {
		switch busy := cl.busy(); {
		case busy && !retrying:
			retry.Reset(ledgerPoll)
			retrying = true
		case !busy && retrying:
			retry.Stop()
			retrying = false
		}
		select {
		case <-ctx.Done():
			return
		case <-sub.C():
			u, ok := sub.Take()
			if !ok {
				continue
			}
			if head == 0 {
				// The watcher delivers logs of the blocks after its first head:
				// the payments up to it (made while this keeper was down) are
				// read once by a query (step).
				cl.mu.Lock()
				cl.backfill = u.Head + 1
				cl.mu.Unlock()
			}
			head = u.Head
			cl.noteLogs(u)
		case <-retry.C:
			if head == 0 {
				continue
			}
		}
		cl.mu.Lock()
		stopped := cl.stopped != nil
		cl.mu.Unlock()
		if stopped {
			return
		}
		if err := cl.step(ctx, head); err != nil && ctx.Err() == nil {
			var div *settle.Divergence
			if errors.As(err, &div) {
				cl.log.Error("ledger diverges: stopped publishing", "divergence", err)
				cl.mu.Lock()
				cl.stopped = err
				cl.mu.Unlock()
				return
			}
			cl.log.Warn("ledger step", "err", err)
		}
	}
}

// busy reports whether the last step left work that a retry may finish before
// the next head: payments seen but not yet final, or final and not yet in the
// ledger; or no step yet.
func (cl *contractLedger) busy() bool {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	return len(cl.seen) > 0 || len(cl.pending) > 0 || cl.backfill != 0
}

// noteLogs keeps the contract's ReportPaid logs from the chain watcher until
// they are D blocks deep (step); after a reorganisation those above the fork
// point are dropped (the watcher delivers the canonical branch's again). Every
// log goes to the group cache too (settle.GroupReader: its invalidation rule).
func (cl *contractLedger) noteLogs(u chainwatch.Update) {
	cl.groups.Note(u.Head, u.Reorg, u.ForkPoint, u.Logs)
	cl.mu.Lock()
	defer cl.mu.Unlock()
	if u.Reorg {
		cl.seen = slices.DeleteFunc(cl.seen, func(l types.Log) bool { return l.BlockNumber > u.ForkPoint })
	}
	for _, l := range u.Logs {
		if len(l.Topics) > 0 && l.Topics[0] == reportPaidID && !l.Removed {
			cl.seen = append(cl.seen, l)
		}
	}
}

// prune applies keeper/prune's rule once per new ledger head (errors are logged:
// pruning is housekeeping, never a reason to stop publishing).
func (cl *contractLedger) prune() {
	if cl.pruner == nil {
		return
	}
	var in prune.Ledger
	var seq uint64
	cl.l.View(func(st *settle.State) {
		h := st.Head()
		if h.Empty || h.Seq+1 == cl.prunedSeq {
			in.Empty = true
			return
		}
		seq = h.Seq + 1
		in.Te, in.LastPaid = h.Te, st.LastPaidAll()
		if g := st.Group(); g != nil {
			for _, p := range g.Providers {
				in.Providers = append(in.Providers, p.Account)
			}
		}
	})
	if in.Empty {
		return
	}
	p := cl.view.Params()
	stats, err := cl.pruner.Apply(cl.contract, in, prune.Params{Stale: p.Stale, Period: p.Period})
	if err != nil {
		cl.log.Warn("pruning", "err", err)
		return
	}
	cl.prunedSeq = seq
	if n := stats.Records + stats.Outbox + stats.Orders + stats.Votes; n > 0 {
		cl.log.Info("pruned settled state", "records", stats.Records, "outbox", stats.Outbox, "orders", stats.Orders,
			"locks", stats.Votes, "ledgerTe", in.Te, "reclaimed", stats.Reclaimed)
	}
}

// heldLeader returns the leader of the paid report with digest from a Propose this
// keeper holds for it (ok false: none held).
func (cl *contractLedger) heldLeader(digest [32]byte) (uint32, bool) {
	for _, raw := range cl.props.Get(cl.contract, digest) {
		var s settle.Settlement
		if s.FromEncodedPropose(raw) == nil && s.Report != nil && s.Report.Digest() == digest {
			return s.Report.Leader, true
		}
	}
	return 0, false
}

// backfillLogs reads the ReportPaid logs of the blocks before the watcher's first
// head once, into seen.
func (cl *contractLedger) backfillLogs(ctx context.Context) error {
	cl.mu.Lock()
	from, to := cl.next, cl.backfill
	cl.mu.Unlock()
	if to == 0 {
		return nil
	}
	if from < to {
		end := to - 1
		it, err := cl.up.FilterReportPaid(&bind.FilterOpts{Context: ctx, Start: from, End: &end}, nil, nil)
		if err != nil {
			return fmt.Errorf("ledger: payments %d..%d: %w", from, end, err)
		}
		var got []types.Log
		for it.Next() {
			got = append(got, it.Event.Raw)
		}
		err = it.Error()
		it.Close()
		if err != nil {
			return err
		}
		cl.mu.Lock()
		cl.seen = append(got, cl.seen...)
		cl.mu.Unlock()
	}
	cl.mu.Lock()
	cl.backfill = 0
	cl.mu.Unlock()
	return nil
}

// step follows the ledger, takes the payments final at head and publishes those due.
func (cl *contractLedger) step(ctx context.Context, head uint64) error {
	if err := cl.l.Sync(ctx); err != nil {
		return err
	}
	cl.setMetric()
	cl.prune()
	p := cl.view.Params()
	if head < p.Finality {
		return nil
	}
	upto := head - p.Finality
	if err := cl.backfillLogs(ctx); err != nil {
		return err
	}
	// The payments D blocks deep: the ReportPaid logs the chain watcher delivered
	// (one log query per node for every contract), in (block, index) order.
	cl.mu.Lock()
	var final []types.Log
	keep := cl.seen[:0]
	for _, l := range cl.seen {
		switch {
		case l.BlockNumber < cl.next:
		case l.BlockNumber <= upto:
			final = append(final, l)
		default:
			keep = append(keep, l)
		}
	}
	cl.seen = keep
	cl.mu.Unlock()
	var found []pendingPay
	for _, l := range final {
		e, err := cl.up.ParseReportPaid(l)
		if err != nil {
			return fmt.Errorf("ledger: a ReportPaid log of %s: %w", l.TxHash, err)
		}
		found = append(found, pendingPay{tx: l.TxHash, block: l.BlockNumber, te: e.Te, digest: e.Digest})
	}
	// The leader is a field of the report (the event does not repeat it): from the
	// Propose this keeper holds for the paid digest, else from the pay transaction.
	for i := range found {
		if l, ok := cl.heldLeader(found[i].digest); ok {
			found[i].leader = l
			cl.mu.Lock()
			cl.pending = append(cl.pending, found[i])
			cl.mu.Unlock()
			continue
		}
		pay, err := settle.PaymentFromTx(ctx, cl.client, cl.contract, found[i].tx)
		if err != nil {
			cl.mu.Lock()
			cl.seen = append(final[i:], cl.seen...) // retried on the next step
			cl.mu.Unlock()
			return fmt.Errorf("ledger: payment %s: %w", found[i].tx, err)
		}
		found[i].leader = pay.Report.Leader
		cl.mu.Lock()
		cl.pending = append(cl.pending, found[i])
		cl.mu.Unlock()
	}
	cl.mu.Lock()
	cl.next = max(cl.next, upto+1)
	cl.mu.Unlock()
	for {
		cl.mu.Lock()
		if len(cl.pending) == 0 {
			cl.mu.Unlock()
			return nil
		}
		pp := cl.pending[0]
		cl.mu.Unlock()
		done, err := cl.handle(ctx, pp, head)
		if err != nil || !done {
			return err
		}
		cl.mu.Lock()
		cl.pending = cl.pending[1:]
		cl.mu.Unlock()
		delete(cl.unbuildable, pp.tx)
		cl.setMetric()
	}
}

// handle publishes one payment's batch if it is this keeper's turn; done says the
// ledger carries it (or never will: a payment older than the head).
func (cl *contractLedger) handle(ctx context.Context, pp pendingPay, head uint64) (bool, error) {
	var carried, older bool
	cl.l.View(func(st *settle.State) {
		_, carried = st.PayTxSeq(pp.tx)
		h := st.Head()
		older = !h.Empty && pp.block < h.PayBlock
	})
	if carried {
		return true, nil
	}
	if older {
		cl.log.Warn("payment older than the ledger head: not carried", "tx", pp.tx, "block", pp.block)
		return true, nil
	}
	self, ok := cl.view.KeeperIndex(cl.self)
	if !ok {
		return false, nil // not a member: follow only
	}
	order, ok := cl.orders[pp.te]
	if !ok && self != pp.leader {
		// The contract's leaderOrder(te), computed from the view's group when te is
		// in its epoch (upkeeping.LeaderOrder matches the contract), else read.
		if g, ok := cl.view.GroupOf(pp.te); ok {
			for _, m := range upkeeping.LeaderOrder(pp.te, g.Keepers()) {
				order = append(order, m.Index)
			}
		} else {
			o, _, err := cl.view.Contract().LeaderOrder(ctx, pp.te)
			if err != nil {
				return false, err
			}
			order = o
		}
		cl.orders[pp.te] = order
	}
	// On the shared ledger a publication counts once D blocks deep: the keepers
	// after the leader wait that long more before they take over, so that they see
	// the leader's batch instead of publishing it again.
	base := pp.block
	if cl.shared {
		base += cl.view.Params().Finality + 1
	}
	if !settle.PublishDue(order, pp.leader, self, base, head, cl.view.Params().Window) {
		return false, nil
	}
	raws := cl.props.Get(cl.contract, pp.digest)
	if len(raws) == 0 {
		cl.log.Debug("no proposal held for a paid report: waiting for another publisher", "tx", pp.tx, "te", pp.te)
		return false, nil
	}
	pay, grp, err := cl.payment(ctx, pp)
	if err != nil {
		return false, err
	}
	var last error
	// First the records the observation used; if they do not replay to the paid
	// report (a keeper of the observation was slashed before the payment, whose
	// records the replay no longer counts), every record held.
	for _, observed := range []bool{true, false} {
		s, err := cl.settlement(ctx, pay, grp, observed)
		if err != nil {
			return false, err
		}
		for _, raw := range raws {
			if err := s.FromEncodedPropose(raw); err != nil {
				last = err
				continue
			}
			if s.Report.Digest() != pp.digest {
				continue
			}
			res, b, err := cl.l.Settle(ctx, s)
			if errors.Is(err, settle.ErrAwaiting) {
				return false, nil // the batch this keeper published is not canonical yet
			}
			if err != nil {
				var div *settle.Divergence
				if errors.As(err, &div) || errors.Is(err, settle.ErrPublishedOther) {
					return false, err
				}
				last = err
				continue
			}
			if res == settle.Published {
				cl.log.Info("ledger batch published for a payment", "seq", b.Batch.Seq, "tx", pp.tx, "te", pp.te, "leader", pp.leader, "self", self,
					"records", map[bool]string{true: "observed", false: "all held"}[observed])
			}
			delete(cl.orders, pp.te)
			return true, nil
		}
		if !errors.Is(last, settle.ErrUnbuildable) {
			break
		}
	}
	if last == nil {
		last = errors.New("no held proposal matches the paid report")
	}
	if errors.Is(last, settle.ErrUnbuildable) {
		// Not this keeper's batch to publish: the next keepers in the report's
		// leader order become due one window W after another (PublishDue).
		if !cl.unbuildable[pp.tx] {
			cl.unbuildable[pp.tx] = true
			cl.log.Warn("cannot build the batch of a paid report from this keeper's records: leaving it to the next publisher",
				"tx", pp.tx, "te", pp.te, "err", last)
		}
		return false, nil
	}
	return false, fmt.Errorf("ledger: payment %s: %w", pp.tx, last)
}

// payment reads a paid report's transaction and the group at its block. A payment
// this keeper sent itself (payer.Proposals.Sent: the leader, who publishes first)
// is taken from what it sent, not read back from the chain.
func (cl *contractLedger) payment(ctx context.Context, pp pendingPay) (*settle.Payment, *settle.Group, error) {
	pay, ok := cl.sentPayment(pp)
	if !ok {
		var err error
		if pay, err = settle.PaymentFromTx(ctx, cl.client, cl.contract, pp.tx); err != nil {
			return nil, nil, err
		}
	}
	grp, err := cl.groups.Read(ctx, pay.Block, pay.Report, cl.lp)
	if err != nil {
		return nil, nil, err
	}
	if cl.lp.PoPs == nil {
		cl.lp.PoPs = map[common.Address][settle.SigSize]byte{}
	}
	for _, k := range grp.Keepers {
		cl.lp.PoPs[k.Account] = k.PoP
	}
	for _, e := range pay.Report.Entries {
		if int(e.Provider) >= len(grp.Providers) {
			return nil, nil, fmt.Errorf("ledger: payment %s: provider %d unknown", pp.tx, e.Provider)
		}
	}
	return pay, grp, nil
}

// sentPayment is the payment pp as this keeper sent it (ok false: not its own, or
// what it kept does not match the paid report's log: read the chain instead).
func (cl *contractLedger) sentPayment(pp pendingPay) (*settle.Payment, bool) {
	sp, ok := cl.props.Sent(cl.contract, pp.tx)
	if !ok || sp.Block != pp.block {
		return nil, false
	}
	r, err := report.Decode(sp.Encoded)
	if err != nil || r.Digest() != pp.digest {
		return nil, false
	}
	return &settle.Payment{Report: r, Encoded: sp.Encoded, Signers: sp.Signers, AggSig: sp.Signature,
		Tx: sp.Tx, Block: sp.Block, Index: sp.Index}, true
}

// settlement gathers what the batch of payment pay is built from besides the
// observations. With observed, the records carried are those the observation
// integrated (see the package doc); otherwise every record held.
func (cl *contractLedger) settlement(ctx context.Context, pay *settle.Payment, grp *settle.Group, observed bool) (*settle.Settlement, error) {
	provs := map[common.Address]uint64{}
	for _, e := range pay.Report.Entries {
		provs[grp.Providers[e.Provider].Account] = e.Ts
	}
	var keep func(p common.Address, h uint64, k common.Address) bool
	if observed {
		keep = cl.observedRecords(pay, grp)
	}
	recs, orders, heights, err := settle.Inputs(cl.recs, cl.view.Contract().Domain(), provs, pay.Report.Te, grp.Stale, keep)
	if err != nil {
		return nil, err
	}
	// The records' heights are D deep: their hashes come from the node's chain
	// watcher (kept from the heads it saw), not a header read each.
	hashes := make(map[uint64][32]byte, len(heights))
	for _, h := range heights {
		if _, ok := hashes[h]; ok {
			continue
		}
		hash, err := cl.hashes.BlockHash(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("ledger: block %d: %w", h, err)
		}
		hashes[h] = hash
	}
	return &settle.Settlement{Signers: pay.Signers, AggSig: pay.AggSig, PayTx: pay.Tx, PayBlock: pay.Block,
		Group: grp, Records: recs, Orders: orders, BlockHashes: hashes}, nil
}

// observedRecords selects "the records used" (SPEC 9): per entry, the records this
// keeper's observation closest to the paid value integrated (all records held for
// an entry it observed nothing for: it restarted since, or did not take part), and
// the records the previous batch paying the provider carried, which must be
// carried again (settle's carried-records rule) even when the observation did not
// integrate them (this keeper received them later).
func (cl *contractLedger) observedRecords(pay *settle.Payment, grp *settle.Group) func(p common.Address, h uint64, k common.Address) bool {
	used := map[common.Address]map[payer.RecordKey]bool{}
	for _, e := range pay.Report.Entries {
		if u, ok := cl.used(e.Provider, e.Ts, pay.Report.Te, e.St); ok {
			used[grp.Providers[e.Provider].Account] = u
		}
	}
	keeperIdx := map[common.Address]uint8{}
	for i, k := range grp.Keepers {
		keeperIdx[k.Account] = uint8(i)
	}
	type tailKey struct {
		h uint64
		k uint8
	}
	tails := map[common.Address]map[tailKey]bool{}
	cl.l.View(func(st *settle.State) {
		for _, e := range pay.Report.Entries {
			m := map[tailKey]bool{}
			for _, t := range st.Tail(e.Provider) {
				m[tailKey{t.Height, t.Keeper}] = true
			}
			tails[grp.Providers[e.Provider].Account] = m
		}
	})
	return func(p common.Address, h uint64, k common.Address) bool {
		u, ok := used[p]
		if !ok || u[payer.RecordKey{Height: h, Keeper: k}] {
			return true
		}
		i, known := keeperIdx[k]
		return known && tails[p][tailKey{h, i}]
	}
}
