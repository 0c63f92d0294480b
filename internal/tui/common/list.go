package common

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// ListKeys move the cursor of a list. A screen's keyMap embeds them, so
// every list moves with the same keys and the help says so in the same
// words.
type ListKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
}

// NewListKeys returns the list keys.
func NewListKeys() ListKeys {
	return ListKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "first")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "last")),
	}
}

// SetEnabled switches every list key on or off.
func (k *ListKeys) SetEnabled(on bool) {
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
		b.SetEnabled(on)
	}
}

// Move is how many rows msg moves the cursor of a list that shows page
// rows at a time; ok is false when msg is no enabled list key. The first
// and last rows are further away than any list is long.
func (k ListKeys) Move(msg tea.KeyPressMsg, page int) (rows int, ok bool) {
	const far = 1 << 30
	page = max(page, 1)
	switch {
	case key.Matches(msg, k.Up):
		return -1, true
	case key.Matches(msg, k.Down):
		return 1, true
	case key.Matches(msg, k.PageUp):
		return -page, true
	case key.Matches(msg, k.PageDown):
		return page, true
	case key.Matches(msg, k.Top):
		return -far, true
	case key.Matches(msg, k.Bottom):
		return far, true
	}
	return 0, false
}

// InView is the first row to show of a list of n rows shown h at a time,
// moved from offset as little as keeps the cursor on screen.
func InView(cursor, offset, n, h int) int {
	h = max(h, 1)
	offset = min(offset, cursor)
	offset = max(offset, cursor-h+1)
	return max(0, min(offset, n-h))
}

// WheelLines is how many lines a turn of the mouse wheel scrolls: three,
// negative up, 0 for any other button.
func WheelLines(msg tea.MouseWheelMsg) int {
	switch msg.Button {
	case tea.MouseWheelUp:
		return -3
	case tea.MouseWheelDown:
		return 3
	}
	return 0
}
