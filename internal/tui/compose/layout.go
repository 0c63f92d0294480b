package compose

import (
	"slices"

	"github.com/inmail/inmail/internal/tui/common"
)

// The form's layout: how many rows each part gets at the current size,
// and where the one-line fields sit (side by side on a wide form).

// geometry is the size of each part of the form for the current size;
// where each field ends up on screen is in the click targets (mouse.go).
type geometry struct {
	narrow   bool
	lw, rw   int // pane widths, borders included
	inner    int // text width inside the left pane
	hintN    int
	lineRows int
	bodyRows int
	verdictN int
	fieldH   [fieldCount]int // rows of each one-line field as laid out
	// tight is set when the form in full would leave the message fewer
	// than minBody rows: the brief (role, client, hook) and the subject
	// then take one row each unless one of them has focus, and with the
	// body focused the line and its verdict take one row each too.
	tight bool
}

// minBody is the fewest rows of the message the form keeps when the
// terminal has them: at 80x24 the recruiter still reads a paragraph of
// the preview, or edits one of the body.
const minBody = 8

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
	for _, tight := range []bool{false, true} {
		g.tight = tight
		g.hintN = 1
		if rows >= 26 && !tight {
			g.hintN = 2
		}
		g.lineRows = m.lineRowsFor(rows)
		g.verdictN = m.verdictRowsFor(rows)
		if tight && m.focus == fBody {
			g.lineRows, g.verdictN = 1, 1
		}
		fixed := 2 + g.hintN + g.lineRows + g.verdictN + 1 // template, hint, label, line, verdict, body label
		for _, row := range m.allFieldRows() {
			for _, c := range m.cells(row) {
				m.inputs[c.f].SetWidth(c.textW)
				g.fieldH[c.f] = m.inputs[c.f].Height()
			}
		}
		for _, row := range m.fieldRows() {
			fixed += m.rowHeight(row)
		}
		g.bodyRows = rows - fixed
		if g.bodyRows >= minBody {
			break
		}
	}
	g.bodyRows = max(1, g.bodyRows)
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

// briefFields are the fields a brief fills.
var briefFields = []field{fRole, fClient, fHook}

// briefCollapsed reports whether role, client and hook are drawn as one
// row: on a tight form, while none of them has focus.
func (m *Model) briefCollapsed() bool {
	if !m.geo.tight {
		return false
	}
	for _, f := range briefFields {
		if m.focus == f {
			return false
		}
	}
	return true
}

// oneRow reports whether one-line field f is drawn on one row, cut, for
// want of room (a tight form's brief and subject without focus).
func (m *Model) oneRow(f field) bool {
	switch f {
	case fRole, fClient, fHook:
		return m.briefCollapsed()
	case fSubject:
		return m.geo.tight && m.focus != fSubject
	}
	return false
}

// fieldRows are the rows of one-line fields as drawn: allFieldRows, or
// when the brief is collapsed, role, client and hook in one row, then the
// subject.
func (m *Model) fieldRows() []fieldRow {
	if !m.briefCollapsed() {
		return m.allFieldRows()
	}
	var brief fieldRow
	for _, f := range m.fields {
		if slices.Contains(briefFields, f) {
			brief = append(brief, f)
		}
	}
	var out []fieldRow
	if len(brief) > 0 {
		out = append(out, brief)
	}
	if slices.Contains(m.fields, fSubject) {
		out = append(out, fieldRow{fSubject})
	}
	return out
}

// allFieldRows lays out role and client side by side on a wide form, each
// on a row of its own otherwise; then the hook (a sentence) and the
// subject.
func (m *Model) allFieldRows() []fieldRow {
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

// rowHeight is the rows a row of fields takes: its tallest field's, or
// one when it is drawn on one row.
func (m *Model) rowHeight(row fieldRow) int {
	h := 1
	for _, f := range row {
		if m.oneRow(f) {
			return 1
		}
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
