package compose

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"
)

// The profile pane: the candidate's profile in a bubbles viewport, which
// scrolls it and draws the highlights of what the line references, the
// first kept in view.

// paneBox is what the profile pane was boxed for.
type paneBox struct {
	width   int
	focused bool
}

// newProfileView is the profile pane's viewport. It takes no keys (the
// form has them) and no wheel of its own (wheel scrolls it).
func newProfileView() viewport.Model {
	vp := viewport.New()
	vp.MouseWheelEnabled = false
	return vp
}

// profilePane draws the profile w cells wide, with the references
// highlighted, scrolled so the first is in view.
func (m *Model) profilePane(w int) []string {
	c := &m.view
	box := paneBox{width: w, focused: m.showProfile}
	if !c.profileValid || c.profileBox.width != w {
		m.fillProfile(w)
	}
	if c.profile == nil || len(c.profile) != m.height || c.profileBox != box {
		c.profile, c.profileBox = m.boxProfile(w), box
	}
	return c.profile
}

// fillProfile lays the profile out for a pane w cells wide, with the
// current verdict's highlights, and scrolls the first into view (two
// lines under the top) when it is not.
func (m *Model) fillProfile(w int) {
	p := m.p.Candidate.Profile
	doc := docFor(&p)
	var hl map[int][]span
	if m.verdict != nil && m.verdictLine == m.lineText {
		hl = highlights(doc, m.verdict.References)
	}
	inner := max(1, w-4)
	pt := layoutDoc(doc, hl, inner)
	rows := max(1, m.height-2)
	vp := &m.profile
	top := vp.YOffset()
	vp.SetWidth(inner)
	vp.SetHeight(rows)
	st, kinds := m.styles, pt.kinds
	vp.StyleLineFunc = func(i int) lipgloss.Style { return kindStyle(st, kinds[i]) }
	vp.SetContentLines(pt.lines)
	vp.SetHighlights(pt.marks)
	if pt.first >= 0 && (pt.first < top || pt.first >= top+rows) {
		top = pt.first - 2
	}
	vp.SetYOffset(top)
	m.view.profileValid, m.view.profile = true, nil
}

// boxProfile draws the viewport in the pane's border, the lines shown in
// the title when they are not all.
func (m *Model) boxProfile(w int) []string {
	vp := &m.profile
	rows, total, top := vp.Height(), vp.TotalLineCount(), vp.YOffset()
	title := "Profile"
	if total > rows {
		title = fmt.Sprintf("Profile %d–%d/%d", top+1, top+min(rows, total-top), total)
	}
	return boxLines(m.styles, title, strings.Split(vp.View(), "\n"), w, m.height, m.showProfile)
}

// scrollProfile scrolls the profile d lines (up when d < 0).
func (m *Model) scrollProfile(d int) {
	if d < 0 {
		m.profile.ScrollUp(-d)
	} else {
		m.profile.ScrollDown(d)
	}
	m.view.profile = nil
}
