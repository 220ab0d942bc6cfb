// Package devnet runs a whole WhitePay network on one machine (SPEC 10, `whitepay
// devnet`): a chain, a user who deploys and funds an upkeeping contract, keepers and
// providers over real libp2p on loopback, generated data uploaded under signed
// orders, and a monitor that follows the contract's payment events until the asked
// number of periods is paid, printing live progress, then a summary.
//
// The chain is the embedded one (internal/chain.Sim, go-ethereum's simulated
// backend with a block producer) unless Options.RPC names an external node (e.g.
// `geth --dev`), whose first account (eth_accounts[0], unlocked on a dev node) funds
// the generated accounts with eth_sendTransaction.
//
// Nodes run in this process (Options.Procs false: keeper/node and provider.Node over
// the same chain client) or as child processes of the same binary (`keeper run
// --config …`, `provider run --config …`; the embedded chain is then served over
// JSON-RPC on loopback). Either way every node has a data directory with its
// keystores and a config.json that `keeper run` / `provider run` accept, so a
// devnet's data directory can be inspected or rerun by hand.
//
// Decisions taken where SPEC is silent:
//
//   - Keys are generated fresh. Account keystores use go-ethereum's light scrypt
//     parameters (N = 2^12), and every node shares one random password written to
//     DATADIR/password: these keys guard throwaway devnet funds only. (BLS
//     keystores use the EIP-2335 default, PBKDF2 2^18, as package bls offers no
//     cheaper production option; it costs about 0.1–0.3 s per keeper.)
//   - Chain-time defaults are chosen so that three periods are paid in about a
//     minute: on the embedded chain 0.5 s blocks, H = 20, D = 2, W = 6, G = 40; on an
//     external chain (1 s blocks on geth --dev) H = 10, D = 2, W = 4, G = 20. The
//     contract's start block is a few blocks after deployment so that nodes are up
//     and data is uploaded before the first period begins. G ≥ H keeps a provider's
//     space continuous between challenges. W grows with the network (one block
//     per 50 keeper-provider pairs embedded, per 100 external: 7 keepers × 20
//     providers get W = 8, × 50 W = 13) so that a leader's window holds a full
//     sync (round 4) and a second round 1 on a loaded machine.
//   - Keepers challenge every 2 s (cron "@every 2s", jitter a quarter of that, 5 s
//     timeout), so every provider is sampled several times per period by every
//     keeper; in larger networks the interval grows to keep about 30 challenges a
//     second in all (K·P/30 s), and the start delay grows with the number of
//     providers (uploads take time).
//   - A period te is paid when every provider's lastPaid is ≥ te. It is unpaid when
//     the chain passes te + D + 2·N·W (two full passes of the leader windows, SPEC 6)
//     without that: the devnet stops and reports it (Run returns ErrUnpaid).
//   - failed_payments counts the (provider, period) entries that were due and not
//     paid when the devnet stopped.
//   - Agreement latency is read from the keepers' status when they expose it; the
//     devnet also measures the wall time from the block where the period becomes
//     payable (te + D) to the block holding the payment.
//   - The SCP ledger (Options.DA, issue 7; da.go): every keeper publishes to one
//     layer (default dir:DATADIR/ledger, or a BatchInbox on the devnet's chain for
//     "eth"); at the end the devnet runs the detector on it with its chain and
//     reports detector_divergences. The structure keeps room for fault injection
//     (Options.Faults, issue 8).
//   - Many users (issue 14): Options.Users users, each deploying its own contract
//     (its own key and owner, orders signed by it) with the same keeper group and
//     providers, every node serving all of them; the run follows the first and
//     waits for the others until the same deadline, reporting how far each was
//     paid, and fails unless every contract has every period paid. Users deploy
//     at different times: user u's periods start StartOffset(u) blocks after the
//     first's, spreading the payments over blocks and (SPEC 6 orders keepers by
//     te) their leaders over keepers. The default period grows with the users
//     (2·N blocks embedded past 10 users), so that the payments per block — each
//     costs its leader a send and a receipt, and its ledger batch a few reads —
//     stay those of 10 users and what remains of a keeper's calls per block is
//     what the number of contracts itself costs. With --procs the members' JSON-RPC calls are counted at the chain
//     endpoint by a reverse proxy, one URL path per node (rpccount.go), and
//     reported per block, per node, per method and per contract function called;
//     each keeper process's CPU seconds, RSS and libp2p bytes sent are reported
//     per contract-period (costs.go). Both are also given for the "steady" part of
//     the run, from the block at which every contract has its first period paid:
//     start-up (reading every contract, dialing, first records) is behind it.
//     Not done: providers drawn from a shared pool (every contract names every
//     provider of the devnet).
package devnet
