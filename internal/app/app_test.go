package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/templates"
)

// testNow is the fixed clock of test sessions.
var testNow = time.Date(2026, 3, 10, 9, 30, 0, 0, time.UTC)

// priyaLine passes the gate for testdata/priya.json.
const priyaLine = "Your work on Castell Pharma's acquisition of Norvane Therapeutics is the kind of deal my client leads."

// mustOpenDB opens a new log in a temporary folder with the test clock;
// it is closed with the test.
func mustOpenDB(tb testing.TB) *store.DB {
	tb.Helper()
	db, err := store.Open(filepath.Join(tb.TempDir(), "inmail.db"), store.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// newSession is a session for person on db, with the built-in library.
func newSession(tb testing.TB, db *store.DB, person Person) *Session {
	tb.Helper()
	lib, probs := library.Load(library.Layer{Source: library.BuiltIn, FS: templates.FS})
	if len(probs) > 0 {
		tb.Fatalf("built-in templates: %v", probs)
	}
	lists, err := personalize.LoadLists("")
	if err != nil {
		tb.Fatal(err)
	}
	return &Session{
		Person:   person,
		Now:      func() time.Time { return testNow },
		Store:    HeldStore{DB: db},
		Library:  lib,
		Lists:    lists,
		Defaults: Defaults{Role: "Senior M&A Associate", Client: "a top-10 firm", Hook: "Hybrid, two days in the office."},
	}
}

func recruiter(name string) Person {
	return Person{Name: name, Preset: outreach.PresetRecruiter, Seat: outreach.PresetRecruiter.Seat(), SenderName: name}
}

func readPriya(tb testing.TB) profile.Profile {
	tb.Helper()
	b, err := os.ReadFile("testdata/priya.json")
	if err != nil {
		tb.Fatal(err)
	}
	var p profile.Profile
	if err := json.Unmarshal(b, &p); err != nil {
		tb.Fatal(err)
	}
	return p
}

// TestTwoPeopleInOneProcess runs sessions for two recruiters on one held
// log at once, as team mode will: each send is logged as its sender, each
// seat counts only its own, and the second recruiter's reuse of the first
// one's line is refused.
func TestTwoPeopleInOneProcess(t *testing.T) {
	db := mustOpenDB(t)
	jordan, sam := newSession(t, db, recruiter("Jordan Blake")), newSession(t, db, recruiter("Sam Reyes"))
	tpl, err := jordan.Template("senior-associate/lateral-move")
	if err != nil {
		t.Fatal(err)
	}
	priya := readPriya(t)
	marcus := priya
	marcus.ID, marcus.Name = "https://www.linkedin.com/in/marcus-chen-sample", "Marcus Chen"

	lines := []string{priyaLine, "Representing Castell Pharma in the $2.1 billion Norvane Therapeutics acquisition is the experience my client wants most."}
	var wg sync.WaitGroup
	results := make([]SendResult, 2)
	errs := make([]error, 2)
	for i, s := range []*Session{jordan, sam} {
		wg.Go(func() {
			p := priya
			if i == 1 {
				p = marcus
			}
			results[i], errs[i] = s.Send(SendRequest{Profile: p, Template: tpl, Line: lines[i]})
		})
	}
	wg.Wait()
	for i, who := range []string{"Jordan Blake", "Sam Reyes"} {
		if errs[i] != nil || !results[i].Logged || results[i].Message.Recruiter != who {
			t.Fatalf("%s's send: %+v, %v", who, results[i], errs[i])
		}
		if results[i].Left != 149 {
			t.Errorf("%s has %d credits left, want 149: a seat counts only its own sends", who, results[i].Left)
		}
		if !strings.Contains(results[i].Message.Body, who) {
			t.Errorf("%s's message is not signed by them:\n%s", who, results[i].Message.Body)
		}
	}

	// Sam sends Jordan's line, word for word, to someone else.
	res, err := sam.Send(SendRequest{Profile: marcus, Template: tpl, Line: priyaLine})
	if err != nil || res.Logged || res.Known || res.Decision.OK {
		t.Fatalf("Jordan's line sent again by Sam to another candidate: %+v, %v", res, err)
	}
}

func TestFields(t *testing.T) {
	s := &Session{
		Person:   Person{Name: "Jordan Blake", SenderName: "Jordan Blake", Signature: "Jordan · Harbour Legal Search"},
		Defaults: Defaults{Role: "Associate", Client: "a top-10 firm", Hook: "Hybrid."},
	}
	got := s.Fields("Senior Associate", "", "  ")
	want := library.Fields{Role: "Senior Associate", Client: "a top-10 firm", Hook: "Hybrid.",
		SenderName: "Jordan Blake", Signature: "Jordan · Harbour Legal Search"}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestSendKey(t *testing.T) {
	m := outreach.Message{Candidate: outreach.CandidateRef{ID: "https://www.linkedin.com/in/Priya/"}, TemplateID: "a/b", TemplateHash: "h",
		Subject: "S", Body: "B", Personalization: "Your talk at GopherCon!"}
	k := sendKey(m, "minute:1")
	same := m
	same.Candidate.ID = "linkedin.com/in/priya"
	same.Personalization = "your talk at gophercon"
	if sendKey(same, "minute:1") != k {
		t.Error("the same send written differently has another key")
	}
	for name, mod := range map[string]func(*outreach.Message){
		"body":     func(m *outreach.Message) { m.Body = "B2" },
		"subject":  func(m *outreach.Message) { m.Subject = "S2" },
		"template": func(m *outreach.Message) { m.TemplateHash = "h2" },
		"line":     func(m *outreach.Message) { m.Personalization = "Your talk at KubeCon" },
	} {
		x := m
		mod(&x)
		if sendKey(x, "minute:1") == k {
			t.Errorf("a different %s has the same key", name)
		}
	}
	if sendKey(m, "minute:2") == k {
		t.Error("another minute has the same key")
	}
}

func TestMatchSaved(t *testing.T) {
	saved := []outreach.Candidate{
		{ID: "inmail:1", Profile: profile.Profile{ID: "inmail:1", Name: "Elena Petrova", Company: "Varden Legal"}},
		{ID: "linkedin.com/in/sam-a", Profile: profile.Profile{Name: "Sam Ortiz"}},
		{ID: "linkedin.com/in/sam-b", Profile: profile.Profile{Name: "Sam  Ortiz"}},
	}
	tests := []struct {
		p       profile.Profile
		want    string
		wantErr string
	}{
		{profile.Profile{Name: "elena petrova", Company: "Varden Legal"}, "inmail:1", ""},
		// The same name at another firm is someone else.
		{profile.Profile{Name: "Elena Petrova", Company: "Kowalczyk Nowak"}, "", ""},
		{profile.Profile{Name: "Elena Petrova", ID: "https://linkedin.com/in/elena"}, "", ""},
		{profile.Profile{Name: "Nobody"}, "", ""},
		{profile.Profile{}, "", ""},
		{profile.Profile{Name: "Sam Ortiz"}, "", "2 saved candidates are Sam Ortiz (linkedin.com/in/sam-a, linkedin.com/in/sam-b)"},
	}
	for _, tc := range tests {
		got, err := MatchSaved(saved, tc.p)
		if got != tc.want || (err == nil) != (tc.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tc.wantErr)) {
			t.Errorf("MatchSaved(%+v) = %q, %v; want %q, %q", tc.p, got, err, tc.want, tc.wantErr)
		}
		if err != nil && ExitOf(err) != ExitBadInput {
			t.Errorf("MatchSaved's refusal exits %v, want bad input", ExitOf(err))
		}
	}
}

func TestCreditMonthCountsOnlyTheRecruiter(t *testing.T) {
	db := mustOpenDB(t)
	send := func(recruiter string, at time.Time, ch library.Channel) {
		t.Helper()
		m := outreach.Message{Recruiter: recruiter, Candidate: outreach.CandidateRef{ID: "c-" + at.String(), Name: "C"},
			TemplateID: "a/b", Channel: ch, Body: "Hi", Personalization: "line " + at.String() + recruiter,
			StartedAt: at, SentAt: at}
		if ch == library.InMail {
			m.Credits = 1
		}
		if _, _, err := db.Send(m, ""); err != nil {
			t.Fatal(err)
		}
	}
	send("Jordan Blake", testNow.Add(-time.Hour), library.InMail)
	send("Jordan Blake", testNow.Add(-2*time.Hour), library.InMail)
	send("Jordan Blake", testNow.Add(-3*time.Hour), library.Connection)
	send("Sam Reyes", testNow.Add(-time.Hour), library.InMail)
	s := &Session{
		Person: Person{Preset: outreach.PresetCustom, Seat: outreach.Seat{Monthly: 10, Cap: 40, Refunds: true},
			SeatStart: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
		Now: func() time.Time { return testNow },
	}
	for _, tc := range []struct {
		who  string
		want int
	}{{"Jordan Blake", 8}, {"Sam Reyes", 9}, {"Nobody Yet", 10}} {
		m, err := s.CreditMonth(db, tc.who)
		if err != nil || m.Left != tc.want || m.Allotment != 10 {
			t.Errorf("%s: %+v, %v; want %d left", tc.who, m, err, tc.want)
		}
	}
}
