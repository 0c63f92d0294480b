package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestDemo(t *testing.T) {
	a := newTestApp(t)
	out, errOut, code := runCLI(t, a, "--db", a.DBPath, "demo", "--messages", "500", "--seed", "3")
	want := regexp.MustCompile(`^Wrote 500 messages \([1-9][0-9]* of them follow-ups\), [0-9,]+ outcome events and [1-9][0-9]* candidates to \S+inmail.db: 4 recruiters, ` + strconv.Itoa(builtInTemplates(t)) + ` templates, sent 2025-09-10 to 2026-03-10 \(seed 3, [0-9.]+s\)\.\n` +
		`Its recruiters: [^\n]+\. To open it as one, set recruiter: "[^"]+" in config.yaml\.\nTry: inmail --db \S+inmail.db report --by template,seniority\n$`)
	if code != ExitOK || errOut != "" || !want.MatchString(out) {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if n, _, _ := runCLI(t, a, "candidates", "list"); strings.Count(n, "\n") < 100 {
		t.Errorf("the demo saved few candidates:\n%s", n)
	}

	// It refuses a database that already has messages, and changes nothing.
	before, _ := os.ReadFile(a.DBPath)
	_, errOut, code = runCLI(t, a, "--db", a.DBPath, "demo")
	if code != ExitRefused || !strings.Contains(errOut, "already holds messages") {
		t.Errorf("second demo: code %d, stderr %q", code, errOut)
	}
	if after, _ := os.ReadFile(a.DBPath); string(after) != string(before) {
		t.Error("a refused demo changed the database")
	}

	// The same seed gives the same history, byte for byte once exported;
	// another seed another.
	export := func(db string) string {
		b := newTestApp(t)
		if _, errOut, code := runCLI(t, b, "--db", db, "demo", "--messages", "500", "--seed", "3"); code != ExitOK && !strings.Contains(errOut, "already") {
			t.Fatalf("demo into %s: %d %s", db, code, errOut)
		}
		out, _, code := runCLI(t, b, "--db", db, "export", "--format", "jsonl")
		if code != ExitOK {
			t.Fatalf("export %s: %d", db, code)
		}
		return out
	}
	dir := t.TempDir()
	first, second := export(filepath.Join(dir, "one.db")), export(filepath.Join(dir, "two.db"))
	if first != second || strings.Count(first, "\n") != 500 {
		t.Errorf("seed 3 gave two histories (%d and %d lines)", strings.Count(first, "\n"), strings.Count(second, "\n"))
	}
	if out, _, _ := runCLI(t, a, "export", "--format", "jsonl"); out != first {
		t.Error("the demo in the test app's database differs from the same seed elsewhere")
	}
	c := newTestApp(t)
	runCLI(t, c, "--db", c.DBPath, "demo", "--messages", "500", "--seed", "4")
	if out, _, _ := runCLI(t, c, "export", "--format", "jsonl"); out == first {
		t.Error("seeds 3 and 4 gave the same history")
	}
}

// TestDemoHasTheRecruiter: config.yaml's recruiter is one of the demo's,
// so the log opens on their messages.
func TestDemoHasTheRecruiter(t *testing.T) {
	a := newTestApp(t)
	writeFile(t, a.ConfigPath, "recruiter: Jordan Blake\n")
	out, errOut, code := runCLI(t, a, "--db", a.DBPath, "demo", "--messages", "400", "--seed", "5")
	if code != ExitOK || !strings.Contains(out, "You (Jordan Blake, config.yaml's recruiter) are one of its recruiters") {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if log, _, _ := runCLI(t, a, "export", "--format", "csv"); strings.Count(log, "Jordan Blake") < 50 {
		t.Errorf("Jordan Blake sent %d of the demo's 400 messages", strings.Count(log, "Jordan Blake"))
	}
}

func TestDemoRefuses(t *testing.T) {
	a := newTestApp(t)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"demo"}, ExitBadInput, "give the database to fill with --db PATH"},
		{[]string{"--db", a.DBPath, "demo", "--messages", "0"}, ExitBadInput, "--messages must be between 1"},
		{[]string{"--db", a.DBPath, "demo", "--end", "2030-01-01"}, ExitBadInput, "in the future"},
		{[]string{"--db", a.DBPath, "demo", "--end", "soon"}, ExitBadInput, "--end: cannot read"},
	}
	for _, tt := range tests {
		_, errOut, code := runCLI(t, a, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: code %d, stderr %q; want %d, %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
	if _, err := os.Stat(a.DBPath); err == nil {
		t.Error("a refused demo created the database")
	}
}

// builtInTemplates is the number of templates in the built-in library,
// every one of which the demo uses.
func builtInTemplates(t *testing.T) int {
	t.Helper()
	lib, probs, err := newTestApp(t).Library()
	if err != nil || len(probs) > 0 {
		t.Fatalf("built-in library: %v %v", err, probs)
	}
	return len(lib.Templates())
}
