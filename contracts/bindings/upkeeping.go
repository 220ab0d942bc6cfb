// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// UpkeepingBaseConfig is an auto generated low-level Go binding around an user-defined struct.
type UpkeepingBaseConfig struct {
	Registry         common.Address
	Ledger           common.Address
	Token            common.Address
	Start            uint64
	Period           uint64
	Finality         uint64
	Window           uint64
	Stale            uint64
	ProviderShareBps uint16
	LeaderBonusBps   uint16
	SlashRewardBps   uint16
	VestPeriods      uint16
	KeeperBond       *big.Int
	BlockTimeMs      uint32
}

// UpkeepingBaseProviderInit is an auto generated low-level Go binding around an user-defined struct.
type UpkeepingBaseProviderInit struct {
	Account common.Address
	Price   *big.Int
}

// UpkeepingMetaData contains all meta data concerning the Upkeeping contract.
var UpkeepingMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDSTLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochFrom\",\"type\":\"uint64\"}],\"name\":\"BeforeEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"}],\"name\":\"BondAlreadyPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"}],\"name\":\"BondLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"effective\",\"type\":\"uint64\"}],\"name\":\"ChangePending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyReport\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Implementation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"IntervalNotBeforeEnd\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEvidence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"failed\",\"type\":\"uint256\"}],\"name\":\"InvalidFailedBitmap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leader\",\"type\":\"uint256\"}],\"name\":\"InvalidLeader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"}],\"name\":\"KeeperSlashedHere\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LedgerTouchGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedReport\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSurplusRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAKeeper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"NotEnoughSigners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEquivocation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFactory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payableAt\",\"type\":\"uint256\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"NotPeriodBoundary\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"precompile\",\"type\":\"address\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ProviderExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ProviderRemoved\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastPaid\",\"type\":\"uint64\"}],\"name\":\"StaleInterval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"effective\",\"type\":\"uint64\"}],\"name\":\"StraddlesChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"name\":\"SurplusNotYet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"groupId\",\"type\":\"uint32\"}],\"name\":\"UnknownGroup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"got\",\"type\":\"address\"}],\"name\":\"WrongContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"declared\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"WrongFundingAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"WrongTag\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"provider\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"st\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EntryPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"groupId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"}],\"name\":\"EpochScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"forfeitedRewards\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"forfeitedBond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestB\",\"type\":\"bytes32\"}],\"name\":\"KeeperSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"KeeperWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"ledger\",\"type\":\"address\"}],\"name\":\"LedgerNotTouched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastPaid\",\"type\":\"uint64\"}],\"name\":\"ProviderAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"remove\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effective\",\"type\":\"uint64\"}],\"name\":\"ProviderChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"}],\"name\":\"ProviderPayoutChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"keeperShare\",\"type\":\"uint256\"}],\"name\":\"ReportPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"name\":\"SurplusRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SurplusWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"MAX_GROUP\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VEST_PERIODS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_SCALE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REPORT_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"ledger\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finality\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stale\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"providerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"leaderBonusBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"vestPeriods\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"keeperBond\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"blockTimeMs\",\"type\":\"uint32\"}],\"internalType\":\"structUpkeepingBase.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"funds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"groupId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"internalType\":\"structUpkeepingBase.ProviderInit[]\",\"name\":\"providers\",\"type\":\"tuple[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"}],\"name\":\"lastPaid\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ledger\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"report\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"providerIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"providerInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"paidUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"removed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nextPrice\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"nextRemove\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"nextAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"}],\"name\":\"setProviderPayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"surplus\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"}],\"name\":\"termsAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"removed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"boundary\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"withdrawProvider\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161424138038061424183398101604081905261002e91610143565b338061005457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61005d816100d8565b50806001600160a01b03163b5f036100ac576040516389a6198960e01b815260206004820152601160248201527061646d696e20686173206e6f20636f646560781b604482015260640161004b565b336080526001600160a01b031660a0523060c0526001805460ff60a01b1916600160a01b179055610170565b600180546001600160a01b03191690556100f1816100f4565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215610153575f5ffd5b81516001600160a01b0381168114610169575f5ffd5b9392505050565b60805160a05160c0516140996101a85f395f6105cf01525f81816105a3015261072001525f818161047a015261096e01526140995ff3fe60806040526004361061019f575f3560e01c80638d14c081116100eb578063c89f2ce411610089578063e30c397811610063578063e30c397814610523578063f2fde38b14610540578063f62f6d6e1461055f578063f851a44014610592576101e0565b8063c89f2ce4146104b0578063ca1d209d146104cd578063ce6949b5146104e0576101e0565b8063b1278430116100c5578063b12784301461043a578063c33f59d31461044e578063c45a015514610469578063c87d67791461049c576101e0565b80638d14c081146103c85780638da5cb5b146103ff578063abe2a3fc1461041b576101e0565b806358abb40d1161015857806374c832681161013257806374c832681461036557806379502c551461037f57806379ba5097146103a0578063829965cc146103b4576101e0565b806358abb40d1461031d578063628b732f1461033c578063715018a614610351576101e0565b806313888565146101e8578063143e058d1461020f578063293a4df5146102435780633808fcdd146102625780634cc2461b1461027557806356397c35146102f1576101e0565b366101e0576101ac6105c5565b6101b66002610610565b156101d457604051635bb8e48560e01b815260040160405180910390fd5b6101de3334610623565b005b6101de61071b565b3480156101f3575f5ffd5b506101fc610744565b6040519081526020015b60405180910390f35b34801561021a575f5ffd5b5061022e61022936600461399a565b61075c565b60408051928352901515602083015201610206565b34801561024e575f5ffd5b506101fc61025d3660046139c6565b610799565b6101de6102703660046139e1565b61095b565b348015610280575f5ffd5b5061029461028f366004613a70565b610adc565b604080516001600160a01b039a8b1681529990981660208a0152968801959095526001600160401b0393841660608801526080870192909252151560a086015260c085015290151560e08401521661010082015261012001610206565b3480156102fc575f5ffd5b50610305610c0e565b6040516001600160a01b039091168152602001610206565b348015610328575f5ffd5b506101de610337366004613acb565b610c20565b348015610347575f5ffd5b506101fc61010081565b34801561035c575f5ffd5b506101de610dd5565b348015610370575f5ffd5b5060105463ffffffff166101fc565b34801561038a575f5ffd5b50610393610e15565b6040516102069190613b42565b3480156103ab575f5ffd5b506101de610e2a565b3480156103bf575f5ffd5b506101fc610e6e565b3480156103d3575f5ffd5b506103e76103e2366004613a70565b610e81565b6040516001600160401b039091168152602001610206565b34801561040a575f5ffd5b505f546001600160a01b0316610305565b348015610426575f5ffd5b506101de610435366004613ca7565b610ec5565b348015610445575f5ffd5b506101fc604081565b348015610459575f5ffd5b506101fc670de0b6b3a764000081565b348015610474575f5ffd5b506103057f000000000000000000000000000000000000000000000000000000000000000081565b3480156104a7575f5ffd5b506101fc610fcf565b3480156104bb575f5ffd5b506004546001600160801b03166101fc565b6101de6104db366004613a70565b610ff2565b3480156104eb575f5ffd5b506104ff6104fa366004613cf2565b6110b4565b6040805193845291151560208401526001600160401b031690820152606001610206565b34801561052e575f5ffd5b506001546001600160a01b0316610305565b34801561054b575f5ffd5b506101de61055a36600461399a565b6111b6565b34801561056a575f5ffd5b506101fc7fd3d5a2751c8fe2ff1315253e630510a2d8fbc32003b94963811f50488018bdb881565b34801561059d575f5ffd5b506103057f000000000000000000000000000000000000000000000000000000000000000081565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361060e5760405163e6a8ee4f60e01b815260040160405180910390fd5b565b5f6020808302602d015f303c50505f5190565b5f61062c611226565b905061064e82825f01516001600160801b03166106499190613d29565b61127c565b6001600160801b03168082526040820151602083015160f09190911b6001600160f01b03191660809190911b6dffffffffffffffffffffffffffff60801b16909117176003556004546106af906106499084906001600160801b0316613d29565b600480546fffffffffffffffffffffffffffffffff19166001600160801b03929092169190911790556040518281526001600160a01b038416907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249060200160405180910390a2505050565b61060e7f00000000000000000000000000000000000000000000000000000000000000006112a9565b5f61074d611226565b516001600160801b0316919050565b6001600160a01b0381165f908152601560205260408120548190801561078c57610787600182613d3c565b61078e565b5f5b949015159350915050565b5f6107a26112cc565b6107aa6105c5565b60105463ffffffff908116908316106107e35760405163fece9bb960e01b815263ffffffff831660048201526024015b60405180910390fd5b63ffffffff82165f908152601360209081526040808320546014909252909120546001600160a01b039182169116806108195750805b336001600160a01b0383161480159061083b5750336001600160a01b03821614155b1561085b5760405163472511eb60e11b81523360048201526024016107da565b5f61086b8563ffffffff16611339565b905080604001516001600160701b03169350835f0361089d57604051630686827b60e51b815260040160405180910390fd5b5f60408201526108b363ffffffff8616826113b4565b600480548591905f906108d09084906001600160801b0316613d4f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550816001600160a01b0316836001600160a01b03167fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb8660405161093991815260200190565b60405180910390a361094b828561140b565b5050506109566114c2565b919050565b6109636105c5565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109ac57604051631966391b60e11b815260040160405180910390fd5b600154600160a01b900460ff16156109d65760405162dc149f60e41b815260040160405180910390fd5b6001805460ff60a01b1916600160a01b1790556001600160a01b038416610a105760405163d92e233d60e01b815260040160405180910390fd5b610a19846114ec565b5f610a22611505565b9050610a38845f83610160015161ffff16611554565b5f5b82811015610a9857610a8f848483818110610a5757610a57613d6e565b610a6d926020604090920201908101915061399a565b858584818110610a7f57610a7f613d6e565b9050604002016020013584611607565b50600101610a3a565b503415610ad55760408101516001600160a01b031615610acb57604051635bb8e48560e01b815260040160405180910390fd5b610ad53334610623565b5050505050565b5f5f5f5f5f5f5f5f5f60105f9054906101000a900463ffffffff1663ffffffff168a10610b1f5760405163fece9bb960e01b8152600481018b90526024016107da565b5f610b298b611339565b5f8c8152601360209081526040808320546014909252909120546001600160a01b039182169c50169950905088610b5e578998505b606081015160011615610bc5575f8b8152601260209081526040918290208251606081018452905464ffffffffff81168083526501000000000082046001600160601b0316938301849052600160881b90910460ff16151591909301819052909550935091505b6020810151815160408301516060909301516001600160601b03909216995064ffffffffff1697506001600160701b039091169550600216151593509193959799909294969850565b5f610c17611505565b60200151905090565b610c286112cc565b610c306105c5565b610c386138f4565b610120608d6101c08301303c610c4f8686836117fb565b60608101515f03610c725760405162bf199760e01b815260040160405180910390fd5b80516101c082015181111580610ca257506101e08201516101c0830151820381610c9e57610c9e613d82565b0615155b15610ccb5760405163653e0e5360e11b81526001600160401b03821660048201526024016107da565b610200820151439082011115610d0d57610200820151604051631f3e4b9160e31b81526001600160401b038316600482015290820160248201526044016107da565b610d16826119b0565b610d208583611aaf565b5f8787604051610d31929190613d96565b60405180910390209050610d488387838888611c3f565b610d6557604051638baa579f60e01b815260040160405180910390fd5b6101408801610d748185611dc0565b6101608401516001600160401b038416837f7aadbf08142899c027e1eddc48463e8bfd7744e9b9866886b476383f1b2c8be783610db089611e22565b6040805192835260208301919091520160405180910390a35050505050610ad56114c2565b610ddd612087565b3015610dfc57604051638905116560e01b815260040160405180910390fd5b61060e610e105f546001600160a01b031690565b6114ec565b610e1d613913565b610e25611505565b905090565b60015433906001600160a01b03168114610e625760405163118cdaa760e01b81526001600160a01b03821660048201526024016107da565b610e6b816114ec565b50565b5f610e776120b3565b5161ffff16919050565b6010545f9063ffffffff168210610eae5760405163fece9bb960e01b8152600481018390526024016107da565b610eb782611339565b5164ffffffffff1692915050565b610ecd6105c5565b60105463ffffffff90811690831610610f015760405163fece9bb960e01b815263ffffffff831660048201526024016107da565b63ffffffff82165f908152601360205260409020546001600160a01b03163314610f405760405163472511eb60e11b81523360048201526024016107da565b6001600160a01b038116610f675760405163d92e233d60e01b815260040160405180910390fd5b63ffffffff82165f8181526014602090815260409182902080546001600160a01b0319166001600160a01b03861690811790915591519182527fa00a36e2753fa1a79815618fdee069f3d6605d0ef3b6ea4f2df98916a8ecd8fa910160405180910390a25050565b5f610fd8611226565b51600454610e25916001600160801b039081169116613d3c565b610ffa6112cc565b6110026105c5565b61100c6002610610565b5f0361104a5780341461103b576040516367f85aa360e11b8152600481018290523460248201526044016107da565b6110453382610623565b6110ac565b341561106957604051635bb8e48560e01b815260040160405180910390fd5b5f611074338361213a565b90508181146110a0576040516367f85aa360e11b815260048101839052602481018290526044016107da565b6110aa3383610623565b505b610e6b6114c2565b6010545f908190819063ffffffff1685106110e55760405163fece9bb960e01b8152600481018690526024016107da565b5f6110ef86611339565b606081015160208201516001600160601b031695506002811615159450909150600116156111ae575f868152601260209081526040918290208251606081018452905464ffffffffff81168083526501000000000082046001600160601b031693830193909352600160881b900460ff161515928101929092526001600160401b038716106111a05780604001511561118b57600193506111ac565b80602001516001600160601b031694506111ac565b805164ffffffffff1692505b505b509250925092565b6111be612087565b600180546001600160a01b0383166001600160a01b031990911681179091556111ee5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b604080516060810182525f808252602082018190529181019190915250600354604080516060810182526001600160801b03831681526001600160701b03608084901c16602082015260f09290921c9082015290565b5f6001600160801b038211156112a557604051630590fb9f60e01b815260040160405180910390fd5b5090565b365f5f375f5f365f845af43d5f5f3e8080156112c3573d5ff35b3d5ffd5b505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561130c57604051633ee5aeb560e01b815260040160405180910390fd5b61060e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612245565b60408051608080820183525f8083526020808401829052838501829052606093840182905294815260118552839020548351918201845264ffffffffff81168252602881901c6001600160601b031694820194909452608884901c6001600160701b03169281019290925260f89290921c9181019190915290565b60f8816060015160ff16901b608882604001516001600160701b0316901b602883602001516001600160601b0316901b835f015164ffffffffff1617171760115f8481526020019081526020015f20819055505050565b5f6114166002610610565b90506001600160a01b0381166114ae575f836001600160a01b0316836040515f6040518083038185875af1925050503d805f811461146f576040519150601f19603f3d011682016040523d82523d5f602084013e611474565b606091505b50509050806114a857604051630e21dcbb60e11b81526001600160a01b0385166004820152602481018490526044016107da565b50505050565b6112c76001600160a01b038216848461224c565b61060e5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611333565b600180546001600160a01b0319169055610e6b816122ab565b61150d613913565b604080516101c08082526101e082019092525f916020820181803683370190505090508051602d60208301303c8080602001905181019061154e9190613e36565b91505090565b5f61155d6120b3565b5161ffff16905061fffe1981016115a9576040516389a6198960e01b815260206004820152600f60248201526e746f6f206d616e792065706f63687360881b60448201526064016107da565b5f5b8281116115f9576040805160608101825263ffffffff8082525f6020808401829052928401819052858152600a835283812085825290925291902055806115f181613f4c565b9150506115ab565b506114a88185855f5f6122fa565b5f6001600160a01b03841661162f5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384165f908152601560205260409020541561167057604051636a3efcd960e11b81526001600160a01b03851660048201526024016107da565b6001600160601b0383111561169b576040516306d02d6760e11b8152600481018490526024016107da565b50601054608082015163ffffffff909116905f906001600160401b03166116c243856126b9565b6116cc9190613f64565b83606001516001600160401b03166116e49190613d29565b90506117338263ffffffff1660405180608001604052808464ffffffffff168152602001876001600160601b031681526020015f6001600160701b03168152602001608060ff168152506113b4565b63ffffffff82165f81815260136020526040902080546001600160a01b0319166001600160a01b03881617905561176b906001613d29565b6001600160a01b0386165f9081526015602052604090205561178e826001613f7b565b6010805463ffffffff191663ffffffff928316179055604080518681526001600160401b03841660208201526001600160a01b038816928516917f3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674910160405180910390a3509392505050565b61014082101561181e5760405163051db21d60e31b815260040160405180910390fd5b60a0830135602082810182905260e08501356040848101919091528535929186013591908601359060608701359060808801351760c088013517610100880135610120808a01359082141580611875575061ffff81115b806118965750611886816060613f64565b61189290610140613d29565b8914155b156118b45760405163051db21d60e31b815260040160405180910390fd5b60a085901c1515806118c95750604084901c15155b806118d75750602083901c15155b156118f55760405163051db21d60e31b815260040160405180910390fd5b7fd3d5a2751c8fe2ff1315253e630510a2d8fbc32003b94963811f50488018bdb887146119385760405163ca4413ad60e01b8152600481018890526024016107da565b468614611961576040516324497bc360e01b8152466004820152602481018790526044016107da565b6001600160a01b038516301461199b576040516374bb94c560e11b81523060048201526001600160a01b03861660248201526044016107da565b92875250506060909401939093525050505050565b6002546101e08201515f906119cf90601084901c63ffffffff16613f64565b6101c08401516119df9190613d29565b8351909150811015611a2d576119f6600183613f97565b61ffff908116608085015260a0840191909152603082901c1660c0830152604081901c60ff1660e083015260481c61010090910152565b82516101c08401516101e08501515f92611a48929091612720565b9050805f015181602001518260400151836060015184608001516001600160a01b031688600460178110611a7e57611a7e613d6e565b6101008b019290925260e08a019290925260c089019290925260a09097019190915260200290940193909352505050565b60c08101515f6101008214611ad057611acb600180841b613d3c565b611ad3565b5f195b60e08401519091505f6002821615611b01575060808401515f90815260096020526040902054801992909216915b821986168015611b3057611b1481612933565b60405163bda62c2360e01b81526004016107da91815260200190565b5f611b3a856129b4565b9050600160036002830204015f611b508a6129b4565b905081811015611b7d5760405163230f9d1160e01b815260048101829052602481018390526044016107da565b602089015160408a015161010082101580611b9b5750600189831c16155b15611bbc5760405163930fd18560e01b8152600481018390526024016107da565b88198116151580611bd15750600181831c1615155b15611bf25760405163ab5612e360e01b8152600481018290526024016107da565b8087176001891615611c135760808c01515f90815260086020526040902054175b6101208c01819052611c268a82166129b4565b86038c600a602002015250505050505050505050505050565b5f6101008214611c5057505f611db7565b6040805161030080825261032082019092525f91602082018180368337019050509050602081016101008560a084013760e08801515f906004168103611c96575f611cb3565b60808901515f908152600660205260409020546001600160a01b03165b6101008a015160c08b0151919250611cd99183908b611cd487610180613d29565b612a61565b611ce8575f9350505050611db7565b6f17f1d3a73197d7942695638c4fa9ac0f82527fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb60208301526f114d1d6855d545a8aa7d76c8cf2e21f260408301527f67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca6060830152611da887604051602001611d7391815260200190565b60408051601f1981840301815260608301909152602b8083529091906140426020830139611da385610200613d29565b612bb4565b611db182612c38565b93505050505b95945050505050565b60608101515f80805b83811015611e0a575f5f5f611de3846060028a0189612c59565b925092509250835f03611df9576101a088018390525b940193929092019150600101611dc9565b50610160840191909152610180909201919091525050565b61016081015160208201516101208301515f9291839182911c6001168103611e54576102808501516127109084020491505b610180850151610140860151908403839003905f819003611e79578185039450611e93565b808281611e8857611e88613d82565b049550808602820392505b50506003546001600160801b038116841115611ed35760405162fae2d560e21b8152600481018590526001600160801b03821660248201526044016107da565b60808601516101e08701516101c08801515f9190430381611ef657611ef6613d82565b6102c08a015191900491505f60f085901c8403611f2157506001600160701b03608085901c16611f33565b611f2b8486612f15565b905060035494505b611f40848484848c612f6e565b8801607081901c15611f6557604051630590fb9f60e01b815260040160405180910390fd5b60f085901c8403611f93576dffffffffffffffffffffffffffff60801b1994909416608085901b1793611fa4565b5f8481526007602052604090208190555b611fae8886613d3c565b6003558815801590611fc3575060408a015115155b15611fda57611fda848b600260200201518b613056565b8615611ff457611ff4848b600160200201518986866130d9565b851561207a576101a08a01515f818152601160205260408120549061202689608884901c6001600160701b0316613d29565b9050607081901c1561204b57604051630590fb9f60e01b815260040160405180910390fd5b5f9283526011602052604090922060889290921b6dffffffffffffffffffffffffffff60881b19919091161790555b5050505050505050919050565b5f546001600160a01b0316331461060e5760405163118cdaa760e01b81523360048201526024016107da565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091525f60025490506040518060a001604052808261ffff168152602001601083901c63ffffffff168152602001603083901c61ffff168152602001604083901c60ff168152602001604883901c6001600160a01b031681525091505090565b5f5f6121466002610610565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa15801561218d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121b19190613fb1565b90506121c86001600160a01b038316863087613200565b6040516370a0823160e01b815230600482015281906001600160a01b038416906370a0823190602401602060405180830381865afa15801561220c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122309190613fb1565b61223a9190613d3c565b925050505b92915050565b80825d5050565b6040516001600160a01b038381166024830152604482018390526112c791859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613239565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f5f6123065f610610565b60405163170a65cf60e11b815263ffffffff891660048201526001600160a01b039190911690632e14cb9e90602401606060405180830381865afa158015612350573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123749190613fc8565b919450925090506001600160a01b0383166123ad57604051600162a68db960e01b0319815263ffffffff881660048201526024016107da565b5f6001600160a01b0383166123c2575f6123c5565b60045b905085156123d1576001175b84156123db576002175b63ffffffff87111561241e576040516389a6198960e01b815260206004820152600b60248201526a195c1bd8da081cdd185c9d60aa1b60448201526064016107da565b6040518060a00160405280856001600160a01b031681526020018863ffffffff1681526020018963ffffffff1681526020018361ffff1681526020018260ff1681525060055f8b81526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548161ffff021916908361ffff1602179055506080820151815f01601e6101000a81548160ff021916908360ff1602179055509050508260065f8b81526020019081526020015f205f6101000a8154816001600160a01b0302191690836001600160a01b031602179055508560085f8b81526020019081526020015f20819055508460095f8b81526020019081526020015f208190555061262d6040518060a001604052808b60016125a99190613d29565b61ffff1681526020018963ffffffff1681526020018461ffff1681526020018360ff168152602001866001600160a01b0316815250604881608001516001600160a01b0316901b6040826060015160ff16901b6030836040015161ffff16901b6010846020015163ffffffff16901b845f015161ffff161717171760028190555050565b5f612636611505565b90508863ffffffff168a7ff8a110fd5a9fe8c4f68878fb0e07931b6edaac9b81505fe00f1f606d05f8066083608001516001600160401b03168b61267a9190613f64565b84606001516001600160401b03166126929190613d29565b6040516001600160401b03909116815260200160405180910390a350505050505050505050565b5f81606001516001600160401b031683116126d557505f61223f565b608082015160608301516001600160401b039182169160019183916126fb911687613d3c565b6127059190613d29565b61270f9190613d3c565b612719919061400d565b9392505050565b6127566040518060a001604052805f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681525090565b5f61275f6120b3565b905082816020015163ffffffff166127779190613f64565b6127819085613d29565b602083018190526001600160401b03861611156127fa576040518060a001604052806001835f01516127b39190613f97565b61ffff16815260200183602001518152602001826040015161ffff168152602001826060015160ff16815260200182608001516001600160a01b0316815250915050612719565b80515f9061280a90600190613f97565b61ffff1690505b801561290e57806128218161402c565b5f818152600560209081526040808320815160a08101835290546001600160a01b0381168252600160a01b810463ffffffff908116948301859052600160c01b82041692820192909252600160e01b820461ffff166060820152600160f01b90910460ff1660808201529294509192509061289d908790613f64565b6128a79088613d29565b905080886001600160401b03161115612907576040518060a00160405280848152602001828152602001836060015161ffff168152602001836080015160ff168152602001835f01516001600160a01b0316815250945050505050612719565b5050612811565b5060405163653e0e5360e11b81526001600160401b03861660048201526024016107da565b5f61223f61294383196001613d29565b83165f60076001600160801b038311901b905060066001600160401b0383831c11901b17600563ffffffff83831c11901b17600461ffff83831c11901b17600360ff83831c11901b176002600f83831c116d010102020202030303030303030360801b911b9190911791821c1a1790565b600181901c7f5555555555555555555555555555555555555555555555555555555555555555169003600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f9081169116017e010001000100010001000100010001000100010001000100010001000100010260f01c90565b5f5f5f612a6e86866132a5565b90925090505f612a7f876004613f64565b612a8a906003613d29565b612a95906080613d29565b90506001935060018215612aae576080808303878c3c505f5b5f5b8415612b8c5760ff8516612acd5760089490941c93600701612b84565b6001851615612b7d57608082150287016080821060018114612afc576080806080850302600101838e3c612b07565b60808084028601838f3c5b508415612b575760608101515f51602061406d5f395f51905f52811160408301516f1a0111ea397fe69a4b1ba7b6434bacd703036040830152805f51602061406d5f395f51905f52036060830152505b508160018114612b77576080886101008a600b6103e8fa87169650612b7b565b5f92505b505b8460011c94505b600101612ab0565b5050606085015160408601511760208601518651171715158416935050505095945050505050565b5f612bc284846101006132f9565b604051909150612bd28282613499565b5f610100820161010081608085601161c350fa91506101008082016080808601601161c350fa821691506101008561020083600d6105dcfa821691505080612c30576040516375c6821d60e11b8152601160048201526024016107da565b505050505050565b5f6040515f815260208161030085600f62033450fa90516001141692915050565b81355f806020808601359060408701359085901c151580612c7d5750604082901c15155b15612c9b5760405163051db21d60e31b815260040160405180910390fd5b5f8581526011602052604081205490819003612ccd5760405163fece9bb960e01b8152600481018790526024016107da565b865164ffffffffff82168414612d1557604051630bed38cd60e21b8152600481018890526001600160401b038516602482015264ffffffffff831660448201526064016107da565b808410612d4f5760405163161bb2d160e11b8152600481018890526001600160401b038086166024830152821660448201526064016107da565b60a0880151841015612d945760a088015160405163339fd35160e01b8152600481018990526001600160401b03808716602483015290911660448201526064016107da565b60f882901c6080191615612db057612dad8785836135ec565b91505b6001600160601b03602883901c165f848202821580612ddd575085838281612dda57612dda613d82565b04145b612df957612df48684670de0b6b3a764000061364c565b612e05565b670de0b6b3a764000081045b9850607089901c15612e2a57604051630590fb9f60e01b815260040160405180910390fd5b6102608b0151612710908a0204975050506001600160701b03608884901c168601607081901c15612e6e57604051630590fb9f60e01b815260040160405180910390fd5b608881901b836001600160f81b03196028612e8e6001600160601b613d3c565b901b178616171760115f8b81526020019081526020015f20819055508863ffffffff167f1c57b09f968f4b52f6c06881b8c57acd1abe2ff7f77e8114a4cd379258516ed987878b604051612f00939291906001600160401b039390931683526020830191909152604082015260600190565b60405180910390a25050505050509250925092565b5f8281526007602052604090205460f082901c80841115612f67575f818152600760205260409020608084811c6001600160701b031690915560f085901b9083901b6001600160801b03851617176003555b5092915050565b5f836001018581612f8157612f81613d82565b5f888152600a6020908152604080832094909306808352939052205490915063ffffffff811686900361300c57609081901c92909201916001600160701b03831115612fd2576001600160701b0392505b609083901b612fe66001600160901b613d3c565b5f898152600a60209081526040808320878452909152902090831691909117905561304d565b6001600160701b03831115613026576001600160701b0392505b5f878152600a6020908152604080832085845282529091209085901b8717609085901b1790555b50505050505050565b815b80156114a8575f848152600b602052604081208161307584612933565b815260208101919091526040015f2080549091506130a6906130a19085906001600160701b0316613d29565b6136fc565b81546dffffffffffffffffffffffffffff19166001600160701b03919091161790556130d3600182613d3c565b16613058565b5f858152600c60209081526040808320878452825291829020825160608101845290546001600160701b038082168352600160701b82041692820192909252600160e01b90910463ffffffff1691810182905290613138908390613d29565b8310613145575f60208201525b805161315f906130a19086906001600160701b0316613d29565b6001600160701b0390811682526020820151613181916130a191879116613d29565b6001600160701b03908116602080840191825263ffffffff95861660408086019182525f9a8b52600c8352808b20998b5298909152969097209151825497519651909416600160e01b026001600160e01b03968216600160701b026001600160e01b031990981694909116939093179590951793909316179092555050565b6040516001600160a01b0384811660248301528381166044830152606482018390526114a89186918216906323b872dd90608401612279565b5f5f60205f8451602086015f885af180613258576040513d5f823e3d81fd5b50505f513d9150811561326f57806001141561327c565b6001600160a01b0384163b155b156114a857604051635274afe760e01b81526001600160a01b03851660048201526024016107da565b5f5f5f84610100146132c3576132be600180871b613d3c565b6132c6565b5f195b9050831981166132d5856129b4565b6132de826129b4565b109250826132ec57846132ee565b805b935050509250929050565b815160609080158061330b575060ff81115b1561332957604051634e26edeb60e11b815260040160405180910390fd5b8215806133375750611fe083115b15613355576040516309568f7760e21b815260040160405180910390fd5b5f602061336385601f613d29565b61336d919061400d565b905061337a816020613f64565b6001600160401b0381111561339157613391613da5565b6040519080825280601f01601f1916602001820160405280156133bb576020820181803683370190505b5092505f600190506040515f81525f60208201526040810188518060208b01835e01600887901c815360ff871660018201535f60028201536003018460208901825e848582015360018501810190506020828383038460025afa831692505080518460208901602184015e8485602184010153846022015f60015b868111613466578184188552806020860153602081028901602081858860025afa90519616959150600101613436565b50505050508484528061348f576040516375c6821d60e11b8152600260048201526024016107da565b5050509392505050565b602082015f5b60048110156114a8576040810282018051602090910151607c82901c5f197009d835d2f3cc9e45ce28101b0cc7a6ba2982097009d835d2f3cc9e45ce28101b0cc7a6ba29820291508160841c82821083830303607c1b175f195f51602061406d5f395f51905f52820991505f51602061406d5f395f51905f5281029250828210838303036f1a0111ea397fe69a4b1ba7b6434bacd7820201915050818310818503039350508082039150505f5b60028110156135d4575f51602061406d5f395f51905f528210156f1a0111ea397fe69a4b1ba7b6434bacd78414166f1a0111ea397fe69a4b1ba7b6434bacd7841117156135cc575f51602061406d5f395f51905f5282106f1a0111ea397fe69a4b1ba7b6434bacd784030392505f51602061406d5f395f51905f52820391505b60010161354c565b5060408302850191825260209091015260010161349f565b5f5f613602856135fb87611339565b8686613725565b905060f8816060015160ff16901b608882604001516001600160701b0316901b602883602001516001600160601b0316901b835f015164ffffffffff161717179150509392505050565b5f5f5f6136598686613861565b91509150815f0361367d5783818161367357613673613d82565b0492505050612719565b81841161369457613694600385150260111861387d565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f6001600160701b038211156112a557604051630590fb9f60e01b815260040160405180910390fd5b604080516080810182525f80825260208201819052918101829052606081019190915260608401516002161561377157604051634521488760e01b8152600481018690526024016107da565b5f858152601260209081526040918290208251606081018452905464ffffffffff81168083526501000000000082046001600160601b031693830193909352600160881b900460ff161515928101929092528410613804576137d3858261388e565b6060810151909550600216156137ff57604051634521488760e01b8152600481018790526024016107da565b613857565b805164ffffffffff16831115613857578051604051635b285c1160e01b8152600481018890526001600160401b0380871660248301528516604482015264ffffffffff90911660648201526084016107da565b5092949350505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b604080516080810182525f80825260208201819052918101829052606081019190915260608301805160fe1690526040820151156138d95760608301805160021760ff1690526138ed565b6020808301516001600160601b0316908401525b5090919050565b604051806102e001604052806017906020820280368337509192915050565b604080516101c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081019190915290565b6001600160a01b0381168114610e6b575f5ffd5b5f602082840312156139aa575f5ffd5b813561271981613986565b63ffffffff81168114610e6b575f5ffd5b5f602082840312156139d6575f5ffd5b8135612719816139b5565b5f5f5f5f606085870312156139f4575f5ffd5b84356139ff81613986565b93506020850135613a0f816139b5565b925060408501356001600160401b03811115613a29575f5ffd5b8501601f81018713613a39575f5ffd5b80356001600160401b03811115613a4e575f5ffd5b8760208260061b8401011115613a62575f5ffd5b949793965060200194505050565b5f60208284031215613a80575f5ffd5b5035919050565b5f5f83601f840112613a97575f5ffd5b5081356001600160401b03811115613aad575f5ffd5b602083019150836020828501011115613ac4575f5ffd5b9250929050565b5f5f5f5f5f60608688031215613adf575f5ffd5b85356001600160401b03811115613af4575f5ffd5b613b0088828901613a87565b9096509450506020860135925060408601356001600160401b03811115613b25575f5ffd5b613b3188828901613a87565b969995985093965092949392505050565b81516001600160a01b031681526101c081016020830151613b6e60208401826001600160a01b03169052565b506040830151613b8960408401826001600160a01b03169052565b506060830151613ba460608401826001600160401b03169052565b506080830151613bbf60808401826001600160401b03169052565b5060a0830151613bda60a08401826001600160401b03169052565b5060c0830151613bf560c08401826001600160401b03169052565b5060e0830151613c1060e08401826001600160401b03169052565b50610100830151613c2861010084018261ffff169052565b50610120830151613c4061012084018261ffff169052565b50610140830151613c5861014084018261ffff169052565b50610160830151613c7061016084018261ffff169052565b50610180830151613c8d6101808401826001600160801b03169052565b506101a0830151612f676101a084018263ffffffff169052565b5f5f60408385031215613cb8575f5ffd5b8235613cc3816139b5565b91506020830135613cd381613986565b809150509250929050565b6001600160401b0381168114610e6b575f5ffd5b5f5f60408385031215613d03575f5ffd5b823591506020830135613cd381613cde565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561223f5761223f613d15565b8181038181111561223f5761223f613d15565b6001600160801b03828116828216039081111561223f5761223f613d15565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b6040516101c081016001600160401b0381118282101715613de857634e487b7160e01b5f52604160045260245ffd5b60405290565b805161095681613986565b805161095681613cde565b805161ffff81168114610956575f5ffd5b80516001600160801b0381168114610956575f5ffd5b8051610956816139b5565b5f6101c0828403128015613e48575f5ffd5b50613e51613db9565b613e5a83613dee565b8152613e6860208401613dee565b6020820152613e7960408401613dee565b6040820152613e8a60608401613df9565b6060820152613e9b60808401613df9565b6080820152613eac60a08401613df9565b60a0820152613ebd60c08401613df9565b60c0820152613ece60e08401613df9565b60e0820152613ee06101008401613e04565b610100820152613ef36101208401613e04565b610120820152613f066101408401613e04565b610140820152613f196101608401613e04565b610160820152613f2c6101808401613e15565b610180820152613f3f6101a08401613e2b565b6101a08201529392505050565b5f60018201613f5d57613f5d613d15565b5060010190565b808202811582820484141761223f5761223f613d15565b63ffffffff818116838216019081111561223f5761223f613d15565b61ffff828116828216039081111561223f5761223f613d15565b5f60208284031215613fc1575f5ffd5b5051919050565b5f5f5f60608486031215613fda575f5ffd5b8351613fe581613986565b6020850151909350613ff681613986565b915061400460408501613e04565b90509250925092565b5f8261402757634e487b7160e01b5f52601260045260245ffd5b500490565b5f8161403a5761403a613d15565b505f19019056fe424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaaba164736f6c6343000825000a",
}

// UpkeepingABI is the input ABI used to generate the binding from.
// Deprecated: Use UpkeepingMetaData.ABI instead.
var UpkeepingABI = UpkeepingMetaData.ABI

// UpkeepingBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use UpkeepingMetaData.Bin instead.
var UpkeepingBin = UpkeepingMetaData.Bin

// DeployUpkeeping deploys a new Ethereum contract, binding an instance of Upkeeping to it.
func DeployUpkeeping(auth *bind.TransactOpts, backend bind.ContractBackend, admin_ common.Address) (common.Address, *types.Transaction, *Upkeeping, error) {
	parsed, err := UpkeepingMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(UpkeepingBin), backend, admin_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Upkeeping{UpkeepingCaller: UpkeepingCaller{contract: contract}, UpkeepingTransactor: UpkeepingTransactor{contract: contract}, UpkeepingFilterer: UpkeepingFilterer{contract: contract}}, nil
}

// Upkeeping is an auto generated Go binding around an Ethereum contract.
type Upkeeping struct {
	UpkeepingCaller     // Read-only binding to the contract
	UpkeepingTransactor // Write-only binding to the contract
	UpkeepingFilterer   // Log filterer for contract events
}

// UpkeepingCaller is an auto generated read-only Go binding around an Ethereum contract.
type UpkeepingCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpkeepingTransactor is an auto generated write-only Go binding around an Ethereum contract.
type UpkeepingTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpkeepingFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type UpkeepingFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpkeepingSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type UpkeepingSession struct {
	Contract     *Upkeeping        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// UpkeepingCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type UpkeepingCallerSession struct {
	Contract *UpkeepingCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// UpkeepingTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type UpkeepingTransactorSession struct {
	Contract     *UpkeepingTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// UpkeepingRaw is an auto generated low-level Go binding around an Ethereum contract.
type UpkeepingRaw struct {
	Contract *Upkeeping // Generic contract binding to access the raw methods on
}

// UpkeepingCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type UpkeepingCallerRaw struct {
	Contract *UpkeepingCaller // Generic read-only contract binding to access the raw methods on
}

// UpkeepingTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type UpkeepingTransactorRaw struct {
	Contract *UpkeepingTransactor // Generic write-only contract binding to access the raw methods on
}

// NewUpkeeping creates a new instance of Upkeeping, bound to a specific deployed contract.
func NewUpkeeping(address common.Address, backend bind.ContractBackend) (*Upkeeping, error) {
	contract, err := bindUpkeeping(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Upkeeping{UpkeepingCaller: UpkeepingCaller{contract: contract}, UpkeepingTransactor: UpkeepingTransactor{contract: contract}, UpkeepingFilterer: UpkeepingFilterer{contract: contract}}, nil
}

// NewUpkeepingCaller creates a new read-only instance of Upkeeping, bound to a specific deployed contract.
func NewUpkeepingCaller(address common.Address, caller bind.ContractCaller) (*UpkeepingCaller, error) {
	contract, err := bindUpkeeping(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &UpkeepingCaller{contract: contract}, nil
}

// NewUpkeepingTransactor creates a new write-only instance of Upkeeping, bound to a specific deployed contract.
func NewUpkeepingTransactor(address common.Address, transactor bind.ContractTransactor) (*UpkeepingTransactor, error) {
	contract, err := bindUpkeeping(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &UpkeepingTransactor{contract: contract}, nil
}

// NewUpkeepingFilterer creates a new log filterer instance of Upkeeping, bound to a specific deployed contract.
func NewUpkeepingFilterer(address common.Address, filterer bind.ContractFilterer) (*UpkeepingFilterer, error) {
	contract, err := bindUpkeeping(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &UpkeepingFilterer{contract: contract}, nil
}

// bindUpkeeping binds a generic wrapper to an already deployed contract.
func bindUpkeeping(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := UpkeepingMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Upkeeping *UpkeepingRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Upkeeping.Contract.UpkeepingCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Upkeeping *UpkeepingRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Upkeeping.Contract.UpkeepingTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Upkeeping *UpkeepingRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Upkeeping.Contract.UpkeepingTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Upkeeping *UpkeepingCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Upkeeping.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Upkeeping *UpkeepingTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Upkeeping.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Upkeeping *UpkeepingTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Upkeeping.Contract.contract.Transact(opts, method, params...)
}

// MAXGROUP is a free data retrieval call binding the contract method 0x628b732f.
//
// Solidity: function MAX_GROUP() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) MAXGROUP(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "MAX_GROUP")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXGROUP is a free data retrieval call binding the contract method 0x628b732f.
//
// Solidity: function MAX_GROUP() view returns(uint256)
func (_Upkeeping *UpkeepingSession) MAXGROUP() (*big.Int, error) {
	return _Upkeeping.Contract.MAXGROUP(&_Upkeeping.CallOpts)
}

// MAXGROUP is a free data retrieval call binding the contract method 0x628b732f.
//
// Solidity: function MAX_GROUP() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) MAXGROUP() (*big.Int, error) {
	return _Upkeeping.Contract.MAXGROUP(&_Upkeeping.CallOpts)
}

// MAXVESTPERIODS is a free data retrieval call binding the contract method 0xb1278430.
//
// Solidity: function MAX_VEST_PERIODS() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) MAXVESTPERIODS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "MAX_VEST_PERIODS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXVESTPERIODS is a free data retrieval call binding the contract method 0xb1278430.
//
// Solidity: function MAX_VEST_PERIODS() view returns(uint256)
func (_Upkeeping *UpkeepingSession) MAXVESTPERIODS() (*big.Int, error) {
	return _Upkeeping.Contract.MAXVESTPERIODS(&_Upkeeping.CallOpts)
}

// MAXVESTPERIODS is a free data retrieval call binding the contract method 0xb1278430.
//
// Solidity: function MAX_VEST_PERIODS() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) MAXVESTPERIODS() (*big.Int, error) {
	return _Upkeeping.Contract.MAXVESTPERIODS(&_Upkeeping.CallOpts)
}

// PRICESCALE is a free data retrieval call binding the contract method 0xc33f59d3.
//
// Solidity: function PRICE_SCALE() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) PRICESCALE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "PRICE_SCALE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PRICESCALE is a free data retrieval call binding the contract method 0xc33f59d3.
//
// Solidity: function PRICE_SCALE() view returns(uint256)
func (_Upkeeping *UpkeepingSession) PRICESCALE() (*big.Int, error) {
	return _Upkeeping.Contract.PRICESCALE(&_Upkeeping.CallOpts)
}

// PRICESCALE is a free data retrieval call binding the contract method 0xc33f59d3.
//
// Solidity: function PRICE_SCALE() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) PRICESCALE() (*big.Int, error) {
	return _Upkeeping.Contract.PRICESCALE(&_Upkeeping.CallOpts)
}

// REPORTTAG is a free data retrieval call binding the contract method 0xf62f6d6e.
//
// Solidity: function REPORT_TAG() view returns(bytes32)
func (_Upkeeping *UpkeepingCaller) REPORTTAG(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "REPORT_TAG")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REPORTTAG is a free data retrieval call binding the contract method 0xf62f6d6e.
//
// Solidity: function REPORT_TAG() view returns(bytes32)
func (_Upkeeping *UpkeepingSession) REPORTTAG() ([32]byte, error) {
	return _Upkeeping.Contract.REPORTTAG(&_Upkeeping.CallOpts)
}

// REPORTTAG is a free data retrieval call binding the contract method 0xf62f6d6e.
//
// Solidity: function REPORT_TAG() view returns(bytes32)
func (_Upkeeping *UpkeepingCallerSession) REPORTTAG() ([32]byte, error) {
	return _Upkeeping.Contract.REPORTTAG(&_Upkeeping.CallOpts)
}

// Admin is a free data retrieval call binding the contract method 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (_Upkeeping *UpkeepingCaller) Admin(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "admin")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Admin is a free data retrieval call binding the contract method 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (_Upkeeping *UpkeepingSession) Admin() (common.Address, error) {
	return _Upkeeping.Contract.Admin(&_Upkeeping.CallOpts)
}

// Admin is a free data retrieval call binding the contract method 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (_Upkeeping *UpkeepingCallerSession) Admin() (common.Address, error) {
	return _Upkeeping.Contract.Admin(&_Upkeeping.CallOpts)
}

// Config is a free data retrieval call binding the contract method 0x79502c55.
//
// Solidity: function config() view returns((address,address,address,uint64,uint64,uint64,uint64,uint64,uint16,uint16,uint16,uint16,uint128,uint32))
func (_Upkeeping *UpkeepingCaller) Config(opts *bind.CallOpts) (UpkeepingBaseConfig, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "config")

	if err != nil {
		return *new(UpkeepingBaseConfig), err
	}

	out0 := *abi.ConvertType(out[0], new(UpkeepingBaseConfig)).(*UpkeepingBaseConfig)

	return out0, err

}

// Config is a free data retrieval call binding the contract method 0x79502c55.
//
// Solidity: function config() view returns((address,address,address,uint64,uint64,uint64,uint64,uint64,uint16,uint16,uint16,uint16,uint128,uint32))
func (_Upkeeping *UpkeepingSession) Config() (UpkeepingBaseConfig, error) {
	return _Upkeeping.Contract.Config(&_Upkeeping.CallOpts)
}

// Config is a free data retrieval call binding the contract method 0x79502c55.
//
// Solidity: function config() view returns((address,address,address,uint64,uint64,uint64,uint64,uint64,uint16,uint16,uint16,uint16,uint128,uint32))
func (_Upkeeping *UpkeepingCallerSession) Config() (UpkeepingBaseConfig, error) {
	return _Upkeeping.Contract.Config(&_Upkeeping.CallOpts)
}

// EpochCount is a free data retrieval call binding the contract method 0x829965cc.
//
// Solidity: function epochCount() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) EpochCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "epochCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochCount is a free data retrieval call binding the contract method 0x829965cc.
//
// Solidity: function epochCount() view returns(uint256)
func (_Upkeeping *UpkeepingSession) EpochCount() (*big.Int, error) {
	return _Upkeeping.Contract.EpochCount(&_Upkeeping.CallOpts)
}

// EpochCount is a free data retrieval call binding the contract method 0x829965cc.
//
// Solidity: function epochCount() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) EpochCount() (*big.Int, error) {
	return _Upkeeping.Contract.EpochCount(&_Upkeeping.CallOpts)
}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_Upkeeping *UpkeepingCaller) Factory(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "factory")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_Upkeeping *UpkeepingSession) Factory() (common.Address, error) {
	return _Upkeeping.Contract.Factory(&_Upkeeping.CallOpts)
}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_Upkeeping *UpkeepingCallerSession) Factory() (common.Address, error) {
	return _Upkeeping.Contract.Factory(&_Upkeeping.CallOpts)
}

// Funds is a free data retrieval call binding the contract method 0xc89f2ce4.
//
// Solidity: function funds() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) Funds(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "funds")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Funds is a free data retrieval call binding the contract method 0xc89f2ce4.
//
// Solidity: function funds() view returns(uint256)
func (_Upkeeping *UpkeepingSession) Funds() (*big.Int, error) {
	return _Upkeeping.Contract.Funds(&_Upkeeping.CallOpts)
}

// Funds is a free data retrieval call binding the contract method 0xc89f2ce4.
//
// Solidity: function funds() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) Funds() (*big.Int, error) {
	return _Upkeeping.Contract.Funds(&_Upkeeping.CallOpts)
}

// LastPaid is a free data retrieval call binding the contract method 0x8d14c081.
//
// Solidity: function lastPaid(uint256 provider) view returns(uint64)
func (_Upkeeping *UpkeepingCaller) LastPaid(opts *bind.CallOpts, provider *big.Int) (uint64, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "lastPaid", provider)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastPaid is a free data retrieval call binding the contract method 0x8d14c081.
//
// Solidity: function lastPaid(uint256 provider) view returns(uint64)
func (_Upkeeping *UpkeepingSession) LastPaid(provider *big.Int) (uint64, error) {
	return _Upkeeping.Contract.LastPaid(&_Upkeeping.CallOpts, provider)
}

// LastPaid is a free data retrieval call binding the contract method 0x8d14c081.
//
// Solidity: function lastPaid(uint256 provider) view returns(uint64)
func (_Upkeeping *UpkeepingCallerSession) LastPaid(provider *big.Int) (uint64, error) {
	return _Upkeeping.Contract.LastPaid(&_Upkeeping.CallOpts, provider)
}

// Ledger is a free data retrieval call binding the contract method 0x56397c35.
//
// Solidity: function ledger() view returns(address)
func (_Upkeeping *UpkeepingCaller) Ledger(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "ledger")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Ledger is a free data retrieval call binding the contract method 0x56397c35.
//
// Solidity: function ledger() view returns(address)
func (_Upkeeping *UpkeepingSession) Ledger() (common.Address, error) {
	return _Upkeeping.Contract.Ledger(&_Upkeeping.CallOpts)
}

// Ledger is a free data retrieval call binding the contract method 0x56397c35.
//
// Solidity: function ledger() view returns(address)
func (_Upkeeping *UpkeepingCallerSession) Ledger() (common.Address, error) {
	return _Upkeeping.Contract.Ledger(&_Upkeeping.CallOpts)
}

// Owed is a free data retrieval call binding the contract method 0xc87d6779.
//
// Solidity: function owed() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) Owed(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "owed")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Owed is a free data retrieval call binding the contract method 0xc87d6779.
//
// Solidity: function owed() view returns(uint256)
func (_Upkeeping *UpkeepingSession) Owed() (*big.Int, error) {
	return _Upkeeping.Contract.Owed(&_Upkeeping.CallOpts)
}

// Owed is a free data retrieval call binding the contract method 0xc87d6779.
//
// Solidity: function owed() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) Owed() (*big.Int, error) {
	return _Upkeeping.Contract.Owed(&_Upkeeping.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Upkeeping *UpkeepingCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Upkeeping *UpkeepingSession) Owner() (common.Address, error) {
	return _Upkeeping.Contract.Owner(&_Upkeeping.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Upkeeping *UpkeepingCallerSession) Owner() (common.Address, error) {
	return _Upkeeping.Contract.Owner(&_Upkeeping.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_Upkeeping *UpkeepingCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_Upkeeping *UpkeepingSession) PendingOwner() (common.Address, error) {
	return _Upkeeping.Contract.PendingOwner(&_Upkeeping.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_Upkeeping *UpkeepingCallerSession) PendingOwner() (common.Address, error) {
	return _Upkeeping.Contract.PendingOwner(&_Upkeeping.CallOpts)
}

// ProviderCount is a free data retrieval call binding the contract method 0x74c83268.
//
// Solidity: function providerCount() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) ProviderCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "providerCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProviderCount is a free data retrieval call binding the contract method 0x74c83268.
//
// Solidity: function providerCount() view returns(uint256)
func (_Upkeeping *UpkeepingSession) ProviderCount() (*big.Int, error) {
	return _Upkeeping.Contract.ProviderCount(&_Upkeeping.CallOpts)
}

// ProviderCount is a free data retrieval call binding the contract method 0x74c83268.
//
// Solidity: function providerCount() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) ProviderCount() (*big.Int, error) {
	return _Upkeeping.Contract.ProviderCount(&_Upkeeping.CallOpts)
}

// ProviderIndex is a free data retrieval call binding the contract method 0x143e058d.
//
// Solidity: function providerIndex(address account) view returns(uint256 index, bool found)
func (_Upkeeping *UpkeepingCaller) ProviderIndex(opts *bind.CallOpts, account common.Address) (struct {
	Index *big.Int
	Found bool
}, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "providerIndex", account)

	outstruct := new(struct {
		Index *big.Int
		Found bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Index = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Found = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// ProviderIndex is a free data retrieval call binding the contract method 0x143e058d.
//
// Solidity: function providerIndex(address account) view returns(uint256 index, bool found)
func (_Upkeeping *UpkeepingSession) ProviderIndex(account common.Address) (struct {
	Index *big.Int
	Found bool
}, error) {
	return _Upkeeping.Contract.ProviderIndex(&_Upkeeping.CallOpts, account)
}

// ProviderIndex is a free data retrieval call binding the contract method 0x143e058d.
//
// Solidity: function providerIndex(address account) view returns(uint256 index, bool found)
func (_Upkeeping *UpkeepingCallerSession) ProviderIndex(account common.Address) (struct {
	Index *big.Int
	Found bool
}, error) {
	return _Upkeeping.Contract.ProviderIndex(&_Upkeeping.CallOpts, account)
}

// ProviderInfo is a free data retrieval call binding the contract method 0x4cc2461b.
//
// Solidity: function providerInfo(uint256 index) view returns(address account, address payout, uint256 price, uint64 paidUntil, uint256 balance, bool removed, uint256 nextPrice, bool nextRemove, uint64 nextAt)
func (_Upkeeping *UpkeepingCaller) ProviderInfo(opts *bind.CallOpts, index *big.Int) (struct {
	Account    common.Address
	Payout     common.Address
	Price      *big.Int
	PaidUntil  uint64
	Balance    *big.Int
	Removed    bool
	NextPrice  *big.Int
	NextRemove bool
	NextAt     uint64
}, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "providerInfo", index)

	outstruct := new(struct {
		Account    common.Address
		Payout     common.Address
		Price      *big.Int
		PaidUntil  uint64
		Balance    *big.Int
		Removed    bool
		NextPrice  *big.Int
		NextRemove bool
		NextAt     uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Account = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Payout = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Price = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.PaidUntil = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.Balance = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)
	outstruct.Removed = *abi.ConvertType(out[5], new(bool)).(*bool)
	outstruct.NextPrice = *abi.ConvertType(out[6], new(*big.Int)).(**big.Int)
	outstruct.NextRemove = *abi.ConvertType(out[7], new(bool)).(*bool)
	outstruct.NextAt = *abi.ConvertType(out[8], new(uint64)).(*uint64)

	return *outstruct, err

}

// ProviderInfo is a free data retrieval call binding the contract method 0x4cc2461b.
//
// Solidity: function providerInfo(uint256 index) view returns(address account, address payout, uint256 price, uint64 paidUntil, uint256 balance, bool removed, uint256 nextPrice, bool nextRemove, uint64 nextAt)
func (_Upkeeping *UpkeepingSession) ProviderInfo(index *big.Int) (struct {
	Account    common.Address
	Payout     common.Address
	Price      *big.Int
	PaidUntil  uint64
	Balance    *big.Int
	Removed    bool
	NextPrice  *big.Int
	NextRemove bool
	NextAt     uint64
}, error) {
	return _Upkeeping.Contract.ProviderInfo(&_Upkeeping.CallOpts, index)
}

// ProviderInfo is a free data retrieval call binding the contract method 0x4cc2461b.
//
// Solidity: function providerInfo(uint256 index) view returns(address account, address payout, uint256 price, uint64 paidUntil, uint256 balance, bool removed, uint256 nextPrice, bool nextRemove, uint64 nextAt)
func (_Upkeeping *UpkeepingCallerSession) ProviderInfo(index *big.Int) (struct {
	Account    common.Address
	Payout     common.Address
	Price      *big.Int
	PaidUntil  uint64
	Balance    *big.Int
	Removed    bool
	NextPrice  *big.Int
	NextRemove bool
	NextAt     uint64
}, error) {
	return _Upkeeping.Contract.ProviderInfo(&_Upkeeping.CallOpts, index)
}

// Surplus is a free data retrieval call binding the contract method 0x13888565.
//
// Solidity: function surplus() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) Surplus(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "surplus")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Surplus is a free data retrieval call binding the contract method 0x13888565.
//
// Solidity: function surplus() view returns(uint256)
func (_Upkeeping *UpkeepingSession) Surplus() (*big.Int, error) {
	return _Upkeeping.Contract.Surplus(&_Upkeeping.CallOpts)
}

// Surplus is a free data retrieval call binding the contract method 0x13888565.
//
// Solidity: function surplus() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) Surplus() (*big.Int, error) {
	return _Upkeeping.Contract.Surplus(&_Upkeeping.CallOpts)
}

// TermsAt is a free data retrieval call binding the contract method 0xce6949b5.
//
// Solidity: function termsAt(uint256 index, uint64 ts) view returns(uint256 price, bool removed, uint64 boundary)
func (_Upkeeping *UpkeepingCaller) TermsAt(opts *bind.CallOpts, index *big.Int, ts uint64) (struct {
	Price    *big.Int
	Removed  bool
	Boundary uint64
}, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "termsAt", index, ts)

	outstruct := new(struct {
		Price    *big.Int
		Removed  bool
		Boundary uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Price = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Removed = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Boundary = *abi.ConvertType(out[2], new(uint64)).(*uint64)

	return *outstruct, err

}

// TermsAt is a free data retrieval call binding the contract method 0xce6949b5.
//
// Solidity: function termsAt(uint256 index, uint64 ts) view returns(uint256 price, bool removed, uint64 boundary)
func (_Upkeeping *UpkeepingSession) TermsAt(index *big.Int, ts uint64) (struct {
	Price    *big.Int
	Removed  bool
	Boundary uint64
}, error) {
	return _Upkeeping.Contract.TermsAt(&_Upkeeping.CallOpts, index, ts)
}

// TermsAt is a free data retrieval call binding the contract method 0xce6949b5.
//
// Solidity: function termsAt(uint256 index, uint64 ts) view returns(uint256 price, bool removed, uint64 boundary)
func (_Upkeeping *UpkeepingCallerSession) TermsAt(index *big.Int, ts uint64) (struct {
	Price    *big.Int
	Removed  bool
	Boundary uint64
}, error) {
	return _Upkeeping.Contract.TermsAt(&_Upkeeping.CallOpts, index, ts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_Upkeeping *UpkeepingTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_Upkeeping *UpkeepingSession) AcceptOwnership() (*types.Transaction, error) {
	return _Upkeeping.Contract.AcceptOwnership(&_Upkeeping.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_Upkeeping *UpkeepingTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _Upkeeping.Contract.AcceptOwnership(&_Upkeeping.TransactOpts)
}

// Fund is a paid mutator transaction binding the contract method 0xca1d209d.
//
// Solidity: function fund(uint256 amount) payable returns()
func (_Upkeeping *UpkeepingTransactor) Fund(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "fund", amount)
}

// Fund is a paid mutator transaction binding the contract method 0xca1d209d.
//
// Solidity: function fund(uint256 amount) payable returns()
func (_Upkeeping *UpkeepingSession) Fund(amount *big.Int) (*types.Transaction, error) {
	return _Upkeeping.Contract.Fund(&_Upkeeping.TransactOpts, amount)
}

// Fund is a paid mutator transaction binding the contract method 0xca1d209d.
//
// Solidity: function fund(uint256 amount) payable returns()
func (_Upkeeping *UpkeepingTransactorSession) Fund(amount *big.Int) (*types.Transaction, error) {
	return _Upkeeping.Contract.Fund(&_Upkeeping.TransactOpts, amount)
}

// Initialize is a paid mutator transaction binding the contract method 0x3808fcdd.
//
// Solidity: function initialize(address owner_, uint32 groupId, (address,uint256)[] providers) payable returns()
func (_Upkeeping *UpkeepingTransactor) Initialize(opts *bind.TransactOpts, owner_ common.Address, groupId uint32, providers []UpkeepingBaseProviderInit) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "initialize", owner_, groupId, providers)
}

// Initialize is a paid mutator transaction binding the contract method 0x3808fcdd.
//
// Solidity: function initialize(address owner_, uint32 groupId, (address,uint256)[] providers) payable returns()
func (_Upkeeping *UpkeepingSession) Initialize(owner_ common.Address, groupId uint32, providers []UpkeepingBaseProviderInit) (*types.Transaction, error) {
	return _Upkeeping.Contract.Initialize(&_Upkeeping.TransactOpts, owner_, groupId, providers)
}

// Initialize is a paid mutator transaction binding the contract method 0x3808fcdd.
//
// Solidity: function initialize(address owner_, uint32 groupId, (address,uint256)[] providers) payable returns()
func (_Upkeeping *UpkeepingTransactorSession) Initialize(owner_ common.Address, groupId uint32, providers []UpkeepingBaseProviderInit) (*types.Transaction, error) {
	return _Upkeeping.Contract.Initialize(&_Upkeeping.TransactOpts, owner_, groupId, providers)
}

// Pay is a paid mutator transaction binding the contract method 0x58abb40d.
//
// Solidity: function pay(bytes report, uint256 signerBitmap, bytes signature) returns()
func (_Upkeeping *UpkeepingTransactor) Pay(opts *bind.TransactOpts, report []byte, signerBitmap *big.Int, signature []byte) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "pay", report, signerBitmap, signature)
}

// Pay is a paid mutator transaction binding the contract method 0x58abb40d.
//
// Solidity: function pay(bytes report, uint256 signerBitmap, bytes signature) returns()
func (_Upkeeping *UpkeepingSession) Pay(report []byte, signerBitmap *big.Int, signature []byte) (*types.Transaction, error) {
	return _Upkeeping.Contract.Pay(&_Upkeeping.TransactOpts, report, signerBitmap, signature)
}

// Pay is a paid mutator transaction binding the contract method 0x58abb40d.
//
// Solidity: function pay(bytes report, uint256 signerBitmap, bytes signature) returns()
func (_Upkeeping *UpkeepingTransactorSession) Pay(report []byte, signerBitmap *big.Int, signature []byte) (*types.Transaction, error) {
	return _Upkeeping.Contract.Pay(&_Upkeeping.TransactOpts, report, signerBitmap, signature)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_Upkeeping *UpkeepingTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_Upkeeping *UpkeepingSession) RenounceOwnership() (*types.Transaction, error) {
	return _Upkeeping.Contract.RenounceOwnership(&_Upkeeping.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_Upkeeping *UpkeepingTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _Upkeeping.Contract.RenounceOwnership(&_Upkeeping.TransactOpts)
}

// SetProviderPayout is a paid mutator transaction binding the contract method 0xabe2a3fc.
//
// Solidity: function setProviderPayout(uint32 index, address payout) returns()
func (_Upkeeping *UpkeepingTransactor) SetProviderPayout(opts *bind.TransactOpts, index uint32, payout common.Address) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "setProviderPayout", index, payout)
}

// SetProviderPayout is a paid mutator transaction binding the contract method 0xabe2a3fc.
//
// Solidity: function setProviderPayout(uint32 index, address payout) returns()
func (_Upkeeping *UpkeepingSession) SetProviderPayout(index uint32, payout common.Address) (*types.Transaction, error) {
	return _Upkeeping.Contract.SetProviderPayout(&_Upkeeping.TransactOpts, index, payout)
}

// SetProviderPayout is a paid mutator transaction binding the contract method 0xabe2a3fc.
//
// Solidity: function setProviderPayout(uint32 index, address payout) returns()
func (_Upkeeping *UpkeepingTransactorSession) SetProviderPayout(index uint32, payout common.Address) (*types.Transaction, error) {
	return _Upkeeping.Contract.SetProviderPayout(&_Upkeeping.TransactOpts, index, payout)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Upkeeping *UpkeepingTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Upkeeping *UpkeepingSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _Upkeeping.Contract.TransferOwnership(&_Upkeeping.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Upkeeping *UpkeepingTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _Upkeeping.Contract.TransferOwnership(&_Upkeeping.TransactOpts, newOwner)
}

// WithdrawProvider is a paid mutator transaction binding the contract method 0x293a4df5.
//
// Solidity: function withdrawProvider(uint32 index) returns(uint256 amount)
func (_Upkeeping *UpkeepingTransactor) WithdrawProvider(opts *bind.TransactOpts, index uint32) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "withdrawProvider", index)
}

// WithdrawProvider is a paid mutator transaction binding the contract method 0x293a4df5.
//
// Solidity: function withdrawProvider(uint32 index) returns(uint256 amount)
func (_Upkeeping *UpkeepingSession) WithdrawProvider(index uint32) (*types.Transaction, error) {
	return _Upkeeping.Contract.WithdrawProvider(&_Upkeeping.TransactOpts, index)
}

// WithdrawProvider is a paid mutator transaction binding the contract method 0x293a4df5.
//
// Solidity: function withdrawProvider(uint32 index) returns(uint256 amount)
func (_Upkeeping *UpkeepingTransactorSession) WithdrawProvider(index uint32) (*types.Transaction, error) {
	return _Upkeeping.Contract.WithdrawProvider(&_Upkeeping.TransactOpts, index)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_Upkeeping *UpkeepingTransactor) Fallback(opts *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return _Upkeeping.contract.RawTransact(opts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_Upkeeping *UpkeepingSession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _Upkeeping.Contract.Fallback(&_Upkeeping.TransactOpts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_Upkeeping *UpkeepingTransactorSession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _Upkeeping.Contract.Fallback(&_Upkeeping.TransactOpts, calldata)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Upkeeping *UpkeepingTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Upkeeping.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Upkeeping *UpkeepingSession) Receive() (*types.Transaction, error) {
	return _Upkeeping.Contract.Receive(&_Upkeeping.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Upkeeping *UpkeepingTransactorSession) Receive() (*types.Transaction, error) {
	return _Upkeeping.Contract.Receive(&_Upkeeping.TransactOpts)
}

// UpkeepingBondPostedIterator is returned from FilterBondPosted and is used to iterate over the raw logs and unpacked data for BondPosted events raised by the Upkeeping contract.
type UpkeepingBondPostedIterator struct {
	Event *UpkeepingBondPosted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingBondPostedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingBondPosted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingBondPosted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingBondPostedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingBondPostedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingBondPosted represents a BondPosted event raised by the Upkeeping contract.
type UpkeepingBondPosted struct {
	Keeper uint32
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBondPosted is a free log retrieval operation binding the contract event 0x0e1a0ac21e1ad7705b6128d6123cf597fad6ece092ec5ff80d910359d9270274.
//
// Solidity: event BondPosted(uint32 indexed keeper, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) FilterBondPosted(opts *bind.FilterOpts, keeper []uint32) (*UpkeepingBondPostedIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "BondPosted", keeperRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingBondPostedIterator{contract: _Upkeeping.contract, event: "BondPosted", logs: logs, sub: sub}, nil
}

// WatchBondPosted is a free log subscription operation binding the contract event 0x0e1a0ac21e1ad7705b6128d6123cf597fad6ece092ec5ff80d910359d9270274.
//
// Solidity: event BondPosted(uint32 indexed keeper, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) WatchBondPosted(opts *bind.WatchOpts, sink chan<- *UpkeepingBondPosted, keeper []uint32) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "BondPosted", keeperRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingBondPosted)
				if err := _Upkeeping.contract.UnpackLog(event, "BondPosted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBondPosted is a log parse operation binding the contract event 0x0e1a0ac21e1ad7705b6128d6123cf597fad6ece092ec5ff80d910359d9270274.
//
// Solidity: event BondPosted(uint32 indexed keeper, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) ParseBondPosted(log types.Log) (*UpkeepingBondPosted, error) {
	event := new(UpkeepingBondPosted)
	if err := _Upkeeping.contract.UnpackLog(event, "BondPosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingBondWithdrawnIterator is returned from FilterBondWithdrawn and is used to iterate over the raw logs and unpacked data for BondWithdrawn events raised by the Upkeeping contract.
type UpkeepingBondWithdrawnIterator struct {
	Event *UpkeepingBondWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingBondWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingBondWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingBondWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingBondWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingBondWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingBondWithdrawn represents a BondWithdrawn event raised by the Upkeeping contract.
type UpkeepingBondWithdrawn struct {
	Keeper uint32
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBondWithdrawn is a free log retrieval operation binding the contract event 0x695ddfee5ea292cb8cda04525e1e7793357e30f7557f7da94b84b708c7b00ea6.
//
// Solidity: event BondWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) FilterBondWithdrawn(opts *bind.FilterOpts, keeper []uint32, to []common.Address) (*UpkeepingBondWithdrawnIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "BondWithdrawn", keeperRule, toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingBondWithdrawnIterator{contract: _Upkeeping.contract, event: "BondWithdrawn", logs: logs, sub: sub}, nil
}

// WatchBondWithdrawn is a free log subscription operation binding the contract event 0x695ddfee5ea292cb8cda04525e1e7793357e30f7557f7da94b84b708c7b00ea6.
//
// Solidity: event BondWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) WatchBondWithdrawn(opts *bind.WatchOpts, sink chan<- *UpkeepingBondWithdrawn, keeper []uint32, to []common.Address) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "BondWithdrawn", keeperRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingBondWithdrawn)
				if err := _Upkeeping.contract.UnpackLog(event, "BondWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBondWithdrawn is a log parse operation binding the contract event 0x695ddfee5ea292cb8cda04525e1e7793357e30f7557f7da94b84b708c7b00ea6.
//
// Solidity: event BondWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) ParseBondWithdrawn(log types.Log) (*UpkeepingBondWithdrawn, error) {
	event := new(UpkeepingBondWithdrawn)
	if err := _Upkeeping.contract.UnpackLog(event, "BondWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingEntryPaidIterator is returned from FilterEntryPaid and is used to iterate over the raw logs and unpacked data for EntryPaid events raised by the Upkeeping contract.
type UpkeepingEntryPaidIterator struct {
	Event *UpkeepingEntryPaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingEntryPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingEntryPaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingEntryPaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingEntryPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingEntryPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingEntryPaid represents a EntryPaid event raised by the Upkeeping contract.
type UpkeepingEntryPaid struct {
	Provider uint32
	Ts       uint64
	St       *big.Int
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterEntryPaid is a free log retrieval operation binding the contract event 0x1c57b09f968f4b52f6c06881b8c57acd1abe2ff7f77e8114a4cd379258516ed9.
//
// Solidity: event EntryPaid(uint32 indexed provider, uint64 ts, uint256 st, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) FilterEntryPaid(opts *bind.FilterOpts, provider []uint32) (*UpkeepingEntryPaidIterator, error) {

	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "EntryPaid", providerRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingEntryPaidIterator{contract: _Upkeeping.contract, event: "EntryPaid", logs: logs, sub: sub}, nil
}

// WatchEntryPaid is a free log subscription operation binding the contract event 0x1c57b09f968f4b52f6c06881b8c57acd1abe2ff7f77e8114a4cd379258516ed9.
//
// Solidity: event EntryPaid(uint32 indexed provider, uint64 ts, uint256 st, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) WatchEntryPaid(opts *bind.WatchOpts, sink chan<- *UpkeepingEntryPaid, provider []uint32) (event.Subscription, error) {

	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "EntryPaid", providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingEntryPaid)
				if err := _Upkeeping.contract.UnpackLog(event, "EntryPaid", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEntryPaid is a log parse operation binding the contract event 0x1c57b09f968f4b52f6c06881b8c57acd1abe2ff7f77e8114a4cd379258516ed9.
//
// Solidity: event EntryPaid(uint32 indexed provider, uint64 ts, uint256 st, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) ParseEntryPaid(log types.Log) (*UpkeepingEntryPaid, error) {
	event := new(UpkeepingEntryPaid)
	if err := _Upkeeping.contract.UnpackLog(event, "EntryPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingEpochScheduledIterator is returned from FilterEpochScheduled and is used to iterate over the raw logs and unpacked data for EpochScheduled events raised by the Upkeeping contract.
type UpkeepingEpochScheduledIterator struct {
	Event *UpkeepingEpochScheduled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingEpochScheduledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingEpochScheduled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingEpochScheduled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingEpochScheduledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingEpochScheduledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingEpochScheduled represents a EpochScheduled event raised by the Upkeeping contract.
type UpkeepingEpochScheduled struct {
	Epoch   *big.Int
	GroupId uint32
	From    uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterEpochScheduled is a free log retrieval operation binding the contract event 0xf8a110fd5a9fe8c4f68878fb0e07931b6edaac9b81505fe00f1f606d05f80660.
//
// Solidity: event EpochScheduled(uint256 indexed epoch, uint32 indexed groupId, uint64 from)
func (_Upkeeping *UpkeepingFilterer) FilterEpochScheduled(opts *bind.FilterOpts, epoch []*big.Int, groupId []uint32) (*UpkeepingEpochScheduledIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var groupIdRule []interface{}
	for _, groupIdItem := range groupId {
		groupIdRule = append(groupIdRule, groupIdItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "EpochScheduled", epochRule, groupIdRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingEpochScheduledIterator{contract: _Upkeeping.contract, event: "EpochScheduled", logs: logs, sub: sub}, nil
}

// WatchEpochScheduled is a free log subscription operation binding the contract event 0xf8a110fd5a9fe8c4f68878fb0e07931b6edaac9b81505fe00f1f606d05f80660.
//
// Solidity: event EpochScheduled(uint256 indexed epoch, uint32 indexed groupId, uint64 from)
func (_Upkeeping *UpkeepingFilterer) WatchEpochScheduled(opts *bind.WatchOpts, sink chan<- *UpkeepingEpochScheduled, epoch []*big.Int, groupId []uint32) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var groupIdRule []interface{}
	for _, groupIdItem := range groupId {
		groupIdRule = append(groupIdRule, groupIdItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "EpochScheduled", epochRule, groupIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingEpochScheduled)
				if err := _Upkeeping.contract.UnpackLog(event, "EpochScheduled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochScheduled is a log parse operation binding the contract event 0xf8a110fd5a9fe8c4f68878fb0e07931b6edaac9b81505fe00f1f606d05f80660.
//
// Solidity: event EpochScheduled(uint256 indexed epoch, uint32 indexed groupId, uint64 from)
func (_Upkeeping *UpkeepingFilterer) ParseEpochScheduled(log types.Log) (*UpkeepingEpochScheduled, error) {
	event := new(UpkeepingEpochScheduled)
	if err := _Upkeeping.contract.UnpackLog(event, "EpochScheduled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingFundedIterator is returned from FilterFunded and is used to iterate over the raw logs and unpacked data for Funded events raised by the Upkeeping contract.
type UpkeepingFundedIterator struct {
	Event *UpkeepingFunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingFunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingFunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingFunded represents a Funded event raised by the Upkeeping contract.
type UpkeepingFunded struct {
	From   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFunded is a free log retrieval operation binding the contract event 0x5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a524.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) FilterFunded(opts *bind.FilterOpts, from []common.Address) (*UpkeepingFundedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "Funded", fromRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingFundedIterator{contract: _Upkeeping.contract, event: "Funded", logs: logs, sub: sub}, nil
}

// WatchFunded is a free log subscription operation binding the contract event 0x5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a524.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) WatchFunded(opts *bind.WatchOpts, sink chan<- *UpkeepingFunded, from []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "Funded", fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingFunded)
				if err := _Upkeeping.contract.UnpackLog(event, "Funded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFunded is a log parse operation binding the contract event 0x5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a524.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) ParseFunded(log types.Log) (*UpkeepingFunded, error) {
	event := new(UpkeepingFunded)
	if err := _Upkeeping.contract.UnpackLog(event, "Funded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingKeeperSlashedIterator is returned from FilterKeeperSlashed and is used to iterate over the raw logs and unpacked data for KeeperSlashed events raised by the Upkeeping contract.
type UpkeepingKeeperSlashedIterator struct {
	Event *UpkeepingKeeperSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingKeeperSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingKeeperSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingKeeperSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingKeeperSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingKeeperSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingKeeperSlashed represents a KeeperSlashed event raised by the Upkeeping contract.
type UpkeepingKeeperSlashed struct {
	Keeper           uint32
	Reporter         common.Address
	ForfeitedRewards *big.Int
	ForfeitedBond    *big.Int
	Reward           *big.Int
	DigestA          [32]byte
	DigestB          [32]byte
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterKeeperSlashed is a free log retrieval operation binding the contract event 0x95dbd42d323b1aeea5159e71c5f1e4a6c6bb06492c4d1a7298f903236c742464.
//
// Solidity: event KeeperSlashed(uint32 indexed keeper, address indexed reporter, uint256 forfeitedRewards, uint256 forfeitedBond, uint256 reward, bytes32 digestA, bytes32 digestB)
func (_Upkeeping *UpkeepingFilterer) FilterKeeperSlashed(opts *bind.FilterOpts, keeper []uint32, reporter []common.Address) (*UpkeepingKeeperSlashedIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "KeeperSlashed", keeperRule, reporterRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingKeeperSlashedIterator{contract: _Upkeeping.contract, event: "KeeperSlashed", logs: logs, sub: sub}, nil
}

// WatchKeeperSlashed is a free log subscription operation binding the contract event 0x95dbd42d323b1aeea5159e71c5f1e4a6c6bb06492c4d1a7298f903236c742464.
//
// Solidity: event KeeperSlashed(uint32 indexed keeper, address indexed reporter, uint256 forfeitedRewards, uint256 forfeitedBond, uint256 reward, bytes32 digestA, bytes32 digestB)
func (_Upkeeping *UpkeepingFilterer) WatchKeeperSlashed(opts *bind.WatchOpts, sink chan<- *UpkeepingKeeperSlashed, keeper []uint32, reporter []common.Address) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "KeeperSlashed", keeperRule, reporterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingKeeperSlashed)
				if err := _Upkeeping.contract.UnpackLog(event, "KeeperSlashed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseKeeperSlashed is a log parse operation binding the contract event 0x95dbd42d323b1aeea5159e71c5f1e4a6c6bb06492c4d1a7298f903236c742464.
//
// Solidity: event KeeperSlashed(uint32 indexed keeper, address indexed reporter, uint256 forfeitedRewards, uint256 forfeitedBond, uint256 reward, bytes32 digestA, bytes32 digestB)
func (_Upkeeping *UpkeepingFilterer) ParseKeeperSlashed(log types.Log) (*UpkeepingKeeperSlashed, error) {
	event := new(UpkeepingKeeperSlashed)
	if err := _Upkeeping.contract.UnpackLog(event, "KeeperSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingKeeperWithdrawnIterator is returned from FilterKeeperWithdrawn and is used to iterate over the raw logs and unpacked data for KeeperWithdrawn events raised by the Upkeeping contract.
type UpkeepingKeeperWithdrawnIterator struct {
	Event *UpkeepingKeeperWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingKeeperWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingKeeperWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingKeeperWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingKeeperWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingKeeperWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingKeeperWithdrawn represents a KeeperWithdrawn event raised by the Upkeeping contract.
type UpkeepingKeeperWithdrawn struct {
	Keeper uint32
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterKeeperWithdrawn is a free log retrieval operation binding the contract event 0x8bdf22ed79200b1bd3e95ea1e7725ff905825a8afbb68d70d9dfd0c43eedefd7.
//
// Solidity: event KeeperWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) FilterKeeperWithdrawn(opts *bind.FilterOpts, keeper []uint32, to []common.Address) (*UpkeepingKeeperWithdrawnIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "KeeperWithdrawn", keeperRule, toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingKeeperWithdrawnIterator{contract: _Upkeeping.contract, event: "KeeperWithdrawn", logs: logs, sub: sub}, nil
}

// WatchKeeperWithdrawn is a free log subscription operation binding the contract event 0x8bdf22ed79200b1bd3e95ea1e7725ff905825a8afbb68d70d9dfd0c43eedefd7.
//
// Solidity: event KeeperWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) WatchKeeperWithdrawn(opts *bind.WatchOpts, sink chan<- *UpkeepingKeeperWithdrawn, keeper []uint32, to []common.Address) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "KeeperWithdrawn", keeperRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingKeeperWithdrawn)
				if err := _Upkeeping.contract.UnpackLog(event, "KeeperWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseKeeperWithdrawn is a log parse operation binding the contract event 0x8bdf22ed79200b1bd3e95ea1e7725ff905825a8afbb68d70d9dfd0c43eedefd7.
//
// Solidity: event KeeperWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) ParseKeeperWithdrawn(log types.Log) (*UpkeepingKeeperWithdrawn, error) {
	event := new(UpkeepingKeeperWithdrawn)
	if err := _Upkeeping.contract.UnpackLog(event, "KeeperWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingLedgerNotTouchedIterator is returned from FilterLedgerNotTouched and is used to iterate over the raw logs and unpacked data for LedgerNotTouched events raised by the Upkeeping contract.
type UpkeepingLedgerNotTouchedIterator struct {
	Event *UpkeepingLedgerNotTouched // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingLedgerNotTouchedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingLedgerNotTouched)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingLedgerNotTouched)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingLedgerNotTouchedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingLedgerNotTouchedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingLedgerNotTouched represents a LedgerNotTouched event raised by the Upkeeping contract.
type UpkeepingLedgerNotTouched struct {
	Ledger common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterLedgerNotTouched is a free log retrieval operation binding the contract event 0xc0d28d421b073f8e38e6da4fbc98f56c4c3d458b53ddfd757c9fd31aace9b89b.
//
// Solidity: event LedgerNotTouched(address indexed ledger)
func (_Upkeeping *UpkeepingFilterer) FilterLedgerNotTouched(opts *bind.FilterOpts, ledger []common.Address) (*UpkeepingLedgerNotTouchedIterator, error) {

	var ledgerRule []interface{}
	for _, ledgerItem := range ledger {
		ledgerRule = append(ledgerRule, ledgerItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "LedgerNotTouched", ledgerRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingLedgerNotTouchedIterator{contract: _Upkeeping.contract, event: "LedgerNotTouched", logs: logs, sub: sub}, nil
}

// WatchLedgerNotTouched is a free log subscription operation binding the contract event 0xc0d28d421b073f8e38e6da4fbc98f56c4c3d458b53ddfd757c9fd31aace9b89b.
//
// Solidity: event LedgerNotTouched(address indexed ledger)
func (_Upkeeping *UpkeepingFilterer) WatchLedgerNotTouched(opts *bind.WatchOpts, sink chan<- *UpkeepingLedgerNotTouched, ledger []common.Address) (event.Subscription, error) {

	var ledgerRule []interface{}
	for _, ledgerItem := range ledger {
		ledgerRule = append(ledgerRule, ledgerItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "LedgerNotTouched", ledgerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingLedgerNotTouched)
				if err := _Upkeeping.contract.UnpackLog(event, "LedgerNotTouched", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseLedgerNotTouched is a log parse operation binding the contract event 0xc0d28d421b073f8e38e6da4fbc98f56c4c3d458b53ddfd757c9fd31aace9b89b.
//
// Solidity: event LedgerNotTouched(address indexed ledger)
func (_Upkeeping *UpkeepingFilterer) ParseLedgerNotTouched(log types.Log) (*UpkeepingLedgerNotTouched, error) {
	event := new(UpkeepingLedgerNotTouched)
	if err := _Upkeeping.contract.UnpackLog(event, "LedgerNotTouched", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the Upkeeping contract.
type UpkeepingOwnershipTransferStartedIterator struct {
	Event *UpkeepingOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Upkeeping contract.
type UpkeepingOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_Upkeeping *UpkeepingFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*UpkeepingOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingOwnershipTransferStartedIterator{contract: _Upkeeping.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_Upkeeping *UpkeepingFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *UpkeepingOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingOwnershipTransferStarted)
				if err := _Upkeeping.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_Upkeeping *UpkeepingFilterer) ParseOwnershipTransferStarted(log types.Log) (*UpkeepingOwnershipTransferStarted, error) {
	event := new(UpkeepingOwnershipTransferStarted)
	if err := _Upkeeping.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the Upkeeping contract.
type UpkeepingOwnershipTransferredIterator struct {
	Event *UpkeepingOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingOwnershipTransferred represents a OwnershipTransferred event raised by the Upkeeping contract.
type UpkeepingOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Upkeeping *UpkeepingFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*UpkeepingOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingOwnershipTransferredIterator{contract: _Upkeeping.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Upkeeping *UpkeepingFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *UpkeepingOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingOwnershipTransferred)
				if err := _Upkeeping.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Upkeeping *UpkeepingFilterer) ParseOwnershipTransferred(log types.Log) (*UpkeepingOwnershipTransferred, error) {
	event := new(UpkeepingOwnershipTransferred)
	if err := _Upkeeping.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingProviderAddedIterator is returned from FilterProviderAdded and is used to iterate over the raw logs and unpacked data for ProviderAdded events raised by the Upkeeping contract.
type UpkeepingProviderAddedIterator struct {
	Event *UpkeepingProviderAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingProviderAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingProviderAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingProviderAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingProviderAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingProviderAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingProviderAdded represents a ProviderAdded event raised by the Upkeeping contract.
type UpkeepingProviderAdded struct {
	Index    uint32
	Account  common.Address
	Price    *big.Int
	LastPaid uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterProviderAdded is a free log retrieval operation binding the contract event 0x3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674.
//
// Solidity: event ProviderAdded(uint32 indexed index, address indexed account, uint256 price, uint64 lastPaid)
func (_Upkeeping *UpkeepingFilterer) FilterProviderAdded(opts *bind.FilterOpts, index []uint32, account []common.Address) (*UpkeepingProviderAddedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "ProviderAdded", indexRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingProviderAddedIterator{contract: _Upkeeping.contract, event: "ProviderAdded", logs: logs, sub: sub}, nil
}

// WatchProviderAdded is a free log subscription operation binding the contract event 0x3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674.
//
// Solidity: event ProviderAdded(uint32 indexed index, address indexed account, uint256 price, uint64 lastPaid)
func (_Upkeeping *UpkeepingFilterer) WatchProviderAdded(opts *bind.WatchOpts, sink chan<- *UpkeepingProviderAdded, index []uint32, account []common.Address) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "ProviderAdded", indexRule, accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingProviderAdded)
				if err := _Upkeeping.contract.UnpackLog(event, "ProviderAdded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProviderAdded is a log parse operation binding the contract event 0x3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674.
//
// Solidity: event ProviderAdded(uint32 indexed index, address indexed account, uint256 price, uint64 lastPaid)
func (_Upkeeping *UpkeepingFilterer) ParseProviderAdded(log types.Log) (*UpkeepingProviderAdded, error) {
	event := new(UpkeepingProviderAdded)
	if err := _Upkeeping.contract.UnpackLog(event, "ProviderAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingProviderChangeScheduledIterator is returned from FilterProviderChangeScheduled and is used to iterate over the raw logs and unpacked data for ProviderChangeScheduled events raised by the Upkeeping contract.
type UpkeepingProviderChangeScheduledIterator struct {
	Event *UpkeepingProviderChangeScheduled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingProviderChangeScheduledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingProviderChangeScheduled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingProviderChangeScheduled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingProviderChangeScheduledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingProviderChangeScheduledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingProviderChangeScheduled represents a ProviderChangeScheduled event raised by the Upkeeping contract.
type UpkeepingProviderChangeScheduled struct {
	Index     uint32
	Price     *big.Int
	Remove    bool
	Effective uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProviderChangeScheduled is a free log retrieval operation binding the contract event 0x19ccb772afeddae8d5758554caecaad6d08c38caaefdb9ecee80148b06e3279d.
//
// Solidity: event ProviderChangeScheduled(uint32 indexed index, uint256 price, bool remove, uint64 effective)
func (_Upkeeping *UpkeepingFilterer) FilterProviderChangeScheduled(opts *bind.FilterOpts, index []uint32) (*UpkeepingProviderChangeScheduledIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "ProviderChangeScheduled", indexRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingProviderChangeScheduledIterator{contract: _Upkeeping.contract, event: "ProviderChangeScheduled", logs: logs, sub: sub}, nil
}

// WatchProviderChangeScheduled is a free log subscription operation binding the contract event 0x19ccb772afeddae8d5758554caecaad6d08c38caaefdb9ecee80148b06e3279d.
//
// Solidity: event ProviderChangeScheduled(uint32 indexed index, uint256 price, bool remove, uint64 effective)
func (_Upkeeping *UpkeepingFilterer) WatchProviderChangeScheduled(opts *bind.WatchOpts, sink chan<- *UpkeepingProviderChangeScheduled, index []uint32) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "ProviderChangeScheduled", indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingProviderChangeScheduled)
				if err := _Upkeeping.contract.UnpackLog(event, "ProviderChangeScheduled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProviderChangeScheduled is a log parse operation binding the contract event 0x19ccb772afeddae8d5758554caecaad6d08c38caaefdb9ecee80148b06e3279d.
//
// Solidity: event ProviderChangeScheduled(uint32 indexed index, uint256 price, bool remove, uint64 effective)
func (_Upkeeping *UpkeepingFilterer) ParseProviderChangeScheduled(log types.Log) (*UpkeepingProviderChangeScheduled, error) {
	event := new(UpkeepingProviderChangeScheduled)
	if err := _Upkeeping.contract.UnpackLog(event, "ProviderChangeScheduled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingProviderPayoutChangedIterator is returned from FilterProviderPayoutChanged and is used to iterate over the raw logs and unpacked data for ProviderPayoutChanged events raised by the Upkeeping contract.
type UpkeepingProviderPayoutChangedIterator struct {
	Event *UpkeepingProviderPayoutChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingProviderPayoutChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingProviderPayoutChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingProviderPayoutChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingProviderPayoutChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingProviderPayoutChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingProviderPayoutChanged represents a ProviderPayoutChanged event raised by the Upkeeping contract.
type UpkeepingProviderPayoutChanged struct {
	Index  uint32
	Payout common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterProviderPayoutChanged is a free log retrieval operation binding the contract event 0xa00a36e2753fa1a79815618fdee069f3d6605d0ef3b6ea4f2df98916a8ecd8fa.
//
// Solidity: event ProviderPayoutChanged(uint32 indexed index, address payout)
func (_Upkeeping *UpkeepingFilterer) FilterProviderPayoutChanged(opts *bind.FilterOpts, index []uint32) (*UpkeepingProviderPayoutChangedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "ProviderPayoutChanged", indexRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingProviderPayoutChangedIterator{contract: _Upkeeping.contract, event: "ProviderPayoutChanged", logs: logs, sub: sub}, nil
}

// WatchProviderPayoutChanged is a free log subscription operation binding the contract event 0xa00a36e2753fa1a79815618fdee069f3d6605d0ef3b6ea4f2df98916a8ecd8fa.
//
// Solidity: event ProviderPayoutChanged(uint32 indexed index, address payout)
func (_Upkeeping *UpkeepingFilterer) WatchProviderPayoutChanged(opts *bind.WatchOpts, sink chan<- *UpkeepingProviderPayoutChanged, index []uint32) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "ProviderPayoutChanged", indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingProviderPayoutChanged)
				if err := _Upkeeping.contract.UnpackLog(event, "ProviderPayoutChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProviderPayoutChanged is a log parse operation binding the contract event 0xa00a36e2753fa1a79815618fdee069f3d6605d0ef3b6ea4f2df98916a8ecd8fa.
//
// Solidity: event ProviderPayoutChanged(uint32 indexed index, address payout)
func (_Upkeeping *UpkeepingFilterer) ParseProviderPayoutChanged(log types.Log) (*UpkeepingProviderPayoutChanged, error) {
	event := new(UpkeepingProviderPayoutChanged)
	if err := _Upkeeping.contract.UnpackLog(event, "ProviderPayoutChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingReportPaidIterator is returned from FilterReportPaid and is used to iterate over the raw logs and unpacked data for ReportPaid events raised by the Upkeeping contract.
type UpkeepingReportPaidIterator struct {
	Event *UpkeepingReportPaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingReportPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingReportPaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingReportPaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingReportPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingReportPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingReportPaid represents a ReportPaid event raised by the Upkeeping contract.
type UpkeepingReportPaid struct {
	Digest      [32]byte
	Te          uint64
	Total       *big.Int
	KeeperShare *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterReportPaid is a free log retrieval operation binding the contract event 0x7aadbf08142899c027e1eddc48463e8bfd7744e9b9866886b476383f1b2c8be7.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint256 total, uint256 keeperShare)
func (_Upkeeping *UpkeepingFilterer) FilterReportPaid(opts *bind.FilterOpts, digest [][32]byte, te []uint64) (*UpkeepingReportPaidIterator, error) {

	var digestRule []interface{}
	for _, digestItem := range digest {
		digestRule = append(digestRule, digestItem)
	}
	var teRule []interface{}
	for _, teItem := range te {
		teRule = append(teRule, teItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "ReportPaid", digestRule, teRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingReportPaidIterator{contract: _Upkeeping.contract, event: "ReportPaid", logs: logs, sub: sub}, nil
}

// WatchReportPaid is a free log subscription operation binding the contract event 0x7aadbf08142899c027e1eddc48463e8bfd7744e9b9866886b476383f1b2c8be7.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint256 total, uint256 keeperShare)
func (_Upkeeping *UpkeepingFilterer) WatchReportPaid(opts *bind.WatchOpts, sink chan<- *UpkeepingReportPaid, digest [][32]byte, te []uint64) (event.Subscription, error) {

	var digestRule []interface{}
	for _, digestItem := range digest {
		digestRule = append(digestRule, digestItem)
	}
	var teRule []interface{}
	for _, teItem := range te {
		teRule = append(teRule, teItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "ReportPaid", digestRule, teRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingReportPaid)
				if err := _Upkeeping.contract.UnpackLog(event, "ReportPaid", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReportPaid is a log parse operation binding the contract event 0x7aadbf08142899c027e1eddc48463e8bfd7744e9b9866886b476383f1b2c8be7.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint256 total, uint256 keeperShare)
func (_Upkeeping *UpkeepingFilterer) ParseReportPaid(log types.Log) (*UpkeepingReportPaid, error) {
	event := new(UpkeepingReportPaid)
	if err := _Upkeeping.contract.UnpackLog(event, "ReportPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingSurplusRequestedIterator is returned from FilterSurplusRequested and is used to iterate over the raw logs and unpacked data for SurplusRequested events raised by the Upkeeping contract.
type UpkeepingSurplusRequestedIterator struct {
	Event *UpkeepingSurplusRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingSurplusRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingSurplusRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingSurplusRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingSurplusRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingSurplusRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingSurplusRequested represents a SurplusRequested event raised by the Upkeeping contract.
type UpkeepingSurplusRequested struct {
	To        common.Address
	Amount    *big.Int
	NotBefore uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSurplusRequested is a free log retrieval operation binding the contract event 0xae91617c211b9db52ecc2cc4830671d5095a105a95bfe1284221f7afbf808212.
//
// Solidity: event SurplusRequested(address indexed to, uint256 amount, uint64 notBefore)
func (_Upkeeping *UpkeepingFilterer) FilterSurplusRequested(opts *bind.FilterOpts, to []common.Address) (*UpkeepingSurplusRequestedIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "SurplusRequested", toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingSurplusRequestedIterator{contract: _Upkeeping.contract, event: "SurplusRequested", logs: logs, sub: sub}, nil
}

// WatchSurplusRequested is a free log subscription operation binding the contract event 0xae91617c211b9db52ecc2cc4830671d5095a105a95bfe1284221f7afbf808212.
//
// Solidity: event SurplusRequested(address indexed to, uint256 amount, uint64 notBefore)
func (_Upkeeping *UpkeepingFilterer) WatchSurplusRequested(opts *bind.WatchOpts, sink chan<- *UpkeepingSurplusRequested, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "SurplusRequested", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingSurplusRequested)
				if err := _Upkeeping.contract.UnpackLog(event, "SurplusRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSurplusRequested is a log parse operation binding the contract event 0xae91617c211b9db52ecc2cc4830671d5095a105a95bfe1284221f7afbf808212.
//
// Solidity: event SurplusRequested(address indexed to, uint256 amount, uint64 notBefore)
func (_Upkeeping *UpkeepingFilterer) ParseSurplusRequested(log types.Log) (*UpkeepingSurplusRequested, error) {
	event := new(UpkeepingSurplusRequested)
	if err := _Upkeeping.contract.UnpackLog(event, "SurplusRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingSurplusWithdrawnIterator is returned from FilterSurplusWithdrawn and is used to iterate over the raw logs and unpacked data for SurplusWithdrawn events raised by the Upkeeping contract.
type UpkeepingSurplusWithdrawnIterator struct {
	Event *UpkeepingSurplusWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingSurplusWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingSurplusWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingSurplusWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingSurplusWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingSurplusWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingSurplusWithdrawn represents a SurplusWithdrawn event raised by the Upkeeping contract.
type UpkeepingSurplusWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSurplusWithdrawn is a free log retrieval operation binding the contract event 0xb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd1.
//
// Solidity: event SurplusWithdrawn(address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) FilterSurplusWithdrawn(opts *bind.FilterOpts, to []common.Address) (*UpkeepingSurplusWithdrawnIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "SurplusWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingSurplusWithdrawnIterator{contract: _Upkeeping.contract, event: "SurplusWithdrawn", logs: logs, sub: sub}, nil
}

// WatchSurplusWithdrawn is a free log subscription operation binding the contract event 0xb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd1.
//
// Solidity: event SurplusWithdrawn(address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) WatchSurplusWithdrawn(opts *bind.WatchOpts, sink chan<- *UpkeepingSurplusWithdrawn, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "SurplusWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingSurplusWithdrawn)
				if err := _Upkeeping.contract.UnpackLog(event, "SurplusWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSurplusWithdrawn is a log parse operation binding the contract event 0xb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd1.
//
// Solidity: event SurplusWithdrawn(address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) ParseSurplusWithdrawn(log types.Log) (*UpkeepingSurplusWithdrawn, error) {
	event := new(UpkeepingSurplusWithdrawn)
	if err := _Upkeeping.contract.UnpackLog(event, "SurplusWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the Upkeeping contract.
type UpkeepingWithdrawnIterator struct {
	Event *UpkeepingWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpkeepingWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpkeepingWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpkeepingWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingWithdrawn represents a Withdrawn event raised by the Upkeeping contract.
type UpkeepingWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address, to []common.Address) (*UpkeepingWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "Withdrawn", accountRule, toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingWithdrawnIterator{contract: _Upkeeping.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *UpkeepingWithdrawn, account []common.Address, to []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "Withdrawn", accountRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingWithdrawn)
				if err := _Upkeeping.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) ParseWithdrawn(log types.Log) (*UpkeepingWithdrawn, error) {
	event := new(UpkeepingWithdrawn)
	if err := _Upkeeping.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
