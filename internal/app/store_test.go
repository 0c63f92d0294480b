package app

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/store"
)

// fileSession is a session on a log file that does not exist yet.
func fileSession(t *testing.T) (*Session, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "inmail.db")
	clock := func() time.Time { return testNow }
	return &Session{Person: recruiter("Jordan Blake"), Now: clock, Store: FileStore{Path: path, Now: clock}}, path
}

// TestNoLogYet: queries of a log that was never made find nothing, a
// change to one says so in a sentence, and neither makes the file.
func TestNoLogYet(t *testing.T) {
	s, path := fileSession(t)
	if es, err := s.Attention(outreach.Filter{}, 50); err != nil || es == nil || len(es) != 0 {
		t.Errorf("Attention: %v, %v; want an empty list", es, err)
	}
	if c, err := s.Credits("Jordan Blake", 1); err != nil || c.Month().Left != 150 {
		t.Errorf("Credits: %+v, %v; want a full seat", c, err)
	}
	_, err := s.Entry(3)
	if ExitOf(err) != ExitBadInput || !strings.Contains(err.Error(), "no message 3: nothing has been logged in "+path) {
		t.Errorf("Entry: %v", err)
	}
	_, err = s.RecordOutcome(OutcomeRequest{ID: 3, Outcome: outreach.Replied})
	if ExitOf(err) != ExitBadInput || !strings.Contains(err.Error(), "no message 3") {
		t.Errorf("RecordOutcome: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a query or a refused change made the log: %v", err)
	}
}

// TestOutcomesAndReports records, takes back and reports through the
// use cases, on a log file opened for each call.
func TestOutcomesAndReports(t *testing.T) {
	s, path := fileSession(t)
	db, err := store.Open(path, store.Options{Now: s.Now})
	if err != nil {
		t.Fatal(err)
	}
	sent := testNow.Add(-10 * 24 * time.Hour)
	m := outreach.Message{Recruiter: "Jordan Blake", Candidate: outreach.CandidateRef{ID: "linkedin.com/in/priya", Name: "Priya Raman"},
		TemplateID: "associate/direct-intro", TemplateHash: "h", Channel: 1, Subject: "S", Body: "B", Personalization: "Your deal.",
		StartedAt: sent, SentAt: sent, Credits: 1}
	id, _, err := db.Send(m, "")
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	res, err := s.RecordOutcome(OutcomeRequest{ID: id, Outcome: outreach.Replied, At: sent.Add(26 * time.Hour)})
	if err != nil || res.Entry.Status != outreach.StatusResponded {
		t.Fatalf("a reply after a day: %+v, %v", res.Entry.State, err)
	}
	if got := s.StatusLine(res.Entry); got != "responded in 1 day 2 hours · credit returned" {
		t.Errorf("status line %q", got)
	}
	undo, err := s.RecordOutcome(OutcomeRequest{ID: id, Undo: true})
	if err != nil || undo.Undone.Seq != res.Event.Seq || undo.Entry.Status != outreach.StatusNone {
		t.Errorf("undo: %+v, %v", undo, err)
	}
	if _, err := s.RecordOutcome(OutcomeRequest{ID: id, Undo: true}); ExitOf(err) != ExitBadInput {
		t.Errorf("nothing left to undo: %v", err)
	}

	q := report.Query{Now: testNow, By: []report.Dimension{report.ByTemplate}}
	r, err := s.Report(q)
	if err != nil || r.Total.Sent != 1 || r.Total.Decided != 1 {
		t.Errorf("report: %+v, %v", r.Total, err)
	}
	q.Recruiters = []string{"Jordn Blake"}
	if _, err := s.Report(q); ExitOf(err) != ExitBadInput || !strings.Contains(err.Error(), `"Jordn Blake" (the log has Jordan Blake)`) {
		t.Errorf("a misspelt recruiter: %v", err)
	}
	var rows []ExportRow
	err = s.Export(report.Query{Now: testNow, Location: time.UTC}, []outreach.Status{outreach.StatusNone}, func(r ExportRow) error {
		rows = append(rows, r)
		return nil
	})
	if err != nil || len(rows) != 1 || rows[0].ID != id || rows[0].Status != "none" || rows[0].RepliedAt != "" {
		t.Errorf("export: %+v, %v", rows, err)
	}
}
