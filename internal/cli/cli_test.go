package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
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
	if want := "inmail " + versionString() + "\n"; code != ExitOK || out != want || errOut != "" || !strings.HasPrefix(out, "inmail (devel)") {
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

func TestVersionFromBuildInfo(t *testing.T) {
	checkout := &debug.BuildInfo{Main: debug.Module{Path: "github.com/inmail/inmail", Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "189d633e1b2c9d8f7a6b5c4d3e2f1a0b9c8d7e6f"},
		{Key: "vcs.time", Value: "2026-12-04T08:46:13Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	clean := &debug.BuildInfo{Main: checkout.Main, Settings: checkout.Settings[:3]}
	installed := &debug.BuildInfo{Main: debug.Module{Path: "github.com/inmail/inmail", Version: "v1.2.0", Sum: "h1:x"}}
	for _, c := range []struct {
		name, ldflag string
		info         *debug.BuildInfo
		want         string
	}{
		{"a dirty checkout", "", checkout, "(devel) (revision 189d633e1b2c, 2026-12-04T08:46:13Z, dirty: uncommitted changes)"},
		{"a clean checkout", "", clean, "(devel) (revision 189d633e1b2c, 2026-12-04T08:46:13Z)"},
		{"go install @v1.2.0", "", installed, "v1.2.0"},
		{"-ldflags", "v1.3.0-rc1", clean, "v1.3.0-rc1 (revision 189d633e1b2c, 2026-12-04T08:46:13Z)"},
		{"no build info", "", nil, "(devel)"},
	} {
		if got := versionFrom(c.ldflag, c.info); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
