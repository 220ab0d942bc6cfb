package upkeeping

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

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

// Default shares (SPEC 8).
const (
	DefaultProviderShareBps = 9000
	DefaultLeaderBonusBps   = 0
	// MaxKeepers is the most keeper indices a contract assigns (SPEC 8).
	MaxKeepers = 256
)

// Params are a contract's deployment parameters (SPEC 2, 8).
type Params struct {
	Owner            common.Address
	Token            common.Address // zero: native ether
	Start            uint64         // the start block: period boundaries are Start + k·Period
	Period           uint64         // H
	Finality         uint64         // D
	Window           uint64         // W
	Stale            uint64         // G
	ProviderShareBps uint16
	LeaderBonusBps   uint16
}

// DefaultParams returns parameters with SPEC 8's default shares (90% to the provider,
// no leader bonus) and the given owner, start and chain-time parameters.
func DefaultParams(owner common.Address, start, period, finality, window, stale uint64) Params {
	return Params{
		Owner: owner, Start: start, Period: period, Finality: finality, Window: window, Stale: stale,
		ProviderShareBps: DefaultProviderShareBps, LeaderBonusBps: DefaultLeaderBonusBps,
	}
}

// Validate checks the parameters as the constructor does, so that a bad configuration
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
	}
	return nil
}

// IsBoundary reports whether block te is a period boundary (te = Start + k·Period).
func (p Params) IsBoundary(te uint64) bool {
	return p.Period != 0 && te >= p.Start && (te-p.Start)%p.Period == 0
}

func (p Params) config() bindings.UpkeepingConfig {
	return bindings.UpkeepingConfig{
		Owner: p.Owner, Token: p.Token, Start: p.Start, Period: p.Period, Finality: p.Finality,
		Window: p.Window, Stale: p.Stale, ProviderShareBps: p.ProviderShareBps, LeaderBonusBps: p.LeaderBonusBps,
	}
}

// KeeperReg registers a keeper: its account, BLS key and proof of possession, which
// signs PopMessage(domain of the contract, Account, PubKey).
type KeeperReg struct {
	Account common.Address
	PubKey  *bls.PublicKey
	PoP     *bls.Signature
}

func (k KeeperReg) init() (bindings.UpkeepingKeeperInit, error) {
	if k.PubKey == nil || k.PoP == nil {
		return bindings.UpkeepingKeeperInit{}, fmt.Errorf("%w: keeper %s without key or PoP", ErrInvalidPublicKey, k.Account)
	}
	pk, pop := k.PubKey.EIP2537(), k.PoP.EIP2537()
	return bindings.UpkeepingKeeperInit{Account: k.Account, Pubkey: pk[:], Pop: pop[:]}, nil
}

// NewKeeperReg signs a keeper's proof of possession for the contract at address on
// chain chainID and returns its registration.
func NewKeeperReg(sk *bls.SecretKey, account common.Address, chainID uint64, contract common.Address) KeeperReg {
	d := domain.New(chainID, contract)
	return KeeperReg{Account: account, PubKey: sk.PublicKey(), PoP: sk.ProvePossession(d, account)}
}

// ProviderReg registers a provider with its price in token units per byte·block.
type ProviderReg struct {
	Account common.Address
	Price   *big.Int
}

// PredictAddress returns the address the next contract deployed by deployer will
// have (CREATE: keccak256(rlp(deployer, nonce))), from its pending nonce. Keepers
// registered in the constructor sign their proofs of possession for this address;
// if the deployer sends another transaction first, the address changes and the
// deployment reverts with InvalidProofOfPossession — nothing is lost.
func PredictAddress(ctx context.Context, b Backend, deployer common.Address) (common.Address, uint64, error) {
	nonce, err := b.PendingNonceAt(ctx, deployer)
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("upkeeping: nonce of %s: %w", deployer, err)
	}
	return crypto.CreateAddress(deployer, nonce), nonce, nil
}

// Contract is a client of one deployed upkeeping contract.
type Contract struct {
	Address common.Address
	ChainID *big.Int

	b     Backend
	bound *bindings.Upkeeping
	token common.Address
}

// Deploy sends the deployment transaction. keepers' proofs of possession must sign
// the predicted address (PredictAddress with opts.From; opts.Nonce, when set, must be
// the nonce it returned). The contract is usable once the transaction is mined
// (Contract.Wait).
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, p Params, keepers []KeeperReg, providers []ProviderReg) (*Contract, *types.Transaction, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	if len(keepers) > MaxKeepers {
		return nil, nil, ErrTooManyKeepers
	}
	ks := make([]bindings.UpkeepingKeeperInit, len(keepers))
	for i, k := range keepers {
		var err error
		if ks[i], err = k.init(); err != nil {
			return nil, nil, err
		}
	}
	ps := make([]bindings.UpkeepingProviderInit, len(providers))
	for i, pr := range providers {
		if pr.Price == nil || pr.Price.Sign() < 0 {
			return nil, nil, fmt.Errorf("%w: provider %s price", ErrPriceTooLarge, pr.Account)
		}
		ps[i] = bindings.UpkeepingProviderInit{Account: pr.Account, Price: pr.Price}
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("upkeeping: chain id: %w", err)
	}
	o := withContext(ctx, opts)
	addr, tx, bound, err := bindings.DeployUpkeeping(o, b, p.config(), ks, ps)
	if err != nil {
		return nil, nil, wrap("deploy", err)
	}
	return &Contract{Address: addr, ChainID: chainID, b: b, bound: bound, token: p.Token}, tx, nil
}

// New binds to a deployed contract and checks that it has code.
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
	c := &Contract{Address: address, ChainID: chainID, b: b, bound: bound}
	tok, err := bound.Token(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, wrap("token", err)
	}
	c.token = tok
	return c, nil
}

// Bindings returns the abigen binding, for events and calls this client does not wrap.
func (c *Contract) Bindings() *bindings.Upkeeping { return c.bound }

// Backend returns the chain the client uses.
func (c *Contract) Backend() Backend { return c.b }

// Token is the payment token (zero: ether).
func (c *Contract) Token() common.Address { return c.token }

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

func (c *Contract) call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

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

// AddKeeper registers one keeper (owner only); its PoP signs this contract's address.
func (c *Contract) AddKeeper(ctx context.Context, opts *bind.TransactOpts, k KeeperReg) (*types.Transaction, error) {
	ki, err := k.init()
	if err != nil {
		return nil, err
	}
	tx, err := c.bound.AddKeeper(withContext(ctx, opts), ki.Account, ki.Pubkey, ki.Pop)
	return tx, wrap("addKeeper", err)
}

// AddKeepers registers several keepers in one transaction (owner only).
func (c *Contract) AddKeepers(ctx context.Context, opts *bind.TransactOpts, ks []KeeperReg) (*types.Transaction, error) {
	in := make([]bindings.UpkeepingKeeperInit, len(ks))
	for i, k := range ks {
		var err error
		if in[i], err = k.init(); err != nil {
			return nil, err
		}
	}
	tx, err := c.bound.AddKeepers(withContext(ctx, opts), in)
	return tx, wrap("addKeepers", err)
}

// RemoveKeeper removes an active keeper (owner only); its index is retired.
func (c *Contract) RemoveKeeper(ctx context.Context, opts *bind.TransactOpts, index uint32) (*types.Transaction, error) {
	tx, err := c.bound.RemoveKeeper(withContext(ctx, opts), index)
	return tx, wrap("removeKeeper", err)
}

// AddProvider registers a provider with its price (owner only).
func (c *Contract) AddProvider(ctx context.Context, opts *bind.TransactOpts, account common.Address, price *big.Int) (*types.Transaction, error) {
	tx, err := c.bound.AddProvider(withContext(ctx, opts), account, price)
	return tx, wrap("addProvider", err)
}

// AddProviders registers several providers in one transaction (owner only).
func (c *Contract) AddProviders(ctx context.Context, opts *bind.TransactOpts, ps []ProviderReg) (*types.Transaction, error) {
	in := make([]bindings.UpkeepingProviderInit, len(ps))
	for i, p := range ps {
		if p.Price == nil || p.Price.Sign() < 0 {
			return nil, fmt.Errorf("%w: provider %s price", ErrPriceTooLarge, p.Account)
		}
		in[i] = bindings.UpkeepingProviderInit{Account: p.Account, Price: p.Price}
	}
	tx, err := c.bound.AddProviders(withContext(ctx, opts), in)
	return tx, wrap("addProviders", err)
}

// SetPrice changes a provider's price (owner only); it applies to every later payment.
func (c *Contract) SetPrice(ctx context.Context, opts *bind.TransactOpts, provider uint32, price *big.Int) (*types.Transaction, error) {
	tx, err := c.bound.SetPrice(withContext(ctx, opts), provider, price)
	return tx, wrap("setPrice", err)
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
	if c.token == (common.Address{}) {
		o.Value = amount
		tx, err := c.bound.Fund(o, amount)
		if err != nil {
			return nil, wrap("fund", err)
		}
		return []*types.Transaction{tx}, nil
	}
	tok, err := bindings.NewTestToken(c.token, c.b) // any ERC-20: only the standard methods are used
	if err != nil {
		return nil, err
	}
	allowance, err := tok.Allowance(c.call(ctx), o.From, c.Address)
	if err != nil {
		return nil, wrap("allowance", err)
	}
	if allowance.Cmp(amount) >= 0 {
		tx, err := c.bound.Fund(o, amount)
		if err != nil {
			return nil, wrap("fund", err)
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
	fund, err := c.bound.Fund(&fo, amount)
	if err != nil {
		return []*types.Transaction{approve}, wrap("fund", err)
	}
	return []*types.Transaction{approve, fund}, nil
}

// FundGasLimit is the gas limit of an ERC-20 fund sent right behind its approval.
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

// Withdraw withdraws everything owed to opts.From (as a provider and as a keeper).
func (c *Contract) Withdraw(ctx context.Context, opts *bind.TransactOpts) (*types.Transaction, error) {
	tx, err := c.bound.Withdraw(withContext(ctx, opts))
	return tx, wrap("withdraw", err)
}

// WithdrawSurplus withdraws unowed funds to `to` (owner only).
func (c *Contract) WithdrawSurplus(ctx context.Context, opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	tx, err := c.bound.WithdrawSurplus(withContext(ctx, opts), to, amount)
	return tx, wrap("withdrawSurplus", err)
}

// Slash submits equivocation evidence: keeper's individual signatures on two different
// encoded reports for the same (te, leader, attempt).
func (c *Contract) Slash(ctx context.Context, opts *bind.TransactOpts, keeper uint32, reportA []byte, sigA *bls.Signature, reportB []byte, sigB *bls.Signature) (*types.Transaction, error) {
	a, b := sigA.EIP2537(), sigB.EIP2537()
	tx, err := c.bound.Slash(withContext(ctx, opts), keeper, reportA, a[:], reportB, b[:])
	return tx, wrap("slash", err)
}

// ---------------------------------------------------------------- queries

// Params reads the deployment parameters.
func (c *Contract) Params(ctx context.Context) (Params, error) {
	cfg, err := c.bound.Params(c.call(ctx))
	if err != nil {
		return Params{}, wrap("params", err)
	}
	return Params{
		Owner: cfg.Owner, Token: cfg.Token, Start: cfg.Start, Period: cfg.Period, Finality: cfg.Finality,
		Window: cfg.Window, Stale: cfg.Stale, ProviderShareBps: cfg.ProviderShareBps, LeaderBonusBps: cfg.LeaderBonusBps,
	}, nil
}

// Counts are the numbers of keeper indices assigned, active keepers (N) and providers.
type Counts struct {
	Keepers, Active, Providers int
}

// Counts reads the keeper and provider counts.
func (c *Contract) Counts(ctx context.Context) (Counts, error) {
	r, err := c.bound.Counts(c.call(ctx))
	if err != nil {
		return Counts{}, wrap("counts", err)
	}
	return Counts{int(r.Keepers.Int64()), int(r.Active.Int64()), int(r.Providers.Int64())}, nil
}

// Quorum reads q = ⌊2N/3⌋+1.
func (c *Contract) Quorum(ctx context.Context) (int, error) {
	q, err := c.bound.Quorum(c.call(ctx))
	if err != nil {
		return 0, wrap("quorum", err)
	}
	return int(q.Int64()), nil
}

// ActiveBitmap reads the bitmap of active keeper indices.
func (c *Contract) ActiveBitmap(ctx context.Context) (*big.Int, error) {
	b, err := c.bound.ActiveBitmap(c.call(ctx))
	return b, wrap("activeBitmap", err)
}

// KeeperStatus is a keeper's registration state.
type KeeperStatus uint8

// Keeper statuses.
const (
	KeeperActive  KeeperStatus = 1
	KeeperRemoved KeeperStatus = 2
	KeeperSlashed KeeperStatus = 3
)

func (s KeeperStatus) String() string {
	switch s {
	case KeeperActive:
		return "active"
	case KeeperRemoved:
		return "removed"
	case KeeperSlashed:
		return "slashed"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// KeeperInfo is one keeper as the contract holds it.
type KeeperInfo struct {
	Index        uint32
	Account      common.Address
	PubKey       *bls.PublicKey
	Status       KeeperStatus
	Withdrawable *big.Int
}

// Keeper reads keeper `index`.
func (c *Contract) Keeper(ctx context.Context, index uint32) (KeeperInfo, error) {
	r, err := c.bound.KeeperInfo(c.call(ctx), new(big.Int).SetUint64(uint64(index)))
	if err != nil {
		return KeeperInfo{}, wrap("keeperInfo", err)
	}
	pk, err := bls.PublicKeyFromEIP2537(r.Pubkey)
	if err != nil {
		return KeeperInfo{}, fmt.Errorf("upkeeping: keeper %d key: %w", index, err)
	}
	return KeeperInfo{Index: index, Account: r.Account, PubKey: pk, Status: KeeperStatus(r.Status), Withdrawable: r.Withdrawable}, nil
}

// Keepers reads every registered keeper, in index order.
func (c *Contract) Keepers(ctx context.Context) ([]KeeperInfo, error) {
	n, err := c.Counts(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]KeeperInfo, n.Keepers)
	for i := range out {
		if out[i], err = c.Keeper(ctx, uint32(i)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// KeeperIndex returns the index of the keeper with this account.
func (c *Contract) KeeperIndex(ctx context.Context, account common.Address) (uint32, bool, error) {
	r, err := c.bound.KeeperIndex(c.call(ctx), account)
	if err != nil {
		return 0, false, wrap("keeperIndex", err)
	}
	return uint32(r.Index.Uint64()), r.Found, nil
}

// ProviderInfo is one provider as the contract holds it.
type ProviderInfo struct {
	Index    uint32
	Account  common.Address
	Price    *big.Int
	LastPaid uint64
	Balance  *big.Int
}

// Provider reads provider `index`.
func (c *Contract) Provider(ctx context.Context, index uint32) (ProviderInfo, error) {
	r, err := c.bound.ProviderInfo(c.call(ctx), new(big.Int).SetUint64(uint64(index)))
	if err != nil {
		return ProviderInfo{}, wrap("providerInfo", err)
	}
	return ProviderInfo{Index: index, Account: r.Account, Price: r.Price, LastPaid: r.PaidUntil, Balance: r.Balance}, nil
}

// ProviderIndex returns the index of the provider with this account.
func (c *Contract) ProviderIndex(ctx context.Context, account common.Address) (uint32, bool, error) {
	r, err := c.bound.ProviderIndex(c.call(ctx), account)
	if err != nil {
		return 0, false, wrap("providerIndex", err)
	}
	return uint32(r.Index.Uint64()), r.Found, nil
}

// LastPaid reads lastPaid[provider]: the ts of its next report entry (SPEC 7).
func (c *Contract) LastPaid(ctx context.Context, provider uint32) (uint64, error) {
	v, err := c.bound.LastPaid(c.call(ctx), new(big.Int).SetUint64(uint64(provider)))
	return v, wrap("lastPaid", err)
}

// BalanceOf reads what account can withdraw now (as a provider and as a keeper).
func (c *Contract) BalanceOf(ctx context.Context, account common.Address) (*big.Int, error) {
	v, err := c.bound.BalanceOf(c.call(ctx), account)
	return v, wrap("balanceOf", err)
}

// Owed reads the sum of everything credited and not withdrawn.
func (c *Contract) Owed(ctx context.Context) (*big.Int, error) {
	v, err := c.bound.Owed(c.call(ctx))
	return v, wrap("owed", err)
}

// Surplus reads the funds no one is owed.
func (c *Contract) Surplus(ctx context.Context) (*big.Int, error) {
	v, err := c.bound.Surplus(c.call(ctx))
	return v, wrap("surplus", err)
}

// Funds reads the contract's holding: its ether balance or its token balance.
func (c *Contract) Funds(ctx context.Context) (*big.Int, error) {
	if c.token == (common.Address{}) {
		return c.b.BalanceAt(ctx, c.Address, nil)
	}
	tok, err := bindings.NewTestToken(c.token, c.b)
	if err != nil {
		return nil, err
	}
	v, err := tok.BalanceOf(c.call(ctx), c.Address)
	return v, wrap("token balance", err)
}

// LeaderOrder reads the leader order for te (SPEC 6) as the contract computes it.
func (c *Contract) LeaderOrder(ctx context.Context, te uint64) ([]uint32, []common.Address, error) {
	r, err := c.bound.LeaderOrder(c.call(ctx), te)
	if err != nil {
		return nil, nil, wrap("leaderOrder", err)
	}
	return r.Indices, r.Accounts, nil
}

// ErrNoContract is returned when the address holds no code.
var ErrNoContract = errors.New("upkeeping: no contract")
