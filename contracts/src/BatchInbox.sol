// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// The view of the upkeeping contract the inbox needs (Upkeeping.sol).
interface IUpkeepingKeepers {
    function isActiveKeeper(address account) external view returns (bool);
}

/// @title BatchInbox
/// @notice The Ethereum-calldata data-availability layer of the SCP ledger (SPEC 9):
/// keepers publish each upkeeping contract's hash-chained batches here, as calldata,
/// and the inbox keeps the chain of batch hashes.
///
/// * One inbox serves any number of upkeeping contracts; each has its own chain
///   (next seq, last hash). publish accepts batch `seq` only if seq is the next one and
///   prevHash is the hash of the batch before it (zero for batch 0), so the chain of
///   hashes on chain has no gap and no fork: a batch is never published twice, and a
///   second, different batch for a published seq is refused.
/// * Only an active keeper of the upkeeping contract may publish (so that no outsider
///   can occupy a seq); chunks may be sent by anyone, as they are content-addressed.
/// * Payload. The batch's compressed bytes are chunk_1 ‖ … ‖ chunk_n ‖ data, where
///   data is publish's own calldata argument and chunk_i is the calldata of a chunk()
///   call whose Chunk event carries keccak256(chunk_i) == chunks[i], mined in blocks
///   [chunksFrom, the publish block]. Small batches travel inline (no chunks); large
///   ones in chunks under the nodes' transaction size limit. The inbox does not read
///   the payload: readers check that it decompresses to bytes hashing to batchHash.
/// * publishedAt records the block of each publication, so a reader finds batch seq
///   with one log query.
contract BatchInbox {
    struct Head {
        uint64 next; // batches published
        bytes32 hash; // hash of batch next − 1
    }

    /// @notice The block this inbox was deployed in (readers scan from it).
    uint64 public immutable deployBlock;

    mapping(address => Head) private _heads;
    mapping(address => mapping(uint64 => uint64)) private _publishedAt;

    /// @notice A chunk of some batch's payload, sent as chunk()'s calldata.
    event Chunk(address indexed upkeeping, bytes32 indexed chunkHash);

    /// @notice Batch seq of upkeeping's ledger, hash batchHash, chained to prevHash.
    event BatchPublished(
        address indexed upkeeping,
        uint64 indexed seq,
        bytes32 batchHash,
        bytes32 prevHash,
        bytes32[] chunks,
        uint64 chunksFrom
    );

    error NotKeeper(address account);
    error WrongSeq(uint64 expected, uint64 got);
    error WrongPrev(bytes32 expected, bytes32 got);
    error ZeroHash();
    error NoPayload();

    constructor() {
        deployBlock = uint64(block.number);
    }

    /// @notice Sends a chunk of a batch payload (its keccak256 goes in the event).
    function chunk(address upkeeping, bytes calldata data) external {
        if (data.length == 0) revert NoPayload();
        emit Chunk(upkeeping, keccak256(data));
    }

    /// @notice Publishes batch seq of upkeeping's ledger (caller: an active keeper).
    function publish(
        address upkeeping,
        uint64 seq,
        bytes32 prevHash,
        bytes32 batchHash,
        bytes32[] calldata chunks,
        uint64 chunksFrom,
        bytes calldata data
    ) external {
        if (!IUpkeepingKeepers(upkeeping).isActiveKeeper(msg.sender)) revert NotKeeper(msg.sender);
        Head memory h = _heads[upkeeping];
        if (seq != h.next) revert WrongSeq(h.next, seq);
        if (prevHash != h.hash) revert WrongPrev(h.hash, prevHash);
        if (batchHash == bytes32(0)) revert ZeroHash();
        if (chunks.length == 0 && data.length == 0) revert NoPayload();
        _heads[upkeeping] = Head(seq + 1, batchHash);
        _publishedAt[upkeeping][seq] = uint64(block.number);
        emit BatchPublished(upkeeping, seq, batchHash, prevHash, chunks, chunksFrom);
    }

    /// @notice The number of batches of upkeeping's ledger and the last one's hash.
    function head(address upkeeping) external view returns (uint64 next, bytes32 hash) {
        Head memory h = _heads[upkeeping];
        return (h.next, h.hash);
    }

    /// @notice The block batch seq was published in (0: not published).
    function publishedAt(address upkeeping, uint64 seq) external view returns (uint64) {
        return _publishedAt[upkeeping][seq];
    }
}
