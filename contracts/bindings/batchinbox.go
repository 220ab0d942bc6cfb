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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NoPayload\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayloadAndLocator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"SeqNotAfterLast\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"locator\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"chunks\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chunksFrom\",\"type\":\"uint64\"}],\"name\":\"BatchPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"chunkHash\",\"type\":\"bytes32\"}],\"name\":\"Chunk\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"chunk\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"}],\"name\":\"nextSeqOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bodyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchInbox.Header\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"locator\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"chunks\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"chunksFrom\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"publish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b506001600160401b0343166080526080516106f46100335f395f60aa01526106f45ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806357b207e11461004e5780635dbb9fb81461007d5780635e8b682914610092578063a3ec191a146100a5575b5f5ffd5b61006161005c3660046103f6565b6100cc565b6040516001600160401b03909116815260200160405180910390f35b61009061008b36600461046b565b6100ff565b005b6100906100a036600461050f565b61016f565b6100617f000000000000000000000000000000000000000000000000000000000000000081565b6001600160a01b038083165f90815260208181526040808320938516835292905220546001600160401b03165b92915050565b5f81900361012057604051630e58507360e11b815260040160405180910390fd5b81816040516101309291906105eb565b604051908190038120906001600160a01b038516907f7f4eab6852327be4d3f85ff9891ab415cb3d5144743df57a4aec530b256931ba905f90a3505050565b61017989336102b7565b61019d5760405163ccf79b6760e01b81523360048201526024015b60405180910390fd5b60408801356101bf5760405163f1ae58d560e01b815260040160405180910390fd5b5f841515806101cd57508115155b9050861580156101db575080155b156101f957604051630e58507360e11b815260040160405180910390fd5b86158015906102055750805b1561022357604051633c6051e160e21b815260040160405180910390fd5b6102398a61023460208c018c6105fa565b610329565b3361024760208b018b6105fa565b6001600160401b03168b6001600160a01b03167f8586f20b9547fbdb41ed487798d8be4b359303b220a6d6ab3af5073c22b8067c8c602001358d604001358e606001358e8e8e8e8e6040516102a3989796959493929190610613565b60405180910390a450505050505050505050565b604051632224768d60e01b81526001600160a01b0382811660048301525f9190841690632224768d90602401602060405180830381865afa1580156102fe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610322919061069d565b9392505050565b6001600160a01b0382165f908152602081815260408083203384529091529020546001600160401b0390811690821681111561038b576040516310c13ca560e31b81526001600160401b03808316600483015283166024820152604401610194565b6103968260016106bc565b6001600160a01b03939093165f908152602081815260408083203384529091529020805467ffffffffffffffff19166001600160401b03909416939093179092555050565b80356001600160a01b03811681146103f1575f5ffd5b919050565b5f5f60408385031215610407575f5ffd5b610410836103db565b915061041e602084016103db565b90509250929050565b5f5f83601f840112610437575f5ffd5b5081356001600160401b0381111561044d575f5ffd5b602083019150836020828501011115610464575f5ffd5b9250929050565b5f5f5f6040848603121561047d575f5ffd5b610486846103db565b925060208401356001600160401b038111156104a0575f5ffd5b6104ac86828701610427565b9497909650939450505050565b5f5f83601f8401126104c9575f5ffd5b5081356001600160401b038111156104df575f5ffd5b6020830191508360208260051b8501011115610464575f5ffd5b80356001600160401b03811681146103f1575f5ffd5b5f5f5f5f5f5f5f5f5f898b03610120811215610529575f5ffd5b6105328b6103db565b99506080601f1982011215610545575f5ffd5b5060208a01975060a08a01356001600160401b03811115610564575f5ffd5b6105708c828d01610427565b90985096505060c08a01356001600160401b0381111561058e575f5ffd5b61059a8c828d016104b9565b90965094506105ad905060e08b016104f9565b92506101008a01356001600160401b038111156105c8575f5ffd5b6105d48c828d01610427565b915080935050809150509295985092959850929598565b818382375f9101908152919050565b5f6020828403121561060a575f5ffd5b610322826104f9565b88815287602082015286604082015260c060608201528460c0820152848660e08301375f60e08683018101829052601f19601f8801168301838103820160808501529081018590526001600160fb1b0385111561066e575f5ffd5b8460051b80876101008401376001600160401b03851660a0850152016101000190509998505050505050505050565b5f602082840312156106ad575f5ffd5b81518015158114610322575f5ffd5b6001600160401b0381811683821601908111156100f957634e487b7160e01b5f52601160045260245ffdfea164736f6c6343000825000a",
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
