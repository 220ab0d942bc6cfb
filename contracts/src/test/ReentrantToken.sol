// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Test-only malicious ERC-20: while armed, every transfer out of or into the
/// target contract calls back into the target with the stored calldata (for example
/// withdraw() or pay(...)). The outcome of the re-entrant call is recorded, not
/// bubbled up, so that a test can check that the re-entry was refused while the
/// outer call completed.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public attack;
    bool public armed;
    uint256 public attempts;
    uint256 public successes;
    bytes public lastRevert;

    constructor() ERC20("Reentrant", "REENT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address target_, bytes calldata attack_) external {
        target = target_;
        attack = attack_;
        armed = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed && (from == target || to == target)) {
            armed = false; // one attempt per arming, so the test terminates
            attempts++;
            (bool ok, bytes memory ret) = target.call(attack);
            if (ok) successes++;
            else lastRevert = ret;
        }
    }
}
