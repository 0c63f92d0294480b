package candidates

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// View draws the heading, the filter and the rows.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.styles
	var lines []string
	switch {
	case !m.loaded:
		lines = append(lines, st.Subtle.Render("Loading candidates…"))
		if m.filtering {
			lines = append(lines, m.filter.View())
		}
	case m.total == 0 && len(m.all) == 0:
		lines = append(lines,
			st.Title.Render("No candidates yet."),
			"",
			"Press a to add one: paste the text of their LinkedIn profile page,",
			"or fill in a short form. "+st.Subtle.Render("(inmail compose --profile FILE loads one from a file.)"),
		)
	default:
		head := st.Title.Render("Candidates") + st.Subtle.Render(" · "+words.Thousands(max(m.total, len(m.all)))+" · most recent first")
		if m.filter.Value() != "" && !m.filtering {
			n := words.Thousands(m.rows())
			if m.remote && m.foundMore {
				n += "+"
			}
			head += st.Subtle.Render(fmt.Sprintf(" · %s match %q", n, m.filter.Value()))
		}
		if m.search.running() {
			head += st.Subtle.Render(" · searching…")
		}
		lines = append(lines, head)
		switch {
		case m.filtering:
			lines = append(lines, m.filter.View())
		default:
			// The team's history with the selected candidate.
			sel, _ := m.Selected()
			lines = append(lines, st.Subtle.Render(common.Cut("  "+m.hist[sel.ID].Words(m.now()), m.width)))
		}
		if m.rows() == 0 {
			lines = append(lines, st.Subtle.Render("  Nobody matches. esc clears the filter."))
		}
		end := min(m.rows(), m.offset+m.listHeight())
		// The last column is as wide as its widest row on screen, so the
		// columns before it line up ("today 14:19" beside "27 Nov").
		recentW := 0
		for i := m.offset; i < end; i++ {
			recentW = max(recentW, ansi.StringWidth(m.recent(m.rowAt(i))))
		}
		for i := m.offset; i < end; i++ {
			lines = append(lines, m.row(m.rowAt(i), i == m.cursor, min(26, recentW)))
		}
	}
	return common.Lines(strings.Join(lines, "\n"), m.width, m.height)
}

// row draws one candidate: name, current position, level, when last used
// (in recentW cells).
func (m *Model) row(c outreach.CandidateSummary, selected bool, recentW int) string {
	st := m.styles
	p := c
	w := m.width
	marker, nameStyle := "  ", lipgloss.NewStyle()
	if selected {
		marker, nameStyle = "▸ ", st.Selected
	}
	name := p.Name
	if name == "" {
		name = c.ID
	}
	level := m.levels[p.Seniority]
	if level == "" {
		level = p.Seniority
	}
	if level == "" {
		level = "level?"
	}
	recent := m.recent(c)
	pos := p.Title
	if p.Company != "" {
		if pos != "" {
			pos += " · "
		}
		pos += p.Company
	}
	if pos == "" {
		pos = p.Headline
	}
	nameW := min(24, max(10, w/4))
	levelW := min(18, max(8, m.levelWidth()))
	posW := w - 2 - nameW - 2 - 2 - levelW - 2 - recentW
	if posW < 8 {
		// Narrow: name and level only.
		return common.Fit(marker+nameStyle.Render(common.Fit(name, nameW))+"  "+st.Subtle.Render(level), w)
	}
	return marker + nameStyle.Render(common.Fit(name, nameW)) + "  " +
		common.Fit(pos, posW) + "  " +
		st.Field.Render(common.Fit(level, levelW)) + "  " +
		st.Subtle.Render(common.Fit(recent, recentW))
}

// recent is when c was last used or added, and whether they have a draft.
func (m *Model) recent(c outreach.CandidateSummary) string {
	if m.drafts[c.ID] {
		return "draft · " + when(c.Recent(), m.now())
	}
	return when(c.Recent(), m.now())
}

// levelWidth is the width of the longest level label, so "Senior
// associate" is not cut while there is room.
func (m *Model) levelWidth() int {
	n := len("level?")
	for _, l := range m.levels {
		n = max(n, ansi.StringWidth(l))
	}
	return n
}
