package cli

import (
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func TestFileArgs(t *testing.T) {
	tests := []struct {
		use  string
		want []int
		all  bool
	}{
		{"import FILE", []int{0}, false},
		{"lint [DIR]", []int{0}, false},
		{`check (--profile FILE ["LINE"] | --jsonl FILE)`, nil, false},
		{"compose --profile FILE [--template ID]", nil, false},
		{"outcome ID accepted|declined", nil, false},
		{"merge NAME FILE...", []int{1}, true},
	}
	for _, tt := range tests {
		got, all := fileArgs(&cobra.Command{Use: tt.use})
		if !slices.Equal(got, tt.want) || all != tt.all {
			t.Errorf("fileArgs(%q) = %v, %v; want %v, %v", tt.use, got, all, tt.want, tt.all)
		}
	}
}

// TestEveryFileFlagIsKnown: the guard finds file flags by their usage's
// `file` or `folder`; a flag that takes a path must say so, or an SSH
// session could name a file of the server's with it.
func TestEveryFileFlagIsKnown(t *testing.T) {
	root := NewRootCmd(newTestApp(t))
	plainFlagUsage(root)
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		check := func(f *pflag.Flag) {
			pathy := strings.Contains(f.Name, "profile") || strings.Contains(f.Name, "file") || strings.Contains(f.Name, "jsonl") ||
				f.Name == "db" || f.Name == "config" || f.Name == "templates"
			if pathy && f.Annotations[fileAnnotation] == nil {
				t.Errorf("%s --%s takes a path but its usage does not name a `file` or `folder`", c.CommandPath(), f.Name)
			}
		}
		c.Flags().VisitAll(check)
		c.PersistentFlags().VisitAll(check)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// TestRemoteGuard runs command lines as an SSH session would: files only
// on standard input, none of the server's files, no demo or serve.
func TestRemoteGuard(t *testing.T) {
	a := newTestApp(t)
	a.Guest = &Guest{Remote: true}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"check", "--profile", "/etc/passwd", "a line"}, "--profile /etc/passwd: over SSH, files come on standard input"},
		{[]string{"import", "linkedin", "/etc/shadow"}, "FILE /etc/shadow: over SSH, files come on standard input"},
		{[]string{"--config", "/etc/inmail.yaml", "credits"}, "--config /etc/inmail.yaml: over SSH"},
		{[]string{"--db", "/srv/other.db", "log"}, "--db /srv/other.db: over SSH"},
		{[]string{"templates", "lint", "/etc"}, "FILE /etc: over SSH"},
		{[]string{"demo", "--db", "/tmp/x.db"}, "inmail demo is not run for others"},
		{[]string{"serve"}, "inmail serve is not run for others"},
	}
	for _, tt := range tests {
		_, errOut, code := runCLI(t, a, tt.args...)
		if code != ExitBadInput || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, %q; want %q", tt.args, code, errOut, tt.want)
		}
	}
	// Standard input is fine.
	a.Stdin = strings.NewReader("")
	if _, errOut, code := runCLI(t, a, "import", "linkedin", "-"); strings.Contains(errOut, "over SSH") {
		t.Errorf("import linkedin -: exit %d, %s", code, errOut)
	}
}
