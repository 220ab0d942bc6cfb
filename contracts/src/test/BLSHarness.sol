// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BLS12381} from "../BLS12381.sol";

/// @notice Test-only contract exposing the BLS12381 library, so that the Go tests can
/// run the RFC 9380 vectors and herumi signatures through the Solidity code.
contract BLSHarness {
    function expandMessageXmd(bytes memory message, bytes memory dst, uint256 lenInBytes)
        external
        view
        returns (bytes memory)
    {
        return BLS12381.expandMessageXmd(message, dst, lenInBytes);
    }

    function hashToG2(bytes memory message, bytes memory dst) external view returns (bytes memory) {
        return BLS12381.hashToG2(message, dst);
    }

    function verify(bytes memory pk, bytes memory message, bytes memory sig) external view returns (bool) {
        return BLS12381.verify(pk, message, sig, BLS12381.DST);
    }

    /// hash_to_field's reduction of 256 uniform bytes into four EIP-2537 field elements.
    function reduceToField(bytes memory u) external pure returns (bytes memory out) {
        require(u.length == 256);
        out = new bytes(256);
        uint256 p;
        assembly ("memory-safe") {
            p := add(out, 32)
        }
        BLS12381.reduceToField(u, p);
    }

    function g1Add(bytes memory a, bytes memory b) external view returns (bytes memory) {
        BLS12381.g1AddInPlace(a, b);
        return a;
    }
}
