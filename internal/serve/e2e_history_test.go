package serve_test

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportHistoryOverSSH: a recruiter's log from before the team had a
// server, exported as JSON Lines and piped over SSH, arrives whole (subject,
// body, line, outcomes) and once, whoever it is attributed to; a message
// the team's log holds already is not logged again under another name.
func TestImportHistoryOverSSH(t *testing.T) {
	tm := newTeam(t, map[string]string{"Lee Park": "admin", "Sam Reyes": "recruiter", "Jo Kim": "recruiter"})

	// Sam's laptop: two sends and a reply, in a log of its own.
	laptop := filepath.Join(tm.dir, "laptop", "inmail.db")
	cfg := filepath.Join(tm.dir, "laptop", "config")
	writeFile(t, filepath.Join(cfg, "inmail", "config.yaml"), "recruiter: Sam Reyes\n"+
		"defaults:\n  role: Employment Associate\n  client: Halden Employment\n  hook: Hybrid, two days in.\n")
	run := func(stdin string, args ...string) string {
		t.Helper()
		cmd := exec.Command(tm.bin, append([]string{"--db", laptop}, args...)...)
		cmd.Env, cmd.Stdin = append(tm.env, "XDG_CONFIG_HOME="+cfg), strings.NewReader(stdin)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("inmail %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	for i := range 2 {
		c := made(300 + i)
		run(c.page, "send", "--profile", "-", "--template", "associate/direct-intro", "--personalization", c.line, "--no-clipboard")
	}
	run("", "outcome", "2", "replied")
	export := run("", "export", "--format", "jsonl")
	var first map[string]any
	if err := json.Unmarshal([]byte(strings.SplitN(export, "\n", 2)[0]), &first); err != nil || first["body"] == "" || first["subject"] == "" {
		t.Fatalf("the laptop's export has no body or subject: %v\n%s", err, export)
	}

	// A send first, so the server's reuse index is in use before the import.
	if out, errOut, code := tm.send("Jo Kim", 310, made(310).line); code != 0 {
		t.Fatalf("Jo's send: exit %d\n%s%s", code, out, errOut)
	}

	// Jo may not put Sam's name on it; Sam imports it as themselves.
	if _, errOut, code := tm.ssh("Jo Kim", strings.NewReader(export), "import", "inmail", "-", "--as", "Sam Reyes"); code != 1 || !strings.Contains(errOut, "an admin imports for others") {
		t.Errorf("a recruiter importing as someone else: exit %d, %s", code, errOut)
	}
	want := "Read 2 messages from standard input, attributed to Sam Reyes: 2 new, 0 already logged, 1 outcome added."
	if out, errOut, code := tm.ssh("Sam Reyes", strings.NewReader(export), "import", "inmail", "-"); code != 0 || strings.TrimSpace(out) != want {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	// The reuse rule sees the imported lines at once.
	if out, errOut, code := tm.send("Jo Kim", 311, made(300).line); code != 1 || !strings.Contains(errOut, "already sent") {
		t.Errorf("Jo sending an imported line to someone else: exit %d\n%s%s", code, out, errOut)
	}
	// Again, by Sam, by Jo as Jo, by the admin as Jo: the same messages.
	for _, tc := range []struct{ who, as, want string }{
		{"Sam Reyes", "", "attributed to Sam Reyes: 0 new, 2 already logged"},
		{"Jo Kim", "", "attributed to Jo Kim: 0 new, 2 already logged"},
		{"Lee Park", "Jo Kim", "attributed to Jo Kim: 0 new, 2 already logged"},
	} {
		args := []string{"import", "inmail", "-"}
		if tc.as != "" {
			args = append(args, "--as", tc.as)
		}
		if out, errOut, code := tm.ssh(tc.who, strings.NewReader(export), args...); code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("%s importing again: exit %d\n%s%s", tc.who, code, out, errOut)
		}
	}

	// The team's log has the messages whole, Sam's, once.
	out, _, code := tm.ssh("Lee Park", nil, "export", "--format", "jsonl")
	if code != 0 || strings.Count(out, "\n") != 3 {
		t.Fatalf("the team's export: exit %d\n%s", code, out)
	}
	out = out[strings.Index(out, "\n")+1:] // Jo's send came first
	var from, to []map[string]any
	for _, pair := range []struct {
		text string
		dst  *[]map[string]any
	}{{export, &from}, {out, &to}} {
		for _, l := range strings.Split(strings.TrimSpace(pair.text), "\n") {
			var row map[string]any
			if err := json.Unmarshal([]byte(l), &row); err != nil {
				t.Fatal(err)
			}
			*pair.dst = append(*pair.dst, row)
		}
	}
	for i := range from {
		for _, k := range []string{"candidate_id", "sent_at", "template", "channel", "personalization", "subject", "body", "status", "replied_at"} {
			if to[i][k] != from[i][k] {
				t.Errorf("message %d: %s %v, want %v", i+1, k, to[i][k], from[i][k])
			}
		}
		if to[i]["recruiter"] != "Sam Reyes" {
			t.Errorf("message %d is %v's", i+1, to[i]["recruiter"])
		}
	}
	// Nothing was logged under Jo's name but Jo's own send.
	if out, errOut, code := tm.ssh("Jo Kim", nil, "export", "--format", "jsonl"); code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("Jo's export: exit %d\n%s%s", code, out, errOut)
	}
}
