package tui

import "charm.land/bubbles/v2/key"

// appKeys work on every screen.
type appKeys struct {
	Help key.Binding
	Quit key.Binding
}

func newAppKeys() appKeys {
	return appKeys{
		Help: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Quit: key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q/esc", "quit")),
	}
}

// listKeys move through the template list. They are disabled when there is
// nothing to move through, so the help line never lies.
type listKeys struct {
	Up, Down, Top, Bottom key.Binding
}

func newListKeys() listKeys {
	return listKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:    key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first")),
		Bottom: key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last")),
	}
}

// ShortHelp implements help.KeyMap.
func (k listKeys) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down} }

// FullHelp implements help.KeyMap.
func (k listKeys) FullHelp() [][]key.Binding { return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}} }

func (k *listKeys) setEnabled(on bool) {
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.Top, &k.Bottom} {
		b.SetEnabled(on)
	}
}

// helpKeys joins a screen's keys with the app's for the help line.
type helpKeys struct {
	screen interface {
		ShortHelp() []key.Binding
		FullHelp() [][]key.Binding
	}
	app appKeys
}

func (h helpKeys) ShortHelp() []key.Binding {
	return append(h.screen.ShortHelp(), h.app.Quit, h.app.Help)
}

func (h helpKeys) FullHelp() [][]key.Binding {
	return append(h.screen.FullHelp(), []key.Binding{h.app.Help, h.app.Quit})
}
