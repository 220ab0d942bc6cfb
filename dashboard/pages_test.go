package dashboard

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/internal/units"
	"github.com/whitepay/whitepay/upkeeping"
)

var testTime = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func bi(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

var (
	prov0 = common.HexToAddress("0x1000000000000000000000000000000000000001")
	prov1 = common.HexToAddress("0x1000000000000000000000000000000000000002")
	kp0   = common.HexToAddress("0x2000000000000000000000000000000000000001")
	kp1   = common.HexToAddress("0x2000000000000000000000000000000000000002")
	kp2   = common.HexToAddress("0x2000000000000000000000000000000000000003")
	tx1   = common.HexToHash("0x01")
	tx2   = common.HexToHash("0x02")
	p7    = bi("7000000000000000000") // 7 wei per byte·block, the contract's scale (× 1e18)
)

// snapshot is two paid periods of a contract with 2 providers and 3 keepers, the
// amounts split as Upkeeping.sol splits them (providerShareBps 9000, leaderBonusBps
// 100): in the second report keeper 2 is failed and the remainder goes to the first
// entry's provider, p1.
func snapshot() Snapshot {
	s := Snapshot{
		Contract: common.HexToAddress("0xc0"), ShareBps: 9000, LeaderBps: 100, Height: 60, SyncedAt: testTime,
		Params: upkeeping.Params{Start: 0, Period: 20, Finality: 2, Stale: 40},
	}
	// te 20: p0 st 1000 price 7 → 7000; p1 st 3000 → 21000. total 28000.
	// providers 6300 + 18900 = 25200; leader 280; pool 2520, 3 keepers → 840 each, rem 0.
	s.Entries = append(s.Entries,
		Entry{Provider: 0, Ts: 0, Te: 20, St: bi("1000"), Amount: bi("7000"), Block: 23, Tx: tx1, First: true, Price: p7},
		Entry{Provider: 1, Ts: 0, Te: 20, St: bi("3000"), Amount: bi("21000"), Block: 23, Tx: tx1, Price: p7})
	s.Reports = append(s.Reports, Report{Te: 20, Leader: 1, Attempt: 0, Total: bi("28000"), KeeperShare: bi("840"), Remainder: bi("0"),
		Block: 23, Tx: tx1, From: kp1, Failed: new(big.Int), GasWei: bi("500")})
	// te 40: p1 first (st 1001 → 7007), p0 (st 999 → 6993). total 14000.
	// providers floor(7007·0.9)=6306, floor(6993·0.9)=6293 → 12599; leader 140; pool 1261,
	// 2 keepers paid (k2 failed) → 630 each, remainder 1 to p1.
	s.Entries = append(s.Entries,
		Entry{Provider: 1, Ts: 20, Te: 40, St: bi("1001"), Amount: bi("7007"), Block: 45, Tx: tx2, First: true, Price: p7},
		Entry{Provider: 0, Ts: 20, Te: 40, St: bi("999"), Amount: bi("6993"), Block: 45, Tx: tx2, Price: p7})
	s.Reports = append(s.Reports, Report{Te: 40, Leader: 0, Attempt: 1, Total: bi("14000"), KeeperShare: bi("630"), Remainder: bi("1"),
		Block: 45, Tx: tx2, From: kp0, Failed: big.NewInt(1 << 2), GasWei: bi("700")})
	s.Withdrawals = []Transfer{{Account: prov1, Amount: bi("10000"), Block: 50}, {Account: kp0, Amount: bi("100"), Block: 51}}
	s.Fundings = []Transfer{{Account: common.HexToAddress("0xee"), Amount: bi("1000000")}}
	s.Providers = []upkeeping.ProviderInfo{
		{Index: 0, Account: prov0, Price: p7, LastPaid: 40},
		{Index: 1, Account: prov1, Price: p7, LastPaid: 40},
	}
	s.Keepers = []KeeperInfo{
		{Index: 0, Account: kp0, Status: "active", Withdrawable: bi("1510"), Locked: bi("0")}, // 840+630+140−100
		{Index: 1, Account: kp1, Status: "active", Withdrawable: bi("1750"), Locked: bi("0")}, // 840+280+630
		{Index: 2, Account: kp2, Status: "active", Withdrawable: bi("840"), Locked: bi("0")},
	}
	s.Epochs = []*upkeeping.EpochGroup{{
		EpochInfo: upkeeping.EpochInfo{Index: 0, GroupID: 1, From: 0, Size: 3, NoShare: new(big.Int), Removed: new(big.Int)},
		Members:   []upkeeping.Member{{Index: 0, KeeperID: 1, Account: kp0}, {Index: 1, KeeperID: 2, Account: kp1}, {Index: 2, KeeperID: 3, Account: kp2}},
	}}
	s.Balances = map[common.Address]*big.Int{prov0: bi("12593"), prov1: bi("15207")} // 6300+6293; 18900+6306+1−10000
	s.Surplus, s.Owed, s.Funds = bi("930000"), bi("28000"), bi("958000")
	s.Units, s.Params.BlockTimeMs = units.EtherToken, 500
	s.RunwayPeriods, s.RunwayRate = 66, bi("14000") // runway(): surplus / the last period's amount
	// Scheduled at block 60: group 2 (keepers 0 and 1) from 80, provider 1's price 9
	// from 80, provider 0's removal from 80, a surplus withdrawal from 100.
	s.Epochs = append(s.Epochs, &upkeeping.EpochGroup{
		EpochInfo: upkeeping.EpochInfo{Index: 1, GroupID: 2, From: 80, Size: 2, NoShare: new(big.Int), Removed: new(big.Int)},
		Members:   []upkeeping.Member{{Index: 0, KeeperID: 1, Account: kp0}, {Index: 1, KeeperID: 2, Account: kp1}},
	})
	s.Providers[1].Next = &upkeeping.ProviderChange{Price: bi("9000000000000000000"), At: 80}
	s.Providers[0].Next = &upkeeping.ProviderChange{Remove: true, At: 80}
	s.SurplusRequest = upkeeping.SurplusRequestInfo{To: common.HexToAddress("0xee"), Amount: bi("5000"), NotBefore: 100}
	return s
}

func TestProviderPage(t *testing.T) {
	s := snapshot()
	p := Provider(s, prov1, nil)
	if !p.Registered || p.Index != 1 || len(p.Periods) != 2 {
		t.Fatalf("%+v", p)
	}
	if p.Periods[0].Net != "18900" || p.Periods[1].Net != "6307" || p.Periods[1].Remainder != "1" {
		t.Errorf("nets %s %s (remainder %s), want 18900 and 6306+1", p.Periods[0].Net, p.Periods[1].Net, p.Periods[1].Remainder)
	}
	if p.Totals.Credited != "25207" || p.Totals.Withdrawn != "10000" || p.Totals.Balance != "15207" || !p.Totals.Consistent {
		t.Errorf("totals %+v", p.Totals)
	}
	if p.Periods[0].Space != "150" || p.Periods[0].Price != p7.String() {
		t.Errorf("space %s price %s, want 150 (3000/20) and 7e18 (7 wei per byte·block)", p.Periods[0].Space, p.Periods[0].Price)
	}
	if p.Next == nil || p.Next.Te != 60 || p.Next.FromBlock != 62 || p.Next.Estimate != "7007" {
		t.Errorf("next %+v", p.Next)
	}
	// A balance the entries do not explain is reported, not hidden.
	s.Balances[prov1] = bi("15208")
	if Provider(s, prov1, nil).Totals.Consistent {
		t.Error("one wei more on chain than credited − withdrawn, still consistent")
	}
	if u := Provider(s, common.HexToAddress("0x99"), nil); u.Registered || len(u.Periods) != 0 || u.Totals.Credited != "0" {
		t.Errorf("unknown provider: %+v", u)
	}
}

func TestKeeperPage(t *testing.T) {
	s := snapshot()
	k := Keeper(s, kp0, nil)
	if len(k.Periods) != 3 { // te 20, te 40, and te 60 holding the withdrawal at block 51
		t.Fatalf("%d periods: %+v", len(k.Periods), k.Periods)
	}
	if k.Periods[0].Earned != "840" || k.Periods[1].Earned != "770" || !k.Periods[1].Led || k.Periods[1].Rounds != 2 {
		t.Errorf("periods %+v", k.Periods)
	}
	if k.Periods[2].Withdrawn != "100" || k.Totals.Earned != "1610" || k.Totals.Withdrawable != "1510" || !k.Totals.Consistent {
		t.Errorf("totals %+v, last period %+v", k.Totals, k.Periods[2])
	}
	if k.Periods[1].GasWei != "700" || k.Totals.GasWei != "700" || k.Periods[1].LatencyBlocks != 5 {
		t.Errorf("gas/latency %+v", k.Periods[1])
	}
	k2 := Keeper(s, kp2, nil)
	if k2.Periods[1].Earned != "0" || !k2.Periods[1].Failed || k2.Totals.Earned != "840" || !k2.Totals.Consistent {
		t.Errorf("failed keeper: %+v %+v", k2.Periods, k2.Totals)
	}
	k1 := Keeper(s, kp1, nil)
	if k1.Totals.Earned != "1750" || !k1.Totals.Consistent || k1.Totals.GasWei != "500" {
		t.Errorf("leader keeper: %+v", k1.Totals)
	}
}

func TestUserPage(t *testing.T) {
	s := snapshot()
	u := User(s, nil, 100)
	if len(u.Periods) != 2 || u.Periods[0].Paid != "28000" || u.Periods[1].Paid != "14000" || u.Paid != "42000" {
		t.Fatalf("%+v", u.Periods)
	}
	if u.Periods[0].Space != "200" || u.Funded != "1000000" {
		t.Errorf("space %s funded %s", u.Periods[0].Space, u.Funded)
	}
	// The contract's runway(): 930000 / 14000 = 66 periods of 20 blocks at 500 ms.
	r := u.Runway
	if !r.Known || r.Periods != 66 || u.RunwayPeriods != 66 || r.Blocks != 1320 || r.Seconds != 660 || r.Time != "11m 0s" ||
		r.Rate != "14000" || r.RateUnits != "0.000000000000014 ETH" || !strings.Contains(r.Warning, "covers 66 periods") {
		t.Errorf("runway %+v", r)
	}
	if w := User(s, nil, 66).Runway.Warning; w != "" {
		t.Errorf("runway of 66 periods warned below 66: %s", w)
	}
	if u.Providers[1].Paid != "28007" || u.Providers[0].St != "1999" {
		t.Errorf("providers %+v", u.Providers)
	}
	if u.Providers[1].Terms.Price.Contract != p7.String() || !strings.HasSuffix(u.Providers[1].Terms.Price.PerTiBMonth, " ETH/TiB-month") {
		t.Errorf("provider 1's price: %+v", u.Providers[1].Terms)
	}
	// Scheduled after block 60: group 2 from 80, provider 1's new price, provider 0's
	// removal, the surplus withdrawal.
	pd := u.Pending
	if len(pd.Groups) != 1 || pd.Groups[0].GroupID != 2 || pd.Groups[0].At != 80 || pd.Groups[0].Keepers != 2 || pd.Groups[0].Quorum != 2 {
		t.Errorf("groups %+v", pd.Groups)
	}
	if len(pd.Prices) != 1 || pd.Prices[0].Provider != 1 || pd.Prices[0].At != 80 || pd.Prices[0].Price.Contract != "9000000000000000000" {
		t.Errorf("prices %+v", pd.Prices)
	}
	if len(pd.Removals) != 1 || pd.Removals[0].Provider != 0 || pd.Removals[0].At != 80 || pd.Removals[0].Price != nil {
		t.Errorf("removals %+v", pd.Removals)
	}
	if pd.Surplus == nil || pd.Surplus.Amount != "5000" || pd.Surplus.NotBefore != 100 || pd.Surplus.AmountUnits != "0.000000000000005 ETH" {
		t.Errorf("surplus %+v", pd.Surplus)
	}
	// At block 80 the changes are in force: nothing is pending, provider 0 is removed.
	s.Height = 80
	u = User(s, nil, 3)
	if n := len(u.Pending.Groups) + len(u.Pending.Prices) + len(u.Pending.Removals); n != 0 || !u.Providers[0].Terms.Removed ||
		u.Providers[1].Terms.Price.Contract != "9000000000000000000" || u.Runway.Warning != "" {
		t.Errorf("at block 80: %+v %+v %+v", u.Pending, u.Providers, u.Runway)
	}
}

func TestProviderTerms(t *testing.T) {
	s := snapshot()
	p := Provider(s, prov1, nil)
	if p.Terms == nil || p.Terms.Price.Contract != p7.String() || p.Terms.Next == nil || p.Terms.Next.At != 80 ||
		p.Terms.Next.Price == nil || p.Terms.Next.Price.Contract != "9000000000000000000" || p.Periods[0].PriceMonth != p.Terms.Price.PerTiBMonth {
		t.Fatalf("provider 1's terms: %+v, periods %+v", p.Terms, p.Periods)
	}
	// 7 wei per byte·block at 500 ms blocks: 7 × 2^40 × 5,184,000 blocks a month.
	if want := new(big.Int).Mul(big.NewInt(7*5_184_000), big.NewInt(1<<40)); p.Terms.Price.BasePerTiBMonth != want.String() {
		t.Errorf("per TiB-month %s wei, want %s", p.Terms.Price.BasePerTiBMonth, want)
	}
	s.Height = 80
	if p := Provider(s, prov1, nil); p.Terms.Next != nil || p.Terms.Price.Contract != "9000000000000000000" {
		t.Errorf("at the boundary the new price is in force: %+v", p.Terms)
	}
}

func TestUserPageNothingPaid(t *testing.T) {
	s := snapshot()
	s.RunwayRate = nil
	u := User(s, nil, 3)
	if u.Runway.Known || u.RunwayPeriods != -1 || u.Runway.Warning != "" {
		t.Errorf("runway before any payment: %+v", u.Runway)
	}
}

func TestExplain(t *testing.T) {
	s := snapshot()
	e, ok := Explain(s, prov0, 40, nil)
	if !ok || e.Period == nil || e.Period.Gross != "6993" || e.Check == "" || e.SamplesNote == "" {
		t.Fatalf("%+v", e)
	}
	if _, ok := Explain(s, prov0, 60, nil); ok {
		t.Error("explained an unpaid period")
	}
}

// TestKeeperVesting: what is paid in period b unlocks at the start of period
// b + vestPeriods (Upkeeping.sol's bucket of the pay block); the bond is shown.
func TestKeeperVesting(t *testing.T) {
	s := snapshot()
	s.Params.VestPeriods = 2
	s.Keepers[0].Bond = bi("777")
	k := Keeper(s, kp0, nil)
	if len(k.Periods) != 3 || k.Bond != "777" || k.VestPeriods != 2 {
		t.Fatalf("%+v", k)
	}
	// te 20 paid at block 23 (period 1): unlocks at 60, the height: unlocked.
	// te 40 paid at block 45 (period 2): unlocks at 80: locked.
	p0, p1 := k.Periods[0], k.Periods[1]
	if p0.UnlocksAt != 60 || p0.Unlocked != p0.Earned || p0.Locked != "0" || p1.UnlocksAt != 80 || p1.Locked != p1.Earned || p1.Unlocked != "0" {
		t.Errorf("vesting: %+v %+v", p0, p1)
	}
}
