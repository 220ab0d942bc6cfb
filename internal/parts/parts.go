// Package parts splits a period's payment report into parts (SPEC 8.1 "Large
// groups", issue 15): how many entries one part carries, which providers belong to
// which part, and which parts a period serves when it cannot serve them all. Every
// keeper computes the same answers from the same inputs (constants of this package,
// the provider indices and the contract's period), so every keeper agrees on the
// partition whatever it has seen paid.
//
// # Entries per part (Size)
//
// A part is paid by one pay(report, signers, signature) transaction, which must
// pass two limits of the chain:
//
//   - go-ethereum's transaction pool refuses a transaction over 128 KiB
//     (txMaxSize = 4 × 32 KiB, RLP-encoded). The pay calldata is the selector (4),
//     three head words (96), the report's length word (32), the report — ten
//     words of header (tag, chainId, contract, te, part, leader, attempt,
//     failedBitmap, the entries' offset and length: 320) and three words per entry
//     (provider, ts, st: 96) — the signature's length word (32) and the
//     EIP-2537 G2 signature (256): 740 bytes fixed, 96 per entry. The typed
//     transaction envelope (chain id, nonce, fees, gas, to, value, access list,
//     v, r, s) takes under 160 bytes; EnvelopeBytes allows 512.
//   - gas: EIP-7825 caps one transaction at 2^24 gas (Osaka; applied here on
//     every chain, in force or not, so the rule does not depend on the fork), and
//     a block's gas limit is above that on every chain WhitePay targets (mainnet
//     36–60 M). `whitepay bench gas` measures pay at 229k for one entry at 21
//     keepers, ≤ 2,000 per extra signer and 8.6k per extra entry; bench scale
//     measures 8,816 per provider over 1,000 entries (base included).
//     BaseGas = 600,000 covers 256 keepers at quorum (229k + 171 × 2k), EntryGas
//     = 10,000 is the measured 8.8k with 13% to spare. The EIP-7623 calldata
//     floor (10 gas per token, ≤ 40 per byte: ≤ 3,840 per entry) is below an
//     entry's execution gas, so it never binds.
//
// Both budgets keep an eighth in reserve (Margin): an encoding change or a gas
// repricing of a few percent never makes a part unpayable. So
//
//	Size = min((128 KiB × 7/8 − 512 − 740) / 96, (2^24 × 7/8 − 600,000) / 10,000)
//	     = min(1,181, 1,408) = 1,181 entries.
//
// The transaction size binds. A part of 1,181 entries is ~114.6 KB of
// transaction and ~10.4 M gas at the measured rate.
//
// # The partition (Of, Range, Count)
//
// Part k is the providers with index in [k·Size, (k+1)·Size) of the contract's
// provider list (indices never change; a new provider gets the next index, so a
// registration never moves anyone to another part). A part's entries are those of
// its providers still due (lastPaid < te); a part with no due provider is done.
// The number of parts is ⌈providers / Size⌉.
//
// # Parts per period and fair rotation (Capacity, Served)
//
// A period can carry only so many pay transactions. Capacity(H) = max(1, H/2):
// one part per block over half the period's H blocks (the agreement for te
// starts at te + D and has until te + H + D; a part takes at most 7/8 of 2^24
// gas, so a block of ≥ 2^24 gas holds one). When a period has more parts than
// its capacity C, it serves C consecutive parts starting at (j·C) mod n for the
// period's number j = (te − start)/H: the parts not reached this period are the
// first served in the next ones, so every part is served at least once every
// ⌈n/C⌉ periods and its providers, paid from their lastPaid, lose nothing (their
// next entry covers every period since). No part starves.
package parts

// Limits of the chain a part must fit (see the package doc for the derivation).
const (
	// TxMaxSize is go-ethereum's transaction size limit (txpool txMaxSize).
	TxMaxSize = 128 << 10
	// EnvelopeBytes bounds a typed transaction's RLP envelope around its calldata.
	EnvelopeBytes = 512
	// PayFixedBytes is pay's calldata without the entries.
	PayFixedBytes = 4 + 3*32 + 32 + 10*32 + 32 + 256
	// EntryBytes is one entry's ABI encoding (provider, ts, st).
	EntryBytes = 3 * 32
	// TxGasCap is EIP-7825's per-transaction gas cap.
	TxGasCap = 1 << 24
	// BaseGas bounds pay without its entries (256 keepers at quorum).
	BaseGas = 600_000
	// EntryGas bounds pay's gas per entry (measured 8.6k–8.8k).
	EntryGas = 10_000
	// MarginNum/MarginDen is the share of each limit a part may use.
	MarginNum, MarginDen = 7, 8
)

// Size is the number of providers per part (package doc): 1,181.
var Size = SizeFor(TxMaxSize, TxGasCap)

// SizeFor is the rule with the transaction size and gas limits as parameters:
// min of the entries that fit 7/8 of each.
func SizeFor(txMaxSize, gasCap uint64) uint32 {
	sub := func(a, b uint64) uint64 { return a - min(a, b) }
	bySize := sub(txMaxSize*MarginNum/MarginDen, EnvelopeBytes+PayFixedBytes) / EntryBytes
	byGas := sub(gasCap*MarginNum/MarginDen, BaseGas) / EntryGas
	return uint32(min(max(1, min(bySize, byGas)), 1<<31))
}

// Of returns the part of a provider index for parts of size entries.
func Of(provider, size uint32) uint32 { return provider / size }

// Range returns part k's provider indices [lo, hi).
func Range(k, size uint32) (lo, hi uint64) {
	return uint64(k) * uint64(size), (uint64(k) + 1) * uint64(size)
}

// Count returns the number of parts of a contract with the given providers.
func Count(providers int, size uint32) uint32 {
	if providers <= 0 {
		return 0
	}
	return uint32((uint64(providers) + uint64(size) - 1) / uint64(size))
}

// Capacity returns the parts a period of h blocks serves: max(1, h/2).
func Capacity(h uint64) uint32 {
	return uint32(max(1, min(h/2, 1<<31)))
}

// Served reports whether part k of n is served in the period numbered j with a
// capacity of c parts per period (package doc: c consecutive parts from j·c mod n).
// With c ≥ n every part is served.
func Served(j uint64, n, c, k uint32) bool {
	if k >= n {
		return false
	}
	if c >= n || c == 0 {
		return true
	}
	start := (j % uint64(n)) * uint64(c) % uint64(n)
	off := (uint64(k) + uint64(n) - start) % uint64(n)
	return off < uint64(c)
}

// ServedParts lists the parts served in period j, in order from the rotation's start.
func ServedParts(j uint64, n, c uint32) []uint32 {
	var out []uint32
	if n == 0 {
		return nil
	}
	if c == 0 || c > n {
		c = n
	}
	start := uint32((j % uint64(n)) * uint64(c) % uint64(n))
	for i := uint32(0); i < c; i++ {
		out = append(out, (start+i)%n)
	}
	return out
}
