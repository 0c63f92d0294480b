package settings

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// saver records what the screen saves.
type saver struct {
	got []common.Setup
	err error
}

func (s *saver) save(u common.Setup) (common.Setup, error) {
	if s.err != nil {
		return common.Setup{}, s.err
	}
	s.got = append(s.got, u)
	return u, nil
}

// run presses keys on the screen, running the commands they return on a
// tuitest.Driver as the root would, and returns the last message meant
// for the root (the setup saved, or back).
func run(t *testing.T, m *Model, keys ...tea.Msg) tea.Msg {
	t.Helper()
	var last tea.Msg
	d := tuitest.NewDriver(t, func(msg tea.Msg) tea.Cmd {
		_, cmd := m.Update(msg)
		return cmd
	})
	d.Keep = func(msg tea.Msg) bool {
		switch msg.(type) {
		case common.SetupSaved, common.Back:
			last = msg
			return true
		}
		return false
	}
	for _, k := range keys {
		d.Send(k)
	}
	return last
}

// typeText types s on the screen.
func typeText(t *testing.T, m *Model, s string) { run(t, m, tuitest.Type(s)...) }

func newScreen(s common.Setup, sv *saver, firstRun bool) *Model {
	m := New(common.NewStyles(true), s, Deps{Save: sv.save, Path: "/home/sam/.config/inmail/config.yaml", FirstRun: firstRun, Key: "ctrl+g"})
	m.SetSize(80, 22)
	return m
}

func TestFirstRun(t *testing.T) {
	sv := &saver{}
	m := newScreen(common.Setup{Seat: outreach.PresetRecruiter}, sv, true)
	if !m.CapturesEsc() || !m.Typing() {
		t.Error("the first run should take esc (skip) and printable keys (the name)")
	}
	golden.RequireEqual(t, ansi.Strip(m.View()))

	// Saving without a name says what is missing.
	run(t, m, tuitest.Key("ctrl+s"))
	if len(sv.got) != 0 || !strings.Contains(ansi.Strip(m.View()), "type your name") {
		t.Fatalf("saved %v without a name:\n%s", sv.got, ansi.Strip(m.View()))
	}
	typeText(t, m, "Sam Reyes")
	if out := ansi.Strip(m.View()); !strings.Contains(out, "Sam Reyes (your name)") || strings.Contains(out, "type your name") {
		t.Errorf("the sender does not default to the name, or the error stayed:\n%s", out)
	}
	run(t, m, tuitest.Key("tab"), tuitest.Key("tab"))
	typeText(t, m, "Lex Talent · +44 20 7946 0000")
	run(t, m, tuitest.Key("enter"), tuitest.Key("left"), tuitest.Key("tab"))
	if out := ansi.Strip(m.View()); !strings.Contains(out, "Seat             Custom") || !strings.Contains(out, "▸ Credits a month") ||
		!strings.Contains(out, "\n    Sam Reyes ") || !strings.Contains(out, "    Lex Talent · +44 20 7946 0000") {
		t.Errorf("the custom seat or the ending is not shown:\n%s", out)
	}
	typeText(t, m, "many")
	run(t, m, tuitest.Key("ctrl+s"))
	if len(sv.got) != 0 || !strings.Contains(ansi.Strip(m.View()), "whole number") {
		t.Fatalf("saved %v with credits \"many\"", sv.got)
	}
	for range 4 {
		m.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	typeText(t, m, "1")
	msg := run(t, m, tuitest.Key("ctrl+s"))
	want := common.Setup{Recruiter: "Sam Reyes", Signature: "Lex Talent · +44 20 7946 0000", Seat: outreach.PresetCustom, Monthly: 1}
	if len(sv.got) != 1 || sv.got[0] != want {
		t.Fatalf("saved %+v, want %+v", sv.got, want)
	}
	if done, ok := msg.(common.SetupSaved); !ok || done.Setup != want || done.Path == "" {
		t.Errorf("after the save the screen said %#v", msg)
	}
	if got := run(t, m, tuitest.Key("esc")); got != (common.Back{}) {
		t.Errorf("esc on the first run gave %#v, want Back", got)
	}
}

func TestEditSettings(t *testing.T) {
	sv := &saver{}
	m := newScreen(common.Setup{Recruiter: "Sam Reyes", SenderName: "Samuel Reyes", Seat: outreach.PresetRecruiter, Monthly: 40}, sv, false)
	if m.CapturesEsc() {
		t.Error("outside the first run esc is the root's back")
	}
	out := ansi.Strip(m.View())
	for _, want := range []string{"Settings · saved in /home/sam/.config/inmail/config.yaml", "Samuel Reyes", "Custom · your own allotment", "40"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q on the screen:\n%s", want, out)
		}
	}
	if strings.Contains(out, "skip") {
		t.Errorf("the settings offer to skip:\n%s", out)
	}
	run(t, m, tuitest.Key("tab"), tuitest.Key("tab"), tuitest.Key("tab"), tuitest.Key("right"))
	msg := run(t, m, tuitest.Key("ctrl+s"))
	want := common.Setup{Recruiter: "Sam Reyes", SenderName: "Samuel Reyes", Seat: outreach.PresetRecruiter}
	if len(sv.got) != 1 || sv.got[0] != want {
		t.Errorf("saved %+v, want %+v", sv.got, want)
	}
	if _, ok := msg.(common.SetupSaved); !ok {
		t.Errorf("after the save the screen said %#v", msg)
	}

	sv.err = errors.New("config.yaml:3:5: seat.preset: unknown preset")
	run(t, m, tuitest.Key("ctrl+s"))
	if out := ansi.Strip(m.View()); !strings.Contains(out, "✗ config.yaml:3:5: seat.preset: unknown preset") {
		t.Errorf("a refused save is not shown:\n%s", out)
	}
}

// TestNarrowAndWide draws the screen at a few sizes: nothing wider than
// the screen, and exactly its height.
func TestNarrowAndWide(t *testing.T) {
	for _, sz := range [][2]int{{80, 22}, {100, 28}, {140, 43}, {40, 10}} {
		m := New(common.NewStyles(false), common.Setup{Recruiter: "Sam Reyes", Signature: strings.Repeat("Lex Talent · ", 11)}, Deps{FirstRun: true})
		m.SetSize(sz[0], sz[1])
		lines := strings.Split(ansi.Strip(m.View()), "\n")
		if len(lines) != sz[1] {
			t.Errorf("%v: %d lines", sz, len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w != sz[0] {
				t.Errorf("%v: line %d is %d wide: %q", sz, i, w, l)
			}
		}
		if sz[0] >= 80 && !strings.Contains(strings.Join(lines, "\n"), "cannot be saved") {
			t.Errorf("%v: without a way to save, the screen does not say so", sz)
		}
	}
}

// TestValuesInOneColumn: with the custom seat chosen, every value (the
// focused seat with its arrows, the credits a month under it) starts in
// the same column, at 80x24 and 120x40, with each field focused in turn.
func TestValuesInOneColumn(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		m := New(common.NewStyles(true), common.Setup{Recruiter: "Sam Reyes", Seat: outreach.PresetCustom, Monthly: 45}, Deps{Save: (&saver{}).save})
		m.SetSize(sz[0], sz[1])
		for f := range fieldCount {
			out := ansi.Strip(m.View())
			for i, label := range labels {
				var row string
				for _, l := range strings.Split(out, "\n") {
					if strings.HasPrefix(l[min(len(l), len("▸ ")):], label) || strings.HasPrefix(l, "  "+label) {
						row = l
					}
				}
				if row == "" {
					t.Fatalf("%v, focus %d: no %s row:\n%s", sz, f, label, out)
				}
				cells := []rune(row)
				if len(cells) <= labelWidth || cells[labelWidth-1] != ' ' || !unicode.IsLetter(cells[labelWidth]) && !unicode.IsDigit(cells[labelWidth]) {
					t.Errorf("%v, focus %d: the %s value does not start at column %d:\n%q", sz, f, labels[i], labelWidth+1, row)
				}
			}
			run(t, m, tuitest.Key("tab"))
		}
		if sz == [2]int{120, 40} {
			run(t, m, tuitest.Key("tab"), tuitest.Key("tab"), tuitest.Key("tab"))
			golden.RequireEqual(t, ansi.Strip(m.View()))
		}
	}
}
