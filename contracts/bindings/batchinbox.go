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

// BatchInboxMetaData contains all meta data concerning the BatchInbox contract.
var BatchInboxMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NoPayload\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongPrev\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongSeq\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"chunks\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chunksFrom\",\"type\":\"uint64\"}],\"name\":\"BatchPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"chunkHash\",\"type\":\"bytes32\"}],\"name\":\"Chunk\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"chunk\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"}],\"name\":\"head\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"chunks\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"chunksFrom\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"publish\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"upkeeping\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"name\":\"publishedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b506001600160401b0343166080526080516106e86100335f395f60b601526106e85ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80635dbb9fb81461005957806360aa4f421461006e5780636b20c9c914610081578063a3ec191a146100b1578063bda4fec5146100d8575b5f5ffd5b61006c610067366004610495565b610143565b005b61006c61007c3660046104f9565b6101b3565b61009461008f3660046105dc565b610401565b6040516001600160401b0390911681526020015b60405180910390f35b6100947f000000000000000000000000000000000000000000000000000000000000000081565b6101246100e636600461060d565b6001600160a01b03165f9081526020818152604091829020825180840190935280546001600160401b03168084526001909101549290910182905291565b604080516001600160401b0390931683526020830191909152016100a8565b5f81900361016457604051630e58507360e11b815260040160405180910390fd5b818160405161017492919061062d565b604051908190038120906001600160a01b038516907f7f4eab6852327be4d3f85ff9891ab415cb3d5144743df57a4aec530b256931ba905f90a3505050565b604051632224768d60e01b81523360048201526001600160a01b038a1690632224768d90602401602060405180830381865afa1580156101f5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610219919061063c565b61023d5760405163ccf79b6760e01b81523360048201526024015b60405180910390fd5b6001600160a01b0389165f9081526020818152604091829020825180840190935280546001600160401b0390811680855260019092015492840192909252908a16146102b2578051604051631b79cf4360e11b81526001600160401b039182166004820152908a166024820152604401610234565b806020015188146102e65760208101516040516311f44e4d60e11b8152600481019190915260248101899052604401610234565b866103045760405163f1ae58d560e01b815260040160405180910390fd5b84158015610310575081155b1561032e57604051630e58507360e11b815260040160405180910390fd5b60405180604001604052808a6001610346919061065b565b6001600160401b03908116825260209182018a90526001600160a01b038d165f81815280845260408082208651815490861667ffffffffffffffff199182161782559686015160019182015585528082208f85168084529552908190208054439094169390951692909217909355519091907fb277d7d6c04a546126fe47f6e58fc55134840b9e4bdbcf99e409b3dd39e8f6ff906103ed908b908d908c908c908c90610686565b60405180910390a350505050505050505050565b6001600160a01b0382165f9081526001602090815260408083206001600160401b038086168552925290912054165b92915050565b80356001600160a01b038116811461044c575f5ffd5b919050565b5f5f83601f840112610461575f5ffd5b5081356001600160401b03811115610477575f5ffd5b60208301915083602082850101111561048e575f5ffd5b9250929050565b5f5f5f604084860312156104a7575f5ffd5b6104b084610436565b925060208401356001600160401b038111156104ca575f5ffd5b6104d686828701610451565b9497909650939450505050565b80356001600160401b038116811461044c575f5ffd5b5f5f5f5f5f5f5f5f5f60e08a8c031215610511575f5ffd5b61051a8a610436565b985061052860208b016104e3565b975060408a0135965060608a0135955060808a01356001600160401b03811115610550575f5ffd5b8a01601f81018c13610560575f5ffd5b80356001600160401b03811115610575575f5ffd5b8c60208260051b8401011115610589575f5ffd5b6020919091019550935061059f60a08b016104e3565b925060c08a01356001600160401b038111156105b9575f5ffd5b6105c58c828d01610451565b915080935050809150509295985092959850929598565b5f5f604083850312156105ed575f5ffd5b6105f683610436565b9150610604602084016104e3565b90509250929050565b5f6020828403121561061d575f5ffd5b61062682610436565b9392505050565b818382375f9101908152919050565b5f6020828403121561064c575f5ffd5b81518015158114610626575f5ffd5b6001600160401b03818116838216019081111561043057634e487b7160e01b5f52601160045260245ffd5b8581526020810185905260806040820181905281018390525f6001600160fb1b038411156106b2575f5ffd5b8360051b808660a08501376001600160401b03939093166060830152500160a00194935050505056fea164736f6c6343000825000a",
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

// Head is a free data retrieval call binding the contract method 0xbda4fec5.
//
// Solidity: function head(address upkeeping) view returns(uint64 next, bytes32 hash)
func (_BatchInbox *BatchInboxCaller) Head(opts *bind.CallOpts, upkeeping common.Address) (struct {
	Next uint64
	Hash [32]byte
}, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "head", upkeeping)

	outstruct := new(struct {
		Next uint64
		Hash [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Next = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Hash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// Head is a free data retrieval call binding the contract method 0xbda4fec5.
//
// Solidity: function head(address upkeeping) view returns(uint64 next, bytes32 hash)
func (_BatchInbox *BatchInboxSession) Head(upkeeping common.Address) (struct {
	Next uint64
	Hash [32]byte
}, error) {
	return _BatchInbox.Contract.Head(&_BatchInbox.CallOpts, upkeeping)
}

// Head is a free data retrieval call binding the contract method 0xbda4fec5.
//
// Solidity: function head(address upkeeping) view returns(uint64 next, bytes32 hash)
func (_BatchInbox *BatchInboxCallerSession) Head(upkeeping common.Address) (struct {
	Next uint64
	Hash [32]byte
}, error) {
	return _BatchInbox.Contract.Head(&_BatchInbox.CallOpts, upkeeping)
}

// PublishedAt is a free data retrieval call binding the contract method 0x6b20c9c9.
//
// Solidity: function publishedAt(address upkeeping, uint64 seq) view returns(uint64)
func (_BatchInbox *BatchInboxCaller) PublishedAt(opts *bind.CallOpts, upkeeping common.Address, seq uint64) (uint64, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "publishedAt", upkeeping, seq)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PublishedAt is a free data retrieval call binding the contract method 0x6b20c9c9.
//
// Solidity: function publishedAt(address upkeeping, uint64 seq) view returns(uint64)
func (_BatchInbox *BatchInboxSession) PublishedAt(upkeeping common.Address, seq uint64) (uint64, error) {
	return _BatchInbox.Contract.PublishedAt(&_BatchInbox.CallOpts, upkeeping, seq)
}

// PublishedAt is a free data retrieval call binding the contract method 0x6b20c9c9.
//
// Solidity: function publishedAt(address upkeeping, uint64 seq) view returns(uint64)
func (_BatchInbox *BatchInboxCallerSession) PublishedAt(upkeeping common.Address, seq uint64) (uint64, error) {
	return _BatchInbox.Contract.PublishedAt(&_BatchInbox.CallOpts, upkeeping, seq)
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

// Publish is a paid mutator transaction binding the contract method 0x60aa4f42.
//
// Solidity: function publish(address upkeeping, uint64 seq, bytes32 prevHash, bytes32 batchHash, bytes32[] chunks, uint64 chunksFrom, bytes data) returns()
func (_BatchInbox *BatchInboxTransactor) Publish(opts *bind.TransactOpts, upkeeping common.Address, seq uint64, prevHash [32]byte, batchHash [32]byte, chunks [][32]byte, chunksFrom uint64, data []byte) (*types.Transaction, error) {
	return _BatchInbox.contract.Transact(opts, "publish", upkeeping, seq, prevHash, batchHash, chunks, chunksFrom, data)
}

// Publish is a paid mutator transaction binding the contract method 0x60aa4f42.
//
// Solidity: function publish(address upkeeping, uint64 seq, bytes32 prevHash, bytes32 batchHash, bytes32[] chunks, uint64 chunksFrom, bytes data) returns()
func (_BatchInbox *BatchInboxSession) Publish(upkeeping common.Address, seq uint64, prevHash [32]byte, batchHash [32]byte, chunks [][32]byte, chunksFrom uint64, data []byte) (*types.Transaction, error) {
	return _BatchInbox.Contract.Publish(&_BatchInbox.TransactOpts, upkeeping, seq, prevHash, batchHash, chunks, chunksFrom, data)
}

// Publish is a paid mutator transaction binding the contract method 0x60aa4f42.
//
// Solidity: function publish(address upkeeping, uint64 seq, bytes32 prevHash, bytes32 batchHash, bytes32[] chunks, uint64 chunksFrom, bytes data) returns()
func (_BatchInbox *BatchInboxTransactorSession) Publish(upkeeping common.Address, seq uint64, prevHash [32]byte, batchHash [32]byte, chunks [][32]byte, chunksFrom uint64, data []byte) (*types.Transaction, error) {
	return _BatchInbox.Contract.Publish(&_BatchInbox.TransactOpts, upkeeping, seq, prevHash, batchHash, chunks, chunksFrom, data)
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
	BatchHash  [32]byte
	PrevHash   [32]byte
	Chunks     [][32]byte
	ChunksFrom uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterBatchPublished is a free log retrieval operation binding the contract event 0xb277d7d6c04a546126fe47f6e58fc55134840b9e4bdbcf99e409b3dd39e8f6ff.
//
// Solidity: event BatchPublished(address indexed upkeeping, uint64 indexed seq, bytes32 batchHash, bytes32 prevHash, bytes32[] chunks, uint64 chunksFrom)
func (_BatchInbox *BatchInboxFilterer) FilterBatchPublished(opts *bind.FilterOpts, upkeeping []common.Address, seq []uint64) (*BatchInboxBatchPublishedIterator, error) {

	var upkeepingRule []interface{}
	for _, upkeepingItem := range upkeeping {
		upkeepingRule = append(upkeepingRule, upkeepingItem)
	}
	var seqRule []interface{}
	for _, seqItem := range seq {
		seqRule = append(seqRule, seqItem)
	}

	logs, sub, err := _BatchInbox.contract.FilterLogs(opts, "BatchPublished", upkeepingRule, seqRule)
	if err != nil {
		return nil, err
	}
	return &BatchInboxBatchPublishedIterator{contract: _BatchInbox.contract, event: "BatchPublished", logs: logs, sub: sub}, nil
}

// WatchBatchPublished is a free log subscription operation binding the contract event 0xb277d7d6c04a546126fe47f6e58fc55134840b9e4bdbcf99e409b3dd39e8f6ff.
//
// Solidity: event BatchPublished(address indexed upkeeping, uint64 indexed seq, bytes32 batchHash, bytes32 prevHash, bytes32[] chunks, uint64 chunksFrom)
func (_BatchInbox *BatchInboxFilterer) WatchBatchPublished(opts *bind.WatchOpts, sink chan<- *BatchInboxBatchPublished, upkeeping []common.Address, seq []uint64) (event.Subscription, error) {

	var upkeepingRule []interface{}
	for _, upkeepingItem := range upkeeping {
		upkeepingRule = append(upkeepingRule, upkeepingItem)
	}
	var seqRule []interface{}
	for _, seqItem := range seq {
		seqRule = append(seqRule, seqItem)
	}

	logs, sub, err := _BatchInbox.contract.WatchLogs(opts, "BatchPublished", upkeepingRule, seqRule)
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

// ParseBatchPublished is a log parse operation binding the contract event 0xb277d7d6c04a546126fe47f6e58fc55134840b9e4bdbcf99e409b3dd39e8f6ff.
//
// Solidity: event BatchPublished(address indexed upkeeping, uint64 indexed seq, bytes32 batchHash, bytes32 prevHash, bytes32[] chunks, uint64 chunksFrom)
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
