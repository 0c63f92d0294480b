package compose

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// viewCache keeps what does not change with every keystroke.
type viewCache struct {
	// profileValid is false when the verdict, size or styles changed:
	// the profile's text is laid out again.
	profileValid bool
	// profile is the profile pane's lines, border included, as boxed for
	// profileBox (nil: to draw again, after a scroll).
	profile    []string
	profileBox paneBox

	// bodyFor is the body text bodyLines were wrapped from.
	bodyFor   string
	bodyWidth int
	bodyLines []string
	bodyTop   int

	// fields are the one-line fields as drawn without focus.
	fields [fieldCount]fieldCache
}

// fieldCache is a one-line field's lines for its value and width.
type fieldCache struct {
	value string
	width int
	lines []string
}

// fieldLines draws a one-line field's text: the live text area when it has
// focus, else its lines as last drawn for the value and width.
func (m *Model) fieldLines(f field, w int) []string {
	in := &m.inputs[f]
	if in.Focused() {
		return strings.Split(in.View(), "\n")
	}
	c := &m.view.fields[f]
	if c.lines == nil || c.value != in.Value() || c.width != w {
		c.value, c.width = in.Value(), w
		c.lines = strings.Split(in.View(), "\n")
	}
	return c.lines
}

var fieldLabels = [fieldCount]string{"Personalization", "Role", "Client", "Hook", "Subject", "Body"}

// View draws the form and the profile side by side (or the profile alone
// on a narrow terminal after ctrl+p), and the confirm or reasons box over
// them.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	g := &m.geo
	m.targets = m.targets[:0]
	var out string
	switch {
	case g.narrow && m.showProfile:
		out = strings.Join(m.profilePane(m.width), "\n")
	case g.narrow:
		out = strings.Join(m.leftPane(), "\n")
	default:
		left := m.leftPane()
		right := m.profilePane(g.rw)
		var b strings.Builder
		b.Grow(m.width * m.height * 2)
		for i := 0; i < m.height; i++ {
			if i > 0 {
				b.WriteByte('\n')
			}
			if i < len(left) {
				b.WriteString(left[i])
			}
			if i < len(right) {
				b.WriteString(right[i])
			}
		}
		out = b.String()
	}
	if !g.narrow {
		m.target(profileTarget, g.lw, 0, g.rw, m.height)
	}
	m.placeTargets()
	switch m.state {
	case confirming, sending:
		out = m.overlay(out, m.confirmBox())
	case reasons:
		out = m.overlay(out, m.reasonsBox())
	case asking:
		out = m.overlay(out, m.reasonBox())
	case choosingBrief:
		out = m.overlay(out, m.briefsBox())
	}
	return out
}

// leftPane draws the form in its border.
func (m *Model) leftPane() []string {
	st := m.styles
	g := &m.geo
	w := g.inner
	t := m.comp.Template
	var lines []string
	add := func(s string) { lines = append(lines, s) }
	y := func() int { return len(lines) + 1 } // screen line of the next line

	// Template and draft state.
	meta := ""
	switch {
	case m.keys.Note.Enabled():
		meta = st.Bad.Render("no credits: ctrl+n")
	case m.saveErr != "":
		meta = st.Bad.Render(m.saveErr)
	case m.dirty && !m.savedAt.IsZero():
		meta = st.Subtle.Render("editing")
	case !m.savedAt.IsZero():
		meta = st.Subtle.Render("draft saved " + m.savedAt.Format("15:04"))
	}
	name := t.Name
	if name == "" {
		name = t.ID
	}
	add(spread(st.Label.Render(name+" · ")+st.Field.Render(t.Channel.Label()), meta, w))
	hint := common.Wrap(t.Hint, w)
	if len(hint) > g.hintN {
		hint = hint[:g.hintN]
		hint[g.hintN-1] = common.Cut(hint[g.hintN-1]+"…", w)
	}
	for i := 0; i < g.hintN; i++ {
		if i < len(hint) {
			add(st.Subtle.Render(hint[i]))
		} else {
			add("")
		}
	}

	// The line: its label and rows (one, cut, on a tight form while the
	// body has focus).
	m.target(fieldLabels[fLine], 0, y(), g.lw, 1+g.lineRows)
	add(spread(m.label(fLine), m.lineCount(w-lipgloss.Width(m.label(fLine))-1), w))
	switch {
	case g.lineRows == 1 && m.focus != fLine && m.lineText == "":
		add(st.Subtle.Render(common.Cut(m.line.Placeholder, w)))
	case g.lineRows == 1 && m.focus != fLine:
		add(common.Cut(m.lineText, w))
	default:
		lines = append(lines, strings.Split(m.line.View(), "\n")...)
	}

	// The verdict.
	text, ok, pending := m.verdictText()
	mark, vs := "✗ ", st.Bad
	switch {
	case ok:
		mark, vs = "✓ ", st.OK
	case pending && (m.lineText == "" || m.verdict == nil):
		mark, vs = "· ", st.Subtle
	}
	if pending && m.verdict != nil {
		vs = st.Subtle
	}
	vl := common.Wrap(mark+text, w)
	if i := strings.LastIndex(text, " (+"); len(vl) > g.verdictN && i > 0 {
		// The reason in full rather than "(+1 more…)" cut short: the
		// help bar says there are more.
		vl = common.Wrap(mark+text[:i], w)
	}
	if len(vl) > g.verdictN {
		vl = vl[:g.verdictN]
		vl[g.verdictN-1] = common.Cut(vl[g.verdictN-1]+" …", w)
	}
	for i := 0; i < g.verdictN; i++ {
		if i < len(vl) {
			add(vs.Render(vl[i]))
		} else {
			add("")
		}
	}

	// Role, client, hook and subject, each wrapped in full under its
	// label.
	for _, row := range m.fieldRows() {
		if m.oneRow(row[0]) {
			// A tight form: the brief or the subject on one row, cut; a
			// click or tab shows it whole.
			m.target(fieldLabels[row[0]], 0, y(), g.lw, 1)
			if row[0] == fSubject {
				add(m.subjectRow(w))
			} else {
				add(m.briefRow(row, w))
			}
			continue
		}
		h := m.rowHeight(row)
		rowLines := make([]string, h)
		for _, c := range m.cells(row) {
			if len(row) == 1 {
				m.target(fieldLabels[c.f], 0, y(), g.lw, max(1, g.fieldH[c.f]))
			} else {
				m.target(fieldLabels[c.f], 2+c.x, y(), c.w, max(1, g.fieldH[c.f]))
			}
			labels := []string{m.label(c.f)}
			if c.f == fSubject {
				labels = append(labels, "  "+m.subjectCount())
			}
			text := m.fieldLines(c.f, c.textW)
			for i := range h {
				var lab, txt string
				if i < len(labels) {
					lab = labels[i]
				}
				if i < len(text) {
					txt = text[i]
				}
				rowLines[i] += common.Fit(common.Fit(lab, c.label)+txt, c.w)
			}
		}
		lines = append(lines, rowLines...)
	}

	// Body: its label and rows.
	m.target(fieldLabels[fBody], 0, y(), g.lw, 1+g.bodyRows)
	add(common.Cut(m.label(fBody)+" "+m.bodyCount(w-lipgloss.Width(m.label(fBody))-1), w))
	if m.focus == fBody && m.state == editing {
		lines = append(lines, strings.Split(m.body.View(), "\n")...)
	} else {
		lines = append(lines, m.bodyView(w, g.bodyRows)...)
	}

	title := m.header()
	return boxLines(st, title, lines, g.lw, m.height, !m.showProfile)
}

// briefRow draws role, client and hook on one row under the label
// "Brief", cut to w: the values the brief filled, or what is missing.
func (m *Model) briefRow(row fieldRow, w int) string {
	st := m.styles
	parts := make([]string, 0, len(row))
	for _, f := range row {
		v := strings.Join(strings.Fields(m.inputs[f].Value()), " ")
		if v == "" {
			v = st.Subtle.Render("no " + strings.ToLower(fieldLabels[f]))
		}
		parts = append(parts, v)
	}
	return common.Cut(common.Fit(st.Label.Render("  Brief"), labelW)+strings.Join(parts, st.Subtle.Render(" · ")), w)
}

// subjectRow draws the subject on one row, cut, with its count at the
// end.
func (m *Model) subjectRow(w int) string {
	count := m.subjectCount()
	room := max(1, w-labelW-lipgloss.Width(count)-1)
	return common.Fit(m.label(fSubject), labelW) + common.Fit(common.Cut(m.Subject(), room), room) + " " + count
}

// subjectCount is the subject's length against the channel's limit.
func (m *Model) subjectCount() string {
	t := m.comp.Template
	n := library.Count(m.Subject())
	cs := m.styles.Subtle
	if n > t.Channel.SubjectLimit() {
		cs = m.styles.Bad
	}
	return cs.Render(fmt.Sprintf("%d/%d", n, t.Channel.SubjectLimit()))
}

// lineCount is the line's length: words against the minimum, and
// characters when the room left in the body is tight; and, when the
// template carries on after the line in the same sentence's paragraph
// ("{{personalization}} I run senior searches…"), a reminder to end it
// with a full stop, in as many words as fit in room cells.
func (m *Model) lineCount(room int) string {
	s := m.lineLength(true)
	if !m.runsOn() {
		return s
	}
	// With the characters, else without them while they are well within
	// the room: a note's line is short, so on a narrow form the reminder
	// matters more.
	options := []string{s}
	if n, most := library.Count(m.lineText), m.comp.Check.MaxChars; n <= most*4/5 {
		options = append(options, m.lineLength(false))
	}
	for _, base := range options {
		for _, note := range []string{" · end it with a full stop", " · full stop?"} {
			if lipgloss.Width(base)+lipgloss.Width(note) <= room {
				return base + m.styles.Warning.Render(note)
			}
		}
	}
	return s
}

// runsOn reports whether the line ends without a full stop (or other
// closing mark) while the template's text goes on right after it.
func (m *Model) runsOn() bool {
	if m.lineText == "" || m.bodyEdited {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(m.lineText)
	if strings.ContainsRune(".!?…:;)\"'’”", r) {
		return false
	}
	after := m.comp.Frame.After()
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
	return strings.HasPrefix(after, " ") && unicode.IsLetter(next)
}

// lineLength is the line's words against the minimum, and with chars its
// characters when the room left in the body is tight.
func (m *Model) lineLength(chars bool) string {
	st := m.styles
	words := len(strings.Fields(m.lineText))
	minWords := m.comp.Check.MinWords
	if minWords == 0 {
		minWords = personalize.DefaultMinWords
	}
	s := fmt.Sprintf("%d words", words)
	if words < minWords {
		s = fmt.Sprintf("%d/%d words", words, minWords)
	}
	if room := m.comp.Check.MaxChars; room < 400 && chars {
		n := library.Count(m.lineText)
		s += fmt.Sprintf(" · %d/%d chars", n, room)
		if n > room {
			return st.Bad.Render(s)
		}
	}
	if words < minWords {
		return st.Subtle.Render(s)
	}
	return st.OK.Render(s)
}

// label draws a field's label, marked when it has focus.
func (m *Model) label(f field) string {
	if f == m.focus && m.state == editing {
		return m.styles.Focused.Render("▸ " + fieldLabels[f])
	}
	return m.styles.Label.Render("  " + fieldLabels[f])
}

// bodyCount is the body's length against the channel's limit, with
// LinkedIn's advice on length in as many words as fit in room cells.
func (m *Model) bodyCount(room int) string {
	st := m.styles
	ch := m.comp.Template.Channel
	n := library.Count(m.Body())
	limit := ch.BodyLimit()
	s := fmt.Sprintf("%s/%s", words.Thousands(n), words.Thousands(limit))
	style, advice := st.Subtle, []string{" · under 400 does best", ""}
	switch {
	case n > limit:
		style, advice = st.Bad, []string{fmt.Sprintf(" · over by %s", words.Thousands(n-limit))}
	case ch == library.Connection:
		advice = []string{""}
	case n <= library.ShortBody:
		style, advice = st.OK, []string{" · short: under 400 does best", " · short, under 400: good", " · short", ""}
	case n > library.LongBody:
		style, advice = st.Warning, []string{" · over 1,200 gets fewer replies", " · long", ""}
	}
	for _, a := range advice {
		if lipgloss.Width(s+a) <= room {
			return style.Render(s + a)
		}
	}
	return style.Render(s + advice[len(advice)-1])
}

// bodyView draws the body as it would be sent, the line in it marked,
// from the cached wrap.
func (m *Model) bodyView(w, rows int) []string {
	body := m.Body()
	c := &m.view
	if c.bodyFor != body || c.bodyWidth != w {
		c.bodyFor, c.bodyWidth = body, w
		c.bodyLines = m.wrapBody(body, w)
		c.bodyTop = min(c.bodyTop, max(0, len(c.bodyLines)-rows))
	}
	end := min(len(c.bodyLines), c.bodyTop+rows)
	out := make([]string, 0, rows)
	out = append(out, c.bodyLines[c.bodyTop:end]...)
	if end < len(c.bodyLines) && len(out) > 0 {
		// The note takes the last row, so the line that was there is
		// hidden too.
		hidden := len(c.bodyLines) - end + 1
		out[len(out)-1] = m.styles.Subtle.Render(common.Cut(fmt.Sprintf("… %s (%s)", words.Count(hidden, "more line"), m.moreLinesHint()), w))
	}
	return out
}

// wrapBody wraps the body to w, the personalization line in it marked.
func (m *Model) wrapBody(body string, w int) []string {
	st := m.styles
	ls, le := -1, -1
	if m.lineText != "" {
		if !m.bodyEdited {
			ls = len(m.comp.Frame.Before())
		} else {
			ls = strings.Index(body, m.lineText)
		}
		if ls >= 0 && ls+len(m.lineText) <= len(body) && body[ls:ls+len(m.lineText)] == m.lineText {
			le = ls + len(m.lineText)
		} else {
			ls = -1
		}
	}
	mark := st.Field
	var out []string
	off := 0
	for _, para := range strings.SplitAfter(body, "\n") {
		text := strings.TrimSuffix(para, "\n")
		for _, sp := range wrapSpans(text, w) {
			s, e := off+sp.start, off+sp.end
			seg := body[s:e]
			if ls >= 0 && s < le && e > ls {
				a, b := max(s, ls), min(e, le)
				out = append(out, body[s:a]+mark.Render(body[a:b])+body[b:e])
			} else {
				out = append(out, seg)
			}
		}
		off += len(para)
	}
	return out
}

// header is the left pane's title: candidate · level · company.
func (m *Model) header() string {
	p := m.p.Candidate.Profile
	parts := []string{}
	level := p.Seniority
	if l := m.p.Levels[level]; l != "" {
		level = l
	}
	for _, s := range []string{p.Name, level, p.Company} {
		if strings.TrimSpace(s) != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, m.p.Candidate.ID)
	}
	return strings.Join(parts, " · ")
}

// boxLines draws lines in a border with one space of padding, as lines.
func boxLines(st common.Styles, title string, lines []string, w, h int, focused bool) []string {
	padded := make([]string, len(lines))
	for i, l := range lines {
		padded[i] = " " + l
	}
	return strings.Split(common.Box(st, title, padded, w, h, focused), "\n")
}

// spread puts left and right at the two ends of w cells.
func spread(left, right string, w int) string {
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	if right == "" || lw+1+rw > w {
		return common.Cut(left, w)
	}
	return left + strings.Repeat(" ", w-lw-rw) + right
}

// moreLinesHint says how to see the rest of a long body.
func (m *Model) moreLinesHint() string {
	if m.p.Remote {
		return "tab to the body"
	}
	return "tab to the body, or ctrl+e"
}
