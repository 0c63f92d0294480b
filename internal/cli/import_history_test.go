package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportHistory exports one log and merges it into another as one
// person: every message and outcome arrives once, however often it runs,
// and a row whose line is already someone else's here is skipped and said.
func TestImportHistory(t *testing.T) {
	src, _ := sendTestApp(t)
	if _, errOut, code := runCLI(t, src, sendPriya("--personalization", sendLine, "--no-clipboard")...); code != ExitOK {
		t.Fatalf("send: %s", errOut)
	}
	if _, errOut, code := runCLI(t, src, "outcome", "1", "replied"); code != ExitOK {
		t.Fatalf("outcome: %s", errOut)
	}
	export, errOut, code := runCLI(t, src, "export", "--format", "jsonl")
	if code != ExitOK {
		t.Fatalf("export: %s", errOut)
	}
	export += "not json\n"

	dst := newTestApp(t)
	dst.DBPath = filepath.Join(t.TempDir(), "team.db")
	dst.Stdin = strings.NewReader(export)
	if _, errOut, code := runCLI(t, dst, "import", "inmail", "-", "--as", "Sam Reyes"); code != ExitBadInput || !strings.Contains(errOut, "standard input:2: not a row of inmail export") {
		t.Fatalf("a bad line: exit %d, %s", code, errOut)
	}
	export = strings.TrimSuffix(export, "not json\n")
	for run := range 2 {
		dst.Stdin = strings.NewReader(export)
		out, errOut, code := runCLI(t, dst, "import", "inmail", "-", "--as", "Sam Reyes")
		want := "Read 1 message from standard input, attributed to Sam Reyes: 1 new, 0 already logged, 1 outcome added."
		if run == 1 {
			want = "Read 1 message from standard input, attributed to Sam Reyes: 0 new, 1 already logged, 0 outcomes added."
		}
		if code != ExitOK || strings.TrimSpace(out) != want {
			t.Errorf("run %d: exit %d\n%s%s", run+1, code, out, errOut)
		}
	}
	out, _, _ := runCLI(t, dst, "log", "--json")
	var es []struct {
		Recruiter string `json:"recruiter"`
		Status    string `json:"status"`
	}
	if err := json.Unmarshal([]byte(out), &es); err != nil || len(es) != 1 || es[0].Recruiter != "Sam Reyes" || es[0].Status != "responded" {
		t.Errorf("the merged log: %s", out)
	}
	// The same line to another candidate, in someone else's history, is
	// reuse here.
	var row map[string]any
	if err := json.Unmarshal([]byte(export), &row); err != nil {
		t.Fatal(err)
	}
	row["candidate_id"], row["candidate"] = "linkedin.com/in/someone-else", "Someone Else"
	other, _ := json.Marshal(row)
	dst.Stdin = strings.NewReader(string(other) + "\n")
	out, errOut, code = runCLI(t, dst, "import", "inmail", "-", "--as", "Jo Kim")
	if code != ExitOK || !strings.Contains(out, "0 new") || !strings.Contains(errOut, "skipped line 1:") {
		t.Errorf("another person's copy of the line: exit %d\n%s%s", code, out, errOut)
	}
}
