package candidates

import "charm.land/bubbles/v2/key"

// keyMap holds the list's bindings; update switches them on and off with
// the state so the help bar only offers what works.
type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Choose, Add, Edit                       key.Binding
	Filter, ClearFilter, AcceptFilter       key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Up:           key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:         key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:       key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:     key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Top:          key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first")),
		Bottom:       key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last")),
		Choose:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "write to")),
		Add:          key.NewBinding(key.WithKeys("a", "n"), key.WithHelp("a", "add candidate")),
		Edit:         key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "correct profile")),
		Filter:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		ClearFilter:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		AcceptFilter: key.NewBinding(key.WithKeys("enter", "down", "up"), key.WithHelp("enter", "done filtering")),
	}
}

// set enables the bindings that apply: with total candidates of which n
// are visible, while typing a filter or not, with a filter applied or not.
func (k *keyMap) set(total, n int, filtering, filtered bool) {
	browsing := !filtering
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
		b.SetEnabled(browsing && n > 1)
	}
	k.Choose.SetEnabled(browsing && n > 0)
	k.Edit.SetEnabled(browsing && n > 0)
	k.Add.SetEnabled(browsing)
	k.Filter.SetEnabled(browsing && total > 0)
	k.ClearFilter.SetEnabled(filtering || filtered)
	k.AcceptFilter.SetEnabled(filtering)
}

func (k keyMap) short() []key.Binding {
	return []key.Binding{k.Choose, k.Up, k.Down, k.Filter, k.AcceptFilter, k.ClearFilter, k.Add, k.Edit}
}

func (k keyMap) full() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Choose, k.Add, k.Edit},
		{k.Filter, k.AcceptFilter, k.ClearFilter},
	}
}
