package config

import (
	"os"
	"strings"
	"testing"
)

// TestDocumentsEveryField: docs/config.md has a row for every field of the file
// (by its dotted JSON path), so the documentation cannot lag the code.
func TestDocumentsEveryField(t *testing.T) {
	b, err := os.ReadFile("../../docs/config.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for _, path := range FieldPaths() {
		last := path[strings.LastIndex(path, ".")+1:]
		if !strings.Contains(doc, "| `"+path+"` |") && !strings.Contains(doc, "| `"+last+"` |") {
			t.Errorf("docs/config.md has no row for %s", path)
		}
	}
}
