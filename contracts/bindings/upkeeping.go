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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finality\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stale\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"providerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"leaderBonusBps\",\"type\":\"uint16\"}],\"internalType\":\"structUpkeeping.Config\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pop\",\"type\":\"bytes\"}],\"internalType\":\"structUpkeeping.KeeperInit[]\",\"name\":\"keepers\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"internalType\":\"structUpkeeping.ProviderInit[]\",\"name\":\"providers\",\"type\":\"tuple[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDSTLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpandLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DuplicateKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyReport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"IntervalNotBeforeEnd\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEvidence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"failed\",\"type\":\"uint256\"}],\"name\":\"InvalidFailedBitmap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leader\",\"type\":\"uint256\"}],\"name\":\"InvalidLeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"InvalidProofOfPossession\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"KeeperExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"KeeperNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedReport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"NotEnoughSigners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEquivocation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payableAt\",\"type\":\"uint256\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"NotPeriodBoundary\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"precompile\",\"type\":\"address\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ProviderExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastPaid\",\"type\":\"uint64\"}],\"name\":\"StaleInterval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"surplus\",\"type\":\"uint256\"}],\"name\":\"SurplusExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyKeepers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownKeeper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"got\",\"type\":\"address\"}],\"name\":\"WrongContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"declared\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongFundingAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"}],\"name\":\"WrongTag\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"provider\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"ts\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"st\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EntryPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"KeeperAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"}],\"name\":\"KeeperRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"forfeited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digestB\",\"type\":\"bytes32\"}],\"name\":\"KeeperSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newPrice\",\"type\":\"uint256\"}],\"name\":\"PriceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastPaid\",\"type\":\"uint64\"}],\"name\":\"ProviderAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"leader\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"attempt\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"keeperShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainder\",\"type\":\"uint256\"}],\"name\":\"ReportPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SurplusWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_KEEPERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REPORT_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeBitmap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pop\",\"type\":\"bytes\"}],\"name\":\"addKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pop\",\"type\":\"bytes\"}],\"internalType\":\"structUpkeeping.KeeperInit[]\",\"name\":\"keepers\",\"type\":\"tuple[]\"}],\"name\":\"addKeepers\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"addProvider\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"internalType\":\"structUpkeeping.ProviderInit[]\",\"name\":\"providers\",\"type\":\"tuple[]\"}],\"name\":\"addProviders\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"counts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"keepers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"active\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"providers\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finality\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"keeperIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"keeperInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"withdrawable\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"keeperKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"provider\",\"type\":\"uint256\"}],\"name\":\"lastPaid\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaderBonusBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"te\",\"type\":\"uint64\"}],\"name\":\"leaderOrder\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"indices\",\"type\":\"uint32[]\"},{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finality\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stale\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"providerShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"leaderBonusBps\",\"type\":\"uint16\"}],\"internalType\":\"structUpkeeping.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"report\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"period\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"popDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"providerIndex\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"providerInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"paidUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providerShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"removeKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"setPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"keeper\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"reportA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"reportB\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"slash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stale\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"start\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"surplus\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"window\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawSurplus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b50604051616abb380380616abb83398101604081905261002f916115b7565b82516001600160a01b03811661005f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610068816102ce565b5082606001516001600160401b03165f036100b7576040516389a6198960e01b815260206004820152600e60248201526d706572696f64206973207a65726f60901b6044820152606401610056565b8260a001516001600160401b03165f03610105576040516389a6198960e01b815260206004820152600e60248201526d77696e646f77206973207a65726f60901b6044820152606401610056565b61271083610100015161ffff168460e0015161ffff1661012591906116e7565b1115610174576040516389a6198960e01b815260206004820152601760248201527f73686172657320657863656564203130303030206270730000000000000000006044820152606401610056565b60208301516001600160a01b03161580159061019c575060208301516001600160a01b03163b155b156101de576040516389a6198960e01b8152602060048201526011602482015270746f6b656e20686173206e6f20636f646560781b6044820152606401610056565b60208301516001600160a01b0316608090815260408401516001600160401b0390811660a09081526060860151821660c090815292860151821660e0908152908601518216610100908152928601519091166101205284015161ffff90811661014052908401511661016052600180546001600160f81b0316600160f81b1790556102688261031d565b5f5b81518110156102c5576102bc828281518110610288576102886116fa565b60200260200101515f01518383815181106102a5576102a56116fa565b6020026020010151602001516106ab60201b60201c565b5060010161026a565b505050506118b3565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80515f036103285750565b6040805160808101825260035461ffff8082168084526201000083049091166020840152640100000000820463ffffffff16938301939093526801000000000000000090046001600160a01b0316606082015282519091906101009061038e90836116e7565b11156103ad57604051636335545160e11b815260040160405180910390fd5b5f835160806103bc919061170e565b6001600160401b038111156103d3576103d36112ad565b6040519080825280601f01601f1916602001820160405280156103fd576020820181803683370190505b50600154600254919250600160801b90046001600160781b0316905f5b86518110156105eb575f878281518110610436576104366116fa565b6020026020010151905061045c815f0151826020015183604001516108f260201b60201c565b5f61046783886116e7565b90506080602080840151016080850260208901015e6020808301518051908201205f908152600882526040808220805460ff1916600190811790915581516060810183528381526001600160781b03808b1682870190815282850184815288875260058852858720935184549251915160ff16600160f81b026001600160f81b0392909416600160801b027fff000000000000000000000000000000000000000000000000000000000000009093166001600160801b039190911617919091171617905585516006909452912080546001600160a01b039093166001600160a01b03199093169290921790915561055f9082906116e7565b60075f845f01516001600160a01b03166001600160a01b031681526020019081526020015f2081905550806001901b84179350815f01516001600160a01b03168163ffffffff167fffbf17e2c57c97f3193854e55ce2e84f515178db58ea9d73bc6452e0537f3bfd84602001516040516105d99190611725565b60405180910390a3505060010161041a565b50600281905585516105fd90856116e7565b61ffff168552855160208601805161061690839061175a565b61ffff90811690915286516003805460208a015160408b015160608c01516001600160a01b03166801000000000000000002600160401b600160e01b031963ffffffff9092166401000000000291909116600160201b600160e01b0319928716620100000263ffffffff199094169590961694909417919091171692909217179055506106a38484610afe565b505050505050565b5f6001600160a01b0383166106d35760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f908152600b60205260409020541561071457604051636a3efcd960e11b81526001600160a01b0384166004820152602401610056565b6001600160401b0382111561073f576040516306d02d6760e11b815260048101839052602401610056565b60035460a05164010000000090910463ffffffff16906001600160401b0381164311156107a75760c05160a0516001600160401b0380831691610783911643611774565b61078d9190611787565b61079791906117a6565b60a0516107a491906117c8565b90505b604080516060810182526001600160401b03808416825286811660208084019182525f84860181815263ffffffff89168083526009845287832096518754955192516001600160801b03908116600160801b0293881668010000000000000000026001600160801b031990971691909716179490941790941693909317909355600a9092529190912080546001600160a01b0388166001600160a01b03199091161790556108569060016116e7565b6001600160a01b0386165f908152600b60205260409020556108798260016117e7565b6003805463ffffffff60201b191664010000000063ffffffff93841602179055604080518681526001600160401b03841660208201526001600160a01b038816928516917f3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674910160405180910390a35090505b92915050565b6001600160a01b0383166109195760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f908152600760205260409020541561095a57604051637c4815e960e11b81526001600160a01b0384166004820152602401610056565b8151608014158061096f575061096f82610d24565b1561098d5760405163145a1fdd60e31b815260040160405180910390fd5b602082015160408301515f516020616a9b5f395f51905f52116f1a0111ea397fe69a4b1ba7b6434bacd78210176f1a0111ea397fe69a4b1ba7b6434bacd8909110161580610a1a5750606082015160808301515f516020616a9b5f395f51905f52116f1a0111ea397fe69a4b1ba7b6434bacd78210176f1a0111ea397fe69a4b1ba7b6434bacd890911016155b15610a385760405163145a1fdd60e31b815260040160405180910390fd5b81516020808401919091205f9081526008909152604090205460ff1615610a72576040516325aff6d160e21b815260040160405180910390fd5b5f610a7d8484610d6c565b90508151610100141580610acf5750610acd8382604051602001610aa391815260200190565b60408051601f1981840301815260608301909152602b80835290918691616a706020830139610da2565b155b15610af857604051630d27338f60e11b81526001600160a01b0385166004820152602401610056565b50505050565b5f60808251610b0d9190611787565b610b1790846116e7565b90505f610b25608085611787565b90505b81610b3460808361170e565b1015610af8575f610b4660808361170e565b90505f83610b556080846116e7565b10610b605783610b6b565b610b6b6080836116e7565b90505f828711610b7b575f610b85565b610b858388611774565b90505f838811610b955783610b97565b875b90505f8515610bb1576004546001600160a01b0316610bca565b6003546801000000000000000090046001600160a01b03165b90505f610bd78686611774565b610be290608061170e565b6001600160401b03811115610bf957610bf96112ad565b6040519080825280601f01601f191660200182016040528015610c23576020820181803683370190505b5090508315610c395760808402600160208301843c5b60808386030260808b85030260208b01016080860260208401015e5f81516001610c6391906116e7565b82604051602001610c7592919061181a565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610cb85760405163145a1fdd60e31b815260040160405180910390fd5b885f03610ced5760038054600160401b600160e01b031916680100000000000000006001600160a01b03841602179055610d09565b600480546001600160a01b0319166001600160a01b0383161790555b50505050505050508080610d1c90611853565b915050610b28565b8051600190602083015f5b82811015610d64578082015160208285031015610d51576008828503602003021c5b8015610d5b575f94505b50602001610d2f565b505050919050565b5f46308484604051602001610d84949392919061186b565b60405160208183030381529060405280519060200120905092915050565b5f84516080141580610db75750825161010014155b15610dc357505f610e03565b610dcc85610d24565b80610ddb5750610ddb83610d24565b15610de757505f610e03565b5f610df28584610e0b565b9050610dff868286610e45565b9150505b949350505050565b60408051610100808252610120820190925260609160208201818036833701905050905060208101610e3e848483610f1d565b5092915050565b6040805161030080825261032082019092525f9182919060208201818036833701905050905060208082019061010090850160a084015e60806020870161018083015e6101006020860161020083015e6f17f1d3a73197d7942695638c4fa9ac0f81527fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb60208201526f114d1d6855d545a8aa7d76c8cf2e21f260408201527f67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca6060820152610f1381610f99565b9695505050505050565b5f610f2b8484610100610fba565b604051909150610f3b828261115a565b5f610100820161010081608085601161c350fa91506101008082016080808601601161c350fa821691506101008561020083600d6105dcfa8216915050806106a3576040516375c6821d60e11b815260116004820152602401610056565b5f6040515f815260208161030085600f62033450fa90516001141692915050565b8151606090801580610fcc575060ff81115b15610fea57604051634e26edeb60e11b815260040160405180910390fd5b821580610ff85750611fe083115b15611016576040516309568f7760e21b815260040160405180910390fd5b5f602061102485601f6116e7565b61102e9190611787565b905061103b81602061170e565b6001600160401b03811115611052576110526112ad565b6040519080825280601f01601f19166020018201604052801561107c576020820181803683370190505b5092505f600190506040515f81525f60208201526040810188518060208b01835e01600887901c815360ff871660018201535f60028201536003018460208901825e848582015360018501810190506020828383038460025afa831692505080518460208901602184015e8485602184010153846022015f60015b868111611127578184188552806020860153602081028901602081858860025afa905196169591506001016110f7565b505050505084845280611150576040516375c6821d60e11b815260026004820152602401610056565b5050509392505050565b602082015f5b6004811015610af8576040810282018051602090910151607c82901c5f197009d835d2f3cc9e45ce28101b0cc7a6ba2982097009d835d2f3cc9e45ce28101b0cc7a6ba29820291508160841c82821083830303607c1b175f195f516020616a9b5f395f51905f52820991505f516020616a9b5f395f51905f5281029250828210838303036f1a0111ea397fe69a4b1ba7b6434bacd7820201915050818310818503039350508082039150505f5b6002811015611295575f516020616a9b5f395f51905f528210156f1a0111ea397fe69a4b1ba7b6434bacd78414166f1a0111ea397fe69a4b1ba7b6434bacd78411171561128d575f516020616a9b5f395f51905f5282106f1a0111ea397fe69a4b1ba7b6434bacd784030392505f516020616a9b5f395f51905f52820391505b60010161120d565b50604083028501918252602090910152600101611160565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b03811182821017156112e3576112e36112ad565b60405290565b604080519081016001600160401b03811182821017156112e3576112e36112ad565b60405161012081016001600160401b03811182821017156112e3576112e36112ad565b604051601f8201601f191681016001600160401b0381118282101715611356576113566112ad565b604052919050565b80516001600160a01b0381168114611374575f5ffd5b919050565b80516001600160401b0381168114611374575f5ffd5b805161ffff81168114611374575f5ffd5b5f6001600160401b038211156113b8576113b86112ad565b5060051b60200190565b5f82601f8301126113d1575f5ffd5b81516001600160401b038111156113ea576113ea6112ad565b6113fd601f8201601f191660200161132e565b818152846020838601011115611411575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f82601f83011261143c575f5ffd5b815161144f61144a826113a0565b61132e565b8082825260208201915060208360051b860101925085831115611470575f5ffd5b602085015b838110156115265780516001600160401b03811115611492575f5ffd5b86016060818903601f190112156114a7575f5ffd5b6114af6112c1565b6114bb6020830161135e565b815260408201516001600160401b038111156114d5575f5ffd5b6114e48a6020838601016113c2565b60208301525060608201516001600160401b03811115611502575f5ffd5b6115118a6020838601016113c2565b60408301525084525060209283019201611475565b5095945050505050565b5f82601f83011261153f575f5ffd5b815161154d61144a826113a0565b8082825260208201915060208360061b86010192508583111561156e575f5ffd5b602085015b83811015611526576040818803121561158a575f5ffd5b6115926112e9565b61159b8261135e565b8152602082810151818301529084529290920191604001611573565b5f5f5f8385036101608112156115cb575f5ffd5b6101208112156115d9575f5ffd5b506115e261130b565b6115eb8561135e565b81526115f96020860161135e565b602082015261160a60408601611379565b604082015261161b60608601611379565b606082015261162c60808601611379565b608082015261163d60a08601611379565b60a082015261164e60c08601611379565b60c082015261165f60e0860161138f565b60e0820152611671610100860161138f565b6101008201526101208501519093506001600160401b03811115611693575f5ffd5b61169f8682870161142d565b61014086015190935090506001600160401b038111156116bd575f5ffd5b6116c986828701611530565b9150509250925092565b634e487b7160e01b5f52601160045260245ffd5b808201808211156108ec576108ec6116d3565b634e487b7160e01b5f52603260045260245ffd5b80820281158282048414176108ec576108ec6116d3565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b61ffff81811683821601908111156108ec576108ec6116d3565b818103818111156108ec576108ec6116d3565b5f826117a157634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160401b038181168382160290811690818114610e3e57610e3e6116d3565b6001600160401b0381811683821601908111156108ec576108ec6116d3565b63ffffffff81811683821601908111156108ec576108ec6116d3565b5f81518060208401855e5f93019283525090919050565b606160f81b815260f083901b6001600160f01b03191660018201526680600a3d393df360c81b60038201525f610e03600b830184611803565b5f60018201611864576118646116d3565b5060010190565b6e3bb434ba32b830bc97b837b817bb1960891b8152600f81018590526001600160601b0319606085811b8216602f84015284901b1660438201525f610f136057830184611803565b60805160a05160c05160e051610100516101205161014051610160516150976119d95f395f818161039801528181611beb0152612d6301525f818161033301528181611bc10152613cd401525f81816107e90152611b9201525f818161043f0152611b6301525f818161056201528181611b340152818161294e015261298b01525f818161081c01528181611b05015281816122a5015281816122c601526128af01525f81816106d901528181611ad601528181612273015281816122f00152818161233d0152818161288101526128d501525f8181610232015281816108df015281816115fd015281816116c201528181611742015281816117ad01528181611aa7015281816120ea015281816121300152818161254401526125ff01526150975ff3fe60806040526004361061022b575f3560e01c80638e1857e811610129578063e90e31a7116100a8578063f2fde38b1161006d578063f2fde38b1461083e578063f40307641461085d578063f62f6d6e1461087c578063f952a95d146108af578063fc0c546a146108ce575f5ffd5b8063e90e31a71461076b578063eac3f57b1461078a578063ec15bb2d146107a9578063eda3640e146107d8578063ef78d4fd1461080b575f5ffd5b8063be9a6555116100ee578063be9a6555146106c8578063c87d6779146106fb578063ca1d209d14610718578063cf0f37cb1461072b578063cff0ab961461074a575f5ffd5b80638e1857e81461064257806399a4deea146106615780639cb8ced6146106755780639f8f2bd514610694578063b4845fff146106a9575f5ffd5b8063461645bf116101b5578063715018a61161017a578063715018a61461053d578063739fc8d114610551578063817cc1ea146105845780638d14c081146105f35780638da5cb5b14610612575f5ffd5b8063461645bf1461042e5780634cc2461b1461047957806358abb40d146104d05780636177fae9146104f157806370a082311461051e575f5ffd5b80632de7204e116101fb5780632de7204e146103685780632ebc28b714610387578063307ef418146103ba57806335356d53146103ee5780633ccfd60b1461041a575f5ffd5b806313888565146102b3578063143e058d146102da5780631703a0181461030e5780632206489614610322575f5ffd5b366102af577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161561027857604051635bb8e48560e01b815260040160405180910390fd5b60405134815233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249060200160405180910390a2005b5f5ffd5b3480156102be575f5ffd5b506102c7610901565b6040519081526020015b60405180910390f35b3480156102e5575f5ffd5b506102f96102f43660046145fc565b610938565b604080519283529015156020830152016102d1565b348015610319575f5ffd5b506102c7610975565b34801561032d575f5ffd5b506103557f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016102d1565b348015610373575f5ffd5b506102f96103823660046145fc565b6109ab565b348015610392575f5ffd5b506103557f000000000000000000000000000000000000000000000000000000000000000081565b3480156103c5575f5ffd5b506103d96103d4366004614615565b6109d6565b60405163ffffffff90911681526020016102d1565b3480156103f9575f5ffd5b5061040d61040836600461463d565b6109f2565b6040516102d19190614682565b348015610425575f5ffd5b506102c7610ac5565b348015610439575f5ffd5b506104617f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016102d1565b348015610484575f5ffd5b5061049861049336600461463d565b610d51565b604080516001600160a01b03909516855260208501939093526001600160401b039091169183019190915260608201526080016102d1565b3480156104db575f5ffd5b506104ef6104ea3660046146d8565b610e05565b005b3480156104fc575f5ffd5b5061051061050b36600461474f565b610f56565b6040516102d192919061477c565b348015610529575f5ffd5b506102c76105383660046145fc565b611284565b348015610548575f5ffd5b506104ef6113bc565b34801561055c575f5ffd5b506104617f000000000000000000000000000000000000000000000000000000000000000081565b34801561058f575f5ffd5b506040805160808101825260035461ffff8082168084526201000083049091166020808501829052600160201b840463ffffffff16858701819052600160401b9094046001600160a01b0316606095860152855192835282015292830152016102d1565b3480156105fe575f5ffd5b5061046161060d36600461463d565b6113cf565b34801561061d575f5ffd5b505f546001600160a01b03165b6040516001600160a01b0390911681526020016102d1565b34801561064d575f5ffd5b506104ef61065c36600461481e565b61141e565b34801561066c575f5ffd5b506002546102c7565b348015610680575f5ffd5b506104ef61068f366004614838565b611513565b34801561069f575f5ffd5b506102c761010081565b3480156106b4575f5ffd5b506104ef6106c3366004614615565b611531565b3480156106d3575f5ffd5b506104617f000000000000000000000000000000000000000000000000000000000000000081565b348015610706575f5ffd5b506001546001600160801b03166102c7565b6104ef61072636600461463d565b6115f3565b348015610736575f5ffd5b506104ef6107453660046148a7565b61183e565b348015610755575f5ffd5b5061075e611a32565b6040516102d19190614983565b348015610776575f5ffd5b506104ef610785366004614a59565b611c16565b348015610795575f5ffd5b506102c76107a4366004614b49565b611e28565b3480156107b4575f5ffd5b506107c86107c336600461463d565b611e5e565b6040516102d19493929190614b93565b3480156107e3575f5ffd5b506104617f000000000000000000000000000000000000000000000000000000000000000081565b348015610816575f5ffd5b506104617f000000000000000000000000000000000000000000000000000000000000000081565b348015610849575f5ffd5b506104ef6108583660046145fc565b611f2a565b348015610868575f5ffd5b506104ef610877366004614bcc565b611f64565b348015610887575f5ffd5b506102c77f6c24f4d1aa98531c2d5995ffc5391fa5cfc31b93766bf03e22e90e3d0cca924781565b3480156108ba575f5ffd5b506104ef6108c9366004614c2b565b611fd0565b3480156108d9575f5ffd5b5061062a7f000000000000000000000000000000000000000000000000000000000000000081565b5f5f61090b6120e7565b6001549091506001600160801b0316808211610927575f610931565b6109318183614ca0565b9250505090565b6001600160a01b0381165f908152600b60205260408120548190801561096857610963600182614ca0565b61096a565b5f5b949015159350915050565b600380545f91906109919062010000900461ffff166002614cb3565b61099b9190614cde565b6109a6906001614cf1565b905090565b6001600160a01b0381165f908152600760205260408120548190801561096857610963600182614ca0565b5f6109df6121a1565b6109e983836121cd565b90505b92915050565b6040805160808101825260035461ffff8082168084526201000083049091166020840152600160201b820463ffffffff1693830193909352600160401b90046001600160a01b0316606080830191909152918310610a6b5760405163af91f57d60e01b8152600481018490526024015b60405180910390fd5b5f60808410610a85576004546001600160a01b0316610a8b565b81606001515b60408051608080825260a08201909252919250602082018180368337019050509250608080608086060260010160208501833c5050919050565b5f610ace6124a8565b335f908152600b60205260409020548015610b31575f600981610af2600185614ca0565b815260208101919091526040015f208054909150610b2090600160801b90046001600160801b031684614cf1565b81546001600160801b031690915591505b335f908152600760205260409020548015610c90575f600581610b55600185614ca0565b815260208082019290925260409081015f20815160608101835290546001600160801b038116808352600160801b82046001600160781b031694830194909452600160f81b900460ff16918101919091529150610bb29085614cf1565b9350600160ff16816040015160ff1603610c10576001546020820151600160801b9091046001600160781b031690610bea9082614d04565b610bfd906001600160781b031686614cf1565b6001600160781b03909116602083015293505b5f8082528190600590610c24600186614ca0565b815260208082019290925260409081015f208351815493850151949092015160ff16600160f81b026001600160f81b036001600160781b03909516600160801b026001600160f81b03199094166001600160801b03909316929092179290921792909216919091179055505b825f03610cb057604051630686827b60e51b815260040160405180910390fd5b610cb983612515565b600180545f90610cd39084906001600160801b0316614d23565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550336001600160a01b03167f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d584604051610d3291815260200190565b60405180910390a2610d443384612542565b5050610d4e612626565b90565b6003545f90819081908190600160201b900463ffffffff168510610d8b5760405163fece9bb960e01b815260048101869052602401610a62565b5050505f828152600960209081526040808320815160608101835290546001600160401b038082168352600160401b820481168386019081526001600160801b03600160801b9093048316848601908152988752600a90955292909420549251905195516001600160a01b03909316969116949350911690565b610e0d6124a8565b5f610e188686612650565b90505f610e258286612851565b90505f604051878982378790209050610e4086828787612b2a565b610e5d57604051638baa579f60e01b815260040160405180910390fd5b610e906040518060c001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b610ea38989865f01518760800151612c31565b60a084015260208301528152610eba848483612ca7565b835f01516001600160401b0316827f1a6cecece9308cd68040a4c3cd7ac5b9e0f1f14399f827c842b3f4a48374acee86602001518760400151855f015186604001518760800151604051610f3b95949392919063ffffffff958616815293909416602084015260408301919091526060820152608081019190915260a00190565b60405180910390a350505050610f4f612626565b5050505050565b600354606090819062010000900461ffff16806001600160401b03811115610f8057610f80614a72565b604051908082528060200260200182016040528015610fa9578160200160208202803683370190505b509250806001600160401b03811115610fc457610fc4614a72565b604051908082528060200260200182016040528015610fed578160200160208202803683370190505b5091505f816001600160401b0381111561100957611009614a72565b604051908082528060200260200182016040528015611032578160200160208202803683370190505b506002549091505f805b821561127a576001831615611261575f8181526006602090815260408083205490516001600160c01b031960c08d901b16928101929092526bffffffffffffffffffffffff19606082901b1660288301526001600160a01b03169190603c0160408051601f1981840301815291905280516020909101209050835b5f811180156110e8575081876110ce600184614ca0565b815181106110de576110de614d42565b6020026020010151115b156111d957866110f9600183614ca0565b8151811061110957611109614d42565b602002602001015187828151811061112357611123614d42565b60209081029190910101528961113a600183614ca0565b8151811061114a5761114a614d42565b60200260200101518a828151811061116457611164614d42565b63ffffffff9092166020928302919091019091015288611185600183614ca0565b8151811061119557611195614d42565b60200260200101518982815181106111af576111af614d42565b6001600160a01b0390921660209283029190910190910152806111d181614d56565b9150506110b7565b818782815181106111ec576111ec614d42565b602002602001018181525050838a828151811061120b5761120b614d42565b602002602001019063ffffffff16908163ffffffff16815250508289828151811061123857611238614d42565b6001600160a01b03909216602092830291909101909101528461125a81614d6b565b9550505050505b60019290921c918061127281614d6b565b91505061103c565b5050505050915091565b6001600160a01b0381165f908152600b602052604081205480156112dd5760095f6112b0600184614ca0565b815260208101919091526040015f20546112da90600160801b90046001600160801b031683614cf1565b91505b6001600160a01b0383165f9081526007602052604090205480156113b5575f60058161130a600185614ca0565b815260208082019290925260409081015f20815160608101835290546001600160801b038116808352600160801b82046001600160781b031694830194909452600160f81b900460ff169181019190915291506113679085614cf1565b9350600160ff16816040015160ff16036113b357602081015160015461139d9190600160801b90046001600160781b0316614d04565b6113b0906001600160781b031685614cf1565b93505b505b5050919050565b6113c46121a1565b6113cd5f6130bd565b565b6003545f90600160201b900463ffffffff1682106114035760405163fece9bb960e01b815260048101839052602401610a62565b505f908152600960205260409020546001600160401b031690565b6114266121a1565b60035463ffffffff600160201b9091048116908316106114615760405163fece9bb960e01b815263ffffffff83166004820152602401610a62565b6001600160401b0381111561148c576040516306d02d6760e11b815260048101829052602401610a62565b63ffffffff82165f8181526009602090815260409182902080546001600160401b03868116600160401b9081026fffffffffffffffff00000000000000001984161784558551920416808252928101869052909391927f06294c4ffde0e5ef6aaaf031b654fe71b211dba3955ee62890c0bd38ce3cac2f910160405180910390a250505050565b61151b6121a1565b61152d6115288284614d83565b61310c565b5050565b6115396121a1565b6115416124a8565b6001600160a01b0382166115685760405163d92e233d60e01b815260040160405180910390fd5b5f611571610901565b90508082111561159d5760405162c0d91360e81b81526004810183905260248101829052604401610a62565b826001600160a01b03167fb94528ab6dc2c15743a47b933115b331b7beae78712677f1e345a9f1ae84bbd1836040516115d891815260200190565b60405180910390a26115ea8383612542565b5061152d612626565b6115fb6124a8565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661168c57803414611652576040516367f85aa360e11b815260048101829052346024820152604401610a62565b60405181815233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249060200160405180910390a2611833565b34156116ab57604051635bb8e48560e01b815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa15801561170f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117339190614e74565b905061176a6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085613469565b6040516370a0823160e01b815230600482015233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249083906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa1580156117f2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118169190614e74565b6118209190614ca0565b60405190815260200160405180910390a2505b61183b612626565b50565b6118466124a8565b5f5f6118548a8a88886134d6565b63ffffffff8d165f90815260056020908152604091829020825160608101845290546001600160801b0381168252600160801b81046001600160781b031692820192909252600160f81b90910460ff169181018290529294509092506001148015906118c85750604081015160ff16600214155b156118ee5760405163af91f57d60e01b815263ffffffff8d166004820152602401610a62565b5f6118fe8d63ffffffff166109f2565b9050611974818560405160200161191791815260200190565b60408051601f198184030181526020601f8f018190048102840181019092528d835291908e908e90819084018382808284375f92019190915250506040805160608101909152602b808252909250905061504060208301396135bf565b15806119f157506119ef818460405160200161199291815260200190565b60408051601f198184030181526020601f8b0181900481028401810190925289835291908a908a90819084018382808284375f92019190915250506040805160608101909152602b808252909250905061504060208301396135bf565b155b15611a0f5760405163325de78f60e21b815260040160405180910390fd5b611a1b8d838686613626565b50505050611a27612626565b505050505050505050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152604051806101200160405280611a975f546001600160a01b031690565b6001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff16815250905090565b611c1e6121a1565b63ffffffff81165f90815260056020908152604091829020825160608101845290546001600160801b0381168252600160801b81046001600160781b031692820192909252600160f81b90910460ff1691810182905290600114611c9d57604051633038a46360e21b815263ffffffff83166004820152602401610a62565b6001546020820151600160801b9091046001600160781b0316905f90611cc39083614d04565b6001600160781b031690506040518060600160405280611cf983865f01516001600160801b0316611cf49190614cf1565b612515565b6001600160801b0390811682526001600160781b038086166020808501919091526002604094850181905263ffffffff8a165f818152600584528690208751815494890151989097015160ff16600160f81b026001600160f81b0398909516600160801b026001600160f81b031990941696909516959095179190911794909416179055815460019182901b191682556003805491929091611da790849061ffff6201000090910416614e8b565b825461ffff9182166101009390930a92830291909202199091161790555063ffffffff84165f81815260066020526040908190205490516001600160a01b0390911691907f8161924d22b79ab8b4b51811860aa107073bad156aa0dc8987648c8ec6ec200c90611e1a9085815260200190565b60405180910390a350505050565b5f46308484604051602001611e409493929190614ebc565b60405160208183030381529060405280519060200120905092915050565b5f60605f5f611e6c856109f2565b5f868152600560209081526040808320815160608101835290546001600160801b0380821683526001600160781b03600160801b8304168386015260ff600160f81b90920482168385019081528c875260069095529290942054925181516001600160a01b0390941699509497509395501692505f1990841601611f22576020810151600154611f0c9190600160801b90046001600160781b0316614d04565b611f1f906001600160781b031683614cf1565b91505b509193509193565b611f326121a1565b6001600160a01b038116611f5b57604051631e4fbdf760e01b81525f6004820152602401610a62565b61183b816130bd565b611f6c6121a1565b5f5b81811015611fcb57611fc2838383818110611f8b57611f8b614d42565b611fa192602060409092020190810191506145fc565b848484818110611fb357611fb3614d42565b905060400201602001356121cd565b50600101611f6e565b505050565b611fd86121a1565b6040805160018082528183019092525f91816020015b61201a60405180606001604052805f6001600160a01b0316815260200160608152602001606081525090565b815260200190600190039081611fee5790505090506040518060600160405280876001600160a01b0316815260200186868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250604080516020601f8701819004810282018101909252858152918101919086908690819084018382808284375f92018290525093909452505083518492506120cb576120cb614d42565b60200260200101819052506120df8161310c565b505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661211b57504790565b6040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa15801561217d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109a69190614e74565b5f546001600160a01b031633146113cd5760405163118cdaa760e01b8152336004820152602401610a62565b5f6001600160a01b0383166121f55760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f908152600b60205260409020541561223657604051636a3efcd960e11b81526001600160a01b0384166004820152602401610a62565b6001600160401b03821115612261576040516306d02d6760e11b815260048101839052602401610a62565b600354600160201b900463ffffffff167f00000000000000000000000000000000000000000000000000000000000000006001600160401b038116431115612364577f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316436123239190614ca0565b61232d9190614cde565b6123379190614f15565b612361907f0000000000000000000000000000000000000000000000000000000000000000614f37565b90505b604080516060810182526001600160401b03808416825286811660208084019182525f84860181815263ffffffff89168083526009845287832096518754955192516001600160801b03908116600160801b02938816600160401b026001600160801b031990971691909716179490941790941693909317909355600a9092529190912080546001600160a01b0388166001600160a01b031990911617905561240e906001614cf1565b6001600160a01b0386165f908152600b6020526040902055612431826001614f56565b6003805467ffffffff000000001916600160201b63ffffffff93841602179055604080518681526001600160401b03841660208201526001600160a01b038816928516917f3ecca6d475841144b6f3cb8dce4cf99c7328aeacaff3eda5bccc496a90526674910160405180910390a3509392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156124e857604051633ee5aeb560e01b815260040160405180910390fd5b6113cd60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613806565b5f6001600160801b0382111561253e57604051630590fb9f60e01b815260040160405180910390fd5b5090565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166125f2575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146125b9576040519150601f19603f3d011682016040523d82523d5f602084013e6125be565b606091505b5050905080611fcb57604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610a62565b61152d6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838361380d565b6113cd5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061250f565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915261012082101561269d5760405163051db21d60e31b815260040160405180910390fd5b8235602084013560408501356060860135608087013560a088013560c089013560e08a0135610100808c013590821415806126d9575061ffff81115b806126fa57506126ea816060614cb3565b6126f690610120614cf1565b8b14155b156127185760405163051db21d60e31b815260040160405180910390fd5b60a087901c15158061272d5750604086901c15155b8061273b5750602085901c15155b806127495750602084901c15155b156127675760405163051db21d60e31b815260040160405180910390fd5b7f6c24f4d1aa98531c2d5995ffc5391fa5cfc31b93766bf03e22e90e3d0cca924789146127aa5760405163ca4413ad60e01b8152600481018a9052602401610a62565b4688146127d3576040516324497bc360e01b815246600482015260248101899052604401610a62565b6001600160a01b038716301461280d576040516374bb94c560e11b81523060048201526001600160a01b0388166024820152604401610a62565b6040805160a0810182526001600160401b03909716875263ffffffff9586166020880152939094169285019290925260608401525060808201529695505050505050565b5f82608001515f036128755760405162bf199760e01b815260040160405180910390fd5b82516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691161080612910575082517f0000000000000000000000000000000000000000000000000000000000000000906128fa907f000000000000000000000000000000000000000000000000000000000000000090614f72565b6129049190614f91565b6001600160401b031615155b1561293c57825160405163653e0e5360e11b81526001600160401b039091166004820152602401610a62565b82514390612976906001600160401b037f000000000000000000000000000000000000000000000000000000000000000081169116614cf1565b11156129de5782516129b46001600160401b037f00000000000000000000000000000000000000000000000000000000000000008116908316614cf1565b604051631f3e4b9160e31b81526001600160401b0390921660048301526024820152604401610a62565b5060025460035462010000900461ffff1690801983168015612a1f57612a038161383e565b60405163bda62c2360e01b8152600401610a6291815260200190565b5f612a29856138b3565b90505f6003612a39866002614cb3565b612a439190614cde565b612a4e906001614cf1565b905080821015612a7b5760405163230f9d1160e01b81526004810183905260248101829052604401610a62565b610100876020015163ffffffff16101580612aa55750866020015163ffffffff1684901c6001165f145b15612ad157602087015160405163930fd18560e01b815263ffffffff9091166004820152602401610a62565b6060870151841916151580612afa5750866020015163ffffffff168760600151901c6001165f14155b15612b2057866060015160405163ab5612e360e01b8152600401610a6291815260200190565b5050505092915050565b5f6101008214612b3b57505f612c29565b6040805161030080825261032082019092525f91602082018180368337019050509050602081015f6101008660a08501375f5b610100811015612b91578060808401015115612b8957600191505b602001612b6e565b5080612ba2575f9350505050612c29565b612bb788612bb284610180614cf1565b613960565b612bc6575f9350505050612c29565b612bcf82613a5e565b612c1a87604051602001612be591815260200190565b60408051601f1981840301815260608301909152602b8083529091906150406020830139612c1585610200614cf1565b613ad6565b612c2382613b52565b93505050505b949350505050565b6003545f9081908190600160201b900463ffffffff166101208801825b86811015612c9a575f8080612c78612c67856060614cb3565b612c719087614cf1565b8c88613b73565b925092509250835f03612c89578296505b970196959095019450600101612c4e565b5050509450945094915050565b604080516060810182526001546001600160801b0381168252600160801b81046001600160781b03166020830152600160f81b900460ff16918101919091525f612cef6120e7565b90505f825f01516001600160801b03168211612d0b575f612d20565b8251612d20906001600160801b031683614ca0565b905080845f01511115612d5257835160405162fae2d560e21b8152600481019190915260248101829052604401610a62565b5050815161271090612d899061ffff7f00000000000000000000000000000000000000000000000000000000000000001690614cb3565b612d939190614cde565b60608301819052602083015183515f9291612dad91614ca0565b612db79190614ca0565b90505f612dc786606001516138b3565b612dd19086614ca0565b9050612ddd8183614cde565b60408501819052612def908290614cb3565b612df99083614ca0565b6080850152604084015160208401515f91612e2691612e2191906001600160781b0316614cf1565b613d81565b60608801519091505b8015612f61575f612e3f8261383e565b5f8181526005602090815260409182902082516060808201855291546001600160801b0381168252600160801b81046001600160781b0316828501908152600160f81b90910460ff168286015284519283019094529251918a015193945091928291612ed291612eaf9190614d04565b8451612ec4916001600160781b031690614fbe565b6001600160801b0316612515565b6001600160801b0390811682526001600160781b03808816602080850191909152600160409485018190525f97885260058252968490208551815492870151969095015160ff16600160f81b026001600160f81b0396909316600160801b026001600160f81b03199092169490931693909317929092179290921617905550612f5b9082614ca0565b16612e2f565b50606085015115612fbe5760208088015163ffffffff165f90815260059091526040902060608601518154612fa291611cf4916001600160801b0316614cf1565b81546001600160801b0319166001600160801b03919091161790555b6080850151156130175760a08501515f90815260096020526040902060808601518154612ffe91611cf491600160801b90046001600160801b0316614cf1565b81546001600160801b03918216600160801b0291161790555b6040518060600160405280613040875f0151875f01516001600160801b0316611cf49190614cf1565b6001600160801b0390811682526001600160781b03938416602080840191909152600160409384018190528451815492860151959094015160ff16600160f81b026001600160f81b0395909616600160801b026001600160f81b031990921693909216929092179190911791909116919091179055505050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80515f036131175750565b6040805160808101825260035461ffff8082168084526201000083049091166020840152600160201b820463ffffffff1693830193909352600160401b90046001600160a01b031660608201528251909190610100906131779083614cf1565b111561319657604051636335545160e11b815260040160405180910390fd5b5f835160806131a59190614cb3565b6001600160401b038111156131bc576131bc614a72565b6040519080825280601f01601f1916602001820160405280156131e6576020820181803683370190505b50600154600254919250600160801b90046001600160781b0316905f5b86518110156133b6575f87828151811061321f5761321f614d42565b6020026020010151905061323f815f015182602001518360400151613daa565b5f61324a8388614cf1565b90506080602080840151016080850260208901015e6020808301518051908201205f908152600882526040808220805460ff1916600190811790915581516060810183528381526001600160781b03808b1682870190815282850184815288875260058852858720935184549251915160ff16600160f81b026001600160f81b0392909416600160801b026001600160f81b03199093166001600160801b039190911617919091171617905585516006909452912080546001600160a01b039093166001600160a01b03199093169290921790915561332a908290614cf1565b60075f845f01516001600160a01b03166001600160a01b031681526020019081526020015f2081905550806001901b84179350815f01516001600160a01b03168163ffffffff167fffbf17e2c57c97f3193854e55ce2e84f515178db58ea9d73bc6452e0537f3bfd84602001516040516133a49190614682565b60405180910390a35050600101613203565b50600281905585516133c89085614cf1565b61ffff16855285516020860180516133e1908390614fdd565b61ffff90811690915286516003805460208a015160408b015160608c01516001600160a01b0316600160401b02600160401b600160e01b031963ffffffff909216600160201b0291909116640100000000600160e01b0319928716620100000263ffffffff199094169590961694909417919091171692909217179055506120df8484613f41565b6040516001600160a01b0384811660248301528381166044830152606482018390526134d09186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061415d565b50505050565b5f5f5f6134e38787612650565b90505f6134f08686612650565b805183519192506001600160401b0391821691161415806135255750806020015163ffffffff16826020015163ffffffff1614155b806135445750806040015163ffffffff16826040015163ffffffff1614155b1561356257604051630b69ebb360e01b815260040160405180910390fd5b8787604051613572929190614ff7565b604051908190038120945061358a9087908790614ff7565b604051809103902092508284036135b457604051630b69ebb360e01b815260040160405180910390fd5b505094509492505050565b5f845160801415806135d45750825161010014155b156135e057505f612c29565b6135e9856141c9565b806135f857506135f8836141c9565b1561360457505f612c29565b5f61360f8584614209565b905061361c868286614243565b9695505050505050565b825160408401516001600160801b039091169060ff165f19016136ca5760208401516001546136659190600160801b90046001600160781b0316614d04565b613678906001600160781b031682614cf1565b60028054600163ffffffff891681901b1990911682556003805493945090929091906136af90849062010000900461ffff16614e8b565b92506101000a81548161ffff021916908361ffff1602179055505b604080516060810182525f8082526020878101516001600160781b03908116828501908152600385870190815263ffffffff8c168552600590935294909220925183549451915160ff16600160f81b026001600160f81b0392909316600160801b026001600160f81b03199095166001600160801b039190911617939093179290921691909117905561375c81612515565b600180545f906137769084906001600160801b0316614d23565b82546001600160801b039182166101009390930a92830291909202199091161790555063ffffffff85165f8181526006602090815260409182902054825185815291820187905291810185905233926001600160a01b0390921691907fefe32103f3ee42afbf74b50cf6394fd76b1f1f846490734e98f91f692ce13d499060600160405180910390a45050505050565b80825d5050565b6040516001600160a01b03838116602483015260448201839052611fcb91859182169063a9059cbb9060640161349e565b5f61384b82196001614cf1565b9091166001600160801b03811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f1060021b1782811c909110600190811b90911791821c1117919050565b600181901c7f5555555555555555555555555555555555555555555555555555555555555555169003600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f9081169116017e010001000100010001000100010001000100010001000100010001000100010260f01c90565b6003545f90600160401b90046001600160a01b031681608085901c8103613987575f613994565b6004546001600160a01b03165b90506001925060015f5b6002811015613a38576001600160801b0387608083021c168482156139c05750835b60015b8215613a2d5760ff83166139e15760089290921c91610400016139c3565b6001831615613a1e578460018114613a125760808260808c01853c60808a6101008c600b6103e8fa89169850613a1c565b6080828b853c5f95505b505b60019290921c916080016139c3565b50505060010161399e565b505060608401516040850151176020850151855117178015158416935050505092915050565b6f17f1d3a73197d7942695638c4fa9ac0f81527fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb60208201526f114d1d6855d545a8aa7d76c8cf2e21f260408201527f67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca606082015250565b5f613ae484846101006142a5565b604051909150613af48282614445565b5f610100820161010081608085601161c350fa91506101008082016080808601601161c350fa821691506101008561020083600d6105dcfa8216915050806120df576040516375c6821d60e11b815260116004820152602401610a62565b5f6040515f815260208161030085600f62033450fa90516001141692915050565b82355f818152600960209081526040808320839280890135928901359190849087901c151580613ba65750604084901c15155b15613bc45760405163051db21d60e31b815260040160405180910390fd5b878710613be75760405163fece9bb960e01b815260048101889052602401610a62565b5080546001600160401b0381168414613c2d57604051630bed38cd60e21b8152600481018890526001600160401b03808616602483015282166044820152606401610a62565b886001600160401b03168410613c705760405163161bb2d160e11b8152600481018890526001600160401b0380861660248301528a166044820152606401610a62565b604081901c6001600160401b031683810296508015801590613cae575083818881613c9d57613c9d614cca565b04141580613cae5750608087901c15155b15613ccc57604051630590fb9f60e01b815260040160405180910390fd5b61271061ffff7f0000000000000000000000000000000000000000000000000000000000000000168802049550608091821c86019182901c15613d2257604051630590fb9f60e01b815260040160405180910390fd5b5f7ff34870cd64dd93d88350db03792a59f7957abddfb93dd895546dbefa8b62889890508260801b8260401b8c171784556040518681528b60208201528560408201528860608201528982608083a25050505050505093509350939050565b5f6001600160781b0382111561253e57604051630590fb9f60e01b815260040160405180910390fd5b6001600160a01b038316613dd15760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f9081526007602052604090205415613e1257604051637c4815e960e11b81526001600160a01b0384166004820152602401610a62565b81516080141580613e275750613e27826141c9565b15613e455760405163145a1fdd60e31b815260040160405180910390fd5b613e4f825f614598565b1580613e635750613e61826040614598565b155b15613e815760405163145a1fdd60e31b815260040160405180910390fd5b81516020808401919091205f9081526008909152604090205460ff1615613ebb576040516325aff6d160e21b815260040160405180910390fd5b5f613ec68484611e28565b90508151610100141580613f185750613f168382604051602001613eec91815260200190565b60408051601f1981840301815260608301909152602b8083529091869161504060208301396135bf565b155b156134d057604051630d27338f60e11b81526001600160a01b0385166004820152602401610a62565b5f60808251613f509190614cde565b613f5a9084614cf1565b90505f613f68608085614cde565b90505b81613f77608083614cb3565b10156134d0575f613f89608083614cb3565b90505f83613f98608084614cf1565b10613fa35783613fae565b613fae608083614cf1565b90505f828711613fbe575f613fc8565b613fc88388614ca0565b90505f838811613fd85783613fda565b875b90505f8515613ff4576004546001600160a01b0316614008565b600354600160401b90046001600160a01b03165b90505f6140158686614ca0565b614020906080614cb3565b6001600160401b0381111561403757614037614a72565b6040519080825280601f01601f191660200182016040528015614061576020820181803683370190505b50905083156140775760808402600160208301843c5b60808386030260808b85030260208b01016080860260208401015e5f815160016140a19190614cf1565b826040516020016140b3929190615006565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b0381166140f65760405163145a1fdd60e31b815260040160405180910390fd5b885f036141265760038054600160401b600160e01b031916600160401b6001600160a01b03841602179055614142565b600480546001600160a01b0319166001600160a01b0383161790555b5050505050505050808061415590614d6b565b915050613f6b565b5f5f60205f8451602086015f885af18061417c576040513d5f823e3d81fd5b50505f513d915081156141935780600114156141a0565b6001600160a01b0384163b155b156134d057604051635274afe760e01b81526001600160a01b0385166004820152602401610a62565b8051600190602083015f5b828110156113b35780820151602082850310156141f6576008828503602003021c5b8015614200575f94505b506020016141d4565b6040805161010080825261012082019092526060916020820181803683370190505090506020810161423c848483613ad6565b5092915050565b6040805161030080825261032082019092525f9182919060208201818036833701905050905060208082019061010090850160a084015e60806020870161018083015e6101006020860161020083015e61429c81613a5e565b61361c81613b52565b81516060908015806142b7575060ff81115b156142d557604051634e26edeb60e11b815260040160405180910390fd5b8215806142e35750611fe083115b15614301576040516309568f7760e21b815260040160405180910390fd5b5f602061430f85601f614cf1565b6143199190614cde565b9050614326816020614cb3565b6001600160401b0381111561433d5761433d614a72565b6040519080825280601f01601f191660200182016040528015614367576020820181803683370190505b5092505f600190506040515f81525f60208201526040810188518060208b01835e01600887901c815360ff871660018201535f60028201536003018460208901825e848582015360018501810190506020828383038460025afa831692505080518460208901602184015e8485602184010153846022015f60015b868111614412578184188552806020860153602081028901602081858860025afa905196169591506001016143e2565b50505050508484528061443b576040516375c6821d60e11b815260026004820152602401610a62565b5050509392505050565b602082015f5b60048110156134d0576040810282018051602090910151607c82901c5f197009d835d2f3cc9e45ce28101b0cc7a6ba2982097009d835d2f3cc9e45ce28101b0cc7a6ba29820291508160841c82821083830303607c1b175f195f51602061506b5f395f51905f52820991505f51602061506b5f395f51905f5281029250828210838303036f1a0111ea397fe69a4b1ba7b6434bacd7820201915050818310818503039350508082039150505f5b6002811015614580575f51602061506b5f395f51905f528210156f1a0111ea397fe69a4b1ba7b6434bacd78414166f1a0111ea397fe69a4b1ba7b6434bacd784111715614578575f51602061506b5f395f51905f5282106f1a0111ea397fe69a4b1ba7b6434bacd784030392505f51602061506b5f395f51905f52820391505b6001016144f8565b5060408302850191825260209091015260010161444b565b0160208101516040909101516f1a0111ea397fe69a4b1ba7b6434bacd882106f1a0111ea397fe69a4b1ba7b6434bacd79092105f51602061506b5f395f51905f52909110171690565b80356001600160a01b03811681146145f7575f5ffd5b919050565b5f6020828403121561460c575f5ffd5b6109e9826145e1565b5f5f60408385031215614626575f5ffd5b61462f836145e1565b946020939093013593505050565b5f6020828403121561464d575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6109e96020830184614654565b5f5f83601f8401126146a4575f5ffd5b5081356001600160401b038111156146ba575f5ffd5b6020830191508360208285010111156146d1575f5ffd5b9250929050565b5f5f5f5f5f606086880312156146ec575f5ffd5b85356001600160401b03811115614701575f5ffd5b61470d88828901614694565b9096509450506020860135925060408601356001600160401b03811115614732575f5ffd5b61473e88828901614694565b969995985093965092949392505050565b5f6020828403121561475f575f5ffd5b81356001600160401b0381168114614775575f5ffd5b9392505050565b604080825283519082018190525f9060208501906060840190835b818110156147bb57835163ffffffff16835260209384019390920191600101614797565b5050838103602080860191909152855180835291810192508501905f5b818110156147ff5782516001600160a01b03168452602093840193909201916001016147d8565b50919695505050505050565b803563ffffffff811681146145f7575f5ffd5b5f5f6040838503121561482f575f5ffd5b61462f8361480b565b5f5f60208385031215614849575f5ffd5b82356001600160401b0381111561485e575f5ffd5b8301601f8101851361486e575f5ffd5b80356001600160401b03811115614883575f5ffd5b8560208260051b8401011115614897575f5ffd5b6020919091019590945092505050565b5f5f5f5f5f5f5f5f5f60a08a8c0312156148bf575f5ffd5b6148c88a61480b565b985060208a01356001600160401b038111156148e2575f5ffd5b6148ee8c828d01614694565b90995097505060408a01356001600160401b0381111561490c575f5ffd5b6149188c828d01614694565b90975095505060608a01356001600160401b03811115614936575f5ffd5b6149428c828d01614694565b90955093505060808a01356001600160401b03811115614960575f5ffd5b61496c8c828d01614694565b915080935050809150509295985092959850929598565b81516001600160a01b039081168252602080840151909116908201526040808301516101208301916149bf908401826001600160401b03169052565b5060608301516149da60608401826001600160401b03169052565b5060808301516149f560808401826001600160401b03169052565b5060a0830151614a1060a08401826001600160401b03169052565b5060c0830151614a2b60c08401826001600160401b03169052565b5060e0830151614a4160e084018261ffff169052565b5061010083015161423c61010084018261ffff169052565b5f60208284031215614a69575f5ffd5b6109e98261480b565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715614aa857614aa8614a72565b60405290565b604051601f8201601f191681016001600160401b0381118282101715614ad657614ad6614a72565b604052919050565b5f82601f830112614aed575f5ffd5b81356001600160401b03811115614b0657614b06614a72565b614b19601f8201601f1916602001614aae565b818152846020838601011115614b2d575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f60408385031215614b5a575f5ffd5b614b63836145e1565b915060208301356001600160401b03811115614b7d575f5ffd5b614b8985828601614ade565b9150509250929050565b6001600160a01b03851681526080602082018190525f90614bb690830186614654565b60ff949094166040830152506060015292915050565b5f5f60208385031215614bdd575f5ffd5b82356001600160401b03811115614bf2575f5ffd5b8301601f81018513614c02575f5ffd5b80356001600160401b03811115614c17575f5ffd5b8560208260061b8401011115614897575f5ffd5b5f5f5f5f5f60608688031215614c3f575f5ffd5b614c48866145e1565b945060208601356001600160401b03811115614c62575f5ffd5b614c6e88828901614694565b90955093505060408601356001600160401b03811115614732575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156109ec576109ec614c8c565b80820281158282048414176109ec576109ec614c8c565b634e487b7160e01b5f52601260045260245ffd5b5f82614cec57614cec614cca565b500490565b808201808211156109ec576109ec614c8c565b6001600160781b0382811682821603908111156109ec576109ec614c8c565b6001600160801b0382811682821603908111156109ec576109ec614c8c565b634e487b7160e01b5f52603260045260245ffd5b5f81614d6457614d64614c8c565b505f190190565b5f60018201614d7c57614d7c614c8c565b5060010190565b5f6001600160401b03831115614d9b57614d9b614a72565b8260051b614dab60208201614aae565b84815290830190602081019036831115614dc3575f5ffd5b845b83811015614e6a5780356001600160401b03811115614de2575f5ffd5b86016060368290031215614df4575f5ffd5b614dfc614a86565b614e05826145e1565b815260208201356001600160401b03811115614e1f575f5ffd5b614e2b36828501614ade565b60208301525060408201356001600160401b03811115614e49575f5ffd5b614e5536828501614ade565b60408301525084525060209283019201614dc5565b5095945050505050565b5f60208284031215614e84575f5ffd5b5051919050565b61ffff82811682821603908111156109ec576109ec614c8c565b5f81518060208401855e5f93019283525090919050565b6e3bb434ba32b830bc97b837b817bb1960891b815284600f8201526bffffffffffffffffffffffff198460601b16602f8201526bffffffffffffffffffffffff198360601b1660438201525f61361c6057830184614ea5565b6001600160401b03818116838216029081169081811461423c5761423c614c8c565b6001600160401b0381811683821601908111156109ec576109ec614c8c565b63ffffffff81811683821601908111156109ec576109ec614c8c565b6001600160401b0382811682821603908111156109ec576109ec614c8c565b5f6001600160401b03831680614fa957614fa9614cca565b806001600160401b0384160691505092915050565b6001600160801b0381811683821601908111156109ec576109ec614c8c565b61ffff81811683821601908111156109ec576109ec614c8c565b818382375f9101908152919050565b606160f81b815260f083901b6001600160f01b03191660018201526680600a3d393df360c81b60038201525f612c29600b830184614ea556fe424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaaba164736f6c6343000825000a424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab",
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

// AddProviders is a paid mutator transaction binding the contract method 0xf4030764.
//
// Solidity: function addProviders((address,uint256)[] providers) returns()
func (_Upkeeping *UpkeepingTransactor) AddProviders(opts *bind.TransactOpts, providers []UpkeepingProviderInit) (*types.Transaction, error) {
	return _Upkeeping.contract.Transact(opts, "addProviders", providers)
}

// AddProviders is a paid mutator transaction binding the contract method 0xf4030764.
//
// Solidity: function addProviders((address,uint256)[] providers) returns()
func (_Upkeeping *UpkeepingSession) AddProviders(providers []UpkeepingProviderInit) (*types.Transaction, error) {
	return _Upkeeping.Contract.AddProviders(&_Upkeeping.TransactOpts, providers)
}

// AddProviders is a paid mutator transaction binding the contract method 0xf4030764.
//
// Solidity: function addProviders((address,uint256)[] providers) returns()
func (_Upkeeping *UpkeepingTransactorSession) AddProviders(providers []UpkeepingProviderInit) (*types.Transaction, error) {
	return _Upkeeping.Contract.AddProviders(&_Upkeeping.TransactOpts, providers)
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
	Digest      [32]byte
	Te          uint64
	Leader      uint32
	Attempt     uint32
	Total       *big.Int
	KeeperShare *big.Int
	Remainder   *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterReportPaid is a free log retrieval operation binding the contract event 0x1a6cecece9308cd68040a4c3cd7ac5b9e0f1f14399f827c842b3f4a48374acee.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint32 leader, uint32 attempt, uint256 total, uint256 keeperShare, uint256 remainder)
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

// WatchReportPaid is a free log subscription operation binding the contract event 0x1a6cecece9308cd68040a4c3cd7ac5b9e0f1f14399f827c842b3f4a48374acee.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint32 leader, uint32 attempt, uint256 total, uint256 keeperShare, uint256 remainder)
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

// ParseReportPaid is a log parse operation binding the contract event 0x1a6cecece9308cd68040a4c3cd7ac5b9e0f1f14399f827c842b3f4a48374acee.
//
// Solidity: event ReportPaid(bytes32 indexed digest, uint64 indexed te, uint32 leader, uint32 attempt, uint256 total, uint256 keeperShare, uint256 remainder)
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
