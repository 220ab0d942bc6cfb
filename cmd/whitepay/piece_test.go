package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// refCommit is an independent, naive SPEC 3 commitment: zero-padded 4 KiB leaves,
// RFC 6962 recursion, all in memory.
func refCommit(data []byte) (string, int) {
	var hs [][32]byte
	for i := 0; i < len(data); i += 4096 {
		leaf := make([]byte, 4096)
		copy(leaf, data[i:min(i+4096, len(data))])
		hs = append(hs, sha256.Sum256(append([]byte{0}, leaf...)))
	}
	var mth func([][32]byte) [32]byte
	mth = func(h [][32]byte) [32]byte {
		if len(h) == 1 {
			return h[0]
		}
		k := 1
		for k*2 < len(h) {
			k *= 2
		}
		l, r := mth(h[:k]), mth(h[k:])
		return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...))
	}
	root := mth(hs)
	return "0x" + hex.EncodeToString(root[:]), len(hs)
}

func TestPieceCommitMatchesReference(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(3, 4))
	sizes := []int{1, 2, 4095, 4096, 4097, 8192, 8193, 3*4096 + 1, 7 * 4096, 8*4096 + 1, 17*4096 - 1, 33 * 4096, 100*4096 + 123}
	for _, size := range sizes {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(r.Uint32())
		}
		if size == 4097 {
			data = bytes.Repeat([]byte{0}, size) // zero data: padding must still differ from no leaf
		}
		path := filepath.Join(dir, "piece")
		os.WriteFile(path, data, 0o644)
		out, err := execRoot(t, "", "piece", "commit", path)
		if err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
			t.Fatalf("not exactly one line: %q", out)
		}
		var got struct {
			Root   string `json:"root"`
			Size   uint64 `json:"size"`
			Leaves uint64 `json:"leaves"`
		}
		dec := json.NewDecoder(strings.NewReader(out))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&got); err != nil {
			t.Fatalf("output %q: %v", out, err)
		}
		root, leaves := refCommit(data)
		if got.Root != root || got.Size != uint64(size) || got.Leaves != uint64(leaves) {
			t.Fatalf("size %d: got %+v, want root %s leaves %d", size, got, root, leaves)
		}
		want := `{"root":"` + root + `","size":` + itoa(size) + `,"leaves":` + itoa(leaves) + "}\n"
		if out != want {
			t.Fatalf("output %q, want %q", out, want)
		}
		// Standard input gives the same.
		if out2, err := execRoot(t, string(data), "piece", "commit", "-"); err != nil || out2 != out {
			t.Fatalf("stdin: %q %v", out2, err)
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestPieceCommitErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, nil, 0o644)
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"piece", "commit", empty}, 1, "empty"},
		{[]string{"piece", "commit", filepath.Join(dir, "missing")}, 1, "no such file"},
		{[]string{"piece", "commit", dir}, 1, "directory"},
		{[]string{"piece", "commit"}, 2, "accepts 1 arg"},
		{[]string{"piece", "commit", "a", "b"}, 2, "accepts 1 arg"},
	}
	for _, c := range cases {
		out, errs, code := runWhitepay(t, "", c.args...)
		if code != c.code || out != "" || !strings.Contains(errs, c.msg) {
			t.Errorf("%v: code %d stdout %q stderr %q; want code %d and %q", c.args, code, out, errs, c.code, c.msg)
		}
	}
	out, _, code := runWhitepay(t, "hello", "piece", "commit", "-")
	if root, _ := refCommit([]byte("hello")); code != 0 || !strings.Contains(out, root) {
		t.Errorf("stdin via the binary: %d %q", code, out)
	}
}
