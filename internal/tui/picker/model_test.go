package picker

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
	builtin "github.com/inmail/inmail/templates"
)

// TestChannelWords says "connection note" as the composer does, and
// "note" only where the column has no room for it.
func TestChannelWords(t *testing.T) {
	lib, probs := library.Load(library.Layer{Source: library.BuiltIn, FS: builtin.FS})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	c := outreach.Candidate{ID: "a", Profile: profile.Profile{Name: "Priya Raman", Seniority: "senior-associate"}}
	now := time.Date(2026, 3, 3, 9, 40, 0, 0, time.UTC)
	for _, tc := range []struct {
		width int
		want  string
	}{{80, "connection note"}, {60, "connection note"}, {36, "note  "}} {
		m := New(common.NewStyles(true), &tuitest.Log{}, lib, c, func() time.Time { return now }, "", common.CreditsMsg{Left: 3, Known: true}, nil)
		m.SetSize(tc.width, 20)
		m.Update(m.Init()())
		out := ansi.Strip(m.View())
		if !strings.Contains(out, "Connect") || !strings.Contains(out, tc.want) || !strings.Contains(out, "InMail") {
			t.Errorf("at %d columns no %q:\n%s", tc.width, tc.want, out)
		}
		for i, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > tc.width {
				t.Errorf("at %d columns line %d is %d wide", tc.width, i, w)
			}
		}
	}
}

// TestSelectedShownWithItsNeighbours opens the picker on the last template
// (a draft's): with room for the whole list, the list starts at the top.
func TestSelectedShownWithItsNeighbours(t *testing.T) {
	lib, _ := library.Load(library.Layer{Source: library.BuiltIn, FS: builtin.FS})
	c := outreach.Candidate{ID: "a", Profile: profile.Profile{Name: "Priya Raman", Seniority: "senior-associate"}}
	m := New(common.NewStyles(true), &tuitest.Log{}, lib, c, time.Now, "senior-associate/practice-build", common.CreditsMsg{}, nil)
	m.SetSize(80, 20)
	out := ansi.Strip(m.View())
	for _, want := range []string{"Senior associate · 4–8 years", "Connect", "Lateral move", "▸ Practice build"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the picker:\n%s", want, out)
		}
	}
}

// TestPreviewDescription shows the selected template's description in
// full in the preview of a wide terminal, where the list cuts it.
func TestPreviewDescription(t *testing.T) {
	lib, _ := library.Load(library.Layer{Source: library.BuiltIn, FS: builtin.FS})
	c := outreach.Candidate{ID: "a", Profile: profile.Profile{Name: "Priya Raman", Seniority: "senior-associate"}}
	m := New(common.NewStyles(true), &tuitest.Log{}, lib, c, time.Now, "senior-associate/practice-build", common.CreditsMsg{}, nil)
	m.SetSize(140, 40)
	m.Update(m.Init()())
	out := ansi.Strip(m.View())
	desc := m.Selected().Description
	var text []string
	for _, l := range strings.Split(out, "\n") {
		if i := strings.Index(l, "│ "); i >= 0 {
			text = append(text, strings.TrimSpace(strings.Trim(l[i:], "│ ")))
		}
	}
	if !strings.Contains(strings.Join(text, " "), desc) {
		t.Errorf("the preview does not hold the description %q:\n%s", desc, out)
	}
	if !strings.Contains(out, "connection note") {
		t.Errorf("at 140 columns the list does not say connection note:\n%s", out)
	}
}
