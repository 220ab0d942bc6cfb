// Package challenger is the challenge side of a keeper node (SPEC 3, 4): it learns
// orders from users over libp2p, challenges every provider of every contract it
// serves on a cron schedule, turns each outcome into a signed record, stores it
// and syncs it to the rest of the keeper group, checks and stores the records the
// group sends, and computes the keeper's space-time observation from the records
// it holds.
//
// Decisions taken where SPEC is silent:
//
//   - Schedule. robfig/cron with the configured spec (seconds optional); each run
//     first sleeps a uniform random delay in [0, jitter) so that keepers sharing a
//     spec do not hit providers at the same instant; a run still going when the next
//     fires makes the next one skip (cron.SkipIfStillRunning).
//   - Height. A run reads the head h and challenges at b = h − D with the hash of
//     block b (final by SPEC 2). If a record for (this keeper, provider, b) already
//     exists — the chain did not advance since the last run — the provider is not
//     challenged again.
//   - Deadline. A response counts if it arrives within the wall-clock timeout and
//     before block h + D, h being the head when the challenge was sent. SPEC 3's
//     "before b + D" cannot be meant literally with b = h − D (that block is already
//     the head when the challenge is sent), so the D-block allowance runs from the
//     challenge's issue. A response arriving after the timeout but within three times the
//     timeout is recorded as late; none at all as missing; a malformed one, a
//     refusal, or one that fails the checks as invalid or missing. All give s = 0.
//   - Providers without an active order are not challenged (their space is 0, and
//     a record would carry nothing).
//   - Sync. A record is written together with an outbox entry listing every other
//     keeper of the group (one badger transaction). The outbox is drained right
//     away and retried every sync_retry; a member that refuses a record with a
//     definite reason, or has failed 20 times, is dropped from the entry (logged).
//   - Orders (/whitepay/order/1) are accepted only when signed by the contract's
//     owner, for a provider of the contract (if the providers are known), up to
//     max_orders per provider. Records (/whitepay/record/1) only from a member of
//     the contract's group, at a height already final in the receiver's view, and
//     after records.VerifyRecord.
//   - Reorgs (issue 8; rule in keeper/records): received records are verified
//     against the receiver's canonical hash of their height (chainview.EthChain
//     drops its hash cache when Head sees a reorg), so a record challenged on an
//     orphaned block is refused. An own challenge whose block hash changed while
//     the provider answered (a reorg deeper than D) produces no record.
package challenger
