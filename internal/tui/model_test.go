package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// plainDeps are the root's dependencies on log with the test clock and
// the built-in library.
func plainDeps(log *tuitest.Log, now time.Time) Deps {
	return Deps{Store: log, Now: func() time.Time { return now }, Recruiter: "Jordan Blake", Theme: "dark"}
}

// startOn starts the app at 80x24 on a log holding cands.
func startOn(t *testing.T, cands ...outreach.Candidate) *app {
	t.Helper()
	l := tuitest.NewLog(tuesday)
	l.Cands = cands
	return startApp(t, plainDeps(l, tuesday), 80, 24)
}

func TestSectionsAndBack(t *testing.T) {
	a := startOn(t, outreach.Candidate{ID: "a", Profile: profile.Profile{Name: "Priya Raman"}})
	if got := a.ids(); !slices.Equal(got, []common.ID{common.Candidates}) {
		t.Fatalf("start stack = %v, want the candidate list", got)
	}
	a.send(ctrlT)
	if !strings.Contains(a.view(), "Tracker") || a.top() != common.Tracker {
		t.Fatalf("ctrl+t did not open the tracker:\n%s", a.view())
	}
	a.send(ctrlR, ctrlT)
	if n := len(a.ids()); n != 2 {
		t.Errorf("reopening the tracker left %d screens, want 2 (it is brought back, not stacked)", n)
	}
	a.send(esc)
	if len(a.ids()) != 1 || !strings.Contains(a.view(), "Priya Raman") {
		t.Errorf("esc did not go back to the list:\n%s", a.view())
	}
	if strings.Contains(a.view(), "esc back") {
		t.Error("the help bar offers esc on the first screen")
	}
}

func TestNoCandidatesGoesToAdd(t *testing.T) {
	if got := startOn(t).top(); got != common.AddCandidate {
		t.Errorf("with no candidates the app opened %v, want %v", got, common.AddCandidate)
	}
}

func TestStatusBar(t *testing.T) {
	a := startOn(t).send(common.CreditsMsg{Left: 112, Known: true})
	want := "inmail · Jordan Blake · 112 credits left · Tue 09:40 good time to send"
	if got := statusLine(a); got != want {
		t.Errorf("status bar = %q, want %q", got, want)
	}
}

// TestClock moves the status bar's clock on the minute, and only then.
func TestClock(t *testing.T) {
	now := tuesday.Add(30 * time.Second)
	a := startApp(t, Deps{Store: tuitest.NewLog(now), Now: func() time.Time { return now }, Theme: "dark"}, 80, 24)
	// 29 seconds on, the minute has not turned.
	now = tuesday.Add(59 * time.Second)
	a.d.Wait(28 * time.Second)
	if got := statusLine(a); !strings.Contains(got, "Tue 09:40") {
		t.Fatalf("status bar = %q before the minute", got)
	}
	now = tuesday.Add(time.Minute)
	a.d.Wait(2 * time.Second)
	if got := statusLine(a); !strings.Contains(got, "Tue 09:41") {
		t.Errorf("status bar = %q after the minute, want 09:41", got)
	}
	if a.d.Pending() != 1 {
		t.Errorf("%d timers wait, want the next minute's", a.d.Pending())
	}
}

func TestQuitAndHelp(t *testing.T) {
	a := startOn(t, outreach.Candidate{ID: "a"})
	a.send(tea.KeyPressMsg{Code: '?', Text: "?"})
	if !strings.Contains(a.view(), "All keys") || a.m.state != helping {
		t.Errorf("? did not show every key (state %v):\n%s", a.m.state, a.view())
	}
	a.send(tea.KeyPressMsg{Code: tea.KeyEscape})
	if a.m.state != showing || len(a.ids()) != 1 || a.d.Quit {
		t.Errorf("esc over the help: state %v, stack %v, quit %v; want the list again", a.m.state, a.ids(), a.d.Quit)
	}
	a.send(ctrlC)
	if !a.d.Quit {
		t.Error("ctrl+c did not quit")
	}
}

// TestSizes checks that no size overflows the terminal or panics.
func TestSizes(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {140, 45}, {30, 6}, {1, 1}, {0, 0}} {
		a := startOn(t, outreach.Candidate{ID: "a", Profile: profile.Profile{Name: "A very long name that goes on and on"}})
		a.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		lines := strings.Split(a.view(), "\n")
		if sz[1] > 0 && len(lines) > sz[1] {
			t.Errorf("%v: %d lines", sz, len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > sz[0] && sz[0] > 0 {
				t.Errorf("%v: line %d is %d wide: %q", sz, i, w, l)
			}
		}
	}
}

// TestKeysFasterThanCommands presses enter twice before the first
// request arrives: one screen opens, not two.
func TestKeysFasterThanCommands(t *testing.T) {
	a := newWorld(112, priya()).start(t)
	a.send(enter, enter)
	if got := a.ids(); !slices.Equal(got, []common.ID{common.Candidates, common.Templates}) {
		t.Fatalf("two enters on the list opened %v", got)
	}
	a.send(enter, enter)
	if got := a.ids(); !slices.Equal(got, []common.ID{common.Candidates, common.Templates, common.Compose}) {
		t.Fatalf("two enters on a template opened %v", got)
	}
}

// TestDraftKeptOnBackAndRestored leaves the composer with esc after typing
// (before the debounce saves), and starts again: the draft is restored.
func TestDraftKeptOnBackAndRestored(t *testing.T) {
	w := newWorld(112, priya())
	a := w.start(t).toCompose(1)
	a.press(tuitest.Type("Your work on Castell")...)
	if len(w.store.Saved) != 0 || a.d.Pending() == 0 {
		t.Fatalf("a draft was saved before the debounce (%d timers wait)", a.d.Pending())
	}
	a.press(esc)
	if len(w.store.Saved) != 1 || w.store.Saved[0].Personalization != "Your work on Castell" {
		t.Fatalf("leaving the composer saved %+v", w.store.Saved)
	}
	w.store.Saved[0].SavedAt = tuesday

	a = w.start(t)
	if got := a.top(); got != common.Compose {
		t.Fatalf("with a draft the app opened %v, want the composer", got)
	}
	out := a.view()
	if !strings.Contains(out, "Restored your draft for Priya Raman") || !strings.Contains(out, "Your work on Castell") {
		t.Errorf("the draft was not restored:\n%s", out)
	}
}

// TestSectionKeyBeforeStart presses ctrl+t before the start-up decision
// arrives: the tracker stays open on top of the screens the start opens,
// also when the start restores a draft in the composer.
func TestSectionKeyBeforeStart(t *testing.T) {
	draft := outreach.Draft{CandidateID: priya().ID, TemplateID: "senior-associate/passive-intro", Personalization: "Your work on Castell", SavedAt: tuesday}
	for _, tc := range []struct {
		name   string
		cands  []outreach.Candidate
		drafts []outreach.Draft
		want   []common.ID
	}{
		{"no candidates", nil, nil, []common.ID{common.Candidates, common.AddCandidate, common.Tracker}},
		{"a list", []outreach.Candidate{priya()}, nil, []common.ID{common.Candidates, common.Tracker}},
		{"a draft", []outreach.Candidate{priya()}, []outreach.Draft{draft}, []common.ID{common.Candidates, common.Templates, common.Compose, common.Tracker}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(112, tc.cands...)
			w.store.Saved = tc.drafts
			a := newApp(t, w.deps(t))
			start := startCmd(a.m.deps)
			a.send(tea.WindowSizeMsg{Width: 80, Height: 24}, ctrlT)
			if got := a.ids(); !slices.Equal(got, []common.ID{common.Tracker}) {
				t.Fatalf("before the start, ctrl+t opened %v", got)
			}
			if !strings.Contains(a.view(), "Opening…") {
				t.Errorf("before the start the app does not say it is opening:\n%s", a.view())
			}
			a.d.Run(start)
			a.d.Wait(time.Second)
			if got := a.ids(); !slices.Equal(got, tc.want) {
				t.Fatalf("after the start the stack is %v, want %v", got, tc.want)
			}
			if !strings.Contains(a.view(), "No messages logged yet.") {
				t.Errorf("the tracker is not what shows:\n%s", a.view())
			}
			a.send(esc)
			if got, want := a.top(), tc.want[len(tc.want)-2]; got != want {
				t.Errorf("esc went to %v, want %v", got, want)
			}
		})
	}
}

// TestStatusBarNarrow keeps the clock on a narrow terminal, shortening the
// timing hint before dropping it.
func TestStatusBarNarrow(t *testing.T) {
	thursday := time.Date(2026, 3, 5, 14, 10, 0, 0, time.UTC)
	for _, tc := range []struct {
		width int
		want  string
	}{
		{100, "inmail · Jordan Blake · 112 credits left · Thu 14:10 fine time to send (mornings do best)"},
		{80, "inmail · Jordan Blake · 112 credits left · Thu 14:10 fine time to send"},
		{60, "inmail · Jordan Blake · 112 credits left · Thu 14:10"},
		{40, "inmail · Jordan Blake · 112 credits left"},
	} {
		a := startApp(t, plainDeps(tuitest.NewLog(thursday), thursday), tc.width, 24)
		a.send(common.CreditsMsg{Left: 112, Known: true})
		if got := statusLine(a); got != tc.want {
			t.Errorf("at %d columns the status bar is %q, want %q", tc.width, got, tc.want)
		}
	}
}

// TestFullHelpStacksGroups: key groups too wide to sit side by side are
// stacked, never cut to the first group with an ellipsis.
func TestFullHelpStacksGroups(t *testing.T) {
	a := startOn(t)
	long := key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "send (disabled: write the personalization line (+3 more))"))
	groups := [][]key.Binding{
		{key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field"))},
		{long},
		{key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", "settings"))},
	}
	got := ansi.Strip(a.m.fullHelpColumns(groups, 74))
	for _, want := range []string{"next field", "personalization line (+3 more))", "ctrl+g settings"} {
		if !strings.Contains(got, want) {
			t.Errorf("full help lacks %q:\n%s", want, got)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if w := lipgloss.Width(l); w > 74 {
			t.Errorf("line %q is %d wide, want at most 74", l, w)
		}
	}
}

// TestQuitKeys: q quits where no text field has focus, and esc quits on
// the first screen, where there is nothing to go back to; a filter being
// typed keeps both.
func TestQuitKeys(t *testing.T) {
	quits := func(a *app, msg tea.KeyPressMsg) bool {
		_, cmd := a.m.Update(msg)
		d := tuitest.NewDriver(t, func(tea.Msg) tea.Cmd { return nil })
		d.Run(cmd)
		return d.Quit
	}
	a := startOn(t, outreach.Candidate{ID: "a"})
	q := tea.KeyPressMsg{Code: 'q', Text: "q"}
	if !quits(a, q) || !quits(a, esc) {
		t.Errorf("on the candidate list q and esc should quit")
	}
	if !slices.ContainsFunc(a.m.helpKeys().ShortHelp(), func(b key.Binding) bool {
		return b.Enabled() && b.Help().Key == "q/esc" && b.Help().Desc == "quit"
	}) {
		t.Errorf("the help bar should offer q/esc quit")
	}
	a.send(tea.KeyPressMsg{Code: '/', Text: "/"})
	if quits(a, q) {
		t.Error("q typed into the filter quit the app")
	}
}

// TestProblemsBannerCounts says "1 template problem", "2 template
// problems": the one pluraliser, never "problem(s)".
func TestProblemsBannerCounts(t *testing.T) {
	for n, want := range map[int]string{1: "1 template problem: those files are skipped.", 2: "2 template problems: those files are skipped."} {
		m := New(Deps{Problems: make([]library.Problem, n)})
		if !strings.HasPrefix(m.banner.text, want) {
			t.Errorf("%d problems: banner %q, want it to start %q", n, m.banner.text, want)
		}
	}
}
