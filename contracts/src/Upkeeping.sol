// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {BLS12381} from "./BLS12381.sol";

/// @title Upkeeping
/// @notice The WhitePay upkeeping contract (SPEC 8): a user's storage budget, paid to
/// providers for proven space-time on reports that at least q = floor(2N/3)+1 of the N
/// active keepers BLS-signed (seed 001).
///
/// Decisions taken where SPEC 8 is silent (the Go client in upkeeping/ mirrors them):
///
/// * Keepers. At most 256 indices, assigned in registration order and never reused: a
///   removed or slashed keeper's index is retired. N and q count the active keepers.
///   An address holds at most one keeper index, forever, and a BLS key is registered
///   once. Keepers are given to the constructor (their proofs of possession must then
///   sign the address the contract will have: the deployer predicts it from its nonce,
///   see upkeeping.PredictAddress) or added later by the owner (addKeeper/addKeepers),
///   signing the deployed address. The PoP is the BLS signature (DST of SPEC 5) on
///   keccak256("whitepay/pop/v2" ‖ uint256 chainid ‖ address(this) ‖ keeper ‖ pubkey128),
///   i.e. internal/domain Digest(TagPoP, keeper, pk.EIP2537()).
/// * Keys are kept in data contracts (the SSTORE2 pattern: runtime code = 0x00 ‖ keys):
///   one for indices 0..127, whose address shares the counts' slot, and one for
///   128..255. pay reads a signer's key with one warm EXTCODECOPY (one cold account
///   access per store, not four cold SLOADs per key). A registration rewrites the
///   store it extends (old keys plus new ones), so registering keepers in a batch
///   (constructor, addKeepers) costs much less than one by one.
/// * Providers have an index (registration order), an account and a price (token units
///   per byte·block, at most 2^64-1). A provider's lastPaid starts at the start block
///   if it is added before it, else at the last period boundary at or before the block
///   that adds it. A price change applies to every payment made after it, including
///   the unpaid interval that was already running: the amount is st × price at the
///   time of payment (seed 001: the contract computes the amount when it pays). The
///   PriceChanged event tells keepers and providers.
/// * The report is the raw bytes of internal/report Encode: abi.encode(bytes32 tag,
///   uint256 chainId, address contract, uint64 te, uint32 leader, uint32 attempt,
///   uint256 failedBitmap, (uint32,uint64,uint256)[] entries) as a parameter list. pay
///   parses it strictly (offsets, lengths, zero high bits) and verifies the signature on
///   its keccak256 directly, so the digest the keepers sign is the one checked here.
/// * The leader (a report field) must be active and not failed; failedBitmap must be
///   a subset of the active keepers. Their consistency with the leader schedule of
///   SPEC 6 is vouched for by the q signers, not recomputed on chain.
/// * The split, per report: each entry's provider gets floor(amount ×
///   providerShareBps / 10000); the leader gets floor(total × leaderBonusBps / 10000);
///   the rest is split equally among the active keepers not in failedBitmap (the leader
///   included), and the integer remainder of that division (less than the number of
///   keepers paid, in token units) goes to the provider of the report's first entry,
///   whose balance slot is already being written (no extra cold write). Every unit of
///   st × price is credited to someone.
/// * Keeper shares are accounted lazily: a cumulative per-keeper share (cumPerKeeper)
///   grows by the equal share of each report, and a keeper is owed its settled balance
///   plus cumPerKeeper minus its snapshot. A failed keeper is settled before the report
///   and its snapshot moved past the report's share, so it gets nothing from it.
/// * Funds: the contract's ether balance, or its balance of the ERC-20 token. owed is
///   the sum of everything credited and not withdrawn; pay reverts with
///   InsufficientFunds when the report's total exceeds the balance minus owed, and the
///   owner can withdraw only the balance minus owed (withdrawSurplus).
///   Fee-on-transfer and rebasing tokens are not supported.
/// * Equivocation (seed 004's channel_slash): anyone may submit two BLS signatures by
///   one keeper on two different reports for the same (te, leader, attempt) of this
///   contract. The keeper's unpaid rewards are forfeited to the unowed pool (the owner's
///   surplus) and the keeper is removed (its index retired).
/// * Leader order (SPEC 6): the active keepers sorted ascending by
///   keccak256(abi.encodePacked(uint64 te, address keeper)) — te as 8 bytes
///   big-endian, then the 20-byte address; ties are impossible (distinct addresses).
contract Upkeeping is Ownable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ---------------------------------------------------------------- types

    /// Deployment parameters (SPEC 2, 8). token == address(0) means native ether.
    struct Config {
        address owner;
        address token;
        uint64 start;
        uint64 period; // H
        uint64 finality; // D
        uint64 window; // W
        uint64 stale; // G
        uint16 providerShareBps;
        uint16 leaderBonusBps;
    }

    struct KeeperInit {
        address account;
        bytes pubkey; // 128-byte EIP-2537 G1 point
        bytes pop; // 256-byte EIP-2537 G2 signature on the PoP digest
    }

    struct ProviderInit {
        address account;
        uint256 price;
    }

    /// One storage slot per provider: a pay entry reads and writes only this slot.
    struct Provider {
        uint64 lastPaid;
        uint64 price;
        uint128 balance;
    }

    uint8 internal constant STATUS_NONE = 0;
    uint8 internal constant STATUS_ACTIVE = 1;
    uint8 internal constant STATUS_REMOVED = 2;
    uint8 internal constant STATUS_SLASHED = 3;

    /// One storage slot per keeper; status is never zero once registered, so crediting
    /// a keeper never pays the zero-to-nonzero SSTORE price.
    struct Keeper {
        uint128 balance;
        uint120 snapshot;
        uint8 status;
    }

    /// The slot every pay updates.
    struct Hot {
        uint128 owed;
        uint120 cumPerKeeper;
        uint8 live; // 1 from construction, so that no pay writes a zero slot
    }

    /// Read by every pay: the counts and the key store of indices 0..127.
    struct Counts {
        uint16 keepers; // indices assigned so far
        uint16 active; // N
        uint32 providers;
        address keys0; // data contract holding the keys of indices 0..127
    }

    /// How one report's total is split.
    struct Split {
        uint256 total; // sum of st × price
        uint256 providers; // credited to the entries' providers
        uint256 keeperShare; // credited to each active keeper not failed
        uint256 leaderBonus; // credited to the leader
        uint256 remainder; // of the equal split, credited to the first entry's provider
        uint256 firstProvider;
    }

    struct Header {
        uint64 te;
        uint32 leader;
        uint32 attempt;
        uint256 failed;
        uint256 entries;
    }

    // ---------------------------------------------------------------- constants

    /// keccak256("whitepay/report/v1"), the first word of every report.
    bytes32 public constant REPORT_TAG = keccak256("whitepay/report/v1");
    uint256 public constant MAX_KEEPERS = 256;
    /// Keys per key-store data contract: 128 × 128 bytes stays under the EIP-170 code
    /// size limit (24576 bytes); indices 128..255 live in a second store.
    uint256 internal constant KEYS_PER_STORE = 128;
    uint256 internal constant BPS = 10000;

    // ---------------------------------------------------------------- immutables

    IERC20 public immutable token;
    uint64 public immutable start;
    uint64 public immutable period;
    uint64 public immutable finality;
    uint64 public immutable window;
    uint64 public immutable stale;
    uint16 public immutable providerShareBps;
    uint16 public immutable leaderBonusBps;

    // ---------------------------------------------------------------- storage

    Hot private _hot;
    uint256 private _active; // bit i set iff keeper i is active
    Counts private _counts;
    address private _keys1; // data contract holding the keys of indices 128..255
    mapping(uint256 => Keeper) private _keepers;
    mapping(uint256 => address) private _keeperAccount;
    mapping(address => uint256) private _keeperIndexPlus1;
    mapping(bytes32 => bool) private _keyUsed;
    mapping(uint256 => Provider) private _providers;
    mapping(uint256 => address) private _providerAccount;
    mapping(address => uint256) private _providerIndexPlus1;

    // ---------------------------------------------------------------- events

    event KeeperAdded(uint32 indexed index, address indexed account, bytes pubkey);
    event KeeperRemoved(uint32 indexed index, address indexed account, uint256 settled);
    event KeeperSlashed(
        uint32 indexed index, address indexed account, address indexed reporter, uint256 forfeited, bytes32 digestA, bytes32 digestB
    );
    event ProviderAdded(uint32 indexed index, address indexed account, uint256 price, uint64 lastPaid);
    event PriceChanged(uint32 indexed index, uint256 oldPrice, uint256 newPrice);
    event Funded(address indexed from, uint256 amount);
    event EntryPaid(uint32 indexed provider, uint64 ts, uint64 te, uint256 st, uint256 amount);
    /// One per paid report. The signer bitmap and the failed bitmap are not repeated
    /// here (each event word costs gas on every pay): they are in the transaction's
    /// input, the report whose digest is indexed and pay's second argument.
    event ReportPaid(
        bytes32 indexed digest,
        uint64 indexed te,
        uint32 leader,
        uint32 attempt,
        uint256 total,
        uint256 keeperShare,
        uint256 remainder
    );
    event Withdrawn(address indexed account, uint256 amount);
    event SurplusWithdrawn(address indexed to, uint256 amount);

    // ---------------------------------------------------------------- errors

    error InvalidConfig(string reason);
    error ZeroAddress();
    error TooManyKeepers();
    error KeeperExists(address account);
    error DuplicateKey();
    error InvalidPublicKey();
    error InvalidProofOfPossession(address account);
    error UnknownKeeper(uint256 index);
    error KeeperNotActive(uint256 index);
    error ProviderExists(address account);
    error UnknownProvider(uint256 index);
    error PriceTooLarge(uint256 price);
    error MalformedReport();
    error WrongTag(bytes32 tag);
    error WrongChain(uint256 expected, uint256 got);
    error WrongContract(address expected, address got);
    error NotPeriodBoundary(uint64 te);
    error NotFinal(uint64 te, uint256 payableAt);
    error EmptyReport();
    error StaleInterval(uint256 provider, uint64 ts, uint64 lastPaid);
    error IntervalNotBeforeEnd(uint256 provider, uint64 ts, uint64 te);
    error UnknownSigner(uint256 index);
    error NotEnoughSigners(uint256 signers, uint256 quorum);
    error InvalidLeader(uint256 leader);
    error InvalidFailedBitmap(uint256 failed);
    error InvalidSignature();
    error InsufficientFunds(uint256 needed, uint256 available);
    error AmountOverflow();
    error NothingToWithdraw();
    error TransferFailed(address to, uint256 amount);
    error UnexpectedEther();
    error WrongFundingAmount(uint256 declared, uint256 sent);
    error SurplusExceeded(uint256 requested, uint256 surplus);
    error NotEquivocation();
    error InvalidEvidence();

    // ---------------------------------------------------------------- construction

    constructor(Config memory cfg, KeeperInit[] memory keepers, ProviderInit[] memory providers)
        Ownable(cfg.owner)
    {
        if (cfg.period == 0) revert InvalidConfig("period is zero");
        if (cfg.window == 0) revert InvalidConfig("window is zero");
        if (uint256(cfg.providerShareBps) + cfg.leaderBonusBps > BPS) revert InvalidConfig("shares exceed 10000 bps");
        if (cfg.token != address(0) && cfg.token.code.length == 0) revert InvalidConfig("token has no code");
        token = IERC20(cfg.token);
        start = cfg.start;
        period = cfg.period;
        finality = cfg.finality;
        window = cfg.window;
        stale = cfg.stale;
        providerShareBps = cfg.providerShareBps;
        leaderBonusBps = cfg.leaderBonusBps;
        _hot.live = 1;
        _addKeepers(keepers);
        for (uint256 i = 0; i < providers.length; i++) {
            _addProvider(providers[i].account, providers[i].price);
        }
    }

    // ---------------------------------------------------------------- keepers

    /// @notice Registers a keeper (owner only). pop must sign this contract's address.
    function addKeeper(address account, bytes calldata pubkey, bytes calldata pop) external onlyOwner {
        KeeperInit[] memory ks = new KeeperInit[](1);
        ks[0] = KeeperInit(account, pubkey, pop);
        _addKeepers(ks);
    }

    /// @notice Registers several keepers in one transaction (owner only): cheaper than
    /// one by one, as the key store is rewritten once.
    function addKeepers(KeeperInit[] calldata keepers) external onlyOwner {
        _addKeepers(keepers);
    }

    /// @notice Removes an active keeper (owner only). Its rewards so far stay owed to
    /// it; its index is retired.
    function removeKeeper(uint32 index) external onlyOwner {
        Keeper memory k = _keepers[index];
        if (k.status != STATUS_ACTIVE) revert KeeperNotActive(index);
        uint120 cum = _hot.cumPerKeeper;
        uint256 settled = cum - k.snapshot;
        _keepers[index] = Keeper(_u128(k.balance + settled), cum, STATUS_REMOVED);
        _active &= ~(uint256(1) << index);
        _counts.active -= 1;
        emit KeeperRemoved(index, _keeperAccount[index], settled);
    }

    function _addKeepers(KeeperInit[] memory keepers) private {
        if (keepers.length == 0) return;
        Counts memory c = _counts;
        uint256 first = c.keepers;
        if (first + keepers.length > MAX_KEEPERS) revert TooManyKeepers();
        bytes memory keys = new bytes(keepers.length * 128);
        uint120 cum = _hot.cumPerKeeper;
        uint256 active = _active;
        for (uint256 i = 0; i < keepers.length; i++) {
            KeeperInit memory k = keepers[i];
            _checkKeeper(k.account, k.pubkey, k.pop);
            uint256 index = first + i;
            assembly ("memory-safe") {
                mcopy(add(add(keys, 32), mul(i, 128)), add(mload(add(k, 32)), 32), 128)
            }
            _keyUsed[keccak256(k.pubkey)] = true;
            _keepers[index] = Keeper(0, cum, STATUS_ACTIVE);
            _keeperAccount[index] = k.account;
            _keeperIndexPlus1[k.account] = index + 1;
            active |= uint256(1) << index;
            emit KeeperAdded(uint32(index), k.account, k.pubkey);
        }
        _active = active;
        c.keepers = uint16(first + keepers.length);
        c.active += uint16(keepers.length);
        _counts = c;
        _appendKeys(first, keys);
    }

    /// Checks a new keeper: unused account and key, a canonical non-infinity key, and a
    /// valid proof of possession for this contract.
    function _checkKeeper(address account, bytes memory pubkey, bytes memory pop) private view {
        if (account == address(0)) revert ZeroAddress();
        if (_keeperIndexPlus1[account] != 0) revert KeeperExists(account);
        if (pubkey.length != 128 || BLS12381.isZero(pubkey)) revert InvalidPublicKey();
        if (!BLS12381.isCanonicalFp(pubkey, 0) || !BLS12381.isCanonicalFp(pubkey, 64)) revert InvalidPublicKey();
        if (_keyUsed[keccak256(pubkey)]) revert DuplicateKey();
        bytes32 digest = popDigest(account, pubkey);
        if (pop.length != 256 || !BLS12381.verify(pubkey, abi.encodePacked(digest), pop, BLS12381.DST)) {
            revert InvalidProofOfPossession(account);
        }
    }

    /// @notice The message a keeper's proof of possession signs (SPEC 5):
    /// keccak256("whitepay/pop/v2" ‖ uint256 chainid ‖ address(this) ‖ account ‖ pubkey).
    function popDigest(address account, bytes memory pubkey) public view returns (bytes32) {
        return keccak256(abi.encodePacked("whitepay/pop/v2", block.chainid, address(this), account, pubkey));
    }

    /// Appends the keys of indices first.. (128 bytes each, in order) to the key
    /// stores: each store touched is redeployed holding its old keys followed by the
    /// new ones (the SSTORE2 pattern: runtime code = 0x00 ‖ keys, so it cannot be
    /// called). Called after _counts.keepers already counts the new keys.
    function _appendKeys(uint256 first, bytes memory keys) private {
        uint256 end = first + keys.length / 128;
        for (uint256 s = first / KEYS_PER_STORE; s * KEYS_PER_STORE < end; s++) {
            uint256 lo = s * KEYS_PER_STORE;
            uint256 hi = lo + KEYS_PER_STORE < end ? lo + KEYS_PER_STORE : end;
            uint256 kept = first > lo ? first - lo : 0; // keys already in this store
            uint256 from = first > lo ? first : lo; // first new index in this store
            address old = s == 0 ? _counts.keys0 : _keys1;
            bytes memory data = new bytes((hi - lo) * 128);
            assembly ("memory-safe") {
                if kept { extcodecopy(old, add(data, 32), 1, mul(kept, 128)) }
                mcopy(add(add(data, 32), mul(kept, 128)), add(add(keys, 32), mul(sub(from, first), 128)), mul(sub(hi, from), 128))
            }
            // init code: PUSH2 size, DUP1, PUSH1 0x0a, RETURNDATASIZE, CODECOPY,
            // RETURNDATASIZE, RETURN; then the runtime code 0x00 (STOP) ‖ data.
            bytes memory init = abi.encodePacked(hex"61", uint16(data.length + 1), hex"80600a3d393df300", data);
            address store;
            assembly ("memory-safe") {
                store := create(0, add(init, 32), mload(init))
            }
            if (store == address(0)) revert InvalidPublicKey();
            if (s == 0) _counts.keys0 = store;
            else _keys1 = store;
        }
    }

    /// @notice The 128-byte EIP-2537 public key of keeper `index`.
    function keeperKey(uint256 index) public view returns (bytes memory pubkey) {
        Counts memory c = _counts;
        if (index >= c.keepers) revert UnknownKeeper(index);
        address store = index < KEYS_PER_STORE ? c.keys0 : _keys1;
        pubkey = new bytes(128);
        assembly ("memory-safe") {
            extcodecopy(store, add(pubkey, 32), add(1, mul(mod(index, 128), 128)), 128)
        }
    }

    // ---------------------------------------------------------------- providers

    /// @notice Registers a provider with its price (owner only).
    function addProvider(address account, uint256 price) external onlyOwner returns (uint32) {
        return _addProvider(account, price);
    }

    /// @notice Registers several providers (owner only).
    function addProviders(ProviderInit[] calldata providers) external onlyOwner {
        for (uint256 i = 0; i < providers.length; i++) {
            _addProvider(providers[i].account, providers[i].price);
        }
    }

    /// @notice Changes a provider's price (owner only). It applies to every payment made
    /// from now on, including the interval already running (see the contract doc).
    function setPrice(uint32 index, uint256 price) external onlyOwner {
        if (index >= _counts.providers) revert UnknownProvider(index);
        if (price > type(uint64).max) revert PriceTooLarge(price);
        Provider storage p = _providers[index];
        uint256 old = p.price;
        p.price = uint64(price);
        emit PriceChanged(index, old, price);
    }

    function _addProvider(address account, uint256 price) private returns (uint32) {
        if (account == address(0)) revert ZeroAddress();
        if (_providerIndexPlus1[account] != 0) revert ProviderExists(account);
        if (price > type(uint64).max) revert PriceTooLarge(price);
        uint32 index = _counts.providers;
        uint64 firstTs = start;
        if (block.number > start) {
            firstTs = start + uint64((block.number - start) / period) * period;
        }
        _providers[index] = Provider(firstTs, uint64(price), 0);
        _providerAccount[index] = account;
        _providerIndexPlus1[account] = uint256(index) + 1;
        _counts.providers = index + 1;
        emit ProviderAdded(index, account, price, firstTs);
        return index;
    }

    // ---------------------------------------------------------------- funding

    /// @notice Adds funds: ether (msg.value == amount) or the ERC-20 token (approve first;
    /// the amount credited is the balance increase).
    function fund(uint256 amount) external payable nonReentrant {
        if (address(token) == address(0)) {
            if (msg.value != amount) revert WrongFundingAmount(amount, msg.value);
            emit Funded(msg.sender, amount);
            return;
        }
        if (msg.value != 0) revert UnexpectedEther();
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Funded(msg.sender, token.balanceOf(address(this)) - before);
    }

    /// @notice Plain ether transfers fund an ether contract.
    receive() external payable {
        if (address(token) != address(0)) revert UnexpectedEther();
        emit Funded(msg.sender, msg.value);
    }

    // ---------------------------------------------------------------- pay

    /// @notice Pays a report signed by at least q active keepers (SPEC 8).
    /// @param report internal/report Encode() bytes
    /// @param signerBitmap bit i set iff keeper i's signature is in the aggregate
    /// @param signature the aggregate BLS signature on keccak256(report), 256 bytes EIP-2537
    function pay(bytes calldata report, uint256 signerBitmap, bytes calldata signature) external nonReentrant {
        Header memory h = _parseHeader(report);
        uint256 nActive = _checkReport(h, signerBitmap);
        bytes32 digest;
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, report.offset, report.length)
            digest := keccak256(p, report.length)
        }
        if (!_verifyAggregate(signerBitmap, digest, signature)) revert InvalidSignature();
        Split memory sp;
        (sp.total, sp.providers, sp.firstProvider) = _payEntries(report, h.te, h.entries);
        _creditKeepers(h, nActive, sp);
        emit ReportPaid(
            digest,
            h.te,
            h.leader,
            h.attempt,
            sp.total,
            sp.keeperShare,
            sp.remainder
        );
    }

    /// The checks of SPEC 8 on everything but the signature and the entries; returns N.
    function _checkReport(Header memory h, uint256 signerBitmap) private view returns (uint256 nActive) {
        if (h.entries == 0) revert EmptyReport();
        if (h.te < start || (h.te - start) % period != 0) revert NotPeriodBoundary(h.te);
        if (uint256(h.te) + finality > block.number) revert NotFinal(h.te, uint256(h.te) + finality);
        uint256 active = _active;
        nActive = _counts.active;
        uint256 unknown = signerBitmap & ~active;
        if (unknown != 0) revert UnknownSigner(_lowestBit(unknown));
        uint256 nSigners = _popcount(signerBitmap);
        uint256 q = nActive * 2 / 3 + 1;
        if (nSigners < q) revert NotEnoughSigners(nSigners, q);
        if (h.leader >= MAX_KEEPERS || (active >> h.leader) & 1 == 0) revert InvalidLeader(h.leader);
        if (h.failed & ~active != 0 || (h.failed >> h.leader) & 1 != 0) revert InvalidFailedBitmap(h.failed);
    }

    /// Checks and pays every entry: ts == lastPaid[P] < te, amount = st × price, the
    /// provider's share credited and lastPaid[P] = te, in one slot per entry.
    function _payEntries(bytes calldata report, uint64 te, uint256 n)
        private
        returns (uint256 total, uint256 providerTotal, uint256 firstProvider)
    {
        uint256 nProviders = _counts.providers;
        uint256 entries;
        assembly ("memory-safe") {
            entries := add(report.offset, 0x120)
        }
        for (uint256 i = 0; i < n; i++) {
            (uint256 p, uint256 amount, uint256 share) = _payEntry(entries + i * 0x60, te, nProviders);
            if (i == 0) firstProvider = p;
            unchecked {
                total += amount; // fewer than 2^16 amounts below 2^128
                providerTotal += share;
            }
        }
    }

    /// Pays the entry at calldata offset `base` with one cold SLOAD, one SSTORE and one
    /// LOG2 (assembly: no memory structs): checks the encoding, the provider, and
    /// ts == lastPaid < te; amount = st × price; credits the provider's share and sets
    /// lastPaid = te.
    function _payEntry(uint256 base, uint64 te, uint256 nProviders)
        private
        returns (uint256 p, uint256 amount, uint256 share)
    {
        uint256 ts;
        uint256 st;
        uint256 slot;
        uint256 v;
        assembly ("memory-safe") {
            p := calldataload(base)
            ts := calldataload(add(base, 0x20))
            st := calldataload(add(base, 0x40))
            mstore(0, p)
            mstore(0x20, _providers.slot)
            slot := keccak256(0, 0x40)
        }
        if (p >> 32 != 0 || ts >> 64 != 0) revert MalformedReport();
        if (p >= nProviders) revert UnknownProvider(p);
        assembly ("memory-safe") {
            v := sload(slot)
        }
        if (ts != v & type(uint64).max) revert StaleInterval(p, uint64(ts), uint64(v));
        if (ts >= te) revert IntervalNotBeforeEnd(p, uint64(ts), te);
        uint256 price = (v >> 64) & type(uint64).max;
        unchecked {
            amount = st * price;
            if (price != 0 && (amount / price != st || amount >> 128 != 0)) revert AmountOverflow();
            share = amount * providerShareBps / BPS; // amount < 2^128: no overflow
            v = (v >> 128) + share; // the new balance
        }
        if (v >> 128 != 0) revert AmountOverflow();
        bytes32 topic = EntryPaid.selector;
        assembly ("memory-safe") {
            sstore(slot, or(or(te, shl(64, price)), shl(128, v)))
            let ptr := mload(0x40)
            mstore(ptr, ts)
            mstore(add(ptr, 0x20), te)
            mstore(add(ptr, 0x40), st)
            mstore(add(ptr, 0x60), amount)
            log2(ptr, 0x80, topic, p)
        }
    }

    /// Checks the funds, then credits the keepers' part of the report (the equal share
    /// lazily through cumPerKeeper, the failed keepers' exclusion, the leader's bonus
    /// and the remainder) and records the total as owed.
    function _creditKeepers(Header memory h, uint256 nActive, Split memory sp) private {
        Hot memory hot = _hot;
        {
            uint256 funds = _funds();
            uint256 available = funds > hot.owed ? funds - hot.owed : 0;
            if (sp.total > available) revert InsufficientFunds(sp.total, available);
        }
        sp.leaderBonus = sp.total * leaderBonusBps / BPS;
        uint256 pool = sp.total - sp.providers - sp.leaderBonus;
        uint256 paidKeepers = nActive - _popcount(h.failed);
        sp.keeperShare = pool / paidKeepers;
        sp.remainder = pool - sp.keeperShare * paidKeepers;
        uint120 newCum = _u120(uint256(hot.cumPerKeeper) + sp.keeperShare);

        // Failed keepers: settle up to now, then skip this report's share.
        for (uint256 f = h.failed; f != 0; f &= f - 1) {
            uint256 idx = _lowestBit(f);
            Keeper memory k = _keepers[idx];
            _keepers[idx] = Keeper(_u128(k.balance + (hot.cumPerKeeper - k.snapshot)), newCum, STATUS_ACTIVE);
        }
        if (sp.leaderBonus != 0) {
            Keeper storage lk = _keepers[h.leader];
            lk.balance = _u128(lk.balance + sp.leaderBonus);
        }
        if (sp.remainder != 0) {
            // the provider's slot is warm: this costs a warm SSTORE, not a cold one
            Provider storage fp = _providers[sp.firstProvider];
            fp.balance = _u128(fp.balance + sp.remainder);
        }
        _hot = Hot(_u128(hot.owed + sp.total), newCum, 1);
    }

    /// Parses and checks the fixed part of a report (SPEC 8): canonical ABI layout, tag,
    /// chain and contract. Entry words are range-checked where they are read.
    function _parseHeader(bytes calldata r) private view returns (Header memory h) {
        if (r.length < 0x120) revert MalformedReport();
        bytes32 tag;
        uint256 chain;
        uint256 addr;
        uint256 te;
        uint256 leader;
        uint256 attempt;
        uint256 failed;
        uint256 offset;
        uint256 n;
        assembly ("memory-safe") {
            let o := r.offset
            tag := calldataload(o)
            chain := calldataload(add(o, 0x20))
            addr := calldataload(add(o, 0x40))
            te := calldataload(add(o, 0x60))
            leader := calldataload(add(o, 0x80))
            attempt := calldataload(add(o, 0xa0))
            failed := calldataload(add(o, 0xc0))
            offset := calldataload(add(o, 0xe0))
            n := calldataload(add(o, 0x100))
        }
        if (offset != 0x100 || n > 0xffff || r.length != 0x120 + n * 0x60) revert MalformedReport();
        if (addr >> 160 != 0 || te >> 64 != 0 || leader >> 32 != 0 || attempt >> 32 != 0) revert MalformedReport();
        if (tag != REPORT_TAG) revert WrongTag(tag);
        if (chain != block.chainid) revert WrongChain(block.chainid, chain);
        if (address(uint160(addr)) != address(this)) revert WrongContract(address(this), address(uint160(addr)));
        h = Header(uint64(te), uint32(leader), uint32(attempt), failed, n);
    }

    /// Aggregates the signers' keys (G1ADD, one warm EXTCODECOPY per key, one cold
    /// account access per key store) and checks e(aggPk, H(digest)) == e(g1, signature) with
    /// one PAIRING_CHECK over -g1 ‖ sig ‖ aggPk ‖ H(digest).
    function _verifyAggregate(uint256 signers, bytes32 digest, bytes calldata signature)
        private
        view
        returns (bool)
    {
        if (signature.length != 256) return false;
        bytes memory buf = new bytes(768);
        uint256 p;
        bool sigNonZero;
        assembly ("memory-safe") {
            p := add(buf, 32)
            calldatacopy(add(p, 128), signature.offset, 256)
            for { let i := 0 } lt(i, 256) { i := add(i, 32) } {
                if mload(add(add(p, 128), i)) { sigNonZero := 1 }
            }
        }
        if (!sigNonZero) return false;
        // aggregate key at p+384; p+512 is the scratch for the next key, overwritten by H(m)
        if (!_aggregateKeys(signers, p + 384)) return false;
        BLS12381.writeNegG1(p);
        BLS12381.hashToG2To(abi.encodePacked(digest), BLS12381.DST, p + 512);
        return BLS12381.pairingCheckAt(p);
    }

    /// Writes the sum of the keys of the keepers in `signers` at memory address acc
    /// (using the 128 bytes after it as scratch): one warm EXTCODECOPY and one G1ADD
    /// per signer. False if a G1ADD failed or the sum is infinity.
    function _aggregateKeys(uint256 signers, uint256 acc) private view returns (bool ok) {
        address keys0 = _counts.keys0;
        address keys1 = signers >> KEYS_PER_STORE != 0 ? _keys1 : address(0);
        assembly ("memory-safe") {
            ok := 1
            let first := 1
            for { let h := 0 } lt(h, 2) { h := add(h, 1) } {
                let bits := and(shr(mul(h, 128), signers), 0xffffffffffffffffffffffffffffffff)
                let store := keys0
                if h { store := keys1 }
                for { let off := 1 } bits { } {
                    if iszero(and(bits, 0xff)) {
                        bits := shr(8, bits)
                        off := add(off, 1024)
                        continue
                    }
                    if and(bits, 1) {
                        switch first
                        case 1 {
                            extcodecopy(store, acc, off, 128)
                            first := 0
                        }
                        default {
                            extcodecopy(store, add(acc, 128), off, 128)
                            ok := and(ok, staticcall(1000, 0x0b, acc, 256, acc, 128))
                        }
                    }
                    bits := shr(1, bits)
                    off := add(off, 128)
                }
            }
            let nz := or(or(mload(acc), mload(add(acc, 32))), or(mload(add(acc, 64)), mload(add(acc, 96))))
            ok := and(ok, iszero(iszero(nz)))
        }
    }

    // ---------------------------------------------------------------- withdrawals

    /// @notice Withdraws everything owed to the caller as a provider and as a keeper.
    function withdraw() external nonReentrant returns (uint256 amount) {
        uint256 pi = _providerIndexPlus1[msg.sender];
        if (pi != 0) {
            Provider storage pv = _providers[pi - 1];
            amount += pv.balance;
            pv.balance = 0;
        }
        uint256 ki = _keeperIndexPlus1[msg.sender];
        if (ki != 0) {
            Keeper memory k = _keepers[ki - 1];
            amount += k.balance;
            if (k.status == STATUS_ACTIVE) {
                uint120 cum = _hot.cumPerKeeper;
                amount += cum - k.snapshot;
                k.snapshot = cum;
            }
            k.balance = 0;
            _keepers[ki - 1] = k;
        }
        if (amount == 0) revert NothingToWithdraw();
        _hot.owed -= _u128(amount);
        emit Withdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// @notice The owner withdraws funds that no one is owed.
    function withdrawSurplus(address to, uint256 amount) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 s = surplus();
        if (amount > s) revert SurplusExceeded(amount, s);
        emit SurplusWithdrawn(to, amount);
        _send(to, amount);
    }

    function _send(address to, uint256 amount) private {
        if (address(token) == address(0)) {
            (bool ok,) = payable(to).call{value: amount}("");
            if (!ok) revert TransferFailed(to, amount);
        } else {
            token.safeTransfer(to, amount);
        }
    }

    function _funds() private view returns (uint256) {
        if (address(token) == address(0)) return address(this).balance;
        return token.balanceOf(address(this));
    }

    // ---------------------------------------------------------------- equivocation

    /// @notice Slashes a keeper that signed two different reports for the same
    /// (te, leader, attempt) of this contract: its unpaid rewards return to the unowed
    /// pool and it is removed. sigA and sigB are the keeper's individual signatures.
    function slash(
        uint32 keeper,
        bytes calldata reportA,
        bytes calldata sigA,
        bytes calldata reportB,
        bytes calldata sigB
    ) external nonReentrant {
        (bytes32 da, bytes32 db) = _equivocation(reportA, reportB);
        Keeper memory k = _keepers[keeper];
        if (k.status != STATUS_ACTIVE && k.status != STATUS_REMOVED) revert UnknownKeeper(keeper);
        bytes memory pk = keeperKey(keeper);
        if (
            !BLS12381.verify(pk, abi.encodePacked(da), sigA, BLS12381.DST)
                || !BLS12381.verify(pk, abi.encodePacked(db), sigB, BLS12381.DST)
        ) revert InvalidEvidence();
        _slash(keeper, k, da, db);
    }

    /// The digests of two reports of this contract for the same (te, leader, attempt)
    /// that differ; reverts otherwise.
    function _equivocation(bytes calldata reportA, bytes calldata reportB)
        private
        view
        returns (bytes32 da, bytes32 db)
    {
        Header memory a = _parseHeader(reportA);
        Header memory b = _parseHeader(reportB);
        if (a.te != b.te || a.leader != b.leader || a.attempt != b.attempt) revert NotEquivocation();
        da = keccak256(reportA);
        db = keccak256(reportB);
        if (da == db) revert NotEquivocation();
    }

    function _slash(uint32 keeper, Keeper memory k, bytes32 da, bytes32 db) private {
        uint256 forfeited = k.balance;
        if (k.status == STATUS_ACTIVE) {
            forfeited += _hot.cumPerKeeper - k.snapshot;
            _active &= ~(uint256(1) << keeper);
            _counts.active -= 1;
        }
        _keepers[keeper] = Keeper(0, k.snapshot, STATUS_SLASHED);
        _hot.owed -= _u128(forfeited);
        emit KeeperSlashed(keeper, _keeperAccount[keeper], msg.sender, forfeited, da, db);
    }

    // ---------------------------------------------------------------- views

    /// @notice The deployment parameters.
    function params() external view returns (Config memory) {
        return Config(
            owner(), address(token), start, period, finality, window, stale, providerShareBps, leaderBonusBps
        );
    }

    /// @notice Keeper indices assigned so far, active keepers (N) and providers.
    function counts() external view returns (uint256 keepers, uint256 active, uint256 providers) {
        Counts memory c = _counts;
        return (c.keepers, c.active, c.providers);
    }

    /// @notice Bit i set iff keeper i is active.
    function activeBitmap() external view returns (uint256) {
        return _active;
    }

    /// @notice q = floor(2N/3) + 1 over the active keepers.
    function quorum() external view returns (uint256) {
        return uint256(_counts.active) * 2 / 3 + 1;
    }

    /// @notice Keeper `index`: account, key, status (1 active, 2 removed, 3 slashed) and
    /// what it could withdraw now.
    function keeperInfo(uint256 index)
        external
        view
        returns (address account, bytes memory pubkey, uint8 status, uint256 withdrawable)
    {
        pubkey = keeperKey(index);
        Keeper memory k = _keepers[index];
        account = _keeperAccount[index];
        status = k.status;
        withdrawable = k.balance;
        if (k.status == STATUS_ACTIVE) withdrawable += _hot.cumPerKeeper - k.snapshot;
    }

    /// @notice The keeper index of account, or found == false.
    function keeperIndex(address account) external view returns (uint256 index, bool found) {
        uint256 i = _keeperIndexPlus1[account];
        return (i == 0 ? 0 : i - 1, i != 0);
    }

    /// @notice Provider `index`: account, price, lastPaid and balance.
    function providerInfo(uint256 index)
        external
        view
        returns (address account, uint256 price, uint64 paidUntil, uint256 balance)
    {
        if (index >= _counts.providers) revert UnknownProvider(index);
        Provider memory p = _providers[index];
        return (_providerAccount[index], p.price, p.lastPaid, p.balance);
    }

    /// @notice The provider index of account, or found == false.
    function providerIndex(address account) external view returns (uint256 index, bool found) {
        uint256 i = _providerIndexPlus1[account];
        return (i == 0 ? 0 : i - 1, i != 0);
    }

    /// @notice lastPaid[provider] (SPEC 7: the ts of its next report entry).
    function lastPaid(uint256 provider) external view returns (uint64) {
        if (provider >= _counts.providers) revert UnknownProvider(provider);
        return _providers[provider].lastPaid;
    }

    /// @notice What account can withdraw now (as a provider and as a keeper).
    function balanceOf(address account) public view returns (uint256 amount) {
        uint256 pi = _providerIndexPlus1[account];
        if (pi != 0) amount += _providers[pi - 1].balance;
        uint256 ki = _keeperIndexPlus1[account];
        if (ki != 0) {
            Keeper memory k = _keepers[ki - 1];
            amount += k.balance;
            if (k.status == STATUS_ACTIVE) amount += _hot.cumPerKeeper - k.snapshot;
        }
    }

    /// @notice The sum of everything credited and not yet withdrawn.
    function owed() external view returns (uint256) {
        return _hot.owed;
    }

    /// @notice The funds no one is owed (what the owner may withdraw, what pay may spend).
    function surplus() public view returns (uint256) {
        uint256 f = _funds();
        uint256 o = _hot.owed;
        return f > o ? f - o : 0;
    }

    /// @notice The leader order for the report ending at te (SPEC 6): active keeper
    /// indices and accounts sorted ascending by keccak256(abi.encodePacked(uint64 te,
    /// address account)). Window i after te + D is led by order[i mod N].
    function leaderOrder(uint64 te) external view returns (uint32[] memory indices, address[] memory accounts) {
        uint256 n = _counts.active;
        indices = new uint32[](n);
        accounts = new address[](n);
        bytes32[] memory keys = new bytes32[](n);
        uint256 active = _active;
        uint256 m;
        for (uint256 i = 0; active != 0; i++) {
            if (active & 1 != 0) {
                address acc = _keeperAccount[i];
                bytes32 key = keccak256(abi.encodePacked(te, acc));
                uint256 j = m;
                while (j > 0 && keys[j - 1] > key) {
                    keys[j] = keys[j - 1];
                    indices[j] = indices[j - 1];
                    accounts[j] = accounts[j - 1];
                    j--;
                }
                keys[j] = key;
                indices[j] = uint32(i);
                accounts[j] = acc;
                m++;
            }
            active >>= 1;
        }
    }

    // ---------------------------------------------------------------- helpers

    function _popcount(uint256 x) private pure returns (uint256) {
        unchecked {
            x = x - ((x >> 1) & 0x5555555555555555555555555555555555555555555555555555555555555555);
            x = (x & 0x3333333333333333333333333333333333333333333333333333333333333333)
                + ((x >> 2) & 0x3333333333333333333333333333333333333333333333333333333333333333);
            x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f;
            x = (x & 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff)
                + ((x >> 8) & 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff);
            return (x * 0x0001000100010001000100010001000100010001000100010001000100010001) >> 240;
        }
    }

    /// The index of the lowest set bit of x (x != 0).
    function _lowestBit(uint256 x) private pure returns (uint256 i) {
        x &= (~x) + 1; // isolate (two's complement, x != 0)
        assembly ("memory-safe") {
            // binary search on the isolated power of two
            i := shl(7, lt(0xffffffffffffffffffffffffffffffff, x))
            i := or(i, shl(6, lt(0xffffffffffffffff, shr(i, x))))
            i := or(i, shl(5, lt(0xffffffff, shr(i, x))))
            i := or(i, shl(4, lt(0xffff, shr(i, x))))
            i := or(i, shl(3, lt(0xff, shr(i, x))))
            i := or(i, shl(2, lt(0xf, shr(i, x))))
            i := or(i, shl(1, lt(0x3, shr(i, x))))
            i := or(i, lt(0x1, shr(i, x)))
        }
    }

    function _u128(uint256 x) private pure returns (uint128) {
        if (x > type(uint128).max) revert AmountOverflow();
        return uint128(x);
    }

    function _u120(uint256 x) private pure returns (uint120) {
        if (x > type(uint120).max) revert AmountOverflow();
        return uint120(x);
    }
}
