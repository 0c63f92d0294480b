package compose

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// The brief picker: ctrl+b lists the open briefs (the recruiter's most
// recent first), and enter fills role, client and hook from the one
// chosen. The message is logged with the brief of its role and client as
// they stand when it is sent (outreach.PickBrief), so a brief changed by
// hand afterwards is a new one, named on the list as such.

// briefsMsg is the list of briefs, loaded in a command.
type briefsMsg struct {
	briefs []outreach.Brief
	err    error
}

// briefsShown is the most briefs the picker lists.
const briefsShown = 9

// hasBriefFields reports whether the template uses role, client or hook.
func (m *Model) hasBriefFields() bool {
	return slices.ContainsFunc(m.fields, func(f field) bool { return slices.Contains(briefFields, f) })
}

// openBriefs opens the picker and loads the briefs.
func (m *Model) openBriefs() tea.Cmd {
	m.leaveBodyIfFocused()
	m.state = choosingBrief
	m.briefs, m.briefsErr, m.briefsLoaded = nil, nil, false
	m.setKeys()
	load := m.p.Briefs
	return func() tea.Msg {
		bs, err := load()
		return briefsMsg{briefs: bs, err: err}
	}
}

// loadedBriefs takes in the list, the cursor on the brief the compose
// uses now.
func (m *Model) loadedBriefs(msg briefsMsg) {
	m.briefs, m.briefsErr, m.briefsLoaded = msg.briefs, msg.err, true
	if len(m.briefs) > briefsShown {
		m.briefs = m.briefs[:briefsShown]
	}
	m.briefCursor = max(0, m.currentBrief())
}

// currentBrief is the index in m.briefs of the brief the message would be
// logged with now, or -1.
func (m *Model) currentBrief() int {
	i, _, ok := outreach.PickBrief(m.briefs, outreach.Message{Role: m.comp.Fields.Role, Client: m.comp.Fields.Client})
	if !ok {
		return -1
	}
	return i
}

// briefKey handles a key while the picker is open.
func (m *Model) briefKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.BriefClose):
		m.state = editing
		m.setKeys()
	case key.Matches(msg, k.BriefUp):
		m.briefCursor = max(0, m.briefCursor-1)
	case key.Matches(msg, k.BriefDown):
		m.briefCursor = min(len(m.briefs)-1, m.briefCursor+1)
	case key.Matches(msg, k.BriefUse) && m.briefCursor < len(m.briefs):
		return m.useBrief(m.briefs[m.briefCursor])
	}
	return nil
}

// useBrief fills role, client and hook from b and closes the picker.
func (m *Model) useBrief(b outreach.Brief) tea.Cmd {
	m.state = editing
	f := m.comp.Fields
	f.Role, f.Client, f.Hook = b.Role, b.Client, b.Hook
	m.inputs[fRole].SetValue(f.Role)
	m.inputs[fClient].SetValue(f.Client)
	m.inputs[fHook].SetValue(f.Hook)
	for _, x := range briefFields {
		m.inputs[x].MoveToBegin()
	}
	m.comp = m.comp.WithFields(f)
	m.rerender()
	if m.focus == fBody {
		m.body.SetValue(m.Body())
	}
	m.view.fields = [fieldCount]fieldCache{}
	m.relayoutFields()
	m.changed()
	m.setKeys()
	// The room for the line changed with the frame: check again.
	return tea.Batch(m.verdictTick(), m.draftTick())
}

// briefsBox is the picker drawn over the form.
func (m *Model) briefsBox() string {
	st := m.styles
	w := min(m.width-4, 72)
	inner := w - 4
	lines := []string{st.Subtle.Render("The role, client and hook of a search, yours first."), ""}
	switch {
	case !m.briefsLoaded:
		lines = append(lines, st.Subtle.Render("Loading…"))
	case m.briefsErr != nil:
		lines = append(lines, common.Wrap("Could not read the briefs: "+m.briefsErr.Error(), inner)...)
	case len(m.briefs) == 0:
		lines = append(lines, common.Wrap("No briefs yet. Sending this message saves its role and client as one, and the next compose starts with it.", inner)...)
	}
	cur, now := m.currentBrief(), m.p.Now()
	for i, b := range m.briefs {
		mark, style := "  ", st.Field
		if i == m.briefCursor {
			mark, style = "▸ ", st.Focused
		}
		note := ""
		if i == cur {
			note = st.OK.Render(" ✓ in use")
		}
		lines = append(lines, mark+style.Render(common.Cut(b.Name, inner-2-lipgloss.Width(note)))+note)
		lines = append(lines, "  "+st.Subtle.Render(common.Cut(m.briefWords(b, now), inner-2)))
	}
	if m.briefsLoaded && m.briefCursor < len(m.briefs) {
		b := m.briefs[m.briefCursor]
		lines = append(lines, "")
		if b.Hook != "" {
			for _, l := range common.Wrap("Hook: "+b.Hook, inner) {
				lines = append(lines, st.Label.Render(l))
			}
		}
	}
	if m.briefsLoaded && cur < 0 && m.comp.Fields.Role+m.comp.Fields.Client != "" {
		lines = append(lines, "")
		for _, l := range common.Wrap("Sending as it is saves "+outreach.BriefName(m.comp.Fields.Role, m.comp.Fields.Client)+" as a new brief.", inner) {
			lines = append(lines, st.Subtle.Render(l))
		}
	}
	lines = append(lines, "", st.Focused.Render("enter")+" use it   "+st.Label.Render("↑/↓")+" choose   "+st.Label.Render("esc")+" close")
	h := min(len(lines)+2, m.height)
	return common.Box(st, "Briefs", pad(lines), w, h, true)
}

// briefWords is a brief's line under its name: its level, how many were
// sent with it, and when it was last used and by whom.
func (m *Model) briefWords(b outreach.Brief, now time.Time) string {
	var parts []string
	if b.Seniority != "" {
		level := b.Seniority
		if l := m.p.Levels[level]; l != "" {
			level = l
		}
		parts = append(parts, level)
	}
	parts = append(parts, words.Count(b.Sent, "message"))
	if at, by := b.UsedAt(); !at.IsZero() {
		who := by
		if by == m.p.Recruiter {
			who = "you"
		}
		parts = append(parts, fmt.Sprintf("last %s by %s", outreach.Ago(at, now), who))
	}
	if b.CreatedBy != "" && b.CreatedBy != m.p.Recruiter {
		parts = append(parts, "made by "+b.CreatedBy)
	}
	return strings.Join(parts, " · ")
}
