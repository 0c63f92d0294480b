// Package tuitest drives a screen in tests the way the root model does,
// without a terminal: commands run at once, in order, and the screen is
// read as text.
package tuitest

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/tui/common"
)

// Drain runs cmd and every command that follows from it, each at once,
// as if it finished instantly: batches are opened, and spinner ticks and
// cursor blinks are dropped (they would go on for ever). Every other
// message goes to deliver, which hands it to the screen (or keeps it) and
// returns the next command. A chain that never settles fails the test.
func Drain(t testing.TB, cmd tea.Cmd, deliver func(tea.Msg) tea.Cmd) {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0; n++ {
		if n > 1000 {
			t.Fatal("commands do not settle")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case nil, spinner.TickMsg:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if strings.Contains(reflect.TypeOf(msg).PkgPath(), "bubbles/v2/cursor") {
				continue
			}
			queue = append(queue, deliver(msg))
		}
	}
}

// Screen is s's view with its short help under it, stripped of styles,
// as the root draws them (the root's own keys left out).
func Screen(s common.Screen, width int) string {
	hm := help.New()
	hm.SetWidth(width)
	return ansi.Strip(s.View()) + "\n" + ansi.Strip(common.Cut(hm.ShortHelpView(s.ShortHelp()), width))
}

// Key is the key press a key name stands for, as the help bar writes it:
// "enter", "esc", "tab", "shift+tab", "backspace", the arrows ("up"…),
// "ctrl+s", or a printable character ("y", "/").
func Key(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	}
	if c, ok := strings.CutPrefix(name, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: []rune(c)[0], Mod: tea.ModCtrl}
	}
	return tea.KeyPressMsg{Code: []rune(name)[0], Text: name}
}
