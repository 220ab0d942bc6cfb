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

// UpkeepingBaseCheckpoint is an auto generated low-level Go binding around an user-defined struct.
type UpkeepingBaseCheckpoint struct {
	Bucket   uint32
	AccStart *big.Int
	Paid     *big.Int
}

// UpkeepingAdminMetaData contains all meta data concerning the UpkeepingAdmin contract.
var UpkeepingAdminMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDSTLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochFrom\",\"type\":\"uint64\"}],\"name\":\"BeforeEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"}],\"name\":\"BondAlreadyPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"}],\"name\":\"BondLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"effective\",\"type\":\"uint64\"}],\"name\":\"ChangePending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyReport\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Implementation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"IntervalNotBeforeEnd\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEvidence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"failed\",\"type\":\"uint256\"}],\"name\":\"InvalidFailedBitmap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leader\",\"type\":\"uint256\"}],\"name\":\"InvalidLeader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"}],\"name\":\"KeeperSlashedHere\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LedgerTouchGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedReport\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSurplusRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAKeeper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"NotEnoughSigners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEquivocation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFactory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payableAt\",\"type\":\"uint256\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"NotPeriodBoundary\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"precompile\",\"type\":\"address\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ProviderExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ProviderRemoved\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastPaid\",\"type\":\"uint64\"}],\"name\":\"StaleInterval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"effective\",\"type\":\"uint64\"}],\"name\":\"StraddlesChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"name\":\"SurplusNotYet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"groupId\",\"type\":\"uint32\"}],\"name\":\"UnknownGroup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"got\",\"type\":\"address\"}],\"name\":\"WrongContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"declared\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"WrongFundingAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"WrongTag\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"provider\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"st\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EntryPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"groupId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"}],\"name\":\"EpochScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"forfeitedRewards\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"forfeitedBond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestB\",\"type\":\"bytes32\"}],\"name\":\"KeeperSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"KeeperWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"ledger\",\"type\":\"address\"}],\"name\":\"LedgerNotTouched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastPaid\",\"type\":\"uint64\"}],\"name\":\"ProviderAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"remove\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effective\",\"type\":\"uint64\"}],\"name\":\"ProviderChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"}],\"name\":\"ProviderPayoutChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"keeperShare\",\"type\":\"uint256\"}],\"name\":\"ReportPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"name\":\"SurplusRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SurplusWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_GROUP\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VEST_PERIODS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_SCALE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REPORT_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e\",\"type\":\"uint256\"}],\"name\":\"accounting\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"acc\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"hot\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"bucket\",\"type\":\"uint32\"},{\"internalType\":\"uint112\",\"name\":\"accStart\",\"type\":\"uint112\"},{\"internalType\":\"uint112\",\"name\":\"paid\",\"type\":\"uint112\"}],\"internalType\":\"structUpkeepingBase.Checkpoint[]\",\"name\":\"ring\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"addProvider\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeperId\",\"type\":\"uint32\"}],\"name\":\"bondOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelSurplus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e\",\"type\":\"uint256\"}],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"groupId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"noShare\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"removed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"epochFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"executeSurplus\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isActiveKeeper\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isActiveKeeperUntil\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeperId\",\"type\":\"uint32\"}],\"name\":\"isSlashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"keeperAccount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"earned\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"leaderOrder\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"positions\",\"type\":\"uint32[]\"},{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"postBond\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"removeProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestSurplus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"runway\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"periods\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"groupId\",\"type\":\"uint32\"}],\"name\":\"scheduleGroup\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"setPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeperId\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"reportA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"reportB\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"slash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"surplusRequest\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeperId\",\"type\":\"uint32\"}],\"name\":\"withdrawBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeperId\",\"type\":\"uint32\"},{\"internalType\":\"uint256[]\",\"name\":\"epochs\",\"type\":\"uint256[]\"}],\"name\":\"withdrawKeeper\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b503380603357604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b603a81603f565b5060a8565b600180546001600160a01b03191690556056816059565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b615917806100b55f395ff3fe6080604052600436106101cf575f3560e01c8063628b732f116100fd578063b127843011610092578063e30c397811610062578063e30c39781461060a578063f2e676d414610627578063f2fde38b14610665578063f62f6d6e14610684575f5ffd5b8063b12784301461058e578063c33f59d3146105a2578063cabfbfbf146105bd578063cf0f37cb146105eb575f5ffd5b80638b9b2485116100cd5780638b9b2485146104ec5780638d388a0e146105205780638da5cb5b1461053f5780638e1857e81461056f575f5ffd5b8063628b732f14610490578063715018a6146104a5578063741adbe5146104b957806379ba5097146104d8575f5ffd5b806339519f65116101735780635487c577116101435780635487c577146103a75780635abf082c146104065780635cf5695b1461044f5780636177fae914610463575f5ffd5b806339519f651461032b5780634453012a1461034a5780634e860557146103695780635116045014610388575f5ffd5b80632224768d116101ae5780632224768d14610275578063307ef418146102a45780633623b4e9146102d8578063368700f814610317575f5ffd5b8062c566ec146101d357806309f8d4a81461020157806318f8d6be1461020b575b5f5ffd5b3480156101de575f5ffd5b506101e76106b7565b604080519283526020830191909152015b60405180910390f35b6102096107f4565b005b348015610216575f5ffd5b5060408051606080820183526016546001600160a01b038116808452600160a01b9091046001600160401b031660208085018290526017546001600160801b0316948601859052855192835282019390935292830191909152016101f8565b348015610280575f5ffd5b5061029461028f36600461510a565b610aaa565b60405190151581526020016101f8565b3480156102af575f5ffd5b506102c36102be366004615125565b610abb565b60405163ffffffff90911681526020016101f8565b3480156102e3575f5ffd5b506103096102f2366004615160565b63ffffffff165f908152600e602052604090205490565b6040519081526020016101f8565b348015610322575f5ffd5b50610309610ae7565b348015610336575f5ffd5b50610209610345366004615125565b610ce9565b348015610355575f5ffd5b5061030961036436600461518f565b610e69565b348015610374575f5ffd5b506103096103833660046151aa565b610ea2565b348015610393575f5ffd5b506102096103a2366004615160565b611181565b3480156103b2575f5ffd5b506103c66103c136600461522b565b6112d6565b6040805163ffffffff90961686526001600160401b03909416602086015261ffff909216928401929092526060830191909152608082015260a0016101f8565b348015610411575f5ffd5b50610425610420366004615242565b6113fe565b6040805195865260208601949094529284019190915260608301521515608082015260a0016101f8565b34801561045a575f5ffd5b5061020961150a565b34801561046e575f5ffd5b5061048261047d36600461518f565b611577565b6040516101f8929190615262565b34801561049b575f5ffd5b5061030961010081565b3480156104b0575f5ffd5b50610209611a6d565b3480156104c4575f5ffd5b506102096104d3366004615160565b611aad565b3480156104e3575f5ffd5b50610209611acc565b3480156104f7575f5ffd5b50610294610506366004615160565b63ffffffff165f908152600f602052604090205460ff1690565b34801561052b575f5ffd5b5061030961053a366004615160565b611b0d565b34801561054a575f5ffd5b505f546001600160a01b03165b6040516001600160a01b0390911681526020016101f8565b34801561057a575f5ffd5b506102096105893660046152f1565b611e34565b348015610599575f5ffd5b50610309604081565b3480156105ad575f5ffd5b50610309670de0b6b3a764000081565b3480156105c8575f5ffd5b506105dc6105d736600461522b565b611e7e565b6040516101f89392919061530d565b3480156105f6575f5ffd5b506102096106053660046153d2565b611f8d565b348015610615575f5ffd5b506001546001600160a01b0316610557565b348015610632575f5ffd5b5061064661064136600461510a565b612033565b6040805192151583526001600160401b039091166020830152016101f8565b348015610670575f5ffd5b5061020961067f36600461510a565b612047565b34801561068f575f5ffd5b506103097fd3d5a2751c8fe2ff1315253e630510a2d8fbc32003b94963811f50488018bdb881565b5f5f5f6106c26120b7565b6040015161ffff1690505f6106d561210d565b90505f6106e2600b61214e565b90505f80805b83811161076c575f6106fa8783612161565b805190915063ffffffff9081161480159061071b5750805163ffffffff1686115b801561073557508215806107355750805163ffffffff1684105b1561075957805160408201516001600160701b0316985063ffffffff169350600192505b5080610764816154c4565b9150506106e8565b50806107b6575f610791866107828660016154dc565b61078c9088615503565b612161565b905084815f015163ffffffff16036107b45780604001516001600160701b031696505b505b855f036107cc57505f19965f9650945050505050565b856107d56120b7565b516107e991906001600160801b0316615516565b965050505050509091565b6107fc6121c7565b610804612234565b5f61080d612260565b8051604051633c4ce22160e01b81523360048201529192505f916001600160a01b0390911690633c4ce22190602401602060405180830381865afa158015610857573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061087b9190615534565b90508063ffffffff165f036108aa5760405163cf7b1f5b60e01b81523360048201526024015b60405180910390fd5b6101808201516001600160801b031615806108d8575063ffffffff81165f908152600e602052604090205415155b806108f7575063ffffffff81165f908152600f602052604090205460ff165b1561091d5760405163078a17f960e51b815263ffffffff821660048201526024016108a1565b60408201516001600160a01b031661097a578161018001516001600160801b03163414610975576101808201516040516367f85aa360e11b81526001600160801b0390911660048201523460248201526044016108a1565b6109fd565b341561099957604051635bb8e48560e01b815260040160405180910390fd5b5f6109b2338461018001516001600160801b031661230d565b90508261018001516001600160801b031681146109fb576101808301516040516367f85aa360e11b81526001600160801b039091166004820152602481018290526044016108a1565b505b6101808201805163ffffffff83165f908152600e602052604090206001600160801b0391821690559051600454610a4092610a3b92811691166154dc565b612416565b600480546001600160801b0319166001600160801b039283161790556101808301516040519116815263ffffffff8216907f0e1a0ac21e1ad7705b6128d6123cf597fad6ece092ec5ff80d910359d92702749060200160405180910390a25050610aa8612443565b565b5f610ab48261246d565b5092915050565b5f610ac4612633565b610acc612234565b610ade8383610ad9612260565b61265f565b90505b92915050565b5f610af0612633565b610af86121c7565b610b00612234565b604080516060810182526016546001600160a01b038116808352600160a01b9091046001600160401b031660208301526017546001600160801b03169282019290925290610b6157604051632195ccad60e21b815260040160405180910390fd5b80602001516001600160401b0316431015610ba0576020810151604051630be0acf160e41b81526001600160401b0390911660048201526024016108a1565b601680546001600160e01b0319169055601780546001600160801b03191690555f610bc96120b7565b9050805f01516001600160801b031682604001516001600160801b031610610bf2578051610bf8565b81604001515b6001600160801b03169250825f03610c2357604051630686827b60e51b815260040160405180910390fd5b82815f01818151610c34919061554f565b6001600160801b0316905250610c4981612853565b600480548491905f90610c669084906001600160801b031661554f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550815f01516001600160a01b03167fb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd184604051610cc891815260200190565b60405180910390a28151610cdc908461288a565b5050610ce6612443565b90565b610cf1612633565b610cf9612234565b6001600160a01b038216610d205760405163d92e233d60e01b815260040160405180910390fd5b5f610d29612260565b90505f81608001516001600160401b0316610d50436001610d4a91906154dc565b84612940565b610d5a919061556e565b82606001516001600160401b0316610d7291906154dc565b90505f82608001516001600160401b031682610d8e91906154dc565b90506040518060600160405280866001600160a01b03168152602001826001600160401b03168152602001610dc286612416565b6001600160801b039081169091528151601680546020808601516001600160a01b039485166001600160e01b031990931692909217600160a01b6001600160401b039384160217909255604094850151601780546001600160801b03191691909516179093558351888152928516908301528716917fae91617c211b9db52ecc2cc4830671d5095a105a95bfe1284221f7afbf808212910160405180910390a25050505050565b5f5f610e73612260565b9050610e9a8382606001516001600160401b031683608001516001600160401b03166129a0565b519392505050565b5f610eab6121c7565b610eb3612234565b5f610ebd5f61214e565b604051630e0974d560e21b815263ffffffff871660048201529091505f906001600160a01b03831690633825d35490602401602060405180830381865afa158015610f0a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f2e9190615590565b9050336001600160a01b03821614801590610fc65750604051636f9431f960e01b815263ffffffff871660048201526001600160a01b03831690636f9431f990602401602060405180830381865afa158015610f8c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fb09190615590565b6001600160a01b0316336001600160a01b031614155b15610fe65760405163472511eb60e11b81523360048201526024016108a1565b5f5b848110156110ba575f868683818110611003576110036155ab565b9050602002013590505f611017828a612bb3565b90505f6110248383612d36565b509050805f03611036575050506110b2565b5f838152600b60209081526040808320858452909152902080546110749061106f908490600160701b90046001600160701b03166154dc565b612e6a565b81546001600160701b0391909116600160701b026dffffffffffffffffffffffffffff60701b199091161781556110ab82896154dc565b9750505050505b600101610fe8565b50825f036110db57604051630686827b60e51b815260040160405180910390fd5b600480548491905f906110f89084906001600160801b031661554f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550806001600160a01b03168663ffffffff167f8bdf22ed79200b1bd3e95ea1e7725ff905825a8afbb68d70d9dfd0c43eedefd78560405161115e91815260200190565b60405180910390a3611170818461288a565b505061117a612443565b9392505050565b611189612633565b611191612234565b5f61119a612260565b90506111a982825f0151612e93565b5f6111cc82608001516001600160401b0316436111c691906154dc565b83612940565b90505f6111d761300e565b90504383608001516001600160401b0316826020015163ffffffff166111fd919061556e565b84606001516001600160401b031661121591906154dc565b11156112af5780515f9061122b906001906155bf565b61ffff165f818152600860205260409020549091505b801561129b575f61125182613095565b5f848152600b60209081526040808320848452825280832080546001600160e81b0319169055600887901b9093178252600d905290812055506112956001826155d9565b16611241565b506112a98186855f5f613116565b506112c3565b6112c3848385610160015161ffff1661348b565b6112d08360200151613546565b50505050565b5f818152600560209081526040808320815160a08101835290546001600160a01b0381168252600160a01b810463ffffffff90811694830194909452600160c01b810490931691810191909152600160e01b820461ffff166060820152600160f01b90910460ff166080820152819081908190819061135361300e565b5161ffff16871061138057604051632ef103f760e21b81525f6004820152602481018890526044016108a1565b5f611389612260565b9050816040015181608001516001600160401b0316836020015163ffffffff166113b3919061556e565b82606001516001600160401b03166113cb91906154dc565b606093909301515f998a52600860209081526040808c20546009909252909a2054919a9399909850965094509092505050565b5f828152600b602090815260408083208484528252808320815160608101835290546001600160701b038082168352600160701b82041693820193909352600160e01b90920460ff161580159183019190915282918291829182916114cc57600888901b87175f908152600d60209081526040909120549082015181906001600160701b03168111611490575f6114a8565b60208301516114a8906001600160701b0316836155d9565b6020909301519097509195505f9450506001600160701b0316915060019050611500565b6114d7888883613674565b96506114e590508888612d36565b6020909201519095509093506001600160701b031691505f90505b9295509295909350565b611512612633565b61151a612234565b601680546001600160e01b0319169055601780546001600160801b0319169055604080515f80825260208201819052917fae91617c211b9db52ecc2cc4830671d5095a105a95bfe1284221f7afbf808212910160405180910390a2565b6060805f611583612260565b90505f6115ab8583606001516001600160401b031684608001516001600160401b03166129a0565b80515f908152600960205260408082205490830151929350916115cf90600461556e565b6001600160401b038111156115e6576115e66155ec565b6040519080825280601f01601f191660200182016040528015611610576020820181803683370190505b506080840151815191925090600360208401833c5f600184901c7f5555555555555555555555555555555555555555555555555555555555555555168403600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f9081169116017e010001000100010001000100010001000100010001000100010001000100010260f01c85604001516116de91906155d9565b9050806001600160401b038111156116f8576116f86155ec565b604051908082528060200260200182016040528015611721578160200160208202803683370190505b509750806001600160401b0381111561173c5761173c6155ec565b604051908082528060200260200182016040528015611765578160200160208202803683370190505b5096505f816001600160401b03811115611781576117816155ec565b6040519080825280602002602001820160405280156117aa578160200160208202803683370190505b5090505f805b8760400151811015611a5f57600187821c165f03611a57575f6117dc8783600402016020015160e01c90565b8a51604051636f9431f960e01b815263ffffffff831660048201529192505f916001600160a01b0390911690636f9431f990602401602060405180830381865afa15801561182c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118509190615590565b90505f8e8260405160200161189092919060c09290921b6001600160c01b031916825260601b6bffffffffffffffffffffffff19166008820152601c0190565b60408051601f1981840301815291905280516020909101209050845b5f811180156118dd575081876118c36001846155d9565b815181106118d3576118d36155ab565b6020026020010151115b156119ce57866118ee6001836155d9565b815181106118fe576118fe6155ab565b6020026020010151878281518110611918576119186155ab565b60209081029190910101528e61192f6001836155d9565b8151811061193f5761193f6155ab565b60200260200101518f8281518110611959576119596155ab565b63ffffffff909216602092830291909101909101528d61197a6001836155d9565b8151811061198a5761198a6155ab565b60200260200101518e82815181106119a4576119a46155ab565b6001600160a01b0390921660209283029190910190910152806119c681615600565b9150506118ac565b818782815181106119e1576119e16155ab565b602002602001018181525050848f8281518110611a0057611a006155ab565b602002602001019063ffffffff16908163ffffffff1681525050828e8281518110611a2d57611a2d6155ab565b6001600160a01b039092166020928302919091019091015285611a4f816154c4565b965050505050505b6001016117b0565b505050505050505050915091565b611a75612633565b3015611a9457604051638905116560e01b815260040160405180910390fd5b610aa8611aa85f546001600160a01b031690565b6137d9565b611ab5612633565b611abd612234565b611ac9815f60016137f2565b50565b60015433906001600160a01b03168114611b045760405163118cdaa760e01b81526001600160a01b03821660048201526024016108a1565b611ac9816137d9565b5f611b166121c7565b611b1e612234565b5f611b285f61214e565b604051630e0974d560e21b815263ffffffff851660048201529091505f906001600160a01b03831690633825d35490602401602060405180830381865afa158015611b75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b999190615590565b9050336001600160a01b03821614801590611c315750604051636f9431f960e01b815263ffffffff851660048201526001600160a01b03831690636f9431f990602401602060405180830381865afa158015611bf7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c1b9190615590565b6001600160a01b0316336001600160a01b031614155b15611c515760405163472511eb60e11b81523360048201526024016108a1565b63ffffffff84165f908152600e60205260408120549350839003611c8857604051630686827b60e51b815260040160405180910390fd5b5f611c91612260565b90505f6001611c9e61300e565b51611ca991906155bf565b61ffff1690505f5f611cbb83896139c0565b60808601516101608701515f8781526005602052604081205494965092945091926001600160401b0390911691611d059161ffff90911690600160a01b900463ffffffff166154dc565b611d0f919061556e565b85606001516001600160401b0316611d2791906154dc565b9050828015611d4657505f84815260096020526040902054821c600116155b80611d5057508043105b15611d76576040516312577ad560e01b815263ffffffff8a1660048201526024016108a1565b63ffffffff89165f908152600e60205260408120819055600480548a9290611da89084906001600160801b031661554f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550856001600160a01b03168963ffffffff167f695ddfee5ea292cb8cda04525e1e7793357e30f7557f7da94b84b708c7b00ea68a604051611e0e91815260200190565b60405180910390a3611e20868961288a565b50505050505050611e2f612443565b919050565b611e3c612633565b611e44612234565b6001600160601b03811115611e6f576040516306d02d6760e11b8152600481018290526024016108a1565b611e7a82825f6137f2565b5050565b5f5f6060611e8a6120b7565b6040015161ffff169150818414611eae575f84815260076020526040902054611ec4565b611eb66120b7565b602001516001600160701b03165b92505f611ed1600b61214e565b9050611ede8160016154dc565b6001600160401b03811115611ef557611ef56155ec565b604051908082528060200260200182016040528015611f3e57816020015b604080516060810182525f80825260208083018290529282015282525f19909201910181611f135790505b5091505f5b818111611f8457611f548682612161565b838281518110611f6657611f666155ab565b60200260200101819052508080611f7c906154c4565b915050611f43565b50509193909250565b611f956121c7565b611f9d612234565b63ffffffff89165f908152600f602052604090205460ff1615611fdb5760405163d26beb7760e01b815263ffffffff8a1660048201526024016108a1565b5f5f5f611fea8b8b8989613aed565b925092509250611ffd8c82858c8c613bfb565b61200a8c82848888613bfb565b61201d8c612016612260565b8585613d55565b505050612028612443565b505050505050505050565b5f5f61203e8361246d565b91509150915091565b61204f612633565b600180546001600160a01b0383166001600160a01b0319909116811790915561207f5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b604080516060810182525f808252602082018190529181019190915250600354604080516060810182526001600160801b03831681526001600160701b03608084901c16602082015260f09290921c9082015290565b5f5f612119600361214e565b90508043101561212a575f91505090565b612134600461214e565b61213e82436155d9565b6121489190615516565b91505090565b5f6020808302602d015f303c50505f5190565b604080516060810182525f8082526020820181905291810191909152505f918252600a602090815260408084209284529181529181902054815160608101835263ffffffff8216815281841c6001600160701b03169381019390935260901c9082015290565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561220757604051633ee5aeb560e01b815260040160405180910390fd5b610aa860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613f04565b61223c61300e565b5161ffff165f03610aa85760405163e6a8ee4f60e01b815260040160405180910390fd5b604080516101c080820183525f80835260208301819052828401819052606083018190526080830181905260a0830181905260c0830181905260e08301819052610100830181905261012083018190526101408301819052610160830181905261018083018190526101a0830181905283518281526101e081019094529192906020820181803683370190505090508051602d60208301303c80806020019051810190612148919061567c565b5f5f612319600261214e565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa158015612360573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123849190615792565b905061239b6001600160a01b038316863087613f0b565b6040516370a0823160e01b815230600482015281906001600160a01b038416906370a0823190602401602060405180830381865afa1580156123df573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124039190615792565b61240d91906155d9565b95945050505050565b5f6001600160801b0382111561243f57604051630590fb9f60e01b815260040160405180910390fd5b5090565b610aa85f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061222e565b5f5f5f612478612260565b90505f61248361300e565b5161ffff169050805b80156124f5578061249c81615600565b60808501515f828152600560205260409020549193504392506124d7916001600160401b0390911690600160a01b900463ffffffff1661556e565b84606001516001600160401b03166124ef91906154dc565b1161248c575b816125018260016154dc565b10612513576001600160401b0361256e565b60808301516001600160401b031660055f61252f8460016154dc565b815260208101919091526040015f20546125569190600160a01b900463ffffffff1661556e565b83606001516001600160401b031661256e91906154dc565b8351604051633c4ce22160e01b81526001600160a01b0389811660048301529296505f9290911690633c4ce22190602401602060405180830381865afa1580156125ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125de9190615534565b90508063ffffffff165f036125f9575f955050505050915091565b5f5f61260584846139c0565b9150915081801561262657505f84815260096020526040902054811c600116155b9750505050505050915091565b5f546001600160a01b03163314610aa85760405163118cdaa760e01b81523360048201526024016108a1565b5f6001600160a01b0384166126875760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384165f90815260156020526040902054156126c857604051636a3efcd960e11b81526001600160a01b03851660048201526024016108a1565b6001600160601b038311156126f3576040516306d02d6760e11b8152600481018490526024016108a1565b50601054608082015163ffffffff909116905f906001600160401b031661271a4385612940565b612724919061556e565b83606001516001600160401b031661273c91906154dc565b905061278b8263ffffffff1660405180608001604052808464ffffffffff168152602001876001600160601b031681526020015f6001600160701b03168152602001608060ff16815250613f72565b63ffffffff82165f81815260136020526040902080546001600160a01b0319166001600160a01b0388161790556127c39060016154dc565b6001600160a01b0386165f908152601560205260409020556127e68260016157a9565b6010805463ffffffff191663ffffffff928316179055604080518681526001600160401b03841660208201526001600160a01b038816928516917f3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674910160405180910390a3509392505050565b60f0816040015161ffff16901b608082602001516001600160701b0316901b825f01516001600160801b0316171760038190555050565b5f612895600261214e565b90506001600160a01b038116612927575f836001600160a01b0316836040515f6040518083038185875af1925050503d805f81146128ee576040519150601f19603f3d011682016040523d82523d5f602084013e6128f3565b606091505b50509050806112d057604051630e21dcbb60e11b81526001600160a01b0385166004820152602481018490526044016108a1565b61293b6001600160a01b0382168484613fc9565b505050565b5f81606001516001600160401b0316831161295c57505f610ae1565b608082015160608301516001600160401b039182169160019183916129829116876155d9565b61298c91906154dc565b61299691906155d9565b610ade9190615516565b6129d66040518060a001604052805f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681525090565b5f6129df61300e565b905082816020015163ffffffff166129f7919061556e565b612a0190856154dc565b602083018190526001600160401b0386161115612a7a576040518060a001604052806001835f0151612a3391906155bf565b61ffff16815260200183602001518152602001826040015161ffff168152602001826060015160ff16815260200182608001516001600160a01b031681525091505061117a565b80515f90612a8a906001906155bf565b61ffff1690505b8015612b8e5780612aa181615600565b5f818152600560209081526040808320815160a08101835290546001600160a01b0381168252600160a01b810463ffffffff908116948301859052600160c01b82041692820192909252600160e01b820461ffff166060820152600160f01b90910460ff16608082015292945091925090612b1d90879061556e565b612b2790886154dc565b905080886001600160401b03161115612b87576040518060a00160405280848152602001828152602001836060015161ffff168152602001836080015160ff168152602001835f01516001600160a01b031681525094505050505061117a565b5050612a91565b5060405163653e0e5360e11b81526001600160401b03861660048201526024016108a1565b5f828152600560209081526040808320815160a08101835290546001600160a01b0381168252600160a01b810463ffffffff90811694830194909452600160c01b810490931691810191909152600160e01b820461ffff166060820152600160f01b90910460ff166080820152612c2861300e565b5161ffff168410612c5b57604051632ef103f760e21b815263ffffffff84166004820152602481018590526044016108a1565b5f816060015161ffff166004612c71919061556e565b6001600160401b03811115612c8857612c886155ec565b6040519080825280601f01601f191660200182016040528015612cb2576020820181803683370190505b508251815191925090600360208401833c5f5b836060015161ffff16811015612d0d578563ffffffff16612cef8483600402016020015160e01c90565b63ffffffff1603612d05579350610ae192505050565b600101612cc5565b50604051632ef103f760e21b815263ffffffff86166004820152602481018790526044016108a1565b5f828152600b602090815260408083208484528252808320815160608101835290546001600160701b038082168352600160701b82041693820193909352600160e01b90920460ff1615801591830191909152829190612de557600885901b84175f908152600d6020908152604090912054908201516001600160701b03168111612dc1575f612dd9565b6020820151612dd9906001600160701b0316826155d9565b5f935093505050612e63565b5f5f612df2878785613674565b9150915082602001516001600160701b03168211612e10575f612e28565b6020830151612e28906001600160701b0316836155d9565b945082602001516001600160701b03168211612e515782602001516001600160701b0316612e53565b815b612e5d90826155d9565b93505050505b9250929050565b5f6001600160701b0382111561243f57604051630590fb9f60e01b815260040160405180910390fd5b60405163170a65cf60e11b815263ffffffff831660048201525f9081906001600160a01b03841690632e14cb9e90602401606060405180830381865afa158015612edf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f0391906157c5565b919350909150506001600160a01b038216612f3c57604051600162a68db960e01b0319815263ffffffff851660048201526024016108a1565b5f612f4c61ffff8316600461556e565b6001600160401b03811115612f6357612f636155ec565b6040519080825280601f01601f191660200182016040528015612f8d576020820181803683370190505b5090508051600360208301853c5f5b8261ffff16811015613006575f612fbc8383600402016020015160e01c90565b63ffffffff81165f908152600f602052604090205490915060ff1615612ffd57604051638fbe833760e01b815263ffffffff821660048201526024016108a1565b50600101612f9c565b505050505050565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091525f60025490506040518060a001604052808261ffff168152602001601083901c63ffffffff168152602001603083901c61ffff168152602001604083901c60ff168152602001604883901c6001600160a01b031681525091505090565b5f610ae16130a5831960016154dc565b83165f60076001600160801b038311901b905060066001600160401b0383831c11901b17600563ffffffff83831c11901b17600461ffff83831c11901b17600360ff83831c11901b176002600f83831c116d010102020202030303030303030360801b911b9190911791821c1a1790565b5f5f5f6131225f61214e565b60405163170a65cf60e11b815263ffffffff891660048201526001600160a01b039190911690632e14cb9e90602401606060405180830381865afa15801561316c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061319091906157c5565b919450925090506001600160a01b0383166131c957604051600162a68db960e01b0319815263ffffffff881660048201526024016108a1565b5f6001600160a01b0383166131de575f6131e1565b60045b905085156131ed576001175b84156131f7576002175b63ffffffff87111561323a576040516389a6198960e01b815260206004820152600b60248201526a195c1bd8da081cdd185c9d60aa1b60448201526064016108a1565b6040518060a00160405280856001600160a01b031681526020018863ffffffff1681526020018963ffffffff1681526020018361ffff1681526020018260ff1681525060055f8b81526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548161ffff021916908361ffff1602179055506080820151815f01601e6101000a81548160ff021916908360ff1602179055509050508260065f8b81526020019081526020015f205f6101000a8154816001600160a01b0302191690836001600160a01b031602179055508560085f8b81526020019081526020015f20819055508460095f8b81526020019081526020015f20819055506133ff6040518060a001604052808b60016133c591906154dc565b61ffff1681526020018963ffffffff1681526020018461ffff1681526020018360ff168152602001866001600160a01b0316815250613ffa565b5f613408612260565b90508863ffffffff168a7ff8a110fd5a9fe8c4f68878fb0e07931b6edaac9b81505fe00f1f606d05f8066083608001516001600160401b03168b61344c919061556e565b84606001516001600160401b031661346491906154dc565b6040516001600160401b03909116815260200160405180910390a350505050505050505050565b5f61349461300e565b5161ffff16905061fffe1981016134e0576040516389a6198960e01b815260206004820152600f60248201526e746f6f206d616e792065706f63687360881b60448201526064016108a1565b5f5b828111613538576135268282604051806060016040528063ffffffff801681526020015f6001600160701b031681526020015f6001600160701b0316815250614049565b80613530816154c4565b9150506134e2565b506112d08185855f5f613116565b6001600160a01b038116158061356457506001600160a01b0381163b155b1561356c5750565b613579603f617530615516565b613585906175306154dc565b613591906107d06154dc565b5a10156135b15760405163048a3d3f60e11b815260040160405180910390fd5b60408051600481526024810182526020810180516001600160e01b0316635d02e3e360e11b17905290515f916001600160a01b03841691617530916135f59161580a565b5f604051808303815f8787f1925050503d805f811461362f576040519150601f19603f3d011682016040523d82523d5f602084013e613634565b606091505b5050905080611e7a576040516001600160a01b038316907fc0d28d421b073f8e38e6da4fbc98f56c4c3d458b53ddfd757c9fd31aace9b89b905f90a25050565b5f5f5f61367f6120b7565b6040015161ffff1686146136a0575f868152600760205260409020546136b6565b6136a86120b7565b602001516001600160701b03165b90505f6136c3600b61214e565b90505f6136d18884846140a2565b5f898152600c602090815260408083208b8452825291829020825160608101845290546001600160701b03808216808452600160701b830490911693830193909352600160e01b900463ffffffff16928101839052929350906137359085906154dc565b61373d61210d565b101561375e57602082015161375b906001600160701b0316826155d9565b90505b815188516001600160701b03918216916137799116876155d9565b61378391906154dc565b955080885f01516001600160701b0316841161379f575f6137b4565b88516137b4906001600160701b0316856155d9565b6137be91906154dc565b9650858711156137cc578596505b5050505050935093915050565b600180546001600160a01b0319169055611ac98161417f565b60105463ffffffff908116908416106138265760405163fece9bb960e01b815263ffffffff841660048201526024016108a1565b5f61382f612260565b90505f6138418563ffffffff166141ce565b60608101519091506002161561387257604051634521488760e01b815263ffffffff861660048201526024016108a1565b60808201515f906001600160401b031661389561388f82436154dc565b85612940565b61389f919061556e565b83606001516001600160401b03166138b791906154dc565b604080516060808201835264ffffffffff80851683526001600160601b03808b1660208086019182528b151586880190815263ffffffff8f165f81815260129093529790912095518654925191511515600160881b0260ff60881b1992909416650100000000000270ffffffffffffffffffffffffffffffffff199093169416939093171791909116179091558401805160011760ff16905290915061395d9083613f72565b604080516001600160601b038716815285151560208201526001600160401b03831681830152905163ffffffff8816917f19ccb772afeddae8d5758554caecaad6d08c38caaefdb9ecee80148b06e3279d919081900360600190a2505050505050565b5f828152600560209081526040808320815160a08101835290546001600160a01b0381168252600160a01b810463ffffffff90811694830194909452600160c01b810490931691810191909152600160e01b820461ffff1660608201819052600160f01b90920460ff16608082015282918290613a3e90600461556e565b6001600160401b03811115613a5557613a556155ec565b6040519080825280601f01601f191660200182016040528015613a7f576020820181803683370190505b508251815191925090600360208401833c5f5b836060015161ffff16811015613ade578663ffffffff16613abc8483600402016020015160e01c90565b63ffffffff1603613ad657600195509350612e6392505050565b600101613a92565b505f9788975095505050505050565b5f5f5f5f613afb888861432b565b90505f613b08878761432b565b805183519192506001600160401b039182169116141580613b3d5750806020015163ffffffff16826020015163ffffffff1614155b80613b5c5750806040015163ffffffff16826040015163ffffffff1614155b80613b7b5750806060015163ffffffff16826060015163ffffffff1614155b15613b9957604051630b69ebb360e01b815260040160405180910390fd5b8888604051613ba9929190615820565b6040519081900381209550613bc19088908890615820565b60405180910390209350838503613beb57604051630b69ebb360e01b815260040160405180910390fd5b5051929791965091945092505050565b5f613c04612260565b905080606001516001600160401b0316856001600160401b0316111580613c50575060808101516060820151613c3a908761582f565b613c44919061584e565b6001600160401b031615155b15613c795760405163653e0e5360e11b81526001600160401b03861660048201526024016108a1565b5f613c9f8683606001516001600160401b031684608001516001600160401b03166129a0565b90505f613cb882613cb3845f01518b612bb3565b614630565b9050613d2e8187604051602001613cd191815260200190565b60408051601f198184030181526020601f8a01819004810284018101909252888352919089908990819084018382808284375f92019190915250506040805160608101909152602b80825290925090506158c060208301396146fe565b613d4b5760405163325de78f60e21b815260040160405180910390fd5b5050505050505050565b63ffffffff84165f908152600f60209081526040808320805460ff19166001908117909155600e90925282208054908390559190613d9e90613d989043906154dc565b86612940565b90505f5f613dac8884614767565b9150915080613dc957613dc9888489610160015161ffff166149b2565b613dd68760200151613546565b5f613de185846154dc565b90505f61271089610140015161ffff1683613dfc919061556e565b613e069190615516565b90505f613e116120b7565b9050613e398284835f01516001600160801b0316613e2f91906154dc565b610a3b91906155d9565b6001600160801b03168152613e4d81612853565b6040805186815260208101899052908101839052606081018a905260808101899052339063ffffffff8d16907f95dbd42d323b1aeea5159e71c5f1e4a6c6bb06492c4d1a7298f903236c7424649060a00160405180910390a38115613ef757600480548391905f90613ec99084906001600160801b031661554f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550613ef7338361288a565b5050505050505050505050565b80825d5050565b6040516001600160a01b0384811660248301528381166044830152606482018390526112d09186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050614b41565b60f8816060015160ff16901b608882604001516001600160701b0316901b602883602001516001600160601b0316901b835f015164ffffffffff1617171760115f8481526020019081526020015f20819055505050565b6040516001600160a01b0383811660248301526044820183905261293b91859182169063a9059cbb90606401613f40565b604881608001516001600160a01b0316901b6040826060015160ff16901b6030836040015161ffff16901b6010846020015163ffffffff16901b845f015161ffff161717171760028190555050565b609081604001516001600160701b0316901b602082602001516001600160701b0316901b825f015163ffffffff161717600a5f8581526020019081526020015f205f8481526020019081526020015f2081905550505050565b5f815f036140b157508161117a565b5f6140ba61210d565b9050826140c88260016154dc565b10156140d7575f91505061117a565b5f836140e48360016154dc565b6140ee91906155d9565b905063ffffffff855f5b868111614173575f61410a8a83612161565b805190915063ffffffff9081161480159061412c5750805163ffffffff168511155b801561413e5750805163ffffffff1684115b1561416057805f015163ffffffff16935080602001516001600160701b031692505b508061416b816154c4565b9150506140f8565b50979650505050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60408051608080820183525f8083526020808401829052838501829052606093840182905284518084018652828152808201839052808601839052840182905285825260118152848220548551938401865264ffffffffff81168452602881901c6001600160601b031691840191909152608881901c6001600160701b03169483019490945260f89390931c918101829052916001909116900361427157919050565b5f828152601260209081526040918290208251606081018452905464ffffffffff8082168084526501000000000083046001600160601b031694840194909452600160881b90910460ff161515938201939093528351909216106142ea576142d98282614bad565b91506142e58383613f72565b614325565b805164ffffffffff16431061432557805160405163444d3aab60e01b81526004810185905264ffffffffff90911660248201526044016108a1565b50919050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915261014082101561437f5760405163051db21d60e31b815260040160405180910390fd5b5f61438d602082858761587b565b614396916158a2565b90505f6143a760406020868861587b565b6143b0916158a2565b90505f6143c160606040878961587b565b6143ca916158a2565b90505f6143db60806060888a61587b565b6143e4916158a2565b90505f6143f560a06080898b61587b565b6143fe916158a2565b90505f61440f60c060a08a8c61587b565b614418916158a2565b90505f61442960e060c08b8d61587b565b614432916158a2565b90505f61444461010060e08c8e61587b565b61444d916158a2565b90505f6144606101206101008d8f61587b565b614469916158a2565b5f1c90505f8c8c61012090610140926144849392919061587b565b61448d916158a2565b9050610120821415806144a1575061ffff81115b806144c257506144b281606061556e565b6144be906101406154dc565b8c14155b156144e05760405163051db21d60e31b815260040160405180910390fd5b60a088901c1515806144f55750604087901c15155b806145035750602086901c15155b806145115750602085901c15155b8061451f5750602084901c15155b1561453d5760405163051db21d60e31b815260040160405180910390fd5b7fd3d5a2751c8fe2ff1315253e630510a2d8fbc32003b94963811f50488018bdb88a146145805760405163ca4413ad60e01b8152600481018b90526024016108a1565b4689146145a9576040516324497bc360e01b8152466004820152602481018a90526044016108a1565b6001600160a01b03881630146145e3576040516374bb94c560e11b81523060048201526001600160a01b03891660248201526044016108a1565b6040805160c0810182526001600160401b03909816885263ffffffff9687166020890152948616948701949094525092166060840152608083019190915260a08201529695505050505050565b60408051608080825260a082019092526060916020820181803683370190505090505f608083106146795783515f908152600660205260409020546001600160a01b031661467f565b83608001515b90505f608084106146b0576146956080856155d9565b6146a090608061556e565b6146ab9060016154dc565b6146eb565b6146bb84608061556e565b60408601516146cb90600461556e565b6146d69060036154dc565b6146e19060806154dc565b6146eb91906154dc565b905060808160208501843c505092915050565b5f845160801415806147135750825161010014155b1561471f57505f61475f565b61472885614c13565b80614737575061473783614c13565b1561474357505f61475f565b5f61474e8584614c5b565b905061475b868286614c8e565b9150505b949350505050565b5f5f5f61477261300e565b5161ffff1690505f5b81811015614967575f5f61478f83896139c0565b915091508161479f57505061495f565b5f838152600b602090815260408083208484528252808320815160608101835290546001600160701b038082168352600160701b82041693820193909352600160e01b90920460ff1615159082015290806147fb868585613674565b915091505f83602001516001600160701b031683116148275783602001516001600160701b0316614829565b825b905061483581836155d9565b61483f908b6154dc565b600888811b87175f908152600d6020908152604080832086905560018982018181528d8552600b84528285208c865284528285208b5181548d87015193511515600160e01b0260ff60e01b196001600160701b03958616600160701b026001600160e01b0319909316959093169490941717169190911790558c845260058352818420949092529091208054828a1b1790558154600160f01b80820460ff1690921790910260ff60f01b1990911617808255919b509063ffffffff600160a01b909104168c11614957575f8881526009602052604090208054600180891b909117909155815460ff60f01b1981166002600160f01b9283900460ff161790910217825561494c908a6155d9565b880361495757600199505b505050505050505b60010161477b565b505f61497161300e565b905060055f6149816001856155d9565b815260208101919091526040015f2054600160f01b900460ff1660608201526149a981613ffa565b50509250929050565b5f60016149bd61300e565b516149c891906155bf565b61ffff1690505f5f6149da83876139c0565b91509150816149eb57505050505050565b5f6149f78460016154dc565b90505f5b858111614a5157614a3f8282604051806060016040528063ffffffff801681526020015f6001600160701b031681526020015f6001600160701b0316815250614049565b80614a49816154c4565b9150506149fb565b505f84815260086020908152604080832054600583528184205460099093529220546001851b92831792614a9a928592600160c01b90910463ffffffff16918b91869117613116565b805b801561202857604080516060810182525f8082526020808301829052600183850152868252600b90529182209091614ad384613095565b815260208082019290925260409081015f20835181549385015194909201511515600160e01b0260ff60e01b196001600160701b03958616600160701b026001600160e01b031990951695909316949094179290921716919091179055614b3b6001826155d9565b16614a9c565b5f5f60205f8451602086015f885af180614b60576040513d5f823e3d81fd5b50505f513d91508115614b77578060011415614b84565b6001600160a01b0384163b155b156112d057604051635274afe760e01b81526001600160a01b03851660048201526024016108a1565b604080516080810182525f80825260208201819052918101829052606081019190915260608301805160fe169052604082015115614bf85760608301805160021760ff169052614c0c565b6020808301516001600160601b0316908401525b5090919050565b8051600190602083015f5b82811015614c53578082015160208285031015614c40576008828503602003021c5b8015614c4a575f94505b50602001614c1e565b505050919050565b60408051610100808252610120820190925260609160208201818036833701905050905060208101610ab4848483614d66565b6040805161030080825261032082019092525f9182919060208201818036833701905050905060208082019061010090850160a084015e60806020870161018083015e6101006020860161020083015e6f17f1d3a73197d7942695638c4fa9ac0f81527fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb60208201526f114d1d6855d545a8aa7d76c8cf2e21f260408201527f67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca6060820152614d5c81614de2565b9695505050505050565b5f614d748484610100614e03565b604051909150614d848282614fa3565b5f610100820161010081608085601161c350fa91506101008082016080808601601161c350fa821691506101008561020083600d6105dcfa821691505080613006576040516375c6821d60e11b8152601160048201526024016108a1565b5f6040515f815260208161030085600f62033450fa90516001141692915050565b8151606090801580614e15575060ff81115b15614e3357604051634e26edeb60e11b815260040160405180910390fd5b821580614e415750611fe083115b15614e5f576040516309568f7760e21b815260040160405180910390fd5b5f6020614e6d85601f6154dc565b614e779190615516565b9050614e8481602061556e565b6001600160401b03811115614e9b57614e9b6155ec565b6040519080825280601f01601f191660200182016040528015614ec5576020820181803683370190505b5092505f600190506040515f81525f60208201526040810188518060208b01835e01600887901c815360ff871660018201535f60028201536003018460208901825e848582015360018501810190506020828383038460025afa831692505080518460208901602184015e8485602184010153846022015f60015b868111614f70578184188552806020860153602081028901602081858860025afa90519616959150600101614f40565b505050505084845280614f99576040516375c6821d60e11b8152600260048201526024016108a1565b5050509392505050565b602082015f5b60048110156112d0576040810282018051602090910151607c82901c5f197009d835d2f3cc9e45ce28101b0cc7a6ba2982097009d835d2f3cc9e45ce28101b0cc7a6ba29820291508160841c82821083830303607c1b175f195f5160206158eb5f395f51905f52820991505f5160206158eb5f395f51905f5281029250828210838303036f1a0111ea397fe69a4b1ba7b6434bacd7820201915050818310818503039350508082039150505f5b60028110156150de575f5160206158eb5f395f51905f528210156f1a0111ea397fe69a4b1ba7b6434bacd78414166f1a0111ea397fe69a4b1ba7b6434bacd7841117156150d6575f5160206158eb5f395f51905f5282106f1a0111ea397fe69a4b1ba7b6434bacd784030392505f5160206158eb5f395f51905f52820391505b600101615056565b50604083028501918252602090910152600101614fa9565b6001600160a01b0381168114611ac9575f5ffd5b5f6020828403121561511a575f5ffd5b813561117a816150f6565b5f5f60408385031215615136575f5ffd5b8235615141816150f6565b946020939093013593505050565b63ffffffff81168114611ac9575f5ffd5b5f60208284031215615170575f5ffd5b813561117a8161514f565b6001600160401b0381168114611ac9575f5ffd5b5f6020828403121561519f575f5ffd5b813561117a8161517b565b5f5f5f604084860312156151bc575f5ffd5b83356151c78161514f565b925060208401356001600160401b038111156151e1575f5ffd5b8401601f810186136151f1575f5ffd5b80356001600160401b03811115615206575f5ffd5b8660208260051b840101111561521a575f5ffd5b939660209190910195509293505050565b5f6020828403121561523b575f5ffd5b5035919050565b5f5f60408385031215615253575f5ffd5b50508035926020909101359150565b604080825283519082018190525f9060208501906060840190835b818110156152a157835163ffffffff1683526020938401939092019160010161527d565b5050838103602080860191909152855180835291810192508501905f5b818110156152e55782516001600160a01b03168452602093840193909201916001016152be565b50919695505050505050565b5f5f60408385031215615302575f5ffd5b82356151418161514f565b5f60608201858352846020840152606060408401528084518083526080850191506020860192505f5b8181101561538857835163ffffffff81511684526001600160701b0360208201511660208501526001600160701b03604082015116604085015250606083019250602084019350600181019050615336565b5090979650505050505050565b5f5f83601f8401126153a5575f5ffd5b5081356001600160401b038111156153bb575f5ffd5b602083019150836020828501011115612e63575f5ffd5b5f5f5f5f5f5f5f5f5f60a08a8c0312156153ea575f5ffd5b89356153f58161514f565b985060208a01356001600160401b0381111561540f575f5ffd5b61541b8c828d01615395565b90995097505060408a01356001600160401b03811115615439575f5ffd5b6154458c828d01615395565b90975095505060608a01356001600160401b03811115615463575f5ffd5b61546f8c828d01615395565b90955093505060808a01356001600160401b0381111561548d575f5ffd5b6154998c828d01615395565b915080935050809150509295985092959850929598565b634e487b7160e01b5f52601160045260245ffd5b5f600182016154d5576154d56154b0565b5060010190565b80820180821115610ae157610ae16154b0565b634e487b7160e01b5f52601260045260245ffd5b5f82615511576155116154ef565b500690565b5f82615524576155246154ef565b500490565b8051611e2f8161514f565b5f60208284031215615544575f5ffd5b815161117a8161514f565b6001600160801b038281168282160390811115610ae157610ae16154b0565b8082028115828204841417610ae157610ae16154b0565b8051611e2f816150f6565b5f602082840312156155a0575f5ffd5b815161117a816150f6565b634e487b7160e01b5f52603260045260245ffd5b61ffff8281168282160390811115610ae157610ae16154b0565b81810381811115610ae157610ae16154b0565b634e487b7160e01b5f52604160045260245ffd5b5f8161560e5761560e6154b0565b505f190190565b6040516101c081016001600160401b038111828210171561564457634e487b7160e01b5f52604160045260245ffd5b60405290565b8051611e2f8161517b565b805161ffff81168114611e2f575f5ffd5b80516001600160801b0381168114611e2f575f5ffd5b5f6101c082840312801561568e575f5ffd5b50615697615615565b6156a083615585565b81526156ae60208401615585565b60208201526156bf60408401615585565b60408201526156d06060840161564a565b60608201526156e16080840161564a565b60808201526156f260a0840161564a565b60a082015261570360c0840161564a565b60c082015261571460e0840161564a565b60e08201526157266101008401615655565b6101008201526157396101208401615655565b61012082015261574c6101408401615655565b61014082015261575f6101608401615655565b6101608201526157726101808401615666565b6101808201526157856101a08401615529565b6101a08201529392505050565b5f602082840312156157a2575f5ffd5b5051919050565b63ffffffff8181168382160190811115610ae157610ae16154b0565b5f5f5f606084860312156157d7575f5ffd5b83516157e2816150f6565b60208501519093506157f3816150f6565b915061580160408501615655565b90509250925092565b5f82518060208501845e5f920191825250919050565b818382375f9101908152919050565b6001600160401b038281168282160390811115610ae157610ae16154b0565b5f6001600160401b03831680615866576158666154ef565b806001600160401b0384160691505092915050565b5f5f85851115615889575f5ffd5b83861115615895575f5ffd5b5050820193919092039150565b80356020831015610ae1575f19602084900360031b1b169291505056fe424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaaba164736f6c6343000825000a",
}

// UpkeepingAdminABI is the input ABI used to generate the binding from.
// Deprecated: Use UpkeepingAdminMetaData.ABI instead.
var UpkeepingAdminABI = UpkeepingAdminMetaData.ABI

// UpkeepingAdminBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use UpkeepingAdminMetaData.Bin instead.
var UpkeepingAdminBin = UpkeepingAdminMetaData.Bin

// DeployUpkeepingAdmin deploys a new Ethereum contract, binding an instance of UpkeepingAdmin to it.
func DeployUpkeepingAdmin(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *UpkeepingAdmin, error) {
	parsed, err := UpkeepingAdminMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(UpkeepingAdminBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &UpkeepingAdmin{UpkeepingAdminCaller: UpkeepingAdminCaller{contract: contract}, UpkeepingAdminTransactor: UpkeepingAdminTransactor{contract: contract}, UpkeepingAdminFilterer: UpkeepingAdminFilterer{contract: contract}}, nil
}

// UpkeepingAdmin is an auto generated Go binding around an Ethereum contract.
type UpkeepingAdmin struct {
	UpkeepingAdminCaller     // Read-only binding to the contract
	UpkeepingAdminTransactor // Write-only binding to the contract
	UpkeepingAdminFilterer   // Log filterer for contract events
}

// UpkeepingAdminCaller is an auto generated read-only Go binding around an Ethereum contract.
type UpkeepingAdminCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpkeepingAdminTransactor is an auto generated write-only Go binding around an Ethereum contract.
type UpkeepingAdminTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpkeepingAdminFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type UpkeepingAdminFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpkeepingAdminSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type UpkeepingAdminSession struct {
	Contract     *UpkeepingAdmin   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// UpkeepingAdminCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type UpkeepingAdminCallerSession struct {
	Contract *UpkeepingAdminCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// UpkeepingAdminTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type UpkeepingAdminTransactorSession struct {
	Contract     *UpkeepingAdminTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// UpkeepingAdminRaw is an auto generated low-level Go binding around an Ethereum contract.
type UpkeepingAdminRaw struct {
	Contract *UpkeepingAdmin // Generic contract binding to access the raw methods on
}

// UpkeepingAdminCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type UpkeepingAdminCallerRaw struct {
	Contract *UpkeepingAdminCaller // Generic read-only contract binding to access the raw methods on
}

// UpkeepingAdminTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type UpkeepingAdminTransactorRaw struct {
	Contract *UpkeepingAdminTransactor // Generic write-only contract binding to access the raw methods on
}

// NewUpkeepingAdmin creates a new instance of UpkeepingAdmin, bound to a specific deployed contract.
func NewUpkeepingAdmin(address common.Address, backend bind.ContractBackend) (*UpkeepingAdmin, error) {
	contract, err := bindUpkeepingAdmin(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdmin{UpkeepingAdminCaller: UpkeepingAdminCaller{contract: contract}, UpkeepingAdminTransactor: UpkeepingAdminTransactor{contract: contract}, UpkeepingAdminFilterer: UpkeepingAdminFilterer{contract: contract}}, nil
}

// NewUpkeepingAdminCaller creates a new read-only instance of UpkeepingAdmin, bound to a specific deployed contract.
func NewUpkeepingAdminCaller(address common.Address, caller bind.ContractCaller) (*UpkeepingAdminCaller, error) {
	contract, err := bindUpkeepingAdmin(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminCaller{contract: contract}, nil
}

// NewUpkeepingAdminTransactor creates a new write-only instance of UpkeepingAdmin, bound to a specific deployed contract.
func NewUpkeepingAdminTransactor(address common.Address, transactor bind.ContractTransactor) (*UpkeepingAdminTransactor, error) {
	contract, err := bindUpkeepingAdmin(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminTransactor{contract: contract}, nil
}

// NewUpkeepingAdminFilterer creates a new log filterer instance of UpkeepingAdmin, bound to a specific deployed contract.
func NewUpkeepingAdminFilterer(address common.Address, filterer bind.ContractFilterer) (*UpkeepingAdminFilterer, error) {
	contract, err := bindUpkeepingAdmin(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminFilterer{contract: contract}, nil
}

// bindUpkeepingAdmin binds a generic wrapper to an already deployed contract.
func bindUpkeepingAdmin(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := UpkeepingAdminMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_UpkeepingAdmin *UpkeepingAdminRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _UpkeepingAdmin.Contract.UpkeepingAdminCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_UpkeepingAdmin *UpkeepingAdminRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.UpkeepingAdminTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_UpkeepingAdmin *UpkeepingAdminRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.UpkeepingAdminTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_UpkeepingAdmin *UpkeepingAdminCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _UpkeepingAdmin.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_UpkeepingAdmin *UpkeepingAdminTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_UpkeepingAdmin *UpkeepingAdminTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.contract.Transact(opts, method, params...)
}

// MAXGROUP is a free data retrieval call binding the contract method 0x628b732f.
//
// Solidity: function MAX_GROUP() view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCaller) MAXGROUP(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "MAX_GROUP")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXGROUP is a free data retrieval call binding the contract method 0x628b732f.
//
// Solidity: function MAX_GROUP() view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminSession) MAXGROUP() (*big.Int, error) {
	return _UpkeepingAdmin.Contract.MAXGROUP(&_UpkeepingAdmin.CallOpts)
}

// MAXGROUP is a free data retrieval call binding the contract method 0x628b732f.
//
// Solidity: function MAX_GROUP() view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) MAXGROUP() (*big.Int, error) {
	return _UpkeepingAdmin.Contract.MAXGROUP(&_UpkeepingAdmin.CallOpts)
}

// MAXVESTPERIODS is a free data retrieval call binding the contract method 0xb1278430.
//
// Solidity: function MAX_VEST_PERIODS() view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCaller) MAXVESTPERIODS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "MAX_VEST_PERIODS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXVESTPERIODS is a free data retrieval call binding the contract method 0xb1278430.
//
// Solidity: function MAX_VEST_PERIODS() view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminSession) MAXVESTPERIODS() (*big.Int, error) {
	return _UpkeepingAdmin.Contract.MAXVESTPERIODS(&_UpkeepingAdmin.CallOpts)
}

// MAXVESTPERIODS is a free data retrieval call binding the contract method 0xb1278430.
//
// Solidity: function MAX_VEST_PERIODS() view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) MAXVESTPERIODS() (*big.Int, error) {
	return _UpkeepingAdmin.Contract.MAXVESTPERIODS(&_UpkeepingAdmin.CallOpts)
}

// PRICESCALE is a free data retrieval call binding the contract method 0xc33f59d3.
//
// Solidity: function PRICE_SCALE() view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCaller) PRICESCALE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "PRICE_SCALE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PRICESCALE is a free data retrieval call binding the contract method 0xc33f59d3.
//
// Solidity: function PRICE_SCALE() view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminSession) PRICESCALE() (*big.Int, error) {
	return _UpkeepingAdmin.Contract.PRICESCALE(&_UpkeepingAdmin.CallOpts)
}

// PRICESCALE is a free data retrieval call binding the contract method 0xc33f59d3.
//
// Solidity: function PRICE_SCALE() view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) PRICESCALE() (*big.Int, error) {
	return _UpkeepingAdmin.Contract.PRICESCALE(&_UpkeepingAdmin.CallOpts)
}

// REPORTTAG is a free data retrieval call binding the contract method 0xf62f6d6e.
//
// Solidity: function REPORT_TAG() view returns(bytes32)
func (_UpkeepingAdmin *UpkeepingAdminCaller) REPORTTAG(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "REPORT_TAG")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REPORTTAG is a free data retrieval call binding the contract method 0xf62f6d6e.
//
// Solidity: function REPORT_TAG() view returns(bytes32)
func (_UpkeepingAdmin *UpkeepingAdminSession) REPORTTAG() ([32]byte, error) {
	return _UpkeepingAdmin.Contract.REPORTTAG(&_UpkeepingAdmin.CallOpts)
}

// REPORTTAG is a free data retrieval call binding the contract method 0xf62f6d6e.
//
// Solidity: function REPORT_TAG() view returns(bytes32)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) REPORTTAG() ([32]byte, error) {
	return _UpkeepingAdmin.Contract.REPORTTAG(&_UpkeepingAdmin.CallOpts)
}

// Accounting is a free data retrieval call binding the contract method 0xcabfbfbf.
//
// Solidity: function accounting(uint256 e) view returns(uint256 acc, uint256 hot, (uint32,uint112,uint112)[] ring)
func (_UpkeepingAdmin *UpkeepingAdminCaller) Accounting(opts *bind.CallOpts, e *big.Int) (struct {
	Acc  *big.Int
	Hot  *big.Int
	Ring []UpkeepingBaseCheckpoint
}, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "accounting", e)

	outstruct := new(struct {
		Acc  *big.Int
		Hot  *big.Int
		Ring []UpkeepingBaseCheckpoint
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Acc = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Hot = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Ring = *abi.ConvertType(out[2], new([]UpkeepingBaseCheckpoint)).(*[]UpkeepingBaseCheckpoint)

	return *outstruct, err

}

// Accounting is a free data retrieval call binding the contract method 0xcabfbfbf.
//
// Solidity: function accounting(uint256 e) view returns(uint256 acc, uint256 hot, (uint32,uint112,uint112)[] ring)
func (_UpkeepingAdmin *UpkeepingAdminSession) Accounting(e *big.Int) (struct {
	Acc  *big.Int
	Hot  *big.Int
	Ring []UpkeepingBaseCheckpoint
}, error) {
	return _UpkeepingAdmin.Contract.Accounting(&_UpkeepingAdmin.CallOpts, e)
}

// Accounting is a free data retrieval call binding the contract method 0xcabfbfbf.
//
// Solidity: function accounting(uint256 e) view returns(uint256 acc, uint256 hot, (uint32,uint112,uint112)[] ring)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) Accounting(e *big.Int) (struct {
	Acc  *big.Int
	Hot  *big.Int
	Ring []UpkeepingBaseCheckpoint
}, error) {
	return _UpkeepingAdmin.Contract.Accounting(&_UpkeepingAdmin.CallOpts, e)
}

// BondOf is a free data retrieval call binding the contract method 0x3623b4e9.
//
// Solidity: function bondOf(uint32 keeperId) view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCaller) BondOf(opts *bind.CallOpts, keeperId uint32) (*big.Int, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "bondOf", keeperId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BondOf is a free data retrieval call binding the contract method 0x3623b4e9.
//
// Solidity: function bondOf(uint32 keeperId) view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminSession) BondOf(keeperId uint32) (*big.Int, error) {
	return _UpkeepingAdmin.Contract.BondOf(&_UpkeepingAdmin.CallOpts, keeperId)
}

// BondOf is a free data retrieval call binding the contract method 0x3623b4e9.
//
// Solidity: function bondOf(uint32 keeperId) view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) BondOf(keeperId uint32) (*big.Int, error) {
	return _UpkeepingAdmin.Contract.BondOf(&_UpkeepingAdmin.CallOpts, keeperId)
}

// Epoch is a free data retrieval call binding the contract method 0x5487c577.
//
// Solidity: function epoch(uint256 e) view returns(uint32 groupId, uint64 from, uint16 size, uint256 noShare, uint256 removed)
func (_UpkeepingAdmin *UpkeepingAdminCaller) Epoch(opts *bind.CallOpts, e *big.Int) (struct {
	GroupId uint32
	From    uint64
	Size    uint16
	NoShare *big.Int
	Removed *big.Int
}, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "epoch", e)

	outstruct := new(struct {
		GroupId uint32
		From    uint64
		Size    uint16
		NoShare *big.Int
		Removed *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.GroupId = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.From = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Size = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.NoShare = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Removed = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Epoch is a free data retrieval call binding the contract method 0x5487c577.
//
// Solidity: function epoch(uint256 e) view returns(uint32 groupId, uint64 from, uint16 size, uint256 noShare, uint256 removed)
func (_UpkeepingAdmin *UpkeepingAdminSession) Epoch(e *big.Int) (struct {
	GroupId uint32
	From    uint64
	Size    uint16
	NoShare *big.Int
	Removed *big.Int
}, error) {
	return _UpkeepingAdmin.Contract.Epoch(&_UpkeepingAdmin.CallOpts, e)
}

// Epoch is a free data retrieval call binding the contract method 0x5487c577.
//
// Solidity: function epoch(uint256 e) view returns(uint32 groupId, uint64 from, uint16 size, uint256 noShare, uint256 removed)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) Epoch(e *big.Int) (struct {
	GroupId uint32
	From    uint64
	Size    uint16
	NoShare *big.Int
	Removed *big.Int
}, error) {
	return _UpkeepingAdmin.Contract.Epoch(&_UpkeepingAdmin.CallOpts, e)
}

// EpochFor is a free data retrieval call binding the contract method 0x4453012a.
//
// Solidity: function epochFor(uint64 te) view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCaller) EpochFor(opts *bind.CallOpts, te uint64) (*big.Int, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "epochFor", te)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochFor is a free data retrieval call binding the contract method 0x4453012a.
//
// Solidity: function epochFor(uint64 te) view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminSession) EpochFor(te uint64) (*big.Int, error) {
	return _UpkeepingAdmin.Contract.EpochFor(&_UpkeepingAdmin.CallOpts, te)
}

// EpochFor is a free data retrieval call binding the contract method 0x4453012a.
//
// Solidity: function epochFor(uint64 te) view returns(uint256)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) EpochFor(te uint64) (*big.Int, error) {
	return _UpkeepingAdmin.Contract.EpochFor(&_UpkeepingAdmin.CallOpts, te)
}

// IsActiveKeeper is a free data retrieval call binding the contract method 0x2224768d.
//
// Solidity: function isActiveKeeper(address account) view returns(bool active)
func (_UpkeepingAdmin *UpkeepingAdminCaller) IsActiveKeeper(opts *bind.CallOpts, account common.Address) (bool, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "isActiveKeeper", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsActiveKeeper is a free data retrieval call binding the contract method 0x2224768d.
//
// Solidity: function isActiveKeeper(address account) view returns(bool active)
func (_UpkeepingAdmin *UpkeepingAdminSession) IsActiveKeeper(account common.Address) (bool, error) {
	return _UpkeepingAdmin.Contract.IsActiveKeeper(&_UpkeepingAdmin.CallOpts, account)
}

// IsActiveKeeper is a free data retrieval call binding the contract method 0x2224768d.
//
// Solidity: function isActiveKeeper(address account) view returns(bool active)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) IsActiveKeeper(account common.Address) (bool, error) {
	return _UpkeepingAdmin.Contract.IsActiveKeeper(&_UpkeepingAdmin.CallOpts, account)
}

// IsActiveKeeperUntil is a free data retrieval call binding the contract method 0xf2e676d4.
//
// Solidity: function isActiveKeeperUntil(address account) view returns(bool active, uint64 until)
func (_UpkeepingAdmin *UpkeepingAdminCaller) IsActiveKeeperUntil(opts *bind.CallOpts, account common.Address) (struct {
	Active bool
	Until  uint64
}, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "isActiveKeeperUntil", account)

	outstruct := new(struct {
		Active bool
		Until  uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Active = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Until = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// IsActiveKeeperUntil is a free data retrieval call binding the contract method 0xf2e676d4.
//
// Solidity: function isActiveKeeperUntil(address account) view returns(bool active, uint64 until)
func (_UpkeepingAdmin *UpkeepingAdminSession) IsActiveKeeperUntil(account common.Address) (struct {
	Active bool
	Until  uint64
}, error) {
	return _UpkeepingAdmin.Contract.IsActiveKeeperUntil(&_UpkeepingAdmin.CallOpts, account)
}

// IsActiveKeeperUntil is a free data retrieval call binding the contract method 0xf2e676d4.
//
// Solidity: function isActiveKeeperUntil(address account) view returns(bool active, uint64 until)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) IsActiveKeeperUntil(account common.Address) (struct {
	Active bool
	Until  uint64
}, error) {
	return _UpkeepingAdmin.Contract.IsActiveKeeperUntil(&_UpkeepingAdmin.CallOpts, account)
}

// IsSlashed is a free data retrieval call binding the contract method 0x8b9b2485.
//
// Solidity: function isSlashed(uint32 keeperId) view returns(bool)
func (_UpkeepingAdmin *UpkeepingAdminCaller) IsSlashed(opts *bind.CallOpts, keeperId uint32) (bool, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "isSlashed", keeperId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsSlashed is a free data retrieval call binding the contract method 0x8b9b2485.
//
// Solidity: function isSlashed(uint32 keeperId) view returns(bool)
func (_UpkeepingAdmin *UpkeepingAdminSession) IsSlashed(keeperId uint32) (bool, error) {
	return _UpkeepingAdmin.Contract.IsSlashed(&_UpkeepingAdmin.CallOpts, keeperId)
}

// IsSlashed is a free data retrieval call binding the contract method 0x8b9b2485.
//
// Solidity: function isSlashed(uint32 keeperId) view returns(bool)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) IsSlashed(keeperId uint32) (bool, error) {
	return _UpkeepingAdmin.Contract.IsSlashed(&_UpkeepingAdmin.CallOpts, keeperId)
}

// KeeperAccount is a free data retrieval call binding the contract method 0x5abf082c.
//
// Solidity: function keeperAccount(uint256 e, uint256 i) view returns(uint256 earned, uint256 available, uint256 locked, uint256 claimed, bool slashed)
func (_UpkeepingAdmin *UpkeepingAdminCaller) KeeperAccount(opts *bind.CallOpts, e *big.Int, i *big.Int) (struct {
	Earned    *big.Int
	Available *big.Int
	Locked    *big.Int
	Claimed   *big.Int
	Slashed   bool
}, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "keeperAccount", e, i)

	outstruct := new(struct {
		Earned    *big.Int
		Available *big.Int
		Locked    *big.Int
		Claimed   *big.Int
		Slashed   bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Earned = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Available = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Locked = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.Claimed = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Slashed = *abi.ConvertType(out[4], new(bool)).(*bool)

	return *outstruct, err

}

// KeeperAccount is a free data retrieval call binding the contract method 0x5abf082c.
//
// Solidity: function keeperAccount(uint256 e, uint256 i) view returns(uint256 earned, uint256 available, uint256 locked, uint256 claimed, bool slashed)
func (_UpkeepingAdmin *UpkeepingAdminSession) KeeperAccount(e *big.Int, i *big.Int) (struct {
	Earned    *big.Int
	Available *big.Int
	Locked    *big.Int
	Claimed   *big.Int
	Slashed   bool
}, error) {
	return _UpkeepingAdmin.Contract.KeeperAccount(&_UpkeepingAdmin.CallOpts, e, i)
}

// KeeperAccount is a free data retrieval call binding the contract method 0x5abf082c.
//
// Solidity: function keeperAccount(uint256 e, uint256 i) view returns(uint256 earned, uint256 available, uint256 locked, uint256 claimed, bool slashed)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) KeeperAccount(e *big.Int, i *big.Int) (struct {
	Earned    *big.Int
	Available *big.Int
	Locked    *big.Int
	Claimed   *big.Int
	Slashed   bool
}, error) {
	return _UpkeepingAdmin.Contract.KeeperAccount(&_UpkeepingAdmin.CallOpts, e, i)
}

// LeaderOrder is a free data retrieval call binding the contract method 0x6177fae9.
//
// Solidity: function leaderOrder(uint64 te) view returns(uint32[] positions, address[] accounts)
func (_UpkeepingAdmin *UpkeepingAdminCaller) LeaderOrder(opts *bind.CallOpts, te uint64) (struct {
	Positions []uint32
	Accounts  []common.Address
}, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "leaderOrder", te)

	outstruct := new(struct {
		Positions []uint32
		Accounts  []common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Positions = *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	outstruct.Accounts = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)

	return *outstruct, err

}

// LeaderOrder is a free data retrieval call binding the contract method 0x6177fae9.
//
// Solidity: function leaderOrder(uint64 te) view returns(uint32[] positions, address[] accounts)
func (_UpkeepingAdmin *UpkeepingAdminSession) LeaderOrder(te uint64) (struct {
	Positions []uint32
	Accounts  []common.Address
}, error) {
	return _UpkeepingAdmin.Contract.LeaderOrder(&_UpkeepingAdmin.CallOpts, te)
}

// LeaderOrder is a free data retrieval call binding the contract method 0x6177fae9.
//
// Solidity: function leaderOrder(uint64 te) view returns(uint32[] positions, address[] accounts)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) LeaderOrder(te uint64) (struct {
	Positions []uint32
	Accounts  []common.Address
}, error) {
	return _UpkeepingAdmin.Contract.LeaderOrder(&_UpkeepingAdmin.CallOpts, te)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_UpkeepingAdmin *UpkeepingAdminCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_UpkeepingAdmin *UpkeepingAdminSession) Owner() (common.Address, error) {
	return _UpkeepingAdmin.Contract.Owner(&_UpkeepingAdmin.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) Owner() (common.Address, error) {
	return _UpkeepingAdmin.Contract.Owner(&_UpkeepingAdmin.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_UpkeepingAdmin *UpkeepingAdminCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_UpkeepingAdmin *UpkeepingAdminSession) PendingOwner() (common.Address, error) {
	return _UpkeepingAdmin.Contract.PendingOwner(&_UpkeepingAdmin.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) PendingOwner() (common.Address, error) {
	return _UpkeepingAdmin.Contract.PendingOwner(&_UpkeepingAdmin.CallOpts)
}

// Runway is a free data retrieval call binding the contract method 0x00c566ec.
//
// Solidity: function runway() view returns(uint256 periods, uint256 rate)
func (_UpkeepingAdmin *UpkeepingAdminCaller) Runway(opts *bind.CallOpts) (struct {
	Periods *big.Int
	Rate    *big.Int
}, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "runway")

	outstruct := new(struct {
		Periods *big.Int
		Rate    *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Periods = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Rate = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Runway is a free data retrieval call binding the contract method 0x00c566ec.
//
// Solidity: function runway() view returns(uint256 periods, uint256 rate)
func (_UpkeepingAdmin *UpkeepingAdminSession) Runway() (struct {
	Periods *big.Int
	Rate    *big.Int
}, error) {
	return _UpkeepingAdmin.Contract.Runway(&_UpkeepingAdmin.CallOpts)
}

// Runway is a free data retrieval call binding the contract method 0x00c566ec.
//
// Solidity: function runway() view returns(uint256 periods, uint256 rate)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) Runway() (struct {
	Periods *big.Int
	Rate    *big.Int
}, error) {
	return _UpkeepingAdmin.Contract.Runway(&_UpkeepingAdmin.CallOpts)
}

// SurplusRequest is a free data retrieval call binding the contract method 0x18f8d6be.
//
// Solidity: function surplusRequest() view returns(address to, uint256 amount, uint64 notBefore)
func (_UpkeepingAdmin *UpkeepingAdminCaller) SurplusRequest(opts *bind.CallOpts) (struct {
	To        common.Address
	Amount    *big.Int
	NotBefore uint64
}, error) {
	var out []interface{}
	err := _UpkeepingAdmin.contract.Call(opts, &out, "surplusRequest")

	outstruct := new(struct {
		To        common.Address
		Amount    *big.Int
		NotBefore uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.To = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.NotBefore = *abi.ConvertType(out[2], new(uint64)).(*uint64)

	return *outstruct, err

}

// SurplusRequest is a free data retrieval call binding the contract method 0x18f8d6be.
//
// Solidity: function surplusRequest() view returns(address to, uint256 amount, uint64 notBefore)
func (_UpkeepingAdmin *UpkeepingAdminSession) SurplusRequest() (struct {
	To        common.Address
	Amount    *big.Int
	NotBefore uint64
}, error) {
	return _UpkeepingAdmin.Contract.SurplusRequest(&_UpkeepingAdmin.CallOpts)
}

// SurplusRequest is a free data retrieval call binding the contract method 0x18f8d6be.
//
// Solidity: function surplusRequest() view returns(address to, uint256 amount, uint64 notBefore)
func (_UpkeepingAdmin *UpkeepingAdminCallerSession) SurplusRequest() (struct {
	To        common.Address
	Amount    *big.Int
	NotBefore uint64
}, error) {
	return _UpkeepingAdmin.Contract.SurplusRequest(&_UpkeepingAdmin.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) AcceptOwnership() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.AcceptOwnership(&_UpkeepingAdmin.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.AcceptOwnership(&_UpkeepingAdmin.TransactOpts)
}

// AddProvider is a paid mutator transaction binding the contract method 0x307ef418.
//
// Solidity: function addProvider(address account, uint256 price) returns(uint32)
func (_UpkeepingAdmin *UpkeepingAdminTransactor) AddProvider(opts *bind.TransactOpts, account common.Address, price *big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "addProvider", account, price)
}

// AddProvider is a paid mutator transaction binding the contract method 0x307ef418.
//
// Solidity: function addProvider(address account, uint256 price) returns(uint32)
func (_UpkeepingAdmin *UpkeepingAdminSession) AddProvider(account common.Address, price *big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.AddProvider(&_UpkeepingAdmin.TransactOpts, account, price)
}

// AddProvider is a paid mutator transaction binding the contract method 0x307ef418.
//
// Solidity: function addProvider(address account, uint256 price) returns(uint32)
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) AddProvider(account common.Address, price *big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.AddProvider(&_UpkeepingAdmin.TransactOpts, account, price)
}

// CancelSurplus is a paid mutator transaction binding the contract method 0x5cf5695b.
//
// Solidity: function cancelSurplus() returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) CancelSurplus(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "cancelSurplus")
}

// CancelSurplus is a paid mutator transaction binding the contract method 0x5cf5695b.
//
// Solidity: function cancelSurplus() returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) CancelSurplus() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.CancelSurplus(&_UpkeepingAdmin.TransactOpts)
}

// CancelSurplus is a paid mutator transaction binding the contract method 0x5cf5695b.
//
// Solidity: function cancelSurplus() returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) CancelSurplus() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.CancelSurplus(&_UpkeepingAdmin.TransactOpts)
}

// ExecuteSurplus is a paid mutator transaction binding the contract method 0x368700f8.
//
// Solidity: function executeSurplus() returns(uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminTransactor) ExecuteSurplus(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "executeSurplus")
}

// ExecuteSurplus is a paid mutator transaction binding the contract method 0x368700f8.
//
// Solidity: function executeSurplus() returns(uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminSession) ExecuteSurplus() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.ExecuteSurplus(&_UpkeepingAdmin.TransactOpts)
}

// ExecuteSurplus is a paid mutator transaction binding the contract method 0x368700f8.
//
// Solidity: function executeSurplus() returns(uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) ExecuteSurplus() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.ExecuteSurplus(&_UpkeepingAdmin.TransactOpts)
}

// PostBond is a paid mutator transaction binding the contract method 0x09f8d4a8.
//
// Solidity: function postBond() payable returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) PostBond(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "postBond")
}

// PostBond is a paid mutator transaction binding the contract method 0x09f8d4a8.
//
// Solidity: function postBond() payable returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) PostBond() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.PostBond(&_UpkeepingAdmin.TransactOpts)
}

// PostBond is a paid mutator transaction binding the contract method 0x09f8d4a8.
//
// Solidity: function postBond() payable returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) PostBond() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.PostBond(&_UpkeepingAdmin.TransactOpts)
}

// RemoveProvider is a paid mutator transaction binding the contract method 0x741adbe5.
//
// Solidity: function removeProvider(uint32 index) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) RemoveProvider(opts *bind.TransactOpts, index uint32) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "removeProvider", index)
}

// RemoveProvider is a paid mutator transaction binding the contract method 0x741adbe5.
//
// Solidity: function removeProvider(uint32 index) returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) RemoveProvider(index uint32) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.RemoveProvider(&_UpkeepingAdmin.TransactOpts, index)
}

// RemoveProvider is a paid mutator transaction binding the contract method 0x741adbe5.
//
// Solidity: function removeProvider(uint32 index) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) RemoveProvider(index uint32) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.RemoveProvider(&_UpkeepingAdmin.TransactOpts, index)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) RenounceOwnership() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.RenounceOwnership(&_UpkeepingAdmin.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.RenounceOwnership(&_UpkeepingAdmin.TransactOpts)
}

// RequestSurplus is a paid mutator transaction binding the contract method 0x39519f65.
//
// Solidity: function requestSurplus(address to, uint256 amount) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) RequestSurplus(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "requestSurplus", to, amount)
}

// RequestSurplus is a paid mutator transaction binding the contract method 0x39519f65.
//
// Solidity: function requestSurplus(address to, uint256 amount) returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) RequestSurplus(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.RequestSurplus(&_UpkeepingAdmin.TransactOpts, to, amount)
}

// RequestSurplus is a paid mutator transaction binding the contract method 0x39519f65.
//
// Solidity: function requestSurplus(address to, uint256 amount) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) RequestSurplus(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.RequestSurplus(&_UpkeepingAdmin.TransactOpts, to, amount)
}

// ScheduleGroup is a paid mutator transaction binding the contract method 0x51160450.
//
// Solidity: function scheduleGroup(uint32 groupId) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) ScheduleGroup(opts *bind.TransactOpts, groupId uint32) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "scheduleGroup", groupId)
}

// ScheduleGroup is a paid mutator transaction binding the contract method 0x51160450.
//
// Solidity: function scheduleGroup(uint32 groupId) returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) ScheduleGroup(groupId uint32) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.ScheduleGroup(&_UpkeepingAdmin.TransactOpts, groupId)
}

// ScheduleGroup is a paid mutator transaction binding the contract method 0x51160450.
//
// Solidity: function scheduleGroup(uint32 groupId) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) ScheduleGroup(groupId uint32) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.ScheduleGroup(&_UpkeepingAdmin.TransactOpts, groupId)
}

// SetPrice is a paid mutator transaction binding the contract method 0x8e1857e8.
//
// Solidity: function setPrice(uint32 index, uint256 price) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) SetPrice(opts *bind.TransactOpts, index uint32, price *big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "setPrice", index, price)
}

// SetPrice is a paid mutator transaction binding the contract method 0x8e1857e8.
//
// Solidity: function setPrice(uint32 index, uint256 price) returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) SetPrice(index uint32, price *big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.SetPrice(&_UpkeepingAdmin.TransactOpts, index, price)
}

// SetPrice is a paid mutator transaction binding the contract method 0x8e1857e8.
//
// Solidity: function setPrice(uint32 index, uint256 price) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) SetPrice(index uint32, price *big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.SetPrice(&_UpkeepingAdmin.TransactOpts, index, price)
}

// Slash is a paid mutator transaction binding the contract method 0xcf0f37cb.
//
// Solidity: function slash(uint32 keeperId, bytes reportA, bytes sigA, bytes reportB, bytes sigB) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) Slash(opts *bind.TransactOpts, keeperId uint32, reportA []byte, sigA []byte, reportB []byte, sigB []byte) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "slash", keeperId, reportA, sigA, reportB, sigB)
}

// Slash is a paid mutator transaction binding the contract method 0xcf0f37cb.
//
// Solidity: function slash(uint32 keeperId, bytes reportA, bytes sigA, bytes reportB, bytes sigB) returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) Slash(keeperId uint32, reportA []byte, sigA []byte, reportB []byte, sigB []byte) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.Slash(&_UpkeepingAdmin.TransactOpts, keeperId, reportA, sigA, reportB, sigB)
}

// Slash is a paid mutator transaction binding the contract method 0xcf0f37cb.
//
// Solidity: function slash(uint32 keeperId, bytes reportA, bytes sigA, bytes reportB, bytes sigB) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) Slash(keeperId uint32, reportA []byte, sigA []byte, reportB []byte, sigB []byte) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.Slash(&_UpkeepingAdmin.TransactOpts, keeperId, reportA, sigA, reportB, sigB)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_UpkeepingAdmin *UpkeepingAdminSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.TransferOwnership(&_UpkeepingAdmin.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.TransferOwnership(&_UpkeepingAdmin.TransactOpts, newOwner)
}

// WithdrawBond is a paid mutator transaction binding the contract method 0x8d388a0e.
//
// Solidity: function withdrawBond(uint32 keeperId) returns(uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminTransactor) WithdrawBond(opts *bind.TransactOpts, keeperId uint32) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "withdrawBond", keeperId)
}

// WithdrawBond is a paid mutator transaction binding the contract method 0x8d388a0e.
//
// Solidity: function withdrawBond(uint32 keeperId) returns(uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminSession) WithdrawBond(keeperId uint32) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.WithdrawBond(&_UpkeepingAdmin.TransactOpts, keeperId)
}

// WithdrawBond is a paid mutator transaction binding the contract method 0x8d388a0e.
//
// Solidity: function withdrawBond(uint32 keeperId) returns(uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) WithdrawBond(keeperId uint32) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.WithdrawBond(&_UpkeepingAdmin.TransactOpts, keeperId)
}

// WithdrawKeeper is a paid mutator transaction binding the contract method 0x4e860557.
//
// Solidity: function withdrawKeeper(uint32 keeperId, uint256[] epochs) returns(uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminTransactor) WithdrawKeeper(opts *bind.TransactOpts, keeperId uint32, epochs []*big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.contract.Transact(opts, "withdrawKeeper", keeperId, epochs)
}

// WithdrawKeeper is a paid mutator transaction binding the contract method 0x4e860557.
//
// Solidity: function withdrawKeeper(uint32 keeperId, uint256[] epochs) returns(uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminSession) WithdrawKeeper(keeperId uint32, epochs []*big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.WithdrawKeeper(&_UpkeepingAdmin.TransactOpts, keeperId, epochs)
}

// WithdrawKeeper is a paid mutator transaction binding the contract method 0x4e860557.
//
// Solidity: function withdrawKeeper(uint32 keeperId, uint256[] epochs) returns(uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminTransactorSession) WithdrawKeeper(keeperId uint32, epochs []*big.Int) (*types.Transaction, error) {
	return _UpkeepingAdmin.Contract.WithdrawKeeper(&_UpkeepingAdmin.TransactOpts, keeperId, epochs)
}

// UpkeepingAdminBondPostedIterator is returned from FilterBondPosted and is used to iterate over the raw logs and unpacked data for BondPosted events raised by the UpkeepingAdmin contract.
type UpkeepingAdminBondPostedIterator struct {
	Event *UpkeepingAdminBondPosted // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminBondPostedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminBondPosted)
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
		it.Event = new(UpkeepingAdminBondPosted)
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
func (it *UpkeepingAdminBondPostedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminBondPostedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminBondPosted represents a BondPosted event raised by the UpkeepingAdmin contract.
type UpkeepingAdminBondPosted struct {
	Keeper uint32
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBondPosted is a free log retrieval operation binding the contract event 0x0e1a0ac21e1ad7705b6128d6123cf597fad6ece092ec5ff80d910359d9270274.
//
// Solidity: event BondPosted(uint32 indexed keeper, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterBondPosted(opts *bind.FilterOpts, keeper []uint32) (*UpkeepingAdminBondPostedIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "BondPosted", keeperRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminBondPostedIterator{contract: _UpkeepingAdmin.contract, event: "BondPosted", logs: logs, sub: sub}, nil
}

// WatchBondPosted is a free log subscription operation binding the contract event 0x0e1a0ac21e1ad7705b6128d6123cf597fad6ece092ec5ff80d910359d9270274.
//
// Solidity: event BondPosted(uint32 indexed keeper, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchBondPosted(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminBondPosted, keeper []uint32) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "BondPosted", keeperRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminBondPosted)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "BondPosted", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseBondPosted(log types.Log) (*UpkeepingAdminBondPosted, error) {
	event := new(UpkeepingAdminBondPosted)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "BondPosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminBondWithdrawnIterator is returned from FilterBondWithdrawn and is used to iterate over the raw logs and unpacked data for BondWithdrawn events raised by the UpkeepingAdmin contract.
type UpkeepingAdminBondWithdrawnIterator struct {
	Event *UpkeepingAdminBondWithdrawn // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminBondWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminBondWithdrawn)
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
		it.Event = new(UpkeepingAdminBondWithdrawn)
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
func (it *UpkeepingAdminBondWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminBondWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminBondWithdrawn represents a BondWithdrawn event raised by the UpkeepingAdmin contract.
type UpkeepingAdminBondWithdrawn struct {
	Keeper uint32
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBondWithdrawn is a free log retrieval operation binding the contract event 0x695ddfee5ea292cb8cda04525e1e7793357e30f7557f7da94b84b708c7b00ea6.
//
// Solidity: event BondWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterBondWithdrawn(opts *bind.FilterOpts, keeper []uint32, to []common.Address) (*UpkeepingAdminBondWithdrawnIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "BondWithdrawn", keeperRule, toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminBondWithdrawnIterator{contract: _UpkeepingAdmin.contract, event: "BondWithdrawn", logs: logs, sub: sub}, nil
}

// WatchBondWithdrawn is a free log subscription operation binding the contract event 0x695ddfee5ea292cb8cda04525e1e7793357e30f7557f7da94b84b708c7b00ea6.
//
// Solidity: event BondWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchBondWithdrawn(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminBondWithdrawn, keeper []uint32, to []common.Address) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "BondWithdrawn", keeperRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminBondWithdrawn)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "BondWithdrawn", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseBondWithdrawn(log types.Log) (*UpkeepingAdminBondWithdrawn, error) {
	event := new(UpkeepingAdminBondWithdrawn)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "BondWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminEntryPaidIterator is returned from FilterEntryPaid and is used to iterate over the raw logs and unpacked data for EntryPaid events raised by the UpkeepingAdmin contract.
type UpkeepingAdminEntryPaidIterator struct {
	Event *UpkeepingAdminEntryPaid // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminEntryPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminEntryPaid)
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
		it.Event = new(UpkeepingAdminEntryPaid)
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
func (it *UpkeepingAdminEntryPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminEntryPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminEntryPaid represents a EntryPaid event raised by the UpkeepingAdmin contract.
type UpkeepingAdminEntryPaid struct {
	Provider uint32
	Ts       uint64
	St       *big.Int
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterEntryPaid is a free log retrieval operation binding the contract event 0x1c57b09f968f4b52f6c06881b8c57acd1abe2ff7f77e8114a4cd379258516ed9.
//
// Solidity: event EntryPaid(uint32 indexed provider, uint64 ts, uint256 st, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterEntryPaid(opts *bind.FilterOpts, provider []uint32) (*UpkeepingAdminEntryPaidIterator, error) {

	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "EntryPaid", providerRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminEntryPaidIterator{contract: _UpkeepingAdmin.contract, event: "EntryPaid", logs: logs, sub: sub}, nil
}

// WatchEntryPaid is a free log subscription operation binding the contract event 0x1c57b09f968f4b52f6c06881b8c57acd1abe2ff7f77e8114a4cd379258516ed9.
//
// Solidity: event EntryPaid(uint32 indexed provider, uint64 ts, uint256 st, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchEntryPaid(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminEntryPaid, provider []uint32) (event.Subscription, error) {

	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "EntryPaid", providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminEntryPaid)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "EntryPaid", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseEntryPaid(log types.Log) (*UpkeepingAdminEntryPaid, error) {
	event := new(UpkeepingAdminEntryPaid)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "EntryPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminEpochScheduledIterator is returned from FilterEpochScheduled and is used to iterate over the raw logs and unpacked data for EpochScheduled events raised by the UpkeepingAdmin contract.
type UpkeepingAdminEpochScheduledIterator struct {
	Event *UpkeepingAdminEpochScheduled // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminEpochScheduledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminEpochScheduled)
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
		it.Event = new(UpkeepingAdminEpochScheduled)
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
func (it *UpkeepingAdminEpochScheduledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminEpochScheduledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminEpochScheduled represents a EpochScheduled event raised by the UpkeepingAdmin contract.
type UpkeepingAdminEpochScheduled struct {
	Epoch   *big.Int
	GroupId uint32
	From    uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterEpochScheduled is a free log retrieval operation binding the contract event 0xf8a110fd5a9fe8c4f68878fb0e07931b6edaac9b81505fe00f1f606d05f80660.
//
// Solidity: event EpochScheduled(uint256 indexed epoch, uint32 indexed groupId, uint64 from)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterEpochScheduled(opts *bind.FilterOpts, epoch []*big.Int, groupId []uint32) (*UpkeepingAdminEpochScheduledIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var groupIdRule []interface{}
	for _, groupIdItem := range groupId {
		groupIdRule = append(groupIdRule, groupIdItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "EpochScheduled", epochRule, groupIdRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminEpochScheduledIterator{contract: _UpkeepingAdmin.contract, event: "EpochScheduled", logs: logs, sub: sub}, nil
}

// WatchEpochScheduled is a free log subscription operation binding the contract event 0xf8a110fd5a9fe8c4f68878fb0e07931b6edaac9b81505fe00f1f606d05f80660.
//
// Solidity: event EpochScheduled(uint256 indexed epoch, uint32 indexed groupId, uint64 from)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchEpochScheduled(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminEpochScheduled, epoch []*big.Int, groupId []uint32) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var groupIdRule []interface{}
	for _, groupIdItem := range groupId {
		groupIdRule = append(groupIdRule, groupIdItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "EpochScheduled", epochRule, groupIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminEpochScheduled)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "EpochScheduled", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseEpochScheduled(log types.Log) (*UpkeepingAdminEpochScheduled, error) {
	event := new(UpkeepingAdminEpochScheduled)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "EpochScheduled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminFundedIterator is returned from FilterFunded and is used to iterate over the raw logs and unpacked data for Funded events raised by the UpkeepingAdmin contract.
type UpkeepingAdminFundedIterator struct {
	Event *UpkeepingAdminFunded // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminFunded)
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
		it.Event = new(UpkeepingAdminFunded)
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
func (it *UpkeepingAdminFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminFunded represents a Funded event raised by the UpkeepingAdmin contract.
type UpkeepingAdminFunded struct {
	From   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFunded is a free log retrieval operation binding the contract event 0x5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a524.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterFunded(opts *bind.FilterOpts, from []common.Address) (*UpkeepingAdminFundedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "Funded", fromRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminFundedIterator{contract: _UpkeepingAdmin.contract, event: "Funded", logs: logs, sub: sub}, nil
}

// WatchFunded is a free log subscription operation binding the contract event 0x5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a524.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchFunded(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminFunded, from []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "Funded", fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminFunded)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "Funded", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseFunded(log types.Log) (*UpkeepingAdminFunded, error) {
	event := new(UpkeepingAdminFunded)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "Funded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminKeeperSlashedIterator is returned from FilterKeeperSlashed and is used to iterate over the raw logs and unpacked data for KeeperSlashed events raised by the UpkeepingAdmin contract.
type UpkeepingAdminKeeperSlashedIterator struct {
	Event *UpkeepingAdminKeeperSlashed // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminKeeperSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminKeeperSlashed)
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
		it.Event = new(UpkeepingAdminKeeperSlashed)
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
func (it *UpkeepingAdminKeeperSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminKeeperSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminKeeperSlashed represents a KeeperSlashed event raised by the UpkeepingAdmin contract.
type UpkeepingAdminKeeperSlashed struct {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterKeeperSlashed(opts *bind.FilterOpts, keeper []uint32, reporter []common.Address) (*UpkeepingAdminKeeperSlashedIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "KeeperSlashed", keeperRule, reporterRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminKeeperSlashedIterator{contract: _UpkeepingAdmin.contract, event: "KeeperSlashed", logs: logs, sub: sub}, nil
}

// WatchKeeperSlashed is a free log subscription operation binding the contract event 0x95dbd42d323b1aeea5159e71c5f1e4a6c6bb06492c4d1a7298f903236c742464.
//
// Solidity: event KeeperSlashed(uint32 indexed keeper, address indexed reporter, uint256 forfeitedRewards, uint256 forfeitedBond, uint256 reward, bytes32 digestA, bytes32 digestB)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchKeeperSlashed(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminKeeperSlashed, keeper []uint32, reporter []common.Address) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "KeeperSlashed", keeperRule, reporterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminKeeperSlashed)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "KeeperSlashed", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseKeeperSlashed(log types.Log) (*UpkeepingAdminKeeperSlashed, error) {
	event := new(UpkeepingAdminKeeperSlashed)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "KeeperSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminKeeperWithdrawnIterator is returned from FilterKeeperWithdrawn and is used to iterate over the raw logs and unpacked data for KeeperWithdrawn events raised by the UpkeepingAdmin contract.
type UpkeepingAdminKeeperWithdrawnIterator struct {
	Event *UpkeepingAdminKeeperWithdrawn // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminKeeperWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminKeeperWithdrawn)
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
		it.Event = new(UpkeepingAdminKeeperWithdrawn)
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
func (it *UpkeepingAdminKeeperWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminKeeperWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminKeeperWithdrawn represents a KeeperWithdrawn event raised by the UpkeepingAdmin contract.
type UpkeepingAdminKeeperWithdrawn struct {
	Keeper uint32
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterKeeperWithdrawn is a free log retrieval operation binding the contract event 0x8bdf22ed79200b1bd3e95ea1e7725ff905825a8afbb68d70d9dfd0c43eedefd7.
//
// Solidity: event KeeperWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterKeeperWithdrawn(opts *bind.FilterOpts, keeper []uint32, to []common.Address) (*UpkeepingAdminKeeperWithdrawnIterator, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "KeeperWithdrawn", keeperRule, toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminKeeperWithdrawnIterator{contract: _UpkeepingAdmin.contract, event: "KeeperWithdrawn", logs: logs, sub: sub}, nil
}

// WatchKeeperWithdrawn is a free log subscription operation binding the contract event 0x8bdf22ed79200b1bd3e95ea1e7725ff905825a8afbb68d70d9dfd0c43eedefd7.
//
// Solidity: event KeeperWithdrawn(uint32 indexed keeper, address indexed to, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchKeeperWithdrawn(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminKeeperWithdrawn, keeper []uint32, to []common.Address) (event.Subscription, error) {

	var keeperRule []interface{}
	for _, keeperItem := range keeper {
		keeperRule = append(keeperRule, keeperItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "KeeperWithdrawn", keeperRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminKeeperWithdrawn)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "KeeperWithdrawn", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseKeeperWithdrawn(log types.Log) (*UpkeepingAdminKeeperWithdrawn, error) {
	event := new(UpkeepingAdminKeeperWithdrawn)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "KeeperWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminLedgerNotTouchedIterator is returned from FilterLedgerNotTouched and is used to iterate over the raw logs and unpacked data for LedgerNotTouched events raised by the UpkeepingAdmin contract.
type UpkeepingAdminLedgerNotTouchedIterator struct {
	Event *UpkeepingAdminLedgerNotTouched // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminLedgerNotTouchedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminLedgerNotTouched)
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
		it.Event = new(UpkeepingAdminLedgerNotTouched)
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
func (it *UpkeepingAdminLedgerNotTouchedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminLedgerNotTouchedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminLedgerNotTouched represents a LedgerNotTouched event raised by the UpkeepingAdmin contract.
type UpkeepingAdminLedgerNotTouched struct {
	Ledger common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterLedgerNotTouched is a free log retrieval operation binding the contract event 0xc0d28d421b073f8e38e6da4fbc98f56c4c3d458b53ddfd757c9fd31aace9b89b.
//
// Solidity: event LedgerNotTouched(address indexed ledger)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterLedgerNotTouched(opts *bind.FilterOpts, ledger []common.Address) (*UpkeepingAdminLedgerNotTouchedIterator, error) {

	var ledgerRule []interface{}
	for _, ledgerItem := range ledger {
		ledgerRule = append(ledgerRule, ledgerItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "LedgerNotTouched", ledgerRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminLedgerNotTouchedIterator{contract: _UpkeepingAdmin.contract, event: "LedgerNotTouched", logs: logs, sub: sub}, nil
}

// WatchLedgerNotTouched is a free log subscription operation binding the contract event 0xc0d28d421b073f8e38e6da4fbc98f56c4c3d458b53ddfd757c9fd31aace9b89b.
//
// Solidity: event LedgerNotTouched(address indexed ledger)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchLedgerNotTouched(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminLedgerNotTouched, ledger []common.Address) (event.Subscription, error) {

	var ledgerRule []interface{}
	for _, ledgerItem := range ledger {
		ledgerRule = append(ledgerRule, ledgerItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "LedgerNotTouched", ledgerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminLedgerNotTouched)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "LedgerNotTouched", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseLedgerNotTouched(log types.Log) (*UpkeepingAdminLedgerNotTouched, error) {
	event := new(UpkeepingAdminLedgerNotTouched)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "LedgerNotTouched", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the UpkeepingAdmin contract.
type UpkeepingAdminOwnershipTransferStartedIterator struct {
	Event *UpkeepingAdminOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminOwnershipTransferStarted)
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
		it.Event = new(UpkeepingAdminOwnershipTransferStarted)
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
func (it *UpkeepingAdminOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the UpkeepingAdmin contract.
type UpkeepingAdminOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*UpkeepingAdminOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminOwnershipTransferStartedIterator{contract: _UpkeepingAdmin.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminOwnershipTransferStarted)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseOwnershipTransferStarted(log types.Log) (*UpkeepingAdminOwnershipTransferStarted, error) {
	event := new(UpkeepingAdminOwnershipTransferStarted)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the UpkeepingAdmin contract.
type UpkeepingAdminOwnershipTransferredIterator struct {
	Event *UpkeepingAdminOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminOwnershipTransferred)
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
		it.Event = new(UpkeepingAdminOwnershipTransferred)
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
func (it *UpkeepingAdminOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminOwnershipTransferred represents a OwnershipTransferred event raised by the UpkeepingAdmin contract.
type UpkeepingAdminOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*UpkeepingAdminOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminOwnershipTransferredIterator{contract: _UpkeepingAdmin.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminOwnershipTransferred)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseOwnershipTransferred(log types.Log) (*UpkeepingAdminOwnershipTransferred, error) {
	event := new(UpkeepingAdminOwnershipTransferred)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminProviderAddedIterator is returned from FilterProviderAdded and is used to iterate over the raw logs and unpacked data for ProviderAdded events raised by the UpkeepingAdmin contract.
type UpkeepingAdminProviderAddedIterator struct {
	Event *UpkeepingAdminProviderAdded // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminProviderAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminProviderAdded)
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
		it.Event = new(UpkeepingAdminProviderAdded)
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
func (it *UpkeepingAdminProviderAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminProviderAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminProviderAdded represents a ProviderAdded event raised by the UpkeepingAdmin contract.
type UpkeepingAdminProviderAdded struct {
	Index    uint32
	Account  common.Address
	Price    *big.Int
	LastPaid uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterProviderAdded is a free log retrieval operation binding the contract event 0x3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674.
//
// Solidity: event ProviderAdded(uint32 indexed index, address indexed account, uint256 price, uint64 lastPaid)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterProviderAdded(opts *bind.FilterOpts, index []uint32, account []common.Address) (*UpkeepingAdminProviderAddedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "ProviderAdded", indexRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminProviderAddedIterator{contract: _UpkeepingAdmin.contract, event: "ProviderAdded", logs: logs, sub: sub}, nil
}

// WatchProviderAdded is a free log subscription operation binding the contract event 0x3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674.
//
// Solidity: event ProviderAdded(uint32 indexed index, address indexed account, uint256 price, uint64 lastPaid)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchProviderAdded(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminProviderAdded, index []uint32, account []common.Address) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "ProviderAdded", indexRule, accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminProviderAdded)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "ProviderAdded", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseProviderAdded(log types.Log) (*UpkeepingAdminProviderAdded, error) {
	event := new(UpkeepingAdminProviderAdded)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "ProviderAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminProviderChangeScheduledIterator is returned from FilterProviderChangeScheduled and is used to iterate over the raw logs and unpacked data for ProviderChangeScheduled events raised by the UpkeepingAdmin contract.
type UpkeepingAdminProviderChangeScheduledIterator struct {
	Event *UpkeepingAdminProviderChangeScheduled // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminProviderChangeScheduledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminProviderChangeScheduled)
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
		it.Event = new(UpkeepingAdminProviderChangeScheduled)
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
func (it *UpkeepingAdminProviderChangeScheduledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminProviderChangeScheduledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminProviderChangeScheduled represents a ProviderChangeScheduled event raised by the UpkeepingAdmin contract.
type UpkeepingAdminProviderChangeScheduled struct {
	Index     uint32
	Price     *big.Int
	Remove    bool
	Effective uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProviderChangeScheduled is a free log retrieval operation binding the contract event 0x19ccb772afeddae8d5758554caecaad6d08c38caaefdb9ecee80148b06e3279d.
//
// Solidity: event ProviderChangeScheduled(uint32 indexed index, uint256 price, bool remove, uint64 effective)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterProviderChangeScheduled(opts *bind.FilterOpts, index []uint32) (*UpkeepingAdminProviderChangeScheduledIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "ProviderChangeScheduled", indexRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminProviderChangeScheduledIterator{contract: _UpkeepingAdmin.contract, event: "ProviderChangeScheduled", logs: logs, sub: sub}, nil
}

// WatchProviderChangeScheduled is a free log subscription operation binding the contract event 0x19ccb772afeddae8d5758554caecaad6d08c38caaefdb9ecee80148b06e3279d.
//
// Solidity: event ProviderChangeScheduled(uint32 indexed index, uint256 price, bool remove, uint64 effective)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchProviderChangeScheduled(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminProviderChangeScheduled, index []uint32) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "ProviderChangeScheduled", indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminProviderChangeScheduled)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "ProviderChangeScheduled", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseProviderChangeScheduled(log types.Log) (*UpkeepingAdminProviderChangeScheduled, error) {
	event := new(UpkeepingAdminProviderChangeScheduled)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "ProviderChangeScheduled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminProviderPayoutChangedIterator is returned from FilterProviderPayoutChanged and is used to iterate over the raw logs and unpacked data for ProviderPayoutChanged events raised by the UpkeepingAdmin contract.
type UpkeepingAdminProviderPayoutChangedIterator struct {
	Event *UpkeepingAdminProviderPayoutChanged // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminProviderPayoutChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminProviderPayoutChanged)
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
		it.Event = new(UpkeepingAdminProviderPayoutChanged)
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
func (it *UpkeepingAdminProviderPayoutChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminProviderPayoutChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminProviderPayoutChanged represents a ProviderPayoutChanged event raised by the UpkeepingAdmin contract.
type UpkeepingAdminProviderPayoutChanged struct {
	Index  uint32
	Payout common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterProviderPayoutChanged is a free log retrieval operation binding the contract event 0xa00a36e2753fa1a79815618fdee069f3d6605d0ef3b6ea4f2df98916a8ecd8fa.
//
// Solidity: event ProviderPayoutChanged(uint32 indexed index, address payout)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterProviderPayoutChanged(opts *bind.FilterOpts, index []uint32) (*UpkeepingAdminProviderPayoutChangedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "ProviderPayoutChanged", indexRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminProviderPayoutChangedIterator{contract: _UpkeepingAdmin.contract, event: "ProviderPayoutChanged", logs: logs, sub: sub}, nil
}

// WatchProviderPayoutChanged is a free log subscription operation binding the contract event 0xa00a36e2753fa1a79815618fdee069f3d6605d0ef3b6ea4f2df98916a8ecd8fa.
//
// Solidity: event ProviderPayoutChanged(uint32 indexed index, address payout)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchProviderPayoutChanged(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminProviderPayoutChanged, index []uint32) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "ProviderPayoutChanged", indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminProviderPayoutChanged)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "ProviderPayoutChanged", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseProviderPayoutChanged(log types.Log) (*UpkeepingAdminProviderPayoutChanged, error) {
	event := new(UpkeepingAdminProviderPayoutChanged)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "ProviderPayoutChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminReportPaidIterator is returned from FilterReportPaid and is used to iterate over the raw logs and unpacked data for ReportPaid events raised by the UpkeepingAdmin contract.
type UpkeepingAdminReportPaidIterator struct {
	Event *UpkeepingAdminReportPaid // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminReportPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminReportPaid)
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
		it.Event = new(UpkeepingAdminReportPaid)
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
func (it *UpkeepingAdminReportPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminReportPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminReportPaid represents a ReportPaid event raised by the UpkeepingAdmin contract.
type UpkeepingAdminReportPaid struct {
	Digest      [32]byte
	Te          uint64
	Total       *big.Int
	KeeperShare *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterReportPaid is a free log retrieval operation binding the contract event 0x7aadbf08142899c027e1eddc48463e8bfd7744e9b9866886b476383f1b2c8be7.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint256 total, uint256 keeperShare)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterReportPaid(opts *bind.FilterOpts, digest [][32]byte, te []uint64) (*UpkeepingAdminReportPaidIterator, error) {

	var digestRule []interface{}
	for _, digestItem := range digest {
		digestRule = append(digestRule, digestItem)
	}
	var teRule []interface{}
	for _, teItem := range te {
		teRule = append(teRule, teItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "ReportPaid", digestRule, teRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminReportPaidIterator{contract: _UpkeepingAdmin.contract, event: "ReportPaid", logs: logs, sub: sub}, nil
}

// WatchReportPaid is a free log subscription operation binding the contract event 0x7aadbf08142899c027e1eddc48463e8bfd7744e9b9866886b476383f1b2c8be7.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint256 total, uint256 keeperShare)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchReportPaid(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminReportPaid, digest [][32]byte, te []uint64) (event.Subscription, error) {

	var digestRule []interface{}
	for _, digestItem := range digest {
		digestRule = append(digestRule, digestItem)
	}
	var teRule []interface{}
	for _, teItem := range te {
		teRule = append(teRule, teItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "ReportPaid", digestRule, teRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminReportPaid)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "ReportPaid", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseReportPaid(log types.Log) (*UpkeepingAdminReportPaid, error) {
	event := new(UpkeepingAdminReportPaid)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "ReportPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminSurplusRequestedIterator is returned from FilterSurplusRequested and is used to iterate over the raw logs and unpacked data for SurplusRequested events raised by the UpkeepingAdmin contract.
type UpkeepingAdminSurplusRequestedIterator struct {
	Event *UpkeepingAdminSurplusRequested // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminSurplusRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminSurplusRequested)
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
		it.Event = new(UpkeepingAdminSurplusRequested)
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
func (it *UpkeepingAdminSurplusRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminSurplusRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminSurplusRequested represents a SurplusRequested event raised by the UpkeepingAdmin contract.
type UpkeepingAdminSurplusRequested struct {
	To        common.Address
	Amount    *big.Int
	NotBefore uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSurplusRequested is a free log retrieval operation binding the contract event 0xae91617c211b9db52ecc2cc4830671d5095a105a95bfe1284221f7afbf808212.
//
// Solidity: event SurplusRequested(address indexed to, uint256 amount, uint64 notBefore)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterSurplusRequested(opts *bind.FilterOpts, to []common.Address) (*UpkeepingAdminSurplusRequestedIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "SurplusRequested", toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminSurplusRequestedIterator{contract: _UpkeepingAdmin.contract, event: "SurplusRequested", logs: logs, sub: sub}, nil
}

// WatchSurplusRequested is a free log subscription operation binding the contract event 0xae91617c211b9db52ecc2cc4830671d5095a105a95bfe1284221f7afbf808212.
//
// Solidity: event SurplusRequested(address indexed to, uint256 amount, uint64 notBefore)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchSurplusRequested(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminSurplusRequested, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "SurplusRequested", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminSurplusRequested)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "SurplusRequested", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseSurplusRequested(log types.Log) (*UpkeepingAdminSurplusRequested, error) {
	event := new(UpkeepingAdminSurplusRequested)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "SurplusRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminSurplusWithdrawnIterator is returned from FilterSurplusWithdrawn and is used to iterate over the raw logs and unpacked data for SurplusWithdrawn events raised by the UpkeepingAdmin contract.
type UpkeepingAdminSurplusWithdrawnIterator struct {
	Event *UpkeepingAdminSurplusWithdrawn // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminSurplusWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminSurplusWithdrawn)
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
		it.Event = new(UpkeepingAdminSurplusWithdrawn)
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
func (it *UpkeepingAdminSurplusWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminSurplusWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminSurplusWithdrawn represents a SurplusWithdrawn event raised by the UpkeepingAdmin contract.
type UpkeepingAdminSurplusWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSurplusWithdrawn is a free log retrieval operation binding the contract event 0xb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd1.
//
// Solidity: event SurplusWithdrawn(address indexed to, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterSurplusWithdrawn(opts *bind.FilterOpts, to []common.Address) (*UpkeepingAdminSurplusWithdrawnIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "SurplusWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminSurplusWithdrawnIterator{contract: _UpkeepingAdmin.contract, event: "SurplusWithdrawn", logs: logs, sub: sub}, nil
}

// WatchSurplusWithdrawn is a free log subscription operation binding the contract event 0xb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd1.
//
// Solidity: event SurplusWithdrawn(address indexed to, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchSurplusWithdrawn(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminSurplusWithdrawn, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "SurplusWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminSurplusWithdrawn)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "SurplusWithdrawn", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseSurplusWithdrawn(log types.Log) (*UpkeepingAdminSurplusWithdrawn, error) {
	event := new(UpkeepingAdminSurplusWithdrawn)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "SurplusWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingAdminWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the UpkeepingAdmin contract.
type UpkeepingAdminWithdrawnIterator struct {
	Event *UpkeepingAdminWithdrawn // Event containing the contract specifics and raw log

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
func (it *UpkeepingAdminWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingAdminWithdrawn)
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
		it.Event = new(UpkeepingAdminWithdrawn)
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
func (it *UpkeepingAdminWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingAdminWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingAdminWithdrawn represents a Withdrawn event raised by the UpkeepingAdmin contract.
type UpkeepingAdminWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address, to []common.Address) (*UpkeepingAdminWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.FilterLogs(opts, "Withdrawn", accountRule, toRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingAdminWithdrawnIterator{contract: _UpkeepingAdmin.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (_UpkeepingAdmin *UpkeepingAdminFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *UpkeepingAdminWithdrawn, account []common.Address, to []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _UpkeepingAdmin.contract.WatchLogs(opts, "Withdrawn", accountRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingAdminWithdrawn)
				if err := _UpkeepingAdmin.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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
func (_UpkeepingAdmin *UpkeepingAdminFilterer) ParseWithdrawn(log types.Log) (*UpkeepingAdminWithdrawn, error) {
	event := new(UpkeepingAdminWithdrawn)
	if err := _UpkeepingAdmin.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
