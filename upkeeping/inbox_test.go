package upkeeping

// Attack tests of the BatchInbox's membership cache (issue 15: a ledger header costs
// ≤ 40,000 gas). The inbox answers "is this an active keeper of the contract?" from
// a cached answer of the contract's isActiveKeeperUntil while the contract has not
// told it of a change (membershipChanged, called by scheduleGroup and slash). Each
// test caches an answer, changes membership the way an owner or a reporter does, and
// checks that the cache does not let a keeper publish once it is out. Cost: about 1 s
// of simulated chain per test.

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
)

// inboxPub publishes header seq of d's ledger from k with an external-body locator
// (the composite eth+arweave layer's call), returning the receipt or the name of
// the inbox's revert.
func (d *deployment) inboxPub(k account, seq uint64) (*types.Receipt, string) {
	d.t.Helper()
	in, err := bindings.NewBatchInbox(d.stack.Inbox, d.client)
	if err != nil {
		d.t.Fatal(err)
	}
	h := bindings.BatchInboxHeader{Seq: seq, PrevHash: common.Hash{1}, BodyHash: common.Hash{2, byte(seq + 1)}, StateRoot: common.Hash{3}}
	locator := append([]byte{1}, common.Hash{4, byte(seq)}.Bytes()...)
	o := d.opts(k)
	o.Context = d.ctx
	tx, err := in.PublishLocated(o, d.c.Address, h, locator)
	if err != nil {
		return nil, inboxRevertName(d.t, err)
	}
	return d.mine(tx, nil), ""
}

// inboxRevertName names the BatchInbox custom error in err's revert data.
func inboxRevertName(t testing.TB, err error) string {
	t.Helper()
	data, ok := revertData(err)
	if !ok || len(data) < 4 {
		t.Fatalf("not a revert: %v", err)
	}
	a, aerr := abi.JSON(strings.NewReader(bindings.BatchInboxMetaData.ABI))
	if aerr != nil {
		t.Fatal(aerr)
	}
	for name, e := range a.Errors {
		if string(e.ID[:4]) == string(data[:4]) {
			return name
		}
	}
	t.Fatalf("unknown inbox revert %x (%v)", data, err)
	return ""
}

// TestAttackInboxCacheOutlivesSlash: keeper 2 publishes (its membership is cached
// with no end: nothing is scheduled), is slashed, and tries again once the slash has
// removed it (at the next boundary). Without the contract telling the inbox, the
// cached answer would still say "active".
func TestAttackInboxCacheOutlivesSlash(t *testing.T) {
	e := newEnv(t, 1+4+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1, inbox: true, slashBps: 1000})
	reporter := e.accts[6]
	k := d.keepers[2]
	first, why := d.inboxPub(k.account, 0)
	if why != "" {
		t.Fatalf("an active keeper's first publication: %s", why)
	}
	second, why := d.inboxPub(k.account, 1)
	if why != "" {
		t.Fatalf("second publication: %s", why)
	}
	t.Logf("header publication: first %d gas (asks the contract, new slot), then %d (cached)", first.GasUsed, second.GasUsed)
	if second.GasUsed > 40_000 || first.GasUsed-second.GasUsed < 20_000 {
		t.Fatalf("the cached publication costs %d gas (first %d): the membership answer was not reused", second.GasUsed, first.GasUsed)
	}
	H := d.params.Period
	a, b, sa, sb := d.equivocation(k, d.params.Start+H)
	rc := e.mine(d.c.Slash(e.ctx, e.opts(reporter), d.ids[2], a, sa, b, sb))
	if touched(t, rc, d.stack.Inbox) != 1 {
		t.Fatal("the slash did not tell the inbox")
	}
	// In force until the next boundary (the contract's rule), out after it.
	e.advanceTo(d.params.ChangeBoundary(rc.BlockNumber.Uint64()) + 1)
	if _, why := d.inboxPub(k.account, 2); why != "NotKeeper" {
		t.Fatalf("the slashed keeper publishes after its removal (revert %q)", why)
	}
	if _, why := d.inboxPub(d.keepers[1].account, 0); why != "" {
		t.Fatalf("an honest keeper is refused: %s", why)
	}
}

// TestAttackInboxCacheOutlivesGroupChange: the owner schedules a group without
// keeper 3 after keeper 3's membership was cached; it may publish until the new
// epoch starts and not after. A keeper added by the change may publish from then.
func TestAttackInboxCacheOutlivesGroupChange(t *testing.T) {
	e := newEnv(t, 1+4+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1, inbox: true})
	extra := newKeepers(t, e.accts[6:7])[0]
	out := d.keepers[3]
	if _, why := d.inboxPub(out.account, 0); why != "" {
		t.Fatal(why)
	}
	if _, why := d.inboxPub(extra.account, 0); why != "NotKeeper" {
		t.Fatalf("an outsider publishes (revert %q)", why)
	}
	rc := e.mine(d.c.ScheduleGroup(e.ctx, e.opts(d.owner), d.newGroup([]keeper{d.keepers[0], d.keepers[1], d.keepers[2], extra})))
	if touched(t, rc, d.stack.Inbox) != 1 {
		t.Fatal("scheduleGroup did not tell the inbox")
	}
	B := d.params.ChangeBoundary(rc.BlockNumber.Uint64())
	if _, why := d.inboxPub(out.account, 1); why != "" {
		t.Fatalf("keeper 3 before the change is in force: %s", why)
	}
	if _, why := d.inboxPub(extra.account, 0); why != "NotKeeper" {
		t.Fatalf("the incoming keeper publishes before its epoch (revert %q)", why)
	}
	e.advanceTo(B)
	if _, why := d.inboxPub(out.account, 2); why != "NotKeeper" {
		t.Fatalf("the removed keeper publishes in the new epoch (revert %q)", why)
	}
	if _, why := d.inboxPub(extra.account, 0); why != "" {
		t.Fatalf("the incoming keeper is refused in its epoch: %s", why)
	}
}

// TestInboxMembershipChangedIsPerCaller: anyone may call membershipChanged, but it
// only drops the caller's own cached answers: an outsider cannot make a contract's
// keepers pay for a fresh check (their next publication stays as cheap).
func TestInboxMembershipChangedIsPerCaller(t *testing.T) {
	e := newEnv(t, 1+4+1+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1, inbox: true})
	k := d.keepers[0].account
	d.inboxPub(k, 0)
	warm, _ := d.inboxPub(k, 1)
	in, err := bindings.NewBatchInbox(d.stack.Inbox, d.client)
	if err != nil {
		t.Fatal(err)
	}
	o := e.opts(e.accts[6])
	o.Context = e.ctx
	e.mine(in.MembershipChanged(o))
	after, why := d.inboxPub(k, 2)
	if why != "" || after.GasUsed != warm.GasUsed {
		t.Fatalf("after an outsider's membershipChanged: %d gas, %d before (%s)", after.GasUsed, warm.GasUsed, why)
	}
}

// TestScheduleGroupWithNonInboxLedger: a contract whose ledger is some other
// contract (it has no membershipChanged) can still change its group: the failed
// call is logged, not fatal.
func TestScheduleGroupWithNonInboxLedger(t *testing.T) {
	e := newEnv(t, 1+5+1)
	d := e.deploy(deployOpts{nKeepers: 4, nProviders: 1})
	// A second contract of the same stack whose ledger is the registry.
	p := d.params
	p.Start, p.Ledger = e.block()+1, d.stack.Registry.Address
	addr, tx, err := d.factory.Create(e.ctx, e.opts(d.owner), p, d.groupID, nil, SaltFromString("non-inbox"), nil)
	e.mine(tx, err)
	c, err := New(e.ctx, e.client, addr)
	if err != nil {
		t.Fatal(err)
	}
	extra := newKeepers(t, e.accts[5:6])
	rc := e.mine(c.ScheduleGroup(e.ctx, e.opts(d.owner), d.newGroup(append(append([]keeper{}, d.keepers...), extra...))))
	admin, err := bindings.NewUpkeepingAdminFilterer(addr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range rc.Logs {
		if ev, err := admin.ParseLedgerNotTouched(*l); err == nil && ev.Ledger == d.stack.Registry.Address {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("LedgerNotTouched events: %d", n)
	}
}

// touched counts the MembershipChanged events the inbox logged in rc.
func touched(t *testing.T, rc *types.Receipt, inbox common.Address) int {
	t.Helper()
	f, err := bindings.NewBatchInboxFilterer(inbox, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range rc.Logs {
		if l.Address != inbox {
			continue
		}
		if _, err := f.ParseMembershipChanged(*l); err == nil {
			n++
		}
	}
	return n
}
