package candidates

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

var now = time.Date(2026, 3, 3, 9, 40, 0, 0, time.UTC)

func cand(id, name, company string, used time.Time) outreach.Candidate {
	return outreach.Candidate{ID: id, AddedAt: used, Profile: profile.Profile{Name: name, Title: "Associate", Company: company, Seniority: "associate"}}
}

func loaded(t *testing.T, s *tuitest.Log, autoAdd bool) (*Model, tea.Cmd) {
	t.Helper()
	m := New(common.NewStyles(true), s, map[string]string{"associate": "Associate"}, func() time.Time { return now }, autoAdd)
	m.SetSize(80, 20)
	_, cmd := m.Update(m.Init()())
	return m, cmd
}

func TestEmptyGoesToAdd(t *testing.T) {
	m, cmd := loaded(t, tuitest.NewLog(now), true)
	if cmd == nil {
		t.Fatal("an empty list did not ask for the add screen")
	}
	if _, ok := cmd().(common.NewCandidate); !ok {
		t.Error("an empty list asked for something else")
	}
	if m.keys.Filter.Enabled() || m.keys.Choose.Enabled() {
		t.Error("the help offers filtering or choosing in an empty list")
	}
	if _, cmd := loaded(t, tuitest.NewLog(now), false); cmd != nil {
		t.Error("without autoAdd the empty list still moved on")
	}
}

func TestFilterAndChoose(t *testing.T) {
	s := &tuitest.Log{
		Cands: []outreach.Candidate{
			cand("a", "Priya Raman", "Harlow & Pierce", now.Add(-time.Hour)),
			cand("b", "Sam Okafor", "Brack & Oyelaran", now.Add(-48*time.Hour)),
			cand("c", "Inès Moreau", "Pollen Maps", now.Add(-30*24*time.Hour)),
		},
		Saved: []outreach.Draft{{CandidateID: "b"}},
	}
	m, _ := loaded(t, s, true)
	out := ansi.Strip(m.View())
	for _, want := range []string{"▸ Priya Raman", "today 08:40", "draft · 2 days ago", "1 Feb"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	m.Update(tuitest.Key("/"))
	if !m.Typing() || !m.CapturesEsc() {
		t.Fatal("filtering does not take the keys")
	}
	for _, r := range "brack" {
		m.Update(tuitest.Key(string(r)))
	}
	if len(m.shown) != 1 {
		t.Fatalf("filter kept %d candidates, want 1", len(m.shown))
	}
	m.Update(tuitest.Key("enter"))
	_, cmd := m.Update(tuitest.Key("enter"))
	got, ok := cmd().(common.CandidateChosen)
	if !ok || got.Candidate.ID != "b" {
		t.Errorf("enter chose %+v", got)
	}
	m.Update(tuitest.Key("esc"))
	if len(m.shown) != 3 || m.CapturesEsc() {
		t.Error("esc did not clear the filter")
	}
	_, cmd = m.Update(tea.PasteMsg{Content: "Someone New\nHeadline"})
	if p, ok := cmd().(common.NewCandidate); !ok || !strings.HasPrefix(p.Paste, "Someone New") {
		t.Error("a paste on the list did not open the add screen with it")
	}
}

// TestLevelShownInFull gives the level column the width of the longest
// level label at 80 columns.
func TestLevelShownInFull(t *testing.T) {
	c := cand("a", "Priya Raman", "Halden Stroud & Co.", now)
	c.Profile.Title, c.Profile.Seniority = "Vice President, Leveraged Finance", "senior-associate"
	m := New(common.NewStyles(true), &tuitest.Log{Cands: []outreach.Candidate{c}},
		map[string]string{"associate": "Associate", "senior-associate": "Senior associate"}, func() time.Time { return now }, false)
	m.SetSize(80, 20)
	m.Update(m.Init()())
	out := ansi.Strip(m.View())
	if !strings.Contains(out, "Senior associate") || !strings.Contains(out, "Vice President") {
		t.Errorf("the level or the position is cut:\n%s", out)
	}
}

// TestHistoryOfTheSelected: the list says who on the team messaged the
// selected candidate, how often and where it stands.
func TestHistoryOfTheSelected(t *testing.T) {
	s := tuitest.NewLog(now)
	s.Cands = []outreach.Candidate{cand("a", "Priya Raman", "Harlow", now), cand("b", "Marcus Chen", "Penwick", now.Add(-time.Hour))}
	asked := 0
	m := New(common.NewStyles(true), s, map[string]string{"associate": "Associate"}, func() time.Time { return now }, false).
		WithHistory(func(ids []string) (map[string]outreach.History, error) {
			asked = len(ids)
			return map[string]outreach.History{"a": {
				{MessageID: 9, Recruiter: "Sam Reyes", SentAt: now.Add(-3 * 24 * time.Hour), Status: outreach.StatusAwaiting},
				{MessageID: 2, Recruiter: "Jo Kim", SentAt: now.Add(-40 * 24 * time.Hour), Status: outreach.StatusNone},
			}}, nil
		})
	m.SetSize(80, 20)
	m.Update(m.Init()())
	if asked != 2 {
		t.Fatalf("history asked for %d candidates, want 2", asked)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "messaged 2× · last 3 days ago by Sam Reyes · awaiting") {
		t.Errorf("Priya selected:\n%s", v)
	}
	m.Update(tuitest.Key("down"))
	if v := ansi.Strip(m.View()); strings.Contains(v, "messaged") {
		t.Errorf("Marcus, never messaged, has a history:\n%s", v)
	}
}

// TestLongListReadsLittle: a team's long list asks the team's history of
// the first historyFirst candidates only, and of another when it is
// selected; enter opens the composer on the candidate read whole, not on
// the summary the list holds.
func TestLongListReadsLittle(t *testing.T) {
	s := &tuitest.Log{}
	for i := range historyFirst + 5 {
		c := cand(fmt.Sprintf("c%03d", i), fmt.Sprintf("Person %d", i), "Firm", now.Add(-time.Duration(i)*time.Hour))
		c.Profile.About = "Led the Harrow Vale carve-out."
		s.Cands = append(s.Cands, c)
	}
	var asked [][]string
	m := New(common.NewStyles(true), s, map[string]string{"associate": "Associate"}, func() time.Time { return now }, false).
		WithHistory(func(ids []string) (map[string]outreach.History, error) {
			asked = append(asked, ids)
			out := map[string]outreach.History{}
			for _, id := range ids {
				out[id] = outreach.History{{MessageID: 1, Recruiter: "Sam Reyes", SentAt: now.Add(-time.Hour), Status: outreach.StatusAwaiting}}
			}
			return out, nil
		})
	m.SetSize(80, 20)
	// run feeds a command's messages back until none is left.
	var run func(cmd tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		msg := cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				run(c)
			}
			return
		}
		_, next := m.Update(msg)
		run(next)
	}
	run(m.Init())
	if len(asked) != 1 || len(asked[0]) != historyFirst {
		t.Fatalf("the load asked the history of %d lists, the first of %d", len(asked), len(asked[0]))
	}
	_, cmd := m.Update(tuitest.Key("end"))
	run(cmd)
	last := s.Cands[len(s.Cands)-1].ID
	if c, _ := m.Selected(); c.ID != last {
		t.Fatalf("end selected %s, want %s", c.ID, last)
	}
	if n := len(asked); n < 2 || len(asked[n-1]) != 1 || asked[n-1][0] != last {
		t.Errorf("selecting a candidate below the first %d asked %v", historyFirst, asked[1:])
	}
	if !strings.Contains(ansi.Strip(m.View()), "Sam Reyes") {
		t.Errorf("the selected candidate's history is not shown:\n%s", ansi.Strip(m.View()))
	}
	_, cmd = m.Update(tuitest.Key("enter"))
	got, ok := cmd().(common.CandidateChosen)
	if !ok || got.Candidate.ID != last || got.Candidate.Profile.About == "" {
		t.Errorf("enter chose %+v, not the candidate read whole", got)
	}
}

// TestFilterWhileLoading: a name typed after / while the list loads
// filters the list once it is there, and its letters are not keys (the
// "a" of "Kapoor" does not open the add screen).
func TestFilterWhileLoading(t *testing.T) {
	s := &tuitest.Log{Cands: []outreach.Candidate{
		cand("a", "Priya Raman", "Harlow", now), cand("b", "Anil Kapoor", "Penwick", now.Add(-time.Hour)),
	}}
	m := New(common.NewStyles(true), s, map[string]string{"associate": "Associate"}, func() time.Time { return now }, false)
	m.SetSize(80, 20)
	load := m.Init()
	for _, k := range []string{"/", "K", "a", "p"} {
		if _, cmd := m.Update(tuitest.Key(k)); cmd != nil {
			if _, ok := cmd().(common.NewCandidate); ok {
				t.Fatalf("%q while loading opened the add screen", k)
			}
		}
	}
	if !strings.Contains(ansi.Strip(m.View()), "/ Kap") {
		t.Errorf("the filter is not shown while loading:\n%s", ansi.Strip(m.View()))
	}
	m.Update(load())
	if len(m.shown) != 1 || m.all[m.shown[0]].Name != "Anil Kapoor" {
		t.Errorf("the filter typed while loading kept %d candidates", len(m.shown))
	}
}

// TestColumnsLineUp: the level column starts at the same place on every
// row, however long the last column's text ("today 08:40" beside "1 Feb").
func TestColumnsLineUp(t *testing.T) {
	s := &tuitest.Log{Cands: []outreach.Candidate{
		cand("a", "Priya Raman", "Harlow & Pierce", now.Add(-time.Hour)),
		cand("c", "Inès Moreau", "Pollen Maps", now.Add(-30*24*time.Hour)),
	}}
	m, _ := loaded(t, s, false)
	m.SetSize(140, 20)
	col := -1
	for _, l := range strings.Split(ansi.Strip(m.View()), "\n") {
		if i := strings.Index(l, "Associate  "); i >= 0 && (strings.Contains(l, "Priya") || strings.Contains(l, "Inès")) {
			at := ansi.StringWidth(l[:strings.LastIndex(l, "Associate  ")])
			if col >= 0 && at != col {
				t.Errorf("the level column starts at %d and at %d:\n%s", col, at, ansi.Strip(m.View()))
			}
			col = at
		}
	}
	if col < 0 {
		t.Fatalf("no rows with a level:\n%s", ansi.Strip(m.View()))
	}
}
