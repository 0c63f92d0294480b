package compose

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// viewCache keeps what does not change with every keystroke.
type viewCache struct {
	// profileValid is false when the verdict, size or styles changed.
	profileValid bool
	profile      []string // the profile pane's lines, border included
	profileLines []string // the profile's text lines
	profileTop   int      // first line shown

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

// geometry is where things are, for drawing and for mouse clicks.
type geometry struct {
	narrow   bool
	lw, rw   int // pane widths, borders included
	inner    int // text width inside the left pane
	hintN    int
	lineRows int
	bodyRows int
	verdictN int
	fieldY   [fieldCount]int // screen line of each field (0: not shown)
	fieldX   [fieldCount][2]int
	fieldH   [fieldCount]int // rows of each one-line field as laid out
	bodyY    int
}

// narrow reports whether the profile is hidden behind ctrl+p.
func (m *Model) narrow() bool { return m.width < 72 }

// layout works out the geometry for the current size.
func (m *Model) layout() {
	g := &m.geo
	*g = geometry{narrow: m.narrow()}
	if m.width <= 0 || m.height <= 0 {
		return
	}
	if g.narrow {
		g.lw = m.width
	} else {
		g.rw = max(26, min(64, m.width*2/5))
		g.lw = m.width - g.rw
	}
	g.inner = max(4, g.lw-4)
	rows := max(m.height-2, 1) // inside the border
	g.hintN = 1
	if rows >= 26 {
		g.hintN = 2
	}
	g.lineRows = m.lineRowsFor(rows)
	g.verdictN = m.verdictRowsFor(rows)
	fixed := 2 + g.hintN + g.lineRows + g.verdictN + 1 // template, hint, label, line, verdict, body label
	for _, row := range m.fieldRows() {
		for _, c := range m.cells(row) {
			m.inputs[c.f].SetWidth(c.textW)
			g.fieldH[c.f] = m.inputs[c.f].Height()
		}
		fixed += m.rowHeight(row)
	}
	g.bodyRows = max(1, rows-fixed)
	m.line.SetWidth(g.inner)
	m.line.SetHeight(g.lineRows)
	m.body.SetWidth(g.inner)
	m.body.SetHeight(g.bodyRows)
	m.view.profileValid = false
	m.view.bodyFor = "\x00"
	m.setKeys()
}

// lineRowsFor is how many rows the line's field gets: as many as its text
// needs (and one for the cursor), at least 2, at most a few so the body
// keeps its room.
func (m *Model) lineRowsFor(rows int) int {
	most := 3
	if rows >= 30 {
		most = 5
	}
	need := 1
	if m.lineText != "" {
		need = len(wrapSpans(m.lineText+" ", max(1, m.geo.inner))) + 0
	}
	return max(2, min(most, need+1))
}

// verdictRowsFor is how many rows the verdict gets: two, or three for a
// refusal whose advice would be cut ("… Mention a project, deal,
// publication or skill from their profile.") when the form has the room.
func (m *Model) verdictRowsFor(rows int) int {
	text, ok, _ := m.verdictText()
	if ok || rows < 18 {
		return 2
	}
	return max(2, min(3, len(common.Wrap("✗ "+text, max(1, m.geo.inner)))))
}

// relayoutLine lays the form out again when the line or its verdict
// needs more or fewer rows.
func (m *Model) relayoutLine() {
	rows := max(m.height-2, 1)
	if m.width > 0 && (m.lineRowsFor(rows) != m.geo.lineRows || m.verdictRowsFor(rows) != m.geo.verdictN) {
		m.layout()
	}
}

// fieldRow is one row of the one-line fields: role, client, hook and
// subject.
type fieldRow []field

// labelW is the width of the one-line fields' label column ("▸ Subject ");
// their text starts after it, and wraps under it.
const labelW = 10

// sideBySide is the narrowest form that puts role and client on one row.
const sideBySide = 76

// fieldRows lays out role and client side by side on a wide form, each on
// a row of its own otherwise; then the hook (a sentence) and the subject.
func (m *Model) fieldRows() []fieldRow {
	var short fieldRow
	var rows []fieldRow
	for _, f := range m.fields {
		if f == fRole || f == fClient {
			short = append(short, f)
		}
	}
	switch {
	case len(short) == 2 && m.geo.inner >= sideBySide:
		rows = append(rows, short)
	default:
		for _, f := range short {
			rows = append(rows, fieldRow{f})
		}
	}
	for _, f := range m.fields {
		if f == fHook || f == fSubject {
			rows = append(rows, fieldRow{f})
		}
	}
	return rows
}

// cell is where a one-line field is drawn in its row: x, the width of its
// label and of its text.
type cell struct {
	f            field
	x, w         int
	label, textW int
}

// cells places the fields of a row: one field takes the whole width after
// the label column; two share it, each with a label of its own width.
func (m *Model) cells(row fieldRow) []cell {
	w := m.geo.inner
	if len(row) == 1 {
		return []cell{{f: row[0], x: 0, w: w, label: labelW, textW: max(3, w-labelW)}}
	}
	out := make([]cell, 0, len(row))
	x := 0
	for i, f := range row {
		cw := w / len(row)
		if i == len(row)-1 {
			cw = w - x
		}
		lab := 2 + len(fieldLabels[f]) + 1
		if i == 0 {
			// In line with the label column of the rows below.
			lab = labelW
		}
		out = append(out, cell{f: f, x: x, w: cw, label: lab, textW: max(3, cw-lab-1)})
		x += cw
	}
	return out
}

// rowHeight is the rows a row of fields takes: its tallest field's.
func (m *Model) rowHeight(row fieldRow) int {
	h := 1
	for _, f := range row {
		h = max(h, m.inputs[f].Height())
	}
	return h
}

// relayoutFields lays the form out again when a one-line field grew or
// shrank (its text wraps to more or fewer rows), so the body makes room.
func (m *Model) relayoutFields() {
	if m.width <= 0 || m.height <= 0 {
		return
	}
	for _, f := range m.fields {
		if f != fLine && f != fBody && m.inputs[f].Height() != m.geo.fieldH[f] {
			m.layout()
			return
		}
	}
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
	switch m.state {
	case confirming, sending:
		out = m.overlay(out, m.confirmBox())
	case reasons:
		out = m.overlay(out, m.reasonsBox())
	}
	return out
}

// overlay centres box on out.
func (m *Model) overlay(out string, box string) string {
	return common.Popup(out, box, m.width, m.height)
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

	// The line.
	g.fieldY[fLine] = y()
	g.fieldX[fLine] = [2]int{0, g.lw}
	add(spread(m.label(fLine), m.lineCount(w-lipgloss.Width(m.label(fLine))-1), w))
	lines = append(lines, strings.Split(m.line.View(), "\n")...)

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
		h := m.rowHeight(row)
		rowLines := make([]string, h)
		for _, c := range m.cells(row) {
			g.fieldY[c.f] = y()
			g.fieldX[c.f] = [2]int{2 + c.x, 2 + c.x + c.w}
			if len(row) == 1 {
				g.fieldX[c.f] = [2]int{0, g.lw}
			}
			labels := []string{m.label(c.f)}
			if c.f == fSubject {
				n := library.Count(m.Subject())
				cs := st.Subtle
				if n > t.Channel.SubjectLimit() {
					cs = st.Bad
				}
				labels = append(labels, cs.Render(fmt.Sprintf("  %d/%d", n, t.Channel.SubjectLimit())))
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

	// Body.
	g.fieldY[fBody] = y()
	g.fieldX[fBody] = [2]int{0, g.lw}
	add(m.label(fBody) + " " + m.bodyCount())
	g.bodyY = y()
	if m.focus == fBody && m.state == editing {
		lines = append(lines, strings.Split(m.body.View(), "\n")...)
	} else {
		lines = append(lines, m.bodyView(w, g.bodyRows)...)
	}

	title := m.header()
	return boxLines(st, title, lines, g.lw, m.height, !m.showProfile)
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
// LinkedIn's advice on length.
func (m *Model) bodyCount() string {
	st := m.styles
	ch := m.comp.Template.Channel
	n := library.Count(m.Body())
	limit := ch.BodyLimit()
	s := fmt.Sprintf("%s/%s", words.Thousands(n), words.Thousands(limit))
	switch {
	case n > limit:
		return st.Bad.Render(s + fmt.Sprintf(" · over by %s", words.Thousands(n-limit)))
	case ch == library.Connection:
		return st.Subtle.Render(s)
	case n <= library.ShortBody:
		return st.OK.Render(s + " · short: under 400 does best")
	case n > library.LongBody:
		return st.Warning.Render(s + " · over 1,200 gets fewer replies")
	}
	return st.Subtle.Render(s + " · under 400 does best")
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
		out[len(out)-1] = m.styles.Subtle.Render(common.Cut(fmt.Sprintf("… %d more lines (tab to the body, or ctrl+e)", len(c.bodyLines)-end), w))
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

// profilePane draws the profile with the references highlighted, scrolled
// so the first is in view.
func (m *Model) profilePane(w int) []string {
	c := &m.view
	if c.profileValid && len(c.profile) == m.height {
		return c.profile
	}
	st := m.styles
	p := m.p.Candidate.Profile
	inner := max(1, w-4)
	doc := docFor(&p)
	var hl map[int][]span
	if m.verdict != nil && m.verdictLine == m.lineText {
		hl = highlights(doc, m.verdict.References)
	}
	lines, first := renderDoc(st, doc, hl, inner)
	rows := max(1, m.height-2)
	top := c.profileTop
	if first >= 0 && (first < top || first >= top+rows) {
		top = max(0, first-2)
	}
	top = max(0, min(top, len(lines)-rows))
	c.profileTop, c.profileLines = top, lines
	shown := lines[top:min(len(lines), top+rows)]
	title := "Profile"
	if len(lines) > rows {
		title = fmt.Sprintf("Profile %d–%d/%d", top+1, top+len(shown), len(lines))
	}
	c.profile = boxLines(st, title, shown, w, m.height, m.showProfile)
	c.profileValid = true
	return c.profile
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

// confirmBox asks for the one confirming keystroke.
func (m *Model) confirmBox() string {
	st := m.styles
	t := m.comp.Template
	name := m.p.Candidate.Profile.Name
	w := min(m.width-4, 60)
	var lines []string
	if m.state == sending {
		lines = []string{st.Title.Render("Sending…"), "", "Logging the message."}
	} else {
		what := "a connection note"
		if t.Channel == library.InMail {
			what = fmt.Sprintf("an InMail (1 credit; %d left after)", m.comp.CreditsLeft-1)
		}
		lines = append(lines, st.Title.Render("Send to "+name+"?"))
		lines = append(lines, "")
		lines = append(lines, common.Wrap(fmt.Sprintf("This logs %s and copies it to paste into LinkedIn.", what), w-4)...)
		lines = append(lines, "")
		lines = append(lines, st.Focused.Render("enter/y")+" send   "+st.Label.Render("esc/n")+" keep editing")
	}
	return common.Box(st, "Send", pad(lines), w, len(lines)+2, true)
}

// reasonsBox lists every reason the gate refuses.
func (m *Model) reasonsBox() string {
	st := m.styles
	w := min(m.width-4, 76)
	lines := []string{st.Title.Render("Not ready to send")}
	for _, r := range m.reasons() {
		lines = append(lines, "")
		for i, l := range common.Wrap(r.message, w-6) {
			prefix := "  "
			if i == 0 {
				prefix = st.Bad.Render("✗ ")
			}
			lines = append(lines, prefix+l)
		}
	}
	if m.decision.OK {
		lines = append(lines, "", st.OK.Render("✓ ready to send"))
	}
	lines = append(lines, "", st.Subtle.Render("Any key closes this."))
	h := min(len(lines)+2, m.height)
	return common.Box(st, "Send", pad(lines), w, h, true)
}

func pad(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = " " + l
	}
	return out
}

// click focuses the field under the mouse.
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.state != editing || msg.Button != tea.MouseLeft || m.showProfile {
		return nil
	}
	g := &m.geo
	if msg.X >= g.lw {
		return nil
	}
	best := field(-1)
	for _, f := range m.fields {
		y := g.fieldY[f]
		if y == 0 {
			continue
		}
		x := g.fieldX[f]
		in := msg.X >= x[0] && msg.X < x[1]
		switch f {
		case fLine:
			if in && msg.Y >= y && msg.Y <= y+g.lineRows {
				best = f
			}
		case fBody:
			if in && msg.Y >= y && msg.Y <= y+g.bodyRows {
				best = f
			}
		default:
			if in && msg.Y >= y && msg.Y < y+max(1, g.fieldH[f]) {
				best = f
			}
		}
	}
	if best < 0 || best == m.focus {
		return nil
	}
	return m.setFocus(best)
}

// wheel scrolls the profile or the body under the mouse.
func (m *Model) wheel(msg tea.MouseWheelMsg) {
	d := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		d = -3
	case tea.MouseWheelDown:
		d = 3
	default:
		return
	}
	g := &m.geo
	c := &m.view
	if (!g.narrow && msg.X >= g.lw) || (g.narrow && m.showProfile) {
		rows := max(1, m.height-2)
		c.profileTop = max(0, min(c.profileTop+d, len(c.profileLines)-rows))
		m.view.profile = nil
		m.rebuildProfileAt(c.profileTop)
		return
	}
	if m.focus != fBody {
		c.bodyTop = max(0, min(c.bodyTop+d, len(c.bodyLines)-g.bodyRows))
	}
}

// rebuildProfileAt redraws the profile pane scrolled to top.
func (m *Model) rebuildProfileAt(top int) {
	c := &m.view
	rows := max(1, m.height-2)
	w := m.geo.rw
	if m.geo.narrow {
		w = m.width
	}
	shown := c.profileLines[top:min(len(c.profileLines), top+rows)]
	title := fmt.Sprintf("Profile %d–%d/%d", top+1, top+len(shown), len(c.profileLines))
	c.profile = boxLines(m.styles, title, shown, w, m.height, m.showProfile)
}
