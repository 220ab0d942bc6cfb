// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Create2} from "@openzeppelin/contracts/utils/Create2.sol";
import {BLS12381} from "./BLS12381.sol";

/// @title Registry
/// @notice The chain-wide WhitePay registry (SPEC 5, 8.1; issues 13 and 14): keepers'
/// BLS keys with their proofs of possession, checked once per chain; keeper groups
/// that upkeeping contracts name by id; and the endpoint directory from which nodes
/// find each other's libp2p addresses. One registry serves every upkeeping contract on
/// the chain (docs/contracts.md).
///
/// Keepers.
/// * An account registers one BLS key, once, forever (ids from 1; 0 means none). The
///   key is the 128-byte EIP-2537 G1 point; it must be canonical (each coordinate
///   below p), not infinity, and come with a proof of possession: the BLS signature
///   (SPEC 5's DST) on popDigest(account, pubkey) =
///   keccak256("whitepay/pop/v2" ‖ uint256 chainid ‖ address(this) ‖ account ‖ pubkey).
///   The pairing precompile rejects a key off the curve or outside the subgroup, so a
///   key that passes is a valid subgroup point (internal/domain TagPoP, the registry
///   as the domain's contract).
/// * No key is registered twice, and a key also bars its negation (SPEC 8.1): pk and
///   −pk = (x, p − y) are both marked when pk registers, so no pk/−pk pair ever cancels
///   in an aggregate.
/// * A keeper's payout address (where upkeeping contracts send its rewards) starts as
///   its account and is moved by the account (setPayout): one call for every contract.
///
/// Groups.
/// * A group is a set of registered keepers, listed by ascending id (so a set has
///   exactly one group; a keeper's position in that list is its index in reports'
///   bitmaps, SPEC 8). 1 to 256 members. createGroup is idempotent: the same set returns
///   the same id.
/// * Its keys live in data contracts (the SSTORE2 pattern: runtime code 0x00 ‖ data, so
///   it cannot be called), deployed with CREATE2 by this registry:
///     store0 = 0x00 ‖ uint16 n ‖ uint32 ids[n] ‖ G1 aggregate ‖ G1 key[0 .. min(n,128))
///     store1 = 0x00 ‖ G1 key[128 .. n)                        (only when n > 128)
///   big-endian integers, 128-byte EIP-2537 points; the aggregate is the sum of all n
///   keys, computed here (never infinity). pay reads every signer's key, or the
///   aggregate less the non-signers', from store0 with one cold account access
///   (upkeeping/registry_test.go pins this layout).
///
/// Endpoints.
/// * Any account (keeper or provider) announces its libp2p multiaddrs (at most 8, each
///   1..256 bytes, e.g. "/ip4/203.0.113.7/tcp/4001/p2p/12D3Koo…"); the last announcement
///   replaces the previous one. The event carries them too, so a node can follow
///   changes from logs.
contract Registry {
    // ---------------------------------------------------------------- constants

    /// The proof-of-possession tag (SPEC 5; internal/domain TagPoP).
    string public constant POP_TAG = "whitepay/pop/v2";
    uint256 public constant MAX_GROUP = 256;
    uint256 public constant KEYS_IN_STORE0 = 128;
    uint256 public constant MAX_ENDPOINTS = 8;
    uint256 public constant MAX_ENDPOINT_LENGTH = 256;

    // ---------------------------------------------------------------- storage

    struct KeeperRecord {
        address account;
        uint64 registeredAt; // block
        address payout;
        bytes32 keyHash; // keccak256 of the 128-byte key
    }

    struct GroupRecord {
        address store0;
        uint16 size;
        address store1; // zero unless size > 128
    }

    struct Endpoints {
        uint64 updatedAt; // block of the last announcement (0: never)
        string[] addrs;
    }

    uint32 private _keeperCount;
    uint32 private _groupCount;
    mapping(uint32 => KeeperRecord) private _keepers;
    mapping(uint32 => bytes) private _keys;
    mapping(address => uint32) private _keeperOf;
    mapping(bytes32 => bool) private _barred; // keccak256 of a registered key or its negation
    mapping(uint32 => GroupRecord) private _groups;
    mapping(bytes32 => uint32) private _groupOf; // keccak256(abi.encodePacked(uint32[] ids))
    mapping(address => Endpoints) private _endpoints;

    // ---------------------------------------------------------------- events

    event KeeperRegistered(uint32 indexed id, address indexed account, bytes pubkey);
    event PayoutChanged(uint32 indexed id, address indexed payout);
    event GroupCreated(uint32 indexed id, bytes32 indexed membersHash, uint32[] members, address store0, address store1);
    event EndpointsAnnounced(address indexed account, string[] addrs);

    // ---------------------------------------------------------------- errors

    error AlreadyRegistered(address account, uint32 id);
    error InvalidPublicKey();
    error KeyBarred(bytes32 keyHash);
    error InvalidProofOfPossession(address account);
    error NotRegistered(address account);
    error UnknownKeeper(uint32 id);
    error UnknownGroup(uint32 id);
    error ZeroAddress();
    error BadGroupSize(uint256 size);
    error MembersNotAscending(uint256 position);
    error KeysLength(uint256 got, uint256 want);
    error KeyMismatch(uint32 id);
    error InfinityAggregate();
    error TooManyEndpoints(uint256 count);
    error BadEndpoint(uint256 index);

    // ---------------------------------------------------------------- keepers

    /// @notice Registers the caller's BLS key (128-byte EIP-2537 G1) with its proof of
    /// possession (256-byte EIP-2537 G2 signature on popDigest(msg.sender, pubkey)).
    function registerKeeper(bytes calldata pubkey, bytes calldata pop) external returns (uint32 id) {
        uint32 existing = _keeperOf[msg.sender];
        if (existing != 0) revert AlreadyRegistered(msg.sender, existing);
        if (pubkey.length != 128 || BLS12381.isZero(pubkey)) revert InvalidPublicKey();
        if (!BLS12381.isCanonicalFp(pubkey, 0) || !BLS12381.isCanonicalFp(pubkey, 64)) revert InvalidPublicKey();
        bytes32 keyHash = keccak256(pubkey);
        if (_barred[keyHash]) revert KeyBarred(keyHash);
        if (pop.length != 256 || !BLS12381.verify(pubkey, abi.encodePacked(popDigest(msg.sender, pubkey)), pop, BLS12381.DST)) {
            revert InvalidProofOfPossession(msg.sender);
        }
        _barred[keyHash] = true;
        _barred[keccak256(BLS12381.negG1(pubkey))] = true;
        id = ++_keeperCount;
        _keepers[id] = KeeperRecord(msg.sender, uint64(block.number), msg.sender, keyHash);
        _keys[id] = pubkey;
        _keeperOf[msg.sender] = id;
        emit KeeperRegistered(id, msg.sender, pubkey);
    }

    /// @notice The message a keeper's proof of possession signs (SPEC 5).
    function popDigest(address account, bytes memory pubkey) public view returns (bytes32) {
        return keccak256(abi.encodePacked(POP_TAG, block.chainid, address(this), account, pubkey));
    }

    /// @notice Moves the caller's (a keeper's) payout address.
    function setPayout(address payout) external {
        uint32 id = _keeperOf[msg.sender];
        if (id == 0) revert NotRegistered(msg.sender);
        if (payout == address(0)) revert ZeroAddress();
        _keepers[id].payout = payout;
        emit PayoutChanged(id, payout);
    }

    /// @notice The keeper id of account (0: not registered).
    function keeperOf(address account) external view returns (uint32) {
        return _keeperOf[account];
    }

    /// @notice Keeper `id`: account, payout address, key and registration block.
    function keeper(uint32 id)
        external
        view
        returns (address account, address payout, bytes memory pubkey, uint64 registeredAt)
    {
        KeeperRecord memory k = _keepers[id];
        if (k.account == address(0)) revert UnknownKeeper(id);
        return (k.account, k.payout, _keys[id], k.registeredAt);
    }

    /// @notice Where keeper `id`'s rewards go (its account unless moved).
    function payoutOf(uint32 id) external view returns (address) {
        address p = _keepers[id].payout;
        if (p == address(0)) revert UnknownKeeper(id);
        return p;
    }

    /// @notice The account of keeper `id` (zero if none).
    function accountOf(uint32 id) external view returns (address) {
        return _keepers[id].account;
    }

    /// @notice Whether a key (by its keccak256) is registered or is a registered key's
    /// negation.
    function isBarred(bytes32 keyHash) external view returns (bool) {
        return _barred[keyHash];
    }

    /// @notice Keepers registered so far (ids 1..count).
    function keeperCount() external view returns (uint32) {
        return _keeperCount;
    }

    // ---------------------------------------------------------------- groups

    /// @notice Creates the group of keepers `ids` (ascending, each registered) or returns
    /// it if it exists. keys is the members' 128-byte keys in the same order (checked
    /// against the registered ones; passed in calldata because reading them from
    /// storage costs more).
    function createGroup(uint32[] calldata ids, bytes calldata keys) external returns (uint32 id) {
        uint256 n = ids.length;
        if (n == 0 || n > MAX_GROUP) revert BadGroupSize(n);
        bytes32 membersHash = keccak256(abi.encodePacked(ids));
        id = _groupOf[membersHash];
        if (id != 0) return id;
        if (keys.length != n * 128) revert KeysLength(keys.length, n * 128);
        bytes memory agg = keys[0:128];
        for (uint256 i = 0; i < n; i++) {
            if (i > 0 && ids[i] <= ids[i - 1]) revert MembersNotAscending(i);
            bytes calldata key = keys[i * 128:(i + 1) * 128];
            if (_keepers[ids[i]].keyHash != keccak256(key) || ids[i] == 0) revert KeyMismatch(ids[i]);
            if (i > 0) BLS12381.g1AddInPlace(agg, key);
        }
        if (BLS12381.isZero(agg)) revert InfinityAggregate();
        id = ++_groupCount;
        uint256 in0 = n < KEYS_IN_STORE0 ? n : KEYS_IN_STORE0;
        bytes memory packedIds = new bytes(4 * n);
        for (uint256 i = 0; i < n; i++) {
            bytes4 b = bytes4(ids[i]);
            for (uint256 j = 0; j < 4; j++) {
                packedIds[4 * i + j] = b[j];
            }
        }
        address store0 = _deployStore(
            bytes32(uint256(id) << 1), abi.encodePacked(uint16(n), packedIds, agg, keys[0:in0 * 128])
        );
        address store1;
        if (n > KEYS_IN_STORE0) {
            store1 = _deployStore(bytes32((uint256(id) << 1) | 1), keys[in0 * 128:]);
        }
        _groups[id] = GroupRecord(store0, uint16(n), store1);
        _groupOf[membersHash] = id;
        emit GroupCreated(id, membersHash, ids, store0, store1);
    }

    /// Deploys a data contract whose runtime code is 0x00 ‖ data (CREATE2, salt).
    /// Init code: PUSH2 len, DUP1, PUSH1 0x0a, RETURNDATASIZE, CODECOPY, RETURNDATASIZE,
    /// RETURN — it returns the 0x00 ‖ data that follows it.
    function _deployStore(bytes32 salt, bytes memory data) private returns (address) {
        return Create2.deploy(
            0, salt, abi.encodePacked(hex"61", uint16(data.length + 1), hex"80600a3d393df300", data)
        );
    }

    /// @notice The group of the set `ids` (ascending), 0 if none.
    function groupOf(uint32[] calldata ids) external view returns (uint32) {
        return _groupOf[keccak256(abi.encodePacked(ids))];
    }

    /// @notice Group `id`: its key stores and size.
    function groupStores(uint32 id) external view returns (address store0, address store1, uint16 size) {
        GroupRecord memory g = _groups[id];
        if (g.store0 == address(0)) revert UnknownGroup(id);
        return (g.store0, g.store1, g.size);
    }

    /// @notice Group `id`'s members (keeper ids, ascending: position i is report index i).
    function groupMembers(uint32 id) external view returns (uint32[] memory ids) {
        GroupRecord memory g = _groups[id];
        if (g.store0 == address(0)) revert UnknownGroup(id);
        bytes memory raw = new bytes(4 * uint256(g.size));
        address store = g.store0;
        assembly ("memory-safe") {
            extcodecopy(store, add(raw, 32), 3, mload(raw))
        }
        ids = new uint32[](g.size);
        for (uint256 i = 0; i < ids.length; i++) {
            ids[i] = uint32(bytes4(_word(raw, 4 * i)));
        }
    }

    /// @notice Groups created so far (ids 1..count).
    function groupCount() external view returns (uint32) {
        return _groupCount;
    }

    function _word(bytes memory b, uint256 offset) private pure returns (bytes32 w) {
        assembly ("memory-safe") {
            w := mload(add(add(b, 32), offset))
        }
    }

    // ---------------------------------------------------------------- endpoints

    /// @notice Announces the caller's libp2p multiaddrs (replacing any earlier ones).
    function announce(string[] calldata addrs) external {
        if (addrs.length > MAX_ENDPOINTS) revert TooManyEndpoints(addrs.length);
        for (uint256 i = 0; i < addrs.length; i++) {
            uint256 l = bytes(addrs[i]).length;
            if (l == 0 || l > MAX_ENDPOINT_LENGTH) revert BadEndpoint(i);
        }
        Endpoints storage e = _endpoints[msg.sender];
        e.updatedAt = uint64(block.number);
        delete e.addrs;
        for (uint256 i = 0; i < addrs.length; i++) {
            e.addrs.push(addrs[i]);
        }
        emit EndpointsAnnounced(msg.sender, addrs);
    }

    /// @notice account's last announced multiaddrs and the block it announced them in
    /// (0 and none if it never did).
    function endpoints(address account) external view returns (string[] memory addrs, uint64 updatedAt) {
        Endpoints storage e = _endpoints[account];
        return (e.addrs, e.updatedAt);
    }

    /// @notice endpoints for several accounts in one call.
    function endpointsOf(address[] calldata accounts)
        external
        view
        returns (string[][] memory addrs, uint64[] memory updatedAt)
    {
        addrs = new string[][](accounts.length);
        updatedAt = new uint64[](accounts.length);
        for (uint256 i = 0; i < accounts.length; i++) {
            Endpoints storage e = _endpoints[accounts[i]];
            addrs[i] = e.addrs;
            updatedAt[i] = e.updatedAt;
        }
    }
}
