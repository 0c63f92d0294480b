package compose

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/outreach"
)

// draftTickMsg fires draftDelay after a change; seq says which.
type draftTickMsg struct{ seq int }

// draftSavedMsg says a draft was saved (or why not).
type draftSavedMsg struct {
	seq int
	at  time.Time
	err error
}

// draftTick starts the draft's debounce.
func (m *Model) draftTick() tea.Cmd {
	m.draftSeq++
	seq := m.draftSeq
	return m.p.After(draftDelay, draftTickMsg{seq: seq})
}

// draft is the compose in progress.
func (m *Model) draft() outreach.Draft {
	d := outreach.Draft{
		CandidateID:     m.p.Candidate.ID,
		TemplateID:      m.comp.Template.ID,
		Personalization: m.lineText,
		Role:            m.comp.Fields.Role,
		Client:          m.comp.Fields.Client,
		Hook:            m.comp.Fields.Hook,
		StartedAt:       m.startedAt,
	}
	if m.subjectEdited {
		d.Subject = m.subject
	}
	if m.bodyEdited {
		d.Body = m.bodyText
	}
	return d
}

// saveDraft saves the draft in a command, unless a send got there first.
// A follow-up is not saved: a candidate has one draft, of their next
// first message, and a draft does not say which message it follows up.
func (m *Model) saveDraft() tea.Cmd {
	if m.comp.FollowUp != nil {
		return nil
	}
	d, s, g, seq, now := m.draft(), m.store, m.log, m.draftSeq, m.p.Now
	return func() tea.Msg {
		g.mu.Lock()
		defer g.mu.Unlock()
		if g.sent {
			return nil
		}
		err := s.SaveDraft(d)
		return draftSavedMsg{seq: seq, at: now(), err: err}
	}
}

// draftSaved takes in a save.
func (m *Model) draftSaved(msg draftSavedMsg) {
	if msg.err != nil {
		m.saveErr = "draft not saved: " + outreach.ErrorMessage(msg.err)
		return
	}
	m.saveErr = ""
	m.savedAt = msg.at
	if msg.seq == m.draftSeq {
		m.dirty = false
	}
}

// SaveNow implements common.Saver: the root runs it before quitting (and
// when the composer is closed), so ctrl+c keeps the draft.
func (m *Model) SaveNow() tea.Cmd {
	if !m.dirty || m.state == sending {
		return nil
	}
	m.dirty = false
	return m.saveDraft()
}
