package main

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

type refSample struct {
	h, k  uint64
	space *big.Int
}

// refST is an independent block-by-block reading of SPEC 4: at block t the space is
// that of the last sample, in (height, keeper) order, at or before t, provided t is
// less than G blocks after it.
func refST(samples []refSample, ts, te, g uint64) *big.Int {
	s := append([]refSample(nil), samples...)
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].h != s[j].h {
			return s[i].h < s[j].h
		}
		return s[i].k < s[j].k
	})
	st := new(big.Int)
	for t := ts; t < te; t++ {
		j := -1
		for i := range s {
			if s[i].h <= t {
				j = i
			}
		}
		if j >= 0 && t-s[j].h < g {
			st.Add(st, s[j].space)
		}
	}
	return st
}

func writeFile(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "samples")
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSpacetimeMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for iter := range 150 {
		var samples []refSample
		var b strings.Builder
		if iter%3 == 0 {
			b.WriteString("# height,keeper,space\n\n")
		}
		for range r.IntN(30) {
			// Small ranges: some (height, keeper) pairs repeat, with other spaces.
			h, k := r.Uint64N(60), r.Uint64N(3)
			sp := new(big.Int).Lsh(big.NewInt(int64(r.IntN(1<<20))), uint(r.IntN(100)))
			samples = append(samples, refSample{h, k, sp})
			pad := strings.Repeat(" ", r.IntN(3))
			fmt.Fprintf(&b, "%s%d,%s%d%s,%s%s\n", pad, h, pad, k, pad, sp, pad)
			if r.IntN(5) == 0 {
				b.WriteString("   # a comment\n")
			}
		}
		ts := r.Uint64N(80)
		te := ts + r.Uint64N(80-ts+1)
		g := r.Uint64N(40)
		price := new(big.Int).Mul(big.NewInt(int64(r.IntN(1000000))), big.NewInt(1e15)) // × 1e18 scale: amounts not all rounded away
		path := writeFile(t, b.String())
		args := []string{"spacetime", "--ts", fmt.Sprint(ts), "--te", fmt.Sprint(te), "--stale", fmt.Sprint(g), "--samples", path}
		want := refST(samples, ts, te, g)

		out, err := execRoot(t, "", args...)
		if err != nil {
			t.Fatal(err)
		}
		if exp := `{"st":"` + want.String() + `"}` + "\n"; out != exp {
			t.Fatalf("iter %d: %q, want %q", iter, out, exp)
		}
		out, err = execRoot(t, "", append(args, "--price", price.String())...)
		amount := new(big.Int).Quo(new(big.Int).Mul(want, price), big.NewInt(1e18))
		if exp := `{"st":"` + want.String() + `","amount":"` + amount.String() + `"}` + "\n"; err != nil || out != exp {
			t.Fatalf("iter %d: %q, want %q (%v)", iter, out, exp, err)
		}
	}
}

func TestSpacetimeHandWorked(t *testing.T) {
	// Sample at 10 (keeper 0, 5 B) counts on [10, 13), cut by the next sample; the
	// sample at 13 (keeper 1, 10^23 B) counts on [13, 23) (G = 10).
	path := writeFile(t, "# comment\n10,0,5\n 13 , 1 , 100000000000000000000000 \r\n\n")
	out, err := execRoot(t, "", "spacetime", "--ts", "0", "--te", "100", "--stale", "10", "--samples", path, "--price", "3000000000000000000")
	if err != nil || out != `{"st":"1000000000000000000000015","amount":"3000000000000000000000045"}`+"\n" {
		t.Fatalf("%q %v", out, err)
	}
	// Carry-in from before ts, cut at te: [5, 13) ∩ [10, 12) = 2 blocks.
	path = writeFile(t, "5,0,7\n")
	if out, _ := execRoot(t, "", "spacetime", "--ts", "10", "--te", "12", "--stale", "8", "--samples", path); out != `{"st":"14"}`+"\n" {
		t.Fatalf("%q", out)
	}
	// Leading zeros are decimal, not octal.
	if out, _ := execRoot(t, "", "spacetime", "--ts", "010", "--te", "012", "--stale", "08", "--samples", path); out != `{"st":"14"}`+"\n" {
		t.Fatalf("leading zeros: %q", out)
	}
	// No samples, empty interval.
	path = writeFile(t, "")
	if out, _ := execRoot(t, "", "spacetime", "--ts", "0", "--te", "50", "--stale", "8", "--samples", path, "--price", "9"); out != `{"st":"0","amount":"0"}`+"\n" {
		t.Fatalf("%q", out)
	}
	if out, _ := execRoot(t, "", "spacetime", "--ts", "7", "--te", "7", "--stale", "8", "--samples", "-"); out != `{"st":"0"}`+"\n" {
		t.Fatalf("%q", out)
	}
	// Standard input.
	if out, _ := execRoot(t, "1,0,2\n", "spacetime", "--ts", "0", "--te", "10", "--stale", "3", "--samples", "-"); out != `{"st":"6"}`+"\n" {
		t.Fatalf("stdin: %q", out)
	}
}

func TestSpacetimeErrors(t *testing.T) {
	good := writeFile(t, "1,0,5\n")
	cases := []struct {
		name    string
		content string
		args    []string
		code    int
		msg     string
	}{
		{"te before ts", "", []string{"--ts", "5", "--te", "4", "--stale", "1"}, 2, "before"},
		{"missing --stale", "", []string{"--ts", "5", "--te", "6"}, 2, "stale"},
		{"negative ts", "", []string{"--ts", "-1", "--te", "6", "--stale", "1"}, 2, "--ts"},
		{"hex te", "", []string{"--ts", "1", "--te", "0x10", "--stale", "1"}, 2, "--te"},
		{"te above 2^64", "", []string{"--ts", "1", "--te", "18446744073709551616", "--stale", "1"}, 2, "--te"},
		{"bad price", "", []string{"--ts", "1", "--te", "5", "--stale", "1", "--price", "1.5"}, 2, "--price"},
		{"negative price", "", []string{"--ts", "1", "--te", "5", "--stale", "1", "--price", "-2"}, 2, "--price"},
		{"two fields", "1,0,5\n# ok\n2,3\n", []string{"--ts", "0", "--te", "5", "--stale", "1"}, 1, `line 3 "2,3"`},
		{"letters", "x,0,5\n", []string{"--ts", "0", "--te", "5", "--stale", "1"}, 1, `line 1 "x,0,5"`},
		{"negative space", "\n\n1,0,-5\n", []string{"--ts", "0", "--te", "5", "--stale", "1"}, 1, `line 3 "1,0,-5"`},
		{"trailing comment", "1,0,5 # no\n", []string{"--ts", "0", "--te", "5", "--stale", "1"}, 1, "line 1"},
		{"extra argument", "", []string{"--ts", "0", "--te", "5", "--stale", "1", "extra"}, 2, "unknown command"},
	}
	for _, c := range cases {
		path := good
		if c.content != "" {
			path = writeFile(t, c.content)
		}
		args := append([]string{"spacetime", "--samples", path}, c.args...)
		out, errs, code := runWhitepay(t, "", args...)
		if code != c.code || out != "" || !strings.Contains(errs, c.msg) {
			t.Errorf("%s: code %d stdout %q stderr %q; want code %d and %q", c.name, code, out, errs, c.code, c.msg)
		}
	}
	// Same height and keeper twice with different spaces: the later line counts, with
	// a warning on standard error: 6 × [1, 3) + 1 × [3, 5) = 14.
	out, errs, code := runWhitepay(t, "", "spacetime", "--ts", "0", "--te", "5", "--stale", "2", "--samples", writeFile(t, "1,0,5\n1,0,6\n3,1,1\n"))
	if code != 0 || out != `{"st":"14"}`+"\n" || !strings.Contains(errs, "warning") {
		t.Errorf("repeated sample: %d %q %q", code, out, errs)
	}
	out, errs, code = runWhitepay(t, "", "spacetime", "--ts", "0", "--te", "5", "--stale", "1", "--samples", filepath.Join(t.TempDir(), "none"))
	if code != 1 || out != "" || !strings.Contains(errs, "no such file") {
		t.Errorf("missing file: %d %q %q", code, out, errs)
	}
}
