package reportview

import (
	"fmt"
	"math"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// blocks are the eighths of a cell, lowest first: a sparkline's levels
// and the tops of a column chart's bars.
var blocks = []rune("▁▂▃▄▅▆▇█")

// Glyphs for weeks without a full bar: no decided message, and a week
// with too few decided messages for its rate to mean much (column chart).
const (
	noData    = "·"
	smallFill = "░"
)

// maxBigHeight is the tallest the selected template's chart grows.
const maxBigHeight = 20

// chartLayout is where the chart's parts go at the screen's size.
type chartLayout struct {
	nameW  int  // template names
	short  bool // levels written as initials (shortLevel) to fit
	plotX  int  // the column the weeks start at
	colW   int  // cells per week
	first  int  // the first week shown (index into trend.weeks)
	weeks  int  // weeks shown
	spark  int  // sparkline rows
	big    int  // rows of the selected template's column chart (0: none)
	scale  float64
	rateW  int
	legend []string
}

// sparkHeight is how many templates the chart lists at once.
func (m *Model) sparkHeight() int { return max(m.chartLayout().spark, 1) }

// chartLayout fits the chart to the screen: one sparkline row per
// template (scrolling when they do not all fit), the last weeks that fit
// the width (one cell a week, wider when there are few), and above them
// the selected template's column chart when there is room.
func (m *Model) chartLayout() chartLayout {
	t := m.trend
	c := chartLayout{rateW: len("100.0%"), colW: 1}
	longest := func(name func(string) string) int {
		w := 0
		for _, s := range t.series {
			w = max(w, ansi.StringWidth(name(s.template)))
		}
		return w
	}
	limit := max(m.width/3, 4)
	c.nameW = longest(func(s string) string { return s })
	if c.nameW > limit {
		c.short = true
		c.nameW = longest(common.ShortLevel)
	}
	c.nameW = max(min(c.nameW, limit), 4)
	c.plotX = 2 + c.nameW + 1
	plotW := max(m.width-c.plotX-1-c.rateW, 1)
	c.weeks = min(len(t.weeks), plotW)
	if c.weeks > 0 {
		c.colW = max(1, min(plotW/c.weeks, 4))
	}
	c.first = len(t.weeks) - c.weeks
	c.scale = m.scale(c.first)
	c.legend = m.legend(c)
	// heading, the axis under the sparklines, the legend
	avail := max(m.height-2-len(c.legend), 1)
	c.spark = min(len(t.series), avail)
	// The column chart needs its title, a blank line, its axis and three
	// rows at least.
	if rest := avail - c.spark - 3; rest >= 3 {
		c.big = min(rest, maxBigHeight)
	}
	return c
}

// scale is the top of the charts: the highest weekly rate drawn, small
// samples included, rounded up to the next 10%, so no bar or point is cut
// off at the top and a week at 56% stands higher than one at 30% on every
// template's line. Small samples are told apart by how they are drawn
// (dim, ░), not by being clipped.
func (m *Model) scale(first int) float64 {
	top := 0.0
	for _, s := range m.trend.series {
		for _, p := range s.points[first:] {
			if p.known() {
				top = max(top, p.rate())
			}
		}
	}
	return min(max(math.Ceil(top*10-1e-9)/10, 0.1), 1)
}

// level is a rate's sparkline glyph: ▁ for 0 up to █ for the scale.
func level(rate, scale float64) rune {
	i := int(math.Round(rate / scale * float64(len(blocks)-1)))
	return blocks[max(0, min(i, len(blocks)-1))]
}

// spark draws one template's weeks as a sparkline, colW cells a week.
func (m *Model) spark(s series, c chartLayout) string {
	st := m.styles
	var b strings.Builder
	for _, p := range s.points[c.first:] {
		cell := strings.Repeat(string(level(p.rate(), c.scale)), c.colW)
		switch {
		case !p.known():
			b.WriteString(st.Subtle.Render(common.Fit(noData, c.colW)))
		case p.small():
			// Faint as well as dim: NO_COLOR keeps the difference.
			b.WriteString(st.Subtle.Faint(true).Render(cell))
		default:
			b.WriteString(st.Field.Render(cell))
		}
	}
	return b.String()
}

// columnChart draws one template's weeks as bars h rows high, eighths of
// a row at the top of each; a week with fewer than 30 decided messages
// is drawn in ░ (and dimmed), one with none as · on the baseline. Each
// line starts with its y-axis label, right-aligned in c.plotX cells.
func (m *Model) columnChart(s series, c chartLayout, h int) []string {
	st := m.styles
	bar := max(c.colW-1, 1) // a cell between bars when there is room
	if c.colW == 1 {
		bar = 1
	}
	lines := make([]string, h)
	for r := range h {
		from := h - 1 - r // eighths below this row: from*8
		var label string
		switch {
		case r == 0:
			label = pct(c.scale) + " ┤"
		case h >= 4 && h%2 == 0 && r == h/2:
			label = pct(c.scale/2) + " ┤"
		case r == h-1:
			label = "0% ┤"
		default:
			label = "│"
		}
		var b strings.Builder
		b.WriteString(st.Subtle.Render(fmt.Sprintf("%*s", c.plotX, label)))
		for _, p := range s.points[c.first:] {
			eighths := int(math.Round(p.rate() / c.scale * float64(h*8)))
			fill := max(0, min(8, eighths-from*8))
			var cell string
			style := st.Field
			switch {
			case !p.known():
				style, cell = st.Subtle, " "
				if r == h-1 {
					cell = noData
				}
			case p.small():
				style, cell = st.Subtle, " "
				if fill >= 4 || (r == h-1) {
					cell = smallFill
				}
			case fill == 0 && r == h-1:
				cell = string(blocks[0]) // 0%: a sliver, unlike no data
			case fill == 0:
				cell = " "
			default:
				cell = string(blocks[fill-1])
			}
			b.WriteString(style.Render(strings.Repeat(cell, bar)))
			if c.colW > bar {
				b.WriteString(strings.Repeat(" ", c.colW-bar))
			}
		}
		lines[r] = b.String()
	}
	return lines
}

// pct writes a chart's scale mark: "40%", "25%", "12.5%".
func pct(v float64) string {
	p := v * 100
	if math.Abs(p-math.Round(p)) < 1e-9 {
		return fmt.Sprintf("%.0f%%", p)
	}
	return fmt.Sprintf("%.1f%%", p)
}

// axis labels the weeks under a chart, from column plotX: a month's name
// at its first Monday (with the year in January and on the first label),
// or each week's number when a week has four cells.
func (m *Model) axis(c chartLayout) string {
	weeks := m.trend.weeks[c.first:]
	line := []rune(strings.Repeat(" ", c.weeks*c.colW+8))
	free := 0
	put := func(col int, s string) {
		if col < free || col+len([]rune(s)) > len(line) {
			return
		}
		copy(line[col:], []rune(s))
		free = col + len([]rune(s)) + 1
	}
	for i, w := range weeks {
		col := i * c.colW
		if c.colW >= 4 {
			_, n := w.ISOWeek()
			put(col, fmt.Sprintf("W%02d", n))
			continue
		}
		// A month is labelled at the week its first Monday starts, the
		// first label and January with the year.
		if w.Day() > 7 {
			continue
		}
		if free == 0 || w.Month() == time.January {
			put(col, w.Format("Jan'06"))
		} else {
			put(col, w.Format("Jan"))
		}
	}
	return m.styles.Subtle.Render(strings.Repeat(" ", c.plotX) + strings.TrimRight(string(line), " "))
}

// legend explains the glyphs, wrapped to the width.
func (m *Model) legend(c chartLayout) []string {
	text := fmt.Sprintf("Scale %c 0%% to %c %s. %s no decided message; dim (%s above): under 30 decided; the highest week sets the top. Messages still in their 7-day window are left out. Right: the period's rate.",
		blocks[0], blocks[len(blocks)-1], pct(c.scale), noData, smallFill)
	return common.Wrap(text, m.width)
}

// sparkRows draws the sparklines of series from to end, the one at
// cursor marked (-1: none).
func (m *Model) sparkRows(c chartLayout, from, end, cursor int) []string {
	st := m.styles
	var lines []string
	for i := from; i < min(end, len(m.trend.series)); i++ {
		s := m.trend.series[i]
		marker, name := "  ", lipgloss.NewStyle()
		if i == cursor {
			marker, name = "▸ ", st.Selected
		}
		rate := fmt.Sprintf("%*s", c.rateW, report.Percent(s.total))
		label := s.template
		if c.short {
			label = common.ShortLevel(label)
		}
		lines = append(lines, marker+name.Render(common.Fit(label, c.nameW))+" "+m.spark(s, c)+" "+st.Subtle.Render(rate))
	}
	return lines
}

// trendUnder is the sparklines under the table when the screen has room
// left for all of them: a title, a line per template, the axis.
func (m *Model) trendUnder(room int) []string {
	n := len(m.trend.series)
	if n == 0 || room < n+3 {
		return nil
	}
	st := m.styles
	c := m.chartLayout()
	title := st.Label.Render("Weekly 7-day response rate by template") + st.Subtle.Render(" · t for the large chart")
	lines := []string{"", common.Cut(title, m.width)}
	lines = append(lines, m.sparkRows(c, 0, n, -1)...)
	return append(lines, m.axis(c))
}

// chartScreen draws the weekly trend: the selected template's column
// chart when there is room, then a sparkline for every template.
func (m *Model) chartScreen() string {
	st := m.styles
	c := m.chartLayout()
	shown := fmt.Sprintf("%d of %d weeks", c.weeks, len(m.trend.weeks))
	if c.weeks == len(m.trend.weeks) {
		shown = words.Count(c.weeks, "week")
	}
	lines := []string{m.heading("weekly 7-day response rate by template", st.Field.Render(m.req.period.String()), shown)}
	if len(m.trend.series) == 0 {
		if m.empty() {
			lines = append(lines, m.emptyLines()...)
		}
		return common.Lines(strings.Join(lines, "\n"), m.width, m.height)
	}
	if c.big > 0 {
		s := m.trend.series[m.chartCursor]
		title := st.Selected.Render("▸ "+s.template) + st.Subtle.Render(fmt.Sprintf(" · %s over the %s", report.Percent(s.total), m.req.period))
		if m.req.period == allTime {
			title = st.Selected.Render("▸ "+s.template) + st.Subtle.Render(fmt.Sprintf(" · %s over all time", report.Percent(s.total)))
		}
		lines = append(lines, common.Cut(title, m.width))
		lines = append(lines, m.columnChart(s, c, c.big)...)
		lines = append(lines, m.axis(c), "")
	}
	lines = append(lines, m.sparkRows(c, m.chartOffset, m.chartOffset+c.spark, m.chartCursor)...)
	lines = append(lines, m.axis(c))
	for _, l := range c.legend {
		lines = append(lines, st.Subtle.Render(l))
	}
	return common.Lines(strings.Join(lines, "\n"), m.width, m.height)
}
