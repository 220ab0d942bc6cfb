// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Test-only account contract (a provider or keeper that is a contract): it
/// withdraws from the target, and on receiving ether calls back into the target with
/// the stored calldata. The outcome of the re-entrant call is recorded, not bubbled.
contract ReentrantReceiver {
    address public target;
    bytes public attack;
    bool public armed;
    uint256 public attempts;
    uint256 public successes;
    uint256 public received;
    bytes public lastRevert;

    function arm(address target_, bytes calldata attack_) external {
        target = target_;
        attack = attack_;
        armed = true;
    }

    /// @notice Calls target with data (e.g. withdraw()) and bubbles a revert up.
    function execute(address target_, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = target_.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    receive() external payable {
        received += msg.value;
        if (armed) {
            armed = false;
            attempts++;
            (bool ok, bytes memory ret) = target.call(attack);
            if (ok) successes++;
            else lastRevert = ret;
        }
    }
}
