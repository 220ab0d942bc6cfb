// Package provider is the provider node (SPEC 1, 3): the piece store, upload intake
// under user-signed orders, the challenge responder, and the payment watcher
// (payments.go), which follows the contract's payment events to this provider and
// keeps its totals in the node's status and metrics.
//
// Decisions taken where SPEC is silent:
//
//   - Pieces are stored once per (root, size) whatever the number of orders or
//     contracts naming them: <data>/pieces/<root>-<size>.data holds the bytes and
//     .levels the Merkle levels (challenge.WriteLevels, about size/64 bytes), so a
//     proof reads one hash per tree level and the challenged 4 KiB leaf only.
//     Orders live in the node's badger database under their contract
//     (store.ContractKey(contract, KindOrder, orderID)).
//   - Upload (/whitepay/upload/1): the user sends the signed order first; the
//     provider accepts it only for a contract it serves, naming itself, signed by
//     the contract's owner (the user, SPEC 3), with a size within its limit, and
//     while fewer than MaxUploads uploads run (else ErrBusy). It then says whether
//     it needs the bytes (a second order for a stored piece needs none). The bytes
//     are streamed raw, committed while they are written (challenge.WriteLevels over
//     a tee into the data file), and kept only if they commit to the ordered root
//     and size; the files are fsynced, renamed into place and the directory
//     fsynced, then the order is written (synchronously), and only then is the
//     order id sent back as the acknowledgement. A stalled upload (no byte for
//     UploadIdle) is dropped; partial files are removed, including at start-up.
//   - Challenge (/whitepay/challenge/1): the keeper sends its derived selection
//     (order ids and leaf indices) with the height, block hash and orders root; the
//     provider recomputes the seed with the keeper's authenticated address, answers
//     every challenged piece it can prove and sends a piece it cannot prove (order
//     unknown, piece lost) with no leaves, so that it fails alone, and signs the
//     response (challenge.Response.Sign). It does not read the chain: a wrong block
//     hash only yields a response the keeper rejects. If the contract's keepers are
//     configured, challenges from anyone else are refused.
//   - Retrieval (/whitepay/retrieve/1, retrieve.go) shares the MaxUploads slots
//     but waits up to 2 s for one before refusing with ErrBusy: a client reading
//     pieces one after another asks again before the last handler released its slot.
//   - Chain reads (follow.go, issue 14): the node reads the chain through one
//     keeper/chainwatch.Watcher for all its contracts (Follower): one head poll
//     (about twice per block) and, per new head, one eth_getLogs over every served
//     contract. The payment watchers take their payments from those logs, and the
//     group cache (ChainGroup) keeps each contract's owner and active keepers until
//     the contract's logs show a change; a contract's state is read only after its
//     own logs call for it, so the node's chain traffic per block does not grow
//     with the number of contracts (TestFollowerTrafficFlat).
package provider
