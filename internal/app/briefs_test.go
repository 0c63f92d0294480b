package app

import (
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// TestLastBrief: a compose starts from the open brief the person last
// sent with, not a colleague's more recent one; none before their first
// send, none once it is archived; a log not made yet has no briefs.
func TestLastBrief(t *testing.T) {
	s, path := fileSession(t)
	if bs, err := s.Briefs(true); err != nil || len(bs) != 0 {
		t.Fatalf("briefs of no log: %v, %v", bs, err)
	}
	db, err := store.Open(path, store.Options{Now: s.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	send := func(who, role, client string, at time.Time) {
		t.Helper()
		m := outreach.Message{Recruiter: who, Candidate: outreach.CandidateRef{ID: "linkedin.com/in/x" + role + client, Name: "X"},
			TemplateID: "associate/direct-intro", TemplateHash: "h", Channel: 1, Subject: "S", Body: "B",
			Role: role, Client: client, StartedAt: at, SentAt: at, Credits: 1}
		if _, _, err := db.Send(m, ""); err != nil {
			t.Fatal(err)
		}
	}
	send("Sam Ortiz", "Tax associate", "Varden", testNow.Add(-3*time.Hour))
	check := func(want string) {
		t.Helper()
		b, ok, err := s.LastBrief()
		if err != nil || ok != (want != "") || b.Name != want {
			t.Errorf("LastBrief = %q, %v, %v; want %q", b.Name, ok, err, want)
		}
	}
	s.Store = HeldStore{DB: db}
	check("") // only a colleague's brief
	send("Jordan Blake", "Senior M&A Associate", "a top-10 firm", testNow.Add(-2*time.Hour))
	send("Jordan Blake", "Banking associate", "Harlow", testNow.Add(-90*time.Minute))
	send("Sam Ortiz", "Senior M&A Associate", "a top-10 firm", testNow.Add(-time.Hour))
	check("Banking associate · Harlow")
	bs, err := s.Briefs(false)
	if err != nil || len(bs) != 3 || bs[0].Name != "Banking associate · Harlow" || bs[1].Name != "Senior M&A Associate · a top-10 firm" || bs[2].Name != "Tax associate · Varden" {
		t.Errorf("Briefs order: %+v, %v", bs, err)
	}
	if _, err := s.ArchiveBrief("banking associate · harlow"); err != nil {
		t.Fatal(err)
	}
	check("Senior M&A Associate · a top-10 firm")
	if _, err := s.FindBrief("#2"); err != nil {
		t.Errorf("a brief by its number with #: %v", err)
	}
	if _, err := s.FindBrief("Litigation"); ExitOf(err) != ExitBadInput || !strings.Contains(err.Error(), "open briefs:") {
		t.Errorf("an unknown brief: %v", err)
	}
}
