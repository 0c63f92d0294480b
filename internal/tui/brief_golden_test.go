package tui

import (
	"fmt"
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
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// briefLibrary has an InMail that uses role, client and hook, as most
// searches' templates do.
func briefLibrary(t *testing.T) *library.Library {
	t.Helper()
	fsys := fstest.MapFS{
		"seniority.yaml": {Data: []byte("levels:\n  - {id: senior-associate, label: Senior associate, years: 4-8}\n")},
		"senior-associate/lateral-move.md": {Data: []byte("---\nname: Lateral move\nchannel: inmail\ndescription: For senior associates weighing a move.\npersonalization: A deal or matter they led, and how it maps to the client's practice\nsubject: \"Lateral move: a {{role}} role with {{client}}\"\n---\n" +
			"Hi {{first_name}},\n\n{{personalization}}\n\nMy client, {{client}}, is adding a {{role}} and is open about the route to partnership. {{hook}}\n\n" +
			"Worth a confidential 20-minute call? I can send the practice overview first if that's easier.\n\nBest,\n{{sender_name}}\n")},
	}
	lib, probs := library.Load(library.Layer{Source: "test", FS: fsys})
	if len(probs) > 0 {
		t.Fatalf("library: %v", probs)
	}
	return lib
}

// briefWorld is a log with two briefs, Jordan Blake's last one first.
func briefWorld(t *testing.T, w, h int) (*app, *tuitest.Log) {
	t.Helper()
	l := tuitest.NewLog(tuesday)
	l.Cands = []outreach.Candidate{priya()}
	l.Briefs = []outreach.Brief{
		{ID: 1, Name: "Senior M&A Associate · a top-10 firm", Role: "Senior M&A Associate", Client: "a top-10 firm",
			Hook: "Hybrid, two days in the office.", Seniority: "senior-associate", Sent: 14, CreatedBy: "Sam Reyes", CreatedAt: tuesday.Add(-20 * 24 * time.Hour),
			LastUsed: map[string]time.Time{"Jordan Blake": tuesday.Add(-2 * time.Hour), "Sam Reyes": tuesday.Add(-26 * time.Hour)}},
		{ID: 2, Name: "Banking associate · Northgate Bank", Role: "Banking associate", Client: "Northgate Bank",
			Hook: "Four days remote, a small team.", Seniority: "senior-associate", Sent: 3, CreatedBy: "Jordan Blake", CreatedAt: tuesday.Add(-9 * 24 * time.Hour),
			LastUsed: map[string]time.Time{"Jordan Blake": tuesday.Add(-4 * 24 * time.Hour)}},
	}
	deps := Deps{
		Store: l, Library: briefLibrary(t), Recruiter: "Jordan Blake", Theme: "dark",
		Now:     func() time.Time { return tuesday },
		Credits: func() (int, error) { return 112, nil },
		Briefs:  func() ([]outreach.Brief, error) { return l.Briefs, nil },
		Prepare: func(c outreach.Candidate, tpl *library.Template) (*gate.Composer, error) {
			p, b := c.Profile, l.Briefs[0] // the last brief, as cli's preparer finds it
			comp := gate.NewComposer(tpl, &p, library.Fields{Role: b.Role, Client: b.Client, Hook: b.Hook, SenderName: "Jordan Blake"},
				personalize.Options{CandidateID: c.ID, Reuse: personalize.NewReuseIndex()})
			comp.CreditsLeft = 112
			return comp, nil
		},
		Copy: func(string) clipboard.Result { return clipboard.Result{System: true} },
	}
	return startApp(t, deps, w, h), l
}

// checkScreen compares the stripped screen with the golden file, after
// checking it fits w by h.
func checkScreen(t *testing.T, a *app, w, h int) string {
	t.Helper()
	out := a.view()
	lines := strings.Split(out, "\n")
	if len(lines) != h {
		t.Errorf("the screen is %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells wide: %q", i+1, lw, l)
		}
	}
	golden.RequireEqual(t, out)
	return out
}

// bodyRows counts the rows of the message drawn in the form: from the
// row under the body's label to the pane's bottom border.
func bodyRows(out string) int {
	n, in := 0, false
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.Contains(l, "Body ") && strings.Contains(l, "/1,900"):
			in = true
		case in && strings.HasPrefix(l, "╰"):
			return n
		case in:
			n++
		}
	}
	return n
}

// TestComposerScreens keeps the composer with a brief, the body focused,
// the brief picker and the sent screen at 80x24 and 120x40.
func TestComposerScreens(t *testing.T) {
	ctrlB := tea.KeyPressMsg{Code: 'b', Mod: tea.ModCtrl}
	tab := tea.KeyPressMsg{Code: tea.KeyTab}
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		w, h := sz[0], sz[1]
		name := func(s string) string { return fmt.Sprintf("%s_%dx%d", s, w, h) }
		t.Run(name("brief"), func(t *testing.T) {
			a, _ := briefWorld(t, w, h)
			a.toCompose(0).send(tuitest.Type(genuineLine)...)
			out := checkScreen(t, a, w, h)
			if n := bodyRows(out); n < 8 {
				t.Errorf("the preview has %d rows, want at least 8", n)
			}
			if w == 80 && !strings.Contains(out, "Brief   Senior M&A Associate · a top-10 f…") {
				t.Error("at 80x24 role, client and hook are not on one row as the brief")
			}
			if w == 120 && !strings.Contains(out, "Hook    Hybrid, two days in the office.") {
				t.Error("at 120x40 the hook is not shown in full under its label")
			}
		})
		t.Run(name("body"), func(t *testing.T) {
			a, _ := briefWorld(t, w, h)
			a.toCompose(0).send(tuitest.Type(genuineLine)...)
			a.send(tab, tab, tab, tab, tab)
			out := checkScreen(t, a, w, h)
			if n := bodyRows(out); n < 8 {
				t.Errorf("with the body focused %d rows of it are in view, want at least 8", n)
			}
			if !strings.Contains(out, "▸ Body") {
				t.Error("the body does not have focus")
			}
		})
		t.Run(name("briefs"), func(t *testing.T) {
			a, _ := briefWorld(t, w, h)
			a.toCompose(0).send(ctrlB)
			out := checkScreen(t, a, w, h)
			for _, want := range []string{"▸ Senior M&A Associate · a top-10 firm ✓ in use", "Banking associate · Northgate Bank", "enter use brief"} {
				if !strings.Contains(out, want) {
					t.Errorf("no %q in the picker", want)
				}
			}
			a.send(down, enter)
			if out := a.view(); !strings.Contains(out, "Northgate Bank") || strings.Contains(out, "top-10 firm ✓") {
				t.Errorf("enter did not use the second brief:\n%s", out)
			}
		})
		t.Run(name("sent"), func(t *testing.T) {
			a, l := briefWorld(t, w, h)
			a.toCompose(0).send(tuitest.Type(genuineLine)...)
			a.send(ctrlS, yes)
			out := checkScreen(t, a, w, h)
			if len(l.Msgs) != 1 || l.Msgs[0].Brief != "Senior M&A Associate · a top-10 firm" || l.Msgs[0].BriefID != 1 || l.Briefs[0].Sent != 15 {
				t.Errorf("the message was not logged with its brief: %+v; briefs %+v", l.Msgs, l.Briefs)
			}
			if !strings.Contains(out, "Copied the body: paste it into the message box; s copies the subject.") {
				t.Error("the sent screen does not say the body was copied")
			}
		})
	}
}
