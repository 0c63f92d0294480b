package settings

import "charm.land/bubbles/v2/key"

// keyMap holds the screen's bindings; setKeys enables those that apply to
// the field with focus.
type keyMap struct {
	Next, Prev key.Binding
	Seat       key.Binding
	Save       key.Binding
	// Skip closes the first-run setup without saving (elsewhere esc is
	// the root's "back").
	Skip key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Next: key.NewBinding(key.WithKeys("tab", "enter", "down"), key.WithHelp("tab", "next")),
		Prev: key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "previous")),
		Seat: key.NewBinding(key.WithKeys("left", "right", "h", "l", "space"), key.WithHelp("←/→", "change seat")),
		Save: key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Skip: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "skip for now")),
	}
}

func (k keyMap) short() []key.Binding {
	return []key.Binding{k.Save, k.Next, k.Seat, k.Skip}
}

func (k keyMap) full() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Seat}, {k.Save, k.Skip}}
}
