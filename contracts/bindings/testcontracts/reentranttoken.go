// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testcontracts

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

// ReentrantTokenMetaData contains all meta data concerning the ReentrantToken contract.
var ReentrantTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"attack_\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attack\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRevert\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"successes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051806040016040528060098152602001681499595b9d1c985b9d60ba1b81525060405180604001604052806005815260200164149151539560da1b815250816003908161005f9190610117565b50600461006c8282610117565b5050506101d5565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009c57607f821691505b6020821081036100ba57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610112578282111561011257805f5260205f20601f840160051c60208510156100eb57505f5b90810190601f840160051c035f5b8181101561010e575f838201556001016100f9565b5050505b505050565b81516001600160401b0381111561013057610130610074565b6101448161013e8454610088565b846100c0565b6020601f821160018114610176575f831561015f5750848201515b5f19600385901b1c1916600184901b1784556101ce565b5f84815260208120601f198516915b828110156101a55787850151825560209485019460019092019101610185565b50848210156101c257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b610cb7806101e25f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80635754a0421161009e57806395d89b411161006e57806395d89b41146101f65780639e5faafc146101fe578063a9059cbb14610206578063d4b8399214610219578063dd62ed3e14610244575f5ffd5b80635754a042146101b45780636a540a3e146101bd57806370a08231146101c55780637339acce146101ed575f5ffd5b80632f411093116100d95780632f41109314610170578063313ce5671461017d5780633522bfd01461018c57806340c10f19146101a1575f5ffd5b806306fdde031461010a578063095ea7b31461012857806318160ddd1461014b57806323b872dd1461015d575b5f5ffd5b61011261027c565b60405161011f919061088d565b60405180910390f35b61013b6101363660046108c1565b61030c565b604051901515815260200161011f565b6002545b60405190815260200161011f565b61013b61016b3660046108e9565b610325565b60075461013b9060ff1681565b6040516012815260200161011f565b61019f61019a366004610923565b610348565b005b61019f6101af3660046108c1565b610383565b61014f60085481565b610112610391565b61014f6101d33660046109a1565b6001600160a01b03165f9081526020819052604090205490565b61014f60095481565b61011261041d565b61011261042c565b61013b6102143660046108c1565b610439565b60055461022c906001600160a01b031681565b6040516001600160a01b03909116815260200161011f565b61014f6102523660046109ba565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b60606003805461028b906109eb565b80601f01602080910402602001604051908101604052809291908181526020018280546102b7906109eb565b80156103025780601f106102d957610100808354040283529160200191610302565b820191905f5260205f20905b8154815290600101906020018083116102e557829003601f168201915b5050505050905090565b5f33610319818585610446565b60019150505b92915050565b5f33610332858285610458565b61033d8585856104d9565b506001949350505050565b600580546001600160a01b0319166001600160a01b0385161790556006610370828483610a85565b50506007805460ff191660011790555050565b61038d8282610536565b5050565b600a805461039e906109eb565b80601f01602080910402602001604051908101604052809291908181526020018280546103ca906109eb565b80156104155780601f106103ec57610100808354040283529160200191610415565b820191905f5260205f20905b8154815290600101906020018083116103f857829003601f168201915b505050505081565b60606004805461028b906109eb565b6006805461039e906109eb565b5f336103198185856104d9565b610453838383600161056a565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104d357818110156104c557604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b6104d384848484035f61056a565b50505050565b6001600160a01b03831661050257604051634b637e8f60e11b81525f60048201526024016104bc565b6001600160a01b03821661052b5760405163ec442f0560e01b81525f60048201526024016104bc565b61045383838361063c565b6001600160a01b03821661055f5760405163ec442f0560e01b81525f60048201526024016104bc565b61038d5f838361063c565b6001600160a01b0384166105935760405163e602df0560e01b81525f60048201526024016104bc565b6001600160a01b0383166105bc57604051634a1406b160e11b81525f60048201526024016104bc565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104d357826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161062e91815260200190565b60405180910390a350505050565b610647838383610739565b60075460ff16801561067d57506005546001600160a01b038481169116148061067d57506005546001600160a01b038381169116145b15610453576007805460ff1916905560088054905f61069b83610b53565b90915550506005546040515f9182916001600160a01b03909116906106c290600690610b6b565b5f604051808303815f865af19150503d805f81146106fb576040519150601f19603f3d011682016040523d82523d5f602084013e610700565b606091505b509150915081156107245760098054905f61071a83610b53565b9190505550610732565b600a6107308282610bdc565b505b5050505050565b6001600160a01b038316610763578060025f8282546107589190610c97565b909155506107d39050565b6001600160a01b0383165f90815260208190526040902054818110156107b55760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016104bc565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166107ef5760028054829003905561080d565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161085291815260200190565b60405180910390a3505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61089f602083018461085f565b9392505050565b80356001600160a01b03811681146108bc575f5ffd5b919050565b5f5f604083850312156108d2575f5ffd5b6108db836108a6565b946020939093013593505050565b5f5f5f606084860312156108fb575f5ffd5b610904846108a6565b9250610912602085016108a6565b929592945050506040919091013590565b5f5f5f60408486031215610935575f5ffd5b61093e846108a6565b9250602084013567ffffffffffffffff811115610959575f5ffd5b8401601f81018613610969575f5ffd5b803567ffffffffffffffff81111561097f575f5ffd5b866020828401011115610990575f5ffd5b939660209190910195509293505050565b5f602082840312156109b1575f5ffd5b61089f826108a6565b5f5f604083850312156109cb575f5ffd5b6109d4836108a6565b91506109e2602084016108a6565b90509250929050565b600181811c908216806109ff57607f821691505b602082108103610a1d57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610453578282111561045357805f5260205f20601f840160051c6020851015610a6257505f5b90810190601f840160051c035f5b81811015610730575f83820155600101610a70565b67ffffffffffffffff831115610a9d57610a9d610a23565b610ab183610aab83546109eb565b83610a37565b5f601f841160018114610ae2575f8515610acb5750838201355b5f19600387901b1c1916600186901b178355610732565b5f83815260208120601f198716915b82811015610b115786850135825560209485019460019092019101610af1565b5086821015610b2d575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201610b6457610b64610b3f565b5060010190565b5f5f8354610b78816109eb565b600182168015610b8f5760018114610ba457610bd1565b60ff1983168652811515820286019350610bd1565b865f5260205f205f5b83811015610bc957815488820152600190910190602001610bad565b505081860193505b509195945050505050565b815167ffffffffffffffff811115610bf657610bf6610a23565b610c0a81610c0484546109eb565b84610a37565b6020601f821160018114610c3c575f8315610c255750848201515b5f19600385901b1c1916600184901b178455610732565b5f84815260208120601f198516915b82811015610c6b5787850151825560209485019460019092019101610c4b565b5084821015610c8857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082018082111561031f5761031f610b3f56fea164736f6c6343000825000a",
}

// ReentrantTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrantTokenMetaData.ABI instead.
var ReentrantTokenABI = ReentrantTokenMetaData.ABI

// ReentrantTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ReentrantTokenMetaData.Bin instead.
var ReentrantTokenBin = ReentrantTokenMetaData.Bin

// DeployReentrantToken deploys a new Ethereum contract, binding an instance of ReentrantToken to it.
func DeployReentrantToken(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ReentrantToken, error) {
	parsed, err := ReentrantTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ReentrantTokenBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ReentrantToken{ReentrantTokenCaller: ReentrantTokenCaller{contract: contract}, ReentrantTokenTransactor: ReentrantTokenTransactor{contract: contract}, ReentrantTokenFilterer: ReentrantTokenFilterer{contract: contract}}, nil
}

// ReentrantToken is an auto generated Go binding around an Ethereum contract.
type ReentrantToken struct {
	ReentrantTokenCaller     // Read-only binding to the contract
	ReentrantTokenTransactor // Write-only binding to the contract
	ReentrantTokenFilterer   // Log filterer for contract events
}

// ReentrantTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrantTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrantTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrantTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrantTokenSession struct {
	Contract     *ReentrantToken   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ReentrantTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrantTokenCallerSession struct {
	Contract *ReentrantTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ReentrantTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrantTokenTransactorSession struct {
	Contract     *ReentrantTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ReentrantTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrantTokenRaw struct {
	Contract *ReentrantToken // Generic contract binding to access the raw methods on
}

// ReentrantTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrantTokenCallerRaw struct {
	Contract *ReentrantTokenCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrantTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrantTokenTransactorRaw struct {
	Contract *ReentrantTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrantToken creates a new instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantToken(address common.Address, backend bind.ContractBackend) (*ReentrantToken, error) {
	contract, err := bindReentrantToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrantToken{ReentrantTokenCaller: ReentrantTokenCaller{contract: contract}, ReentrantTokenTransactor: ReentrantTokenTransactor{contract: contract}, ReentrantTokenFilterer: ReentrantTokenFilterer{contract: contract}}, nil
}

// NewReentrantTokenCaller creates a new read-only instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantTokenCaller(address common.Address, caller bind.ContractCaller) (*ReentrantTokenCaller, error) {
	contract, err := bindReentrantToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenCaller{contract: contract}, nil
}

// NewReentrantTokenTransactor creates a new write-only instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrantTokenTransactor, error) {
	contract, err := bindReentrantToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenTransactor{contract: contract}, nil
}

// NewReentrantTokenFilterer creates a new log filterer instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrantTokenFilterer, error) {
	contract, err := bindReentrantToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenFilterer{contract: contract}, nil
}

// bindReentrantToken binds a generic wrapper to an already deployed contract.
func bindReentrantToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrantTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantToken *ReentrantTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantToken.Contract.ReentrantTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantToken *ReentrantTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantToken.Contract.ReentrantTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantToken *ReentrantTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantToken.Contract.ReentrantTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantToken *ReentrantTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantToken *ReentrantTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantToken *ReentrantTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.Allowance(&_ReentrantToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.Allowance(&_ReentrantToken.CallOpts, owner, spender)
}

// Armed is a free data retrieval call binding the contract method 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (_ReentrantToken *ReentrantTokenCaller) Armed(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "armed")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Armed is a free data retrieval call binding the contract method 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Armed() (bool, error) {
	return _ReentrantToken.Contract.Armed(&_ReentrantToken.CallOpts)
}

// Armed is a free data retrieval call binding the contract method 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (_ReentrantToken *ReentrantTokenCallerSession) Armed() (bool, error) {
	return _ReentrantToken.Contract.Armed(&_ReentrantToken.CallOpts)
}

// Attack is a free data retrieval call binding the contract method 0x9e5faafc.
//
// Solidity: function attack() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCaller) Attack(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "attack")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Attack is a free data retrieval call binding the contract method 0x9e5faafc.
//
// Solidity: function attack() view returns(bytes)
func (_ReentrantToken *ReentrantTokenSession) Attack() ([]byte, error) {
	return _ReentrantToken.Contract.Attack(&_ReentrantToken.CallOpts)
}

// Attack is a free data retrieval call binding the contract method 0x9e5faafc.
//
// Solidity: function attack() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCallerSession) Attack() ([]byte, error) {
	return _ReentrantToken.Contract.Attack(&_ReentrantToken.CallOpts)
}

// Attempts is a free data retrieval call binding the contract method 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) Attempts(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "attempts")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Attempts is a free data retrieval call binding the contract method 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) Attempts() (*big.Int, error) {
	return _ReentrantToken.Contract.Attempts(&_ReentrantToken.CallOpts)
}

// Attempts is a free data retrieval call binding the contract method 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) Attempts() (*big.Int, error) {
	return _ReentrantToken.Contract.Attempts(&_ReentrantToken.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.BalanceOf(&_ReentrantToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.BalanceOf(&_ReentrantToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_ReentrantToken *ReentrantTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_ReentrantToken *ReentrantTokenSession) Decimals() (uint8, error) {
	return _ReentrantToken.Contract.Decimals(&_ReentrantToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_ReentrantToken *ReentrantTokenCallerSession) Decimals() (uint8, error) {
	return _ReentrantToken.Contract.Decimals(&_ReentrantToken.CallOpts)
}

// LastRevert is a free data retrieval call binding the contract method 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCaller) LastRevert(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "lastRevert")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// LastRevert is a free data retrieval call binding the contract method 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (_ReentrantToken *ReentrantTokenSession) LastRevert() ([]byte, error) {
	return _ReentrantToken.Contract.LastRevert(&_ReentrantToken.CallOpts)
}

// LastRevert is a free data retrieval call binding the contract method 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCallerSession) LastRevert() ([]byte, error) {
	return _ReentrantToken.Contract.LastRevert(&_ReentrantToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ReentrantToken *ReentrantTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ReentrantToken *ReentrantTokenSession) Name() (string, error) {
	return _ReentrantToken.Contract.Name(&_ReentrantToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ReentrantToken *ReentrantTokenCallerSession) Name() (string, error) {
	return _ReentrantToken.Contract.Name(&_ReentrantToken.CallOpts)
}

// Successes is a free data retrieval call binding the contract method 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) Successes(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "successes")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Successes is a free data retrieval call binding the contract method 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) Successes() (*big.Int, error) {
	return _ReentrantToken.Contract.Successes(&_ReentrantToken.CallOpts)
}

// Successes is a free data retrieval call binding the contract method 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) Successes() (*big.Int, error) {
	return _ReentrantToken.Contract.Successes(&_ReentrantToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ReentrantToken *ReentrantTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ReentrantToken *ReentrantTokenSession) Symbol() (string, error) {
	return _ReentrantToken.Contract.Symbol(&_ReentrantToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ReentrantToken *ReentrantTokenCallerSession) Symbol() (string, error) {
	return _ReentrantToken.Contract.Symbol(&_ReentrantToken.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantToken *ReentrantTokenCaller) Target(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "target")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantToken *ReentrantTokenSession) Target() (common.Address, error) {
	return _ReentrantToken.Contract.Target(&_ReentrantToken.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantToken *ReentrantTokenCallerSession) Target() (common.Address, error) {
	return _ReentrantToken.Contract.Target(&_ReentrantToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) TotalSupply() (*big.Int, error) {
	return _ReentrantToken.Contract.TotalSupply(&_ReentrantToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _ReentrantToken.Contract.TotalSupply(&_ReentrantToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Approve(&_ReentrantToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Approve(&_ReentrantToken.TransactOpts, spender, value)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes attack_) returns()
func (_ReentrantToken *ReentrantTokenTransactor) Arm(opts *bind.TransactOpts, target_ common.Address, attack_ []byte) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "arm", target_, attack_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes attack_) returns()
func (_ReentrantToken *ReentrantTokenSession) Arm(target_ common.Address, attack_ []byte) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Arm(&_ReentrantToken.TransactOpts, target_, attack_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes attack_) returns()
func (_ReentrantToken *ReentrantTokenTransactorSession) Arm(target_ common.Address, attack_ []byte) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Arm(&_ReentrantToken.TransactOpts, target_, attack_)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_ReentrantToken *ReentrantTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_ReentrantToken *ReentrantTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Mint(&_ReentrantToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_ReentrantToken *ReentrantTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Mint(&_ReentrantToken.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Transfer(&_ReentrantToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Transfer(&_ReentrantToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.TransferFrom(&_ReentrantToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.TransferFrom(&_ReentrantToken.TransactOpts, from, to, value)
}

// ReentrantTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the ReentrantToken contract.
type ReentrantTokenApprovalIterator struct {
	Event *ReentrantTokenApproval // Event containing the contract specifics and raw log

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
func (it *ReentrantTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ReentrantTokenApproval)
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
		it.Event = new(ReentrantTokenApproval)
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
func (it *ReentrantTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ReentrantTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ReentrantTokenApproval represents a Approval event raised by the ReentrantToken contract.
type ReentrantTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*ReentrantTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _ReentrantToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenApprovalIterator{contract: _ReentrantToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *ReentrantTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _ReentrantToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ReentrantTokenApproval)
				if err := _ReentrantToken.contract.UnpackLog(event, "Approval", log); err != nil {
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

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) ParseApproval(log types.Log) (*ReentrantTokenApproval, error) {
	event := new(ReentrantTokenApproval)
	if err := _ReentrantToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ReentrantTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the ReentrantToken contract.
type ReentrantTokenTransferIterator struct {
	Event *ReentrantTokenTransfer // Event containing the contract specifics and raw log

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
func (it *ReentrantTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ReentrantTokenTransfer)
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
		it.Event = new(ReentrantTokenTransfer)
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
func (it *ReentrantTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ReentrantTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ReentrantTokenTransfer represents a Transfer event raised by the ReentrantToken contract.
type ReentrantTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*ReentrantTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ReentrantToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenTransferIterator{contract: _ReentrantToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *ReentrantTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ReentrantToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ReentrantTokenTransfer)
				if err := _ReentrantToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) ParseTransfer(log types.Log) (*ReentrantTokenTransfer, error) {
	event := new(ReentrantTokenTransfer)
	if err := _ReentrantToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
