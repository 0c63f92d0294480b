package reportview

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// gap is the space between table columns.
const gap = 2

// View draws the current view in the size given by SetSize.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.styles
	switch {
	case !m.loaded && m.loadErr != nil:
		text := strings.Join(common.Wrap("✗ Could not read the log: "+m.loadErr.Error(), m.width), "\n")
		return common.Lines(st.Title.Render("Reports")+"\n"+st.Error.Render(text), m.width, m.height)
	case !m.loaded:
		return common.Lines(st.Title.Render("Reports")+"\n"+m.spinner.View()+st.Subtle.Render(" Working out the report from the log…"), m.width, m.height)
	}
	switch m.view {
	case chartView:
		return m.chartScreen()
	case drillView:
		return m.drillScreen()
	}
	return m.tableScreen()
}

// heading is a view's first line: the title, what it covers, and the
// spinner while a report is on its way.
func (m *Model) heading(parts ...string) string {
	st := m.styles
	title := st.Title.Render("Reports")
	if m.loading || (m.view == drillView && m.drill.loading) {
		title += " " + m.spinner.View()
	}
	for _, p := range parts {
		title += st.Subtle.Render(" · ") + p
	}
	return common.Cut(title, m.width)
}

// empty reports that nothing was logged in the period.
func (m *Model) empty() bool { return m.rep.Total.Sent+m.rep.Total.Withdrawn == 0 }

// emptyLines say why there is nothing to show.
func (m *Model) emptyLines() []string {
	st := m.styles
	if m.req.period == allTime {
		lines := []string{"", st.Title.Render("No messages logged yet."), ""}
		return append(lines, common.Wrap("Messages you send from the composer (or with inmail send) are counted here: the share answered within 7 days by template, seniority, recruiter and channel, a weekly trend, and the lines that got responses. inmail demo fills a database to try it.", m.width)...)
	}
	return []string{"", st.Title.Render(fmt.Sprintf("No message was sent in the %s.", m.req.period)), "", st.Subtle.Render("p changes the period.")}
}

// tableScreen draws the heading, the table and the notes under it.
func (m *Model) tableScreen() string {
	st := m.styles
	arrow := "↑"
	if m.desc {
		arrow = "↓"
	}
	lay := m.layout()
	notes := m.noteLines(lay)
	rows := m.tableRows(len(notes))
	parts := []string{"by " + st.Field.Render(m.req.group.String()), st.Field.Render(m.req.period.String()), "sorted by " + st.Field.Render(m.sort.String()+" "+arrow)}
	if len(m.rows) > rows {
		parts = append(parts, st.Subtle.Render(fmt.Sprintf("row %d of %d", m.cursor+1, len(m.rows))))
	}
	head := m.heading(parts...)
	if m.empty() {
		return common.Lines(head+"\n"+strings.Join(m.emptyLines(), "\n"), m.width, m.height)
	}
	lines := []string{head, st.Label.Render(lay.titles(m.req.group, m.sort, arrow))}
	end := min(len(m.rows), m.offset+rows)
	for i := m.offset; i < end; i++ {
		lines = append(lines, m.tableRow(lay, m.rows[i], i == m.cursor))
	}
	for i := end - m.offset; i < rows; i++ {
		lines = append(lines, "")
	}
	if m.showTotal() {
		lines = append(lines, m.totalRow(lay))
	}
	lines = append(lines, "")
	lines = append(lines, notes...)
	lines = append(lines, m.trendUnder(m.height-len(lines))...)
	return common.Lines(strings.Join(lines, "\n"), m.width, m.height)
}

// showTotal reports whether the table has a TOTAL row: with one group it
// would repeat it, as in `inmail report`.
func (m *Model) showTotal() bool { return len(m.rows) != 1 }

// tableRows is how many group rows the table shows over notes lines of
// notes: the rows first, but the awaiting note (its first two lines)
// always shows.
func (m *Model) tableRows(notes int) int {
	fixed := 3 // heading, column titles, blank before the notes
	if m.showTotal() {
		fixed++
	}
	avail := max(m.height-fixed, 1)
	if len(m.rows)+notes <= avail {
		return len(m.rows)
	}
	shown := min(notes, max(2, avail-len(m.rows))) // note lines that show
	return max(avail-shown, 1)
}

// tableHeight is how many group rows the table shows.
func (m *Model) tableHeight() int {
	if !m.loaded {
		return 1
	}
	return m.tableRows(len(m.noteLines(m.layout())))
}

// tableLayout is the table's columns at the screen's width.
type tableLayout struct {
	keys   []int  // width of each key column
	show   []bool // which of columns show
	widths []int  // width of each of columns
	flag   bool   // the n<30 column shows
	hidden []string
}

// layout fits the table to the width, as `inmail report` does: the key
// columns, sent, the 7-day rate and its interval always, then the other
// columns by rank while they fit, the sort column among the first.
func (m *Model) layout() tableLayout {
	var l tableLayout
	dims := m.req.group.dims()
	all := append([]report.Group{{Metrics: m.rep.Total}}, m.rows...)
	for d := range dims {
		w := ansi.StringWidth(strings.ToUpper(dims[d].String())) + 1 // the sort arrow
		for _, g := range m.rows {
			w = max(w, ansi.StringWidth(g.Key.Value(dims[d])))
		}
		l.keys = append(l.keys, max(w, len("TOTAL")))
	}
	l.widths = make([]int, len(columns))
	l.show = make([]bool, len(columns))
	for j, c := range columns {
		l.widths[j] = ansi.StringWidth(c.head)
		if c.sort == m.sort && m.sort != sortName {
			l.widths[j]++ // the sort arrow
		}
		for _, g := range all {
			l.widths[j] = max(l.widths[j], ansi.StringWidth(c.cell(g.Metrics)))
		}
	}
	for _, g := range all {
		l.flag = l.flag || small(g.Metrics)
	}
	used := 2 // the cursor's marker
	if l.flag {
		used += gap + len(smallMark)
	}
	for j, c := range columns {
		if c.rank == 0 || (c.sort == m.sort && m.sort != sortName) {
			l.show[j] = true
			used += gap + l.widths[j]
		}
	}
	// The key columns take what is left of their width, cut down to a
	// third of the screen each at worst.
	keysW := 0
	for _, w := range l.keys {
		keysW += w + gap
	}
	if over := used + keysW - gap - m.width; over > 0 {
		for i := len(l.keys) - 1; i >= 0 && over > 0; i-- {
			cut := min(over, max(0, l.keys[i]-max(m.width/(3*len(l.keys)), 8)))
			l.keys[i] -= cut
			over -= cut
			keysW -= cut
		}
	}
	used += keysW - gap
	for rank := 1; rank <= len(columns); rank++ {
		for j, c := range columns {
			if c.rank != rank || l.show[j] || (c.followUps && m.rep.Total.FollowedUp == 0) {
				continue
			}
			if used+gap+l.widths[j] <= m.width {
				l.show[j] = true
				used += gap + l.widths[j]
			} else {
				l.hidden = append(l.hidden, c.head)
			}
		}
	}
	return l
}

// line joins key cells, the shown metric cells (right-aligned) and the
// small-sample flag into one table line.
func (l tableLayout) line(keys []string, cell func(j int) string, flag string) string {
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(strings.Repeat(" ", gap))
		}
		b.WriteString(common.Fit(k, l.keys[i]))
	}
	for j := range columns {
		if !l.show[j] {
			continue
		}
		c := cell(j)
		b.WriteString(strings.Repeat(" ", gap+max(0, l.widths[j]-ansi.StringWidth(c))))
		b.WriteString(c)
	}
	if l.flag {
		b.WriteString(strings.Repeat(" ", gap) + common.Fit(flag, len(smallMark)))
	}
	return b.String()
}

// titles is the line of column titles, the sort column marked with its
// direction.
func (l tableLayout) titles(g grouping, s sortKey, arrow string) string {
	var keys []string
	for i, d := range g.dims() {
		h := strings.ToUpper(d.String())
		if i == 0 && s == sortName {
			h += arrow
		}
		keys = append(keys, h)
	}
	return "  " + l.line(keys, func(j int) string {
		if columns[j].sort == s && s != sortName {
			return columns[j].head + arrow
		}
		return columns[j].head
	}, "")
}

// tableRow draws one group: the cursor's row marked with ▸, a small
// sample dimmed and marked n<30.
func (m *Model) tableRow(l tableLayout, g report.Group, selected bool) string {
	st := m.styles
	style := lipgloss.NewStyle()
	flag := ""
	if small(g.Metrics) {
		style, flag = st.Subtle, smallMark
	}
	marker := "  "
	if selected {
		marker = "▸ "
		if flag == "" {
			style = st.Selected
		} else {
			style = st.Selected.Faint(true)
		}
	}
	return marker + style.Render(l.line(keyCells(m.req.group, g.Key), func(j int) string { return columns[j].cell(g.Metrics) }, flag))
}

// totalRow draws the TOTAL row.
func (m *Model) totalRow(l tableLayout) string {
	keys := make([]string, len(l.keys))
	keys[0] = "TOTAL"
	flag := ""
	if small(m.rep.Total) {
		flag = smallMark
	}
	return "  " + m.styles.Label.Render(l.line(keys, func(j int) string { return columns[j].cell(m.rep.Total) }, flag))
}

// noteLines are the notes under the table, wrapped to the width: what is
// in its 7-day window and left out of the rates first, then what n<30 means, the
// definitions, the withdrawn, and the columns left out.
func (m *Model) noteLines(l tableLayout) []string {
	t := m.rep.Total
	var notes []string
	if t.WindowOpen > 0 {
		notes = append(notes, fmt.Sprintf("As of %s: %s sent after %s %s in %s 7-day window (%s) and left out of every rate.",
			stamp(m.req.now), words.Count(t.WindowOpen, "message"), stamp(m.rep.WindowOpenSince()), words.Plural(t.WindowOpen, "is", "are"),
			words.Plural(t.WindowOpen, "its", "their"), report.WindowOpenWords(t)))
	} else {
		notes = append(notes, fmt.Sprintf("As of %s; no message has its 7-day window open, so none is left out of the rates.", stamp(m.req.now)))
	}
	if l.flag {
		notes = append(notes, "n<30 (dimmed): fewer than 30 decided messages, so the rate can swing widely; read its interval.")
	}
	notes = append(notes, "Rates are of decided messages (window closed): 7-day response with its 95% Wilson interval; positive is accepted or replied within 7 days; screen is a call booked.")
	if t.Withdrawn > 0 {
		notes = append(notes, fmt.Sprintf("Withdrawn: %s never sent on LinkedIn %s left out of every number.", words.Count(t.Withdrawn, "message"), words.Plural(t.Withdrawn, "is", "are")))
	}
	if len(l.hidden) > 0 {
		notes = append(notes, fmt.Sprintf("Left out at %d columns: %s. inmail report --format csv has every number.", m.width, strings.Join(l.hidden, ", ")))
	}
	var lines []string
	for _, n := range notes {
		for _, w := range common.Wrap(n, m.width) {
			lines = append(lines, m.styles.Subtle.Render(w))
		}
	}
	return lines
}
