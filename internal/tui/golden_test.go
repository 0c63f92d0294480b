package tui

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
)

// testLibrary has one InMail and one connection note for senior
// associates.
func testLibrary(t *testing.T) *library.Library {
	t.Helper()
	fsys := fstest.MapFS{
		"seniority.yaml": {Data: []byte("levels:\n  - {id: associate, label: Associate, years: 0-4}\n  - {id: senior-associate, label: Senior associate, years: 4-8}\n")},
		"senior-associate/passive-intro.md": {Data: []byte("---\nname: Passive intro\nchannel: inmail\ndescription: A short intro for someone not looking.\npersonalization: Reference a deal, matter or publication\nsubject: \"{{role}} at {{client}}\"\n---\n" +
			"Hi {{first_name}},\n\n{{personalization}}\n\nMy client, {{client}}, is hiring a {{role}}. Open to a short call?\n\n{{sender_name}}\n")},
		"senior-associate/connect.md": {Data: []byte("---\nname: Connect\nchannel: connection\ndescription: A peer-level connection request.\npersonalization: Something specific from their profile\n---\nHi {{first_name}}, {{personalization}} Would be glad to connect.\n")},
	}
	lib, probs := library.Load(library.Layer{Source: "test", FS: fsys})
	if len(probs) > 0 {
		t.Fatalf("library: %v", probs)
	}
	return lib
}

func priya() outreach.Candidate {
	return outreach.Candidate{
		ID:      "linkedin.com/in/priya-raman",
		AddedAt: tuesday.Add(-time.Hour),
		Profile: profile.Profile{
			ID: "https://www.linkedin.com/in/priya-raman", Name: "Priya Raman",
			Headline: "Senior Associate, M&A", Title: "Senior Associate", Company: "Harlow & Pierce LLP",
			Location: "London", Seniority: "senior-associate",
			Skills: []string{"M&A", "Private Equity"},
			Experience: []profile.Experience{{
				Title: "Senior Associate", Company: "Harlow & Pierce LLP", Start: "2019", End: "present",
				Description: "Represented Castell Pharma in its $2.1 billion acquisition of Norvane Therapeutics.",
			}},
			Education: []profile.Education{{School: "University of Edinburgh", Degree: "LLB", Year: 2016}},
		},
	}
}

// world is a root model on a fake store with a fixed clock and credits.
type world struct {
	store   *fakeStore
	credits int
	copied  []string
}

func (w *world) deps(t *testing.T) Deps {
	lib := testLibrary(t)
	return Deps{
		Store: w.store, Library: lib, Recruiter: "Jordan Blake", Theme: "dark",
		Now:     func() time.Time { return tuesday },
		Credits: func() (int, error) { return w.credits, nil },
		Prepare: func(c outreach.Candidate, tpl *library.Template) (*gate.Composer, error) {
			p := c.Profile
			comp := gate.NewComposer(tpl, &p, library.Fields{Role: "Senior M&A Associate", Client: "a top-10 firm", SenderName: "Jordan Blake"},
				personalize.Options{CandidateID: c.ID, Reuse: personalize.NewReuseIndex()})
			comp.CreditsLeft = w.credits
			comp.Alternative = "senior-associate/connect"
			return comp, nil
		},
		Copy: func(text string) clipboard.Result {
			w.copied = append(w.copied, text)
			return clipboard.Result{System: true}
		},
		delay: time.Nanosecond,
	}
}

func (w *world) start(t *testing.T) Model {
	t.Helper()
	m := New(w.deps(t))
	return run(t, m, m.Init()(), tea.WindowSizeMsg{Width: 80, Height: 24})
}

func typing(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

var (
	enter = tea.KeyPressMsg{Code: tea.KeyEnter}
	down  = tea.KeyPressMsg{Code: tea.KeyDown}
	ctrlS = tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
)

// toCompose goes from the candidate list to the template at position n.
func toCompose(t *testing.T, m Model, n int) Model {
	t.Helper()
	m = run(t, m, enter)
	for range n {
		m = run(t, m, down)
	}
	m = run(t, m, enter)
	if got := m.ids[len(m.ids)-1]; got != common.Compose {
		t.Fatalf("on %v, want the composer:\n%s", got, view(m))
	}
	return m
}

// checkGolden compares the stripped screen with the golden file, after
// checking it fits 80x24.
func checkGolden(t *testing.T, m Model) string {
	t.Helper()
	out := view(m)
	lines := strings.Split(out, "\n")
	if len(lines) != 24 {
		t.Errorf("the screen is %d lines, want 24", len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line %d is %d cells wide: %q", i+1, w, l)
		}
	}
	golden.RequireEqual(t, out)
	return out
}

const (
	genericLine = "I came across your profile and think you would be a great fit"
	genuineLine = "Your work on Castell Pharma's acquisition of Norvane Therapeutics stood out"
)

// TestScreens keeps the screen at 80x24 in each state the issue names.
func TestScreens(t *testing.T) {
	t.Run("no candidates", func(t *testing.T) {
		w := &world{store: &fakeStore{}, credits: 112}
		m := w.start(t)
		if got := m.ids[len(m.ids)-1]; got != common.AddCandidate {
			t.Fatalf("with no candidates the app opened %v", got)
		}
		out := checkGolden(t, m)
		if !strings.Contains(out, "Paste the text of their LinkedIn profile") {
			t.Error("the add screen does not say to paste the profile")
		}
	})
	t.Run("invalid line", func(t *testing.T) {
		w := &world{store: &fakeStore{cands: []outreach.Candidate{priya()}}, credits: 112}
		m := run(t, toCompose(t, w.start(t), 1), typing(genericLine)...)
		out := checkGolden(t, m)
		for _, want := range []string{"✗ Does not mention anything from their", "ctrl+s send (disabled: personalization names no profile"} {
			if !strings.Contains(out, want) {
				t.Errorf("no %q on the screen", want)
			}
		}
	})
	t.Run("valid line", func(t *testing.T) {
		w := &world{store: &fakeStore{cands: []outreach.Candidate{priya()}}, credits: 112}
		m := run(t, toCompose(t, w.start(t), 1), typing(genuineLine)...)
		out := checkGolden(t, m)
		if !strings.Contains(out, "✓ references their experience") || !strings.Contains(out, "ctrl+s send •") {
			t.Error("a genuine line is not accepted, or ctrl+s is not offered")
		}
		if !strings.Contains(m.View().Content, "\x1b[4") {
			t.Error("nothing is underlined: the referenced profile text is not highlighted")
		}
		if m.View().MouseMode != tea.MouseModeCellMotion {
			t.Error("the composer does not take mouse clicks")
		}
	})
	t.Run("over the limit", func(t *testing.T) {
		w := &world{store: &fakeStore{cands: []outreach.Candidate{priya()}}, credits: 112}
		long := genuineLine + strings.Repeat(", and the cross-border pharmaceutical work before it", 5)
		m := run(t, toCompose(t, w.start(t), 0), typing(long)...)
		out := checkGolden(t, m)
		if !strings.Contains(out, "over by") {
			t.Error("the note over 300 characters is not flagged")
		}
	})
	t.Run("no credits", func(t *testing.T) {
		w := &world{store: &fakeStore{cands: []outreach.Candidate{priya()}}, credits: 0}
		m := run(t, toCompose(t, w.start(t), 1), typing(genuineLine)...)
		out := checkGolden(t, m)
		for _, want := range []string{"no InMail credits left", "ctrl+n use a connection note"} {
			if !strings.Contains(out, want) {
				t.Errorf("no %q on the screen", want)
			}
		}
	})
	t.Run("sent", func(t *testing.T) {
		w := &world{store: &fakeStore{cands: []outreach.Candidate{priya()}}, credits: 112}
		m := run(t, toCompose(t, w.start(t), 1), typing(genuineLine)...)
		m = run(t, m, ctrlS, tea.KeyPressMsg{Code: 'y', Text: "y"})
		out := checkGolden(t, m)
		if len(w.store.sent) != 1 || !strings.Contains(out, "Logged message 1 to Priya Raman") {
			t.Fatalf("sent %d messages; screen:\n%s", len(w.store.sent), out)
		}
		if len(w.copied) != 1 || !strings.HasPrefix(w.copied[0], "Senior M&A Associate at a top-10 firm\n\nHi Priya,") {
			t.Errorf("copied %q", w.copied)
		}
		if m.View().MouseMode != tea.MouseModeNone {
			t.Error("the sent screen captures the mouse, so the message cannot be selected to copy by hand")
		}
	})
}
