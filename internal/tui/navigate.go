package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/tui/common"
)

// navigate acts on a screen's request for another screen (the messages of
// common/nav.go) and on a prepared compose; ok is false for any other
// message. Two rules run through it:
//
//   - A request counts only while the screen that made it is on top. Keys
//     come faster than commands: enter pressed twice on the list sends two
//     CandidateChosen, and only the first, arriving while the list is on
//     top, opens the picker.
//   - A screen that opens when a command answers (the add screen an empty
//     list asks for, a prepared composer, the sent screen) goes where it
//     belongs in the stack, under any section the recruiter opened with
//     its key in the meantime.
func (m Model) navigate(msg tea.Msg) (Model, tea.Cmd, bool) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case common.Back:
		m, cmd = m.back()
	case common.Home:
		m, cmd = m.home()
	case common.GoTo:
		m, cmd = m.goTo(msg.Screen)
	case common.NewCandidate:
		m, cmd = m.newCandidate(msg)
	case common.EditCandidate:
		if m.stack.onTop(common.Candidates) {
			m, cmd = m.push(common.AddCandidate, m.newAdd("", &msg.Candidate))
		}
	case common.CandidateChosen:
		m, cmd = m.candidateChosen(msg)
	case common.TemplateChosen:
		m, cmd = m.templateChosen(msg)
	case common.FollowUpChosen:
		m, cmd = m.followUpChosen(msg)
	case composeReadyMsg:
		m.preparing = false
		m, cmd = m.composeReady(msg)
	case common.MessageSent:
		m, cmd = m.messageSent(msg)
	default:
		return m, nil, false
	}
	return m, cmd, true
}

// goTo opens a screen that needs no arguments: a section, the list (as
// Home does) or an empty add screen.
func (m Model) goTo(id common.ID) (Model, tea.Cmd) {
	if s, ok := sectionFor(id); ok {
		return m.openSection(s)
	}
	switch id {
	case common.Candidates:
		return m.home()
	case common.AddCandidate:
		return m.push(common.AddCandidate, m.newAdd("", nil))
	}
	return m, nil
}

// newCandidate opens the add screen the list asked for: on the list, with
// what the recruiter pasted there; or, when the list found nobody (Auto),
// right above the list, once.
func (m Model) newCandidate(msg common.NewCandidate) (Model, tea.Cmd) {
	if msg.Auto {
		i := m.stack.index(common.Candidates)
		if i < 0 || m.stack.has(common.AddCandidate) {
			return m, nil
		}
		return m.insert(i+1, common.AddCandidate, m.newAdd("", nil))
	}
	if !m.stack.onTop(common.Candidates) {
		return m, nil
	}
	return m.push(common.AddCandidate, m.newAdd(msg.Paste, nil))
}

// candidateChosen opens the picker for a candidate chosen on the list, or
// just saved on the add screen (Replace), which it closes.
func (m Model) candidateChosen(msg common.CandidateChosen) (Model, tea.Cmd) {
	var save tea.Cmd
	switch {
	case msg.Replace && m.stack.onTop(common.AddCandidate):
		m, save = m.closeTo(len(m.stack) - 1)
	case msg.Replace || !m.stack.onTop(common.Candidates):
		return m, nil
	}
	m, cmd := m.openTemplates(msg.Candidate, nil, nil)
	return m, tea.Batch(save, cmd)
}

// templateChosen prepares the compose for a template chosen on the picker,
// or on the composer switching template (Replace); composeReady opens it.
// One compose is prepared at a time.
func (m Model) templateChosen(msg common.TemplateChosen) (Model, tea.Cmd) {
	fromPicker := m.stack.onTop(common.Templates)
	fromComposer := msg.Replace && m.stack.onTop(common.Compose)
	if m.preparing || !(fromPicker || fromComposer) {
		return m, nil
	}
	m.preparing = true
	return m, prepareCmd(m.deps, msg.Candidate, msg.Template, msg.Draft, msg.Replace)
}

// followUpChosen prepares the composer on a follow-up of a message chosen
// in the tracker; composeReady opens it on top.
func (m Model) followUpChosen(msg common.FollowUpChosen) (Model, tea.Cmd) {
	if m.preparing || !m.stack.onTop(common.Tracker) {
		return m, nil
	}
	m.preparing = true
	return m, prepareFollowUpCmd(m.deps, msg.Of)
}

// messageSent puts the sent screen in the place of the composer that
// sent, closing whatever was opened above it meanwhile, and refreshes the
// credits.
func (m Model) messageSent(msg common.MessageSent) (Model, tea.Cmd) {
	var save tea.Cmd
	if i := m.stack.index(common.Compose); i > 0 {
		m, save = m.closeTo(i + 1)
	}
	m, cmd := m.replace(common.Sent, m.newSent(msg))
	return m, tea.Batch(save, cmd, creditsCmd(m.deps.Credits))
}

// openSection brings a section to the top: back to it when it is already
// open (closing what is above it), else on top of what is open.
func (m Model) openSection(s section) (Model, tea.Cmd) {
	if i := m.stack.index(s.id); i >= 0 {
		m, save := m.closeTo(i + 1)
		m, cmd := m.reveal()
		return m, tea.Batch(save, cmd)
	}
	return m.push(s.id, s.open(&m))
}

// The moves on the stack. Each lays the screens out again and enables the
// root's keys for the new top; closing a screen saves what it holds.

// push opens s on top of the stack.
func (m Model) push(id common.ID, s common.Screen) (Model, tea.Cmd) {
	return m.insert(len(m.stack), id, s)
}

// insert opens s at position i of the stack, under the screens above i.
func (m Model) insert(i int, id common.ID, s common.Screen) (Model, tea.Cmd) {
	s.SetStyles(m.styles)
	m.stack = m.stack.inserted(i, entry{id: id, screen: s})
	m.layout()
	m.setKeys()
	return m, s.Init()
}

// replace closes the current screen and opens s in its place.
func (m Model) replace(id common.ID, s common.Screen) (Model, tea.Cmd) {
	var save tea.Cmd
	if len(m.stack) > 0 {
		m, save = m.closeTo(len(m.stack) - 1)
	}
	m, cmd := m.push(id, s)
	return m, tea.Batch(save, cmd)
}

// closeTo closes the screens above the first n, saving what they hold.
func (m Model) closeTo(n int) (Model, tea.Cmd) {
	var cmds []tea.Cmd
	for _, e := range m.stack[n:] {
		if sv, ok := e.screen.(common.Saver); ok {
			cmds = append(cmds, sv.SaveNow())
		}
	}
	m.stack = m.stack[:n:n]
	return m, tea.Batch(cmds...)
}

// back closes the current screen; the one under it is told it is back on
// top. The first screen stays.
func (m Model) back() (Model, tea.Cmd) {
	if len(m.stack) <= 1 {
		return m, nil
	}
	m, save := m.closeTo(len(m.stack) - 1)
	m, cmd := m.reveal()
	return m, tea.Batch(save, cmd)
}

// home closes every screen but the candidate list.
func (m Model) home() (Model, tea.Cmd) {
	m, save := m.closeTo(min(1, len(m.stack)))
	m, cmd := m.reveal()
	return m, tea.Batch(save, cmd)
}

// reveal lays out the screen now on top and tells it it is back.
func (m Model) reveal() (Model, tea.Cmd) {
	m.layout()
	m.setKeys()
	if r, ok := m.stack.top().(common.Revealer); ok {
		return m, r.Revealed()
	}
	return m, nil
}
