package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestCLIHelperProcess is not a test: it runs the binary's run() in a child process
// started by runWhitepay, so that tests see real exit codes, stdout and stderr.
func TestCLIHelperProcess(t *testing.T) {
	if os.Getenv("WHITEPAY_CLI_HELPER") != "1" {
		return
	}
	var args []string
	if err := json.Unmarshal([]byte(os.Getenv("WHITEPAY_CLI_ARGS")), &args); err != nil {
		os.Exit(99)
	}
	os.Exit(run(context.Background(), args))
}

// runWhitepay runs `whitepay args…` as a child process with stdin and returns its
// stdout, stderr and exit code.
func runWhitepay(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCLIHelperProcess$")
	enc, _ := json.Marshal(args)
	cmd.Env = append(os.Environ(), "WHITEPAY_CLI_HELPER=1", "WHITEPAY_CLI_ARGS="+string(enc))
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// execRoot runs the cobra root command in process and returns stdout and the error.
func execRoot(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetIn(strings.NewReader(stdin))
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}
