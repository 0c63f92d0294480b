package outreach

import (
	"testing"
	"time"
)

func TestBriefKeyAndName(t *testing.T) {
	if a, b := BriefKey("Senior M&A Associate", "a top-10 firm"), BriefKey(" senior m&a  associate ", "A TOP-10 FIRM"); a != b || a == "" {
		t.Errorf("keys %q and %q: want one brief", a, b)
	}
	if BriefKey("Associate", "") == BriefKey("", "Associate") {
		t.Error("a role and a client with the same words are one brief")
	}
	if k := BriefKey(" ", ""); k != "" {
		t.Errorf("no role or client: key %q, want none", k)
	}
	for _, tc := range []struct{ role, client, want string }{
		{"Senior M&A  Associate", "a top-10 firm", "Senior M&A Associate · a top-10 firm"},
		{"", "Harlow & Pierce", "Harlow & Pierce"},
		{"Tax associate", " ", "Tax associate"},
	} {
		if got := BriefName(tc.role, tc.client); got != tc.want {
			t.Errorf("BriefName(%q, %q) = %q, want %q", tc.role, tc.client, got, tc.want)
		}
	}
	if got := NumberedName("Tax associate", 3); got != "Tax associate (3)" {
		t.Errorf("NumberedName = %q", got)
	}
}

func TestBriefUse(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	b := NewBrief(Message{Recruiter: "Jordan Blake", Role: " Tax associate ", Client: "Varden", Hook: "Hybrid.", Seniority: "associate", SentAt: t0}, "Tax associate · Varden")
	if b.Sent != 1 || b.Role != "Tax associate" || b.Hook != "Hybrid." || b.CreatedBy != "Jordan Blake" || !b.CreatedAt.Equal(t0) || b.Seniority != "associate" {
		t.Fatalf("NewBrief = %+v", b)
	}
	// A send logged late (dated before the last use) counts but keeps the
	// newer hook; a send without a hook keeps it too.
	b.Use(Message{Recruiter: "Sam Ortiz", Hook: "Remote.", SentAt: t0.Add(-time.Hour)})
	b.Use(Message{Recruiter: "Sam Ortiz", SentAt: t0.Add(time.Hour)})
	if b.Sent != 3 || b.Hook != "Hybrid." {
		t.Errorf("after two more: %d sent, hook %q", b.Sent, b.Hook)
	}
	b.Use(Message{Recruiter: "Jordan Blake", Hook: "Four days remote.", SentAt: t0.Add(2 * time.Hour)})
	if at, by := b.UsedAt(); !at.Equal(t0.Add(2*time.Hour)) || by != "Jordan Blake" || b.Hook != "Four days remote." {
		t.Errorf("last used %v by %q, hook %q", at, by, b.Hook)
	}
	if !b.LastUsed["Sam Ortiz"].Equal(t0.Add(time.Hour)) {
		t.Errorf("Sam's last use %v", b.LastUsed["Sam Ortiz"])
	}
	if err := (Brief{Name: "x"}).Validate(); ErrorCode(err) != EINVALID {
		t.Errorf("a brief with neither role nor client: %v", err)
	}
}

func TestPickBrief(t *testing.T) {
	open := Brief{ID: 1, Name: "Tax associate · Varden", Role: "Tax associate", Client: "Varden"}
	closed := Brief{ID: 2, Name: "Banking associate · Harlow", Role: "Banking associate", Client: "Harlow", ArchivedAt: time.Now()}
	closed2 := Brief{ID: 3, Name: "Banking associate · Harlow (2)", Role: "Banking associate", Client: "Harlow", ArchivedAt: time.Now()}
	briefs := []Brief{open, closed, closed2}
	for _, tc := range []struct {
		role, client string
		wantI        int
		wantName     string
		wantOK       bool
	}{
		{"TAX associate", " varden", 0, "Tax associate · Varden", true},
		{"Banking associate", "Harlow", -1, "Banking associate · Harlow (3)", true},
		{"Litigator", "", -1, "Litigator", true},
		{"", " ", -1, "", false},
	} {
		i, name, ok := PickBrief(briefs, Message{Role: tc.role, Client: tc.client})
		if i != tc.wantI || name != tc.wantName || ok != tc.wantOK {
			t.Errorf("PickBrief(%q, %q) = %d, %q, %v; want %d, %q, %v", tc.role, tc.client, i, name, ok, tc.wantI, tc.wantName, tc.wantOK)
		}
	}
}
