package node

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/devnet/faultinject"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/keeper/schedule"
)

// TestPartitionedKeeper cuts one keeper of four off from the other three through
// its partition control file (the transport cut of fault injection, issue 8) while
// it leads the first window of a period: no connection either way, the three
// others pay that period without it, and the cut keeper keeps following the chain
// and voting nothing; healed, it reconnects, votes again with its state, and the
// next period is paid.
func TestPartitionedKeeper(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: about half a minute")
	}
	e := newE2E(t, small)
	H := small.period
	start := e.params.Start
	e.waitPaid(start+H, 60*time.Second)

	te := start + 2*H
	if h := e.head(); h+3 >= te {
		te = start + ((h-start)/H+1)*H
	}
	order := schedule.Order(te, e.scheduleKeepers())
	victim := e.keepers[order[0].Index]
	var others []common.Address
	for _, k := range e.keepers {
		if k != victim {
			others = append(others, k.addr)
		}
	}
	// The probe used below: before the cut, a malformed record reaches the victim's
	// handler, which answers with an error.
	probe := func(from, to *Node) error {
		ctx, cancel := context.WithTimeout(e.ctx, 3*time.Second)
		defer cancel()
		_, err := from.Host().Request(ctx, to.PeerInfo().ID, p2p.ProtoRecord, []byte("not a record"), 64)
		return err
	}
	var re *p2p.RemoteError
	for _, k := range e.keepers {
		if k != victim {
			if err := probe(k.node, victim.node); !errors.As(err, &re) {
				t.Fatalf("before the cut, a malformed record got %v, want the handler's error", err)
			}
		}
	}
	path := filepath.Join(victim.dir, faultinject.PartitionFile)
	if err := faultinject.WritePartition(path, faultinject.Partition{Cut: others}); err != nil {
		t.Fatal(err)
	}
	stop := faultinject.WatchPartition(e.ctx, path, 50*time.Millisecond, victim.node.Host(), e.client.BlockNumber, e.log)
	defer stop()
	// The cut is in force once the host has no connection with any other keeper.
	for cut := false; !cut; {
		cut = len(victim.node.Host().CutOff()) == len(others)
		for _, a := range others {
			cut = cut && !victim.node.Host().ConnectedTo(a)
		}
		time.Sleep(20 * time.Millisecond)
	}
	locks := len(votes(t, victim.node.db, e.c.Address))
	heightAtCut := victim.node.Payer().Status()[0].Height
	// Neither side can reach the other: a request either way fails in the
	// transport (a handler that saw it would answer with a *p2p.RemoteError).
	for _, k := range e.keepers {
		if k == victim {
			continue
		}
		for _, dir := range [][2]*Node{{k.node, victim.node}, {victim.node, k.node}} {
			if err := probe(dir[0], dir[1]); err == nil || errors.As(err, &re) {
				t.Fatalf("%s → %s crossed the cut: %v", dir[0].Address(), dir[1].Address(), err)
			}
		}
	}

	e.waitPaid(te, 60*time.Second)
	reps, err := e.c.FilterReports(e.ctx, 0, nil, te)
	if err != nil || len(reps) != 1 {
		t.Fatalf("reports for te %d: %d %v", te, len(reps), err)
	}
	if e.reportOf(reps[0]).Leader == order[0].Index {
		t.Fatalf("te %d paid by the cut keeper %d as leader", te, order[0].Index)
	}
	// Cut off, the keeper kept reading the chain and voted on nothing (so it did not
	// sign the paid report: a vote is locked before its signature is sent).
	if st := victim.node.Payer().Status()[0]; st.Height < te+finalityD || st.Height <= heightAtCut {
		t.Fatalf("the cut keeper's chain view stopped at %d (cut at %d, te %d)", st.Height, heightAtCut, te)
	}
	if n := len(votes(t, victim.node.db, e.c.Address)); n != locks {
		t.Fatalf("the cut keeper locked %d votes while cut off", n-locks)
	}
	if victim.node.Host().CutRefused() == 0 {
		t.Error("no dial or connection was refused by the cut")
	}

	// Heal: the file goes away; the keeper reconnects and votes on the next period.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	for len(victim.node.Host().CutOff()) != 0 {
		time.Sleep(20 * time.Millisecond)
	}
	e.waitPaid(te+H, 60*time.Second)
	if n := len(votes(t, victim.node.db, e.c.Address)); n <= locks {
		t.Fatalf("the healed keeper locked no vote on te %d (%d locks before the cut, %d now)", te+H, locks, n)
	}
	connected := 0
	for _, a := range others {
		if victim.node.Host().ConnectedTo(a) {
			connected++
		}
	}
	if connected == 0 {
		t.Fatal("the healed keeper has no connection with the other keepers")
	}
	e.checkSplit(e.checkPayments())
}
