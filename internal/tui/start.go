package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// startMsg is the start-up decision: a candidate to go straight to (from
// inmail compose, or the owner of a draft to restore), the template to
// open for them, and the draft.
type startMsg struct {
	candidate *outreach.Candidate
	template  *library.Template
	draft     *outreach.Draft
	err       error
}

// startCmd finds the candidate inmail compose named, or the latest draft.
func startCmd(d Deps) tea.Cmd {
	s, id, tid, lib := d.Store, d.StartCandidate, d.StartTemplate, d.Library
	return func() tea.Msg {
		if id != "" {
			c, err := s.Candidate(id)
			if err != nil {
				return startMsg{err: err}
			}
			msg := startMsg{candidate: &c}
			if t, ok := lib.Get(tid); ok {
				msg.template = t
			}
			return msg
		}
		dr, err := s.LatestDraft()
		if outreach.ErrorCode(err) == outreach.ENOTFOUND {
			return startMsg{}
		}
		if err != nil {
			return startMsg{err: err}
		}
		c, err := s.Candidate(dr.CandidateID)
		if err != nil {
			// A draft whose candidate was deleted: start at the list.
			return startMsg{}
		}
		msg := startMsg{candidate: &c, draft: &dr}
		if t, ok := lib.Get(dr.TemplateID); ok {
			msg.template = t
		}
		return msg
	}
}

// start builds the first stack once the start-up command has answered:
// the candidate list; on it the templates and the composer for a
// candidate from inmail compose or a draft to restore; on those the
// first-run setup when no one has said who is sending. Sections opened
// with their keys before the answer came stay open, on top.
func (m Model) start(msg startMsg) (tea.Model, tea.Cmd) {
	if m.state != opening {
		return m, nil
	}
	m.state = showing
	if msg.err != nil {
		m.banner = failure(msg.err)
	}
	early := m.stack
	m.stack = nil
	m, cmd := m.push(common.Candidates, m.newCandidates(msg.candidate == nil))
	var cmd2 tea.Cmd
	if msg.candidate != nil {
		m, cmd2 = m.openTemplates(*msg.candidate, msg.template, msg.draft)
	}
	var cmd3 tea.Cmd
	if m.needsSetup() && !early.has(common.Settings) {
		// The first run: who is sending, before anything is sent.
		m, cmd3 = m.push(common.Settings, m.newSettings(true))
	}
	m.stack = append(m.stack, early...)
	m.layout()
	m.setKeys()
	return m, tea.Batch(cmd, cmd2, cmd3)
}

// needsSetup reports whether the recruiter has not said who they are and
// the app can save it.
func (m Model) needsSetup() bool {
	return m.deps.SaveSetup != nil && strings.TrimSpace(m.deps.Setup.Recruiter) == ""
}

// setupSaved takes in a saved setup: every screen hears of it (an open
// composer signs with the new name), the status bar and the credits
// follow, and the settings screen closes.
func (m Model) setupSaved(msg common.SetupSaved) (tea.Model, tea.Cmd) {
	m.deps.Setup = msg.Setup
	m.deps.Recruiter = msg.Setup.Recruiter
	next, cmd := m.broadcast(msg)
	m = next.(Model)
	var back tea.Cmd
	if i := m.stack.index(common.Settings); i > 0 {
		m.stack = m.stack.without(i)
		m, back = m.reveal()
	}
	m.banner = notice("Saved your settings in " + msg.Path + ".")
	if msg.Path == "" {
		m.banner = notice("Saved your settings.")
	}
	m.layout()
	return m, tea.Batch(cmd, back, creditsCmd(m.deps.Credits))
}
