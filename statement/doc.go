// Package statement computes what an upkeeping contract paid each account, period
// by period, and explains each payment (SPEC 10 revision 2: `provider payments`,
// `keeper rewards`, `explain`; issue 17's dashboard pages show the same numbers).
// It is the one code path for these figures: the CLI and the dashboard both call
// it.
//
//	h, _ := statement.NewHistory(chain, contract, deployBlock) // the contract's events, incrementally
//	s, _ := h.Sync(ctx)                                        // a Snapshot
//	l := statement.NewLedger(store, contract, check)           // the contract's SCP ledger, canonical batches
//	p := statement.Provider(s, account, l)                     // periods: te, st, price, gross, net, tx, batch
//	k := statement.Keeper(s, account, l)                       // periods: te, st, gross, earned, tx, batch
//	e, ok := statement.Explain(s, provider, te, l)             // one payment's samples, integral, observations
//
// Exactness: every amount is a big integer (token base units: wei for ether).
// What the contract credited is computed by ProviderCredit and KeeperCredit, which
// mirror Upkeeping.sol's pay (_payEntry, _creditKeepers) exactly, as settle's replay
// does; each statement checks its sums against the contract's own balance views
// (Consistent).
//
// Decisions taken where SPEC is silent:
//   - A provider's period is one paid entry (EntryPaid): gross = st × price, net =
//     floor(gross × providerShareBps / 10000), plus the report's remainder when the
//     entry is the report's first. Its price is gross / st (the price in force).
//   - A keeper's period is one paid report (ReportPaid, one per te until reports
//     are split into parts): gross = the report's total, net = what it credited this
//     keeper — its equal share unless it was failed, plus the leader's bonus where
//     it led; st is the report's Σ st.
//   - The ledger batch of a period is the canonical batch carrying its pay
//     transaction (SPEC 9: first valid publication per seq on a shared ledger).
//   - Explain takes the samples from the batch's records of the provider over
//     [ts − G, te) and integrates them (SPEC 4), and takes the keepers' signed
//     observations from the batch: the st paid is their lower median (SPEC 7,
//     median mode) — the integral of the publishing keeper's records is its own
//     observation, which equals the paid st whenever the keepers' record sets agree.
package statement
