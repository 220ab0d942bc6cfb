// Package internal documents the rule of the packages below it: internal/ holds the
// ground of the house only — shared plumbing that knows nothing of keepers,
// providers, the ledger or the devnet (BLS, the p2p host and framing, codecs,
// badger helpers, chain access, configuration, keys, metrics, the transaction
// manager). A package here imports only the standard library, third-party modules
// and other internal/ packages; the node packages (keeper/, provider/, settle/,
// upkeeping/, challenge/, devnet/, cmd/) build on it, never the other way round.
// TestGroundOnly checks the rule with `go list -deps`, tests included.
package internal
