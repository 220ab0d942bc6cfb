package obs

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestDedupHandlerLimitsRepeatedWarnings(t *testing.T) {
	var buf bytes.Buffer
	h := NewDedupHandler(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}), 10*time.Second)
	now := time.Unix(1000, 0)
	h.state.now = func() time.Time { return now }
	log := slog.New(h).With("role", "keeper")
	down := errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	for range 50 { // five a second for ten seconds, minus one tick
		log.Warn("chain head", "err", down)
		log.Info("tick")
		now = now.Add(190 * time.Millisecond)
	}
	log.Warn("chain head", "err", errors.New("another cause")) // a different cause is written at once
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	warns := 0
	for _, l := range lines {
		if strings.Contains(l, "level=WARN") {
			warns++
		}
	}
	if warns != 2 {
		t.Fatalf("%d warnings written, want 2 (first of the repeated cause, the other cause):\n%s", warns, buf.String())
	}
	if got := strings.Count(buf.String(), "level=INFO"); got != 50 {
		t.Fatalf("%d info lines, want all 50 (below warn nothing is limited)", got)
	}
	buf.Reset()
	now = now.Add(10 * time.Second)
	log.Warn("chain head", "err", down)
	if !strings.Contains(buf.String(), "repeated=49") {
		t.Fatalf("after the window the warning must carry the suppressed count 49: %q", buf.String())
	}
	buf.Reset()
	// Loggers derived with other attributes are other identities.
	slog.New(h).With("role", "provider").Warn("chain head", "err", down)
	if !strings.Contains(buf.String(), "role=provider") {
		t.Fatalf("a warning with other logger attributes was suppressed: %q", buf.String())
	}
}

func TestParseLevel(t *testing.T) {
	for in, want := range map[string]slog.Level{"debug": slog.LevelDebug, "INFO": slog.LevelInfo, "warn": slog.LevelWarn, "warning": slog.LevelWarn, "error": slog.LevelError} {
		got, err := ParseLevel(in)
		if err != nil || got != want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseLevel("verbose"); err == nil {
		t.Error("ParseLevel accepted verbose")
	}
}
