package tui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/inmail/inmail/internal/library"
)

func fixture(t *testing.T) (*library.Library, []library.Problem) {
	t.Helper()
	tpl := func(name, channel, subject, body string) *fstest.MapFile {
		s := "---\nname: " + name + "\nchannel: " + channel + "\ndescription: Für Anwälte, with émigré text.\npersonalization: A deal they led.\n"
		if subject != "" {
			s += "subject: \"" + subject + "\"\n"
		}
		return &fstest.MapFile{Data: []byte(s + "---\n" + body + "\n")}
	}
	fsys := fstest.MapFS{
		"seniority.yaml":            {Data: []byte("levels:\n  - {id: associate, label: Associate, years: 0-4}\n  - {id: partner-track, label: Partner track, years: 8+}\n")},
		"associate/café.md":         tpl("Café intro ☕", "inmail", "{{role}} at {{client}}", "Hi {{first_name}},\n\n{{personalization}}\n\n{{sender_name}}"),
		"associate/note.md":         tpl("Note", "connection", "", "Hi {{first_name}}, {{personalization}}"),
		"partner-track/discreet.md": tpl("Discreet", "inmail", "Confidential", "Dear {{first_name}}, {{personalization}}"),
		"partner-track/broken.md":   tpl("Broken", "inmail", "S", "Dear {{frist_name}}, {{personalization}}"),
	}
	lib, probs := library.Load(library.Layer{Source: "team", FS: fsys})
	if lib.Len() != 3 || len(probs) != 1 {
		t.Fatalf("fixture: %d templates, problems %v", lib.Len(), probs)
	}
	return lib, probs
}

func update(t *testing.T, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

func press(s string) tea.KeyPressMsg {
	switch s {
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// TestView keeps the stripped screen at the two sizes the app is checked
// at, after moving the selection with real key presses.
func TestView(t *testing.T) {
	lib, probs := fixture(t)
	for _, size := range [][2]int{{80, 24}, {140, 45}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := update(t, New(lib, probs),
				tea.WindowSizeMsg{Width: size[0], Height: size[1]},
				press("down"), press("j"))
			v := m.View()
			if !v.AltScreen {
				t.Error("the app should use the alternate screen so the terminal is left as found")
			}
			out := ansi.Strip(v.Content)
			for i, l := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("line %d is %d cells wide, over %d: %q", i+1, w, size[0], l)
				}
			}
			if n := strings.Count(out, "\n") + 1; n > size[1] {
				t.Errorf("view is %d lines, over %d", n, size[1])
			}
			golden.RequireEqual(t, out)
		})
	}
}

func TestQuitKeys(t *testing.T) {
	lib, probs := fixture(t)
	for _, k := range []string{"q", "esc", "ctrl+c"} {
		m := update(t, New(lib, probs), tea.WindowSizeMsg{Width: 80, Height: 24})
		_, cmd := m.Update(press(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s did not quit", k)
		}
	}
}

func TestNavigation(t *testing.T) {
	lib, probs := fixture(t)
	m := update(t, New(lib, probs), tea.WindowSizeMsg{Width: 80, Height: 24})
	sel := func(m Model) string { return m.screen.(*templatesScreen).Selected().ID }
	if got := sel(m); got != "associate/café" {
		t.Fatalf("first selection = %s", got)
	}
	tests := []struct {
		keys []string
		want string
	}{
		{[]string{"up"}, "associate/café"}, // already at the top
		{[]string{"down", "down"}, "partner-track/discreet"},
		{[]string{"down", "down", "down", "down"}, "partner-track/discreet"}, // stays at the bottom, skipping headings
		{[]string{"end", "k"}, "associate/note"},
		{[]string{"G", "g"}, "associate/café"},
	}
	for _, tt := range tests {
		mm := m
		for _, k := range tt.keys {
			mm = update(t, mm, press(k))
		}
		if got := sel(mm); got != tt.want {
			t.Errorf("%v: selected %s, want %s", tt.keys, got, tt.want)
		}
	}
}

func TestHelpAndBackground(t *testing.T) {
	lib, probs := fixture(t)
	m := update(t, New(lib, probs), tea.WindowSizeMsg{Width: 80, Height: 24})
	if cmd := m.Init(); cmd == nil {
		t.Error("Init should ask for the background colour")
	}
	if strings.Contains(ansi.Strip(m.View().Content), "g/home") {
		t.Error("short help shows the full help")
	}
	m = update(t, m, press("?"))
	if !strings.Contains(ansi.Strip(m.View().Content), "g/home") {
		t.Error("? did not show the full help")
	}
	m = update(t, m, tea.BackgroundColorMsg{Color: ansi.BasicColor(15)})
	if m.styles.IsDark {
		t.Error("a white background should give light styles")
	}
}

func TestEmptyLibrary(t *testing.T) {
	lib, probs := library.Load(library.Layer{Source: "empty", FS: fstest.MapFS{}})
	m := update(t, New(lib, probs), tea.WindowSizeMsg{Width: 80, Height: 24}, press("down"))
	out := ansi.Strip(m.View().Content)
	if !strings.Contains(out, "No templates loaded") || !strings.Contains(out, "empty/seniority.yaml: missing") {
		t.Errorf("view:\n%s", out)
	}
	if strings.Contains(out, "↓/j") {
		t.Error("the help offers movement in an empty list")
	}
}

// TestTinyTerminal checks that very small sizes neither panic nor overflow.
func TestTinyTerminal(t *testing.T) {
	lib, probs := fixture(t)
	for _, size := range [][2]int{{1, 1}, {10, 3}, {0, 0}, {30, 6}} {
		m := update(t, New(lib, probs), tea.WindowSizeMsg{Width: size[0], Height: size[1]}, press("down"), press("?"))
		_ = m.View()
	}
}
