package compose

import (
	"strings"

	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/tui/common"
)

// The contact rule's prompt: when someone on the team messaged the
// candidate within the contact window, ctrl+s asks why the recruiter
// writes to them again; the reason is logged with the message and the
// send goes on to its confirmation.

// onlyRecontact reports whether the contact rule is all that stops the
// send, so the prompt can clear it.
func (m *Model) onlyRecontact() bool {
	return len(m.decision.Reasons) == 1 && m.decision.Has(gate.CodeRecontact)
}

// askReason opens the prompt.
func (m *Model) askReason() tea.Cmd {
	if m.reason == nil {
		var r textarea.Model = oneLine(3)
		r.Placeholder = "why you write to them again (logged)"
		m.reason = &r
	}
	m.reason.SetWidth(max(min(m.width-8, 56), 10))
	m.state = asking
	m.setKeys()
	return m.reason.Focus()
}

// reasonKey handles a key while the prompt is open: enter takes a reason
// that is not blank and goes on to the confirmation, esc goes back.
func (m *Model) reasonKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "esc":
		m.reason.Blur()
		m.state = editing
		m.setKeys()
		return nil
	case "enter":
		text := strings.TrimSpace(m.reason.Value())
		if text == "" {
			return nil
		}
		m.reason.Blur()
		m.comp = m.comp.WithReason(text)
		m.decide()
		m.state = editing
		if m.decision.OK {
			m.state = confirming
		}
		m.setKeys()
		return nil
	}
	var cmd tea.Cmd
	*m.reason, cmd = m.reason.Update(msg)
	return cmd
}

// reasonBox is the prompt drawn over the form.
func (m *Model) reasonBox() string {
	st := m.styles
	w := min(m.width-4, 60)
	var lines []string
	lines = append(lines, st.Title.Render("Messaged recently"), "")
	for _, r := range m.decision.Reasons {
		if r.Code == gate.CodeRecontact {
			lines = append(lines, common.Wrap(r.Message, w-4)...)
		}
	}
	lines = append(lines, "", m.reason.View(), "")
	lines = append(lines, st.Focused.Render("enter")+" go on   "+st.Label.Render("esc")+" back")
	return common.Box(st, "Reason", pad(lines), w, len(lines)+2, true)
}
