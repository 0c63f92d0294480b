package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/config"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

func TestRecruiterName(t *testing.T) {
	a := newTestApp(t)
	if got := a.recruiterName(config.Config{Recruiter: " Jordan Blake "}); got != "Jordan Blake" {
		t.Errorf("from config: %q", got)
	}
	a.Getenv = envOf(map[string]string{"USER": "jblake"})
	if got := a.recruiterName(config.Config{}); got != "jblake" {
		t.Errorf("from $USER: %q", got)
	}
	a.Getenv = envOf(nil)
	if got := a.recruiterName(config.Config{}); got != "recruiter" {
		t.Errorf("fallback: %q", got)
	}
}

func TestComposeFields(t *testing.T) {
	cfg := config.Config{
		Recruiter: "Jordan Blake",
		Sender:    config.Sender{Signature: "Jordan · Harbour Legal Search"},
		Defaults:  config.Defaults{Role: "Associate", Client: "a top-10 firm", Hook: "Hybrid."},
	}
	got := composeFields(cfg, "Senior Associate", "", "  ")
	want := library.Fields{Role: "Senior Associate", Client: "a top-10 firm", Hook: "Hybrid.",
		SenderName: "Jordan Blake", Signature: "Jordan · Harbour Legal Search"}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestParseAt(t *testing.T) {
	loc := time.FixedZone("BST", 3600)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2026-10-06 09:30", time.Date(2026, 10, 6, 9, 30, 0, 0, loc)},
		{"2026-10-06 09:30:15", time.Date(2026, 10, 6, 9, 30, 15, 0, loc)},
		{"2026-10-06T09:30", time.Date(2026, 10, 6, 9, 30, 0, 0, loc)},
		{"2026-10-06T08:30:00Z", time.Date(2026, 10, 6, 8, 30, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		got, err := parseAt(tc.in, loc)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("parseAt(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "06/10/2026 09:30", "2026-13-01 10:00"} {
		if _, err := parseAt(bad, loc); err == nil || !strings.Contains(err.Error(), "--at") {
			t.Errorf("parseAt(%q): %v", bad, err)
		}
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

func TestIsConnectionsCSV(t *testing.T) {
	for name, tc := range map[string]struct {
		content string
		want    bool
	}{
		"export.csv":    {readTestFile(t, "testdata/candidates/Connections.csv"), true},
		"no-notes.csv":  {"\uFEFFFirst Name,Last Name,URL,Company\nA,B,https://linkedin.com/in/ab,C\n", true},
		"profiles.csv":  {"name,id,title\nA B,https://linkedin.com/in/ab,C\n", false},
		"first-url.csv": {"name,url\nA,B\n", false},
	} {
		if got := isConnectionsCSV([]byte(tc.content)); got != tc.want {
			t.Errorf("%s: %v, want %v", name, got, tc.want)
		}
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
		got, err := matchSaved(saved, tc.p)
		if got != tc.want || (err == nil) != (tc.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tc.wantErr)) {
			t.Errorf("matchSaved(%+v) = %q, %v; want %q, %q", tc.p, got, err, tc.want, tc.wantErr)
		}
	}
}

func TestCreditMonthCountsOnlyTheRecruiter(t *testing.T) {
	a := newTestApp(t)
	db := openSendDB(t, a)
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
	monthly := 10
	cfg := config.Config{Seat: config.Seat{Preset: "custom", Monthly: &monthly, Start: "2026-03"}}
	for _, tc := range []struct {
		who  string
		want int
	}{{"Jordan Blake", 8}, {"Sam Reyes", 9}, {"Nobody Yet", 10}} {
		m, err := a.creditMonth(db, cfg, tc.who)
		if err != nil || m.Left != tc.want || m.Allotment != 10 {
			t.Errorf("%s: %+v, %v; want %d left", tc.who, m, err, tc.want)
		}
	}
}
