package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/tui/common"
)

// key handles the keys that work everywhere, then gives the rest to the
// current screen. In order: ctrl+c quits; any key closes the full help
// (? and esc do nothing else); a section key opens its section; then, on
// a screen, ? opens the help, esc goes back and q quits, each only when
// setKeys enabled it for that screen.
func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.clearBanner()
	if key.Matches(msg, m.keys.Quit) {
		return m, m.quit()
	}
	if m.state == helping {
		m.state = showing
		m.layout()
		if key.Matches(msg, m.keys.Help) || msg.Code == tea.KeyEscape {
			return m, nil
		}
	}
	for _, s := range sections {
		if key.Matches(msg, s.key) {
			m, cmd := m.openSection(s)
			return m, cmd
		}
	}
	if m.stack.top() == nil {
		return m, nil
	}
	m.setKeys()
	switch {
	case key.Matches(msg, m.keys.Help):
		if m.state == showing {
			m.state = helping
		}
		return m, nil
	case key.Matches(msg, m.keys.Back):
		m, cmd := m.back()
		return m, cmd
	case key.Matches(msg, m.keys.Close):
		return m, m.quit()
	}
	return m.toTop(msg)
}

// quit saves what the open screens hold (a draft) and quits.
func (m Model) quit() tea.Cmd {
	var cmds []tea.Cmd
	for _, e := range m.stack {
		if sv, ok := e.screen.(common.Saver); ok {
			if c := sv.SaveNow(); c != nil {
				cmds = append(cmds, c)
			}
		}
	}
	if len(cmds) == 0 {
		return tea.Quit
	}
	return tea.Sequence(tea.Batch(cmds...), tea.Quit)
}

// mouse gives clicks and the wheel to the current screen, in its own
// coordinates; none while the full help covers it.
func (m Model) mouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if m.stack.top() == nil || m.state != showing {
		return m, nil
	}
	mo := msg.Mouse()
	mo.Y -= m.screenY()
	if mo.Y < 0 || mo.Y >= m.screenHeight() {
		return m, nil
	}
	switch msg.(type) {
	case tea.MouseClickMsg:
		return m.toTop(tea.MouseClickMsg(mo))
	case tea.MouseWheelMsg:
		return m.toTop(tea.MouseWheelMsg(mo))
	}
	return m, nil
}

// toTop gives msg to the current screen only.
func (m Model) toTop(msg tea.Msg) (tea.Model, tea.Cmd) {
	if len(m.stack) == 0 {
		return m, nil
	}
	m.stack = append(stack(nil), m.stack...)
	i := len(m.stack) - 1
	var cmd tea.Cmd
	m.stack[i].screen, cmd = m.stack[i].screen.Update(msg)
	m.setKeys()
	return m, cmd
}

// broadcast gives msg to every open screen.
func (m Model) broadcast(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.stack = append(stack(nil), m.stack...)
	cmds := make([]tea.Cmd, 0, len(m.stack))
	for i := range m.stack {
		var cmd tea.Cmd
		m.stack[i].screen, cmd = m.stack[i].screen.Update(msg)
		cmds = append(cmds, cmd)
	}
	m.setKeys()
	return m, tea.Batch(cmds...)
}
