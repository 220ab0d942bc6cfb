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

// UpkeepingConfig is an auto generated low-level Go binding around an user-defined struct.
type UpkeepingConfig struct {
	Owner            common.Address
	Token            common.Address
	Start            uint64
	Period           uint64
	Finality         uint64
	Window           uint64
	Stale            uint64
	ProviderShareBps uint16
	LeaderBonusBps   uint16
}

// UpkeepingKeeperInit is an auto generated low-level Go binding around an user-defined struct.
type UpkeepingKeeperInit struct {
	Account common.Address
	Pubkey  []byte
	Pop     []byte
}

// UpkeepingProviderInit is an auto generated low-level Go binding around an user-defined struct.
type UpkeepingProviderInit struct {
	Account common.Address
	Price   *big.Int
}

// UpkeepingMetaData contains all meta data concerning the Upkeeping contract.
var UpkeepingMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finality\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stale\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"providerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"leaderBonusBps\",\"type\":\"uint16\"}],\"internalType\":\"structUpkeeping.Config\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pop\",\"type\":\"bytes\"}],\"internalType\":\"structUpkeeping.KeeperInit[]\",\"name\":\"keepers\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"internalType\":\"structUpkeeping.ProviderInit[]\",\"name\":\"providers\",\"type\":\"tuple[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDSTLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpandLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DuplicateKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyReport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"IntervalNotBeforeEnd\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEvidence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"failed\",\"type\":\"uint256\"}],\"name\":\"InvalidFailedBitmap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leader\",\"type\":\"uint256\"}],\"name\":\"InvalidLeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"InvalidProofOfPossession\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"KeeperExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"KeeperNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedReport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"NotEnoughSigners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEquivocation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payableAt\",\"type\":\"uint256\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"NotPeriodBoundary\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"precompile\",\"type\":\"address\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ProviderExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastPaid\",\"type\":\"uint64\"}],\"name\":\"StaleInterval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"surplus\",\"type\":\"uint256\"}],\"name\":\"SurplusExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyKeepers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownKeeper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"got\",\"type\":\"address\"}],\"name\":\"WrongContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"declared\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongFundingAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"WrongTag\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"provider\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"st\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EntryPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"KeeperAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"}],\"name\":\"KeeperRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"forfeited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestB\",\"type\":\"bytes32\"}],\"name\":\"KeeperSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"PriceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastPaid\",\"type\":\"uint64\"}],\"name\":\"ProviderAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"leader\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"attempt\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"failed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"keeperShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"leaderCredit\",\"type\":\"uint256\"}],\"name\":\"ReportPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SurplusWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_KEEPERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REPORT_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeBitmap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pop\",\"type\":\"bytes\"}],\"name\":\"addKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pop\",\"type\":\"bytes\"}],\"internalType\":\"structUpkeeping.KeeperInit[]\",\"name\":\"keepers\",\"type\":\"tuple[]\"}],\"name\":\"addKeepers\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"addProvider\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"counts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"keepers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"active\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"providers\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finality\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"keeperIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"keeperInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"withdrawable\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"keeperKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"}],\"name\":\"lastPaid\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaderBonusBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"leaderOrder\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"indices\",\"type\":\"uint32[]\"},{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finality\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stale\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"providerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"leaderBonusBps\",\"type\":\"uint16\"}],\"internalType\":\"structUpkeeping.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"report\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"period\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"popDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"providerIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"providerInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"paidUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"removeKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"setPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"reportA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"reportB\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"slash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stale\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"start\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"surplus\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"window\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawSurplus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161642138038061642183398101604081905261002f9161136d565b82516001600160a01b03811661005f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100688161032b565b5082606001516001600160401b03165f036100b7576040516389a6198960e01b815260206004820152600e60248201526d706572696f64206973207a65726f60901b6044820152606401610056565b8260a001516001600160401b03165f03610105576040516389a6198960e01b815260206004820152600e60248201526d77696e646f77206973207a65726f60901b6044820152606401610056565b61271083610100015161ffff168460e0015161ffff16610125919061149d565b1115610174576040516389a6198960e01b815260206004820152601760248201527f73686172657320657863656564203130303030206270730000000000000000006044820152606401610056565b60208301516001600160a01b03161580159061019c575060208301516001600160a01b03163b155b156101de576040516389a6198960e01b8152602060048201526011602482015270746f6b656e20686173206e6f20636f646560781b6044820152606401610056565b60208301516001600160a01b0316608090815260408401516001600160401b0390811660a09081526060860151821660c090815292860151821660e0908152908601518216610100908152928601519091166101205284015161ffff908116610140529084015116610160525f5b82518110156102c4576102bc83828151811061026a5761026a6114b0565b60200260200101515f0151848381518110610287576102876114b0565b6020026020010151602001518584815181106102a5576102a56114b0565b60200260200101516040015161037a60201b60201c565b60010161024c565b505f5b8151811015610322576103198282815181106102e5576102e56114b0565b60200260200101515f0151838381518110610302576103026114b0565b6020026020010151602001516107bf60201b60201c565b506001016102c7565b5050505061166c565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0383166103a15760405163d92e233d60e01b815260040160405180910390fd5b6040805160608101825260035461ffff808216808452620100008304909116602084015264010000000090910463ffffffff169282019290925290610100116103fd57604051636335545160e11b815260040160405180910390fd5b6001600160a01b0384165f908152601660205260409020541561043e57604051637c4815e960e11b81526001600160a01b0385166004820152602401610056565b82516080141580610453575061045383610a06565b156104715760405163145a1fdd60e31b815260040160405180910390fd5b602083015160408401515f5160206164015f395f51905f52116f1a0111ea397fe69a4b1ba7b6434bacd78210176f1a0111ea397fe69a4b1ba7b6434bacd89091101615806104fe5750606083015160808401515f5160206164015f395f51905f52116f1a0111ea397fe69a4b1ba7b6434bacd78210176f1a0111ea397fe69a4b1ba7b6434bacd890911016155b1561051c5760405163145a1fdd60e31b815260040160405180910390fd5b82516020808501919091205f818152601790925260409091205460ff1615610557576040516325aff6d160e21b815260040160405180910390fd5b5f6105628686610a4e565b905083516101001415806105b457506105b2858260405160200161058891815260200190565b60408051601f1981840301815260608301909152602b808352909188916163d66020830139610a84565b155b156105dd57604051630d27338f60e11b81526001600160a01b0387166004820152602401610056565b825161ffff166105ed8187610aed565b5f8381526017602090815260408083208054600160ff19909116811790915581516060810183528481528154600160801b908190046001600160781b039081168387019081528386018581528989526014885286892094518554925191516001600160801b039091167fff00000000000000000000000000000000000000000000000000000000000000909316929092179216909202176001600160f81b0316600160f81b60ff90921691909102179055601590925290912080546001600160a01b0319166001600160a01b038a161790556106ca90829061149d565b6001600160a01b0388165f9081526016602052604090205560028054600180841b909117909155845185906107009083906114c4565b61ffff169052506020840180516001919061071c9083906114c4565b61ffff90811690915285516003805460208901516040808b015194861663ffffffff19909316929092176201000091909516029390931763ffffffff60201b191664010000000063ffffffff9384160217905590516001600160a01b038a169250908316907fffbf17e2c57c97f3193854e55ce2e84f515178db58ea9d73bc6452e0537f3bfd906107ae908a906114de565b60405180910390a350505050505050565b5f6001600160a01b0383166107e75760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f908152601a60205260409020541561082857604051636a3efcd960e11b81526001600160a01b0384166004820152602401610056565b6001600160401b03821115610853576040516306d02d6760e11b815260048101839052602401610056565b60035460a05164010000000090910463ffffffff16906001600160401b0381164311156108bb5760c05160a0516001600160401b0380831691610897911643611513565b6108a1919061153a565b6108ab919061154d565b60a0516108b8919061156f565b90505b604080516060810182526001600160401b03808416825286811660208084019182525f84860181815263ffffffff89168083526018845287832096518754955192516001600160801b03908116600160801b0293881668010000000000000000026001600160801b03199097169190971617949094179094169390931790935560199092529190912080546001600160a01b0388166001600160a01b031990911617905561096a90600161149d565b6001600160a01b0386165f908152601a602052604090205561098d82600161158e565b6003805463ffffffff60201b191664010000000063ffffffff93841602179055604080518681526001600160401b03841660208201526001600160a01b038816928516917f3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674910160405180910390a35090505b92915050565b8051600190602083015f5b82811015610a46578082015160208285031015610a33576008828503602003021c5b8015610a3d575f94505b50602001610a11565b505050919050565b5f46308484604051602001610a6694939291906115c1565b60405160208183030381529060405280519060200120905092915050565b5f84516080141580610a995750825161010014155b15610aa557505f610ae5565b610aae85610a06565b80610abd5750610abd83610a06565b15610ac957505f610ae5565b5f610ad48584610c49565b9050610ae1868286610c83565b9150505b949350505050565b5f610af960108461153a565b90505f610b07601085611609565b90505f60048360108110610b1d57610b1d6114b0565b01546001600160a01b031690505f610b3683600161149d565b610b4190608061161c565b6001600160401b03811115610b5857610b58611063565b6040519080825280601f01601f191660200182016040528015610b82576020820181803683370190505b5090508215610b985760808302600160208301843c5b6080602086016080850260208401015e5f81516001610bb7919061149d565b82604051602001610bc9929190611633565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610c0c5760405163145a1fdd60e31b815260040160405180910390fd5b8060048760108110610c2057610c206114b0565b0180546001600160a01b0319166001600160a01b03929092169190911790555050505050505050565b60408051610100808252610120820190925260609160208201818036833701905050905060208101610c7c848483610d5b565b5092915050565b6040805161030080825261032082019092525f9182919060208201818036833701905050905060208082019061010090850160a084015e60806020870161018083015e6101006020860161020083015e6f17f1d3a73197d7942695638c4fa9ac0f81527fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb60208201526f114d1d6855d545a8aa7d76c8cf2e21f260408201527f67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca6060820152610d5181610ea2565b9695505050505050565b5f610d698484610100610ec3565b90505f600190505f60019050604051604081526001602082015260306040820152600160a08201536f1a0111ea397fe69a4b1ba7b6434bacd760801b60a18201525f5160206164015f395f51905f5260b1820152610100810161018082015f5b6002811015610e42575f83525f60208401525f60408401525f60608401525f5b6002811015610e24576040808260028502010260208a0101606087015e603060106040830201850160d18760055afa90961695600101610de9565b506101008082028301608085601161c350fa90941693600101610dc9565b506101008761020083600d6105dcfa8416935050505081610e79576040516375c6821d60e11b815260056004820152602401610056565b80610e9a576040516375c6821d60e11b815260116004820152602401610056565b505050505050565b5f6040515f815260208161030085600f62033450fa90516001141692915050565b8151606090801580610ed5575060ff81115b15610ef357604051634e26edeb60e11b815260040160405180910390fd5b821580610f015750611fe083115b15610f1f576040516309568f7760e21b815260040160405180910390fd5b5f6020610f2d85601f61149d565b610f37919061153a565b9050610f4481602061161c565b6001600160401b03811115610f5b57610f5b611063565b6040519080825280601f01601f191660200182016040528015610f85576020820181803683370190505b5092505f600190506040515f81525f60208201526040810188518060208b01835e01600887901c815360ff871660018201535f60028201536003018460208901825e848582015360018501810190506020828383038460025afa831692505080518460208901602184015e8485602184010153846022015f60015b868111611030578184188552806020860153602081028901602081858860025afa90519616959150600101611000565b505050505084845280611059576040516375c6821d60e11b815260026004820152602401610056565b5050509392505050565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b038111828210171561109957611099611063565b60405290565b604080519081016001600160401b038111828210171561109957611099611063565b60405161012081016001600160401b038111828210171561109957611099611063565b604051601f8201601f191681016001600160401b038111828210171561110c5761110c611063565b604052919050565b80516001600160a01b038116811461112a575f5ffd5b919050565b80516001600160401b038116811461112a575f5ffd5b805161ffff8116811461112a575f5ffd5b5f6001600160401b0382111561116e5761116e611063565b5060051b60200190565b5f82601f830112611187575f5ffd5b81516001600160401b038111156111a0576111a0611063565b6111b3601f8201601f19166020016110e4565b8181528460208386010111156111c7575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f82601f8301126111f2575f5ffd5b815161120561120082611156565b6110e4565b8082825260208201915060208360051b860101925085831115611226575f5ffd5b602085015b838110156112dc5780516001600160401b03811115611248575f5ffd5b86016060818903601f1901121561125d575f5ffd5b611265611077565b61127160208301611114565b815260408201516001600160401b0381111561128b575f5ffd5b61129a8a602083860101611178565b60208301525060608201516001600160401b038111156112b8575f5ffd5b6112c78a602083860101611178565b6040830152508452506020928301920161122b565b5095945050505050565b5f82601f8301126112f5575f5ffd5b815161130361120082611156565b8082825260208201915060208360061b860101925085831115611324575f5ffd5b602085015b838110156112dc5760408188031215611340575f5ffd5b61134861109f565b61135182611114565b8152602082810151818301529084529290920191604001611329565b5f5f5f838503610160811215611381575f5ffd5b61012081121561138f575f5ffd5b506113986110c1565b6113a185611114565b81526113af60208601611114565b60208201526113c06040860161112f565b60408201526113d16060860161112f565b60608201526113e26080860161112f565b60808201526113f360a0860161112f565b60a082015261140460c0860161112f565b60c082015261141560e08601611145565b60e08201526114276101008601611145565b6101008201526101208501519093506001600160401b03811115611449575f5ffd5b611455868287016111e3565b61014086015190935090506001600160401b03811115611473575f5ffd5b61147f868287016112e6565b9150509250925092565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610a0057610a00611489565b634e487b7160e01b5f52603260045260245ffd5b61ffff8181168382160190811115610a0057610a00611489565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b81810381811115610a0057610a00611489565b634e487b7160e01b5f52601260045260245ffd5b5f8261154857611548611526565b500490565b6001600160401b038181168382160290811690818114610c7c57610c7c611489565b6001600160401b038181168382160190811115610a0057610a00611489565b63ffffffff8181168382160190811115610a0057610a00611489565b5f81518060208401855e5f93019283525090919050565b6e77686974657061792f706f702f763160881b8152600f81018590526001600160601b0319606085811b8216602f84015284901b1660438201525f610d5160578301846115aa565b5f8261161757611617611526565b500690565b8082028115828204841417610a0057610a00611489565b606160f81b815260f083901b6001600160f01b03191660018201526680600a3d393df360c81b60038201525f610ae5600b8301846115aa565b60805160a05160c05160e05161010051610120516101405161016051614c446117925f395f818161038d01528181611c780152612f9501525f818161032801528181611c4e0152612d8801525f81816107d20152611c1f01525f81816104340152611bf001525f818161055701528181611bc1015281816128d2015261290f01525f818161080501528181611b92015281816122290152818161224a015261283301525f81816106c201528181611b63015281816121f701528181612274015281816122c101528181612805015261285901525f8181610227015281816108a90152818161168a0152818161174f015281816117cf0152818161183a01528181611b340152818161206e015281816120b4015281816124c801526125830152614c445ff3fe608060405260043610610220575f3560e01c80638e1857e81161011e578063cff0ab96116100a8578063ef78d4fd1161006d578063ef78d4fd146107f4578063f2fde38b14610827578063f62f6d6e14610846578063f952a95d14610879578063fc0c546a14610898575f5ffd5b8063cff0ab9614610733578063e90e31a714610754578063eac3f57b14610773578063ec15bb2d14610792578063eda3640e146107c1575f5ffd5b8063b4845fff116100ee578063b4845fff14610692578063be9a6555146106b1578063c87d6779146106e4578063ca1d209d14610701578063cf0f37cb14610714575f5ffd5b80638e1857e81461062b57806399a4deea1461064a5780639cb8ced61461065e5780639f8f2bd51461067d575f5ffd5b8063461645bf116101aa578063715018a61161016f578063715018a614610532578063739fc8d114610546578063817cc1ea146105795780638d14c081146105dc5780638da5cb5b146105fb575f5ffd5b8063461645bf146104235780634cc2461b1461046e57806358abb40d146104c55780636177fae9146104e657806370a0823114610513575f5ffd5b80632de7204e116101f05780632de7204e1461035d5780632ebc28b71461037c578063307ef418146103af57806335356d53146103e35780633ccfd60b1461040f575f5ffd5b806313888565146102a8578063143e058d146102cf5780631703a018146103035780632206489614610317575f5ffd5b366102a4577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161561026d57604051635bb8e48560e01b815260040160405180910390fd5b60405134815233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249060200160405180910390a2005b5f5ffd5b3480156102b3575f5ffd5b506102bc6108cb565b6040519081526020015b60405180910390f35b3480156102da575f5ffd5b506102ee6102e93660046142f2565b610902565b604080519283529015156020830152016102c6565b34801561030e575f5ffd5b506102bc61093f565b348015610322575f5ffd5b5061034a7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016102c6565b348015610368575f5ffd5b506102ee6103773660046142f2565b610975565b348015610387575f5ffd5b5061034a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103ba575f5ffd5b506103ce6103c936600461430b565b6109a0565b60405163ffffffff90911681526020016102c6565b3480156103ee575f5ffd5b506104026103fd366004614333565b6109bc565b6040516102c69190614378565b34801561041a575f5ffd5b506102bc610a50565b34801561042e575f5ffd5b506104567f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016102c6565b348015610479575f5ffd5b5061048d610488366004614333565b610cdc565b604080516001600160a01b03909516855260208501939093526001600160401b039091169183019190915260608201526080016102c6565b3480156104d0575f5ffd5b506104e46104df3660046143ce565b610d90565b005b3480156104f1575f5ffd5b50610505610500366004614445565b610ed6565b6040516102c6929190614472565b34801561051e575f5ffd5b506102bc61052d3660046142f2565b611204565b34801561053d575f5ffd5b506104e461133c565b348015610551575f5ffd5b506104567f000000000000000000000000000000000000000000000000000000000000000081565b348015610584575f5ffd5b506040805160608101825260035461ffff80821680845262010000830490911660208401819052600160201b90920463ffffffff169290930182905290604080519384526020840192909252908201526060016102c6565b3480156105e7575f5ffd5b506104566105f6366004614333565b61134f565b348015610606575f5ffd5b505f546001600160a01b03165b6040516001600160a01b0390911681526020016102c6565b348015610636575f5ffd5b506104e4610645366004614514565b61139e565b348015610655575f5ffd5b506002546102bc565b348015610669575f5ffd5b506104e461067836600461452e565b611493565b348015610688575f5ffd5b506102bc61010081565b34801561069d575f5ffd5b506104e46106ac36600461430b565b6115ba565b3480156106bc575f5ffd5b506104567f000000000000000000000000000000000000000000000000000000000000000081565b3480156106ef575f5ffd5b506001546001600160801b03166102bc565b6104e461070f366004614333565b611680565b34801561071f575f5ffd5b506104e461072e36600461459d565b6118cb565b34801561073e575f5ffd5b50610747611abf565b6040516102c69190614679565b34801561075f575f5ffd5b506104e461076e36600461474f565b611ca3565b34801561077e575f5ffd5b506102bc61078d36600461477c565b611eb5565b34801561079d575f5ffd5b506107b16107ac366004614333565b611eeb565b6040516102c6949392919061483d565b3480156107cc575f5ffd5b506104567f000000000000000000000000000000000000000000000000000000000000000081565b3480156107ff575f5ffd5b506104567f000000000000000000000000000000000000000000000000000000000000000081565b348015610832575f5ffd5b506104e46108413660046142f2565b611fb7565b348015610851575f5ffd5b506102bc7f6c24f4d1aa98531c2d5995ffc5391fa5cfc31b93766bf03e22e90e3d0cca924781565b348015610884575f5ffd5b506104e4610893366004614876565b611ff1565b3480156108a3575f5ffd5b506106137f000000000000000000000000000000000000000000000000000000000000000081565b5f5f6108d561206b565b6001549091506001600160801b03168082116108f1575f6108fb565b6108fb81836148eb565b9250505090565b6001600160a01b0381165f908152601a6020526040812054819080156109325761092d6001826148eb565b610934565b5f5b949015159350915050565b600380545f919061095b9062010000900461ffff1660026148fe565b6109659190614929565b61097090600161493c565b905090565b6001600160a01b0381165f90815260166020526040812054819080156109325761092d6001826148eb565b5f6109a9612125565b6109b38383612151565b90505b92915050565b60035460609061ffff1682106109ed5760405163af91f57d60e01b8152600481018390526024015b60405180910390fd5b5f60046109fb601085614929565b60108110610a0b57610a0b61494f565b015460408051608080825260a082019092526001600160a01b039092169250602082018180368337019050509150608080601085060260010160208401833c50919050565b5f610a5961242c565b335f908152601a60205260409020548015610abc575f601881610a7d6001856148eb565b815260208101919091526040015f208054909150610aab90600160801b90046001600160801b03168461493c565b81546001600160801b031690915591505b335f908152601660205260409020548015610c1b575f601481610ae06001856148eb565b815260208082019290925260409081015f20815160608101835290546001600160801b038116808352600160801b82046001600160781b031694830194909452600160f81b900460ff16918101919091529150610b3d908561493c565b9350600160ff16816040015160ff1603610b9b576001546020820151600160801b9091046001600160781b031690610b759082614963565b610b88906001600160781b03168661493c565b6001600160781b03909116602083015293505b5f8082528190601490610baf6001866148eb565b815260208082019290925260409081015f208351815493850151949092015160ff16600160f81b026001600160f81b036001600160781b03909516600160801b026001600160f81b03199094166001600160801b03909316929092179290921792909216919091179055505b825f03610c3b57604051630686827b60e51b815260040160405180910390fd5b610c4483612499565b600180545f90610c5e9084906001600160801b0316614982565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550336001600160a01b03167f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d584604051610cbd91815260200190565b60405180910390a2610ccf33846124c6565b5050610cd96125aa565b90565b6003545f90819081908190600160201b900463ffffffff168510610d165760405163fece9bb960e01b8152600481018690526024016109e4565b5050505f828152601860209081526040808320815160608101835290546001600160401b038082168352600160401b820481168386019081526001600160801b03600160801b9093048316848601908152988752601990955292909420549251905195516001600160a01b03909316969116949350911690565b610d9861242c565b5f610da386866125d4565b90505f610db082866127d5565b90505f604051878982378790209050610dcb86828787612aae565b610de857604051638baa579f60e01b815260040160405180910390fd5b610e0f60405180608001604052805f81526020015f81526020015f81526020015f81525090565b610e228989865f01518760800151612bb5565b60208301528152610e34848483612ef3565b83516020808601516040808801516060808a015187518885015189840151865163ffffffff988916815297909516978701979097528585018f905291850152608084015260a083019390935260c082019290925290516001600160401b039092169184917f1df5b5bfbe89c62d7942640e3c70b8158ac4e02288dc9ccc38610a1a5ad3e550919081900360e00190a350505050610ecf6125aa565b5050505050565b600354606090819062010000900461ffff16806001600160401b03811115610f0057610f00614768565b604051908082528060200260200182016040528015610f29578160200160208202803683370190505b509250806001600160401b03811115610f4457610f44614768565b604051908082528060200260200182016040528015610f6d578160200160208202803683370190505b5091505f816001600160401b03811115610f8957610f89614768565b604051908082528060200260200182016040528015610fb2578160200160208202803683370190505b506002549091505f805b82156111fa5760018316156111e1575f8181526015602090815260408083205490516001600160c01b031960c08d901b16928101929092526bffffffffffffffffffffffff19606082901b1660288301526001600160a01b03169190603c0160408051601f1981840301815291905280516020909101209050835b5f811180156110685750818761104e6001846148eb565b8151811061105e5761105e61494f565b6020026020010151115b1561115957866110796001836148eb565b815181106110895761108961494f565b60200260200101518782815181106110a3576110a361494f565b6020908102919091010152896110ba6001836148eb565b815181106110ca576110ca61494f565b60200260200101518a82815181106110e4576110e461494f565b63ffffffff90921660209283029190910190910152886111056001836148eb565b815181106111155761111561494f565b602002602001015189828151811061112f5761112f61494f565b6001600160a01b039092166020928302919091019091015280611151816149a1565b915050611037565b8187828151811061116c5761116c61494f565b602002602001018181525050838a828151811061118b5761118b61494f565b602002602001019063ffffffff16908163ffffffff1681525050828982815181106111b8576111b861494f565b6001600160a01b0390921660209283029190910190910152846111da816149b6565b9550505050505b60019290921c91806111f2816149b6565b915050610fbc565b5050505050915091565b6001600160a01b0381165f908152601a6020526040812054801561125d5760185f6112306001846148eb565b815260208101919091526040015f205461125a90600160801b90046001600160801b03168361493c565b91505b6001600160a01b0383165f908152601660205260409020548015611335575f60148161128a6001856148eb565b815260208082019290925260409081015f20815160608101835290546001600160801b038116808352600160801b82046001600160781b031694830194909452600160f81b900460ff169181019190915291506112e7908561493c565b9350600160ff16816040015160ff160361133357602081015160015461131d9190600160801b90046001600160781b0316614963565b611330906001600160781b03168561493c565b93505b505b5050919050565b611344612125565b61134d5f61327b565b565b6003545f90600160201b900463ffffffff1682106113835760405163fece9bb960e01b8152600481018390526024016109e4565b505f908152601860205260409020546001600160401b031690565b6113a6612125565b60035463ffffffff600160201b9091048116908316106113e15760405163fece9bb960e01b815263ffffffff831660048201526024016109e4565b6001600160401b0381111561140c576040516306d02d6760e11b8152600481018290526024016109e4565b63ffffffff82165f8181526018602090815260409182902080546001600160401b03868116600160401b9081026fffffffffffffffff00000000000000001984161784558551920416808252928101869052909391927f06294c4ffde0e5ef6aaaf031b654fe71b211dba3955ee62890c0bd38ce3cac2f910160405180910390a250505050565b61149b612125565b5f5b818110156115b5576115ad8383838181106114ba576114ba61494f565b90506020028101906114cc91906149ce565b6114da9060208101906142f2565b8484848181106114ec576114ec61494f565b90506020028101906114fe91906149ce565b61150c9060208101906149ec565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508892508791508690508181106115545761155461494f565b905060200281019061156691906149ce565b6115749060408101906149ec565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506132ca92505050565b60010161149d565b505050565b6115c2612125565b6115ca61242c565b6001600160a01b0382166115f15760405163d92e233d60e01b815260040160405180910390fd5b5f6115fa6108cb565b9050808211156116265760405162c0d91360e81b815260048101839052602481018290526044016109e4565b826001600160a01b03167fb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd18360405161166191815260200190565b60405180910390a261167383836124c6565b5061167c6125aa565b5050565b61168861242c565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611719578034146116df576040516367f85aa360e11b8152600481018290523460248201526044016109e4565b60405181815233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249060200160405180910390a26118c0565b341561173857604051635bb8e48560e01b815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa15801561179c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117c09190614a2e565b90506117f76001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085613687565b6040516370a0823160e01b815230600482015233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249083906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa15801561187f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118a39190614a2e565b6118ad91906148eb565b60405190815260200160405180910390a2505b6118c86125aa565b50565b6118d361242c565b5f5f6118e18a8a88886136f4565b63ffffffff8d165f90815260146020908152604091829020825160608101845290546001600160801b0381168252600160801b81046001600160781b031692820192909252600160f81b90910460ff169181018290529294509092506001148015906119555750604081015160ff16600214155b1561197b5760405163af91f57d60e01b815263ffffffff8d1660048201526024016109e4565b5f61198b8d63ffffffff166109bc565b9050611a0181856040516020016119a491815260200190565b60408051601f198184030181526020601f8f018190048102840181019092528d835291908e908e90819084018382808284375f92019190915250506040805160608101909152602b8082529092509050614c0d60208301396137d2565b1580611a7e5750611a7c8184604051602001611a1f91815260200190565b60408051601f198184030181526020601f8b0181900481028401810190925289835291908a908a90819084018382808284375f92019190915250506040805160608101909152602b8082529092509050614c0d60208301396137d2565b155b15611a9c5760405163325de78f60e21b815260040160405180910390fd5b611aa88d838686613839565b50505050611ab46125aa565b505050505050505050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152604051806101200160405280611b245f546001600160a01b031690565b6001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff16815250905090565b611cab612125565b63ffffffff81165f90815260146020908152604091829020825160608101845290546001600160801b0381168252600160801b81046001600160781b031692820192909252600160f81b90910460ff1691810182905290600114611d2a57604051633038a46360e21b815263ffffffff831660048201526024016109e4565b6001546020820151600160801b9091046001600160781b0316905f90611d509083614963565b6001600160781b031690506040518060600160405280611d8683865f01516001600160801b0316611d81919061493c565b612499565b6001600160801b0390811682526001600160781b038086166020808501919091526002604094850181905263ffffffff8a165f818152601484528690208751815494890151989097015160ff16600160f81b026001600160f81b0398909516600160801b026001600160f81b031990941696909516959095179190911794909416179055815460019182901b191682556003805491929091611e3490849061ffff6201000090910416614a45565b825461ffff9182166101009390930a92830291909202199091161790555063ffffffff84165f81815260156020526040908190205490516001600160a01b0390911691907f8161924d22b79ab8b4b51811860aa107073bad156aa0dc8987648c8ec6ec200c90611ea79085815260200190565b60405180910390a350505050565b5f46308484604051602001611ecd9493929190614a76565b60405160208183030381529060405280519060200120905092915050565b5f60605f5f611ef9856109bc565b5f868152601460209081526040808320815160608101835290546001600160801b0380821683526001600160781b03600160801b8304168386015260ff600160f81b90920482168385019081528c875260159095529290942054925181516001600160a01b0390941699509497509395501692505f1990841601611faf576020810151600154611f999190600160801b90046001600160781b0316614963565b611fac906001600160781b03168361493c565b91505b509193509193565b611fbf612125565b6001600160a01b038116611fe857604051631e4fbdf760e01b81525f60048201526024016109e4565b6118c88161327b565b611ff9612125565b610ecf8585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f920191909152506132ca92505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661209f57504790565b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015612101573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109709190614a2e565b5f546001600160a01b0316331461134d5760405163118cdaa760e01b81523360048201526024016109e4565b5f6001600160a01b0383166121795760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f908152601a6020526040902054156121ba57604051636a3efcd960e11b81526001600160a01b03841660048201526024016109e4565b6001600160401b038211156121e5576040516306d02d6760e11b8152600481018390526024016109e4565b600354600160201b900463ffffffff167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0381164311156122e8577f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316436122a791906148eb565b6122b19190614929565b6122bb9190614acf565b6122e5907f0000000000000000000000000000000000000000000000000000000000000000614af1565b90505b604080516060810182526001600160401b03808416825286811660208084019182525f84860181815263ffffffff89168083526018845287832096518754955192516001600160801b03908116600160801b02938816600160401b026001600160801b03199097169190971617949094179094169390931790935560199092529190912080546001600160a01b0388166001600160a01b031990911617905561239290600161493c565b6001600160a01b0386165f908152601a60205260409020556123b5826001614b10565b6003805467ffffffff000000001916600160201b63ffffffff93841602179055604080518681526001600160401b03841660208201526001600160a01b038816928516917f3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674910160405180910390a3509392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561246c57604051633ee5aeb560e01b815260040160405180910390fd5b61134d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613a19565b5f6001600160801b038211156124c257604051630590fb9f60e01b815260040160405180910390fd5b5090565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612576575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461253d576040519150601f19603f3d011682016040523d82523d5f602084013e612542565b606091505b50509050806115b557604051630e21dcbb60e11b81526001600160a01b0384166004820152602481018390526044016109e4565b61167c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383613a20565b61134d5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612493565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526101208210156126215760405163051db21d60e31b815260040160405180910390fd5b8235602084013560408501356060860135608087013560a088013560c089013560e08a0135610100808c0135908214158061265d575061ffff81115b8061267e575061266e8160606148fe565b61267a9061012061493c565b8b14155b1561269c5760405163051db21d60e31b815260040160405180910390fd5b60a087901c1515806126b15750604086901c15155b806126bf5750602085901c15155b806126cd5750602084901c15155b156126eb5760405163051db21d60e31b815260040160405180910390fd5b7f6c24f4d1aa98531c2d5995ffc5391fa5cfc31b93766bf03e22e90e3d0cca9247891461272e5760405163ca4413ad60e01b8152600481018a90526024016109e4565b468814612757576040516324497bc360e01b8152466004820152602481018990526044016109e4565b6001600160a01b0387163014612791576040516374bb94c560e11b81523060048201526001600160a01b03881660248201526044016109e4565b6040805160a0810182526001600160401b03909716875263ffffffff9586166020880152939094169285019290925260608401525060808201529695505050505050565b5f82608001515f036127f95760405162bf199760e01b815260040160405180910390fd5b82516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691161080612894575082517f00000000000000000000000000000000000000000000000000000000000000009061287e907f000000000000000000000000000000000000000000000000000000000000000090614b2c565b6128889190614b4b565b6001600160401b031615155b156128c057825160405163653e0e5360e11b81526001600160401b0390911660048201526024016109e4565b825143906128fa906001600160401b037f00000000000000000000000000000000000000000000000000000000000000008116911661493c565b11156129625782516129386001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811690831661493c565b604051631f3e4b9160e31b81526001600160401b03909216600483015260248201526044016109e4565b5060025460035462010000900461ffff16908019831680156129a35761298781613a51565b60405163bda62c2360e01b81526004016109e491815260200190565b5f6129ad85613ac6565b90505f60036129bd8660026148fe565b6129c79190614929565b6129d290600161493c565b9050808210156129ff5760405163230f9d1160e01b815260048101839052602481018290526044016109e4565b610100876020015163ffffffff16101580612a295750866020015163ffffffff1684901c6001165f145b15612a5557602087015160405163930fd18560e01b815263ffffffff90911660048201526024016109e4565b6060870151841916151580612a7e5750866020015163ffffffff168760600151901c6001165f14155b15612aa457866060015160405163ab5612e360e01b81526004016109e491815260200190565b5050505092915050565b5f6101008214612abf57505f612bad565b6040805161030080825261032082019092525f91602082018180368337019050509050602081015f6101008660a08501375f5b610100811015612b15578060808401015115612b0d57600191505b602001612af2565b5080612b26575f9350505050612bad565b612b3b88612b368461018061493c565b613b73565b612b4a575f9350505050612bad565b612b5382613c1b565b612b9e87604051602001612b6991815260200190565b60408051601f1981840301815260608301909152602b808352909190614c0d6020830139612b998561020061493c565b613c93565b612ba782613ded565b93505050505b949350505050565b6003545f908190600160201b900463ffffffff16815b84811015612ee85760608102880161012081013590610140810135906101600135602083901c151580612c015750604082901c15155b15612c1f5760405163051db21d60e31b815260040160405180910390fd5b848310612c425760405163fece9bb960e01b8152600481018490526024016109e4565b5f83815260186020908152604091829020825160608101845290546001600160401b03808216808452600160401b830490911693830193909352600160801b90046001600160801b0316928101929092528314612ccf578051604051630bed38cd60e21b8152600481018690526001600160401b03808616602483015290911660448201526064016109e4565b896001600160401b03168310612d125760405163161bb2d160e11b8152600481018590526001600160401b0380851660248301528b1660448201526064016109e4565b60208101516001600160401b03168281029015801590612d5e57508282602001516001600160401b03168281612d4a57612d4a614915565b04141580612d5e57506001600160801b0381115b15612d7c57604051630590fb9f60e01b815260040160405180910390fd5b5f612710612dae61ffff7f000000000000000000000000000000000000000000000000000000000000000016846148fe565b612db89190614929565b905060405180606001604052808d6001600160401b0316815260200184602001516001600160401b03168152602001612e038386604001516001600160801b0316611d81919061493c565b6001600160801b039081169091525f88815260186020908152604091829020845181549286015195909301518416600160801b026001600160401b03958616600160401b026001600160801b0319909316959093169490941717909116179055612e6d828b61493c565b9950612e79818a61493c565b604080516001600160401b0380891682528f1660208201529081018690526060810184905290995063ffffffff8716907ff34870cd64dd93d88350db03792a59f7957abddfb93dd895546dbefa8b6288989060800160405180910390a2505060019094019350612bcb92505050565b505094509492505050565b604080518082019091526001546001600160801b0381168252600160801b90046001600160781b031660208201525f612f2a61206b565b90505f825f01516001600160801b03168211612f46575f612f5b565b8251612f5b906001600160801b0316836148eb565b905080845f01511115612f8d57835160405162fae2d560e21b81526004810191909152602481018290526044016109e4565b50505f6127107f000000000000000000000000000000000000000000000000000000000000000061ffff16845f0151612fc691906148fe565b612fd09190614929565b90505f818460200151855f0151612fe791906148eb565b612ff191906148eb565b90505f6130018760600151613ac6565b61300b90876148eb565b90506130178183614929565b604086018190526130299082906148fe565b61303390836148eb565b61303d908461493c565b6060860152604085015160208501515f9161306a9161306591906001600160781b031661493c565b613e0e565b60608901519091505b80156131a5575f61308382613a51565b5f8181526014602090815260409182902082516060808201855291546001600160801b0381168252600160801b81046001600160781b0316828501908152600160f81b90910460ff168286015284519283019094529251918b015193945091928291613116916130f39190614963565b8451613108916001600160781b031690614b78565b6001600160801b0316612499565b6001600160801b0390811682526001600160781b03808816602080850191909152600160409485018190525f97885260148252968490208551815492870151969095015160ff16600160f81b026001600160f81b0396909316600160801b026001600160f81b0319909216949093169390931792909217929092161790555061319f90826148eb565b16613073565b506060860151156132025760208089015163ffffffff165f908152601490915260409020606087015181546131e691611d81916001600160801b031661493c565b81546001600160801b0319166001600160801b03919091161790555b604051806040016040528061322b885f0151885f01516001600160801b0316611d81919061493c565b6001600160801b0390811682526001600160781b039384166020928301528251600180549490930151909416600160801b026001600160f81b031990931693169290921717905550505050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0383166132f15760405163d92e233d60e01b815260040160405180910390fd5b6040805160608101825260035461ffff8082168084526201000083049091166020840152600160201b90910463ffffffff1692820192909252906101001161334c57604051636335545160e11b815260040160405180910390fd5b6001600160a01b0384165f908152601660205260409020541561338d57604051637c4815e960e11b81526001600160a01b03851660048201526024016109e4565b825160801415806133a257506133a283613e37565b156133c05760405163145a1fdd60e31b815260040160405180910390fd5b6133ca835f613e77565b15806133de57506133dc836040613e77565b155b156133fc5760405163145a1fdd60e31b815260040160405180910390fd5b82516020808501919091205f818152601790925260409091205460ff1615613437576040516325aff6d160e21b815260040160405180910390fd5b5f6134428686611eb5565b905083516101001415806134945750613492858260405160200161346891815260200190565b60408051601f1981840301815260608301909152602b80835290918891614c0d60208301396137d2565b155b156134bd57604051630d27338f60e11b81526001600160a01b03871660048201526024016109e4565b825161ffff166134cd8187613ed3565b5f8381526017602090815260408083208054600160ff19909116811790915581516060810183528481528154600160801b908190046001600160781b039081168387019081528386018581528989526014885286892094518554925191516001600160801b039091166001600160f81b0319909316929092179216909202176001600160f81b0316600160f81b60ff90921691909102179055601590925290912080546001600160a01b0319166001600160a01b038a1617905561359290829061493c565b6001600160a01b0388165f9081526016602052604090205560028054600180841b909117909155845185906135c8908390614b97565b61ffff16905250602084018051600191906135e4908390614b97565b61ffff90811690915285516003805460208901516040808b015194861663ffffffff19909316929092176201000091909516029390931767ffffffff000000001916600160201b63ffffffff9384160217905590516001600160a01b038a169250908316907fffbf17e2c57c97f3193854e55ce2e84f515178db58ea9d73bc6452e0537f3bfd90613676908a90614378565b60405180910390a350505050505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526136ee9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061402f565b50505050565b5f5f5f61370187876125d4565b90505f61370e86866125d4565b805183519192506001600160401b0391821691161415806137435750806020015163ffffffff16826020015163ffffffff1614155b806137625750806040015163ffffffff16826040015163ffffffff1614155b1561378057604051630b69ebb360e01b815260040160405180910390fd5b8787604051613790929190614bb1565b60405190819003812094506137a89087908790614bb1565b60405180910390209250828403612ee857604051630b69ebb360e01b815260040160405180910390fd5b5f845160801415806137e75750825161010014155b156137f357505f612bad565b6137fc85613e37565b8061380b575061380b83613e37565b1561381757505f612bad565b5f613822858461409b565b905061382f8682866140d5565b9695505050505050565b825160408401516001600160801b039091169060ff165f19016138dd5760208401516001546138789190600160801b90046001600160781b0316614963565b61388b906001600160781b03168261493c565b60028054600163ffffffff891681901b1990911682556003805493945090929091906138c290849062010000900461ffff16614a45565b92506101000a81548161ffff021916908361ffff1602179055505b604080516060810182525f8082526020878101516001600160781b03908116828501908152600385870190815263ffffffff8c168552601490935294909220925183549451915160ff16600160f81b026001600160f81b0392909316600160801b026001600160f81b03199095166001600160801b039190911617939093179290921691909117905561396f81612499565b600180545f906139899084906001600160801b0316614982565b82546001600160801b039182166101009390930a92830291909202199091161790555063ffffffff85165f8181526015602090815260409182902054825185815291820187905291810185905233926001600160a01b0390921691907fefe32103f3ee42afbf74b50cf6394fd76b1f1f846490734e98f91f692ce13d499060600160405180910390a45050505050565b80825d5050565b6040516001600160a01b038381166024830152604482018390526115b591859182169063a9059cbb906064016136bc565b5f613a5e8219600161493c565b9091166001600160801b03811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f1060021b1782811c909110600190811b90911791821c1117919050565b600181901c7f5555555555555555555555555555555555555555555555555555555555555555169003600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f9081169116017e010001000100010001000100010001000100010001000100010001000100010260f01c90565b6001805f5b6010811015613bf75761ffff85601083021c168015613bee57816004015460015b8215613beb576001831615613bdc578460018114613bd05760808260808a01853c6080886101008a600b6103e8fa87169650613bda565b60808289853c5f95505b505b60019290921c91608001613b99565b50505b50600101613b78565b50506060820151604083015117602083015183511717801515821691505092915050565b6f17f1d3a73197d7942695638c4fa9ac0f81527fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb60208201526f114d1d6855d545a8aa7d76c8cf2e21f260408201527f67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca606082015250565b5f613ca18484610100614137565b90505f600190505f60019050604051604081526001602082015260306040820152600160a08201536f1a0111ea397fe69a4b1ba7b6434bacd760801b60a18201527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab60b1820152610100810161018082015f5b6002811015613d8d575f83525f60208401525f60408401525f60608401525f5b6002811015613d6f576040808260028502010260208a0101606087015e603060106040830201850160d18760055afa90961695600101613d34565b506101008082028301608085601161c350fa90941693600101613d14565b506101008761020083600d6105dcfa8416935050505081613dc4576040516375c6821d60e11b8152600560048201526024016109e4565b80613de5576040516375c6821d60e11b8152601160048201526024016109e4565b505050505050565b5f6040515f815260208161030085600f62033450fa90516001141692915050565b5f6001600160781b038211156124c257604051630590fb9f60e01b815260040160405180910390fd5b8051600190602083015f5b82811015611333578082015160208285031015613e64576008828503602003021c5b8015613e6e575f94505b50602001613e42565b0160208101516040909101516f1a0111ea397fe69a4b1ba7b6434bacd882106f1a0111ea397fe69a4b1ba7b6434bacd79092107f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab909110171690565b5f613edf601084614929565b90505f613eed601085614bc0565b90505f60048360108110613f0357613f0361494f565b01546001600160a01b031690505f613f1c83600161493c565b613f279060806148fe565b6001600160401b03811115613f3e57613f3e614768565b6040519080825280601f01601f191660200182016040528015613f68576020820181803683370190505b5090508215613f7e5760808302600160208301843c5b6080602086016080850260208401015e5f81516001613f9d919061493c565b82604051602001613faf929190614bd3565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116613ff25760405163145a1fdd60e31b815260040160405180910390fd5b80600487601081106140065761400661494f565b0180546001600160a01b0319166001600160a01b03929092169190911790555050505050505050565b5f5f60205f8451602086015f885af18061404e576040513d5f823e3d81fd5b50505f513d91508115614065578060011415614072565b6001600160a01b0384163b155b156136ee57604051635274afe760e01b81526001600160a01b03851660048201526024016109e4565b604080516101008082526101208201909252606091602082018180368337019050509050602081016140ce848483613c93565b5092915050565b6040805161030080825261032082019092525f9182919060208201818036833701905050905060208082019061010090850160a084015e60806020870161018083015e6101006020860161020083015e61412e81613c1b565b61382f81613ded565b8151606090801580614149575060ff81115b1561416757604051634e26edeb60e11b815260040160405180910390fd5b8215806141755750611fe083115b15614193576040516309568f7760e21b815260040160405180910390fd5b5f60206141a185601f61493c565b6141ab9190614929565b90506141b88160206148fe565b6001600160401b038111156141cf576141cf614768565b6040519080825280601f01601f1916602001820160405280156141f9576020820181803683370190505b5092505f600190506040515f81525f60208201526040810188518060208b01835e01600887901c815360ff871660018201535f60028201536003018460208901825e848582015360018501810190506020828383038460025afa831692505080518460208901602184015e8485602184010153846022015f60015b8681116142a4578184188552806020860153602081028901602081858860025afa90519616959150600101614274565b5050505050848452806142cd576040516375c6821d60e11b8152600260048201526024016109e4565b5050509392505050565b80356001600160a01b03811681146142ed575f5ffd5b919050565b5f60208284031215614302575f5ffd5b6109b3826142d7565b5f5f6040838503121561431c575f5ffd5b614325836142d7565b946020939093013593505050565b5f60208284031215614343575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6109b3602083018461434a565b5f5f83601f84011261439a575f5ffd5b5081356001600160401b038111156143b0575f5ffd5b6020830191508360208285010111156143c7575f5ffd5b9250929050565b5f5f5f5f5f606086880312156143e2575f5ffd5b85356001600160401b038111156143f7575f5ffd5b6144038882890161438a565b9096509450506020860135925060408601356001600160401b03811115614428575f5ffd5b6144348882890161438a565b969995985093965092949392505050565b5f60208284031215614455575f5ffd5b81356001600160401b038116811461446b575f5ffd5b9392505050565b604080825283519082018190525f9060208501906060840190835b818110156144b157835163ffffffff1683526020938401939092019160010161448d565b5050838103602080860191909152855180835291810192508501905f5b818110156144f55782516001600160a01b03168452602093840193909201916001016144ce565b50919695505050505050565b803563ffffffff811681146142ed575f5ffd5b5f5f60408385031215614525575f5ffd5b61432583614501565b5f5f6020838503121561453f575f5ffd5b82356001600160401b03811115614554575f5ffd5b8301601f81018513614564575f5ffd5b80356001600160401b03811115614579575f5ffd5b8560208260051b840101111561458d575f5ffd5b6020919091019590945092505050565b5f5f5f5f5f5f5f5f5f60a08a8c0312156145b5575f5ffd5b6145be8a614501565b985060208a01356001600160401b038111156145d8575f5ffd5b6145e48c828d0161438a565b90995097505060408a01356001600160401b03811115614602575f5ffd5b61460e8c828d0161438a565b90975095505060608a01356001600160401b0381111561462c575f5ffd5b6146388c828d0161438a565b90955093505060808a01356001600160401b03811115614656575f5ffd5b6146628c828d0161438a565b915080935050809150509295985092959850929598565b81516001600160a01b039081168252602080840151909116908201526040808301516101208301916146b5908401826001600160401b03169052565b5060608301516146d060608401826001600160401b03169052565b5060808301516146eb60808401826001600160401b03169052565b5060a083015161470660a08401826001600160401b03169052565b5060c083015161472160c08401826001600160401b03169052565b5060e083015161473760e084018261ffff169052565b506101008301516140ce61010084018261ffff169052565b5f6020828403121561475f575f5ffd5b6109b382614501565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561478d575f5ffd5b614796836142d7565b915060208301356001600160401b038111156147b0575f5ffd5b8301601f810185136147c0575f5ffd5b80356001600160401b038111156147d9576147d9614768565b604051601f8201601f19908116603f011681016001600160401b038111828210171561480757614807614768565b60405281815282820160200187101561481e575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b6001600160a01b03851681526080602082018190525f906148609083018661434a565b60ff949094166040830152506060015292915050565b5f5f5f5f5f6060868803121561488a575f5ffd5b614893866142d7565b945060208601356001600160401b038111156148ad575f5ffd5b6148b98882890161438a565b90955093505060408601356001600160401b03811115614428575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156109b6576109b66148d7565b80820281158282048414176109b6576109b66148d7565b634e487b7160e01b5f52601260045260245ffd5b5f8261493757614937614915565b500490565b808201808211156109b6576109b66148d7565b634e487b7160e01b5f52603260045260245ffd5b6001600160781b0382811682821603908111156109b6576109b66148d7565b6001600160801b0382811682821603908111156109b6576109b66148d7565b5f816149af576149af6148d7565b505f190190565b5f600182016149c7576149c76148d7565b5060010190565b5f8235605e198336030181126149e2575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614a01575f5ffd5b8301803591506001600160401b03821115614a1a575f5ffd5b6020019150368190038213156143c7575f5ffd5b5f60208284031215614a3e575f5ffd5b5051919050565b61ffff82811682821603908111156109b6576109b66148d7565b5f81518060208401855e5f93019283525090919050565b6e77686974657061792f706f702f763160881b815284600f8201526bffffffffffffffffffffffff198460601b16602f8201526bffffffffffffffffffffffff198360601b1660438201525f61382f6057830184614a5f565b6001600160401b0381811683821602908116908181146140ce576140ce6148d7565b6001600160401b0381811683821601908111156109b6576109b66148d7565b63ffffffff81811683821601908111156109b6576109b66148d7565b6001600160401b0382811682821603908111156109b6576109b66148d7565b5f6001600160401b03831680614b6357614b63614915565b806001600160401b0384160691505092915050565b6001600160801b0381811683821601908111156109b6576109b66148d7565b61ffff81811683821601908111156109b6576109b66148d7565b818382375f9101908152919050565b5f82614bce57614bce614915565b500690565b606160f81b815260f083901b6001600160f01b03191660018201526680600a3d393df360c81b60038201525f612bad600b830184614a5f56fe424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505fa164736f6c6343000825000a424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab",
}

// UpkeepingABI is the input ABI used to generate the binding from.
// Deprecated: Use UpkeepingMetaData.ABI instead.
var UpkeepingABI = UpkeepingMetaData.ABI

// UpkeepingBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use UpkeepingMetaData.Bin instead.
var UpkeepingBin = UpkeepingMetaData.Bin

// DeployUpkeeping deploys a new Ethereum contract, binding an instance of Upkeeping to it.
func DeployUpkeeping(auth *bind.TransactOpts, backend bind.ContractBackend, cfg UpkeepingConfig, keepers []UpkeepingKeeperInit, providers []UpkeepingProviderInit) (common.Address, *types.Transaction, *Upkeeping, error) {
	parsed, err := UpkeepingMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(UpkeepingBin), backend, cfg, keepers, providers)
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

// MAXKEEPERS is a free data retrieval call binding the contract method 0x9f8f2bd5.
//
// Solidity: function MAX_KEEPERS() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) MAXKEEPERS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "MAX_KEEPERS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXKEEPERS is a free data retrieval call binding the contract method 0x9f8f2bd5.
//
// Solidity: function MAX_KEEPERS() view returns(uint256)
func (_Upkeeping *UpkeepingSession) MAXKEEPERS() (*big.Int, error) {
	return _Upkeeping.Contract.MAXKEEPERS(&_Upkeeping.CallOpts)
}

// MAXKEEPERS is a free data retrieval call binding the contract method 0x9f8f2bd5.
//
// Solidity: function MAX_KEEPERS() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) MAXKEEPERS() (*big.Int, error) {
	return _Upkeeping.Contract.MAXKEEPERS(&_Upkeeping.CallOpts)
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

// ActiveBitmap is a free data retrieval call binding the contract method 0x99a4deea.
//
// Solidity: function activeBitmap() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) ActiveBitmap(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "activeBitmap")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ActiveBitmap is a free data retrieval call binding the contract method 0x99a4deea.
//
// Solidity: function activeBitmap() view returns(uint256)
func (_Upkeeping *UpkeepingSession) ActiveBitmap() (*big.Int, error) {
	return _Upkeeping.Contract.ActiveBitmap(&_Upkeeping.CallOpts)
}

// ActiveBitmap is a free data retrieval call binding the contract method 0x99a4deea.
//
// Solidity: function activeBitmap() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) ActiveBitmap() (*big.Int, error) {
	return _Upkeeping.Contract.ActiveBitmap(&_Upkeeping.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256 amount)
func (_Upkeeping *UpkeepingCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256 amount)
func (_Upkeeping *UpkeepingSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _Upkeeping.Contract.BalanceOf(&_Upkeeping.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256 amount)
func (_Upkeeping *UpkeepingCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _Upkeeping.Contract.BalanceOf(&_Upkeeping.CallOpts, account)
}

// Counts is a free data retrieval call binding the contract method 0x817cc1ea.
//
// Solidity: function counts() view returns(uint256 keepers, uint256 active, uint256 providers)
func (_Upkeeping *UpkeepingCaller) Counts(opts *bind.CallOpts) (struct {
	Keepers   *big.Int
	Active    *big.Int
	Providers *big.Int
}, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "counts")

	outstruct := new(struct {
		Keepers   *big.Int
		Active    *big.Int
		Providers *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Keepers = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Active = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Providers = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Counts is a free data retrieval call binding the contract method 0x817cc1ea.
//
// Solidity: function counts() view returns(uint256 keepers, uint256 active, uint256 providers)
func (_Upkeeping *UpkeepingSession) Counts() (struct {
	Keepers   *big.Int
	Active    *big.Int
	Providers *big.Int
}, error) {
	return _Upkeeping.Contract.Counts(&_Upkeeping.CallOpts)
}

// Counts is a free data retrieval call binding the contract method 0x817cc1ea.
//
// Solidity: function counts() view returns(uint256 keepers, uint256 active, uint256 providers)
func (_Upkeeping *UpkeepingCallerSession) Counts() (struct {
	Keepers   *big.Int
	Active    *big.Int
	Providers *big.Int
}, error) {
	return _Upkeeping.Contract.Counts(&_Upkeeping.CallOpts)
}

// Finality is a free data retrieval call binding the contract method 0x739fc8d1.
//
// Solidity: function finality() view returns(uint64)
func (_Upkeeping *UpkeepingCaller) Finality(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "finality")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Finality is a free data retrieval call binding the contract method 0x739fc8d1.
//
// Solidity: function finality() view returns(uint64)
func (_Upkeeping *UpkeepingSession) Finality() (uint64, error) {
	return _Upkeeping.Contract.Finality(&_Upkeeping.CallOpts)
}

// Finality is a free data retrieval call binding the contract method 0x739fc8d1.
//
// Solidity: function finality() view returns(uint64)
func (_Upkeeping *UpkeepingCallerSession) Finality() (uint64, error) {
	return _Upkeeping.Contract.Finality(&_Upkeeping.CallOpts)
}

// KeeperIndex is a free data retrieval call binding the contract method 0x2de7204e.
//
// Solidity: function keeperIndex(address account) view returns(uint256 index, bool found)
func (_Upkeeping *UpkeepingCaller) KeeperIndex(opts *bind.CallOpts, account common.Address) (struct {
	Index *big.Int
	Found bool
}, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "keeperIndex", account)

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

// KeeperIndex is a free data retrieval call binding the contract method 0x2de7204e.
//
// Solidity: function keeperIndex(address account) view returns(uint256 index, bool found)
func (_Upkeeping *UpkeepingSession) KeeperIndex(account common.Address) (struct {
	Index *big.Int
	Found bool
}, error) {
	return _Upkeeping.Contract.KeeperIndex(&_Upkeeping.CallOpts, account)
}

// KeeperIndex is a free data retrieval call binding the contract method 0x2de7204e.
//
// Solidity: function keeperIndex(address account) view returns(uint256 index, bool found)
func (_Upkeeping *UpkeepingCallerSession) KeeperIndex(account common.Address) (struct {
	Index *big.Int
	Found bool
}, error) {
	return _Upkeeping.Contract.KeeperIndex(&_Upkeeping.CallOpts, account)
}

// KeeperInfo is a free data retrieval call binding the contract method 0xec15bb2d.
//
// Solidity: function keeperInfo(uint256 index) view returns(address account, bytes pubkey, uint8 status, uint256 withdrawable)
func (_Upkeeping *UpkeepingCaller) KeeperInfo(opts *bind.CallOpts, index *big.Int) (struct {
	Account      common.Address
	Pubkey       []byte
	Status       uint8
	Withdrawable *big.Int
}, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "keeperInfo", index)

	outstruct := new(struct {
		Account      common.Address
		Pubkey       []byte
		Status       uint8
		Withdrawable *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Account = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Pubkey = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Withdrawable = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// KeeperInfo is a free data retrieval call binding the contract method 0xec15bb2d.
//
// Solidity: function keeperInfo(uint256 index) view returns(address account, bytes pubkey, uint8 status, uint256 withdrawable)
func (_Upkeeping *UpkeepingSession) KeeperInfo(index *big.Int) (struct {
	Account      common.Address
	Pubkey       []byte
	Status       uint8
	Withdrawable *big.Int
}, error) {
	return _Upkeeping.Contract.KeeperInfo(&_Upkeeping.CallOpts, index)
}

// KeeperInfo is a free data retrieval call binding the contract method 0xec15bb2d.
//
// Solidity: function keeperInfo(uint256 index) view returns(address account, bytes pubkey, uint8 status, uint256 withdrawable)
func (_Upkeeping *UpkeepingCallerSession) KeeperInfo(index *big.Int) (struct {
	Account      common.Address
	Pubkey       []byte
	Status       uint8
	Withdrawable *big.Int
}, error) {
	return _Upkeeping.Contract.KeeperInfo(&_Upkeeping.CallOpts, index)
}

// KeeperKey is a free data retrieval call binding the contract method 0x35356d53.
//
// Solidity: function keeperKey(uint256 index) view returns(bytes pubkey)
func (_Upkeeping *UpkeepingCaller) KeeperKey(opts *bind.CallOpts, index *big.Int) ([]byte, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "keeperKey", index)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// KeeperKey is a free data retrieval call binding the contract method 0x35356d53.
//
// Solidity: function keeperKey(uint256 index) view returns(bytes pubkey)
func (_Upkeeping *UpkeepingSession) KeeperKey(index *big.Int) ([]byte, error) {
	return _Upkeeping.Contract.KeeperKey(&_Upkeeping.CallOpts, index)
}

// KeeperKey is a free data retrieval call binding the contract method 0x35356d53.
//
// Solidity: function keeperKey(uint256 index) view returns(bytes pubkey)
func (_Upkeeping *UpkeepingCallerSession) KeeperKey(index *big.Int) ([]byte, error) {
	return _Upkeeping.Contract.KeeperKey(&_Upkeeping.CallOpts, index)
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

// LeaderBonusBps is a free data retrieval call binding the contract method 0x2ebc28b7.
//
// Solidity: function leaderBonusBps() view returns(uint16)
func (_Upkeeping *UpkeepingCaller) LeaderBonusBps(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "leaderBonusBps")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// LeaderBonusBps is a free data retrieval call binding the contract method 0x2ebc28b7.
//
// Solidity: function leaderBonusBps() view returns(uint16)
func (_Upkeeping *UpkeepingSession) LeaderBonusBps() (uint16, error) {
	return _Upkeeping.Contract.LeaderBonusBps(&_Upkeeping.CallOpts)
}

// LeaderBonusBps is a free data retrieval call binding the contract method 0x2ebc28b7.
//
// Solidity: function leaderBonusBps() view returns(uint16)
func (_Upkeeping *UpkeepingCallerSession) LeaderBonusBps() (uint16, error) {
	return _Upkeeping.Contract.LeaderBonusBps(&_Upkeeping.CallOpts)
}

// LeaderOrder is a free data retrieval call binding the contract method 0x6177fae9.
//
// Solidity: function leaderOrder(uint64 te) view returns(uint32[] indices, address[] accounts)
func (_Upkeeping *UpkeepingCaller) LeaderOrder(opts *bind.CallOpts, te uint64) (struct {
	Indices  []uint32
	Accounts []common.Address
}, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "leaderOrder", te)

	outstruct := new(struct {
		Indices  []uint32
		Accounts []common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Indices = *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	outstruct.Accounts = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)

	return *outstruct, err

}

// LeaderOrder is a free data retrieval call binding the contract method 0x6177fae9.
//
// Solidity: function leaderOrder(uint64 te) view returns(uint32[] indices, address[] accounts)
func (_Upkeeping *UpkeepingSession) LeaderOrder(te uint64) (struct {
	Indices  []uint32
	Accounts []common.Address
}, error) {
	return _Upkeeping.Contract.LeaderOrder(&_Upkeeping.CallOpts, te)
}

// LeaderOrder is a free data retrieval call binding the contract method 0x6177fae9.
//
// Solidity: function leaderOrder(uint64 te) view returns(uint32[] indices, address[] accounts)
func (_Upkeeping *UpkeepingCallerSession) LeaderOrder(te uint64) (struct {
	Indices  []uint32
	Accounts []common.Address
}, error) {
	return _Upkeeping.Contract.LeaderOrder(&_Upkeeping.CallOpts, te)
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

// Params is a free data retrieval call binding the contract method 0xcff0ab96.
//
// Solidity: function params() view returns((address,address,uint64,uint64,uint64,uint64,uint64,uint16,uint16))
func (_Upkeeping *UpkeepingCaller) Params(opts *bind.CallOpts) (UpkeepingConfig, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "params")

	if err != nil {
		return *new(UpkeepingConfig), err
	}

	out0 := *abi.ConvertType(out[0], new(UpkeepingConfig)).(*UpkeepingConfig)

	return out0, err

}

// Params is a free data retrieval call binding the contract method 0xcff0ab96.
//
// Solidity: function params() view returns((address,address,uint64,uint64,uint64,uint64,uint64,uint16,uint16))
func (_Upkeeping *UpkeepingSession) Params() (UpkeepingConfig, error) {
	return _Upkeeping.Contract.Params(&_Upkeeping.CallOpts)
}

// Params is a free data retrieval call binding the contract method 0xcff0ab96.
//
// Solidity: function params() view returns((address,address,uint64,uint64,uint64,uint64,uint64,uint16,uint16))
func (_Upkeeping *UpkeepingCallerSession) Params() (UpkeepingConfig, error) {
	return _Upkeeping.Contract.Params(&_Upkeeping.CallOpts)
}

// Period is a free data retrieval call binding the contract method 0xef78d4fd.
//
// Solidity: function period() view returns(uint64)
func (_Upkeeping *UpkeepingCaller) Period(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "period")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Period is a free data retrieval call binding the contract method 0xef78d4fd.
//
// Solidity: function period() view returns(uint64)
func (_Upkeeping *UpkeepingSession) Period() (uint64, error) {
	return _Upkeeping.Contract.Period(&_Upkeeping.CallOpts)
}

// Period is a free data retrieval call binding the contract method 0xef78d4fd.
//
// Solidity: function period() view returns(uint64)
func (_Upkeeping *UpkeepingCallerSession) Period() (uint64, error) {
	return _Upkeeping.Contract.Period(&_Upkeeping.CallOpts)
}

// PopDigest is a free data retrieval call binding the contract method 0xeac3f57b.
//
// Solidity: function popDigest(address account, bytes pubkey) view returns(bytes32)
func (_Upkeeping *UpkeepingCaller) PopDigest(opts *bind.CallOpts, account common.Address, pubkey []byte) ([32]byte, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "popDigest", account, pubkey)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PopDigest is a free data retrieval call binding the contract method 0xeac3f57b.
//
// Solidity: function popDigest(address account, bytes pubkey) view returns(bytes32)
func (_Upkeeping *UpkeepingSession) PopDigest(account common.Address, pubkey []byte) ([32]byte, error) {
	return _Upkeeping.Contract.PopDigest(&_Upkeeping.CallOpts, account, pubkey)
}

// PopDigest is a free data retrieval call binding the contract method 0xeac3f57b.
//
// Solidity: function popDigest(address account, bytes pubkey) view returns(bytes32)
func (_Upkeeping *UpkeepingCallerSession) PopDigest(account common.Address, pubkey []byte) ([32]byte, error) {
	return _Upkeeping.Contract.PopDigest(&_Upkeeping.CallOpts, account, pubkey)
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
// Solidity: function providerInfo(uint256 index) view returns(address account, uint256 price, uint64 paidUntil, uint256 balance)
func (_Upkeeping *UpkeepingCaller) ProviderInfo(opts *bind.CallOpts, index *big.Int) (struct {
	Account   common.Address
	Price     *big.Int
	PaidUntil uint64
	Balance   *big.Int
}, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "providerInfo", index)

	outstruct := new(struct {
		Account   common.Address
		Price     *big.Int
		PaidUntil uint64
		Balance   *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Account = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Price = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.PaidUntil = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Balance = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// ProviderInfo is a free data retrieval call binding the contract method 0x4cc2461b.
//
// Solidity: function providerInfo(uint256 index) view returns(address account, uint256 price, uint64 paidUntil, uint256 balance)
func (_Upkeeping *UpkeepingSession) ProviderInfo(index *big.Int) (struct {
	Account   common.Address
	Price     *big.Int
	PaidUntil uint64
	Balance   *big.Int
}, error) {
	return _Upkeeping.Contract.ProviderInfo(&_Upkeeping.CallOpts, index)
}

// ProviderInfo is a free data retrieval call binding the contract method 0x4cc2461b.
//
// Solidity: function providerInfo(uint256 index) view returns(address account, uint256 price, uint64 paidUntil, uint256 balance)
func (_Upkeeping *UpkeepingCallerSession) ProviderInfo(index *big.Int) (struct {
	Account   common.Address
	Price     *big.Int
	PaidUntil uint64
	Balance   *big.Int
}, error) {
	return _Upkeeping.Contract.ProviderInfo(&_Upkeeping.CallOpts, index)
}

// ProviderShareBps is a free data retrieval call binding the contract method 0x22064896.
//
// Solidity: function providerShareBps() view returns(uint16)
func (_Upkeeping *UpkeepingCaller) ProviderShareBps(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "providerShareBps")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ProviderShareBps is a free data retrieval call binding the contract method 0x22064896.
//
// Solidity: function providerShareBps() view returns(uint16)
func (_Upkeeping *UpkeepingSession) ProviderShareBps() (uint16, error) {
	return _Upkeeping.Contract.ProviderShareBps(&_Upkeeping.CallOpts)
}

// ProviderShareBps is a free data retrieval call binding the contract method 0x22064896.
//
// Solidity: function providerShareBps() view returns(uint16)
func (_Upkeeping *UpkeepingCallerSession) ProviderShareBps() (uint16, error) {
	return _Upkeeping.Contract.ProviderShareBps(&_Upkeeping.CallOpts)
}

// Quorum is a free data retrieval call binding the contract method 0x1703a018.
//
// Solidity: function quorum() view returns(uint256)
func (_Upkeeping *UpkeepingCaller) Quorum(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "quorum")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Quorum is a free data retrieval call binding the contract method 0x1703a018.
//
// Solidity: function quorum() view returns(uint256)
func (_Upkeeping *UpkeepingSession) Quorum() (*big.Int, error) {
	return _Upkeeping.Contract.Quorum(&_Upkeeping.CallOpts)
}

// Quorum is a free data retrieval call binding the contract method 0x1703a018.
//
// Solidity: function quorum() view returns(uint256)
func (_Upkeeping *UpkeepingCallerSession) Quorum() (*big.Int, error) {
	return _Upkeeping.Contract.Quorum(&_Upkeeping.CallOpts)
}

// Stale is a free data retrieval call binding the contract method 0xeda3640e.
//
// Solidity: function stale() view returns(uint64)
func (_Upkeeping *UpkeepingCaller) Stale(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "stale")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Stale is a free data retrieval call binding the contract method 0xeda3640e.
//
// Solidity: function stale() view returns(uint64)
func (_Upkeeping *UpkeepingSession) Stale() (uint64, error) {
	return _Upkeeping.Contract.Stale(&_Upkeeping.CallOpts)
}

// Stale is a free data retrieval call binding the contract method 0xeda3640e.
//
// Solidity: function stale() view returns(uint64)
func (_Upkeeping *UpkeepingCallerSession) Stale() (uint64, error) {
	return _Upkeeping.Contract.Stale(&_Upkeeping.CallOpts)
}

// Start is a free data retrieval call binding the contract method 0xbe9a6555.
//
// Solidity: function start() view returns(uint64)
func (_Upkeeping *UpkeepingCaller) Start(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "start")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Start is a free data retrieval call binding the contract method 0xbe9a6555.
//
// Solidity: function start() view returns(uint64)
func (_Upkeeping *UpkeepingSession) Start() (uint64, error) {
	return _Upkeeping.Contract.Start(&_Upkeeping.CallOpts)
}

// Start is a free data retrieval call binding the contract method 0xbe9a6555.
//
// Solidity: function start() view returns(uint64)
func (_Upkeeping *UpkeepingCallerSession) Start() (uint64, error) {
	return _Upkeeping.Contract.Start(&_Upkeeping.CallOpts)
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

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Upkeeping *UpkeepingCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Upkeeping *UpkeepingSession) Token() (common.Address, error) {
	return _Upkeeping.Contract.Token(&_Upkeeping.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Upkeeping *UpkeepingCallerSession) Token() (common.Address, error) {
	return _Upkeeping.Contract.Token(&_Upkeeping.CallOpts)
}

// Window is a free data retrieval call binding the contract method 0x461645bf.
//
// Solidity: function window() view returns(uint64)
func (_Upkeeping *UpkeepingCaller) Window(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Upkeeping.contract.Call(opts, &out, "window")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Window is a free data retrieval call binding the contract method 0x461645bf.
//
// Solidity: function window() view returns(uint64)
func (_Upkeeping *UpkeepingSession) Window() (uint64, error) {
	return _Upkeeping.Contract.Window(&_Upkeeping.CallOpts)
}

// Window is a free data retrieval call binding the contract method 0x461645bf.
//
// Solidity: function window() view returns(uint64)
func (_Upkeeping *UpkeepingCallerSession) Window() (uint64, error) {
	return _Upkeeping.Contract.Window(&_Upkeeping.CallOpts)
}

// AddKeeper is a paid mutator transaction binding the contract method 0xf952a95d.
//
// Solidity: function addKeeper(address account, bytes pubkey, bytes pop) returns()
func (_Upkeeping *UpkeepingTransactor) AddKeeper(opts *bind.TransactOpts, account common.Address, pubkey []byte, pop []byte) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "addKeeper", account, pubkey, pop)
}

// AddKeeper is a paid mutator transaction binding the contract method 0xf952a95d.
//
// Solidity: function addKeeper(address account, bytes pubkey, bytes pop) returns()
func (_Upkeeping *UpkeepingSession) AddKeeper(account common.Address, pubkey []byte, pop []byte) (*types.Transaction, error) {
	return _Upkeeping.Contract.AddKeeper(&_Upkeeping.TransactOpts, account, pubkey, pop)
}

// AddKeeper is a paid mutator transaction binding the contract method 0xf952a95d.
//
// Solidity: function addKeeper(address account, bytes pubkey, bytes pop) returns()
func (_Upkeeping *UpkeepingTransactorSession) AddKeeper(account common.Address, pubkey []byte, pop []byte) (*types.Transaction, error) {
	return _Upkeeping.Contract.AddKeeper(&_Upkeeping.TransactOpts, account, pubkey, pop)
}

// AddKeepers is a paid mutator transaction binding the contract method 0x9cb8ced6.
//
// Solidity: function addKeepers((address,bytes,bytes)[] keepers) returns()
func (_Upkeeping *UpkeepingTransactor) AddKeepers(opts *bind.TransactOpts, keepers []UpkeepingKeeperInit) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "addKeepers", keepers)
}

// AddKeepers is a paid mutator transaction binding the contract method 0x9cb8ced6.
//
// Solidity: function addKeepers((address,bytes,bytes)[] keepers) returns()
func (_Upkeeping *UpkeepingSession) AddKeepers(keepers []UpkeepingKeeperInit) (*types.Transaction, error) {
	return _Upkeeping.Contract.AddKeepers(&_Upkeeping.TransactOpts, keepers)
}

// AddKeepers is a paid mutator transaction binding the contract method 0x9cb8ced6.
//
// Solidity: function addKeepers((address,bytes,bytes)[] keepers) returns()
func (_Upkeeping *UpkeepingTransactorSession) AddKeepers(keepers []UpkeepingKeeperInit) (*types.Transaction, error) {
	return _Upkeeping.Contract.AddKeepers(&_Upkeeping.TransactOpts, keepers)
}

// AddProvider is a paid mutator transaction binding the contract method 0x307ef418.
//
// Solidity: function addProvider(address account, uint256 price) returns(uint32)
func (_Upkeeping *UpkeepingTransactor) AddProvider(opts *bind.TransactOpts, account common.Address, price *big.Int) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "addProvider", account, price)
}

// AddProvider is a paid mutator transaction binding the contract method 0x307ef418.
//
// Solidity: function addProvider(address account, uint256 price) returns(uint32)
func (_Upkeeping *UpkeepingSession) AddProvider(account common.Address, price *big.Int) (*types.Transaction, error) {
	return _Upkeeping.Contract.AddProvider(&_Upkeeping.TransactOpts, account, price)
}

// AddProvider is a paid mutator transaction binding the contract method 0x307ef418.
//
// Solidity: function addProvider(address account, uint256 price) returns(uint32)
func (_Upkeeping *UpkeepingTransactorSession) AddProvider(account common.Address, price *big.Int) (*types.Transaction, error) {
	return _Upkeeping.Contract.AddProvider(&_Upkeeping.TransactOpts, account, price)
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

// RemoveKeeper is a paid mutator transaction binding the contract method 0xe90e31a7.
//
// Solidity: function removeKeeper(uint32 index) returns()
func (_Upkeeping *UpkeepingTransactor) RemoveKeeper(opts *bind.TransactOpts, index uint32) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "removeKeeper", index)
}

// RemoveKeeper is a paid mutator transaction binding the contract method 0xe90e31a7.
//
// Solidity: function removeKeeper(uint32 index) returns()
func (_Upkeeping *UpkeepingSession) RemoveKeeper(index uint32) (*types.Transaction, error) {
	return _Upkeeping.Contract.RemoveKeeper(&_Upkeeping.TransactOpts, index)
}

// RemoveKeeper is a paid mutator transaction binding the contract method 0xe90e31a7.
//
// Solidity: function removeKeeper(uint32 index) returns()
func (_Upkeeping *UpkeepingTransactorSession) RemoveKeeper(index uint32) (*types.Transaction, error) {
	return _Upkeeping.Contract.RemoveKeeper(&_Upkeeping.TransactOpts, index)
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

// SetPrice is a paid mutator transaction binding the contract method 0x8e1857e8.
//
// Solidity: function setPrice(uint32 index, uint256 price) returns()
func (_Upkeeping *UpkeepingTransactor) SetPrice(opts *bind.TransactOpts, index uint32, price *big.Int) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "setPrice", index, price)
}

// SetPrice is a paid mutator transaction binding the contract method 0x8e1857e8.
//
// Solidity: function setPrice(uint32 index, uint256 price) returns()
func (_Upkeeping *UpkeepingSession) SetPrice(index uint32, price *big.Int) (*types.Transaction, error) {
	return _Upkeeping.Contract.SetPrice(&_Upkeeping.TransactOpts, index, price)
}

// SetPrice is a paid mutator transaction binding the contract method 0x8e1857e8.
//
// Solidity: function setPrice(uint32 index, uint256 price) returns()
func (_Upkeeping *UpkeepingTransactorSession) SetPrice(index uint32, price *big.Int) (*types.Transaction, error) {
	return _Upkeeping.Contract.SetPrice(&_Upkeeping.TransactOpts, index, price)
}

// Slash is a paid mutator transaction binding the contract method 0xcf0f37cb.
//
// Solidity: function slash(uint32 keeper, bytes reportA, bytes sigA, bytes reportB, bytes sigB) returns()
func (_Upkeeping *UpkeepingTransactor) Slash(opts *bind.TransactOpts, keeper uint32, reportA []byte, sigA []byte, reportB []byte, sigB []byte) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "slash", keeper, reportA, sigA, reportB, sigB)
}

// Slash is a paid mutator transaction binding the contract method 0xcf0f37cb.
//
// Solidity: function slash(uint32 keeper, bytes reportA, bytes sigA, bytes reportB, bytes sigB) returns()
func (_Upkeeping *UpkeepingSession) Slash(keeper uint32, reportA []byte, sigA []byte, reportB []byte, sigB []byte) (*types.Transaction, error) {
	return _Upkeeping.Contract.Slash(&_Upkeeping.TransactOpts, keeper, reportA, sigA, reportB, sigB)
}

// Slash is a paid mutator transaction binding the contract method 0xcf0f37cb.
//
// Solidity: function slash(uint32 keeper, bytes reportA, bytes sigA, bytes reportB, bytes sigB) returns()
func (_Upkeeping *UpkeepingTransactorSession) Slash(keeper uint32, reportA []byte, sigA []byte, reportB []byte, sigB []byte) (*types.Transaction, error) {
	return _Upkeeping.Contract.Slash(&_Upkeeping.TransactOpts, keeper, reportA, sigA, reportB, sigB)
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

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (_Upkeeping *UpkeepingTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (_Upkeeping *UpkeepingSession) Withdraw() (*types.Transaction, error) {
	return _Upkeeping.Contract.Withdraw(&_Upkeeping.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (_Upkeeping *UpkeepingTransactorSession) Withdraw() (*types.Transaction, error) {
	return _Upkeeping.Contract.Withdraw(&_Upkeeping.TransactOpts)
}

// WithdrawSurplus is a paid mutator transaction binding the contract method 0xb4845fff.
//
// Solidity: function withdrawSurplus(address to, uint256 amount) returns()
func (_Upkeeping *UpkeepingTransactor) WithdrawSurplus(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "withdrawSurplus", to, amount)
}

// WithdrawSurplus is a paid mutator transaction binding the contract method 0xb4845fff.
//
// Solidity: function withdrawSurplus(address to, uint256 amount) returns()
func (_Upkeeping *UpkeepingSession) WithdrawSurplus(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Upkeeping.Contract.WithdrawSurplus(&_Upkeeping.TransactOpts, to, amount)
}

// WithdrawSurplus is a paid mutator transaction binding the contract method 0xb4845fff.
//
// Solidity: function withdrawSurplus(address to, uint256 amount) returns()
func (_Upkeeping *UpkeepingTransactorSession) WithdrawSurplus(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Upkeeping.Contract.WithdrawSurplus(&_Upkeeping.TransactOpts, to, amount)
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
	Te       uint64
	St       *big.Int
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterEntryPaid is a free log retrieval operation binding the contract event 0xf34870cd64dd93d88350db03792a59f7957abddfb93dd895546dbefa8b628898.
//
// Solidity: event EntryPaid(uint32 indexed provider, uint64 ts, uint64 te, uint256 st, uint256 amount)
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

// WatchEntryPaid is a free log subscription operation binding the contract event 0xf34870cd64dd93d88350db03792a59f7957abddfb93dd895546dbefa8b628898.
//
// Solidity: event EntryPaid(uint32 indexed provider, uint64 ts, uint64 te, uint256 st, uint256 amount)
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

// ParseEntryPaid is a log parse operation binding the contract event 0xf34870cd64dd93d88350db03792a59f7957abddfb93dd895546dbefa8b628898.
//
// Solidity: event EntryPaid(uint32 indexed provider, uint64 ts, uint64 te, uint256 st, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) ParseEntryPaid(log types.Log) (*UpkeepingEntryPaid, error) {
	event := new(UpkeepingEntryPaid)
	if err := _Upkeeping.contract.UnpackLog(event, "EntryPaid", log); err != nil {
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

// UpkeepingKeeperAddedIterator is returned from FilterKeeperAdded and is used to iterate over the raw logs and unpacked data for KeeperAdded events raised by the Upkeeping contract.
type UpkeepingKeeperAddedIterator struct {
	Event *UpkeepingKeeperAdded // Event containing the contract specifics and raw log

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
func (it *UpkeepingKeeperAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingKeeperAdded)
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
		it.Event = new(UpkeepingKeeperAdded)
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
func (it *UpkeepingKeeperAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingKeeperAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingKeeperAdded represents a KeeperAdded event raised by the Upkeeping contract.
type UpkeepingKeeperAdded struct {
	Index   uint32
	Account common.Address
	Pubkey  []byte
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterKeeperAdded is a free log retrieval operation binding the contract event 0xffbf17e2c57c97f3193854e55ce2e84f515178db58ea9d73bc6452e0537f3bfd.
//
// Solidity: event KeeperAdded(uint32 indexed index, address indexed account, bytes pubkey)
func (_Upkeeping *UpkeepingFilterer) FilterKeeperAdded(opts *bind.FilterOpts, index []uint32, account []common.Address) (*UpkeepingKeeperAddedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "KeeperAdded", indexRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingKeeperAddedIterator{contract: _Upkeeping.contract, event: "KeeperAdded", logs: logs, sub: sub}, nil
}

// WatchKeeperAdded is a free log subscription operation binding the contract event 0xffbf17e2c57c97f3193854e55ce2e84f515178db58ea9d73bc6452e0537f3bfd.
//
// Solidity: event KeeperAdded(uint32 indexed index, address indexed account, bytes pubkey)
func (_Upkeeping *UpkeepingFilterer) WatchKeeperAdded(opts *bind.WatchOpts, sink chan<- *UpkeepingKeeperAdded, index []uint32, account []common.Address) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "KeeperAdded", indexRule, accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingKeeperAdded)
				if err := _Upkeeping.contract.UnpackLog(event, "KeeperAdded", log); err != nil {
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

// ParseKeeperAdded is a log parse operation binding the contract event 0xffbf17e2c57c97f3193854e55ce2e84f515178db58ea9d73bc6452e0537f3bfd.
//
// Solidity: event KeeperAdded(uint32 indexed index, address indexed account, bytes pubkey)
func (_Upkeeping *UpkeepingFilterer) ParseKeeperAdded(log types.Log) (*UpkeepingKeeperAdded, error) {
	event := new(UpkeepingKeeperAdded)
	if err := _Upkeeping.contract.UnpackLog(event, "KeeperAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpkeepingKeeperRemovedIterator is returned from FilterKeeperRemoved and is used to iterate over the raw logs and unpacked data for KeeperRemoved events raised by the Upkeeping contract.
type UpkeepingKeeperRemovedIterator struct {
	Event *UpkeepingKeeperRemoved // Event containing the contract specifics and raw log

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
func (it *UpkeepingKeeperRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingKeeperRemoved)
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
		it.Event = new(UpkeepingKeeperRemoved)
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
func (it *UpkeepingKeeperRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingKeeperRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingKeeperRemoved represents a KeeperRemoved event raised by the Upkeeping contract.
type UpkeepingKeeperRemoved struct {
	Index   uint32
	Account common.Address
	Settled *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterKeeperRemoved is a free log retrieval operation binding the contract event 0x8161924d22b79ab8b4b51811860aa107073bad156aa0dc8987648c8ec6ec200c.
//
// Solidity: event KeeperRemoved(uint32 indexed index, address indexed account, uint256 settled)
func (_Upkeeping *UpkeepingFilterer) FilterKeeperRemoved(opts *bind.FilterOpts, index []uint32, account []common.Address) (*UpkeepingKeeperRemovedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "KeeperRemoved", indexRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingKeeperRemovedIterator{contract: _Upkeeping.contract, event: "KeeperRemoved", logs: logs, sub: sub}, nil
}

// WatchKeeperRemoved is a free log subscription operation binding the contract event 0x8161924d22b79ab8b4b51811860aa107073bad156aa0dc8987648c8ec6ec200c.
//
// Solidity: event KeeperRemoved(uint32 indexed index, address indexed account, uint256 settled)
func (_Upkeeping *UpkeepingFilterer) WatchKeeperRemoved(opts *bind.WatchOpts, sink chan<- *UpkeepingKeeperRemoved, index []uint32, account []common.Address) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "KeeperRemoved", indexRule, accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingKeeperRemoved)
				if err := _Upkeeping.contract.UnpackLog(event, "KeeperRemoved", log); err != nil {
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

// ParseKeeperRemoved is a log parse operation binding the contract event 0x8161924d22b79ab8b4b51811860aa107073bad156aa0dc8987648c8ec6ec200c.
//
// Solidity: event KeeperRemoved(uint32 indexed index, address indexed account, uint256 settled)
func (_Upkeeping *UpkeepingFilterer) ParseKeeperRemoved(log types.Log) (*UpkeepingKeeperRemoved, error) {
	event := new(UpkeepingKeeperRemoved)
	if err := _Upkeeping.contract.UnpackLog(event, "KeeperRemoved", log); err != nil {
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
	Index     uint32
	Account   common.Address
	Reporter  common.Address
	Forfeited *big.Int
	DigestA   [32]byte
	DigestB   [32]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterKeeperSlashed is a free log retrieval operation binding the contract event 0xefe32103f3ee42afbf74b50cf6394fd76b1f1f846490734e98f91f692ce13d49.
//
// Solidity: event KeeperSlashed(uint32 indexed index, address indexed account, address indexed reporter, uint256 forfeited, bytes32 digestA, bytes32 digestB)
func (_Upkeeping *UpkeepingFilterer) FilterKeeperSlashed(opts *bind.FilterOpts, index []uint32, account []common.Address, reporter []common.Address) (*UpkeepingKeeperSlashedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "KeeperSlashed", indexRule, accountRule, reporterRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingKeeperSlashedIterator{contract: _Upkeeping.contract, event: "KeeperSlashed", logs: logs, sub: sub}, nil
}

// WatchKeeperSlashed is a free log subscription operation binding the contract event 0xefe32103f3ee42afbf74b50cf6394fd76b1f1f846490734e98f91f692ce13d49.
//
// Solidity: event KeeperSlashed(uint32 indexed index, address indexed account, address indexed reporter, uint256 forfeited, bytes32 digestA, bytes32 digestB)
func (_Upkeeping *UpkeepingFilterer) WatchKeeperSlashed(opts *bind.WatchOpts, sink chan<- *UpkeepingKeeperSlashed, index []uint32, account []common.Address, reporter []common.Address) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "KeeperSlashed", indexRule, accountRule, reporterRule)
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

// ParseKeeperSlashed is a log parse operation binding the contract event 0xefe32103f3ee42afbf74b50cf6394fd76b1f1f846490734e98f91f692ce13d49.
//
// Solidity: event KeeperSlashed(uint32 indexed index, address indexed account, address indexed reporter, uint256 forfeited, bytes32 digestA, bytes32 digestB)
func (_Upkeeping *UpkeepingFilterer) ParseKeeperSlashed(log types.Log) (*UpkeepingKeeperSlashed, error) {
	event := new(UpkeepingKeeperSlashed)
	if err := _Upkeeping.contract.UnpackLog(event, "KeeperSlashed", log); err != nil {
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

// UpkeepingPriceChangedIterator is returned from FilterPriceChanged and is used to iterate over the raw logs and unpacked data for PriceChanged events raised by the Upkeeping contract.
type UpkeepingPriceChangedIterator struct {
	Event *UpkeepingPriceChanged // Event containing the contract specifics and raw log

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
func (it *UpkeepingPriceChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpkeepingPriceChanged)
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
		it.Event = new(UpkeepingPriceChanged)
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
func (it *UpkeepingPriceChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpkeepingPriceChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpkeepingPriceChanged represents a PriceChanged event raised by the Upkeeping contract.
type UpkeepingPriceChanged struct {
	Index    uint32
	OldPrice *big.Int
	NewPrice *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterPriceChanged is a free log retrieval operation binding the contract event 0x06294c4ffde0e5ef6aaaf031b654fe71b211dba3955ee62890c0bd38ce3cac2f.
//
// Solidity: event PriceChanged(uint32 indexed index, uint256 oldPrice, uint256 newPrice)
func (_Upkeeping *UpkeepingFilterer) FilterPriceChanged(opts *bind.FilterOpts, index []uint32) (*UpkeepingPriceChangedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "PriceChanged", indexRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingPriceChangedIterator{contract: _Upkeeping.contract, event: "PriceChanged", logs: logs, sub: sub}, nil
}

// WatchPriceChanged is a free log subscription operation binding the contract event 0x06294c4ffde0e5ef6aaaf031b654fe71b211dba3955ee62890c0bd38ce3cac2f.
//
// Solidity: event PriceChanged(uint32 indexed index, uint256 oldPrice, uint256 newPrice)
func (_Upkeeping *UpkeepingFilterer) WatchPriceChanged(opts *bind.WatchOpts, sink chan<- *UpkeepingPriceChanged, index []uint32) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "PriceChanged", indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpkeepingPriceChanged)
				if err := _Upkeeping.contract.UnpackLog(event, "PriceChanged", log); err != nil {
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

// ParsePriceChanged is a log parse operation binding the contract event 0x06294c4ffde0e5ef6aaaf031b654fe71b211dba3955ee62890c0bd38ce3cac2f.
//
// Solidity: event PriceChanged(uint32 indexed index, uint256 oldPrice, uint256 newPrice)
func (_Upkeeping *UpkeepingFilterer) ParsePriceChanged(log types.Log) (*UpkeepingPriceChanged, error) {
	event := new(UpkeepingPriceChanged)
	if err := _Upkeeping.contract.UnpackLog(event, "PriceChanged", log); err != nil {
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
	Digest       [32]byte
	Te           uint64
	Leader       uint32
	Attempt      uint32
	Signers      *big.Int
	Failed       *big.Int
	Total        *big.Int
	KeeperShare  *big.Int
	LeaderCredit *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterReportPaid is a free log retrieval operation binding the contract event 0x1df5b5bfbe89c62d7942640e3c70b8158ac4e02288dc9ccc38610a1a5ad3e550.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint32 leader, uint32 attempt, uint256 signers, uint256 failed, uint256 total, uint256 keeperShare, uint256 leaderCredit)
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

// WatchReportPaid is a free log subscription operation binding the contract event 0x1df5b5bfbe89c62d7942640e3c70b8158ac4e02288dc9ccc38610a1a5ad3e550.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint32 leader, uint32 attempt, uint256 signers, uint256 failed, uint256 total, uint256 keeperShare, uint256 leaderCredit)
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

// ParseReportPaid is a log parse operation binding the contract event 0x1df5b5bfbe89c62d7942640e3c70b8158ac4e02288dc9ccc38610a1a5ad3e550.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint32 leader, uint32 attempt, uint256 signers, uint256 failed, uint256 total, uint256 keeperShare, uint256 leaderCredit)
func (_Upkeeping *UpkeepingFilterer) ParseReportPaid(log types.Log) (*UpkeepingReportPaid, error) {
	event := new(UpkeepingReportPaid)
	if err := _Upkeeping.contract.UnpackLog(event, "ReportPaid", log); err != nil {
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
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*UpkeepingWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Upkeeping.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &UpkeepingWithdrawnIterator{contract: _Upkeeping.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *UpkeepingWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Upkeeping.contract.WatchLogs(opts, "Withdrawn", accountRule)
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

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_Upkeeping *UpkeepingFilterer) ParseWithdrawn(log types.Log) (*UpkeepingWithdrawn, error) {
	event := new(UpkeepingWithdrawn)
	if err := _Upkeeping.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
