package tui

import (
	"charm.land/bubbles/v2/key"

	"github.com/inmail/inmail/internal/tui/common"
)

// settingsKey opens the settings from anywhere. ctrl+, would be the
// usual key, but most terminals send it as a plain comma.
var settingsKey = key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", "settings"))

// appKeys work on every screen. The section keys (Tracker, Reports,
// Settings) are in sections.go, next to the screens they open.
type appKeys struct {
	Back key.Binding
	Help key.Binding
	Quit key.Binding
	// Close quits too, with q when no text field has focus and with esc on
	// the first screen, where there is nothing to go back to.
	Close key.Binding
}

func newAppKeys() appKeys {
	return appKeys{
		Back:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:  key.NewBinding(key.WithKeys("?", "f1"), key.WithHelp("?", "all keys")),
		Quit:  key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Close: key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// setKeys enables the root's bindings that apply to the current screen,
// so the help bar never offers a key that does nothing: ? is f1 while a
// text field has focus, esc goes back only when there is a screen to go
// back to and the screen does not use esc itself, and on the first
// screen esc quits, as q does.
func (m *Model) setKeys() {
	top := m.stack.top()
	typing := top != nil && common.IsTyping(top)
	if typing {
		m.keys.Help.SetKeys("f1")
		m.keys.Help.SetHelp("f1", "all keys")
	} else {
		m.keys.Help.SetKeys("?", "f1")
		m.keys.Help.SetHelp("?", "all keys")
	}
	escFree := top != nil && !common.CapturesEsc(top)
	m.keys.Back.SetEnabled(len(m.stack) > 1 && escFree)
	m.keys.Close.SetEnabled(top != nil && !typing)
	if len(m.stack) <= 1 && escFree {
		m.keys.Close.SetKeys("q", "esc")
		m.keys.Close.SetHelp("q/esc", "quit")
	} else {
		m.keys.Close.SetKeys("q")
		m.keys.Close.SetHelp("q", "quit")
	}
}
