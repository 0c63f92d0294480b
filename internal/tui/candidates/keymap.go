package candidates

import (
	"charm.land/bubbles/v2/key"

	"github.com/inmail/inmail/internal/tui/common"
)

// keyMap holds the list's bindings; update switches them on and off with
// the state so the help bar only offers what works.
type keyMap struct {
	common.ListKeys
	Choose, Add, Edit                 key.Binding
	Filter, ClearFilter, AcceptFilter key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		ListKeys:     common.NewListKeys(),
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
func (k *keyMap) set(loaded bool, total, n int, filtering, filtered bool) {
	browsing := !filtering
	k.ListKeys.SetEnabled(browsing && n > 1)
	k.Choose.SetEnabled(browsing && n > 0)
	k.Edit.SetEnabled(browsing && n > 0)
	k.Add.SetEnabled(browsing)
	// While a long list loads, / already filters it; typing a name
	// before the list is there does not add a candidate.
	k.Filter.SetEnabled(browsing && (total > 0 || !loaded))
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
