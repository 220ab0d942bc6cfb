// Package codec holds the strict binary reader and the append helpers shared by
// the canonical encodings of packages challenge (orders, records, responses,
// proofs), settle (batches, group snapshots) and keeper/agreement/wire (the
// agreement messages and evidence): big-endian fixed-width integers, fixed-size
// byte strings, u32-length-prefixed byte strings, minimal length-prefixed unsigned
// integers of at most 256 bits and bounded element counts.
//
// Decisions taken where SPEC is silent:
//   - A Reader does not own its cursor: Bind points it at the caller's offset and
//     error fields, so that each package keeps its own small cursor type (its
//     decoders read the offset to hash spans of the input and test the sticky error
//     between reads) while the checks live here once.
//   - The first failure sticks; every later read returns zero values (nil slices,
//     nil integers), so a decoder may read a whole structure and check once.
//   - This package has no sentinel error: every failure goes through the caller's
//     wrap function, which wraps the caller's own sentinel (challenge.ErrMalformed,
//     settle.ErrMalformed, wire.ErrMalformed) so that errors.Is keeps working and
//     each package decides whether its messages carry the offset.
//   - A slice a read returns aliases the input with its capacity cut at its end, so
//     appending to it can never overwrite the bytes that follow.
//   - An integer is "minimal" when it has no leading zero byte; zero is the empty
//     string. Lengths above 32 bytes are refused before any allocation, and so is a
//     count whose elements could not fit in the bytes left.
package codec
