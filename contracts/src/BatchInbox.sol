// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// The keeper view of an upkeeping contract the inbox reads: `isActiveKeeperUntil`
/// (the contract's one-call view, SPEC 9 revision 2; Upkeeping.sol): whether an
/// account is an active keeper now, and the block until which that holds unless the
/// contract calls membershipChanged() here first.
interface IUpkeepingKeepers {
    function isActiveKeeperUntil(address account) external view returns (bool active, uint64 until);
}

/// @title BatchInbox
/// @notice The shared SCP ledger of upkeeping contracts on Ethereum (SPEC 9 revision 2):
/// an upkeeping contract names its inbox (set at deploy), and every keeper of the
/// contract publishes that contract's hash-chained batches here and reads them back.
///
/// * Who. Only an active keeper of the upkeeping contract may publish at its ledger,
///   and at most once per sequence number: each keeper's publications go to strictly
///   increasing seqs (one storage word per keeper and contract). So an outsider
///   cannot occupy the ledger, and a faulty keeper can put at most one batch at a seq.
/// * Which batch counts. The inbox records every publication; it does not judge them.
///   Readers take as the canonical batch at seq the FIRST valid publication at seq in
///   chain order (block, then log index): it decodes, its body hashes to its header's
///   bodyHash, it chains to the canonical batch at seq − 1 (prevHash), and its report
///   and signatures match a payment on the upkeeping contract. Readers skip invalid
///   publications; the detector names them with their publisher. Honest keepers
///   publish a seq only while it has no valid batch, so a valid batch is never
///   displaced and the ledger cannot fork.
/// * The record is a header. Each publication's event carries (seq, publisher,
///   prevHash, bodyHash, stateRoot, locator): enough to follow the chain of batch
///   hashes without the bodies. The body travels
///     - as calldata (locator empty): the compressed body is chunk_1 ‖ … ‖ chunk_n ‖
///       data, where data is publish's own argument and chunk_i the calldata of a
///       chunk() call whose Chunk event carries keccak256(chunk_i) == chunks[i],
///       mined in blocks [chunksFrom, the publish block] (large bodies stay under the
///       nodes' transaction size limit);
///     - or on an external data-availability layer (locator non-empty, no calldata
///       body): the locator names it, e.g. "ar:" and an Arweave transaction id.
///   The inbox reads neither: readers check that the body decompresses to bytes
///   hashing to bodyHash.
/// * Gas. No per-seq storage: one word per (contract, keeper), written on each
///   publication (a warm non-zero rewrite after the first), plus the event. The
///   word also caches the contract's answer to isActiveKeeperUntil: asking the
///   contract (a cold call into the user's clone, its implementation, the keeper
///   registry and the group's key store) costs about 25,000 gas, more than the
///   rest of a header publication. The answer is reused while the block is before
///   its `until` (the next epoch already scheduled) and the contract has not called
///   membershipChanged() since (its version here, one word per contract): the
///   contract calls it on every change of membership (scheduleGroup, slash), and
///   membership changes nowhere else. membershipChanged() is open to anyone but only
///   bumps the caller's own version: it can only make the caller's keepers be asked
///   again.
contract BatchInbox {
    /// @notice The block this inbox was deployed in (readers scan from it).
    uint64 public immutable deployBlock;

    /// @notice The header of a publication: the batch's seq, the hash of the batch
    /// before it (zero for batch 0), the hash of its body (keccak256 of the encoded
    /// batch, before compression) and the state root after it.
    struct Header {
        uint64 seq;
        bytes32 prevHash;
        bytes32 bodyHash;
        bytes32 stateRoot;
    }

    /// A keeper's word at a contract's ledger: the lowest seq it may publish next,
    /// and the cached answer of the contract that it is an active keeper: valid
    /// while block.number < until and the contract's version is still version.
    struct KeeperSlot {
        uint64 next;
        uint64 version;
        uint64 until; // 0: nothing cached
    }

    mapping(address => mapping(address => KeeperSlot)) private _slots;

    /// _version[upkeeping]: bumped by the contract's membershipChanged().
    mapping(address => uint64) private _version;

    /// @notice A chunk of some batch's body, sent as chunk()'s calldata.
    event Chunk(address indexed upkeeping, bytes32 indexed chunkHash);

    /// @notice The upkeeping contract's membership changed: cached answers dropped.
    event MembershipChanged(address indexed upkeeping, uint64 version);

    /// @notice A publication at seq of upkeeping's ledger by publisher: the header.
    event BatchPublished(
        address indexed upkeeping,
        uint64 indexed seq,
        address indexed publisher,
        bytes32 prevHash,
        bytes32 bodyHash,
        bytes32 stateRoot,
        bytes locator,
        bytes32[] chunks,
        uint64 chunksFrom
    );

    error NotKeeper(address account);
    error SeqNotAfterLast(uint64 next, uint64 got);
    error ZeroHash();
    error NoPayload();
    error PayloadAndLocator();

    constructor() {
        deployBlock = uint64(block.number);
    }

    /// @notice Sends a chunk of a batch body (its keccak256 goes in the event).
    function chunk(address upkeeping, bytes calldata data) external {
        if (data.length == 0) revert NoPayload();
        emit Chunk(upkeeping, keccak256(data));
    }

    /// @notice Publishes a batch at seq of upkeeping's ledger (caller: one of its
    /// active keepers, at a seq above its previous publication). The body is the
    /// calldata payload (chunks and data) or, with a locator, on another layer.
    function publish(
        address upkeeping,
        Header calldata h,
        bytes calldata locator,
        bytes32[] calldata chunks,
        uint64 chunksFrom,
        bytes calldata data
    ) external {
        if (h.bodyHash == bytes32(0)) revert ZeroHash();
        bool payload = chunks.length != 0 || data.length != 0;
        if (locator.length == 0 && !payload) revert NoPayload();
        if (locator.length != 0 && payload) revert PayloadAndLocator();
        _admit(upkeeping, h.seq);
        emit BatchPublished(upkeeping, h.seq, msg.sender, h.prevHash, h.bodyHash, h.stateRoot, locator, chunks, chunksFrom);
    }

    /// @notice publish for a body on an external layer (the locator names it): the
    /// same publication and event, with less calldata (no empty payload fields).
    function publishLocated(address upkeeping, Header calldata h, bytes calldata locator) external {
        if (h.bodyHash == bytes32(0)) revert ZeroHash();
        if (locator.length == 0) revert NoPayload();
        _admit(upkeeping, h.seq);
        emit BatchPublished(upkeeping, h.seq, msg.sender, h.prevHash, h.bodyHash, h.stateRoot, locator, new bytes32[](0), 0);
    }

    /// Admits the caller's publication at seq: it is an active keeper of upkeeping
    /// (the cached answer, or the contract asked), and its seqs strictly increase
    /// (one publication per keeper per seq).
    function _admit(address upkeeping, uint64 seq) private {
        KeeperSlot memory s = _slots[upkeeping][msg.sender];
        if (seq < s.next) revert SeqNotAfterLast(s.next, seq);
        uint64 version = _version[upkeeping];
        if (s.until == 0 || block.number >= s.until || s.version != version) {
            (bool active, uint64 until) = IUpkeepingKeepers(upkeeping).isActiveKeeperUntil(msg.sender);
            if (!active) revert NotKeeper(msg.sender);
            s.version = version;
            s.until = until > block.number ? until : 0;
        }
        s.next = seq + 1;
        _slots[upkeeping][msg.sender] = s;
    }

    /// @notice Drops the cached answers of the caller's keepers (an upkeeping
    /// contract calls it whenever its membership changes).
    function membershipChanged() external {
        uint64 v = _version[msg.sender] + 1;
        _version[msg.sender] = v;
        emit MembershipChanged(msg.sender, v);
    }

    /// @notice The lowest seq keeper may publish next at upkeeping's ledger.
    function nextSeqOf(address upkeeping, address keeper) external view returns (uint64) {
        return _slots[upkeeping][keeper].next;
    }
}
