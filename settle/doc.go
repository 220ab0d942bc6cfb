// Package settle holds the SCP ledger (SPEC 9): records, hash-chained batches and
// their state root, the data-availability backends, and the detector that replays them.
package settle
