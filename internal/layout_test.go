package internal

import (
	"os/exec"
	"strings"
	"testing"
)

// module is this repository's module path.
const module = "github.com/whitepay/whitepay/"

// TestGroundOnly: no package under internal/ (nor its tests) depends on a node
// package — everything it reaches in this module is itself under internal/.
func TestGroundOnly(t *testing.T) {
	out, err := exec.Command("go", "list", "-test", "-deps", "-f", "{{.ImportPath}}", module+"internal/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		// "path" or, for a package recompiled for a test, "path [path.test]".
		p := strings.TrimSuffix(strings.Fields(line)[0], ".test")
		if !strings.HasPrefix(p, module) {
			continue
		}
		n++
		if !strings.HasPrefix(p, module+"internal") {
			t.Errorf("internal/ depends on the node package %s", p)
		}
	}
	if n < 10 {
		t.Fatalf("go list found only %d packages of this module: the check saw nothing", n)
	}
}
