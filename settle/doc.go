// Package settle is the SCP ledger of SPEC 9 (storage-based consensus paradigm,
// seeds 000 and 002): every paid report goes, in order, into a hash-chained batch
// on a data-availability layer (package settle/da), and anyone replays the batches
// with the same deterministic rules as the keepers (State.Check) to check the
// keepers and the contract (package settle/detector).
//
// # Batch format (version 2; version 1 had the old contract's group; version 3 is
// a batch of a report's part k > 0, SPEC 8.1 "Large groups": the same layout with
// u32 part after te. A part-0 batch is version 2, so each batch has one encoding.
// A period split into parts has one batch per paid part, in pay order.)
//
// Integers are big-endian and fixed-width; "big" is a non-negative integer of at
// most 256 bits written as a one-byte length and its minimal big-endian bytes (zero
// is the empty string). Lists carry a count; every count is bounded (the Max…
// constants) and must fit in the bytes left. The batch hash is keccak256 of the
// whole encoding.
//
//	"WPSB" ‖ u8 version=1 ‖ big chainId ‖ contract[20] ‖ u64 seq ‖ prev[32] ‖ u64 te ‖
//	payTx[32] ‖ u64 payBlock ‖ stateRoot[32] ‖
//	u8 hasGroup ‖ [group] ‖
//	u32 n ‖ n × signed order (challenge.SignedOrder encoding, 223 bytes) ‖
//	u32 n ‖ n × (u32 m ‖ m × u32 order-table index)             order sets ‖
//	u32 n ‖ n × (u64 height ‖ hash[32])                           block hashes ‖
//	u32 leader ‖ u32 attempt ‖ big failedBitmap ‖
//	u16 n ‖ n × entry ‖
//	u8 mode ‖ u32 obsAttempt ‖ u16 v ‖ v × (entries × big value)  observation vectors ‖
//	u16 k ‖ k × (u32 sender ‖ u16 vector)                         observations ‖
//	v × sig[96]                                    each vector's aggregate signature ‖
//	big signerBitmap ‖ aggregateSig[96]
//
//	entry  = u32 provider ‖ u64 ts ‖ big st ‖ u32 r ‖ r × record
//	record = u8 keeper index ‖ u64 height ‖ u8 result ‖ big space ‖
//	         [proofDigest[32], absent for result missing] ‖ u8 len ‖ providerSig ‖
//	         keeperSig[65] ‖ u32 order set
//	group  = see Group.encode: parameters, keepers (account, BLS key, PoP, status),
//	         providers (account, price, since)
//
// Canonical rules checked by Decode (so a batch has one encoding and one hash, and
// Decode∘Encode is the identity, fuzzed): batch 0 has a zero prev and a group;
// later batches a non-zero prev; new orders ascending by id and for the batch's
// contract; block hashes ascending by height and exactly the record heights; report
// entries ascending by provider with ts < te; records of an entry ascending by
// (height, keeper index), consistent (challenge.ChalRecord.Validate); order sets in
// the order records first refer to them, all referred to; observation vectors
// distinct and referred to first in index order; observations ascending by sender.
//
// # Decisions where SPEC 9 is silent
//
//   - The records of an entry are those the publisher holds for the provider with
//     heights in [ts − G, te) — exactly what the space-time integral over [ts, te)
//     depends on (a sample before ts − G cannot reach ts; one at or after te changes
//     nothing inside). Each carries its keeper by registration index, which is also
//     the sample's keeper index of SPEC 4. Only the records of keepers active in
//     the batch's group count in the integral (as in the keepers' observations,
//     keeper/payer.SpaceTime): a removed or slashed keeper's records may be carried
//     but are ignored.
//   - Orders travel once: a batch carries the signed orders its records need that no
//     earlier batch carried; the ledger's order table is their concatenation; order
//     sets name table indices. A record's order set is the active set its challenge
//     was derived from (records.Entry.OrderIDs), which the detector checks is one
//     provider's orders, ascending id, one per piece, all active at the height.
//   - Block hashes travel with the records (the challenge seed needs them). Without
//     a chain they are vouched for by the provider's signature over the seed; with
//     one, the detector compares them with the chain.
//   - The group (contract parameters, keepers with keys and proofs of possession,
//     providers with prices and their first lastPaid, and the off-chain challenge
//     sizes m, c and tolerance τ) is in batch 0 and in every batch after which it
//     changed: the ledger is self-contained.
//   - Carried records. A record the batch paying a provider carried at heights in
//     [te − G, te) must be carried again, identical, by the next batch paying that
//     provider (whose window starts at ts − G = te − G). An omitted record is then
//     named even when it does not move the space-time; it is verified once
//     (RecordID). The rule holds for the records of keepers still active.
//   - Signatures: the observations verify as the keepers check them before they
//     lock (keeper/agreement, issue 12.6): per value vector, its aggregate signature
//     against the aggregate of its observers' keys (a valid aggregate proves each of
//     them observed those values: forging one that includes an honest key forges
//     that key's signature); the vectors and the signers' aggregate on the report
//     digest are one batch. The batch carries what the agreement's Propose carries
//     — one signature per vector, not per observation (96 bytes per distinct vector
//     instead of per keeper).
//   - Values (SPEC 7; keeper/agreement's rules): k observations with q ≤ k ≤ N by
//     active keepers; in mode median each st is the lower median of the k values; in
//     mode reconcile it lies in the trimmed range [s_f, s_(k−1−f)] and is within τ
//     of at least f+1 of them. And every st is within τ of the space-time the
//     batch's records give: |st − st_records| · den ≤ num · max(st, st_records).
//     (Honest keepers differ only by records not yet synced, which τ absorbs.)
//   - The state root commits to lastPaid per provider and, per account, the total
//     it has been credited by payments (as provider and as keeper, keeper shares
//     accounted eagerly — what the contract's lazy cumPerKeeper gives):
//     keccak256("whitepay/state/v1" ‖ uint256 chainId ‖ contract ‖ u32 P ‖
//     P × u64 lastPaid ‖ u32 A ‖ A × (account ‖ uint256 credited)), accounts
//     ascending, every registered provider and keeper account listed. Credited
//     totals rather than withdrawable balances because withdrawals are not
//     settlements (they are pull payments outside the keepers' protocol): on the
//     contract, credited(a) = balanceOf(a) + Σ Withdrawn(a) + Σ forfeited by
//     KeeperSlashed(a), which the detector computes from the contract's views and
//     events (detector.ContractRoot).
//   - Payment replay: exactly Upkeeping.sol's pay — amount = st × price (< 2^128),
//     provider share floor(amount × providerShareBps / 10000), leader bonus
//     floor(total × leaderBonusBps / 10000), the rest split equally among the active
//     keepers not failed, the division's remainder to the first entry's provider.
//   - Records are verified once: a record a batch carries again (same RecordID,
//     which covers its signatures, its order set's root and its block hash) was
//     verified with the earlier batch. Record verification (VerifyRecord) is
//     challenge.ChalRecord.VerifyChallenge computed from what it reads — the seed,
//     the number of pieces drawn and the total size — without drawing the leaves;
//     a test checks that both accept the same records.
//   - Publication: the period's leader publishes after its report is paid; the
//     keepers after it in the report's leader order take over one window W each
//     (PublishDue). Build is deterministic (same inputs and ledger, same bytes);
//     Publish checks the layer's head first, publishes at most once, and a
//     different batch at a published seq is refused (da.ErrConflict). Batches are
//     published in payment order (Build refuses a payment older than the head).
//   - Cost (issue 15; settle/detector TestLedgerCostPerPeriod): for 7 keepers, 3
//     providers and 6 challenges per keeper per provider per period a batch is about
//     26 KB (24 KB deflated: signatures do not compress); as calldata on the eth
//     layer that is about 977,000 gas a period. The composite layer (settle/da
//     EthArweave, config arweave_bodies) puts the body on Arweave and only the
//     header with the Arweave id on the inbox: about 46,400 gas a period (63,100
//     for a keeper's first publication, a cold storage word).
//
// # What the keeper node calls
//
//	st := settle.NewState(domain)              // or settle.UnmarshalState(checkpoint)
//	l, err := settle.OpenLedger(ctx, store, st, settle.LedgerOptions{Log: log})
//	                                           // store: da.Open(ctx, "dir:PATH" | "eth:0xINBOX" | "arweave:URL", …)
//	// after a report this keeper led is paid (receipt in hand):
//	grp, _ := settle.ReadGroup(ctx, client, contract, receipt.BlockNumber, ledgerParams)
//	s := &settle.Settlement{Signers: bitmap, AggSig: agg, PayTx: tx, PayBlock: block, Group: grp,
//	        Records: recs, Orders: orders, BlockHashes: hashes}
//	s.FromEncodedPropose(submit.Propose)       // agreement.Submit: report, mode, observations
//	                                           // (Signers, AggSig: submit.Signers, submit.Signature)
//	res, built, err := l.Settle(ctx, s)        // Published | AlreadyPublished | error
//	// each block after another leader's payment, if settle.PublishDue(order, leader,
//	// self, payBlock, head, W): settle.PaymentFromTx gives the signatures; Settle.
//	// status endpoint: l.Head() (JSON: seq, hash, stateRoot, te, payBlock).
//
// Records, Orders and the heights come from the keeper's records store with
// settle.Inputs(recordsStore, domain, providers→ts, te, G): every record held for
// each entry's provider with heights in [ts − G, te), with its order ids, and the
// signed orders they name; BlockHashes: settle.BlockHashes(ctx, client, heights). A
// published batch that breaks the rules stops Sync (and so Publish) with its
// *Divergence: the ledger does not build on a fraudulent head; that needs people.
package settle
