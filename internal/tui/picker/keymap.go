package picker

import "charm.land/bubbles/v2/key"

// keyMap holds the picker's bindings, enabled by state.
type keyMap struct {
	Up, Down, Top, Bottom key.Binding
	Choose                key.Binding
	AllLevels             key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:       key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first")),
		Bottom:    key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last")),
		Choose:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "compose")),
		AllLevels: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "all levels")),
	}
}

func (k keyMap) short() []key.Binding { return []key.Binding{k.Choose, k.Up, k.Down, k.AllLevels} }

func (k keyMap) full() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.Choose, k.AllLevels}}
}
