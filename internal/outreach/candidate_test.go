package outreach

import (
	"strings"
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

func TestSameCandidate(t *testing.T) {
	priya := Candidate{ID: "linkedin.com/in/priya-raman", Profile: profile.Profile{ID: "https://www.linkedin.com/in/priya-raman/", Name: "Priya Raman", Company: "Halden Stroud & Co."}}
	pasted := Candidate{ID: "inmail:3", Profile: profile.Profile{ID: "inmail:3", Name: "Tom Okafor",
		Experience: []profile.Experience{{Title: "Director", Company: "Northgate Bank", End: "Present"}}}}
	tests := []struct {
		name string
		c    Candidate
		p    profile.Profile
		want bool
	}{
		{"the URL in another spelling", priya, profile.Profile{ID: "linkedin.com/in/Priya-Raman", Name: "P. Raman"}, true},
		{"another URL, same name and company", priya, profile.Profile{ID: "https://www.linkedin.com/in/priya-raman-2", Name: "Priya Raman", Company: "Halden Stroud & Co."}, false},
		{"no URL, same name and company", priya, profile.Profile{Name: "priya  raman", Company: "Halden Stroud & Co"}, true},
		{"no URL, same name, another company", priya, profile.Profile{Name: "Priya Raman", Company: "Brightwater Capital"}, false},
		{"no URL, another name, same company", priya, profile.Profile{Name: "Oliver Grant", Company: "Halden Stroud & Co."}, false},
		{"no URL, no name", priya, profile.Profile{Company: "Halden Stroud & Co."}, false},
		{"the current position's company", pasted, profile.Profile{Name: "Tom Okafor", Company: "Northgate Bank"}, true},
		{"the generated id", pasted, profile.Profile{ID: "inmail:3", Name: "Tom Okafor"}, true},
		{"another generated id", pasted, profile.Profile{ID: "inmail:4", Name: "Tom Okafor", Company: "Northgate Bank"}, false},
	}
	for _, tc := range tests {
		if got := SameCandidate(tc.c, tc.p); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	c, ok, err := MatchCandidate([]Candidate{priya, pasted}, profile.Profile{Name: "Tom Okafor", Company: "Northgate Bank"})
	if err != nil || !ok || c.ID != "inmail:3" {
		t.Errorf("match: got %q, %v, %v", c.ID, ok, err)
	}
	if _, ok, err := MatchCandidate([]Candidate{priya, pasted}, profile.Profile{Name: "Priya Raman", Company: "Northgate Bank"}); ok || err != nil {
		t.Errorf("someone new: got %v, %v", ok, err)
	}
	twin := pasted
	twin.ID = "inmail:9"
	pasted.AddedAt, twin.AddedAt = time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC), time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	_, _, err = MatchCandidate([]Candidate{pasted, twin}, profile.Profile{Name: "Tom Okafor", Company: "Northgate Bank"})
	if ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), "2 saved candidates are Tom Okafor at Northgate Bank (saved 3 Mar 2026, saved 9 Mar 2026);") || strings.Contains(err.Error(), "inmail:") {
		t.Errorf("two saved twins: got %v", err)
	}
	if a, b := IdentityKey(profile.Profile{Name: "Tom Okafor", Company: "Northgate Bank."}), IdentityKey(profile.Profile{Name: "tom okafor", Company: "northgate bank"}); a != b || !strings.HasPrefix(a, "name:") {
		t.Errorf("identity keys %q and %q", a, b)
	}
}
