// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Proxy} from "@openzeppelin/contracts/proxy/Proxy.sol";
import {BLS12381} from "./BLS12381.sol";

/// The registry views an upkeeping contract reads (Registry.sol).
interface IKeeperRegistry {
    function groupStores(uint32 id) external view returns (address store0, address store1, uint16 size);
    function keeperOf(address account) external view returns (uint32);
    function accountOf(uint32 id) external view returns (address);
    function payoutOf(uint32 id) external view returns (address);
}

/// @title Upkeeping
/// @notice A user's WhitePay upkeeping contract (SPEC 8, 8.1): a storage budget paid to
/// providers for proven space-time, on reports that at least q = floor(2N/3)+1 of the
/// N keepers of the group in force BLS-signed (seed 001). One OpenZeppelin clone per
/// user, deployed and initialised by the Factory; its fixed configuration is the
/// clone's immutable args. docs/contracts.md is the design; the rules are repeated here
/// where they are enforced, and the Go client (package upkeeping) and the detector's
/// replay (package settle) mirror them.
///
/// Decisions taken where SPEC 8/8.1 are silent:
///
/// * Keepers are registry keepers (Registry.sol: BLS key and PoP checked once per
///   chain); the contract names a registered group per epoch. A keeper's index in a
///   report (leader, failedBitmap, signerBitmap) is its position in the epoch's group
///   (ascending keeper id).
/// * Epochs: epoch e has a group and starts at boundary from_e; a change scheduled at
///   block x starts at the first boundary B >= x + H. A report for te is checked
///   against the epoch with from_e < te <= from_{e+1}; its entries must have
///   ts >= from_e. A pending (not yet started) epoch may be replaced.
/// * Provider terms: price (token units per byte-block, x 1e18) and at most one pending
///   change (new price or removal) effective at the first boundary >= x + H. An entry
///   whose [ts, te) contains the change's boundary is refused (StraddlesChange); the
///   change applies to entries with ts >= its boundary. A provider added at block x
///   starts at the first boundary >= x (never paid for time before it was added).
/// * Money: `surplus` is what no one is owed. fund adds the balance increase (and
///   refuses a token that delivers less than the amount: fee-on-transfer; rebasing
///   tokens are not supported); pay moves a report's total from surplus to the
///   payees; withdrawals of owed amounts leave surplus alone. Every unit held is owed
///   to a provider, a keeper (shares, bonus, bond) or is surplus.
/// * Split per report: each entry's provider gets floor(amount x providerShareBps /
///   10000); the leader floor(total x leaderBonusBps / 10000); the rest equally to the
///   group's members not failed and not slashed, and the remainder of that division
///   to the first entry's provider (its slot is already being written).
/// * Keeper shares are accounted lazily per epoch: acc_e is the cumulative equal share
///   of epoch e's reports; keeper i of epoch e has earned acc_e - skipped_i (+ its
///   leader bonus). A failed keeper's share of a report is added to skipped_i.
/// * Vesting: what is paid during period b (bucket b = (block - start) / H, the period
///   of te for a timely report) unlocks at the start of period b + vestPeriods. A ring
///   of vestPeriods + 1 checkpoints per epoch (bucket, acc at the bucket's start,
///   amount paid in it) gives acc at the start of any of the last vestPeriods buckets.
///   skipped_i is charged against the unlocked part at once (conservative). Leader
///   bonuses vest as one tranche per keeper whose lock restarts with each bonus.
/// * Slash: locked rewards (all epochs) and bond forfeited at once; slashRewardBps of
///   them to the caller, the rest to surplus; the keeper's claim is frozen at what was
///   unlocked; it gets no share of later pays (noShare); from the next boundary it is
///   removed (a new epoch with it in `removed`, or the pending epoch marked).
/// * Ownership: Ownable2Step; renounceOwnership reverts.
abstract contract UpkeepingBase is Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ---------------------------------------------------------------- types

    /// The fixed configuration: the clone's immutable args, abi.encode(Config).
    struct Config {
        address registry;
        address ledger; // the BatchInbox of this contract's SCP ledger (SPEC 9 rev. 2); zero: none
        address token; // zero: native ether
        uint64 start;
        uint64 period; // H
        uint64 finality; // D
        uint64 window; // W
        uint64 stale; // G
        uint16 providerShareBps;
        uint16 leaderBonusBps;
        uint16 slashRewardBps;
        uint16 vestPeriods;
        uint128 keeperBond;
        uint32 blockTimeMs; // for per-TiB-month prices off chain (docs/contracts.md)
    }

    struct ProviderInit {
        address account;
        uint256 price;
    }

    /// Slot T: the latest epoch, read by every pay.
    struct Terms {
        uint16 epochs; // epochs so far; the latest is epochs - 1
        uint32 latestFrom; // its start, in periods since `start`
        uint16 latestSize;
        uint8 latestFlags;
        address latestStore0;
    }

    /// Slot S: money, written by every pay.
    struct Money {
        uint128 surplus; // funds no one is owed
        uint112 acc; // cumulative per-keeper share of the hot epoch
        uint16 hot; // the hot epoch (whose acc lives here)
    }

    struct Epoch {
        address store0;
        uint32 from; // periods since `start`
        uint32 groupId;
        uint16 size;
        uint8 flags;
    }

    /// A vesting checkpoint: acc at the start of bucket `bucket` and what was paid in it.
    struct Checkpoint {
        uint32 bucket; // NO_BUCKET: unused
        uint112 accStart;
        uint112 paid;
    }

    /// One slot per provider: a pay entry reads and writes only this slot.
    struct Provider {
        uint40 lastPaid;
        uint96 price; // token units per byte-block x PRICE_SCALE
        uint112 balance;
        uint8 flags; // P_PENDING: a change in _changes; P_REMOVED: removed
    }

    struct Change {
        uint40 effective; // the boundary (block) from which it applies
        uint96 price;
        bool remove;
    }

    /// Keeper `i` of epoch `e`.
    struct KeeperAcct {
        uint112 skipped; // acc units excluded (failed)
        uint112 claimed; // acc units and bonus withdrawn
        bool slashed;
    }

    struct Bonus {
        uint112 total; // leader bonuses credited
        uint112 locked; // of which still locked until bucket `lockedAt` + vestPeriods
        uint32 lockedAt;
    }

    struct SurplusRequest {
        address to;
        uint64 notBefore; // block
        uint128 amount;
    }

    struct Header {
        uint64 te;
        uint32 part;
        uint32 leader;
        uint32 attempt;
        uint256 failed;
        uint256 entries;
    }

    /// What pay needs to know about the epoch of a report.
    struct EpochView {
        uint256 index;
        uint256 from; // block
        uint256 size;
        uint256 flags;
        address store0;
    }

    // ---------------------------------------------------------------- constants

    /// keccak256("whitepay/report/v2"), the first word of every report.
    bytes32 public constant REPORT_TAG = keccak256("whitepay/report/v2");
    uint256 public constant PRICE_SCALE = 1e18;
    uint256 public constant MAX_GROUP = 256;
    uint256 public constant MAX_VEST_PERIODS = 64;
    /// Gas given to the ledger's membershipChanged() (a BatchInbox: one SSTORE).
    uint256 internal constant LEDGER_TOUCH_GAS = 30_000;
    uint256 internal constant KEYS_IN_STORE0 = 128;
    uint256 internal constant BPS = 10000;
    uint32 internal constant NO_BUCKET = type(uint32).max;
    uint8 internal constant E_NOSHARE = 1; // _noShare[e] holds slashed members
    uint8 internal constant E_REMOVED = 2; // _removed[e] holds members out of N
    uint8 internal constant E_STORE1 = 4; // the group has a second key store
    uint8 internal constant P_PENDING = 1;
    uint8 internal constant P_REMOVED = 2;
    uint8 internal constant P_EXISTS = 0x80; // set at registration: a provider's word is never zero
    /// The price and flags of a provider word (all but lastPaid and balance).
    uint256 internal constant PRICE_AND_FLAGS = ((uint256(1) << 96) - 1) << 40 | uint256(0xff) << 248;
    /// Offset of the immutable args in a clone's code (OpenZeppelin Clones).
    uint256 internal constant ARGS_OFFSET = 0x2d;

    // ---------------------------------------------------------------- storage

    bool internal _initialized;
    uint256 internal _termsWord; // Terms, packed (_loadTerms)
    uint256 internal _moneyWord; // Money, packed (_loadMoney)
    uint128 internal _funds; // everything held (owed + surplus)
    mapping(uint256 => Epoch) internal _epochs;
    mapping(uint256 => address) internal _store1;
    mapping(uint256 => uint256) internal _accOf; // acc of non-hot epochs
    mapping(uint256 => uint256) internal _noShare;
    mapping(uint256 => uint256) internal _removed;
    mapping(uint256 => mapping(uint256 => uint256)) internal _ringWord; // Checkpoint, packed
    mapping(uint256 => mapping(uint256 => KeeperAcct)) internal _keepers;
    mapping(uint256 => mapping(uint256 => Bonus)) internal _bonus;
    mapping(uint256 => uint256) internal _frozen; // keeper id => claimable total after a slash, per epoch below
    mapping(uint32 => uint256) internal _bonds;
    mapping(uint32 => bool) internal _slashedKeeper;
    uint32 internal _providerCount;
    mapping(uint256 => uint256) internal _providerWord; // Provider, packed
    mapping(uint256 => Change) internal _changes;
    mapping(uint256 => address) internal _providerAccount;
    mapping(uint256 => address) internal _providerPayout;
    mapping(address => uint256) internal _providerIndexPlus1;
    SurplusRequest internal _surplusRequest;

    // ---------------------------------------------------------------- events

    event EpochScheduled(uint256 indexed epoch, uint32 indexed groupId, uint64 from);
    event ProviderAdded(uint32 indexed index, address indexed account, uint256 price, uint64 lastPaid);
    event ProviderChangeScheduled(uint32 indexed index, uint256 price, bool remove, uint64 effective);
    event ProviderPayoutChanged(uint32 indexed index, address payout);
    event Funded(address indexed from, uint256 amount);
    /// One per paid entry: provider was paid `amount` = floor(st x price / 1e18) for
    /// [ts, te), te being the ReportPaid of the same transaction (each word of an
    /// event costs every entry of every pay).
    event EntryPaid(uint32 indexed provider, uint64 ts, uint256 st, uint256 amount);
    /// One per paid report; its fields (part, leader, attempt, bitmaps) are in the
    /// report, whose digest is indexed, and in pay's calldata.
    event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint256 total, uint256 keeperShare);
    event Withdrawn(address indexed account, address indexed to, uint256 amount);
    event KeeperWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount);
    event SurplusRequested(address indexed to, uint256 amount, uint64 notBefore);
    event SurplusWithdrawn(address indexed to, uint256 amount);
    event BondPosted(uint32 indexed keeper, uint256 amount);
    event BondWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount);
    /// The ledger refused membershipChanged() (it is no BatchInbox): nothing cached there.
    event LedgerNotTouched(address indexed ledger);
    /// A slash: the keeper's locked rewards (all epochs) and bond forfeited; `reward` of
    /// their sum went to the reporter, the rest to the surplus.
    event KeeperSlashed(
        uint32 indexed keeper,
        address indexed reporter,
        uint256 forfeitedRewards,
        uint256 forfeitedBond,
        uint256 reward,
        bytes32 digestA,
        bytes32 digestB
    );

    // ---------------------------------------------------------------- errors

    error NotFactory();
    error AlreadyInitialized();
    error Implementation();
    error InvalidConfig(string reason);
    error ZeroAddress();
    error UnknownGroup(uint32 groupId);
    error ProviderExists(address account);
    error UnknownProvider(uint256 index);
    error ProviderRemoved(uint256 index);
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
    error BeforeEpoch(uint256 provider, uint64 ts, uint64 epochFrom);
    error StraddlesChange(uint256 provider, uint64 ts, uint64 te, uint64 effective);
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
    error WrongFundingAmount(uint256 declared, uint256 received);
    error NoSurplusRequest();
    error SurplusNotYet(uint64 notBefore);
    error NotEquivocation();
    error InvalidEvidence();
    error NotAKeeper(address account);
    error NotMember(uint32 keeper, uint256 epoch);
    error AlreadySlashed(uint32 keeper);
    error BondAlreadyPosted(uint32 keeper);
    error ChangePending(uint256 provider, uint64 effective);
    error KeeperSlashedHere(uint32 keeper);
    error Unauthorized(address caller);
    error BondLocked(uint32 keeper);
    error RenounceDisabled();
    error LedgerTouchGas();

    // word indices of Config fields
    uint256 internal constant A_REGISTRY = 0;
    uint256 internal constant A_TOKEN = 2;
    uint256 internal constant A_START = 3;
    uint256 internal constant A_PERIOD = 4;
    uint256 internal constant A_FINALITY = 5;
    uint256 internal constant A_PROVIDER_BPS = 8;
    uint256 internal constant A_LEADER_BPS = 9;
    uint256 internal constant A_VEST = 11;

    /// Refuses code running where it must not: the implementation itself (Upkeeping) or
    /// an uninitialised contract (UpkeepingAdmin).
    modifier onlyClone() {
        _checkClone();
        _;
    }

    function _checkClone() internal view virtual;

    /// Transfers `amount` of the token from `from`; returns the balance increase.
    function _pull(address from, uint256 amount) internal returns (uint256) {
        IERC20 t = IERC20(address(uint160(_arg(A_TOKEN))));
        uint256 before = t.balanceOf(address(this));
        t.safeTransferFrom(from, address(this), amount);
        return t.balanceOf(address(this)) - before;
    }

    /// The fixed configuration (the clone's immutable args; Upkeeping.config() shows it).
    function _config() internal view returns (Config memory) {
        bytes memory args = new bytes(14 * 32);
        assembly ("memory-safe") {
            extcodecopy(address(), add(args, 32), ARGS_OFFSET, mload(args))
        }
        return abi.decode(args, (Config));
    }

    /// One word of the immutable args (abi.encode(Config): word i is field i).
    function _arg(uint256 i) internal view returns (uint256 w) {
        assembly ("memory-safe") {
            extcodecopy(address(), 0, add(ARGS_OFFSET, mul(i, 32)), 32)
            w := mload(0)
        }
    }

    // Packed slots: each is read and written as one word (one SLOAD, one SSTORE) —
    // Solidity copies a memory struct to storage field by field. Layouts (low bits
    // first) are pinned by upkeeping.TestStorageLayout.

    /// Terms: epochs (16) | latestFrom (32) | latestSize (16) | latestFlags (8) | latestStore0 (160).
    function _loadTerms() internal view returns (Terms memory) {
        uint256 w = _termsWord;
        return Terms(uint16(w), uint32(w >> 16), uint16(w >> 48), uint8(w >> 64), address(uint160(w >> 72)));
    }

    function _storeTerms(Terms memory t) internal {
        _termsWord = uint256(t.epochs) | uint256(t.latestFrom) << 16 | uint256(t.latestSize) << 48
            | uint256(t.latestFlags) << 64 | uint256(uint160(t.latestStore0)) << 72;
    }

    /// Money: surplus (128) | acc (112) | hot (16).
    function _loadMoney() internal view returns (Money memory) {
        uint256 w = _moneyWord;
        return Money(uint128(w), uint112(w >> 128), uint16(w >> 240));
    }

    function _storeMoney(Money memory m) internal {
        _moneyWord = uint256(m.surplus) | uint256(m.acc) << 128 | uint256(m.hot) << 240;
    }

    /// Provider: lastPaid (40) | price (96) | balance (112) | flags (8).
    function _loadProvider(uint256 p) internal view returns (Provider memory) {
        uint256 w = _providerWord[p];
        return Provider(uint40(w), uint96(w >> 40), uint112(w >> 136), uint8(w >> 248));
    }

    function _storeProvider(uint256 p, Provider memory v) internal {
        _providerWord[p] =
            uint256(v.lastPaid) | uint256(v.price) << 40 | uint256(v.balance) << 136 | uint256(v.flags) << 248;
    }

    /// Checkpoint: bucket (32) | accStart (112) | paid (112).
    function _loadCheckpoint(uint256 e, uint256 j) internal view returns (Checkpoint memory) {
        uint256 w = _ringWord[e][j];
        return Checkpoint(uint32(w), uint112(w >> 32), uint112(w >> 144));
    }

    function _storeCheckpoint(uint256 e, uint256 j, Checkpoint memory c) internal {
        _ringWord[e][j] = uint256(c.bucket) | uint256(c.accStart) << 32 | uint256(c.paid) << 144;
    }

    /// The i-th uint32 of a packed list (the member ids of a key store).
    function _idAt(bytes memory ids, uint256 i) internal pure returns (uint32 id) {
        assembly ("memory-safe") {
            id := shr(224, mload(add(add(ids, 32), mul(i, 4))))
        }
    }

    /// Appends epoch `groupId` from period index k, with its vesting ring initialised
    /// (so that no pay ever writes a zero slot).
    function _appendEpoch(uint32 groupId, uint256 k, uint256 vest) internal {
        uint256 e = _loadTerms().epochs;
        if (e == type(uint16).max) revert InvalidConfig("too many epochs");
        for (uint256 i = 0; i <= vest; i++) {
            _storeCheckpoint(e, i, Checkpoint(NO_BUCKET, 0, 0));
        }
        _setEpoch(e, groupId, k, 0, 0);
    }

    function _setEpoch(uint256 e, uint32 groupId, uint256 k, uint256 noShare, uint256 removed) internal {
        (address store0, address store1, uint16 size) = IKeeperRegistry(address(uint160(_arg(A_REGISTRY)))).groupStores(
            groupId
        );
        if (store0 == address(0)) revert UnknownGroup(groupId);
        uint8 flags = store1 != address(0) ? E_STORE1 : 0;
        if (noShare != 0) flags |= E_NOSHARE;
        if (removed != 0) flags |= E_REMOVED;
        if (k > type(uint32).max) revert InvalidConfig("epoch start");
        _epochs[e] = Epoch(store0, uint32(k), groupId, size, flags);
        _store1[e] = store1;
        _noShare[e] = noShare;
        _removed[e] = removed;
        _storeTerms(Terms(uint16(e + 1), uint32(k), size, flags, store0));
        Config memory c = _config();
        emit EpochScheduled(e, groupId, uint64(c.start + k * c.period));
    }

    /// The period index of the first boundary at or after block x.
    function _firstBoundaryK(uint256 x, Config memory c) internal pure returns (uint256) {
        if (x <= c.start) return 0;
        return (x - c.start + c.period - 1) / c.period;
    }

    function _addProvider(address account, uint256 price, Config memory c) internal returns (uint32 index) {
        if (account == address(0)) revert ZeroAddress();
        if (_providerIndexPlus1[account] != 0) revert ProviderExists(account);
        if (price > type(uint96).max) revert PriceTooLarge(price);
        index = _providerCount;
        uint256 first = c.start + _firstBoundaryK(block.number, c) * c.period;
        _storeProvider(index, Provider(uint40(first), uint96(price), 0, P_EXISTS));
        _providerAccount[index] = account;
        _providerIndexPlus1[account] = uint256(index) + 1;
        _providerCount = index + 1;
        emit ProviderAdded(index, account, price, uint64(first));
    }

    function _applyChange(Provider memory p, Change memory ch) internal pure returns (Provider memory) {
        p.flags &= ~P_PENDING;
        if (ch.remove) p.flags |= P_REMOVED;
        else p.price = ch.price;
        return p;
    }

    function _credit(address from, uint256 amount) internal {
        Money memory m = _loadMoney();
        m.surplus = _u128(uint256(m.surplus) + amount);
        _storeMoney(m);
        _funds = _u128(uint256(_funds) + amount);
        emit Funded(from, amount);
    }

    /// The epoch in force for the interval ending at te: from < te <= next from.
    function _epochFor(uint64 te, uint256 start, uint256 period) internal view returns (EpochView memory ev) {
        Terms memory t = _loadTerms();
        ev.from = start + uint256(t.latestFrom) * period;
        if (te > ev.from) {
            return EpochView(t.epochs - 1, ev.from, t.latestSize, t.latestFlags, t.latestStore0);
        }
        for (uint256 e = t.epochs - 1; e > 0;) {
            e--;
            Epoch memory ep = _epochs[e];
            uint256 from = start + uint256(ep.from) * period;
            if (te > from) return EpochView(e, from, ep.size, ep.flags, ep.store0);
        }
        revert NotPeriodBoundary(te); // te <= start: unreachable after pay's check
    }

    /// Parses and checks the fixed part of a report: canonical ABI layout, tag, chain
    /// and contract. Entry words are range-checked where they are read.
    function _parseHeader(bytes calldata r) internal view returns (Header memory h) {
        if (r.length < 0x140) revert MalformedReport();
        bytes32 tag = bytes32(r[0:0x20]);
        uint256 chain = uint256(bytes32(r[0x20:0x40]));
        uint256 addr = uint256(bytes32(r[0x40:0x60]));
        uint256 te = uint256(bytes32(r[0x60:0x80]));
        uint256 part = uint256(bytes32(r[0x80:0xa0]));
        uint256 leader = uint256(bytes32(r[0xa0:0xc0]));
        uint256 attempt = uint256(bytes32(r[0xc0:0xe0]));
        uint256 failed = uint256(bytes32(r[0xe0:0x100]));
        uint256 offset = uint256(bytes32(r[0x100:0x120]));
        uint256 n = uint256(bytes32(r[0x120:0x140]));
        if (offset != 0x120 || n > 0xffff || r.length != 0x140 + n * 0x60) revert MalformedReport();
        if (addr >> 160 != 0 || te >> 64 != 0 || part >> 32 != 0 || leader >> 32 != 0 || attempt >> 32 != 0) {
            revert MalformedReport();
        }
        if (tag != REPORT_TAG) revert WrongTag(tag);
        if (chain != block.chainid) revert WrongChain(block.chainid, chain);
        if (address(uint160(addr)) != address(this)) revert WrongContract(address(this), address(uint160(addr)));
        h = Header(uint64(te), uint32(part), uint32(leader), uint32(attempt), failed, n);
    }

    function _popcount(uint256 x) internal pure returns (uint256) {
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
    function _lowestBit(uint256 x) internal pure returns (uint256) {
        return Math.log2(x & (~x + 1));
    }

    function _u128(uint256 x) internal pure returns (uint128) {
        if (x > type(uint128).max) revert AmountOverflow();
        return uint128(x);
    }

    function _u112(uint256 x) internal pure returns (uint112) {
        if (x > type(uint112).max) revert AmountOverflow();
        return uint112(x);
    }

    function _send(address to, uint256 amount) internal {
        address token = address(uint160(_arg(A_TOKEN)));
        if (token == address(0)) {
            (bool ok,) = payable(to).call{value: amount}("");
            if (!ok) revert TransferFailed(to, amount);
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }

    /// @notice Disabled (SPEC 8.1): a contract without an owner cannot be wound down.
    /// (Not `view`, so that the ABI keeps Ownable's signature.)
    function renounceOwnership() public override onlyOwner {
        if (address(this) != address(0)) revert RenounceDisabled();
        _transferOwnership(owner());
    }
}

/// @title UpkeepingAdmin
/// @notice The cold half of the upkeeping contract: scheduling, providers, withdrawals,
/// bonds, slashing and views. A clone's calls that Upkeeping does not implement reach
/// this code through Upkeeping's fallback (a DELEGATECALL: the clone's storage, the
/// clone's address), so one address serves the whole interface; the split keeps each
/// half under the EIP-170 code size limit and pay's code path short. Called directly
/// (no initialised state) everything reverts.
contract UpkeepingAdmin is UpkeepingBase {
    using SafeERC20 for IERC20;

    constructor() Ownable(msg.sender) {}

    function _checkClone() internal view override {
        if (_loadTerms().epochs == 0) revert Implementation();
    }

    // ---------------------------------------------------------------- epochs

    /// @notice Schedules keeper group `groupId` (owner): it takes over at the first
    /// boundary at least one full period from now. Replaces a pending change.
    function scheduleGroup(uint32 groupId) external onlyOwner onlyClone {
        Config memory c = _config();
        _refuseSlashed(groupId, c.registry);
        uint256 k = _firstBoundaryK(block.number + c.period, c);
        Terms memory t = _loadTerms();
        if (c.start + uint256(t.latestFrom) * c.period > block.number) {
            // the latest epoch has not started: no report can have used it. A slash
            // may have marked positions of it (_freeze, _removeFromNext): they belong
            // to the new group's members now, who have done nothing (issue 12 finding
            // 4: a replaced pending epoch must not pass a slash on to an honest keeper)
            uint256 e = t.epochs - 1;
            for (uint256 f = _noShare[e]; f != 0; f &= f - 1) {
                uint256 i = _lowestBit(f);
                delete _keepers[e][i];
                delete _frozen[(e << 8) | i];
            }
            _setEpoch(e, groupId, k, 0, 0);
        } else {
            _appendEpoch(groupId, k, c.vestPeriods);
        }
        _touchLedger(c.ledger);
    }

    /// Refuses a group with a member slashed by this contract.
    function _refuseSlashed(uint32 groupId, address registry) private view {
        (address store0,, uint16 size) = IKeeperRegistry(registry).groupStores(groupId);
        if (store0 == address(0)) revert UnknownGroup(groupId);
        bytes memory ids = new bytes(4 * uint256(size));
        assembly ("memory-safe") {
            extcodecopy(store0, add(ids, 32), 3, mload(ids))
        }
        for (uint256 i = 0; i < size; i++) {
            uint32 id = _idAt(ids, i);
            if (_slashedKeeper[id]) revert KeeperSlashedHere(id);
        }
    }

    // ---------------------------------------------------------------- providers

    /// @notice Adds a provider (owner); it is paid from the first boundary on or after now.
    function addProvider(address account, uint256 price) external onlyOwner onlyClone returns (uint32) {
        return _addProvider(account, price, _config());
    }

    /// @notice Schedules a price change (owner), effective at the first boundary at
    /// least one full period from now; replaces a pending change.
    function setPrice(uint32 index, uint256 price) external onlyOwner onlyClone {
        if (price > type(uint96).max) revert PriceTooLarge(price);
        _scheduleChange(index, uint96(price), false);
    }

    /// @notice Schedules a provider's removal (owner), effective like a price change;
    /// what it has earned stays withdrawable.
    function removeProvider(uint32 index) external onlyOwner onlyClone {
        _scheduleChange(index, 0, true);
    }

    function _scheduleChange(uint32 index, uint96 price, bool remove) private {
        if (index >= _providerCount) revert UnknownProvider(index);
        Config memory c = _config();
        Provider memory p = _settleChange(index);
        if (p.flags & P_REMOVED != 0) revert ProviderRemoved(index);
        uint256 effective = c.start + _firstBoundaryK(block.number + c.period, c) * c.period;
        _changes[index] = Change(uint40(effective), price, remove);
        p.flags |= P_PENDING;
        _storeProvider(index, p);
        emit ProviderChangeScheduled(index, price, remove, uint64(effective));
    }

    /// Before a new change: applies a pending change once every entry before its
    /// boundary is paid (lastPaid >= at); refuses to replace one whose boundary has
    /// passed while entries before it are unpaid (ChangePending: replacing it would
    /// rewrite the terms of [at, ...) retroactively). A change whose boundary is still
    /// ahead has governed nothing yet and may be replaced.
    function _settleChange(uint256 index) private returns (Provider memory p) {
        p = _loadProvider(index);
        if (p.flags & P_PENDING == 0) return p;
        Change memory ch = _changes[index];
        if (p.lastPaid >= ch.effective) {
            p = _applyChange(p, ch);
            _storeProvider(index, p);
        } else if (block.number >= ch.effective) {
            revert ChangePending(index, uint64(ch.effective));
        }
    }

    // ---------------------------------------------------------------- withdrawals

    /// @notice Withdraws what keeper `keeperId` has unlocked in epochs `epochs` to its
    /// payout address (caller: its account or payout address).
    function withdrawKeeper(uint32 keeperId, uint256[] calldata epochs)
        external
        nonReentrant
        onlyClone
        returns (uint256 amount)
    {
        IKeeperRegistry reg = IKeeperRegistry(address(uint160(_arg(A_REGISTRY))));
        address to = reg.payoutOf(keeperId);
        if (msg.sender != to && msg.sender != reg.accountOf(keeperId)) revert Unauthorized(msg.sender);
        for (uint256 j = 0; j < epochs.length; j++) {
            uint256 e = epochs[j];
            uint256 i = _position(e, keeperId);
            (uint256 avail,) = _keeperAmounts(e, i);
            if (avail == 0) continue;
            KeeperAcct storage k = _keepers[e][i];
            k.claimed = _u112(uint256(k.claimed) + avail);
            amount += avail;
        }
        if (amount == 0) revert NothingToWithdraw();
        _funds -= uint128(amount);
        emit KeeperWithdrawn(keeperId, to, amount);
        _send(to, amount);
    }

    /// What keeper i of epoch e may withdraw now and what is still locked.
    function _keeperAmounts(uint256 e, uint256 i) private view returns (uint256 available, uint256 locked) {
        KeeperAcct memory k = _keepers[e][i];
        if (k.slashed) {
            uint256 cap = _frozen[(e << 8) | i];
            return (cap > k.claimed ? cap - k.claimed : 0, 0);
        }
        (uint256 unlocked, uint256 earned) = _earned(e, i, k);
        available = unlocked > k.claimed ? unlocked - k.claimed : 0;
        locked = earned - (unlocked > k.claimed ? unlocked : k.claimed);
    }

    /// Keeper i of epoch e: (unlocked, earned) in total since the epoch began.
    function _earned(uint256 e, uint256 i, KeeperAcct memory k) private view returns (uint256 unlocked, uint256 earned) {
        uint256 acc = e == _loadMoney().hot ? _loadMoney().acc : _accOf[e];
        uint256 vest = _arg(A_VEST);
        uint256 accU = _accUnlocked(e, acc, vest);
        Bonus memory b = _bonus[e][i];
        uint256 bonusU = b.total;
        if (_bucketNow() < uint256(b.lockedAt) + vest) bonusU -= b.locked;
        earned = acc - k.skipped + b.total;
        unlocked = (accU > k.skipped ? accU - k.skipped : 0) + bonusU;
        if (unlocked > earned) unlocked = earned;
    }

    /// acc of epoch e at the start of the first bucket whose payments are still locked.
    function _accUnlocked(uint256 e, uint256 acc, uint256 vest) private view returns (uint256) {
        if (vest == 0) return acc;
        uint256 b = _bucketNow();
        if (b + 1 < vest) return 0; // nothing paid long enough ago
        uint256 u = b + 1 - vest; // the first locked bucket
        uint256 best = NO_BUCKET;
        uint256 value = acc;
        for (uint256 j = 0; j <= vest; j++) {
            Checkpoint memory cp = _loadCheckpoint(e, j);
            if (cp.bucket != NO_BUCKET && cp.bucket >= u && cp.bucket < best) {
                best = cp.bucket;
                value = cp.accStart;
            }
        }
        return value;
    }

    function _bucketNow() private view returns (uint256) {
        uint256 start = _arg(A_START);
        if (block.number < start) return 0;
        return (block.number - start) / _arg(A_PERIOD);
    }

    /// The position of keeper `keeperId` in epoch e's group (reverts if absent).
    function _position(uint256 e, uint32 keeperId) private view returns (uint256) {
        Epoch memory ep = _epochs[e];
        if (e >= _loadTerms().epochs) revert NotMember(keeperId, e);
        bytes memory ids = new bytes(4 * uint256(ep.size));
        address store = ep.store0;
        assembly ("memory-safe") {
            extcodecopy(store, add(ids, 32), 3, mload(ids))
        }
        for (uint256 i = 0; i < ep.size; i++) {
            if (_idAt(ids, i) == keeperId) return i;
        }
        revert NotMember(keeperId, e);
    }

    function _isMember(uint256 e, uint32 keeperId) private view returns (bool, uint256) {
        Epoch memory ep = _epochs[e];
        bytes memory ids = new bytes(4 * uint256(ep.size));
        address store = ep.store0;
        assembly ("memory-safe") {
            extcodecopy(store, add(ids, 32), 3, mload(ids))
        }
        for (uint256 i = 0; i < ep.size; i++) {
            if (_idAt(ids, i) == keeperId) return (true, i);
        }
        return (false, 0);
    }

    /// @notice Asks to withdraw `amount` of the surplus to `to` (owner): executable no
    /// earlier than two period boundaries from now; replaces an earlier request.
    function requestSurplus(address to, uint256 amount) external onlyOwner onlyClone {
        if (to == address(0)) revert ZeroAddress();
        Config memory c = _config();
        uint256 first = c.start + _firstBoundaryK(block.number + 1, c) * c.period; // the next boundary
        uint256 notBefore = first + c.period; // the one after it
        _surplusRequest = SurplusRequest(to, uint64(notBefore), _u128(amount));
        emit SurplusRequested(to, amount, uint64(notBefore));
    }

    /// @notice Executes the surplus request (owner): pays min(amount, surplus now).
    function executeSurplus() external onlyOwner nonReentrant onlyClone returns (uint256 amount) {
        SurplusRequest memory r = _surplusRequest;
        if (r.to == address(0)) revert NoSurplusRequest();
        if (block.number < r.notBefore) revert SurplusNotYet(r.notBefore);
        delete _surplusRequest;
        Money memory m = _loadMoney();
        amount = r.amount < m.surplus ? r.amount : m.surplus;
        if (amount == 0) revert NothingToWithdraw();
        m.surplus -= uint128(amount);
        _storeMoney(m);
        _funds -= uint128(amount);
        emit SurplusWithdrawn(r.to, amount);
        _send(r.to, amount);
    }

    /// @notice Cancels a pending surplus request (owner).
    function cancelSurplus() external onlyOwner onlyClone {
        delete _surplusRequest;
        emit SurplusRequested(address(0), 0, 0);
    }

    // ---------------------------------------------------------------- bonds

    /// @notice Posts the caller's (a registered keeper's) bond of exactly keeperBond.
    function postBond() external payable nonReentrant onlyClone {
        Config memory c = _config();
        uint32 id = IKeeperRegistry(c.registry).keeperOf(msg.sender);
        if (id == 0) revert NotAKeeper(msg.sender);
        if (c.keeperBond == 0 || _bonds[id] != 0 || _slashedKeeper[id]) revert BondAlreadyPosted(id);
        if (c.token == address(0)) {
            if (msg.value != c.keeperBond) revert WrongFundingAmount(c.keeperBond, msg.value);
        } else {
            if (msg.value != 0) revert UnexpectedEther();
            uint256 got = _pull(msg.sender, c.keeperBond);
            if (got != c.keeperBond) revert WrongFundingAmount(c.keeperBond, got);
        }
        _bonds[id] = c.keeperBond;
        _funds = _u128(uint256(_funds) + c.keeperBond);
        emit BondPosted(id, c.keeperBond);
    }

    /// @notice Returns a bond once its keeper has been out of the latest epoch's group
    /// (or removed from it) for vestPeriods periods (caller: its account or payout).
    function withdrawBond(uint32 keeperId) external nonReentrant onlyClone returns (uint256 amount) {
        IKeeperRegistry reg = IKeeperRegistry(address(uint160(_arg(A_REGISTRY))));
        address to = reg.payoutOf(keeperId);
        if (msg.sender != to && msg.sender != reg.accountOf(keeperId)) revert Unauthorized(msg.sender);
        amount = _bonds[keeperId];
        if (amount == 0) revert NothingToWithdraw();
        Config memory c = _config();
        uint256 last = _loadTerms().epochs - 1;
        (bool member, uint256 i) = _isMember(last, keeperId);
        uint256 freeAt = c.start + (uint256(_epochs[last].from) + c.vestPeriods) * c.period;
        if ((member && (_removed[last] >> i) & 1 == 0) || block.number < freeAt) revert BondLocked(keeperId);
        _bonds[keeperId] = 0;
        _funds -= uint128(amount);
        emit BondWithdrawn(keeperId, to, amount);
        _send(to, amount);
    }

    // ---------------------------------------------------------------- slashing

    /// @notice Slashes keeper `keeperId` for signing two different reports of this
    /// contract with the same (te, part, leader, attempt): sigA and sigB are its own
    /// signatures (SPEC 8, seed 004's channel_slash).
    function slash(uint32 keeperId, bytes calldata reportA, bytes calldata sigA, bytes calldata reportB, bytes calldata sigB)
        external
        nonReentrant
        onlyClone
    {
        if (_slashedKeeper[keeperId]) revert AlreadySlashed(keeperId);
        (bytes32 da, bytes32 db, uint64 te) = _equivocation(reportA, reportB);
        _checkEvidence(keeperId, te, da, sigA);
        _checkEvidence(keeperId, te, db, sigB);
        _slash(keeperId, _config(), da, db);
    }

    /// Reverts unless sig is keeper `keeperId`'s signature on digest, the keeper being
    /// a member of the epoch of te.
    function _checkEvidence(uint32 keeperId, uint64 te, bytes32 digest, bytes calldata sig) private view {
        Config memory c = _config();
        if (te <= c.start || (te - c.start) % c.period != 0) revert NotPeriodBoundary(te);
        EpochView memory ev = _epochFor(te, c.start, c.period);
        bytes memory pk = _memberKey(ev, _position(ev.index, keeperId));
        if (!BLS12381.verify(pk, abi.encodePacked(digest), sig, BLS12381.DST)) revert InvalidEvidence();
    }

    /// The digests and te of two reports of this contract for the same (te, part,
    /// leader, attempt) that differ; reverts otherwise.
    function _equivocation(bytes calldata reportA, bytes calldata reportB)
        private
        view
        returns (bytes32 da, bytes32 db, uint64 te)
    {
        Header memory a = _parseHeader(reportA);
        Header memory b = _parseHeader(reportB);
        if (a.te != b.te || a.part != b.part || a.leader != b.leader || a.attempt != b.attempt) revert NotEquivocation();
        da = keccak256(reportA);
        db = keccak256(reportB);
        if (da == db) revert NotEquivocation();
        te = a.te;
    }

    function _slash(uint32 keeperId, Config memory c, bytes32 da, bytes32 db) private {
        _slashedKeeper[keeperId] = true;
        uint256 bond = _bonds[keeperId];
        _bonds[keeperId] = 0;
        uint256 nextK = _firstBoundaryK(block.number + 1, c);
        (uint256 locked, bool removedFromLatest) = _freeze(keeperId, nextK);
        if (!removedFromLatest) _removeFromNext(keeperId, nextK, c.vestPeriods);
        _touchLedger(c.ledger);
        uint256 forfeited = locked + bond;
        uint256 reward = forfeited * c.slashRewardBps / BPS;
        Money memory m = _loadMoney();
        m.surplus = _u128(uint256(m.surplus) + forfeited - reward);
        _storeMoney(m);
        emit KeeperSlashed(keeperId, msg.sender, locked, bond, reward, da, db);
        if (reward != 0) {
            _funds -= uint128(reward);
            _send(msg.sender, reward);
        }
    }

    /// In every epoch where keeperId is a member: freezes its claim at what it has
    /// unlocked (or withdrawn), returns the rest (its locked rewards) as forfeited,
    /// marks it noShare, and removed in epochs starting at or after period nextK.
    function _freeze(uint32 keeperId, uint256 nextK) private returns (uint256 forfeited, bool removedFromLatest) {
        uint256 epochs = _loadTerms().epochs;
        for (uint256 e = 0; e < epochs; e++) {
            (bool member, uint256 i) = _isMember(e, keeperId);
            if (!member) continue;
            KeeperAcct memory k = _keepers[e][i];
            (uint256 unlocked, uint256 earned) = _earned(e, i, k);
            uint256 keep = unlocked > k.claimed ? unlocked : k.claimed;
            forfeited += earned - keep;
            _frozen[(e << 8) | i] = keep;
            k.slashed = true;
            _keepers[e][i] = k;
            Epoch storage ep = _epochs[e];
            _noShare[e] |= uint256(1) << i;
            ep.flags |= E_NOSHARE;
            if (ep.from >= nextK) {
                _removed[e] |= uint256(1) << i;
                ep.flags |= E_REMOVED;
                if (e == epochs - 1) removedFromLatest = true;
            }
        }
        Terms memory t = _loadTerms();
        t.latestFlags = _epochs[epochs - 1].flags; // T mirrors the latest epoch
        _storeTerms(t);
    }

    /// A new epoch from period nextK: the latest epoch's group without keeperId (if it
    /// is a member).
    function _removeFromNext(uint32 keeperId, uint256 nextK, uint256 vest) private {
        uint256 last = _loadTerms().epochs - 1;
        (bool member, uint256 i) = _isMember(last, keeperId);
        if (!member) return;
        uint256 e = last + 1;
        for (uint256 j = 0; j <= vest; j++) {
            _storeCheckpoint(e, j, Checkpoint(NO_BUCKET, 0, 0));
        }
        uint256 noShare = _noShare[last] | (uint256(1) << i);
        _setEpoch(e, _epochs[last].groupId, nextK, noShare, _removed[last] | (uint256(1) << i));
        // Neither it nor a member slashed before earns anything in the new epoch (acc
        // grows for the members that share; a member's earnings are acc - skipped
        // unless it is marked slashed, with a claim frozen at zero). Issue 12 finding
        // 4: without this, a keeper slashed earlier would be credited the new epoch's
        // equal share, which no report paid it.
        for (uint256 f = noShare; f != 0; f &= f - 1) {
            _keepers[e][_lowestBit(f)] = KeeperAcct(0, 0, true);
        }
    }

    /// The 128-byte key of member `pos` of the epoch's group.
    function _memberKey(EpochView memory ev, uint256 pos) private view returns (bytes memory pk) {
        pk = new bytes(128);
        address store = pos < KEYS_IN_STORE0 ? ev.store0 : _store1[ev.index];
        uint256 off = pos < KEYS_IN_STORE0 ? 3 + 4 * ev.size + 128 + 128 * pos : 1 + 128 * (pos - KEYS_IN_STORE0);
        assembly ("memory-safe") {
            extcodecopy(store, add(pk, 32), off, 128)
        }
    }

    // ---------------------------------------------------------------- views

    /// @notice Epoch e: group, first block, size, and the bitmaps of slashed (noShare)
    /// and removed members.
    function epoch(uint256 e)
        external
        view
        returns (uint32 groupId, uint64 from, uint16 size, uint256 noShare, uint256 removed)
    {
        Epoch memory ep = _epochs[e];
        if (e >= _loadTerms().epochs) revert NotMember(0, e);
        Config memory c = _config();
        return (ep.groupId, uint64(c.start + uint256(ep.from) * c.period), ep.size, _noShare[e], _removed[e]);
    }

    /// @notice The epoch in force for the interval ending at te.
    function epochFor(uint64 te) external view returns (uint256) {
        Config memory c = _config();
        return _epochFor(te, c.start, c.period).index;
    }

    /// @notice Keeper member `i` of epoch e: earned in total, withdrawable now, still
    /// locked, withdrawn, slashed.
    function keeperAccount(uint256 e, uint256 i)
        external
        view
        returns (uint256 earned, uint256 available, uint256 locked, uint256 claimed, bool slashed)
    {
        KeeperAcct memory k = _keepers[e][i];
        if (k.slashed) {
            uint256 cap = _frozen[(e << 8) | i];
            return (cap, cap > k.claimed ? cap - k.claimed : 0, 0, k.claimed, true);
        }
        (, earned) = _earned(e, i, k);
        (available, locked) = _keeperAmounts(e, i);
        return (earned, available, locked, k.claimed, false);
    }

    /// @notice Keeper id's bond held here.
    function bondOf(uint32 keeperId) external view returns (uint256) {
        return _bonds[keeperId];
    }

    /// @notice Whether keeper id was slashed here.
    function isSlashed(uint32 keeperId) external view returns (bool) {
        return _slashedKeeper[keeperId];
    }

    /// @notice The BatchInbox's check (SPEC 9 revision 2): whether account is a keeper
    /// of the epoch in force now (a member, not removed).
    function isActiveKeeper(address account) external view returns (bool active) {
        (active,) = _activeKeeper(account);
    }

    /// @notice isActiveKeeper, and the block until which (exclusive) the answer holds
    /// unless the contract tells its ledger otherwise: the start of the next epoch
    /// already scheduled (type(uint64).max if none). Every change of membership
    /// made later (scheduleGroup, slash) calls the ledger's membershipChanged(), so
    /// a BatchInbox may cache the answer until then (BatchInbox.sol, "Gas").
    function isActiveKeeperUntil(address account) external view returns (bool active, uint64 until) {
        return _activeKeeper(account);
    }

    function _activeKeeper(address account) private view returns (bool active, uint64 until) {
        Config memory c = _config();
        uint256 epochs = _loadTerms().epochs;
        uint256 e = epochs;
        while (e > 0) {
            e--;
            if (c.start + uint256(_epochs[e].from) * c.period <= block.number) break;
        }
        until = e + 1 < epochs ? uint64(c.start + uint256(_epochs[e + 1].from) * c.period) : type(uint64).max;
        uint32 id = IKeeperRegistry(c.registry).keeperOf(account);
        if (id == 0) return (false, until);
        (bool member, uint256 i) = _isMember(e, id);
        active = member && (_removed[e] >> i) & 1 == 0;
    }

    /// Tells the ledger (a BatchInbox) that membership changed, so it drops the
    /// answers of isActiveKeeperUntil it cached (SPEC 9 revision 2: the inbox
    /// accepts the active keepers only). The call gets LEDGER_TOUCH_GAS whatever the
    /// caller sent (a caller cannot starve it and still have the change land); a
    /// ledger that is no BatchInbox (a misconfiguration; it caches nothing) does not
    /// block the change: its failure is logged.
    function _touchLedger(address ledger) internal {
        if (ledger == address(0) || ledger.code.length == 0) return;
        if (gasleft() < LEDGER_TOUCH_GAS + LEDGER_TOUCH_GAS / 63 + 2_000) revert LedgerTouchGas();
        (bool ok,) = ledger.call{gas: LEDGER_TOUCH_GAS}(abi.encodeWithSignature("membershipChanged()"));
        if (!ok) emit LedgerNotTouched(ledger);
    }

    /// @notice The pending surplus request (to == 0: none).
    function surplusRequest() external view returns (address to, uint256 amount, uint64 notBefore) {
        SurplusRequest memory r = _surplusRequest;
        return (r.to, r.amount, r.notBefore);
    }

    /// @notice Periods the surplus covers at the last period's rate: the amount paid
    /// (in the hot epoch) during the latest completed period that had payments. rate 0:
    /// no payment yet (periods = type(uint256).max).
    function runway() external view returns (uint256 periods, uint256 rate) {
        uint256 e = _loadMoney().hot;
        uint256 b = _bucketNow();
        uint256 vest = _arg(A_VEST);
        uint256 best;
        bool found;
        for (uint256 j = 0; j <= vest; j++) {
            Checkpoint memory cp = _loadCheckpoint(e, j);
            if (cp.bucket != NO_BUCKET && cp.bucket < b && (!found || cp.bucket > best)) {
                best = cp.bucket;
                rate = cp.paid;
                found = true;
            }
        }
        if (!found) {
            Checkpoint memory cur = _loadCheckpoint(e, b % (vest + 1));
            if (cur.bucket == b) rate = cur.paid;
        }
        if (rate == 0) return (type(uint256).max, 0);
        return (_loadMoney().surplus / rate, rate);
    }

    /// @notice The hot epoch and its cumulative share, and the vesting checkpoints of
    /// epoch e (for the Go replay).
    function accounting(uint256 e) external view returns (uint256 acc, uint256 hot, Checkpoint[] memory ring) {
        hot = _loadMoney().hot;
        acc = e == hot ? _loadMoney().acc : _accOf[e];
        uint256 vest = _arg(A_VEST);
        ring = new Checkpoint[](vest + 1);
        for (uint256 j = 0; j <= vest; j++) {
            ring[j] = _loadCheckpoint(e, j);
        }
    }

    /// @notice The leader order for the report ending at te (SPEC 6): positions and
    /// keeper ids of the epoch's active members sorted ascending by
    /// keccak256(abi.encodePacked(uint64 te, address account)).
    function leaderOrder(uint64 te) external view returns (uint32[] memory positions, address[] memory accounts) {
        Config memory c = _config();
        EpochView memory ev = _epochFor(te, c.start, c.period);
        uint256 removed = _removed[ev.index];
        bytes memory ids = new bytes(4 * ev.size);
        address store = ev.store0;
        assembly ("memory-safe") {
            extcodecopy(store, add(ids, 32), 3, mload(ids))
        }
        uint256 n = ev.size - _popcount(removed);
        positions = new uint32[](n);
        accounts = new address[](n);
        bytes32[] memory keys = new bytes32[](n);
        uint256 m;
        for (uint256 i = 0; i < ev.size; i++) {
            if ((removed >> i) & 1 != 0) continue;
            uint32 id = _idAt(ids, i);
            address acc = IKeeperRegistry(c.registry).accountOf(id);
            bytes32 key = keccak256(abi.encodePacked(te, acc));
            uint256 j = m;
            while (j > 0 && keys[j - 1] > key) {
                keys[j] = keys[j - 1];
                positions[j] = positions[j - 1];
                accounts[j] = accounts[j - 1];
                j--;
            }
            keys[j] = key;
            positions[j] = uint32(i);
            accounts[j] = acc;
            m++;
        }
    }
}

/// @title Upkeeping
/// @notice The hot half and the entry point of the upkeeping contract (the
/// implementation clones delegate to): initialise, fund and pay; every other function
/// is UpkeepingAdmin's, reached through the fallback.
contract Upkeeping is UpkeepingBase, Proxy {
    using SafeERC20 for IERC20;

    /// The factory that deploys and initialises clones of this implementation.
    address public immutable factory;
    /// The cold half (UpkeepingAdmin) the fallback delegates to.
    address public immutable admin;
    /// This implementation's own address: code running at it is refused.
    address private immutable _self;

    /// The implementation: deployed by the factory, never initialised, never usable.
    constructor(address admin_) Ownable(msg.sender) {
        if (admin_.code.length == 0) revert InvalidConfig("admin has no code");
        factory = msg.sender;
        admin = admin_;
        _self = address(this);
        _initialized = true;
    }

    /// Refuses calls to the implementation itself (only clones run this code).
    function _checkClone() internal view override {
        if (address(this) == _self) revert Implementation();
    }

    /// @notice Initialises a clone (factory only, once): owner, first epoch (group
    /// `groupId` from `start`), providers; msg.value funds it.
    function initialize(address owner_, uint32 groupId, ProviderInit[] calldata providers)
        external
        payable
        onlyClone
    {
        if (msg.sender != factory) revert NotFactory();
        if (_initialized) revert AlreadyInitialized();
        _initialized = true;
        if (owner_ == address(0)) revert ZeroAddress();
        _transferOwnership(owner_);
        Config memory c = _config();
        _appendEpoch(groupId, 0, c.vestPeriods);
        for (uint256 i = 0; i < providers.length; i++) {
            _addProvider(providers[i].account, providers[i].price, c);
        }
        if (msg.value != 0) {
            if (c.token != address(0)) revert UnexpectedEther();
            _credit(msg.sender, msg.value);
        }
    }

    /// @notice Adds funds: ether (msg.value == amount) or the ERC-20 (approve first).
    /// A token that delivers less than `amount` (fee-on-transfer) is refused.
    function fund(uint256 amount) external payable nonReentrant onlyClone {
        if (_arg(A_TOKEN) == 0) {
            if (msg.value != amount) revert WrongFundingAmount(amount, msg.value);
            _credit(msg.sender, amount);
            return;
        }
        if (msg.value != 0) revert UnexpectedEther();
        uint256 got = _pull(msg.sender, amount);
        if (got != amount) revert WrongFundingAmount(amount, got);
        _credit(msg.sender, amount);
    }

    /// @notice Plain ether transfers fund an ether contract.
    receive() external payable onlyClone {
        if (_arg(A_TOKEN) != 0) revert UnexpectedEther();
        _credit(msg.sender, msg.value);
    }

    // pay keeps its working values in one memory array (the EVM stack is short and
    // memory structs cost more): the indices below.
    uint256 private constant V_TE = 0;
    uint256 private constant V_LEADER = 1;
    uint256 private constant V_FAILED = 2;
    uint256 private constant V_ENTRIES = 3; // entry count
    uint256 private constant V_EPOCH = 4;
    uint256 private constant V_FROM = 5; // the epoch's first block
    uint256 private constant V_SIZE = 6;
    uint256 private constant V_FLAGS = 7;
    uint256 private constant V_STORE0 = 8;
    uint256 private constant V_EXCLUDED = 9; // members that do not share (failed, removed, slashed)
    uint256 private constant V_PAYEES = 10;
    uint256 private constant V_TOTAL = 11;
    uint256 private constant V_PROVIDERS = 12; // the providers' part of the total
    uint256 private constant V_FIRST = 13; // the first entry's provider
    // config words (Config fields 3..11), loaded with one EXTCODECOPY
    uint256 private constant V_START = 14;
    uint256 private constant V_PERIOD = 15;
    uint256 private constant V_FINALITY = 16;
    uint256 private constant V_SHARE_BPS = 19;
    uint256 private constant V_LEADER_BPS = 20;
    uint256 private constant V_VEST = 22;
    uint256 private constant V_LEN = 23;

    /// @notice Pays a report signed by at least q keepers of the epoch in force for its
    /// interval (SPEC 8, 8.1).
    /// @param report internal/report Encode() bytes
    /// @param signerBitmap bit i set iff member i of the epoch's group signed
    /// @param signature the aggregate BLS signature on keccak256(report), 256 bytes EIP-2537
    function pay(bytes calldata report, uint256 signerBitmap, bytes calldata signature) external nonReentrant onlyClone {
        uint256[V_LEN] memory v;
        assembly ("memory-safe") {
            extcodecopy(address(), add(v, mul(V_START, 32)), add(ARGS_OFFSET, mul(A_START, 32)), mul(9, 32))
        }
        _header(report, v);
        if (v[V_ENTRIES] == 0) revert EmptyReport();
        uint256 te = v[V_TE];
        unchecked {
            // te < 2^64 (checked by _header), start and finality < 2^64
            if (te <= v[V_START] || (te - v[V_START]) % v[V_PERIOD] != 0) revert NotPeriodBoundary(uint64(te));
            if (te + v[V_FINALITY] > block.number) revert NotFinal(uint64(te), te + v[V_FINALITY]);
        }
        _epochOf(v);
        _checkSigners(signerBitmap, v);
        bytes32 digest = keccak256(report);
        if (!_verifyAggregate(v, signerBitmap, digest, signature)) revert InvalidSignature();
        uint256 entries;
        assembly ("memory-safe") {
            entries := add(report.offset, 0x140)
        }
        _payEntries(entries, v);
        uint256 total = v[V_TOTAL];
        emit ReportPaid(digest, uint64(te), total, _creditKeepers(v));
    }

    /// Reads the report's fixed part (internal/report's layout: ten words, then three
    /// per entry; report.TestEncodingLayout pins it) into v, checking its canonical
    /// form, tag, chain and contract.
    function _header(bytes calldata r, uint256[V_LEN] memory v) private view {
        if (r.length < 0x140) revert MalformedReport();
        bytes32 tag;
        uint256 chain;
        uint256 addr;
        uint256 te;
        uint256 partLeaderAttempt; // or'ed, for the range check
        uint256 offset;
        uint256 n;
        assembly ("memory-safe") {
            let o := r.offset
            tag := calldataload(o)
            chain := calldataload(add(o, 0x20))
            addr := calldataload(add(o, 0x40))
            te := calldataload(add(o, 0x60))
            let leader := calldataload(add(o, 0xa0))
            partLeaderAttempt := or(or(calldataload(add(o, 0x80)), leader), calldataload(add(o, 0xc0)))
            mstore(add(v, mul(V_LEADER, 32)), leader)
            mstore(add(v, mul(V_FAILED, 32)), calldataload(add(o, 0xe0)))
            offset := calldataload(add(o, 0x100))
            n := calldataload(add(o, 0x120))
        }
        if (offset != 0x120 || n > 0xffff || r.length != 0x140 + n * 0x60) revert MalformedReport();
        if (addr >> 160 != 0 || te >> 64 != 0 || partLeaderAttempt >> 32 != 0) revert MalformedReport();
        if (tag != REPORT_TAG) revert WrongTag(tag);
        if (chain != block.chainid) revert WrongChain(block.chainid, chain);
        if (address(uint160(addr)) != address(this)) revert WrongContract(address(this), address(uint160(addr)));
        v[V_TE] = te;
        v[V_ENTRIES] = n;
    }

    /// The epoch in force for the report's interval: the latest (from T, already in
    /// cache for every timely pay) or an earlier one (a late report).
    function _epochOf(uint256[V_LEN] memory v) private view {
        uint256 t = _termsWord; // epochs (16) | latestFrom (32) | size (16) | flags (8) | store0 (160)
        uint256 from = v[V_START] + uint256(uint32(t >> 16)) * v[V_PERIOD];
        if (v[V_TE] > from) {
            v[V_EPOCH] = uint16(t) - 1;
            v[V_FROM] = from;
            v[V_SIZE] = uint16(t >> 48);
            v[V_FLAGS] = uint8(t >> 64);
            v[V_STORE0] = t >> 72;
            return;
        }
        EpochView memory ev = _epochFor(uint64(v[V_TE]), v[V_START], v[V_PERIOD]);
        (v[V_EPOCH], v[V_FROM], v[V_SIZE], v[V_FLAGS], v[V_STORE0]) =
            (ev.index, ev.from, ev.size, ev.flags, uint256(uint160(ev.store0)));
    }

    /// Checks signers, leader and failed bitmap against the epoch; sets the members
    /// that do not share this report (failed, removed, slashed) and how many do.
    function _checkSigners(uint256 signers, uint256[V_LEN] memory v) private view {
        uint256 size = v[V_SIZE];
        uint256 active = size == 256 ? type(uint256).max : (uint256(1) << size) - 1;
        uint256 flags = v[V_FLAGS];
        uint256 removed;
        if (flags & E_REMOVED != 0) {
            removed = _removed[v[V_EPOCH]];
            active &= ~removed;
        }
        uint256 unknown = signers & ~active;
        if (unknown != 0) revert UnknownSigner(_lowestBit(unknown));
        uint256 n = _popcount(active);
        uint256 q;
        unchecked {
            q = n * 2 / 3 + 1; // n <= 256
        }
        uint256 nSigners = _popcount(signers);
        if (nSigners < q) revert NotEnoughSigners(nSigners, q);
        uint256 leader = v[V_LEADER];
        uint256 failed = v[V_FAILED];
        if (leader >= MAX_GROUP || (active >> leader) & 1 == 0) revert InvalidLeader(leader);
        if (failed & ~active != 0 || (failed >> leader) & 1 != 0) revert InvalidFailedBitmap(failed);
        uint256 excluded = failed | removed;
        if (flags & E_NOSHARE != 0) excluded |= _noShare[v[V_EPOCH]];
        v[V_EXCLUDED] = excluded;
        unchecked {
            v[V_PAYEES] = n - _popcount(excluded & active); // a subset of the active
        }
    }

    /// Checks and pays every entry (at calldata offset `entries`); sets the total, the
    /// providers' part and the first entry's provider.
    function _payEntries(uint256 entries, uint256[V_LEN] memory v) private {
        uint256 n = v[V_ENTRIES];
        uint256 total;
        uint256 providersPart;
        unchecked {
            // n < 2^16 entries, each amount < 2^112: no sum or offset overflows
            for (uint256 i = 0; i < n; ++i) {
                (uint256 p, uint256 amount, uint256 share) = _payEntry(entries + i * 0x60, v);
                if (i == 0) v[V_FIRST] = p;
                total += amount;
                providersPart += share;
            }
        }
        v[V_TOTAL] = total;
        v[V_PROVIDERS] = providersPart;
    }

    /// Pays the entry at calldata offset o with one cold slot read and one write:
    /// ts == lastPaid >= the epoch's start, ts < te, the provider's terms (no straddled
    /// change, not removed); amount = floor(st x price / 1e18); the provider's share
    /// credited; lastPaid = te. The provider word is _storeProvider's layout.
    function _payEntry(uint256 o, uint256[V_LEN] memory v) private returns (uint256 p, uint256 amount, uint256 share) {
        uint256 ts;
        uint256 st;
        assembly ("memory-safe") {
            p := calldataload(o)
            ts := calldataload(add(o, 0x20))
            st := calldataload(add(o, 0x40))
        }
        if (p >> 32 != 0 || ts >> 64 != 0) revert MalformedReport();
        uint256 w = _providerWord[p];
        if (w == 0) revert UnknownProvider(p); // registered providers have P_EXISTS
        uint256 te = v[V_TE];
        if (ts != uint40(w)) revert StaleInterval(p, uint64(ts), uint40(w));
        if (ts >= te) revert IntervalNotBeforeEnd(p, uint64(ts), uint64(te));
        if (ts < v[V_FROM]) revert BeforeEpoch(p, uint64(ts), uint64(v[V_FROM]));
        if ((w >> 248) & ~uint256(P_EXISTS) != 0) w = _entryTermsWord(p, ts, te);
        uint256 price = uint96(w >> 40);
        uint256 balance;
        unchecked {
            // amount = floor(st x price / 1e18), full width (mulDiv) when st x price overflows
            uint256 prod = st * price;
            amount = price == 0 || prod / price == st ? prod / PRICE_SCALE : Math.mulDiv(st, price, PRICE_SCALE);
            if (amount >> 112 != 0) revert AmountOverflow();
            share = amount * v[V_SHARE_BPS] / BPS; // amount < 2^112, bps <= 10000
            balance = uint256(uint112(w >> 136)) + share; // both < 2^112
        }
        if (balance >> 112 != 0) revert AmountOverflow();
        // lastPaid := te, balance := balance; price and flags kept
        _providerWord[p] = (w & PRICE_AND_FLAGS) | te | (balance << 136);
        emit EntryPaid(uint32(p), uint64(ts), st, amount);
    }

    /// The provider word that applies to an entry [ts, te) of a provider with a pending
    /// change or removed (see _entryTerms).
    function _entryTermsWord(uint256 p, uint256 ts, uint256 te) private view returns (uint256) {
        Provider memory pv = _entryTerms(p, _loadProvider(p), ts, te);
        return uint256(pv.lastPaid) | uint256(pv.price) << 40 | uint256(pv.balance) << 136 | uint256(pv.flags) << 248;
    }

    /// The terms of an entry [ts, te) of a provider with a pending change or removed.
    function _entryTerms(uint256 p, Provider memory pv, uint256 ts, uint256 te) private view returns (Provider memory) {
        if (pv.flags & P_REMOVED != 0) revert ProviderRemoved(p);
        Change memory ch = _changes[p];
        if (ts >= ch.effective) {
            pv = _applyChange(pv, ch);
            if (pv.flags & P_REMOVED != 0) revert ProviderRemoved(p);
        } else if (te > ch.effective) {
            revert StraddlesChange(p, uint64(ts), uint64(te), uint64(ch.effective));
        }
        return pv;
    }

    /// Moves the report's total out of surplus, credits the keepers' part lazily and
    /// updates the epoch's vesting checkpoint; returns the equal share. The split (see
    /// the contract doc): the leader's bonus (none for a slashed leader), the equal
    /// share of the rest among the payees, its remainder to the first entry's provider;
    /// if nobody may share, the keepers' pool is not charged.
    function _creditKeepers(uint256[V_LEN] memory v) private returns (uint256 share) {
        uint256 total = v[V_TOTAL];
        uint256 bonus;
        uint256 remainder;
        unchecked {
            // total < 2^128 (fewer than 2^16 amounts below 2^112); the providers' part
            // and the bonus are total x bps / 10000 with bps summing to <= 10000
            if ((v[V_EXCLUDED] >> v[V_LEADER]) & 1 == 0) bonus = total * v[V_LEADER_BPS] / BPS;
            uint256 pool = total - v[V_PROVIDERS] - bonus;
            uint256 payees = v[V_PAYEES];
            if (payees == 0) {
                total -= pool;
            } else {
                share = pool / payees;
                remainder = pool - share * payees;
            }
        }
        uint256 m = _moneyWord; // surplus (128) | acc (112) | hot (16)
        if (total > uint128(m)) revert InsufficientFunds(total, uint128(m));
        uint256 e = v[V_EPOCH];
        uint256 bucket;
        unchecked {
            bucket = (block.number - v[V_START]) / v[V_PERIOD]; // block.number >= te + D > start
        }
        uint256 vest = v[V_VEST];
        uint256 acc;
        if (e == m >> 240) {
            acc = uint112(m >> 128);
        } else {
            acc = _switchEpoch(e, m);
            m = _moneyWord;
        }
        _checkpoint(e, bucket, vest, acc, total);
        unchecked {
            acc += share; // acc < 2^112, share < 2^128
        }
        if (acc >> 112 != 0) revert AmountOverflow();
        if (e == m >> 240) {
            m = (m & ~(uint256(type(uint112).max) << 128)) | (acc << 128);
        } else {
            _accOf[e] = acc; // a late report for an older epoch
        }
        _moneyWord = m - total; // surplus -= total (checked above)
        if (share != 0 && v[V_FAILED] != 0) _skipFailed(e, v[V_FAILED], share);
        if (bonus != 0) _creditBonus(e, v[V_LEADER], bonus, bucket, vest);
        if (remainder != 0) {
            uint256 first = v[V_FIRST];
            uint256 w = _providerWord[first]; // warm: written by its entry
            uint256 balance = uint256(uint112(w >> 136)) + remainder;
            if (balance >> 112 != 0) revert AmountOverflow();
            _providerWord[first] = (w & ~(uint256(type(uint112).max) << 136)) | (balance << 136);
        }
    }

    /// A pay for epoch e, not the hot one: if e is newer it becomes hot (the old hot
    /// epoch's acc moves to _accOf); returns e's acc.
    function _switchEpoch(uint256 e, uint256 m) private returns (uint256 acc) {
        uint256 hot = m >> 240;
        acc = _accOf[e];
        if (e > hot) {
            _accOf[hot] = uint112(m >> 128);
            _moneyWord = uint128(m) | (acc << 128) | (e << 240);
        }
    }

    /// Records `paid` in epoch e's checkpoint of `bucket` (written by the bucket's first
    /// pay with acc at the bucket's start). The ring slots are pre-initialised.
    function _checkpoint(uint256 e, uint256 bucket, uint256 vest, uint256 acc, uint256 paid) private {
        uint256 slot;
        unchecked {
            slot = bucket % (vest + 1); // vest <= 64
        }
        uint256 cp = _ringWord[e][slot]; // bucket (32) | accStart (112) | paid (112)
        // `paid` only informs runway(): it saturates rather than block a payment
        if (uint32(cp) == bucket) {
            unchecked {
                paid += uint112(cp >> 144); // both < 2^128
            }
            if (paid > type(uint112).max) paid = type(uint112).max;
            _ringWord[e][slot] = (cp & ((uint256(1) << 144) - 1)) | (paid << 144);
        } else {
            if (paid > type(uint112).max) paid = type(uint112).max;
            _ringWord[e][slot] = bucket | (acc << 32) | (paid << 144);
        }
    }

    function _skipFailed(uint256 e, uint256 failed, uint256 share) private {
        for (uint256 f = failed; f != 0; f &= f - 1) {
            KeeperAcct storage k = _keepers[e][_lowestBit(f)];
            k.skipped = _u112(uint256(k.skipped) + share);
        }
    }

    function _creditBonus(uint256 e, uint256 leader, uint256 bonus, uint256 bucket, uint256 vest) private {
        Bonus memory b = _bonus[e][leader];
        if (bucket >= uint256(b.lockedAt) + vest) b.locked = 0; // the previous tranche has unlocked
        b.total = _u112(uint256(b.total) + bonus);
        b.locked = _u112(uint256(b.locked) + bonus);
        b.lockedAt = uint32(bucket);
        _bonus[e][leader] = b;
    }

    /// Checks e(aggPk, H(digest)) == e(g1, signature) with one PAIRING_CHECK over
    /// -g1 ‖ sig ‖ aggPk ‖ H(digest), where aggPk sums the signers' keys. An all-zero
    /// (infinity) signature cannot pass: e(aggPk, H) == 1 would need aggPk or H at
    /// infinity, and _aggregateKeys refuses an infinity aggPk.
    function _verifyAggregate(uint256[V_LEN] memory v, uint256 signers, bytes32 digest, bytes calldata signature)
        private
        view
        returns (bool)
    {
        if (signature.length != 256) return false;
        bytes memory buf = new bytes(768);
        uint256 p;
        assembly ("memory-safe") {
            p := add(buf, 32)
            calldatacopy(add(p, 128), signature.offset, 256)
        }
        address store1 = v[V_FLAGS] & E_STORE1 != 0 ? _store1[v[V_EPOCH]] : address(0);
        // aggregate key at p+384; p+512 is scratch for the next key, overwritten by H(m)
        if (!_aggregateKeys(address(uint160(v[V_STORE0])), store1, v[V_SIZE], signers, p + 384)) return false;
        BLS12381.writeNegG1(p);
        BLS12381.hashToG2To(abi.encodePacked(digest), BLS12381.DST, p + 512);
        return BLS12381.pairingCheckAt(p);
    }

    /// Writes at memory address acc the sum of the keys of the members in `signers`:
    /// either their keys added up, or, when fewer members are left out, the group's
    /// stored aggregate plus the negations (x, p - y) of the others' keys. One cold
    /// account access per key store, one EXTCODECOPY and one G1ADD per key added. The
    /// store layout is Registry.sol's (upkeeping.TestGroupStoreLayout pins it). False
    /// if a G1ADD failed or the sum is infinity.
    function _aggregateKeys(address store0, address store1, uint256 n, uint256 signers, uint256 acc)
        private
        view
        returns (bool ok)
    {
        (uint256 bits, bool complement) = _keySelection(n, signers);
        uint256 keys0 = 3 + 4 * n + 128; // offset of key 0 in store0
        assembly ("memory-safe") {
            ok := 1
            let first := 1
            if complement {
                extcodecopy(store0, acc, sub(keys0, 128), 128) // the group's aggregate
                first := 0
            }
            for { let i := 0 } bits { i := add(i, 1) } {
                if iszero(and(bits, 0xff)) {
                    bits := shr(8, bits)
                    i := add(i, 7)
                    continue
                }
                if and(bits, 1) {
                    let dst := add(acc, mul(iszero(first), 128))
                    switch lt(i, 128)
                    case 1 { extcodecopy(store0, dst, add(keys0, mul(i, 128)), 128) }
                    default { extcodecopy(store1, dst, add(1, mul(sub(i, 128), 128)), 128) }
                    if complement {
                        // y := p - y (two 256-bit limbs; registered keys are never infinity)
                        let yl := mload(add(dst, 96))
                        mstore(
                            add(dst, 64),
                            sub(
                                sub(0x1a0111ea397fe69a4b1ba7b6434bacd7, mload(add(dst, 64))),
                                gt(yl, 0x64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab)
                            )
                        )
                        mstore(add(dst, 96), sub(0x64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab, yl))
                    }
                    switch first
                    case 1 { first := 0 }
                    default { ok := and(ok, staticcall(1000, 0x0b, acc, 256, acc, 128)) }
                }
                bits := shr(1, bits)
            }
            ok := and(ok, iszero(iszero(or(or(mload(acc), mload(add(acc, 32))), or(mload(add(acc, 64)), mload(add(acc, 96)))))))
        }
    }

    /// Which keys _aggregateKeys adds: the signers', or (complement) the non-signers'
    /// negated, added to the group's aggregate — whichever is fewer.
    function _keySelection(uint256 n, uint256 signers) private pure returns (uint256 bits, bool complement) {
        uint256 members = n == 256 ? type(uint256).max : (uint256(1) << n) - 1;
        uint256 others = members & ~signers;
        complement = _popcount(others) < _popcount(signers);
        bits = complement ? others : signers;
    }

    // ---------------------------------------------------------------- providers and money (hot views)

    /// @notice Epochs so far.
    function epochCount() external view returns (uint256) {
        return _loadTerms().epochs;
    }

    /// @notice Providers registered so far.
    function providerCount() external view returns (uint256) {
        return _providerCount;
    }

    /// @notice Provider `index`: account, payout, price in force now (x1e18), lastPaid,
    /// balance, removed, and the pending change (at == 0: none).
    function providerInfo(uint256 index)
        external
        view
        returns (
            address account,
            address payout,
            uint256 price,
            uint64 paidUntil,
            uint256 balance,
            bool removed,
            uint256 nextPrice,
            bool nextRemove,
            uint64 nextAt
        )
    {
        if (index >= _providerCount) revert UnknownProvider(index);
        Provider memory p = _loadProvider(index);
        account = _providerAccount[index];
        payout = _providerPayout[index];
        if (payout == address(0)) payout = account;
        if (p.flags & P_PENDING != 0) {
            Change memory ch = _changes[index];
            (nextPrice, nextRemove, nextAt) = (ch.price, ch.remove, uint64(ch.effective));
        }
        return (account, payout, p.price, uint64(p.lastPaid), p.balance, p.flags & P_REMOVED != 0, nextPrice, nextRemove, nextAt);
    }

    /// @notice The price (x1e18) and removal that apply to an entry of provider `index`
    /// starting at ts (SPEC 8.1 per-interval terms), and the change boundary an entry
    /// from ts must not cross (0: none).
    function termsAt(uint256 index, uint64 ts) external view returns (uint256 price, bool removed, uint64 boundary) {
        if (index >= _providerCount) revert UnknownProvider(index);
        Provider memory p = _loadProvider(index);
        removed = p.flags & P_REMOVED != 0;
        price = p.price;
        if (p.flags & P_PENDING != 0) {
            Change memory ch = _changes[index];
            if (ts >= ch.effective) {
                if (ch.remove) removed = true;
                else price = ch.price;
            } else {
                boundary = uint64(ch.effective);
            }
        }
    }

    /// @notice The provider index of account, or found == false.
    function providerIndex(address account) external view returns (uint256 index, bool found) {
        uint256 i = _providerIndexPlus1[account];
        return (i == 0 ? 0 : i - 1, i != 0);
    }

    /// @notice lastPaid[provider] (SPEC 7: the ts of its next report entry).
    function lastPaid(uint256 provider) external view returns (uint64) {
        if (provider >= _providerCount) revert UnknownProvider(provider);
        return _loadProvider(provider).lastPaid;
    }

    /// @notice The ledger (BatchInbox) this contract's keepers publish to.
    function ledger() external view returns (address) {
        return _config().ledger;
    }

    /// @notice Funds no one is owed.
    function surplus() external view returns (uint256) {
        return _loadMoney().surplus;
    }

    /// @notice Everything held: owed + surplus.
    function funds() external view returns (uint256) {
        return _funds;
    }

    /// @notice The sum of everything owed (credited and not withdrawn, bonds included).
    function owed() external view returns (uint256) {
        return uint256(_funds) - _loadMoney().surplus;
    }

    /// @notice Withdraws provider `index`'s balance to its payout address (caller: its
    /// account or its payout address).
    function withdrawProvider(uint32 index) external nonReentrant onlyClone returns (uint256 amount) {
        if (index >= _providerCount) revert UnknownProvider(index);
        address account = _providerAccount[index];
        address to = _providerPayout[index];
        if (to == address(0)) to = account;
        if (msg.sender != account && msg.sender != to) revert Unauthorized(msg.sender);
        Provider memory pv = _loadProvider(index);
        amount = pv.balance;
        if (amount == 0) revert NothingToWithdraw();
        pv.balance = 0;
        _storeProvider(index, pv);
        _funds -= uint128(amount);
        emit Withdrawn(account, to, amount);
        _send(to, amount);
    }

    /// @notice Moves provider `index`'s payout address (the provider's account only).
    function setProviderPayout(uint32 index, address payout) external onlyClone {
        if (index >= _providerCount) revert UnknownProvider(index);
        if (msg.sender != _providerAccount[index]) revert Unauthorized(msg.sender);
        if (payout == address(0)) revert ZeroAddress();
        _providerPayout[index] = payout;
        emit ProviderPayoutChanged(index, payout);
    }

    /// @notice The fixed configuration (the clone's immutable args).
    function config() external view returns (Config memory) {
        return _config();
    }

    function _implementation() internal view override returns (address) {
        return admin;
    }
}
