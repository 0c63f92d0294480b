package reportview

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// lineItem is how many lines one responded line takes: who and when,
// then the line over up to two lines.
const lineItem = 3

// wideDrill is the width from which the message list shows each
// message's personalization line too.
const wideDrill = 110

// drillPage is how many rows of the current tab fit on the screen.
func (m *Model) drillPage() int {
	h := max(m.height-m.drillTop(), 1)
	if m.drill.tab == 1 {
		return max(h/lineItem, 1)
	}
	return h
}

// drillTop is how many lines the drill-down has above its rows: the
// heading, the group's numbers, the tabs and the column titles.
func (m *Model) drillTop() int { return 3 + len(m.drillSummary()) }

// drillScreen draws the drill-down: the group's numbers, then its
// messages or the lines that got responses.
func (m *Model) drillScreen() string {
	st := m.styles
	d := &m.drill
	lines := []string{m.heading(st.Field.Render(d.label), st.Field.Render(m.req.period.String()))}
	switch {
	case d.err != nil:
		lines = append(lines, "", st.Error.Render(strings.Join(common.Wrap("✗ Could not read the messages: "+d.err.Error(), m.width), "\n")))
		return common.Lines(strings.Join(lines, "\n"), m.width, m.height)
	case d.loading:
		lines = append(lines, m.spinner.View()+st.Subtle.Render(" Reading the group's messages…"))
		return common.Lines(strings.Join(lines, "\n"), m.width, m.height)
	}
	lines = append(lines, m.drillSummary()...)
	lines = append(lines, m.tabs())
	if m.drill.tab == 1 {
		lines = append(lines, st.Subtle.Render(common.Cut("Personalization lines of messages answered within 7 days, newest first.", m.width)))
		lines = append(lines, m.lineItems()...)
	} else {
		lines = append(lines, m.messageRows()...)
	}
	return common.Lines(strings.Join(lines, "\n"), m.width, m.height)
}

// drillSummary is the group's numbers, the same as its table row,
// wrapped to the width.
func (m *Model) drillSummary() []string {
	st := m.styles
	mt := m.drill.metrics
	r := mt.ResponseRate()
	s := fmt.Sprintf("7-day rate %s (95%% CI %s) of %s decided · %s sent · %s in the 7-day window (%s awaiting)",
		report.Percent(r), report.IntervalText(r), words.Thousands(mt.Decided), words.Thousands(mt.Sent), words.Thousands(mt.WindowOpen), words.Thousands(mt.Awaiting))
	if mt.Withdrawn > 0 {
		s += fmt.Sprintf(" · %s withdrawn", words.Thousands(mt.Withdrawn))
	}
	style := lipgloss.NewStyle()
	if small(mt) {
		s += " · " + smallMark
		style = st.Subtle
	}
	lines := common.Wrap(s, m.width)
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// tabs names the two lists, the shown one in brackets (and bold).
func (m *Model) tabs() string {
	st := m.styles
	names := []string{
		fmt.Sprintf("All messages %s", words.Thousands(len(m.drill.rows))),
		fmt.Sprintf("Lines that got responses %s", words.Thousands(len(m.drill.lines))),
	}
	var parts []string
	for i, n := range names {
		if i == m.drill.tab {
			parts = append(parts, st.Selected.Render("[ "+n+" ]"))
		} else {
			parts = append(parts, st.Subtle.Render("  "+n+"  "))
		}
	}
	return common.Cut(strings.Join(parts, " "), m.width)
}

// drillCols are the message list's column widths (line 0: not shown).
type drillCols struct{ sent, name, status, line int }

func (m *Model) drillCols() drillCols {
	c := drillCols{sent: 16, status: 30}
	rest := m.width - 2 - c.sent - 1 - 1 - c.status
	if m.width >= wideDrill {
		c.name = min(24, rest/3)
		c.line = rest - c.name - 1
	} else {
		c.name = max(rest, 6)
	}
	return c
}

// messageRows draws the column titles and the messages on screen.
func (m *Model) messageRows() []string {
	st := m.styles
	c := m.drillCols()
	row := func(sent, name, status, line string, plain, stat lipgloss.Style) string {
		s := plain.Render(common.Fit(sent, c.sent)+" "+common.Fit(name, c.name)) + " " + stat.Render(common.Fit(status, c.status))
		if c.line > 0 {
			s += " " + plain.Render(common.Cut(line, c.line))
		}
		return s
	}
	out := []string{"  " + row("SENT", "CANDIDATE", "STATUS", "PERSONALIZATION", st.Label, st.Label)}
	if len(m.drill.rows) == 0 {
		return append(out, "", "No message in this group.")
	}
	t := 0
	end := min(len(m.drill.rows), m.drill.offset[t]+m.drillPage())
	for i := m.drill.offset[t]; i < end; i++ {
		f := m.drill.rows[i]
		name, line := "…", ""
		if msg, ok := m.cache.Get(f.ID); ok {
			name, line = common.CandidateName(msg.Candidate), msg.Personalization
		}
		marker, plain := "  ", lipgloss.NewStyle()
		if i == m.drill.cursor[t] {
			marker, plain = "▸ ", st.Selected
		}
		out = append(out, marker+row(common.SentCell(f.Sent(), m.drill.query.Now, c.sent), name, statusWords(f, m.drill.query.Now), line, plain, m.statusStyle(f)))
	}
	return out
}

// lineItems draws the responded lines on screen: who and when, then the
// line.
func (m *Model) lineItems() []string {
	st := m.styles
	if len(m.drill.lines) == 0 {
		return []string{"", "No message in this group got a response within 7 days yet."}
	}
	var out []string
	t := 1
	end := min(len(m.drill.lines), m.drill.offset[t]+m.drillPage())
	for i := m.drill.offset[t]; i < end; i++ {
		f := m.drillFact(i)
		name, line := "…", st.Subtle.Render("…")
		msg, ok := m.cache.Get(f.ID)
		if ok {
			name = common.CandidateName(msg.Candidate)
		}
		head := common.SentCell(f.Sent(), m.drill.query.Now, 16) + " · " + name + " · " + statusWords(f, m.drill.query.Now)
		marker, style := "  ", lipgloss.NewStyle()
		if i == m.drill.cursor[t] {
			marker, style = "▸ ", st.Selected
		}
		out = append(out, marker+style.Render(common.Cut(head, m.width-2)))
		body := []string{line, ""}
		if ok {
			wrapped := common.Wrap(strings.Join(strings.Fields(msg.Personalization), " "), max(m.width-4, 1))
			if len(wrapped) > lineItem-1 {
				wrapped = wrapped[:lineItem-1]
				wrapped[lineItem-2] = common.Cut(wrapped[lineItem-2]+" …", m.width-4)
			}
			body = append(wrapped, "", "")[:lineItem-1]
			for j := range body {
				body[j] = st.Field.Render(body[j])
			}
		}
		for _, b := range body {
			out = append(out, "    "+b)
		}
	}
	return out
}

// statusStyle colours a message row by its status; the words say the
// same without colour.
func (m *Model) statusStyle(f outreach.Fact) lipgloss.Style {
	st := m.styles
	switch f.State(m.drill.query.Now).Status {
	case outreach.StatusResponded:
		return st.OK
	case outreach.StatusLate, outreach.StatusAwaiting:
		return st.Warning
	}
	return st.Subtle
}
