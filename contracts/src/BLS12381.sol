// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title BLS12381
/// @notice BLS signatures over BLS12-381 on the EIP-2537 precompiles (SPEC 5, 8).
///
/// Scheme: herumi "Ethereum mode" / IETF BLS minimal-pubkey-size: public keys in G1,
/// signatures and message hashes in G2, ciphersuite
/// BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_. A signature `sig` on message `m`
/// under key `pk` is valid iff e(pk, H(m)) == e(g1, sig), checked as the single
/// PAIRING_CHECK e(-g1, sig) * e(pk, H(m)) == 1.
///
/// Encodings are EIP-2537's: a field element is 64 bytes, big-endian, the top 16
/// bytes zero; G1 is x ‖ y (128 bytes); G2 is x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1 (256 bytes);
/// the point at infinity is all zeros.
///
/// Precompile addresses (final Prague set, checked against go-ethereum v1.17.10
/// core/vm/contracts.go PrecompiledContractsPrague):
/// 0x0b G1ADD, 0x0c G1MSM, 0x0d G2ADD, 0x0e G2MSM, 0x0f PAIRING_CHECK,
/// 0x10 MAP_FP_TO_G1, 0x11 MAP_FP2_TO_G2; plus 0x02 SHA256. hash_to_field reduces
/// its 64-byte values mod p in EVM arithmetic (Barrett), which costs less than a
/// MODEXP call per element (500 gas each since Osaka's EIP-7883).
///
/// An EIP-2537 precompile that rejects its input (point not on the curve or not in
/// the subgroup, field element not below p) consumes all the gas it was given. Every
/// call here therefore forwards a fixed cap (about twice the Prague price), so that a
/// malformed signature costs a bounded amount and the caller can revert with a clear
/// error instead of running out of gas.
library BLS12381 {
    address internal constant SHA256 = address(0x02);
    address internal constant G1ADD = address(0x0b);
    address internal constant G2ADD = address(0x0d);
    address internal constant PAIRING = address(0x0f);
    address internal constant MAP_FP2_TO_G2 = address(0x11);

    /// Gas caps forwarded to the precompiles (Prague prices: G1ADD 375, G2ADD 600,
    /// MAP_FP2_TO_G2 23800, PAIRING 37700 + 32600 per pair).
    uint256 internal constant G1ADD_GAS = 1000;
    uint256 internal constant G2ADD_GAS = 1500;
    uint256 internal constant MAP_G2_GAS = 50000;
    uint256 internal constant PAIRING2_GAS = 210000;

    /// The signature DST of SPEC 5 (herumi's Ethereum mode, IETF proof-of-possession suite).
    bytes internal constant DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

    // p = 0x1a0111ea397fe69a4b1ba7b6434bacd7 64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab
    uint256 private constant P_HI = 0x1a0111ea397fe69a4b1ba7b6434bacd7;
    uint256 private constant P_LO = 0x64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab;
    // mu = floor(2^512 / p), 132 bits: the Barrett constant of reduceToField.
    uint256 private constant MU = 0x9d835d2f3cc9e45ce28101b0cc7a6ba29;

    // -g1 in EIP-2537 form: g1.x, then p - g1.y.
    uint256 private constant NEG_G1_X_HI = 0x17f1d3a73197d7942695638c4fa9ac0f;
    uint256 private constant NEG_G1_X_LO = 0xc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb;
    uint256 private constant NEG_G1_Y_HI = 0x114d1d6855d545a8aa7d76c8cf2e21f2;
    uint256 private constant NEG_G1_Y_LO = 0x67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca;

    error BadDSTLength();
    error BadExpandLength();
    error PrecompileFailed(address precompile);

    /// @notice expand_message_xmd with SHA-256 (RFC 9380 section 5.3.1).
    /// @param message the message (any length that fits in memory)
    /// @param dst the domain separation tag, 1..255 bytes
    /// @param lenInBytes the output length, 1..8160 (ell = ceil(len/32) <= 255)
    function expandMessageXmd(bytes memory message, bytes memory dst, uint256 lenInBytes)
        internal
        view
        returns (bytes memory out)
    {
        uint256 dstLen = dst.length;
        if (dstLen == 0 || dstLen > 255) revert BadDSTLength();
        if (lenInBytes == 0 || lenInBytes > 8160) revert BadExpandLength();
        uint256 ell = (lenInBytes + 31) / 32;
        out = new bytes(ell * 32);
        bool ok = true;
        assembly ("memory-safe") {
            let buf := mload(0x40) // scratch, not allocated: nothing allocates below
            // msg_prime = Z_pad(64) ‖ msg ‖ I2OSP(len, 2) ‖ I2OSP(0, 1) ‖ DST ‖ I2OSP(len(DST), 1)
            mstore(buf, 0)
            mstore(add(buf, 32), 0)
            let ptr := add(buf, 64)
            let mlen := mload(message)
            mcopy(ptr, add(message, 32), mlen)
            ptr := add(ptr, mlen)
            mstore8(ptr, shr(8, lenInBytes))
            mstore8(add(ptr, 1), and(lenInBytes, 0xff))
            mstore8(add(ptr, 2), 0)
            ptr := add(ptr, 3)
            mcopy(ptr, add(dst, 32), dstLen)
            mstore8(add(ptr, dstLen), dstLen)
            ptr := add(ptr, add(dstLen, 1))
            ok := and(ok, staticcall(gas(), 0x02, buf, sub(ptr, buf), buf, 32))
            let b0 := mload(buf)
            // b_i = H(strxor(b_0, b_{i-1}) ‖ I2OSP(i, 1) ‖ DST_prime), with b_1 = H(b_0 ‖ 1 ‖ DST_prime)
            mcopy(add(buf, 33), add(dst, 32), dstLen)
            mstore8(add(add(buf, 33), dstLen), dstLen)
            let blen := add(34, dstLen)
            let prev := 0
            for { let i := 1 } iszero(gt(i, ell)) { i := add(i, 1) } {
                mstore(buf, xor(b0, prev))
                mstore8(add(buf, 32), i)
                let dest := add(out, mul(i, 32))
                ok := and(ok, staticcall(gas(), 0x02, buf, blen, dest, 32))
                prev := mload(dest)
            }
            mstore(out, lenInBytes)
        }
        if (!ok) revert PrecompileFailed(SHA256);
    }

    /// @notice hash_to_curve for BLS12381G2_XMD:SHA-256_SSWU_RO_ (RFC 9380 section 8.8.2)
    /// with the given DST. Returns the G2 point in EIP-2537 form (256 bytes).
    /// MAP_FP2_TO_G2 performs map_to_curve and clear_cofactor; clearing the cofactor
    /// is a homomorphism, so clear(Q0) + clear(Q1) = clear(Q0 + Q1) as the RFC requires.
    function hashToG2(bytes memory message, bytes memory dst) internal view returns (bytes memory h) {
        h = new bytes(256);
        uint256 dest;
        assembly ("memory-safe") {
            dest := add(h, 32)
        }
        hashToG2To(message, dst, dest);
    }

    /// @notice As hashToG2, writing the 256-byte point at memory address dest, which
    /// must lie in memory allocated before this call.
    function hashToG2To(bytes memory message, bytes memory dst, uint256 dest) internal view {
        bytes memory u = expandMessageXmd(message, dst, 256);
        uint256 buf;
        assembly ("memory-safe") {
            buf := mload(0x40) // scratch: e_0..e_3 (256 bytes), then Q0 ‖ Q1 (512)
        }
        reduceToField(u, buf);
        bool ok;
        assembly ("memory-safe") {
            let addIn := add(buf, 256)
            ok := staticcall(MAP_G2_GAS, 0x11, buf, 128, addIn, 256)
            ok := and(ok, staticcall(MAP_G2_GAS, 0x11, add(buf, 128), 128, add(addIn, 256), 256))
            ok := and(ok, staticcall(G2ADD_GAS, 0x0d, addIn, 512, dest, 256))
        }
        if (!ok) revert PrecompileFailed(MAP_FP2_TO_G2);
    }

    /// @notice hash_to_field's reduction (RFC 9380 section 5.2, m = 2, L = 64): for the
    /// 256 uniform bytes u, writes e_j = OS2IP(u[64j .. 64j+64]) mod p for j = 0..3 at
    /// memory address out as four 64-byte EIP-2537 field elements rh ‖ rl (rh < 2^125,
    /// so the top 16 bytes are zero); (e_0, e_1) and (e_2, e_3) are the two Fp2 elements.
    ///
    /// Barrett reduction of x = xh·2^256 + xl: with a = x >> 380 < 2^132 and
    /// mu = floor(2^512/p), q' = floor(a·mu / 2^132) satisfies q - 2 <= q' <= q for
    /// q = floor(x/p) (because p > 2^380 and a < 2^132), so x - q'·p < 3p needs at most
    /// two conditional subtractions of p. q'·p <= x < 2^512, so the high word of q'·p
    /// (q'·p_hi plus the carry of q'·p_lo) fits in 256 bits. It costs less than a
    /// MODEXP call per element (500 gas each since Osaka, EIP-7883).
    function reduceToField(bytes memory u, uint256 out) internal pure {
        assembly ("memory-safe") {
            let src := add(u, 32)
            for { let j := 0 } lt(j, 4) { j := add(j, 1) } {
                let xh := mload(add(src, mul(j, 64)))
                let xl := mload(add(src, add(mul(j, 64), 32)))
                let a := shr(124, xh)
                let mm := mulmod(a, MU, not(0))
                let lo := mul(a, MU)
                let q := or(shl(124, sub(sub(mm, lo), lt(mm, lo))), shr(132, lo))
                mm := mulmod(q, P_LO, not(0))
                lo := mul(q, P_LO)
                let hi := add(mul(q, P_HI), sub(sub(mm, lo), lt(mm, lo)))
                let rh := sub(sub(xh, hi), lt(xl, lo))
                let rl := sub(xl, lo)
                for { let i := 0 } lt(i, 2) { i := add(i, 1) } {
                    if or(gt(rh, P_HI), and(eq(rh, P_HI), iszero(lt(rl, P_LO)))) {
                        rh := sub(sub(rh, P_HI), lt(rl, P_LO))
                        rl := sub(rl, P_LO)
                    }
                }
                mstore(add(out, mul(j, 64)), rh)
                mstore(add(out, add(mul(j, 64), 32)), rl)
            }
        }
    }

    /// @notice Writes -g1 (128 bytes, EIP-2537) at memory address dest.
    function writeNegG1(uint256 dest) internal pure {
        assembly ("memory-safe") {
            mstore(dest, NEG_G1_X_HI)
            mstore(add(dest, 32), NEG_G1_X_LO)
            mstore(add(dest, 64), NEG_G1_Y_HI)
            mstore(add(dest, 96), NEG_G1_Y_LO)
        }
    }

    /// @notice PAIRING_CHECK over the 768 bytes at memory address input laid out as
    /// -g1 ‖ sig ‖ pk ‖ H(m): true iff e(pk, H(m)) == e(g1, sig) and every point is
    /// valid and in its subgroup.
    function pairingCheckAt(uint256 input) internal view returns (bool valid) {
        assembly ("memory-safe") {
            let out := mload(0x40)
            mstore(out, 0)
            let ok := staticcall(PAIRING2_GAS, 0x0f, input, 768, out, 32)
            valid := and(ok, eq(mload(out), 1))
        }
    }

    /// @notice Whether sig (256 bytes) is a valid signature on message by pk (128 bytes)
    /// under dst. False for a malformed or infinity signature or key, a point off the
    /// curve or outside the subgroup (the pairing precompile checks both).
    function verify(bytes memory pk, bytes memory message, bytes memory sig, bytes memory dst)
        internal
        view
        returns (bool)
    {
        if (pk.length != 128 || sig.length != 256) return false;
        if (isZero(pk) || isZero(sig)) return false;
        bytes memory h = hashToG2(message, dst);
        return pairingCheck(pk, h, sig);
    }

    /// @notice e(-g1, sig) * e(pk, h) == 1, i.e. e(pk, h) == e(g1, sig). pk is 128 bytes,
    /// h and sig 256 bytes, all EIP-2537 encoded; the caller has rejected infinity.
    function pairingCheck(bytes memory pk, bytes memory h, bytes memory sig) internal view returns (bool) {
        bytes memory buf = new bytes(768);
        uint256 p;
        assembly ("memory-safe") {
            p := add(buf, 32)
            mcopy(add(p, 128), add(sig, 32), 256)
            mcopy(add(p, 384), add(pk, 32), 128)
            mcopy(add(p, 512), add(h, 32), 256)
        }
        writeNegG1(p);
        return pairingCheckAt(p);
    }

    /// @notice The sum of two G1 points (128 bytes each) in place: a = a + b.
    /// Reverts if a point is malformed or off the curve.
    function g1AddInPlace(bytes memory a, bytes memory b) internal view {
        bool ok;
        assembly ("memory-safe") {
            let buf := mload(0x40)
            mcopy(buf, add(a, 32), 128)
            mcopy(add(buf, 128), add(b, 32), 128)
            ok := staticcall(G1ADD_GAS, 0x0b, buf, 256, add(a, 32), 128)
        }
        if (!ok) revert PrecompileFailed(G1ADD);
    }

    /// @notice −P = (x, p − y) for a 128-byte EIP-2537 G1 point P that is not infinity
    /// and has canonical coordinates (the caller checks both).
    function negG1(bytes memory point) internal pure returns (bytes memory) {
        (uint256 xh, uint256 xl, uint256 yh, uint256 yl) = abi.decode(point, (uint256, uint256, uint256, uint256));
        unchecked {
            uint256 borrow = yl > P_LO ? 1 : 0;
            return abi.encode(xh, xl, P_HI - yh - borrow, P_LO - yl);
        }
    }

    /// @notice Whether every byte of b is zero (the EIP-2537 point at infinity).
    function isZero(bytes memory b) internal pure returns (bool z) {
        assembly ("memory-safe") {
            z := 1
            let n := mload(b)
            let p := add(b, 32)
            for { let i := 0 } lt(i, n) { i := add(i, 32) } {
                let w := mload(add(p, i))
                if lt(sub(n, i), 32) { w := shr(mul(8, sub(32, sub(n, i))), w) }
                if w { z := 0 }
            }
        }
    }

    /// @notice Whether a 64-byte EIP-2537 field element at memory offset ptr is canonical
    /// (top 16 bytes zero and value < p).
    function isCanonicalFp(bytes memory b, uint256 offset) internal pure returns (bool c) {
        assembly ("memory-safe") {
            let hi := mload(add(add(b, 32), offset))
            let lo := mload(add(add(b, 64), offset))
            c := and(lt(hi, add(P_HI, 1)), or(lt(hi, P_HI), lt(lo, P_LO)))
        }
    }
}
