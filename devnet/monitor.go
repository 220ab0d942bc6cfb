package devnet

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/report"
	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/upkeeping"
)

// Summary is the outcome of a devnet run (the `--json` object).
type Summary struct {
	PeriodsPaid    int    `json:"periods_paid"`
	PeriodsWanted  int    `json:"periods_wanted"`
	Payments       int    `json:"payments"`        // provider entries paid
	FailedPayments int    `json:"failed_payments"` // entries due and not paid when the run stopped
	TotalPaidWei   string `json:"total_paid_wei"`  // Σ floor(st × price / 1e18) of the entries paid
	// Price is every provider's price in the contract's unit (wei per byte·block ×
	// 1e18: an entry pays floor(st × price / 1e18)); PricePerTiBMonth the same in
	// ether per TiB-month at the contract's block time BlockTimeMs.
	Price            string `json:"price"`
	PricePerTiBMonth string `json:"price_per_tib_month"`
	BlockTimeMs      uint32 `json:"block_time_ms"`

	Chain      string         `json:"chain"` // "embedded" or the RPC URL
	ChainID    uint64         `json:"chain_id"`
	Procs      bool           `json:"procs"`
	Contract   common.Address `json:"contract"`
	Start      uint64         `json:"start_block"`
	Period     uint64         `json:"period_blocks"`
	Finality   uint64         `json:"finality_blocks"`
	Window     uint64         `json:"window_blocks"`
	Stale      uint64         `json:"stale_blocks"`
	DeployGas  uint64         `json:"deploy_gas"`
	DataDir    string         `json:"data_dir,omitempty"` // kept data directory
	SetupS     float64        `json:"setup_s"`
	WallS      float64        `json:"wall_s"`
	PeriodEnds []uint64       `json:"period_ends"`

	Reports   []ReportSummary   `json:"reports"`
	Providers []ProviderSummary `json:"providers"`
	Keepers   []KeeperSummary   `json:"keepers"`

	// Mean figures over the reports paid.
	GasPerReport          float64 `json:"gas_per_report"`
	GasPerProviderPayment float64 `json:"gas_per_provider_payment"`
	AgreementLatencyS     float64 `json:"agreement_latency_s"` // mean Observe → q signatures (from the leaders)
	PayableToPaidS        float64 `json:"payable_to_paid_s"`   // mean wall time from block te+D to the payment seen

	// The SCP ledger (issue 7; da.go): the keepers' layer, the batches published,
	// and what the detector found replaying them at the end.
	DetectorDivergences *int   `json:"detector_divergences,omitempty"`
	DA                  string `json:"da,omitempty"`
	LedgerBatches       uint64 `json:"ledger_batches"`
	Detector            string `json:"detector,omitempty"` // the detector's verdict, one line

	// ExtraContracts are the Options.Users − 1 contracts beside Contract: how far
	// each was paid when the run stopped (the run waits for Contract only).
	ExtraContracts []ContractSummary `json:"extra_contracts,omitempty"`
	// RPC is the member processes' JSON-RPC traffic at the chain endpoint
	// (Options.CountRPC with Procs: rpccount.go).
	RPC *RPCSummary `json:"rpc,omitempty"`
	// Costs are the keeper processes' CPU, memory and libp2p bytes per
	// contract-period (Procs only; costs.go).
	Costs *Costs `json:"costs,omitempty"`

	Error string `json:"error,omitempty"`
}

// ContractSummary is how far one of the extra contracts was paid.
type ContractSummary struct {
	Address common.Address `json:"address"`
	// LastPaid is each provider's lastPaid (by provider index) at the end.
	LastPaid []uint64 `json:"last_paid"`
	// PeriodsPaid counts the run's period ends (PeriodEnds) every provider of
	// this contract was paid through.
	PeriodsPaid int `json:"periods_paid"`
	Payments    int `json:"payments"` // provider entries paid
}

// ReportSummary is one paid report.
type ReportSummary struct {
	Te          uint64         `json:"te"`
	Leader      uint32         `json:"leader"`
	Attempt     uint32         `json:"attempt"`
	Failed      string         `json:"failed"`  // keepers failed for this report, e.g. "k1,k3" or "none"
	Signers     string         `json:"signers"` // keepers whose signatures were aggregated
	Block       uint64         `json:"block"`
	Tx          common.Hash    `json:"tx"`
	GasUsed     uint64         `json:"gas_used"`
	Total       string         `json:"total"`
	KeeperShare string         `json:"keeper_share"`
	LeaderBonus string         `json:"leader_bonus"`
	Remainder   string         `json:"remainder"`
	LatencyS    *float64       `json:"agreement_latency_s,omitempty"`
	PayableS    float64        `json:"payable_to_paid_s"`
	Entries     []EntrySummary `json:"entries"`
}

// EntrySummary is one provider paid by a report.
type EntrySummary struct {
	Provider uint32 `json:"provider"`
	Ts       uint64 `json:"ts"`
	Te       uint64 `json:"te"`
	St       string `json:"st"`
	Amount   string `json:"amount"`
}

// ProviderSummary is one provider at the end.
type ProviderSummary struct {
	Index     int            `json:"index"`
	Address   common.Address `json:"address"`
	PaidUntil uint64         `json:"paid_until"`
	St        string         `json:"st"`
	Amount    string         `json:"amount"`
	Balance   string         `json:"balance"`
}

// KeeperSummary is one keeper at the end.
type KeeperSummary struct {
	Index   int            `json:"index"`
	Address common.Address `json:"address"`
	Led     int            `json:"reports_led"`
	Balance string         `json:"balance"`
}

type monitor struct {
	d          *Devnet
	mark       *costSample // the steady mark (costs.go)
	markTried  uint64      // the head at which the mark was last tried
	targets    []uint64    // the period ends to pay
	scanned    uint64      // last block scanned for events
	payableAt  map[uint64]time.Time
	announced  map[uint64]bool
	paidUntil  map[uint32]uint64
	reports    []ReportSummary
	totalPaid  *big.Int
	payments   int
	stPer      map[uint32]*big.Int
	amountPer  map[uint32]*big.Int
	ledBy      map[uint32]int
	reportedPd int
}

// PeriodEnds returns the period ends the run pays: Start + k·H for k = 1..Periods.
func (d *Devnet) PeriodEnds() []uint64 {
	out := make([]uint64, d.opts.Periods)
	for k := range out {
		out[k] = d.params.Start + uint64(k+1)*d.params.Period
	}
	return out
}

// Run follows the contract's events until every period of PeriodEnds is paid for
// every provider, printing progress, and returns the summary. A period unpaid by
// te + D + 2·N·W returns the summary with ErrUnpaid.
func (d *Devnet) Run(ctx context.Context) (*Summary, error) {
	ctx, cancel := context.WithTimeout(ctx, d.opts.Timeout)
	defer cancel()
	m := &monitor{d: d, targets: d.PeriodEnds(), scanned: d.deployBlock, payableAt: map[uint64]time.Time{},
		announced: map[uint64]bool{}, paidUntil: map[uint32]uint64{}, totalPaid: new(big.Int),
		stPer: map[uint32]*big.Int{}, amountPer: map[uint32]*big.Int{}, ledBy: map[uint32]int{}}
	d.mon = m
	runStart := time.Now()
	err := m.loop(ctx)
	s := m.summary(context.WithoutCancel(ctx))
	for _, c := range s.ExtraContracts {
		if err == nil && c.PeriodsPaid < len(m.targets) {
			err = fmt.Errorf("%w: contract %s (another user's) has %d of %d periods paid (last paid %v)", ErrUnpaid, c.Address, c.PeriodsPaid, len(m.targets), c.LastPaid)
		}
	}
	d.detect(context.WithoutCancel(ctx), s)
	s.WallS = time.Since(d.start).Seconds()
	s.SetupS = runStart.Sub(d.start).Seconds()
	if err != nil {
		s.Error = err.Error()
	}
	return s, err
}

func (m *monitor) loop(ctx context.Context) error {
	d := m.d
	last := m.targets[len(m.targets)-1]
	grace := d.params.Finality + 2*uint64(len(d.Keepers))*d.params.Window
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	var failing int // consecutive failed polls: the first is reported, then every 20th (5 s)
	for {
		head, err := d.client.BlockNumber(ctx)
		if err == nil {
			err = m.scan(ctx, head)
		}
		switch {
		case err != nil && ctx.Err() == nil:
			if failing%20 == 0 {
				d.progressf("devnet: monitor: %v (retrying)", err)
			}
			failing++
		case err == nil && failing > 0:
			d.progressf("devnet: monitor: chain reachable again after %d failed polls", failing)
			failing = 0
		}
		if err == nil && m.mark == nil && len(m.targets) > 1 && head > m.markTried && m.periodsPaid() >= 1 {
			// The steady mark (costs.go): every contract has its first period paid.
			m.markTried = head
			if m.extrasPaid(ctx, m.targets[0]) {
				m.mark = d.sampleCosts(ctx, head)
			}
		}
		if m.periodsPaid() == len(m.targets) && (head >= last+m.maxOffset()+2*grace || m.extrasPaid(ctx, last)) {
			// The extra contracts (Options.Users) pay the same periods, each
			// from its own start (StartOffset): they get one grace more than the
			// first contract's deadline after their own last period's end, then
			// are reported as they are (Summary.ExtraContracts; Run fails if one
			// is short).
			return nil
		}
		for _, te := range m.targets {
			if m.minPaid() >= te {
				continue
			}
			if head >= te+grace {
				return fmt.Errorf("%w: the period ending at block %d is not paid for every provider at block %d (te + D + 2·N·W = %d); see %s", ErrUnpaid, te, head, te+grace, d.logHint())
			}
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w: timed out after %s waiting for the period ending at block %d (last %d)", ErrUnpaid, d.opts.Timeout, m.nextUnpaid(), last)
		case <-t.C:
		}
	}
}

// extrasPaid reports whether every provider of every extra contract is paid
// through that contract's period end matching the first contract's te (its own
// start is later by its offset: StartOffset).
func (m *monitor) extrasPaid(ctx context.Context, te uint64) bool {
	for _, c := range m.d.extra {
		for i := range m.d.Providers {
			if lp, err := c.LastPaid(ctx, uint32(i)); err != nil || lp < te+m.d.offsetOf(c) {
				return false
			}
		}
	}
	return true
}

// maxOffset is the latest start of an extra contract's periods after the first's.
func (m *monitor) maxOffset() uint64 {
	var off uint64
	for _, c := range m.d.extra {
		off = max(off, m.d.offsetOf(c))
	}
	return off
}

func (m *monitor) nextUnpaid() uint64 {
	for _, te := range m.targets {
		if m.minPaid() < te {
			return te
		}
	}
	return 0
}

func (m *monitor) minPaid() uint64 {
	lo := ^uint64(0)
	for _, p := range m.d.Providers {
		lo = min(lo, m.paidUntil[uint32(p.Index)])
	}
	return lo
}

func (m *monitor) periodsPaid() int {
	n := 0
	lo := m.minPaid()
	for _, te := range m.targets {
		if lo >= te {
			n++
		}
	}
	return n
}

// scan reads the events of blocks (scanned, head] and prints what happened.
func (m *monitor) scan(ctx context.Context, head uint64) error {
	d := m.d
	p := d.params
	// Announce period ends as they become payable.
	for _, te := range m.targets {
		if head >= te+p.Finality && !m.announced[te] {
			m.announced[te] = true
			m.payableAt[te] = time.Now()
			order := ""
			if idx, _, err := d.contract.LeaderOrder(ctx, te); err == nil {
				names := make([]string, len(idx))
				for i, k := range idx {
					names[i] = fmt.Sprintf("k%d", k)
				}
				order = " leader order " + strings.Join(names, ",")
			}
			d.progressf("block %d: period ending at %d is payable;%s", head, te, order)
		}
	}
	if head <= m.scanned {
		return nil
	}
	from, to := m.scanned+1, head
	reps, err := d.contract.FilterReports(ctx, from, &to)
	if err != nil {
		return err
	}
	pays, err := d.contract.FilterPayments(ctx, from, &to)
	if err != nil {
		return err
	}
	byTx := map[common.Hash][]upkeeping.Payment{}
	for _, py := range pays {
		byTx[py.TxHash] = append(byTx[py.TxHash], py)
	}
	for _, r := range reps {
		m.report(ctx, r, byTx[r.TxHash])
	}
	m.scanned = to
	return nil
}

func (m *monitor) report(ctx context.Context, r upkeeping.ReportPaid, entries []upkeeping.Payment) {
	d := m.d
	rs := ReportSummary{Te: r.Te, Block: r.Block, Tx: r.TxHash, Total: str(r.Total), KeeperShare: str(r.KeeperShare)}
	if rc, err := d.client.TransactionReceipt(ctx, r.TxHash); err == nil {
		rs.GasUsed = rc.GasUsed
	}
	// The event carries neither the report's fields nor the signers: read them from
	// the pay transaction's calldata, and the split that follows from them
	// (Upkeeping.sol: the bonus, then the equal share among the keepers not failed,
	// its remainder to the first entry's provider).
	if rep, signers, err := d.DecodePay(ctx, r.TxHash); err == nil {
		rs.Leader, rs.Attempt = rep.Leader, rep.Attempt
		rs.Failed, rs.Signers = bitsOf(rep.FailedBitmap), bitsOf(signers)
		// The split of the epoch in force for te (settle.SplitReport, the replay's):
		// payees are its members neither removed, slashed nor failed.
		p := d.params
		amounts := make([]*big.Int, len(entries))
		for i, e := range entries {
			amounts[i] = e.Amount
		}
		payees, leaderShares := 0, false
		failed := rep.FailedBitmap
		if failed == nil {
			failed = new(big.Int)
		}
		if g, err := d.contract.GroupFor(ctx, r.Te); err == nil {
			for _, mb := range g.Members {
				ok := !mb.Removed && !mb.NoShare
				if ok && failed.Bit(int(mb.Index)) == 0 {
					payees++
				}
				if mb.Index == rep.Leader {
					leaderShares = ok
				}
			}
		}
		sp := settle.SplitReport(amounts, p.ProviderShareBps, p.LeaderBonusBps, leaderShares, payees)
		bonus, rem := sp.Bonus, sp.Remainder
		rs.LeaderBonus, rs.Remainder = bonus.String(), rem.String()
	}
	if t, ok := m.payableAt[r.Te]; ok {
		rs.PayableS = time.Since(t).Seconds()
	}
	// The leader records its latency once it has the receipt: ask for up to a second.
	for i := 0; i < 5 && rs.LatencyS == nil; i++ {
		if i > 0 {
			time.Sleep(250 * time.Millisecond)
		}
		rs.LatencyS = m.leaderLatency(ctx, rs.Leader, r.TxHash)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Provider < entries[j].Provider })
	for _, e := range entries {
		rs.Entries = append(rs.Entries, EntrySummary{Provider: e.Provider, Ts: e.Ts, Te: e.Te, St: e.St.String(), Amount: e.Amount.String()})
		m.paidUntil[e.Provider] = max(m.paidUntil[e.Provider], e.Te)
		m.totalPaid.Add(m.totalPaid, e.Amount)
		m.payments++
		add(m.stPer, e.Provider, e.St)
		add(m.amountPer, e.Provider, e.Amount)
	}
	m.ledBy[rs.Leader]++
	m.reports = append(m.reports, rs)
	lat := "n/a"
	if rs.LatencyS != nil {
		lat = fmt.Sprintf("%.2fs", *rs.LatencyS)
	}
	paid := m.periodsPaid()
	d.progressf("period %d/%d paid: te=%d leader k%d attempt %d, agreement %s, payable→paid %.1fs, block %d, tx %s, gas %d, signers %s, failed %s",
		min(paid, len(m.targets)), len(m.targets), r.Te, rs.Leader, rs.Attempt, lat, rs.PayableS, r.Block, r.TxHash.Hex(), rs.GasUsed, rs.Signers, rs.Failed)
	defer func() {
		if d.opts.OnReport != nil {
			d.opts.OnReport(d, rs)
		}
	}()
	for _, e := range entries {
		d.progressf("  p%d  [%d,%d)  st %s byte·blocks  amount %s wei (%s ETH)", e.Provider, e.Ts, e.Te, e.St, e.Amount, weiToEther(e.Amount))
	}
}

// DecodePay returns the report and signer bitmap a pay transaction carried.
func (d *Devnet) DecodePay(ctx context.Context, tx common.Hash) (*report.Report, *big.Int, error) {
	txn, _, err := d.client.TransactionByHash(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	abi, err := bindings.UpkeepingMetaData.GetAbi()
	if err != nil {
		return nil, nil, err
	}
	data := txn.Data()
	if len(data) < 4 || [4]byte(data[:4]) != [4]byte(abi.Methods["pay"].ID) {
		return nil, nil, fmt.Errorf("devnet: tx %s is not a pay call", tx)
	}
	args, err := abi.Methods["pay"].Inputs.Unpack(data[4:])
	if err != nil {
		return nil, nil, err
	}
	b, ok1 := args[0].([]byte)
	signers, ok2 := args[1].(*big.Int)
	if !ok1 || !ok2 {
		return nil, nil, fmt.Errorf("devnet: tx %s: unexpected pay arguments", tx)
	}
	rep, err := report.Decode(b)
	if err != nil {
		return nil, nil, err
	}
	return rep, signers, nil
}

// leaderLatency asks the leader's node for its agreement latency of this report
// (its last lead, if that is this report's transaction).
func (m *monitor) leaderLatency(ctx context.Context, leader uint32, tx common.Hash) *float64 {
	for _, k := range m.d.Keepers {
		if uint32(k.Index) != leader {
			continue
		}
		if n := m.d.KeeperNode(k); n != nil {
			for _, pr := range n.Payer().Payments(m.d.contract.Address) {
				if pr.Tx == tx {
					v := pr.Latency.Seconds()
					return &v
				}
			}
			return nil
		}
		st, err := m.d.MemberStatus(ctx, k)
		if err != nil {
			return nil
		}
		ps, _ := st["payer"].([]any)
		for _, x := range ps {
			c, _ := x.(map[string]any)
			if last, _ := c["last_tx"].(string); strings.EqualFold(last, tx.Hex()) {
				if v, ok := c["last_latency_s"].(float64); ok {
					return &v
				}
			}
		}
	}
	return nil
}

func add(m map[uint32]*big.Int, k uint32, v *big.Int) {
	if m[k] == nil {
		m[k] = new(big.Int)
	}
	m[k].Add(m[k], v)
}

func str(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

func bitsOf(v *big.Int) string {
	if v == nil || v.Sign() == 0 {
		return "none"
	}
	var out []string
	for i := 0; i < v.BitLen(); i++ {
		if v.Bit(i) == 1 {
			out = append(out, fmt.Sprintf("k%d", i))
		}
	}
	return strings.Join(out, ",")
}

func (m *monitor) summary(ctx context.Context) *Summary {
	d := m.d
	p := d.params
	s := &Summary{PeriodsWanted: len(m.targets), PeriodsPaid: m.periodsPaid(), Payments: m.payments,
		TotalPaidWei: m.totalPaid.String(), Chain: "embedded", ChainID: d.chainID.Uint64(), Procs: d.opts.Procs,
		Contract: d.contract.Address, Start: p.Start, Period: p.Period, Finality: p.Finality, Window: p.Window, Stale: p.Stale,
		DeployGas: d.deployGas, PeriodEnds: m.targets, Reports: m.reports,
		Price: d.opts.Price.String(), PricePerTiBMonth: units.FormatPrice(d.opts.Price, units.EtherToken, p.BlockTimeMs), BlockTimeMs: p.BlockTimeMs}
	if d.opts.RPC != "" {
		s.Chain = d.opts.RPC
	}
	if !d.tmpDir || d.opts.Keep {
		s.DataDir = d.dataDir
	}
	if s.Reports == nil {
		s.Reports = []ReportSummary{}
	}
	for _, te := range m.targets {
		for _, pm := range d.Providers {
			if m.paidUntil[uint32(pm.Index)] < te {
				s.FailedPayments++
			}
		}
	}
	var gas, entries uint64
	var lat float64
	var nlat int
	var payable float64
	for i := range m.reports {
		r := &m.reports[i]
		if r.LatencyS == nil {
			r.LatencyS = m.leaderLatency(ctx, r.Leader, r.Tx)
		}
		gas += r.GasUsed
		entries += uint64(len(r.Entries))
		payable += r.PayableS
		if r.LatencyS != nil {
			lat += *r.LatencyS
			nlat++
		}
	}
	if n := len(m.reports); n > 0 {
		s.GasPerReport = float64(gas) / float64(n)
		s.PayableToPaidS = payable / float64(n)
	}
	if entries > 0 {
		s.GasPerProviderPayment = float64(gas) / float64(entries)
	}
	if nlat > 0 {
		s.AgreementLatencyS = lat / float64(nlat)
	}
	for _, pm := range d.Providers {
		ps := ProviderSummary{Index: pm.Index, Address: pm.Address, PaidUntil: m.paidUntil[uint32(pm.Index)],
			St: str(m.stPer[uint32(pm.Index)]), Amount: str(m.amountPer[uint32(pm.Index)]), Balance: "?"}
		if b, err := d.contract.BalanceOf(ctx, pm.Address); err == nil {
			ps.Balance = b.String()
		}
		s.Providers = append(s.Providers, ps)
	}
	for _, k := range d.Keepers {
		ks := KeeperSummary{Index: k.Index, Address: k.Address, Led: m.ledBy[uint32(k.Index)], Balance: "?"}
		if b, err := d.contract.BalanceOf(ctx, k.Address); err == nil {
			ks.Balance = b.String()
		}
		s.Keepers = append(s.Keepers, ks)
	}
	s.ExtraContracts = m.extraContracts(ctx)
	s.RPC = d.rpcSummary(ctx, m.mark)
	if end := d.sampleCosts(ctx, d.head(ctx)); end != nil {
		contracts := len(d.Contracts())
		paid := s.PeriodsPaid
		for _, c := range s.ExtraContracts {
			paid = min(paid, c.PeriodsPaid)
		}
		s.Costs = &Costs{Run: d.window(nil, end, d.rpcFrom, contracts*paid)}
		if m.mark != nil && paid > 1 {
			s.Costs.Steady = d.window(m.mark, end, m.mark.block, contracts*(paid-1))
		}
	}
	return s
}

// extraContracts reads how far each extra contract was paid.
func (m *monitor) extraContracts(ctx context.Context) []ContractSummary {
	var out []ContractSummary
	for _, c := range m.d.extra {
		cs := ContractSummary{Address: c.Address}
		low := uint64(0)
		for i := range m.d.Providers {
			lp, err := c.LastPaid(ctx, uint32(i))
			if err != nil {
				lp = 0
			}
			cs.LastPaid = append(cs.LastPaid, lp)
			if i == 0 || lp < low {
				low = lp
			}
		}
		for _, te := range m.targets {
			if low >= te+m.d.offsetOf(c) {
				cs.PeriodsPaid++
			}
		}
		if ps, err := c.FilterPayments(ctx, m.d.deployBlock, nil); err == nil {
			cs.Payments = len(ps)
		}
		out = append(out, cs)
	}
	return out
}

// rpcSummary is the request count so far (nil when not counting), with its steady
// part from the mark m (nil: none).
func (d *Devnet) rpcSummary(ctx context.Context, mark *costSample) *RPCSummary {
	if d.rpcCount == nil {
		return nil
	}
	r := d.rpcWindow(d.rpcFrom, d.head(ctx), nil)
	if mark != nil && mark.rpc != nil {
		r.Steady = d.rpcWindow(mark.block, r.ToBlock, mark.rpc)
	}
	return r
}

func (d *Devnet) rpcWindow(from, to uint64, base map[string]map[string]uint64) *RPCSummary {
	r := &RPCSummary{FromBlock: from, ToBlock: to, Contracts: len(d.Contracts())}
	if r.ToBlock > r.FromBlock {
		r.Blocks = r.ToBlock - r.FromBlock
	}
	role := map[string]bool{}
	for _, k := range d.Keepers {
		role[k.Name] = true
	}
	for _, p := range d.Providers {
		role[p.Name] = false
	}
	r.Callers, r.KeeperCallsPerBlock, r.ProviderCallsPerBlock = d.rpcCount.snapshot(r.Blocks, base, func(n string) (bool, bool) {
		k, ok := role[n]
		return k, ok
	})
	return r
}

// PrintSummary writes a readable summary.
func PrintSummary(w interface{ Write([]byte) (int, error) }, s *Summary) {
	fmt.Fprintf(w, "\nsummary: %d/%d periods paid, %d provider payments, %d failed, %s wei (%s ETH) paid in %.1fs (setup %.1fs)\n",
		s.PeriodsPaid, s.PeriodsWanted, s.Payments, s.FailedPayments, s.TotalPaidWei, weiToEther(parseBig(s.TotalPaidWei)), s.WallS, s.SetupS)
	fmt.Fprintf(w, "  contract %s on %s (chain %d), periods of %d blocks from %d\n", s.Contract, s.Chain, s.ChainID, s.Period, s.Start)
	fmt.Fprintf(w, "  mean agreement latency %.2fs, payable→paid %.1fs, gas %.0f per report, %.0f per provider payment\n",
		s.AgreementLatencyS, s.PayableToPaidS, s.GasPerReport, s.GasPerProviderPayment)
	for _, p := range s.Providers {
		fmt.Fprintf(w, "  p%-3d %s  paid until %-6d st %-14s amount %s wei, withdrawable %s\n", p.Index, p.Address, p.PaidUntil, p.St, p.Amount, p.Balance)
	}
	for _, k := range s.Keepers {
		fmt.Fprintf(w, "  k%-3d %s  led %d, withdrawable %s\n", k.Index, k.Address, k.Led, k.Balance)
	}
	for _, c := range s.ExtraContracts {
		fmt.Fprintf(w, "  contract %s: %d/%d periods paid, %d provider payments, last paid %v\n", c.Address, c.PeriodsPaid, s.PeriodsWanted, c.Payments, c.LastPaid)
	}
	if r := s.RPC; r != nil {
		fmt.Fprintf(w, "  JSON-RPC at the chain endpoint over blocks %d..%d (%d blocks, %d contracts): %.1f calls per block per keeper, %.1f per provider\n",
			r.FromBlock, r.ToBlock, r.Blocks, r.Contracts, r.KeeperCallsPerBlock, r.ProviderCallsPerBlock)
		for _, c := range r.Callers {
			fmt.Fprintf(w, "    %-6s %8d calls (%d HTTP requests), %.1f per block: %s\n", c.Caller, c.Calls, c.Requests, c.CallsPerBlock, topMethods(c.Methods, 5))
		}
		if st := r.Steady; st != nil {
			fmt.Fprintf(w, "  steady (blocks %d..%d, after every contract's first payment): %.1f calls per block per keeper, %.1f per provider\n",
				st.FromBlock, st.ToBlock, st.KeeperCallsPerBlock, st.ProviderCallsPerBlock)
		}
	}
	if c := s.Costs; c != nil {
		for _, cw := range []struct {
			name string
			w    *CostWindow
		}{{"run", c.Run}, {"steady", c.Steady}} {
			if cw.w == nil {
				continue
			}
			fmt.Fprintf(w, "  keeper costs (%s, blocks %d..%d, %d contract-periods): %.3f CPU s and %.0f libp2p bytes sent per contract-period per keeper, max RSS %.1f MiB\n",
				cw.name, cw.w.FromBlock, cw.w.ToBlock, cw.w.ContractPeriods, cw.w.CPUSPerContractPeriod, cw.w.SentBytesPerContractPeriod, float64(cw.w.MaxRSSBytes)/(1<<20))
		}
	}
	if s.Detector != "" {
		fmt.Fprintf(w, "  ledger on %s: %d batches; detector: %s\n", s.DA, s.LedgerBatches, s.Detector)
	}
	if s.DataDir != "" {
		fmt.Fprintf(w, "  data kept in %s\n", s.DataDir)
	}
	if s.Error != "" {
		fmt.Fprintf(w, "  ERROR: %s\n", s.Error)
	}
}

func parseBig(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// Run runs a whole devnet: New, Start, Run, Close. report, if set, is called with
// the summary before the devnet is closed (closing many nodes can take a while).
func Run(ctx context.Context, opts Options, report func(*Summary)) (*Summary, error) {
	d, err := New(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer d.CloseWithin(30 * time.Second)
	if err := d.Start(ctx); err != nil {
		return nil, err
	}
	s, err := d.Run(ctx)
	if report != nil && s != nil {
		report(s)
	}
	return s, err
}

// topMethods formats the n most called methods, "name count" by count.
func topMethods(ms map[string]uint64, n int) string {
	type mc struct {
		m string
		c uint64
	}
	var l []mc
	for m, c := range ms {
		l = append(l, mc{m, c})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].c > l[j].c || l[i].c == l[j].c && l[i].m < l[j].m })
	var out []string
	for i, x := range l {
		if i == n {
			out = append(out, "…")
			break
		}
		out = append(out, fmt.Sprintf("%s %d", x.m, x.c))
	}
	return strings.Join(out, ", ")
}
