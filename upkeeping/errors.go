package upkeeping

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/whitepay/whitepay/contracts/bindings"
)

// Sentinel errors, one per custom error of the contract that a caller may branch on.
// A revert is returned as a *RevertError that unwraps to its sentinel, so
// errors.Is(err, upkeeping.ErrInsufficientFunds) works on what any method returns.
var (
	ErrInvalidConfig            = errors.New("upkeeping: invalid configuration")
	ErrZeroAddress              = errors.New("upkeeping: zero address")
	ErrTooManyKeepers           = errors.New("upkeeping: too many keepers")
	ErrKeeperExists             = errors.New("upkeeping: keeper already registered")
	ErrDuplicateKey             = errors.New("upkeeping: BLS key already registered")
	ErrInvalidPublicKey         = errors.New("upkeeping: invalid BLS public key")
	ErrInvalidProofOfPossession = errors.New("upkeeping: invalid proof of possession")
	ErrUnknownKeeper            = errors.New("upkeeping: unknown keeper")
	ErrKeeperNotActive          = errors.New("upkeeping: keeper not active")
	ErrProviderExists           = errors.New("upkeeping: provider already registered")
	ErrUnknownProvider          = errors.New("upkeeping: unknown provider")
	ErrPriceTooLarge            = errors.New("upkeeping: price too large")
	ErrMalformedReport          = errors.New("upkeeping: malformed report")
	ErrWrongTag                 = errors.New("upkeeping: wrong report tag")
	ErrWrongChain               = errors.New("upkeeping: report for another chain")
	ErrWrongContract            = errors.New("upkeeping: report for another contract")
	ErrNotPeriodBoundary        = errors.New("upkeeping: te is not a period boundary")
	ErrNotFinal                 = errors.New("upkeeping: te + D not reached")
	ErrEmptyReport              = errors.New("upkeeping: report has no entries")
	ErrStaleInterval            = errors.New("upkeeping: ts is not lastPaid (interval already paid or skipped)")
	ErrIntervalNotBeforeEnd     = errors.New("upkeeping: ts not before te")
	ErrUnknownSigner            = errors.New("upkeeping: signer not an active keeper")
	ErrNotEnoughSigners         = errors.New("upkeeping: fewer signers than the quorum")
	ErrInvalidLeader            = errors.New("upkeeping: leader not an active keeper")
	ErrInvalidFailedBitmap      = errors.New("upkeeping: invalid failed bitmap")
	ErrInvalidSignature         = errors.New("upkeeping: invalid aggregate signature")
	ErrInsufficientFunds        = errors.New("upkeeping: insufficient funds")
	ErrAmountOverflow           = errors.New("upkeeping: amount overflow")
	ErrNothingToWithdraw        = errors.New("upkeeping: nothing to withdraw")
	ErrTransferFailed           = errors.New("upkeeping: transfer failed")
	ErrUnexpectedEther          = errors.New("upkeeping: ether sent to a token contract")
	ErrWrongFundingAmount       = errors.New("upkeeping: msg.value differs from the amount")
	ErrSurplusExceeded          = errors.New("upkeeping: withdrawal exceeds the unowed surplus")
	ErrNotEquivocation          = errors.New("upkeeping: evidence is not an equivocation")
	ErrInvalidEvidence          = errors.New("upkeeping: equivocation signatures do not verify")
	ErrNotOwner                 = errors.New("upkeeping: caller is not the owner")
	ErrReentrant                = errors.New("upkeeping: reentrant call")
	ErrTokenTransfer            = errors.New("upkeeping: token transfer failed")
	ErrPrecompile               = errors.New("upkeeping: precompile failed")
	// Upkeeping (revision 2: factory clones, epochs, money safety).
	ErrNotFactory         = errors.New("upkeeping: only the factory initialises a clone")
	ErrAlreadyInitialized = errors.New("upkeeping: already initialised")
	ErrImplementation     = errors.New("upkeeping: the implementation itself cannot be used")
	ErrProviderRemoved    = errors.New("upkeeping: provider removed")
	ErrBeforeEpoch        = errors.New("upkeeping: entry starts before its epoch (pay up to the group change first)")
	ErrStraddlesChange    = errors.New("upkeeping: entry straddles a price change or removal (pay up to it first)")
	ErrChangePending      = errors.New("upkeeping: a change in force is waiting for its earlier interval to be paid")
	ErrNoSurplusRequest   = errors.New("upkeeping: no surplus withdrawal requested")
	ErrSurplusNotYet      = errors.New("upkeeping: surplus withdrawal not executable yet")
	ErrNotAKeeper         = errors.New("upkeeping: not a registered keeper")
	ErrNotMember          = errors.New("upkeeping: keeper not a member of the epoch")
	ErrAlreadySlashed     = errors.New("upkeeping: keeper already slashed")
	ErrKeeperSlashedHere  = errors.New("upkeeping: group has a keeper slashed by this contract")
	ErrBondAlreadyPosted  = errors.New("upkeeping: bond already posted (or none to post)")
	ErrBondLocked         = errors.New("upkeeping: bond still locked")
	ErrUnauthorized       = errors.New("upkeeping: caller not allowed")
	ErrRenounceDisabled   = errors.New("upkeeping: renouncing ownership is disabled")
	ErrLedgerTouchGas     = errors.New("upkeeping: too little gas to tell the ledger of a membership change")
	// Registry (Registry.sol).
	ErrAlreadyRegistered = errors.New("upkeeping: account already has a registered keeper key")
	ErrKeyBarred         = errors.New("upkeeping: BLS key (or its negation) already registered")
	ErrNotRegistered     = errors.New("upkeeping: account has no registered keeper key")
	ErrUnknownGroup      = errors.New("upkeeping: unknown keeper group")
	ErrBadGroupSize      = errors.New("upkeeping: invalid keeper group")
	ErrKeyMismatch       = errors.New("upkeeping: key differs from the registered one")
	ErrInfinityAggregate = errors.New("upkeeping: group keys sum to infinity")
	ErrBadEndpoint       = errors.New("upkeeping: invalid endpoint announcement")
	ErrDeployment        = errors.New("upkeeping: contract creation failed")
	ErrMalformedGroup    = errors.New("upkeeping: malformed group data contract")
	// ErrReverted is the sentinel of reverts without a known custom error
	// (Error(string), Panic(uint256), an empty revert, an unknown selector).
	ErrReverted = errors.New("upkeeping: reverted")
)

// sentinels maps the contract's custom error names to their sentinels. Every error of
// the Upkeeping ABI is listed (a test checks it).
var sentinels = map[string]error{
	"InvalidConfig":                ErrInvalidConfig,
	"ZeroAddress":                  ErrZeroAddress,
	"TooManyKeepers":               ErrTooManyKeepers,
	"KeeperExists":                 ErrKeeperExists,
	"DuplicateKey":                 ErrDuplicateKey,
	"InvalidPublicKey":             ErrInvalidPublicKey,
	"InvalidProofOfPossession":     ErrInvalidProofOfPossession,
	"UnknownKeeper":                ErrUnknownKeeper,
	"KeeperNotActive":              ErrKeeperNotActive,
	"ProviderExists":               ErrProviderExists,
	"UnknownProvider":              ErrUnknownProvider,
	"PriceTooLarge":                ErrPriceTooLarge,
	"MalformedReport":              ErrMalformedReport,
	"WrongTag":                     ErrWrongTag,
	"WrongChain":                   ErrWrongChain,
	"WrongContract":                ErrWrongContract,
	"NotPeriodBoundary":            ErrNotPeriodBoundary,
	"NotFinal":                     ErrNotFinal,
	"EmptyReport":                  ErrEmptyReport,
	"StaleInterval":                ErrStaleInterval,
	"IntervalNotBeforeEnd":         ErrIntervalNotBeforeEnd,
	"UnknownSigner":                ErrUnknownSigner,
	"NotEnoughSigners":             ErrNotEnoughSigners,
	"InvalidLeader":                ErrInvalidLeader,
	"InvalidFailedBitmap":          ErrInvalidFailedBitmap,
	"InvalidSignature":             ErrInvalidSignature,
	"InsufficientFunds":            ErrInsufficientFunds,
	"AmountOverflow":               ErrAmountOverflow,
	"NothingToWithdraw":            ErrNothingToWithdraw,
	"TransferFailed":               ErrTransferFailed,
	"UnexpectedEther":              ErrUnexpectedEther,
	"WrongFundingAmount":           ErrWrongFundingAmount,
	"SurplusExceeded":              ErrSurplusExceeded,
	"NotEquivocation":              ErrNotEquivocation,
	"InvalidEvidence":              ErrInvalidEvidence,
	"OwnableUnauthorizedAccount":   ErrNotOwner,
	"OwnableInvalidOwner":          ErrInvalidConfig,
	"ReentrancyGuardReentrantCall": ErrReentrant,
	"SafeERC20FailedOperation":     ErrTokenTransfer,
	"PrecompileFailed":             ErrPrecompile,
	"BadDSTLength":                 ErrPrecompile,
	"BadExpandLength":              ErrPrecompile,
	"ERC20InsufficientBalance":     ErrTokenTransfer,
	"ERC20InsufficientAllowance":   ErrTokenTransfer,
	"ERC20InvalidSender":           ErrTokenTransfer,
	"ERC20InvalidReceiver":         ErrTokenTransfer,
	"ERC20InvalidApprover":         ErrTokenTransfer,
	"ERC20InvalidSpender":          ErrTokenTransfer,
	"AddressEmptyCode":             ErrTokenTransfer,
	"FailedCall":                   ErrTokenTransfer,
	// Upkeeping revision 2
	"NotFactory":           ErrNotFactory,
	"AlreadyInitialized":   ErrAlreadyInitialized,
	"Implementation":       ErrImplementation,
	"ProviderRemoved":      ErrProviderRemoved,
	"BeforeEpoch":          ErrBeforeEpoch,
	"StraddlesChange":      ErrStraddlesChange,
	"ChangePending":        ErrChangePending,
	"NoSurplusRequest":     ErrNoSurplusRequest,
	"SurplusNotYet":        ErrSurplusNotYet,
	"NotAKeeper":           ErrNotAKeeper,
	"NotMember":            ErrNotMember,
	"AlreadySlashed":       ErrAlreadySlashed,
	"KeeperSlashedHere":    ErrKeeperSlashedHere,
	"BondAlreadyPosted":    ErrBondAlreadyPosted,
	"BondLocked":           ErrBondLocked,
	"Unauthorized":         ErrUnauthorized,
	"RenounceDisabled":     ErrRenounceDisabled,
	"LedgerTouchGas":       ErrLedgerTouchGas,
	"MathOverflowedMulDiv": ErrAmountOverflow,
	// Registry.sol
	"AlreadyRegistered":     ErrAlreadyRegistered,
	"KeyBarred":             ErrKeyBarred,
	"NotRegistered":         ErrNotRegistered,
	"UnknownGroup":          ErrUnknownGroup,
	"BadGroupSize":          ErrBadGroupSize,
	"MembersNotAscending":   ErrBadGroupSize,
	"KeysLength":            ErrBadGroupSize,
	"KeyMismatch":           ErrKeyMismatch,
	"InfinityAggregate":     ErrInfinityAggregate,
	"TooManyEndpoints":      ErrBadEndpoint,
	"BadEndpoint":           ErrBadEndpoint,
	"InsufficientBalance":   ErrDeployment,
	"FailedDeployment":      ErrDeployment,
	"Create2EmptyBytecode":  ErrDeployment,
	"CloneArgumentsTooLong": ErrDeployment,
}

// RevertError is a decoded revert of the contract (or of the token it called).
type RevertError struct {
	Name string         // the custom error's name ("InsufficientFunds"), "Error", "Panic" or ""
	Args map[string]any // its arguments by name
	Data []byte         // the raw revert data
	Op   string         // the operation that reverted ("pay", "estimate gas for pay", …)

	sentinel error
}

func (e *RevertError) Error() string {
	var b strings.Builder
	b.WriteString("upkeeping: ")
	if e.Op != "" {
		b.WriteString(e.Op)
		b.WriteString(": ")
	}
	b.WriteString("reverted")
	if e.Name != "" {
		b.WriteString(": ")
		b.WriteString(e.Name)
		if len(e.Args) > 0 {
			b.WriteString(formatArgs(e.Args))
		}
	} else if len(e.Data) > 0 {
		fmt.Fprintf(&b, " with data 0x%x", e.Data)
	}
	return b.String()
}

// Unwrap returns the sentinel of the revert (ErrReverted when unknown).
func (e *RevertError) Unwrap() error { return e.sentinel }

func formatArgs(args map[string]any) string {
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	// stable order
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		v := args[k]
		switch x := v.(type) {
		case []byte:
			v = fmt.Sprintf("0x%x", x)
		case [32]byte:
			v = fmt.Sprintf("0x%x", x)
		}
		parts[i] = fmt.Sprintf("%s=%v", k, v)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// errorABIs are the ABIs whose errors a revert may carry: the contract's own (which
// include OpenZeppelin's and the BLS library's) and the ERC-20 token's.
var errorABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{bindings.UpkeepingMetaData, bindings.UpkeepingAdminMetaData, bindings.FactoryMetaData, bindings.RegistryMetaData, bindings.TestTokenMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			panic(fmt.Sprintf("upkeeping: binding ABI: %v", err))
		}
		out = append(out, a)
	}
	return out
}()

var (
	selError = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	selPanic = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// DecodeRevert decodes revert data into a *RevertError.
func DecodeRevert(data []byte) *RevertError {
	e := &RevertError{Data: data, sentinel: ErrReverted}
	if len(data) < 4 {
		return e
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	switch sel {
	case selError:
		if s, err := abi.UnpackRevert(data); err == nil {
			e.Name, e.Args = "Error", map[string]any{"reason": s}
		}
		return e
	case selPanic:
		if len(data) == 36 {
			e.Name, e.Args = "Panic", map[string]any{"code": new(big.Int).SetBytes(data[4:])}
		}
		return e
	}
	for _, a := range errorABIs {
		ae, err := a.ErrorByID(sel)
		if err != nil {
			continue
		}
		args := map[string]any{}
		if vals, err := ae.Inputs.Unpack(data[4:]); err == nil {
			for i, in := range ae.Inputs {
				name := in.Name
				if name == "" {
					name = fmt.Sprintf("arg%d", i)
				}
				args[name] = vals[i]
			}
		}
		e.Name, e.Args = ae.Name, args
		if s, ok := sentinels[ae.Name]; ok {
			e.sentinel = s
		}
		return e
	}
	return e
}

// revertData extracts revert data from an error returned by a JSON-RPC call
// (eth_call, eth_estimateGas): go-ethereum's rpc.DataError carries it as a hex string.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, err := hex.DecodeString(strings.TrimPrefix(d, "0x"))
		if err != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	}
	return nil, false
}

// wrap turns an error from a contract call into a *RevertError when it carries revert
// data, and otherwise wraps it with the operation's name.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if data, ok := revertData(err); ok {
		re := DecodeRevert(data)
		re.Op = op
		return re
	}
	return fmt.Errorf("upkeeping: %s: %w", op, err)
}
