package detector

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/settle"
	"github.com/whitepay/whitepay/upkeeping"
)

// payEvent is one ReportPaid event.
type payEvent struct {
	tx       common.Hash
	block    uint64
	txIndex  uint
	logIndex uint
	te       uint64
}

// credit is an amount leaving an account's balance without leaving its credited
// total: a withdrawal, or rewards forfeited by slashing.
type credit struct {
	block  uint64
	amount *big.Int
}

// chainCheck compares a ledger with the upkeeping contract (see the package doc).
type chainCheck struct {
	c        chain.Client
	contract common.Address
	up       *bindings.Upkeeping
	admin    *bindings.UpkeepingAdmin
	reg      *bindings.Registry
	client   *upkeeping.Contract
	scanned  uint64 // events are known up to this block
	events   []payEvent
	byTx     map[common.Hash]int
	outflows map[common.Address][]credit
	headers  map[uint64][32]byte
	history  bool // the node serves historical state (until a call says otherwise)
	receipt  *types.Receipt
}

func newChainCheck(ctx context.Context, c chain.Client, contract common.Address) (*chainCheck, error) {
	code, err := c.CodeAt(ctx, contract, nil)
	if err != nil {
		return nil, fmt.Errorf("detector: code of %s: %w", contract, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("detector: no contract at %s", contract)
	}
	client, err := upkeeping.New(ctx, c, contract)
	if err != nil {
		return nil, err
	}
	reg, err := bindings.NewRegistry(client.Config().Registry, c)
	if err != nil {
		return nil, err
	}
	cc := &chainCheck{c: c, contract: contract, up: client.Bindings(), admin: client.AdminBindings(), reg: reg, client: client,
		byTx: map[common.Hash]int{}, outflows: map[common.Address][]credit{}, headers: map[uint64][32]byte{}, history: true}
	if err := cc.scan(ctx); err != nil {
		return nil, err
	}
	return cc, nil
}

// scan fetches the ReportPaid, Withdrawn and KeeperSlashed events after the last
// scan, up to the head.
func (cc *chainCheck) scan(ctx context.Context) error {
	head, err := cc.c.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("detector: head: %w", err)
	}
	from := uint64(0)
	if cc.scanned > 0 || len(cc.events) > 0 {
		from = cc.scanned + 1
	}
	if from > head {
		return nil
	}
	opts := &bind.FilterOpts{Context: ctx, Start: from, End: &head}
	rp, err := cc.up.FilterReportPaid(opts, nil, nil)
	if err != nil {
		return fmt.Errorf("detector: ReportPaid events: %w", err)
	}
	for rp.Next() {
		e := rp.Event
		cc.byTx[e.Raw.TxHash] = len(cc.events)
		cc.events = append(cc.events, payEvent{tx: e.Raw.TxHash, block: e.Raw.BlockNumber, txIndex: e.Raw.TxIndex, logIndex: e.Raw.Index, te: e.Te})
	}
	if err := rp.Error(); err != nil {
		return err
	}
	// A provider's withdrawals leave its balance; a keeper's are counted in what
	// keeperAccount reports as earned, so only its forfeited rewards are added back.
	wd, err := cc.up.FilterWithdrawn(opts, nil, nil)
	if err != nil {
		return fmt.Errorf("detector: Withdrawn events: %w", err)
	}
	for wd.Next() {
		cc.outflows[wd.Event.Account] = append(cc.outflows[wd.Event.Account], credit{wd.Event.Raw.BlockNumber, wd.Event.Amount})
	}
	if err := wd.Error(); err != nil {
		return err
	}
	sl, err := cc.admin.FilterKeeperSlashed(opts, nil, nil)
	if err != nil {
		return fmt.Errorf("detector: KeeperSlashed events: %w", err)
	}
	for sl.Next() {
		acct, err := cc.reg.AccountOf(&bind.CallOpts{Context: ctx}, sl.Event.Keeper)
		if err != nil {
			return fmt.Errorf("detector: account of keeper %d: %w", sl.Event.Keeper, err)
		}
		cc.outflows[acct] = append(cc.outflows[acct], credit{sl.Event.Raw.BlockNumber, sl.Event.ForfeitedRewards})
	}
	if err := sl.Error(); err != nil {
		return err
	}
	cc.scanned = head
	return nil
}

func chainDiv(seq uint64, field, want, got, detail string) error {
	return settle.BatchDivergence(seq, field+" (chain)", want, got, detail)
}

// before checks a batch against the chain before it is replayed: the group's
// immutable parts, the block hashes, and the pay transaction (mined at the batch's
// block, paying exactly this report, with no unpublished payment before it).
func (cc *chainCheck) before(ctx context.Context, st *settle.State, b *settle.Batch) error {
	seq := b.Seq
	if b.Group != nil {
		if err := cc.checkGroup(ctx, b); err != nil {
			return err
		}
	}
	for i, bh := range b.BlockHashes {
		h, err := cc.header(ctx, bh.Height)
		if err != nil {
			return chainDiv(seq, fmt.Sprintf("blockHashes[%d]", i), "a block of the chain", fmt.Sprint(bh.Height), err.Error())
		}
		if h != bh.Hash {
			return chainDiv(seq, fmt.Sprintf("blockHashes[%d]", i), common.Hash(h).Hex(), common.Hash(bh.Hash).Hex(), fmt.Sprintf("hash of block %d", bh.Height))
		}
	}
	rc, err := cc.c.TransactionReceipt(ctx, b.PayTx)
	if err != nil {
		return chainDiv(seq, "payTx", "a mined transaction", b.PayTx.Hex(), err.Error())
	}
	cc.receipt = rc
	if rc.Status != types.ReceiptStatusSuccessful {
		return chainDiv(seq, "payTx", "a successful payment", "a reverted transaction", b.PayTx.Hex())
	}
	if rc.BlockNumber.Uint64() != b.PayBlock {
		return chainDiv(seq, "payBlock", rc.BlockNumber.String(), fmt.Sprint(b.PayBlock), "")
	}
	idx, ok := cc.byTx[b.PayTx]
	if !ok {
		if err := cc.scan(ctx); err != nil {
			return err
		}
		if idx, ok = cc.byTx[b.PayTx]; !ok {
			return chainDiv(seq, "payTx", "a ReportPaid event of "+cc.contract.Hex(), b.PayTx.Hex(), "the transaction paid no report of this contract")
		}
	}
	// Every payment before this one must be in the ledger already.
	for _, e := range cc.events[:idx] {
		if _, ok := st.PayTxSeq(e.tx); !ok {
			return chainDiv(seq, "payment", "in the ledger", "missing",
				fmt.Sprintf("the contract paid a report for te %d in tx %s at block %d, before this batch's payment, and no batch carries it", e.te, e.tx.Hex(), e.block))
		}
	}
	// The payment is this report.
	rp, err := cc.reportPaid(rc)
	if err != nil {
		return chainDiv(seq, "payTx", "one ReportPaid event", "", err.Error())
	}
	digest, _, err := wire.ReportDigest(b.Report())
	if err != nil {
		return err
	}
	if rp.Digest != digest {
		return chainDiv(seq, "report", common.Hash(rp.Digest).Hex(), common.Hash(digest).Hex(), "the transaction paid another report (digest)")
	}
	// The signer bitmap and aggregate signature sent (when pay was called directly).
	if pay, err := settle.PaymentFromTx(ctx, cc.c, cc.contract, b.PayTx); err == nil {
		if pay.Signers.Cmp(b.Signers) != 0 {
			return chainDiv(seq, "signers", pay.Signers.Text(16), b.Signers.Text(16), "the signer bitmap sent to pay")
		}
		if pay.AggSig != b.AggSig {
			return chainDiv(seq, "aggregateSignature", common.Bytes2Hex(pay.AggSig[:8])+"…", common.Bytes2Hex(b.AggSig[:8])+"…", "the aggregate signature sent to pay")
		}
	}
	return nil
}

func (cc *chainCheck) reportPaid(rc *types.Receipt) (*bindings.UpkeepingReportPaid, error) {
	var out *bindings.UpkeepingReportPaid
	for _, l := range rc.Logs {
		if l.Address != cc.contract || len(l.Topics) == 0 {
			continue
		}
		if ev, err := cc.up.ParseReportPaid(*l); err == nil {
			if out != nil {
				return nil, fmt.Errorf("two ReportPaid events in one transaction")
			}
			out = ev
		}
	}
	if out == nil {
		return nil, fmt.Errorf("no ReportPaid event")
	}
	return out, nil
}

func (cc *chainCheck) header(ctx context.Context, h uint64) ([32]byte, error) {
	if v, ok := cc.headers[h]; ok {
		return v, nil
	}
	hd, err := cc.c.HeaderByNumber(ctx, new(big.Int).SetUint64(h))
	if err != nil {
		return [32]byte{}, err
	}
	cc.headers[h] = hd.Hash()
	return hd.Hash(), nil
}

// checkGroup compares the group a batch carries with the contract's at the pay block
// (settle.ReadGroup, with the batch's own proofs of possession and off-chain
// parameters): parameters, the epoch's members, keys and statuses, the providers
// and the prices of the report's entries.
func (cc *chainCheck) checkGroup(ctx context.Context, b *settle.Batch) error {
	g := b.Group
	want, err := settle.ReadBatchGroup(ctx, cc.c, cc.contract, b)
	if err != nil {
		return chainDiv(b.Seq, "group", "the contract's group", "", err.Error())
	}
	if !want.Equal(g) {
		return chainDiv(b.Seq, "group", describeGroup(want), describeGroup(g), "the ledger's group differs from the contract's at the pay block")
	}
	return nil
}

func describeGroup(g *settle.Group) string {
	return fmt.Sprintf("group %d from %d, %d members, %d providers, owner %s", g.GroupID, g.EpochFrom, len(g.Keepers), len(g.Providers), g.Owner)
}

// after compares the replayed batch with the contract: the state root against the
// contract's state at the pay block (when served, and this is the block's last
// payment), then the payment events. It returns how many roots it compared.
func (cc *chainCheck) after(ctx context.Context, st *settle.State, b *settle.Batch, eff *settle.Effects) (int, error) {
	seq := b.Seq
	n := 0
	evErr := cc.checkEvents(b, eff)
	idx := cc.byTx[b.PayTx]
	lastInBlock := idx+1 >= len(cc.events) || cc.events[idx+1].block != b.PayBlock
	if cc.history && lastInBlock {
		lp, bal, err := ContractState(ctx, cc.c, cc.contract, eff.Group(), accountsOf(st.BalancesAfter(eff)), new(big.Int).SetUint64(b.PayBlock), cc.outflows)
		if err != nil {
			cc.history = false // the node does not serve this state: compare at the end only
		} else {
			n = 1
			if err := compareState(seq, b, eff.Group(), eff.LastPaid(), st.BalancesAfter(eff), lp, bal); err != nil {
				d, _ := settle.AsDivergence(err)
				// Name the entry the payment events show to be the cause, if any.
				if ed, ok := settle.AsDivergence(evErr); ok && ed.Entry >= 0 {
					d.Entry, d.Provider = ed.Entry, ed.Provider
					d.Detail += "; cause: " + ed.Field + " want " + ed.Want + ", got " + ed.Got
				}
				return n, d
			}
		}
	}
	return n, evErr
}

// checkEvents compares the payment events of the batch's receipt with the replay:
// each EntryPaid (provider, ts, st, amount), the ReportPaid te, total and keeper
// share.
func (cc *chainCheck) checkEvents(b *settle.Batch, eff *settle.Effects) error {
	seq := b.Seq
	rp, err := cc.reportPaid(cc.receipt)
	if err != nil {
		return chainDiv(seq, "payTx", "one ReportPaid event", "", err.Error())
	}
	var entries []*bindings.UpkeepingEntryPaid
	for _, l := range cc.receipt.Logs {
		if l.Address != cc.contract {
			continue
		}
		if ev, err := cc.up.ParseEntryPaid(*l); err == nil {
			entries = append(entries, ev)
		}
	}
	if len(entries) != len(b.Entries) {
		return chainDiv(seq, "entries", fmt.Sprint(len(entries)), fmt.Sprint(len(b.Entries)), "EntryPaid events")
	}
	for i, ev := range entries {
		x := &b.Entries[i]
		switch {
		case ev.Provider != x.Provider || ev.Ts != x.Ts || rp.Te != b.Te || ev.St.Cmp(x.St) != 0:
			return settle.EntryDivergence(seq, i, x.Provider, "entry (chain)", fmt.Sprintf("(%d, %d, %d, %s)", ev.Provider, ev.Ts, rp.Te, ev.St),
				fmt.Sprintf("(%d, %d, %d, %s)", x.Provider, x.Ts, b.Te, x.St), "EntryPaid")
		case ev.Amount.Cmp(eff.Amounts[i]) != 0:
			return settle.EntryDivergence(seq, i, x.Provider, "amount (chain)", ev.Amount.String(), eff.Amounts[i].String(), "st × price as the contract paid it")
		}
	}
	switch {
	case rp.Total.Cmp(eff.Total) != 0:
		return chainDiv(seq, "total", rp.Total.String(), eff.Total.String(), "")
	case rp.KeeperShare.Cmp(eff.KeeperShare) != 0:
		return chainDiv(seq, "keeperShare", rp.KeeperShare.String(), eff.KeeperShare.String(), "")
	}
	return nil
}

// final looks for payments after the last batch and, with none pending, compares the
// state with the contract's current state.
func (cc *chainCheck) final(ctx context.Context, st *settle.State, maxLag uint64) ([]Pending, bool, error) {
	if err := cc.scan(ctx); err != nil {
		return nil, false, err
	}
	var pending []Pending
	for _, e := range cc.events {
		if _, ok := st.PayTxSeq(e.tx); ok {
			continue
		}
		if cc.scanned > e.block+maxLag {
			return nil, false, chainDiv(st.Next(), "payment", "in the ledger", "missing",
				fmt.Sprintf("the contract paid a report for te %d in tx %s at block %d (%d blocks ago) and no batch carries it", e.te, e.tx.Hex(), e.block, cc.scanned-e.block))
		}
		pending = append(pending, Pending{Tx: e.tx, Block: e.block, Te: e.te})
	}
	if len(pending) > 0 {
		return pending, false, nil
	}
	h := st.Head()
	lp, bal, err := ContractState(ctx, cc.c, cc.contract, st.Group(), accountsOf(st.Balances()), nil, cc.outflows)
	if err != nil {
		return nil, false, err
	}
	if d := compareState(h.Seq, nil, st.Group(), st.LastPaidAll(), st.Balances(), lp, bal); d != nil {
		return nil, true, d
	}
	return nil, true, nil
}

// ContractState reads the contract's side of the state root at block (nil: the
// head) for the providers of group g and the accounts listed (the ledger's: every
// provider and every keeper of an epoch it has paid): lastPaid from the views, and per
// account credited = its provider balance + its Withdrawn amounts, plus, as a keeper,
// what keeperAccount reports as earned in every epoch (withdrawn included) + its
// forfeited rewards (KeeperSlashed), up to the block.
func ContractState(ctx context.Context, c chain.Client, contract common.Address, g *settle.Group, accounts []common.Address, block *big.Int, outflows map[common.Address][]credit) ([]uint64, []settle.AccountBalance, error) {
	up, err := upkeeping.New(ctx, c, contract)
	if err != nil {
		return nil, nil, err
	}
	if block != nil {
		up = up.At(block.Uint64())
	}
	lp := make([]uint64, len(g.Providers))
	provs := map[common.Address]*big.Int{}
	for i := range g.Providers {
		info, err := up.Provider(ctx, uint32(i))
		if err != nil {
			return nil, nil, fmt.Errorf("detector: provider %d: %w", i, err)
		}
		lp[i] = info.LastPaid
		provs[info.Account] = info.Balance
	}
	keepers := map[common.Address]*big.Int{}
	eps, err := up.Epochs(ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range eps {
		eg, err := up.EpochGroup(ctx, e.Index)
		if err != nil {
			return nil, nil, err
		}
		for _, m := range eg.Members {
			kb, err := up.KeeperAccount(ctx, e.Index, m.Index)
			if err != nil {
				return nil, nil, err
			}
			if keepers[m.Account] == nil {
				keepers[m.Account] = new(big.Int)
			}
			keepers[m.Account].Add(keepers[m.Account], kb.Earned)
		}
	}
	bal := make([]settle.AccountBalance, len(accounts))
	for i, a := range accounts {
		v := new(big.Int)
		if b := provs[a]; b != nil {
			v.Add(v, b)
		}
		if k := keepers[a]; k != nil {
			v.Add(v, k)
		}
		for _, o := range outflows[a] {
			if block == nil || o.block <= block.Uint64() {
				v.Add(v, o.amount)
			}
		}
		bal[i] = settle.AccountBalance{Account: a, Credited: v}
	}
	return lp, bal, nil
}

// ContractRoot is the state root of the contract's state (ContractState).
func ContractRoot(ctx context.Context, c chain.Client, contract common.Address, d domain.Domain, g *settle.Group, accounts []common.Address, block *big.Int) ([32]byte, error) {
	cc, err := newChainCheck(ctx, c, contract)
	if err != nil {
		return [32]byte{}, err
	}
	lp, bal, err := ContractState(ctx, c, contract, g, accounts, block, cc.outflows)
	if err != nil {
		return [32]byte{}, err
	}
	return settle.ComputeRoot(d, lp, bal), nil
}

func accountsOf(bs []settle.AccountBalance) []common.Address {
	out := make([]common.Address, len(bs))
	for i, b := range bs {
		out[i] = b.Account
	}
	return out
}

// compareState names the first difference between the ledger's state and the
// contract's: a provider's lastPaid, then an account's credited total; the entry of
// b (if given) paying that provider or account is named.
func compareState(seq uint64, b *settle.Batch, g *settle.Group, lp []uint64, bal []settle.AccountBalance, clp []uint64, cbal []settle.AccountBalance) error {
	entryOf := func(p int) int {
		if b == nil {
			return -1
		}
		for i, x := range b.Entries {
			if int(x.Provider) == p {
				return i
			}
		}
		return -1
	}
	div := func(p int, field, want, got, detail string) error {
		d := settle.BatchDivergence(seq, "stateRoot (contract): "+field, want, got, detail)
		if i := entryOf(p); i >= 0 {
			d = settle.EntryDivergence(seq, i, uint32(p), "stateRoot (contract): "+field, want, got, detail)
		}
		return d
	}
	for p := range lp {
		if p < len(clp) && lp[p] != clp[p] {
			return div(p, fmt.Sprintf("lastPaid[%d]", p), fmt.Sprint(clp[p]), fmt.Sprint(lp[p]), "")
		}
	}
	// Credited totals: the providers of the batch's entries first (in entry order,
	// so that the entry is named), then every account.
	cred := func(i int) error {
		p := -1
		for j, pr := range g.Providers {
			if pr.Account == bal[i].Account {
				p = j
			}
		}
		return div(p, "credited["+bal[i].Account.Hex()+"]", cbal[i].Credited.String(), bal[i].Credited.String(), "balanceOf + withdrawn + forfeited on the contract")
	}
	differs := func(i int) bool {
		return i < len(cbal) && bal[i].Account == cbal[i].Account && bal[i].Credited.Cmp(cbal[i].Credited) != 0
	}
	if b != nil {
		for _, x := range b.Entries {
			for i := range bal {
				if int(x.Provider) < len(g.Providers) && bal[i].Account == g.Providers[x.Provider].Account && differs(i) {
					return cred(i)
				}
			}
		}
	}
	for i := range bal {
		if differs(i) {
			return cred(i)
		}
	}
	return nil
}
