package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestHelpTexts checks the help of every command (issue 13: help texts named the
// wrong role or left out withdraw): each has a Short and a Use starting with its
// name; a group's Short lists every visible subcommand; a keeper or provider
// subcommand's Short names its role; every flag has a usage text; and every
// `whitepay …` command line quoted in a help text names commands that exist.
func TestHelpTexts(t *testing.T) {
	root := newRootCmd()
	quoted := regexp.MustCompile("whitepay ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)?)")
	var walk func(c *cobra.Command, path string)
	walk = func(c *cobra.Command, path string) {
		if c.Hidden {
			return
		}
		if strings.TrimSpace(c.Short) == "" {
			t.Errorf("%s: no Short", path)
		}
		if f := strings.Fields(c.Use); len(f) == 0 || f[0] != c.Name() {
			t.Errorf("%s: Use %q does not start with the command's name", path, c.Use)
		}
		for _, sub := range c.Commands() {
			if c != root && !sub.Hidden && sub.Name() != "help" && sub.Name() != "completion" && !containsWord(c.Short, sub.Name()) {
				t.Errorf("%s: Short %q does not list subcommand %s", path, c.Short, sub.Name())
			}
		}
		if parts := strings.Fields(path); len(parts) == 3 && (parts[1] == "keeper" || parts[1] == "provider") {
			if !strings.Contains(strings.ToLower(c.Short), parts[1]) {
				t.Errorf("%s: Short %q does not name the %s", path, c.Short, parts[1])
			}
			other := map[string]string{"keeper": "provider", "provider": "keeper"}[parts[1]]
			if strings.Contains(c.Short, "the "+other+" ") || strings.Contains(c.Short, "this "+other) {
				t.Errorf("%s: Short %q speaks of the %s", path, c.Short, other)
			}
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if strings.TrimSpace(f.Usage) == "" {
				t.Errorf("%s --%s: no usage text", path, f.Name)
			}
		})
		for _, m := range quoted.FindAllStringSubmatch(c.Short+"\n"+c.Long, -1) {
			if !resolves(root, strings.Fields(m[1])) {
				t.Errorf("%s: help quotes `whitepay %s`, which is not a command", path, m[1])
			}
		}
		for _, sub := range c.Commands() {
			walk(sub, path+" "+sub.Name())
		}
	}
	walk(root, "whitepay")
	// The commands issue 13 names are there.
	for _, want := range [][]string{{"version"}, {"keeper", "withdraw"}, {"provider", "withdraw"}, {"user", "status"}} {
		if !resolves(root, want) {
			t.Errorf("no command whitepay %s", strings.Join(want, " "))
		}
	}
}

func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '|' || r == ',' || r == ':' || r == '(' || r == ')' }) {
		if f == w {
			return true
		}
	}
	return false
}

// resolves reports whether args name a command path (the first word a top-level
// command; a second word counts only when the first has subcommands).
func resolves(root *cobra.Command, args []string) bool {
	c := root
	for i, a := range args {
		var next *cobra.Command
		for _, s := range c.Commands() {
			if s.Name() == a {
				next = s
			}
		}
		if next == nil {
			return i > 0 && !c.HasSubCommands()
		}
		c = next
	}
	return true
}
