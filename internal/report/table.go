package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/inmail/inmail/internal/words"
)

// Column is one metric column of the report table, as inmail report and
// the reports screen show it.
type Column struct {
	// Head is the column's heading: "RESP 7D".
	Head string
	// Rank orders what is left out when the table is too wide: columns
	// of rank 0 always stay, then 1, 2 ... are added while they fit.
	Rank int
	// Cell writes a group's number.
	Cell func(Metrics) string
	// Seat marks a number that depends on the seat's refund rule (credits
	// returned), which a caller without the seat leaves out.
	Seat bool
	// FollowUps marks a number about follow-ups, left out of a report
	// with none (see Column.Shows).
	FollowUps bool
}

// Shows reports whether the column belongs in a report whose total is
// total: a follow-up column only when something was followed up.
func (c Column) Shows(total Metrics) bool { return !c.FollowUps || total.FollowedUp > 0 }

// Columns are the table's metric columns, in the order shown.
var Columns = []Column{
	{Head: "SENT", Rank: 0, Cell: func(m Metrics) string { return words.Thousands(m.Sent) }},
	{Head: "AWAITING", Rank: 1, Cell: func(m Metrics) string { return words.Thousands(m.Awaiting) }},
	{Head: "RESP 7D", Rank: 0, Cell: func(m Metrics) string { return Percent(m.ResponseRate()) }},
	{Head: "95% CI", Rank: 0, Cell: func(m Metrics) string { return IntervalText(m.ResponseRate()) }},
	// The response to follow-ups, beside the first message's.
	{Head: "AFTER FU", Rank: 2, Cell: func(m Metrics) string { return Percent(m.AfterFollowUpRate()) }, FollowUps: true},
	{Head: "POSITIVE", Rank: 3, Cell: func(m Metrics) string { return Percent(m.PositiveRate()) }},
	{Head: "SCREEN", Rank: 4, Cell: func(m Metrics) string { return Percent(m.ScreenRate()) }},
	{Head: "1ST RESP", Rank: 5, Cell: func(m Metrics) string { return DurationText(m.MedianFirstResponse, m.Responded > 0) }},
	{Head: "FOLLOWED", Rank: 6, Cell: func(m Metrics) string { return words.Thousands(m.FollowedUp) }, FollowUps: true},
	{Head: "LATE", Rank: 7, Cell: func(m Metrics) string { return words.Thousands(m.Late) }},
	{Head: "CREDITS", Rank: 8, Cell: func(m Metrics) string { return words.Thousands(m.CreditsSpent) }},
	{Head: "BACK", Rank: 9, Cell: func(m Metrics) string { return words.Thousands(m.CreditsReturned) }, Seat: true},
	{Head: "LINE", Rank: 10, Cell: func(m Metrics) string { return fmt.Sprintf("%.0f", m.MedianPersonalization) }},
}

// columnGap is the space between table columns.
const columnGap = 2

func (r Report) writeTable(w io.Writer, o Options) error {
	width := o.Width
	if width <= 0 {
		width = 80
	}
	nk := len(r.Query.By)
	// Rows of cells: header, groups, total. Key cells first.
	head := make([]string, 0, nk+len(Columns))
	for _, d := range r.Query.By {
		head = append(head, strings.ToUpper(d.String()))
	}
	rows, metricRows := r.rows("TOTAL")
	cells := make([][]string, len(rows))
	for i := range rows {
		cells[i] = make([]string, len(Columns))
		for j, c := range Columns {
			cells[i][j] = c.Cell(metricRows[i])
		}
	}
	colWidth := func(j int) int { // metric column j
		n := utf8.RuneCountInString(Columns[j].Head)
		for i := range cells {
			n = max(n, utf8.RuneCountInString(cells[i][j]))
		}
		return n
	}
	keyWidth := make([]int, nk)
	used := 0
	for k := range nk {
		keyWidth[k] = utf8.RuneCountInString(head[k])
		for _, row := range rows {
			keyWidth[k] = max(keyWidth[k], utf8.RuneCountInString(row[k]))
		}
		used += keyWidth[k] + columnGap
	}
	// Choose columns: rank 0 always, then by rank while they fit.
	show := make([]bool, len(Columns))
	widths := make([]int, len(Columns))
	for j := range Columns {
		widths[j] = colWidth(j)
		if Columns[j].Rank == 0 {
			show[j] = true
			used += widths[j] + columnGap
		}
	}
	var hidden []string
	for rank := 1; rank <= len(Columns); rank++ {
		for j, c := range Columns {
			if c.Rank != rank || !c.Shows(r.Total) {
				continue
			}
			if used+widths[j] <= width {
				show[j] = true
				used += widths[j] + columnGap
			} else {
				hidden = append(hidden, c.Head)
			}
		}
	}

	var b strings.Builder
	line := func(keys []string, metric func(j int) string) {
		var l strings.Builder
		for k := range nk {
			l.WriteString(pad(keys[k], keyWidth[k], false))
			l.WriteString(strings.Repeat(" ", columnGap))
		}
		first := true
		for j := range Columns {
			if !show[j] {
				continue
			}
			if !first {
				l.WriteString(strings.Repeat(" ", columnGap))
			}
			first = false
			l.WriteString(pad(metric(j), widths[j], true))
		}
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteByte('\n')
	}
	line(head, func(j int) string { return Columns[j].Head })
	for i := range rows {
		line(rows[i], func(j int) string { return cells[i][j] })
	}
	b.WriteByte('\n')
	notes := r.Notes()
	if len(hidden) > 0 {
		notes = append(notes, fmt.Sprintf("Left out at %d columns: %s. --format csv, json or markdown has every number.", width, strings.Join(hidden, ", ")))
	}
	for _, n := range notes {
		b.WriteString(wrap(n, width))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// pad pads s with spaces to n characters, on the left when right is set.
func pad(s string, n int, right bool) string {
	gap := n - utf8.RuneCountInString(s)
	if gap <= 0 {
		return s
	}
	if right {
		return strings.Repeat(" ", gap) + s
	}
	return s + strings.Repeat(" ", gap)
}

// wrap breaks text into lines of at most width characters at spaces
// (a longer word gets a line of its own) and ends it with a newline.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		switch {
		case n == 0:
		case n+1+wl > width:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += wl
	}
	b.WriteByte('\n')
	return b.String()
}
