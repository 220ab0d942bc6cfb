package arlocal

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"regexp"
	"strconv"
	"sync"
	"testing"
)

// Faulty is a gateway in front of a Server that misbehaves on demand, as a dishonest
// or failing gateway would: it alters the data it serves, or loses the data of the
// transactions posted through it. Everything else passes through unchanged.
type Faulty struct {
	URL string

	mu     sync.Mutex
	tamper map[string]bool // tx id → flip a byte of the data served
	lose   bool            // drop the data of transactions posted (inline data and chunks)
}

// NewFaulty starts a faulty gateway in front of s for the test.
func NewFaulty(t testing.TB, s *Server) *Faulty {
	t.Helper()
	target, err := url.Parse(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	f := &Faulty{tamper: map[string]bool{}}
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ModifyResponse = func(r *http.Response) error {
		m := dataPath.FindStringSubmatch(r.Request.URL.Path)
		if r.Request.Method != http.MethodGet || m == nil || r.StatusCode != http.StatusOK {
			return nil
		}
		f.mu.Lock()
		bad := f.tamper[m[1]]
		f.mu.Unlock()
		if !bad {
			return nil
		}
		b, err := io.ReadAll(r.Body)
		r.Body.Close()
		if err != nil {
			return err
		}
		if len(b) > 0 {
			b[len(b)/2] ^= 0x01
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
		r.ContentLength = int64(len(b))
		r.Header.Set("Content-Length", strconv.Itoa(len(b)))
		return nil
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		lose := f.lose
		f.mu.Unlock()
		if lose && r.Method == http.MethodPost {
			switch r.URL.Path {
			case "/chunk":
				io.Copy(io.Discard, r.Body)
				w.Write([]byte("{}"))
				return
			case "/tx":
				var tx map[string]any
				if json.NewDecoder(r.Body).Decode(&tx) == nil {
					tx["data"] = ""
					b, _ := json.Marshal(tx)
					r.Body = io.NopCloser(bytes.NewReader(b))
					r.ContentLength = int64(len(b))
					r.Header.Set("Content-Length", strconv.Itoa(len(b)))
				}
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	f.URL = srv.URL
	return f
}

var dataPath = regexp.MustCompile(`^/([A-Za-z0-9_-]{43})/?$`)

// Tamper makes the gateway serve the data of transaction id with one byte changed.
func (f *Faulty) Tamper(id string, on bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tamper[id] = on
}

// LoseData makes the gateway accept the transactions posted through it but drop
// their data (the header is kept: the body is then missing).
func (f *Faulty) LoseData(on bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lose = on
}
