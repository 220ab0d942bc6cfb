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

// BatchInboxHeader is an auto generated low-level Go binding around an user-defined struct.
type BatchInboxHeader struct {
	Seq       uint64
	PrevHash  [32]byte
	BodyHash  [32]byte
	StateRoot [32]byte
}

// BatchInboxMetaData contains all meta data concerning the BatchInbox contract.
var BatchInboxMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NoPayload\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayloadAndLocator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"SeqNotAfterLast\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"locator\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"chunks\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chunksFrom\",\"type\":\"uint64\"}],\"name\":\"BatchPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"chunkHash\",\"type\":\"bytes32\"}],\"name\":\"Chunk\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"MembershipChanged\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"chunk\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"membershipChanged\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"}],\"name\":\"nextSeqOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInbox.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"locator\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"chunks\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"chunksFrom\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"publish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInbox.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"locator\",\"type\":\"bytes\"}],\"name\":\"publishLocated\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b506001600160401b034316608052608051610abb6100335f395f60d30152610abb5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80630b53fa381461006457806357b207e1146100795780635dbb9fb8146100a85780635e8b6829146100bb578063a3ec191a146100ce578063ba05c7c6146100f5575b5f5ffd5b6100776100723660046106fe565b6100fd565b005b61008c61008736600461075b565b6101f6565b6040516001600160401b03909116815260200160405180910390f35b6100776100b636600461078c565b610229565b6100776100c93660046107fc565b610299565b61008c7f000000000000000000000000000000000000000000000000000000000000000081565b6100776103ae565b604083013561011f5760405163f1ae58d560e01b815260040160405180910390fd5b5f81900361014057604051630e58507360e11b815260040160405180910390fd5b6101568461015160208601866108fe565b61043b565b3361016460208501856108fe565b6001600160401b03166001600160a01b0386167f8586f20b9547fbdb41ed487798d8be4b359303b220a6d6ab3af5073c22b8067c60208701356040880135606089013588885f6040519080825280602002602001820160405280156101d3578160200160208202803683370190505b505f6040516101e89796959493929190610948565b60405180910390a450505050565b6001600160a01b038083165f90815260208181526040808320938516835292905220546001600160401b03165b92915050565b5f81900361024a57604051630e58507360e11b815260040160405180910390fd5b818160405161025a9291906109c4565b604051908190038120906001600160a01b038516907f7f4eab6852327be4d3f85ff9891ab415cb3d5144743df57a4aec530b256931ba905f90a3505050565b60408801356102bb5760405163f1ae58d560e01b815260040160405180910390fd5b5f841515806102c957508115155b9050861580156102d7575080155b156102f557604051630e58507360e11b815260040160405180910390fd5b86158015906103015750805b1561031f57604051633c6051e160e21b815260040160405180910390fd5b6103308a61015160208c018c6108fe565b3361033e60208b018b6108fe565b6001600160401b03168b6001600160a01b03167f8586f20b9547fbdb41ed487798d8be4b359303b220a6d6ab3af5073c22b8067c8c602001358d604001358e606001358e8e8e8e8e60405161039a9897969594939291906109d3565b60405180910390a450505050505050505050565b335f9081526001602081905260408220546103d4916001600160401b0390911690610a47565b335f81815260016020908152604091829020805467ffffffffffffffff19166001600160401b038616908117909155915191825292935090917fd3ceeea90b1c43cdb480681381de610851a60d1bec157b145254266e80515081910160405180910390a250565b6001600160a01b0382165f90815260208181526040808320338452825291829020825160608101845290546001600160401b03808216808452600160401b8304821694840194909452600160801b90910481169382019390935291831610156104d25780516040516310c13ca560e31b81526001600160401b03918216600482015290831660248201526044015b60405180910390fd5b6001600160a01b0383165f908152600160205260409081902054908201516001600160401b0391821691161580610516575081604001516001600160401b03164310155b806105375750806001600160401b031682602001516001600160401b031614155b156105fb57604051633cb99db560e21b81523360048201525f9081906001600160a01b0387169063f2e676d4906024016040805180830381865afa158015610581573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105a59190610a72565b91509150816105c95760405163ccf79b6760e01b81523360048201526024016104c9565b6001600160401b03808416602086015243908216116105e8575f6105ea565b805b6001600160401b0316604085015250505b610606836001610a47565b6001600160401b0390811683526001600160a01b039094165f90815260208181526040808320338452825291829020845181549286015193909501518716600160801b0267ffffffffffffffff60801b19938816600160401b026fffffffffffffffffffffffffffffffff19909316959097169490941717169390931790555050565b80356001600160a01b038116811461069f575f5ffd5b919050565b5f608082840312156106b4575f5ffd5b50919050565b5f5f83601f8401126106ca575f5ffd5b5081356001600160401b038111156106e0575f5ffd5b6020830191508360208285010111156106f7575f5ffd5b9250929050565b5f5f5f5f60c08587031215610711575f5ffd5b61071a85610689565b935061072986602087016106a4565b925060a08501356001600160401b03811115610743575f5ffd5b61074f878288016106ba565b95989497509550505050565b5f5f6040838503121561076c575f5ffd5b61077583610689565b915061078360208401610689565b90509250929050565b5f5f5f6040848603121561079e575f5ffd5b6107a784610689565b925060208401356001600160401b038111156107c1575f5ffd5b6107cd868287016106ba565b9497909650939450505050565b6001600160401b03811681146107ee575f5ffd5b50565b803561069f816107da565b5f5f5f5f5f5f5f5f5f6101208a8c031215610815575f5ffd5b61081e8a610689565b985061082d8b60208c016106a4565b975060a08a01356001600160401b03811115610847575f5ffd5b6108538c828d016106ba565b90985096505060c08a01356001600160401b03811115610871575f5ffd5b8a01601f81018c13610881575f5ffd5b80356001600160401b03811115610896575f5ffd5b8c60208260051b84010111156108aa575f5ffd5b602091909101955093506108c060e08b016107f1565b92506101008a01356001600160401b038111156108db575f5ffd5b6108e78c828d016106ba565b915080935050809150509295985092959850929598565b5f6020828403121561090e575f5ffd5b8135610919816107da565b9392505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b87815286602082015285604082015260c060608201525f61096d60c083018688610920565b8281036080840152845180825260208087019201905f5b818110156109a2578351835260209384019390920191600101610984565b505080925050506001600160401b03831660a083015298975050505050505050565b818382375f9101908152919050565b88815287602082015286604082015260c060608201525f6109f860c083018789610920565b82810360808401528481526001600160fb1b03851115610a16575f5ffd5b8460051b80876020840137602081830101925050506001600160401b03831660a08301529998505050505050505050565b6001600160401b03818116838216019081111561022357634e487b7160e01b5f52601160045260245ffd5b5f5f60408385031215610a83575f5ffd5b82518015158114610a92575f5ffd5b6020840151909250610aa3816107da565b80915050925092905056fea164736f6c6343000825000a",
}

// BatchInboxABI is the input ABI used to generate the binding from.
// Deprecated: Use BatchInboxMetaData.ABI instead.
var BatchInboxABI = BatchInboxMetaData.ABI

// BatchInboxBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BatchInboxMetaData.Bin instead.
var BatchInboxBin = BatchInboxMetaData.Bin

// DeployBatchInbox deploys a new Ethereum contract, binding an instance of BatchInbox to it.
func DeployBatchInbox(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BatchInbox, error) {
	parsed, err := BatchInboxMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BatchInboxBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BatchInbox{BatchInboxCaller: BatchInboxCaller{contract: contract}, BatchInboxTransactor: BatchInboxTransactor{contract: contract}, BatchInboxFilterer: BatchInboxFilterer{contract: contract}}, nil
}

// BatchInbox is an auto generated Go binding around an Ethereum contract.
type BatchInbox struct {
	BatchInboxCaller     // Read-only binding to the contract
	BatchInboxTransactor // Write-only binding to the contract
	BatchInboxFilterer   // Log filterer for contract events
}

// BatchInboxCaller is an auto generated read-only Go binding around an Ethereum contract.
type BatchInboxCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BatchInboxTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BatchInboxTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BatchInboxFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BatchInboxFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BatchInboxSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BatchInboxSession struct {
	Contract     *BatchInbox       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BatchInboxCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BatchInboxCallerSession struct {
	Contract *BatchInboxCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// BatchInboxTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BatchInboxTransactorSession struct {
	Contract     *BatchInboxTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// BatchInboxRaw is an auto generated low-level Go binding around an Ethereum contract.
type BatchInboxRaw struct {
	Contract *BatchInbox // Generic contract binding to access the raw methods on
}

// BatchInboxCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BatchInboxCallerRaw struct {
	Contract *BatchInboxCaller // Generic read-only contract binding to access the raw methods on
}

// BatchInboxTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BatchInboxTransactorRaw struct {
	Contract *BatchInboxTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBatchInbox creates a new instance of BatchInbox, bound to a specific deployed contract.
func NewBatchInbox(address common.Address, backend bind.ContractBackend) (*BatchInbox, error) {
	contract, err := bindBatchInbox(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BatchInbox{BatchInboxCaller: BatchInboxCaller{contract: contract}, BatchInboxTransactor: BatchInboxTransactor{contract: contract}, BatchInboxFilterer: BatchInboxFilterer{contract: contract}}, nil
}

// NewBatchInboxCaller creates a new read-only instance of BatchInbox, bound to a specific deployed contract.
func NewBatchInboxCaller(address common.Address, caller bind.ContractCaller) (*BatchInboxCaller, error) {
	contract, err := bindBatchInbox(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BatchInboxCaller{contract: contract}, nil
}

// NewBatchInboxTransactor creates a new write-only instance of BatchInbox, bound to a specific deployed contract.
func NewBatchInboxTransactor(address common.Address, transactor bind.ContractTransactor) (*BatchInboxTransactor, error) {
	contract, err := bindBatchInbox(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BatchInboxTransactor{contract: contract}, nil
}

// NewBatchInboxFilterer creates a new log filterer instance of BatchInbox, bound to a specific deployed contract.
func NewBatchInboxFilterer(address common.Address, filterer bind.ContractFilterer) (*BatchInboxFilterer, error) {
	contract, err := bindBatchInbox(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BatchInboxFilterer{contract: contract}, nil
}

// bindBatchInbox binds a generic wrapper to an already deployed contract.
func bindBatchInbox(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BatchInboxMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BatchInbox *BatchInboxRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BatchInbox.Contract.BatchInboxCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BatchInbox *BatchInboxRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BatchInbox.Contract.BatchInboxTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BatchInbox *BatchInboxRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BatchInbox.Contract.BatchInboxTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BatchInbox *BatchInboxCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BatchInbox.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BatchInbox *BatchInboxTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BatchInbox.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BatchInbox *BatchInboxTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BatchInbox.Contract.contract.Transact(opts, method, params...)
}

// DeployBlock is a free data retrieval call binding the contract method 0xa3ec191a.
//
// Solidity: function deployBlock() view returns(uint64)
func (_BatchInbox *BatchInboxCaller) DeployBlock(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "deployBlock")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// DeployBlock is a free data retrieval call binding the contract method 0xa3ec191a.
//
// Solidity: function deployBlock() view returns(uint64)
func (_BatchInbox *BatchInboxSession) DeployBlock() (uint64, error) {
	return _BatchInbox.Contract.DeployBlock(&_BatchInbox.CallOpts)
}

// DeployBlock is a free data retrieval call binding the contract method 0xa3ec191a.
//
// Solidity: function deployBlock() view returns(uint64)
func (_BatchInbox *BatchInboxCallerSession) DeployBlock() (uint64, error) {
	return _BatchInbox.Contract.DeployBlock(&_BatchInbox.CallOpts)
}

// NextSeqOf is a free data retrieval call binding the contract method 0x57b207e1.
//
// Solidity: function nextSeqOf(address upkeeping, address keeper) view returns(uint64)
func (_BatchInbox *BatchInboxCaller) NextSeqOf(opts *bind.CallOpts, upkeeping common.Address, keeper common.Address) (uint64, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "nextSeqOf", upkeeping, keeper)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// NextSeqOf is a free data retrieval call binding the contract method 0x57b207e1.
//
// Solidity: function nextSeqOf(address upkeeping, address keeper) view returns(uint64)
func (_BatchInbox *BatchInboxSession) NextSeqOf(upkeeping common.Address, keeper common.Address) (uint64, error) {
	return _BatchInbox.Contract.NextSeqOf(&_BatchInbox.CallOpts, upkeeping, keeper)
}

// NextSeqOf is a free data retrieval call binding the contract method 0x57b207e1.
//
// Solidity: function nextSeqOf(address upkeeping, address keeper) view returns(uint64)
func (_BatchInbox *BatchInboxCallerSession) NextSeqOf(upkeeping common.Address, keeper common.Address) (uint64, error) {
	return _BatchInbox.Contract.NextSeqOf(&_BatchInbox.CallOpts, upkeeping, keeper)
}

// Chunk is a paid mutator transaction binding the contract method 0x5dbb9fb8.
//
// Solidity: function chunk(address upkeeping, bytes data) returns()
func (_BatchInbox *BatchInboxTransactor) Chunk(opts *bind.TransactOpts, upkeeping common.Address, data []byte) (*types.Transaction, error) {
	return _BatchInbox.contract.Transact(opts, "chunk", upkeeping, data)
}

// Chunk is a paid mutator transaction binding the contract method 0x5dbb9fb8.
//
// Solidity: function chunk(address upkeeping, bytes data) returns()
func (_BatchInbox *BatchInboxSession) Chunk(upkeeping common.Address, data []byte) (*types.Transaction, error) {
	return _BatchInbox.Contract.Chunk(&_BatchInbox.TransactOpts, upkeeping, data)
}

// Chunk is a paid mutator transaction binding the contract method 0x5dbb9fb8.
//
// Solidity: function chunk(address upkeeping, bytes data) returns()
func (_BatchInbox *BatchInboxTransactorSession) Chunk(upkeeping common.Address, data []byte) (*types.Transaction, error) {
	return _BatchInbox.Contract.Chunk(&_BatchInbox.TransactOpts, upkeeping, data)
}

// MembershipChanged is a paid mutator transaction binding the contract method 0xba05c7c6.
//
// Solidity: function membershipChanged() returns()
func (_BatchInbox *BatchInboxTransactor) MembershipChanged(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BatchInbox.contract.Transact(opts, "membershipChanged")
}

// MembershipChanged is a paid mutator transaction binding the contract method 0xba05c7c6.
//
// Solidity: function membershipChanged() returns()
func (_BatchInbox *BatchInboxSession) MembershipChanged() (*types.Transaction, error) {
	return _BatchInbox.Contract.MembershipChanged(&_BatchInbox.TransactOpts)
}

// MembershipChanged is a paid mutator transaction binding the contract method 0xba05c7c6.
//
// Solidity: function membershipChanged() returns()
func (_BatchInbox *BatchInboxTransactorSession) MembershipChanged() (*types.Transaction, error) {
	return _BatchInbox.Contract.MembershipChanged(&_BatchInbox.TransactOpts)
}

// Publish is a paid mutator transaction binding the contract method 0x5e8b6829.
//
// Solidity: function publish(address upkeeping, (uint64,bytes32,bytes32,bytes32) h, bytes locator, bytes32[] chunks, uint64 chunksFrom, bytes data) returns()
func (_BatchInbox *BatchInboxTransactor) Publish(opts *bind.TransactOpts, upkeeping common.Address, h BatchInboxHeader, locator []byte, chunks [][32]byte, chunksFrom uint64, data []byte) (*types.Transaction, error) {
	return _BatchInbox.contract.Transact(opts, "publish", upkeeping, h, locator, chunks, chunksFrom, data)
}

// Publish is a paid mutator transaction binding the contract method 0x5e8b6829.
//
// Solidity: function publish(address upkeeping, (uint64,bytes32,bytes32,bytes32) h, bytes locator, bytes32[] chunks, uint64 chunksFrom, bytes data) returns()
func (_BatchInbox *BatchInboxSession) Publish(upkeeping common.Address, h BatchInboxHeader, locator []byte, chunks [][32]byte, chunksFrom uint64, data []byte) (*types.Transaction, error) {
	return _BatchInbox.Contract.Publish(&_BatchInbox.TransactOpts, upkeeping, h, locator, chunks, chunksFrom, data)
}

// Publish is a paid mutator transaction binding the contract method 0x5e8b6829.
//
// Solidity: function publish(address upkeeping, (uint64,bytes32,bytes32,bytes32) h, bytes locator, bytes32[] chunks, uint64 chunksFrom, bytes data) returns()
func (_BatchInbox *BatchInboxTransactorSession) Publish(upkeeping common.Address, h BatchInboxHeader, locator []byte, chunks [][32]byte, chunksFrom uint64, data []byte) (*types.Transaction, error) {
	return _BatchInbox.Contract.Publish(&_BatchInbox.TransactOpts, upkeeping, h, locator, chunks, chunksFrom, data)
}

// PublishLocated is a paid mutator transaction binding the contract method 0x0b53fa38.
//
// Solidity: function publishLocated(address upkeeping, (uint64,bytes32,bytes32,bytes32) h, bytes locator) returns()
func (_BatchInbox *BatchInboxTransactor) PublishLocated(opts *bind.TransactOpts, upkeeping common.Address, h BatchInboxHeader, locator []byte) (*types.Transaction, error) {
	return _BatchInbox.contract.Transact(opts, "publishLocated", upkeeping, h, locator)
}

// PublishLocated is a paid mutator transaction binding the contract method 0x0b53fa38.
//
// Solidity: function publishLocated(address upkeeping, (uint64,bytes32,bytes32,bytes32) h, bytes locator) returns()
func (_BatchInbox *BatchInboxSession) PublishLocated(upkeeping common.Address, h BatchInboxHeader, locator []byte) (*types.Transaction, error) {
	return _BatchInbox.Contract.PublishLocated(&_BatchInbox.TransactOpts, upkeeping, h, locator)
}

// PublishLocated is a paid mutator transaction binding the contract method 0x0b53fa38.
//
// Solidity: function publishLocated(address upkeeping, (uint64,bytes32,bytes32,bytes32) h, bytes locator) returns()
func (_BatchInbox *BatchInboxTransactorSession) PublishLocated(upkeeping common.Address, h BatchInboxHeader, locator []byte) (*types.Transaction, error) {
	return _BatchInbox.Contract.PublishLocated(&_BatchInbox.TransactOpts, upkeeping, h, locator)
}

// BatchInboxBatchPublishedIterator is returned from FilterBatchPublished and is used to iterate over the raw logs and unpacked data for BatchPublished events raised by the BatchInbox contract.
type BatchInboxBatchPublishedIterator struct {
	Event *BatchInboxBatchPublished // Event containing the contract specifics and raw log

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
func (it *BatchInboxBatchPublishedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BatchInboxBatchPublished)
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
		it.Event = new(BatchInboxBatchPublished)
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
func (it *BatchInboxBatchPublishedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BatchInboxBatchPublishedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BatchInboxBatchPublished represents a BatchPublished event raised by the BatchInbox contract.
type BatchInboxBatchPublished struct {
	Upkeeping  common.Address
	Seq        uint64
	Publisher  common.Address
	PrevHash   [32]byte
	BodyHash   [32]byte
	StateRoot  [32]byte
	Locator    []byte
	Chunks     [][32]byte
	ChunksFrom uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterBatchPublished is a free log retrieval operation binding the contract event 0x8586f20b9547fbdb41ed487798d8be4b359303b220a6d6ab3af5073c22b8067c.
//
// Solidity: event BatchPublished(address indexed upkeeping, uint64 indexed seq, address indexed publisher, bytes32 prevHash, bytes32 bodyHash, bytes32 stateRoot, bytes locator, bytes32[] chunks, uint64 chunksFrom)
func (_BatchInbox *BatchInboxFilterer) FilterBatchPublished(opts *bind.FilterOpts, upkeeping []common.Address, seq []uint64, publisher []common.Address) (*BatchInboxBatchPublishedIterator, error) {

	var upkeepingRule []interface{}
	for _, upkeepingItem := range upkeeping {
		upkeepingRule = append(upkeepingRule, upkeepingItem)
	}
	var seqRule []interface{}
	for _, seqItem := range seq {
		seqRule = append(seqRule, seqItem)
	}
	var publisherRule []interface{}
	for _, publisherItem := range publisher {
		publisherRule = append(publisherRule, publisherItem)
	}

	logs, sub, err := _BatchInbox.contract.FilterLogs(opts, "BatchPublished", upkeepingRule, seqRule, publisherRule)
	if err != nil {
		return nil, err
	}
	return &BatchInboxBatchPublishedIterator{contract: _BatchInbox.contract, event: "BatchPublished", logs: logs, sub: sub}, nil
}

// WatchBatchPublished is a free log subscription operation binding the contract event 0x8586f20b9547fbdb41ed487798d8be4b359303b220a6d6ab3af5073c22b8067c.
//
// Solidity: event BatchPublished(address indexed upkeeping, uint64 indexed seq, address indexed publisher, bytes32 prevHash, bytes32 bodyHash, bytes32 stateRoot, bytes locator, bytes32[] chunks, uint64 chunksFrom)
func (_BatchInbox *BatchInboxFilterer) WatchBatchPublished(opts *bind.WatchOpts, sink chan<- *BatchInboxBatchPublished, upkeeping []common.Address, seq []uint64, publisher []common.Address) (event.Subscription, error) {

	var upkeepingRule []interface{}
	for _, upkeepingItem := range upkeeping {
		upkeepingRule = append(upkeepingRule, upkeepingItem)
	}
	var seqRule []interface{}
	for _, seqItem := range seq {
		seqRule = append(seqRule, seqItem)
	}
	var publisherRule []interface{}
	for _, publisherItem := range publisher {
		publisherRule = append(publisherRule, publisherItem)
	}

	logs, sub, err := _BatchInbox.contract.WatchLogs(opts, "BatchPublished", upkeepingRule, seqRule, publisherRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BatchInboxBatchPublished)
				if err := _BatchInbox.contract.UnpackLog(event, "BatchPublished", log); err != nil {
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

// ParseBatchPublished is a log parse operation binding the contract event 0x8586f20b9547fbdb41ed487798d8be4b359303b220a6d6ab3af5073c22b8067c.
//
// Solidity: event BatchPublished(address indexed upkeeping, uint64 indexed seq, address indexed publisher, bytes32 prevHash, bytes32 bodyHash, bytes32 stateRoot, bytes locator, bytes32[] chunks, uint64 chunksFrom)
func (_BatchInbox *BatchInboxFilterer) ParseBatchPublished(log types.Log) (*BatchInboxBatchPublished, error) {
	event := new(BatchInboxBatchPublished)
	if err := _BatchInbox.contract.UnpackLog(event, "BatchPublished", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BatchInboxChunkIterator is returned from FilterChunk and is used to iterate over the raw logs and unpacked data for Chunk events raised by the BatchInbox contract.
type BatchInboxChunkIterator struct {
	Event *BatchInboxChunk // Event containing the contract specifics and raw log

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
func (it *BatchInboxChunkIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BatchInboxChunk)
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
		it.Event = new(BatchInboxChunk)
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
func (it *BatchInboxChunkIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BatchInboxChunkIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BatchInboxChunk represents a Chunk event raised by the BatchInbox contract.
type BatchInboxChunk struct {
	Upkeeping common.Address
	ChunkHash [32]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterChunk is a free log retrieval operation binding the contract event 0x7f4eab6852327be4d3f85ff9891ab415cb3d5144743df57a4aec530b256931ba.
//
// Solidity: event Chunk(address indexed upkeeping, bytes32 indexed chunkHash)
func (_BatchInbox *BatchInboxFilterer) FilterChunk(opts *bind.FilterOpts, upkeeping []common.Address, chunkHash [][32]byte) (*BatchInboxChunkIterator, error) {

	var upkeepingRule []interface{}
	for _, upkeepingItem := range upkeeping {
		upkeepingRule = append(upkeepingRule, upkeepingItem)
	}
	var chunkHashRule []interface{}
	for _, chunkHashItem := range chunkHash {
		chunkHashRule = append(chunkHashRule, chunkHashItem)
	}

	logs, sub, err := _BatchInbox.contract.FilterLogs(opts, "Chunk", upkeepingRule, chunkHashRule)
	if err != nil {
		return nil, err
	}
	return &BatchInboxChunkIterator{contract: _BatchInbox.contract, event: "Chunk", logs: logs, sub: sub}, nil
}

// WatchChunk is a free log subscription operation binding the contract event 0x7f4eab6852327be4d3f85ff9891ab415cb3d5144743df57a4aec530b256931ba.
//
// Solidity: event Chunk(address indexed upkeeping, bytes32 indexed chunkHash)
func (_BatchInbox *BatchInboxFilterer) WatchChunk(opts *bind.WatchOpts, sink chan<- *BatchInboxChunk, upkeeping []common.Address, chunkHash [][32]byte) (event.Subscription, error) {

	var upkeepingRule []interface{}
	for _, upkeepingItem := range upkeeping {
		upkeepingRule = append(upkeepingRule, upkeepingItem)
	}
	var chunkHashRule []interface{}
	for _, chunkHashItem := range chunkHash {
		chunkHashRule = append(chunkHashRule, chunkHashItem)
	}

	logs, sub, err := _BatchInbox.contract.WatchLogs(opts, "Chunk", upkeepingRule, chunkHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BatchInboxChunk)
				if err := _BatchInbox.contract.UnpackLog(event, "Chunk", log); err != nil {
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

// ParseChunk is a log parse operation binding the contract event 0x7f4eab6852327be4d3f85ff9891ab415cb3d5144743df57a4aec530b256931ba.
//
// Solidity: event Chunk(address indexed upkeeping, bytes32 indexed chunkHash)
func (_BatchInbox *BatchInboxFilterer) ParseChunk(log types.Log) (*BatchInboxChunk, error) {
	event := new(BatchInboxChunk)
	if err := _BatchInbox.contract.UnpackLog(event, "Chunk", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BatchInboxMembershipChangedIterator is returned from FilterMembershipChanged and is used to iterate over the raw logs and unpacked data for MembershipChanged events raised by the BatchInbox contract.
type BatchInboxMembershipChangedIterator struct {
	Event *BatchInboxMembershipChanged // Event containing the contract specifics and raw log

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
func (it *BatchInboxMembershipChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BatchInboxMembershipChanged)
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
		it.Event = new(BatchInboxMembershipChanged)
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
func (it *BatchInboxMembershipChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BatchInboxMembershipChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BatchInboxMembershipChanged represents a MembershipChanged event raised by the BatchInbox contract.
type BatchInboxMembershipChanged struct {
	Upkeeping common.Address
	Version   uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterMembershipChanged is a free log retrieval operation binding the contract event 0xd3ceeea90b1c43cdb480681381de610851a60d1bec157b145254266e80515081.
//
// Solidity: event MembershipChanged(address indexed upkeeping, uint64 version)
func (_BatchInbox *BatchInboxFilterer) FilterMembershipChanged(opts *bind.FilterOpts, upkeeping []common.Address) (*BatchInboxMembershipChangedIterator, error) {

	var upkeepingRule []interface{}
	for _, upkeepingItem := range upkeeping {
		upkeepingRule = append(upkeepingRule, upkeepingItem)
	}

	logs, sub, err := _BatchInbox.contract.FilterLogs(opts, "MembershipChanged", upkeepingRule)
	if err != nil {
		return nil, err
	}
	return &BatchInboxMembershipChangedIterator{contract: _BatchInbox.contract, event: "MembershipChanged", logs: logs, sub: sub}, nil
}

// WatchMembershipChanged is a free log subscription operation binding the contract event 0xd3ceeea90b1c43cdb480681381de610851a60d1bec157b145254266e80515081.
//
// Solidity: event MembershipChanged(address indexed upkeeping, uint64 version)
func (_BatchInbox *BatchInboxFilterer) WatchMembershipChanged(opts *bind.WatchOpts, sink chan<- *BatchInboxMembershipChanged, upkeeping []common.Address) (event.Subscription, error) {

	var upkeepingRule []interface{}
	for _, upkeepingItem := range upkeeping {
		upkeepingRule = append(upkeepingRule, upkeepingItem)
	}

	logs, sub, err := _BatchInbox.contract.WatchLogs(opts, "MembershipChanged", upkeepingRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BatchInboxMembershipChanged)
				if err := _BatchInbox.contract.UnpackLog(event, "MembershipChanged", log); err != nil {
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

// ParseMembershipChanged is a log parse operation binding the contract event 0xd3ceeea90b1c43cdb480681381de610851a60d1bec157b145254266e80515081.
//
// Solidity: event MembershipChanged(address indexed upkeeping, uint64 version)
func (_BatchInbox *BatchInboxFilterer) ParseMembershipChanged(log types.Log) (*BatchInboxMembershipChanged, error) {
	event := new(BatchInboxMembershipChanged)
	if err := _BatchInbox.contract.UnpackLog(event, "MembershipChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
