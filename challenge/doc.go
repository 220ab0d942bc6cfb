// Package challenge holds the pure core of WhitePay's proofs of storage (SPEC 3 and
// 4): piece commitments, leaf proofs, orders, challenge derivation, responses,
// challenge records and the space-time integral. No network, no chain, no clock.
package challenge
