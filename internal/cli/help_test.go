package cli

import (
	"bytes"
	"strings"
	"testing"
)

// TestHelpHasNoTrailingSpaces: every way of asking for help prints lines
// without the spaces fang's fixed-width blocks pad them with.
func TestHelpHasNoTrailingSpaces(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"help"}, {"help", "report"}, {"report", "--help"}, {"templates"},
		{"templates", "lint", "-h"}, {"--db", "x.db", "log", "--help"}, {"completion", "--help"},
	} {
		out, errOut, code := runCLI(t, newTestApp(t), args...)
		if code != ExitOK || errOut != "" || !strings.Contains(out, "USAGE") {
			t.Errorf("%v: code %d, stderr %q, stdout:\n%s", args, code, errOut, out)
			continue
		}
		for i, l := range strings.Split(out, "\n") {
			if strings.TrimRight(l, " \t") != l {
				t.Errorf("%v: line %d ends in spaces: %q", args, i+1, l)
				break
			}
		}
	}
}

// TestOtherOutputKeepsItsSpaces: a command that is not asked for help
// writes its output as it is, trailing spaces and all.
func TestOtherOutputKeepsItsSpaces(t *testing.T) {
	if helpRequested(NewRootCmd(newTestApp(t)), []string{"export", "--format", "csv"}) {
		t.Error("export is taken for a help request")
	}
	if !helpRequested(NewRootCmd(newTestApp(t)), []string{"export", "--format", "csv", "-h"}) {
		t.Error("export -h is not taken for a help request")
	}
	if helpRequested(NewRootCmd(newTestApp(t)), []string{"check", "--", "-h"}) {
		t.Error("-h after -- is taken for a help request")
	}
}

func TestTrimWriter(t *testing.T) {
	var b bytes.Buffer
	w, flush := trimmedOutput(&b)
	for _, s := range []string{"a  \n", "b\x1b[0m   \x1b[0m\nc", "  d   ", "\n   \n", "e  "} {
		if _, err := w.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	if err := flush(); err != nil {
		t.Fatal(err)
	}
	if want := "a\nb\x1b[0m\x1b[0m\nc  d\n\ne"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
