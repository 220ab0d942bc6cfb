package obs

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
)

// ParseLevel reads a log level: debug, info, warn (warning) or error.
func ParseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "debug":
		return slog.LevelDebug, nil
	case "info", "":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("log level %q (want debug, info, warn or error)", s)
}

// DedupHandler rate-limits repeated warnings and errors: a record at level Warn or
// above whose message and attributes (the "err" among them) equal one logged less
// than Window ago is counted, not written; the next one written after the window
// carries "repeated"=N, the number suppressed since. A chain outage therefore
// shows as one warning per window per distinct cause instead of one per poll.
// Records below Warn pass through untouched. The zero Window means 30 s.
//
// Handlers made by WithAttrs and WithGroup share the counts, so that loggers
// derived with With (per contract, per component) are limited together when they
// say the same thing.
type DedupHandler struct {
	inner  slog.Handler
	window time.Duration
	prefix string // attrs and groups added by With…, part of the identity
	state  *dedupState
}

type dedupState struct {
	mu   sync.Mutex
	seen map[string]*dedupEntry
	now  func() time.Time
}

type dedupEntry struct {
	last       time.Time
	suppressed int
}

// NewDedupHandler wraps inner (see DedupHandler).
func NewDedupHandler(inner slog.Handler, window time.Duration) *DedupHandler {
	if window <= 0 {
		window = 30 * time.Second
	}
	return &DedupHandler{inner: inner, window: window, state: &dedupState{seen: map[string]*dedupEntry{}, now: time.Now}}
}

// Enabled implements slog.Handler.
func (h *DedupHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.inner.Enabled(ctx, l)
}

// maxKeys bounds the identities remembered; beyond it the oldest are forgotten.
const maxKeys = 4096

// Handle implements slog.Handler.
func (h *DedupHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level < slog.LevelWarn {
		return h.inner.Handle(ctx, r)
	}
	var b strings.Builder
	b.WriteString(h.prefix)
	b.WriteString(r.Level.String())
	b.WriteByte('|')
	b.WriteString(r.Message)
	r.Attrs(func(a slog.Attr) bool {
		b.WriteByte('|')
		b.WriteString(a.String())
		return true
	})
	key := b.String()
	s := h.state
	s.mu.Lock()
	now := s.now()
	e := s.seen[key]
	if e != nil && now.Sub(e.last) < h.window {
		e.suppressed++
		s.mu.Unlock()
		return nil
	}
	repeated := 0
	if e == nil {
		if len(s.seen) >= maxKeys {
			s.forgetOldest()
		}
		e = &dedupEntry{}
		s.seen[key] = e
	} else {
		repeated = e.suppressed
	}
	e.last, e.suppressed = now, 0
	s.mu.Unlock()
	if repeated > 0 {
		r = r.Clone()
		r.AddAttrs(slog.Int("repeated", repeated))
	}
	return h.inner.Handle(ctx, r)
}

func (s *dedupState) forgetOldest() {
	var oldest string
	var t time.Time
	for k, e := range s.seen {
		if oldest == "" || e.last.Before(t) {
			oldest, t = k, e.last
		}
	}
	delete(s.seen, oldest)
}

// WithAttrs implements slog.Handler.
func (h *DedupHandler) WithAttrs(as []slog.Attr) slog.Handler {
	var b strings.Builder
	b.WriteString(h.prefix)
	for _, a := range as {
		b.WriteString(a.String())
		b.WriteByte('|')
	}
	return &DedupHandler{inner: h.inner.WithAttrs(as), window: h.window, prefix: b.String(), state: h.state}
}

// WithGroup implements slog.Handler.
func (h *DedupHandler) WithGroup(name string) slog.Handler {
	return &DedupHandler{inner: h.inner.WithGroup(name), window: h.window, prefix: h.prefix + name + ".", state: h.state}
}
