// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {Upkeeping, UpkeepingBase} from "./Upkeeping.sol";

/// @title Factory
/// @notice Deploys users' upkeeping contracts as OpenZeppelin minimal clones with
/// immutable args (issue 14; docs/contracts.md). One factory per chain, bound to the
/// chain's Registry. Its constructor deploys the one Upkeeping implementation (bound to
/// an UpkeepingAdmin deployed before it), which can be neither initialised nor used
/// (Upkeeping.onlyClone).
///
/// createUpkeeping deploys the clone at an address predictable from (caller, salt),
/// validates the configuration, initialises the clone (owner, first keeper group,
/// providers) and forwards msg.value as its first funding, in one transaction.
contract Factory {
    /// The implementation every clone delegates to.
    Upkeeping public immutable implementation;
    /// The chain's keeper registry: every clone names it.
    address public immutable registry;

    uint256 internal constant BPS = 10000;

    event UpkeepingCreated(address indexed upkeeping, address indexed owner, address indexed deployer, bytes32 salt, uint32 groupId);

    error InvalidConfig(string reason);

    /// @param registry_ the chain's Registry
    /// @param admin the UpkeepingAdmin deployment (the cold half, shared by every clone)
    constructor(address registry_, address admin) {
        if (registry_.code.length == 0) revert InvalidConfig("registry has no code");
        registry = registry_;
        implementation = new Upkeeping(admin);
    }

    /// @notice Deploys and initialises an upkeeping contract; msg.value (ether
    /// contracts only) is its first funding.
    /// @param config abi.encode(UpkeepingBase.Config): the clone's immutable args
    /// @param providers abi.encode(UpkeepingBase.ProviderInit[])
    function createUpkeeping(bytes calldata config, address owner, uint32 groupId, bytes calldata providers, bytes32 salt)
        external
        payable
        returns (address instance)
    {
        _validate(abi.decode(config, (UpkeepingBase.Config)));
        if (config.length != 14 * 32) revert InvalidConfig("config is not 14 words");
        instance = Clones.cloneDeterministicWithImmutableArgs(address(implementation), config, _salt(msg.sender, salt));
        Upkeeping(payable(instance)).initialize{value: msg.value}(
            owner, groupId, abi.decode(providers, (UpkeepingBase.ProviderInit[]))
        );
        emit UpkeepingCreated(instance, owner, msg.sender, salt, groupId);
    }

    /// @notice The address createUpkeeping(config, ..., salt) called by deployer deploys to.
    function predictAddress(bytes calldata config, address deployer, bytes32 salt) external view returns (address) {
        return Clones.predictDeterministicAddressWithImmutableArgs(address(implementation), config, _salt(deployer, salt));
    }

    function _salt(address deployer, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(deployer, salt));
    }

    /// The configuration checks (SPEC 2, 8, 8.1). A token must be an ERC-20 with code
    /// that reports its decimals; fee-on-transfer tokens are refused when funded (the
    /// contract credits only what arrives and refuses less than the amount); rebasing
    /// tokens cannot be detected and are not supported (docs/contracts.md).
    function _validate(UpkeepingBase.Config memory c) private view {
        if (c.registry != registry) revert InvalidConfig("not this chain's registry");
        if (c.period == 0) revert InvalidConfig("period is zero");
        if (c.window == 0) revert InvalidConfig("window is zero");
        if (uint256(c.providerShareBps) + c.leaderBonusBps > BPS) revert InvalidConfig("shares exceed 10000 bps");
        if (c.slashRewardBps > BPS) revert InvalidConfig("slash reward exceeds 10000 bps");
        if (c.vestPeriods > 64) revert InvalidConfig("vestPeriods above 64");
        if (c.keeperBond > type(uint112).max) revert InvalidConfig("keeperBond too large");
        if (c.blockTimeMs == 0) revert InvalidConfig("blockTimeMs is zero");
        if (uint256(c.start) + uint256(c.period) * type(uint32).max > type(uint40).max) {
            revert InvalidConfig("start or period too large");
        }
        if (c.ledger != address(0) && c.ledger.code.length == 0) revert InvalidConfig("ledger has no code");
        if (c.token != address(0)) {
            if (c.token.code.length == 0) revert InvalidConfig("token has no code");
            try IERC20Metadata(c.token).decimals() returns (uint8) {}
            catch {
                revert InvalidConfig("token does not report decimals");
            }
        }
    }
}
