package store

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// TestCandidatesFor: matching a profile against CandidatesFor gives what
// matching it against every saved candidate gives (the same candidate,
// someone new, or the ambiguity error), with and without the recency
// index, and reads only the candidates a profile may be.
func TestCandidatesFor(t *testing.T) {
	path := filepath.Join(t.TempDir(), "inmail.db")
	clk := &clock{t: start}
	db, err := Open(path, Options{Now: clk.Now})
	check(t, err)
	manyCandidates(t, db, clk, 30)
	exp := func(company string) []profile.Experience {
		return []profile.Experience{{Title: "Associate", Company: company, Start: "2020", End: "present"}}
	}
	_, err = db.PutCandidates([]profile.Profile{
		{Name: "Ana Lima", Company: "Halden"},                        // no URL
		{Name: "ana  LIMA", Experience: exp("Stroud")},               // the same name elsewhere
		{Name: "Sam Ortiz", Company: "Pollen"},                       // twice at one firm:
		{Name: "Sam Ortiz", Company: "Pollen", Title: "Counsel"},     // told apart by nothing
		{ID: linkedIn(99), Name: "Ana Lima", Company: "Ravensworth"}, // a URL and the name
	})
	check(t, err)
	probes := []profile.Profile{
		{ID: linkedIn(7)}, {ID: linkedIn(7) + "?trk=x", Name: "Someone Else"}, {ID: linkedIn(500), Name: "Person 7"},
		{Name: "Ana Lima", Company: "Halden"}, {Name: "ANA LIMA", Experience: exp("Stroud")}, {Name: "Ana Lima", Company: "Nowhere"},
		{Name: "Sam Ortiz", Company: "Pollen"}, {Name: "Person 12", Company: "Halden"}, {Name: "Person 12", Company: "Stroud"},
		{Name: "Nobody Here"}, {ID: linkedIn(99)},
	}
	compare := func(db *DB, when string) {
		t.Helper()
		all, err := db.Candidates()
		check(t, err)
		for _, p := range probes {
			some, err := db.CandidatesFor([]profile.Profile{p})
			check(t, err)
			if len(some) > 3 {
				t.Errorf("%s: %d candidates read for %q %q", when, len(some), p.ID, p.Name)
			}
			wc, wok, werr := outreach.MatchCandidate(all, p)
			gc, gok, gerr := outreach.MatchCandidate(some, p)
			if gok != wok || !reflect.DeepEqual(gc, wc) || (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
				t.Errorf("%s: %q %q matched %q %v %v, want %q %v %v", when, p.ID, p.Name, gc.ID, gok, gerr, wc.ID, wok, werr)
			}
		}
		many, err := db.CandidatesFor(probes)
		check(t, err)
		if len(many) != 7 { // 7 and 99 by URL; two Ana Limas, two Sam Ortizes and Person 12 by name
			t.Errorf("%s: %d candidates for every probe at once, want 7", when, len(many))
		}
	}
	compare(db, "with the index")
	check(t, db.Close())
	downgrade(t, path)
	ro, err := Open(path, Options{ReadOnly: true, Now: clk.Now})
	check(t, err)
	defer ro.Close()
	compare(ro, "schema 5, read-only")
}
