package cli

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/app"
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
	// Under another name it is the same message: the key is the original
	// message's identity, not whom it is attributed to.
	dst.Stdin = strings.NewReader(export)
	if out, errOut, code := runCLI(t, dst, "import", "inmail", "-", "--as", "Jo Kim"); code != ExitOK ||
		strings.TrimSpace(out) != "Read 1 message from standard input, attributed to Jo Kim: 0 new, 1 already logged, 0 outcomes added." {
		t.Errorf("again as someone else: exit %d\n%s%s", code, out, errOut)
	}
	out, _, _ := runCLI(t, dst, "log", "--json")
	var es []struct {
		Recruiter string `json:"recruiter"`
		Status    string `json:"status"`
	}
	if err := json.Unmarshal([]byte(out), &es); err != nil || len(es) != 1 || es[0].Recruiter != "Sam Reyes" || es[0].Status != "responded" {
		t.Errorf("the merged log: %s", out)
	}
	// The message arrived whole: its export here is the one from there,
	// but for the recruiter.
	again, _, _ := runCLI(t, dst, "export", "--format", "jsonl")
	var from, to app.HistoryRow
	if err := json.Unmarshal([]byte(export), &from); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(again), &to); err != nil {
		t.Fatal(err)
	}
	if from.Body == "" || from.Subject == "" || len(from.Events) != 1 {
		t.Fatalf("the export lacks the body, subject or events: %+v", from)
	}
	from.Recruiter = "Sam Reyes"
	if !reflect.DeepEqual(from, to) {
		t.Errorf("exported after the import\n%+v\nwant\n%+v", to, from)
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

// TestImportOlderExport: a row of an export made before it carried bodies
// and events still imports, with the placeholder body and its outcomes'
// first times; a row with an event before its send is skipped, named.
func TestImportOlderExport(t *testing.T) {
	a := newTestApp(t)
	old := `{"id":7,"sent_at":"2026-02-04T09:00:00+01:00","recruiter":"Sam Reyes","candidate":"Ana Silva","candidate_id":"linkedin.com/in/ana-silva",` +
		`"template":"associate/direct-intro","template_hash":"abc","seniority":"associate","channel":"inmail","status":"responded",` +
		`"accepted_at":"2026-02-05T10:00:00+01:00","declined_at":null,"replied_at":"2026-02-06T11:00:00+01:00","screened_at":null,"withdrawn_at":null,` +
		`"credits":1,"personalization":"Your work on the Fenwick consultation stood out."}` + "\n" +
		`{"id":8,"sent_at":"2026-02-04T09:00:00Z","recruiter":"Sam Reyes","candidate":"Ben Okafor","candidate_id":"linkedin.com/in/ben-okafor",` +
		`"template":"associate/direct-intro","channel":"inmail","body":"Hi Ben","personalization":"Your Halden appeal was sharp.",` +
		`"events":[{"seq":1,"outcome":"replied","at":"2026-02-03T09:00:00Z","source":"manual"}]}` + "\n"
	a.Stdin = strings.NewReader(old)
	out, errOut, code := runCLI(t, a, "import", "inmail", "-")
	if code != ExitOK || !strings.Contains(out, "1 new, 0 already logged, 2 outcomes added") ||
		!strings.Contains(errOut, "skipped line 2: the replied event is dated 2026-02-03 09:00:00, before the message was sent") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	out, _, _ = runCLI(t, a, "export", "--format", "jsonl")
	var row app.HistoryRow
	if err := json.Unmarshal([]byte(out), &row); err != nil {
		t.Fatal(err)
	}
	if row.Body != app.ImportedBody || row.Recruiter != "Sam Reyes" || len(row.Events) != 2 ||
		row.RepliedAt == nil || *row.RepliedAt != "2026-02-06T10:00:00Z" || row.Status != "responded" {
		t.Errorf("the older row as logged: %+v", row)
	}
}

// TestImportHistoryFollowUps: a demo log with follow-ups exported and
// imported into a new log exports the same again, each follow-up linked to
// the same first message (ids in the file are the exporting log's), and
// importing it twice adds nothing.
func TestImportHistoryFollowUps(t *testing.T) {
	a := newTestApp(t)
	if _, errOut, code := runCLI(t, a, "--db", a.DBPath, "demo", "--messages", "1200", "--seed", "5"); code != ExitOK {
		t.Fatalf("demo: %s", errOut)
	}
	export, errOut, code := runCLI(t, a, "--db", a.DBPath, "export", "--format", "jsonl")
	if code != ExitOK {
		t.Fatalf("export: %s", errOut)
	}
	rows := decodeHistory(t, export)
	followUps := 0
	for _, r := range rows {
		if r.FollowUpOf != nil {
			followUps++
		}
	}
	if followUps == 0 {
		t.Fatal("the demo's export names no follow-up's first message")
	}

	b := newTestApp(t)
	b.DBPath = filepath.Join(t.TempDir(), "team.db")
	for run := range 2 {
		b.Stdin = strings.NewReader(export)
		out, errOut, code := runCLI(t, b, "import", "inmail", "-")
		want := "1,200 new, 0 already logged"
		if run == 1 {
			want = "0 new, 1,200 already logged, 0 outcomes added"
		}
		if code != ExitOK || !strings.Contains(out, want) || errOut != "" {
			t.Fatalf("import %d: exit %d\n%s%s", run+1, code, out, errOut)
		}
	}
	again, _, _ := runCLI(t, b, "export", "--format", "jsonl")
	got := decodeHistory(t, again)
	if len(got) != len(rows) {
		t.Fatalf("%d rows after the import, want %d", len(got), len(rows))
	}
	// The ids here are this log's: compare each follow-up's first message
	// by what it is, and the rest field by field.
	ident := func(rs []app.HistoryRow, id uint64) string {
		for _, r := range rs {
			if r.ID == id {
				return r.CandidateID + "|" + r.SentAt + "|" + r.Personalization
			}
		}
		return "none"
	}
	byIdent := map[string]app.HistoryRow{}
	for _, r := range got {
		byIdent[r.CandidateID+"|"+r.SentAt+"|"+r.Personalization] = r
	}
	for _, r := range rows {
		k := r.CandidateID + "|" + r.SentAt + "|" + r.Personalization
		to, ok := byIdent[k]
		if !ok {
			t.Fatalf("message %d was not imported", r.ID)
		}
		id := func(p *uint64) uint64 {
			if p == nil {
				return 0
			}
			return *p
		}
		if (r.FollowUpOf == nil) != (to.FollowUpOf == nil) || r.FollowUpOf != nil && ident(rows, id(r.FollowUpOf)) != ident(got, id(to.FollowUpOf)) {
			t.Errorf("message %d follows up %q there, %q here", r.ID, ident(rows, id(r.FollowUpOf)), ident(got, id(to.FollowUpOf)))
		}
		r.ID, r.FollowUpOf, to.ID, to.FollowUpOf = 0, nil, 0, nil
		if !reflect.DeepEqual(r, to) {
			t.Errorf("message %s differs after the import\n%+v\nwant\n%+v", k, to, r)
			break
		}
	}
	// The reports agree, follow-ups included.
	ra, _, _ := runCLI(t, a, "--db", a.DBPath, "report", "--by", "template", "--format", "csv")
	rb, _, _ := runCLI(t, b, "report", "--by", "template", "--format", "csv")
	if ra != rb {
		t.Errorf("the reports differ after the import:\n%s\nwant\n%s", rb, ra)
	}
}

func decodeHistory(t *testing.T, jsonl string) []app.HistoryRow {
	t.Helper()
	var out []app.HistoryRow
	for i, l := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		var r app.HistoryRow
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		out = append(out, r)
	}
	return out
}
