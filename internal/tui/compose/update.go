package compose

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/tui/common"
)

// Update handles keys, pastes, clicks, and the results of the composer's
// own commands (verdict, draft, send, editor).
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m, m.keyPress(msg)
	case tea.PasteMsg:
		if m.state != editing {
			return m, nil
		}
		text := common.PasteText(msg.Content)
		if m.focus != fBody {
			// One-line fields: a pasted line break is a space.
			text = strings.Join(strings.Fields(text), " ")
		}
		return m, m.forward(tea.PasteMsg{Content: text})
	case tea.MouseClickMsg:
		return m, m.click(msg)
	case tea.MouseWheelMsg:
		m.wheel(msg)
		return m, nil
	case verdictTickMsg:
		if msg.seq == m.verdictSeq {
			return m, m.checkNow()
		}
		return m, nil
	case verdictMsg:
		m.applyVerdict(msg)
		if m.sendAsked && msg.line == m.lineText && m.state == editing {
			m.sendAsked = false
			return m, m.askSend()
		}
		return m, nil
	case draftTickMsg:
		if msg.seq == m.draftSeq && m.dirty && m.state != sending {
			return m, m.saveDraft()
		}
		return m, nil
	case draftSavedMsg:
		m.draftSaved(msg)
		return m, nil
	case common.SetupSaved:
		return m, m.setupSaved(msg.Setup)
	case common.CreditsMsg:
		if msg.Known {
			m.comp = m.comp.WithCredits(msg.Left)
			m.decide()
		}
		return m, nil
	case sentMsg:
		return m, m.sent(msg)
	case briefsMsg:
		if m.state == choosingBrief {
			m.loadedBriefs(msg)
			m.setKeys()
		}
		return m, nil
	case editorReadyMsg:
		return m, m.runEditor(msg)
	case editorDoneMsg:
		return m, readEditor(msg)
	case editorReadMsg:
		return m, m.editorRead(msg)
	}
	// Anything else (a cursor blink) belongs to the focused field.
	return m, m.forward(msg)
}

// keyPress handles a key in the current state.
func (m *Model) keyPress(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch m.state {
	case sending:
		return nil
	case asking:
		return m.reasonKey(msg)
	case choosingBrief:
		cmd := m.briefKey(msg)
		m.setKeys()
		return cmd
	case reasons:
		// Any key closes the list of reasons.
		m.state = editing
		m.setKeys()
		return nil
	case confirming:
		switch {
		case key.Matches(msg, k.Confirm):
			m.state = sending
			m.setKeys()
			return m.send()
		case key.Matches(msg, k.Cancel):
			m.state = editing
			m.setKeys()
		}
		return nil
	}
	m.sendAsked = false // any other key: the recruiter went on editing
	switch {
	case key.Matches(msg, k.Send), key.Matches(msg, k.Blocked):
		m.leaveBodyIfFocused()
		if m.lineText != "" && m.verdictLine != m.lineText {
			// The verdict of what was just typed is not in yet: ask for
			// it now and answer when it comes, so the box never shows
			// the reasons of a line the recruiter has since finished.
			m.sendAsked = true
			return m.checkNow()
		}
		return m.askSend()
	case key.Matches(msg, k.Note):
		return m.useNote()
	case key.Matches(msg, k.Brief):
		return m.openBriefs()
	case key.Matches(msg, k.Editor):
		m.leaveBodyIfFocused()
		return writeEditorFile(m.Body())
	case key.Matches(msg, k.Reset):
		m.subjectEdited, m.bodyEdited = false, false
		m.subject, m.bodyText = "", ""
		m.rerender()
		if m.focus == fBody {
			m.body.SetValue(m.rendered.Body)
		}
		m.changed()
		return m.draftTick()
	case key.Matches(msg, k.Profile):
		m.showProfile = !m.showProfile
		m.setKeys()
		return nil
	case m.showProfile:
		if msg.Code == tea.KeyEscape {
			m.showProfile = false
			m.setKeys()
		}
		return nil
	case key.Matches(msg, k.Next):
		return m.step(1)
	case key.Matches(msg, k.Prev):
		return m.step(-1)
	case msg.Code == tea.KeyEnter && msg.Mod == 0 && m.focus != fBody:
		// enter in a one-line field moves on; in the body it is a newline.
		return m.step(1)
	}
	return m.forward(msg)
}

// leaveBodyIfFocused takes in what was typed in the body before a command
// that needs the whole message.
func (m *Model) leaveBodyIfFocused() {
	if m.focus == fBody {
		m.leaveBody()
	}
}

// forward gives msg to the focused field and takes in the change.
func (m *Model) forward(msg tea.Msg) tea.Cmd {
	if m.state != editing {
		return nil
	}
	var cmd tea.Cmd
	switch m.focus {
	case fLine:
		m.line, cmd = m.line.Update(msg)
		if v := strings.Join(strings.Fields(m.line.Value()), " "); v != m.lineText {
			m.setLine(v)
			m.relayoutLine()
			return tea.Batch(cmd, m.verdictTick(), m.draftTick())
		}
	case fRole, fClient, fHook:
		before := m.inputs[m.focus].Value()
		m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
		m.relayoutFields()
		if m.inputs[m.focus].Value() != before {
			f := m.comp.Fields
			f.Role = strings.TrimSpace(m.inputs[fRole].Value())
			f.Client = strings.TrimSpace(m.inputs[fClient].Value())
			f.Hook = strings.TrimSpace(m.inputs[fHook].Value())
			m.comp = m.comp.WithFields(f)
			m.rerender()
			m.changed()
			// The room for the line changed with the frame: check again.
			return tea.Batch(cmd, m.verdictTick(), m.draftTick())
		}
	case fSubject:
		before := m.inputs[fSubject].Value()
		m.inputs[fSubject], cmd = m.inputs[fSubject].Update(msg)
		m.relayoutFields()
		if v := m.inputs[fSubject].Value(); v != before {
			m.subject = v
			m.subjectEdited = v != m.rendered.Subject
			m.decide()
			m.changed()
			return tea.Batch(cmd, m.draftTick())
		}
	case fBody:
		n := m.body.Length()
		m.body, cmd = m.body.Update(msg)
		if _, ok := msg.(tea.KeyPressMsg); ok || m.body.Length() != n {
			if v := m.body.Value(); v != m.Body() {
				m.setBody(v)
				return tea.Batch(cmd, m.draftTick())
			}
		}
	}
	return cmd
}

// setLine takes in a new personalization line. An edited body follows it:
// the old line (or the empty placeholder) in the body is replaced.
func (m *Model) setLine(v string) {
	old := m.lineText
	m.lineText = v
	if m.bodyEdited {
		from := old
		if from == "" {
			from = library.Placeholder(library.Personalization)
		}
		to := v
		if to == "" {
			to = library.Placeholder(library.Personalization)
		}
		if i := strings.Index(m.bodyText, from); i >= 0 {
			m.bodyText = m.bodyText[:i] + to + m.bodyText[i+len(from):]
		}
	}
	m.rerender()
	m.changed()
}

// changed marks the draft unsaved.
func (m *Model) changed() { m.dirty = true }

// useNote switches to the suggested connection-note template, keeping
// the line and fields.
func (m *Model) useNote() tea.Cmd {
	t, ok := m.noteTemplate()
	if !ok {
		return nil
	}
	d := m.draft()
	d.TemplateID, d.Subject, d.Body = t.ID, "", ""
	c := m.p.Candidate
	return func() tea.Msg {
		return common.TemplateChosen{Candidate: c, Template: t, Draft: &d, Replace: true}
	}
}

// setupSaved signs the message with the sender's new name and signature
// (and logs it under the recruiter's new name); an edited body gets the
// name where the placeholder was left.
func (m *Model) setupSaved(s common.Setup) tea.Cmd {
	m.p.Recruiter = s.Recruiter
	f := m.comp.Fields
	f.SenderName, f.Signature = s.Sender(), strings.TrimSpace(s.Signature)
	if f == m.comp.Fields {
		return nil
	}
	m.comp = m.comp.WithFields(f)
	if m.bodyEdited && f.SenderName != "" {
		m.bodyText = strings.ReplaceAll(m.bodyText, library.Placeholder(library.SenderName), f.SenderName)
	}
	m.rerender()
	if m.focus == fBody && m.body.Value() != m.Body() {
		m.body.SetValue(m.Body())
	}
	m.view.bodyFor = "\x00"
	m.changed()
	// The room left for the line may have changed with the signature.
	return tea.Batch(m.checkNow(), m.draftTick())
}

// askSend answers ctrl+s on the current decision: the recontact reason
// when that is all that is missing, the reasons when the gate says no,
// else the confirming box.
func (m *Model) askSend() tea.Cmd {
	switch {
	case m.onlyRecontact():
		return m.askReason()
	case !m.decision.OK:
		m.state = reasons
	default:
		m.state = confirming
	}
	m.setKeys()
	return nil
}
