package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/whitepay/whitepay/dashboard"
	"github.com/whitepay/whitepay/dashboard/web"
	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/internal/obs"
	"github.com/whitepay/whitepay/internal/p2p"
	"github.com/whitepay/whitepay/internal/store"
	"github.com/whitepay/whitepay/provider"
	"github.com/whitepay/whitepay/upkeeping"
)

// runner is one running node: in this process or a child process.
//
// Contract: Stop ends the node cleanly (and waits for it); Kill ends it at once
// (SIGKILL for a process; for an in-process node the same as Stop, since a process
// cannot kill part of itself); Done is closed when the node has ended; Status
// returns the node's JSON status document.
type runner interface {
	Stop() error
	Kill() error
	Done() <-chan struct{}
	Status(ctx context.Context) (map[string]any, error)
	PID() int // 0 for an in-process node
}

// ---------------------------------------------------------------- processes

// procRunner is a node run as `whitepay <role> run --config FILE`.
type procRunner struct {
	cmd    *exec.Cmd
	status string
	done   chan struct{}
	log    *os.File
}

func startProc(binary string, m *Member) (*procRunner, error) {
	logf, err := os.OpenFile(filepath.Join(m.Dir, "node.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(binary, m.Role, "run", "--config", m.ConfigPath())
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("devnet: start %s: %w", m.Name, err)
	}
	r := &procRunner{cmd: cmd, status: m.Status, done: make(chan struct{}), log: logf}
	go func() { _ = cmd.Wait(); logf.Close(); close(r.done) }()
	return r, nil
}

func (r *procRunner) Done() <-chan struct{} { return r.done }
func (r *procRunner) PID() int              { return r.cmd.Process.Pid }

func (r *procRunner) Stop() error {
	select {
	case <-r.done:
		return nil
	default:
	}
	_ = r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.done:
	case <-time.After(10 * time.Second):
		_ = r.cmd.Process.Kill()
		<-r.done
	}
	return nil
}

func (r *procRunner) Kill() error {
	select {
	case <-r.done:
		return nil
	default:
	}
	_ = r.cmd.Process.Kill()
	<-r.done
	return nil
}

func (r *procRunner) Status(ctx context.Context) (map[string]any, error) {
	return httpStatus(ctx, r.status)
}

func httpStatus(ctx context.Context, addr string) (map[string]any, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/status", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("devnet: status %s: %s", addr, resp.Status)
	}
	var out map[string]any
	if err := json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&out); err != nil {
		return nil, err
	}
	return out, nil
}

// ---------------------------------------------------------------- in-process provider

// provRunner is a provider node in this process, built as `provider run` builds it:
// libp2p host, badger database, piece store, provider.Node, payment watcher, status
// server.
type provRunner struct {
	node    *provider.Node
	watcher *provider.PaymentWatcher
	cancel  context.CancelFunc
	done    chan struct{}
	once    sync.Once
	closers []func() error
}

func startProviderInProc(ctx context.Context, m *Member, c *upkeeping.Contract, head provider.HeadReader, ledger string, logw io.Writer) (*provRunner, error) {
	cfg, err := config.Load(m.ConfigPath())
	if err != nil {
		return nil, err
	}
	log := slog.New(slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelInfo})).With("role", "provider", "name", m.Name)
	r := &provRunner{done: make(chan struct{})}
	fail := func(err error) (*provRunner, error) {
		r.closeAll()
		return nil, err
	}
	db, err := store.Open(filepath.Join(cfg.DataDir, "db"), store.Options{Logger: log})
	if err != nil {
		return nil, err
	}
	r.closers = append(r.closers, db.Close)
	pieces, err := provider.OpenPieceStore(filepath.Join(cfg.DataDir, "pieces"))
	if err != nil {
		return fail(err)
	}
	host, err := p2p.New(p2p.Config{Key: m.Key, ListenAddrs: cfg.Listen, Logger: log})
	if err != nil {
		return fail(err)
	}
	r.closers = append(r.closers, host.Close)
	metrics := obs.NewMetrics()
	pc := provider.Config{
		ChainID: new(big.Int).SetUint64(cfg.Chain.ChainID), Key: m.Key, Contracts: map[common.Address]provider.Contract{},
		MaxUploads: cfg.Limits.MaxUploads, MaxPieceSize: cfg.Limits.MaxPieceSize, UploadIdle: cfg.Limits.UploadIdle.D(),
		ChallengeTimeout: cfg.Challenge.Timeout.D(), Logger: log, Metrics: metrics,
	}
	for _, k := range cfg.Contracts {
		pc.Contracts[k.Address] = provider.Contract{Owner: k.Owner, Keepers: k.Keepers}
	}
	node, err := provider.New(pc, host, db, pieces)
	if err != nil {
		return fail(err)
	}
	node.Register()
	r.node = node
	w, err := provider.NewPaymentWatcher(provider.WatcherConfig{Contract: c.Address, Provider: m.Address, Source: c, Head: head, Metrics: metrics, Logger: log, Interval: time.Second})
	if err != nil {
		return fail(err)
	}
	r.watcher = w
	srv, err := obs.Listen(cfg.StatusAddr, metrics, func(ctx context.Context) any {
		return map[string]any{"state": node.Status(ctx), "payments": []provider.PaymentStatus{w.Status()}}
	}, log)
	if err != nil {
		return fail(err)
	}
	r.closers = append(r.closers, srv.Close)
	if ch, ok := head.(dashboard.Chain); ok { // the provider page, as `provider run` serves it
		hs, err := web.Histories(ch, []*upkeeping.Contract{c}, m.Address)
		if err != nil {
			return fail(err)
		}
		var ls map[common.Address]*dashboard.Ledger
		if cc, ok := head.(chain.Client); ok { // the keepers' ledger: challenge results, samples
			var closeLedgers func()
			if ls, closeLedgers, err = web.OpenLedgers(ctx, ledger, cc, c.Address); err != nil {
				return fail(err)
			}
			r.closers = append(r.closers, func() error { closeLedgers(); return nil })
		}
		web.Mount(srv, web.Config{Role: web.RoleProvider, Account: m.Address, Histories: hs, Ledgers: ls})
	}
	wctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	r.cancel = cancel
	go func() { _ = w.Run(wctx) }()
	return r, nil
}

func (r *provRunner) closeAll() {
	for i := len(r.closers) - 1; i >= 0; i-- {
		_ = r.closers[i]()
	}
}

func (r *provRunner) Stop() error {
	r.once.Do(func() {
		if r.cancel != nil {
			r.cancel()
		}
		r.closeAll()
		close(r.done)
	})
	return nil
}

func (r *provRunner) Kill() error           { return r.Stop() }
func (r *provRunner) Done() <-chan struct{} { return r.done }
func (r *provRunner) PID() int              { return 0 }

func (r *provRunner) Status(ctx context.Context) (map[string]any, error) {
	select {
	case <-r.done:
		return nil, errors.New("devnet: provider stopped")
	default:
	}
	b, err := json.Marshal(map[string]any{"state": r.node.Status(ctx), "payments": []provider.PaymentStatus{r.watcher.Status()}})
	if err != nil {
		return nil, err
	}
	var out map[string]any
	return out, json.Unmarshal(b, &out)
}
