// Package keeper is the keeper node: the challenger that audits providers, record
// sync within the keeper group, the leader schedule (SPEC 6), the agreement protocol
// (SPEC 7) as a pure state machine driven by the node, and the report submitter.
// One chain watcher per node (keeper/chainwatch) reads heads, reorganisations and
// every served contract's logs once for all of them.
package keeper
