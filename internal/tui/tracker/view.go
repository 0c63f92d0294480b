package tracker

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// wideWidth is the width from which the detail pane stays open on the
// right of the table.
const wideWidth = 130

func (m *Model) wide() bool { return m.width >= wideWidth }

func (m *Model) detailWidth() int { return min(80, m.width*2/5) }

// tableWidth is the width of the table (and the heading over it).
func (m *Model) tableWidth() int {
	if m.wide() && len(m.rows) > 0 {
		return m.width - m.detailWidth() - 1
	}
	return m.width
}

// tableTop is the line of the first row: under the heading and the
// column titles.
func (m *Model) tableTop() int { return 2 + len(m.healthLines()) + 1 }

func (m *Model) tableHeight() int { return max(0, m.height-m.tableTop()) }

// detailHeight is the height of the detail pane's box.
func (m *Model) detailHeight() int {
	if m.wide() {
		return max(0, m.height-2-len(m.healthLines()))
	}
	return m.height
}

// detailInner is the width of the detail pane's text.
func (m *Model) detailInner() int {
	if m.wide() {
		return m.detailWidth() - 4
	}
	return m.width - 4
}

func (m *Model) maxDetailOffset() int {
	if !m.wide() && !m.detail {
		return 0
	}
	return max(0, len(m.detailLines(m.detailInner()))-(m.detailHeight()-2))
}

// View draws the heading, the table and the detail pane, and the
// withdrawn question over them.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.styles
	var out string
	switch {
	case !m.loaded && m.loadErr != nil:
		text := strings.Join(common.Wrap("✗ Could not read the log: "+m.loadErr.Error(), m.width), "\n")
		out = common.Lines(st.Title.Render("Tracker")+"\n"+st.Error.Render(text), m.width, m.height)
	case !m.loaded:
		out = common.Lines(st.Title.Render("Tracker")+"\n"+m.spinner.View()+st.Subtle.Render(" Reading the log…"), m.width, m.height)
	case m.detail && !m.wide():
		out = m.detailBox(m.width, m.height)
	default:
		head := m.heading()
		h := max(0, m.height-len(head))
		body := m.table(m.tableWidth(), h)
		if m.tableWidth() < m.width {
			body = lipgloss.JoinHorizontal(lipgloss.Top, body, " ", m.detailBox(m.detailWidth(), h))
		}
		out = common.Lines(strings.Join(head, "\n")+"\n"+body, m.width, m.height)
	}
	if m.confirm != 0 {
		out = m.overlayConfirm(out)
	}
	return out
}

// heading is the title line, the filter line and, when the response rate
// is low, the health warning.
func (m *Model) heading() []string {
	st := m.styles
	w := m.width
	title := st.Title.Render("Tracker")
	if m.waiting() {
		title += " " + m.spinner.View()
	}
	title += st.Subtle.Render(" · " + words.Count(m.stats.total, "message"))
	if n := m.stats.counts[outreach.StatusAwaiting]; n > 0 {
		title += st.Subtle.Render(fmt.Sprintf(" · %s awaiting", words.Thousands(n)))
	}
	if len(m.rows) > 0 {
		title += st.Subtle.Render(fmt.Sprintf(" · row %s of %s", words.Thousands(m.cursor+1), words.Thousands(m.count())))
	}
	lines := []string{common.Cut(title, w)}
	switch {
	case m.filtering:
		lines = append(lines, common.Cut(m.filter.View(), w))
	case m.q.filtered():
		var parts []string
		if m.q.status != 0 {
			parts = append(parts, "status "+st.Field.Render(m.q.status.String()))
		}
		if t := strings.TrimSpace(m.q.text); t != "" {
			parts = append(parts, "matching "+st.Field.Render(strconv.Quote(t)))
		}
		shown := fmt.Sprintf(" · %s shown", words.Thousands(m.count()))
		lines = append(lines, common.Cut("Filtered: "+strings.Join(parts, " · ")+st.Subtle.Render(shown), w))
	case m.stats.total == 0:
		lines = append(lines, "")
	default:
		lines = append(lines, st.Subtle.Render(common.Cut("Every message: awaiting first (closing soonest on top), then newest first.", w)))
	}
	return append(lines, m.healthLines()...)
}

// healthLines warn about the 14-day response rate when it is low.
func (m *Model) healthLines() []string {
	h := m.stats.health
	if h.Level < outreach.LevelWarn || m.width <= 0 {
		return nil
	}
	style, mark := m.styles.Warning, "! "
	if h.Level == outreach.LevelDanger {
		style, mark = m.styles.Bad, "✗ "
	}
	lines := common.Wrap(mark+h.Message, m.width)
	if len(lines) > 2 {
		lines = lines[:2]
		lines[1] = common.Cut(lines[1]+" …", m.width)
	}
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// cols are the table's column widths; 0 leaves a column out.
type cols struct {
	id, sent, name, tmpl, ch, status int
	// levels shortens every template's level to its initials, because
	// one of the ids shown does not fit whole.
	levels bool
}

// width is the line the columns make: the marker, the id, and each other
// column with the space before it.
func (c cols) width() int {
	n := 2 + c.id
	for _, x := range []int{c.sent, c.name, c.tmpl, c.ch, c.status} {
		if x > 0 {
			n += x + 1
		}
	}
	return n
}

// fitColumns shares width w out between the columns, for ids idW wide,
// templates tmplW and status words statusW. Each starts at its
// least useful width; when even that does not fit, the channel goes, then
// the send time, then the template. What is left widens the status to
// the common status words ("awaiting · 23h 59m left"), the candidate and
// the template, the send time gets its hour, then the status widens to its
// longest words (statusW), the candidate and template again, and last the
// send time gets its year.
func fitColumns(w, idW, tmplW, statusW int) cols {
	c := cols{id: idW, sent: 6, name: 8, tmpl: 10, ch: 6, status: min(statusW, 11)}
	for _, drop := range []*int{&c.ch, &c.sent, &c.tmpl} {
		if c.width() > w {
			*drop = 0
		}
	}
	if over := c.width() - w; over > 0 {
		c.name = max(1, c.name-over)
	}
	spare := w - c.width()
	grow := func(p *int, to int) {
		if *p == 0 {
			return
		}
		d := min(spare, max(0, to-*p))
		*p += d
		spare -= d
	}
	step := func(p *int, from, to int) {
		if *p == from && spare >= to-from {
			*p, spare = to, spare-(to-from)
		}
	}
	grow(&c.status, min(statusW, 24))
	grow(&c.name, 14)
	grow(&c.tmpl, min(tmplW, 20))
	step(&c.sent, 6, 12)
	grow(&c.status, statusW)
	grow(&c.name, 20)
	grow(&c.tmpl, tmplW)
	step(&c.sent, 12, 16)
	grow(&c.name, 28)
	return c
}

// fitTemplate cuts a template id to w cells, with its level shortened
// when short is set (see shortLevel).
func fitTemplate(id string, w int, short bool) string {
	if short {
		id = common.ShortLevel(id)
	}
	return common.Cut(id, w)
}

// table draws the column titles and the rows in w by h cells, or a
// sentence when there is nothing to show.
func (m *Model) table(w, h int) string {
	st := m.styles
	if len(m.rows) == 0 {
		var lines []string
		if m.stats.total == 0 {
			lines = append(lines, "",
				st.Title.Render("No messages logged yet."), "")
			lines = append(lines, common.Wrap("Messages you send from the composer (or with inmail send) show up here, with where each stands in its 7-day response window and keys to record what happened.", w)...)
		} else {
			lines = append(lines, "", st.Title.Render("No messages match."), "", "esc clears the filters.")
		}
		return common.Lines(strings.Join(lines, "\n"), w, h)
	}
	end := min(len(m.rows), m.offset+max(h-1, 0))
	now := m.deps.Now()
	idW, tmplW, shortW, statusW := 2, 8, 8, 11
	for _, r := range m.rows[m.offset:end] {
		idW = max(idW, len(strconv.FormatUint(r.key.ID, 10)))
		tmpl := m.dict.Templates.Name(r.template)
		tmplW = max(tmplW, ansi.StringWidth(tmpl))
		shortW = max(shortW, ansi.StringWidth(common.ShortLevel(tmpl)))
		statusW = max(statusW, ansi.StringWidth(r.words(now)))
	}
	statusW = min(statusW, 32)
	c := fitColumns(w, idW, tmplW, statusW)
	if c.tmpl < tmplW {
		// Shorten every level, and give the room saved to the others.
		c = fitColumns(w, idW, shortW, statusW)
		c.levels = true
	}
	lines := []string{st.Label.Render(titles(c))}
	for i := m.offset; i < end; i++ {
		lines = append(lines, m.row(c, m.rows[i], i == m.cursor, now))
	}
	return common.Lines(strings.Join(lines, "\n"), w, h)
}

// titles is the line of column titles.
func titles(c cols) string {
	var b strings.Builder
	b.WriteString("  " + strings.Repeat(" ", max(0, c.id-2)) + common.Cut("ID", c.id))
	for _, p := range []struct {
		w int
		s string
	}{{c.sent, "SENT"}, {c.name, "CANDIDATE"}, {c.tmpl, "TEMPLATE"}, {c.ch, "CH"}, {c.status, "STATUS"}} {
		if p.w > 0 {
			b.WriteString(" " + common.Fit(p.s, p.w))
		}
	}
	return b.String()
}

// row draws one message.
func (m *Model) row(c cols, r row, selected bool, now time.Time) string {
	st := m.styles
	id := strconv.FormatUint(r.key.ID, 10)
	var b strings.Builder
	marker, nameStyle := "  ", lipgloss.NewStyle()
	if selected {
		marker, nameStyle = "▸ ", st.Selected
	}
	b.WriteString(marker)
	b.WriteString(nameStyle.Render(strings.Repeat(" ", max(0, c.id-len(id))) + id))
	cell := func(w int, s string, style lipgloss.Style) {
		if w > 0 {
			b.WriteString(" " + style.Render(common.Fit(s, w)))
		}
	}
	cell(c.sent, common.SentCell(time.Unix(r.key.SentAt, 0), now, c.sent), st.Subtle)
	if e, ok := m.cache.Get(r.key.ID); ok {
		cell(c.name, common.CandidateName(e.Candidate), nameStyle)
	} else {
		cell(c.name, "…", st.Subtle)
	}
	tmpl := m.dict.Templates.Name(r.template)
	if tmpl == "" {
		tmpl = "-"
	}
	cell(c.tmpl, fitTemplate(tmpl, c.tmpl, c.levels), lipgloss.NewStyle())
	cell(c.ch, common.ChannelCell(r.channel, c.ch), st.Subtle)
	cell(c.status, r.words(now), m.statusStyle(r.at(now)))
	return b.String()
}

// statusStyle colours a status; the words say the same without colour.
func (m *Model) statusStyle(s outreach.Status, left time.Duration) lipgloss.Style {
	st := m.styles
	switch s {
	case outreach.StatusAwaiting:
		if left < 24*time.Hour {
			return st.Warning
		}
		return st.Field
	case outreach.StatusResponded:
		return st.OK
	case outreach.StatusLate:
		return st.Warning
	}
	return st.Subtle
}

// detailBox draws the selected message in a box of w by h cells.
func (m *Model) detailBox(w, h int) string {
	r, ok := m.selected()
	if !ok {
		return common.Box(m.styles, "Message", nil, w, h, false)
	}
	lines := m.detailLines(w - 4)
	inner := max(h-2, 0)
	off := min(m.detailOffset, max(0, len(lines)-inner))
	title := fmt.Sprintf("Message %d", r.key.ID)
	if m.detail && m.wide() {
		// The pane has the keys; said in words as well as colour.
		title = "▸ " + title
	}
	switch {
	case off > 0 && off+inner < len(lines):
		title += " · ↑↓ more"
	case off+inner < len(lines):
		title += " · ↓ more"
	case off > 0:
		title += " · ↑ more"
	}
	shown := lines[off:]
	for i, l := range shown {
		shown[i] = " " + l
	}
	return common.Box(m.styles, title, shown, w, h, m.detail)
}

// detailLines is the selected message in full, wrapped to w cells: who,
// how and when, the status, the message as sent, the personalization and
// what it referenced, and every event.
func (m *Model) detailLines(w int) []string {
	st := m.styles
	r, ok := m.selected()
	if !ok || w <= 0 {
		return nil
	}
	e, ok := m.cache.Get(r.key.ID)
	if !ok {
		return []string{st.Subtle.Render("Reading the message…")}
	}
	var lines []string
	add := func(style lipgloss.Style, s string) {
		for _, l := range common.Wrap(s, w) {
			lines = append(lines, style.Render(l))
		}
	}
	plain := lipgloss.NewStyle()
	field := func(label, value string, style lipgloss.Style) {
		if value == "" {
			return
		}
		const lw = 10
		for i, l := range common.Wrap(value, max(w-lw, 1)) {
			lab := strings.Repeat(" ", lw)
			if i == 0 {
				lab = common.Fit(label, lw)
			}
			lines = append(lines, st.Label.Render(lab)+style.Render(l))
		}
	}
	head := fmt.Sprintf("%s · sent %s", e.Channel.Label(), clock(e.SentAt, m.deps.Now()))
	if e.Recruiter != "" {
		head += " by " + e.Recruiter
	}
	add(st.Title, head)
	field("To", common.CandidateName(e.Candidate), st.Selected)
	field("Profile", e.Candidate.URL, st.Subtle)
	tmpl := e.TemplateID
	if e.Seniority != "" {
		tmpl += " (" + e.Seniority + ")"
	}
	field("Template", tmpl, plain)
	now := m.deps.Now()
	field("Status", r.words(now), m.statusStyle(r.at(now)))
	if e.Brief != "" {
		field("Brief", fmt.Sprintf("%d · %s", e.BriefID, e.Brief), plain)
	}
	field("Role", e.Role, plain)
	field("Client", e.Client, plain)
	lines = append(lines, "")
	if e.Subject != "" {
		add(st.Label, "Subject")
		add(plain, e.Subject)
		lines = append(lines, "")
	}
	add(st.Label, "Body")
	for _, para := range strings.Split(strings.TrimRight(e.Body, "\n"), "\n") {
		add(plain, para)
	}
	lines = append(lines, "")
	add(st.Label, "Personalization")
	add(st.Field, e.Personalization)
	if len(e.References) > 0 {
		add(st.Label, "It referenced")
		for _, ref := range e.References {
			add(plain, fmt.Sprintf("· %s: %q", ref.Place(), ref.Text))
		}
	}
	lines = append(lines, "")
	return append(lines, m.eventLines(e, w)...)
}

// eventLines is a message's history, oldest first: a correction says what
// it took back, and an event taken back says by which.
func (m *Model) eventLines(e outreach.Entry, w int) []string {
	st, now := m.styles, m.deps.Now()
	if len(e.Events) == 0 {
		return common.Wrap(st.Label.Render("Events")+st.Subtle.Render(" none yet: a, d, r, s or w records what happened."), w)
	}
	lines := []string{st.Label.Render("Events")}
	in := outreach.InForce(e.Events)
	takenBy := map[int]int{}
	for _, ev := range e.Events {
		if ev.Retracts > 0 && in[ev.Seq] {
			takenBy[ev.Retracts] = ev.Seq
		}
	}
	for _, ev := range e.Events {
		what, style := ev.Outcome.String(), lipgloss.NewStyle()
		if ev.Retracts > 0 {
			what = fmt.Sprintf("undo: took back %d (%s)", ev.Retracts, ev.Outcome)
			style = st.Subtle
		}
		var extra []string
		if ev.Source == outreach.Import {
			extra = append(extra, "imported")
		}
		if by, ok := takenBy[ev.Seq]; ok {
			extra = append(extra, fmt.Sprintf("✗ taken back by %d", by))
			style = st.Subtle
		}
		if ev.Note != "" {
			extra = append(extra, strconv.Quote(ev.Note))
		}
		text := fmt.Sprintf("%d  %s  %s", ev.Seq, clock(ev.At, now), what)
		if len(extra) > 0 {
			text += " · " + strings.Join(extra, " · ")
		}
		for i, l := range common.Wrap(text, max(w-2, 1)) {
			if i > 0 {
				l = "  " + l
			}
			lines = append(lines, style.Render(l))
		}
	}
	return lines
}

// overlayConfirm draws the withdrawn question over the screen.
func (m *Model) overlayConfirm(base string) string {
	st := m.styles
	w := min(60, m.width)
	name := fmt.Sprintf("message %d", m.confirm)
	credit := ""
	if e, ok := m.cache.Get(m.confirm); ok {
		name += " to " + common.CandidateName(e.Candidate)
		if e.Channel == library.InMail && e.Credits > 0 {
			credit = " Its InMail credit counts as not spent."
		}
	}
	var lines []string
	for _, l := range common.Wrap(fmt.Sprintf("Record that %s was never actually sent on LinkedIn? It leaves the response rate.%s", name, credit), max(w-4, 1)) {
		lines = append(lines, " "+l)
	}
	lines = append(lines, "", " "+st.Selected.Render("y")+" yes, withdrawn   "+st.Selected.Render("n")+" keep it")
	h := min(len(lines)+2, m.height)
	box := common.Box(st, "Withdrawn?", lines, w, h, true)
	return common.Popup(base, box, m.width, m.height)
}
