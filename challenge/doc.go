// Package challenge holds the pure core of WhitePay's proofs of storage (SPEC 3 and
// 4): piece commitments, leaf proofs, orders, challenge derivation, responses,
// challenge records and the space-time integral. It does no I/O of its own beyond
// the io.Reader / io.ReaderAt / io.WriterAt it is handed: no network, no chain, no
// clock. Keepers, providers and the detector all use it, so that every party
// computes the same values.
//
// # Piece commitment (SPEC 3)
//
// A piece is cut into LeafSize (4 KiB) leaves, the last one zero-padded; leaf hash
// SHA256(0x00 ‖ leaf), node hash SHA256(0x01 ‖ left ‖ right), and the tree of n
// leaves splits at the largest power of two below n (RFC 6962 §2.1, no duplication).
// A piece is (root, size); an empty piece has no commitment (ErrEmptyPiece).
// Commit and Committer stream with O(log n) state (one pending node per level) and
// a 1 MiB read buffer, so memory does not grow with the piece (a 1 GiB piece is
// committed with under 4 MiB allocated, tested). CommitParallel spreads the leaf
// hashing over goroutines with at most 2 chunks per worker in flight.
//
// The same tree is kept for providers level-wise (Levels): level 0 holds the leaf
// hashes, level k+1 the node hashes of the pairs of level k, an odd last node being
// promoted unchanged; this equals the RFC 6962 recursion for every n (tested). The
// levels encoding is "WPLV" ‖ version 1 ‖ uint64 size ‖ level 0 ‖ … ‖ root (about
// size/64 bytes). BuildLevels keeps it in memory; WriteLevels streams it to an
// io.WriterAt with bounded buffers; OpenLevels serves proofs from an io.ReaderAt,
// reading one hash per level. A proof is produced from the levels and the one leaf
// read from the piece (ReadLeaf), never from the whole piece.
//
// Proofs have the RFC 9162 §2.1.3 inclusion-proof shape and are verified with its
// algorithm. Leaf data travels unpadded (LeafLen bytes: the last leaf is short) and
// must have exactly that length. Encodings are canonical and decoders strict: fixed
// field order, big-endian integers, explicit lengths with limits, no trailing bytes;
// a value that decodes re-encodes to the same bytes (checked by the fuzz targets).
// Limits: pieces up to MaxPieceSize (256 TiB) in orders, levels and proofs.
//
// # Orders
//
// Order digest (= order id) = keccak256("whitepay/order/v1" ‖ uint256 chainId ‖
// contract ‖ provider ‖ root ‖ uint64 size ‖ uint64 startBlock ‖ uint64 endBlock)
// (package domain). The user signs the EIP-191 personal-message hash of the digest
// (what a wallet's personal_sign over the 32 digest bytes produces), v in {0,1} or
// {27,28}; high-s signatures are rejected everywhere. Only orders signed by the
// contract's owner (the user) count; verifying that is the caller's step. An order
// is active at h iff startBlock ≤ h < endBlock; the challenge at block b uses the
// orders active at b. A provider's active set is sorted by order id and counts each
// piece (root, size) once, so a second order for the same piece adds no space.
// ordersRoot = keccak256("whitepay/orders/v1" ‖ uint64 count ‖ id_1 ‖ … ‖ id_count)
// over the sorted ids (the ids bind chain and contract; no signature is made over it).
//
// # Challenge derivation
//
// seed = keccak256(blockhash(b) ‖ K ‖ P ‖ ordersRoot). Random words come from
// keccak256(seed ‖ label ‖ … ‖ uint64 counter) blocks, four big-endian uint64 words
// each; uniform(n) rejects words below 2^64 mod n (unbiased). Pieces: partial
// Fisher–Yates over the k sorted active orders with label 0x00, min(m, k) pieces in
// draw order. Leaves: per piece, label 0x01 ‖ order id, c distinct leaves without
// replacement (a repeated draw is drawn again), sorted ascending; a piece with at
// most c leaves is challenged on all of them. Defaults m = c = 4; at most 16 each
// (bounding responses to about 1.3 MB). m and c are per-contract parameters all
// keepers share.
//
// # Responses and records
//
// A response lists, per challenged piece in challenge order, the order id and the
// challenged leaves (data and proof) in challenge order; a piece the provider lost
// is sent with no leaves. proofDigest = keccak256(response encoding without the
// signature). The provider signs (plain secp256k1 over the digest, not EIP-191: it
// is a node key) keccak256("whitepay/response/v1" ‖ chainId ‖ contract ‖ K ‖ P ‖
// uint64 b ‖ seed ‖ proofDigest), binding the challenge, so a record's providerSig
// is checkable from the record and the seed. A response for another seed, with other
// pieces or order, or not signed by P is invalid as a whole; otherwise each piece
// passes iff all its challenged leaves verify. s = totalActiveSize × passed /
// challenged, rounded down (never above the proven share); s = 0 for a missing, late
// or invalid response, and for a provider without active orders (no pieces).
//
// ChalRecord: result ok (timely, signed, any passed count), missing (no response; no
// providerSig, zero proofDigest), late (after block b + D or the wall-clock timeout)
// or invalid; only ok carries space. The keeper signs with its secp256k1 account key,
// not BLS: a detector must check millions of records and ecrecover is cheap and
// needs no key registry beyond addresses. Keeper digest = keccak256(
// "whitepay/record/v1" ‖ chainId ‖ contract ‖ K ‖ P ‖ uint64 b ‖ uint256 space ‖
// uint8 result ‖ proofDigest ‖ uint8 len(providerSig) ‖ providerSig). Space is a
// *big.Int below 2^256 (the contract's uint256). A verifier holding the orders checks
// with VerifyChallenge that the provider signed this seed and that space equals
// totalActiveSize × p / challenged for some p: a keeper cannot invent space, though
// it can under-report passes (the median of the agreement bounds that, SPEC 7).
//
// # Space-time (SPEC 4)
//
// Samples (height, keeper index, space) sorted by (height, keeper index); sample j
// counts on [t_j, min(t_{j+1}, t_j + G)), clipped to [ts, te); st = Σ s × overlap in
// exact big.Int arithmetic. Consequences of the definition, kept as written: at one
// height only the sample of the highest keeper index counts (the others have empty
// spans); a sample at or after te still ends the span before it; the sum is additive
// over adjacent intervals. Two samples with the same (height, keeper) and equal space
// count once; with different spaces SpaceTime, used on records, returns
// ErrConflictingSamples (an equivocating keeper; the result would otherwise depend on
// arrival order), while SpaceTimeStable, used on the lines of a samples file, sorts
// stably so the later line counts (SPEC 4's sort applied literally; the CLI warns).
// t + G saturates at 2^64 − 1. The samples file of `whitepay spacetime` is parsed by
// ParseSamples: decimal digits only (leading zeros allowed, no sign or base prefix),
// blanks around fields, blank and '#' lines, CRLF; anything else names its line.
package challenge
