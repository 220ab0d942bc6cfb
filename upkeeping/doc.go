// Package upkeeping is the Go client of the upkeeping contract (SPEC 8): deploy,
// register keepers and providers, fund, pay, query, withdraw, slash, and watch
// events. It wraps the abigen bindings in contracts/bindings and runs on any Backend
// (go-ethereum's *ethclient.Client over JSON-RPC, or the simulated backend's client).
//
// The contract is contracts/src/Upkeeping.sol; its doc comment records the on-chain
// decisions. Those that shape this client:
//
//   - Report and signature. Pay takes a report.Report, the signer bitmap (bit i =
//     keeper index i) and the aggregate herumi signature, and sends Encode() and the
//     256-byte EIP-2537 form of the signature. The contract hashes the bytes it
//     receives, so the digest it checks is report.Digest(), the one keepers sign.
//   - Keeper registration. A proof of possession signs
//     keccak256("whitepay/pop/v2" ‖ chainId ‖ contract ‖ keeper ‖ pubkey128) — bls.PopMessage
//     for the contract's domain. Keepers given to Deploy must sign the address the
//     contract will have: PredictAddress computes it from the deployer's pending
//     nonce (CREATE). If the deployer sends anything else first, the address moves
//     and the deployment reverts with InvalidProofOfPossession; nothing is lost. The
//     owner can also register keepers after deployment (AddKeeper, AddKeepers) with
//     PoPs for the deployed address. Registration verifies a pairing per keeper and
//     rewrites the key store, about 300,000 gas per keeper on mainnet rules: since
//     Osaka a transaction is capped at 2^24 gas (EIP-7825), so deploy with at most
//     about 16 keepers in the constructor and add the rest in batches of 16.
//   - Indices are stable: a removed or slashed keeper's index is retired; N and
//     q = ⌊2N/3⌋+1 count the active keepers (Counts, Quorum, ActiveBitmap).
//   - Prices are token units per byte·block, at most 2^64-1. A price change applies
//     to every payment made after it (including the interval already running).
//   - Split per report: floor(amount × providerShareBps / 10000) to each entry's
//     provider (DefaultProviderShareBps = 9000), floor(total × leaderBonusBps / 10000)
//     to the leader (default 0), the rest equally to the active keepers not in
//     failedBitmap, and the division's remainder to the first entry's provider.
//   - Leader order (SPEC 6): keepers sorted ascending by keccak256(uint64 te ‖
//     address), te as 8 big-endian bytes. LeaderKey and LeaderOrder compute it off
//     chain; Contract.LeaderOrder reads the contract's own computation.
//   - Funding: ether (Fund sends the value) or the ERC-20 chosen at deployment. When
//     the allowance is short, Fund sends approve and then fund with the next nonce
//     and a fixed gas limit (FundGasLimit), since fund cannot be estimated before the
//     approval is mined.
//   - Errors. Every revert is returned as a *RevertError naming the contract's custom
//     error and its arguments, and unwrapping to a sentinel (ErrInsufficientFunds,
//     ErrStaleInterval, …), whether it surfaced at gas estimation or, for a mined
//     failed transaction, from Wait replaying the call at its block.
//
// Gas (RunGasBench, `whitepay bench gas`) depends on the fork rules of the chain.
// go-ethereum v1.17's dev chain — the simulated backend's default and geth --dev —
// enables the unreleased Bogota/Amsterdam rules (EIP-8037 state gas, EIP-8038
// storage repricing), under which each of pay's two unavoidable storage writes (the
// provider's slot and the contract's accounting slot) costs 10,000 gas more than on
// mainnet; the gas targets are met on mainnet's rules (Osaka, and Prague), see
// chain.Rules; the embedded chain (chain.NewSim) runs Osaka by default.
package upkeeping
