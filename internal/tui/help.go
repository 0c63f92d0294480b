package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
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

// helpBar is the short help: the keys that work now, on one line. The
// first two (the screen's keys of the moment: send and why it is
// disabled, the next field) are always there, their descriptions cut
// when the line is short; the rest follow while they fit, and an
// ellipsis says some did not.
func (m Model) helpBar() string {
	var keys []key.Binding
	for _, b := range m.helpKeys().ShortHelp() {
		if b.Enabled() {
			keys = append(keys, b)
		}
	}
	return shortHelp(m.help, keys, m.width)
}

// mustShow is how many keys the help bar always shows.
const mustShow = 2

// shortHelp lays keys out on one line of width cells; see helpBar.
func shortHelp(h help.Model, keys []key.Binding, width int) string {
	if len(keys) == 0 || width <= 0 {
		return ""
	}
	st := h.Styles
	sep := st.ShortSeparator.Inline(true).Render(h.ShortSeparator)
	sepW := lipgloss.Width(sep)
	n := min(mustShow, len(keys))
	descs := make([]string, len(keys))
	for i, k := range keys {
		descs[i] = k.Help().Desc
	}
	itemW := func(i int) int { return lipgloss.Width(keys[i].Help().Key) + 1 + lipgloss.Width(descs[i]) }
	used := sepW * (n - 1)
	for i := range n {
		used += itemW(i)
	}
	// Cut the longest description of the first two until they fit.
	for used > width {
		longest := 0
		for i := 1; i < n; i++ {
			if lipgloss.Width(descs[i]) > lipgloss.Width(descs[longest]) {
				longest = i
			}
		}
		dw := lipgloss.Width(descs[longest])
		if dw <= 1 {
			break
		}
		cut := max(1, dw-(used-width))
		used -= dw - cut
		descs[longest] = common.Cut(descs[longest], cut)
	}
	ellipsis := " " + st.Ellipsis.Inline(true).Render(h.Ellipsis)
	shown := n
	for shown < len(keys) {
		w := sepW + itemW(shown)
		room := width
		if shown+1 < len(keys) {
			room -= lipgloss.Width(ellipsis)
		}
		if used+w > room {
			break
		}
		used += w
		shown++
	}
	var b strings.Builder
	for i := range shown {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(st.ShortKey.Inline(true).Render(keys[i].Help().Key) + " " + st.ShortDesc.Inline(true).Render(descs[i]))
	}
	if shown < len(keys) && used+lipgloss.Width(ellipsis) <= width {
		b.WriteString(ellipsis)
	}
	return common.Cut(b.String(), width)
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
