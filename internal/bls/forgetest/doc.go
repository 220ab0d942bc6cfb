// Package forgetest holds the forgery sweep of internal/bls's batch verifier
// (issue 12 finding 1: a forged signature at every position of every batch size
// from 1 to 64). It is a package of its own, with no code, so that its race build
// (scripts/test.sh runs it under -race) compiles only internal/bls's dependencies,
// not the heavier ones of internal/bls's own tests.
package forgetest
