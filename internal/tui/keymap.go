package tui

import "charm.land/bubbles/v2/key"

// settingsKey opens the settings from anywhere. ctrl+, would be the
// usual key, but most terminals send it as a plain comma.
var settingsKey = key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", "settings"))

// appKeys work on every screen. The section keys (Tracker, Reports) are in
// sections.go, next to the screens they open.
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

// helpKeys is the help bar's key map: the screen's keys, then the root's.
type helpKeys struct {
	screen   []key.Binding
	full     [][]key.Binding
	app      []key.Binding
	sections []key.Binding
	// fullOnly are app keys listed only under all keys.
	fullOnly []key.Binding
}

// ShortHelp implements help.KeyMap.
func (h helpKeys) ShortHelp() []key.Binding {
	out := make([]key.Binding, 0, len(h.screen)+len(h.app)+len(h.sections))
	out = append(out, h.screen...)
	out = append(out, h.app...)
	return append(out, h.sections...)
}

// FullHelp implements help.KeyMap.
func (h helpKeys) FullHelp() [][]key.Binding {
	out := append([][]key.Binding{}, h.full...)
	app := append(append(append([]key.Binding{}, h.app...), h.fullOnly...), h.sections...)
	return append(out, app)
}
