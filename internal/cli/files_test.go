package cli

import (
	"path/filepath"
	"testing"
)

// TestMissingFileOneSentence: every command that reads a file or folder
// says it is missing in the same sentence, "<what> <path> does not
// exist", and exits with bad input.
func TestMissingFileOneSentence(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	for _, c := range []struct {
		args []string
		what string
	}{
		{[]string{"check", "--profile", missing, "A line"}, "profile file"},
		{[]string{"check", "--jsonl", missing}, "cases file"},
		{[]string{"send", "--profile", missing, "--template", "associate/connect", "--personalization", "x"}, "profile file"},
		{[]string{"compose", "--profile", missing}, "profile file"},
		{[]string{"candidates", "import", missing}, "profile file"},
		{[]string{"candidates", "add", missing}, "profile file"},
		{[]string{"import", "linkedin", missing}, "messages file"},
		{[]string{"templates", "lint", missing}, "template folder"},
		{[]string{"--templates", missing, "templates", "list"}, "template folder"},
	} {
		_, errOut, code := runCLI(t, newTestApp(t), c.args...)
		if want := "inmail: " + c.what + " " + missing + " does not exist\n"; code != ExitBadInput || errOut != want {
			t.Errorf("%v: code %d, stderr %q, want %q", c.args, code, errOut, want)
		}
	}
	// A folder where a file is wanted, and the other way round.
	dir := t.TempDir()
	if _, errOut, _ := runCLI(t, newTestApp(t), "check", "--profile", dir, "A line"); errOut != "inmail: profile file "+dir+" is a folder, not a file\n" {
		t.Errorf("a folder as the profile: %q", errOut)
	}
	if _, errOut, _ := runCLI(t, newTestApp(t), "templates", "lint", "root.go"); errOut != "inmail: template folder root.go is a file, not a folder\n" {
		t.Errorf("a file as the template folder: %q", errOut)
	}
}
