// Package dashboard computes the numbers of the dashboard pages (issue 17): one
// function per page — Provider, Keeper, User (and Explain for one period) — from a
// Snapshot of one upkeeping contract's on-chain history that a History keeps by
// scanning the contract's events incrementally (EntryPaid, ReportPaid, Withdrawn,
// Funded) and reading the pay transactions (sender, failed and signer bitmaps, gas).
// Package dashboard/web serves the pages and this data as JSON on a node's status
// address; `whitepay user dashboard` serves the user page without keys.
//
// Exactness: every amount is a big integer, exported as a decimal string of wei (or
// token base units). A provider's net per entry is what the contract credited:
// floor(amount × providerShareBps / 10000), plus the report's remainder for the
// report's first entry (Upkeeping.sol _creditKeepers); a keeper's is its equal share
// of each report it was not failed in plus the leader's bonus where it led. Each
// page checks its sums against the contract's own balance views (credited −
// withdrawn = balance; earned − withdrawn = withdrawable) and shows whether they
// match (Consistent).
//
// Decisions taken where SPEC is silent:
//   - The per-period figures, the history and explain are package statement's, the
//     one code path of the CLI's statements (`provider payments`, `keeper rewards`,
//     `explain`) and of these pages; this package adds what only a page shows
//     (next payment, local state, links).
//   - Vesting, bond, runway, scheduled changes and prices per TiB-month (SPEC 8.1,
//     issue 12) are package statement's too (Keeper: locked/unlocked per period and
//     the unlock block; TermsOf, RunwayOf, PendingOf): `user status` calls the same
//     functions on the same contract views, so the pages and the CLI agree.
//   - A keeper's share is counted for every report it is not failed in; a keeper
//     removed from the group stops earning at its removal (the contract settles it),
//     which this history does not model yet (Consistent then reports the mismatch).
//   - Agreement latency per period is measured on chain: blocks from te to the block
//     its report was paid in; rounds are the attempts the report took (attempt + 1).
//   - Withdrawals are attributed to the period whose interval holds their block.
//   - Runway is the contract's runway() (surplus over the last paid period's
//     amount, whole periods), with its time at the contract's block time; the user
//     page warns below the threshold `user status` uses (--runway-warn, default 3).
//   - A History keeps every event it scanned in memory and reads every provider's
//     and keeper's view at each sync (at most once a second): right for the
//     devnet-to-hundreds-of-providers range the pages are drawn for; a node with
//     thousands of providers per contract wants the statements' store instead.
package dashboard
