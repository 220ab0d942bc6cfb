package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"sync"

	"github.com/whitepay/whitepay/internal/chain"
	"github.com/whitepay/whitepay/internal/config"
	"github.com/whitepay/whitepay/keeper/node"
)

// keeperRunner is a full keeper node (keeper/node) in this process, built from the
// member's config.json as `keeper run` builds it, over the devnet's chain client.
type keeperRunner struct {
	n    *node.Node
	done chan struct{}
	once sync.Once
	err  error
}

func startKeeperInProc(ctx context.Context, m *Member, c chain.Client, logw io.Writer) (*keeperRunner, error) {
	cfg, err := config.Load(m.ConfigPath())
	if err != nil {
		return nil, err
	}
	log := slog.New(slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelInfo})).With("role", "keeper", "name", m.Name)
	n, err := node.New(ctx, node.Config{Config: cfg, Account: m.Key, BLS: m.BLS, Client: c, Logger: log, TCPOnly: true})
	if err != nil {
		return nil, err
	}
	if err := n.Start(context.WithoutCancel(ctx)); err != nil {
		n.Close()
		return nil, err
	}
	return &keeperRunner{n: n, done: make(chan struct{})}, nil
}

// Node is the keeper node (tests read its record store and payer).
func (r *keeperRunner) Node() *node.Node { return r.n }

func (r *keeperRunner) Stop() error {
	r.once.Do(func() {
		r.err = r.n.Close()
		close(r.done)
	})
	return r.err
}

func (r *keeperRunner) Kill() error           { return r.Stop() }
func (r *keeperRunner) Done() <-chan struct{} { return r.done }
func (r *keeperRunner) PID() int              { return 0 }

func (r *keeperRunner) Status(context.Context) (map[string]any, error) {
	select {
	case <-r.done:
		return nil, errors.New("devnet: keeper stopped")
	default:
	}
	b, err := json.Marshal(r.n.Status())
	if err != nil {
		return nil, err
	}
	var out map[string]any
	return out, json.Unmarshal(b, &out)
}

// KeeperNode returns the in-process keeper node of member m (nil when m runs as
// a process or is stopped).
func (d *Devnet) KeeperNode(m *Member) *node.Node {
	if r, ok := m.runner().(*keeperRunner); ok && m.Running() {
		return r.n
	}
	return nil
}
