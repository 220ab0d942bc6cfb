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

// ReentrantReceiverMetaData contains all meta data concerning the ReentrantReceiver contract.
var ReentrantReceiverMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"attack_\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attack\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRevert\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"successes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506107828061001c5f395ff3fe608060405260043610610087575f3560e01c80636a540a3e116100575780636a540a3e146102025780637339acce1461021657806383a6deb51461022b5780639e5faafc14610240578063d4b8399214610254575f5ffd5b80631cff79cd146101625780632f411093146101975780633522bfd0146101c05780635754a042146101df575f5ffd5b3661015e573460055f82825461009d91906103e8565b909155505060025460ff161561015c576002805460ff1916905560038054905f6100c683610401565b90915550505f805460405182916001600160a01b0316906100e990600190610451565b5f604051808303815f865af19150503d805f8114610122576040519150601f19603f3d011682016040523d82523d5f602084013e610127565b606091505b5091509150811561014b5760048054905f61014183610401565b9190505550610159565b6006610157828261052d565b505b50505b005b5f5ffd5b34801561016d575f5ffd5b5061018161017c3660046105ec565b61028a565b60405161018e9190610677565b60405180910390f35b3480156101a2575f5ffd5b506002546101b09060ff1681565b604051901515815260200161018e565b3480156101cb575f5ffd5b5061015c6101da3660046105ec565b610301565b3480156101ea575f5ffd5b506101f460035481565b60405190815260200161018e565b34801561020d575f5ffd5b5061018161033b565b348015610221575f5ffd5b506101f460045481565b348015610236575f5ffd5b506101f460055481565b34801561024b575f5ffd5b506101816103c7565b34801561025f575f5ffd5b505f54610272906001600160a01b031681565b6040516001600160a01b03909116815260200161018e565b60605f5f856001600160a01b031685856040516102a89291906106ac565b5f604051808303815f865af19150503d805f81146102e1576040519150601f19603f3d011682016040523d82523d5f602084013e6102e6565b606091505b5091509150816102f857805160208201fd5b95945050505050565b5f80546001600160a01b0319166001600160a01b03851617905560016103288284836106bb565b50506002805460ff191660011790555050565b6006805461034890610419565b80601f016020809104026020016040519081016040528092919081815260200182805461037490610419565b80156103bf5780601f10610396576101008083540402835291602001916103bf565b820191905f5260205f20905b8154815290600101906020018083116103a257829003601f168201915b505050505081565b6001805461034890610419565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103fb576103fb6103d4565b92915050565b5f60018201610412576104126103d4565b5060010190565b600181811c9082168061042d57607f821691505b60208210810361044b57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f835461045e81610419565b600182168015610475576001811461048a576104b7565b60ff19831686528115158202860193506104b7565b865f5260205f205f5b838110156104af57815488820152600190910190602001610493565b505081860193505b509195945050505050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610528578282111561052857805f5260205f20601f840160051c602085101561050157505f5b90810190601f840160051c035f5b81811015610524575f8382015560010161050f565b5050505b505050565b815167ffffffffffffffff811115610547576105476104c2565b61055b816105558454610419565b846104d6565b6020601f82116001811461058d575f83156105765750848201515b5f19600385901b1c1916600184901b1784556105e5565b5f84815260208120601f198516915b828110156105bc578785015182556020948501946001909201910161059c565b50848210156105d957868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b5f5f5f604084860312156105fe575f5ffd5b83356001600160a01b0381168114610614575f5ffd5b9250602084013567ffffffffffffffff81111561062f575f5ffd5b8401601f8101861361063f575f5ffd5b803567ffffffffffffffff811115610655575f5ffd5b866020828401011115610666575f5ffd5b939660209190910195509293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b818382375f9101908152919050565b67ffffffffffffffff8311156106d3576106d36104c2565b6106e7836106e18354610419565b836104d6565b5f601f841160018114610718575f85156107015750838201355b5f19600387901b1c1916600186901b1783556105e5565b5f83815260208120601f198716915b828110156107475786850135825560209485019460019092019101610727565b5086821015610763575f1960f88860031b161c19848701351681555b505060018560011b018355505050505056fea164736f6c6343000825000a",
}

// ReentrantReceiverABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrantReceiverMetaData.ABI instead.
var ReentrantReceiverABI = ReentrantReceiverMetaData.ABI

// ReentrantReceiverBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ReentrantReceiverMetaData.Bin instead.
var ReentrantReceiverBin = ReentrantReceiverMetaData.Bin

// DeployReentrantReceiver deploys a new Ethereum contract, binding an instance of ReentrantReceiver to it.
func DeployReentrantReceiver(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ReentrantReceiver, error) {
	parsed, err := ReentrantReceiverMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ReentrantReceiverBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ReentrantReceiver{ReentrantReceiverCaller: ReentrantReceiverCaller{contract: contract}, ReentrantReceiverTransactor: ReentrantReceiverTransactor{contract: contract}, ReentrantReceiverFilterer: ReentrantReceiverFilterer{contract: contract}}, nil
}

// ReentrantReceiver is an auto generated Go binding around an Ethereum contract.
type ReentrantReceiver struct {
	ReentrantReceiverCaller     // Read-only binding to the contract
	ReentrantReceiverTransactor // Write-only binding to the contract
	ReentrantReceiverFilterer   // Log filterer for contract events
}

// ReentrantReceiverCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrantReceiverCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantReceiverTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrantReceiverTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantReceiverFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrantReceiverFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantReceiverSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrantReceiverSession struct {
	Contract     *ReentrantReceiver // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// ReentrantReceiverCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrantReceiverCallerSession struct {
	Contract *ReentrantReceiverCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// ReentrantReceiverTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrantReceiverTransactorSession struct {
	Contract     *ReentrantReceiverTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// ReentrantReceiverRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrantReceiverRaw struct {
	Contract *ReentrantReceiver // Generic contract binding to access the raw methods on
}

// ReentrantReceiverCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrantReceiverCallerRaw struct {
	Contract *ReentrantReceiverCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrantReceiverTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrantReceiverTransactorRaw struct {
	Contract *ReentrantReceiverTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrantReceiver creates a new instance of ReentrantReceiver, bound to a specific deployed contract.
func NewReentrantReceiver(address common.Address, backend bind.ContractBackend) (*ReentrantReceiver, error) {
	contract, err := bindReentrantReceiver(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrantReceiver{ReentrantReceiverCaller: ReentrantReceiverCaller{contract: contract}, ReentrantReceiverTransactor: ReentrantReceiverTransactor{contract: contract}, ReentrantReceiverFilterer: ReentrantReceiverFilterer{contract: contract}}, nil
}

// NewReentrantReceiverCaller creates a new read-only instance of ReentrantReceiver, bound to a specific deployed contract.
func NewReentrantReceiverCaller(address common.Address, caller bind.ContractCaller) (*ReentrantReceiverCaller, error) {
	contract, err := bindReentrantReceiver(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantReceiverCaller{contract: contract}, nil
}

// NewReentrantReceiverTransactor creates a new write-only instance of ReentrantReceiver, bound to a specific deployed contract.
func NewReentrantReceiverTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrantReceiverTransactor, error) {
	contract, err := bindReentrantReceiver(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantReceiverTransactor{contract: contract}, nil
}

// NewReentrantReceiverFilterer creates a new log filterer instance of ReentrantReceiver, bound to a specific deployed contract.
func NewReentrantReceiverFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrantReceiverFilterer, error) {
	contract, err := bindReentrantReceiver(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrantReceiverFilterer{contract: contract}, nil
}

// bindReentrantReceiver binds a generic wrapper to an already deployed contract.
func bindReentrantReceiver(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrantReceiverMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantReceiver *ReentrantReceiverRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantReceiver.Contract.ReentrantReceiverCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantReceiver *ReentrantReceiverRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.ReentrantReceiverTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantReceiver *ReentrantReceiverRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.ReentrantReceiverTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantReceiver *ReentrantReceiverCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantReceiver.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantReceiver *ReentrantReceiverTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantReceiver *ReentrantReceiverTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.contract.Transact(opts, method, params...)
}

// Armed is a free data retrieval call binding the contract method 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (_ReentrantReceiver *ReentrantReceiverCaller) Armed(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "armed")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Armed is a free data retrieval call binding the contract method 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (_ReentrantReceiver *ReentrantReceiverSession) Armed() (bool, error) {
	return _ReentrantReceiver.Contract.Armed(&_ReentrantReceiver.CallOpts)
}

// Armed is a free data retrieval call binding the contract method 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) Armed() (bool, error) {
	return _ReentrantReceiver.Contract.Armed(&_ReentrantReceiver.CallOpts)
}

// Attack is a free data retrieval call binding the contract method 0x9e5faafc.
//
// Solidity: function attack() view returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverCaller) Attack(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "attack")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Attack is a free data retrieval call binding the contract method 0x9e5faafc.
//
// Solidity: function attack() view returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverSession) Attack() ([]byte, error) {
	return _ReentrantReceiver.Contract.Attack(&_ReentrantReceiver.CallOpts)
}

// Attack is a free data retrieval call binding the contract method 0x9e5faafc.
//
// Solidity: function attack() view returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) Attack() ([]byte, error) {
	return _ReentrantReceiver.Contract.Attack(&_ReentrantReceiver.CallOpts)
}

// Attempts is a free data retrieval call binding the contract method 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (_ReentrantReceiver *ReentrantReceiverCaller) Attempts(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "attempts")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Attempts is a free data retrieval call binding the contract method 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (_ReentrantReceiver *ReentrantReceiverSession) Attempts() (*big.Int, error) {
	return _ReentrantReceiver.Contract.Attempts(&_ReentrantReceiver.CallOpts)
}

// Attempts is a free data retrieval call binding the contract method 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) Attempts() (*big.Int, error) {
	return _ReentrantReceiver.Contract.Attempts(&_ReentrantReceiver.CallOpts)
}

// LastRevert is a free data retrieval call binding the contract method 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverCaller) LastRevert(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "lastRevert")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// LastRevert is a free data retrieval call binding the contract method 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverSession) LastRevert() ([]byte, error) {
	return _ReentrantReceiver.Contract.LastRevert(&_ReentrantReceiver.CallOpts)
}

// LastRevert is a free data retrieval call binding the contract method 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) LastRevert() ([]byte, error) {
	return _ReentrantReceiver.Contract.LastRevert(&_ReentrantReceiver.CallOpts)
}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_ReentrantReceiver *ReentrantReceiverCaller) Received(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "received")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_ReentrantReceiver *ReentrantReceiverSession) Received() (*big.Int, error) {
	return _ReentrantReceiver.Contract.Received(&_ReentrantReceiver.CallOpts)
}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) Received() (*big.Int, error) {
	return _ReentrantReceiver.Contract.Received(&_ReentrantReceiver.CallOpts)
}

// Successes is a free data retrieval call binding the contract method 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (_ReentrantReceiver *ReentrantReceiverCaller) Successes(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "successes")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Successes is a free data retrieval call binding the contract method 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (_ReentrantReceiver *ReentrantReceiverSession) Successes() (*big.Int, error) {
	return _ReentrantReceiver.Contract.Successes(&_ReentrantReceiver.CallOpts)
}

// Successes is a free data retrieval call binding the contract method 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) Successes() (*big.Int, error) {
	return _ReentrantReceiver.Contract.Successes(&_ReentrantReceiver.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantReceiver *ReentrantReceiverCaller) Target(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "target")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantReceiver *ReentrantReceiverSession) Target() (common.Address, error) {
	return _ReentrantReceiver.Contract.Target(&_ReentrantReceiver.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) Target() (common.Address, error) {
	return _ReentrantReceiver.Contract.Target(&_ReentrantReceiver.CallOpts)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes attack_) returns()
func (_ReentrantReceiver *ReentrantReceiverTransactor) Arm(opts *bind.TransactOpts, target_ common.Address, attack_ []byte) (*types.Transaction, error) {
	return _ReentrantReceiver.contract.Transact(opts, "arm", target_, attack_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes attack_) returns()
func (_ReentrantReceiver *ReentrantReceiverSession) Arm(target_ common.Address, attack_ []byte) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Arm(&_ReentrantReceiver.TransactOpts, target_, attack_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes attack_) returns()
func (_ReentrantReceiver *ReentrantReceiverTransactorSession) Arm(target_ common.Address, attack_ []byte) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Arm(&_ReentrantReceiver.TransactOpts, target_, attack_)
}

// Execute is a paid mutator transaction binding the contract method 0x1cff79cd.
//
// Solidity: function execute(address target_, bytes data) returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverTransactor) Execute(opts *bind.TransactOpts, target_ common.Address, data []byte) (*types.Transaction, error) {
	return _ReentrantReceiver.contract.Transact(opts, "execute", target_, data)
}

// Execute is a paid mutator transaction binding the contract method 0x1cff79cd.
//
// Solidity: function execute(address target_, bytes data) returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverSession) Execute(target_ common.Address, data []byte) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Execute(&_ReentrantReceiver.TransactOpts, target_, data)
}

// Execute is a paid mutator transaction binding the contract method 0x1cff79cd.
//
// Solidity: function execute(address target_, bytes data) returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverTransactorSession) Execute(target_ common.Address, data []byte) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Execute(&_ReentrantReceiver.TransactOpts, target_, data)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantReceiver *ReentrantReceiverTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantReceiver.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantReceiver *ReentrantReceiverSession) Receive() (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Receive(&_ReentrantReceiver.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantReceiver *ReentrantReceiverTransactorSession) Receive() (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Receive(&_ReentrantReceiver.TransactOpts)
}
