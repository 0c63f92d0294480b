package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

func TestTemplatesList(t *testing.T) {
	out, errOut, code := runCLI(t, newTestApp(t), "templates", "list")
	if code != ExitOK || errOut != "" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if fields := strings.Fields(lines[0]); strings.Join(fields, " ") != "SENIORITY ID NAME CHANNEL TYPICAL LENGTH SOURCE" {
		t.Errorf("header = %q", lines[0])
	}
	// The typical length is the body templates show renders.
	show, _, _ := runCLI(t, newTestApp(t), "templates", "show", "associate/direct-intro")
	var n string
	for _, l := range strings.Split(show, "\n") {
		if rest, ok := strings.CutPrefix(l, "Body:"); ok {
			n = strings.Fields(rest)[0]
		}
	}
	for _, l := range lines {
		if strings.Contains(l, "associate/direct-intro") && !strings.Contains(l, " "+n+" chars, within 400 ") {
			t.Errorf("direct-intro's row does not say the %s characters templates show renders:\n%s", n, l)
		}
		if strings.Contains(l, "/connect ") && !strings.Contains(l, " of 300 chars ") {
			t.Errorf("a connection note's row is not against its 300 characters:\n%s", l)
		}
	}
	if len(lines) < 10 {
		t.Fatalf("want at least 9 templates, got:\n%s", out)
	}
	if !strings.HasPrefix(lines[1], "associate ") || !strings.HasPrefix(lines[len(lines)-1], "partner-track ") {
		t.Errorf("not ordered by seniority:\n%s", out)
	}
	if !strings.Contains(out, "associate/direct-intro") || !strings.Contains(out, "built-in") {
		t.Errorf("list:\n%s", out)
	}
}

func TestTemplatesListOverlay(t *testing.T) {
	a := newTestApp(t)
	overlay := filepath.Join(a.ConfigDir, "templates")
	writeFile(t, filepath.Join(overlay, "associate", "direct-intro.md"),
		"---\nname: Team intro\nchannel: connection\ndescription: D\npersonalization: P\n---\nHi {{first_name}}, {{personalization}}\n")
	writeFile(t, filepath.Join(overlay, "associate", "typo.md"),
		"---\nname: Typo\nchannel: connection\ndescription: D\npersonalization: P\n---\nHi {{frist_name}}, {{personalization}}\n")

	out, errOut, code := runCLI(t, a, "templates", "list")
	if code != ExitOK {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	var intro string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "associate/direct-intro") {
			intro = strings.Join(strings.Fields(l), " ")
		}
	}
	if want := "associate associate/direct-intro Team intro connection 137 of 300 chars " + overlay; intro != want {
		t.Errorf("overlay row = %q, want %q", intro, want)
	}
	if strings.Contains(out, "associate/typo") {
		t.Error("a template with problems was listed")
	}
	wantErr := "inmail: 1 template problem; files with problems are skipped:\n" +
		filepath.Join(overlay, "associate", "typo.md") + ":7:4: unknown placeholder {{frist_name}}; did you mean {{first_name}}?\n"
	if errOut != wantErr {
		t.Errorf("stderr = %q\nwant     %q", errOut, wantErr)
	}

	// lint with no folder checks the library as loaded, overlay included.
	out, _, code = runCLI(t, a, "templates", "lint")
	if code != ExitRefused || !strings.HasSuffix(wantErr, out) {
		t.Errorf("lint: code %d, stdout %q", code, out)
	}
}

func TestTemplatesFolderFlagAndEnv(t *testing.T) {
	team, err := filepath.Abs(filepath.Join("testdata", "team"))
	if err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, out, errOut string, code int) {
		t.Helper()
		want := "SENIORITY ID NAME CHANNEL TYPICAL LENGTH SOURCE\nassociate associate/warm-intro Warm intro connection 151 of 300 chars " + team
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			got = append(got, strings.Join(strings.Fields(l), " "))
		}
		if code != ExitOK || strings.Join(got, "\n") != want || errOut != "" {
			t.Errorf("code %d, stderr %q, stdout:\n%s\nwant:\n%s", code, errOut, strings.Join(got, "\n"), want)
		}
	}
	t.Run("flag", func(t *testing.T) {
		out, errOut, code := runCLI(t, newTestApp(t), "--templates", team, "templates", "list")
		check(t, out, errOut, code)
	})
	t.Run("env", func(t *testing.T) {
		a := newTestApp(t)
		a.Getenv = envOf(map[string]string{"INMAIL_TEMPLATES": team})
		out, errOut, code := runCLI(t, a, "templates", "list")
		check(t, out, errOut, code)
	})
	t.Run("missing folder", func(t *testing.T) {
		_, errOut, code := runCLI(t, newTestApp(t), "--templates", filepath.Join(team, "nope"), "templates", "list")
		if code != ExitBadInput || !strings.Contains(errOut, "nope does not exist") {
			t.Errorf("code %d, stderr %q", code, errOut)
		}
	})
}

func TestTemplatesLint(t *testing.T) {
	t.Run("built-in is clean", func(t *testing.T) {
		out, errOut, code := runCLI(t, newTestApp(t), "templates", "lint")
		if code != ExitOK || out != "" || errOut != "" {
			t.Errorf("code %d, stdout %q, stderr %q", code, out, errOut)
		}
	})
	t.Run("clean folder", func(t *testing.T) {
		out, errOut, code := runCLI(t, newTestApp(t), "templates", "lint", filepath.Join("testdata", "team"))
		if code != ExitOK || out != "" || errOut != "" {
			t.Errorf("code %d, stdout %q, stderr %q", code, out, errOut)
		}
	})
	t.Run("broken folder prints the complete lint output", func(t *testing.T) {
		dir := filepath.Join("..", "library", "testdata", "broken")
		out, errOut, code := runCLI(t, newTestApp(t), "templates", "lint", dir)
		if code != ExitRefused || errOut != "" {
			t.Errorf("code %d, stderr %q", code, errOut)
		}
		want, err := os.ReadFile(filepath.Join("..", "library", "testdata", "TestLintBroken.golden"))
		if err != nil {
			t.Fatal(err)
		}
		wantOut := strings.ReplaceAll(string(want), "testdata/broken/", filepath.ToSlash(dir)+"/")
		if filepath.ToSlash(out) != wantOut {
			t.Errorf("stdout:\n%s\nwant (the library's golden file):\n%s", out, wantOut)
		}
	})
	t.Run("the config folder's overlay needs no seniority.yaml", func(t *testing.T) {
		a := newTestApp(t)
		overlay := filepath.Join(a.ConfigDir, "templates")
		writeFile(t, filepath.Join(overlay, "associate", "team-intro.md"),
			"---\nname: Team intro\nchannel: connection\ndescription: D\npersonalization: P\n---\nHi {{first_name}}, {{personalization}}\n")
		out, errOut, code := runCLI(t, a, "templates", "lint", overlay)
		if code != ExitOK || out != "" || errOut != "" {
			t.Errorf("clean overlay: code %d, stdout %q, stderr %q", code, out, errOut)
		}
		writeFile(t, filepath.Join(overlay, "counsel", "intro.md"),
			"---\nname: Intro\nchannel: connection\ndescription: D\npersonalization: P\n---\nHi {{frist_name}}, {{personalization}}\n")
		out, _, code = runCLI(t, a, "templates", "lint", overlay)
		want := filepath.Join(overlay, "counsel", "intro.md") + `:1:1: folder "counsel" is not a seniority level (seniority.yaml lists associate, senior-associate, partner-track); add it there or move this template` + "\n"
		if code != ExitRefused || out != want {
			t.Errorf("overlay with a problem: code %d, stdout:\n%s\nwant:\n%s", code, out, want)
		}
		// Another folder without one is read the same way, and says so.
		other := t.TempDir()
		writeFile(t, filepath.Join(other, "associate", "team-intro.md"),
			"---\nname: Team intro\nchannel: connection\ndescription: D\npersonalization: P\n---\nHi {{first_name}}, {{personalization}}\n")
		out, errOut, code = runCLI(t, a, "templates", "lint", other)
		if code != ExitOK || out != "" || !strings.Contains(errOut, "has no seniority.yaml, so it was checked as an overlay on the built-in levels") {
			t.Errorf("other folder: code %d, stdout %q, stderr %q", code, out, errOut)
		}
	})
	t.Run("not a folder", func(t *testing.T) {
		_, errOut, code := runCLI(t, newTestApp(t), "templates", "lint", "cli_test.go")
		if code != ExitBadInput || !strings.Contains(errOut, "cli_test.go is a file, not a folder") {
			t.Errorf("code %d, stderr %q", code, errOut)
		}
	})
	t.Run("too many arguments", func(t *testing.T) {
		if _, _, code := runCLI(t, newTestApp(t), "templates", "lint", "a", "b"); code != ExitBadInput {
			t.Errorf("code %d", code)
		}
	})
}

func TestTemplatesShow(t *testing.T) {
	out, errOut, code := runCLI(t, newTestApp(t), "templates", "show", "associate/direct-intro")
	if code != ExitOK || errOut != "" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	golden.RequireEqual(t, out)
	for _, want := range []string{"Subject: ", "Hi Priya,", "Castell Pharma", "/ 200 characters", "/ 1,900 characters"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "{{") {
		t.Errorf("a placeholder was left unfilled:\n%s", out)
	}
}

func TestTemplatesShowEveryBuiltIn(t *testing.T) {
	a := newTestApp(t)
	list, _, _ := runCLI(t, a, "templates", "list")
	for _, l := range strings.Split(strings.TrimSpace(list), "\n")[1:] {
		id := strings.Fields(l)[1]
		out, errOut, code := runCLI(t, a, "templates", "show", id)
		if code != ExitOK || errOut != "" || strings.Contains(out, "{{") || strings.Contains(out, "LinkedIn allows") {
			t.Errorf("%s: code %d, stderr %q, output:\n%s", id, code, errOut, out)
		}
	}
}

func TestTemplatesShowConfigAndLine(t *testing.T) {
	a := newTestApp(t)
	writeFile(t, a.ConfigPath, "recruiter: Ana\nsender:\n  name: Ana Lima\n  signature: Ana Lima · Lex Talent · ✆ 020 7946 0000\ndefaults:\n  client: Ærø & Søn\n")
	out, _, code := runCLI(t, a, "templates", "show", "associate/direct-intro", "--line", "Olá! 👋 Your Ærø moot win stood out.")
	if code != ExitOK {
		t.Fatalf("code %d", code)
	}
	for _, want := range []string{"My client, Ærø & Søn, is hiring", "Olá! 👋 Your Ærø moot win stood out.", "\nAna Lima\n\nAna Lima · Lex Talent · ✆ 020 7946 0000\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}

	// A connection note pushed over 300 characters says by how much.
	out, _, code = runCLI(t, a, "templates", "show", "associate/connect", "--line", strings.Repeat("é", 290))
	if code != ExitOK || !strings.Contains(out, "LinkedIn allows 300. Cut") {
		t.Errorf("code %d, output:\n%s", code, out)
	}
	// An empty line is shown as the placeholder and reported, never a gap.
	out, _, _ = runCLI(t, a, "templates", "show", "associate/connect", "--line", "")
	if !strings.Contains(out, "{{personalization}}") || !strings.Contains(out, "No value for {{personalization}}") {
		t.Errorf("output:\n%s", out)
	}
}

func TestTemplatesShowErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		cfg  string
		want string
	}{
		{"unknown id", []string{"associate/nope"}, "", `no template "associate/nope"`},
		{"stem only", []string{"direct-intro"}, "", "did you mean associate/direct-intro?"},
		{"malformed config", []string{"associate/connect"}, "sender:\n  signture: x\n", "config.yaml:2:3: sender.signture: unknown setting"},
		{"no id", nil, "", "accepts 1 arg(s)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newTestApp(t)
			if tt.cfg != "" {
				writeFile(t, a.ConfigPath, tt.cfg)
			}
			_, errOut, code := runCLI(t, a, append([]string{"templates", "show"}, tt.args...)...)
			if code != ExitBadInput || !strings.Contains(errOut, tt.want) {
				t.Errorf("code %d, stderr %q, want %q", code, errOut, tt.want)
			}
		})
	}
}

// TestTemplatesAddLocally: on their own machine the log's owner adds a
// template from a file to templates/ in the config folder, which the
// library then overlays, and removes it.
func TestTemplatesAddLocally(t *testing.T) {
	a := newTestApp(t)
	out, errOut, code := runCLI(t, a, "templates", "add", "associate/warm-intro", "testdata/warm-intro.md")
	if code != ExitOK || !strings.Contains(out, "Saved associate/warm-intro in the team's templates (associate/warm-intro.md), a new template.") {
		t.Fatalf("add: exit %d\n%s%s", code, out, errOut)
	}
	overlay := filepath.Join(a.ConfigDir, "templates")
	out, _, _ = runCLI(t, a, "templates", "list")
	if !strings.Contains(out, "associate/warm-intro") || !strings.Contains(out, overlay) {
		t.Errorf("templates list after the add:\n%s", out)
	}
	a.Stdin = strings.NewReader("---\nname: Only a name\n---\n")
	_, errOut, code = runCLI(t, a, "templates", "add", "associate/direct-intro", "-")
	if code != ExitRefused || !strings.Contains(errOut, "associate/direct-intro.md:") || !strings.Contains(errOut, "associate/direct-intro was not saved") {
		t.Errorf("a broken template from standard input: exit %d, %s", code, errOut)
	}
	out, errOut, code = runCLI(t, a, "templates", "remove", "associate/warm-intro")
	if code != ExitOK || !strings.Contains(out, "Removed associate/warm-intro") {
		t.Errorf("remove: exit %d\n%s%s", code, out, errOut)
	}
	if out, _, _ = runCLI(t, a, "templates", "list"); strings.Contains(out, "warm-intro") {
		t.Errorf("templates list after the remove:\n%s", out)
	}
}
