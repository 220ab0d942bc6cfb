// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// The keeper view of an upkeeping contract the inbox reads: `isActiveKeeper` (the
/// contract's one-call view, SPEC 9 revision 2; Upkeeping.sol).
interface IUpkeepingKeepers {
    function isActiveKeeper(address account) external view returns (bool);
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
///   publication (a warm non-zero rewrite after the first), plus the event.
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

    /// next[upkeeping][keeper]: the lowest seq the keeper may publish next.
    mapping(address => mapping(address => uint64)) private _next;

    /// @notice A chunk of some batch's body, sent as chunk()'s calldata.
    event Chunk(address indexed upkeeping, bytes32 indexed chunkHash);

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
        if (!_isActiveKeeper(upkeeping, msg.sender)) revert NotKeeper(msg.sender);
        if (h.bodyHash == bytes32(0)) revert ZeroHash();
        bool payload = chunks.length != 0 || data.length != 0;
        if (locator.length == 0 && !payload) revert NoPayload();
        if (locator.length != 0 && payload) revert PayloadAndLocator();
        _advance(upkeeping, h.seq);
        emit BatchPublished(upkeeping, h.seq, msg.sender, h.prevHash, h.bodyHash, h.stateRoot, locator, chunks, chunksFrom);
    }

    /// One publication per keeper per seq: the caller's seqs strictly increase.
    function _advance(address upkeeping, uint64 seq) private {
        uint64 next = _next[upkeeping][msg.sender];
        if (seq < next) revert SeqNotAfterLast(next, seq);
        _next[upkeeping][msg.sender] = seq + 1;
    }

    /// @notice The lowest seq keeper may publish next at upkeeping's ledger.
    function nextSeqOf(address upkeeping, address keeper) external view returns (uint64) {
        return _next[upkeeping][keeper];
    }

    /// isActiveKeeper asks the upkeeping contract (one view call).
    function _isActiveKeeper(address upkeeping, address account) private view returns (bool) {
        return IUpkeepingKeepers(upkeeping).isActiveKeeper(account);
    }
}
