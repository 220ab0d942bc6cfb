package payer

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/whitepay/whitepay/keeper/agreement"
	"github.com/whitepay/whitepay/keeper/agreement/blscrypto"
	"github.com/whitepay/whitepay/keeper/agreement/wire"
)

// TestRound4CoreFiftyThousandRecords (issue 15, "a disputed period with 50,000
// records per provider goes through round 4 and is paid"): BenchRound4 with four
// agreement cores, each with this package's Observer over its own badger store on
// disk; keepers 0 and 1 hold a provider's 50,000 records, keepers 2 and 3 only the
// first half, so the observations split (rounds 2 and 3 cannot reach q = 3) and
// round 4 runs: the records travel as 1 MiB chunks (13 MB per complete set, past
// the 8 MiB at which a keeper used to stay silent), every chunk is checked and
// merged, and the leader's next attempt is agreed on the complete records' value:
// the report submitted carries it, with q signers whose aggregate BLS signature
// verifies, and every keeper now observes it. Bytes on the wire and seconds are
// logged (no timed assertion). Cost: ~1 min on the 2-core machine (50,000 records
// signed, 2 × 25,000 verified); -short runs 5,000, WHITEPAY_ROUND4_RECORDS
// overrides.
func TestRound4CoreFiftyThousandRecords(t *testing.T) {
	n := 50_000
	if s := os.Getenv("WHITEPAY_ROUND4_RECORDS"); s != "" {
		fmt.Sscan(s, &n)
	}
	if testing.Short() {
		n = 5_000
	}
	const N = 4
	res, err := BenchRound4(context.Background(), Round4Config{Keepers: N, Providers: 1, Records: n, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if res.SyncRequests == 0 || res.Chunks == 0 {
		t.Fatalf("no round 4 (%d sync requests, %d chunks)", res.SyncRequests, res.Chunks)
	}
	if n >= 50_000 && res.RecordBytes <= 3*wire.MaxRecordBytes {
		t.Fatalf("%d record bytes: the complete sets are not past the old 8 MiB limit", res.RecordBytes)
	}
	sub := res.Submit
	if len(sub.Report.Entries) != 1 || sub.Report.Entries[0].St.Cmp(res.Want[0]) != 0 {
		t.Fatalf("report %v, want st %v (the complete records)", sub.Report.Entries, res.Want[0])
	}
	if half := res.After[N-1][0]; half.Cmp(res.Want[0]) != 0 {
		t.Fatalf("a keeper that held half observes %v after round 4, want %v", half, res.Want[0])
	}
	var pks [][]byte
	for i := range N {
		if sub.Signers.Bit(i) == 1 {
			pks = append(pks, res.PublicKeys[i])
		}
	}
	v := blscrypto.NewVerifier()
	agg := sub.Signature // its own allocation: herumi's cgo refuses a pointer into a struct holding Go pointers
	if len(pks) < agreement.Quorum(N) || !v.VerifyGroups([]agreement.SigGroup{{PKs: pks, Msg: sub.Digest, Agg: &agg}}) {
		t.Fatalf("%d signers, or their aggregate does not verify", len(pks))
	}
	t.Logf("round 4 with %d records of one provider, 4 keepers (2 holding half): report submitted after %.1f s (setup %.1f s); %d bytes on the wire, %d of them in %d record chunks (%d sync requests)",
		n, res.Seconds, res.SetupSeconds, res.Bytes, res.RecordBytes, res.Chunks, res.SyncRequests)
}
