package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestFindCandidateByName: a name one saved candidate has finds them; a
// name several have is refused, naming a few of their ids and saying
// where the rest are, however many there are.
func TestFindCandidateByName(t *testing.T) {
	db := mustOpenDB(t)
	s := newSession(t, db, recruiter("Sam Reyes"))
	var ps []profile.Profile
	for i := range 7 {
		ps = append(ps, profile.Profile{ID: fmt.Sprintf("https://www.linkedin.com/in/rachel-barnes-%d/", i), Name: "Rachel Barnes"})
	}
	ps = append(ps, profile.Profile{Name: "Ana Lima", Company: "Halden"})
	if _, err := db.PutCandidates(ps); err != nil {
		t.Fatal(err)
	}
	if c, err := s.FindCandidate("ana  LIMA"); err != nil || c.Profile.Name != "Ana Lima" {
		t.Errorf("a name one candidate has: %q, %v", c.Profile.Name, err)
	}
	_, err := s.FindCandidate("Rachel Barnes")
	if err == nil || !strings.Contains(err.Error(), "7 saved candidates are named Rachel Barnes") ||
		!strings.Contains(err.Error(), "and 2 more (inmail candidates list shows every id)") || strings.Count(err.Error(), "linkedin.com/in/") != 5 {
		t.Errorf("seven namesakes: %v", err)
	}
}
