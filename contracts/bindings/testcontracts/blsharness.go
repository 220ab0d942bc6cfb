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

// BLSHarnessMetaData contains all meta data concerning the BLSHarness contract.
var BLSHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"BadDSTLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"precompile\",\"type\":\"address\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"lenInBytes\",\"type\":\"uint256\"}],\"name\":\"expandMessageXmd\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"a\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"}],\"name\":\"g1Add\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"}],\"name\":\"hashToG2\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5061090f8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c8063de8f50a11461004e578063e403f62914610076578063e75bf3cb14610096578063edbec0cb146100a9575b5f5ffd5b61006161005c3660046106e5565b6100bc565b60405190151581526020015b60405180910390f35b610089610084366004610773565b6100e9565b60405161006d91906107e0565b6100896100a4366004610815565b6100f6565b6100896100b7366004610815565b61010b565b5f6100e18484846040518060600160405280602b81526020016108d8602b913961011e565b949350505050565b60606100e1848484610185565b6060610102838361032b565b50815b92915050565b6060610117838361037b565b9392505050565b5f845160801415806101335750825161010014155b1561013f57505f6100e1565b610148856103b5565b806101575750610157836103b5565b1561016357505f6100e1565b5f61016e858461037b565b905061017b8682866103fd565b9695505050505050565b8151606090801580610197575060ff81115b156101b557604051634e26edeb60e11b815260040160405180910390fd5b8215806101c35750611fe083115b156101e1576040516309568f7760e21b815260040160405180910390fd5b5f60206101ef85601f61088e565b6101f991906108a1565b90506102068160206108c0565b67ffffffffffffffff81111561021e5761021e610646565b6040519080825280601f01601f191660200182016040528015610248576020820181803683370190505b5092505f600190506040515f81525f60208201526040810188518060208b01835e01600887901c815360ff871660018201535f60028201536003018460208901825e848582015360018501810190506020828383038460025afa831692505080518460208901602184015e8485602184010153846022015f60015b8681116102f3578184188552806020860153602081028901602081858860025afa905196169591506001016102c3565b505050505084845280610321576040516375c6821d60e11b8152600260048201526024015b60405180910390fd5b5050509392505050565b5f604051608060208501825e608060208401608083015e60806020850161010083600b6103e8fa91505080610376576040516375c6821d60e11b8152600b6004820152602401610318565b505050565b604080516101008082526101208201909252606091602082018180368337019050509050602081016103ae8484836104cb565b5092915050565b8051600190602083015f5b828110156103f55780820151602082850310156103e2576008828503602003021c5b80156103ec575f94505b506020016103c0565b505050919050565b6040805161030080825261032082019092525f9182919060208201818036833701905050905060208082019061010090850160a084015e60806020870161018083015e6101006020860161020083015e6f17f1d3a73197d7942695638c4fa9ac0f81527fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb60208201526f114d1d6855d545a8aa7d76c8cf2e21f260408201527f67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca606082015261017b81610625565b5f6104d98484610100610185565b90505f600190505f60019050604051604081526001602082015260306040820152600160a08201536f1a0111ea397fe69a4b1ba7b6434bacd760801b60a18201527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab60b1820152610100810161018082015f5b60028110156105c5575f83525f60208401525f60408401525f60608401525f5b60028110156105a7576040808260028502010260208a0101606087015e603060106040830201850160d18760055afa9096169560010161056c565b506101008082028301608085601161c350fa9094169360010161054c565b506101008761020083600d6105dcfa84169350505050816105fc576040516375c6821d60e11b815260056004820152602401610318565b8061061d576040516375c6821d60e11b815260116004820152602401610318565b505050505050565b5f6040515f815260208161030085600f62033450fa90516001141692915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610669575f5ffd5b813567ffffffffffffffff81111561068357610683610646565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156106b2576106b2610646565b6040528181528382016020018510156106c9575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f606084860312156106f7575f5ffd5b833567ffffffffffffffff81111561070d575f5ffd5b6107198682870161065a565b935050602084013567ffffffffffffffff811115610735575f5ffd5b6107418682870161065a565b925050604084013567ffffffffffffffff81111561075d575f5ffd5b6107698682870161065a565b9150509250925092565b5f5f5f60608486031215610785575f5ffd5b833567ffffffffffffffff81111561079b575f5ffd5b6107a78682870161065a565b935050602084013567ffffffffffffffff8111156107c3575f5ffd5b6107cf8682870161065a565b925050604084013590509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f60408385031215610826575f5ffd5b823567ffffffffffffffff81111561083c575f5ffd5b6108488582860161065a565b925050602083013567ffffffffffffffff811115610864575f5ffd5b6108708582860161065a565b9150509250929050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101055761010561087a565b5f826108bb57634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176101055761010561087a56fe424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505fa164736f6c6343000825000a",
}

// BLSHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use BLSHarnessMetaData.ABI instead.
var BLSHarnessABI = BLSHarnessMetaData.ABI

// BLSHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BLSHarnessMetaData.Bin instead.
var BLSHarnessBin = BLSHarnessMetaData.Bin

// DeployBLSHarness deploys a new Ethereum contract, binding an instance of BLSHarness to it.
func DeployBLSHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BLSHarness, error) {
	parsed, err := BLSHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BLSHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BLSHarness{BLSHarnessCaller: BLSHarnessCaller{contract: contract}, BLSHarnessTransactor: BLSHarnessTransactor{contract: contract}, BLSHarnessFilterer: BLSHarnessFilterer{contract: contract}}, nil
}

// BLSHarness is an auto generated Go binding around an Ethereum contract.
type BLSHarness struct {
	BLSHarnessCaller     // Read-only binding to the contract
	BLSHarnessTransactor // Write-only binding to the contract
	BLSHarnessFilterer   // Log filterer for contract events
}

// BLSHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type BLSHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BLSHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BLSHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BLSHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BLSHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BLSHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BLSHarnessSession struct {
	Contract     *BLSHarness       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BLSHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BLSHarnessCallerSession struct {
	Contract *BLSHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// BLSHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BLSHarnessTransactorSession struct {
	Contract     *BLSHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// BLSHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type BLSHarnessRaw struct {
	Contract *BLSHarness // Generic contract binding to access the raw methods on
}

// BLSHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BLSHarnessCallerRaw struct {
	Contract *BLSHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// BLSHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BLSHarnessTransactorRaw struct {
	Contract *BLSHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBLSHarness creates a new instance of BLSHarness, bound to a specific deployed contract.
func NewBLSHarness(address common.Address, backend bind.ContractBackend) (*BLSHarness, error) {
	contract, err := bindBLSHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BLSHarness{BLSHarnessCaller: BLSHarnessCaller{contract: contract}, BLSHarnessTransactor: BLSHarnessTransactor{contract: contract}, BLSHarnessFilterer: BLSHarnessFilterer{contract: contract}}, nil
}

// NewBLSHarnessCaller creates a new read-only instance of BLSHarness, bound to a specific deployed contract.
func NewBLSHarnessCaller(address common.Address, caller bind.ContractCaller) (*BLSHarnessCaller, error) {
	contract, err := bindBLSHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BLSHarnessCaller{contract: contract}, nil
}

// NewBLSHarnessTransactor creates a new write-only instance of BLSHarness, bound to a specific deployed contract.
func NewBLSHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*BLSHarnessTransactor, error) {
	contract, err := bindBLSHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BLSHarnessTransactor{contract: contract}, nil
}

// NewBLSHarnessFilterer creates a new log filterer instance of BLSHarness, bound to a specific deployed contract.
func NewBLSHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*BLSHarnessFilterer, error) {
	contract, err := bindBLSHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BLSHarnessFilterer{contract: contract}, nil
}

// bindBLSHarness binds a generic wrapper to an already deployed contract.
func bindBLSHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BLSHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BLSHarness *BLSHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BLSHarness.Contract.BLSHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BLSHarness *BLSHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BLSHarness.Contract.BLSHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BLSHarness *BLSHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BLSHarness.Contract.BLSHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BLSHarness *BLSHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BLSHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BLSHarness *BLSHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BLSHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BLSHarness *BLSHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BLSHarness.Contract.contract.Transact(opts, method, params...)
}

// ExpandMessageXmd is a free data retrieval call binding the contract method 0xe403f629.
//
// Solidity: function expandMessageXmd(bytes message, bytes dst, uint256 lenInBytes) view returns(bytes)
func (_BLSHarness *BLSHarnessCaller) ExpandMessageXmd(opts *bind.CallOpts, message []byte, dst []byte, lenInBytes *big.Int) ([]byte, error) {
	var out []interface{}
	err := _BLSHarness.contract.Call(opts, &out, "expandMessageXmd", message, dst, lenInBytes)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// ExpandMessageXmd is a free data retrieval call binding the contract method 0xe403f629.
//
// Solidity: function expandMessageXmd(bytes message, bytes dst, uint256 lenInBytes) view returns(bytes)
func (_BLSHarness *BLSHarnessSession) ExpandMessageXmd(message []byte, dst []byte, lenInBytes *big.Int) ([]byte, error) {
	return _BLSHarness.Contract.ExpandMessageXmd(&_BLSHarness.CallOpts, message, dst, lenInBytes)
}

// ExpandMessageXmd is a free data retrieval call binding the contract method 0xe403f629.
//
// Solidity: function expandMessageXmd(bytes message, bytes dst, uint256 lenInBytes) view returns(bytes)
func (_BLSHarness *BLSHarnessCallerSession) ExpandMessageXmd(message []byte, dst []byte, lenInBytes *big.Int) ([]byte, error) {
	return _BLSHarness.Contract.ExpandMessageXmd(&_BLSHarness.CallOpts, message, dst, lenInBytes)
}

// G1Add is a free data retrieval call binding the contract method 0xe75bf3cb.
//
// Solidity: function g1Add(bytes a, bytes b) view returns(bytes)
func (_BLSHarness *BLSHarnessCaller) G1Add(opts *bind.CallOpts, a []byte, b []byte) ([]byte, error) {
	var out []interface{}
	err := _BLSHarness.contract.Call(opts, &out, "g1Add", a, b)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// G1Add is a free data retrieval call binding the contract method 0xe75bf3cb.
//
// Solidity: function g1Add(bytes a, bytes b) view returns(bytes)
func (_BLSHarness *BLSHarnessSession) G1Add(a []byte, b []byte) ([]byte, error) {
	return _BLSHarness.Contract.G1Add(&_BLSHarness.CallOpts, a, b)
}

// G1Add is a free data retrieval call binding the contract method 0xe75bf3cb.
//
// Solidity: function g1Add(bytes a, bytes b) view returns(bytes)
func (_BLSHarness *BLSHarnessCallerSession) G1Add(a []byte, b []byte) ([]byte, error) {
	return _BLSHarness.Contract.G1Add(&_BLSHarness.CallOpts, a, b)
}

// HashToG2 is a free data retrieval call binding the contract method 0xedbec0cb.
//
// Solidity: function hashToG2(bytes message, bytes dst) view returns(bytes)
func (_BLSHarness *BLSHarnessCaller) HashToG2(opts *bind.CallOpts, message []byte, dst []byte) ([]byte, error) {
	var out []interface{}
	err := _BLSHarness.contract.Call(opts, &out, "hashToG2", message, dst)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// HashToG2 is a free data retrieval call binding the contract method 0xedbec0cb.
//
// Solidity: function hashToG2(bytes message, bytes dst) view returns(bytes)
func (_BLSHarness *BLSHarnessSession) HashToG2(message []byte, dst []byte) ([]byte, error) {
	return _BLSHarness.Contract.HashToG2(&_BLSHarness.CallOpts, message, dst)
}

// HashToG2 is a free data retrieval call binding the contract method 0xedbec0cb.
//
// Solidity: function hashToG2(bytes message, bytes dst) view returns(bytes)
func (_BLSHarness *BLSHarnessCallerSession) HashToG2(message []byte, dst []byte) ([]byte, error) {
	return _BLSHarness.Contract.HashToG2(&_BLSHarness.CallOpts, message, dst)
}

// Verify is a free data retrieval call binding the contract method 0xde8f50a1.
//
// Solidity: function verify(bytes pk, bytes message, bytes sig) view returns(bool)
func (_BLSHarness *BLSHarnessCaller) Verify(opts *bind.CallOpts, pk []byte, message []byte, sig []byte) (bool, error) {
	var out []interface{}
	err := _BLSHarness.contract.Call(opts, &out, "verify", pk, message, sig)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0xde8f50a1.
//
// Solidity: function verify(bytes pk, bytes message, bytes sig) view returns(bool)
func (_BLSHarness *BLSHarnessSession) Verify(pk []byte, message []byte, sig []byte) (bool, error) {
	return _BLSHarness.Contract.Verify(&_BLSHarness.CallOpts, pk, message, sig)
}

// Verify is a free data retrieval call binding the contract method 0xde8f50a1.
//
// Solidity: function verify(bytes pk, bytes message, bytes sig) view returns(bool)
func (_BLSHarness *BLSHarnessCallerSession) Verify(pk []byte, message []byte, sig []byte) (bool, error) {
	return _BLSHarness.Contract.Verify(&_BLSHarness.CallOpts, pk, message, sig)
}
