package tui

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
)

var tuesday = time.Date(2026, 3, 3, 9, 40, 0, 0, time.UTC)

// run feeds msgs to m and then the messages of the commands that
// returns, like a program: commands run concurrently, their messages are
// fed in as they come, until none is left running. Cursor blinks are
// dropped (they would go on for ever).
func run(t *testing.T, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	return runWaiting(t, m, 0, msgs...)
}

// runWaiting is run that gives up quietly on commands still running
// after wait (0: fails after 5s), for tests whose ticks must not fire.
func runWaiting(t *testing.T, m Model, wait time.Duration, msgs ...tea.Msg) Model {
	t.Helper()
	results := make(chan tea.Msg, 1024)
	inflight := 0
	launch := func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		inflight++
		go func() { results <- cmd() }()
	}
	queue := append([]tea.Msg{}, msgs...)
	for {
		for len(queue) > 0 {
			msg := queue[0]
			queue = queue[1:]
			switch msg := msg.(type) {
			case nil, tea.QuitMsg:
				continue
			case tea.BatchMsg:
				for _, c := range msg {
					launch(c)
				}
				continue
			}
			if strings.Contains(reflect.TypeOf(msg).PkgPath(), "bubbles/v2/cursor") {
				continue
			}
			next, cmd := m.Update(msg)
			m = next.(Model)
			launch(cmd)
		}
		if inflight == 0 {
			return m
		}
		select {
		case msg := <-results:
			inflight--
			queue = append(queue, msg)
		case <-time.After(cmp.Or(wait, 5*time.Second)):
			if wait > 0 {
				return m
			}
			t.Fatalf("%d commands still running after 5s", inflight)
		}
	}
}

func newModel(t *testing.T, s *fakeStore) Model {
	t.Helper()
	m := New(Deps{Store: s, Now: func() time.Time { return tuesday }, Recruiter: "Jordan Blake", Theme: "dark", delay: time.Nanosecond})
	return run(t, m, m.Init()(), tea.WindowSizeMsg{Width: 80, Height: 24})
}

func view(m Model) string { return ansi.Strip(m.View().Content) }

func TestSectionsAndBack(t *testing.T) {
	s := &fakeStore{cands: []outreach.Candidate{{ID: "a", Profile: profile.Profile{Name: "Priya Raman"}}}}
	m := newModel(t, s)
	if got := m.ids; len(got) != 1 || got[0] != common.Candidates {
		t.Fatalf("start stack = %v, want the candidate list", got)
	}
	m = run(t, m, tea.KeyPressMsg{Code: 't', Mod: tea.ModCtrl})
	if !strings.Contains(view(m), "Tracker") || m.ids[len(m.ids)-1] != common.Tracker {
		t.Fatalf("ctrl+t did not open the tracker:\n%s", view(m))
	}
	m = run(t, m, tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}, tea.KeyPressMsg{Code: 't', Mod: tea.ModCtrl})
	if n := len(m.ids); n != 2 {
		t.Errorf("reopening the tracker left %d screens, want 2 (it is brought back, not stacked)", n)
	}
	m = run(t, m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if len(m.ids) != 1 || !strings.Contains(view(m), "Priya Raman") {
		t.Errorf("esc did not go back to the list:\n%s", view(m))
	}
	if strings.Contains(view(m), "esc back") {
		t.Error("the help bar offers esc on the first screen")
	}
}

func TestNoCandidatesGoesToAdd(t *testing.T) {
	m := newModel(t, &fakeStore{})
	if got := m.ids[len(m.ids)-1]; got != common.AddCandidate {
		t.Errorf("with no candidates the app opened %v, want %v", got, common.AddCandidate)
	}
}

func TestStatusBar(t *testing.T) {
	m := newModel(t, &fakeStore{})
	m = run(t, m, common.CreditsMsg{Left: 112, Known: true})
	first := strings.SplitN(view(m), "\n", 2)[0]
	want := "inmail · Jordan Blake · 112 credits left · Tue 09:40 good time to send"
	if strings.TrimRight(first, " ") != want {
		t.Errorf("status bar = %q, want %q", first, want)
	}
}

func TestQuitAndHelp(t *testing.T) {
	m := newModel(t, &fakeStore{cands: []outreach.Candidate{{ID: "a"}}})
	m = run(t, m, tea.KeyPressMsg{Code: '?', Text: "?"})
	if !strings.Contains(view(m), "All keys") {
		t.Errorf("? did not show every key:\n%s", view(m))
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if cmd == nil {
		t.Fatal("ctrl+c returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("ctrl+c did not quit")
	}
}

// TestSizes checks that no size overflows the terminal or panics.
func TestSizes(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {140, 45}, {30, 6}, {1, 1}, {0, 0}} {
		m := newModel(t, &fakeStore{cands: []outreach.Candidate{{ID: "a", Profile: profile.Profile{Name: "A very long name that goes on and on"}}}})
		m = run(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		out := view(m)
		lines := strings.Split(out, "\n")
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
	w := &world{store: &fakeStore{cands: []outreach.Candidate{priya()}}, credits: 112}
	m := w.start(t)
	m = run(t, m, enter, enter)
	if got := m.ids; len(got) != 2 || got[1] != common.Templates {
		t.Fatalf("two enters on the list opened %v", got)
	}
	m = run(t, m, enter, enter)
	if got := m.ids; len(got) != 3 || got[2] != common.Compose {
		t.Fatalf("two enters on a template opened %v", got)
	}
}

// TestDraftKeptOnBackAndRestored leaves the composer with esc after typing
// (before the debounce saves), and starts again: the draft is restored.
func TestDraftKeptOnBackAndRestored(t *testing.T) {
	w := &world{store: &fakeStore{cands: []outreach.Candidate{priya()}}, credits: 112}
	d := w.deps(t)
	d.delay = time.Hour // the debounce never fires in this test
	m := New(d)
	wait := 300 * time.Millisecond
	m = runWaiting(t, m, wait, m.Init()(), tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, k := range []tea.Msg{enter, down, enter} {
		m = runWaiting(t, m, wait, k)
	}
	if got := m.ids[len(m.ids)-1]; got != common.Compose {
		t.Fatalf("on %v, want the composer", got)
	}
	m = runWaiting(t, m, wait, typing("Your work on Castell")...)
	if len(w.store.drafts) != 0 {
		t.Fatal("a draft was saved before the debounce")
	}
	m = runWaiting(t, m, wait, tea.KeyPressMsg{Code: tea.KeyEscape})
	if len(w.store.drafts) != 1 || w.store.drafts[0].Personalization != "Your work on Castell" {
		t.Fatalf("leaving the composer saved %+v", w.store.drafts)
	}
	w.store.drafts[0].SavedAt = tuesday

	m = w.start(t)
	if got := m.ids[len(m.ids)-1]; got != common.Compose {
		t.Fatalf("with a draft the app opened %v, want the composer", got)
	}
	out := view(m)
	if !strings.Contains(out, "Restored your draft for Priya Raman") || !strings.Contains(out, "Your work on Castell") {
		t.Errorf("the draft was not restored:\n%s", out)
	}
}

// TestSectionKeyBeforeStart presses ctrl+t before the start-up decision
// arrives: the tracker stays open on top of the screens the start opens,
// also when the start restores a draft in the composer.
func TestSectionKeyBeforeStart(t *testing.T) {
	ctrlT := tea.KeyPressMsg{Code: 't', Mod: tea.ModCtrl}
	for _, tc := range []struct {
		name  string
		store *fakeStore
		want  []common.ID
	}{
		{"no candidates", &fakeStore{}, []common.ID{common.Candidates, common.AddCandidate, common.Tracker}},
		{"a list", &fakeStore{cands: []outreach.Candidate{priya()}}, []common.ID{common.Candidates, common.Tracker}},
		{"a draft", &fakeStore{cands: []outreach.Candidate{priya()}, drafts: []outreach.Draft{{
			CandidateID: priya().ID, TemplateID: "senior-associate/passive-intro", Personalization: "Your work on Castell", SavedAt: tuesday,
		}}}, []common.ID{common.Candidates, common.Templates, common.Compose, common.Tracker}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := &world{store: tc.store, credits: 112}
			m := New(w.deps(t))
			start := startCmd(m.deps)()
			m = run(t, m, tea.WindowSizeMsg{Width: 80, Height: 24}, ctrlT)
			if got := m.ids; !slices.Equal(got, []common.ID{common.Tracker}) {
				t.Fatalf("before the start, ctrl+t opened %v", got)
			}
			m = run(t, m, start)
			if got := m.ids; !slices.Equal(got, tc.want) {
				t.Fatalf("after the start the stack is %v, want %v", got, tc.want)
			}
			if !strings.Contains(view(m), "No messages logged yet.") {
				t.Errorf("the tracker is not what shows:\n%s", view(m))
			}
			m = run(t, m, tea.KeyPressMsg{Code: tea.KeyEscape})
			if got, want := m.ids[len(m.ids)-1], tc.want[len(tc.want)-2]; got != want {
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
		m := New(Deps{Store: &fakeStore{}, Now: func() time.Time { return thursday }, Recruiter: "Jordan Blake", Theme: "dark", delay: time.Nanosecond})
		m = run(t, m, m.Init()(), tea.WindowSizeMsg{Width: tc.width, Height: 24}, common.CreditsMsg{Left: 112, Known: true})
		if got := statusLine(m); got != tc.want {
			t.Errorf("at %d columns the status bar is %q, want %q", tc.width, got, tc.want)
		}
	}
}

// TestFullHelpStacksGroups: key groups too wide to sit side by side are
// stacked, never cut to the first group with an ellipsis.
func TestFullHelpStacksGroups(t *testing.T) {
	m := newModel(t, &fakeStore{})
	long := key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "send (disabled: write the personalization line (+3 more))"))
	groups := [][]key.Binding{
		{key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field"))},
		{long},
		{key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", "settings"))},
	}
	got := ansi.Strip(m.fullHelpColumns(groups, 74))
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
	quits := func(m Model, msg tea.KeyPressMsg) bool {
		_, cmd := m.Update(msg)
		if cmd == nil {
			return false
		}
		_, ok := cmd().(tea.QuitMsg)
		return ok
	}
	m := newModel(t, &fakeStore{cands: []outreach.Candidate{{ID: "a"}}})
	q := tea.KeyPressMsg{Code: 'q', Text: "q"}
	esc := tea.KeyPressMsg{Code: tea.KeyEscape}
	if !quits(m, q) || !quits(m, esc) {
		t.Errorf("on the candidate list q and esc should quit")
	}
	if !slices.ContainsFunc(m.helpKeys().ShortHelp(), func(b key.Binding) bool {
		return b.Enabled() && b.Help().Key == "q/esc" && b.Help().Desc == "quit"
	}) {
		t.Errorf("the help bar should offer q/esc quit")
	}
	filtering := run(t, m, tea.KeyPressMsg{Code: '/', Text: "/"})
	if quits(filtering, q) {
		t.Error("q typed into the filter quit the app")
	}
}
