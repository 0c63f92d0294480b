package compose

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/tui/common"
)

// sentMsg is the store's answer to a send.
type sentMsg struct {
	msg outreach.Message
	err error
}

// Message is the message the composer would log now, as the gate builds
// it; the verdict's references count only while it is for the line as it
// stands.
func (m *Model) Message() outreach.Message {
	var v *personalize.Verdict
	if m.verdict != nil && m.verdictLine == m.lineText {
		v = m.verdict
	}
	return m.comp.Message(gate.Draft{
		Candidate: m.p.Candidate,
		Recruiter: m.p.Recruiter,
		Subject:   m.Subject(),
		Body:      m.Body(),
		Line:      m.lineText,
		Verdict:   v,
		StartedAt: m.startedAt,
		SentAt:    m.p.Now(),
	})
}

// send logs the message in a command. The idempotency key is the
// compose's, so a second send (a repeated keystroke, a retry after an
// error that did log) returns the first message instead of logging again.
func (m *Model) send() tea.Cmd {
	msg, s, g, key := m.Message(), m.store, m.log, m.sendKey
	reuse := m.comp.Check.Reuse
	return func() tea.Msg {
		g.mu.Lock()
		defer g.mu.Unlock()
		id, added, err := s.Send(msg, key)
		if err != nil {
			return sentMsg{err: err}
		}
		g.sent = true
		msg.ID = id
		if reuse != nil && added {
			// Later composes in this session see the line as used.
			reuse.Add(personalize.Prior{MessageID: id, CandidateID: outreach.CandidateID(msg.Candidate.ID), Line: msg.Personalization})
		}
		return sentMsg{msg: msg}
	}
}

// sent takes in the store's answer: on success the root shows the sent
// screen; on failure the recruiter is back to editing, with the reason.
func (m *Model) sent(msg sentMsg) tea.Cmd {
	if msg.err != nil {
		m.state = editing
		m.setKeys()
		err := msg.err
		return func() tea.Msg { return common.ErrorMsg{Err: err} }
	}
	m.dirty = false
	out := common.MessageSent{Message: msg.msg, ProfileURL: profileURL(m.p.Candidate)}
	return func() tea.Msg { return out }
}

// profileURL is the candidate's LinkedIn URL, when their id is one.
func profileURL(c outreach.Candidate) string {
	for _, s := range []string{c.Profile.ID, c.ID} {
		if n := outreach.NormalizeProfileURL(s); n != "" {
			if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
				return s
			}
			return "https://" + n
		}
	}
	return ""
}
