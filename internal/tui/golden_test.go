package tui

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// testLibrary has one InMail and one connection note for senior
// associates.
func testLibrary(t *testing.T) *library.Library {
	t.Helper()
	return loadTestLibrary(t, testLibraryFS())
}

// loadTestLibrary loads a library from fsys, which must have no problems.
func loadTestLibrary(t *testing.T, fsys fstest.MapFS) *library.Library {
	t.Helper()
	lib, probs := library.Load(library.Layer{Source: "test", FS: fsys})
	if len(probs) > 0 {
		t.Fatalf("library: %v", probs)
	}
	return lib
}

// testLibraryFS are testLibrary's files.
func testLibraryFS() fstest.MapFS {
	return fstest.MapFS{
		"seniority.yaml": {Data: []byte("levels:\n  - {id: associate, label: Associate, years: 0-4}\n  - {id: senior-associate, label: Senior associate, years: 4-8}\n")},
		"senior-associate/passive-intro.md": {Data: []byte("---\nname: Passive intro\nchannel: inmail\ndescription: A short intro for someone not looking.\npersonalization: Reference a deal, matter or publication\nsubject: \"{{role}} at {{client}}\"\n---\n" +
			"Hi {{first_name}},\n\n{{personalization}}\n\nMy client, {{client}}, is hiring a {{role}}. Open to a short call?\n\n{{sender_name}}\n")},
		"senior-associate/connect.md": {Data: []byte("---\nname: Connect\nchannel: connection\ndescription: A peer-level connection request.\npersonalization: Something specific from their profile\n---\nHi {{first_name}}, {{personalization}} Would be glad to connect.\n")},
	}
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

// world is a root model on an in-memory log with a fixed clock and
// credits.
type world struct {
	store   *tuitest.Log
	credits int
	copied  []string
}

// newWorld is a world on a log holding cands.
func newWorld(credits int, cands ...outreach.Candidate) *world {
	l := tuitest.NewLog(tuesday)
	l.Cands = cands
	return &world{store: l, credits: credits}
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
	}
}

// start opens the app on the world at 80x24.
func (w *world) start(t *testing.T) *app {
	t.Helper()
	return startApp(t, w.deps(t), 80, 24)
}

// toCompose goes from the candidate list to the template at position n.
func (a *app) toCompose(n int) *app {
	a.t.Helper()
	a.send(enter)
	for range n {
		a.send(down)
	}
	a.send(enter)
	if got := a.top(); got != common.Compose {
		a.t.Fatalf("on %v, want the composer:\n%s", got, a.view())
	}
	return a
}

// checkGolden compares the stripped screen with the golden file, after
// checking it fits 80x24.
func checkGolden(t *testing.T, a *app) string {
	t.Helper()
	return checkScreen(t, a, 80, 24)
}

const (
	genericLine = "I came across your profile and think you would be a great fit"
	genuineLine = "Your work on Castell Pharma's acquisition of Norvane Therapeutics stood out"
)

// TestScreens keeps the screen at 80x24 in each state the issue names.
func TestScreens(t *testing.T) {
	t.Run("no candidates", func(t *testing.T) {
		a := newWorld(112).start(t)
		if got := a.top(); got != common.AddCandidate {
			t.Fatalf("with no candidates the app opened %v", got)
		}
		out := checkGolden(t, a)
		if !strings.Contains(out, "Paste the text of their LinkedIn profile") {
			t.Error("the add screen does not say to paste the profile")
		}
	})
	t.Run("invalid line", func(t *testing.T) {
		a := newWorld(112, priya()).start(t).toCompose(1).send(tuitest.Type(genericLine)...)
		out := checkGolden(t, a)
		for _, want := range []string{"✗ Does not mention anything from their", "ctrl+s send (disabled: personalization names no profile"} {
			if !strings.Contains(out, want) {
				t.Errorf("no %q on the screen", want)
			}
		}
	})
	t.Run("valid line", func(t *testing.T) {
		a := newWorld(112, priya()).start(t).toCompose(1).send(tuitest.Type(genuineLine)...)
		out := checkGolden(t, a)
		if !strings.Contains(out, "✓ references Experience · Harlow & Pierce") || !strings.Contains(out, "ctrl+s send •") {
			t.Error("a genuine line is not accepted, or ctrl+s is not offered")
		}
		if !strings.Contains(a.m.View().Content, "\x1b[4") {
			t.Error("nothing is underlined: the referenced profile text is not highlighted")
		}
		if a.m.View().MouseMode != tea.MouseModeCellMotion {
			t.Error("the composer does not take mouse clicks")
		}
	})
	t.Run("over the limit", func(t *testing.T) {
		long := genuineLine + strings.Repeat(", and the cross-border pharmaceutical work before it", 5)
		a := newWorld(112, priya()).start(t).toCompose(0).send(tuitest.Type(long)...)
		out := checkGolden(t, a)
		if !strings.Contains(out, "over by") {
			t.Error("the note over 300 characters is not flagged")
		}
	})
	t.Run("no credits", func(t *testing.T) {
		a := newWorld(0, priya()).start(t).toCompose(1).send(tuitest.Type(genuineLine)...)
		out := checkGolden(t, a)
		for _, want := range []string{"no InMail credits left", "ctrl+n use a connection note"} {
			if !strings.Contains(out, want) {
				t.Errorf("no %q on the screen", want)
			}
		}
	})
	t.Run("sent", func(t *testing.T) {
		w := newWorld(112, priya())
		a := w.start(t).toCompose(1).send(tuitest.Type(genuineLine)...)
		a.send(ctrlS, yes)
		out := checkGolden(t, a)
		if len(w.store.Msgs) != 1 || !strings.Contains(out, "Logged message 1 to Priya Raman") {
			t.Fatalf("sent %d messages; screen:\n%s", len(w.store.Msgs), out)
		}
		if len(w.copied) != 1 || !strings.HasPrefix(w.copied[0], "Hi Priya,") || !strings.Contains(out, "Copied the body: paste it into the message box; s copies the subject.") {
			t.Errorf("copied %q", w.copied)
		}
		if a.m.View().MouseMode != tea.MouseModeNone {
			t.Error("the sent screen captures the mouse, so the message cannot be selected to copy by hand")
		}
	})
}
