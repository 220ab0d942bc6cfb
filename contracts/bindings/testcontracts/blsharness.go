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
	ABI: "[{\"inputs\":[],\"name\":\"BadDSTLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadExpandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"precompile\",\"type\":\"address\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"lenInBytes\",\"type\":\"uint256\"}],\"name\":\"expandMessageXmd\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"a\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"}],\"name\":\"g1Add\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"}],\"name\":\"hashToG2\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"u\",\"type\":\"bytes\"}],\"name\":\"reduceToField\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"out\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610a488061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c8063de8f50a114610059578063e403f62914610081578063e75bf3cb146100a1578063edbec0cb146100b4578063ef934a1d146100c7575b5f5ffd5b61006c6100673660046107cc565b6100da565b60405190151581526020015b60405180910390f35b61009461008f36600461085a565b610107565b60405161007891906108c7565b6100946100af3660046108fc565b610114565b6100946100c23660046108fc565b610129565b6100946100d5366004610961565b61013c565b5f6100ff8484846040518060600160405280602b81526020016109f1602b9139610182565b949350505050565b60606100ff8484846101e9565b6060610120838361038f565b50815b92915050565b606061013583836103df565b9392505050565b606081516101001461014c575f5ffd5b604080516101008082526101208201909252906020820181803683370190505090506020810161017c8382610419565b50919050565b5f845160801415806101975750825161010014155b156101a357505f6100ff565b6101ac85610572565b806101bb57506101bb83610572565b156101c757505f6100ff565b5f6101d285846103df565b90506101df8682866105ba565b9695505050505050565b81516060908015806101fb575060ff81115b1561021957604051634e26edeb60e11b815260040160405180910390fd5b8215806102275750611fe083115b15610245576040516309568f7760e21b815260040160405180910390fd5b5f602061025385601f6109a7565b61025d91906109ba565b905061026a8160206109d9565b67ffffffffffffffff8111156102825761028261072d565b6040519080825280601f01601f1916602001820160405280156102ac576020820181803683370190505b5092505f600190506040515f81525f60208201526040810188518060208b01835e01600887901c815360ff871660018201535f60028201536003018460208901825e848582015360018501810190506020828383038460025afa831692505080518460208901602184015e8485602184010153846022015f60015b868111610357578184188552806020860153602081028901602081858860025afa90519616959150600101610327565b505050505084845280610385576040516375c6821d60e11b8152600260048201526024015b60405180910390fd5b5050509392505050565b5f604051608060208501825e608060208401608083015e60806020850161010083600b6103e8fa915050806103da576040516375c6821d60e11b8152600b600482015260240161037c565b505050565b60408051610100808252610120820190925260609160208201818036833701905050905060208101610412848483610688565b5092915050565b602082015f5b600481101561056c576040810282018051602090910151607c82901c5f197009d835d2f3cc9e45ce28101b0cc7a6ba2982097009d835d2f3cc9e45ce28101b0cc7a6ba29820291508160841c82821083830303607c1b175f195f516020610a1c5f395f51905f52820991505f516020610a1c5f395f51905f5281029250828210838303036f1a0111ea397fe69a4b1ba7b6434bacd7820201915050818310818503039350508082039150505f5b6002811015610554575f516020610a1c5f395f51905f528210156f1a0111ea397fe69a4b1ba7b6434bacd78414166f1a0111ea397fe69a4b1ba7b6434bacd78411171561054c575f516020610a1c5f395f51905f5282106f1a0111ea397fe69a4b1ba7b6434bacd784030392505f516020610a1c5f395f51905f52820391505b6001016104cc565b5060408302850191825260209091015260010161041f565b50505050565b8051600190602083015f5b828110156105b257808201516020828503101561059f576008828503602003021c5b80156105a9575f94505b5060200161057d565b505050919050565b6040805161030080825261032082019092525f9182919060208201818036833701905050905060208082019061010090850160a084015e60806020870161018083015e6101006020860161020083015e6f17f1d3a73197d7942695638c4fa9ac0f81527fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb60208201526f114d1d6855d545a8aa7d76c8cf2e21f260408201527f67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca60608201526101df8161070c565b5f61069684846101006101e9565b6040519091506106a68282610419565b5f610100820161010081608085601161c350fa91506101008082016080808601601161c350fa821691506101008561020083600d6105dcfa821691505080610704576040516375c6821d60e11b81526011600482015260240161037c565b505050505050565b5f6040515f815260208161030085600f62033450fa90516001141692915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610750575f5ffd5b813567ffffffffffffffff81111561076a5761076a61072d565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156107995761079961072d565b6040528181528382016020018510156107b0575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f606084860312156107de575f5ffd5b833567ffffffffffffffff8111156107f4575f5ffd5b61080086828701610741565b935050602084013567ffffffffffffffff81111561081c575f5ffd5b61082886828701610741565b925050604084013567ffffffffffffffff811115610844575f5ffd5b61085086828701610741565b9150509250925092565b5f5f5f6060848603121561086c575f5ffd5b833567ffffffffffffffff811115610882575f5ffd5b61088e86828701610741565b935050602084013567ffffffffffffffff8111156108aa575f5ffd5b6108b686828701610741565b925050604084013590509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f6040838503121561090d575f5ffd5b823567ffffffffffffffff811115610923575f5ffd5b61092f85828601610741565b925050602083013567ffffffffffffffff81111561094b575f5ffd5b61095785828601610741565b9150509250929050565b5f60208284031215610971575f5ffd5b813567ffffffffffffffff811115610987575f5ffd5b6100ff84828501610741565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561012357610123610993565b5f826109d457634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176101235761012361099356fe424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaaba164736f6c6343000825000a",
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

// ReduceToField is a free data retrieval call binding the contract method 0xef934a1d.
//
// Solidity: function reduceToField(bytes u) pure returns(bytes out)
func (_BLSHarness *BLSHarnessCaller) ReduceToField(opts *bind.CallOpts, u []byte) ([]byte, error) {
	var out []interface{}
	err := _BLSHarness.contract.Call(opts, &out, "reduceToField", u)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// ReduceToField is a free data retrieval call binding the contract method 0xef934a1d.
//
// Solidity: function reduceToField(bytes u) pure returns(bytes out)
func (_BLSHarness *BLSHarnessSession) ReduceToField(u []byte) ([]byte, error) {
	return _BLSHarness.Contract.ReduceToField(&_BLSHarness.CallOpts, u)
}

// ReduceToField is a free data retrieval call binding the contract method 0xef934a1d.
//
// Solidity: function reduceToField(bytes u) pure returns(bytes out)
func (_BLSHarness *BLSHarnessCallerSession) ReduceToField(u []byte) ([]byte, error) {
	return _BLSHarness.Contract.ReduceToField(&_BLSHarness.CallOpts, u)
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
