// Package arweave is a small client of the Arweave HTTP API (there is no Go Arweave
// SDK on the module proxy): what the SCP ledger's Arweave layer (package da, SPEC 9;
// seeds 000 and 002 put the ledger on Arweave) needs and nothing more.
//
//   - Wallet: an RSA-4096 key in the JWK form Arweave's tools use; the owner of a
//     transaction is the modulus, the address base64url(SHA-256(owner)).
//   - Tx: format-2 transactions. The signature is RSA-PSS (SHA-256) over the deep hash
//     (DeepHash, SHA-384) of [format, owner, target, quantity, reward, last_tx, tags,
//     data_size, data_root]; the id is SHA-256 of the signature. data_root is the root
//     of Arweave's chunk merkle tree (Chunks: 256 KiB chunks, the last two balanced so
//     that none is below 32 KiB; leaf = H(H(dataHash) ‖ H(note(end))), branch =
//     H(H(left) ‖ H(right) ‖ H(note(split))), notes 32-byte big-endian).
//   - Client: GET /tx_anchor, /price/{size}, /tx/{id}, /{id} (data), POST /tx and
//     /chunk (data above MaxInline goes as chunks with their proofs), GraphQL
//     transactions-by-tag, and arlocal's GET /mine.
//
// Decisions taken where the Arweave docs leave a choice:
//
//   - Signatures use the largest PSS salt, as arweave-js does; verification accepts
//     any salt length.
//   - Data up to one chunk (256 KiB) travels inline in POST /tx, larger data as
//     chunks; either way the reader fetches GET /{id} and checks it against the
//     signed data_root (Tx.VerifyData), so a gateway cannot alter a body unnoticed.
//   - Every transaction the client signs is checked in the tests by the official JS
//     client (arweave.transactions.verify, its merkle code and validatePath), see
//     package arlocal: the Go code follows the HTTP API documentation and is proved
//     against the reference implementation, not against itself.
package arweave
