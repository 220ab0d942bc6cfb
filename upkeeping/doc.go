// Package upkeeping is the Go client of the upkeeping contract (SPEC 8): deploy,
// register, fund, pay, query and event watching.
package upkeeping
