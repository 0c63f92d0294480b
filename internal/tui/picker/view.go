package picker

import (
	"regexp"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/tui/common"
)

// headerLines is the number of lines above the list.
const headerLines = 2

// rowHeight is how many lines a row takes: a heading one, a template two
// (name line and description).
func (m *Model) rowHeight(i int) int {
	if m.rows[i].t == nil {
		return 1
	}
	return 2
}

func (m *Model) listHeight() int { return max(1, m.height-headerLines) }

// scroll keeps the cursor, and the heading right above it, in view.
func (m *Model) scroll() {
	if len(m.rows) == 0 {
		return
	}
	top := m.cursor
	if top > 0 && m.rows[top-1].t == nil {
		top--
	}
	if top < m.offset {
		m.offset = top
	}
	for m.offset < m.cursor {
		used := 0
		for i := m.offset; i <= m.cursor; i++ {
			used += m.rowHeight(i)
		}
		if used <= m.listHeight() {
			break
		}
		m.offset++
	}
}

// rowAt is the template row drawn at line y of the screen, or -1.
func (m *Model) rowAt(y int) int {
	line := headerLines
	for i := m.offset; i < len(m.rows); i++ {
		h := m.rowHeight(i)
		if y >= line && y < line+h {
			if m.rows[i].t == nil {
				return -1
			}
			return i
		}
		line += h
	}
	return -1
}

// wide reports whether the preview sits beside the list.
func (m *Model) wide() bool { return m.width >= 110 }

// View draws the heading, the list and, on wide terminals, a preview.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	lw := m.width
	if m.wide() {
		// The list keeps room for a rate in full; the preview wraps.
		lw = min(72, m.width-48)
	}
	list := m.list(lw)
	if !m.wide() {
		return list
	}
	pw := m.width - lw - 1
	var lines []string
	for _, l := range m.preview(pw - 4) {
		lines = append(lines, " "+l)
	}
	preview := common.Box(m.styles, "Preview", lines, pw, m.height, false)
	ll := strings.Split(list, "\n")
	pl := strings.Split(preview, "\n")
	var b strings.Builder
	for i := 0; i < m.height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(ll[i] + " ")
		if i < len(pl) {
			b.WriteString(pl[i])
		}
	}
	return b.String()
}

func (m *Model) list(w int) string {
	st := m.styles
	p := m.cand.Profile
	name := p.Name
	if name == "" {
		name = m.cand.ID
	}
	head := st.Title.Render("Templates for "+name) + st.Subtle.Render(" · ")
	switch {
	case m.level == "" && p.Seniority == "":
		head += st.Warning.Render("no seniority set: every level shown")
	case m.level == "":
		head += st.Warning.Render("level " + p.Seniority + " is not in the library: every level shown")
	case m.all:
		head += st.Subtle.Render("every level; theirs is " + m.levelLabel())
	default:
		head += st.Subtle.Render(m.levelLabel())
	}
	lines := []string{common.Cut(head, w)}
	if m.credits.Known && m.credits.Left <= 0 {
		lines = append(lines, st.Warning.Render(common.Cut("No InMail credits left this month: send a connection note instead.", w)))
	} else {
		lines = append(lines, "")
	}
	if len(m.rows) == 0 {
		lines = append(lines, st.Subtle.Render("No templates for this level. Press a for every level, or run inmail templates lint."))
	}
	rateW := 0
	if m.rates != nil {
		rateW = min(34, max(0, w-38))
	}
	// "connection note" when there is room, as the composer says it.
	chW := len("connection note")
	if w-2-2-chW-2-rateW < 17 {
		chW = 8
	}
	for i := m.offset; i < len(m.rows) && len(lines) < m.height; i++ {
		r := m.rows[i]
		if r.t == nil {
			lines = append(lines, st.Label.Render(common.Cut(r.heading, w)))
			continue
		}
		t := r.t
		marker, ns := "  ", lipgloss.NewStyle()
		if i == m.cursor {
			marker, ns = "▸ ", st.Selected
		}
		ch := common.ChannelCell(t.Channel, chW)
		note := ""
		if t.Channel == library.InMail && m.credits.Known && m.credits.Left <= 0 {
			note = "no credits"
		}
		rate := ""
		if rateW > 0 {
			rate = m.rates[t.ID].String()
		}
		nameW := max(8, w-2-2-chW-2-rateW)
		line := marker + ns.Render(common.Fit(t.Name, nameW)) + "  " + st.Field.Render(common.Fit(ch, chW))
		if note != "" {
			line += "  " + st.Bad.Render(common.Cut(note, rateW))
		} else if rateW > 0 {
			line += "  " + st.Subtle.Render(common.Cut(rate, rateW))
		}
		lines = append(lines, common.Cut(line, w))
		desc := t.Description
		if g := m.lengthGuide(t); g != "" {
			desc = g + " · " + desc
		}
		lines = append(lines, st.Subtle.Render(common.Cut("    "+desc, w)))
	}
	return common.Lines(strings.Join(lines, "\n"), w, m.height)
}

// lengthGuide is t's typical rendered length against LinkedIn's guidance
// ("387 chars, within 400"), or "" when the picker was given no lengths.
func (m *Model) lengthGuide(t *library.Template) string {
	if m.length == nil {
		return ""
	}
	return t.Channel.LengthGuide(m.length(t))
}

var placeholderRE = regexp.MustCompile(`\{\{[^{}\n]*\}\}`)

// preview shows the selected template with its placeholders marked.
func (m *Model) preview(w int) []string {
	t := m.Selected()
	if t == nil || w < 10 {
		return nil
	}
	st := m.styles
	hl := func(s string) string {
		return placeholderRE.ReplaceAllStringFunc(s, func(p string) string { return st.Field.Render(p) })
	}
	var out []string
	out = append(out, st.Title.Render(common.Cut(t.Name, w)))
	about := t.ID + " · " + t.Channel.Label()
	if g := m.lengthGuide(t); g != "" {
		about += " · typically " + g
	}
	for _, l := range common.Wrap(about, w) {
		out = append(out, st.Subtle.Render(l))
	}
	out = append(out, "")
	if t.Description != "" {
		// In full: the list cuts it to a line.
		out = append(out, common.Wrap(t.Description, w)...)
		out = append(out, "")
	}
	for _, l := range common.Wrap("Personalize: "+t.Hint, w) {
		out = append(out, st.Label.Render(l))
	}
	out = append(out, "")
	if t.Subject != "" {
		for _, l := range common.Wrap("Subject: "+t.Subject, w) {
			out = append(out, hl(l))
		}
		out = append(out, "")
	}
	for _, para := range strings.Split(t.Body, "\n") {
		for _, l := range common.Wrap(para, w) {
			out = append(out, hl(l))
		}
	}
	return out
}
