// Package provider is the provider node: the piece store, upload intake under
// user-signed orders, the challenge responder and the payment watcher (SPEC 3).
package provider
