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

func (f *fakeStore) CandidatesFor([]profile.Profile) ([]outreach.Candidate, error) {
	return f.cands, nil
}
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

// saveNow presses ctrl+s and runs the save, up to the message the screen
// sends the root (or nil when it stops to ask).
func saveNow(t *testing.T, m *Model) tea.Msg {
	t.Helper()
	_, cmd := m.Update(ctrl('s'))
	if cmd == nil {
		t.Fatalf("ctrl+s did not save; error %q", m.err)
	}
	return run(m, cmd)
}

// run runs cmd and gives the screen what it says until it says something
// for the root, or nothing.
func run(m *Model, cmd tea.Cmd) tea.Msg {
	for cmd != nil {
		msg := cmd()
		switch msg.(type) {
		case matchedMsg, savedMsg:
			_, cmd = m.Update(msg)
		default:
			return msg
		}
	}
	return nil
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

// TestFormRefusesWhatTheCommandLineRefuses: the review runs the one
// profile validation (profile.Validate) the command line runs, so a saved
// profile whose id carries control characters is not saved again as is.
func TestFormRefusesWhatTheCommandLineRefuses(t *testing.T) {
	s := &fakeStore{}
	id := "linkedin.com/in/sam\x1b]52;c;eA==\x07okafor"
	m := newScreen(s, "", &outreach.Candidate{ID: id, Profile: profile.Profile{ID: id, Name: "Sam Okafor"}})
	if _, cmd := m.Update(ctrl('s')); cmd != nil || !strings.Contains(m.err, "field id: holds control characters") {
		t.Errorf("saved a profile the command line refuses (err %q, %d saved)", m.err, len(s.put))
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

// TestSavedCandidateAsks pastes someone saved (the same name and current
// company, no URL): the screen shows what would change and asks; y
// updates them, n saves the paste as someone new, esc goes back.
func TestSavedCandidateAsks(t *testing.T) {
	saved := outreach.Candidate{ID: "inmail:7", Profile: profile.Profile{ID: "inmail:7", Name: "Elena  Petrova", Title: "Trainee", Company: "Varden Legal"}}
	for _, key := range []string{"y", "n", "esc"} {
		s := &fakeStore{cands: []outreach.Candidate{saved}}
		m := newScreen(s, "Elena Petrova\nAssociate at Varden Legal\n", nil)
		if msg := saveNow(t, m); msg != nil || m.step != stepConfirm {
			t.Fatalf("%s: saving a saved candidate did not ask (step %d, %#v)", key, m.step, msg)
		}
		out := ansi.Strip(m.View())
		for _, want := range []string{"update a saved candidate?", "Elena  Petrova is already saved (the same name and current company)",
			`title: "Trainee" → "Associate"`, `headline: (none) → "Associate at Varden Legal"`, "y updates", "n saves this profile as someone new"} {
			if !strings.Contains(out, want) {
				t.Errorf("the question does not show %q:\n%s", want, out)
			}
		}
		press := tea.KeyPressMsg{Code: rune(key[0]), Text: key}
		if key == "esc" {
			press = tea.KeyPressMsg{Code: tea.KeyEscape}
		}
		_, cmd := m.Update(press)
		msg := run(m, cmd)
		switch key {
		case "y":
			if len(s.put) != 1 || s.put[0].ID != "inmail:7" || s.put[0].Title != "Associate" {
				t.Errorf("y saved %+v", s.put)
			}
			if _, ok := msg.(common.CandidateChosen); !ok {
				t.Errorf("y: the screen said %#v", msg)
			}
		case "n":
			if len(s.put) != 1 || s.put[0].ID != "" {
				t.Errorf("n saved %+v, want a new candidate", s.put)
			}
		case "esc":
			if len(s.put) != 0 || m.step != stepReview {
				t.Errorf("esc saved %+v, step %d", s.put, m.step)
			}
		}
	}
}

// TestSecondPersonIsNew pastes someone else after a saved candidate: they
// are saved as a new candidate, without asking.
func TestSecondPersonIsNew(t *testing.T) {
	s := &fakeStore{cands: []outreach.Candidate{{ID: "inmail:1", Profile: profile.Profile{ID: "inmail:1", Name: "Priya Raman", Company: "Halden Stroud & Co."}}}}
	m := newScreen(s, "", nil)
	m.Update(tea.PasteMsg{Content: readPage(t, "04-german-pronouns-katharina.txt")})
	if _, ok := saveNow(t, m).(common.CandidateChosen); !ok || len(s.put) != 1 || s.put[0].Name != "Katharina Vogt" || s.put[0].ID != "" {
		t.Errorf("saved %+v", s.put)
	}
}

// TestPasteWithNoCard pastes LinkedIn's menus and no profile: the review
// says what was expected and lets the recruiter type the card in.
func TestPasteWithNoCard(t *testing.T) {
	s := &fakeStore{}
	m := newScreen(s, "", nil)
	m.Update(tea.PasteMsg{Content: "Skip to main content\rHome\rMy Network\rJobs\rMessaging\rNotifications\rMe\rFor Business\r\rAbout\rI run the night shift.\r"})
	if m.step != stepReview || m.focus != fieldName || m.inputs[fieldName].Value() != "" {
		t.Fatalf("step %d, focus %d, name %q", m.step, m.focus, m.inputs[fieldName].Value())
	}
	out := ansi.Strip(m.View())
	if !strings.Contains(out, "Not read as a profile: the paste has LinkedIn's menus") || !strings.Contains(out, "fill in the card by hand") {
		t.Errorf("the review does not say what was expected:\n%s", out)
	}
	for _, r := range "Ana Lima" {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	if _, ok := saveNow(t, m).(common.CandidateChosen); !ok || s.put[0].Name != "Ana Lima" || s.put[0].About != "I run the night shift." {
		t.Errorf("saved %+v", s.put)
	}
}

// TestPasteOver1MB refuses a huge paste on the paste step, without
// reading it.
func TestPasteOver1MB(t *testing.T) {
	m := newScreen(&fakeStore{}, "", nil)
	m.Update(tea.PasteMsg{Content: strings.Repeat("Priya Raman\r", 100000)})
	if m.step != stepPaste || m.paste.Value() != "" || !strings.Contains(ansi.Strip(m.View()), "The paste is over 1 MB") {
		t.Errorf("step %d, %d bytes in the paste box:\n%s", m.step, len(m.paste.Value()), ansi.Strip(m.View()))
	}
}

func readPage(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../profile/testdata/pages/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
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
