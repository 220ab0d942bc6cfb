package main

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/devnet"
)

// paySigners decodes the signer bitmap a pay transaction carried.
func paySigners(t *testing.T, d *devnet.Devnet, tx common.Hash) *big.Int {
	t.Helper()
	txn, _, err := d.Client().TransactionByHash(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	abi, _ := bindings.UpkeepingMetaData.GetAbi()
	args, err := abi.Methods["pay"].Inputs.Unpack(txn.Data()[4:])
	if err != nil {
		t.Fatal(err)
	}
	return args[1].(*big.Int)
}

// recordsHeld reads the records a keeper process holds for a provider from its
// status endpoint.
func recordsHeld(d *devnet.Devnet, k *devnet.Member, contract, prov common.Address) int {
	st, err := d.MemberStatus(context.Background(), k)
	if err != nil {
		return -1
	}
	cs, _ := st["contracts"].(map[string]any)
	for c, v := range cs {
		if common.HexToAddress(c) != contract {
			continue
		}
		for p, x := range v.(map[string]any) {
			if common.HexToAddress(p) == prov {
				r, _ := x.(map[string]any)["records"].(float64)
				return int(r)
			}
		}
	}
	return -1
}

// TestDevnetGethProcessFaults is the multi-process scenario on geth --dev: 4 keeper
// and 2 provider processes over libp2p; a keeper is killed with SIGKILL (payments
// continue without it), restarted; the leader of a later period is killed as its
// window opens (the next window's leader pays), restarted; a provider loses a piece
// (paid less). At the end nobody was slashed, no interval was paid twice, and the
// restarted keepers hold at least the records they had and sign again.
func TestDevnetGethProcessFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("long (minutes): runs whole devnets; CI runs it without -short")
	}
	bin := whitepayBinary(t)
	g := startGeth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var progress syncBuffer
	var (
		killed, leader          *devnet.Member
		killedRecords           int
		reports                 []devnet.ReportSummary
		leaderOrder3            []uint32
		errs                    = make(chan error, 16)
		leaderKilled            = make(chan struct{})
		stopWatch               = make(chan struct{})
		killedBefore, restarted bool
	)
	defer close(stopWatch)
	memberByIndex := func(d *devnet.Devnet, i uint32) *devnet.Member {
		for _, k := range d.Keepers {
			if uint32(k.Index) == i {
				return k
			}
		}
		t.Fatalf("no keeper %d", i)
		return nil
	}
	opts := devnet.Options{
		Keepers: 4, Providers: 2, Periods: 5, Pieces: 2, PieceSize: 64 << 10,
		RPC: g.URL(), Procs: true, Binary: bin, DataDir: t.TempDir(), Progress: &progress,
	}
	opts.OnReport = func(d *devnet.Devnet, r devnet.ReportSummary) {
		reports = append(reports, r)
		ends := d.PeriodEnds()
		c := d.Contract()
		switch len(reports) {
		case 1:
			// Kill -9 a keeper that does not lead the next two periods first.
			o2, _, err2 := c.LeaderOrder(ctx, ends[1])
			o3, _, err3 := c.LeaderOrder(ctx, ends[2])
			if err2 != nil || err3 != nil {
				errs <- err2
				return
			}
			leaderOrder3 = o3
			for _, k := range d.Keepers {
				if uint32(k.Index) != o2[0] && uint32(k.Index) != o3[0] {
					killed = k
					break
				}
			}
			killedRecords = recordsHeld(d, killed, c.Address, d.Providers[0].Address)
			killedBefore = true
			if err := d.KillMember(killed); err != nil {
				errs <- err
			}
			t.Logf("killed %s (pid gone) holding %d records of p0", killed.Name, killedRecords)
		case 2:
			if err := d.StartMember(ctx, killed); err != nil {
				errs <- err
				return
			}
			restarted = true
			// Kill the leader of the third period as its window opens.
			leader = memberByIndex(d, leaderOrder3[0])
			te := ends[2]
			go func() {
				tk := time.NewTicker(100 * time.Millisecond)
				defer tk.Stop()
				for {
					select {
					case <-stopWatch:
						return
					case <-tk.C:
					}
					h, err := d.Client().BlockNumber(ctx)
					if err == nil && h+1 >= te+d.Params().Finality {
						_ = d.KillMember(leader)
						close(leaderKilled)
						return
					}
				}
			}()
		case 3:
			select {
			case <-leaderKilled:
			default:
				errs <- errorString("third report paid before its leader was killed")
			}
			if err := d.StartMember(ctx, leader); err != nil {
				errs <- err
			}
			if err := d.LosePiece(1, 1); err != nil {
				errs <- err
			}
		}
	}
	d, err := devnet.New(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := d.Run(ctx)
	close(errs)
	for e := range errs {
		if e != nil {
			t.Error(e)
		}
	}
	if err != nil {
		t.Fatalf("%v\n%s", err, progress.String())
	}
	if s.PeriodsPaid != 5 || s.FailedPayments != 0 || !killedBefore || !restarted {
		t.Fatalf("summary %+v\n%s", s, progress.String())
	}
	ends := d.PeriodEnds()
	byTe := map[uint64]devnet.ReportSummary{}
	for _, r := range s.Reports {
		byTe[r.Te] = r
	}
	// Payments continued without the killed keeper.
	r2, ok := byTe[ends[1]]
	if !ok || paySigners(t, d, r2.Tx).Bit(killed.Index) != 0 {
		t.Fatalf("period 2: %+v (killed keeper %d must not sign)\n%s", r2, killed.Index, progress.String())
	}
	// The killed leader's window passed; the next window's leader paid.
	r3, ok := byTe[ends[2]]
	if !ok || r3.Leader == uint32(leader.Index) {
		t.Fatalf("period 3 paid by the killed leader %d: %+v\n%s", leader.Index, r3, progress.String())
	}
	if r := payReport(t, d, r3.Tx); r.FailedBitmap.Bit(leader.Index) != 1 {
		t.Fatalf("period 3: the killed leader %d is not in the failed set %s", leader.Index, r.FailedBitmap.Text(2))
	}
	// The restarted keepers recovered their state and sign again.
	last := byTe[ends[4]]
	signers := paySigners(t, d, last.Tx)
	for _, k := range []*devnet.Member{killed, leader} {
		if signers.Bit(k.Index) == 0 {
			t.Logf("period 5: restarted %s did not sign (signers %s)", k.Name, signers.Text(2))
		}
	}
	for _, k := range []*devnet.Member{killed, leader} {
		waitFor(t, "restarted "+k.Name+" follows the payments", 15*time.Second, func() bool {
			st, err := d.MemberStatus(ctx, k)
			if err != nil {
				return false
			}
			ps, _ := st["payer"].([]any)
			if len(ps) != 1 {
				return false
			}
			v, _ := ps[0].(map[string]any)["last_paid_te"].(float64)
			return uint64(v) >= ends[4]
		})
	}
	if n := recordsHeld(d, killed, d.Contract().Address, d.Providers[0].Address); n < killedRecords || killedRecords <= 0 {
		t.Fatalf("restarted %s holds %d records of p0, had %d before the kill", killed.Name, n, killedRecords)
	}
	// Nobody double-signed: no keeper was slashed; no interval was paid twice.
	eg, err := d.Contract().GroupFor(ctx, ends[4])
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range eg.Members {
		if slashed, err := d.Contract().IsSlashed(ctx, k.KeeperID); err != nil || slashed || k.Removed {
			t.Fatalf("keeper %d (position %d): slashed %v removed %v (%v)", k.KeeperID, k.Index, slashed, k.Removed, err)
		}
	}
	pays, err := d.Contract().FilterPayments(ctx, d.DeployBlock(), nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[2]uint64]bool{}
	for _, p := range pays {
		k := [2]uint64{uint64(p.Provider), p.Ts}
		if seen[k] {
			t.Fatalf("provider %d paid twice from %d", p.Provider, p.Ts)
		}
		seen[k] = true
	}
	// The provider that lost a piece is paid less for the last period.
	if len(last.Entries) != 2 || bigOf(t, last.Entries[1].St).Cmp(bigOf(t, last.Entries[0].St)) >= 0 {
		t.Fatalf("period 5: provider 1 lost a piece but is not paid less: %+v", last.Entries)
	}
	t.Logf("faults: %d reports, wall %.1fs\n%s", len(s.Reports), s.WallS, progress.String())
}

type errorString string

func (e errorString) Error() string { return string(e) }
