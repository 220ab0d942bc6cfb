// Package records is the keeper's durable state of the challenge side (SPEC 3, 4):
// the user-signed orders it learned, the challenge records it made or received,
// the outbox of records not yet delivered to the rest of its group, the full check
// of a received record, and the space-time observation computed from the records
// held.
//
// Decisions taken where SPEC is silent:
//
//   - Key layout (package store, per contract):
//     orders  KindOrder  ‖ provider ‖ order id            → signed order
//     records KindRecord ‖ provider ‖ uint64 height ‖ keeper → Entry
//     outbox  KindOutbox ‖ provider ‖ uint64 height ‖ keeper → pending peers + message
//     so that a provider's records iterate in height order and an observation over
//     [ts, te) reads only heights in [ts − G, te).
//   - A record is stored with the sorted ids of the active orders its challenge was
//     derived from (Entry.OrderIDs): orders may reach keepers late, so the set
//     cannot be recomputed later from the orders held, and the ids let any holder of
//     the orders re-derive the challenge exactly. The response itself (up to about
//     70 KB with m = c = 4) is not kept once verified: a record is checkable without
//     it (challenge.ChalRecord.VerifyChallenge), and it is kept only in the outbox
//     until every group member has received it.
//   - One record per (keeper, provider, height). A second, different record for the
//     same triple is an equivocation by its keeper: the store keeps the Preferred of
//     the two (the smaller record hash) and refuses the other (ErrConflict); the
//     same record again is accepted as a no-op. Keeping the first one to arrive
//     instead let a keeper that sends one version to half of its group and the
//     other to the rest keep the honest keepers' observations apart for good: the
//     agreement's full sync (SPEC 7 round 4) could never make them agree (found by
//     the agreement simulation, keeper/agreement/agreementsim, behaviour
//     "two-faced").
//   - A receiver accepts a record derived from a subset of the orders it holds (the
//     sender may not have learned every order yet) but not one naming an order it
//     does not hold (ErrUnknownOrder: it cannot check it), nor one whose ids are not
//     exactly the active set of those orders at the record's height.
//   - Round 4's record sets (set.go) are cut into pieces of a bounded size
//     (EncodeSets), each a record set of its own, so that a set of any size is
//     sent, checked and merged piece by piece (issue 15). When a set must be
//     bounded at all (a memory guard), the oldest records go (Tail): the records
//     nearest te are what keepers disagree about.
//   - A record, the sender's store write and its outbox entries are one badger
//     transaction, synced: an acknowledged record is never lost and is eventually
//     offered to every group member.
//   - Reorganisations (issue 8; reorg.go has the full rule): seeds use blockhash(b)
//     only once b is D deep, so reorgs up to D deep never touch records. After a
//     deeper one, a record whose challenge came from a no longer canonical hash is
//     refused by receivers (they verify against their own canonical hash) and
//     discarded by its holders (Store.DiscardOrphaned, which the payer runs when it
//     sees such a reorg), so the space-time ignores it; the keeper's next challenge
//     re-covers the provider. s = 0 records sign no seed and are kept.
package records
