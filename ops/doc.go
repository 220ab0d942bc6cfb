// Package ops holds the operator kit beside the nodes' dashboard pages (issue 17):
//
//	ops/prometheus/alerts.yml       alert rules: low gas balance, low runway, failing
//	                                challenges, ledger lag, no peers, quorum at risk,
//	                                chain unreachable or stalled, node down
//	ops/prometheus/alerts_test.yml  promtool unit tests, one group per alert
//	ops/grafana/whitepay.json       a Grafana dashboard over the same metrics
//
// Its only code is MetricNames (the whitepay_* names in a PromQL text); its test runs the real `promtool check rules` and
// `promtool test rules` (Debian's prometheus package, installed by scripts/deps.sh)
// and checks that every metric the rules and the dashboard name is registered by
// obs.NewMetrics, the registry every keeper and provider serves on GET /metrics, so
// that the kit cannot rot when a metric is renamed. The dashboard test of package
// dashboard/web scrapes real nodes of a devnet for the alerts' metrics too.
//
// Decisions taken where SPEC is silent: thresholds are defaults an operator edits
// (gas below 0.05 ether = config chain.min_balance's default; runway below 10
// periods; more than 20% of challenges failing over 10 minutes; more than 2 final
// payments missing from the ledger for 10 minutes; no other keeper connected for 2
// minutes; the chain's RPC down for 1 minute). Nodes are scraped in jobs whose name
// starts with "whitepay".
package ops
