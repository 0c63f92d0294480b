package outreach

import (
	"testing"
	"time"

	"github.com/inmail/inmail/internal/profile"
)

func TestNormalizeProfileURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.linkedin.com/in/priya-raman-sample", "linkedin.com/in/priya-raman-sample"},
		{"http://linkedin.com/in/Priya-Raman-Sample/", "linkedin.com/in/priya-raman-sample"},
		{"  HTTPS://WWW.LINKEDIN.COM/in/priya-raman-sample/?trk=abc#x ", "linkedin.com/in/priya-raman-sample"},
		{"uk.linkedin.com/in/priya-raman-sample", "linkedin.com/in/priya-raman-sample"},
		{"https://www.linkedin.com/in/priya-raman-sample/details/experience/", "linkedin.com/in/priya-raman-sample"},
		{"https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa", "linkedin.com/in/josé-garcía"},
		{"https://www.linkedin.com/in/José-García", "linkedin.com/in/josé-garcía"},
		{"https://www.linkedin.com/talent/profile/AEMAABC", "linkedin.com/talent/profile/aemaabc"},
		{"https://example.com/people/priya/", "example.com/people/priya"},
		{"example.com", "example.com"},
		{"Priya Raman", ""},
		{"priya@example.com", ""},
		{"", ""},
		{"cand-12", ""},
	}
	for _, tt := range tests {
		if got := NormalizeProfileURL(tt.in); got != tt.want {
			t.Errorf("NormalizeProfileURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCandidateID(t *testing.T) {
	if got := CandidateID("https://www.linkedin.com/in/marcus-chen-sample/"); got != "linkedin.com/in/marcus-chen-sample" {
		t.Errorf("CandidateID(url) = %q", got)
	}
	if got := CandidateID("  crm:4411 "); got != "crm:4411" {
		t.Errorf("CandidateID(other id) = %q", got)
	}
}

func TestCandidateRecentAndRef(t *testing.T) {
	added := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	c := Candidate{ID: "linkedin.com/in/x", Profile: profile.Profile{ID: "https://www.linkedin.com/in/x/", Name: "X Y"}, AddedAt: added}
	if !c.Recent().Equal(added) {
		t.Errorf("Recent of an unused candidate = %v, want %v", c.Recent(), added)
	}
	c.LastUsed = added.Add(time.Hour)
	if !c.Recent().Equal(c.LastUsed) {
		t.Errorf("Recent = %v, want the last use", c.Recent())
	}
	if r := c.Ref(); r != (CandidateRef{ID: "linkedin.com/in/x", Name: "X Y", URL: "https://www.linkedin.com/in/x/"}) {
		t.Errorf("Ref = %+v", r)
	}
	c.Profile.ID = "crm:1"
	if r := c.Ref(); r.URL != "" {
		t.Errorf("Ref of a candidate without a URL has URL %q", r.URL)
	}
}
