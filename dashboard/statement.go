package dashboard

import "github.com/whitepay/whitepay/statement"

// The pages' numbers come from package statement, the one code path the CLI's
// statements (`provider payments`, `keeper rewards`, `explain`) use too; these
// names keep the pages' API.
type (
	History        = statement.History
	Snapshot       = statement.Snapshot
	Chain          = statement.Chain
	Entry          = statement.Entry
	Report         = statement.Report
	Transfer       = statement.Transfer
	Ledger         = statement.Ledger
	LedgerEntry    = statement.LedgerEntry
	KeeperResults  = statement.KeeperResults
	FailureRecord  = statement.FailureRecord
	ProviderPeriod = statement.ProviderPeriod
	ProviderTotals = statement.ProviderTotals
	TransferRow    = statement.TransferRow
	KeeperPeriod   = statement.KeeperPeriod
	KeeperTotals   = statement.KeeperTotals
	Sample         = statement.Sample
	Explanation    = statement.Explanation
	KeeperInfo     = statement.KeeperInfo
)

// MaxLogRange is the most blocks one log query spans.
const MaxLogRange = statement.MaxLogRange

var (
	// NewHistory returns a history of a contract (statement.NewHistory).
	NewHistory = statement.NewHistory
	// NewLedger returns a follower of a contract's ledger (statement.NewLedger).
	NewLedger = statement.NewLedger
)
