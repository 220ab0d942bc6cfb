// Package fuzzcorpus keeps the committed seed corpora of the repository's fuzz
// targets (issue 8, item 3). A target adds its seeds with Add instead of f.Add;
// when the environment variable WHITEPAY_WRITE_FUZZ_SEEDS is 1, Add also writes
// each seed as a file of testdata/fuzz/<FuzzName>/ in Go's corpus format
// ("go test fuzz v1"), so that the seeds, generated from real valid encodings,
// are committed next to the inputs the fuzzer found (scripts/fuzz.sh --save).
//
// Decisions taken where SPEC is silent:
//
//   - A seed file is named "seed-" and the first 16 hex digits of the SHA-256 of
//     its content, so regenerating is idempotent and never collides with the
//     fuzzer's own names (which are the bare hash).
//   - Only seeds of at most MaxSeedLen encoded bytes are written, and at most
//     MaxFiles files per target: the committed corpus stays small; every seed is
//     still added to f.
//
// The package is imported only by tests.
package fuzzcorpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// EnvWrite is the environment variable that turns on writing seed files.
const EnvWrite = "WHITEPAY_WRITE_FUZZ_SEEDS"

// MaxSeedLen bounds the size of a seed file written by Add.
const MaxSeedLen = 16 << 10

// MaxFiles bounds the number of files Add writes into one target's directory.
const MaxFiles = 30

// Add adds vals as a seed of f and, when EnvWrite is "1", writes it to the
// package's testdata/fuzz/<f.Name()>/ directory.
func Add(f *testing.F, vals ...any) {
	f.Helper()
	f.Add(vals...)
	if os.Getenv(EnvWrite) != "1" {
		return
	}
	data, err := Marshal(vals...)
	if err != nil {
		f.Fatalf("fuzzcorpus: %v", err)
	}
	if len(data) > MaxSeedLen {
		return
	}
	dir := filepath.Join("testdata", "fuzz", f.Name())
	if entries, _ := os.ReadDir(dir); len(entries) >= MaxFiles {
		return
	}
	if err := WriteFile(dir, data); err != nil {
		f.Fatalf("fuzzcorpus: %v", err)
	}
}

// WriteFile writes one corpus file into dir, named after its content.
func WriteFile(dir string, data []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	return os.WriteFile(filepath.Join(dir, "seed-"+hex.EncodeToString(sum[:8])), data, 0o644)
}

// Marshal encodes vals in Go's corpus file format (the format of
// internal/fuzz.marshalCorpusFile, version 1).
func Marshal(vals ...any) ([]byte, error) {
	var b strings.Builder
	b.WriteString("go test fuzz v1\n")
	for _, v := range vals {
		switch t := v.(type) {
		case int, int8, int16, int64, uint, uint16, uint32, uint64, bool:
			fmt.Fprintf(&b, "%T(%v)\n", t, t)
		case int32:
			fmt.Fprintf(&b, "int32(%v)\n", t)
		case byte:
			fmt.Fprintf(&b, "byte(%q)\n", t)
		case string:
			fmt.Fprintf(&b, "string(%q)\n", t)
		case []byte:
			fmt.Fprintf(&b, "[]byte(%q)\n", t)
		default:
			return nil, fmt.Errorf("unsupported seed type %T", v)
		}
	}
	return []byte(b.String()), nil
}
