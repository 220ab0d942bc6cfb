package upkeeping

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"

	"github.com/whitepay/whitepay/contracts/bindings"
)

// Payment is one paid report entry (the EntryPaid event): provider P was paid
// Amount = floor(St × price / 1e18) for [Ts, Te). Te is the te of the ReportPaid event
// of the same transaction (EntryPaid does not repeat it: every event word costs gas
// on every entry of every pay).
type Payment struct {
	Provider uint32
	Ts, Te   uint64
	St       *big.Int
	Amount   *big.Int
	Block    uint64
	TxHash   common.Hash
}

// EventTopic returns the topic (event ID) of the contract's event name, for readers
// that filter raw logs (keeper/chainwatch's subscribers). It panics for a name the
// contract does not have: a programming error.
func EventTopic(name string) common.Hash {
	e, ok := upkeepingABI.Events[name]
	if !ok {
		panic(fmt.Sprintf("upkeeping: no event %q", name))
	}
	return e.ID
}

// EventTopics returns the set of the topics of the contract's events names
// (EventTopic each).
func EventTopics(names ...string) map[common.Hash]bool {
	m := make(map[common.Hash]bool, len(names))
	for _, n := range names {
		m[EventTopic(n)] = true
	}
	return m
}

// BalanceEvents are the contract's events that change only balances — money in or
// out, bonds, a surplus request — and nothing a reader of the contract's group,
// providers, terms or lastPaid holds. Readers that follow the contract's logs
// skip these (keeper/payer's view, settle.GroupReader, the provider's caches); a
// new event of the contract is not among them unless added here.
func BalanceEvents() []string {
	return []string{"Funded", "Withdrawn", "KeeperWithdrawn", "SurplusRequested", "SurplusWithdrawn", "BondPosted", "BondWithdrawn"}
}

// PaymentEvents are the events of a pay: ReportPaid and its EntryPaid entries.
func PaymentEvents() []string { return []string{"ReportPaid", "EntryPaid"} }

func paymentOf(e *bindings.UpkeepingEntryPaid, te uint64) Payment {
	return Payment{
		Provider: e.Provider, Ts: e.Ts, Te: te, St: e.St, Amount: e.Amount,
		Block: e.Raw.BlockNumber, TxHash: e.Raw.TxHash,
	}
}

// ReportPaid is one paid report (the ReportPaid event). The report itself (part,
// leader, attempt, failed bitmap) and the signer bitmap are in the transaction's
// input; the split follows from them (settle replays it).
type ReportPaid struct {
	Digest      [32]byte
	Te          uint64
	Total       *big.Int // what the report moved out of the surplus
	KeeperShare *big.Int // credited to each keeper that shares it
	Block       uint64
	TxHash      common.Hash
}

func reportPaidOf(e *bindings.UpkeepingReportPaid) ReportPaid {
	return ReportPaid{
		Digest: e.Digest, Te: e.Te, Total: e.Total, KeeperShare: e.KeeperShare,
		Block: e.Raw.BlockNumber, TxHash: e.Raw.TxHash,
	}
}

func filterOpts(ctx context.Context, from uint64, to *uint64) *bind.FilterOpts {
	return &bind.FilterOpts{Context: ctx, Start: from, End: to}
}

// FilterPayments returns the entries paid in blocks [from, to] (to nil: up to the
// latest block), optionally only for the given providers.
func (c *Contract) FilterPayments(ctx context.Context, from uint64, to *uint64, providers ...uint32) ([]Payment, error) {
	it, err := c.bound.FilterEntryPaid(filterOpts(ctx, from, to), providers)
	if err != nil {
		return nil, wrap("filter EntryPaid", err)
	}
	defer it.Close()
	var evs []*bindings.UpkeepingEntryPaid
	for it.Next() {
		evs = append(evs, it.Event)
	}
	if err := it.Error(); err != nil {
		return nil, wrap("filter EntryPaid", err)
	}
	if len(evs) == 0 {
		return nil, nil
	}
	// te from the ReportPaid of each transaction
	first, last := evs[0].Raw.BlockNumber, evs[len(evs)-1].Raw.BlockNumber
	reports, err := c.FilterReports(ctx, first, &last)
	if err != nil {
		return nil, err
	}
	teOf := make(map[common.Hash]uint64, len(reports))
	for _, r := range reports {
		teOf[r.TxHash] = r.Te
	}
	out := make([]Payment, len(evs))
	for i, e := range evs {
		te, ok := teOf[e.Raw.TxHash]
		if !ok {
			return nil, fmt.Errorf("upkeeping: entry paid in tx %s without its ReportPaid", e.Raw.TxHash)
		}
		out[i] = paymentOf(e, te)
	}
	return out, nil
}

// FilterReports returns the reports paid in blocks [from, to] (to nil: up to the
// latest block), optionally only those ending at the given te values.
func (c *Contract) FilterReports(ctx context.Context, from uint64, to *uint64, te ...uint64) ([]ReportPaid, error) {
	it, err := c.bound.FilterReportPaid(filterOpts(ctx, from, to), nil, te)
	if err != nil {
		return nil, wrap("filter ReportPaid", err)
	}
	defer it.Close()
	var out []ReportPaid
	for it.Next() {
		out = append(out, reportPaidOf(it.Event))
	}
	return out, wrap("filter ReportPaid", it.Error())
}

// WatchPayments streams paid entries (optionally of the given providers) into sink
// until ctx ends or the subscription fails. It needs a backend that supports log
// subscriptions (the simulated backend, or a node over WebSocket/IPC); over plain
// HTTP, poll FilterPayments instead.
func (c *Contract) WatchPayments(ctx context.Context, sink chan<- Payment, providers ...uint32) (event.Subscription, error) {
	raw := make(chan *bindings.UpkeepingEntryPaid, 16)
	sub, err := c.bound.WatchEntryPaid(&bind.WatchOpts{Context: ctx}, raw, providers)
	if err != nil {
		return nil, wrap("watch EntryPaid", err)
	}
	return relay(ctx, sub, raw, sink, func(e *bindings.UpkeepingEntryPaid) Payment {
		return paymentOf(e, c.teOfTx(ctx, e.Raw.TxHash)) // 0 if the receipt cannot be read
	}), nil
}

// teOfTx returns the te of the ReportPaid event in the receipt of a pay transaction.
func (c *Contract) teOfTx(ctx context.Context, tx common.Hash) uint64 {
	r, err := c.b.TransactionReceipt(ctx, tx)
	if err != nil {
		return 0
	}
	for _, l := range r.Logs {
		if l.Address != c.Address {
			continue
		}
		if ev, err := c.bound.ParseReportPaid(*l); err == nil {
			return ev.Te
		}
	}
	return 0
}

// WatchReports streams paid reports into sink (see WatchPayments).
func (c *Contract) WatchReports(ctx context.Context, sink chan<- ReportPaid) (event.Subscription, error) {
	raw := make(chan *bindings.UpkeepingReportPaid, 16)
	sub, err := c.bound.WatchReportPaid(&bind.WatchOpts{Context: ctx}, raw, nil, nil)
	if err != nil {
		return nil, wrap("watch ReportPaid", err)
	}
	return relay(ctx, sub, raw, sink, reportPaidOf), nil
}

// relay converts binding events into client values until the subscription ends.
func relay[R any, T any](ctx context.Context, inner event.Subscription, raw <-chan R, sink chan<- T, conv func(R) T) event.Subscription {
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer inner.Unsubscribe()
		for {
			select {
			case ev := <-raw:
				select {
				case sink <- conv(ev):
				case <-quit:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			case err := <-inner.Err():
				return err
			case <-quit:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	})
}

// Transfer is money leaving or entering the contract for one account: a provider's
// withdrawal (Withdrawn), a keeper's (KeeperWithdrawn: Account is the keeper's
// registered account, KeeperID its registry id) or a funding (Funded: Account is the
// funder, To zero).
type Transfer struct {
	Account  common.Address
	KeeperID uint32 // keeper withdrawals only
	To       common.Address
	Amount   *big.Int
	Block    uint64
	TxHash   common.Hash
	Index    uint // the log's index in its block
}

// FilterWithdrawals returns the providers' and keepers' withdrawals of blocks
// [from, to] (to nil: up to the latest block), in chain order.
func (c *Contract) FilterWithdrawals(ctx context.Context, from uint64, to *uint64) ([]Transfer, error) {
	var out []Transfer
	wi, err := c.bound.FilterWithdrawn(filterOpts(ctx, from, to), nil, nil)
	if err != nil {
		return nil, wrap("filter Withdrawn", err)
	}
	for wi.Next() {
		e := wi.Event
		out = append(out, Transfer{Account: e.Account, To: e.To, Amount: e.Amount, Block: e.Raw.BlockNumber, TxHash: e.Raw.TxHash, Index: e.Raw.Index})
	}
	wi.Close()
	if err := wi.Error(); err != nil {
		return nil, wrap("filter Withdrawn", err)
	}
	ki, err := c.bound.FilterKeeperWithdrawn(filterOpts(ctx, from, to), nil, nil)
	if err != nil {
		return nil, wrap("filter KeeperWithdrawn", err)
	}
	accounts := map[uint32]common.Address{}
	var ks []Transfer
	for ki.Next() {
		e := ki.Event
		ks = append(ks, Transfer{KeeperID: e.Keeper, To: e.To, Amount: e.Amount, Block: e.Raw.BlockNumber, TxHash: e.Raw.TxHash, Index: e.Raw.Index})
	}
	ki.Close()
	if err := ki.Error(); err != nil {
		return nil, wrap("filter KeeperWithdrawn", err)
	}
	for i := range ks {
		a, ok := accounts[ks[i].KeeperID]
		if !ok {
			k, err := c.reg.Keeper(ctx, ks[i].KeeperID)
			if err != nil {
				return nil, err
			}
			a = k.Account
			accounts[ks[i].KeeperID] = a
		}
		ks[i].Account = a
	}
	out = append(out, ks...)
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Block < out[j].Block || out[i].Block == out[j].Block && out[i].Index < out[j].Index
	})
	return out, nil
}

// FilterFundings returns the fundings of blocks [from, to] (to nil: up to the latest
// block).
func (c *Contract) FilterFundings(ctx context.Context, from uint64, to *uint64) ([]Transfer, error) {
	it, err := c.bound.FilterFunded(filterOpts(ctx, from, to), nil)
	if err != nil {
		return nil, wrap("filter Funded", err)
	}
	defer it.Close()
	var out []Transfer
	for it.Next() {
		e := it.Event
		out = append(out, Transfer{Account: e.From, Amount: e.Amount, Block: e.Raw.BlockNumber, TxHash: e.Raw.TxHash, Index: e.Raw.Index})
	}
	return out, wrap("filter Funded", it.Error())
}

// PaymentsOf returns the entries paid in logs (raw logs of any contracts, e.g. a
// chain watcher's, in chain order): the contract's EntryPaid events, each with the
// te of the ReportPaid of its transaction, which must be among logs (a pay
// transaction emits both; a log range never splits a transaction).
func (c *Contract) PaymentsOf(logs []types.Log) ([]Payment, error) {
	var out []Payment
	teOf := map[common.Hash]uint64{}
	for _, l := range logs {
		if l.Address != c.Address || len(l.Topics) == 0 || l.Topics[0] != topicReportPaid || l.Removed {
			continue
		}
		e, err := c.bound.ParseReportPaid(l)
		if err != nil {
			return nil, wrap("parse ReportPaid", err)
		}
		teOf[l.TxHash] = e.Te
	}
	for _, l := range logs {
		if l.Address != c.Address || len(l.Topics) == 0 || l.Topics[0] != topicEntryPaid || l.Removed {
			continue
		}
		e, err := c.bound.ParseEntryPaid(l)
		if err != nil {
			return nil, wrap("parse EntryPaid", err)
		}
		te, ok := teOf[l.TxHash]
		if !ok {
			return nil, fmt.Errorf("upkeeping: entry paid in tx %s without its ReportPaid", l.TxHash)
		}
		out = append(out, paymentOf(e, te))
	}
	return out, nil
}

var (
	topicReportPaid = EventTopic("ReportPaid")
	topicEntryPaid  = EventTopic("EntryPaid")
)
