package cli

import (
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

func TestExportColumnsAndRows(t *testing.T) {
	a := demoApp(t)
	out, errOut, code := runCLI(t, a, "export")
	if code != ExitOK || errOut != "" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"id", "sent_at", "recruiter", "candidate", "candidate_id", "template", "template_hash", "seniority", "channel",
		"status", "accepted_at", "declined_at", "replied_at", "screened_at", "withdrawn_at",
		"first_response_at", "first_response", "credits", "personalization_length", "personalization", "follow_up_of"}
	if !slices.Equal(rows[0], want) {
		t.Errorf("columns\n got %q\nwant %q", rows[0], want)
	}
	if len(rows) != 3001 {
		t.Errorf("%d rows, want 3,000 messages", len(rows)-1)
	}
	for i, r := range rows[1:] {
		sent, err := time.Parse(time.RFC3339, r[1])
		if err != nil || r[0] != strconv.Itoa(i+1) {
			t.Fatalf("row %d: id %q, sent_at %q (%v)", i+1, r[0], r[1], err)
		}
		if i > 0 {
			prev, _ := time.Parse(time.RFC3339, rows[i][1])
			if sent.Before(prev) {
				t.Fatalf("row %d sent before the row above it", i+1)
			}
		}
		if _, err := outreach.ParseStatus(r[9]); err != nil {
			t.Fatalf("row %d: status %q", i+1, r[9])
		}
		// The first response is the earliest of accepted, declined, replied.
		first := ""
		for _, at := range r[10:13] {
			if at != "" && (first == "" || at < first) {
				first = at
			}
		}
		if r[15] != first {
			t.Fatalf("row %d: first_response_at %q, outcomes %q", i+1, r[15], r[10:13])
		}
	}

	// JSON Lines: the CSV's columns, then what an import needs (the body
	// and the events always); each outcome's first time is an event's.
	out, _, code = runCLI(t, a, "export", "--format", "jsonl")
	if code != ExitOK {
		t.Fatal(code)
	}
	events := 0
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		for _, k := range append(want, "body", "events") {
			if _, ok := m[k]; !ok {
				t.Fatalf("line %q lacks %s", l, k)
			}
		}
		var row app.HistoryRow
		if err := json.Unmarshal([]byte(l), &row); err != nil || row.Events == nil || row.Body == "" {
			t.Fatalf("line %q: %v", l, err)
		}
		if row.RepliedAt != nil && !slices.ContainsFunc(row.Events, func(e app.HistoryEvent) bool {
			return e.Outcome == outreach.Replied && e.Retracts == 0 && e.At == *row.RepliedAt
		}) {
			t.Fatalf("message %d replied at %s, and its events say otherwise: %+v", row.ID, *row.RepliedAt, row.Events)
		}
		events += len(row.Events)
	}
	if events < 1000 {
		t.Errorf("%d events in 3,000 messages", events)
	}

	// A window of it, pinned whole.
	out, _, code = runCLI(t, a, "export", "--format", "jsonl", "--since", "2026-03-09T15:00", "--until", "2026-03-09T16:00")
	if code != ExitOK {
		t.Fatal(code)
	}
	goldenFile(t, "export/window.jsonl.golden", out)
	out, _, _ = runCLI(t, a, "export", "--since", "2026-03-09T15:00", "--until", "2026-03-09T16:00")
	goldenFile(t, "export/window.csv.golden", out)
}

func TestExportFilters(t *testing.T) {
	a := demoApp(t)
	count := func(args ...string) int {
		t.Helper()
		out, errOut, code := runCLI(t, a, append([]string{"export"}, args...)...)
		if code != ExitOK {
			t.Fatalf("%v: code %d, stderr %q", args, code, errOut)
		}
		return strings.Count(out, "\n") - 1
	}
	all := count()
	awaiting := count("--status", "awaiting")
	decided := count("--status", "responded,late", "--status", "none")
	withdrawn := count("--status", "withdrawn")
	if awaiting == 0 || withdrawn == 0 || awaiting+decided+withdrawn != all {
		t.Errorf("statuses do not divide the log: all %d, awaiting %d, decided %d, withdrawn %d", all, awaiting, decided, withdrawn)
	}
	if tpl := count("--template", "associate/connect"); tpl == 0 || tpl >= all {
		t.Errorf("one template: %d of %d", tpl, all)
	}
	// As of a past moment, later sends are left out and windows reopen.
	if past := count("--as-of", "2026-01-01"); past >= all || past == 0 {
		t.Errorf("as of 2026-01-01: %d of %d", past, all)
	}
	if _, errOut, code := runCLI(t, a, "export", "--format", "xlsx"); code != ExitBadInput || !strings.Contains(errOut, "csv or jsonl") {
		t.Errorf("xlsx: code %d, stderr %q", code, errOut)
	}
	if _, errOut, code := runCLI(t, a, "export", "--status", "pending"); code != ExitBadInput || !strings.Contains(errOut, "unknown status") {
		t.Errorf("pending: code %d, stderr %q", code, errOut)
	}
}

// TestExportIsSpreadsheetSafe logs names and a line a spreadsheet would
// run as formulas, and checks the CSV neutralises them and quotes right.
func TestExportIsSpreadsheetSafe(t *testing.T) {
	a := newTestApp(t)
	db, err := store.Open(a.DBPath, store.Options{Now: a.Now})
	if err != nil {
		t.Fatal(err)
	}
	m := outreach.Message{
		Recruiter:       "=HYPERLINK(\"http://evil.example\",\"x\")",
		Candidate:       outreach.CandidateRef{ID: "https://www.linkedin.com/in/mallory", Name: "@SUM(A1:A9), \"Mal\""},
		Seniority:       "associate",
		TemplateID:      "associate/direct-intro",
		Channel:         library.InMail,
		Body:            "Hi",
		Personalization: "-2+3 and\na second line",
		SentAt:          testNow.Add(-10 * 24 * time.Hour),
		Credits:         1,
	}
	if _, _, err := db.Send(m, ""); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	out, _, code := runCLI(t, a, "export")
	if code != ExitOK {
		t.Fatal(code)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%d rows, %v:\n%s", len(rows), err, out)
	}
	r := rows[1]
	if r[2] != "'"+m.Recruiter || r[3] != "'"+m.Candidate.Name || r[19] != "'"+m.Personalization || r[9] != "none" {
		t.Errorf("not neutralised: %q", r)
	}
	// JSON Lines carries the text as it is.
	out, _, _ = runCLI(t, a, "export", "--format", "jsonl")
	var j map[string]any
	if err := json.Unmarshal([]byte(out), &j); err != nil || j["recruiter"] != m.Recruiter || j["accepted_at"] != nil {
		t.Errorf("jsonl: %v, %v", j, err)
	}
}
