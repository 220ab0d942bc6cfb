// Package agreement is the keepers' payment agreement of SPEC 7 (seed 001, rounds 1–4)
// as a deterministic state machine without I/O, in the style of etcd-io/raft: the
// node feeds it block heights (SetHeight), timer ticks (Tick), received messages
// (Step) and the completion of the I/O it asked for (Advance), and collects a Ready
// of locks to write, record jobs to run, messages to send, reports to submit and
// evidence to publish. No call waits on a disk, a peer or the chain; the package
// imports no database, network, chain or cryptographic library (TestCoreImportsNoIO).
// Everything external is a small interface with its contract written down
// (deps.go): ChainView (an in-memory snapshot), Keyring and Verifier (BLS:
// keeper/agreement/blscrypto), and, on the driver's side, VoteStore and Observer. The
// wire format is package wire; the leader schedule is package keeper/schedule.
//
// # I/O as output and input (ready.go)
//
// A keeper's durable state is its locks (SPEC 7: "the vote is written to disk
// before it is sent"); its data is its challenge records (SPEC 3, 4). The core asks
// for both and learns their completion as messages:
//
//   - Ready.Locks: a lock to write (WriteLock: VoteStore.Put, synchronous on disk).
//     The core holds the lock in memory at once — the instance can never lock another
//     report — but emits nothing that depends on it (a keeper's Echo, hence its Vote;
//     a leader's Propose, which carries its signature) until Advance reports the
//     write. A failed write is asked again a round later; a write the store refuses
//     as conflicting abandons the instance. At start the driver gives the core the
//     locks it holds (Config.Locks, VoteStore.Locks(RestoreFrom(...))).
//   - Ready.Jobs: record work (RunJob against the Observer): the space-time of the
//     entries of an Observe or a proposal (JobSpaceTime), this keeper's record sets
//     as pieces of at most Config.ChunkBytes (JobExport), the check of one chunk
//     of a peer's records (JobCheck, which may read the chain's block hashes and
//     fetch orders the keeper lacks) and its merge (JobMerge). An Observation
//     leaves when its space-time job answers; a proposal that passed every other
//     check waits (parked, at most maxParked per instance) for the keeper's own
//     values to check τ and lock; a RecordSet chunk is merged once its check job
//     passes, and a peer's set counts once all its chunks are merged. A job is
//     answered by one Done; memory stays bounded because a check or merge job
//     carries one chunk (issue 15).
//
// Nothing in a Ready depends on anything else in it, so a driver starts it all at
// once (keeper/payer: goroutines feeding results back to its loop; the simulation:
// delayed events; the tests: by hand).
//
// # The protocol, per instance (te, leader, attempt)
//
//  1. Observe (round 1). When its window opens (SPEC 6) the leader sends Observe with
//     every provider due (lastPaid < te, ts = lastPaid). A keeper checks the leader
//     against the schedule at its own height (one window of skew either way) and
//     each ts against its chain view, computes st_i per entry, and answers with one
//     BLS signature over all entries (wire.ObservationDigest, tag obs/v1, binding
//     rid, te and every (provider, ts, st)).
//  2. Propose (round 2). With q = ⌊2N/3⌋+1 verified observations (its own included)
//     the leader proposes per entry their median and sends Propose{report, the q
//     signed observations, its signature on the report digest}. The median of an
//     even count is the lower median (an actual observation; with at most f faulty
//     among q ≥ 2f+1 values, f+1 lie at or below it and f+1 at or above, so it is
//     between two honest values). A keeper checks the report (failed bitmap from
//     the schedule, entries against the chain, exactly q observations by distinct
//     members), that each value is the median of the attached observations, that
//     the observations' signatures verify (always: issue 12.6), and that each
//     value is within τ of its own st_i, where "a within τ of b" means
//     |a − b|·Den ≤ Num·max(a, b) (τ = 1/100 by default). A leader whose own values
//     are outside τ of the median waits for the rest of the observations (until
//     the round's deadline) before round 3, which reconciles from all it holds.
//  3. Echo, then vote. A keeper that accepts writes a Lock (the digest and the
//     report) to its VoteStore — synchronously, before anything depending on it is
//     sent — and broadcasts Echo{digest}. It signs the digest and sends its Vote to
//     the leader only once q keepers (itself and the leader included) echoed the
//     same digest. An honest keeper locks at most one digest per instance, so two
//     digests cannot both gather q echoes: no two honest keepers ever sign
//     different reports of one instance, even under an equivocating leader; and a
//     keeper never signs a digest other than its stored lock, across restarts.
//     The leader's own signature in its Propose is its vote (it too locks first,
//     and only signs a proposal within τ of its own observation).
//  4. Commit. With q votes the leader verifies them as one aggregate
//     (FastAggregateVerify), falling back to individual checks only when that fails
//     (dropping the bad ones), and emits Submit{report, signer bitmap, aggregate}.
//  5. Reconcile (round 3). If the proposal gathers no quorum — Nacks make q
//     unreachable, or Retransmits re-sends time out — the leader proposes again as
//     attempt+1, reusing the observations (all it holds, k ≥ q): per disputed entry
//     a value that at least f+1 observations agree with within τ (the midpoint of the
//     widest agreeing cluster), restricted to the trimmed range [s_f, s_(k−1−f)] of
//     the sorted observations so that Validity still holds. A new attempt, not a
//     second report under the same one: keepers that signed round 2 may sign round 3,
//     and "one report per (te, leader, attempt)" stays absolute. When round 3 would
//     propose the same values again (the trimmed range is one value) it is skipped.
//  6. Full sync (round 4). If that fails too, the leader broadcasts SyncRequest with
//     the disputed entries; every keeper broadcasts its records for them as signed
//     chunks (wire.RecordSet: the sync's entries, chunk i of n, per entry a piece —
//     opaque bytes the Observer exports, checks and merges — of at most
//     Config.ChunkBytes record bytes in all), so there is no size at which a keeper
//     stays silent. A receiver checks each chunk (a check job) and merges it (a
//     merge job) on its own, holding only the chunks in flight; a sender's set
//     counts once all its chunks are merged, and the sync is done once q sets
//     (its own included) are (decision: merging a checked chunk before q sets are
//     in is safe — every record was verified and merging is idempotent — and it is
//     what bounds memory; SPEC 7's "once a keeper holds q record sets it merges
//     them" is read as "goes on once q sets are merged"). Chunks of sets completed
//     later are merged too (q is the minimum to proceed, not a cap). The leader
//     then restarts at round 1 with attempt+1; keepers defer their observation
//     until the sync is done (or a round passed). Only a sync the leader started
//     (its SyncRequest, or a chunk of its own set) holds observations back:
//     record chunks that arrive without the leader's word — from a faulty keeper,
//     for (L, a−1) — are kept (a few per sender) but never delay L's attempt a
//     (issue 16 item 3). A keeper that missed the SyncRequest joins from any
//     chunk of the leader's, which names the same entries; chunks are
//     re-broadcast a few times since nobody goes on without q sets.
//  7. Moving on (decision where SPEC 7 is silent: it says what happens once q
//     sets are held, not when they never are). The leader's sync timeout re-sends
//     the request and its chunks at most Config.Retransmits times; then it gives
//     the sync up and starts round 1 with attempt+1 without the still-disputed
//     providers, so the others are paid in its window (abandonSync). The dropped
//     providers keep their lastPaid and are paid by a later report (the next
//     leader's window or the next period, whose interval covers theirs); when
//     every entry was disputed, the next attempt observes them all again with
//     what was merged. Before, every leader in turn stalled until its window
//     ended (issue 15).
//
// The first leader (window 0) may wait Config.SettleBlocks (bounded) into its window before
// round 1, so that the records just below te have reached every keeper.
// A new leader takes over when its window opens; keepers abandon a leader's
// instances once their own window is more than one past it. Attempts carry the
// pass in their high 16 bits (attempt = pass<<16 | n), so a leader that comes round
// again after a full pass, or restarts in its window (it resumes after the last
// attempt it locked), never reuses an instance.
//
// # Authentication and the cost of signatures (decisions where SPEC is silent)
//
// The transport authenticates the sending keeper (internal/p2p: Noise over the
// keeper's account key) and every header names its sender, which must match. On top
// of that, what anyone must be able to check later carries BLS signatures:
// observations, votes, the leader's signature on its proposal, Nack, SyncRequest,
// RecordSet and ProposeRequest (TagMessage). Observe and Echo are authenticated by
// the transport only: answering an Observe commits a keeper to nothing (its
// observation is deterministic and goes to the scheduled leader only), and an Echo
// is never evidence.
//
// The SPEC 7 budget is one signature per keeper per signing round plus one aggregate
// verification per round at the leader; checking the observations a proposal
// carries adds one aggregate verification per keeper (issue 12.6). Hence:
//
//   - The attached observations are checked as the leader checks them: one group
//     per distinct value vector, each verified as an aggregate (FastAggregateVerify
//     of the group's keys, all with proofs of possession), all groups in one batch
//     (Verifier.VerifyGroups). A valid group proves that every keeper in it
//     observed those values (forging an aggregate that includes an honest key is
//     forging that key's signature). Decision: this — not each signature alone —
//     is what "the observations verify" means, for keepers and the SCP ledger's
//     detector alike: the signatures of one group may be rewritten (σ₁+T, σ₂−T)
//     by whoever holds them without changing what they prove, and checking each
//     one alone would cost a keeper q pairings instead of one, far beyond the
//     3× budget of the benchmark (issue 16). Signatures are summed as the IETF
//     draft's Aggregate does (the sum, not each input, is subgroup-checked).
//   - A keeper hashes each digest to G2 once (blscrypto keeps the last ones): its
//     own observation's digest, which it signs, is the digest of the vector it
//     then verifies in most proposals (and the leader's report digest, which it
//     signs, is the one its votes are checked on).
//   - The leader's signature on a proposal received from the leader itself is not
//     checked on receipt (the transport authenticates it); it is checked when it
//     matters: in the leader's aggregate of the votes, which includes it, by the
//     contract, and before a proposal is used as evidence. A relayed proposal
//     (ProposeForward) is checked on receipt. A leader that sends a badly signed
//     proposal gains nothing a silent leader does not: keepers that lock it merely
//     cannot lock another for that instance, and it never yields a report or
//     evidence.
//   - The leader verifies the q observations it uses grouped by value vector (one
//     aggregate per group, one batch), and the votes as one aggregate.
//
// # Accountability
//
// A keeper that sees an Echo of a digest other than the one it locked asks the echoer
// for that proposal (ProposeRequest) and gets it relayed (ProposeForward). Two
// proposals of one instance with different digests, both with valid signatures of
// the leader, are emitted as wire.Evidence: the two SPEC 8 report encodings and the
// two signatures — the arguments of the contract's slash().
// A proposal a keeper refuses (values out of tolerance, not the median, bad
// observation signatures) is kept as well (at most eight per instance; only the
// leader can send them): whichever of two conflicting proposals arrives first,
// the pair is evidence, and the keeper may still lock the valid one.
//
// # Parts
//
// A period's entries may be split into parts (SPEC 8.1 "Large groups",
// internal/parts). A Node agrees on one part (Config.Part, Config.PartSize): its
// entries are the due providers with index in [Part·PartSize, (Part+1)·PartSize);
// its instances are (te, part, leader, attempt) — the part is in every message's
// header (a message of another part is ErrUnknownInstance), in the instance id
// and the observation digest (report.PartInstanceID), in its locks and in its
// report — so the parts never mix and never share a lock. A keeper runs one Node
// per part (keeper/payer); the parts are independent and paid in any order.
// Config.Served tells a leader whether the period serves its part at all (the
// fair rotation of parts.Served when a period cannot pay every part).
//
// # Rejections
//
// Step returns a wrapped sentinel (ErrMalformed, ErrOversized, ErrForeignDomain,
// ErrNotMember, ErrSender, ErrWrongPeriod, ErrNotLeader, ErrStale, ErrBadSignature,
// ErrBadEntry, ErrBadReport, ErrBadValue, ErrTolerance, ErrConflict, …) for every
// message it does not accept, and Rejections counts them. Retransmitted duplicates
// are accepted silently.
package agreement
