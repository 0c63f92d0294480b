package reportview

import (
	"charm.land/bubbles/v2/key"

	"github.com/inmail/inmail/internal/tui/common"
)

// keyMap holds the screen's bindings; set switches them on and off with
// the state, so the help bar only offers what works.
type keyMap struct {
	common.ListKeys

	// Sort cycles the table's sort column and Reverse flips its order.
	Sort, Reverse key.Binding
	// Group cycles the grouping and Period the span of send times.
	Group, Period key.Binding
	// Chart switches between the table and the weekly trend.
	Chart key.Binding
	// Drill opens the selected row's messages; Tab switches the
	// drill-down between its messages and the lines that got responses;
	// Close goes back.
	Drill, Tab, Close key.Binding
}

func newKeyMap() keyMap {
	list := common.NewListKeys()
	list.PageDown.SetKeys("pgdown", "space")
	return keyMap{
		ListKeys: list,
		Sort:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Reverse:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reverse")),
		Group:    key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "group")),
		Period:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "period")),
		Chart:    key.NewBinding(key.WithKeys("t", "tab"), key.WithHelp("t", "chart")),
		Drill:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "messages")),
		Tab:      key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "responded lines")),
		Close:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the table")),
	}
}

// view is what the screen shows.
type view int

// The views.
const (
	tableView view = iota
	chartView
	drillView
)

// keyState is what decides which keys work.
type keyState struct {
	loaded bool // a report arrived
	view   view
	rows   int // rows the cursor moves over in the current view
	groups int // the table's groups
	// empty reports a log with nothing in it at all: no period or
	// grouping has anything to show.
	empty   bool
	drillOK bool // the selected row can be drilled into
	// from is the view a drill-down goes back to; lines reports that
	// the drill-down shows the responded lines.
	from  view
	lines bool
}

// set enables the bindings that apply in state s.
func (k *keyMap) set(s keyState) {
	k.ListKeys.SetEnabled(s.loaded && s.rows > 1)
	top := s.loaded && s.view != drillView
	table := top && s.view == tableView && s.groups > 0
	k.Sort.SetEnabled(table && s.groups > 1)
	k.Reverse.SetEnabled(table && s.groups > 1)
	k.Group.SetEnabled(table)
	k.Period.SetEnabled(top && !s.empty)
	k.Chart.SetEnabled(top && (s.groups > 0 || s.view == chartView))
	if s.view == chartView {
		k.Chart.SetHelp("t", "table")
	} else {
		k.Chart.SetHelp("t", "chart")
	}
	k.Drill.SetEnabled(top && s.drillOK)
	k.Tab.SetEnabled(s.view == drillView)
	if s.lines {
		k.Tab.SetHelp("tab", "all messages")
	} else {
		k.Tab.SetHelp("tab", "lines that got responses")
	}
	k.Close.SetEnabled(s.view == chartView || s.view == drillView)
	if s.view == drillView && s.from == chartView {
		k.Close.SetHelp("esc", "back to the chart")
	} else {
		k.Close.SetHelp("esc", "back to the table")
	}
}

func (k keyMap) short() []key.Binding {
	// r (reverse) is in the full help only, so that esc and ? still fit
	// the help bar at 80 columns.
	return []key.Binding{k.Drill, k.Close, k.Tab, k.Sort, k.Group, k.Period, k.Chart}
}

func (k keyMap) full() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Sort, k.Reverse, k.Group, k.Period},
		{k.Chart, k.Drill, k.Tab, k.Close},
	}
}
