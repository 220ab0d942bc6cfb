// Package p2p is the networking plumbing of a WhitePay node (SPEC 1, 3): one libp2p
// host per node serving every contract, framed request/response protocols with size
// limits and deadlines, and peer identities bound to Ethereum accounts.
//
// Decisions taken where SPEC is silent:
//
//   - Identity. A node's libp2p key IS its secp256k1 account key (the key of its
//     go-ethereum keystore). A peer ID is then the identity multihash of the
//     compressed public key, so AddressOf(peerID) recovers the Ethereum address of
//     the peer, and a Noise-authenticated connection authenticates the account that
//     the contract knows. Peers whose key is not secp256k1 are refused by AddressOf
//     and therefore by every handler (ErrNotAccount).
//   - Transports. TCP and QUIC (v1), Noise only (no TLS), yamux. Relay, NAT port
//     mapping, hole punching and libp2p's own metrics are off: nodes are reached at
//     the multiaddrs in their configuration (or, later, published on chain).
//   - Framing. A frame is a 4-byte big-endian length followed by that many bytes.
//     Every reader states its own limit; a frame above it fails with ErrTooLarge
//     before any of its body is read or allocated. One request frame and one
//     response frame per stream; streams carry a deadline (the caller's context
//     deadline, or DefaultTimeout).
//   - Responses carry a status byte: 0x00 then the body, or 0x01 then a UTF-8
//     error message of at most MaxErrorLen bytes. A handler's error therefore
//     reaches the requester as a *RemoteError with the handler's message, so a
//     rejected record or upload is reported with its reason on both sides.
//   - A requester writes its request while it already waits for the answer, so a
//     handler that refuses a request from its header (too large) is heard rather
//     than stalling the requester's write.
//   - Protocol IDs are per message kind and versioned (/whitepay/<kind>/1).
package p2p
