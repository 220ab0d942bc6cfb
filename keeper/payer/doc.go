// Package payer is the keeper's payment driver (SPEC 2, 6, 7, 8): it runs the
// agreement core (package keeper/agreement) for every contract the keeper serves,
// over libp2p, with durable votes, and submits the reports this keeper leads.
//
// API (used by keeper/node; the devnet reads Status and Payments):
//
//	tr := payer.NewTransport(host, 0, metrics, log)      // /whitepay/agreement/1
//	p, _ := payer.New(payer.Config{Client, ChainID, Account, Tx, Keyring, DB, Records, Chain, Transport: tr, ...})
//	view, _ := p.Serve(ctx, contract)                      // per contract, before Run
//	go p.Run(ctx)                                          // until ctx ends
//	p.Status() []ContractStatus                            // per contract: te, window, leader, phase, last tx …
//	p.Payments(contract) []PaidReport                      // reports paid by our own transactions
//	p.Observed(contract, provider, ts, te) []*big.Int      // the st values this keeper observed
//	p.Group()                                              // chainview.Group read from the contracts
//
// The adapters of the core's interfaces (keeper/agreement deps.go):
//
//   - View: agreement.ChainView over the upkeeping client, a cache brought to every
//     new head by View.Advance from the contract's logs (keeper/chainwatch): a
//     payment's events move lastPaid without a read, balance-only events are
//     ignored, any other event (or te entering another epoch) re-reads the
//     contract; the core reads it from memory.
//   - Observer: agreement.Observer over keeper/records (space-time from the records
//     held; record sets for the full sync encoded, checked and merged with
//     keeper/records' record-set code, records.VerifyRecordWithoutProofs for the
//     records this keeper lacks). Round 4's pieces are bounded by the core's chunk
//     size, not truncated; records naming orders the keeper lacks are fetched
//     through an OrderFetcher (keeper/challenger's order reconciliation, set by
//     keeper/node with SetOrderFetcher) or left out with a log line, never the
//     whole set refused (observer.go has the decisions). The driver runs it for
//     the core's jobs, off the loop.
//   - VoteStore: agreement.VoteStore in badger, synchronous writes; written by the
//     driver for the core's locks, off the loop; its locks from RestoreFrom on are
//     given to the core at start.
//   - Keyring and Verifier: keeper/agreement/blscrypto over the node's internal/bls key.
//   - Transport: per-peer bounded outbound queues (drop oldest), non-blocking inbox.
//
// Driver loop, per contract (driver.go): take the node's chain watcher's updates
// (keeper/chainwatch: one head poll, one reorg check and one log query per node for
// every contract; Config.Watch, or one the payer makes and runs) to advance the
// view and SetHeight (reorg handling in reorg.go), Tick every Options.Tick, Step
// every inbound message with the sender's registration index (from its
// Noise-authenticated account), Advance every completed lock write or job, and after
// each event drain Ready: each lock is written and each job run in a goroutine of
// its own (at most maxJobs jobs at once), whose result comes back on a channel to
// the loop; messages go to the queues (the core emits nothing that depends on a lock
// or a job before their Advance); each Submit (submit.go) and Evidence (slash.go)
// goes in a goroutine. The loop never waits on the disk, the chain or a peer: a slow
// record check (its block hashes come from the chain) or a slow fsync delays only
// what depends on it. Status and metrics: status.go.
//
// Decisions taken where SPEC is silent:
//
//   - Parts (SPEC 8.1 "Large groups", issue 15; parts.go). The report of a period
//     is split into parts of Options.PartSize providers by index (default
//     internal/parts.Size = 1,181, derived there from geth's 128 KiB transaction
//     limit and the 2^24 gas cap); the driver runs one agreement core per part
//     (cores), each its own instance (te, part, leader, attempt) with its own
//     messages (routed by the header's part), locks (the vote store keys them by
//     part) and pay transaction. Parts are paid in any order and independently.
//     A period serves at most Options.PartsPerPeriod parts (default
//     parts.Capacity(H) = H/2); beyond that the parts rotate (parts.Served), so
//     a part not reached is served first in the next periods and none starves.
//   - Which period. The core itself picks the latest payable period end te (within
//     one window of skew) and builds one entry per provider with lastPaid < te and
//     ts = lastPaid. A keeper that fell behind by several periods therefore catches
//     up with one report covering [lastPaid, te) per provider rather than one
//     report per period: the contract accepts any ts = lastPaid < te, the amount is
//     the same integral, and one payment costs less gas than several.
//   - Submission. pay() goes through internal/txmgr with the Done check "every
//     entry's lastPaid ≥ te" read from the chain, so a report paid by anyone (or by
//     an earlier version of our transaction) is success and no resubmission
//     follows. A revert is decoded (upkeeping.DecodeRevert); StaleInterval or
//     IntervalNotBeforeEnd with the Done check true is a lost race (outcome
//     already_paid); anything else is logged and counted as failed. The contract
//     rejects a second report for the same ts, so nothing is paid twice.
//   - Evidence is submitted as one slash() per (signer, te, part, leader, attempt), with
//     the Done check "the keeper is slashed".
//   - Inbound messages from accounts that are not active keepers of the contract
//     are dropped before the inbox (counted as not_member).
//   - A challenge answered late near te (its s = 0 record made after te + D, as
//     SPEC 3's deadline allows up to b + 2D) lands after the agreement: the paid st
//     is then what the keepers held at te + D, and a later recomputation from the
//     records differs. Observer keeps every distinct value it returned per (provider,
//     ts, te) (Observed) so that the paid median can be traced to observations.
//   - Latency is measured at the leader from the moment its core starts leading a
//     window (Observe sent) to the Submit (q commit signatures aggregated).
//   - Reorganisations (issue 8). The driver remembers the last head (number,
//     hash); a head that went back, or a block at the last head's height that
//     changed, is a reorg. Then it (1) finds the fork point by walking the old
//     branch by hash and discards the ok records whose challenge seed came from an
//     orphaned block (records.Store.DiscardOrphaned; only reorgs deeper than D can
//     touch seeds); (2) reloads the contract view at the new head, since lastPaid
//     can go back (View.Reload; the cache no longer assumes it only grows); (3)
//     re-checks the last few reports it submitted (retained): one whose entries
//     are all unpaid again (lastPaid = ts) is submitted again, unchanged — same
//     digest, same aggregate signature, nobody signs anything — once te + D ≤ head;
//     one paid again by the re-included transaction or by another report is
//     dropped. Other keepers need nothing special: with the reloaded view, the
//     next leader of te (or the next period's, which then covers [ts, te') in one
//     report) proposes the entries again, under a new (leader, attempt), so a
//     keeper never signs a second report for an instance it locked. The contract
//     accepts one report per ts, so the interval is paid exactly once on the
//     canonical chain whichever lands first.
//   - pay() is sent with txmgr.Call.Confirmations = D: the submission succeeds
//     only once its receipt is D blocks deep and canonical; a receipt orphaned
//     before that makes txmgr re-broadcast the mined version (same transaction).
//   - Metrics (internal/obs): agreement_rounds_total{round} counts the leader's
//     phases entered (observe, propose, sync); agreement_latency_seconds;
//     reports_submitted_total{outcome: paid, already_paid, failed, aborted};
//     gas_spent_total{op: pay, slash}; payments_total and paid_wei_total from the
//     EntryPaid events of our receipts; messages_rejected_total{reason}.
//   - Observations settle: the first leader of te observes up to D blocks into its
//     window (agreement.Config.SettleBlocks = D, bounded by the core to
//     min(W − 1, (Period − W)/2)), when the records for [te − 2D, te) have been made
//     and synced (SPEC 3), so the keepers' observations agree at round 1. (An
//     unbounded delay once made short periods unpayable: the node moved on to the
//     next period end before the delay ended.)
//   - Round 4 is cheap: CheckRecords verifies only the records of a peer's set that
//     this keeper does not hold byte for byte (every record held was verified
//     when stored, proofs included), MergeRecords writes only new ones, and the
//     check honours the driver's context (Observer.Bind) so Close never waits
//     for a large set to be checked.
package payer
