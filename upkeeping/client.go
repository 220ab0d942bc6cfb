package upkeeping

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/whitepay/whitepay/contracts/bindings"
	"github.com/whitepay/whitepay/internal/bls"
	"github.com/whitepay/whitepay/internal/domain"
	"github.com/whitepay/whitepay/internal/report"
)

// Backend is the chain access the client needs. Its contract: the methods behave as
// go-ethereum's *ethclient.Client does over JSON-RPC (reverts of eth_call and
// eth_estimateGas carry their data as an rpc.DataError). *ethclient.Client and the
// simulated backend's client (ethclient/simulated) both satisfy it, and so does
// internal/chain.Client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Defaults of the configuration (SPEC 8, 8.1).
const (
	DefaultProviderShareBps = 9000
	DefaultLeaderBonusBps   = 0
	DefaultSlashRewardBps   = 5000 // half of what a slash forfeits goes to whoever proves it
	DefaultVestPeriods      = 2    // a keeper's share unlocks two periods after it was paid
	DefaultBlockTimeMs      = 12000
	// MaxKeepers is the most keepers a group has (SPEC 8).
	MaxKeepers = 256
	// MaxVestPeriods bounds vestPeriods (the vesting ring's size).
	MaxVestPeriods = 64
)

// PriceScale scales prices: token base units per byte·block × 1e18 (SPEC 8.1).
var PriceScale = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Params are a contract's configuration (the clone's immutable args, SPEC 2, 8, 8.1)
// and its owner.
type Params struct {
	Owner            common.Address // the contract's owner (storage; Ownable2Step)
	Registry         common.Address // the chain's keeper registry
	Ledger           common.Address // the BatchInbox of its SCP ledger (zero: none)
	Token            common.Address // zero: native ether
	Start            uint64         // the start block: period boundaries are Start + k·Period
	Period           uint64         // H
	Finality         uint64         // D
	Window           uint64         // W
	Stale            uint64         // G
	ProviderShareBps uint16
	LeaderBonusBps   uint16
	SlashRewardBps   uint16
	VestPeriods      uint16
	KeeperBond       *big.Int // zero or nil: no bond
	BlockTimeMs      uint32   // the chain's block time, fixed at deploy (prices per TiB-month)
}

// DefaultParams returns parameters with the defaults above and the given owner,
// start and chain-time parameters.
func DefaultParams(owner common.Address, start, period, finality, window, stale uint64) Params {
	return Params{
		Owner: owner, Start: start, Period: period, Finality: finality, Window: window, Stale: stale,
		ProviderShareBps: DefaultProviderShareBps, LeaderBonusBps: DefaultLeaderBonusBps,
		SlashRewardBps: DefaultSlashRewardBps, VestPeriods: DefaultVestPeriods,
		KeeperBond: new(big.Int), BlockTimeMs: DefaultBlockTimeMs,
	}
}

// Validate checks the parameters as the factory does, so that a bad configuration
// fails before a transaction is sent.
func (p Params) Validate() error {
	switch {
	case p.Owner == (common.Address{}):
		return fmt.Errorf("%w: zero owner", ErrInvalidConfig)
	case p.Period == 0:
		return fmt.Errorf("%w: period is zero", ErrInvalidConfig)
	case p.Window == 0:
		return fmt.Errorf("%w: window is zero", ErrInvalidConfig)
	case uint32(p.ProviderShareBps)+uint32(p.LeaderBonusBps) > 10000:
		return fmt.Errorf("%w: shares exceed 10000 bps", ErrInvalidConfig)
	case p.SlashRewardBps > 10000:
		return fmt.Errorf("%w: slash reward exceeds 10000 bps", ErrInvalidConfig)
	case p.VestPeriods > MaxVestPeriods:
		return fmt.Errorf("%w: vestPeriods above %d", ErrInvalidConfig, MaxVestPeriods)
	case p.KeeperBond != nil && (p.KeeperBond.Sign() < 0 || p.KeeperBond.BitLen() > 112):
		return fmt.Errorf("%w: keeper bond out of range", ErrInvalidConfig)
	case p.BlockTimeMs == 0:
		return fmt.Errorf("%w: block time is zero", ErrInvalidConfig)
	}
	return nil
}

// IsBoundary reports whether block te is a period boundary (te = Start + k·Period).
func (p Params) IsBoundary(te uint64) bool {
	return p.Period != 0 && te >= p.Start && (te-p.Start)%p.Period == 0
}

// Bucket is the period a block lies in, counted from Start (the vesting bucket).
func (p Params) Bucket(block uint64) uint64 {
	if block < p.Start || p.Period == 0 {
		return 0
	}
	return (block - p.Start) / p.Period
}

// FirstBoundaryAtOrAfter returns the first period boundary ≥ block.
func (p Params) FirstBoundaryAtOrAfter(block uint64) uint64 {
	if block <= p.Start {
		return p.Start
	}
	return p.Start + (block-p.Start+p.Period-1)/p.Period*p.Period
}

// ChangeBoundary is where a change (group, price, removal) sent in block `block`
// takes effect: the first boundary at least one full period later (SPEC 8.1).
func (p Params) ChangeBoundary(block uint64) uint64 {
	return p.FirstBoundaryAtOrAfter(block + p.Period)
}

func (p Params) config() bindings.UpkeepingBaseConfig {
	bond := p.KeeperBond
	if bond == nil {
		bond = new(big.Int)
	}
	return bindings.UpkeepingBaseConfig{
		Registry: p.Registry, Ledger: p.Ledger, Token: p.Token, Start: p.Start, Period: p.Period,
		Finality: p.Finality, Window: p.Window, Stale: p.Stale, ProviderShareBps: p.ProviderShareBps,
		LeaderBonusBps: p.LeaderBonusBps, SlashRewardBps: p.SlashRewardBps, VestPeriods: p.VestPeriods,
		KeeperBond: bond, BlockTimeMs: p.BlockTimeMs,
	}
}

func paramsOf(c bindings.UpkeepingBaseConfig, owner common.Address) Params {
	return Params{
		Owner: owner, Registry: c.Registry, Ledger: c.Ledger, Token: c.Token, Start: c.Start, Period: c.Period,
		Finality: c.Finality, Window: c.Window, Stale: c.Stale, ProviderShareBps: c.ProviderShareBps,
		LeaderBonusBps: c.LeaderBonusBps, SlashRewardBps: c.SlashRewardBps, VestPeriods: c.VestPeriods,
		KeeperBond: c.KeeperBond, BlockTimeMs: c.BlockTimeMs,
	}
}

// EncodeConfig is abi.encode(Config): the clone's immutable args.
func EncodeConfig(p Params) ([]byte, error) {
	m, ok := upkeepingABI.Methods["config"]
	if !ok {
		return nil, errors.New("upkeeping: binding has no config()")
	}
	return m.Outputs.Pack(p.config())
}

// ProviderReg registers a provider with its price (token base units per byte·block
// × 1e18, SPEC 8.1; at most 2^96-1).
type ProviderReg struct {
	Account common.Address
	Price   *big.Int
}

// encodeProviders is abi.encode(ProviderInit[]) (the factory's providers argument).
func encodeProviders(ps []ProviderReg) ([]byte, error) {
	in := make([]bindings.UpkeepingBaseProviderInit, len(ps))
	for i, p := range ps {
		if p.Price == nil || p.Price.Sign() < 0 || p.Price.BitLen() > 96 {
			return nil, fmt.Errorf("%w: provider %s price", ErrPriceTooLarge, p.Account)
		}
		in[i] = bindings.UpkeepingBaseProviderInit{Account: p.Account, Price: p.Price}
	}
	m, ok := upkeepingABI.Methods["initialize"]
	if !ok {
		return nil, errors.New("upkeeping: binding has no initialize()")
	}
	return m.Inputs[2:].Pack(in)
}

var upkeepingABI = func() *abi.ABI {
	a, err := bindings.UpkeepingMetaData.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("upkeeping: binding ABI: %v", err))
	}
	return a
}()

// Contract is a client of one upkeeping contract (a clone: Upkeeping's functions and,
// through its fallback, UpkeepingAdmin's, at one address).
type Contract struct {
	Address common.Address
	ChainID *big.Int
	b       Backend
	bound   *bindings.Upkeeping
	admin   *bindings.UpkeepingAdmin
	params  Params // the immutable configuration (Owner as first read)
	reg     *Registry
	block   *big.Int // nil: the latest block; else views read the state after this block (At)

	groups *groupCache // registry groups are immutable: shared by At's copies
}

type groupCache struct {
	mu sync.Mutex
	m  map[uint32]*KeeperGroup
}

// New binds to a deployed upkeeping contract: checks its code and reads its
// configuration and registry.
func New(ctx context.Context, b Backend, address common.Address) (*Contract, error) {
	code, err := b.CodeAt(ctx, address, nil)
	if err != nil {
		return nil, fmt.Errorf("upkeeping: code at %s: %w", address, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w at %s", ErrNoContract, address)
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("upkeeping: chain id: %w", err)
	}
	bound, err := bindings.NewUpkeeping(address, b)
	if err != nil {
		return nil, err
	}
	admin, err := bindings.NewUpkeepingAdmin(address, b)
	if err != nil {
		return nil, err
	}
	c := &Contract{Address: address, ChainID: chainID, b: b, bound: bound, admin: admin, groups: &groupCache{m: map[uint32]*KeeperGroup{}}}
	cfg, err := bound.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, wrap("config", err)
	}
	owner, err := bound.Owner(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, wrap("owner", err)
	}
	c.params = paramsOf(cfg, owner)
	if cfg.Period == 0 {
		return nil, fmt.Errorf("%w at %s: not an initialised upkeeping contract", ErrNoContract, address)
	}
	if c.reg, err = NewRegistry(ctx, b, cfg.Registry); err != nil {
		return nil, err
	}
	return c, nil
}

// Bindings returns the abigen binding of the hot half (pay, fund, providers).
func (c *Contract) Bindings() *bindings.Upkeeping { return c.bound }

// AdminBindings returns the abigen binding of the cold half (at the same address).
func (c *Contract) AdminBindings() *bindings.UpkeepingAdmin { return c.admin }

// Backend returns the chain the client uses.
func (c *Contract) Backend() Backend { return c.b }

// Registry returns the client of the contract's keeper registry.
func (c *Contract) Registry() *Registry { return c.reg }

// Token is the payment token (zero: ether).
func (c *Contract) Token() common.Address { return c.params.Token }

// Config returns the immutable configuration (Owner as read when the client was made;
// Params reads the current owner).
func (c *Contract) Config() Params { return c.params }

// Domain is the signature domain of this contract (SPEC 5).
func (c *Contract) Domain() domain.Domain {
	return domain.Domain{ChainID: new(big.Int).Set(c.ChainID), Contract: c.Address}
}

func withContext(ctx context.Context, opts *bind.TransactOpts) *bind.TransactOpts {
	o := *opts
	if o.Context == nil {
		o.Context = ctx
	}
	return &o
}

// sendPadded sends a transaction whose gas depends on the block it lands in: one that
// stores block.number costs 2,800 gas more when the value changes than when it does
// not, and gas is estimated in the context of the latest block, where the value
// written may equal the one stored (an estimate that then runs out of gas when
// mined). With opts.GasLimit unset it estimates (NoSend) and sends with an eighth
// more plus 5,000.
func sendPadded(ctx context.Context, opts *bind.TransactOpts, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	o := withContext(ctx, opts)
	if o.GasLimit == 0 {
		dry := *o
		dry.NoSend = true
		tx, err := send(&dry)
		if err != nil {
			return nil, err
		}
		o.GasLimit = tx.Gas() + tx.Gas()/8 + 5000
		if o.Nonce == nil {
			o.Nonce = new(big.Int).SetUint64(tx.Nonce())
		}
	}
	return send(o)
}

func (c *Contract) call(ctx context.Context) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx, BlockNumber: c.block}
}

// At returns a client whose views read the contract's state after block `block` (the
// node must serve that state: an archive node, or a recent block). Its registry
// group cache is shared; transactions are sent as usual.
func (c *Contract) At(block uint64) *Contract {
	return &Contract{
		Address: c.Address, ChainID: c.ChainID, b: c.b, bound: c.bound, admin: c.admin, params: c.params, reg: c.reg,
		block: new(big.Int).SetUint64(block), groups: c.groups,
	}
}

// Wait waits until tx is mined and returns its receipt. A failed transaction is
// replayed with eth_call at its block to recover the revert reason, returned as a
// *RevertError (errors.Is with the sentinels works on it).
func (c *Contract) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	return Wait(ctx, c.b, tx)
}

// Wait is Contract.Wait for any transaction on b.
func Wait(ctx context.Context, b Backend, tx *types.Transaction) (*types.Receipt, error) {
	r, err := bind.WaitMined(ctx, b, tx)
	if err != nil {
		return nil, fmt.Errorf("upkeeping: wait for %s: %w", tx.Hash(), err)
	}
	if r.Status == types.ReceiptStatusSuccessful {
		return r, nil
	}
	chainID := tx.ChainId()
	from, err := types.Sender(types.LatestSignerForChainID(chainID), tx)
	if err != nil {
		return r, fmt.Errorf("%w: tx %s failed (sender: %v)", ErrReverted, tx.Hash(), err)
	}
	// Replay on the state after the transaction's block: the failed transaction left
	// no trace there, and whatever made it fail (a competing pay that was mined first,
	// a withdrawal that emptied the funds) is included. A deployment replays as a
	// creation call. The replay can differ from the original run if a later
	// transaction of the same block changed the outcome; the error then says so.
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, cerr := b.CallContract(ctx, msg, r.BlockNumber)
	if data, ok := revertData(cerr); ok {
		re := DecodeRevert(data)
		re.Op = "tx " + tx.Hash().Hex()
		return r, re
	}
	if r.GasUsed == tx.Gas() {
		return r, fmt.Errorf("%w: tx %s ran out of gas (%d)", ErrReverted, tx.Hash(), r.GasUsed)
	}
	return r, fmt.Errorf("%w: tx %s failed", ErrReverted, tx.Hash())
}

// ---------------------------------------------------------------- transactions

// AddProvider registers a provider with its price (owner only); it is paid from the
// first boundary on or after the block that adds it.
func (c *Contract) AddProvider(ctx context.Context, opts *bind.TransactOpts, account common.Address, price *big.Int) (*types.Transaction, error) {
	if price == nil || price.Sign() < 0 || price.BitLen() > 96 {
		return nil, fmt.Errorf("%w: %v", ErrPriceTooLarge, price)
	}
	tx, err := c.admin.AddProvider(withContext(ctx, opts), account, price)
	return tx, wrap("addProvider", err)
}

// SetPrice schedules a provider's new price (owner only), effective at
// Params.ChangeBoundary of the block it lands in (SPEC 8.1).
func (c *Contract) SetPrice(ctx context.Context, opts *bind.TransactOpts, provider uint32, price *big.Int) (*types.Transaction, error) {
	if price == nil || price.Sign() < 0 || price.BitLen() > 96 {
		return nil, fmt.Errorf("%w: %v", ErrPriceTooLarge, price)
	}
	tx, err := sendPadded(ctx, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.admin.SetPrice(o, provider, price)
	})
	return tx, wrap("setPrice", err)
}

// RemoveProvider schedules a provider's removal (owner only), effective like a price
// change; what it has earned stays withdrawable.
func (c *Contract) RemoveProvider(ctx context.Context, opts *bind.TransactOpts, provider uint32) (*types.Transaction, error) {
	tx, err := sendPadded(ctx, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.admin.RemoveProvider(o, provider)
	})
	return tx, wrap("removeProvider", err)
}

// SetProviderPayout moves provider's payout address (the provider's account only).
func (c *Contract) SetProviderPayout(ctx context.Context, opts *bind.TransactOpts, provider uint32, payout common.Address) (*types.Transaction, error) {
	tx, err := c.bound.SetProviderPayout(withContext(ctx, opts), provider, payout)
	return tx, wrap("setProviderPayout", err)
}

// ScheduleGroup schedules registry group groupID (owner only), effective at
// Params.ChangeBoundary of the block it lands in; it replaces a change not yet in
// force.
func (c *Contract) ScheduleGroup(ctx context.Context, opts *bind.TransactOpts, groupID uint32) (*types.Transaction, error) {
	tx, err := sendPadded(ctx, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.admin.ScheduleGroup(o, groupID)
	})
	return tx, wrap("scheduleGroup", err)
}

// Fund adds amount to the contract. With ether it sends fund(amount) with the value.
// With an ERC-20 token it first sends approve(contract, amount) when the allowance is
// short, then fund(amount) with the next nonce; because fund cannot be gas-estimated
// before the approval is mined, it then gets opts.GasLimit or, if zero,
// FundGasLimit. The transactions are returned in the order sent; wait for the last.
func (c *Contract) Fund(ctx context.Context, opts *bind.TransactOpts, amount *big.Int) ([]*types.Transaction, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, fmt.Errorf("%w: amount must be positive", ErrWrongFundingAmount)
	}
	o := withContext(ctx, opts)
	if c.params.Token == (common.Address{}) {
		o.Value = amount
		tx, err := c.bound.Fund(o, amount)
		if err != nil {
			return nil, wrap("fund", err)
		}
		return []*types.Transaction{tx}, nil
	}
	return c.approveThen(ctx, o, amount, func(fo *bind.TransactOpts) (*types.Transaction, error) {
		return c.bound.Fund(fo, amount)
	}, "fund")
}

// approveThen sends approve(contract, amount) if the allowance is short, then send
// with the next nonce (and FundGasLimit unless opts sets a limit).
func (c *Contract) approveThen(ctx context.Context, o *bind.TransactOpts, amount *big.Int, send func(*bind.TransactOpts) (*types.Transaction, error), op string) ([]*types.Transaction, error) {
	tok, err := bindings.NewTestToken(c.params.Token, c.b) // any ERC-20: only the standard methods are used
	if err != nil {
		return nil, err
	}
	allowance, err := tok.Allowance(c.call(ctx), o.From, c.Address)
	if err != nil {
		return nil, wrap("allowance", err)
	}
	if allowance.Cmp(amount) >= 0 {
		tx, err := send(o)
		if err != nil {
			return nil, wrap(op, err)
		}
		return []*types.Transaction{tx}, nil
	}
	nonce := o.Nonce
	if nonce == nil {
		n, err := c.b.PendingNonceAt(ctx, o.From)
		if err != nil {
			return nil, fmt.Errorf("upkeeping: nonce: %w", err)
		}
		nonce = new(big.Int).SetUint64(n)
	}
	ao := *o
	ao.Nonce = nonce
	approve, err := tok.Approve(&ao, c.Address, amount)
	if err != nil {
		return nil, wrap("approve", err)
	}
	fo := *o
	fo.Nonce = new(big.Int).Add(nonce, big.NewInt(1))
	if fo.GasLimit == 0 {
		fo.GasLimit = FundGasLimit
	}
	tx, err := send(&fo)
	if err != nil {
		return []*types.Transaction{approve}, wrap(op, err)
	}
	return []*types.Transaction{approve, tx}, nil
}

// FundGasLimit is the gas limit of an ERC-20 fund (or bond) sent right behind its
// approval.
const FundGasLimit = 300_000

// Pay submits a report with the signer bitmap and the aggregate signature (SPEC 8).
func (c *Contract) Pay(ctx context.Context, opts *bind.TransactOpts, r *report.Report, signers *big.Int, sig *bls.Signature) (*types.Transaction, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	s := sig.EIP2537()
	return c.PayEncoded(ctx, opts, r.Encode(), signers, s[:])
}

// PayEncoded submits an encoded report and a 256-byte EIP-2537 signature as they are.
func (c *Contract) PayEncoded(ctx context.Context, opts *bind.TransactOpts, encoded []byte, signers *big.Int, sig []byte) (*types.Transaction, error) {
	if signers == nil {
		signers = new(big.Int)
	}
	tx, err := c.bound.Pay(withContext(ctx, opts), encoded, signers, sig)
	return tx, wrap("pay", err)
}

// WithdrawProvider sends provider's balance to its payout address (caller: its
// account or payout address).
func (c *Contract) WithdrawProvider(ctx context.Context, opts *bind.TransactOpts, provider uint32) (*types.Transaction, error) {
	tx, err := c.bound.WithdrawProvider(withContext(ctx, opts), provider)
	return tx, wrap("withdrawProvider", err)
}

// WithdrawKeeper sends what keeper keeperID has unlocked in the given epochs (nil:
// every epoch it is a member of) to its payout address (caller: its account or
// payout address).
func (c *Contract) WithdrawKeeper(ctx context.Context, opts *bind.TransactOpts, keeperID uint32, epochs []uint64) (*types.Transaction, error) {
	if epochs == nil {
		var err error
		if epochs, err = c.KeeperEpochs(ctx, keeperID); err != nil {
			return nil, err
		}
	}
	es := make([]*big.Int, len(epochs))
	for i, e := range epochs {
		es[i] = new(big.Int).SetUint64(e)
	}
	tx, err := c.admin.WithdrawKeeper(withContext(ctx, opts), keeperID, es)
	return tx, wrap("withdrawKeeper", err)
}

// Withdraw withdraws what opts.From may withdraw here: its provider balance and, if it
// is a registered keeper, its unlocked rewards. It returns the transactions sent (none
// if there is nothing).
func (c *Contract) Withdraw(ctx context.Context, opts *bind.TransactOpts) ([]*types.Transaction, error) {
	var txs []*types.Transaction
	if p, ok, err := c.ProviderIndex(ctx, opts.From); err != nil {
		return nil, err
	} else if ok {
		info, err := c.Provider(ctx, p)
		if err != nil {
			return nil, err
		}
		if info.Balance.Sign() > 0 {
			tx, err := c.WithdrawProvider(ctx, opts, p)
			if err != nil {
				return nil, err
			}
			txs = append(txs, tx)
		}
	}
	id, ok, err := c.reg.KeeperOf(ctx, opts.From)
	if err != nil {
		return nil, err
	}
	if ok {
		total, err := c.KeeperTotals(ctx, id)
		if err != nil {
			return nil, err
		}
		if total.Available.Sign() > 0 {
			o := *opts
			if len(txs) > 0 && o.Nonce == nil {
				o.Nonce = new(big.Int).SetUint64(txs[0].Nonce() + 1)
			}
			tx, err := c.WithdrawKeeper(ctx, &o, id, total.Epochs)
			if err != nil {
				return txs, err
			}
			txs = append(txs, tx)
		}
	}
	if len(txs) == 0 {
		return nil, ErrNothingToWithdraw
	}
	return txs, nil
}

// RequestSurplus asks to withdraw amount of the surplus to `to` (owner only),
// executable from SurplusRequest's NotBefore (two boundaries later, SPEC 8.1).
func (c *Contract) RequestSurplus(ctx context.Context, opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	tx, err := sendPadded(ctx, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.admin.RequestSurplus(o, to, amount)
	})
	return tx, wrap("requestSurplus", err)
}

// ExecuteSurplus pays the surplus request: min(amount, surplus now) (owner only).
func (c *Contract) ExecuteSurplus(ctx context.Context, opts *bind.TransactOpts) (*types.Transaction, error) {
	tx, err := c.admin.ExecuteSurplus(withContext(ctx, opts))
	return tx, wrap("executeSurplus", err)
}

// CancelSurplus cancels the surplus request (owner only).
func (c *Contract) CancelSurplus(ctx context.Context, opts *bind.TransactOpts) (*types.Transaction, error) {
	tx, err := c.admin.CancelSurplus(withContext(ctx, opts))
	return tx, wrap("cancelSurplus", err)
}

// PostBond posts opts.From's (a registered keeper's) bond of Params.KeeperBond
// (approving the token first if needed).
func (c *Contract) PostBond(ctx context.Context, opts *bind.TransactOpts) ([]*types.Transaction, error) {
	bond := c.params.KeeperBond
	if bond == nil || bond.Sign() == 0 {
		return nil, fmt.Errorf("%w: this contract takes no bond", ErrBondAlreadyPosted)
	}
	o := withContext(ctx, opts)
	if c.params.Token == (common.Address{}) {
		o.Value = bond
		tx, err := c.admin.PostBond(o)
		if err != nil {
			return nil, wrap("postBond", err)
		}
		return []*types.Transaction{tx}, nil
	}
	return c.approveThen(ctx, o, bond, func(fo *bind.TransactOpts) (*types.Transaction, error) {
		return c.admin.PostBond(fo)
	}, "postBond")
}

// WithdrawBond returns keeperID's bond to its payout address once it may leave.
func (c *Contract) WithdrawBond(ctx context.Context, opts *bind.TransactOpts, keeperID uint32) (*types.Transaction, error) {
	tx, err := c.admin.WithdrawBond(withContext(ctx, opts), keeperID)
	return tx, wrap("withdrawBond", err)
}

// Slash submits equivocation evidence: keeperID's individual signatures on two
// different encoded reports with the same (te, part, leader, attempt).
func (c *Contract) Slash(ctx context.Context, opts *bind.TransactOpts, keeperID uint32, reportA []byte, sigA *bls.Signature, reportB []byte, sigB *bls.Signature) (*types.Transaction, error) {
	a, b := sigA.EIP2537(), sigB.EIP2537()
	// Padded like scheduleGroup: both call the ledger with gas of its own
	// (membershipChanged), which a bare estimate can leave short.
	tx, err := sendPadded(ctx, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.admin.Slash(o, keeperID, reportA, a[:], reportB, b[:])
	})
	return tx, wrap("slash", err)
}

// TransferOwnership starts an ownership transfer (owner only); newOwner accepts it.
func (c *Contract) TransferOwnership(ctx context.Context, opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	tx, err := c.bound.TransferOwnership(withContext(ctx, opts), newOwner)
	return tx, wrap("transferOwnership", err)
}

// AcceptOwnership completes a transfer (the pending owner only).
func (c *Contract) AcceptOwnership(ctx context.Context, opts *bind.TransactOpts) (*types.Transaction, error) {
	tx, err := c.bound.AcceptOwnership(withContext(ctx, opts))
	return tx, wrap("acceptOwnership", err)
}

// ErrNoContract is returned when the address holds no code.
var ErrNoContract = errors.New("upkeeping: no contract")
