package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

func TestCandidates(t *testing.T) {
	db, clk := MustOpen(t)
	priya := profile.Profile{ID: "https://www.linkedin.com/in/priya-raman-sample", Name: "Priya Raman", Skills: []string{"M&A"}}
	c, err := db.PutCandidate(priya)
	if err != nil {
		t.Fatal(err)
	}
	if c.ID != "linkedin.com/in/priya-raman-sample" || !c.AddedAt.Equal(start) || !c.UpdatedAt.Equal(start) {
		t.Errorf("new candidate = %+v", c)
	}

	clk.Add(time.Hour)
	priya.ID = "http://LinkedIn.com/in/Priya-Raman-Sample/"
	priya.Title = "Senior Associate"
	c2, err := db.PutCandidate(priya)
	if err != nil {
		t.Fatal(err)
	}
	if c2.ID != c.ID || !c2.AddedAt.Equal(start) || !c2.UpdatedAt.Equal(clk.Now()) {
		t.Errorf("updated candidate = %+v, want the same id, added at start, updated now", c2)
	}

	clk.Add(time.Hour)
	anon, err := db.PutCandidate(profile.Profile{Name: "Sam Ortiz"})
	if err != nil {
		t.Fatal(err)
	}
	if anon.ID != "inmail:1" || anon.Profile.ID != "inmail:1" {
		t.Errorf("generated id = %q (profile id %q), want inmail:1", anon.ID, anon.Profile.ID)
	}
	if again, _ := db.PutCandidate(anon.Profile); again.ID != anon.ID {
		t.Errorf("saving the returned profile again made %q", again.ID)
	}

	got, err := db.Candidate("https://www.linkedin.com/in/priya-raman-sample/")
	if err != nil || got.Profile.Title != "Senior Associate" || len(got.Profile.Skills) != 1 {
		t.Errorf("Candidate(url) = %+v, %v", got, err)
	}
	cs, err := db.Candidates()
	if err != nil || len(cs) != 2 || cs[0].ID != anon.ID {
		t.Errorf("Candidates = %v, %v; want Sam (added last) first", ids(cs), err)
	}

	if err := db.SaveDraft(outreach.Draft{CandidateID: c.ID}); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteCandidate(priya.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Candidate(c.ID); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("deleted candidate: %v", err)
	}
	if _, err := db.Draft(c.ID); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("the deleted candidate's draft: %v", err)
	}
	if err := db.DeleteCandidate(c.ID); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("deleting twice: %v", err)
	}
}

func TestDrafts(t *testing.T) {
	db, clk := MustOpen(t)
	if _, err := db.LatestDraft(); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("LatestDraft of an empty store: %v", err)
	}
	if err := db.SaveDraft(outreach.Draft{}); outreach.ErrorCode(err) != outreach.EINVALID {
		t.Errorf("a draft without a candidate: %v", err)
	}
	d1 := outreach.Draft{CandidateID: "https://www.linkedin.com/in/candidate-1", TemplateID: "t", Personalization: "Your work on"}
	if err := db.SaveDraft(d1); err != nil {
		t.Fatal(err)
	}
	clk.Add(time.Minute)
	if err := db.SaveDraft(outreach.Draft{CandidateID: "linkedin.com/in/candidate-2", Personalization: "two"}); err != nil {
		t.Fatal(err)
	}
	latest, err := db.LatestDraft()
	if err != nil || latest.CandidateID != "linkedin.com/in/candidate-2" || !latest.SavedAt.Equal(clk.Now()) {
		t.Errorf("LatestDraft = %+v, %v", latest, err)
	}
	clk.Add(time.Minute)
	d1.Personalization = "Your work on deal number 1"
	if err := db.SaveDraft(d1); err != nil {
		t.Fatal(err)
	}
	got, err := db.Draft("linkedin.com/in/candidate-1")
	if err != nil || got.Personalization != d1.Personalization || got.TemplateID != "t" {
		t.Errorf("Draft = %+v, %v", got, err)
	}
	if ds, _ := db.Drafts(); len(ds) != 2 || ds[0].CandidateID != "linkedin.com/in/candidate-1" {
		t.Errorf("Drafts = %+v", ds)
	}
	mustSend(t, db, message(1, clk.Now()))
	if _, err := db.Draft("linkedin.com/in/candidate-1"); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("the draft survived the send: %v", err)
	}
	if err := db.DeleteDraft("linkedin.com/in/candidate-2"); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteDraft("linkedin.com/in/candidate-2"); err != nil {
		t.Errorf("deleting a missing draft: %v", err)
	}
	if ds, _ := db.Drafts(); len(ds) != 0 {
		t.Errorf("drafts left: %+v", ds)
	}
}

// PutCandidates saves a batch in one transaction: a failure saves none.
func TestPutCandidatesAllOrNothing(t *testing.T) {
	db, _ := MustOpen(t)
	batch := []profile.Profile{
		{ID: "https://www.linkedin.com/in/a", Name: "Ana Ruiz"},
		{Name: "No URL"},
		{ID: "https://www.linkedin.com/in/b", Name: "Ben Ode"},
	}
	boom := errors.New("boom")
	db.fail = func(string) error { return boom }
	if _, err := db.PutCandidates(batch); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the injected failure", err)
	}
	db.fail = nil
	if cs, err := db.Candidates(); err != nil || len(cs) != 0 {
		t.Fatalf("after a failed batch: %d candidates (%v), want none", len(cs), err)
	}

	cs, err := db.PutCandidates(batch)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 3 || cs[1].ID == "" || cs[1].Profile.ID != cs[1].ID {
		t.Fatalf("saved %+v, want three with a generated id for the one without a URL", cs)
	}
	if all, _ := db.Candidates(); len(all) != 3 {
		t.Errorf("%d candidates stored, want 3", len(all))
	}
}

// TestPutCandidateCleans checks that nothing a terminal would act on is
// stored with a candidate.
func TestPutCandidateCleans(t *testing.T) {
	db, _ := MustOpen(t)
	c, err := db.PutCandidate(profile.Profile{Name: "Sam \x1b]52;c;ZXZpbA==\x07Ortiz\x1b[2J",
		Experience: []profile.Experience{{Title: "Founder\r", Description: "\u009b31mLegal tech"}}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Candidate(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p := got.Profile; p.Name != "Sam Ortiz" || p.Experience[0].Title != "Founder" || p.Experience[0].Description != "Legal tech" {
		t.Errorf("stored %q, %q, %q", p.Name, p.Experience[0].Title, p.Experience[0].Description)
	}
}

// TestCandidateSummaries: the list's summaries are the candidates', field
// for field and in the same order.
func TestCandidateSummaries(t *testing.T) {
	db, clk := MustOpen(t)
	for i, name := range []string{"Priya Raman", "Sam Ortiz", "Inès Moreau"} {
		clk.Add(time.Hour)
		p := profile.Profile{ID: "https://www.linkedin.com/in/p" + string(rune('a'+i)), Name: name, Headline: "Partner at X",
			Title: "Partner", Company: "X & Co", Location: "Łódź, Poland", Seniority: "partner-track", About: "long text", Skills: []string{"M&A"}}
		if _, err := db.PutCandidate(p); err != nil {
			t.Fatal(err)
		}
	}
	full, err := db.Candidates()
	if err != nil {
		t.Fatal(err)
	}
	sums, err := db.CandidateSummaries()
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != len(full) || len(full) != 3 {
		t.Fatalf("%d summaries of %d candidates", len(sums), len(full))
	}
	for i, c := range full {
		if want := c.Summary(); !reflect.DeepEqual(sums[i], want) {
			t.Errorf("summary %d = %+v, want %+v", i, sums[i], want)
		}
	}
	if full[0].Profile.Name != "Inès Moreau" {
		t.Errorf("the candidate added last is not first: %s", full[0].Profile.Name)
	}
}
