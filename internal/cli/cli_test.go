package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// testNow is the fixed clock of test apps.
var testNow = time.Date(2026, 3, 10, 9, 30, 0, 0, time.UTC)

// newTestApp returns an App that touches nothing outside a temporary
// folder: config and data folders inside it, an empty environment, empty
// standard input, a fixed clock, and no terminal UI. Tests change its
// fields (Getenv, Stdin, Now) before running commands.
func newTestApp(t *testing.T) *App {
	t.Helper()
	dir := t.TempDir()
	cfgDir := filepath.Join(dir, "config")
	dataDir := filepath.Join(dir, "data")
	for _, d := range []string{cfgDir, dataDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return &App{
		DBPath:     filepath.Join(dataDir, "inmail.db"),
		ConfigPath: filepath.Join(cfgDir, "config.yaml"),
		ConfigDir:  cfgDir,
		DataDir:    dataDir,
		Now:        func() time.Time { return testNow },
		Getenv:     func(string) string { return "" },
		Stdin:      strings.NewReader(""),
		NoTUI:      true,
	}
}

// envOf returns a Getenv that reads from m.
func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// runCLI runs one command line against a and returns what it printed and
// its exit code. Each call builds a fresh command tree, as a process would.
func runCLI(t *testing.T, a *App, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Execute(context.Background(), a, args, &out, &errOut)
	return out.String(), errOut.String(), code
}

// writeFile creates path (and its folders) with content.
func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestVersion(t *testing.T) {
	out, errOut, code := runCLI(t, newTestApp(t), "--version")
	if code != ExitOK || out != "inmail dev\n" || errOut != "" {
		t.Errorf("--version: code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestNoArgsNeedsATerminal(t *testing.T) {
	_, errOut, code := runCLI(t, newTestApp(t))
	if code != ExitBadInput || !strings.Contains(errOut, "needs a terminal") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
}

func TestUnknownCommandIsBadInput(t *testing.T) {
	_, errOut, code := runCLI(t, newTestApp(t), "templatez")
	if code != ExitBadInput || !strings.Contains(errOut, "unknown command") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
}

// TestEveryCommandHasHelpWithAnExample walks the whole command tree, so a
// command added later without an example fails here.
func TestEveryCommandHasHelpWithAnExample(t *testing.T) {
	a := newTestApp(t)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
			return
		}
		t.Run(c.CommandPath(), func(t *testing.T) {
			if c.Example == "" || c.Short == "" {
				t.Errorf("%q needs a Short and an Example", c.CommandPath())
			}
			args := append(strings.Fields(c.CommandPath())[1:], "--help")
			out, _, code := runCLI(t, a, args...)
			desc := c.Long
			if desc == "" {
				desc = c.Short
			}
			// fang lays the help out in blocks; compare the words.
			words := func(s string) string { return strings.Join(strings.Fields(s), " ") }
			firstExample, _, _ := strings.Cut(strings.TrimSpace(c.Example), "\n")
			if code != ExitOK || !strings.Contains(out, "EXAMPLES") || !strings.Contains(words(out), words(desc)) ||
				!strings.Contains(words(out), words(firstExample)[:min(40, len(words(firstExample)))]) {
				t.Errorf("%v: code %d, help:\n%s", args, code, out)
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(NewRootCmd(a))
}
