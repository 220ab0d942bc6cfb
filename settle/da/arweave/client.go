package arweave

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Errors callers branch on.
var (
	// ErrNotFound: the gateway does not know the transaction (HTTP 404).
	ErrNotFound = errors.New("arweave: transaction not found")
	// ErrPending: the transaction is known but not mined yet (HTTP 202).
	ErrPending = errors.New("arweave: transaction pending")
)

// MaxInline is the largest data posted inside the transaction; larger data is posted
// as chunks after the header (arweave-js posts data inline up to one chunk).
const MaxInline = MaxChunkSize

// Client speaks the Arweave HTTP API of one gateway or node (arlocal in tests).
type Client struct {
	base string
	http *http.Client
	// OnPost, if set, is called with every body the client posts (kind "tx" for
	// POST /tx, "chunk" for POST /chunk) before it is sent: the tests hand them to
	// the official JS client to verify.
	OnPost func(kind string, body []byte)
}

// NewClient returns a client of the gateway at base (e.g. http://127.0.0.1:1984).
func NewClient(base string) (*Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("arweave: gateway URL %q (want http[s]://HOST[:PORT])", base)
	}
	return &Client{base: strings.TrimSuffix(base, "/"), http: &http.Client{Timeout: 60 * time.Second}}, nil
}

// Base returns the gateway URL.
func (c *Client) Base() string { return c.base }

// HTTPError is a gateway answer other than the one expected.
type HTTPError struct {
	Method, Path string
	Status       int
	Body         string
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("arweave: %s %s: HTTP %d: %s", e.Method, e.Path, e.Status, e.Body)
}

func (c *Client) do(ctx context.Context, method, path string, body []byte, max int64) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return 0, nil, fmt.Errorf("arweave: %w", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("arweave: %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return resp.StatusCode, nil, fmt.Errorf("arweave: %s %s: reading the answer: %w", method, path, err)
	}
	if int64(len(out)) > max {
		return resp.StatusCode, nil, fmt.Errorf("arweave: %s %s: answer over %d bytes", method, path, max)
	}
	return resp.StatusCode, out, nil
}

func short(b []byte) string {
	if len(b) > 200 {
		b = b[:200]
	}
	return strings.TrimSpace(string(b))
}

func (c *Client) get(ctx context.Context, path string, max int64) ([]byte, error) {
	st, b, err := c.do(ctx, http.MethodGet, path, nil, max)
	if err != nil {
		return nil, err
	}
	switch st {
	case http.StatusOK:
		return b, nil
	case http.StatusNotFound:
		return nil, fmt.Errorf("%w: GET %s", ErrNotFound, path)
	case http.StatusAccepted:
		return nil, fmt.Errorf("%w: GET %s", ErrPending, path)
	}
	return nil, &HTTPError{http.MethodGet, path, st, short(b)}
}

func (c *Client) post(ctx context.Context, kind, path string, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("arweave: %w", err)
	}
	if c.OnPost != nil {
		c.OnPost(kind, body)
	}
	st, b, err := c.do(ctx, http.MethodPost, path, body, 1<<20)
	if err != nil {
		return err
	}
	if st != http.StatusOK && st != http.StatusAccepted {
		return &HTTPError{http.MethodPost, path, st, short(b)}
	}
	return nil
}

// Anchor returns a transaction anchor (GET /tx_anchor: a recent block hash).
func (c *Client) Anchor(ctx context.Context) ([]byte, error) {
	b, err := c.get(ctx, "/tx_anchor", 1<<10)
	if err != nil {
		return nil, err
	}
	a, err := b64.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(a) == 0 || len(a) > 48 {
		return nil, fmt.Errorf("arweave: GET /tx_anchor: %q is not an anchor", short(b))
	}
	return a, nil
}

// Price returns the fee in winston for size bytes of data (GET /price/{size}).
func (c *Client) Price(ctx context.Context, size int) (string, error) {
	b, err := c.get(ctx, "/price/"+strconv.Itoa(size), 1<<10)
	if err != nil {
		return "", err
	}
	p := strings.TrimSpace(string(b))
	if _, err := strconv.ParseUint(p, 10, 64); err != nil {
		return "", fmt.Errorf("arweave: GET /price: %q is not a winston amount", short(b))
	}
	return p, nil
}

// chunkJSON is the body of POST /chunk.
type chunkJSON struct {
	DataRoot string `json:"data_root"`
	DataSize string `json:"data_size"`
	DataPath string `json:"data_path"`
	Offset   string `json:"offset"`
	Chunk    string `json:"chunk"`
}

// Submit builds a transaction carrying data with tags, signs it with w (anchor and
// fee from the gateway) and uploads it.
func (c *Client) Submit(ctx context.Context, w *Wallet, data []byte, tags []Tag) (*Tx, error) {
	anchor, err := c.Anchor(ctx)
	if err != nil {
		return nil, err
	}
	reward, err := c.Price(ctx, len(data))
	if err != nil {
		return nil, err
	}
	tx := NewTx(data, tags, anchor, reward)
	if err := tx.Sign(w); err != nil {
		return nil, err
	}
	return tx, c.Upload(ctx, tx, data)
}

// Upload posts a signed transaction and its data: inline up to MaxInline, otherwise
// the header without data, then every chunk with its proof (POST /chunk).
func (c *Client) Upload(ctx context.Context, tx *Tx, data []byte) error {
	if err := tx.VerifyData(data); err != nil {
		return err
	}
	hdr := *tx
	hdr.Data = nil
	if len(data) <= MaxInline {
		hdr.Data = data
	}
	if err := c.post(ctx, "tx", "/tx", &hdr); err != nil {
		return fmt.Errorf("arweave: posting transaction %s: %w", tx.ID, err)
	}
	if hdr.Data != nil {
		return nil
	}
	_, chunks := Chunks(data)
	for i, ch := range chunks {
		body := chunkJSON{
			DataRoot: b64.EncodeToString(tx.DataRoot), DataSize: strconv.FormatInt(tx.DataSize, 10),
			DataPath: b64.EncodeToString(ch.Path), Offset: strconv.Itoa(ch.Offset()),
			Chunk: b64.EncodeToString(data[ch.Min:ch.Max]),
		}
		if err := c.post(ctx, "chunk", "/chunk", body); err != nil {
			return fmt.Errorf("arweave: chunk %d of %d of transaction %s: %w", i+1, len(chunks), tx.ID, err)
		}
	}
	return nil
}

// Tx returns the header of transaction id (GET /tx/{id}); ErrNotFound, ErrPending.
func (c *Client) Tx(ctx context.Context, id ID) (*Tx, error) {
	b, err := c.get(ctx, "/tx/"+id.String(), 1<<20)
	if err != nil {
		return nil, err
	}
	var tx Tx
	if err := json.Unmarshal(b, &tx); err != nil {
		return nil, fmt.Errorf("arweave: GET /tx/%s: %w", id, err)
	}
	if tx.ID != id {
		return nil, fmt.Errorf("arweave: GET /tx/%s answered transaction %s", id, tx.ID)
	}
	return &tx, nil
}

// Data returns the data of transaction id as the gateway serves it (GET /{id}),
// refusing more than max bytes. It does not check the data: Tx.VerifyData does.
func (c *Client) Data(ctx context.Context, id ID, max int64) ([]byte, error) {
	return c.get(ctx, "/"+id.String(), max)
}

// Found is a transaction a query found: its id and block height (−1: not mined).
type Found struct {
	ID     ID
	Height int64
}

// FindByTag returns the transactions carrying tag name = value (GraphQL), mined ones
// first in height order, then pending ones; at most limit (≤ 1000).
func (c *Client) FindByTag(ctx context.Context, name, value string, limit int) ([]Found, error) {
	const q = `query($name: String!, $value: String!, $first: Int!, $after: String) {
  transactions(tags: [{name: $name, values: [$value]}], first: $first, after: $after, sort: HEIGHT_ASC) {
    pageInfo { hasNextPage }
    edges { cursor node { id block { height } } }
  }
}`
	var out []Found
	var after *string
	for len(out) < limit {
		vars := map[string]any{"name": name, "value": value, "first": min(100, limit-len(out)), "after": after}
		body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
		if err != nil {
			return nil, err
		}
		st, b, err := c.do(ctx, http.MethodPost, "/graphql", body, 4<<20)
		if err != nil {
			return nil, err
		}
		if st != http.StatusOK {
			return nil, &HTTPError{http.MethodPost, "/graphql", st, short(b)}
		}
		var r struct {
			Data struct {
				Transactions struct {
					PageInfo struct{ HasNextPage bool }
					Edges    []struct {
						Cursor string
						Node   struct {
							ID    string
							Block *struct{ Height int64 }
						}
					}
				}
			}
			Errors []struct{ Message string }
		}
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("arweave: GraphQL answer: %w", err)
		}
		if len(r.Errors) > 0 {
			return nil, fmt.Errorf("arweave: GraphQL: %s", r.Errors[0].Message)
		}
		tx := r.Data.Transactions
		for _, e := range tx.Edges {
			id, err := ParseID(e.Node.ID)
			if err != nil {
				return nil, err
			}
			f := Found{ID: id, Height: -1}
			if e.Node.Block != nil {
				f.Height = e.Node.Block.Height
			}
			out = append(out, f)
		}
		if !tx.PageInfo.HasNextPage || len(tx.Edges) == 0 {
			break
		}
		cur := tx.Edges[len(tx.Edges)-1].Cursor
		after = &cur
	}
	// Mined first by height (stable: the gateway's order within a block), pending last.
	mined := out[:0:0]
	var pending []Found
	for _, f := range out {
		if f.Height < 0 {
			pending = append(pending, f)
		} else {
			mined = append(mined, f)
		}
	}
	for i := 1; i < len(mined); i++ {
		for j := i; j > 0 && mined[j].Height < mined[j-1].Height; j-- {
			mined[j], mined[j-1] = mined[j-1], mined[j]
		}
	}
	return append(mined, pending...), nil
}

// Mine asks arlocal to mine a block (GET /mine; arlocal only, for tests and devnets).
func (c *Client) Mine(ctx context.Context) error {
	_, err := c.get(ctx, "/mine", 1<<20)
	return err
}
