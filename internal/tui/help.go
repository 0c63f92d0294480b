package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/inmail/inmail/internal/tui/common"
)

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

// helpKeys are the keys of the current screen and the app.
func (m Model) helpKeys() helpKeys {
	h := helpKeys{app: []key.Binding{m.keys.Back, m.keys.Help, m.keys.Quit}}
	if m.keys.Close.Enabled() {
		// q (or esc) is the quit key to show; ctrl+c still works and is
		// listed under all keys.
		h.app[2], h.fullOnly = m.keys.Close, []key.Binding{m.keys.Quit}
	}
	for _, s := range sections {
		h.sections = append(h.sections, s.key)
	}
	if top := m.stack.top(); top != nil {
		h.screen = top.ShortHelp()
		h.full = top.FullHelp()
	}
	return h
}

// helpBar is the short help: the keys that work now, on one line.
func (m Model) helpBar() string {
	return common.Cut(m.help.ShortHelpView(m.helpKeys().ShortHelp()), m.width)
}

// fullHelpColumns lays the key groups out side by side while they fit in
// width and starts a new row of groups when they do not, so a narrow
// terminal shows every key instead of the first column and an ellipsis.
func (m Model) fullHelpColumns(groups [][]key.Binding, width int) string {
	hm := m.help
	hm.ShowAll = true
	hm.SetWidth(0)
	const gap = "    "
	var rows, row []string
	rowWidth := 0
	flush := func() {
		if len(row) > 0 {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
		}
		row, rowWidth = nil, 0
	}
	for _, g := range groups {
		col := hm.FullHelpView([][]key.Binding{g})
		if col == "" {
			continue
		}
		w := lipgloss.Width(col)
		if len(row) > 0 && rowWidth+len(gap)+w > width {
			flush()
		}
		if len(row) > 0 {
			row = append(row, gap)
			rowWidth += len(gap)
		}
		row = append(row, col)
		rowWidth += w
	}
	flush()
	return strings.Join(rows, "\n\n")
}

// fullHelp draws every key of the current screen and the app in a box
// over the screen, h lines tall.
func (m Model) fullHelp(h int) string {
	body := strings.Split(m.fullHelpColumns(m.helpKeys().FullHelp(), max(10, m.width-6)), "\n")
	lines := make([]string, 0, len(body)+2)
	for _, l := range body {
		lines = append(lines, " "+l)
	}
	lines = append(lines, "", m.styles.Subtle.Render(" Any key closes this."))
	w := 0
	for _, l := range lines {
		w = max(w, lipgloss.Width(l))
	}
	w = min(w+3, m.width)
	box := common.Box(m.styles, "All keys", lines, w, min(len(lines)+2, h), true)
	return common.Popup(m.stack.top().View(), box, m.width, h)
}
