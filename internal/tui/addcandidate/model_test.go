package addcandidate

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
)

type fakeStore struct {
	cands   []outreach.Candidate
	put     []profile.Profile
	deleted []string
	drafts  map[string]outreach.Draft
}

func (f *fakeStore) Draft(id string) (outreach.Draft, error) {
	if d, ok := f.drafts[id]; ok {
		return d, nil
	}
	return outreach.Draft{}, outreach.Errorf(outreach.ENOTFOUND, "no draft")
}
func (f *fakeStore) SaveDraft(d outreach.Draft) error {
	if f.drafts == nil {
		f.drafts = map[string]outreach.Draft{}
	}
	f.drafts[d.CandidateID] = d
	return nil
}

func (f *fakeStore) Candidates() ([]outreach.Candidate, error) { return f.cands, nil }
func (f *fakeStore) PutCandidate(p profile.Profile) (outreach.Candidate, error) {
	f.put = append(f.put, p)
	id := outreach.CandidateID(p.ID)
	if id == "" {
		id = "inmail:1"
	}
	return outreach.Candidate{ID: id, Profile: p}, nil
}
func (f *fakeStore) DeleteCandidate(id string) error {
	f.deleted = append(f.deleted, id)
	delete(f.drafts, id) // as the store does
	return nil
}

var levels = []profile.Level{
	{ID: "associate", Label: "Associate", MinYears: 0, MaxYears: 4},
	{ID: "senior-associate", Label: "Senior associate", MinYears: 4, MaxYears: 8},
	{ID: "partner-track", Label: "Partner track", MinYears: 8},
}

var now = time.Date(2026, 3, 3, 9, 40, 0, 0, time.UTC)

func newScreen(s Store, paste string, edit *outreach.Candidate) *Model {
	m := New(common.NewStyles(true), s, levels, func() time.Time { return now }, paste, edit)
	m.SetSize(80, 22)
	return m
}

func ctrl(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }

// saveNow presses ctrl+s and runs the save.
func saveNow(t *testing.T, m *Model) tea.Msg {
	t.Helper()
	_, cmd := m.Update(ctrl('s'))
	if cmd == nil {
		t.Fatalf("ctrl+s did not save; error %q", m.err)
	}
	_, cmd = m.Update(cmd())
	return cmd()
}

func TestPasteReviewSave(t *testing.T) {
	text, err := os.ReadFile("../../profile/testdata/paste/aisling-nurse.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := &fakeStore{}
	m := newScreen(s, "", nil)
	// Terminals send a paste's line breaks as carriage returns.
	m.Update(tea.PasteMsg{Content: strings.ReplaceAll(string(text), "\n", "\r")})
	if m.step != stepReview {
		t.Fatal("a paste did not lead to the review")
	}
	out := ansi.Strip(m.View())
	for _, want := range []string{"Aisling Byrne", "Saolta University Health Care Group", "◂ Partner track · 8+ years ▸", "suggested: 13 years", "2 positions"} {
		if !strings.Contains(out, want) {
			t.Errorf("the review does not show %q:\n%s", want, out)
		}
	}
	// The suggested level can be changed.
	m.Update(tea.KeyPressMsg{Code: tea.KeyLeft})
	msg := saveNow(t, m)
	chosen, ok := msg.(common.CandidateChosen)
	if !ok || !chosen.Replace {
		t.Fatalf("after saving the screen said %#v", msg)
	}
	p := s.put[0]
	if p.Name != "Aisling Byrne" || p.Seniority != "senior-associate" || len(p.Experience) != 2 || p.Text == "" {
		t.Errorf("saved %q level %q with %d positions", p.Name, p.Seniority, len(p.Experience))
	}
}

func TestFormNeedsAName(t *testing.T) {
	s := &fakeStore{}
	m := newScreen(s, "", nil)
	m.Update(ctrl('f'))
	if m.step != stepReview || m.focus != fieldName {
		t.Fatal("ctrl+f did not open the form on the name")
	}
	if _, cmd := m.Update(ctrl('s')); cmd != nil || !strings.Contains(m.err, "name is missing") {
		t.Errorf("a form without a name was saved (err %q)", m.err)
	}
	for _, r := range "Sam Okafor" {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
	for _, r := range "not a url" {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	if _, cmd := m.Update(ctrl('s')); cmd != nil || !strings.Contains(m.err, "not a profile URL") {
		t.Errorf("a bad URL was saved (err %q)", m.err)
	}
	if !m.Typing() {
		t.Error("typing in a field is not reported")
	}
}

func TestSameNameUpdates(t *testing.T) {
	s := &fakeStore{cands: []outreach.Candidate{{ID: "inmail:7", Profile: profile.Profile{Name: "Elena  Petrova"}}}}
	m := newScreen(s, "Elena Petrova\nAssociate at Varden Legal\n", nil)
	saveNow(t, m)
	if got := s.put[0].ID; got != "inmail:7" {
		t.Errorf("pasting a saved candidate again saved id %q, want inmail:7", got)
	}
}

func TestEditMovesToURL(t *testing.T) {
	s := &fakeStore{drafts: map[string]outreach.Draft{"inmail:3": {CandidateID: "inmail:3", TemplateID: "associate/connect", Personalization: "Your Fenwick work"}}}
	c := outreach.Candidate{ID: "inmail:3", Profile: profile.Profile{ID: "inmail:3", Name: "Elena Petrova", Seniority: "associate"}}
	m := newScreen(s, "", &c)
	m.setFocus(fieldURL)
	for _, r := range "https://www.linkedin.com/in/elena-petrova" {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	msg := saveNow(t, m)
	if _, ok := msg.(common.Back); !ok {
		t.Errorf("after correcting, the screen said %#v", msg)
	}
	if s.put[0].ID != "https://www.linkedin.com/in/elena-petrova" || len(s.deleted) != 1 || s.deleted[0] != "inmail:3" {
		t.Errorf("saved id %q, deleted %v", s.put[0].ID, s.deleted)
	}
	if d, ok := s.drafts["linkedin.com/in/elena-petrova"]; !ok || d.Personalization != "Your Fenwick work" || len(s.drafts) != 1 {
		t.Errorf("the draft did not move with the candidate: %+v", s.drafts)
	}
}

// TestReviewShowsValuesInFull pastes a profile whose headline is wider
// than its field: the review shows it from its first word to its last
// (the input used to show the end of it, as if scrolled), and the level's
// reason in full.
func TestReviewShowsValuesInFull(t *testing.T) {
	text, err := os.ReadFile("../../profile/testdata/paste/kenji-engineer.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := newScreen(&fakeStore{}, string(text), nil)
	out := ansi.Strip(m.View())
	for _, want := range []string{
		"  Headline     Staff Software Engineer at Fernhill Robotics | Motion planning,",
		"\n               Rust ",
		"suggested: 11 years since their first qualified role (Software",
		"\n               Engineer at Carnegie Autonomy, 2015); Partner track is 8+ years",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q on the review:\n%s", want, out)
		}
	}
	// A click on the headline's second line focuses the headline.
	m.Update(tea.MouseClickMsg{X: 20, Y: m.fieldY[fieldHeadline] + 1, Button: tea.MouseLeft})
	if m.focus != fieldHeadline {
		t.Errorf("a click on the headline's second line focused field %d", m.focus)
	}
}

// TestEditSaysWhatTheYearsSuggest corrects a saved candidate whose level
// differs from what their years suggest, in one sentence without nested
// brackets.
func TestEditSaysWhatTheYearsSuggest(t *testing.T) {
	c := outreach.Candidate{ID: "a", Profile: profile.Profile{Name: "Priya Raman", Seniority: "associate",
		Education: []profile.Education{{School: "Warwick", Year: 2016}}}}
	m := newScreen(&fakeStore{}, "", &c)
	out := ansi.Strip(m.View())
	if !strings.Contains(out, "their years suggest Partner track: 10 years since graduating") {
		t.Errorf("the suggestion is not said plainly:\n%s", out)
	}
}
