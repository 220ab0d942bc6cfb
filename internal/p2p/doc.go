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
//   - Resource limits (limits.go; issue 8). Every inbound stream served by Handle
//     or HandleStream passes, before any of its payload is read: a cap on one
//     peer's concurrent inbound streams (DefaultMaxStreamsPerPeer = 32) and on all
//     of them (DefaultMaxStreams = 1024); a token bucket per (peer, protocol)
//     (DefaultRate = 100 streams/s, DefaultBurst = 200; Limits.Protocols
//     overrides per protocol); then the admission checks, Config.Admit for every
//     protocol and Host.Restrict per protocol, which the node supplies to keep
//     group protocols (agreement, record sync) to group members. Limits are per
//     stream, not per byte: each stream carries one bounded frame, so the caps
//     also bound memory (at most MaxStreams frames in flight) and goroutines.
//     A stream over the caps or the rate gets a "busy" response (status 0x02,
//     *BusyError wrapping ErrBusy at the requester: transient, and not a
//     *RemoteError, so existing callers retry it like a network failure); one
//     refused by admission gets an error response naming ErrNotAdmitted
//     (permanent). Refusals cost a short frame and no allocation that depends on
//     the peer's claims. The limiter forgets idle peers whose buckets have
//     refilled and tracks at most DefaultMaxTrackedPeers, so its own memory is
//     bounded. Config.NoResourceManager (benchmarks) also turns the caps and
//     rate limits off; admission checks stay. MembersOnly builds the usual
//     admission check from the node's membership test; Config.ConnectionGater
//     passes a libp2p connection gater through, for refusals of whole
//     connections (blocklists). Host.Cut / Heal (gate.go) cut the host off from
//     given accounts in both directions — the transport partition of fault
//     injection (issue 8) — behind which the configured gater still applies.
//     "(permanent)" above means permanent for that stream: a sender that knows
//     the refusal can pass later (a keeper still loading its groups) retries.
//   - Frame bodies up to 64 KiB are allocated when their header is read; larger
//     ones grow as their bytes arrive, so a peer that declares a large frame (up
//     to the reader's limit) and sends little gets little allocated.
package p2p
