// Package arlocal runs arlocal, a real local Arweave gateway (npm arlocal 1.1.0), for
// tests, and checks with the official Arweave JS client (npm arweave) every
// transaction and chunk a Go client posted. Both come from scripts/arweave (installed
// by scripts/deps.sh); a missing install fails the test naming the script to run.
//
// Each Server is its own node process with its own database directory (t.TempDir) on
// a free loopback port; it stops when the test ends (its standard input closes, and
// it is killed if it lingers). arlocal does not check signatures, which is why every
// body posted through a Recorder is verified by Verify with arweave-js.
//
// Cost: starting arlocal takes about 1–2 s of one core and ~80 MB; Verify about 1 s.
package arlocal

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whitepay/whitepay/settle/da/arweave"
)

// Dir returns scripts/arweave of the repository holding the working directory.
func Dir() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "scripts", "arweave"), nil
		}
		p := filepath.Dir(d)
		if p == d {
			return "", fmt.Errorf("arlocal: no go.mod above the working directory")
		}
		d = p
	}
}

func installed(t testing.TB) string {
	t.Helper()
	dir, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "arlocal", "package.json")); err != nil {
		t.Fatalf("arlocal is not installed (%v): run scripts/deps.sh", err)
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatalf("node not found: run scripts/deps.sh")
	}
	return dir
}

// Server is a running arlocal.
type Server struct {
	URL    string
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	waited chan struct{}
	logs   *strings.Builder
	logMu  sync.Mutex
}

// Start starts arlocal for the test.
func Start(t testing.TB) *Server {
	t.Helper()
	dir := installed(t)
	cmd := exec.Command("node", filepath.Join(dir, "serve.js"), t.TempDir())
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{cmd: cmd, stdin: stdin, waited: make(chan struct{}), logs: &strings.Builder{}}
	cmd.Stderr = &lockedWriter{s}
	if err := cmd.Start(); err != nil {
		t.Fatalf("arlocal: starting node: %v", err)
	}
	go func() { cmd.Wait(); close(s.waited) }()
	t.Cleanup(s.stop)
	port := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if p, ok := strings.CutPrefix(sc.Text(), "PORT "); ok {
				port <- p
			}
		}
	}()
	select {
	case p := <-port:
		s.URL = "http://127.0.0.1:" + p
	case <-s.waited:
		t.Fatalf("arlocal exited at start: %s", s.log())
	case <-time.After(2 * time.Minute):
		t.Fatalf("arlocal did not start in 2 minutes: %s", s.log())
	}
	return s
}

type lockedWriter struct{ s *Server }

func (w *lockedWriter) Write(b []byte) (int, error) {
	w.s.logMu.Lock()
	defer w.s.logMu.Unlock()
	if w.s.logs.Len() < 1<<16 {
		w.s.logs.Write(b)
	}
	return len(b), nil
}

func (s *Server) log() string {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	return s.logs.String()
}

func (s *Server) stop() {
	s.stdin.Close()
	select {
	case <-s.waited:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-s.waited
	}
}

// Client returns a client of the server whose posts go to rec (if not nil).
func (s *Server) Client(t testing.TB, rec *Recorder) *arweave.Client {
	t.Helper()
	c, err := arweave.NewClient(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	if rec != nil {
		c.OnPost = rec.Record
	}
	return c
}

// Mine mines a block.
func (s *Server) Mine(t testing.TB) {
	t.Helper()
	c, _ := arweave.NewClient(s.URL)
	if err := c.Mine(context.Background()); err != nil {
		t.Fatalf("arlocal: mine: %v", err)
	}
}

// Recorder keeps every body a client posted, for Verify.
type Recorder struct {
	mu    sync.Mutex
	lines [][]byte
	txs   int
}

// Record is an arweave.Client OnPost hook.
func (r *Recorder) Record(kind string, body []byte) {
	line, _ := json.Marshal(struct {
		Kind string          `json:"kind"`
		Body json.RawMessage `json:"body"`
	}{kind, body})
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lines = append(r.lines, line)
	if kind == "tx" {
		r.txs++
	}
}

// Txs returns the number of transactions recorded.
func (r *Recorder) Txs() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.txs
}

// Verify checks every recorded transaction and chunk with the official JS client
// (scripts/arweave/verify.js) and fails the test on any failure; it returns the
// number of items that passed.
func (r *Recorder) Verify(t testing.TB) int {
	t.Helper()
	dir := installed(t)
	r.mu.Lock()
	f := filepath.Join(t.TempDir(), "posted.jsonl")
	var b strings.Builder
	for _, l := range r.lines {
		b.Write(l)
		b.WriteByte('\n')
	}
	n := len(r.lines)
	r.mu.Unlock()
	if n == 0 {
		t.Fatal("arlocal: nothing was posted to verify")
	}
	if err := os.WriteFile(f, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join(dir, "verify.js"), f)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("arweave-js rejects what the Go client posted: %v\n%s", err, out)
	}
	var passed, failed int
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if _, err := fmt.Sscanf(l, "%d passed, %d failed", &passed, &failed); err == nil {
			break
		}
	}
	if failed != 0 || passed != n {
		t.Fatalf("arweave-js verified %d of %d posted items (%d failed):\n%s", passed, n, failed, out)
	}
	return passed
}
