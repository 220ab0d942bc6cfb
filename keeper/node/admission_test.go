package node

import (
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/libp2p/go-libp2p/core/protocol"
	dto "github.com/prometheus/client_model/go"

	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
	"github.com/whitepay/whitepay/keeper/payer"
)

// TestGroupProtocolsAdmitMembersOnly: on a keeper node (real libp2p on loopback, a
// real contract on the simulated chain), the agreement and record-sync protocols
// refuse a peer that is no keeper of any served group with p2p.ErrNotAdmitted
// before reading its payload (the refusal arrives while the declared payload is
// never sent, the host counts it, and the handlers never see the message), while
// a keeper of the contract and a keeper of a static (configured, contract-less)
// group are served, and order intake stays open to anyone. Membership follows the
// contract: the stranger is admitted once the owner registers it and refused again
// once the owner removes it, without restarting anything.
func TestGroupProtocolsAdmitMembersOnly(t *testing.T) {
	sp := spec{keepers: 2, providers: 1, period: 24, window: 6, stale: 12, cron: "@every 1s", pieceKiB: 16}
	e := newChainOnly(t, sp)
	k0, k1 := e.keepers[0], e.keepers[1]
	staticKeeper := newAcct(t)
	staticContract := common.HexToAddress("0x5a71c00000000000000000000000000000000001")

	// k0 serves the contract and a static group with staticKeeper in it; it is not
	// started (no challenges, no agreement), only its handlers answer.
	cfg := e.keeperConfig(k0)
	cfg.Contracts = append(cfg.Contracts, config.Contract{Address: staticContract, Owner: e.owner.addr,
		Keepers: []common.Address{k0.addr, staticKeeper.addr}, Finality: finalityD, Stale: sp.stale})
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	n0, err := New(e.ctx, Config{Config: cfg, Account: k0.key, BLS: k0.sk, Client: e.client, Logger: e.log, TCPOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer n0.Close()
	e.startKeeper(k1) // a keeper of the contract, sending from its node's host
	member := k1.node.Host()

	strangerAcct := newAcct(t)
	hostOf := func(a acct) *p2p.Host {
		h, err := p2p.New(p2p.Config{Key: a.key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, TCPOnly: true, Logger: e.log})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		return h
	}
	stranger, static := hostOf(strangerAcct), hostOf(staticKeeper)
	for _, h := range []*p2p.Host{stranger, static, member} {
		h.AddPeer(n0.PeerInfo())
	}

	echo := wire.Encode(&wire.Echo{Header: wire.Header{ChainID: e.chainID, Contract: e.c.Address, Te: 1}})
	garbage := []byte("not a message")
	request := func(from *p2p.Host, proto protocol.ID, msg []byte) error {
		ctx, cancel := context.WithTimeout(e.ctx, 10*time.Second)
		defer cancel()
		_, err := from.Request(ctx, n0.host.ID(), proto, msg, 64)
		return err
	}
	refused := func(err error) bool {
		var re *p2p.RemoteError
		return errors.As(err, &re) && strings.Contains(re.Msg, p2p.ErrNotAdmitted.Error())
	}
	rejected := func(reason string) float64 {
		var m dto.Metric
		if err := n0.Metrics().MessagesRejected.WithLabelValues(reason).Write(&m); err != nil {
			t.Fatal(err)
		}
		return m.GetCounter().GetValue()
	}
	notAdmitted := func() uint64 { return n0.host.Stats().NotAdmitted }

	// The stranger: refused on both group protocols, whatever it sends.
	for _, proto := range GroupProtocols {
		for _, msg := range [][]byte{echo, garbage} {
			before := notAdmitted()
			if err := request(stranger, proto, msg); !refused(err) {
				t.Fatalf("stranger on %s: err = %v, want a refusal naming ErrNotAdmitted", proto, err)
			}
			if notAdmitted() != before+1 {
				t.Fatalf("stranger on %s: NotAdmitted %d → %d, want +1", proto, before, notAdmitted())
			}
		}
		// A header declaring 1 MiB and no body: the refusal comes back although
		// the payload never arrives, so none of it was read.
		ctx, cancel := context.WithTimeout(e.ctx, 10*time.Second)
		s, err := stranger.Libp2p().NewStream(ctx, n0.host.ID(), proto)
		if err != nil {
			t.Fatal(err)
		}
		before := notAdmitted()
		s.Write(binary.BigEndian.AppendUint32(nil, 1<<20))
		s.SetReadDeadline(time.Now().Add(5 * time.Second))
		resp, err := p2p.ReadFrame(s, p2p.MaxErrorLen+1)
		s.Reset()
		cancel()
		if err != nil {
			t.Fatalf("%s: no refusal while the payload is pending: %v", proto, err)
		}
		if _, err := p2p.DecodeResponse(resp); !refused(err) {
			t.Fatalf("%s: response to a pending payload = %v, want a refusal naming ErrNotAdmitted", proto, err)
		}
		if notAdmitted() != before+1 {
			t.Fatalf("%s: NotAdmitted %d → %d after the pending payload, want +1", proto, before, notAdmitted())
		}
	}
	// The handlers never saw the stranger's garbage.
	if r := rejected("malformed") + rejected("record_malformed"); r != 0 {
		t.Fatalf("handlers decoded a non-member's payload (%v rejections)", r)
	}

	// Order intake is open to anyone (users and providers hand orders to keepers).
	before := notAdmitted()
	if err := request(stranger, p2p.ProtoOrder, garbage); err == nil || refused(err) {
		t.Fatalf("stranger's order: err = %v, want the handler's own rejection", err)
	}
	if notAdmitted() != before {
		t.Fatal("an order was refused by admission")
	}

	// A keeper of the contract is served: its Echo is accepted, its garbage reaches
	// the handlers (which reject it after decoding).
	if err := request(member, p2p.ProtoAgreement, echo); err != nil {
		t.Fatalf("member's agreement message: %v", err)
	}
	if err := request(member, p2p.ProtoAgreement, garbage); err == nil || refused(err) {
		t.Fatalf("member's malformed agreement message: err = %v, want the handler's rejection", err)
	}
	if err := request(member, p2p.ProtoRecord, garbage); err == nil || refused(err) {
		t.Fatalf("member's malformed record: err = %v, want the handler's rejection", err)
	}
	if rejected("malformed") != 1 || rejected("record_malformed") != 1 {
		t.Fatalf("handlers saw %v malformed agreement and %v malformed record messages, want 1 and 1",
			rejected("malformed"), rejected("record_malformed"))
	}
	// A keeper of a static group is admitted too.
	for _, proto := range GroupProtocols {
		if err := request(static, proto, garbage); err == nil || refused(err) {
			t.Fatalf("static keeper on %s: err = %v, want the handler's rejection", proto, err)
		}
	}

	// Membership follows the contract: the stranger registers its key in the chain's
	// registry and the owner schedules a group with it; once k0's view has refreshed,
	// the stranger is admitted (a keeper of a scheduled group syncs before its first
	// period). The owner then schedules the old group back in its place (the pending
	// epoch is replaced) and the stranger is refused again.
	view, ok := n0.Payer().Group().View(e.c.Address)
	if !ok {
		t.Fatal("no view of the contract")
	}
	sk, err := bls.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(e.owner.key, e.chainID)
	if err != nil {
		t.Fatal(err)
	}
	e.transfer(strangerAcct.addr, new(big.Int).Lsh(big.NewInt(1), 62))
	sopts, err := bind.NewKeyedTransactorWithChainID(strangerAcct.key, e.chainID)
	if err != nil {
		t.Fatal(err)
	}
	reg := e.c.Registry()
	e.send(reg.RegisterKeeper(e.ctx, sopts, sk))
	var ids []uint32
	for _, a := range []common.Address{k0.addr, k1.addr, strangerAcct.addr} {
		id, ok, err := reg.KeeperOf(e.ctx, a)
		if err != nil || !ok {
			t.Fatalf("keeper %s not registered: %v", a, err)
		}
		ids = append(ids, id)
	}
	e.send(reg.CreateGroup(e.ctx, opts, ids))
	withStranger, err := reg.GroupOf(e.ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	old, err := reg.GroupOf(e.ctx, ids[:2])
	if err != nil {
		t.Fatal(err)
	}
	e.send(e.c.ScheduleGroup(e.ctx, opts, withStranger))
	if err := request(stranger, p2p.ProtoAgreement, echo); !refused(err) {
		t.Fatalf("scheduled stranger before the view refreshed: err = %v, want a refusal", err)
	}
	if err := view.Refresh(e.ctx, e.head()); err != nil {
		t.Fatal(err)
	}
	if !view.IsMember(strangerAcct.addr) {
		t.Fatal("the view does not list the scheduled keeper")
	}
	if _, ok := view.KeeperIndex(strangerAcct.addr); ok {
		t.Fatal("the scheduled keeper has a position in the epoch in force before its boundary")
	}
	for _, proto := range GroupProtocols {
		if err := request(stranger, proto, garbage); err == nil || refused(err) {
			t.Fatalf("scheduled keeper on %s: err = %v, want the handler's rejection", proto, err)
		}
	}
	e.send(e.c.ScheduleGroup(e.ctx, opts, old))
	if err := view.Refresh(e.ctx, e.head()); err != nil {
		t.Fatal(err)
	}
	for _, proto := range GroupProtocols {
		if err := request(stranger, proto, echo); !refused(err) {
			t.Fatalf("unscheduled keeper on %s: err = %v, want a refusal naming ErrNotAdmitted", proto, err)
		}
	}
}

// transfer sends amount wei from the owner to a.
func (e *e2e) transfer(a common.Address, amount *big.Int) {
	e.t.Helper()
	nonce, err := e.client.PendingNonceAt(e.ctx, e.owner.addr)
	if err != nil {
		e.t.Fatal(err)
	}
	tip, err := e.client.SuggestGasTipCap(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(e.owner.key, types.LatestSignerForChainID(e.chainID),
		&types.DynamicFeeTx{ChainID: e.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &a, Value: amount})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.client.SendTransaction(e.ctx, tx); err != nil {
		e.t.Fatal(err)
	}
	e.send(tx, nil)
}

// TestGroupProtocolsRefuseWhileLoading: before the node has read its groups the
// restriction refuses everyone (admission.check with no membership yet).
func TestGroupProtocolsRefuseWhileLoading(t *testing.T) {
	var a admission
	if err := a.check(p2p.Peer{Address: common.HexToAddress("0x01")}); !errors.Is(err, errGroupsLoading) {
		t.Fatalf("check before serve = %v, want errGroupsLoading", err)
	}
	a.serve(context.Background(), &group{chain: payer.NewGroup()})
	if err := a.check(p2p.Peer{Address: common.HexToAddress("0x01")}); err == nil || errors.Is(err, errGroupsLoading) {
		t.Fatalf("check of a non-member after serve = %v, want a refusal", err)
	}
}

// newChainOnly is newE2E up to the deployment: a simulated chain and the contract
// with sp.keepers keepers and sp.providers providers; no node is built.
func newChainOnly(t *testing.T, sp spec) *e2e { return newDeployed(t, sp, 2*time.Minute) }

// send waits for a transaction to be mined successfully.
func (e *e2e) send(tx *types.Transaction, err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.c.Wait(e.ctx, tx); err != nil {
		e.t.Fatal(err)
	}
}

// checkNoneRefused: in a run with only the group's keepers and its providers, no
// keeper refused a stream for admission, so members are never locked out of the
// group protocols. Keepers in except are skipped: a restarted keeper refuses the
// messages that reach it while it is still reading its groups (admission.go).
func (e *e2e) checkNoneRefused(except ...*keeperUnderTest) {
	e.t.Helper()
	checked := 0
	for i, k := range e.keepers {
		if k.node == nil {
			continue
		}
		if slices.Contains(except, k) {
			e.t.Logf("restarted keeper %d refused %d streams for admission", i, k.node.Host().Stats().NotAdmitted)
			continue
		}
		if s := k.node.Host().Stats(); s.NotAdmitted != 0 {
			e.t.Fatalf("keeper %d refused %d streams of group members for admission", i, s.NotAdmitted)
		}
		checked++
	}
	if checked == 0 {
		e.t.Fatal("no keeper left to check")
	}
}
