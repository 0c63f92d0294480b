package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// checkApp is an App for check tests: a temporary config folder, a fixed
// clock and the given standard input.
func checkApp(t *testing.T, stdin string) *App {
	t.Helper()
	dir := t.TempDir()
	return &App{
		Now:       func() time.Time { return time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) },
		Getenv:    func(string) string { return "" },
		Stdin:     strings.NewReader(stdin),
		ConfigDir: dir,
		DataDir:   dir,
		NoTUI:     true,
	}
}

// runCheckCmd runs inmail with args and returns its output and exit code.
func runCheckCmd(t *testing.T, a *App, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Execute(context.Background(), a, args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestCheckProfileLine(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		wantOut  []string
	}{
		{"accepted", []string{"check", "--profile", "testdata/check/nadia.json",
			"Leading the first-year IFRS 9 audit for Penwick Bank is what our client's audit committee wants."},
			"", ExitOK, []string{"Accepted", "(Experience · Carrow & Lyle LLP)", "Penwick Bank"}},
		{"rejected", []string{"check", "--profile", "testdata/check/nadia.json",
			"As an Audit Manager at Carrow & Lyle LLP in London, you might be interested."},
			"", ExitRefused, []string{"Rejected", "Names only their"}},
		{"line on stdin", []string{"check", "--profile", "testdata/check/nadia.json"},
			"Being treasurer of a Hackney food bank is a nice touch.\n", ExitOK, []string{"Accepted", "(About)"}},
		{"min words", []string{"check", "--profile", "testdata/check/nadia.json", "--min-words", "20",
			"Being treasurer of a Hackney food bank is a nice touch."},
			"", ExitRefused, []string{"at least 20 words"}},
		{"pasted profile", []string{"check", "--profile", "testdata/check/ines.txt",
			"Growing self-serve revenue from 1M to 6M EUR ARR is why our client called."},
			"", ExitOK, []string{"Accepted", "(Experience · Pollen Maps)", "6M EUR ARR"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCheckCmd(t, checkApp(t, tc.stdin), tc.args...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stdout %q stderr %q", code, tc.wantCode, out, errOut)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("stdout %q does not contain %q", out, w)
				}
			}
			if strings.Contains(out, "[0]") || strings.Contains(out, ".description") {
				t.Errorf("stdout %q shows a field's internal name", out)
			}
		})
	}
}

// TestCheckProfileOnStdin: --profile - reads the pasted page from the
// command's own standard input (over SSH, the session's), as send and
// candidates add do.
func TestCheckProfileOnStdin(t *testing.T) {
	page, err := os.ReadFile("testdata/check/ines.txt")
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCheckCmd(t, checkApp(t, string(page)), "check", "--profile", "-",
		"Growing self-serve revenue from 1M to 6M EUR ARR is why our client called.")
	if code != ExitOK || !strings.Contains(out, "6M EUR ARR") {
		t.Errorf("exit %d; stdout %q stderr %q", code, out, errOut)
	}
}

func TestCheckBadInput(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no mode", []string{"check"}, "--profile"},
		{"both modes", []string{"check", "--profile", "a.json", "--jsonl", "b.jsonl"}, "not both"},
		{"missing file", []string{"check", "--profile", "testdata/check/none.json", "some line here"}, "none.json"},
		{"malformed profile", []string{"check", "--profile", "testdata/check/bad.json", "some line here"}, "bad.json:3: malformed JSON"},
		{"no line", []string{"check", "--profile", "testdata/check/nadia.json"}, "no line"},
		{"profile and line both on stdin", []string{"check", "--profile", "-"}, "pass the line as an argument"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, code := runCheckCmd(t, checkApp(t, ""), tc.args...)
			if code != ExitBadInput {
				t.Fatalf("exit %d, want %d; stderr %q", code, ExitBadInput, errOut)
			}
			if !strings.Contains(errOut, tc.wantErr) {
				t.Errorf("stderr %q does not contain %q", errOut, tc.wantErr)
			}
		})
	}
}

func TestCheckJSONL(t *testing.T) {
	for _, viaStdin := range []bool{false, true} {
		a := checkApp(t, "")
		args := []string{"check", "--jsonl", "testdata/check/cases.jsonl"}
		if viaStdin {
			b, err := os.ReadFile("testdata/check/cases.jsonl")
			if err != nil {
				t.Fatal(err)
			}
			a = checkApp(t, string(b))
			args[2] = "-"
		}
		out, errOut, code := runCheckCmd(t, a, args...)
		if code != ExitBadInput {
			t.Fatalf("exit %d, want %d (a line is malformed); stderr %q", code, ExitBadInput, errOut)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 5 {
			t.Fatalf("got %d output lines, want 5:\n%s", len(lines), out)
		}
		var got []map[string]any
		for _, l := range lines {
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("output line %q: %v", l, err)
			}
			got = append(got, m)
		}
		for i, id := range []string{"a", "b", "c", "d", "e"} {
			if got[i]["id"] != id {
				t.Errorf("line %d: id %v, want %s (same order as input)", i+1, got[i]["id"], id)
			}
		}
		if got[0]["ok"] != true || len(got[0]["references"].([]any)) == 0 || len(got[0]["reasons"].([]any)) != 0 {
			t.Errorf("line 1: got %v, want accepted with references", got[0])
		}
		reasons, _ := got[1]["reasons"].([]any)
		if got[1]["ok"] != false || len(reasons) == 0 || reasons[0].(map[string]any)["rule"] != "specific" {
			t.Errorf("line 2: got %v, want rejected for rule specific", got[1])
		}
		if e, _ := got[2]["error"].(string); !strings.HasPrefix(e, "line 3: ") {
			t.Errorf("line 3: got %v, want an error for line 3", got[2])
		}
		if e, _ := got[4]["error"].(string); !strings.Contains(e, "line 5: profile: got a JSON string, want an object") {
			t.Errorf("line 5: got %v, want an error about the profile", got[4])
		}
	}
}

func TestCheckJSONLExitCodes(t *testing.T) {
	nadia, err := os.ReadFile("testdata/check/nadia.json")
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, nadia); err != nil {
		t.Fatal(err)
	}
	line := func(id, text string) string {
		b, _ := json.Marshal(text)
		return `{"id":"` + id + `","profile":` + compact.String() + `,"personalization":` + string(b) + "}\n"
	}
	good := line("1", "Leading the IFRS 9 expected credit loss audit for Penwick Bank is rare.")
	bad := line("2", "Hope you are well, I have an exciting opportunity for you.")
	for _, tc := range []struct {
		in   string
		want int
	}{
		{good + good, ExitOK},
		{good + bad, ExitRefused},
		{"\n" + good + "\n", ExitOK},
	} {
		_, errOut, code := runCheckCmd(t, checkApp(t, tc.in), "check", "--jsonl", "-")
		if code != tc.want {
			t.Errorf("input %q: exit %d, want %d; stderr %q", tc.in, code, tc.want, errOut)
		}
	}
}

func TestCheckTeamLists(t *testing.T) {
	a := checkApp(t, "")
	line := "Your work with Hackney food bank volunteers is something special."
	if _, _, code := runCheckCmd(t, a, "check", "--profile", "testdata/check/nadia.json", line); code != ExitOK {
		t.Fatalf("before the team list: exit %d, want %d", code, ExitOK)
	}
	if err := os.WriteFile(filepath.Join(a.ConfigDir, "common-words.txt"), []byte("# our team's list\nhackney\nfood\nbank\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := runCheckCmd(t, a, "check", "--profile", "testdata/check/nadia.json", line)
	if code != ExitRefused {
		t.Errorf("with hackney, food and bank as common words: exit %d, want %d; %s", code, ExitRefused, out)
	}
}
